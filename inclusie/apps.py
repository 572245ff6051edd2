from django.apps import AppConfig


class InclusieConfig(AppConfig):
    name = "inclusie"
    verbose_name = "Inclusie Agenda Almere"

    def ready(self):
        from inclusie import (
            checks,  # noqa: F401  (registers the project's rules)
            rollen,
            zuiveren,
        )
        from inclusie.leesbaarheid import woordenlijsten
        from inclusie.productie import checks as productie_checks  # noqa: F401
        from inclusie.productie import paginacache

        paginacache.koppel_signalen()
        woordenlijsten.koppel_signalen()
        zuiveren.koppel_signalen()
        # The redactie manages the shell's snippets and settings, and may
        # send pages out for translation.
        rollen.registreer("inclusie", redactie=[("wagtail_localize", "submit_translation")])
