"""A real SMTP server on 127.0.0.1 for the tests that must see mail as it travels.

Most mail tests read Django's in-memory outbox. These go one step further:
Django's SMTP backend talks to an aiosmtpd server that the test starts on a
free local port, and the test reads back what arrived, as bytes parsed into
messages, headers included. So the headers of RFC 8058, the attachments and
the multipart structure are checked as a mail program would get them.
"""

import socket
import threading
from email import policy
from email.parser import BytesParser

import pytest


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ontvanger:
    """Keeps every message the server accepted: envelope and parsed message."""

    def __init__(self):
        self.berichten = []
        self._slot = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        bericht = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        with self._slot:
            self.berichten.append((envelope.mail_from, list(envelope.rcpt_tos), bericht))
        return "250 OK"


def delen(bericht):
    """The plain text and the HTML of a received multipart message."""
    tekst = bericht.get_body(preferencelist=("plain",)).get_content()
    html = bericht.get_body(preferencelist=("html",)).get_content()
    return tekst, html


@pytest.fixture
def smtp(settings):
    """The started server; Django's mail goes to it over SMTP for this test."""
    from aiosmtpd.controller import Controller

    ontvanger = Ontvanger()
    poort = _vrije_poort()
    controller = Controller(ontvanger, hostname="127.0.0.1", port=poort)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = poort
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield ontvanger
    finally:
        controller.stop()
