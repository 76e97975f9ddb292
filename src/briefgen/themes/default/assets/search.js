// Search over the Pagefind index, in the browser, offline.
// - The query, kind, country, group and organisation live in the URL (?q=…&kind=figure&country=kz)
//   while typing, so a search can be shared and a shared one opens with its results.
// - A result that matches inside a claim (li#c-…), a figure row (tr#…), a
//   cited passage (mark#q-…) or a source's paragraph (p#p-…) links straight
//   to it: Pagefind records every element id of a page with its word
//   position, and the matches are assigned to the innermost such element.
// - Kind, countries and organisations come from each page's data-pagefind-meta, not Pagefind
//   filters: Pagefind writes its filter index in a different order on every
//   run, which would break byte-identical builds.
// - Every text from the index is inserted as text, or escaped, never as markup.
// - A language written without spaces between words (Chinese, Japanese,
//   Thai) is split into words by Pagefind Extended, which marks each end of
//   a word in the page's text with a zero-width space: locations count
//   those words, and an excerpt joins them without a space.
(function () {
  var script = document.currentScript;
  var labels = window.briefgenLabels(script);
  var form = document.getElementById("search-form");
  if (!form || !script) return;
  // pagefind.js finds its own index from where it is loaded, so results
  // work under a sub-path too (tests/demo/test_subpath.py).
  var bundle = new URL("../pagefind/pagefind.js", script.src).href;
  var input = form.elements.q;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  // A theme's own search.html may have no second copy: its status line is then the one spoken.
  var announcer = document.getElementById("search-announce") || status;
  var QUIET = 1000; // ms the field is left alone before the status is spoken
  // The filters the form has: a brief no page of which concerns an organisation has no organisation menu,
  // nor has a theme's own search.html made before there was one. Each filter's meta: "kind" the page's
  // kind, "countries" and "organisations" the ids it concerns, space-separated; a group is its countries'
  // (its option's data-countries): a page is of it when it concerns one of them.
  var FILTERS = ["kind", "country", "group", "organisation"].filter(function (name) { return form.elements[name]; });
  var LISTED = { country: "countries", organisation: "organisations" };
  var PAGE = 10, SCAN = 200; // results shown per step; results read when filtering
  var kindLabel = {};
  Array.prototype.forEach.call(form.elements.kind.options, function (o) { kindLabel[o.value] = o.textContent; });
  var pagefind = null, shown = [], pending = [], generation = 0, timer = null, telling = null, typed = 0;

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  var WORD_END = "\u200B";

  // The page's words as Pagefind counts them, and what joins them: `content`
  // split at spaces, or, where Pagefind split the text into words itself,
  // at its marks, which only `raw_content` keeps (with < and > escaped,
  // each of which stands for one character of `content`).
  function textOf(data) {
    var raw = data.raw_content || "";
    if (raw.indexOf(WORD_END) < 0) return { words: data.content.split(/\s+/), joiner: " " };
    var at = 0;
    var words = raw.split(WORD_END).map(function (escaped) {
      var length = 0;
      for (var i = 0; i < escaped.length; length++) {
        var c = data.content[at + length];
        i += c === "<" || c === ">" ? 4 : 1;
      }
      at += length;
      return data.content.slice(at - length, at);
    });
    return { words: words, joiner: "" };
  }

  function joined(text, from, to) {
    return text.words.slice(from, to).join(text.joiner);
  }

  function excerpt(text, locations, from, to) {
    var first = Math.max(from, (locations[0] || from) - 8), last = Math.min(to, (locations[0] || from) + 16);
    var out = [];
    for (var i = first; i < last; i++) {
      var word = escapeHtml(text.words[i] || "");
      out.push(locations.indexOf(i) >= 0 ? "<mark>" + word + "</mark>" : word);
    }
    return (first > from ? "… " : "") + out.join(text.joiner) + (last < to ? " …" : "");
  }

  function isParagraph(anchor) {
    return /^p-\d+$/.test(anchor.id);
  }

  function isTarget(anchor) {
    return anchor.element === "tr" || anchor.element === "mark" || isParagraph(anchor) ||
      (anchor.element === "li" && /^c-/.test(anchor.id));
  }

  // How many of the page's words the element's text takes: where Pagefind
  // split the words itself, as many from the element's place on as hold its
  // letters.
  function wordCount(anchor, text) {
    if (text.joiner) return (anchor.text || "").split(/\s+/).filter(Boolean).length;
    var left = (anchor.text || "").replace(/\s+/g, "").length, count = 0;
    while (left > 0 && anchor.location + count < text.words.length) {
      left -= text.words[anchor.location + count].replace(/\s+/g, "").length;
      count++;
    }
    return count;
  }

  // How many of the page's words, from a claim's place on, its text begins
  // with: Pagefind gives an element's text with that of the children it
  // does not index (a claim's citations, each quoting its passage), which
  // the page's words lack, so the claim ends where the two part.
  function ownWordCount(anchor, text) {
    var rest = (anchor.text || "").replace(/\s+/g, ""), count = 0;
    while (anchor.location + count < text.words.length) {
      var word = text.words[anchor.location + count].replace(/\s+/g, "");
      if (!word || rest.indexOf(word) !== 0) break;
      rest = rest.slice(word.length);
      count++;
    }
    return count;
  }

  // The word where the element at `anchor` ends, read from the next one
  // after it: a row runs to the next row; a source's paragraph to the next
  // element with an id outside it (only its cited passages lie within).
  function runsTo(anchor, anchors, text) {
    var next = anchors.filter(function (other) {
      return other.location > anchor.location &&
        (anchor.element === "tr" ? other.element === "tr" : other.element !== "mark");
    })[0];
    return next ? next.location : text.words.length;
  }

  // Where each target element ends, in words: a row or paragraph runs to the
  // next (runsTo); a claim as far as its own words (ownWordCount); a passage
  // as far as its own text, and the passages within it (Pagefind gives an
  // element's text without that of its children with ids).
  function regions(anchors, text) {
    var sorted = anchors.slice().sort(function (a, b) { return a.location - b.location; });
    var targets = sorted.filter(isTarget);
    return targets.map(function (anchor, i) {
      var end;
      if (anchor.element === "tr" || isParagraph(anchor)) {
        end = runsTo(anchor, sorted, text);
      } else if (anchor.element === "li") {
        end = anchor.location + Math.max(1, ownWordCount(anchor, text));
      } else {
        end = anchor.location + Math.max(1, wordCount(anchor, text));
        for (var k = i + 1; k < targets.length && targets[k].location < end; k++) {
          if (targets[k].element === "mark") end += wordCount(targets[k], text);
        }
      }
      return { anchor: anchor, start: anchor.location, end: end };
    });
  }

  function subResults(data, text) {
    var groups = {}, order = [], placed = {}, spans = regions(data.anchors || [], text);
    data.locations.forEach(function (location) {
      var inner = null;
      // The innermost: the latest to start, of those starting together the
      // first to end (a paragraph and the passage that opens it).
      spans.forEach(function (span) {
        if (span.start > location || location >= span.end) return;
        if (!inner || span.start > inner.start || (span.start === inner.start && span.end <= inner.end)) inner = span;
      });
      if (!inner) return;
      var id = inner.anchor.id;
      if (!groups[id]) { groups[id] = { span: inner, locations: [] }; order.push(id); }
      groups[id].locations.push(location);
      placed[location] = true;
    });
    var page = data.url.split("#")[0];
    var found = order.map(function (id) {
      var g = groups[id], span = g.span;
      var title = span.anchor.element === "tr"
        ? joined(text, span.start, Math.min(span.end, span.start + 10)).replace(/\[\d+\]/g, "")
        // A paragraph by its number, as the source page shows it, and its first words.
        : isParagraph(span.anchor) ? "¶" + id.slice(2) + ": " + joined(text, span.start, Math.min(span.end, span.start + 10))
        // A passage as the source writes it, the passages within it too.
        : span.anchor.element === "mark" ? joined(text, span.start, span.end)
        // A claim's own words end where its first citation label ([1], [AFP]) starts.
        : (span.anchor.text || "").split(/\s*\[[^\]]*\]/)[0].replace(/\s*#?\s*$/, "");
      return { title: title.length > 100 ? title.slice(0, 99) + "…" : title, url: page + "#" + id,
               locations: g.locations, excerpt: excerpt(text, g.locations, span.start, span.end) };
    });
    // Pagefind's own sub-results under headings with ids, after ours, for
    // matches none of ours holds.
    (data.sub_results || []).forEach(function (sub) {
      var elsewhere = (sub.locations || []).some(function (location) { return !placed[location]; });
      if (sub.url !== data.url && !groups[sub.url.split("#")[1]] && elsewhere) {
        found.push({ title: sub.title, url: sub.url, locations: sub.locations || [],
                     excerpt: excerpt(text, sub.locations || [], 0, text.words.length) });
      }
    });
    return found.sort(function (a, b) { return b.locations.length - a.locations.length; }).slice(0, 3);
  }

  function chosen() {
    var values = {};
    FILTERS.forEach(function (name) { values[name] = form.elements[name].value; });
    values.q = input.value.trim();
    return values;
  }

  function matches(data, values) {
    var meta = data.meta || {};
    return FILTERS.every(function (name) {
      if (!values[name]) return true;
      if (name === "group") {
        var members = (form.elements.group.selectedOptions[0].getAttribute("data-countries") || "").split(" ");
        return (meta.countries || "").split(" ").some(function (c) { return members.indexOf(c) >= 0; });
      }
      if (!LISTED[name]) return meta[name] === values[name];
      return (meta[LISTED[name]] || "").split(" ").indexOf(values[name]) >= 0;
    });
  }

  // Pagefind answers a word it does not hold with pages holding its longest
  // prefix that it does ("Northland" finds "no", "Riverton" "river"): for
  // a reader asking whether the brief names something, a false hit. A page
  // is kept when each word asked for is one its matched words begin with,
  // hold, or run on from by a stem's few letters ("visits" of "visit").
  // Dotless ı is i here, as İ is once its dot goes: Turkish "KATILDI" is "katıldı", which a lower-casing
  // done in no language makes "katildi", and either is the word a reader means.
  function plain(word) {
    return word.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i")
      .replace(/[^\p{L}\p{N}]+/gu, "");
  }

  function covered(term, word) {
    if (word.indexOf(term) >= 0) return true;
    if (term.indexOf(word) === 0) return word.length >= term.length - 2;
    var same = 0;
    while (same < term.length && term[same] === word[same]) same++;
    return same >= 4 && same >= Math.min(term.length, word.length) - 2; // "companies" and "company"
  }

  function holdsEveryWord(data, query) {
    var text = textOf(data);
    var found = matchedWords(data.locations, text)
      .concat((data.meta.title || "").split(/\s+/).map(plain)).filter(Boolean);
    return termsOf(query, text).map(plain).filter(Boolean).every(function (term) {
      return found.some(function (word) { return covered(term, word); });
    });
  }

  // The words matched; where Pagefind split the words itself, each run of
  // adjacent ones joined too: the browser's word breaker, which split the
  // query, and Pagefind's dictionary may cut a word differently.
  function matchedWords(locations, text) {
    var found = locations.map(function (i) { return plain(text.words[i] || ""); });
    if (text.joiner) return found;
    var sorted = locations.slice().sort(function (a, b) { return a - b; }), run = "";
    sorted.forEach(function (location, i) {
      run = (i > 0 && location === sorted[i - 1] + 1 ? run : "") + plain(text.words[location] || "");
      found.push(run);
    });
    return found;
  }

  // The words asked for: split at spaces, or, where Pagefind split the
  // page's words itself, by the browser's word breaker, as Pagefind splits
  // the query ("日本政府" is "日本" "政府").
  function termsOf(query, text) {
    if (text.joiner || typeof Intl.Segmenter !== "function") return query.split(/\s+/);
    var segmenter = new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: "word" });
    return Array.from(segmenter.segment(query))
      .filter(function (part) { return part.isWordLike; })
      .map(function (part) { return part.segment; });
  }

  function keepInUrl(values) {
    var params = new URLSearchParams(window.location.search);
    ["q"].concat(FILTERS).forEach(function (name) {
      if (values[name]) params.set(name, values[name]); else params.delete(name);
    });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  // A source in another language than the brief's (source.html's text_language): its title and its
  // passages and paragraphs are marked as in it, so a screen reader reads them in its voice, not the
  // brief's. The excerpt of the page as a whole may hold the brief's words too, and stays unmarked.
  function inLanguage(element, language) {
    if (!language) return;
    element.lang = language;
    element.dir = "auto";
  }

  function render(data) {
    var text = textOf(data);
    var language = (data.meta && data.meta.text_language) || "";
    var item = document.createElement("li");
    item.className = "search-result";
    var head = document.createElement("p");
    head.className = "search-result-title";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    inLanguage(link, language);
    head.appendChild(link);
    if (data.meta.kind && kindLabel[data.meta.kind]) {
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " " + kindLabel[data.meta.kind];
      head.appendChild(kind);
    }
    item.appendChild(head);
    var excerptLine = document.createElement("p");
    excerptLine.className = "search-excerpt";
    excerptLine.innerHTML = excerpt(text, data.locations, 0, text.words.length); // escaped in excerpt()
    item.appendChild(excerptLine);
    var subs = subResults(data, text);
    if (subs.length) {
      var sublist = document.createElement("ul");
      sublist.className = "search-subresults";
      subs.forEach(function (sub) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = sub.url;
        a.textContent = sub.title;
        var p = document.createElement("p");
        p.className = "search-excerpt";
        p.innerHTML = sub.excerpt; // escaped in excerpt()
        if (/#[pq]-/.test(sub.url)) { inLanguage(a, language); inLanguage(p, language); }
        li.appendChild(a);
        li.appendChild(p);
        sublist.appendChild(li);
      });
      item.appendChild(sublist);
    }
    list.appendChild(item);
    return link;
  }

  function hush() {
    window.clearTimeout(telling);
    if (announcer !== status) announcer.textContent = "";
  }

  // Shown at once; spoken once the field (or a filter's keys) has been quiet for QUIET ms, so a reader
  // typing hears the count for the word typed, not one for each of its letters.
  function tell(text) {
    status.textContent = text;
    if (announcer === status) return;
    hush();
    telling = window.setTimeout(function () { announcer.textContent = text; }, Math.max(0, typed + QUIET - Date.now()));
  }

  function say(total, values, capped) {
    var found = { query: values.q, count: labels.count("results", total) };
    tell(labels.text(total === 0 ? "none" : capped ? "atLeast" : "found", found));
  }

  // `fromButton`: the reader asked with the button, so the keyboard's place moves to the first result
  // added, where reading goes on; left on the button, it fell to the page's top when the last batch hid it.
  async function showMore(run, fromButton) {
    var next = pending.splice(0, PAGE);
    var loaded = await Promise.all(next.map(function (r) { return r.data ? r.data() : r; }));
    if (run !== generation) return;
    var links = loaded.map(render);
    shown = shown.concat(loaded);
    more.hidden = pending.length === 0;
    if (fromButton && links.length) links[0].focus();
  }

  // Japanese, Chinese and Korean text writes Latin letters and digits full width or half ("ＪＩＣＡ", "JICA";
  // "３兆円", "3兆円") as the writer's keyboard left them, and Pagefind holds each as written: the query is
  // asked in both widths, the results of either kept once, best first. null if Pagefind answered nothing.
  function widths(query) {
    var narrow = query.normalize("NFKC");
    var wide = narrow.replace(/[!-~]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) + 0xFEE0); });
    return [query, narrow, wide].filter(function (q, i, all) { return all.indexOf(q) === i; });
  }

  // Pagefind lower-cases a query in no language, so a capital I is always i: Turkish and Azerbaijani, the
  // only languages whose I is another letter's capital (ı), are asked as they lower-case it too
  // ("KATILDI", "katıldı"), on any page, since a source may be in one of them in a brief of any language.
  function cases(query) {
    return /[Iİ]/.test(query) ? [query, query.toLocaleLowerCase("tr")] : [query];
  }

  async function searchEveryWidth(query) {
    var asked = [];
    cases(query).forEach(function (q) {
      widths(q).forEach(function (w) { if (asked.indexOf(w) < 0) asked.push(w); });
    });
    var searches = await Promise.all(asked.map(function (q) { return pagefind.search(q); }));
    if (!searches[0]) return null;
    if (searches.length === 1) return searches[0].results;
    var best = {}, order = [];
    searches.forEach(function (search) {
      (search ? search.results : []).forEach(function (r) {
        if (!best[r.id]) order.push(r.id);
        if (!best[r.id] || r.score > best[r.id].score) best[r.id] = r;
      });
    });
    // A stable sort: pages of equal score stay in Pagefind's order, the query as typed first.
    return order.map(function (id) { return best[id]; }).sort(function (a, b) { return b.score - a.score; });
  }

  async function run() {
    var values = chosen(), mine = ++generation;
    // A count still to be spoken is that of a search this one replaces: a slow search (a large brief)
    // shown before the next key or letter would else be spoken while the keys moved on.
    hush();
    keepInUrl(values);
    list.textContent = "";
    more.hidden = true;
    shown = [];
    pending = [];
    if (!values.q && !FILTERS.some(function (name) { return values[name]; })) { tell(""); return; }
    if (!values.q) { tell(labels.text("prompt")); return; }
    if (!pagefind) {
      try {
        pagefind = await import(bundle);
      } catch (error) {
        // Opened from files, the browser loads no module; else built with --no-search, or serve is still
        // indexing in the background.
        tell(labels.text(location.protocol === "file:" ? "needsServer" : "notReady"));
        return;
      }
    }
    var found = await searchEveryWidth(values.q);
    if (mine !== generation || !found) return;
    // Telling a page's words and its filters needs its data: read the best SCAN pages.
    var capped = found.length > SCAN;
    var data = await Promise.all(found.slice(0, SCAN).map(function (r) { return r.data(); }));
    if (mine !== generation) return;
    var results = data.filter(function (d) { return matches(d, values) && holdsEveryWord(d, values.q); });
    pending = results.slice();
    say(results.length, values, capped);
    await showMore(mine);
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  FILTERS.forEach(function (name) {
    var select = form.elements[name], value = params.get(name);
    var offered = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = value && offered ? value : "";
  });
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", function () { typed = Date.now(); hush(); keepInUrl(chosen()); schedule(); });
  // Arrowing through a closed filter fires a change at each option (Chromium): its count is spoken once
  // the keys rest, as a word's once typing does; a filter chosen with the mouse is spoken at once.
  form.addEventListener("keydown", function (event) {
    if (event.target.tagName === "SELECT" && event.key !== "Tab") typed = Date.now();
  });
  form.addEventListener("change", function (event) { if (event.target !== input) run(); });
  more.addEventListener("click", function () { showMore(generation, true); });
  if (input.value || FILTERS.some(function (name) { return form.elements[name].value; })) run();
})();
