"""The follow form: an e-mail address and, hidden, what to follow."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Onderwerp

MAX_EMAIL = 254


class EmailVeld(forms.EmailField):
    """One clear error for an address that is far too long, not two."""

    def run_validators(self, value):
        if value and len(value) > MAX_EMAIL:
            raise ValidationError(self.error_messages["max_length"], code="max_length")
        super().run_validators(value)


class VolgForm(forms.Form):
    volgt = forms.ChoiceField(choices=Onderwerp.choices, widget=forms.HiddenInput)
    onderwerp = forms.IntegerField(required=False, widget=forms.HiddenInput)
    email = EmailVeld(
        label=_("Jouw e-mailadres"),
        max_length=MAX_EMAIL,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _(
                "Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl"
            ),
            "max_length": _("Dit e-mailadres is te lang. Gebruik hoogstens 254 tekens."),
        },
    )
    # Honeypot: hidden from people, filled in by spam robots.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_spam(self):
        return bool((self.data.get("website") or "").strip())
