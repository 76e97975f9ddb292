// Sortable tables: a column header with data-sort becomes a button. Without
// script the table stays as built (grouped by type). A column with a data-key
// keeps its sort in the address (?sort=amount&order=descending), so a reload or
// a shared link opens the table sorted as the reader left it.
(function () {
  "use strict";
  // Text goes in the order of the page's language, not the browser's: a Swedish brief puts "Öl" after "Zeta"
  // and a Turkish one "Izmir" (dotless I) before "İlgaz" on an English browser too. Case alone decides nothing
  // (rows differing only in it keep their order), so nothing is lower-cased, which would be done in the
  // browser's language ("I" is "ı" in Turkish); numbers within text go by value, as the build orders names:
  // "Country 2" before "Country 10".
  var collator;
  try {
    collator = new Intl.Collator(document.documentElement.lang || undefined, {numeric: true, sensitivity: "accent"});
  } catch (unknown) {  // a tag the browser cannot read: its own language's order, still by value and without case
    collator = new Intl.Collator(undefined, {numeric: true, sensitivity: "accent"});
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var original = Array.prototype.slice.call(body.rows);
    // The caption says how the rows are ordered ("grouped by type"): a table sorted by another column says
    // so instead, on screen, on paper and to a screen reader, from the page's <template data-order> words.
    var caption = table.caption;
    var built = caption ? Array.prototype.slice.call(caption.childNodes) : [];

    function tell(index, direction) {
      var th = headers[index];
      var words = table.querySelector("template.sorted-caption[data-order='" + direction + "']");
      if (!caption || !words) return;
      if (th.hasAttribute("data-default") && direction === "ascending") {
        caption.replaceChildren.apply(caption, built);
        return;
      }
      var said = words.content.cloneNode(true);
      Array.prototype.forEach.call(said.querySelectorAll(".sort-column"), function (span) {
        span.textContent = th.textContent.trim();
      });
      caption.replaceChildren(said);
    }

    function value(row, index, kind) {
      var cell = row.cells[index];
      // Text columns sort by what they show; number and date cells carry a data-value.
      var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
      return kind === "number" ? (raw === "" ? NaN : parseFloat(raw)) : raw;
    }

    function sortBy(index, direction) {
      var kind = headers[index].getAttribute("data-sort");
      var rows = original.slice();
      rows.sort(function (a, b) {
        var x = value(a, index, kind), y = value(b, index, kind);
        // Empty values go last in either direction.
        var xEmpty = kind === "number" ? isNaN(x) : x === "", yEmpty = kind === "number" ? isNaN(y) : y === "";
        if (xEmpty !== yEmpty) return xEmpty ? 1 : -1;
        // Cells of different groups (a figure's currency or unit) do not compare: groups keep their order.
        var group = a.cells[index].getAttribute("data-group") || "", other = b.cells[index].getAttribute("data-group") || "";
        if (group !== other) return group < other ? -1 : 1;
        var order = kind === "number" ? x - y : collator.compare(x, y);
        if (order === 0) return original.indexOf(a) - original.indexOf(b);
        return direction === "ascending" ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      headers.forEach(function (th, i) {
        if (i === index) th.setAttribute("aria-sort", direction);
        else th.removeAttribute("aria-sort");
      });
      tell(index, direction);
    }

    // The address names the sort, except the table's own (its data-default column, ascending).
    function keep(index, direction) {
      var th = headers[index], key = th.getAttribute("data-key");
      if (!key) return;
      var params = new URLSearchParams(window.location.search);
      params.delete("sort");
      params.delete("order");
      if (!(th.hasAttribute("data-default") && direction === "ascending")) {
        params.set("sort", key);
        if (direction === "descending") params.set("order", direction);
      }
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    headers.forEach(function (th, index) {
      if (!th.hasAttribute("data-sort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      if (th.hasAttribute("data-default")) th.setAttribute("aria-sort", "ascending");
      button.addEventListener("click", function () {
        var direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        sortBy(index, direction);
        keep(index, direction);
      });
    });

    // A shared or reloaded address: a key the table has not (an old link, a typo) leaves it as built.
    var params = new URLSearchParams(window.location.search);
    var asked = params.get("sort");
    headers.forEach(function (th, index) {
      if (asked && th.hasAttribute("data-sort") && th.getAttribute("data-key") === asked) {
        sortBy(index, params.get("order") === "descending" ? "descending" : "ascending");
      }
    });
  });
})();
