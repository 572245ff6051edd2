"""GET forms for the public views: filters and the change period."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models.referentie import Fase, Thema
from .models.status import Prioriteit, Status

SORTEER_KEUZES = [
    ("nummer", _("Nummer")),
    ("prioriteit", _("Prioriteit")),
    ("wijziging", _("Laatste verandering")),
]


LET_OP_KEUZES = [
    ("", _("Alle")),
    ("later", _("Later dan gepland")),
    ("stil", _("Lang geen nieuws")),
]


LAMPJE_KEUZES = [
    ("", _("Alle")),
    ("probleem", _("Een lampje op probleem")),
    ("inhoud:probleem", _("Probleem met de inhoud")),
    ("planning:probleem", _("Probleem met de planning")),
    ("geld:probleem", _("Probleem met het geld")),
    ("let_op", _("Een lampje op let op")),
    ("goed", _("Alle lampjes goed")),
]


class FilterForm(forms.Form):
    """Filters for the overview. Every choice lives in the URL, so links can be shared."""

    thema = forms.ModelChoiceField(
        queryset=Thema.objects.none(), required=False, label=_("Thema"), empty_label=_("Alle")
    )
    status = forms.ChoiceField(required=False, label=_("Status"))
    prioriteit = forms.ChoiceField(required=False, label=_("Prioriteit"))
    fase = forms.ModelChoiceField(
        queryset=Fase.objects.all(), required=False, label=_("Fase"), empty_label=_("Alle")
    )
    tag = forms.ChoiceField(required=False, label=_("Trefwoord"))
    let_op = forms.ChoiceField(required=False, label=_("Let op"), choices=LET_OP_KEUZES)
    lampje = forms.ChoiceField(
        required=False, label=_("Lampjes bij de laatste bespreking"), choices=LAMPJE_KEUZES
    )
    sorteer = forms.ChoiceField(
        required=False, label=_("Sorteer op"), choices=SORTEER_KEUZES, initial="nummer"
    )

    def __init__(self, *args, locale_id=None, tags=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].queryset = Thema.objects.filter(locale_id=locale_id)
        alle = [("", _("Alle"))]
        self.fields["status"].choices = alle + list(Status.choices)
        self.fields["prioriteit"].choices = alle + list(Prioriteit.choices)
        self.fields["tag"].choices = alle + [(t.slug, t.name) for t in tags]

    def keuzes(self):
        """The valid choices; an invalid value in the URL counts as 'all'."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "thema": data.get("thema"),
            "status": data.get("status", ""),
            "prioriteit": data.get("prioriteit", ""),
            "fase": data.get("fase"),
            "tag": data.get("tag", ""),
            "let_op_punt": data.get("let_op", ""),
            "lampje": data.get("lampje", ""),
            "sorteer": data.get("sorteer") or "nummer",
        }


DATUM_FOUT = {"invalid": _("Vul een geldige datum in, bijvoorbeeld 15-06-2024.")}


class PeriodeForm(forms.Form):
    van = forms.DateField(
        label=_("Vanaf"),
        required=False,
        error_messages=DATUM_FOUT,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Niet meegeteld: wat op deze dag gebeurde, telt bij de vorige periode."),
    )
    tot = forms.DateField(
        label=_("Tot en met"),
        required=False,
        error_messages=DATUM_FOUT,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, standaard_van=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.standaard_van = standaard_van or (timezone.localdate() - datetime.timedelta(days=120))

    def clean(self):
        cleaned = super().clean()
        van = cleaned.get("van") or self.standaard_van
        tot = cleaned.get("tot") or timezone.localdate()
        if not self.errors and van >= tot:
            self.add_error("tot", _("De einddatum moet na de begindatum liggen."))
        cleaned["van"], cleaned["tot"] = van, tot
        return cleaned


VANDAAG = "vandaag"


class VergelijkForm(forms.Form):
    """Two moments to compare: today or a review. Both live in the URL, so links can be shared."""

    van = forms.ChoiceField(label=_("Eerste moment"), required=False)
    tot = forms.ChoiceField(label=_("Tweede moment"), required=False)

    def __init__(self, *args, besprekingen=(), **kwargs):
        super().__init__(*args, **kwargs)
        vandaag = timezone.localdate()
        self.momenten = {VANDAAG: vandaag}
        keuzes = [(VANDAAG, _("Vandaag"))]
        for bespreking in besprekingen:
            self.momenten[str(bespreking.pk)] = bespreking.datum
            keuzes.append((str(bespreking.pk), str(bespreking)))
        self.fields["van"].choices = keuzes
        self.fields["tot"].choices = keuzes
        eerder = [b for b in besprekingen if b.datum <= vandaag]
        self.standaard_van = str(eerder[0].pk) if eerder else VANDAAG

    def clean(self):
        cleaned = super().clean()
        van = cleaned.get("van") or self.standaard_van
        tot = cleaned.get("tot") or VANDAAG
        if not self.errors and self.momenten[van] >= self.momenten[tot]:
            self.add_error("tot", _("Kies als tweede moment een later moment dan het eerste."))
        cleaned["van"], cleaned["tot"] = van, tot
        return cleaned

    def datums(self):
        """(first date, second date, first key, second key), defaults when nothing is chosen."""
        if self.is_bound:
            van, tot = self.cleaned_data["van"], self.cleaned_data["tot"]
        else:
            van, tot = self.standaard_van, VANDAAG
        return self.momenten[van], self.momenten[tot], van, tot
