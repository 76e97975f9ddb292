// Timeline filters: progressive enhancement; without script every entry shows.
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  function apply() {
    var kinds = Array.prototype.filter.call(form.elements.kind, function (box) { return box.checked; })
      .map(function (box) { return box.value; });
    var country = form.elements.country.value;
    document.querySelectorAll("ol.timeline li[data-kind]").forEach(function (item) {
      var countries = item.dataset.countries.split(" ");
      item.hidden = kinds.indexOf(item.dataset.kind) < 0 || (country && countries.indexOf(country) < 0);
    });
    document.querySelectorAll("section.year").forEach(function (year) {
      year.hidden = !year.querySelector("li[data-kind]:not([hidden])");
    });
  }
  form.addEventListener("change", apply);
  apply();
})();
