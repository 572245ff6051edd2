from django.urls import path

from .views import reactie_geven

urlpatterns = [path("", reactie_geven, name="reactie_geven")]
