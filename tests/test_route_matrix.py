"""Who gets what from every route: a role x route matrix generated from the URL configuration.

Every route of our apps is found by walking the resolver, visited with GET and POST by eight
personas, and the status each should get is written once in EXPECTED. A new route without an
expectation, or a URL parameter the world does not know, fails the test.

Size: ROUTES routes x 2 methods x 8 personas = CELLS cells.
"""

import re

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.route_matrix_world import PERSONAS, world_build

OUR_PACKAGES = ("lms.", "courses.", "quizzes.")

# Third-party includes, not walked for routes of their own: their access rules are the
# libraries' (and tested there). Our views they host (the CMS's staff import, question transfer
# and regrade) are still found by their module. A few are visited as representatives below.
THIRD_PARTY_INCLUDES = {
    "django.conf.urls.i18n",  # Django's language switch: no data behind it
    "admin",  # Django's admin: administrators only, by AdminAreaAccessMiddleware
    "wagtail.admin.urls",  # the Wagtail CMS: its own permissions, gated by the middleware too
    "allauth.urls",  # sign-in, sign-out, password and MFA pages
    "wagtail.documents.urls",  # document serving: our before_serve_document hook asks courses.progress.access
    "wagtail.urls",  # Wagtail's page serving: our pages' serve() asks courses.progress.access
}

# Third-party routes visited as representatives (how to reach them, given the world).
REPRESENTATIVES = {
    "wagtailadmin_home": lambda world: reverse("wagtailadmin_home"),
    "admin:index": lambda world: reverse("admin:index"),
    "account_login": lambda world: reverse("account_login"),
    "account_logout": lambda world: reverse("account_logout"),
    "wagtail_serve": lambda world: world.lesson.url,
    "task_retry": lambda world: reverse(
        "task_retry", args=["00000000-0000-0000-0000-000000000000"]
    ),
    "invitation_resend": lambda world: reverse(
        "invitation_resend", args=[world.people["learner"].pk]
    ),
}

# The minimal form a route's POST needs to reach its access decision (others post nothing).
POST_DATA = {
    "attempts:start": lambda world: {"lesson": world.lesson.pk},
    "simulations:start": lambda world: {"lesson": world.lesson.pk},
    "certification:signoff": lambda world: {"signed": "1"},
    "certification:act": lambda world: {"reason": "Checking who may suspend."},
    "certification:revoke": lambda world: {"reason": "Checking who may revoke."},
    "cohorts:attendance": lambda world: {
        "enrolment": world.objects["enrolment"].pk,
        "status": "present",
    },
    "cohorts:due_date": lambda world: {"due_date": "2031-01-31"},
    "cohorts:withdraw": lambda world: {"reason": "Checking who may withdraw."},
    "live:start": lambda world: {"simulation": world.objects["simulation"].pk},
    "live:control": lambda world: {"action": "pause"},
    "cohorts:enrol": lambda world: {
        "numbers-employee_numbers": world.objects["unenrolled"].staff_profile.employee_number
    },
}

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def _resolver_id(resolver: URLResolver) -> str:
    if resolver.namespace:
        return resolver.namespace
    module = resolver.urlconf_module
    return getattr(module, "__name__", repr(module))


def _is_ours(module_name: str) -> bool:
    return module_name.startswith(OUR_PACKAGES)


def discovered_routes() -> dict:
    """Route key ("namespace:name", or the route itself when unnamed) -> (route, namespace)."""
    routes = {}

    def walk(resolver, prefix, namespace, declared_by_us):
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner_id = _resolver_id(entry)
                ours = _is_ours(getattr(entry.urlconf_module, "__name__", ""))
                assert ours or not declared_by_us or inner_id in THIRD_PARTY_INCLUDES, (
                    f"{route} includes {inner_id}: walk it (ours) or list it in "
                    "THIRD_PARTY_INCLUDES saying why"
                )
                inner_namespace = ":".join(filter(None, (namespace, entry.namespace))) or None
                walk(entry, route, inner_namespace, ours)
            elif isinstance(entry, URLPattern):
                view_module = getattr(entry.callback, "__module__", "")
                if declared_by_us or _is_ours(view_module):
                    name = f"{namespace}:{entry.name}" if namespace else entry.name
                    routes[name or route] = (route, namespace)

    walk(get_resolver(), "", None, True)
    for key in REPRESENTATIVES:
        routes[key] = (None, None)
    return routes


def route_url(key: str, route, namespace, world) -> str:
    if key in REPRESENTATIVES:
        return REPRESENTATIVES[key](world)
    kwargs = {}
    for name in PARAMETER.findall(route):
        scoped = f"{namespace}:{name}"
        value = world.params.get(scoped, world.params.get(name))
        assert value is not None, (
            f"{key} ({route}) takes <{name}>: add it to the world's params "
            "(tests/route_matrix_world.py)"
        )
        kwargs[name] = value
    if key == route:  # unnamed
        return "/" + PARAMETER.sub(lambda m: str(kwargs[m.group(1)]), route)
    return reverse(key, kwargs=kwargs)


def request(world, persona: str, key: str, method: str, url: str) -> int:
    client = Client(raise_request_exception=False)
    user = world.people[persona]
    if user is not None:
        client.force_login(user)
    if method == "GET":
        return client.get(url).status_code
    data = POST_DATA[key](world) if key in POST_DATA else {}
    return client.post(url, data).status_code


def visit(world, persona: str, key: str, method: str, url: str) -> int:
    """One cell: the persona's request, whose changes are rolled back for the next persona."""
    with transaction.atomic():
        status = request(world, persona, key, method, url)
        transaction.set_rollback(True)
    return status


# The status each persona should get, in the order of PERSONAS: anonymous, learner,
# other_learner, unenrolled, facilitator, other_facilitator, commission, administrator.
# A set where more than one answer is right. Anonymous people are sent to sign in (302); learners
# get 403 on staff pages; people who may not see a cohort, attempt or lesson get 404. The H5P
# content origin's routes answer 404 on the platform's host (ContentOriginMiddleware).
EXPECTED = {
    "api_v1:api-root": {  # nothing at the API's root: the docs and schema are named below
        "GET": (404, 404, 404, 404, 404, 404, 404, 404),
        "POST": (404, 404, 404, 404, 404, 404, 404, 404),
    },
    "api_v1:openapi-json": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:openapi-view": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:certificates": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:cohorts": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:compliance": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:districts": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:enrolments": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "api_v1:staff": {  # a key, never a session: see tests/lms/api
        "GET": (401, 401, 401, 401, 401, 401, 401, 401),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "account_login": {
        "GET": (200, 302, 302, 302, 302, 302, 302, 302),
        "POST": (200, 302, 302, 302, 302, 302, 302, 302),
    },
    "account_logout": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 302, 302, 302, 302, 302, 302, 302),
    },
    "admin/login/": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 302),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "admin/logout/": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 302),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "admin:index": {
        "GET": (302, 403, 403, 403, 403, 403, 403, 200),
        "POST": (302, 403, 403, 403, 403, 403, 403, 200),
    },
    "attempts:answer": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 404, 404, 404, 404, 404, 404),
    },
    "attempts:attempt": {
        "GET": (302, 200, 404, 404, 404, 404, 404, 404),
        "POST": (302, 200, 404, 404, 404, 404, 404, 404),
    },
    "attempts:grant": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "attempts:knowledge_gain": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "attempts:mark": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "attempts:marking": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 200, 200, 200, 200),
    },
    "attempts:report": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 200, 200, 200, 200),
    },
    "attempts:result": {
        "GET": (302, 404, 404, 404, 404, 404, 404, 404),
        "POST": (302, 404, 404, 404, 404, 404, 404, 404),
    },
    "attempts:start": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 302, 404, 403, 403, 403, 403),
    },
    "attempts:submit": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 404, 404, 404, 404, 404, 404),
    },
    "certification:act": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 403, 403, 403, 403, 403, 302, 302),
    },
    "certification:api": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "compliance:overview": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 200, 200, 200, 200),
    },
    "compliance:staff": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 200, 200, 200, 200),
    },
    "certification:approvals": {
        "GET": (302, 403, 403, 403, 403, 403, 200, 200),
        "POST": (302, 403, 403, 403, 403, 403, 200, 200),
    },
    "certification:bulk_check": {
        "GET": (302, 403, 403, 403, 403, 403, 200, 200),
        "POST": (302, 403, 403, 403, 403, 403, 200, 200),
    },
    "certification:detail": {
        "GET": (302, 403, 403, 403, 403, 403, 200, 200),
        "POST": (302, 403, 403, 403, 403, 403, 200, 200),
    },
    "certification:download": {
        "GET": (302, 200, 403, 403, 403, 403, 200, 200),
        "POST": (302, 200, 403, 403, 403, 403, 200, 200),
    },
    "certification:enrolment": {
        "GET": (302, 403, 403, 403, 200, 403, 200, 200),
        "POST": (302, 403, 403, 403, 200, 403, 200, 200),
    },
    "certification:mine": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 200, 200, 200, 200, 200, 200, 200),
    },
    "certification:public_key": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "certification:registry": {
        "GET": (302, 403, 403, 403, 403, 403, 200, 200),
        "POST": (302, 403, 403, 403, 403, 403, 200, 200),
    },
    "certification:revoke": {
        "GET": (302, 403, 403, 403, 403, 403, 200, 200),
        "POST": (302, 403, 403, 403, 403, 403, 302, 302),
    },
    "certification:signoff": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 403, 403, 403, 302, 403, 403, 403),
    },
    "certification:verify": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "certification:verify_code": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "cohorts:attendance": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 302, 404, 302, 302),
    },
    "cohorts:due_date": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 403, 403, 403, 302, 404, 302, 302),
    },
    "cohorts:withdraw": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 302, 404, 302, 302),
    },
    "cohorts:reinstate": {  # the world's enrolment is active: told so, back on the cohort page
        "GET": (302, 403, 403, 403, 302, 404, 302, 302),
        "POST": (302, 403, 403, 403, 302, 404, 302, 302),
    },
    "cohorts:enrol": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "django-admin/login/": {
        "GET": (302, 403, 403, 403, 403, 403, 403, 302),
        "POST": (302, 403, 403, 403, 403, 403, 403, 302),
    },
    "h5p_cohort_report": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "h5p_content_file": {
        "GET": (404, 404, 404, 404, 404, 404, 404, 404),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "h5p_player": {
        "GET": (404, 404, 404, 404, 404, 404, 404, 404),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "h5p_statements": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 415, 415, 404, 200, 200, 200, 200),  # the matrix posts a form, not JSON
    },
    "h5p_user_data": {
        "GET": (404, 404, 404, 404, 404, 404, 404, 404),
        "POST": (404, 404, 404, 404, 404, 404, 404, 404),
    },
    "health_live": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "health_ready": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "home": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 200, 200, 200, 200, 200, 200, 200),
    },
    "invitation_accept": {
        "GET": (410, 410, 410, 410, 410, 410, 410, 410),
        "POST": (410, 410, 410, 410, 410, 410, 410, 410),
    },
    "invitation_resend": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "invitations_resend_unaccepted": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "tasks_attention": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "task_retry": {
        "GET": (302, 403, 403, 403, 405, 405, 405, 405),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    # Live class: the projector and its controls for those who run the cohort; the phone's pages
    # for the cohort's trainees only (403 for everyone else, staff included).
    "live:control": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 403, 403, 403, 302, 403, 302, 302),
    },
    "live:join": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:phone": {
        "GET": (302, 200, 403, 403, 403, 403, 403, 403),
        "POST": (302, 302, 403, 403, 403, 403, 403, 403),
    },
    "live:phone_poll": {
        "GET": (302, 200, 403, 403, 403, 403, 403, 403),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:projector": {
        "GET": (302, 403, 403, 403, 200, 403, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:projector_poll": {
        "GET": (302, 403, 403, 403, 200, 403, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:qr": {
        "GET": (302, 403, 403, 403, 200, 403, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:record": {
        "GET": (302, 200, 403, 403, 200, 403, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "live:start": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 404, 404, 404, 302, 404, 302, 302),
    },
    "my_profile": {
        "GET": (302, 200, 200, 200, 404, 404, 404, 404),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "exports:download": {  # the requester's (commission's) export, being prepared
        "GET": (302, 404, 404, 404, 404, 404, 200, 404),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "notices:inbox": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 200, 200, 200, 200, 200, 200, 200),
    },
    "notices:preferences": {
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 302, 302, 302, 302, 302, 302, 302),
    },
    "notices:read": {  # the learner's notice: no one else's to read
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 404, 404, 404, 404, 404, 404),
    },
    "notices:read_all": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 302, 302, 302, 302, 302, 302),
    },
    "offline:service_worker": {  # the installable app's worker and manifest: anyone
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "offline:manifest": {
        "GET": (200, 200, 200, 200, 200, 200, 200, 200),
        "POST": (405, 405, 405, 405, 405, 405, 405, 405),
    },
    "offline:page": {  # what is kept on this device: shown to anyone signed in, days to learners
        "GET": (302, 200, 200, 200, 200, 200, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "offline:day_files": {  # a day of the learner's own course, the one they are on or the next
        "GET": (302, 200, 200, 404, 404, 404, 404, 404),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "progress:cohort": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "lesson_transfer:export": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "lesson_transfer:import": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 200, 200, 302, 200),
    },
    "progress:cohort_export": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "progress:cohort_learner": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "progress:lesson_complete": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 302, 404, 403, 403, 403, 403),
    },
    "progress:lesson_heartbeat": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 204, 204, 404, 403, 403, 403, 403),
    },
    "progress:lesson_note": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 302, 404, 403, 403, 403, 403),
    },
    "progress:search": {
        "GET": (302, 200, 200, 404, 200, 200, 200, 200),
        "POST": (302, 200, 200, 404, 200, 200, 200, 200),
    },
    "question_regrade:regrade": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "question_transfer:export": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 405, 405, 302, 405),
    },
    "question_transfer:import": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 200, 200, 302, 200),
    },
    "simulation_transfer:export": {  # the Commission sees simulations, so exports them
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "simulation_transfer:import": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 200, 200, 302, 200),
    },
    "simulations:choose": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 404, 404, 404, 404, 404, 404),
    },
    "simulations:cohort_report": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 200, 404, 200, 200),
    },
    "simulations:competencies": {
        "GET": (302, 200, 403, 403, 200, 403, 200, 200),
        "POST": (302, 200, 403, 403, 200, 403, 200, 200),
    },
    "simulations:debrief": {
        "GET": (302, 403, 403, 403, 200, 403, 200, 200),
        "POST": (302, 403, 403, 403, 302, 403, 302, 302),
    },
    "simulations:play": {
        "GET": (302, 200, 404, 404, 404, 404, 404, 404),
        "POST": (302, 200, 404, 404, 404, 404, 404, 404),
    },
    "simulations:result": {
        "GET": (302, 302, 404, 404, 404, 404, 404, 404),
        "POST": (302, 302, 404, 404, 404, 404, 404, 404),
    },
    "simulations:start": {
        "GET": (302, 405, 405, 405, 405, 405, 405, 405),
        "POST": (302, 302, 302, 404, 403, 403, 403, 403),
    },
    "staff_import:add_person": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "staff_import:confirm": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 405),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "staff_import:upload": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "staff_profile": {
        "GET": (302, 200, 404, 404, 200, 404, 200, 200),
        "POST": (302, 405, 405, 405, 405, 405, 405, 405),
    },
    "wagtail_serve": {
        "GET": (302, 200, 200, 404, 200, 200, 200, 200),
        "POST": (302, 200, 200, 404, 200, 200, 200, 200),
    },
    "wagtailadmin_home": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_cohorts_cohort:choose": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_cohorts_cohort:choose_results": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_cohorts_cohort:chosen": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_cohorts_cohort:chosen_multiple": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_cohorts_cohort:create": {
        "GET": (302, 403, 403, 403, 302, 302, 200, 200),
        "POST": (302, 403, 403, 403, 302, 302, 405, 405),  # no creation form in the chooser
    },
    "wagtailsnippetchoosers_organisation_staffprofile:choose": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_organisation_staffprofile:choose_results": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_organisation_staffprofile:chosen": {
        "GET": (302, 403, 403, 403, 200, 404, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_organisation_staffprofile:chosen_multiple": {
        "GET": (302, 403, 403, 403, 200, 200, 200, 200),
        "POST": (302, 403, 403, 403, 405, 405, 405, 405),
    },
    "wagtailsnippetchoosers_organisation_staffprofile:create": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 405),  # no creation form in the chooser
    },
    "wagtailsnippets_bank_question:edit": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 200, 200, 302, 200),
    },
    "wagtailsnippets_api_apikey:add": {  # creating shows the key once (200), no redirect
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "wagtailsnippets_api_apikey:edit": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "wagtailsnippets_api_apikey:revoke": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 302),
    },
    "wagtailsnippets_h5p_h5pcontent:add": {
        "GET": (302, 403, 403, 403, 200, 200, 302, 200),
        "POST": (302, 403, 403, 403, 200, 200, 302, 200),
    },
    "wagtailusers_users:add": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "wagtailusers_users:edit": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 200),
    },
    "wagtailusers_users:index": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 405),
    },
    "wagtailusers_users:index_results": {
        "GET": (302, 403, 403, 403, 302, 302, 302, 200),
        "POST": (302, 403, 403, 403, 302, 302, 302, 405),
    },
}

ROUTES = discovered_routes()
CASES = [
    pytest.param(key, method, id=f"{key} {method}")
    for key in sorted(ROUTES)
    for method in ("GET", "POST")
]


@pytest.fixture(scope="module")
def built_world(django_db_setup, django_db_blocker):
    """The world, built once for the module in a transaction rolled back at its end. Each test
    runs in a savepoint of it (pytest-django's `db`), which undoes whatever the test changed."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield world_build()
        transaction.set_rollback(True)


@pytest.fixture
def world(db, built_world):
    return built_world.fresh()


@pytest.mark.parametrize(("key", "method"), CASES)
def test_route_answers_each_persona_as_expected(world, key, method):
    route, namespace = ROUTES[key]
    url = route_url(key, route, namespace, world)
    actual = {persona: visit(world, persona, key, method, url) for persona in PERSONAS}
    expected = EXPECTED.get(key, {}).get(method)
    assert expected is not None, f"{key} {method}: no expectation in EXPECTED; observed {actual}"
    wrong = {
        persona: f"got {actual[persona]}, expected {want}"
        for persona, want in zip(PERSONAS, expected, strict=True)
        if actual[persona] not in (want if isinstance(want, set) else {want})
    }
    assert not wrong, f"{key} {method} ({url}): {wrong}"


def test_every_route_has_an_expectation_and_every_expectation_a_route():
    assert sorted(set(ROUTES) - set(EXPECTED)) == [], "routes without an expectation"
    assert sorted(set(EXPECTED) - set(ROUTES)) == [], "expectations of routes that are gone"


def _attempts(world):
    from quizzes.attempts.models import QuizAttempt

    return QuizAttempt.objects.count()


def _attendance(world):
    from courses.cohorts.models import AttendanceRecord

    return list(AttendanceRecord.objects.values_list("enrolment_id", "session_id", "status"))


def _certificate(world):
    certificate = world.objects["certificate"]
    certificate.refresh_from_db()
    return certificate.state, certificate.events.count()


def _due_date(world):
    enrolment = world.objects["enrolment"]
    enrolment.refresh_from_db()
    return enrolment.due_date, enrolment.due_date_source


def _enrolment_status(world):
    enrolment = world.objects["enrolment"]
    enrolment.refresh_from_db()
    return enrolment.status


def _live_paused(world):
    from quizzes.live.models import LiveRun

    return list(LiveRun.objects.values_list("paused", flat=True))


def _enrolments(world):
    return world.objects["unenrolled"].enrolments.count()


# (route, the state it changes, who is refused, who may): a refused POST leaves the state as it
# was, and the persona allowed changes it, so the check can see a change.
REFUSED_POSTS = [
    ("attempts:start", _attempts, ("unenrolled", "facilitator", "commission"), "other_learner"),
    ("cohorts:attendance", _attendance, ("learner", "other_facilitator"), "facilitator"),
    ("certification:act", _certificate, ("learner", "facilitator"), "commission"),
    ("certification:revoke", _certificate, ("learner", "facilitator"), "commission"),
    ("cohorts:enrol", _enrolments, ("learner", "other_facilitator"), "facilitator"),
    ("cohorts:due_date", _due_date, ("learner", "other_facilitator"), "facilitator"),
    ("cohorts:withdraw", _enrolment_status, ("learner", "other_facilitator"), "facilitator"),
    ("live:control", _live_paused, ("learner", "other_facilitator"), "facilitator"),
]


@pytest.mark.parametrize(
    ("key", "state", "refused", "allowed"), REFUSED_POSTS, ids=[r[0] for r in REFUSED_POSTS]
)
def test_a_refused_post_changes_nothing(world, key, state, refused, allowed):
    route, namespace = ROUTES[key]
    url = route_url(key, route, namespace, world)
    before = state(world)
    for persona in refused:
        assert request(world, persona, key, "POST", url) in {403, 404}, persona
        assert state(world) == before, f"{persona}'s refused POST to {key} changed it"
    request(world, allowed, key, "POST", url)
    assert state(world) != before, f"{allowed}'s POST to {key} changed nothing"
