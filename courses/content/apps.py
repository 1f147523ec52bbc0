from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "courses.content"
    label = "content"
    verbose_name = _("Course content")

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.signals import page_unpublished, post_page_move

        from . import structure
        from .blocks import activity_models
        from .structure import course_tree_changed

        request_started.connect(structure.request_started, dispatch_uid="course-tree")
        request_finished.connect(structure.request_finished, dispatch_uid="course-tree")

        def page_changed(sender, **kwargs):
            if issubclass(sender, Page):
                course_tree_changed()

        # A page saved (published, unpublished, retitled) or deleted, a page or subtree moved or
        # unpublished, view restrictions, locales or sites changed: the course tree is re-read.
        for signal in (post_save, post_delete):
            signal.connect(page_changed, dispatch_uid="course-tree-page", weak=False)
            for model in (PageViewRestriction, Locale, Site):
                signal.connect(course_tree_changed, sender=model, dispatch_uid="course-tree")
            # An activity a lesson places (a quiz, a case simulation, H5P content) edited or
            # deleted: cached lesson bodies keep its row.
            for model in activity_models():
                signal.connect(course_tree_changed, sender=model, dispatch_uid="course-tree")
        page_unpublished.connect(course_tree_changed, dispatch_uid="course-tree")
        post_page_move.connect(course_tree_changed, dispatch_uid="course-tree")
