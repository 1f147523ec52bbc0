from django.urls import path

from . import views

app_name = "cohorts"
urlpatterns = [
    path("<int:cohort_id>/", views.cohort_detail, name="detail"),
    path("<int:cohort_id>/export.csv", views.cohort_export, name="export"),
    path("<int:cohort_id>/enrol/", views.cohort_enrol_view, name="enrol"),
    path("<int:cohort_id>/learners/<int:enrolment_id>/", views.learner_detail, name="learner"),
    path(
        "<int:cohort_id>/sessions/<int:session_id>/attendance/",
        views.session_attendance,
        name="attendance",
    ),
]
