from django.urls import path

from . import views

app_name = "progress"
urlpatterns = [
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:lesson_id>/heartbeat/", views.lesson_heartbeat, name="lesson_heartbeat"),
    path("lessons/<int:lesson_id>/note/", views.lesson_note, name="lesson_note"),
    path("search/", views.lesson_search, name="search"),
]
