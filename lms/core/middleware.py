"""Requests refused before any view sees them."""

import json

from django.shortcuts import render
from django.utils.translation import gettext as _

from .errors import expects_json, json_error
from .text import has_control_characters, json_has_control_characters


class ControlCharactersMiddleware:
    """Refuse, with a 400, a request whose query string, form fields or JSON body hold NUL or
    another control character (tab, carriage return and line feed are text).

    Decided here once, so no view stores what the database refuses (a 500 on PostgreSQL).
    Uploaded files are not looked at: their readers check their own contents.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_control_characters(request):
            return self._refusal(request)
        return self.get_response(request)

    @staticmethod
    def _has_control_characters(request) -> bool:
        fields = [request.GET]
        if request.content_type == "application/x-www-form-urlencoded":
            request.body  # noqa: B018 - read (and kept) first, so a view may still read the body
        if request.method == "POST" and request.content_type in {
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        }:
            fields.append(request.POST)
        for query in fields:
            for key, values in query.lists():
                if has_control_characters(key) or any(map(has_control_characters, values)):
                    return True
        if request.content_type == "application/json" and request.body:
            try:
                body = json.loads(request.body)
            except ValueError:
                return False  # the view answers a body it cannot read
            return json_has_control_characters(body)
        return False

    @staticmethod
    def _refusal(request):
        message = _(
            "What you sent contains control characters (such as NUL) that are not text. "
            "Remove them, for example by typing the text again, and send it again."
        )
        if expects_json(request):
            return json_error(message, 400)
        return render(request, "400.html", {"message": message}, status=400)
