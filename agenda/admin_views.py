"""The import screen in the Wagtail admin, for the ViP kernteam."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .importeren import (
    KOLOMMEN,
    MAX_GROOTTE,
    PUBLICEREN,
    TE_GROOT,
    UITLEG,
    VERPLICHT,
    ImportFout,
    importeer,
)
from .models import AgendaPage

RECHT = "agenda.import_onderwerpen"


class ImportFormulier(forms.Form):
    """The file, the agenda and two choices.

    Django keeps an upload bigger than 2.5 MB in a temporary file on disk, so
    a file that is far too big is refused by its size without being read.
    """

    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_("Een .csv- of .xlsx-bestand, met de namen van de kolommen in de eerste rij."),
        error_messages={
            "required": _("Kies een bestand."),
            "empty": _("Het bestand is leeg. Kies het bestand met de lijst met onderwerpen."),
            "invalid": _("Dit is geen bestand. Kies een .csv- of .xlsx-bestand."),
            "missing": _("Er is geen bestand gekozen. Kies een .csv- of .xlsx-bestand."),
        },
    )
    agenda = forms.ModelChoiceField(
        queryset=AgendaPage.objects.none(),
        label=_("Agenda"),
        help_text=_("In welke agenda komen de onderwerpen?"),
    )
    alleen_controleren = forms.BooleanField(
        required=False,
        label=_("Alleen controleren"),
        help_text=_(
            "Zet dit aan om eerst te kijken of alles klopt. Er wordt dan niets opgeslagen."
        ),
    )
    meteen_publiceren = forms.BooleanField(
        required=False,
        label=_("Meteen publiceren"),
        help_text=_(
            "Alleen voor wie mag publiceren. Staat dit uit? Dan gaan de onderwerpen eerst "
            "ter beoordeling. Op de site verandert dan nog niets. Staat dit aan? Dan komen "
            "de onderwerpen meteen op de site."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        agendas = AgendaPage.objects.filter(locale__language_code="nl").order_by("path")
        self.fields["agenda"].queryset = agendas
        if len(agendas) == 1:
            self.fields["agenda"].initial = agendas[0].pk

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if not bestand.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(gettext("Kies een bestand dat eindigt op .csv of .xlsx."))
        if bestand.size > MAX_GROOTTE:
            raise forms.ValidationError(str(TE_GROOT))
        return bestand

    def clean_agenda(self):
        agenda = self.cleaned_data["agenda"]
        # Importing makes or changes topics, so the editor's page rights apply too.
        # Publishing is only needed for "meteen publiceren" (see clean).
        rechten = agenda.permissions_for_user(self.user)
        if not (rechten.can_add_subpage() or rechten.can_edit()):
            raise forms.ValidationError(
                gettext(
                    "Je mag in deze agenda geen onderwerpen maken of aanpassen. "
                    "Vraag het aan de ViP redactie."
                )
            )
        return agenda

    def clean(self):
        cleaned_data = super().clean()
        agenda = cleaned_data.get("agenda")
        if (
            cleaned_data.get(PUBLICEREN)
            and agenda is not None
            and not agenda.permissions_for_user(self.user).can_publish_subpage()
        ):
            self.add_error(
                PUBLICEREN,
                gettext(
                    "Je mag in deze agenda niet publiceren. Zet 'Meteen publiceren' uit. "
                    "Dan gaan de onderwerpen eerst ter beoordeling."
                ),
            )
        return cleaned_data


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "agenda/admin/import.html"
    form_class = ImportFormulier
    page_title = _("Onderwerpen importeren")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RECHT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kolommen"] = [
            {"naam": kolom, "uitleg": UITLEG[kolom], "verplicht": kolom in VERPLICHT}
            for kolom in KOLOMMEN
        ]
        context["verplicht"] = VERPLICHT
        return context

    def form_valid(self, form):
        agenda = form.cleaned_data["agenda"]
        controleren = form.cleaned_data["alleen_controleren"]
        publiceren = form.cleaned_data[PUBLICEREN]
        bestand = form.cleaned_data["bestand"]
        try:
            resultaat = importeer(
                bestand,
                bestand.name,
                agenda,
                gebruiker=self.request.user,
                alleen_controleren=controleren,
                publiceren=publiceren,
            )
        except ImportFout as fout:
            self._meld_fouten(form, fout.fouten)
            return self.render_to_response(self.get_context_data(form=form, fouten=fout.fouten))
        if controleren:
            bericht = gettext(
                "Alles klopt: %(nieuw)s nieuw en %(oud)s bij te werken. Er is nog niets opgeslagen."
            ) % {"nieuw": len(resultaat.nieuw), "oud": len(resultaat.bijgewerkt)}
            if resultaat.op_concept:
                bericht += " " + resultaat.concept_zin()
            messages.success(self.request, bericht)
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(self.request, resultaat.samenvatting())
        return redirect(reverse("wagtailadmin_explore", args=[agenda.pk]))

    @staticmethod
    def _meld_fouten(form, fouten):
        """Put each problem at the field it is about: the file, or "meteen publiceren"."""
        over_publiceren = [f for f in fouten if f.veld == PUBLICEREN]
        over_bestand = len(fouten) - len(over_publiceren)
        if over_publiceren:
            form.add_error(
                PUBLICEREN,
                ngettext(
                    "Je mag %(n)s onderwerp niet meteen publiceren. Zet 'Meteen publiceren' "
                    "uit. Dan gaat alles eerst ter beoordeling. Er is niets veranderd.",
                    "Je mag %(n)s onderwerpen niet meteen publiceren. Zet 'Meteen publiceren' "
                    "uit. Dan gaat alles eerst ter beoordeling. Er is niets veranderd.",
                    len(over_publiceren),
                )
                % {"n": len(over_publiceren)},
            )
        if over_bestand:
            form.add_error(
                "bestand",
                ngettext(
                    "Er is %(n)s fout gevonden. Er is niets veranderd.",
                    "Er zijn %(n)s fouten gevonden. Er is niets veranderd.",
                    over_bestand,
                )
                % {"n": over_bestand},
            )
