"""The demo curriculum: the 10-day foundational course, written for Tahaffuz.

`seed_demo` turns these days and lessons into Wagtail pages through the same code the CMS uses.
The text is the Commission's to edit once seeded; facts marked uncertain in the domain notes are
worded as things to confirm locally, never as settled rules.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Callout:
    """A boxed note in a lesson. kind: "key_point", "caution" or "example"."""

    kind: str
    title: str
    text: str  # simple HTML: <p>, <ul>/<ol>/<li>, <strong>, <em>


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Text:
    html: str  # simple HTML: <p>, <ul>/<ol>/<li>, <strong>, <em>


@dataclass(frozen=True)
class Reflection:
    """A question the learner answers in a private note."""

    prompt: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[tuple[str, str], ...]  # (term, definition)


@dataclass(frozen=True)
class Lesson:
    title: str
    summary: str
    minutes: int
    body: tuple  # of Heading, Text, Callout, Reflection, Glossary


@dataclass(frozen=True)
class Day:
    number: int
    title: str
    title_ur: str
    title_ps: str
    summary: str
    objectives: tuple[str, ...]
    lessons: tuple[Lesson, ...] = field(default_factory=tuple)


def curriculum() -> tuple[Day, ...]:
    from .days_1_to_5 import DAYS as FIRST_HALF
    from .days_6_to_10 import DAYS as SECOND_HALF

    return FIRST_HALF + SECOND_HALF
