// The interface's words a script shows, in the page's language: the page
// gives them in the script element's data-labels (JSON); a count is a table
// of CLDR plural forms, chosen here by Intl.PluralRules as briefgen chose
// the page's own counts. Shared by the scripts that count or fill in words.
window.briefgenLabels = function (script) {
  "use strict";
  var words = JSON.parse((script && script.getAttribute("data-labels")) || "{}");
  var lang = document.documentElement.lang || "en";
  var rules;
  try {
    rules = new Intl.PluralRules(lang);
  } catch (unknown) {
    lang = "en";
    rules = new Intl.PluralRules(lang);
  }
  function fill(text, values) {
    return String(text).replace(/\{(\w*)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }
  return {
    text: function (key, values) { return fill(words[key], values || {}); },
    count: function (key, n) {
      var forms = words[key];
      return fill(forms[rules.select(n)] || forms.other, { n: n.toLocaleString(lang) });
    }
  };
};
