"""Text units the extraction steps share: paragraphs and sentences, as spans.

Every scan here is a single left-to-right pass of a regular expression without nested
quantifiers, so the cost grows linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newsdoc._extract import _words
from newsdoc._extract._quotes import quote_units
from newsdoc._lexicon import load_set
from newsdoc._models import PARAGRAPH_BREAK, Span

__all__ = ["paragraph_spans", "sentence_spans", "translate"]

# a run of sentence-final marks, the closing quotes or brackets after them, then a space;
# matched only from the start of a run and possessively, so a run of 100,000 periods is
# scanned once, not once per period (which made the scan quadratic). The first mark comes
# first in the pattern, before the look-behind that it starts the run, so that the search
# skips to the next mark at C speed instead of trying the pattern at every character.
_BOUNDARY = re.compile(r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*+[\"'\u201d\u2019)\]]*+(?=\s)")
# what a word before a period may be made of: ASCII letters and periods
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_NEXT_START = re.compile(r"\s+([\"'\u201c\u2018(\[]?)(\S)")
# after a quotation closed by "?" or "!": one to four capitalized words, then a word
_ATTRIBUTION = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}([a-z]+)\b")


def _abbreviations() -> frozenset[str]:
    return load_set("abbreviations.txt")


def paragraph_spans(text: str) -> list[Span]:
    """The spans of the blocks of ``text`` separated by the paragraph break."""
    return [Span(start=start, end=end) for start, end in _paragraph_bounds(text)]


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """What :func:`paragraph_spans` gives, as plain pairs (no validated Span to build)."""
    bounds = []
    start = 0
    while True:
        end = text.find(PARAGRAPH_BREAK, start)
        if end < 0:
            bounds.append((start, len(text)))
            return bounds
        bounds.append((start, end))
        start = end + len(PARAGRAPH_BREAK)


def _word_before(window: str) -> str:
    """The run of ASCII letters and periods that ends ``window``, from its first letter ("" if none)."""
    return window[len(window.rstrip(_WORD_CHARS)) :].lstrip(".")


def _ends_sentence(text: str, mark_start: int, mark: str, after: int) -> bool:
    """Whether the marks at ``mark_start`` end a sentence, judged by the words around."""
    if mark[0] in "!?\u2026" or mark.startswith(".."):
        nxt = _NEXT_START.match(text, after)
        if nxt is not None and mark[0] in "!?" and mark[-1] in "\"'\u201d\u2019" and _attributed(text, after):
            return False  # '"Why not?" Graham asked.': the attribution ends the sentence
        return nxt is None or not nxt.group(2).islower()
    nxt = _NEXT_START.match(text, after)
    if nxt is None:
        return True
    following = nxt.group(2)
    if following.islower() or following in ",;:":
        return False
    closed = mark.rstrip(".") != mark.rstrip(".\"'\u201d\u2019)]")  # a quote or bracket closed
    if not closed:
        token = _word_before(text[max(0, mark_start - 40) : mark_start])
        if token and (token in _abbreviations() or token.rstrip(".") in _abbreviations()):
            return False
        if len(token) == 1 and token.isupper():  # an initial: "John F. Kennedy"
            return False
        if _DOTTED_ACRONYM.fullmatch(token):  # "U.S." and "D.C." rarely end a sentence
            return False
    return True


def _attributed(text: str, after: int) -> bool:
    """Whether a name and a reporting verb follow ``after``: '"Why?" Graham asked', '... Mr. Biden said'.

    The verb must be in the past tense or the third person ("asked", "says"): a base form
    after a name starts a sentence of its own ('"Who knows?" Analysts say ...').
    """
    match = _ATTRIBUTION.match(text, after)
    if match is None:
        return False
    verb = match.group(1)
    lexicons = _words.lexicons()
    base = lexicons.cue_forms.get(verb)
    return base is not None and verb != base and not verb.endswith("ing") and base not in lexicons.object_cues


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans of ``text``; a sentence never crosses a paragraph break, nor a line
    break in a paragraph of quotations one a line (see ``quote_units``).

    Spans exclude the whitespace between sentences.
    """
    out: list[Span] = []
    bounds = _paragraph_bounds(text)
    if "\n" in text.replace(PARAGRAPH_BREAK, ""):  # lines inside a paragraph: maybe quotations one a line
        bounds = [(u.start, u.end) for u in quote_units(text, paragraph_spans(text))]
    for para_start, para_end in bounds:
        start = para_start
        for match in _BOUNDARY.finditer(text, para_start, para_end):
            end = match.end()
            if _ends_sentence(text, match.start(), match.group(), end):
                _add(out, text, start, end)
                start = end
        _add(out, text, start, para_end)
    return out


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start=start, end=end))


def translate(text: str, table: Mapping[int, str | int | None]) -> str:
    """``text.translate(table)``, fast also when the text has a few non-ASCII characters.

    ``str.translate`` is quick only on an all-ASCII string: one curly quote makes it
    look every character up in the table, a hundred times slower. Here the ASCII
    characters are translated in one fast pass over an ASCII copy of the text (each
    non-ASCII character replaced by ``?``), and the non-ASCII ones are put back,
    translated one by one. The table must map every ASCII character to exactly one
    character (or leave it), so that offsets in the copy are offsets in the text.
    """
    if text.isascii():
        return text.translate(table)
    copy = text.encode("ascii", "replace").decode("ascii")
    n = copy.count("?") - text.count("?")  # the non-ASCII characters
    if n > len(text) >> 3:
        return text.translate(table)  # mostly non-ASCII: one by one is no faster
    done = copy.translate(table)
    parts = []
    last = 0
    seen: dict[str, str] = {}
    find = copy.find
    i = find("?")
    while i >= 0:
        char = text[i]
        if char != "?":
            new = seen.get(char)
            if new is None:
                new = seen[char] = char.translate(table)
            parts.append(done[last:i])
            parts.append(new)
            last = i + 1
        i = find("?", i + 1)
    parts.append(done[last:])
    return "".join(parts)
