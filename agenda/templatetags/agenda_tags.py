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
