from django.apps import AppConfig


class InclusieConfig(AppConfig):
    name = "inclusie"
    verbose_name = "Inclusie Agenda Almere"

    def ready(self):
        from inclusie.productie import checks  # noqa: F401  (registers the system check)
        from inclusie.productie.paginacache import koppel_signalen

        koppel_signalen()
