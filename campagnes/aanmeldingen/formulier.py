"""The public sign-up form: few questions, all but the number optional.

Every error is a short Dutch sentence that says what to do. Long input is
refused with its limit, not cut off, so nothing is lost without a word.
"""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..models.aanmelding import MAX_ANDERS, MAX_NAAM, MAX_OPMERKING, MAX_PERSONEN, Behoefte

TELEFOON_TEKENS = re.compile(r"^\+?[0-9 ()\-.]+$")
MIN_CIJFERS, MAX_CIJFERS = 9, 15

TE_LANG = _("Dit is te lang. Gebruik hoogstens %(limit_value)d tekens.")


def normaal_telefoonnummer(waarde: str) -> str:
    """Only the digits, with a leading + kept: '036 - 123 45 67' and '0361234567' are one number."""
    cijfers = re.sub(r"\D", "", waarde)
    return ("+" + cijfers) if waarde.strip().startswith("+") else cijfers


class AanmeldFormulier(forms.Form):
    naam = forms.CharField(
        label=_("Je naam (mag leeg)"),
        required=False,
        max_length=MAX_NAAM,
        help_text=_("Dan weten wij wie er komt."),
        error_messages={"max_length": TE_LANG},
    )
    email = forms.EmailField(
        label=_("Je e-mailadres (mag leeg)"),
        required=False,
        max_length=254,
        help_text=_("Dan krijg je een bevestiging. En wij mailen je als er iets verandert."),
        error_messages={
            "invalid": _("Dit is geen e-mailadres. Kijk of er een @ in staat. Of laat het leeg."),
            "max_length": TE_LANG,
        },
    )
    telefoon = forms.CharField(
        label=_("Je telefoonnummer (mag leeg)"),
        required=False,
        max_length=20,
        help_text=_("Dan kunnen wij je bellen als er iets verandert."),
        error_messages={"max_length": TE_LANG},
    )
    aantal = forms.IntegerField(
        label=_("Met hoeveel mensen kom je?"),
        min_value=1,
        max_value=MAX_PERSONEN,
        initial=1,
        help_text=_("Tel jezelf mee. Een getal van 1 tot en met 10."),
        error_messages={
            "required": _("Vul in met hoeveel mensen je komt. Tel jezelf mee."),
            "invalid": _("Vul een getal in, bijvoorbeeld 2."),
            "min_value": _("Kies minstens 1 persoon: jezelf."),
            "max_value": _(
                "Je kunt hoogstens 10 mensen aanmelden. Kom je met een grotere groep? "
                "Neem dan contact op met de ViP."
            ),
        },
    )
    behoeften = forms.MultipleChoiceField(
        label=_("Wat heb je nodig om mee te doen? (mag leeg)"),
        required=False,
        choices=Behoefte.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies alles wat je nodig hebt. Dan kunnen wij het op tijd regelen."),
        error_messages={"invalid_choice": _("Kies uit de lijst.")},
    )
    anders = forms.CharField(
        label=_("Iets anders, namelijk:"),
        required=False,
        max_length=MAX_ANDERS,
        error_messages={"max_length": TE_LANG},
    )
    opmerking = forms.CharField(
        label=_("Wil je nog iets zeggen? (mag leeg)"),
        required=False,
        max_length=MAX_OPMERKING,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": TE_LANG},
    )
    # Honeypot: hidden from people, filled in by spam robots.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    def clean_naam(self):
        return " ".join(self.cleaned_data["naam"].split())

    def clean_telefoon(self):
        waarde = self.cleaned_data["telefoon"].strip()
        if not waarde:
            return ""
        cijfers = len(re.sub(r"\D", "", waarde))
        if not TELEFOON_TEKENS.match(waarde) or not MIN_CIJFERS <= cijfers <= MAX_CIJFERS:
            raise forms.ValidationError(
                _(
                    "Dit is geen telefoonnummer. "
                    "Gebruik alleen cijfers, bijvoorbeeld 036 123 45 67."
                ),
                code="invalid",
            )
        return normaal_telefoonnummer(waarde)

    def clean_anders(self):
        return " ".join(self.cleaned_data["anders"].split())

    def clean_opmerking(self):
        return self.cleaned_data["opmerking"].strip()

    def clean(self):
        data = super().clean()
        behoeften = list(data.get("behoeften") or [])
        if data.get("anders") and Behoefte.ANDERS not in behoeften:
            # Text under "iets anders" without the tick: the text says enough.
            behoeften.append(Behoefte.ANDERS.value)
        if Behoefte.ANDERS in behoeften and not data.get("anders") and "anders" not in self.errors:
            self.add_error("anders", _("Schrijf kort wat je nodig hebt. Of zet het vinkje uit."))
        data["behoeften"] = [waarde for waarde in Behoefte.values if waarde in behoeften]
        return data

    @property
    def is_spam(self):
        return bool((self.data.get("website") or "").strip())

    @property
    def bewaardagen(self) -> int:
        """For the sentence under the form: how long the personal data is kept."""
        return settings.AANMELDINGEN_BEWAARDAGEN

    def gekozen(self) -> set[str]:
        """The ticked needs as the visitor sent them, for showing the form again."""
        if not self.is_bound:
            return set()
        return set(self.data.getlist("behoeften")) if hasattr(self.data, "getlist") else set()
