"""The report of an all-or-nothing import: every problem found, and nothing written while there
is one. Each importer extends it with what it wrote and says where a problem is in its own terms
(a file and line, a question's number, a simulation's step)."""

from dataclasses import dataclass, field

import yaml
from django.utils.translation import gettext as _


@dataclass
class ImportReport:
    problems: list[tuple] = field(default_factory=list)  # (where..., problem)

    @property
    def is_valid(self) -> bool:
        return not self.problems


class _YAMLLoader(yaml.SafeLoader):
    """yaml.safe_load's loader, but a value its type cannot hold (`day: 2024-02-30`, a number of
    5,000 digits) is a YAML error at its line, like a syntax error, not a ValueError."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, AttributeError) as error:
            raise yaml.constructor.ConstructorError(
                problem=str(error), problem_mark=node.start_mark
            ) from error


def yaml_load(text: str):
    """The YAML document as yaml.safe_load reads it. Whatever cannot be read raises yaml.YAMLError,
    with a problem_mark where the line is known."""
    loader = _YAMLLoader(text)
    try:
        return loader.get_single_data()
    except RecursionError as error:
        raise yaml.YAMLError(_("it is nested too deeply")) from error
    finally:
        loader.dispose()
