from django.urls import path

from . import reports, views

app_name = "simulations"
urlpatterns = [
    path("<int:simulation_id>/start/", views.simulation_start_view, name="start"),
    path("attempts/<int:attempt_id>/", views.simulation_play, name="play"),
    path("attempts/<int:attempt_id>/choose/", views.simulation_choose_view, name="choose"),
    path("attempts/<int:attempt_id>/result/", views.simulation_result, name="result"),
    path("attempts/<int:attempt_id>/debrief/", reports.attempt_debrief_view, name="debrief"),
    path(
        "<int:simulation_id>/cohorts/<int:cohort_id>/", reports.cohort_report, name="cohort_report"
    ),
    path("learners/<int:user_id>/competencies/", reports.learner_competencies, name="competencies"),
]
