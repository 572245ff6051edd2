"""Word stems for search, the same on SQLite and PostgreSQL.

PostgreSQL's Dutch text search configuration stems ("toiletten" finds
"toilet"), SQLite's full-text index does not. So every page also indexes its
searchable text as Snowball stems in the page's language (`zoek_stammen`),
and the query is stemmed the same way before it goes to the engine.

Each stem carries a marker digit ("stoep0"). PostgreSQL's parser takes such a
token for a number-word and hands it to the `simple` dictionary: it is not
stemmed a second time (the Dutch configuration would merge "woon" from
"woning" with "won" from "gewone") and no stop word is dropped. SQLite's
tokenizer keeps it whole too. Both databases then match exactly the same
tokens and find the same pages; the Dutch configuration stays for the admin's
search. Languages without a Snowball stemmer keep their words as they are.
"""

import re
from functools import cache, lru_cache

import snowballstemmer
from django.utils.html import strip_tags
from wagtail.search import index

STAM_VELD = "zoek_stammen"
WOORD = re.compile(r"\w+")
STEMMER_PER_TAAL = {"nl": "dutch", "en": "english", "ar": "arabic"}
STAM_MERK = "0"
# Small words a reader types but a page need not hold ("de stoep"): left out
# of the query only, so "de stoep" finds "Bredere stoepen".
STOPWOORDEN = {
    "nl": set("de het een en van in op aan met voor bij naar om te of er is".split()),
    "en": set("the a an and of in on at to for with or is".split()),
    "ar": set("في من على إلى و عن".split()),
}


def _taal(taal):
    return (taal or "").split("-")[0].lower()


@cache
def _stemmer(taal):
    naam = STEMMER_PER_TAAL.get(_taal(taal))
    return snowballstemmer.stemmer(naam) if naam else None


def woorden(tekst):
    """The words of a text in lower case: no punctuation, no search syntax."""
    return WOORD.findall(strip_tags(str(tekst or "")).lower())


@lru_cache(maxsize=200_000)
def _stam(taal, woord):
    return _stemmer(taal).stemWord(woord)


def stammen(tekst, taal):
    """The words of `tekst` as stems of `taal`.

    Stemmed word by word through a cache: every save of a page indexes all its
    text again, the pure-Python stemmer is slow, and a site uses the same few
    thousand words over and over.
    """
    lijst = woorden(tekst)
    if _stemmer(taal) is None:
        return lijst
    sleutel = _taal(taal)
    return [_stam(sleutel, woord) for woord in lijst]


def gemerkt(stamlijst):
    return " ".join(stam + STAM_MERK for stam in stamlijst)


def zoekvraag(vraag, taal):
    """What a reader typed, as the marked stems the index holds ("" if nothing is left)."""
    stop = STOPWOORDEN.get(_taal(taal), set())
    over = [woord for woord in woorden(vraag) if woord not in stop] or woorden(vraag)
    return gemerkt(stammen(" ".join(over), taal))


def _als_tekst(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, (list, tuple)):
        return " ".join(_als_tekst(w) for w in waarde)
    if isinstance(waarde, dict):
        return " ".join(_als_tekst(w) for w in waarde.values())
    return str(waarde)


def _teksten(obj, velden):
    for veld in velden:
        if isinstance(veld, index.SearchField) and veld.field_name != STAM_VELD:
            yield _als_tekst(veld.get_value(obj))
        elif isinstance(veld, index.RelatedFields):
            gerelateerd = veld.get_value(obj)
            if gerelateerd is None:
                continue
            if hasattr(gerelateerd, "all"):
                gerelateerd = gerelateerd.all()
            elif callable(gerelateerd):
                gerelateerd = [gerelateerd()]
            else:
                gerelateerd = [gerelateerd]
            for sub in gerelateerd:
                yield from _teksten(sub, veld.fields)


def zoektekst_in_stammen(obj, taal):
    """Every searchable text of `obj` (its search_fields, tags included) as marked stems."""
    return gemerkt(stammen(" ".join(_teksten(obj, obj.get_search_fields())), taal))
