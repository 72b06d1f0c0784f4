"""newsdoc: plain-text news articles as typed, linked documents.

>>> import newsdoc
>>> article = newsdoc.parse("date 2024-01-05 Talks resume\\n\\nThe talks resumed.")
>>> article.date.isoformat(), article.paragraphs
('2024-01-05', ('The talks resumed.',))
"""

from importlib.metadata import PackageNotFoundError, version

from newsdoc._api import extract, parse, read
from newsdoc._errors import (
    NewsdocError,
    ParseError,
    Problem,
    ReadError,
    UnknownNameError,
    ValidationError,
)
from newsdoc._extract._actors import ActorsStep
from newsdoc._extract._doc import Doc
from newsdoc._extract._event_lexicon import EventLexicon, TriggerEntry
from newsdoc._extract._events import EventsStep
from newsdoc._extract._pipeline import Extractor, Pipeline, Step, default_pipeline
from newsdoc._extract._statements import StatementsStep
from newsdoc._extract._times import find_times
from newsdoc._json import (
    SCHEMA_VERSION,
    dump,
    dumps,
    from_dict,
    load,
    loads,
    loads_lines,
    read_jsonl,
    to_dict,
    write_jsonl,
)
from newsdoc._models import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventStatus,
    Mention,
    Participant,
    Quote,
    Role,
    Span,
    Statement,
    Time,
    TimeExpression,
    TimeType,
)
from newsdoc._schema import json_schema
from newsdoc._show import summary

try:
    __version__ = version("newsdoc")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "ActorsStep",
    "Article",
    "Doc",
    "Event",
    "EventLexicon",
    "EventStatus",
    "EventsStep",
    "Extractor",
    "Mention",
    "NewsdocError",
    "ParseError",
    "Participant",
    "Pipeline",
    "Problem",
    "Quote",
    "ReadError",
    "Role",
    "Span",
    "Statement",
    "StatementsStep",
    "Step",
    "Time",
    "TimeExpression",
    "TimeType",
    "TriggerEntry",
    "UnknownNameError",
    "ValidationError",
    "__version__",
    "default_pipeline",
    "dump",
    "dumps",
    "extract",
    "find_times",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "loads_lines",
    "parse",
    "read",
    "read_jsonl",
    "summary",
    "to_dict",
    "write_jsonl",
]
