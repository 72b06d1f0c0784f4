"""What the time normalizers share: the found record, the reading context, clause tense,
number and unit words, and the calendar choices for dates named without a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import cache

import attrs

from newsdoc._extract._timex_rules import lexicon, quarter_of
from newsdoc._lexicon import load_set
from newsdoc._models import TimeType

__all__ = [
    "Context",
    "Direction",
    "Found",
    "Match",
    "Normalizer",
    "framed_year",
    "is_title",
    "near",
    "same_sentence",
    "set_frame",
    "spoken_year",
    "tense",
    "words",
]

Match = re.Match[str]

_CONTEXT_CHARS = 160  # how far a clause is read around an expression for its tense
_QUARTER_REACH = 1500  # how far back a mentioned quarter frames "a year earlier"
# a date without a year is the nearest one, unless the tense points away from it by more than this
_TENSE_REACH_DAYS = 60
_TENSE_REACH_MONTHS = 2
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_POD_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI", "MI": "T12:00"}
_REL_STEP = {
    "last": -1, "past": -1, "previous": -1, "the last": -1, "the past": -1, "the previous": -1,
    "next": 1, "coming": 1, "following": 1, "the next": 1, "the coming": 1, "the following": 1,
    "this": 0, "current": 0, "the current": 0, "the full": 0, "the fiscal": 0, "the calendar": 0,
    "the same": 0,
}  # fmt: skip


Direction = Callable[[], int]  # the tense of a clause, read only when a choice needs it


@attrs.frozen(kw_only=True)
class Found:
    """One normalized expression: its span, type, value, whether it is anchored, and the rule."""

    start: int
    end: int
    type: TimeType
    value: str
    anchored: bool
    rule: str


@attrs.define(kw_only=True)
class Context:
    """What the normalizers share while reading one text: the text, the anchor, and memory."""

    text: str
    anchor: dt.date
    last_quarter: tuple[int, int, int] | None = None  # (year, quarter, end offset) of the last one named
    last_stretch: tuple[int, int] | None = None  # (year, end offset) of the last "first nine months" named
    last_value: str | None = None  # the value of the last calendar date the text named
    last_end: int = 0  # where that date ends in the text
    frame: tuple[int, int] | None = None  # (year, end offset) of a fronted "In 2019," that frames its sentence

    @property
    def last_date(self) -> tuple[int, int, int] | None:
        """The last calendar date the text named, absolute or resolved: (year, month or 0, day or 0)."""
        value = self.last_value
        if value is None or len(value) < 4 or not value[:4].isdigit() or value[4:5] not in ("", "-", "T"):
            return None  # a decade ("199") or a century ("20") names no year
        month = int(value[5:7]) if value[4:5] == "-" and value[5:7].isdigit() else 0
        day = int(value[8:10]) if month and value[7:8] == "-" and value[8:10].isdigit() else 0
        return int(value[:4]), month, day


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Single-word future cues, two-word future cues ("going to"), their first words, and
    past verbs."""
    lex = lexicon()
    future = lex.words("future_cue")
    two = frozenset(w for w in future if " " in w)
    return (
        frozenset(w for w in future if " " not in w),
        two,
        frozenset(w.split()[0] for w in two),
        frozenset(lex.words("past_verb")) | {"has", "have"},
    )


@cache
def _cue_words() -> frozenset[str]:
    """The words :func:`_cue` may find a cue in, besides those with :data:`_CUE_ENDINGS`."""
    one, _two, firsts, past = _cues()
    return one | firsts | past


_CUE_ENDINGS = ("'ll", "ed")  # "they'll", "announced": the other words that may be cues


def _cue(raw: list[str], low: list[str], k: int, gap: int) -> int:
    """Whether word ``k`` marks the future (1), the past (-1) or neither (0).

    ``low`` holds the words of ``raw`` lower-cased; ``gap`` is the index of the first word
    after the expression: the word before it stands on the other side of the expression.
    """
    one, two, firsts, past = _cues()
    w = low[k]
    if w in one and k > 0 and k != gap and low[k - 1] == "to":
        return 0  # "to meet demand into the summer": an infinitive tells no tense
    if w in one or w.endswith("'ll") or (w in firsts and k + 1 < len(low) and f"{w} {low[k + 1]}" in two):
        return 1
    # a capitalized "-ed" word is a name ("United States"), not a verb
    if not (w in past or (len(w) > 4 and w.endswith("ed") and raw[k][0].islower())):
        return 0
    if w in ("has", "have") and k + 1 < len(low) and _possessed(low[k + 1]):
        return 0  # "the company has no estimate": a verb of having, not the perfect
    if w in ("was", "were") and k + 1 < len(low) and (low[k + 1] in one or low[k + 1] in _AHEAD):
        return 1  # "were planning to", "was scheduled to": the future seen from the past
    context = low[max(0, k - 2) if k != gap else k : k]
    if (context and context[-1] in _PASSIVE) or _adjective(context):
        return 0
    return -1


# participles and adjectives after "was"/"were" that point ahead of the past they report
_AHEAD = frozenset(["scheduled", "due", "set", "going", "poised", "slated", "supposed"])


def _possessed(word: str) -> bool:
    """Whether a word after "has" opens what is had ("has no estimate", "has 45 banks")."""
    return word in _POSSESSION or word[:1].isdigit() or word[:1] in "$£€"


# words after "has"/"have" that make it a verb of having or of obligation ("have to")
_POSSESSION = frozenset(
    [
        *("a", "an", "the", "no", "any", "some", "its", "their", "his", "her", "our", "my", "your", "this"),
        *("that", "these", "those", "to", "more", "less", "many", "much", "little", "few", "nothing"),
        *("several", "enough", "until", "till"),
    ]
)


def _adjective(before: list[str]) -> bool:
    """Whether a participle after these (lower-case) words is an adjective ("a still unspecified date")."""
    if not before:
        return False
    last = before[-1]
    if last in _DETERMINERS:
        return True
    return len(before) == 2 and before[0] in _DETERMINERS and (last.endswith("ly") or last in _DEGREE)


_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
_DEGREE = frozenset(["still", "yet", "not", "very", "long", "much", "so", "as", "now"])


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: from the last mark before it to the first after it.

    The marks (:data:`_CLAUSE_MARKS`) are searched for within :data:`_CONTEXT_CHARS`
    characters, before the expression in the reversed text, so that the first mark found
    is the last one; a period counts only where it ends a sentence.
    """
    lo, hi = max(0, start - _CONTEXT_CHARS), min(len(text), end + _CONTEXT_CHARS)
    before = text[lo:start][::-1]
    m = _MARK.search(before)
    while m is not None and m.group() == "." and not _period_ends(text, start - m.end()):
        m = _MARK.search(before, m.end())
    if m is not None:
        lo = start - m.start()
    m = _MARK.search(text, end, hi)
    while m is not None and m.group() == "." and not _period_ends(text, m.start()):
        m = _MARK.search(text, m.end(), hi)
    if m is not None:
        hi = m.start()
    return lo, hi


def _period_ends(text: str, i: int) -> bool:
    """Whether the period at ``i`` ends a sentence: not one inside "3.5" or after an
    abbreviation or an initial ("vs. Wade", "Birmingham, Ala., killed", "John F. Kennedy")."""
    if i + 1 < len(text) and not text[i + 1].isspace():
        return False
    after = text[i + 1 : i + 3].lstrip()
    if after[:1].islower():
        return False
    begin = i
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:i]
    if len(word) == 1 and word.isupper():
        return False
    return word not in _abbreviations() and "." not in word.strip(".")


def near(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` crosses at most one sentence end: the same or the next sentence."""
    if end - start > _NEAR_CHARS:
        return False
    ends = 0
    for i in range(start, end):
        if text[i] in "!?" or (text[i] == "." and _period_ends(text, i)):
            ends += 1
    return ends <= 1


_NEAR_CHARS = 600  # two sentences of news prose at most


def same_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` crosses no sentence end."""
    if end - start > _NEAR_CHARS:
        return False
    return not any(text[i] in "!?\n" or (text[i] == "." and _period_ends(text, i)) for i in range(start, end))


def set_frame(ctx: Context, found: Found) -> None:
    """Remember a fronted year as the frame of the rest of its sentence ("In 2019, ...").

    A temporal adverbial that opens a sentence and is set off by a comma sets the time the
    clause is about: in "In 2019, the company lost money in the third quarter" the quarter
    is that of 2019, not the one nearest the article date. The frame is a written year
    (alone, with a month or a season: "In March 2019,"), after "in", "during", "throughout"
    or "for" at the start of the sentence; a fiscal year is not a calendar one and frames
    nothing.
    """
    text, value = ctx.text, found.value
    if found.anchored or not value[:4].isdigit() or value[4:5] not in ("", "-") or found.rule == "fiscal_year":
        return
    if text[found.end : found.end + 1] != ",":
        return
    begin = _start_of_word_before(text, found.start)
    if text[begin : found.start].strip().lower() not in _FRAMING or not _sentence_start(text, begin):
        return
    ctx.frame = (int(value[:4]), found.end)


_FRAMING = frozenset(["in", "during", "throughout", "for"])


def framed_year(ctx: Context, start: int) -> int | None:
    """The year a fronted adverbial of this sentence sets (:func:`set_frame`), if any."""
    frame = ctx.frame
    if frame is None or start < frame[1] or not same_sentence(ctx.text, frame[1], start):
        return None
    return frame[0]


def _abbreviations() -> frozenset[str]:
    return load_set("abbreviations.txt")


# what closes a clause: the end of a sentence, and a quotation mark (a quotation's verbs
# are not those of the sentence that reports it: '"He will come Thursday," she said')
_CLAUSE_MARKS = (".", ";", "!", "?", "\n", '"', "“", "”", "''", "``")
_MARK = re.compile("[.;!?\n\"“”]|''|``")  # any of them (a doubled mark reads the same reversed)


def tense(text: str, start: int, end: int, weak: bool = True) -> int:
    """The tense of the clause around ``[start, end)``: -1 past, 1 future, 0 unknown.

    The verb cue nearest to the expression, counted in words, decides ("said Thursday it
    will" is past); at equal distance the word before wins. Weak cues ("until", the
    present perfect) decide only when no other cue is in the clause, and not at all
    when ``weak`` is false. An expression after "since" is in the past, whatever the
    clause says ("has been on patrol since March and was scheduled to return"), and one
    after a verb of deferral and "until" is ahead ("postponed until Tuesday"), as is one
    after "effective" ("effective Feb. 1"), unless a verb reports the change in force
    ("became effective Monday").
    """
    preposition = _word_before(text, start)
    if preposition == "since":
        return -1
    if preposition in ("until", "till") and _word_before(text, _start_of_word_before(text, start)) in words(
        "deferral"
    ):
        return 1  # "postponed until Tuesday", "extended its deadline until Friday": ahead
    if preposition == "effective" and _word_before(text, _start_of_word_before(text, start)) not in _BECAME:
        return 1  # "a new chairman, effective Feb. 1": the day a change takes effect, announced ahead
    lo, hi = _clause(text, start, end)
    before = text[lo:start].split()
    gap = len(before)
    raw = [w.strip(_CUE_STRIP) or "-" for w in before + text[end:hi].split()]
    low = [w.lower() for w in raw]
    maybe, n = _cue_words(), len(low)
    found = 0
    for distance in range(max(gap, n - gap)):
        for k in (gap - 1 - distance, gap + distance):
            if (
                0 <= k < n
                and ((w := low[k]) in maybe or w.endswith(_CUE_ENDINGS))
                and (cue := _cue(raw, low, k, gap))
            ):
                if w not in _WEAK:
                    return cue
                found = found or cue
    return found if weak else 0


# verbs before "effective" that report a change already in force ("became effective Monday")
_BECAME = frozenset(["became", "become", "becomes", "was", "were", "been", "had"])


# weak cues, which decide only when no other cue is in the clause: prepositions that point
# ahead ("until Thursday", but "until Thursday, they had not called him a suspect") and the
# present perfect ("has given them until Tuesday")
_WEAK = frozenset(["until", "till", "has", "have"])


# a participle after these is passive, not past: "will be held" (the auxiliary decides)
_PASSIVE = frozenset(["be", "being", "been", "is", "are", "am", "get", "gets"])
_CUE_STRIP = '.,;:!?"()[]“”‘’'


def _word_before(text: str, start: int) -> str:
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i].lower().strip("(\"'“‘`")


def _start_of_word_before(text: str, start: int) -> int:
    """Where the word before ``start`` begins."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (or a clause after a colon), quotes and spaces aside."""
    i = start
    while i > 0 and text[i - 1] in _OPENING:
        i -= 1
    while i > 0 and text[i - 1] in _CLOSING:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n"


_OPENING = " \t\"“‘`'("
_CLOSING = "\"”’')"


def is_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalized expression of common words is a name or a title, not a time.

    It is when it fills a whole quotation (ABC's "This Week," "High Noon") or follows a
    capitalized word inside a running sentence ("This is VOA Today.").
    """
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    after = text[end : end + 3].lstrip(",.")
    if start and text[start - 1] in "\"“`'‘" and after[:1] in "\"”'’":
        return True
    before = text[max(0, start - 60) : start]
    if not before.endswith(" "):
        return False
    previous = before.split()
    if len(previous) < 2 or not previous[-1][:1].isupper() or not previous[-1][-1].isalpha():
        return False
    return any(w[:1].islower() for w in previous[-4:-1])


def _word_after(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "%-"):
        j += 1
    return text[i:j].lower()


def _number(word: str) -> float | None:
    """The value of a number as written ("3", "twenty-four", "a few" -> None for vague)."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w[:1].isdigit():
        whole, _, frac = w.partition(" ")
        return float(whole) + (0.5 if frac == "1/2" else 0.0)
    lex = lexicon()
    value = lex.get("number", w)
    if value is not None:
        return None if value == "X" else float(value)
    parts = w.split()
    if len(parts) == 2:
        tens, ones = lex.get("number", parts[0]), lex.get("number", parts[1])
        if tens is not None and ones is not None and tens != "X" and ones != "X":
            return float(tens) + float(ones)
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "CE"
    if w.startswith("millenni"):
        return "ML"
    return lexicon().get("unit", w.rstrip("s") if w.endswith("s") and w != "s" else w) or "X"


def _duration(n: float | None, unit: str) -> str:
    if n is None:
        count = "X"
    elif n != int(n):
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("D", 30)}.get(unit)
        if smaller is None:
            return f"P{n:g}{unit}"
        whole = int(n)
        rest = f"{round((n - whole) * smaller[1])}{smaller[0]}"
        time = "T" if unit in ("H", "S") else ""
        head = f"{whole}{unit}" if whole else ""
        if unit == "D" and time:
            return f"P{head}T{rest}"
        return f"P{time}{head}{rest}"
    else:
        count = str(int(n))
    if unit in ("H", "S", "MIN"):
        return f"PT{count}{unit[0]}"
    if unit == "DE" and count != "X":
        return f"P{int(count) * 10}Y"
    return f"P{count}{unit}"


def _found(m: Match, rule: str, type_: TimeType, value: str, anchored: bool = True) -> Iterator[Found]:
    yield Found(start=m.start(), end=m.end(), type=type_, value=value, anchored=anchored, rule=rule)


def _date_str(d: dt.date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve_day(
    ctx: Context, month: int, day: int, direction: Direction, weekday: int | None = None
) -> dt.date | None:
    """The date of a month and day without a year: by weekday, tense, else the nearest.

    ``direction`` gives the tense (-1 past, 1 future, 0 none); it is called only when the
    nearest date lies so far on one side that the tense could turn to the other.
    """
    a = ctx.anchor
    options = [d for y in (a.year - 1, a.year, a.year + 1) if (d := _safe_date(y, month, day))]
    if weekday is not None:
        same = [d for d in options if d.isoweekday() == weekday]
        if same:
            return min(same, key=lambda d: abs((d - a).days))
    if not options:
        return None
    nearest = min(options, key=lambda d: abs((d - a).days))
    ahead = (nearest - a).days
    if ahead > _TENSE_REACH_DAYS and direction() < 0:
        return max((d for d in options if d <= a), default=nearest)
    if -ahead > _TENSE_REACH_DAYS and direction() > 0:
        return min((d for d in options if d >= a), default=nearest)
    return nearest


def _resolve_month(ctx: Context, month: int, direction: Direction) -> int:
    """The year of a month named without one: past looks back, future ahead, else nearest
    (``direction`` is called, as in :func:`_resolve_day`, only when the tense can decide)."""
    a = ctx.anchor
    diff = month - a.month
    year = a.year - 1 if diff > 6 else a.year + 1 if diff < -6 else a.year
    months_ahead = (year - a.year) * 12 + diff
    if months_ahead > _TENSE_REACH_MONTHS and direction() < 0:
        return year - 1
    if months_ahead < -_TENSE_REACH_MONTHS and direction() > 0:
        return year + 1
    return year


def _resolve_weekday(ctx: Context, weekday: int, rel: str, start: int, end: int) -> dt.date:
    a = ctx.anchor
    back = (a.isoweekday() - weekday) % 7
    ahead = (weekday - a.isoweekday()) % 7
    if rel == "last":
        return a - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return a + dt.timedelta(days=ahead or 7)
    if rel == "past":
        return a - dt.timedelta(days=back)
    if rel == "this":
        return a + dt.timedelta(days=ahead) if ahead <= 3 else a - dt.timedelta(days=back)
    if not back:  # the anchor's own weekday, whatever the tense
        return a
    if tense(ctx.text, start, end) > 0:
        return a + dt.timedelta(days=ahead)
    return a - dt.timedelta(days=back)


def _capitalized(m: Match, group: str) -> bool:
    return m.group(group)[0].isupper()


def _plain_year(ctx: Context, y: int, m: Match, group: str) -> bool:
    """Whether a bare 4-digit number reads as a year here, not as a count or a label."""
    if not 1000 <= y <= ctx.anchor.year + 100:
        return False
    before = _word_before(ctx.text, m.start(group))
    after = _word_after(ctx.text, m.end(group))
    if before in words("number_label") or before.endswith(("$", "£", "€")):
        return False
    if after in ("gmt", "utc", "hours", "hrs", "local", "est", "edt", "pst", "bst", "cet"):
        return False
    return lexicon().get("count_noun", after) is None


def _shift_quarter(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + q - 1 + delta
    return index // 4, index % 4 + 1


def _frame_quarter(ctx: Context, year: int, q: int, end: int, fiscal: bool = False) -> None:
    """Remember a quarter named in the text as the frame of the comparisons after it.

    Only a quarter with results to report frames: one over by the article date, or the
    current one in a clause with a past verb, not only the perfect (a fiscal quarter may
    be named by calendar months); a
    forecast for "the third quarter of 1990" frames nothing, and "a year ago" still means
    the reported quarter. A calendar quarter up to three before a framing one that is over
    ("after a flat second quarter") is a comparison: the frame stays on the later quarter;
    a fiscal quarter, the report's own name for its period, always frames.
    """
    now = quarter_of(ctx.anchor)
    if (year, q) < now or ((year, q) == now and tense(ctx.text, max(0, end - 20), end, weak=False) < 0):
        framing = ctx.last_quarter
        if (
            not fiscal
            and framing
            and end - framing[2] <= _QUARTER_REACH
            and framing[:2] < now
            and 0 < _quarters_between((year, q), framing[:2]) <= 3
        ):
            # "after a flat second quarter": a calendar quarter just before the reported
            # one is a comparison, and the report stays on the later quarter
            year, q = framing[0], framing[1]
        ctx.last_quarter = (year, q, end)


def _quarters_between(first: tuple[int, int], last: tuple[int, int]) -> int:
    """How many quarters ``last`` comes after ``first`` (negative: before)."""
    return (last[0] * 4 + last[1]) - (first[0] * 4 + first[1])


def _quarter_ended(ctx: Context, end: int) -> tuple[int, int] | None:
    """The quarter a following "ended Sept. 30" closes: the calendar quarter of its middle month."""
    m = _ENDED.match(ctx.text, end)
    if m is None:
        return None
    month = _month_number(m["month"])
    if not month:
        return None
    year = ctx.anchor.year - (1 if (month, int(m["day"])) > (ctx.anchor.month, ctx.anchor.day) else 0)
    middle_year, middle = (year, month - 1) if month > 1 else (year - 1, 12)
    return middle_year, (middle - 1) // 3 + 1


_ENDED = re.compile(
    r",?\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>[0-3]?\d)\b"
)


def _framing_quarter(ctx: Context, start: int) -> tuple[int, int] | None:
    if ctx.last_quarter and start - ctx.last_quarter[2] <= _QUARTER_REACH:
        return ctx.last_quarter[0], ctx.last_quarter[1]
    return None


def _frame_stretch(ctx: Context, end: int) -> None:
    """Remember "the first nine months" (a stretch of the reported year) as the frame of the
    comparisons after it: the year of the reported quarter, else of the last quarter over."""
    framing = _framing_quarter(ctx, end) or _shift_quarter(*quarter_of(ctx.anchor), -1)
    ctx.last_stretch = (framing[0], end)


def _framing_stretch(ctx: Context, start: int) -> int | None:
    """The year of the stretch the text reports on, when one was named after the last quarter.

    "In the first nine months, net rose from a year earlier": the comparison is with the
    same months of the year before, a value of year granularity.
    """
    stretch = ctx.last_stretch
    if stretch is None or start - stretch[1] > _QUARTER_REACH:
        return None
    if ctx.last_quarter is not None and ctx.last_quarter[2] > stretch[1]:
        return None
    return stretch[0]


def _season_year(a: dt.date, code: str, step: int) -> int:
    start = _SEASON_START[code]
    if step < 0:
        return a.year if a.month >= start + 3 else a.year - 1
    if step > 0:
        return a.year if a.month < start else a.year + 1
    return a.year


def _month_number(word: str) -> int:
    return int(lexicon().get("month", word) or 0)


def _spoken_number(words: str) -> int:
    parts = words.lower().replace("-", " ").split()
    return sum(int(float(lexicon().get("number", p) or 0)) for p in parts)


def spoken_year(words: str) -> int:
    """The year a spoken year names: "nineteen ninety-six" 1996, "two thousand and five" 2005."""
    head, _, rest = words.lower().replace("-", " ").partition(" ")
    if head == "two":  # two thousand (and five)
        return 2000 + _spoken_number(rest.removeprefix("thousand").replace(" and ", " "))
    return (19 if head == "nineteen" else 20) * 100 + _spoken_number(rest)


Normalizer = Callable[[Match, Context], Iterator[Found]]


@cache
def words(kind: str) -> frozenset[str]:
    """The words of one kind in ``time_words.tsv`` (lower-case)."""
    return frozenset(lexicon().words(kind))
