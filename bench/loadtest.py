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


def draai(basis, paden, seconden, gelijktijdig, feedback_deel):
    alleen_lokaal(basis)
    verbinding = Verbinding(basis)
    formulieren = [f for f in (feedback_formulier(verbinding, p) for p in paden) if f]
    stand = {"verzoeken": 0, "statussen": {}, "geaccepteerd": 0, "geweigerd": 0, "fouten": []}
    slot = threading.Lock()
    einde = time.monotonic() + seconden

    def werker(nummer):
        rng = random.Random(nummer)
        # Each connection is its own visitor, from its own loopback address: the
        # remark form limits posts per address.
        eigen = Verbinding(basis, bron=f"127.0.0.{nummer + 2}")
        while time.monotonic() < einde:
            with slot:
                if stand["verzoeken"] >= MAX_VERZOEKEN:
                    return
                stand["verzoeken"] += 1
            if formulieren and rng.random() < feedback_deel:
                actie, pagina = rng.choice(formulieren)
                body = urlencode(
                    {"pagina": pagina, "duidelijk": rng.choice(["ja", "nee"]),
                     "tekst": rng.choice(OPMERKINGEN), "website": ""}
                )  # fmt: skip
                headers = {"Content-Type": "application/x-www-form-urlencoded"}
                status, _, _ = eigen.verzoek("POST", actie, body=body, headers=headers)
                with slot:
                    if status == 200:
                        stand["geaccepteerd"] += 1
                    elif status < 500:
                        stand["geweigerd"] += 1
            else:
                pad = rng.choice(paden)
                status, _, _ = eigen.verzoek("GET", pad)
            with slot:
                stand["statussen"][status] = stand["statussen"].get(status, 0) + 1
                if status >= 500:
                    stand["fouten"].append(status)

    draden = [threading.Thread(target=werker, args=(n,)) for n in range(gelijktijdig)]
    begin = time.monotonic()
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    stand["duur"] = time.monotonic() - begin
    stand["feedback"] = bool(formulieren)
    return stand


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
