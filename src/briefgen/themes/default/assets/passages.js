// Source page: step through the cited passages with the bar's links or the
// j / k keys, which move the focus to the passage. Without script the links
// still lead to the first and last one.
(function () {
  "use strict";
  var labels = window.briefgenLabels(document.currentScript);
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.quote[id]"));
  var prev = document.querySelector(".passage-prev");
  var next = document.querySelector(".passage-next");
  var at = document.querySelector(".passage-at");
  if (!marks.length || !prev || !next) return;

  function current() {
    var id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch (malformed) {
      // "#%E0%A4%A" names no passage; left as written, it matches none.
    }
    for (var i = 0; i < marks.length; i++) if (marks[i].id === id) return i;
    return -1;
  }

  // Without a passage in the address, "next" is the first passage below the bar.
  function firstBelow() {
    var bar = document.querySelector(".source-bar");
    var top = bar ? bar.getBoundingClientRect().bottom : 0;
    for (var i = 0; i < marks.length; i++) if (marks[i].getBoundingClientRect().top >= top) return i;
    return marks.length;
  }

  function update() {
    var i = current();
    var before = i >= 0 ? i - 1 : firstBelow() - 1;
    var after = i >= 0 ? i + 1 : firstBelow();
    prev.href = "#" + marks[Math.max(before, 0)].id;
    next.href = "#" + marks[Math.min(after, marks.length - 1)].id;
    prev.setAttribute("aria-disabled", before < 0 ? "true" : "false");
    next.setAttribute("aria-disabled", after >= marks.length ? "true" : "false");
    var text = i >= 0 ? labels.text("at", { at: labels.number(i + 1), count: labels.number(marks.length) })
      : labels.count("passages", marks.length);
    // A live region: written again (as each frame of scrolling did), its words may be spoken again.
    if (at.textContent !== text) at.textContent = text;
  }

  function go(link) {
    if (link.getAttribute("aria-disabled") === "true") return;
    var id = link.getAttribute("href").slice(1);
    location.hash = id;
    // The keyboard's place follows: a screen reader reads the passage, Tab goes on from it.
    var mark = document.getElementById(id);
    if (mark) {
      mark.setAttribute("tabindex", "-1");
      mark.focus({ preventScroll: true });
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "j" || event.key === "n") { update(); go(next); event.preventDefault(); }
    if (event.key === "k" || event.key === "p") { update(); go(prev); event.preventDefault(); }
  });
  [prev, next].forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (link.getAttribute("aria-disabled") === "true") event.preventDefault();
    });
  });
  window.addEventListener("hashchange", update);
  var waiting = false;
  window.addEventListener("scroll", function () {
    if (waiting || current() >= 0) return;
    waiting = true;
    window.requestAnimationFrame(function () { waiting = false; update(); });
  }, { passive: true });
  update();
})();
