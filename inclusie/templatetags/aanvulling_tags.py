"""`{% aanvullingen page %}`: what other apps add to a page (see inclusie/aanvullingen.py)."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from inclusie.aanvullingen import aanvullingen_voor
from inclusie.productie import schilcache

register = template.Library()


@register.simple_tag(takes_context=True)
def aanvullingen(context, page):
    if page is None:
        return ""
    request = context.get("request")

    def maak() -> str:
        return "".join(
            render_to_string(deel.template, {"page": page, **deel.inhoud}, request=request)
            for deel in aanvullingen_voor(page, context)
        )

    # The extras depend on the page and the language only (aanvullingen.py asks
    # that of them), so they are kept with the rest of the shell until a publish.
    return mark_safe(schilcache.onthoud(request, "aanvullingen", (page.pk, get_language()), maak))
