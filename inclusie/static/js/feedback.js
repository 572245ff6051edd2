/*
 * Enhancement for "Is deze pagina duidelijk?". Without this file the form is a
 * normal POST with a thank-you page. With it: the questions "Wat kan beter?"
 * and the e-mail appear after "Nee", and the answer is sent without leaving
 * the page. On any problem the form is sent the normal way, so a remark is
 * never lost.
 */
(function () {
  "use strict";
  var houders = document.querySelectorAll("[data-feedback]");
  Array.prototype.forEach.call(houders, function (houder) {
    var form = houder.querySelector("form");
    var meer = houder.querySelector("[data-feedback-meer]");
    var status = houder.querySelector("[data-feedback-status]");
    if (!form || !meer || !window.fetch || !window.FormData) { return; }
    houder.classList.add("feedback--js");

    function keuze() {
      var gekozen = form.querySelector("input[name=duidelijk]:checked");
      return gekozen ? gekozen.value : "";
    }
    function toon() { meer.hidden = keuze() !== "nee"; }
    toon();
    form.addEventListener("change", toon);

    var bezig = false;
    form.addEventListener("submit", function (event) {
      if (bezig) { return; }
      event.preventDefault();
      bezig = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      }).then(function (antwoord) {
        return antwoord.json().then(function (data) { return { ok: antwoord.ok, data: data }; });
      }).then(function (resultaat) {
        if (resultaat.ok) {
          status.textContent = resultaat.data.bericht;
          Array.prototype.forEach.call(form.elements, function (el) {
            if (el.type !== "hidden") { el.disabled = true; }
          });
          form.querySelector("fieldset").hidden = true;
          meer.hidden = true;
          form.querySelector("button[type=submit]").hidden = true;
        } else {
          // Let the server show the errors at the fields, with the text kept.
          form.submit();
        }
      }).catch(function () { form.submit(); });
    });
  });
})();
