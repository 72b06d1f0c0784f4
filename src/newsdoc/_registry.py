"""Parsers, extraction steps and exporters found by name: built in, by entry point, or in code.

Each kind of plugin has a :class:`Registry` tied to an entry point group:

=====================  ==========================  ===========================================
group                  a name stands for           called as
=====================  ==========================  ===========================================
``newsdoc.parsers``    a :class:`Parser`           ``parser(text, source=...) -> Article``
``newsdoc.extractors`` a step factory              ``factory(**options) -> Extractor``
``newsdoc.exporters``  an :class:`Exporter`        ``exporter(articles, output=...) -> int``
=====================  ==========================  ===========================================

newsdoc's own formats, steps and exporters are declared the same way in its
``pyproject.toml``. Entry points are read at the first lookup and each one is imported
only when it is first used, then cached. A name registered in code (for instance with
``@newsdoc.register_parser("wire")``) wins over an entry point of the same name.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Generic, Protocol, TypeVar, overload, runtime_checkable

from newsdoc._errors import PluginError, UnknownNameError, UsageError
from newsdoc._extract._pipeline import Extractor
from newsdoc._models import Article

__all__ = [
    "BUILTIN",
    "EXPORTERS",
    "PARSERS",
    "STEPS",
    "Exporter",
    "Parser",
    "Registry",
    "StepFactory",
    "available_exporters",
    "available_parsers",
    "available_steps",
    "call_with_options",
    "get_exporter",
    "get_parser",
    "get_step",
    "register_exporter",
    "register_parser",
    "register_step",
]

#: The origin shown for what newsdoc itself provides.
BUILTIN = "built-in"
_IN_CODE = "registered in code"

T = TypeVar("T")


@runtime_checkable
class Parser(Protocol):
    """What a parser is: a callable that turns one document's text into an Article.

    It fills at least ``id``, ``date``, ``headline`` and ``paragraphs``; extraction runs on
    whatever it returns. Options a format needs (the ``plain`` format's ``date``) are extra
    keyword arguments with defaults. A parser whose Articles already hold extraction
    results (the ``json`` format) sets the attribute ``keeps_extraction = True``, so they
    are kept as they are unless re-extraction is asked for.
    """

    def __call__(self, text: str, /, *, source: str | None = None) -> Article: ...


@runtime_checkable
class Exporter(Protocol):
    """What an exporter is: a callable that writes Articles somewhere in another format.

    ``output`` is a file (``None`` for standard output) for exporters that write one
    stream, and a directory for those that write several tables. It returns how many
    records it wrote. An exporter that needs a directory sets ``needs_directory = True``.
    """

    def __call__(self, articles: Iterable[Article], /, *, output: str | None = None) -> int: ...


#: What ``newsdoc.extractors`` entry points name: a callable that builds a step.
StepFactory = Callable[..., Extractor]


class Registry(Generic[T]):
    """Names of one kind of plugin, with where each comes from.

    Args:
        group: The entry point group (``newsdoc.parsers``).
        what: What one item is called in messages (``parser``).
        builtins: newsdoc's own items as ``{name: "module:attribute"}``; they are used
            when the installed metadata lacks their entry points (a source checkout).
    """

    def __init__(self, group: str, what: str, builtins: dict[str, str]) -> None:
        self.group = group
        self.what = what
        self._builtins = dict(builtins)
        self._registered: dict[str, tuple[T, str]] = {}
        self._entry_points: dict[str, EntryPoint] | None = None
        self._loaded: dict[str, T] = {}

    def _discovered(self) -> dict[str, EntryPoint]:
        if self._entry_points is None:
            found: dict[str, EntryPoint] = {}
            for ep in entry_points(group=self.group):
                # newsdoc's own declaration of a name gives way to a plugin's
                if ep.name not in found or _origin_of(found[ep.name]) == BUILTIN:
                    found[ep.name] = ep
            self._entry_points = found
        return self._entry_points

    def register(self, name: str, item: T, *, origin: str = _IN_CODE) -> T:
        """Make ``item`` available under ``name`` (replacing any item of that name).

        Returns:
            ``item``, so this can be used in a decorator.
        """
        self._registered[name] = (item, origin)
        self._loaded.pop(name, None)
        return item

    def unregister(self, name: str) -> None:
        """Forget an item registered in code (entry points stay)."""
        self._registered.pop(name, None)
        self._loaded.pop(name, None)

    def refresh(self) -> None:
        """Read the entry points again at the next lookup (after installing a plugin)."""
        self._entry_points = None
        self._loaded.clear()

    def names(self) -> tuple[str, ...]:
        """Every available name, sorted."""
        return tuple(sorted({*self._builtins, *self._discovered(), *self._registered}))

    def origins(self) -> dict[str, str]:
        """``{name: origin}`` sorted by name; origin is ``built-in``, a distribution or code."""
        out: dict[str, str] = {}
        for name in self.names():
            if name in self._registered:
                out[name] = self._registered[name][1]
            elif name in self._discovered():
                out[name] = _origin_of(self._discovered()[name])
            else:
                out[name] = BUILTIN
        return out

    def get(self, name: str) -> T:
        """The item called ``name``, imported on first use.

        Raises:
            UnknownNameError: If no item has that name; the message lists those that do.
            PluginError: If the entry point cannot be imported.
        """
        if name in self._registered:
            return self._registered[name][0]
        if name in self._loaded:
            return self._loaded[name]
        ep = self._discovered().get(name)
        if ep is not None:
            try:
                item: T = ep.load()
            except Exception as exc:  # any import failure of a plugin is reported
                raise PluginError(
                    name, f"the {self.what} entry point {ep.value!r} could not be loaded: {exc}"
                ) from exc
        elif name in self._builtins:
            module, _, attribute = self._builtins[name].partition(":")
            item = getattr(importlib.import_module(module), attribute)
        else:
            raise UnknownNameError(self.what, name, self.names())
        self._loaded[name] = item
        return item


def _origin_of(ep: EntryPoint) -> str:
    dist = ep.dist
    if dist is None:
        return "entry point"
    name = dist.metadata["Name"] or ""
    if name.lower() == "newsdoc":
        return BUILTIN
    return f"{name} {dist.version}"


PARSERS: Registry[Parser] = Registry(
    "newsdoc.parsers",
    "parser",
    {
        "json": "newsdoc._formats:parse_json",
        "ninjs": "newsdoc._formats:parse_ninjs",
        "plain": "newsdoc._formats:parse_plain",
        "seed": "newsdoc._formats:parse_seed_text",
    },
)
STEPS: Registry[StepFactory] = Registry(
    "newsdoc.extractors",
    "extraction step",
    {
        "actors": "newsdoc._extract._pipeline:actors_step",
        "dictionary": "newsdoc._extract._dictionary:DictionaryStep",
        "events": "newsdoc._extract._pipeline:events_step",
        "spacy": "newsdoc._extract._spacy:SpacyStep",
        "statements": "newsdoc._extract._pipeline:statements_step",
        "times": "newsdoc._extract._pipeline:times_step",
    },
)
EXPORTERS: Registry[Exporter] = Registry(
    "newsdoc.exporters",
    "exporter",
    {
        "csv": "newsdoc._exporters:export_csv",
        "ninjs": "newsdoc._exporters:export_ninjs",
        "parquet": "newsdoc._exporters:export_parquet",
        "plover": "newsdoc._exporters:export_plover",
    },
)


def _decorator(registry: Registry[Any], name: str, item: Any) -> Any:
    if item is not None:
        return registry.register(name, item)

    def decorate(obj: Any) -> Any:
        return registry.register(name, obj)

    return decorate


@overload
def register_parser(name: str) -> Callable[[T], T]: ...
@overload
def register_parser(name: str, parser: T) -> T: ...
def register_parser(name: str, parser: Any = None) -> Any:
    """Make a parser available under a format name, in this process.

    Use it as a decorator, ``@newsdoc.register_parser("wire")``, or call it,
    ``newsdoc.register_parser("wire", parse_wire)``. A name registered in code wins over
    an entry point of the same name.

    Args:
        name: The format name, as given to ``--format`` and ``newsdoc.read(format=...)``.
        parser: The parser; omit it to get a decorator.

    Returns:
        The parser (or a decorator that registers and returns it).
    """
    return _decorator(PARSERS, name, parser)


@overload
def register_step(name: str) -> Callable[[T], T]: ...
@overload
def register_step(name: str, factory: T) -> T: ...
def register_step(name: str, factory: Any = None) -> Any:
    """Make an extraction step factory available under a step name, in this process.

    The factory is called with no arguments (or with keyword options) to build the
    step; an Extractor class whose constructor takes no required argument is one.

    Args:
        name: The step name, as given to ``--steps``.
        factory: The factory; omit it to get a decorator.

    Returns:
        The factory (or a decorator that registers and returns it).
    """
    return _decorator(STEPS, name, factory)


@overload
def register_exporter(name: str) -> Callable[[T], T]: ...
@overload
def register_exporter(name: str, exporter: T) -> T: ...
def register_exporter(name: str, exporter: Any = None) -> Any:
    """Make an exporter available under a name, in this process.

    Args:
        name: The exporter name, as given to ``newsdoc export --to``.
        exporter: The exporter; omit it to get a decorator.

    Returns:
        The exporter (or a decorator that registers and returns it).
    """
    return _decorator(EXPORTERS, name, exporter)


def get_parser(name: str) -> Parser:
    """The parser of a format.

    Args:
        name: The format name (``seed``, ``json``, ``plain``, ``ninjs`` or a plugin's).

    Returns:
        The parser, imported on first use.

    Raises:
        UnknownNameError: If no parser has that name (the message lists those that do).
        PluginError: If its entry point cannot be loaded.
    """
    return PARSERS.get(name)


def get_step(name: str) -> StepFactory:
    """The factory of an extraction step.

    Args:
        name: The step name (see ``newsdoc steps``).

    Returns:
        The factory; call it (with keyword options, if it takes any) to build the step.

    Raises:
        UnknownNameError: If no step has that name (the message lists those that do).
        PluginError: If its entry point cannot be loaded.
    """
    return STEPS.get(name)


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name``.

    Args:
        name: The exporter name (``ninjs``, ``plover``, ``csv``, ``parquet`` or a plugin's).

    Returns:
        The exporter, imported on first use.

    Raises:
        UnknownNameError: If no exporter has that name (the message lists those that do).
        PluginError: If its entry point cannot be loaded.
    """
    return EXPORTERS.get(name)


def available_parsers() -> dict[str, str]:
    """Every format name with where it comes from.

    Returns:
        ``{name: origin}`` sorted by name; the origin is ``built-in``, the distribution
        that declares the entry point (``newsdoc-example-plugin 0.1.0``) or
        ``registered in code``.
    """
    return PARSERS.origins()


def available_steps() -> dict[str, str]:
    """Every extraction step name with where it comes from.

    Returns:
        ``{name: origin}`` sorted by name, as :func:`available_parsers` gives them.
    """
    return STEPS.origins()


def available_exporters() -> dict[str, str]:
    """Every exporter name with where it comes from.

    Returns:
        ``{name: origin}`` sorted by name, as :func:`available_parsers` gives them.
    """
    return EXPORTERS.origins()


def call_with_options(what: str, func: Callable[..., T], *args: Any, **options: Any) -> T:
    """Call a plugin with keyword options, naming any option it lacks or does not take.

    Args:
        what: How messages name the plugin (``the plain format``).
        func: The plugin callable.
        *args: Positional arguments (the text, for a parser).
        **options: Keyword options.

    Returns:
        What ``func`` returns.

    Raises:
        UsageError: If ``func`` takes no keyword argument of one of the option names, or
            needs one that is not given.
    """
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):  # no signature to read: let the call decide
        params = None
    if params is not None:
        _check_options(what, params, len(args), options)
    return func(*args, **options)


def _check_options(
    what: str, params: Mapping[str, inspect.Parameter], given: int, options: dict[str, Any]
) -> None:
    kinds = {p.kind for p in params.values()}
    if inspect.Parameter.VAR_KEYWORD not in kinds:
        unknown = sorted(k for k in options if k not in params or params[k].kind is params[k].POSITIONAL_ONLY)
        if unknown:
            takes = sorted(
                k for k, p in params.items() if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
            )
            raise UsageError(
                f"{what} takes no option {', '.join(repr(u) for u in unknown)}"
                f" (it takes: {', '.join(takes) or 'none'})"
            )
    missing = []
    for i, (name, p) in enumerate(params.items()):
        if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and i < given:
            continue
        if name not in options:
            missing.append(name)
    if missing:
        raise UsageError(f"{what} needs {', '.join(repr(m) for m in missing)}")
