"""Load test: 60 seconds at 20 connections over the pages plus reader remarks.

Bounded in time and count, against 127.0.0.1 only. Starts its own production
server (see bench/server.py) unless --url points at a running one. Afterwards it
checks: zero server errors, and every accepted remark is in the database.

    python -m bench.loadtest            (or: make loadtest)
"""

import argparse
import random
import re
import threading
import time
from urllib.parse import urlencode

from bench.meten import Verbinding, alleen_lokaal
from bench.server import BenchServer

MAX_VERZOEKEN = 200_000
OPMERKINGEN = ["Dit is duidelijk.", "De zin over de bus is te lang.", "Welk adres bedoelt u?"]


def feedback_formulier(verbinding, pad):
    """The page's own remark form: its action and hidden page number."""
    _, _, html = verbinding.verzoek("GET", pad)
    tekst = html.decode("utf-8", "replace")
    formulier = re.search(r'<form[^>]+action="([^"]*reactie[^"]*)"(.*?)</form>', tekst, re.S)
    if not formulier:
        return None
    pagina = re.search(r'name="pagina" value="(\d+)"', formulier.group(2))
    return formulier.group(1), pagina.group(1) if pagina else ""


def _nieuwe_stand():
    return {"verzoeken": 0, "statussen": {}, "geaccepteerd": 0, "geweigerd": 0, "fouten": [],
            "onbereikbaar": 0, "paginacache": {}}  # fmt: skip


def draai(basis, paden, seconden, gelijktijdig, feedback_deel, halverwege=None):
    """Load `basis` (one address, or a list: the connections are spread over them).

    `halverwege`, if given, is called once at half time (the scale-out test
    stops an instance there). A connection that cannot reach its instance
    counts as `onbereikbaar` and tries again after a short pause; it never
    counts as a server error. Returns the totals, with one entry per address
    under "per_adres".
    """
    basissen = [basis] if isinstance(basis, str) else list(basis)
    for b in basissen:
        alleen_lokaal(b)
    verbinding = Verbinding(basissen[0])
    formulieren = [f for f in (feedback_formulier(verbinding, p) for p in paden) if f]
    stand = _nieuwe_stand()
    per_adres = {b: _nieuwe_stand() for b in basissen}
    slot = threading.Lock()
    begin = time.monotonic()
    einde = begin + seconden

    def tel(adres, sleutel, waarde=1):
        for s in (stand, per_adres[adres]):
            s[sleutel] += waarde

    def werker(nummer):
        rng = random.Random(nummer)
        adres = basissen[nummer % len(basissen)]
        # Each connection is its own visitor, from its own loopback address: the
        # remark form limits posts per address.
        eigen = Verbinding(adres, bron=f"127.0.0.{nummer + 2}")
        while time.monotonic() < einde:
            with slot:
                if stand["verzoeken"] >= MAX_VERZOEKEN:
                    return
                tel(adres, "verzoeken")
            try:
                if formulieren and rng.random() < feedback_deel:
                    actie, pagina = rng.choice(formulieren)
                    body = urlencode(
                        {"pagina": pagina, "duidelijk": rng.choice(["ja", "nee"]),
                         "tekst": rng.choice(OPMERKINGEN), "website": ""}
                    )  # fmt: skip
                    headers = {"Content-Type": "application/x-www-form-urlencoded"}
                    status, antwoord_koppen, _ = eigen.verzoek(
                        "POST", actie, body=body, headers=headers
                    )
                    with slot:
                        if status == 200:
                            tel(adres, "geaccepteerd")
                        elif status < 500:
                            tel(adres, "geweigerd")
                else:
                    status, antwoord_koppen, _ = eigen.verzoek("GET", rng.choice(paden))
            except OSError:
                with slot:
                    tel(adres, "onbereikbaar")
                time.sleep(0.05)
                continue
            treffer = antwoord_koppen.get("X-Paginacache", "geen")
            with slot:
                for s in (stand, per_adres[adres]):
                    s["statussen"][status] = s["statussen"].get(status, 0) + 1
                    s["paginacache"][treffer] = s["paginacache"].get(treffer, 0) + 1
                    if status >= 500:
                        s["fouten"].append(status)

    draden = [threading.Thread(target=werker, args=(n,)) for n in range(gelijktijdig)]
    for d in draden:
        d.start()
    if halverwege is not None:
        time.sleep(max(0.0, begin + seconden / 2 - time.monotonic()))
        halverwege()
    for d in draden:
        d.join()
    stand["duur"] = time.monotonic() - begin
    stand["feedback"] = bool(formulieren)
    stand["per_adres"] = per_adres
    return stand


def trefkans(stand) -> float:
    """The share of page requests the page cache answered (hit / (hit + miss))."""
    treffers = stand["paginacache"].get("hit", 0)
    gemist = stand["paginacache"].get("miss", 0)
    return treffers / (treffers + gemist) if treffers + gemist else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconden", type=float, default=60)
    parser.add_argument("--verbindingen", type=int, default=20)
    parser.add_argument("--feedback-deel", type=float, default=0.1, help="Deel van de verzoeken.")
    args = parser.parse_args()

    with BenchServer(log=lambda t: print(t, flush=True)) as server:
        paden = list(server.info["urls"].values())
        voor = server.aantal_reacties()
        print(f"Belasten: {args.seconden:.0f} s, {args.verbindingen} verbindingen, {paden}")
        stand = draai(server.basis, paden, args.seconden, args.verbindingen, args.feedback_deel)
        na = server.aantal_reacties()
        fouten = server.serverfouten()

    print(f"Verzoeken: {stand['verzoeken']} in {stand['duur']:.0f} s "
          f"({stand['verzoeken'] / stand['duur']:.0f} per seconde)")  # fmt: skip
    print(f"Statussen: {dict(sorted(stand['statussen'].items()))}")
    print(
        f"Paginacache: {stand['paginacache']} (trefkans {trefkans(stand):.0%} van de "
        "pagina's die de cache mocht bewaren)"
    )
    print(f"Serverfouten (5xx): {len(stand['fouten'])}; in het serverlog: {len(fouten)}")
    for regel in fouten[:20]:
        print("  " + regel)
    goed = not stand["fouten"] and not fouten
    if stand["feedback"] and voor is not None:
        erbij = na - voor
        print(
            f"Reacties: {stand['geaccepteerd']} geaccepteerd, {stand['geweigerd']} geweigerd "
            f"(limiet per bezoeker); in de database {voor} -> {na} (+{erbij})"
        )
        goed = goed and erbij == stand["geaccepteerd"]
    else:
        print("Reacties: geen reactieformulier gevonden; alleen pagina's belast.")
    print("GESLAAGD" if goed else "MISLUKT")
    raise SystemExit(0 if goed else 1)


if __name__ == "__main__":
    main()
