from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "courses.h5p"
    label = "h5p"
    verbose_name = _("H5P interactive content")

    def ready(self):
        from . import checks  # noqa: F401 - registers the content origin's checks
