"""Small template helpers for the agenda's pages."""

from django import template

register = template.Library()


@register.filter
def staaf(percentage):
    """CSS class for a bar of this width, in steps of 5 (no inline styles needed)."""
    try:
        waarde = max(0, min(100, int(percentage)))
    except (TypeError, ValueError):
        waarde = 0
    return f"staaf--{5 * round(waarde / 5)}"


@register.filter
def opties(veld):
    """(value, label, selected) for each choice of a bound select field.

    The comparison is done here, once per field: in the template it cost two
    filter calls per option, over a hundred options on the overview.
    """
    gekozen = veld.value()
    gekozen = "" if gekozen is None else str(gekozen)
    return [(waarde, label, str(waarde) == gekozen) for waarde, label in iter(veld.field.choices)]


@register.simple_tag
def kopregels(cijfers):
    """The figures as sentences, the first naming their date (agenda.kopregel)."""
    from ..kopregel import kopregels as zinnen

    return zinnen(cijfers)


@register.simple_tag
def symbool(soort):
    """The symbol shown beside the words "later dan gepland" and "lang geen nieuws"."""
    from ..kopregel import SYMBOOL_LATER, SYMBOOL_STIL

    return {"later": SYMBOOL_LATER, "stil": SYMBOOL_STIL}.get(soort, "")


# One pattern per status, so the chart reads without colour (and in black and white print).
TREND_PATRONEN = {
    "niet_gestart": "leeg",
    "in_voorbereiding": "stippen",
    "in_uitvoering": "schuin",
    "afgerond": "vol",
    "doorlopend": "liggend",
    "vastgelopen": "ruit",
}
TREND_BREEDTE = 560  # the width of a bar for all topics, in SVG units
TREND_LABEL = 200
TREND_HOOGTE = 22
TREND_RUIMTE = 10


@register.simple_tag
def trend_grafiek(trend):
    """The trend's bars as SVG geometry: one bar per review, a segment per status."""
    from ..models.status import Status

    balken = []
    for index, punt in enumerate(trend):
        totaal = punt.telling.aantal or 1
        x = TREND_LABEL
        delen = []
        for status in Status:
            aantal = punt.telling.status(status)
            breedte = TREND_BREEDTE * aantal / totaal
            if aantal:
                delen.append(
                    {
                        "x": round(x, 1),
                        "breedte": round(breedte, 1),
                        "patroon": TREND_PATRONEN[status.value],
                        "aantal": aantal,
                        "label": status.label,
                    }
                )
            x += breedte
        balken.append(
            {
                "y": index * (TREND_HOOGTE + TREND_RUIMTE),
                "punt": punt,
                "delen": delen,
            }
        )
    legenda_y = len(balken) * (TREND_HOOGTE + TREND_RUIMTE) + 10
    legenda = [
        {
            "x": TREND_LABEL + (i % 3) * 190,
            "y": legenda_y + (i // 3) * 30,
            "patroon": TREND_PATRONEN[status.value],
            "label": status.label,
        }
        for i, status in enumerate(Status)
    ]
    return {
        "balken": balken,
        "legenda": legenda,
        "hoogte": legenda_y + 2 * 30 + 10,
        "breedte": TREND_LABEL + TREND_BREEDTE + 20,
        "balkhoogte": TREND_HOOGTE,
    }
