"""H5P content: validated packages kept on the storage API by content hash, and the libraries
they use, one stored copy of each library version shared by every package."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LIBRARIES_PREFIX = "h5p/libraries"
CONTENT_PREFIX = "h5p/content"


class H5PLibrary(models.Model):
    """One version (major.minor) of an H5P library, its files stored once under its folder."""

    machine_name = models.CharField(max_length=255)
    major_version = models.PositiveIntegerField()
    minor_version = models.PositiveIntegerField()
    patch_version = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=255)
    runnable = models.BooleanField(default=False)
    library_json = models.JSONField()
    sha256 = models.CharField(max_length=64, help_text=_("Of the library's files, in name order."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="one_h5p_library_per_version",
            ),
        ]

    def __str__(self):
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def storage_prefix(self) -> str:
        return f"{LIBRARIES_PREFIX}/{self.folder}"


class H5PContent(models.Model):
    """An uploaded `.h5p` package, placed in lessons through the H5P block."""

    title = models.CharField(_("title"), max_length=255)
    title_ur = models.CharField(_("title in Urdu"), max_length=255, blank=True)
    title_ps = models.CharField(_("title in Pashto"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    package_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    main_library = models.ForeignKey(
        H5PLibrary, on_delete=models.PROTECT, related_name="+", editable=False
    )
    libraries = models.ManyToManyField(H5PLibrary, related_name="contents", editable=False)
    h5p_json = models.JSONField(editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def localized_title(self) -> str:
        return getattr(self, f"title_{get_language()}", "") or self.title

    @property
    def storage_prefix(self) -> str:
        return f"{CONTENT_PREFIX}/{self.package_sha256}"
