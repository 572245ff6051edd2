"""`{% aanvullingen page %}`: what other apps add to a page (see inclusie/aanvullingen.py)."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from inclusie.aanvullingen import aanvullingen_voor

register = template.Library()


@register.simple_tag(takes_context=True)
def aanvullingen(context, page):
    if page is None:
        return ""
    request = context.get("request")
    delen = [
        render_to_string(deel.template, {"page": page, **deel.inhoud}, request=request)
        for deel in aanvullingen_voor(page, context)
    ]
    return mark_safe("".join(delen))
