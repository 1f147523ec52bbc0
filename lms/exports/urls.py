from django.urls import path

from . import views

app_name = "exports"
urlpatterns = [path("<int:export_id>/", views.export_download, name="download")]
