"""Days and lessons as Markdown files with YAML front matter, the format content/README.md
documents: text in, plain values and every problem (with its line) out, and back to text.

No database: `transfer.py` turns the values into pages. Rich text is HTML limited to what the
lesson's rich text blocks allow (TEACHING_FEATURES): paragraphs, ### subheadings, lists, bold,
italic, links, rules and line breaks. Anything else in a file is a problem, never dropped silently.
"""

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import yaml
from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

from lms.core.imports import yaml_load

from .choices import CompletionRule

CALLOUT_KINDS = ("key_point", "caution", "example")
MAX_GLOSSARY_TERMS = 30
DEFAULT_MINUTES = 15
FENCE = re.compile(r"^:::\s*(?P<kind>\S+)\s*(?P<argument>.*?)\s*$")
FENCE_CLOSE = ":::"
# A translation's file says which language it is in and whether a Commission reader checked it.
TRANSLATION_FIELDS = ("language", "reviewed")
LINK = re.compile(r"^(https?://|mailto:|/)", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based; 0 when the problem is the file's as a whole
    message: str


@dataclass
class CourseText:
    """The course's own words (content/lessons/course.md), or a translation of them."""

    title: str
    summary: str = ""
    language: str = ""  # a translation's language code; "" for the course's own language
    reviewed: bool | None = None  # a translation's: has a Commission reader checked it?


@dataclass
class DayText:
    number: int
    title: str
    summary: str = ""
    objectives: list[str] = field(default_factory=list)
    translated_titles: dict[str, str] = field(default_factory=dict)  # language code -> title
    language: str = ""  # a translation's language code; "" for the course's own language
    reviewed: bool | None = None  # a translation's: has a Commission reader checked it?


@dataclass
class LessonText:
    day: int
    title: str
    slug: str
    summary: str = ""
    minutes: int = DEFAULT_MINUTES
    completion: str = CompletionRule.READ.value
    # The lesson's blocks as StreamField (type, value) pairs, rich text as HTML. A "kept" block,
    # {"type": ..., "label": ..., "line": ...}, stands for a block Markdown cannot hold (a quiz,
    # an image): re-importing the lesson keeps the page's own block there.
    body: list[tuple[str, object]] = field(default_factory=list)
    language: str = ""  # a translation's language code; "" for the course's own language
    reviewed: bool | None = None  # a translation's: has a Commission reader checked it?


# --- Reading ----------------------------------------------------------------------------------


def _markdown() -> MarkdownIt:
    # HTML is parsed (never passed through) so that a file holding some is told so.
    md = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    md.add_render_rule("text", lambda self, tokens, idx, options, env: _escape(tokens[idx].content))
    md.add_render_rule("softbreak", lambda self, tokens, idx, options, env: " ")
    md.add_render_rule("hardbreak", lambda self, tokens, idx, options, env: "<br/>")
    md.add_render_rule("hr", lambda self, tokens, idx, options, env: "<hr/>")
    return md


MARKDOWN = _markdown()

ALLOWED_BLOCK_TOKENS = {
    "paragraph_open",
    "paragraph_close",
    "inline",
    "bullet_list_open",
    "bullet_list_close",
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "heading_open",
    "heading_close",
    "hr",
}
ALLOWED_INLINE_TOKENS = {
    "text",
    "softbreak",
    "hardbreak",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "link_open",
    "link_close",
}


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _unsupported(token_type: str) -> str:
    what = {
        "image": _("an image (add images in the CMS)"),
        "code_inline": _("code"),
        "code_block": _("indented code (a line starting with four spaces)"),
        "fence": _("a code block"),
        "html_inline": _("HTML"),
        "html_block": _("HTML"),
        "blockquote_open": _("a quotation (>)"),
    }.get(token_type, token_type.removesuffix("_open"))
    return _("A lesson cannot hold %(what)s.") % {"what": what}


def _check_inline(token, line: int, problems: list[Problem]) -> None:
    for child in token.children or []:
        if child.type not in ALLOWED_INLINE_TOKENS:
            problems.append(Problem(line, _unsupported(child.type)))
        elif child.type == "link_open" and not LINK.match(str(child.attrGet("href") or "")):
            problems.append(
                Problem(
                    line,
                    _("The link “%(href)s” must be a web address (https://…), mailto: or /path.")
                    % {"href": child.attrGet("href")},
                )
            )


def _rich_text(tokens) -> str:
    return MARKDOWN.renderer.render(tokens, MARKDOWN.options, {}).replace(">\n", ">").strip()


def _markdown_blocks(
    lines: list[str], first_line: int, problems: list[Problem], *, in_callout: bool
) -> list[tuple[str, object]]:
    """Markdown outside fenced sections: ## headings split it into heading and text blocks."""
    tokens = MARKDOWN.parse("\n".join(lines))
    blocks: list[tuple[str, object]] = []
    start = 0

    def flush(end: int) -> None:
        if tokens[start:end]:
            blocks.append(("text", _rich_text(tokens[start:end])))

    for index, token in enumerate(tokens):
        line = first_line + (token.map[0] if token.map else 0)
        if token.type not in ALLOWED_BLOCK_TOKENS:
            if token.nesting != -1:  # once, at its opening
                problems.append(Problem(line, _unsupported(token.type)))
        elif token.type == "inline":
            _check_inline(token, line, problems)
        elif token.type == "ordered_list_open" and token.attrGet("start") not in (None, 1):
            problems.append(Problem(line, _("A numbered list starts at 1.")))
        elif token.type == "heading_open" and token.tag != "h3":
            if token.tag == "h2" and token.level == 0 and not in_callout:
                flush(index)
                inline = tokens[index + 1]
                text = "".join(c.content for c in inline.children or [] if c.type == "text")
                blocks.append(("heading", text.strip()))
                start = index + 3
            else:
                problems.append(
                    Problem(
                        line,
                        _("Use ### for a subheading inside a callout.")
                        if in_callout
                        else _("Use ## for a section heading and ### for a subheading."),
                    )
                )
    flush(len(tokens))
    return blocks


def _sections(lines: list[str], first_line: int, problems: list[Problem]):
    """The body's runs of Markdown and its ::: fenced sections, with their first lines:
    (None, "", lines, line) for Markdown, (kind, argument, lines, line) for a section."""
    sections, run, run_start, index = [], [], first_line, 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if lines[index].strip() == FENCE_CLOSE:
            problems.append(Problem(first_line + index, _("This ::: closes no section.")))
            index += 1
        elif opening:
            sections.append((None, "", run, run_start))
            close = next(
                (i for i in range(index + 1, len(lines)) if lines[i].strip() == FENCE_CLOSE), None
            )
            if close is None:
                problems.append(
                    Problem(
                        first_line + index,
                        _("This section is never closed: end it with a line holding only :::."),
                    )
                )
                return sections
            sections.append(
                (
                    opening["kind"],
                    opening["argument"],
                    lines[index + 1 : close],
                    first_line + index + 1,
                )
            )
            index = close + 1
            run, run_start = [], first_line + index
        else:
            run.append(lines[index])
            index += 1
    sections.append((None, "", run, run_start))
    return sections


def _callout(argument: str, lines, first_line, problems) -> tuple[str, object] | None:
    kind, _space, title = argument.partition(" ")
    if kind not in CALLOUT_KINDS:
        problems.append(
            Problem(
                first_line - 1,
                _("A callout's kind is one of %(kinds)s, not “%(kind)s”.")
                % {"kinds": ", ".join(CALLOUT_KINDS), "kind": kind},
            )
        )
        return None
    blocks = _markdown_blocks(lines, first_line, problems, in_callout=True)
    if not blocks:
        problems.append(Problem(first_line - 1, _("This callout has no text.")))
        return None
    return ("callout", {"kind": kind, "title": title.strip(), "text": blocks[0][1]})


def _glossary(lines, first_line, problems) -> tuple[str, object] | None:
    terms: list[dict] = []
    for offset, raw in enumerate(lines):
        line, number = raw.strip(), first_line + offset
        if not line:
            continue
        if line.startswith(":"):
            if not terms or terms[-1]["definition"]:
                problems.append(Problem(number, _("A definition (: …) must follow its term.")))
            else:
                terms[-1]["definition"] = line[1:].strip()
        elif terms and not terms[-1]["definition"]:
            problems.append(Problem(number, _("The term above has no definition (: …).")))
        else:
            terms.append({"term": line, "definition": ""})
    if terms and not terms[-1]["definition"]:
        problems.append(Problem(first_line + len(lines) - 1, _("The last term has no definition.")))
    if not 1 <= len(terms) <= MAX_GLOSSARY_TERMS:
        problems.append(
            Problem(
                first_line - 1,
                _("A glossary holds between 1 and %(max)d terms.") % {"max": MAX_GLOSSARY_TERMS},
            )
        )
        return None
    return ("glossary", {"terms": terms})


def _plain_section(kind: str, argument: str, lines, first_line, problems):
    text = "\n".join(lines).strip()
    if kind == "reflection":
        if not text:
            problems.append(Problem(first_line - 1, _("This reflection has no prompt.")))
            return None
        return ("reflection", {"prompt": text})
    if not argument:
        problems.append(Problem(first_line - 1, _("Say which block is kept, e.g. ::: kept quiz.")))
        return None
    return ("kept", {"type": argument, "label": text, "line": first_line - 1})


def _body(lines: list[str], first_line: int, problems: list[Problem]) -> list[tuple[str, object]]:
    body: list[tuple[str, object]] = []
    for kind, argument, section_lines, line in _sections(lines, first_line, problems):
        if kind is None:
            body += _markdown_blocks(section_lines, line, problems, in_callout=False)
        elif kind == "callout":
            body.append(_callout(argument, section_lines, line, problems))
        elif kind == "glossary":
            body.append(_glossary(section_lines, line, problems))
        elif kind in ("reflection", "kept"):
            body.append(_plain_section(kind, argument, section_lines, line, problems))
        else:
            problems.append(
                Problem(
                    line - 1,
                    _("Unknown section “%(kind)s”: use callout, glossary, reflection or kept.")
                    % {"kind": kind},
                )
            )
    return [block for block in body if block is not None]


def _front_matter(text: str, problems: list[Problem]) -> tuple[dict, dict, list[str], int]:
    """The front matter's fields, the line of each, and the body's lines with the first's number."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(1, _("The file must start with front matter, after a --- line.")))
        return {}, {}, lines, 1
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(Problem(1, _("The front matter is never closed by a --- line.")))
        return {}, {}, [], 1
    try:
        data = yaml_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.append(
            Problem(
                mark.line + 2 if mark else 1,
                _("The front matter is not valid YAML: %(error)s")
                % {"error": getattr(error, "problem", None) or error},
            )
        )
        return {}, {}, lines[end + 1 :], end + 2
    if not isinstance(data, dict):
        problems.append(Problem(2, _("The front matter must be fields such as “title: …”.")))
        data = {}
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        if key := re.match(r"^(\w+)\s*:", line):
            key_lines.setdefault(key[1], number)
    return data, key_lines, lines[end + 1 :], end + 2


class _Fields:
    """Reads typed fields from front matter, recording a problem (at the field's line) for each
    missing, mistyped or unknown one."""

    def __init__(self, data: dict, key_lines: dict, known: set[str], problems: list[Problem]):
        self.data, self.key_lines, self.problems = data, key_lines, problems
        for key in data:
            if key not in known:
                self.problem(
                    key,
                    _("Unknown field “%(field)s”: the fields are %(fields)s.")
                    % {"field": key, "fields": ", ".join(sorted(known))},
                )

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.key_lines.get(key, 1), message))

    def text(self, key: str, *, required: bool = False, max_length: int = 255) -> str:
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(key, _("The field “%(field)s” is missing.") % {"field": key})
            return ""
        if not isinstance(value, str | int | float) or len(str(value)) > max_length:
            self.problem(
                key,
                _("“%(field)s” must be a text of at most %(max)d characters.")
                % {"field": key, "max": max_length},
            )
            return ""
        return str(value).strip()

    def number(self, key: str, *, default: int | None = None, low: int, high: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(
                key,
                _("“%(field)s” must be a whole number from %(low)d to %(high)d.")
                % {"field": key, "low": low, "high": high},
            )
            return low
        return value

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(key, _("“%(field)s” must be a list of texts.") % {"field": key})
            return []
        return [item.strip() for item in value]

    def mapping(self, key: str) -> dict[str, str]:
        value = self.data.get(key) or {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.problem(key, _("“%(field)s” must map language codes to texts.") % {"field": key})
            return {}
        return {str(code): title.strip() for code, title in value.items()}

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, bool):
            self.problem(key, _("“%(field)s” is true or false.") % {"field": key})
            return None
        return value

    def language(self) -> str:
        """A translation's language: one of the site's languages other than its own."""
        code = self.text("language")
        translated = [c for c, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        translated.remove(settings.LANGUAGE_CODE)
        if code and code not in translated:
            self.problem(
                "language",
                _("“language” is the code of a translation: one of %(codes)s.")
                % {"codes": ", ".join(translated)},
            )
        return code if code in translated else ""


def _in_order(problems: list[Problem]) -> list[Problem]:
    """Each problem once, by line."""
    return sorted(dict.fromkeys(problems), key=lambda problem: problem.line)


def lesson_parse(text: str, *, day: int | None = None) -> tuple[LessonText | None, list[Problem]]:
    """A lesson file's values, or None and every problem found in it; given `day`, a lesson of
    another day is a problem."""
    problems: list[Problem] = []
    data, key_lines, body_lines, first_line = _front_matter(text, problems)
    fields = _Fields(
        data,
        key_lines,
        {"day", "slug", "title", "summary", "minutes", "completion", *TRANSLATION_FIELDS},
        problems,
    )
    title = fields.text("title", required=True)
    slug = fields.text("slug") or slugify(title)
    if title and not re.fullmatch(r"[-a-z0-9]+", slug):
        fields.problem("slug", _("Give the lesson a slug of a-z, 0-9 and hyphens only."))
    completion = fields.text("completion") or CompletionRule.READ.value
    if completion not in CompletionRule.values:
        fields.problem(
            "completion",
            _("“completion” is one of %(rules)s.") % {"rules": ", ".join(CompletionRule.values)},
        )
    day_number = fields.number("day", low=1, high=30)
    if day is not None and day_number != day:
        fields.problem(
            "day",
            _("The file is a lesson of day %(file_day)d; this is day %(day)d.")
            % {"file_day": day_number, "day": day},
        )
    lesson = LessonText(
        day=day_number,
        title=title,
        slug=slug,
        summary=fields.text("summary", max_length=1000),
        minutes=fields.number("minutes", default=DEFAULT_MINUTES, low=1, high=600),
        completion=completion,
        body=_body(body_lines, first_line, problems) if data else [],
        language=fields.language(),
        reviewed=fields.flag("reviewed"),
    )
    if data and not lesson.body and not problems:
        problems.append(Problem(first_line, _("The lesson has no text.")))
    problems = _in_order(problems)
    return (None if problems else lesson), problems


def course_parse(text: str) -> tuple[CourseText | None, list[Problem]]:
    """A course file's values (its front matter), or None and every problem found in it."""
    problems: list[Problem] = []
    data, key_lines, body_lines, first_line = _front_matter(text, problems)
    fields = _Fields(data, key_lines, {"title", "summary", *TRANSLATION_FIELDS}, problems)
    course = CourseText(
        title=fields.text("title", required=True),
        summary=fields.text("summary", max_length=2000),
        language=fields.language(),
        reviewed=fields.flag("reviewed"),
    )
    if any(line.strip() for line in body_lines):
        problems.append(Problem(first_line, _("A course file holds only its front matter.")))
    problems = _in_order(problems)
    return (None if problems else course), problems


def day_parse(text: str) -> tuple[DayText | None, list[Problem]]:
    """A day file's values (its front matter), or None and every problem found in it."""
    problems: list[Problem] = []
    data, key_lines, body_lines, first_line = _front_matter(text, problems)
    fields = _Fields(
        data,
        key_lines,
        {"day", "title", "summary", "objectives", "translated_titles", *TRANSLATION_FIELDS},
        problems,
    )
    day = DayText(
        number=fields.number("day", low=1, high=30),
        title=fields.text("title", required=True),
        summary=fields.text("summary", max_length=2000),
        objectives=fields.texts("objectives"),
        translated_titles=fields.mapping("translated_titles"),
        language=fields.language(),
        reviewed=fields.flag("reviewed"),
    )
    if day.language and day.translated_titles:
        fields.problem("translated_titles", _("A translation of a day has no “translated_titles”."))
    if any(line.strip() for line in body_lines):
        problems.append(Problem(first_line, _("A day file holds only its front matter.")))
    problems = _in_order(problems)
    return (None if problems else day), problems


# --- Writing ----------------------------------------------------------------------------------


def _translation_fields(text: CourseText | DayText | LessonText) -> dict:
    fields = {"language": text.language} if text.language else {}
    return fields | ({} if text.reviewed is None else {"reviewed": text.reviewed})


def _front_matter_text(fields: dict) -> str:
    dumped = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{dumped}---\n"


def course_markdown(course: CourseText) -> str:
    fields = {"title": course.title, "summary": course.summary}
    return _front_matter_text(fields | _translation_fields(course))


def day_markdown(day: DayText) -> str:
    fields = {"day": day.number, "title": day.title, "summary": day.summary}
    if day.objectives:
        fields["objectives"] = day.objectives
    if day.translated_titles:
        fields["translated_titles"] = day.translated_titles
    return _front_matter_text(fields | _translation_fields(day))


def lesson_markdown(lesson: LessonText) -> str:
    fields = {"day": lesson.day, "slug": lesson.slug, "title": lesson.title}
    fields |= {"summary": lesson.summary, "minutes": lesson.minutes}
    if lesson.completion != CompletionRule.READ:
        fields["completion"] = lesson.completion
    fields |= _translation_fields(lesson)
    parts = [_block_markdown(block_type, value) for block_type, value in lesson.body]
    return _front_matter_text(fields) + "".join(f"\n{part}\n" for part in parts)


def _block_markdown(block_type: str, value) -> str:
    if block_type == "heading":
        return f"## {value}"
    if block_type == "text":
        return html_markdown(value)
    if block_type == "callout":
        opening = f"::: callout {value['kind']} {value['title']}".rstrip()
        return f"{opening}\n{html_markdown(value['text'])}\n:::"
    if block_type == "glossary":
        terms = "\n\n".join(f"{t['term']}\n: {t['definition']}" for t in value["terms"])
        return f"::: glossary\n{terms}\n:::"
    if block_type == "reflection":
        return f"::: reflection\n{value['prompt']}\n:::"
    return f"::: kept {value['type']}\n{value['label']}\n:::".replace("\n\n:::", "\n:::")


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
BLOCK_START = re.compile(r"^(\s*)(\d*)([#>+=.)-])")


def _markdown_escape(text: str) -> str:
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"&(?=#?\w+;)", r"\\&", text)


class _MarkdownWriter(HTMLParser):
    """Rich text HTML (as the CMS stores it) to the Markdown that reads back to it."""

    INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []  # finished paragraphs, list items and rules
        self.line = ""
        self.lists: list[list] = []  # open lists: [marker kind, next number]
        self.href: list[str] = []

    def _finish_line(self) -> None:
        if self.line.strip():
            self.blocks.append(self.line.rstrip())
        self.line = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h3"):
            self._finish_line()
            self.line = "### " if tag == "h3" else ""
        elif tag in ("ul", "ol"):
            self._finish_line()
            self.lists.append([tag, 1])
        elif tag == "li":
            self._finish_line()
            kind = self.lists[-1] if self.lists else ["ul", 1]
            indent = "   " * (len(self.lists) - 1)
            marker = f"{kind[1]}." if kind[0] == "ol" else "-"
            kind[1] += 1
            self.line = f"{indent}{marker} "
        elif tag in self.INLINE:
            self.line += self.INLINE[tag]
        elif tag == "a":
            self.href.append(dict(attrs).get("href") or "")
            self.line += "["
        elif tag == "br":
            self.line += "\\\n"
        elif tag == "hr":
            self._finish_line()
            self.blocks.append("---")

    def handle_endtag(self, tag):
        if tag in ("p", "h3", "li"):
            self._finish_line()
        elif tag in ("ul", "ol") and self.lists:
            self._finish_line()
            self.lists.pop()
            if not self.lists:
                self.blocks.append("")  # a list ends with a blank line
        elif tag in self.INLINE:
            self.line += self.INLINE[tag]
        elif tag == "a" and self.href:
            self.line += f"]({self.href.pop()})"

    def handle_data(self, data):
        text = _markdown_escape(re.sub(r"\s+", " ", data))
        at_start = not self.line.strip() or re.fullmatch(r"\s*(-|\d+\.) ", self.line)
        if at_start and not self.lists and BLOCK_START.match(text):
            text = BLOCK_START.sub(r"\1\2\\\3", text, count=1)
        self.line += text.lstrip() if at_start else text


def html_markdown(rich_text: str) -> str:
    """Markdown for rich text: paragraphs apart by a blank line, list items on their own lines."""
    writer = _MarkdownWriter()
    writer.feed(rich_text)
    writer.close()
    writer._finish_line()
    paragraphs, current = [], []
    for block in writer.blocks:
        is_item = bool(re.match(r"^\s*(-|\d+\.) ", block))
        if block == "" or not is_item:
            if current:
                paragraphs.append("\n".join(current))
                current = []
            if block:
                paragraphs.append(block)
        else:
            current.append(block)
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
