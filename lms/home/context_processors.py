from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def navigation(request):
    """What the base layout needs on every page: languages and the reader's direction."""
    language = get_language()
    return {
        "languages": settings.LANGUAGES,
        "current_language": language,
        "text_direction": "rtl" if get_language_bidi() else "ltr",
        "script_font": {"ur": "nastaliq", "ps": "naskh"}.get(language),
    }
