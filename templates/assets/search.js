// Pagefind's ready-made UI; the query is kept in the URL (?q=) so searches can be shared.
window.addEventListener("DOMContentLoaded", function () {
  // Result links are relative to the site's root, which may be a sub-path
  // (a project page): take it from where the Pagefind bundle was loaded.
  var bundle = document.querySelector("script[src$='pagefind/pagefind-ui.js']").src;
  var ui = new PagefindUI({
    element: "#search", showSubResults: true, showImages: false, resetStyles: false,
    baseUrl: new URL("../", bundle).pathname,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
