"""Following joins the shell: the follow forms on pages, and the daily tasks."""

from wagtail import hooks

from inclusie.aanvullingen import PAGINA_AANVULLING
from inclusie.dagelijks import DAGELIJKSE_TAAK

from .cafe import verstuur_cafeberichten
from .knoppen import volgknop
from .opruimen import ruim_op
from .overzicht import verstuur_overzichten

hooks.register(PAGINA_AANVULLING, volgknop)
# First clean up, then send: an expired sign-up is gone before anything is sent.
hooks.register(DAGELIJKSE_TAAK, ruim_op, order=10)
hooks.register(DAGELIJKSE_TAAK, verstuur_cafeberichten, order=20)
hooks.register(DAGELIJKSE_TAAK, verstuur_overzichten, order=30)
