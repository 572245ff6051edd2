"""A published café changed in a way its visitors must hear about.

Sent once per publish, after the database has the new live version, with
`pagina` (the BijeenkomstPage, specific) and `soort`: one of SOORTEN. Sign-ups
and followers listen to it; the café model only says what changed.
"""

from django.dispatch import Signal

NIEUW = "nieuw"  # first publish of an upcoming café
VERPLAATST = "verplaatst"  # start, end or place changed, or status set to Verplaatst
AFGELAST = "afgelast"  # status set to Afgelast
SOORTEN = (NIEUW, VERPLAATST, AFGELAST)

cafe_veranderd = Signal()
