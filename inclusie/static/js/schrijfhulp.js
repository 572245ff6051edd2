/*
 * The writing aid in the page editor: the clear-language check while you type.
 *
 * An enhancement. Without this file the editor shows the check of the last
 * saved version (inclusie/leesbaarheid/beheer.py). With it, a pause of
 * PAUZE_MS after typing in a watched field sends the text to the admin view
 * /admin/schrijfhulp/ (inclusie/leesbaarheid/schrijfhulp.py). That view runs
 * the same check in Python, with the same word lists and the same words, and
 * answers with a short summary (for the aria-live region, so a screen reader
 * hears it) and the full list per sentence.
 *
 * No inline script and no build step: the admin's Content-Security-Policy
 * allows only files from the site itself.
 */
(function () {
  "use strict";
  var PAUZE_MS = 700;

  function csrfToken(form) {
    var veld = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    if (veld) { return veld.value; }
    var koekje = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return koekje ? decodeURIComponent(koekje[1]) : "";
  }

  function koppel(hulp) {
    var naam = hulp.getAttribute("data-schrijfhulp-veld");
    var veld = document.querySelector("[name='" + naam + "']");
    var samenvatting = hulp.querySelector("[data-schrijfhulp-samenvatting]");
    var uitkomst = hulp.querySelector("[data-schrijfhulp-uitkomst]");
    if (!veld || !samenvatting || !uitkomst || !window.fetch || !window.FormData) { return; }
    hulp.hidden = false;
    // The field points at the summary, so a screen reader hears it from there.
    var beschreven = (veld.getAttribute("aria-describedby") || "").split(" ");
    if (samenvatting.id && beschreven.indexOf(samenvatting.id) === -1) {
      beschreven.push(samenvatting.id);
      veld.setAttribute("aria-describedby", beschreven.join(" ").trim());
    }

    var wachten = null;
    var laatste = null;
    var volgnummer = 0;

    function kijk() {
      var tekst = veld.value;
      if (tekst === laatste) { return; }
      laatste = tekst;
      var nummer = ++volgnummer;
      var data = new FormData();
      data.append("tekst", tekst);
      data.append("soort", hulp.getAttribute("data-schrijfhulp-soort") || "kort");
      data.append("taal", hulp.getAttribute("data-schrijfhulp-taal") || "");
      fetch(hulp.getAttribute("data-schrijfhulp-url"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(veld.form), "X-Requested-With": "fetch" }
      })
        .then(function (antwoord) {
          if (!antwoord.ok) { throw new Error(String(antwoord.status)); }
          return antwoord.json();
        })
        .then(function (json) {
          if (nummer !== volgnummer) { return; } // an older answer came in late
          uitkomst.innerHTML = json.html;
          samenvatting.textContent = json.samenvatting;
        })
        .catch(function () {
          laatste = null; // try again after the next pause
        });
    }

    veld.addEventListener("input", function () {
      window.clearTimeout(wachten);
      wachten = window.setTimeout(kijk, PAUZE_MS);
    });
    kijk();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-schrijfhulp]"), koppel);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
