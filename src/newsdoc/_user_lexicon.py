"""User lexicons: an actor dictionary (CSV or JSON), extra cue verbs and event triggers.

An actor dictionary follows the habit of PETRARCH's actor dictionaries: each entry
names an actor, the other names it goes by, what it is, its country, codes from a
coding scheme (CAMEO, PLOVER) and the period in which the entry holds ("President"
names one person only during their term).

CSV form, one entry a row (a header line names the columns; only ``name`` and
``kind`` are required)::

    name,aliases,kind,country,codes,valid_from,valid_until
    Kim Jong Un,Kim|Kim Jong-un,person,PRK,PRKGOV,2011-12-17,

JSON form, which can also hold cue verbs and event triggers::

    {"actors": [{"name": "Kim Jong Un", "aliases": ["Kim"], "kind": "person",
                 "country": "PRK", "codes": ["PRKGOV"], "valid_from": "2011-12-17"}],
     "cues": ["fumed"],
     "triggers": [{"trigger": "blockade", "kind": "COERCE", "mode": "blockade"}]}
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import inspect
import io
import os
import re
from collections.abc import Iterable
from typing import Any

import attrs
import orjson

from newsdoc._errors import ParseError, Problem, ReadError, ValidationError
from newsdoc._extract._pipeline import Extractor, Pipeline, default_pipeline
from newsdoc._models import ActorKind
from newsdoc._seed import decode

__all__ = ["Lexicon", "LexiconEntry", "Trigger", "lexicon_from_dict", "load_lexicon", "pipeline_with_lexicon"]

_COUNTRY = re.compile(r"[A-Z]{3}\Z")
_KIND_SYNONYMS = {"organisation": "organization", "org": "organization", "place": "location"}
_COLUMNS = ("name", "aliases", "kind", "country", "codes", "valid_from", "valid_until")
_POS = ("verb", "noun", "fixed")


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _triggers(items: Iterable[Trigger]) -> tuple[Trigger, ...]:
    return tuple(items)


def _entries(items: Iterable[LexiconEntry]) -> tuple[LexiconEntry, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class LexiconEntry:
    """One actor of a user dictionary.

    Attributes:
        name: The canonical name, given to the actor.
        aliases: Other names that refer to it in text.
        kind: What the actor is.
        country: ISO 3166-1 alpha-3 code, when it has one.
        codes: Codes from a coding scheme (CAMEO, PLOVER actor codes...).
        valid_from: The first day the entry holds, or ``None``.
        valid_until: The last day the entry holds, or ``None``.
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    kind: ActorKind
    country: str | None = None
    codes: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def valid_on(self, day: dt.date) -> bool:
        """Whether the entry holds on ``day`` (both ends of the period included)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@attrs.frozen(kw_only=True)
class Trigger:
    """A user event trigger: a word or phrase, the event type it signals and its mode.

    Attributes:
        trigger: The word or phrase; a verb as its base form, a noun in the singular.
        kind: The event type (a PLOVER category, or one of your taxonomy).
        mode: A finer mode, or ``None``.
        pos: ``verb`` or ``noun`` to match every inflection ("blockades",
            "blockaded"), ``fixed`` (the default) to match the words as written.
    """

    trigger: str
    kind: str
    mode: str | None = None
    pos: str = "fixed"


@attrs.frozen(kw_only=True)
class Lexicon:
    """A user lexicon: actor entries, extra cue verbs and extra event triggers.

    Attributes:
        entries: The actor dictionary, in file order (earlier entries win a tie).
        cues: Extra reporting verbs for the ``statements`` step.
        triggers: Extra event triggers for the ``events`` step.
        source: The file it was read from, if any.
    """

    entries: tuple[LexiconEntry, ...] = attrs.field(default=(), converter=_entries)
    cues: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    triggers: tuple[Trigger, ...] = attrs.field(default=(), converter=_triggers)
    source: str | None = None

    def valid_on(self, day: dt.date) -> tuple[LexiconEntry, ...]:
        """The entries that hold on ``day``."""
        return tuple(e for e in self.entries if e.valid_on(day))


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(Problem(path, message))


def _text(value: object, path: str, problems: _Problems, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            problems.add(path, "required field missing")
        return None
    if not isinstance(value, str):
        problems.add(path, f"expected a string, got {type(value).__name__}")
        return None
    return value.strip() or None


def _list(value: object, path: str, problems: _Problems) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    problems.add(path, "expected a list of strings (or one string with '|' between items)")
    return ()


def _kind(value: object, path: str, problems: _Problems) -> ActorKind | None:
    text = _text(value, path, problems, required=True)
    if text is None:
        return None
    key = _KIND_SYNONYMS.get(text.lower(), text.lower())
    try:
        return ActorKind(key)
    except ValueError:
        allowed = ", ".join(k.value for k in ActorKind)
        problems.add(path, f"expected one of {allowed}, got {text!r}")
        return None


def _date(value: object, path: str, problems: _Problems) -> dt.date | None:
    text = _text(value, path, problems)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.add(path, f"expected a date as YYYY-MM-DD, got {text!r}")
        return None


def _entry(row: dict[str, Any], path: str, problems: _Problems) -> LexiconEntry | None:
    before = len(problems.items)
    name = _text(row.get("name"), f"{path}.name", problems, required=True)
    kind = _kind(row.get("kind"), f"{path}.kind", problems)
    country = _text(row.get("country"), f"{path}.country", problems)
    if country is not None:
        country = country.upper()
        if not _COUNTRY.match(country):
            problems.add(f"{path}.country", f"expected an ISO 3166-1 alpha-3 code (PRK), got {country!r}")
    valid_from = _date(row.get("valid_from"), f"{path}.valid_from", problems)
    valid_until = _date(row.get("valid_until"), f"{path}.valid_until", problems)
    if valid_from and valid_until and valid_until < valid_from:
        problems.add(
            f"{path}.valid_until", f"the period ends ({valid_until}) before it starts ({valid_from})"
        )
    aliases = _list(row.get("aliases"), f"{path}.aliases", problems)
    codes = _list(row.get("codes"), f"{path}.codes", problems)
    unknown = sorted(set(row) - set(_COLUMNS))
    if unknown:
        problems.add(path, "unknown field " + ", ".join(repr(u) for u in unknown))
    if len(problems.items) > before or name is None or kind is None:
        return None
    return LexiconEntry(
        name=name,
        aliases=aliases,
        kind=kind,
        country=country,
        codes=codes,
        valid_from=valid_from,
        valid_until=valid_until,
    )


def lexicon_from_dict(data: object, *, source: str | None = None) -> Lexicon:
    """Build a Lexicon from plain data, as the JSON form holds it.

    Args:
        data: ``{"actors": [...], "cues": [...], "triggers": [...]}`` (every key
            optional), or just the list of actor entries.
        source: Where it came from, for errors.

    Returns:
        The Lexicon.

    Raises:
        ValidationError: Listing every problem with its JSON path.
    """
    problems = _Problems()
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict):
        raise ValidationError([Problem("$", "expected an object or a list of actors")], path=source)
    for key in sorted(set(data) - {"actors", "cues", "triggers"}):
        problems.add(f"$.{key}", "unknown field (expected actors, cues, triggers)")
    actors = data.get("actors", [])
    entries: list[LexiconEntry] = []
    if not isinstance(actors, list):
        problems.add("$.actors", "expected an array")
        actors = []
    for i, row in enumerate(actors):
        if not isinstance(row, dict):
            problems.add(f"$.actors[{i}]", "expected an object")
            continue
        entry = _entry(row, f"$.actors[{i}]", problems)
        if entry is not None:
            entries.append(entry)
    cues = _list(data.get("cues"), "$.cues", problems)
    triggers: list[Trigger] = []
    raw_triggers = data.get("triggers", [])
    if not isinstance(raw_triggers, list):
        problems.add("$.triggers", "expected an array")
        raw_triggers = []
    for i, row in enumerate(raw_triggers):
        path = f"$.triggers[{i}]"
        if not isinstance(row, dict):
            problems.add(path, "expected an object")
            continue
        word = _text(row.get("trigger"), f"{path}.trigger", problems, required=True)
        kind = _text(row.get("kind"), f"{path}.kind", problems, required=True)
        mode = _text(row.get("mode"), f"{path}.mode", problems)
        pos = (_text(row.get("pos"), f"{path}.pos", problems) or "fixed").lower()
        if pos not in _POS:
            problems.add(f"{path}.pos", f"expected one of verb, noun, fixed, got {pos!r}")
        for key in sorted(set(row) - {"trigger", "kind", "mode", "pos"}):
            problems.add(f"{path}.{key}", "unknown field (expected trigger, kind, mode, pos)")
        if word and kind and pos in _POS:
            triggers.append(Trigger(trigger=word, kind=kind, mode=mode, pos=pos))
    if problems.items:
        raise ValidationError(problems.items, path=source)
    return Lexicon(entries=entries, cues=cues, triggers=triggers, source=source)


def _from_csv(text: str, source: str) -> Lexicon:
    # comments become blank lines (which csv skips), so line numbers stay those of the file
    lines = ["" if ln.lstrip().startswith("#") else ln for ln in text.splitlines()]
    offset = next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))
    lines = lines[offset:]
    dialect = "excel-tab" if lines and "\t" in lines[0] else "excel"
    reader = csv.DictReader(io.StringIO("\n".join(lines)), dialect=dialect)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ParseError(f"not a CSV file: {exc}", path=source, line=offset + 1) from None
    if header is None:
        raise ParseError("the lexicon is empty: expected a header line (name,aliases,kind,...)", path=source)
    reader.fieldnames = [f.strip().lower() for f in header]
    if "name" not in reader.fieldnames:
        raise ParseError(
            "the header line has no 'name' column",
            path=source,
            line=offset + 1,
            hint="columns: " + ",".join(_COLUMNS),
        )
    try:
        return _csv_entries(reader, source, offset)
    except csv.Error as exc:
        raise ParseError(f"not a CSV file: {exc}", path=source, line=reader.line_num + offset) from None


def _csv_entries(reader: csv.DictReader[str], source: str, offset: int) -> Lexicon:
    problems = _Problems()
    entries = []
    for row in reader:
        path = f"line {reader.line_num + offset}"
        if None in row:
            problems.add(path, "more cells than header columns")
            continue
        cells = {k: (v or "").strip() for k, v in row.items()}
        if not any(cells.values()):
            continue
        entry = _entry(cells, path, problems)
        if entry is not None:
            entries.append(entry)
    if problems.items:
        raise ValidationError(problems.items, path=source)
    return Lexicon(entries=entries, source=source)


def load_lexicon(path: str | os.PathLike[str]) -> Lexicon:
    """Read a user lexicon: CSV (or tab-separated) by default, JSON for ``.json`` files.

    Args:
        path: The file.

    Returns:
        The Lexicon, frozen.

    Raises:
        ReadError: If the file cannot be read.
        ParseError: If it is not CSV with a ``name`` column, or not JSON.
        ValidationError: Listing every bad entry (CSV: by line; JSON: by JSON path).
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ReadError(name, exc.strerror or str(exc)) from None
    text = decode(data, path=name)
    if name.lower().endswith(".json"):
        try:
            obj = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise ParseError(
                f"invalid JSON: {exc.msg}", path=name, line=exc.lineno, column=exc.colno
            ) from None
        return lexicon_from_dict(obj, source=name)
    return _from_csv(text, name)


def _takes(cls: type, keyword: str) -> bool:
    try:
        return keyword in inspect.signature(cls).parameters
    except (TypeError, ValueError):
        return False


def _with_cues(pipeline: Pipeline, cues: tuple[str, ...]) -> Pipeline:
    """The pipeline whose ``statements`` step also knows ``cues``, if its class takes ``extra_cues``."""
    if "statements" not in pipeline.names:
        return pipeline
    run: Any = pipeline.steps[pipeline.names.index("statements")].run
    if not _takes(type(run), "extra_cues"):
        return pipeline
    merged = frozenset(getattr(run, "extra_cues", ())) | frozenset(cues)
    step: Extractor = (
        attrs.evolve(run, extra_cues=merged) if attrs.has(type(run)) else type(run)(extra_cues=merged)
    )
    return pipeline.replace("statements", step)


def _event_lexicon(current: object, triggers: tuple[Trigger, ...]) -> object | None:
    """The events step's trigger lexicon (or newsdoc's) plus ``triggers``, or ``None``."""
    try:
        module = importlib.import_module("newsdoc._extract._event_lexicon")
    except ImportError:
        return None
    lexicon_class = module.EventLexicon
    base = current if isinstance(current, lexicon_class) else lexicon_class.default()
    rows = [
        {"trigger": e.trigger, "pos": e.pos, "kind": e.kind, "mode": e.mode or "", "requires": e.requires}
        for e in base.entries
    ]
    rows += [{"trigger": t.trigger, "pos": t.pos, "kind": t.kind, "mode": t.mode or ""} for t in triggers]
    combined: object = lexicon_class(rows, source=f"{base.source} + user triggers")
    return combined


def _with_triggers(pipeline: Pipeline, triggers: tuple[Trigger, ...]) -> Pipeline:
    """The pipeline whose ``events`` step also knows ``triggers``, if its class takes ``lexicon``."""
    if "events" not in pipeline.names:
        return pipeline
    run: Any = pipeline.steps[pipeline.names.index("events")].run
    if not _takes(type(run), "lexicon"):
        return pipeline
    lexicon = _event_lexicon(getattr(run, "lexicon", None), triggers)
    if lexicon is None:
        return pipeline
    step: Extractor = type(run)(lexicon=lexicon)
    return pipeline.replace("events", step)


def pipeline_with_lexicon(lexicon: Lexicon, base: Pipeline | None = None) -> Pipeline:
    """A pipeline that applies a user lexicon.

    The ``dictionary`` step is put right after ``actors`` (else before ``statements`` or
    ``events``, else at the end), or replaces the pipeline's own ``dictionary`` step. The
    lexicon's cue verbs are added to the ``statements`` step's ``extra_cues``, and its
    triggers to the trigger lexicon of the ``events`` step (rebuilt as
    ``EventsStep(lexicon=...)`` with newsdoc's triggers plus the user's), when those
    steps' classes take such an argument; otherwise they are left alone.

    Args:
        lexicon: The user lexicon.
        base: The pipeline to extend; newsdoc's default one if ``None``.

    Returns:
        The new Pipeline.
    """
    from newsdoc._extract._dictionary import DictionaryStep

    pipeline = default_pipeline() if base is None else base
    step = DictionaryStep(lexicon)
    names = pipeline.names
    if "dictionary" in names:
        pipeline = pipeline.replace("dictionary", step)
    elif "actors" in names:
        pipeline = pipeline.add("dictionary", step, after="actors")
    else:
        later = next((n for n in ("statements", "events") if n in names), None)
        pipeline = pipeline.add("dictionary", step, before=later)
    if lexicon.cues:
        pipeline = _with_cues(pipeline, lexicon.cues)
    if lexicon.triggers:
        pipeline = _with_triggers(pipeline, lexicon.triggers)
    return pipeline
