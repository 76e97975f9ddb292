// Timeline filters: progressive enhancement. The form is hidden in the page
// and shown here, so without script every entry shows and no control is dead.
// The chosen filters live in the URL (?country=kz&group=mercosur&organisation=eib&kind=summit&year=2025), so
// a filtered timeline can be shared, and a shared one opens filtered.
(function () {
  var labels = window.briefgenLabels(document.currentScript);
  var form = document.getElementById("filters");
  if (!form) return;
  // A theme's own timeline.html may lack a control (one made before the organisation filter): a filter
  // without its control filters nothing, and its value in the URL is left as it is.
  var NAMES = ["country", "group", "organisation", "kind", "status", "year"].filter(function (name) {
    return form.elements[name];
  });
  var count = document.getElementById("timeline-count");
  // A theme's own timeline.html may have no second copy: its count is then the one spoken.
  var announcer = document.getElementById("timeline-announce") || count;
  var QUIET = 1000; // ms a filter is left alone, after a key changed it, before the count is spoken
  var telling = null, keyed = 0;
  var items = document.querySelectorAll("ol.timeline li[data-kind]");
  // Says the data files hold every entry, once a filter is chosen (a theme's own timeline.html may lack it).
  var dataNote = document.getElementById("timeline-data-note");

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }
  function chosen() {
    var values = {};
    NAMES.forEach(function (name) { values[name] = form.elements[name].value; });
    return values;
  }
  function matches(item, v) {
    return (!v.country || item.dataset.countries.split(" ").indexOf(v.country) >= 0) &&
      (!v.group || JSON.parse(item.dataset.groups || "[]").indexOf(v.group) >= 0) &&
      (!v.organisation || (item.dataset.organisations || "").split(" ").indexOf(v.organisation) >= 0) &&
      (!v.kind || item.dataset.kind === v.kind) &&
      (!v.status || item.dataset.status === v.status) &&
      (!v.year || item.dataset.years.split(" ").indexOf(v.year) >= 0);
  }
  // Shown at once; spoken at once for a choice made with the mouse or the list open, but only once
  // the keys have rested for QUIET ms: arrowing through a closed select fires a change at each
  // option (Chromium), and each change spoke its count.
  function tell(text, spoken) {
    count.textContent = text;
    if (announcer === count || !spoken) return;
    window.clearTimeout(telling);
    announcer.textContent = "";
    telling = window.setTimeout(function () { announcer.textContent = text; }, Math.max(0, keyed + QUIET - Date.now()));
  }
  // `writeUrl`: the reader changed the filters, so the URL keeps them; `spoken`: the count is told.
  function apply(writeUrl, spoken) {
    var v = chosen(), shown = 0;
    items.forEach(function (item) {
      item.hidden = !matches(item, v);
      if (!item.hidden) shown += 1;
    });
    document.querySelectorAll("section.year, section.year .vague").forEach(function (group) {
      group.hidden = !group.querySelector("li[data-kind]:not([hidden])");
    });
    // Paper has no form: the filters chosen print in its place (style.css), so a printed part of the
    // timeline says which part it is.
    NAMES.forEach(function (name) { form.elements[name].closest("label").classList.toggle("chosen", !!v[name]); });
    var filtered = NAMES.some(function (name) { return v[name]; });
    form.classList.toggle("chosen", filtered);
    if (dataNote) dataNote.hidden = !filtered;
    var all = labels.count("entries", items.length);
    tell(shown === items.length ? all
      : labels.text("shown", { shown: labels.count("shownCount", shown), count: all }), spoken);
    if (writeUrl) {
      var params = new URLSearchParams(window.location.search);
      NAMES.forEach(function (name) { if (v[name]) params.set(name, v[name]); else params.delete(name); });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
  }
  function restore() {
    var params = new URLSearchParams(window.location.search);
    NAMES.forEach(function (name) {
      var value = params.get(name);
      form.elements[name].value = value && hasOption(form.elements[name], value) ? value : "";
    });
  }

  form.hidden = false;
  restore();
  apply(false, false);
  form.addEventListener("keydown", function (event) {
    if (event.target.tagName === "SELECT" && event.key !== "Tab") keyed = Date.now();
  });
  form.addEventListener("change", function () { apply(true, true); });
  form.addEventListener("reset", function () { window.setTimeout(function () { apply(true, true); }, 0); });
  window.addEventListener("popstate", function () { restore(); apply(false, true); });
})();
