"""The seed text format: a ``date YYYY-MM-DD headline`` line, then blank-line separated paragraphs.

The reader is lenient where a person would be (a leading space before ``date``, CRLF or
CR line endings, a UTF-8 byte order mark, whitespace-only lines, extra blank lines, no
final newline) and strict where guessing would corrupt data: a missing header, a date
that is not a real ``YYYY-MM-DD`` day, a missing headline, an empty file, bytes that are
not UTF-8, lone surrogates and NUL characters are each a :class:`~newsdoc.ParseError`
with file, line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from newsdoc._errors import ParseError
from newsdoc._models import Article

__all__ = ["decode", "parse_seed"]

_BOM = "\ufeff"
_HEADER_HINT = "the first line must read 'date YYYY-MM-DD Headline', e.g. 'date 2023-12-28 Kim urges ...'"
_DATE_TOKEN = re.compile(r"\S+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, *, path: str | None = None) -> str:
    """Decode UTF-8 bytes (with or without a byte order mark) into text.

    Raises:
        ParseError: If a byte sequence is not UTF-8; the error names its line and column.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start
        before = data[:offset]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        raise ParseError(
            f"byte 0x{data[offset]:02x} is not valid UTF-8",
            path=path,
            line=line,
            column=column,
            hint="save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 FILE)",
        ) from None


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and CR only (never on the Unicode separators inside paragraphs)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_seed(text: str | bytes, *, source: str | None = None) -> Article:
    """Read one article in the seed text format.

    Args:
        text: The article, as text or as UTF-8 bytes.
        source: Where it came from (a file path); used in errors and, by its stem, as the
            article id. Without it the id is ``"article"``.

    Returns:
        An Article with id, date, headline and paragraphs, and nothing extracted yet.

    Raises:
        ParseError: If the text does not follow the format; the error names the line
            and column and says how to fix it.
    """
    if isinstance(text, bytes):
        text = decode(text, path=source)
    if text.startswith(_BOM):
        text = text[1:]
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise ParseError(
            "NUL character in the text",
            path=source,
            line=line,
            column=column,
            hint="this looks like a binary file, not an article",
        )
    bad = _SURROGATE.search(text)
    if bad is not None:
        # only reachable from str input (bytes are decoded strictly): JSON could not hold it
        offset = bad.start()
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise ParseError(
            f"lone surrogate {bad.group()!r} is not a character", path=source, line=line, column=column,
            hint="decode the file with errors='strict', or pass the raw bytes",
        )
    lines = split_lines(text)
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        raise ParseError("the file is empty", path=source, line=1, column=1, hint=_HEADER_HINT)
    if first != 0:
        raise ParseError(
            "expected the header line, found a blank line",
            path=source,
            line=1,
            column=1,
            hint=_HEADER_HINT,
        )
    date, headline = _header(lines[0], source)
    paragraphs = blocks(lines[1:])
    article_id = PurePath(source).stem if source and source != "-" else "article"
    return Article(id=article_id, date=date, headline=headline, paragraphs=paragraphs)


def blocks(lines: list[str]) -> list[str]:
    """The blank-line separated blocks of ``lines``, each with its lines kept as written.

    A line of only whitespace counts as blank; lines are joined with ``\\n``.
    """
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def _header(line: str, source: str | None) -> tuple[dt.date, str]:
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    keyword = stripped[:4]
    if keyword.lower() != "date" or (len(stripped) > 4 and not stripped[4].isspace()):
        found = stripped.split(None, 1)[0] if stripped.split() else stripped
        raise ParseError(
            f"expected the header 'date YYYY-MM-DD Headline', found {found[:40]!r}",
            path=source,
            line=1,
            column=indent + 1,
            hint=_HEADER_HINT,
        )
    match = _DATE_TOKEN.search(stripped, 4)
    if match is None:
        raise ParseError(
            "expected a date as YYYY-MM-DD after 'date', found the end of the line",
            path=source,
            line=1,
            column=len(line) + 1,
            hint=_HEADER_HINT,
        )
    token = match.group()
    column = indent + match.start() + 1
    if not _ISO_DATE.match(token):
        raise ParseError(
            f"expected a date as YYYY-MM-DD, got {token[:40]!r}",
            path=source,
            line=1,
            column=column,
            hint="write the date as year-month-day, e.g. 2023-12-28",
        )
    try:
        date = dt.date.fromisoformat(token)
    except ValueError:
        raise ParseError(
            f"{token!r} is not a real calendar date",
            path=source,
            line=1,
            column=column,
            hint="check the month and the day",
        ) from None
    headline = stripped[match.end() :].strip()
    if not headline:
        raise ParseError(
            "expected a headline after the date",
            path=source,
            line=1,
            column=len(line.rstrip()) + 2,
            hint=_HEADER_HINT,
        )
    return date, headline
