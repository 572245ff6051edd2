"""`makemessages` that also finds strings marked with the project's short aliases.

Some modules import `gettext_lazy as _l` (or `gettext as _g`) next to `_`,
because they need both. xgettext only knows `_` and the full names, so without
this the block labels, word tips and admin form labels never reached the
catalogs and stayed Dutch in English and Arabic.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = makemessages.Command.xgettext_options + ["--keyword=_l", "--keyword=_g"]
