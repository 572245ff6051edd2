/*
 * "Lees voor": reads the page's main content aloud with the browser's own
 * speech synthesis, in the language of the page. Only voices that run on the
 * visitor's own computer (voice.localService) are used, never a network
 * voice, so nothing is sent anywhere. Without such a voice for the page's
 * language nothing is read, and the status next to the button says why.
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

  /* Chrome loads its voices after the page: wait this long (ms) at most. */
  var WACHT_OP_STEMMEN = 2000;

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

  function taalcode(taal) {
    return String(taal || "").trim().toLowerCase().replace(/_/g, "-");
  }

  function basistaal(taal) {
    return taalcode(taal).split("-")[0];
  }

  function alleStemmen() {
    var lijst = typeof synth.getVoices === "function" ? synth.getVoices() : null;
    return lijst ? Array.prototype.slice.call(lijst) : [];
  }

  /* A voice on this computer in this language, or null. Never a network
     voice (localService must be true) and never another language. The best
     fit first: the same code ("nl-NL" for "nl-NL"), then the usual variant
     ("nl-NL" for "nl"), then the browser's default, then any "nl-..." voice. */
  function stemVoor(taal, stemmen) {
    var code = taalcode(taal);
    var basis = basistaal(taal);
    var eigen = stemmen.filter(function (stem) {
      return stem && stem.localService === true && basistaal(stem.lang) === basis;
    });
    function eerste(past) {
      for (var i = 0; i < eigen.length; i++) {
        if (past(eigen[i])) {
          return eigen[i];
        }
      }
      return null;
    }
    return (
      eerste(function (stem) {
        return taalcode(stem.lang) === code;
      }) ||
      eerste(function (stem) {
        return taalcode(stem.lang) === basis + "-" + basis;
      }) ||
      eerste(function (stem) {
        return stem.default === true;
      }) ||
      eigen[0] ||
      null
    );
  }

  /* The voice list, read again when the browser says it changed. */
  var stemmen = alleStemmen();
  var wachtOpStemmen = [];
  function stemmenVeranderd() {
    stemmen = alleStemmen();
    if (stemmen.length) {
      var wachtenden = wachtOpStemmen;
      wachtOpStemmen = [];
      wachtenden.forEach(function (verder) {
        verder();
      });
    }
  }
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", stemmenVeranderd);
  } else {
    var eerder = synth.onvoiceschanged;
    synth.onvoiceschanged = function (e) {
      if (typeof eerder === "function") {
        eerder.call(this, e);
      }
      stemmenVeranderd();
    };
  }

  /* Calls verder once there are voices, or after the wait without them. */
  function metStemmen(verder) {
    stemmen = alleStemmen();
    if (stemmen.length) {
      verder();
      return;
    }
    var gedaan = false;
    function eenKeer() {
      if (!gedaan) {
        gedaan = true;
        stemmen = alleStemmen();
        verder();
      }
    }
    wachtOpStemmen.push(eenKeer);
    window.setTimeout(eenKeer, WACHT_OP_STEMMEN);
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
    var wacht = false; /* waiting for the voice list */
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
      /* A piece in a language without a voice here is left out. */
      var stem = null;
      while (plek < lijst.length && !(stem = stemVoor(lijst[plek].taal, stemmen))) {
        plek += 1;
      }
      if (plek >= lijst.length) {
        zet("klaar", tekst.klaar || "Klaar met voorlezen.");
        return;
      }
      var stuk = lijst[plek];
      var uiting = new window.SpeechSynthesisUtterance(stuk.tekst);
      uiting.lang = stuk.taal;
      uiting.voice = stem;
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

    /* No voice for this language here: read nothing and say so. The status
       is emptied first, so pressing again announces it again. */
    function geenStem(mijnRonde) {
      zet("klaar", "");
      window.setTimeout(function () {
        if (mijnRonde === ronde && toestand === "klaar") {
          status.textContent =
            tekst.geenStem || "Je computer heeft geen stem voor deze taal. Voorlezen kan daarom niet.";
        }
      }, 100);
    }

    function leesVoor() {
      synth.cancel();
      ronde += 1;
      var mijnRonde = ronde;
      wacht = true;
      metStemmen(function () {
        wacht = false;
        if (mijnRonde !== ronde) {
          return;
        }
        if (!stemVoor(taal, stemmen)) {
          geenStem(mijnRonde);
          return;
        }
        lijst = stukken(main, bediening, taal);
        plek = 0;
        zet("bezig", tekst.bezig || "De pagina wordt voorgelezen.");
        spreekVolgende(mijnRonde);
      });
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
      } else if (!wacht) {
        leesVoor();
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
