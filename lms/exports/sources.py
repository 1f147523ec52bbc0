"""The lists that can be exported in the background: each is a *source*, a function of the viewer
and the page's filters (a QueryDict) giving a `Table`. The apps above register theirs in their
AppConfig.ready(), so the page and the worker build the same rows with the same permission
checks, the worker as the requester. No models here: an app's config imports it at load time."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.http import QueryDict


@dataclass(frozen=True)
class Table:
    name: str  # the file's name without its extension
    title: str  # the sheet's name
    header: list
    rows: Iterable[list]  # read once, as the file is written
    count: int  # how many rows, counted before they are read


_SOURCES: dict[str, Callable[[object, QueryDict], Table]] = {}


def export_source_register(name: str, build: Callable[[object, QueryDict], Table]) -> None:
    """Offer a list for export: `build(viewer, filters)` checks the viewer may read it (raises
    PermissionDenied otherwise) and returns its Table."""
    _SOURCES[name] = build


def export_source(name: str) -> Callable[[object, QueryDict], Table]:
    return _SOURCES[name]
