"""A minimal browser for the scale-out test: cookies, forms, uploads, one address.

Plain http.client, so that a request goes to exactly the instance we name,
from a loopback address we choose (the rate limits and django-axes count per
address).
"""

import html
import http.client
import re
import secrets
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


class Bezoeker:
    def __init__(self, bron: str = "127.0.0.1"):
        self.bron = bron
        self.koekjes: dict[str, str] = {}

    def verzoek(self, basis, methode, pad, body=None, headers=None):
        delen = urlsplit(basis)
        verbinding = http.client.HTTPConnection(
            delen.hostname, delen.port, timeout=30, source_address=(self.bron, 0)
        )
        koppen = dict(headers or {})
        if self.koekjes:
            koppen["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.koekjes.items())
        try:
            verbinding.request(methode, pad, body=body, headers=koppen)
            antwoord = verbinding.getresponse()
            inhoud = antwoord.read()
        finally:
            verbinding.close()
        for kop in antwoord.headers.get_all("Set-Cookie") or []:
            koekje = SimpleCookie()
            koekje.load(kop)
            for naam, morsel in koekje.items():
                if morsel.value and morsel["max-age"] != "0":
                    self.koekjes[naam] = morsel.value
                else:
                    self.koekjes.pop(naam, None)
        return antwoord.status, antwoord.headers, inhoud.decode("utf-8", "replace")

    def get(self, basis, pad):
        return self.verzoek(basis, "GET", pad)

    def post(self, basis, pad, velden, bestanden=None):
        if bestanden:
            body, soort = _multipart(velden, bestanden)
        else:
            body, soort = urlencode(velden, doseq=True), "application/x-www-form-urlencoded"
        # Same-origin, as a browser says it: the CSRF check compares the Origin.
        headers = {"Content-Type": soort, "Origin": basis, "Referer": basis + pad}
        return self.verzoek(basis, "POST", pad, body=body, headers=headers)

    def inloggen(self, basis, gebruiker, wachtwoord):
        _, _, pagina = self.get(basis, "/admin/login/")
        return self.post(
            basis,
            "/admin/login/",
            {"username": gebruiker, "password": wachtwoord, "next": "/admin/",
             "csrfmiddlewaretoken": csrf_token(pagina)},
        )  # fmt: skip


def csrf_token(pagina: str) -> str:
    gevonden = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', pagina)
    assert gevonden, "Geen CSRF-token op de pagina."
    return html.unescape(gevonden.group(1))


def _multipart(velden: dict, bestanden: dict) -> tuple[bytes, str]:
    grens = f"----inclusie{secrets.token_hex(8)}"
    delen = []
    for naam, waarde in velden.items():
        kop = f'--{grens}\r\nContent-Disposition: form-data; name="{naam}"\r\n\r\n'
        delen.append(f"{kop}{waarde}\r\n".encode())
    for naam, (bestandsnaam, inhoud, soort) in bestanden.items():
        delen.append(
            f'--{grens}\r\nContent-Disposition: form-data; name="{naam}"; '
            f'filename="{bestandsnaam}"\r\nContent-Type: {soort}\r\n\r\n'.encode()
            + inhoud
            + b"\r\n"
        )
    delen.append(f"--{grens}--\r\n".encode())
    return b"".join(delen), f"multipart/form-data; boundary={grens}"
