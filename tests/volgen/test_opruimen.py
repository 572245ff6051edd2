"""Minimal data: unconfirmed sign-ups go after their link expires; old bookkeeping goes too."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from volgen.models import Verzonden, Volger
from volgen.opruimen import ruim_op

from .conftest import publiceer_stap
from .factories import VolgerFactory

pytestmark = pytest.mark.django_db


def test_onbevestigd_wordt_na_de_termijn_gewist(home, settings):
    settings.VOLGEN_BEVESTIG_DAGEN = 7
    nu = timezone.now()
    oud = VolgerFactory(onbevestigd=True, aangemaakt_op=nu - timedelta(days=8))
    vers = VolgerFactory(onbevestigd=True, aangemaakt_op=nu - timedelta(days=6))
    bevestigd = VolgerFactory(aangemaakt_op=nu - timedelta(days=300))
    assert ruim_op(nu) == "1 aanmeldingen zonder bevestiging gewist"
    assert set(Volger.objects.all()) == {vers, bevestigd}
    assert not Volger.objects.filter(pk=oud.pk).exists()


def test_oude_administratie_van_verzonden_stappen_gaat_weg(onderwerp, settings):
    settings.VOLGEN_TERUG_DAGEN = 14
    volger = VolgerFactory()
    publiceer_stap(onderwerp)
    stap = onderwerp.voortgang.get()
    Verzonden.objects.create(volger=volger, stap=stap, verzonden_op=timezone.now())
    ruim_op(timezone.now() + timedelta(days=10))
    assert Verzonden.objects.count() == 1
    ruim_op(timezone.now() + timedelta(days=20))
    assert Verzonden.objects.count() == 0


def test_het_dagelijkse_commando_ruimt_op(home):
    VolgerFactory(onbevestigd=True, aangemaakt_op=timezone.now() - timedelta(days=30))
    call_command("dagelijkse_taken")
    assert Volger.objects.count() == 0
