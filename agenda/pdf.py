"""The report as a tagged, accessible PDF (PDF/UA-1) for the council letter.

The wethouder attaches the report to a letter to the council, and council
members read it with their own tools, screen readers too. WeasyPrint builds
the PDF from HTML with real headings, table headers, the document language
and the title in its structure tree. The content is the report's own
(`views.rapport_context`), so the PDF cannot show other figures than the page.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext

from inclusie.productie import schilcache

from .views import rapport_context

PDF_VARIANT = "pdf/ua-1"


def maak_pdf(html: str, basis_url: str) -> bytes:
    """PDF/UA-1 bytes. Raises OSError when the system lacks Pango (see README)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=basis_url).write_pdf(pdf_variant=PDF_VARIANT)


def rapport_pdf(request, agenda, bespreking_id=None):
    """The PDF, made once per day, language and publish.

    Making it costs a second or more of CPU, and a link to it in a council
    letter or the news sends many people to the same file at once. The page
    cache keeps only HTML, so the PDF keeps itself, under the same generation:
    the next publish, or the next day (the figures are "as of today"), makes
    a new one.
    """
    context = rapport_context(agenda, bespreking_id) | {"page": agenda}
    context["taal"] = agenda.locale.language_code
    basis_url = request.build_absolute_uri("/")

    def maak():
        html = render_to_string("agenda/rapport_pdf.html", context, request=request)
        return maak_pdf(html, basis_url)

    delen = (agenda.pk, bespreking_id, context["taal"], context["peildatum"], basis_url)
    try:
        pdf = schilcache.onthoud(request, "rapport_pdf", delen, maak)
    except OSError:
        # WeasyPrint loads Pango when it starts; without it there is no PDF, only this message.
        return HttpResponse(
            gettext("De PDF kan nu niet gemaakt worden. Gebruik het rapport op de site."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    naam = f"voortgangsrapport-{context['peildatum'].isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response
