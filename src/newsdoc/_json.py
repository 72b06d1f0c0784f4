"""Articles to JSON and back: the one cattrs converter, and JSON / JSON Lines I/O.

This is the only module that configures cattrs. Its hooks write dates as ISO 8601
strings and enums by value, and read strictly: a string where a number belongs, an
unknown key or an unknown enum value is a problem, never a silent coercion, because a
coerced value is lost data. Reading collects every problem with its JSON path.

Reading takes a fast path first: msgspec parses the JSON text into typed mirrors of the
models and builds the models from them (:func:`newsdoc._codegen.decode_function`). Input
it rejects is parsed again by orjson (syntax errors with line and column) and structured
by generated functions; only input that fails those too is read by cattrs with detailed
validation, to name every problem with its JSON path. All paths accept the same
documents. Writing fills msgspec structs with generated code for msgspec to write
(:func:`newsdoc._codegen.encode_function`); pretty output, and a model holding a value
msgspec would not write as orjson does, go through generated dicts and orjson.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs
import cattrs
import orjson
from cattrs.errors import ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from newsdoc._codegen import decode_function, encode_function, structure_function, unstructure_function
from newsdoc._errors import ParseError, Problem, ValidationError
from newsdoc._files import AtomicOutput, open_binary, read_error
from newsdoc._models import ActorKind, Article, EventStatus, Quote, Role, TimeType

__all__ = [
    "SCHEMA_VERSION",
    "dump",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "loads_lines",
    "read_jsonl",
    "to_dict",
    "write_jsonl",
]

#: The version of the JSON format; written as ``schema_version`` in every document.
SCHEMA_VERSION = 1
_VERSION_KEY = "schema_version"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_BOM = "\ufeff"
_BOM_BYTES = _BOM.encode("utf-8")
_ENUMS: tuple[type[enum.Enum], ...] = (ActorKind, EventStatus, Quote, Role, TimeType)
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Invalid(ValueError):
    """A value of the wrong shape; its message is shown to the user as is."""


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_type_name(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, float):
        # orjson reads integers beyond 64 bits as floats: show the number itself
        raise _Invalid(f"expected an integer, got {value!r}")
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(f"expected an integer, got {_type_name(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {_type_name(value)}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise _Invalid(f"expected a date as 'YYYY-MM-DD', got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"{value!r} is not a real calendar date") from None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: type) -> enum.Enum:
        try:
            return by_value[value]
        except (KeyError, TypeError):
            raise _Invalid(f"expected one of {allowed}, got {value!r}") from None

    return structure


def _is_tuple(tp: object) -> bool:
    return typing.get_origin(tp) is tuple


_TupleHook = Callable[[object, type], tuple[Any, ...]]


def _tuple_hook(conv: cattrs.Converter, *, detailed: bool) -> Callable[[Any], _TupleHook]:
    """Arrays only: a string or an object is never taken for a sequence of its characters or keys."""

    def factory(tp: Any) -> _TupleHook:
        item = typing.get_args(tp)[0]
        item_hook = conv.get_structure_hook(item)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise _Invalid(f"expected an array, got {_type_name(value)}")
            if not detailed:
                return tuple(item_hook(v, item) for v in value)
            out: list[Any] = []
            errors: list[Exception] = []
            for i, v in enumerate(value):
                try:
                    out.append(item_hook(v, item))
                except Exception as exc:  # noqa: BLE001 - collected and reported with its index
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"Structuring {tp!r} @ index {i}", i, item),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
            return tuple(out)

        return structure

    return factory


def _object_hook(conv: cattrs.Converter) -> Callable[[Any], Callable[[object, type], Any]]:
    """Models come from JSON objects only; anything else is named, not a confusing AttributeError."""

    def factory(cls: Any) -> Callable[[object, type], Any]:
        inner = make_dict_structure_fn(cls, conv)

        def structure(value: object, _: type) -> Any:
            if not isinstance(value, dict):
                raise _Invalid(f"expected an object, got {_type_name(value)}")
            return inner(value, cls)

        return structure

    return factory


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    # each enum by its own class: the str hook above would otherwise catch the StrEnums
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _enum_hook(cls))
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook(conv, detailed=detailed))
    conv.register_structure_hook_factory(attrs.has, _object_hook(conv))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda _t: lambda v: v.value
    )
    return conv


_FAST = _make_converter(detailed=False)
_DETAILED = _make_converter(detailed=True)
# Generated functions (newsdoc._codegen) do the common case fast; cattrs is the fallback
# for a model they do not support and the explainer of bad input.
_unstructure_article: Callable[[Article], dict[str, Any]] = (
    unstructure_function(Article, plain=True) or _FAST.get_unstructure_hook(Article)
)
_unstructure_native: Callable[[Article], dict[str, Any]] = (
    unstructure_function(Article, plain=False) or _unstructure_article
)
_generated_structure = structure_function(Article)
# JSON text -> Article in one step: msgspec reads into typed mirrors of the models, which
# generated code copies into them. Any failure falls back to orjson plus the functions
# above, and then to cattrs, which explain the problem.
_decode_fast = decode_function(Article, extra=((_VERSION_KEY, int, SCHEMA_VERSION),))
# Article -> JSON bytes: generated code fills msgspec structs, which msgspec writes in C.
# A model built by hand with a value msgspec would not write as orjson does is written
# by the generated dict functions above and orjson: the bytes are the same either way.
_encode_fast = encode_function(Article, extra=((_VERSION_KEY, int, SCHEMA_VERSION),))
_structure_fast: Callable[[Any], Article] = _generated_structure or (
    lambda data: _FAST.structure(data, Article)
)


def _format(exc: BaseException, _type: type | None) -> str:
    if isinstance(exc, _Invalid):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field{'s' if len(exc.extra_fields) > 1 else ''} " + ", ".join(
            repr(k) for k in sorted(exc.extra_fields)
        )
    if isinstance(exc, AttributeError) and ("items" in str(exc) or "keys" in str(exc)):
        return "expected an object"
    if isinstance(exc, TypeError) and "not iterable" in str(exc):
        return "expected an array"
    return str(exc) or type(exc).__name__


def to_dict(article: Article) -> dict[str, Any]:
    """The Article as plain Python data (dicts, lists, strings, numbers), JSON-ready.

    The dict carries ``schema_version`` first; :func:`from_dict` reads it back.
    """
    data = _unstructure_article(article)
    return {_VERSION_KEY: SCHEMA_VERSION, **data}


def from_dict(data: object) -> Article:
    """Build an Article from plain Python data, as :func:`to_dict` makes it.

    Raises:
        ValidationError: Listing every problem with its JSON path, e.g.
            ``$.statements[0].speaker: unknown actor id 'a9'``.
    """
    if not isinstance(data, dict):
        raise ValidationError([Problem("$", f"expected an object, got {_type_name(data)}")])
    version = data.get(_VERSION_KEY, SCHEMA_VERSION)
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ValidationError(
            [
                Problem(
                    f"$.{_VERSION_KEY}",
                    f"this newsdoc reads schema version {SCHEMA_VERSION}, got {version!r}",
                )
            ]
        )
    body = {k: v for k, v in data.items() if k != _VERSION_KEY}
    try:
        return _structure_fast(body)
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - any failure of the fast path is explained below
        pass
    try:
        article: Article = _DETAILED.structure(body, Article)
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - cattrs wraps field errors in groups
        messages = cattrs.transform_error(exc, path="$", format_exception=_format)
        problems = []
        for message in messages:
            text, _, path = message.rpartition(" @ ")
            problems.append(Problem(path or "$", text or message))
        raise ValidationError(problems) from None
    return article


def dumps(article: Article, *, pretty: bool = False) -> str:
    """Serialize an Article as one JSON object (compact, or indented with ``pretty``)."""
    return dumpb(article, pretty=pretty).decode("utf-8")


def dumpb(article: Article, *, pretty: bool = False, newline: bool = False) -> bytes:
    """:func:`dumps` as UTF-8 bytes, optionally ending in a newline (for JSON Lines)."""
    if _encode_fast is not None and not pretty:
        try:
            encoded = _encode_fast(article)
        except Exception:  # noqa: BLE001 - a value msgspec cannot write: orjson writes it, or says why not
            pass
        else:
            return encoded + b"\n" if newline else encoded
    option = (orjson.OPT_INDENT_2 if pretty else 0) | (orjson.OPT_APPEND_NEWLINE if newline else 0)
    data = _unstructure_native(article)
    return orjson.dumps({_VERSION_KEY: SCHEMA_VERSION, **data}, option=option)


def loads(data: str | bytes, *, source: str | None = None, line: int | None = None) -> Article:
    """Read an Article from a JSON object, as :func:`dumps` writes it.

    Args:
        data: The JSON text.
        source: Where it came from, for error messages.
        line: The line the object starts on in ``source`` (for JSON Lines), so errors
            point at the right line.

    Raises:
        ParseError: If the text is not JSON; the error names line and column.
        ValidationError: If the JSON is not a valid Article; every problem is listed
            with its JSON path.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        if data.startswith(_BOM_BYTES):  # a byte order mark is not content: editors add it
            data = data[len(_BOM_BYTES) :]
    elif data.startswith(_BOM):
        data = data[1:]
    if _decode_fast is not None:
        try:
            article, struct = _decode_fast(data)
        except Exception:  # noqa: BLE001 - any failure is explained by the strict path below
            pass
        else:
            if struct.schema_version == SCHEMA_VERSION:
                fast: Article = article
                return fast
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        first = 1 if line is None else line
        _check_encoding(data, source, first)
        raise ParseError(
            f"invalid JSON: {exc.msg}", path=source, line=first + exc.lineno - 1, column=exc.colno
        ) from None
    try:
        return from_dict(obj)
    except ValidationError as exc:
        raise exc.located(source, line) from None


def _check_encoding(data: str | bytes, source: str | None, first_line: int) -> None:
    """Say where text that is not UTF-8 (or holds lone surrogates) goes wrong, with line and column."""
    if isinstance(data, bytes):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = data[: exc.start]
            line = before.count(b"\n")
            column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
            raise ParseError(
                f"byte 0x{data[exc.start]:02x} is not valid UTF-8",
                path=source, line=first_line + line, column=column,
                hint="save the file as UTF-8",
            ) from None
        return
    found = _SURROGATE.search(data)
    if found is not None:
        offset = found.start()
        line = data.count("\n", 0, offset)
        column = offset - (data.rfind("\n", 0, offset) + 1) + 1
        raise ParseError(
            f"lone surrogate {found.group()!r} is not a character",
            path=source, line=first_line + line, column=column,
        )


def dump(article: Article, fp: IO[str], *, pretty: bool = False) -> None:
    """Write an Article as JSON to an open text file."""
    fp.write(dumps(article, pretty=pretty))
    fp.write("\n")


def load(fp: IO[str] | IO[bytes], *, source: str | None = None) -> Article:
    """Read one Article from an open file holding a JSON object."""
    name = source if source is not None else getattr(fp, "name", None)
    return loads(fp.read(), source=name if isinstance(name, str) else None)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Read Articles from a JSON Lines file lazily, one per non-blank line.

    A file whose name ends in ``.gz`` is decompressed on the fly.

    Raises:
        ReadError: If the file cannot be opened or read.
        ParseError: If a line is not JSON; the error names the line and column.
        ValidationError: If a line is not a valid Article; the error names the line and
            the JSON path of each problem.
    """
    name = os.fspath(path)
    try:
        fh = open_binary(name)
    except OSError as exc:
        raise read_error(name, exc) from None
    try:
        number = 0
        while True:
            try:
                raw = fh.readline()
            except (OSError, EOFError) as exc:
                raise read_error(name, exc) from None
            if not raw:
                break
            number += 1
            if raw.strip():
                yield loads(raw, source=name, line=number)
    finally:
        fh.close()


def loads_lines(data: str | bytes, *, source: str | None = None) -> Iterator[Article]:
    """Read Articles from JSON Lines held in memory, one per non-blank line."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.strip():
            yield loads(line, source=source, line=number)


def write_jsonl(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Write Articles to a JSON Lines file atomically, one compact object per line.

    The lines go to a temporary file beside ``path`` that replaces it only when every
    article is written, so an interrupted run never leaves a truncated file behind. A
    name ending in ``.gz`` gives a gzip-compressed file.

    Returns:
        How many articles were written.

    Raises:
        ReadError: If the file cannot be written.
    """
    count = 0
    with AtomicOutput(os.fspath(path)) as fh:
        for article in articles:
            fh.write(dumpb(article, newline=True))
            count += 1
    return count
