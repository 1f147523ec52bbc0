"""The platform's side of H5P playback: the lesson page posts the player's xAPI statements here."""

import json
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.content.models import LessonPage
from courses.progress.access import activity_access
from lms.core.ratelimit import rate_limited

from .selectors import h5p_grade
from .services import h5p_statement_join, h5p_statement_record
from .xapi import StatementInvalid


def _delivery(request) -> tuple | JsonResponse:
    """The statement posted and its delivery id, or the refusal of a malformed post."""
    if request.content_type != "application/json":
        return JsonResponse({"error": _("Send the statement as JSON.")}, status=415)
    if len(request.body) > settings.H5P_STATEMENT_MAX_BYTES:  # a client that under-declared
        return JsonResponse({"error": _("The statement is too large.")}, status=413)
    try:
        delivery = json.loads(request.body)
        return delivery["statement"], uuid.UUID(delivery["id"])
    except (ValueError, TypeError, KeyError, AttributeError):
        message = _("Send a JSON object with a statement and its delivery id.")
        return JsonResponse({"error": message}, status=400)


@login_required
@require_POST
def statement_receive(request, lesson_id, content_id):
    """Record one xAPI statement of the signed-in learner. A statement ending an attempt is
    answered with their grade on the block; one joining their open attempt only as recorded."""
    # The cheap refusals first: these requests come often, and the access check is the costly part.
    if int(request.META.get("CONTENT_LENGTH") or 0) > settings.H5P_STATEMENT_MAX_BYTES:
        return JsonResponse({"error": _("The statement is too large.")}, status=413)
    if rate_limited(f"h5p-statements:{request.user.pk}", settings.H5P_STATEMENTS_PER_MINUTE):
        return JsonResponse({"error": _("Too many statements: wait a minute.")}, status=429)
    delivery = _delivery(request)
    try:
        if not isinstance(delivery, JsonResponse) and h5p_statement_join(
            learner=request.user,
            lesson_id=lesson_id,
            content_id=content_id,
            statement=delivery[0],
            delivery_id=delivery[1],
        ):
            return JsonResponse({"recorded": True})
        access, block = activity_access(
            request.user,
            lesson=get_object_or_404(LessonPage, pk=lesson_id),
            block_type="h5p",
            activity=content_id,
            taking=False,
        )
        lesson = access.lesson  # results are kept against the source-language lesson
        if access.is_staff_reader:  # staff reading the lesson: nothing to record
            return JsonResponse(
                {"recorded": False, "summary": _("Results are not recorded for staff.")}
            )
        if isinstance(delivery, JsonResponse):
            return delivery
        h5p_statement_record(
            learner=request.user,
            lesson=lesson,
            content=block["content"],
            statement=delivery[0],
            delivery_id=delivery[1],
        )
    except StatementInvalid as problem:
        return JsonResponse({"error": str(problem)}, status=400)
    grade = h5p_grade(learner=request.user, lesson=lesson, block=block)
    return JsonResponse({"recorded": True, "passed": grade.passed, "summary": grade.summary})
