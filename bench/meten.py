"""A small load generator: threads with their own HTTP connections, to 127.0.0.1 only."""

import gzip
import http.client
import re
import statistics
import threading
import time
from urllib.parse import urlsplit


def alleen_lokaal(basis: str) -> None:
    host = urlsplit(basis).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"Alleen 127.0.0.1 of localhost, niet {host}.")


class Verbinding:
    def __init__(self, basis: str, bron: str | None = None):
        delen = urlsplit(basis)
        self.host, self.poort = delen.hostname, delen.port or 80
        self.bron = (bron, 0) if bron else None  # another loopback address = another visitor
        self.conn = None

    def verzoek(self, methode, pad, body=None, headers=None):
        for poging in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(
                    self.host, self.poort, timeout=30, source_address=self.bron
                )
            try:
                self.conn.request(methode, pad, body=body, headers=headers or {})
                response = self.conn.getresponse()
                inhoud = response.read()
                if response.will_close:
                    self.conn.close()
                    self.conn = None
                return response.status, dict(response.getheaders()), inhoud
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if poging:
                    raise
        raise AssertionError("onbereikbaar")


def belast(basis, pad, seconden, gelijktijdig, headers=None, max_verzoeken=100_000):
    """Request `pad` from `gelijktijdig` threads for `seconden`; returns the measurements."""
    alleen_lokaal(basis)
    latenties, statussen, queries = [], {}, []
    slot = threading.Lock()
    einde = time.monotonic() + seconden

    def werker():
        verbinding = Verbinding(basis)
        while time.monotonic() < einde:
            with slot:
                if len(latenties) >= max_verzoeken:
                    return
            start = time.perf_counter()
            status, kop, _ = verbinding.verzoek("GET", pad, headers=headers)
            duur = time.perf_counter() - start
            with slot:
                latenties.append(duur)
                statussen[status] = statussen.get(status, 0) + 1
                if "X-Query-Count" in kop:
                    queries.append(int(kop["X-Query-Count"]))

    draden = [threading.Thread(target=werker) for _ in range(gelijktijdig)]
    begin = time.monotonic()
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    verstreken = time.monotonic() - begin
    latenties.sort()
    return {
        "aantal": len(latenties),
        "per_seconde": len(latenties) / verstreken,
        "mediaan_ms": statistics.median(latenties) * 1000,
        "p99_ms": latenties[min(len(latenties) - 1, int(len(latenties) * 0.99))] * 1000,
        "statussen": statussen,
        "queries": statistics.mean(queries) if queries else None,
    }


def gewicht(basis: str, pad: str) -> dict:
    """Bytes of the HTML, and of HTML + CSS + JS as sent compressed."""
    verbinding = Verbinding(basis)
    _, _, html = verbinding.verzoek("GET", pad)
    tekst = html.decode("utf-8", "replace")
    bronnen = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', tekst)
    bronnen += re.findall(r'<script[^>]+src="([^"]+)"', tekst)
    bronnen = [b for b in dict.fromkeys(bronnen) if b.startswith("/")]
    css_js = 0
    for bron in bronnen:
        status, kop, inhoud = verbinding.verzoek("GET", bron, headers={"Accept-Encoding": "gzip"})
        if status != 200:
            raise RuntimeError(f"{bron} gaf {status}")
        css_js += len(inhoud)
    html_gz = len(gzip.compress(html, compresslevel=6))
    return {
        "html": len(html),
        "html_gz": html_gz,
        "totaal_gz": html_gz + css_js,
        "bronnen": len(bronnen),
    }
