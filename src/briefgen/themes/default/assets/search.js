// Pagefind's ready-made UI; the query is kept in the URL (?q=) so searches can be shared.
// Pagefind resolves result links from where its bundle was loaded, so they
// work under a sub-path too (tests/test_subpath.py).
window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
