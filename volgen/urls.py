from django.urls import path

from . import views

app_name = "volgen"
urlpatterns = [
    path("", views.aanmelden, name="aanmelden"),
    path("bevestigen/<str:sleutel>/", views.bevestigen, name="bevestigen"),
    path("stoppen/<str:sleutel>/", views.stoppen, name="stoppen"),
]
