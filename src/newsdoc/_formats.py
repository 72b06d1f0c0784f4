"""The built-in input formats (``seed``, ``json``, ``plain``, ``ninjs``) and format sniffing.

Each format is a :class:`~newsdoc.Parser` registered under its name in the
``newsdoc.parsers`` entry point group, exactly as a plugin's format would be. This module
also reads a file into parsed Articles, one per document (one per line for JSON Lines),
choosing the format from the file's extension and content when none is given.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import PurePath
from typing import IO, Any

import attrs
import orjson

from newsdoc._errors import ParseError, UsageError, ValidationError
from newsdoc._files import open_binary, read_error
from newsdoc._json import loads
from newsdoc._models import Article
from newsdoc._registry import Parser, call_with_options, get_parser
from newsdoc._seed import blocks, decode, parse_seed, split_lines

__all__ = [
    "html_paragraphs",
    "parse_document",
    "parse_json",
    "parse_ninjs",
    "parse_plain",
    "parse_seed_text",
    "parsed_documents",
    "sniff_format",
]

_LINE_SUFFIXES = (".jsonl", ".ndjson")
_SEED_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]", re.IGNORECASE)
_NINJS_KEYS = frozenset(
    {"uri", "headlines", "bodies", "body_text", "body_html", "versioncreated", "firstcreated", "headline"}
)
_ID_UNSAFE = re.compile(r"[^\w.-]+")
_PLAIN_HINT = (
    "the first line must read 'date YYYY-MM-DD Headline'; for a headline and paragraphs "
    "without a date line, give the date: --date YYYY-MM-DD (date=... in Python)"
)


def _article_id(source: str | None) -> str:
    return PurePath(source).stem if source and source not in ("-", "<stdin>") else "article"


def _blocks(text: str) -> list[str]:
    """Blank-line separated blocks of ``text``, each with its lines kept as written."""
    return blocks(split_lines(text))


def parse_seed_text(text: str, /, *, source: str | None = None) -> Article:
    """The ``seed`` format: a ``date YYYY-MM-DD Headline`` line, then paragraphs.

    Args:
        text: The article text.
        source: Where it came from; named in errors, and its stem becomes the id.

    Returns:
        The Article, with nothing extracted yet.

    Raises:
        ParseError: If the text does not follow the format.
    """
    return parse_seed(text, source=source)


class _JsonParser:
    """The ``json`` format: one newsdoc Article JSON object, kept with its extraction."""

    keeps_extraction = True

    def __call__(self, text: str, /, *, source: str | None = None) -> Article:
        """Read a newsdoc JSON object (as ``newsdoc parse`` writes it).

        Raises:
            ParseError: If the text is not JSON.
            ValidationError: If it is not a valid Article.
        """
        return loads(text, source=source)


#: The ``json`` format: newsdoc's own JSON (and, one object a line, JSON Lines). Its
#: Articles keep their extraction unless re-extraction is asked for.
parse_json = _JsonParser()


def _as_date(value: dt.date | str | None, what: str) -> dt.date:
    if value is None:
        raise UsageError(
            f"the {what} format has no date in the text: give one with --date YYYY-MM-DD "
            "(or date=... in Python)"
        )
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def parse_plain(text: str, /, *, source: str | None = None, date: dt.date | str | None = None) -> Article:
    """The ``plain`` format: a headline, a blank line, then blank-line separated paragraphs.

    Plain text carries no date, so it is given: ``--date 2024-01-05`` on the command line,
    ``date="2024-01-05"`` in Python.

    Args:
        text: The article text.
        source: Where it came from; named in errors, and its stem becomes the id.
        date: The publication date, as a date or ``YYYY-MM-DD``.

    Returns:
        The Article, with nothing extracted yet.

    Raises:
        UsageError: If no date (or a malformed one) is given.
        ParseError: If the text is empty.
    """
    day = _as_date(date, "plain")
    if text.startswith("\ufeff"):
        text = text[1:]
    blocks = _blocks(text)
    if not blocks:
        raise ParseError("the text is empty: expected a headline", path=source, line=1, column=1)
    headline = " ".join(blocks[0].split())
    return Article(id=_article_id(source), date=day, headline=headline, paragraphs=blocks[1:])


class _HTMLText(HTMLParser):
    """The text of the block elements of an HTML fragment, one string per block."""

    _BLOCKS = frozenset({"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td"})
    _SKIP = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._parts: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append(text)
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # the standard library asserts on a malformed "<![..." section; a browser skips
        # it as a bogus comment, up to the next ">"
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i)
            return -1 if j < 0 else j + 1


def html_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment: the text of each block element, spaces collapsed."""
    reader = _HTMLText()
    reader.feed(html)
    reader.close()
    reader._flush()
    return reader.blocks


def _text_paragraphs(text: str) -> list[str]:
    blocks = _blocks(text)
    if len(blocks) == 1 and "\n" in blocks[0]:  # one paragraph a line, no blank lines
        return [ln.strip() for ln in blocks[0].split("\n") if ln.strip()]
    return [b.strip() for b in blocks]


def _pick(items: object, prefer_role: str = "main") -> list[dict[str, Any]]:
    if not isinstance(items, list):
        return []
    good = [i for i in items if isinstance(i, dict) and isinstance(i.get("value"), str)]
    return sorted(good, key=lambda i: i.get("role") != prefer_role)


def _ninjs_date(obj: dict[str, Any], source: str | None) -> dt.date:
    for key in ("versioncreated", "firstcreated", "contentcreated"):
        value = obj.get(key)
        if isinstance(value, str) and value:
            try:
                return dt.datetime.fromisoformat(value.replace("z", "Z")).date()
            except ValueError:
                try:
                    return dt.date.fromisoformat(value[:10])
                except ValueError:
                    raise ParseError(
                        f"$.{key}: expected an ISO 8601 date-time, got {value[:40]!r}", path=source
                    ) from None
    raise ParseError("the ninjs object has no date: expected versioncreated or firstcreated", path=source)


def _ninjs_paragraphs(obj: dict[str, Any]) -> list[str]:
    bodies = _pick(obj.get("bodies"))
    plain = [b for b in bodies if str(b.get("contenttype", "text/plain")).startswith("text/plain")]
    html = [b for b in bodies if "html" in str(b.get("contenttype", ""))]
    if plain:
        return _text_paragraphs(plain[0]["value"])
    if html:
        return html_paragraphs(html[0]["value"])
    if isinstance(obj.get("body_text"), str):  # ninjs 1.x
        return _text_paragraphs(obj["body_text"])
    if isinstance(obj.get("body_html"), str):
        return html_paragraphs(obj["body_html"])
    return []


def parse_ninjs(text: str, /, *, source: str | None = None) -> Article:
    """The ``ninjs`` format: one IPTC ninjs object (2.x, and the 1.x body fields).

    The headline is the ``headlines`` entry with role ``main`` (else the first, else the
    1.x ``headline``); the paragraphs come from the ``text/plain`` body (split at blank
    lines), else the HTML body (one paragraph per block element), else ``body_text`` /
    ``body_html``; the date is the day of ``versioncreated``, else ``firstcreated``. The
    id is the last segment of ``uri`` (safe characters only), else the file name's stem.

    Args:
        text: The ninjs JSON text.
        source: Where it came from; named in errors.

    Returns:
        The Article, with nothing extracted yet.

    Raises:
        ParseError: If the text is not a ninjs object with a headline and a date.
    """
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", path=source, line=exc.lineno, column=exc.colno) from None
    if not isinstance(obj, dict):
        raise ParseError("expected a ninjs JSON object", path=source)
    headlines = _pick(obj.get("headlines"))
    if headlines:
        headline = " ".join(headlines[0]["value"].split())
    elif isinstance(obj.get("headline"), str):
        headline = " ".join(obj["headline"].split())
    else:
        headline = ""
    if not headline:
        raise ParseError("the ninjs object has no headline: expected $.headlines[0].value", path=source)
    date = _ninjs_date(obj, source)
    article_id = _article_id(source)
    uri = obj.get("uri")
    if isinstance(uri, str) and uri.strip():
        tail = re.split(r"[/:#]", uri.rstrip("/"))[-1]
        article_id = _ID_UNSAFE.sub("-", tail).strip("-") or article_id
    return Article(id=article_id, date=date, headline=headline, paragraphs=_ninjs_paragraphs(obj))


def _json_format(obj: object) -> str:
    if isinstance(obj, dict) and "paragraphs" not in obj and _NINJS_KEYS & obj.keys():
        return "ninjs"
    return "json"


def sniff_format(name: str, head: str, *, date_given: bool = False) -> str:
    """Guess a file's format from its name and the start of its content.

    ``.json`` and ``.jsonl`` files are ``ninjs`` when their (first) object has ninjs keys
    (``headlines``, ``bodies``, ``uri``...) and no ``paragraphs``, else ``json``. Text
    starting with a ``date YYYY-MM-DD`` header is ``seed``; other text is ``plain`` when a
    date is given, else ``seed`` (whose error then says what the header should be).

    Args:
        name: The file name (``-`` or ``<stdin>`` for standard input).
        head: The file's text, or its first non-blank line for JSON Lines.
        date_given: Whether a date option was given (for ``plain``).

    Returns:
        A format name.
    """
    lower = name.lower().removesuffix(".gz")
    stripped = head.lstrip("\ufeff \t\r\n")
    if lower.endswith((".json", *_LINE_SUFFIXES)) or stripped.startswith("{"):
        try:
            return _json_format(orjson.loads(stripped))
        except orjson.JSONDecodeError:
            return "json"  # the json reader then names the line and column
    if _SEED_HEADER.match(head):
        return "seed"
    return "plain" if date_given else "seed"


def _read_text(name: str) -> str:
    if name == "-":
        return decode(sys.stdin.buffer.read(), path="<stdin>")
    try:
        with open_binary(name) as fh:
            data = fh.read()
    except (OSError, EOFError) as exc:
        raise read_error(name, exc) from None
    return decode(data, path=name)


def _raw_lines(fh: IO[bytes], name: str) -> Iterator[bytes]:
    try:
        yield from fh
    except (OSError, EOFError) as exc:
        raise read_error(name, exc) from None


def _parse_one(parser: Parser, text: str, source: str, fmt: str, options: dict[str, Any]) -> Article:
    return call_with_options(f"the {fmt} format", parser, text, source=source, **options)


def _format_options(fmt: str, options: dict[str, Any]) -> dict[str, Any]:
    # ``date`` is the plain format's; other formats read the date from the text
    if fmt != "plain" and "date" in options:
        return {k: v for k, v in options.items() if k != "date"}
    return options


def parsed_documents(
    path: str | os.PathLike[str], *, format: str | None = None, **options: Any
) -> Iterator[tuple[Article, bool]]:
    """Parse every document of one input, lazily: ``(article, keeps_extraction)`` pairs.

    Args:
        path: A file, or ``-`` for standard input. ``.jsonl``/``.ndjson`` files hold one
            document a line; a ``.gz`` suffix means gzip-compressed.
        format: A format name; guessed with :func:`sniff_format` when ``None``.
        **options: Keyword options for the parser (``date`` for ``plain``).

    Raises:
        UnknownNameError: If ``format`` names no parser.
        ReadError: If the file cannot be read.
        ParseError: If a document does not follow its format (with its line, for lines).
        ValidationError: If a JSON document breaks the data model.
        UsageError: If the parser takes no option of a given name, or needs one.
    """
    name = os.fspath(path)
    source = "<stdin>" if name == "-" else name
    options = {k: v for k, v in options.items() if v is not None}
    if format is not None:
        get_parser(format)  # an unknown name fails before any reading
    if name.lower().removesuffix(".gz").endswith(_LINE_SUFFIXES):
        yield from _parsed_lines(name, format, options)
        return
    yield parse_document(_read_text(name), source=source, format=format, **options)


def parse_document(
    data: str | bytes, *, source: str, format: str | None = None, **options: Any
) -> tuple[Article, bool]:
    """Parse one document already read into memory: ``(article, keeps_extraction)``.

    For callers that read files themselves (compressed, or in worker processes): the
    format is sniffed from ``source``'s name (a ``.gz`` suffix is ignored) and the content
    when not given, exactly as for files.

    Args:
        data: The document, as text or UTF-8 bytes.
        source: Its name (a path, or ``<stdin>``), for sniffing, ids and errors.
        format: A format name, or ``None`` to sniff it.
        **options: Keyword options for the parser (``date`` for ``plain``); ``None``
            values are dropped.

    Returns:
        The Article, and whether its parser keeps extraction results (newsdoc JSON).

    Raises:
        UnknownNameError: If ``format`` names no parser.
        ParseError: If the document does not follow its format.
        ValidationError: If a JSON document breaks the data model.
        UsageError: If the parser takes no option of a given name, or needs one.
    """
    text = decode(data, path=source) if isinstance(data, bytes) else data
    options = {k: v for k, v in options.items() if v is not None}
    fmt = format or sniff_format(source, text, date_given="date" in options)
    parser = get_parser(fmt)
    try:
        article = _parse_one(parser, text, source, fmt, _format_options(fmt, options))
    except ParseError as exc:
        if format is None and fmt == "seed" and text.strip() and not _SEED_HEADER.match(text):
            raise ParseError(
                exc.reason, path=exc.path, line=exc.line, column=exc.column, hint=_PLAIN_HINT
            ) from None
        raise
    if source.lower().endswith(".gz") and article.id == PurePath(source).stem:
        article = attrs.evolve(article, id=PurePath(source[:-3]).stem)  # x.txt.gz is article x
    return article, _keeps(parser)


def _keeps(parser: Parser) -> bool:
    return bool(getattr(parser, "keeps_extraction", False))


def _parsed_lines(name: str, format: str | None, options: dict[str, Any]) -> Iterator[tuple[Article, bool]]:
    try:
        fh = open_binary(name)
    except OSError as exc:
        raise read_error(name, exc) from None
    try:
        fmt = format
        parser: Parser | None = None
        for number, raw in enumerate(_raw_lines(fh, name), start=1):
            if not raw.strip():
                continue
            line = decode(raw, path=name)
            if parser is None or fmt is None:
                fmt = fmt or sniff_format(name, line)
                parser = get_parser(fmt)
            if fmt == "json":  # newsdoc's own reader points errors at the line
                yield loads(line, source=name, line=number), True
                continue
            try:
                article = _parse_one(parser, line, name, fmt, _format_options(fmt, options))
            except ParseError as exc:
                if exc.line is not None and exc.line != 1:
                    raise
                raise ParseError(
                    exc.reason, path=name, line=number, column=exc.column, hint=exc.hint
                ) from None
            except ValidationError as exc:
                raise exc.located(name, number) from None
            yield article, _keeps(parser)
    finally:
        fh.close()
