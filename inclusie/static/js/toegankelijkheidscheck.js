/*
 * Evaluate functions for the site's own Axe checks (see inclusie/toegankelijkheidscheck.py).
 * Loaded with Wagtail's userbar, right after userbar.js and before the page's
 * "load" event, when the userbar configures Axe with these checks.
 */
(function () {
  "use strict";
  function normaal(tekst) {
    return (tekst || "").toLowerCase().replace(/[.,:;!?…»«"'()\[\]→›-]/g, " ").replace(/\s+/g, " ").trim();
  }
  var checks = {
    "vip-check-linktekst": function (node, options) {
      var naam = node.getAttribute("aria-label");
      if (!naam) {
        var label = node.getAttribute("aria-labelledby");
        var doel = label && document.getElementById(label);
        naam = doel ? doel.textContent : node.textContent;
      }
      var vaag = (options && options.vaag) || [];
      return vaag.indexOf(normaal(naam)) === -1;
    },
    "vip-check-ondertiteling": function (node) {
      return !!node.querySelector("track[kind=captions], track[kind=subtitles]");
    }
  };
  var userbar = document.querySelector("wagtail-userbar");
  if (!userbar || typeof userbar.registerCheck !== "function") { return; }
  Object.keys(checks).forEach(function (id) { userbar.registerCheck(id, checks[id]); });
})();
