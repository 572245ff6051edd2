from django.apps import AppConfig


class InclusieConfig(AppConfig):
    name = "inclusie"
    verbose_name = "Inclusie Agenda Almere"
