"""The inbox: a person's own notices, marked read one by one or all at once; and which kinds
they want by email."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import NoticePreferencesForm
from .presenters import notice_text


@login_required
def inbox(request):
    page = Paginator(request.user.notices.all(), 30).get_page(request.GET.get("page"))
    rows = [(notice, notice_text(notice)) for notice in page]
    return render(request, "notices/inbox.html", {"page": page, "rows": rows})


@login_required
@require_POST
def notice_read(request, notice_id: int):
    notice = get_object_or_404(request.user.notices, pk=notice_id)
    services.notice_mark_read(notice=notice)
    if request.POST.get("open") and notice.link:
        return redirect(notice.link)
    return redirect("notices:inbox")


@login_required
@require_POST
def notices_read_all(request):
    services.notices_mark_all_read(recipient=request.user)
    return redirect("notices:inbox")


@login_required
def preferences(request):
    posted = request.POST if request.method == "POST" else None  # no box ticked is a choice
    form = NoticePreferencesForm(posted, person=request.user)
    if form.is_valid():
        form.save()
        messages.success(request, _("Your choices are saved."))
        return redirect("notices:preferences")
    return render(request, "notices/preferences.html", {"form": form})
