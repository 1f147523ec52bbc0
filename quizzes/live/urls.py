from django.urls import path

from . import views

app_name = "live"
urlpatterns = [
    path("", views.live_join, name="join"),
    path("cohorts/<int:cohort_id>/start/", views.live_start_view, name="start"),
    path("runs/<int:run_id>/", views.live_phone, name="phone"),
    path("runs/<int:run_id>/poll/", views.live_phone_poll, name="phone_poll"),
    path("runs/<int:run_id>/projector/", views.live_projector, name="projector"),
    path("runs/<int:run_id>/projector/poll/", views.live_projector_poll, name="projector_poll"),
    path("runs/<int:run_id>/projector/control/", views.live_control, name="control"),
    path("runs/<int:run_id>/qr.png", views.live_qr, name="qr"),
    path("runs/<int:run_id>/record/", views.live_record, name="record"),
]
