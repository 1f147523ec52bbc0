"""The Content-Security-Policy's one exception: the CMS's pages, which Wagtail builds with inline
scripts and styles (see CMS_CONTENT_SECURITY_POLICY_UPDATE in the settings)."""

from csp.decorators import csp_update
from django.conf import settings
from django.urls import reverse


class CMSPolicyMiddleware:
    """Under the CMS's address, add CMS_CONTENT_SECURITY_POLICY_UPDATE to the policy.

    Goes after django-csp's CSPMiddleware, which then writes the header with the additions.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.relaxed = csp_update(settings.CMS_CONTENT_SECURITY_POLICY_UPDATE)(get_response)

    def __call__(self, request):
        if request.path.startswith(reverse("wagtailadmin_home")):
            return self.relaxed(request)
        return self.get_response(request)
