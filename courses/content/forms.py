from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_LESSON_FILE_BYTES = 1024 * 1024


class LessonFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Lesson file (Markdown, .md)"),
        help_text=gettext_lazy(
            "A lesson exported from the CMS, or written as content/README.md says."
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_LESSON_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        try:
            self.text = uploaded.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        return uploaded
