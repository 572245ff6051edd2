/*
 * "Lees voor": reads the page's main content aloud with the browser's own
 * speech synthesis, in the language of the page. Nothing is sent anywhere.
 * The controls are made here, so without JavaScript or without speech
 * support they do not exist at all. The texts come from data attributes on
 * this script's tag, so they are translated like the rest of the site.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var tekst = (script && script.dataset) || {};
  var synth = window.speechSynthesis;
  if (
    !synth ||
    typeof synth.speak !== "function" ||
    typeof window.SpeechSynthesisUtterance !== "function"
  ) {
    return;
  }

  var BLOKKEN = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,figcaption,blockquote,caption,th,td,summary";

  function zichtbaar(el) {
    return el.getClientRects().length > 0 && !el.closest("[hidden],[aria-hidden='true']");
  }

  /* The text of main in reading order, cut into sentences: short pieces
     start quickly and avoid engines that stop after a long utterance. */
  function stukken(main, bediening, paginaTaal) {
    var uit = [];
    main.querySelectorAll(BLOKKEN).forEach(function (el) {
      if (bediening.contains(el) || !zichtbaar(el) || el.closest(".niet-voorlezen")) {
        return;
      }
      var ouder = el.parentElement && el.parentElement.closest(BLOKKEN);
      if (ouder && main.contains(ouder)) {
        return; /* the outer block reads this one */
      }
      var t = (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
      if (!t) {
        return;
      }
      /* A quote in another language keeps its own voice. */
      var metTaal = el.closest("[lang]");
      var taal = (metTaal && metTaal.getAttribute("lang")) || paginaTaal;
      t.split(/(?<=[.!?…])\s+/).forEach(function (zin) {
        if (zin) {
          uit.push({ tekst: zin, taal: taal });
        }
      });
    });
    return uit;
  }

  function stemVoor(taal) {
    var basis = taal.toLowerCase().split(/[-_]/)[0];
    var stemmen = typeof synth.getVoices === "function" ? synth.getVoices() || [] : [];
    for (var i = 0; i < stemmen.length; i++) {
      if ((stemmen[i].lang || "").toLowerCase().split(/[-_]/)[0] === basis) {
        return stemmen[i];
      }
    }
    return null;
  }

  function maakKnop(klasse, label) {
    var knop = document.createElement("button");
    knop.type = "button";
    knop.className = klasse;
    knop.textContent = label;
    return knop;
  }

  function begin() {
    var main = document.querySelector("main");
    if (!main) {
      return;
    }
    var taal = document.documentElement.lang || "nl";

    var bediening = document.createElement("div");
    bediening.className = "voorlezen niet-printen";
    bediening.setAttribute("role", "group");
    bediening.setAttribute("aria-label", tekst.groep || "Voorlezen");
    var hoofdknop = maakKnop("voorlezen__knop", tekst.leesVoor || "Lees voor");
    var stopknop = maakKnop("voorlezen__stop knop--licht", tekst.stop || "Stop");
    stopknop.hidden = true;
    var status = document.createElement("p");
    status.className = "voorlezen__status";
    status.setAttribute("role", "status");
    bediening.append(hoofdknop, stopknop, status);

    var h1 = main.querySelector("h1");
    if (h1) {
      h1.insertAdjacentElement("afterend", bediening);
    } else {
      main.prepend(bediening);
    }

    var toestand = "klaar"; /* klaar | bezig | gepauzeerd */
    var ronde = 0;
    var lijst = [];
    var plek = 0;

    function zet(nieuw, melding) {
      toestand = nieuw;
      bediening.setAttribute("data-toestand", nieuw);
      hoofdknop.textContent =
        nieuw === "bezig"
          ? tekst.pauzeer || "Pauzeer"
          : nieuw === "gepauzeerd"
            ? tekst.gaVerder || "Ga verder"
            : tekst.leesVoor || "Lees voor";
      stopknop.hidden = nieuw === "klaar";
      status.textContent = melding || "";
    }

    function spreekVolgende(mijnRonde) {
      if (mijnRonde !== ronde) {
        return;
      }
      if (plek >= lijst.length) {
        zet("klaar", tekst.klaar || "Klaar met voorlezen.");
        return;
      }
      var stuk = lijst[plek];
      var uiting = new window.SpeechSynthesisUtterance(stuk.tekst);
      uiting.lang = stuk.taal;
      var stem = stemVoor(stuk.taal);
      if (stem) {
        uiting.voice = stem;
      }
      uiting.onend = function () {
        if (mijnRonde === ronde) {
          plek += 1;
          spreekVolgende(mijnRonde);
        }
      };
      uiting.onerror = function (e) {
        if (mijnRonde !== ronde || (e && (e.error === "interrupted" || e.error === "canceled"))) {
          return;
        }
        ronde += 1;
        zet("klaar", tekst.fout || "Voorlezen lukt nu niet.");
      };
      synth.speak(uiting);
    }

    function stop(melding) {
      ronde += 1;
      synth.cancel();
      zet("klaar", melding);
    }

    hoofdknop.addEventListener("click", function () {
      if (toestand === "bezig") {
        synth.pause();
        zet("gepauzeerd", tekst.gepauzeerd || "Voorlezen is gepauzeerd.");
      } else if (toestand === "gepauzeerd") {
        synth.resume();
        zet("bezig", tekst.bezig || "De pagina wordt voorgelezen.");
      } else {
        synth.cancel();
        ronde += 1;
        lijst = stukken(main, bediening, taal);
        plek = 0;
        zet("bezig", tekst.bezig || "De pagina wordt voorgelezen.");
        spreekVolgende(ronde);
      }
    });
    stopknop.addEventListener("click", function () {
      stop(tekst.gestopt || "Voorlezen is gestopt.");
      hoofdknop.focus(); /* the stop button disappears; keep focus nearby */
    });
    window.addEventListener("pagehide", function () {
      if (toestand !== "klaar") {
        stop("");
      }
    });
    zet("klaar", "");
  }

  begin();
})();
