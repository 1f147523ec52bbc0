from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse

from courses.h5p.selectors import H5PGrade, h5p_grade
from courses.h5p.serving import content_base_url
from lms.core.grading import GradingMethod

register = template.Library()


@dataclass(frozen=True)
class H5PPlayer:
    url: str
    statements_url: str
    content_origin: str
    method_label: str
    grade: H5PGrade | None  # None for staff, whose plays are not recorded


@register.simple_tag(takes_context=True)
def h5p_player(context, block) -> H5PPlayer | None:
    """The player for an H5P block, for a reader the lesson page already let in (else None).

    Content URLs are signed for this reader and expire, so only enrolled learners and staff, who
    alone are shown the lesson, ever hold one.
    """
    request, access = context.get("request"), context.get("access")
    lesson = context.get("source_lesson")  # results are kept against the English lesson
    content = block["content"]
    if content is None or request is None or access is None or lesson is None:
        return None
    return H5PPlayer(
        url=content_base_url(content, request.user, lesson),
        statements_url=reverse("h5p_statements", args=[lesson.pk, content.pk]),
        content_origin=settings.H5P_CONTENT_ORIGIN.rstrip("/"),
        method_label=GradingMethod(block["grading_method"]).label,
        grade=h5p_grade(learner=request.user, lesson=lesson, block=block)
        if access.enrolment
        else None,
    )
