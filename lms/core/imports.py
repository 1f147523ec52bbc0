"""The report of an all-or-nothing import: every problem found, and nothing written while there
is one. Each importer extends it with what it wrote and says where a problem is in its own terms
(a file and line, a question's number, a simulation's step)."""

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    problems: list[tuple] = field(default_factory=list)  # (where..., problem)

    @property
    def is_valid(self) -> bool:
        return not self.problems
