"""A case simulation as a YAML file people can review, imported all or nothing and exported.

The format is documented in content/README.md ("Case simulations"); content/simulations/ holds
the demo course's. Importing a file whose code names an existing simulation updates it (and
publishes the new revision) instead of adding a second one. A file with a `language` (`S7.ur.yaml`)
translates the English simulation with its code: only the words, all or nothing.
"""

from dataclasses import dataclass, field

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from lms.core.imports import ImportReport, yaml_load
from lms.core.permissions import ActionDenied

from .blocks import MAX_STEP_MINUTES
from .models import Competency, Simulation, SimulationPassRule, step_block_data
from .rules import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    RISK_ORDER,
    Graph,
    Option,
    Step,
    StepKind,
    graph_problems,
)

FORMAT = "tahaffuz-simulation"
VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_STEPS = 60

TOP_FIELDS = (
    "format",
    "version",
    "code",
    "day",
    "title",
    "initial_risk",
    "pass_percent",
    "attempts_allowed",
    "risk_points",
    "risk_competency",
    "competency_minimums",
    "brief",
    "case_file",
    "steps",
)
STEP_COMMON_FIELDS = ("key", "kind", "title", "text")
STEP_FIELDS = {
    StepKind.SITUATION: (*STEP_COMMON_FIELDS, "risk_level", "next_step", "minutes", "late_step"),
    StepKind.DECISION: (
        *STEP_COMMON_FIELDS,
        "risk_level",
        "asks_risk",
        "risk_accepted",
        "risk_adjacent_half",
        "facilitator_reviews",
        "options",
    ),
    StepKind.END: (*STEP_COMMON_FIELDS, "debrief", "harmful"),
}
# A translation's file holds these words; everything else is the English simulation's.
TRANSLATED_FIELDS = ("title", "brief", "case_file")
TRANSLATED_STEP_FIELDS = ("title", "text", "debrief")
TRANSLATED_OPTION_FIELDS = ("text", "feedback")
OPTION_FIELDS = (
    "text",
    "feedback",
    "next_step",
    "minutes",
    "points",
    "critical",
    "protective",
    "late_step",
)


class SimulationTransferDenied(ActionDenied):
    message = gettext_lazy("Only people who author and publish case simulations import them.")


class SimulationExportDenied(ActionDenied):
    message = gettext_lazy("Only people who may see case simulations export them.")


def may_import_simulations(user) -> bool:
    return all(
        user.has_perm(f"simulations.{action}_simulation") for action in ("add", "change", "publish")
    )


# --- Export ---------------------------------------------------------------------------------


def _step_document(step: Step) -> dict:
    """A step as the file writes it: defaults (no risk level, no late step, false) left out."""
    data = {"key": step.key, "kind": str(step.kind), "title": step.title, "text": step.text}
    if step.kind == StepKind.END:
        data["debrief"] = step.debrief
        if step.harmful:
            data["harmful"] = True
        return data
    if step.risk_level:
        data["risk_level"] = str(step.risk_level)
    if step.kind == StepKind.SITUATION:
        (option,) = step.options
        data["next_step"] = option.next_step
        if option.minutes:
            data["minutes"] = option.minutes
        if option.late_step:
            data["late_step"] = option.late_step
        return data
    if step.asks_risk:
        data["asks_risk"] = True
    if step.risk_accepted:
        data["risk_accepted"] = [str(level) for level in step.risk_accepted]
    for flag in ("risk_adjacent_half", "facilitator_reviews"):
        if getattr(step, flag):
            data[flag] = True
    data["options"] = [_option_document(option) for option in step.options]
    return data


def _option_document(option: Option) -> dict:
    data = {
        "text": option.text,
        "feedback": option.feedback,
        "next_step": option.next_step,
        "minutes": option.minutes,
        "points": dict(option.points),
    }
    for flag in ("critical", "protective"):
        if getattr(option, flag):
            data[flag] = True
    if option.late_step:
        data["late_step"] = option.late_step
    return data


def _document_in(document: dict, language: str) -> dict:
    """The document as a translation's file has it: its language after its code."""
    head = dict(list(document.items())[:3])  # format, version, code
    return {**head, "language": language, **document}


def simulation_document(simulation: Simulation) -> dict:
    graph = simulation.graph(deadlines={})
    document = {
        "format": FORMAT,
        "version": VERSION,
        "code": simulation.code,
        "day": simulation.course_day,
        "title": simulation.title,
        "initial_risk": str(simulation.initial_risk),
        "pass_percent": simulation.pass_percent,
        "attempts_allowed": simulation.attempts_allowed,
        "risk_points": simulation.risk_points,
        "risk_competency": graph.risk_competency,
        "competency_minimums": simulation.pass_rule().competency_percent,
        "brief": simulation.brief,
        "case_file": simulation.case_file,
        "steps": [_step_document(step) for step in graph.steps],
    }
    if simulation.locale_id != Locale.get_default().pk:
        return _document_in(document, simulation.locale.language_code)
    return document


class _Dumper(yaml.SafeDumper):
    """Multi-line text (the HTML of briefs, steps and debriefs) as literal blocks."""


def _represent_text(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)


def simulation_yaml(document: dict) -> str:
    return yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def simulation_export(*, simulation: Simulation, by) -> str:
    """The simulation as its YAML file. `by` must see simulations (SimulationExportDenied)."""
    SimulationExportDenied.unless(by.has_perm("simulations.view_simulation"))
    return simulation_yaml(simulation_document(simulation))


# --- Import ---------------------------------------------------------------------------------


@dataclass
class SimulationFile(ImportReport):
    """A simulation file as read and checked: the simulation's values, its steps for the rules,
    and every problem with where it is (e.g. "step D1, option 2", or "" for the whole file)."""

    fields: dict = field(default_factory=dict)  # the Simulation's values, by model field
    steps: tuple[Step, ...] = ()
    text: str = ""  # the file as the export writes it


@dataclass
class SimulationImportReport(ImportReport):
    """Each problem is (where, problem), as in the file's SimulationFile."""

    simulation: Simulation | None = None
    created: bool = False
    unchanged: bool = False  # the file is the simulation as it stands: nothing was written


class _Checker:
    """Reads the document into model values, noting every problem with where it is."""

    def __init__(self, report: SimulationFile, competencies: set[str]):
        self.report, self.competencies = report, competencies

    def problem(self, where: str, message: str) -> None:
        self.report.problems.append((where, message))

    def unknown(self, where: str, data: dict, known) -> None:
        for name in data:
            if name not in known:
                self.problem(where, _("Unknown field “%(field)s”.") % {"field": name})

    def text(self, where, data, name, *, required=True, max_length=None) -> str:
        value = data.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problem(where, _("“%(field)s” must be text.") % {"field": name})
            return ""
        if required and not value.strip():
            self.problem(where, _("“%(field)s” is missing.") % {"field": name})
        if max_length and len(value) > max_length:
            self.problem(
                where,
                _("“%(field)s” is longer than %(max)d characters.")
                % {"field": name, "max": max_length},
            )
        return value

    def integer(self, where, data, name, *, default, low=None, high=None, optional=False):
        value = data.get(name, default)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, _("“%(field)s” must be a whole number.") % {"field": name})
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(
                where,
                _("“%(field)s” must be between %(low)s and %(high)s.")
                % {"field": name, "low": low, "high": "∞" if high is None else high},
            )
        return value

    def flag(self, where, data, name) -> bool:
        value = data.get(name, False)
        if not isinstance(value, bool):
            self.problem(where, _("“%(field)s” must be true or false.") % {"field": name})
            return False
        return value

    def risk(self, where, value, name) -> str:
        if value in ("", None):
            return ""
        if value not in RISK_ORDER:
            self.problem(
                where,
                _("“%(field)s” must be one of high, medium, low or none.") % {"field": name},
            )
            return ""
        return value

    def competency_values(self, where, data, name, *, low, high) -> dict[str, int]:
        value = data.get(name) or {}
        if not isinstance(value, dict):
            self.problem(
                where, _("“%(field)s” must map competency codes to numbers.") % {"field": name}
            )
            return {}
        checked = {}
        for code, number in value.items():
            if code not in self.competencies:
                self.problem(where, _("Unknown competency “%(code)s”.") % {"code": code})
            elif (
                isinstance(number, bool) or not isinstance(number, int) or not low <= number <= high
            ):
                self.problem(
                    where,
                    _("“%(code)s” must be a whole number from %(low)s to %(high)s.")
                    % {"code": code, "low": low, "high": high},
                )
            else:
                checked[code] = number
        return checked

    def step(self, number: int, data) -> Step | None:
        if not isinstance(data, dict):
            self.problem(_("step %(n)d") % {"n": number}, _("Each step must be a mapping."))
            return None
        key = data.get("key")
        where = _("step %(key)s") % {"key": key} if key else _("step %(n)d") % {"n": number}
        if not isinstance(key, str) or not key.strip() or len(key) > 30:
            self.problem(where, _("“key” must be a short name of up to 30 characters."))
            key = str(key or "")
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in STEP_FIELDS:
            self.problem(where, _("“kind” must be situation, decision or end."))
            return None
        kind = StepKind(kind)
        self.unknown(where, data, STEP_FIELDS[kind])
        common = {
            "key": key,
            "kind": kind,
            "title": self.text(where, data, "title", max_length=120),
            "text": self.text(where, data, "text"),
        }
        if kind == StepKind.END:
            return Step(
                debrief=self.text(where, data, "debrief"),
                harmful=self.flag(where, data, "harmful"),
                **common,
            )
        risk_level = self.risk(where, data.get("risk_level"), "risk_level")
        if kind == StepKind.SITUATION:
            option = Option(
                text="",
                next_step=self.text(where, data, "next_step", max_length=30),
                minutes=self.integer(
                    where, data, "minutes", default=0, low=0, high=MAX_STEP_MINUTES
                ),
                late_step=self.text(where, data, "late_step", required=False, max_length=30),
            )
            return Step(options=(option,), risk_level=risk_level, **common)
        accepted = data.get("risk_accepted") or []
        if not isinstance(accepted, list):
            self.problem(where, _("“risk_accepted” must be a list of risk levels."))
            accepted = []
        options = data.get("options")
        if not isinstance(options, list) or not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            self.problem(
                where,
                _("A decision needs a list of %(min)s to %(max)s options.")
                % {"min": MIN_OPTIONS, "max": MAX_OPTIONS},
            )
            options = options if isinstance(options, list) else []
        return Step(
            risk_level=risk_level,
            asks_risk=self.flag(where, data, "asks_risk"),
            risk_accepted=tuple(self.risk(where, level, "risk_accepted") for level in accepted),
            risk_adjacent_half=self.flag(where, data, "risk_adjacent_half"),
            facilitator_reviews=self.flag(where, data, "facilitator_reviews"),
            options=tuple(
                self.option(f"{where}, " + _("option %(n)d") % {"n": index}, option)
                for index, option in enumerate(options, start=1)
            ),
            **common,
        )

    def option(self, where: str, data) -> Option:
        if not isinstance(data, dict):
            self.problem(where, _("Each option must be a mapping."))
            return Option(text="", next_step="")
        self.unknown(where, data, OPTION_FIELDS)
        return Option(
            text=self.text(where, data, "text", max_length=300),
            feedback=self.text(where, data, "feedback"),
            next_step=self.text(where, data, "next_step", max_length=30),
            minutes=self.integer(where, data, "minutes", default=0, low=0, high=MAX_STEP_MINUTES),
            points=self.competency_values(where, data, "points", low=-20, high=20),
            critical=self.flag(where, data, "critical"),
            protective=self.flag(where, data, "protective"),
            late_step=self.text(where, data, "late_step", required=False, max_length=30),
        )


def _document_load(content: str | bytes, report: SimulationFile):
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            report.problems.append(("", _("The file is larger than 2 MB.")))
            return None
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            report.problems.append(("", _("The file is not UTF-8 text.")))
            return None
    try:
        data = yaml_load(content)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = _("line %(line)d") % {"line": mark.line + 1} if mark else ""
        report.problems.append(
            (
                where,
                _("The file is not valid YAML: %(error)s")
                % {"error": getattr(error, "problem", error)},
            )
        )
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        report.problems.append(
            (
                "",
                _(
                    "This is not a Tahaffuz simulation file (format %(format)s, version %(version)s)."
                )
                % {"format": FORMAT, "version": VERSION},
            )
        )
        return None
    return data


def _fields_check(data: dict, checker: _Checker) -> dict:
    checker.unknown("", data, (*TOP_FIELDS, "language"))
    code = checker.text("", data, "code", max_length=40)
    if code and not code.replace("-", "").replace("_", "").isalnum():
        checker.problem("", _("“code” may hold only letters, digits, hyphens and underscores."))
    risk_competency = checker.text("", data, "risk_competency", required=False)
    if risk_competency and risk_competency not in checker.competencies:
        checker.problem("", _("Unknown competency “%(code)s”.") % {"code": risk_competency})
    steps = data.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        checker.problem("", _("“steps” must list 1 to %(max)d steps.") % {"max": MAX_STEPS})
        steps = []
    return {
        "code": code,
        "course_day": checker.integer("", data, "day", default=None, low=1, high=60, optional=True),
        "title": checker.text("", data, "title", max_length=200),
        "initial_risk": checker.risk("", data.get("initial_risk"), "initial_risk") or "medium",
        "pass_percent": checker.integer("", data, "pass_percent", default=60, low=0, high=100),
        "attempts_allowed": checker.integer(
            "", data, "attempts_allowed", default=None, low=1, high=100, optional=True
        ),
        "risk_points": checker.integer("", data, "risk_points", default=5, low=0, high=100),
        "risk_competency": risk_competency,
        "minimums": checker.competency_values("", data, "competency_minimums", low=0, high=100),
        "brief": checker.text("", data, "brief"),
        "case_file": checker.text("", data, "case_file", required=False),
        "steps": [checker.step(number, step) for number, step in enumerate(steps, start=1)],
    }


def _document_check(data: dict, read: SimulationFile, competencies: set[str]) -> None:
    read.fields = _fields_check(data, _Checker(read, competencies))
    steps = read.fields.pop("steps")
    read.steps = tuple(step for step in steps if step is not None)
    if steps and None not in steps:  # the links between the steps are all known
        for problem in graph_problems(Graph(steps=read.steps)):
            where = _("step %(key)s") % {"key": problem.step} if problem.step else ""
            read.problems.append((where, problem.message))
    read.text = simulation_yaml(data)


def simulation_file_read(content: str | bytes, *, competencies: set[str]) -> SimulationFile:
    """Read and check a simulation file against the competency codes known. No database."""
    read = SimulationFile()
    data = _document_load(content, read)
    if data is not None:
        _document_check(data, read, competencies)
    return read


class _Merger:
    """Lays a translation's words over its English simulation's document, noting every field
    that is not a translated word yet differs from the English."""

    def __init__(self, read: SimulationFile):
        self.read = read

    def problem(self, where: str, message: str) -> None:
        self.read.problems.append((where, message))

    def words(self, where: str, data: dict, source: dict, translated, structural=()) -> dict:
        """The source with the data's translated fields; any other field must be the source's."""
        merged = dict(source)
        for name in translated:
            if source.get(name) and name not in data:
                self.problem(
                    where,
                    _("“%(field)s” is missing: a translation translates every text.")
                    % {"field": name},
                )
        for name, value in data.items():
            if name in translated:
                merged[name] = value
            elif name in structural:
                continue
            elif name not in source and not value:
                continue  # a default written out
            elif name in source and value != source[name]:
                self.problem(
                    where,
                    _(
                        "“%(field)s” must be left out or be as in the English simulation: "
                        "a translation changes only the words."
                    )
                    % {"field": name},
                )
            elif name not in source:
                merged[name] = value  # reported as unknown, or as differing, when checked
        return merged

    def document(self, data: dict, source: dict) -> dict:
        merged = self.words("", data, source, TRANSLATED_FIELDS, ("language", "reviewed", "steps"))
        if not isinstance(data.get("reviewed", False), bool):
            self.problem("", _("“%(field)s” must be true or false.") % {"field": "reviewed"})
        keys = [step["key"] for step in source["steps"]]
        steps = data.get("steps")
        if (
            not isinstance(steps, list)
            or [step.get("key") if isinstance(step, dict) else None for step in steps] != keys
        ):
            self.problem(
                "",
                _("A translation holds the English simulation's steps in the same order: %(keys)s.")
                % {"keys": ", ".join(keys)},
            )
            return merged
        merged["steps"] = [
            self.step(step, original) for step, original in zip(steps, source["steps"], strict=True)
        ]
        return merged

    def step(self, data: dict, source: dict) -> dict:
        where = _("step %(key)s") % {"key": source["key"]}
        merged = self.words(where, data, source, TRANSLATED_STEP_FIELDS, ("options",))
        if "options" not in source:
            if "options" in data:
                self.problem(where, _("This step has no options in the English simulation."))
            return merged
        options = data.get("options")
        if not isinstance(options, list) or len(options) != len(source["options"]):
            self.problem(
                where,
                _("A translation holds the English step's %(count)d options in the same order.")
                % {"count": len(source["options"])},
            )
            return merged
        merged["options"] = [
            self.words(
                f"{where}, " + _("option %(n)d") % {"n": number},
                option if isinstance(option, dict) else {},
                original,
                TRANSLATED_OPTION_FIELDS,
            )
            for number, (option, original) in enumerate(
                zip(options, source["options"], strict=True), start=1
            )
        ]
        return merged


def _translation_read(data: dict, read: SimulationFile):
    """The English simulation the file translates, the language, and the English document with
    the file's words; Nones after saying why not."""
    default = Locale.get_default()
    locale = (
        Locale.objects.filter(language_code=str(data.get("language")))
        .exclude(pk=default.pk)
        .first()
    )
    if locale is None:
        read.problems.append(
            ("", _("“language” must be a language the site translates into, such as ur or ps."))
        )
    english = Simulation.objects.filter(code=str(data.get("code") or ""), locale=default).first()
    if english is None:
        read.problems.append(
            (
                "",
                _("There is no English simulation with the code “%(code)s” to translate.")
                % {"code": data.get("code")},
            )
        )
    if locale is None or english is None:
        return None, None, None
    source = _document_in(simulation_document(english), locale.language_code)
    return english, locale, _Merger(read).document(data, source)


def simulation_import(*, content: str | bytes, by) -> SimulationImportReport:
    """Check the whole file; write the simulation (new, or the one with its code) and publish it
    only if nothing is wrong. A file with a `language` writes that translation of the English
    simulation with its code. `by` must author and publish simulations; None is the system."""
    if by is not None:
        SimulationTransferDenied.unless(may_import_simulations(by))
    competencies = set(Competency.objects.values_list("code", flat=True))
    read = SimulationFile()
    data = _document_load(content, read)
    english = locale = None
    if data is not None and "language" in data:
        english, locale, data = _translation_read(data, read)
    report = SimulationImportReport(problems=read.problems)
    if data is None or not read.is_valid:
        return report
    _document_check(data, read, competencies)
    if report.is_valid:
        with transaction.atomic():
            _simulation_write(report, read, by, translates=english, locale=locale)
    return report


def _simulation_write(
    report: SimulationImportReport,
    read: SimulationFile,
    by,
    *,
    translates: Simulation | None,
    locale,
) -> None:
    """Write the checked file: the English simulation with its code, or the translation of
    `translates` into `locale` (created from it if need be)."""
    fields = dict(read.fields)
    if translates is None:
        locale = Locale.get_default()
        found = Simulation.objects.filter(code=fields["code"], locale=locale)
    else:
        found = Simulation.objects.filter(translation_key=translates.translation_key, locale=locale)
    simulation = found.select_for_update().first()
    report.created = simulation is None
    if simulation and simulation_yaml(simulation_document(simulation)) == read.text:
        report.unchanged, report.simulation = True, simulation
        return
    if simulation is None:
        simulation = (
            translates.copy_for_translation(locale)
            if translates
            else Simulation(code=fields["code"])
        )
    minimums = fields.pop("minimums")
    risk_competency = fields.pop("risk_competency")
    for name, value in fields.items():
        setattr(simulation, name, value)
    competencies = Competency.objects.in_bulk([risk_competency, *minimums], field_name="code")
    simulation.risk_competency = competencies.get(risk_competency)
    simulation.steps = [step_block_data(step) for step in read.steps]
    simulation.pass_rules = [
        SimulationPassRule(competency=competencies[code], min_percent=percent)
        for code, percent in minimums.items()
    ]
    try:
        simulation.full_clean()
    except ValidationError as error:
        report.problems.extend(("", message) for message in error.messages)
        return
    simulation.save()
    simulation.save_revision(user=by).publish(user=by)
    report.simulation = simulation
