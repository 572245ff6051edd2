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


@register.simple_tag(takes_context=True)
def met_keuze(context, **wijzigingen):
    """The current query string with some values changed: for sort links that keep filters."""
    request = context["request"]
    query = request.GET.copy()
    for sleutel, waarde in wijzigingen.items():
        if waarde in ("", None):
            query.pop(sleutel, None)
        else:
            query[sleutel] = waarde
    tekst = query.urlencode()
    return f"?{tekst}" if tekst else "?"


@register.filter
def als_lijst(keuzes):
    """Evaluate choices once: a template for-loop would also ask a queryset for its count."""
    return list(iter(keuzes))  # iter(): list() would call len() on the iterator first
