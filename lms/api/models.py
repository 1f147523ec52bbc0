"""API keys and the log of the calls made with them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.organisation.models import District


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ApiKey(models.Model):
    """A key another system reads the API with; read-only, scoped to districts.

    Only a hash of the secret is kept: the key itself is shown once, when it is created.
    """

    name = models.CharField(
        _("name"), max_length=100, unique=True, help_text=_("Who uses the key, and for what.")
    )
    # The key's public part, shown in listings and used to find the key; never secret.
    prefix = models.CharField(_("prefix"), max_length=12, unique=True, editable=False)
    # SHA-256 of the secret part, hex.
    secret_hash = models.CharField(max_length=64, editable=False)
    all_districts = models.BooleanField(
        _("all districts"),
        default=False,
        help_text=_("Read every district's data, Commission headquarters' staff included."),
    )
    districts = models.ManyToManyField(
        District,
        blank=True,
        related_name="+",
        verbose_name=_("districts"),
        help_text=_("The districts whose data the key reads, when not all of them."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(secret_hash__regex=r"^[0-9a-f]{64}$"),  # noqa: S106 (a pattern)
                name="api_key_hash_is_sha256",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class ApiCall(models.Model):
    """One request made with a key (refused ones too, once the key is known)."""

    key = models.ForeignKey(ApiKey, on_delete=models.PROTECT, related_name="calls")
    key_name = models.CharField(_("key"), max_length=100)  # as named at the time of the call
    at = models.DateTimeField(_("at"), db_index=True)
    method = models.CharField(_("method"), max_length=10)
    path = models.CharField(_("path"), max_length=255)
    query = models.CharField(_("query"), max_length=500, blank=True)
    status = models.PositiveSmallIntegerField(_("status"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))

    class Meta:
        verbose_name = _("API call")
        verbose_name_plural = _("API calls")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.key_name} {self.method} {self.path} {self.status}"
