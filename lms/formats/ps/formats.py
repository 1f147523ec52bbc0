"""Pashto dates: "1 فبروري 2027", "1 فبروري 2027، 14:05" (month names: lms.formats.calendar_words)."""

from lms.formats.pakistan import *  # noqa: F403
