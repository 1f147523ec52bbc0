"""Snippet screens that show each person only the rows they may see: the listing, the chooser,
its search and paging, and what the chooser returns once a row is picked."""

from django.http import HttpResponseNotAllowed
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import SnippetViewSet


class _Visible:
    visible = None  # (queryset, user) -> the rows of queryset that user may see


class _VisibleChooseView(_Visible, chooser.ChooseView):
    def get_object_list(self):
        return self.visible(super().get_object_list(), self.request.user)


class _VisibleChooseResultsView(_Visible, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.visible(super().get_object_list(), self.request.user)


class _VisibleChosenView(_Visible, chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.visible(self.model_class.objects.all(), self.request.user).get(pk=pk)


class _VisibleChosenMultipleView(_Visible, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.visible(super().get_objects(pks), self.request.user)


class _VisibleCreateView(_Visible, chooser.SnippetCreateView):
    """Takes ``visible`` like its siblings; what one creates, one may see. A snippet that the
    chooser offers no creation form for (made on its own screens) answers 405, not a crash."""

    def post(self, request):
        if self.get_creation_form_class() is None:
            return HttpResponseNotAllowed(["GET"])
        return super().post(request)


class VisibleChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = _VisibleChooseView
    choose_results_view_class = _VisibleChooseResultsView
    chosen_view_class = _VisibleChosenView
    chosen_multiple_view_class = _VisibleChosenMultipleView
    create_view_class = _VisibleCreateView
    visible = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(visible=self.visible, **kwargs)


class VisibleSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose ``visible(queryset, user)`` narrows its listing and its chooser."""

    chooser_viewset_class = VisibleChooserViewSet

    def visible(self, queryset, user):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.visible(self.model._default_manager.all(), request.user)

    @property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.visible = self.visible
        return viewset
