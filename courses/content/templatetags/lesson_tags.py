"""The lesson body, rendered: its teaching blocks once per revision and language (cached), its
activity blocks (each showing the reader's own attempts) on every request."""

import copy

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from courses.content.blocks import ACTIVITY_FIELDS
from courses.content.models import LessonPage
from courses.content.structure import course_tree_cached

register = template.Library()

# Minutes, not a day: image links may be signed URLs that expire (private S3 media).
TIMEOUT = 5 * 60


def _parts(lesson, context) -> list:
    """The body as rendered HTML between activity blocks, kept as (block type, raw value, the
    chosen activity): the activity's row is kept with the parts, not read on every request (the
    course tree's version changes when an activity is saved or deleted)."""
    parts = []
    for block in lesson.body:
        if block.block_type in ACTIVITY_FIELDS:
            chosen = block.value[ACTIVITY_FIELDS[block.block_type]]
            parts.append((block.block_type, block.block.get_prep_value(block.value), chosen))
        else:
            html = str(conditional_escape(block.render_as_block(context=context)))
            if parts and isinstance(parts[-1], str):
                parts[-1] += html
            else:
                parts.append(html)
    return parts


@register.simple_tag(takes_context=True)
def lesson_body(context, lesson):
    flat = context.flatten()
    request = context.get("request")
    if getattr(request, "is_preview", False):  # a draft: never from or into the cache
        parts = _parts(lesson, flat)
    else:
        key = f"lesson-body:{lesson.pk}:{lesson.live_revision_id}:{get_language()}"
        parts = course_tree_cached(key, lambda: _parts(lesson, flat), timeout=TIMEOUT)
    blocks = LessonPage._meta.get_field("body").stream_block.child_blocks
    html = []
    for part in parts:
        if isinstance(part, str):
            html.append(part)
        else:
            block_type, raw, chosen = part
            block, field = blocks[block_type], ACTIVITY_FIELDS[block_type]
            value = block.to_python({**raw, field: None})  # None: the chooser reads nothing
            value[field] = copy.copy(chosen)  # what a request caches on it stays with it
            html.append(str(conditional_escape(block.render(value, flat))))
    return mark_safe("".join(html))  # noqa: S308 - each part escaped as include_block does
