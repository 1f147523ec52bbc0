from django.urls import path

from . import views

app_name = "progress"
urlpatterns = [
    path(
        "progress/lessons/<int:lesson_id>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
    path(
        "progress/lessons/<int:lesson_id>/heartbeat/",
        views.lesson_heartbeat,
        name="lesson_heartbeat",
    ),
    path("progress/lessons/<int:lesson_id>/note/", views.lesson_note, name="lesson_note"),
    path("progress/search/", views.lesson_search, name="search"),
    path("cohorts/<int:cohort_id>/", views.cohort_detail, name="cohort"),
    path("cohorts/<int:cohort_id>/export.csv", views.cohort_export, name="cohort_export"),
    path(
        "cohorts/<int:cohort_id>/learners/<int:enrolment_id>/",
        views.learner_detail,
        name="cohort_learner",
    ),
]
