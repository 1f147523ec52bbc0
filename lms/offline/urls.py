from django.urls import path

from . import views

app_name = "offline"
urlpatterns = [
    # At the root: a worker's scope is the folder it is served from.
    path("sw.js", views.service_worker, name="service_worker"),
    path("manifest.webmanifest", views.web_manifest, name="manifest"),
    path("offline/", views.offline_page, name="page"),
    path("offline/days/<int:day_id>/files.json", views.day_files_view, name="day_files"),
]
