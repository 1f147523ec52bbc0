from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from lms.accounts.roles import Role
from lms.organisation.models import Designation, StaffProfile

from .selectors import district_staff_overview

HOME_TEMPLATES = {
    Role.LEARNER: "home/learner.html",
    Role.FACILITATOR: "home/facilitator.html",
    Role.COMMISSION: "home/overview.html",
    Role.ADMINISTRATOR: "home/overview.html",
}


@login_required
def home(request):
    """Each role lands on its own home: My training, My cohorts, or the Commission overview."""
    role = Role(request.user.role)
    context = {"role": role}
    if role == Role.LEARNER:
        profile = StaffProfile.objects.select_related("district").filter(user=request.user).first()
        context["profile"] = profile
        if profile:
            context["due_date"] = profile.course_due_date
            days_left = (profile.course_due_date - timezone.localdate()).days
            context["days_left"] = days_left
            context["days_overdue"] = max(0, -days_left)
    elif role in (Role.COMMISSION, Role.ADMINISTRATOR):
        districts = district_staff_overview()
        context["designations"] = Designation.choices
        context["overview_rows"] = [
            (district, [getattr(district, value) for value in Designation.values])
            for district in districts
        ]
    return render(request, HOME_TEMPLATES[role], context)
