"""Facilitators' view of H5P results: each learner of a cohort, their attempts and grade."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from courses.cohorts.views import cohort_for_staff
from courses.content.models import LessonPage

from .selectors import h5p_block_in, h5p_cohort_results


@login_required
def cohort_report(request, lesson_id, content_id, cohort_id):
    cohort = cohort_for_staff(request, cohort_id)
    lesson = get_object_or_404(LessonPage.objects.live().descendant_of(cohort.course), pk=lesson_id)
    block = h5p_block_in(lesson, content_id)
    if block is None:
        raise Http404(_("This H5P content is not part of that lesson."))
    results = h5p_cohort_results(cohort=cohort, lesson=lesson, block=block)
    context = {
        "cohort": cohort,
        "lesson": lesson,
        "activity": block,
        "results": results,
        "passed": sum(result.grade.passed for result in results),
    }
    return render(request, "h5p/cohort_report.html", context)
