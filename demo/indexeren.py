"""Index each demo object once, after the whole demo is built.

While the demo is built, a page is saved several times: created, saved as a
revision, published, and again for each translation. Wagtail updates the
search index and the reference index at every one of those saves, and that
was half of the demo's loading time (it is loaded by `make run`, the
benchmark and several times per test run). Inside `indexeer_aan_het_eind`
the saves are only noted; when the block ends without an error, each object
is indexed once, in its final state, so the indexes end up the same.
A call straight to modelsearch's index during the block (OnderwerpPage.save
makes one, for its tags) is noted the same way.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search import index as wagtail_index
from wagtail.signal_handlers import update_reference_index_on_save

_UID = "demo-indexeer-aan-het-eind"
# Models call the index through either name; wagtail.search.index re-exports modelsearch's.
_INDEX_MODULES = (index, wagtail_index)


def _uitgestelde_handlers():
    """The save handlers to hold back, per model, as modelsearch and Wagtail connect them.

    Only the saves: a delete still updates both indexes at once.
    """
    zoeken = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    return [(post_save_signal_handler, m) for m in zoeken] + [
        (update_reference_index_on_save, m) for m in ReferenceIndex.tracked_models
    ]


@contextmanager
def indexeer_aan_het_eind():
    opgeslagen = {}  # (model, pk) in the order of their first save

    def onthoud(sender, instance, raw=False, **kwargs):
        if not raw:
            opgeslagen.setdefault((sender, instance.pk), None)

    def noteer(instance):
        opgeslagen.setdefault((type(instance), instance.pk), None)

    # Only what was connected is held back, and connected again afterwards.
    handlers = [(h, m) for h, m in _uitgestelde_handlers() if post_save.disconnect(h, sender=m)]
    post_save.connect(onthoud, weak=False, dispatch_uid=_UID)
    direct = index.insert_or_update_object
    for module in _INDEX_MODULES:
        module.insert_or_update_object = noteer
    try:
        yield
    finally:
        for module in _INDEX_MODULES:
            module.insert_or_update_object = direct
        post_save.disconnect(dispatch_uid=_UID)
        for handler, model in handlers:
            post_save.connect(handler, sender=model)
    zoekmodellen = {m for h, m in handlers if h is post_save_signal_handler}
    gevolgd = {m for h, m in handlers if h is update_reference_index_on_save}
    _indexeer(opgeslagen, zoekmodellen, gevolgd)


def _indexeer(opgeslagen, zoekmodellen, gevolgd):
    verwijzers = {}
    for model, pk in opgeslagen:
        if model not in zoekmodellen and model not in gevolgd:
            continue
        obj = model._default_manager.filter(pk=pk).first()
        if obj is None:  # deleted again during the load
            continue
        if model in zoekmodellen:
            index.insert_or_update_object(obj)
        if model in gevolgd:
            bron = _eigenaar(obj)
            if bron is not None and ReferenceIndex.is_indexed(bron._meta.model):
                verwijzers.setdefault((bron._meta.model, bron.pk), bron)
    for bron in verwijzers.values():
        ReferenceIndex.create_or_update_for_object(bron)


def _eigenaar(obj):
    """Where `obj`'s references are filed: its cluster parent, as Wagtail's own task finds it."""
    while True:
        sleutels = [v for v in obj._meta.get_fields() if isinstance(v, ParentalKey)]
        if not sleutels:
            return obj
        obj = getattr(obj, sleutels[0].name)
        if obj is None:
            return None
