"""Text the database cannot keep: NUL and the other C0 control characters.

PostgreSQL refuses NUL in text and `\\u0000` in jsonb; the other control characters (bar tab,
carriage return and line feed) are never typed by a person and only garble pages and exports.
"""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def has_control_characters(text: str) -> bool:
    return bool(CONTROL_CHARACTERS.search(text))


def json_has_control_characters(value) -> bool:
    """Whether any key or string of a parsed JSON value has control characters."""
    if isinstance(value, str):
        return has_control_characters(value)
    if isinstance(value, dict):
        return any(
            has_control_characters(key) or json_has_control_characters(item)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return any(json_has_control_characters(item) for item in value)
    return False


def isolate(text: str) -> str:
    """Text set apart in its own direction inside a sentence (Unicode's first-strong isolate):
    the English title in an Urdu sentence keeps its letters and punctuation in their order, as
    `<bdi>` does in HTML, but also where markup cannot go (a translated string's placeholder)."""
    return f"\u2068{text}\u2069"
