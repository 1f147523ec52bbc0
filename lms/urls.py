from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.content import views as content_views
from courses.h5p import reports as h5p_reports
from courses.h5p import serving as h5p_serving
from courses.h5p import views as h5p_views
from lms.accounts import views as account_views
from lms.core import errors, health
from lms.home import views as home_views
from lms.organisation import views as organisation_views

# A request that expects JSON gets its error as JSON; a page, the error page.
handler403 = errors.permission_denied
handler404 = errors.page_not_found
handler500 = errors.server_error

urlpatterns = [
    path("", home_views.home, name="home"),
    # For the load balancer: no authentication, JSON, 200 or 503.
    path("health/live", health.live, name="health_live"),
    path("health/ready", health.ready, name="health_ready"),
    path("me/", organisation_views.StaffProfileDetailView.as_view(), name="my_profile"),
    path(
        "people/<int:pk>/",
        organisation_views.StaffProfileDetailView.as_view(),
        name="staff_profile",
    ),
    path("invitation/<str:token>/", account_views.invitation_accept_view, name="invitation_accept"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Every sign-in, the CMS's included, goes through allauth and so through MFA.
    path(
        "admin/login/", RedirectView.as_view(url=reverse_lazy("account_login"), query_string=True)
    ),
    path("admin/logout/", RedirectView.as_view(url=reverse_lazy("account_logout"))),
    path(
        "django-admin/login/",
        RedirectView.as_view(url=reverse_lazy("account_login"), query_string=True),
    ),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("documents/", include(wagtaildocs_urls)),
    # The read API for other systems (its schema and docs at /api/v1/openapi.json and /docs).
    path("api/v1/", include("lms.api.urls", namespace="api_v1")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("", include("courses.progress.urls")),
    path("cohorts/", include("courses.cohorts.urls")),
    path("quizzes/", include("quizzes.attempts.urls")),
    path("simulations/", include("quizzes.simulations.urls")),
    path("live/", include("quizzes.live.urls")),
    path("", include("lms.certification.urls")),
    path("compliance/", include("lms.compliance.urls")),
    path("notices/", include("lms.notices.urls")),
    path("exports/", include("lms.exports.urls")),
    # The installable app: its worker, manifest and the page of days kept offline.
    path("", include("lms.offline.urls")),
    path(
        "lessons/<int:lesson_id>/h5p/<int:content_id>/statements/",
        h5p_views.statement_receive,
        name="h5p_statements",
    ),
    path(
        "lessons/<int:lesson_id>/h5p/<int:content_id>/cohorts/<int:cohort_id>/",
        h5p_reports.cohort_report,
        name="h5p_cohort_report",
    ),
    # The content origin (see courses.h5p.serving): the player, resume state and package files.
    path("h5p-content/<str:token>/", h5p_serving.content_player, name="h5p_player"),
    path(
        "h5p-content/<str:token>/state/<str:data_type>/<int:sub_content_id>",
        h5p_serving.content_user_data,
        name="h5p_user_data",
    ),
    path(
        "h5p-content/<str:token>/<path:path>",
        h5p_serving.content_file,
        name="h5p_content_file",
    ),
    # Course pages are found in the cached course tree; Wagtail serves them and routes the rest.
    re_path(r"^learn/(?!_util/)((?:[\w\-]+/)*)$", content_views.serve, name="wagtail_serve"),
    path("learn/", include(wagtail_urls)),
]
