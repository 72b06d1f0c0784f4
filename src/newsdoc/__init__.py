"""newsdoc: plain-text news articles as typed, linked documents.

>>> import newsdoc
>>> article = newsdoc.parse("date 2024-01-05 Talks resume\\n\\nThe talks resumed.")
>>> article.date.isoformat(), article.paragraphs
('2024-01-05', ('The talks resumed.',))
"""

from importlib.metadata import PackageNotFoundError, version

from newsdoc._api import extract, parse, read, read_all
from newsdoc._errors import (
    NewsdocError,
    ParseError,
    PluginError,
    Problem,
    ReadError,
    UnknownNameError,
    UsageError,
    ValidationError,
)
from newsdoc._exporters import export, plover_records, to_ninjs
from newsdoc._extract import _words
from newsdoc._extract._actors import ActorsStep
from newsdoc._extract._dictionary import DictionaryStep
from newsdoc._extract._doc import Doc
from newsdoc._extract._event_lexicon import EventLexicon, TriggerEntry
from newsdoc._extract._events import EventsStep
from newsdoc._extract._pipeline import Extractor, Pipeline, Step, default_pipeline
from newsdoc._extract._spacy import SpacyStep
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
from newsdoc._registry import (
    Exporter,
    Parser,
    available_exporters,
    available_parsers,
    available_steps,
    get_exporter,
    get_parser,
    get_step,
    register_exporter,
    register_parser,
    register_step,
)
from newsdoc._schema import json_schema
from newsdoc._show import summary
from newsdoc._steps import make_step, pipeline_from_spec
from newsdoc._tables import actor_rows, event_rows, statement_rows
from newsdoc._user_lexicon import (
    Lexicon,
    LexiconEntry,
    Trigger,
    lexicon_from_dict,
    load_lexicon,
    pipeline_with_lexicon,
)

COMPILED: bool = not str(_words.__file__).endswith(".py")
"""True when the extraction rules run as compiled code: the build that
``HATCH_BUILD_HOOK_ENABLE_MYPYC=1`` makes (see the performance page of the docs)."""

try:
    __version__ = version("newsdoc")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "COMPILED",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "ActorsStep",
    "Article",
    "DictionaryStep",
    "Doc",
    "Event",
    "EventLexicon",
    "EventStatus",
    "EventsStep",
    "Exporter",
    "Extractor",
    "Lexicon",
    "LexiconEntry",
    "Mention",
    "NewsdocError",
    "ParseError",
    "Parser",
    "Participant",
    "Pipeline",
    "PluginError",
    "Problem",
    "Quote",
    "ReadError",
    "Role",
    "SpacyStep",
    "Span",
    "Statement",
    "StatementsStep",
    "Step",
    "Time",
    "TimeExpression",
    "TimeType",
    "Trigger",
    "TriggerEntry",
    "UnknownNameError",
    "UsageError",
    "ValidationError",
    "__version__",
    "actor_rows",
    "available_exporters",
    "available_parsers",
    "available_steps",
    "default_pipeline",
    "dump",
    "dumps",
    "event_rows",
    "export",
    "extract",
    "find_times",
    "from_dict",
    "get_exporter",
    "get_parser",
    "get_step",
    "json_schema",
    "lexicon_from_dict",
    "load",
    "load_lexicon",
    "loads",
    "loads_lines",
    "make_step",
    "parse",
    "pipeline_from_spec",
    "pipeline_with_lexicon",
    "plover_records",
    "read",
    "read_all",
    "read_jsonl",
    "register_exporter",
    "register_parser",
    "register_step",
    "statement_rows",
    "summary",
    "to_dict",
    "to_ninjs",
    "write_jsonl",
]
