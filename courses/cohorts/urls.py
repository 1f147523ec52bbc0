from django.urls import path

from . import views

app_name = "cohorts"
urlpatterns = [
    path("<int:cohort_id>/enrol/", views.cohort_enrol_view, name="enrol"),
    path(
        "<int:cohort_id>/learners/<int:enrolment_id>/due-date/",
        views.enrolment_due_date_view,
        name="due_date",
    ),
    path(
        "<int:cohort_id>/learners/<int:enrolment_id>/withdraw/",
        views.enrolment_withdraw_view,
        name="withdraw",
    ),
    path(
        "<int:cohort_id>/learners/<int:enrolment_id>/reinstate/",
        views.enrolment_reinstate_view,
        name="reinstate",
    ),
    path(
        "<int:cohort_id>/sessions/<int:session_id>/attendance/",
        views.session_attendance,
        name="attendance",
    ),
]
