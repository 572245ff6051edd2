"""`make bench`: the site under gunicorn with production settings, page by page.

Per page: requests per second, median and 99th-percentile latency, server CPU
per request (the gunicorn workers' utime+stime from /proc), database queries
per request (X-Query-Count), bytes (HTML; HTML+CSS+JS compressed), and CPU as
a multiple of the floor: a Django view that returns a fixed string. Each page
is measured three ways (the header is honoured only with BENCH=1):

- "koud": every cache skipped (X-Bench-Geen-Cache: 1), the worst case;
- "gemist": the page cache skipped, the shell's shared parts (site, route,
  menu, footer, language links, the overview's rows) warm
  (X-Bench-Geen-Cache: pagina): what a logged-in editor pays on every page,
  and a visitor on a filter combination nobody asked for yet;
- "ja": from the anonymous full-page cache.

Then the miss storm: right after a publish (a new cache generation), the
first request to each of 20 different pages, one after the other, and the
same 20 again once the caches are warm.
"""

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import time
from pathlib import Path

from bench.meten import Verbinding, belast, gewicht
from bench.server import BenchServer

GELIJKTIJDIG = 4
# Cached pages within 3x the floor; on the uncached path ("gemist") a topic
# within 10 ms and the overview within 15 ms CPU, a plain page at most 10
# queries (issue 14); every page under 40 KB compressed.
DOELEN = {"cache": 3, "gemist_ms": {"onderwerp": 10, "agenda": 15}, "queries": 10, "gewicht_kb": 40}
GEWONE_PAGINA = "gewone_pagina"
LEGENDA = (
    "Kolom *cache*: `koud` = alle caches overgeslagen (`X-Bench-Geen-Cache: 1`); "
    "`gemist` = de paginacache overgeslagen, de gedeelde delen van de schil (site, route, menu, "
    "voettekst, taalkeuze, kruimelpad) en de rijen van het overzicht warm "
    "(`X-Bench-Geen-Cache: pagina`): wat een ingelogde redacteur op elke pagina betaalt; "
    "`ja` = uit de paginacache."
)
# cache column -> X-Bench-Geen-Cache header value (None: no header)
CACHE_KOPPEN = {"koud": "1", "gemist": "pagina", "ja": None}


def machine() -> str:
    model = "onbekend"
    try:
        for regel in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if regel.startswith("Model name:"):
                model = regel.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {model}, Python {platform.python_version()}"


def meet(server, pad, seconden, cache="koud"):
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
    start_belasting = os.getloadavg()

    with BenchServer(log=lambda t: print(t, flush=True)) as server:
        urls = server.info["urls"]
        print(f"Server: {server.basis}, pagina's: {urls}", flush=True)
        vloer = meet(server, "/_bench/floor/", args.seconden)
        vloer_cpu = vloer["cpu_ms"]
        rijen = [("vloer (vaste tekst)", "/_bench/floor/", "-", vloer, None)]
        for naam, pad in urls.items():
            maat = gewicht(server.basis, pad)
            for cache in CACHE_KOPPEN:
                uitslag = meet(server, pad, args.seconden, cache)
                rijen.append((naam, pad, cache, uitslag, maat))
        storm = missstorm(server, server.info.get("storm", []))
        fouten = server.serverfouten()
        onderwerpen = server.info.get("aantal_onderwerpen")
        belasting = os.getloadavg()

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
    print()
    print(storm)
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
            "load generator op dezelfde machine. "
            f"Load average bij de start {start_belasting[0]:.1f}, aan het eind {belasting[0]:.1f} "
            "(1 minuut).\n\n"
            f"{LEGENDA}\n\n{tabel}\n\n{oordeel}\n\n{storm}\n\n"
            f"Serverfouten in het log: {len(fouten)}\n",
            encoding="utf-8",
        )
        print(f"Geschreven: {args.resultaten}")


def missstorm(server, paden) -> str:
    """The first request to each of 20 pages right after a publish, then warm.

    After a publish every cached page and every shared part is stale at once;
    the first visitor to each page pays for it. The first page also rebuilds
    the shared parts (menu, footer), the others reuse them.
    """
    if not paden:
        return "Missstorm: geen pagina's gevonden."
    verbinding = Verbinding(server.basis)
    regels = [
        f"Missstorm: de eerste aanvraag van {len(paden)} pagina's meteen na een publicatie, "
        "één voor één, en daarna dezelfde pagina's nog eens.",
        "",
        "| ronde | mediaan ms | hoogste ms | CPU ms/verz. | queries (gem.) | statussen |",
        "|---|---|---|---|---|---|",
    ]
    server.publiceer()
    for ronde in ("na publicatie", "warm"):
        tijden, queries, statussen = [], [], {}
        cpu_voor = server.cpu_seconden()
        for pad in paden:
            begin = time.perf_counter()
            status, headers, _ = verbinding.verzoek("GET", pad)
            tijden.append((time.perf_counter() - begin) * 1000)
            statussen[status] = statussen.get(status, 0) + 1
            if "X-Query-Count" in headers:
                queries.append(int(headers["X-Query-Count"]))
        cpu = (server.cpu_seconden() - cpu_voor) * 1000 / len(paden)
        gemiddeld = f"{sum(queries) / len(queries):.1f}" if queries else "-"
        regels.append(
            f"| {ronde} | {statistics.median(tijden):.1f} | {max(tijden):.1f} | {cpu:.2f} "
            f"| {gemiddeld} | {statussen} |"
        )
    return "\n".join(regels)


def beoordeel(rijen, vloer_cpu) -> str:
    uit = ["Doelen:"]
    cached = [(n, u["cpu_ms"] / vloer_cpu) for n, _, c, u, _ in rijen if c == "ja"]
    slechtste = max(cached, key=lambda r: r[1]) if cached else ("-", 0)
    uit.append(
        f"- pagina's uit de cache binnen {DOELEN['cache']}x de vloer: "
        f"{'ja' if slechtste[1] <= DOELEN['cache'] else 'nee'} (hoogste: {slechtste[0]}, "
        f"{slechtste[1]:.1f}x)"
    )
    for naam, doel in DOELEN["gemist_ms"].items():
        for pagina, _, cache, u, _ in rijen:
            if pagina == naam and cache == "gemist":
                uit.append(
                    f"- {naam} zonder paginacache (gemist) binnen {doel} ms CPU: "
                    f"{'ja' if u['cpu_ms'] <= doel else 'nee'} ({u['cpu_ms']:.1f} ms, "
                    f"{u['cpu_ms'] / vloer_cpu:.1f}x de vloer; koud: "
                    f"{_cpu(rijen, naam, 'koud'):.1f} ms)"
                )
    for pagina, pad, cache, u, _ in rijen:
        if pagina == GEWONE_PAGINA and cache == "gemist" and u["queries"] is not None:
            gehaald = "ja" if u["queries"] <= DOELEN["queries"] else "nee"
            uit.append(
                f"- een gewone pagina ({pad}) zonder paginacache in hoogstens "
                f"{DOELEN['queries']} queries: {gehaald} ({u['queries']:.0f})"
            )
    zwaarste = max((m["totaal_gz"] for *_, m in rijen if m), default=0)
    uit.append(
        f"- HTML+CSS+JS gecomprimeerd onder {DOELEN['gewicht_kb']} KB: "
        f"{'ja' if zwaarste < DOELEN['gewicht_kb'] * 1024 else 'nee'} "
        f"(zwaarste pagina {zwaarste / 1024:.1f} KB)"
    )
    return "\n".join(uit)


def _cpu(rijen, naam, soort) -> float:
    return next((u["cpu_ms"] for n, _, c, u, _ in rijen if n == naam and c == soort), 0.0)


if __name__ == "__main__":
    start = time.monotonic()
    main()
    print(f"Totale duur: {time.monotonic() - start:.0f} s")
