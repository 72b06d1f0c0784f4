"""The ``times`` step: find time expressions and normalize them to TIMEX3 values.

The scanner collects the words of the text in one C-speed pass, locates the words that
can belong to a time expression, and at each place (and the few words before it) tries
the compiled alternation of only those grammar rules that can start with the word there
(:mod:`newsdoc._extract._timex_rules`). It finds exactly what one scan with the whole
grammar (:func:`~newsdoc._extract._timex_rules.pattern`) would find, several times
faster. Each rule's normalizer (:mod:`newsdoc._extract._timex_dates`,
:mod:`newsdoc._extract._timex_relative`) turns a match into zero or more
:class:`TimeExpression` objects, anchored on the article date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

from newsdoc._errors import NewsdocError
from newsdoc._extract import _timex_dates as dates
from newsdoc._extract import _timex_relative as relative
from newsdoc._extract._doc import Doc
from newsdoc._extract._timex_base import Context, Found, Normalizer, is_title, set_frame
from newsdoc._extract._timex_rules import grammar, pattern_for
from newsdoc._models import Span, TimeExpression

__all__ = ["find_times", "times_step"]

# each grammar rule's normalizer, by the rule's group name
_NORMALIZERS: dict[str, Normalizer] = {
    "iso_date": dates._iso_date,
    "slash_date": dates._slash_date,
    "clock": dates._clock,
    "noon": dates._noon,
    "week_of": dates._week_of,
    "month_day": dates._month_day,
    "day_month": dates._day_month,
    "month_year": dates._month_year,
    "month": dates._month,
    "weekday": dates._weekday,
    "decade": dates._decade,
    "century": dates._century,
    "quarter": dates._quarter,
    "quarter_year": dates._quarter_year,
    "the_quarter": dates._the_quarter,
    "year_period": dates._year_period,
    "in_the_unit": relative._in_the_unit,
    "then": relative._then,
    "the_weekend": relative._the_weekend,
    "the_year": relative._the_year,
    "spoken_year": dates._spoken_year,
    "spoken_decade": dates._spoken_decade,
    "fiscal_year": dates._fiscal_year,
    "ago": relative._ago,
    "relative": relative._relative,
    "anaphoric": relative._anaphoric,
    "end_of": relative._end_of,
    "year_end": relative._year_end,
    "year_ago": relative._year_ago,
    "season": relative._season,
    "year": dates._year,
    "deictic": relative._deictic,
    "part_of_day": relative._part_of_day,
    "set": relative._set,
    "per_unit": relative._per_unit,
    "duration": relative._duration_rule,
    "holiday": dates._holiday,
    "ref": relative._ref,
}


# rules whose expressions are made of common words, which capitals turn into a name or
# a title ("VOA Today", ABC's "This Week")
_COMMON_WORD_RULES = frozenset(
    ["relative", "deictic", "ref", "the_weekend", "the_year", "in_the_unit", "end_of", "part_of_day", "noon", "then"]
)

_CHUNK = 4096  # characters read at once when locating the telling words
# every byte but an ASCII letter or digit turns into a space
_NON_WORD = bytes.maketrans(
    bytes(c for c in range(256) if not (c < 128 and chr(c).isalnum())),
    b" " * sum(1 for c in range(256) if not (c < 128 and chr(c).isalnum())),
)
_CUT = re.compile(r"[\W_]")  # where a piece may end
_CONTINUATION = bytes.maketrans(bytes(range(0x80, 0xC0)), b"\x80" * 0x40)  # to count them: one value
_PUNCTUATION = ".,;:!?\"()[]{}“”‘’'`-"
_LOOKBACK_WORDS = 4  # an expression starts at most this many words before its first telling word
_GAP = " \n\t\xa0\"(`“‘[-'"  # what may stand between the words of an expression
# words inside expressions that open none ("the full year", "a couple of years")
_GLUE = frozenset(
    [
        *("of", "couple", "number", "and", "full", "near", "short", "single", "calendar", "comparable"),
        *("corresponding", "end", "beginning", "start", "middle", "rest", "remainder", "preceding"),
    ]
)


@cache
def _trigger_bytes() -> frozenset[bytes]:
    return frozenset(w.encode("utf-8") for w in grammar().triggers)


@cache
def _telling_bytes() -> frozenset[bytes]:
    return _trigger_bytes() | _number_bytes()


@cache
def _number_bytes() -> frozenset[bytes]:
    """The numbers in digits that can be part of a time expression, as the scanner splits them."""
    out = {str(n) for n in range(10000)} | {f"{n:02d}" for n in range(10)} | {f"{n:03d}" for n in range(100)}
    out |= {f"{n}0s" for n in range(10, 210)} | {f"{n}0s" for n in range(10)}
    out |= {f"{n}{s}" for n in range(1, 32) for s in ("st", "nd", "rd", "th")}
    out |= {f"{n}{s}" for n in range(60) for s in ("am", "pm", "a", "p")}
    out |= {f"{n:02d}{s}" for n in range(10) for s in ("am", "pm", "a", "p")}
    return frozenset(w.encode("ascii") for w in out)


def _starts(low: str) -> dict[int, str]:
    """Offsets where an expression may start, with the first word there ("#" for a number).

    The telling words (a month, "week", "2006") are located by :func:`_telling`. Each is a
    start, and so is any word just before it that can open an expression ("the" in "the
    third quarter").
    """
    telling = _telling(low)
    starters = grammar().starters
    starts = dict(telling)
    spaced = low.replace("\n", " ").replace("\t", " ").replace("\xa0", " ")
    for i in telling:
        end = i
        for _ in range(_LOOKBACK_WORDS):  # walk back over the words that can open an expression
            while end > 0 and low[end - 1] in _GAP:
                end -= 1
            if end == 0:
                break
            begin = spaced.rfind(" ", 0, end) + 1
            piece = low[begin:end]
            if piece.isalnum():  # a plain word: most often one that opens nothing
                if piece[0].isdigit():
                    starts[begin] = "#"
                elif piece in starters:
                    starts[begin] = piece
                elif piece not in _GLUE:
                    break
                end = begin
                continue
            stripped = piece.lstrip(_PUNCTUATION)
            word = stripped.rstrip(_PUNCTUATION)
            if not word.replace("'", "").replace("’", "").isalnum():  # "the,third": the last word
                cut = _after_separator(stripped)
                begin, piece = end - len(stripped) + cut, stripped[cut:]
                stripped = piece.lstrip(_PUNCTUATION)
                word = stripped.rstrip(_PUNCTUATION)
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if word[:1].isdigit():
                starts[end - len(stripped)] = "#"
            elif word in starters:
                starts[end - len(stripped)] = word
            elif word not in _GLUE:
                break
            end = begin
    for i, word in telling.items():
        if word == "#" and i and low[i - 1] in "'’":
            starts[i - 1] = "'"
    return starts


def _after_separator(piece: str) -> int:
    """Where the last word of a piece begins: after its last character that is neither a
    letter, a digit nor an apostrophe ("the,third", "2016—the")."""
    i = len(piece)
    while i > 0 and (piece[i - 1].isalnum() or piece[i - 1] in "'’"):
        i -= 1
    return i


def _telling(low: str) -> dict[int, str]:
    """Where the telling words stand as whole words, with the word ("#" for a number).

    The text is read in pieces of about :data:`_CHUNK` characters, each cut after a
    character that is no letter or digit (so no word is cut), which keeps the cost linear
    however long the text. Each piece is read at C speed: its UTF-8 bytes, with every byte
    that is not an ASCII letter or digit turned into a space, are split into words and
    filtered by the set of telling words; each telling word is then found, as `` word ``,
    after the one before it. A byte offset is turned into a character offset by counting
    the UTF-8 continuation bytes before it, and a word next to a letter outside ASCII
    ("dayé") is no whole word.
    """
    out: dict[int, str] = {}
    n = len(low)
    a = 0
    while a < n:
        cut = _CUT.search(low, a + _CHUNK) if n - a > _CHUNK else None
        b = cut.end() if cut else n
        _telling_in(low, a, b, out)
        a = b
    return out


def _telling_in(low: str, a: int, b: int, out: dict[int, str]) -> None:
    """Record the telling words of ``low[a:b]`` (a piece that cuts no word) in ``out``."""
    piece = low[a:b].encode("utf-8", "replace")
    spaced = b" " + piece.translate(_NON_WORD) + b" "
    hits = []
    done = 0
    for word in filter(_telling_bytes().__contains__, spaced.split()):  # in C: the telling words, in order
        i = spaced.find(b" " + word + b" ", done)  # its offset in the piece: the space before it is one more
        done = i + len(word) + 1
        hits.append((i, word))
    if not hits:
        return
    numbers = _number_bytes()
    if len(piece) == b - a:  # ASCII: a byte is a character
        for i, word in hits:
            out[a + i] = "#" if word in numbers else word.decode("ascii")
        return
    marks = piece.translate(_CONTINUATION)
    n = len(low)
    done = shift = 0
    for i, word in hits:
        shift += marks.count(b"\x80", done, i)
        done = i
        start = a + i - shift
        end = start + len(word)
        if (start == 0 or not low[start - 1].isalnum()) and (end >= n or not low[end].isalnum()):
            out[start] = "#" if word in numbers else word.decode("ascii")


def _scan(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in text order, as ``pattern().finditer`` would give them."""
    low = text.lower()
    if len(low) != len(text):  # "İ" is the one character that lower-cases to two
        low = text.replace("\u0130", "i").lower()
    done = 0
    for start, word in sorted(_starts(low).items()):
        if start < done:
            continue
        rx = _pattern_of(word)
        if rx is not None and (match := rx.match(text, start)) is not None:
            done = match.end()
            yield match


@cache
def _pattern_of(word: str) -> re.Pattern[str] | None:
    """The pattern of the rules that can start with a word (``None``: no rule can)."""
    names = grammar().starters.get(word)
    return None if names is None else pattern_for(names)


def _expressions(text: str, anchor: dt.date) -> list[Found]:
    ctx = Context(text=text, anchor=anchor)
    found: list[Found] = []
    for match in _scan(text):
        rule = match.lastgroup
        if rule is None:  # pragma: no cover - every alternative is a named group
            continue
        if text[match.start()].isupper() and rule in _COMMON_WORD_RULES and is_title(text, match.start(), match.end()):
            continue
        try:
            for f in _NORMALIZERS[rule](match, ctx):
                found.append(f)
                if f.value[:1].isdigit():  # a calendar value: the reference of anaphora after it
                    ctx.last_value, ctx.last_end = f.value, f.end
                    set_frame(ctx, f)
        except (OverflowError, ValueError):  # a date beyond the calendar (year 0 or 10000)
            continue
    return found


def find_times(text: str, anchor: dt.date) -> list[TimeExpression]:
    """The time expressions of a text, in text order, normalized against a date.

    Args:
        text: Any text; spans index it.
        anchor: The date relative expressions count from (an article's publication date).

    Returns:
        One :class:`TimeExpression` per expression, with ids ``t1``, ``t2``... in text order.

    Raises:
        NewsdocError: If ``text`` is not a str or ``anchor`` is not a date.

    Examples:
        >>> import datetime
        >>> [t.value for t in find_times("He left on Monday.", datetime.date(2023, 12, 28))]
        ['2023-12-25']
    """
    if not isinstance(text, str):
        raise NewsdocError(f"find_times reads a str, got {type(text).__name__}")
    if not isinstance(anchor, dt.date):
        raise NewsdocError(f"the anchor of find_times must be a date, got {anchor!r}")
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    return [
        TimeExpression(
            id=f"t{n}",
            text=text[f.start : f.end],
            type=f.type,
            value=f.value,
            span=Span(start=f.start, end=f.end),
            anchor=anchor if f.anchored else None,
            rule=f.rule,
        )
        for n, f in enumerate(_expressions(text, anchor), start=1)
    ]


def times_step(doc: Doc) -> None:
    """The ``times`` extraction step: append the article's time expressions to ``doc.times``."""
    for found in _expressions(doc.text, doc.article.date):
        doc.times.append(
            TimeExpression(
                id=doc.new_id("t"),
                text=doc.text[found.start : found.end],
                type=found.type,
                value=found.value,
                span=Span(start=found.start, end=found.end),
                anchor=doc.article.date if found.anchored else None,
                rule=found.rule,
            )
        )
