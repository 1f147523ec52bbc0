from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import ROLE_KINDS, NoticeKind, NoticePreference
from .services import notice_preferences_set


class NoticePreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of emails"),
        choices=[("", _("The site's language")), *settings.LANGUAGES],
        required=False,
    )
    email_kinds = forms.MultipleChoiceField(
        label=_("Email me about"),
        help_text=_("Every notice appears in your inbox here, whatever you choose."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, person, **kwargs):
        self.person = person
        self.offered = ROLE_KINDS.get(person.role, [])
        off = set(
            NoticePreference.objects.filter(person=person, email=False).values_list(
                "kind", flat=True
            )
        )
        kwargs["initial"] = {
            "language": person.language,
            "email_kinds": [kind for kind in self.offered if kind not in off],
        }
        super().__init__(*args, **kwargs)
        self.fields["email_kinds"].choices = [
            (kind, NoticeKind(kind).label) for kind in self.offered
        ]

    def save(self) -> None:
        notice_preferences_set(
            person=self.person,
            language=self.cleaned_data["language"],
            email_kinds=self.cleaned_data["email_kinds"],
            offered=self.offered,
        )
