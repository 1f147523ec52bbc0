"""The facilitators' marking queue: essays awaiting marking, from the cohorts they run."""

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.accounts.visibility import is_staff_reader, learners_visible_q
from quizzes.bank.models import Question
from quizzes.bank.views import QuestionPermissionMixin

from . import services
from .models import AttemptQuestion, MarkChange
from .presenters import marks_earned


def markable_answers(user):
    """Answers this person may mark: their own cohorts' learners (everyone, for the Commission)."""
    if not is_staff_reader(user):
        raise PermissionDenied
    return AttemptQuestion.objects.filter(
        learners_visible_q(user, prefix="attempt__learner__"), attempt__submitted_at__isnull=False
    )


class MarkForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment for the learner"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def __init__(self, *args, max_marks: Decimal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["marks"] = forms.DecimalField(
            label=_("Marks"),
            min_value=0,
            max_value=max_marks,
            decimal_places=2,
            help_text=_("Out of %(marks)s.") % {"marks": marks_earned(Decimal(1), max_marks)},
        )
        self.order_fields(["marks", "comment"])


@login_required
def marking_queue(request):
    waiting = (
        markable_answers(request.user)
        .filter(needs_marking=True)
        .select_related("attempt__quiz", "attempt__learner")
        .order_by("attempt__submitted_at")
    )
    return render(request, "attempts/marking_queue.html", {"waiting": waiting})


@login_required
def mark_answer(request, answer_id):
    row = get_object_or_404(
        markable_answers(request.user).select_related("attempt__quiz", "attempt__learner"),
        pk=answer_id,
    )
    max_marks = Decimal(row.snapshot["marks"])
    # Opened again, the answer shows its current mark and comment, ready to change.
    current = {"marks": marks_earned(row.fraction, max_marks), "comment": row.marker_comment}
    form = MarkForm(request.POST or None, initial=current, max_marks=max_marks)
    if request.method == "POST" and form.is_valid():
        fraction = (form.cleaned_data["marks"] / max_marks).quantize(Decimal("0.0001"))
        services.response_mark(
            row=row, fraction=fraction, comment=form.cleaned_data["comment"], by=request.user
        )
        messages.success(request, _("Marked. The learner's result is updated."))
        return redirect("attempts:marking")
    history = row.mark_changes.select_related("changed_by", "attempt_question")
    return render(
        request, "attempts/mark_answer.html", {"row": row, "form": form, "history": history}
    )


class QuestionRegradeView(QuestionPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Grade again every submitted answer to a corrected question; below, how its answers' marks
    changed (among the learners the viewer may see)."""

    permission = "bank.change_question"
    page_title = gettext_lazy("Regrade answers")
    header_icon = "resubmit"
    template_name = "attempts/question_regrade.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question"] = get_object_or_404(Question, pk=self.kwargs["question_id"])
        context["answers"] = AttemptQuestion.objects.filter(
            question=context["question"], attempt__submitted_at__isnull=False
        ).count()
        context["history"] = (
            MarkChange.objects.filter(
                learners_visible_q(
                    self.request.user, prefix="attempt_question__attempt__learner__"
                ),
                attempt_question__question=context["question"],
            )
            .select_related("changed_by", "attempt_question__attempt__learner")
            .order_by("changed_at", "pk")
        )
        return context

    def post(self, request, question_id):
        question = get_object_or_404(Question, pk=question_id)
        changed = services.question_regrade(question=question, by=request.user)
        messages.success(
            request, _("Answers graded again: %(count)d marks changed.") % {"count": changed}
        )
        return redirect(Question.snippet_viewset.get_url_name("list"))
