/*
 * Accessible names for admin fields whose visible box is not the labelled element.
 *
 * Each fix here covers a defect in Wagtail's admin; remove it when Wagtail fixes it.
 *
 * 1. Rich text (Draftail): the <label> points at the hidden <input> that stores
 *    the value, not at the editable box (role="textbox"), so a screen reader
 *    announces an unnamed text box. Wagtail issue 14205.
 *    A block that is only a rich-text box names it after the block's heading.
 * 2. Tags (tag-it): the label points at the hidden input too; the box where
 *    you type a tag has no name at all (axe rule "label").
 *
 * 3. "Who else is here" on an edit view: the button of a viewing session holds
 *    only an avatar; its text sits in a hidden tooltip, so the button has no
 *    name (axe "button-name"; Wagtail's editing_sessions/list.html). The
 *    tooltip's text becomes the button's name.
 *
 * 4. Chooser dialogs (image, document, page) have no name: see dialogen().
 *
 * 5. The minimap, the multiple-upload file input and StreamField blocks as
 *    landmarks: see minimap(), uploadNaam(), blokGroepen() and blokNummers().
 *
 * 6. The page search's result count and filter headings: see zoekResultaten().
 *
 * 7. An open dialog leaves the page behind it reachable: see achtergrondInert().
 *
 * 8. The page chooser's column of "explore subpages" arrows has an empty header
 *    cell: see kolomKoppen().
 *
 * The fix links the visible box to the field's own label with aria-labelledby,
 * so the name is the label the sighted editor reads. It runs on load and again
 * when the editor adds a block or a panel (a MutationObserver), because
 * StreamField and InlinePanel create fields after the page has loaded.
 */
(function () {
  "use strict";

  var teller = 0;
  // Dutch texts come translated from the script tag (the admin's CSP allows
  // no inline script, so they cannot be written into the page as code).
  var script = document.currentScript;
  var minimapNaam = (script && script.dataset.minimap) || "Inhoud van dit formulier";
  var blokWoord = (script && script.dataset.blok) || "blok";
  var onderliggendWoord = (script && script.dataset.onderliggend) || "Onderliggende pagina's";

  function labelVan(invoer) {
    if (!invoer || !invoer.id) {
      return null;
    }
    var label = document.querySelector('label[for="' + invoer.id + '"]');
    if (!label) {
      label = document.getElementById(invoer.id + "-label");
    }
    if (label && !label.id) {
      teller += 1;
      label.id = "inclusie-label-" + teller;
    }
    return label;
  }

  // A StreamField block that is only a rich-text box has no label of its own:
  // the block's heading ("Tekst") is what the editor reads above the box.
  function blokKopVan(vak) {
    var inhoud = vak.closest(".w-panel__content[id]");
    if (!inhoud) {
      return null;
    }
    return document.getElementById(inhoud.id.replace(/-content$/, "-heading"));
  }

  function geefNaam(vak, invoer) {
    if (vak.hasAttribute("aria-labelledby") || vak.hasAttribute("aria-label")) {
      return;
    }
    var label = labelVan(invoer) || blokKopVan(vak);
    if (label) {
      vak.setAttribute("aria-labelledby", label.id);
    }
  }

  function richText(bereik) {
    bereik.querySelectorAll('.public-DraftEditor-content[role="textbox"]').forEach(function (vak) {
      var veld = vak.closest("[data-draftail-editor-wrapper]") || vak.closest("[data-field-input]");
      var invoer = veld ? veld.querySelector("input[type=hidden][id]") : null;
      if (!invoer && veld && veld.parentElement) {
        invoer = veld.parentElement.querySelector("input[type=hidden][id]");
      }
      geefNaam(vak, invoer);
    });
  }

  function tags(bereik) {
    bereik.querySelectorAll("ul.tagit input.ui-autocomplete-input").forEach(function (vak) {
      var veld = vak.closest("[data-field-input]") || vak.closest(".w-field");
      var invoer = veld ? veld.querySelector("input[id]:not(.ui-autocomplete-input)") : null;
      geefNaam(vak, invoer);
    });
  }

  // The tooltip controller may already have moved the text out of the button
  // (into its tippy instance); then it is read from there.
  function sessieTekst(knop) {
    var uitleg = knop.querySelector(".w-editing-sessions__popup");
    if (!uitleg && knop._tippy) {
      uitleg = knop._tippy.props.content;
    }
    if (!uitleg) {
      return "";
    }
    var tekst = typeof uitleg === "string" ? uitleg : uitleg.textContent;
    return tekst.replace(/\s+/g, " ").replace(/ - /g, ", ").trim();
  }

  function sessies(bereik) {
    bereik.querySelectorAll("button.w-editing-sessions__session").forEach(function (knop) {
      if (knop.hasAttribute("aria-label")) {
        return;
      }
      var tekst = sessieTekst(knop);
      if (tekst) {
        knop.setAttribute("aria-label", tekst);
      }
    });
  }

  // Wagtail's chooser modals (images, documents, pages) are role="dialog"
  // without a name (axe "aria-dialog-name"; wagtailadmin/js/modal-workflow.js).
  // Their first heading says what they are for ("Kies een afbeelding").
  function dialogen(bereik) {
    bereik.querySelectorAll('.modal[role="dialog"]').forEach(function (dialoog) {
      if (dialoog.hasAttribute("aria-labelledby") || dialoog.hasAttribute("aria-label")) {
        return;
      }
      var kop = dialoog.querySelector("h1, h2");
      if (kop) {
        if (!kop.id) {
          teller += 1;
          kop.id = "inclusie-dialoog-" + teller;
        }
        dialoog.setAttribute("aria-labelledby", kop.id);
      }
    });
    // In the image chooser each thumbnail's alt repeats the title printed under
    // it, so a screen reader says every title twice (axe "image-redundant-alt").
    // Next to that text the thumbnail is decoration.
    bereik.querySelectorAll('.modal[role="dialog"] img[alt]:not([alt=""])').forEach(function (img) {
      var houder = img.closest("a, li, figure");
      if (houder && houder.textContent.indexOf(img.alt) !== -1) {
        img.alt = "";
      }
    });
  }

  // The page chooser (wagtail/admin/views/chooser.py, BrowseView.columns in
  // Wagtail 8.0) lists pages in a table whose last column, the arrows to a
  // page's subpages, has the label "": its header cell is empty (axe
  // "empty-table-header"), so a screen reader reads the arrows without a
  // column name. No upstream issue found. The header gets that name as hidden
  // text, in the words Wagtail's own arrows use ("Bekijk onderliggende
  // pagina's van ..."). Only a column of those arrows: any other empty header
  // is left for the test to find.
  function kolomKoppen(bereik) {
    bereik.querySelectorAll('.modal[role="dialog"] table').forEach(function (tabel) {
      Array.prototype.forEach.call(tabel.querySelectorAll("thead th"), function (kop) {
        if (kop.textContent.trim()) {
          return;
        }
        var pijlen = tabel.querySelectorAll(
          "tbody tr > :nth-child(" + (kop.cellIndex + 1) + ") a.navigate-pages"
        );
        if (pijlen.length) {
          var naam = document.createElement("span");
          naam.className = "w-sr-only";
          naam.textContent = onderliggendWoord;
          kop.appendChild(naam);
        }
      });
    });
  }

  // Wagtail's minimap (the form's outline at the side): its list scrolls, but
  // neither the list nor its links (tabindex=-1) take keyboard focus, so a
  // keyboard user cannot scroll it (axe "scrollable-region-focusable").
  // The list itself becomes a named tab stop.
  function minimap(bereik) {
    bereik.querySelectorAll(".w-minimap__list").forEach(function (lijst) {
      if (!lijst.hasAttribute("tabindex")) {
        lijst.setAttribute("tabindex", "0");
        lijst.setAttribute("aria-label", minimapNaam);
      }
    });
  }

  // Multiple upload of images and documents: the file input sits under the
  // button "Of kies van je computer" but has no label (axe "label"). The
  // button names it.
  function uploadNaam(bereik) {
    bereik.querySelectorAll(".replace-file-input input[type=file]").forEach(function (invoer) {
      if (invoer.hasAttribute("aria-labelledby") || labelVan(invoer)) {
        return;
      }
      var knop = invoer.parentNode.querySelector("button");
      if (knop) {
        if (!knop.id) {
          teller += 1;
          knop.id = "inclusie-upload-" + teller;
        }
        invoer.setAttribute("aria-labelledby", knop.id);
      }
    });
  }

  // StreamField: every block is a <section> named by its heading, so it is a
  // region landmark, and two blocks of one type with the same preview text
  // are two landmarks with one name (axe "landmark-unique"). A block is a
  // group of fields, not a place to jump to: role="group" keeps its name.
  function blokGroepen(bereik) {
    bereik.querySelectorAll("section.w-panel[id^='block-'][aria-labelledby]").forEach(function (blok) {
      if (!blok.hasAttribute("role")) {
        blok.setAttribute("role", "group");
      }
    });
  }

  // axe counts a named <section> as a landmark whatever its role (its rule
  // landmark-unique matches <section> by name only), so two blocks with the
  // same heading still fail after blokGroepen(). Each block's heading gets its
  // place in its stream as hidden text ("Kop, blok 3"): the names differ, and
  // a screen reader user hears where the block is. Recounted when blocks are
  // added or moved.
  function blokNummers() {
    document.querySelectorAll("[data-streamfield-stream-container]").forEach(function (stroom) {
      var nummer = 0;
      Array.prototype.forEach.call(stroom.children, function (kind) {
        var blok = kind.querySelector(":scope > section.w-panel[id^='block-'][aria-labelledby]");
        var kop = blok && document.getElementById(blok.getAttribute("aria-labelledby"));
        if (!kop) {
          return;
        }
        nummer += 1;
        var plek = kop.querySelector(":scope > .inclusie-blokplek");
        if (!plek) {
          plek = document.createElement("span");
          plek.className = "w-sr-only inclusie-blokplek";
          kop.appendChild(plek);
        }
        var tekst = ", " + blokWoord + " " + nummer;
        if (plek.textContent !== tekst) {
          plek.textContent = tekst;
        }
      });
    });
  }

  // The page search (wagtailadmin/pages/search_results.html, Wagtail 8.0):
  // - the result count is <h2 role="alert">, a role a heading may not have
  //   (axe "aria-allowed-role"): the alert moves to a wrapper around the heading,
  //   so the count is still announced when the results change;
  // - the filter boxes "Other searches" and "Page types" have <h3> headings
  //   before the first <h2> (axe "heading-order"): they sit at the level of
  //   the result count, so they become level 2.
  function zoekResultaten(bereik) {
    bereik.querySelectorAll("h2[role='alert']").forEach(function (kop) {
      var melding = document.createElement("div");
      melding.setAttribute("role", "alert");
      kop.removeAttribute("role");
      kop.parentNode.insertBefore(melding, kop);
      melding.appendChild(kop);
    });
    bereik.querySelectorAll(".listing-filter > h3.filter-title:not([aria-level])").forEach(function (kop) {
      kop.setAttribute("aria-level", "2");
    });
  }

  // Wagtail's dialogs (wagtailadmin/js/modal-workflow.js: choosers, workflow
  // actions with a comment) are Bootstrap 3 modals: no aria-modal, and the page
  // behind stays in the reading order. A screen reader then wanders out of the
  // dialog into a page the editor cannot see or use, and its buttons, half
  // covered by the dialog, are targets too small to hit (axe "target-size").
  // While a dialog is open the rest of the page is inert, as the HTML <dialog>
  // element would make it; closing the dialog gives the page back. Wagtail
  // issues 5338 (focus is not kept inside chooser dialogs) and 12544 (move
  // away from Bootstrap modals): drop this when those are fixed.
  function achtergrondInert() {
    var $ = window.jQuery;
    if (!$) {
      return;
    }
    var stil = [];
    $(document).on("show.bs.modal", ".modal", function (gebeurtenis) {
      var dialoog = gebeurtenis.target;
      dialoog.setAttribute("aria-modal", "true");
      Array.prototype.forEach.call(document.body.children, function (kind) {
        if (kind !== dialoog && !kind.contains(dialoog) && !kind.inert && kind.localName !== "script") {
          kind.inert = true;
          stil.push(kind);
        }
      });
    });
    // On "hide", not "hidden": Wagtail moves the focus back to the button that
    // opened the dialog when it is hidden, and an inert button takes no focus.
    $(document).on("hide.bs.modal", ".modal", function () {
      stil.forEach(function (kind) {
        kind.inert = false;
      });
      stil = [];
    });
  }

  function alles() {
    richText(document);
    tags(document);
    sessies(document);
    dialogen(document);
    kolomKoppen(document);
    minimap(document);
    uploadNaam(document);
    blokGroepen(document);
    blokNummers();
    zoekResultaten(document);
  }

  // Only what was added is looked at: typing in the editor also adds nodes,
  // and this runs before the browser paints, so the name is there at once.
  function toegevoegd(mutaties) {
    var blokken = false;
    mutaties.forEach(function (mutatie) {
      mutatie.addedNodes.forEach(function (knoop) {
        if (knoop.nodeType === 1) {
          var bereik = knoop.parentElement || knoop;
          richText(bereik);
          tags(bereik);
          sessies(bereik);
          dialogen(knoop.closest('.modal[role="dialog"]') ? document : bereik);
          kolomKoppen(knoop.closest('.modal[role="dialog"]') ? document : bereik);
          minimap(bereik);
          uploadNaam(bereik);
          blokGroepen(bereik);
          zoekResultaten(bereik);
          blokken = blokken || !!bereik.closest("[data-streamfield-stream-container]") ||
            !!knoop.querySelector("[data-streamfield-stream-container]");
        }
      });
    });
    if (blokken) {
      blokNummers();
    }
  }

  function start() {
    alles();
    achtergrondInert();
    new MutationObserver(toegevoegd).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
