from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from lms.accounts.roles import can_manage_h5p_libraries

from .models import H5PContent
from .services import (
    h5p_content_import,
    h5p_new_libraries,
    h5p_newer_patches,
    h5p_package_check,
)
from .validation import H5PInvalid


class H5PContentForm(WagtailAdminModelForm):
    """Upload a package (checked in full before anything is stored, every problem listed), or
    edit the titles of one stored. A stored package is never replaced: upload a new item."""

    package = forms.FileField(
        label=gettext_lazy("H5P package (.h5p)"),
        help_text=gettext_lazy("Made in an H5P editor (e.g. Lumi, Moodle or WordPress export)."),
    )

    class Meta:
        model = H5PContent
        fields = ["title", "title_ur", "title_ps", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["package"].required = False
            self.fields["package"].disabled = True
            self.fields["package"].help_text = _(
                "A stored package is not replaced; upload a new H5P content item instead."
            )
        else:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Empty: the title inside the package.")

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("package")
        if self.instance.pk or upload is None:
            return cleaned
        if upload.size > settings.H5P_MAX_TOTAL_BYTES:
            self.add_error("package", _("The package is larger than the upload limit."))
            return cleaned
        self._package_bytes = upload.read()
        try:
            package = h5p_package_check(self._package_bytes)
        except H5PInvalid as invalid:
            for problem in invalid.problems:
                self.add_error("package", problem)
            return cleaned
        self.library_patches = h5p_newer_patches(package)
        if not self.manages_libraries:
            for library in h5p_new_libraries(package):
                self.add_error(
                    "package",
                    _(
                        "%(library)s is not installed yet. New H5P libraries are installed by an "
                        "administrator: ask one to upload this package (or another that uses it)."
                    )
                    % {"library": library.ref},
                )
        stored = H5PContent.objects.filter(package_sha256=package.sha256).first()
        if stored:
            self.add_error(
                "package", _("This package is already uploaded as “%(title)s”.") % {"title": stored}
            )
        return cleaned

    @property
    def manages_libraries(self) -> bool:
        return can_manage_h5p_libraries(self.for_user)

    def library_notices(self) -> list[str]:
        """What became of the newer library patches the saved package carried."""
        if self.manages_libraries:
            notice = _("%(library)s is updated to patch %(patch)d for every package.")
        else:
            notice = _(
                "The package carries patch %(patch)d of %(library)s; the installed patch "
                "%(installed)d is used. Ask an administrator to update the library."
            )
        return [
            notice
            % {
                "library": patch,
                "patch": patch.package_patch,
                "installed": patch.library.patch_version,
            }
            for patch in getattr(self, "library_patches", [])
        ]

    def save(self, commit=True):
        if self.instance.pk:
            return super().save(commit=commit)
        content = h5p_content_import(
            self._package_bytes,
            title=self.cleaned_data["title"],
            description=self.cleaned_data["description"],
            by=self.for_user,
            update_libraries=self.manages_libraries,
        )
        content.title_ur = self.cleaned_data["title_ur"]
        content.title_ps = self.cleaned_data["title_ps"]
        content.save(update_fields=["title_ur", "title_ps"])
        self.instance = content
        return content
