from django.urls import path

from . import marking, reports, views

app_name = "attempts"
urlpatterns = [
    path("<int:quiz_id>/start/", views.quiz_start, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_page, name="attempt"),
    path("attempts/<int:attempt_id>/answers/", views.answer_save_view, name="answer"),
    path("attempts/<int:attempt_id>/submit/", views.attempt_submit_view, name="submit"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result, name="result"),
    path("<int:quiz_id>/report/", reports.quiz_report, name="report"),
    path("cohorts/<int:cohort_id>/knowledge-gain/", reports.knowledge_gain, name="knowledge_gain"),
    path(
        "cohorts/<int:cohort_id>/learners/<int:enrolment_id>/grant/",
        reports.grant_extension,
        name="grant",
    ),
    path("marking/", marking.marking_queue, name="marking"),
    path("marking/<int:answer_id>/", marking.mark_answer, name="mark"),
]
