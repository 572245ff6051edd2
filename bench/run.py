"""`make bench`: the site under gunicorn with production settings, page by page.

Per page: requests per second, median and 99th-percentile latency, server CPU
per request (the gunicorn workers' utime+stime from /proc), database queries
per request (X-Query-Count), bytes (HTML; HTML+CSS+JS compressed), and CPU as
a multiple of the floor: a Django view that returns a fixed string. Each page
is measured uncached (header X-Bench-Geen-Cache: 1, honoured only with BENCH=1;
it skips the fragment cache too, so "nee" means cold) and cached (the anonymous
full-page cache). Pages with a fragment cache (the agenda overview) get a third
row, "fragment": page cache skipped, fragment warm (X-Bench-Geen-Cache: pagina).
"""

import argparse
import datetime
import os
import platform
import subprocess
import time
from pathlib import Path

from bench.meten import belast, gewicht
from bench.server import BenchServer

GELIJKTIJDIG = 4
DOELEN = {"cache": 3, "agenda_zonder_cache": 15, "gewicht_kb": 40}
# Pages whose view keeps a fragment in the cache (agenda.views.overzicht).
MET_FRAGMENT = {"agenda", "agenda_filter"}
# cache column -> X-Bench-Geen-Cache header value (None: no header)
CACHE_KOPPEN = {"nee": "1", "fragment": "pagina", "ja": None}


def machine() -> str:
    model = "onbekend"
    try:
        for regel in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if regel.startswith("Model name:"):
                model = regel.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {model}, Python {platform.python_version()}"


def meet(server, pad, seconden, cache="nee"):
    kop = CACHE_KOPPEN[cache]
    headers = {"X-Bench-Geen-Cache": kop} if kop else {}
    belast(server.basis, pad, 0.5, 1, headers=headers)  # warm up (and fill the cache)
    cpu_voor = server.cpu_seconden()
    uitslag = belast(server.basis, pad, seconden, GELIJKTIJDIG, headers=headers)
    uitslag["cpu_ms"] = (server.cpu_seconden() - cpu_voor) * 1000 / max(uitslag["aantal"], 1)
    return uitslag


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconden", type=float, default=4.0, help="Meettijd per meting.")
    parser.add_argument("--resultaten", help="Schrijf de tabel ook naar dit Markdown-bestand.")
    args = parser.parse_args()

    with BenchServer(log=lambda t: print(t, flush=True)) as server:
        urls = server.info["urls"]
        print(f"Server: {server.basis}, pagina's: {urls}", flush=True)
        vloer = meet(server, "/_bench/floor/", args.seconden)
        vloer_cpu = vloer["cpu_ms"]
        rijen = [("vloer (vaste tekst)", "/_bench/floor/", "-", vloer, None)]
        for naam, pad in urls.items():
            maat = gewicht(server.basis, pad)
            soorten = ("nee", "fragment", "ja") if naam in MET_FRAGMENT else ("nee", "ja")
            for cache in soorten:
                uitslag = meet(server, pad, args.seconden, cache)
                rijen.append((naam, pad, cache, uitslag, maat))
        fouten = server.serverfouten()
        onderwerpen = server.info.get("aantal_onderwerpen")

    kop = (
        "| pagina | cache | verz./s | mediaan ms | p99 ms | CPU ms/verz. | x vloer "
        "| queries | HTML bytes | HTML+CSS+JS gzip | statussen |"
    )
    regels = [kop, "|" + "---|" * 11]
    for naam, pad, cache, u, maat in rijen:
        queries = "-" if u["queries"] is None else f"{u['queries']:.0f}"
        regels.append(
            f"| {naam} `{pad}` | {cache} | {u['per_seconde']:.0f} | {u['mediaan_ms']:.1f} "
            f"| {u['p99_ms']:.1f} | {u['cpu_ms']:.2f} | {u['cpu_ms'] / vloer_cpu:.1f} "
            f"| {queries} | {maat['html'] if maat else '-'} "
            f"| {maat['totaal_gz'] if maat else '-'} | {u['statussen']} |"
        )
    tabel = "\n".join(regels)
    print()
    print(tabel)
    print()
    oordeel = beoordeel(rijen, vloer_cpu)
    print(oordeel)
    print(f"Serverfouten in het log: {len(fouten)}")
    for regel in fouten[:20]:
        print("  " + regel)

    if args.resultaten:
        datum = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        Path(args.resultaten).write_text(
            f"# Benchmark\n\nGemeten op {datum} met `make bench`.\n\n"
            f"Machine: {machine()}. gunicorn met 2 workers (sync), productie-instellingen, "
            f"SQLite met de voorbeeldinhoud ({onderwerpen} onderwerpen), "
            f"{GELIJKTIJDIG} gelijktijdige verbindingen, {args.seconden:.0f} s per meting, "
            "load generator op dezelfde machine.\n\n"
            f"{tabel}\n\n{oordeel}\n\nServerfouten in het log: {len(fouten)}\n",
            encoding="utf-8",
        )
        print(f"Geschreven: {args.resultaten}")


def beoordeel(rijen, vloer_cpu) -> str:
    uit = ["Doelen:"]
    cached = [(n, u["cpu_ms"] / vloer_cpu) for n, _, c, u, _ in rijen if c == "ja"]
    slechtste = max(cached, key=lambda r: r[1]) if cached else ("-", 0)
    uit.append(
        f"- pagina's uit de cache binnen {DOELEN['cache']}x de vloer: "
        f"{'ja' if slechtste[1] <= DOELEN['cache'] else 'nee'} (hoogste: {slechtste[0]}, "
        f"{slechtste[1]:.1f}x)"
    )
    for soort, uitleg in (("nee", "zonder cache (koud)"), ("fragment", "met warme fragmentcache")):
        agenda = [
            u["cpu_ms"] / vloer_cpu for n, _, c, u, _ in rijen if n == "agenda" and c == soort
        ]
        if agenda:
            doel = DOELEN["agenda_zonder_cache"]
            uit.append(
                f"- agenda-overzicht {uitleg} binnen {doel}x: "
                f"{'ja' if agenda[0] <= doel else 'nee'} ({agenda[0]:.1f}x)"
            )
    zwaarste = max((m["totaal_gz"] for *_, m in rijen if m), default=0)
    uit.append(
        f"- HTML+CSS+JS gecomprimeerd onder {DOELEN['gewicht_kb']} KB: "
        f"{'ja' if zwaarste < DOELEN['gewicht_kb'] * 1024 else 'nee'} "
        f"(zwaarste pagina {zwaarste / 1024:.1f} KB)"
    )
    return "\n".join(uit)


if __name__ == "__main__":
    start = time.monotonic()
    main()
    print(f"Totale duur: {time.monotonic() - start:.0f} s")
