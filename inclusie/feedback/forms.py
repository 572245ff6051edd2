"""The reader's form. It asks for no name, and for an e-mail address only if wanted."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_TEKST


class ReactieForm(forms.Form):
    pagina = forms.IntegerField(widget=forms.HiddenInput)
    duidelijk = forms.TypedChoiceField(
        label=_("Is deze pagina duidelijk?"),
        choices=[("ja", _("Ja")), ("nee", _("Nee"))],
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies Ja of Nee.")},
    )
    tekst = forms.CharField(
        label=_("Wat kan beter?"),
        required=False,
        max_length=MAX_TEKST,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Vul dit in als je Nee kiest. Schrijf geen naam of adres."),
        error_messages={
            "max_length": _("Je tekst is te lang. Gebruik hoogstens %(limit_value)d tekens.")
        },
    )
    email = forms.EmailField(
        label=_("Jouw e-mail (mag leeg)"),
        required=False,
        max_length=254,
        help_text=_(
            "Alleen als je een antwoord wilt. Wij gebruiken je e-mail alleen om je te antwoorden."
        ),
        error_messages={"invalid": _("Dit is geen e-mailadres. Of laat het veld leeg.")},
    )
    # Honeypot: hidden from people, filled in by spam robots.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    def clean_tekst(self):
        return " ".join((self.cleaned_data.get("tekst") or "").split(" ")).strip()

    def clean(self):
        data = super().clean()
        if data.get("duidelijk") is False and not data.get("tekst"):
            self.add_error("tekst", _("Schrijf kort wat beter kan. Dan kunnen wij het verbeteren."))
        return data

    @property
    def is_spam(self):
        return bool((self.data.get("website") or "").strip())
