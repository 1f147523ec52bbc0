from django.urls import path

from . import registry, verification, views

app_name = "certification"
urlpatterns = [
    # Holders and facilitators
    path("certificates/", views.my_certificates, name="mine"),
    path(
        "certificates/<int:certificate_id>/download/", views.certificate_download, name="download"
    ),
    path(
        "certificates/enrolments/<int:enrolment_id>/",
        views.enrolment_certificate,
        name="enrolment",
    ),
    path(
        "certificates/enrolments/<int:enrolment_id>/signoff/<int:competency_id>/",
        views.competency_signoff,
        name="signoff",
    ),
    # The Commission
    path("certificates/registry/", registry.registry, name="registry"),
    path("certificates/registry/<int:certificate_id>/", registry.certificate_detail, name="detail"),
    path(
        "certificates/registry/<int:certificate_id>/revoke/",
        registry.certificate_revoke,
        name="revoke",
    ),
    path(
        "certificates/registry/<int:certificate_id>/<slug:action>/",
        registry.certificate_act,
        name="act",
    ),
    path("certificates/approvals/", registry.approvals, name="approvals"),
    path("certificates/bulk-check/", registry.bulk_check, name="bulk_check"),
    # Anyone
    path("verify/", verification.verify_form, name="verify"),
    path("verify/public-key/", verification.public_key, name="public_key"),
    path("verify/<str:code>/", verification.verify_code, name="verify_code"),
    path("api/v1/certificates/<str:code>", verification.verify_api, name="api"),
]
