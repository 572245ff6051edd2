from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolgenConfig(AppConfig):
    name = "volgen"
    verbose_name = _("Volgen per e-mail")

    def ready(self):
        from wagtail.signals import page_published

        from campagnes.signalen import cafe_veranderd

        from .cafe import bij_cafe_veranderd
        from .stappen import bij_publiceren

        page_published.connect(bij_publiceren, dispatch_uid="volgen_stappen_gepubliceerd")
        cafe_veranderd.connect(bij_cafe_veranderd, dispatch_uid="volgen_cafe_veranderd")
