from wagtail import hooks

from .views import course_page_context, course_page_serve

# The course pages (courses.content) ask these who may read them and what the reader has done.
hooks.register("serve_course_page", course_page_serve)
hooks.register("course_page_context", course_page_context)
