"""Quotation marks: where each quotation opens and closes.

Double marks (straight and curly) pair in order within a paragraph; single marks count
as quotes only where they cannot be apostrophes (``don't``, ``allies' plans``). A mark
left open at the end of a paragraph closes there; when the paragraph opened with it, the
quotation goes on in the next paragraph (news style), which is recorded too.
"""

from __future__ import annotations

import re

from newsdoc._models import Span

__all__ = ["quote_spans", "quote_units"]

# two straight single marks stand for a double one in some archives ("''Yes,'' she said");
# every alternative is written as a literal so that the search skips to the next
# candidate character at C speed instead of trying the pattern at every position
_DOUBLE = re.compile("''|\"|\u201c|\u201d|\u00ab|\u00bb")
# a single mark with a letter or digit on both sides ("don't", "Trump's") neither opens
# nor closes a quotation, so the scan skips it: only marks with a non-alphanumeric
# character (or the text's edge) before or after are found ([^\W_] is str.isalnum)
_SINGLE = re.compile(r"['\u2018\u2019](?:(?<![^\W_].)|(?![^\W_]))")


def _double(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    out: list[tuple[int, int]] = []
    open_at = -1
    for m in _DOUBLE.finditer(text, start, end):
        mark = m.group()
        pos = m.start()
        if mark in ("\u201c", "\u00ab", "``"):
            if open_at < 0:
                open_at = pos
        elif mark in ("\u201d", "\u00bb"):
            if open_at < 0 and pos == start:
                open_at = pos  # a closing mark for an opening one, at the start of a paragraph
            elif open_at >= 0:
                out.append((open_at, m.end()))
                open_at = -1
        elif open_at < 0:
            open_at = pos
        else:
            out.append((open_at, m.end()))
            open_at = -1
    continues = False
    if open_at >= 0:
        continues = open_at == start
        out.append((open_at, end))
    return out, continues


def _single(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    open_at = -1
    # ``taken`` is in text order and does not overlap: walk it alongside the marks
    # (a scan of all of it per mark made a paragraph of quote marks quadratic)
    t = 0
    for m in _SINGLE.finditer(text, start, end):
        pos = m.start()
        while t < len(taken) and taken[t][1] <= pos:
            t += 1
        if t < len(taken) and taken[t][0] <= pos:
            continue
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if open_at < 0:
            if not before.isalnum() and (after.isalnum() or after in '"\u201c') and m.group() != "\u2019":
                open_at = pos
        elif not after.isalnum() and not before.isspace():
            if pos - open_at > 1:
                out.append((open_at, pos + 1))
            open_at = -1
    return out


_LINE_OPENERS = "\"'\u201c\u201d\u2018\u00ab"


def quote_units(text: str, paragraphs: list[Span]) -> list[Span]:
    """The blocks quotations pair within: the paragraphs, but the lines of a paragraph
    whose every line opens with a quotation mark (a list of quotations, one a line).

    A paragraph wrapped into lines of prose stays whole, so a quotation may run on
    across its line breaks.
    """
    out: list[Span] = []
    for para in paragraphs:
        if text.find("\n", para.start, para.end) < 0:
            out.append(para)
            continue
        lines: list[Span] = []
        start = para.start
        while start <= para.end:
            end = text.find("\n", start, para.end)
            end = para.end if end < 0 else end
            first = start
            while first < end and text[first] in " \t\r":
                first += 1
            if first < end:
                lines.append(Span(start=first, end=end))
            start = end + 1
        if len(lines) > 1 and all(text[line.start] in _LINE_OPENERS for line in lines):
            out.extend(lines)
        else:
            out.append(para)
    return out


def quote_spans(text: str, paragraphs: list[Span]) -> list[tuple[int, int, bool]]:
    """Every quotation in ``text`` as ``(start, end, continues)``, in text order."""
    out: list[tuple[int, int, bool]] = []
    for para in quote_units(text, paragraphs):
        doubles, continues = _double(text, para.start, para.end)
        singles = _single(text, para.start, para.end, doubles)
        spans = sorted(doubles + singles)
        for i, (s, e) in enumerate(spans):
            out.append((s, e, continues and i == len(spans) - 1 and e == para.end and s == para.start))
    return out
