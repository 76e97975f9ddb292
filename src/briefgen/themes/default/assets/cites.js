// Citation previews. Without script a citation shows its quote on hover and
// focus (CSS) and a tap follows it. With script the hover/focus preview is
// kept inside the viewport and Escape hides it (until the citation is left),
// and a tap opens the quote with a "Go to source" link instead of leaving
// the page at once; Tab out of that preview closes it and returns to its citation.
(function () {
  "use strict";
  var script = document.currentScript;
  var words = JSON.parse((script && script.getAttribute("data-labels")) || "{}");
  var pop = null, opener = null, lastPointer = "", pressed = false;

  // Sideways by --shift; above its citation (class "above") when there is
  // no room below it and there is above. A preview fixed to the window's
  // foot (narrow screens) is inside it already, but may cover its citation.
  function keepInside(cite, focused) {
    var quote = cite.querySelector(".cite-quote");
    if (!quote) return;
    cite.style.removeProperty("--shift");
    cite.classList.remove("above", "at-top");
    var box = quote.getBoundingClientRect();
    if (box.width <= 1) return;
    if (window.getComputedStyle(quote).position === "fixed") {
      if (focused) keepInSight(cite, quote);
      return;
    }
    var margin = 8, room = document.documentElement.clientWidth, tall = document.documentElement.clientHeight;
    var shift = 0;
    if (box.right > room - margin) shift = room - margin - box.right;
    if (box.left + shift < margin) shift = margin - box.left;
    if (shift) cite.style.setProperty("--shift", shift + "px");
    if (box.bottom > tall - margin && cite.getBoundingClientRect().top - box.height - margin >= 0) {
      cite.classList.add("above");
    }
  }

  // A citation the keyboard reached low on a narrow screen (or a page zoomed to 200%) stood under its
  // own preview, hidden (WCAG 2.4.11): the page scrolls it clear, or, at the page's end, where it cannot,
  // the preview moves to the window's top (class "at-top").
  function keepInSight(cite, quote) {
    var margin = 8;
    var under = function () { return cite.getBoundingClientRect().bottom + margin - quote.getBoundingClientRect().top; };
    if (under() > 0) window.scrollBy(0, under());
    if (under() > 0) cite.classList.add("at-top");
  }

  function close(returnFocus) {
    if (!pop) return;
    pop.remove();
    pop = null;
    if (opener) {
      opener.classList.remove("popped");
      if (returnFocus) opener.focus();
    }
    opener = null;
  }

  function open(cite) {
    close(false);
    var quote = cite.querySelector(".cite-quote");
    opener = cite;
    cite.classList.add("popped");
    pop = document.createElement("div");
    pop.className = "cite-pop";
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", (words.citation || "Citation {n}").replace("{n}", cite.querySelector(".cite-n").textContent));
    var text = document.createElement("p");
    text.className = "cite-pop-quote";
    text.textContent = quote ? quote.textContent : "";
    var go = document.createElement("a");
    go.className = "cite-pop-go";
    go.href = cite.getAttribute("href");
    go.textContent = (words.go || "Go to source") + " \u203a";
    var shut = document.createElement("button");
    shut.type = "button";
    shut.className = "cite-pop-close";
    shut.setAttribute("aria-label", words.close || "Close");
    shut.textContent = "\u00d7";
    shut.addEventListener("click", function () { close(true); });
    pop.appendChild(shut);
    pop.appendChild(text);
    pop.appendChild(go);
    document.body.appendChild(pop);
    place(cite);
    go.focus({ preventScroll: true });
  }

  function place(cite) {
    var room = document.documentElement.clientWidth, margin = 8;
    var anchor = cite.getBoundingClientRect();
    var width = pop.getBoundingClientRect().width;
    var left = Math.min(Math.max(anchor.left, margin), Math.max(margin, room - width - margin));
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (anchor.bottom + window.scrollY + 6) + "px";
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "";
    pressed = true;
    if (pop && !pop.contains(event.target) && !(opener && opener.contains(event.target))) close(false);
  }, true);

  document.addEventListener("click", function (event) {
    pressed = false;
    var cite = event.target.closest && event.target.closest("a.cite");
    if (!cite) return;
    // A tap opens the preview; a second tap on the same citation follows it.
    if ((lastPointer === "touch" || lastPointer === "pen") && opener !== cite) {
      event.preventDefault();
      open(cite);
    }
  });

  document.addEventListener("keydown", function (event) {
    pressed = false;
    if (event.key === "Escape") {
      if (pop) { close(true); return; }
      // The hover or focus preview: hidden until the citation is left (WCAG 1.4.13).
      document.querySelectorAll("a.cite:hover, a.cite:focus").forEach(function (cite) {
        cite.classList.add("dismissed");
      });
    } else if (event.key === "Tab" && pop && pop.contains(event.target)) {
      var stops = pop.querySelectorAll("button, a[href]");
      var leaving = event.shiftKey ? stops[0] : stops[stops.length - 1];
      if (event.target === leaving) { event.preventDefault(); close(true); }
    }
  });

  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var cite = event.target.closest && event.target.closest("a.cite");
      if (cite && !(event.relatedTarget && cite.contains(event.relatedTarget))) cite.classList.remove("dismissed");
    });
  });

  // Only a citation the keyboard reached is scrolled clear of its preview (`pressed`: a press whose
  // click has not come yet): a tap focuses it too, and a page scrolled between the tap and its click sent
  // the click to whatever then stood there, so a tap on a citation low on a phone's screen opened nothing.
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var cite = event.target.closest && event.target.closest("a.cite");
      if (cite) keepInside(cite, type === "focusin" && !pressed);
    });
  });
  window.addEventListener("resize", function () { if (pop && opener) place(opener); });
})();
