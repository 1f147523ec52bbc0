from django.urls import path

from . import views

app_name = "notices"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("<int:notice_id>/read/", views.notice_read, name="read"),
    path("read/", views.notices_read_all, name="read_all"),
    path("preferences/", views.preferences, name="preferences"),
]
