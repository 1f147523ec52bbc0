import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import EditView

from .models import Question
from .transfer import question_file_import, questions_export

MAX_FILE_BYTES = 5 * 1024 * 1024


class QuestionEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        """The header's menu also offers the buttons other apps register for a question with the
        `register_question_edit_buttons` hook: `hook(question, user)` yields Buttons."""
        buttons = list(super().header_more_buttons)
        for hook in hooks.get_hooks("register_question_edit_buttons"):
            buttons.extend(hook(self.object, self.request.user))
        return buttons


class QuestionFileForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Question file (JSON)"))

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            self.data_loaded = json.loads(uploaded.read().decode("utf-8-sig"))
        except (ValueError, RecursionError) as error:  # not UTF-8, not JSON, or nested too deep
            raise forms.ValidationError(
                _("The file is not valid JSON: %(error)s") % {"error": error}
            ) from error
        return uploaded


class QuestionPermissionMixin:
    permission = "bank.add_question"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QuestionImportView(QuestionPermissionMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Import questions")
    header_icon = "upload"
    template_name = "bank/question_import.html"
    form_class = QuestionFileForm

    def form_valid(self, form):
        report = question_file_import(form.data_loaded)
        return self.render_to_response(
            self.get_context_data(form=QuestionFileForm(), report=report)
        )


class QuestionExportView(QuestionPermissionMixin, View):
    permission = "bank.view_question"

    def get(self, request):
        questions = Question.objects.filter(locale__language_code="en").order_by(
            "category__name", "pk"
        )
        response = JsonResponse(
            questions_export(questions), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = 'attachment; filename="tahaffuz-questions.json"'
        return response
