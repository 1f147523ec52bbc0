"""Urdu dates: "1 فروری 2027", "1 فروری 2027، 14:05" (month names from Django's Urdu catalogue)."""

from lms.formats.pakistan import *  # noqa: F403
