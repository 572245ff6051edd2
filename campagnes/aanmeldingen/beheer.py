"""The ViP's list of sign-ups per café in the admin, and its CSV for the evening itself.

Who may see it: whoever may edit the café (the roles ViP redactie and ViP
lid, and superusers), the same people who may plan cafés. Gemeente and
Meelezer may not: the list has names, phone numbers and health needs.

The list covers the café in every language (one evening). The checklist
says per need how many asked for it and by when it must be arranged: the
café's date minus the lead time in `TOEGANG_VOORBEREIDING_DAGEN`.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from agenda.export import veilige_cel

from .. import tijd
from ..models import BijeenkomstPage
from ..models.aanmelding import AanmeldStatus, Behoefte
from . import plaatsen

STANDAARD_VOORBEREIDING = 7


def voorbereiding_dagen(behoefte) -> int:
    return getattr(settings, "TOEGANG_VOORBEREIDING_DAGEN", {}).get(
        str(behoefte), STANDAARD_VOORBEREIDING
    )


@dataclass
class Regelpunt:
    """One need on the checklist."""

    behoefte: str
    label: str
    met_plaats: int
    op_wachtlijst: int
    uiterlijk: date
    uiterlijk_tekst: str
    dagen_over: int
    toelichting: list

    @property
    def te_laat(self):
        return self.dagen_over < 0


def mag_zien(user, cafe) -> bool:
    return cafe.permissions_for_user(user).can_edit()


def _cafe_voor(request, cafe_id):
    cafe = get_object_or_404(BijeenkomstPage.objects.select_related("locatie"), pk=cafe_id)
    if not mag_zien(request.user, cafe):
        raise PermissionDenied
    return cafe


def aanmeldingen_van(cafe) -> list:
    return list(plaatsen.van_cafe(cafe).order_by("aangemaakt", "pk"))


def checklist(cafe, aanmeldingen, vandaag) -> list[Regelpunt]:
    """The needs someone asked for, in the order of the form."""
    punten = []
    begindag = tijd.lokaal(cafe.start).date()
    for behoefte in Behoefte:
        wie = [a for a in aanmeldingen if a.is_actief and behoefte.value in a.behoeften]
        if not wie:
            continue
        uiterlijk = begindag - timedelta(days=voorbereiding_dagen(behoefte.value))
        punten.append(
            Regelpunt(
                behoefte=behoefte.value,
                label=str(behoefte.label),
                met_plaats=sum(1 for a in wie if a.is_geplaatst),
                op_wachtlijst=sum(1 for a in wie if a.op_wachtlijst),
                uiterlijk=uiterlijk,
                uiterlijk_tekst=_datum(uiterlijk),
                dagen_over=(uiterlijk - vandaag).days,
                toelichting=[a.anders for a in wie if behoefte == Behoefte.ANDERS and a.anders],
            )
        )
    return punten


def _datum(dag: date) -> str:
    return tijd.datum(datetime(dag.year, dag.month, dag.day, 12, tzinfo=tijd.AMSTERDAM))


def totalen(cafe, aanmeldingen) -> dict:
    geplaatst = [a for a in aanmeldingen if a.is_geplaatst]
    wachtend = [a for a in aanmeldingen if a.op_wachtlijst]
    personen = sum(a.aantal for a in geplaatst)
    return {
        "personen": personen,
        "aanmeldingen": len(geplaatst),
        "capaciteit": cafe.capaciteit,
        "vrij": None if cafe.capaciteit is None else max(0, cafe.capaciteit - personen),
        "wachtlijst_personen": sum(a.aantal for a in wachtend),
        "wachtlijst_aanmeldingen": len(wachtend),
        "afgemeld": sum(1 for a in aanmeldingen if a.is_afgemeld),
    }


class AanmeldingenView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "campagnes/admin/aanmeldingen.html"
    page_title = _("Aanmeldingen")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.cafe = _cafe_voor(request, kwargs["cafe_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.cafe.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        aanmeldingen = aanmeldingen_van(self.cafe)
        vandaag = tijd.lokaal(tijd.nu()).date()
        context.update(
            cafe=self.cafe,
            wanneer=tijd.van_tot(self.cafe.start, self.cafe.eind),
            geplaatst=[a for a in aanmeldingen if a.is_geplaatst],
            wachtlijst=[a for a in aanmeldingen if a.op_wachtlijst],
            totalen=totalen(self.cafe, aanmeldingen),
            checklist=checklist(self.cafe, aanmeldingen, vandaag),
            bewaardagen=settings.AANMELDINGEN_BEWAARDAGEN,
        )
        return context


KOLOMMEN = [
    ("status", _("Status")),
    ("naam", _("Naam")),
    ("aantal", _("Personen")),
    ("email", _("E-mailadres")),
    ("telefoon", _("Telefoonnummer")),
    *((b.value, b.label) for b in Behoefte),
    ("anders_tekst", _("Iets anders, namelijk")),
    ("opmerking", _("Opmerking")),
    ("taal", _("Taal")),
    ("aangemeld", _("Aangemeld op")),
]


def _rij(aanmelding) -> list:
    ja = gettext("ja")
    waarden = {
        "status": aanmelding.get_status_display(),
        "naam": aanmelding.naam,
        "aantal": aanmelding.aantal,
        "email": aanmelding.email,
        "telefoon": aanmelding.telefoon,
        "anders_tekst": aanmelding.anders,
        "opmerking": aanmelding.opmerking,
        "taal": aanmelding.taal,
        "aangemeld": tijd.lokaal(aanmelding.aangemaakt).strftime("%d-%m-%Y %H:%M"),
    }
    for behoefte in Behoefte:
        waarden[behoefte.value] = ja if behoefte.value in aanmelding.behoeften else ""
    return [veilige_cel(waarden[sleutel]) for sleutel, _kop in KOLOMMEN]


def aanmeldingen_csv(request, cafe_id):
    """The list for the door: places first, then the waiting list. Dutch Excel reads it."""
    cafe = _cafe_voor(request, cafe_id)
    rijen = [a for a in aanmeldingen_van(cafe) if a.is_actief]
    rijen.sort(key=lambda a: a.status != AanmeldStatus.GEPLAATST)
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    # In Dutch, whatever language the editor's admin is in: it is the ViP's list.
    with translation.override(settings.LANGUAGE_CODE):
        schrijver.writerow([str(kop) for _sleutel, kop in KOLOMMEN])
        for aanmelding in rijen:
            schrijver.writerow(_rij(aanmelding))
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    naam = f"aanmeldingen-{tijd.lokaal(cafe.start).date().isoformat()}-{cafe.slug}.csv"
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    response["Cache-Control"] = "private, no-store"
    return response
