// The interface's words a script shows, in the page's language: the page
// gives them in the script element's data-labels (JSON); a count is a table
// of CLDR plural forms, chosen here by Intl.PluralRules as briefgen chose
// the page's own counts, and a number is written with the page's symbols
// and grouping (data-labels' "number"), as the page writes it. Shared by
// the scripts that count or fill in words.
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
  var form = words.number || { group: ",", decimal: ".", primary: 3, secondary: 3 };
  function number(n) {
    var digits = String(Math.abs(n)), groups = [];
    if (digits.length > form.primary) {
      groups.unshift(digits.slice(-form.primary));
      digits = digits.slice(0, -form.primary);
      while (digits.length > form.secondary) {
        groups.unshift(digits.slice(-form.secondary));
        digits = digits.slice(0, -form.secondary);
      }
    }
    groups.unshift(digits);
    return (n < 0 ? "-" : "") + groups.join(form.group);
  }
  function fill(text, values) {
    return String(text).replace(/\{(\w*)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }
  return {
    number: number,
    text: function (key, values) { return fill(words[key], values || {}); },
    count: function (key, n) {
      var forms = words[key];
      return fill(forms[rules.select(n)] || forms.other, { n: number(n) });
    }
  };
};
