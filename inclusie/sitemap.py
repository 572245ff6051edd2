"""A sitemap that lists every language, not only the Dutch tree.

Wagtail's own sitemap walks the site's root page, which is the Dutch home; the
English and Arabic homes are its translations, siblings in the tree, and so
would be missing. Search engines and the accessibility crawl
(tests/browser/test_crawl.py) both need every live page in every language.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MeertaligeSitemap(Sitemap):
    def items(self):
        wortel = self.get_wagtail_site().root_page
        bomen = Q()
        for taalwortel in wortel.get_translations(inclusive=True).only("path"):
            bomen |= Q(path__startswith=taalwortel.path)
        return (
            Page.objects.filter(bomen)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
