from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from .access import document_access
from .views import course_page_context, course_page_serve

# The course pages (courses.content) ask these who may read them and what the reader has done.
hooks.register("serve_course_page", course_page_serve)
hooks.register("course_page_context", course_page_context)


@hooks.register("before_serve_document")
def serve_document_to_course_readers(document, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    document_access(request.user, document)
    return None
