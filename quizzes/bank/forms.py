from decimal import Decimal

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.grading import (
    OptionSnapshot,
    PartialCredit,
    QuestionSnapshot,
    QuestionType,
    question_problems,
)


class QuestionAdminForm(WagtailAdminModelForm):
    """The question editor refuses a question that could not be graded."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("options")
        if self.errors or formset is None or not formset.is_valid():
            return cleaned
        options = tuple(
            OptionSnapshot(
                id=index,
                text=form.cleaned_data.get("text", ""),
                is_correct=form.cleaned_data.get("is_correct", False),
                match_text=form.cleaned_data.get("match_text", ""),
            )
            for index, form in enumerate(formset.forms)
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        snapshot = QuestionSnapshot(
            type=QuestionType(cleaned["type"]),
            text=cleaned.get("text", ""),
            marks=cleaned.get("marks") or Decimal(1),
            options=options,
            partial_credit=PartialCredit(
                cleaned.get("partial_credit") or PartialCredit.PROPORTIONAL
            ),
            numeric_answer=cleaned.get("numeric_answer"),
            rubric=cleaned.get("rubric", ""),
        )
        for problem in question_problems(snapshot):
            self.add_error(None, forms.ValidationError(problem))
        return cleaned
