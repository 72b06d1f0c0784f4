"""Normalizers: one function per grammar rule, from a regex match to TIMEX3 values.

A normalizer reads its rule's groups, checks the words around the match for false
positives ("May" the verb, "1,000 troops"), and returns what it found (possibly nothing).
Relative values count from :attr:`Context.anchor`; nothing the text does not give is
invented: an offset without an explicit anchor ("two days later") stays a duration.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import cache

import attrs

from newsdoc._extract._timex_rules import add_months, iso_week, lexicon, quarter_of, weekend
from newsdoc._models import TimeType

__all__ = ["NORMALIZERS", "Context", "Found"]

Match = re.Match[str]
_DATE, _TIME, _DURATION, _SET = TimeType.DATE, TimeType.TIME, TimeType.DURATION, TimeType.SET

# words before a bare month or year that make it a date ("in May", "since 2006")
_DATE_PREPOSITIONS = frozenset(
    "in since by until till from through during before after of between early late mid last next this "
    "around about throughout starting beginning ending until into as for".split()
)
# words before a 4-digit number that make it a label or a count
_NUMBER_LABELS = frozenset(
    "no no. number # route flight resolution article section model room page pp p. channel highway "
    "interstate code chapter rule form version item bill hr h.r. s. act".split()
)
# words before an -ly time word that make it an adjective ("the quarterly results")
_DETERMINERS = frozenset(
    "the a an its their his her our your my this that these those average total combined annual".split()
)
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
    last_named: tuple[int, int] | None = None  # (year, month or 0) of the last absolute date named


@cache
def _cue_pattern() -> re.Pattern[str]:
    lex = lexicon()
    future = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in lex.words("future_cue"))
    past = "|".join(re.escape(w) for w in lex.words("past_verb"))
    return re.compile(
        rf"(?<![\w'])(?:(?P<future>{future})|(?P<past>{past}|[a-z]+ed|has\s+been|have\s+been))(?![\w'])",
        re.IGNORECASE,
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - _CONTEXT_CHARS), min(len(text), end + _CONTEXT_CHARS)
    for mark in ".;!?\n":
        i = text.rfind(mark, lo, start)
        if i >= 0 and (mark != "." or i + 1 < len(text) and text[i + 1].isspace()):
            lo = max(lo, i + 1)
        j = text.find(mark, end, hi)
        if j >= 0 and (mark != "." or j + 1 >= len(text) or text[j + 1].isspace()):
            hi = min(hi, j)
    return lo, hi


def tense(text: str, start: int, end: int) -> int:
    """The tense of the clause around ``[start, end)``: -1 past, 1 future, 0 unknown.

    The verb cue nearest to the expression decides ("said Thursday it will" is past).
    """
    lo, hi = _clause(text, start, end)
    best, best_distance = 0, _CONTEXT_CHARS * 2
    for cue in _cue_pattern().finditer(text, lo, hi):
        distance = start - cue.end() if cue.end() <= start else cue.start() - end
        if 0 <= distance < best_distance:
            best, best_distance = (1 if cue.group("future") else -1), distance
    return best


def _word_before(text: str, start: int) -> str:
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i].lower().strip("(\"'“‘")


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


def _resolve_day(ctx: Context, month: int, day: int, direction: int, weekday: int | None = None) -> dt.date | None:
    """The date of a month and day without a year: by weekday, tense, else the nearest."""
    a = ctx.anchor
    options = [d for y in (a.year - 1, a.year, a.year + 1) if (d := _safe_date(y, month, day))]
    if weekday is not None:
        same = [d for d in options if d.isoweekday() == weekday]
        if same:
            return min(same, key=lambda d: abs((d - a).days))
    if not options:
        return None
    nearest = min(options, key=lambda d: abs((d - a).days))
    if direction < 0 and (nearest - a).days > _TENSE_REACH_DAYS:
        return max((d for d in options if d <= a), default=nearest)
    if direction > 0 and (a - nearest).days > _TENSE_REACH_DAYS:
        return min((d for d in options if d >= a), default=nearest)
    return nearest


def _resolve_month(ctx: Context, month: int, direction: int) -> int:
    """The year of a month named without one: past looks back, future ahead, else nearest."""
    a = ctx.anchor
    diff = month - a.month
    year = a.year - 1 if diff > 6 else a.year + 1 if diff < -6 else a.year
    months_ahead = (year - a.year) * 12 + diff
    if direction < 0 and months_ahead > _TENSE_REACH_MONTHS:
        return year - 1
    if direction > 0 and months_ahead < -_TENSE_REACH_MONTHS:
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
    if rel == "this":
        return a + dt.timedelta(days=ahead) if ahead <= 3 else a - dt.timedelta(days=back)
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
    if before in _NUMBER_LABELS or before.endswith(("$", "£", "€")):
        return False
    if after in ("gmt", "utc", "hours", "hrs", "local", "est", "edt", "pst", "bst", "cet"):
        return False
    return lexicon().get("count_noun", after) is None


# ---- rules ---------------------------------------------------------------------------


def _iso_date(m: Match, ctx: Context) -> Iterator[Found]:
    d = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    if d:
        yield from _found(m, "iso_date", _DATE, _date_str(d), anchored=False)


def _slash_date(m: Match, ctx: Context) -> Iterator[Found]:
    y = int(m["sl_y"])
    if len(m["sl_y"]) == 2:
        y += 2000 if y <= ctx.anchor.year % 100 + 1 else 1900
    d = _safe_date(y, int(m["sl_m"]), int(m["sl_d"]))
    if d:
        yield from _found(m, "slash_date", _DATE, _date_str(d), anchored=False)


def _day_of(ctx: Context, word: str | None, start: int, end: int) -> dt.date:
    if not word:
        return ctx.anchor
    w = word.lower()
    if w == "yesterday":
        return ctx.anchor - dt.timedelta(days=1)
    if w == "tomorrow":
        return ctx.anchor + dt.timedelta(days=1)
    weekday = lexicon().get("weekday", w)
    if weekday is None:
        return ctx.anchor
    return _resolve_weekday(ctx, int(weekday), "", start, end)


def _clock(m: Match, ctx: Context) -> Iterator[Found]:
    hour, minute = int(m["ck_h"]), int(m["ck_min"] or 0)
    if not 1 <= hour <= 12:
        return
    hour = hour % 12 + (12 if m["ck_ap"].lower().startswith("p") else 0)
    day = _day_of(ctx, m["ck_day"], m.start(), m.end())
    yield from _found(m, "clock", _TIME, f"{day.isoformat()}T{hour:02d}:{minute:02d}")


def _noon(m: Match, ctx: Context) -> Iterator[Found]:
    day = _day_of(ctx, m["nn_day"], m.start(), m.end())
    clock = "12:00" if m["nn"].lower() == "noon" else "24:00"
    yield from _found(m, "noon", _TIME, f"{day.isoformat()}T{clock}")


def _month_number(word: str) -> int:
    return int(lexicon().get("month", word) or 0)


def _month_day(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "md_m"):
        return
    month = _month_number(m["md_m"])
    day = int(m["md_d"].rstrip("stndrdth"))
    weekday = int(lexicon().get("weekday", m["md_wd"]) or 0) if m["md_wd"] else None
    if m["md_y"]:
        d = _safe_date(int(m["md_y"]), month, day)
        anchored = False
    else:
        d = _resolve_day(ctx, month, day, tense(ctx.text, m.start(), m.end()), weekday)
        anchored = True
    if d is None:
        return
    if m["md_d2"]:
        second = _safe_date(d.year, month, int(m["md_d2"].rstrip("stndrdth")))
        first_end = m.end("md_d")
        yield Found(start=m.start(), end=first_end, type=_DATE, value=d.isoformat(), anchored=anchored,
                    rule="month_day_range")  # fmt: skip
        if second:
            yield Found(start=m.start("md_d2"), end=m.end(), type=_DATE, value=second.isoformat(),
                        anchored=anchored, rule="month_day_range")  # fmt: skip
        return
    if m["md_y"]:
        ctx.last_named = (d.year, d.month)
    yield from _found(m, "month_day_year" if m["md_y"] else "month_day", _DATE, d.isoformat(), anchored)


def _day_month(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "dm_m"):
        return
    month, day = _month_number(m["dm_m"]), int(m["dm_d"].rstrip("stndrdth"))
    if m["dm_y"]:
        d, anchored = _safe_date(int(m["dm_y"]), month, day), False
    else:
        d, anchored = _resolve_day(ctx, month, day, tense(ctx.text, m.start(), m.end())), True
    if d:
        yield from _found(m, "day_month_year" if m["dm_y"] else "day_month", _DATE, d.isoformat(), anchored)


def _month_year(m: Match, ctx: Context) -> Iterator[Found]:
    if _capitalized(m, "my_m"):
        ctx.last_named = (int(m["my_y"]), _month_number(m["my_m"]))
        yield from _found(m, "month_year", _DATE, f"{int(m['my_y']):04d}-{_month_number(m['my_m']):02d}", False)


def _month(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "mo_m"):
        return
    name, month = m["mo_m"], _month_number(m["mo_m"])
    rel, rel2 = (m["mo_rel"] or "").lower(), (m["mo_rel2"] or "").lower()
    if not rel and not rel2:
        before = _word_before(ctx.text, m.start())
        possessive = ctx.text.startswith(("'s", "’s"), m.end())
        strict = name.lower() in ("may", "march", "august") or "." in name or len(name) <= 3
        allowed = _DATE_PREPOSITIONS - {"as", "for", "about", "this", "last", "next"} if strict else _DATE_PREPOSITIONS
        if before not in allowed and not (possessive and not strict):
            return
    a = ctx.anchor
    if rel2:
        year = a.year + {"this": 0, "last": -1, "next": 1}[rel2]
    elif rel in ("last", "past", "previous"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming", "following"):
        year = a.year if month > a.month else a.year + 1
    elif rel in ("this", "current"):
        year = a.year
    else:
        year = _resolve_month(ctx, month, tense(ctx.text, m.start(), m.end()))
    yield from _found(m, "month", _DATE, f"{year:04d}-{month:02d}")


def _weekday(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "wd"):
        return
    weekday = int(lexicon().get("weekday", m["wd"]) or 0)
    rel = (m["wd_rel"] or "").lower()
    d = _resolve_weekday(ctx, weekday, rel if rel in ("last", "next", "coming", "this") else "", m.start(), m.end())
    if m["wd_pod"]:
        pod = lexicon().get("part_of_day", m["wd_pod"]) or "MO"
        yield from _found(m, "weekday_part_of_day", _TIME, d.isoformat() + _POD_TIME[pod])
        return
    yield from _found(m, "weekday", _DATE, d.isoformat())


def _decade(m: Match, ctx: Context) -> Iterator[Found]:
    if m["dc"]:
        yield from _found(m, "decade", _DATE, m["dc"], anchored=False)
        return
    century = ctx.anchor.year // 100
    if century * 100 + int(m["dc2"]) * 10 > ctx.anchor.year:
        century -= 1
    yield from _found(m, "decade", _DATE, f"{century}{m['dc2']}")


def _century(m: Match, ctx: Context) -> Iterator[Found]:
    word = m["ce_n"].lower()
    n = int(word[:-2]) if word[:1].isdigit() else int(lexicon().get("ordinal", word) or 0)
    if 1 <= n <= 30:
        yield from _found(m, "century", _DATE, f"{n - 1:02d}", anchored=False)


def _quarter(m: Match, ctx: Context) -> Iterator[Found]:
    word, unit = m["q_ord"].lower(), m["q_unit"].lower()
    a = ctx.anchor
    year_now, q_now = quarter_of(a)
    pre = (m["q_pre"] or "").lower()
    ordinal = lexicon().get("ordinal", word)
    if unit == "period" and ordinal is not None:
        return
    if ordinal is not None and ordinal != "-1":
        n = int(ordinal)
        if n > (2 if unit == "half" else 4):
            return
        if m["q_y"] or m["q_fy"] or m["q_y0"]:
            year = int(m["q_y"] or m["q_fy"] or m["q_y0"])
        elif m["q_yrel"] or pre.endswith("year's"):
            rel = (m["q_yrel"] or pre.split()[0]).lower()
            year = a.year + {"this": 0, "last": -1, "next": 1}[rel]
        else:
            current = q_now if unit != "half" else (a.month - 1) // 6 + 1
            later = n > current
            year = a.year - 1 if later and tense(ctx.text, m.start(), m.end()) < 0 else a.year
        if m["q_ago"]:
            year -= 1
        if unit == "half":
            yield from _found(m, "half", _DATE, f"{year}-H{n}")
            return
        ctx.last_quarter = (year, n, m.end())
        yield from _found(m, "quarter", _DATE, f"{year}-Q{n}")
        return
    base = _framing_quarter(ctx, m.start()) or _shift_quarter(year_now, q_now, -1)
    if unit == "half":
        return
    if word in ("year-ago", "year-earlier", "same"):
        if word == "same" and "year" not in _word_after(ctx.text, m.end()) + ctx.text[m.end() : m.end() + 30]:
            return
        year, q = base[0] - 1, base[1]
    elif word in ("previous", "past", "last") or ordinal == "-1":
        year, q = _shift_quarter(*base, -1) if ctx.last_quarter else base
    elif word == "current":
        year, q = year_now, q_now
    elif word == "latest":
        year, q = _shift_quarter(year_now, q_now, -1)
        ctx.last_quarter = (year, q, m.end())
    else:
        year, q = base
        ctx.last_quarter = (year, q, m.end())
    yield from _found(m, "quarter_relative", _DATE, f"{year}-Q{q}")


def _shift_quarter(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + q - 1 + delta
    return index // 4, index % 4 + 1


def _framing_quarter(ctx: Context, start: int) -> tuple[int, int] | None:
    if ctx.last_quarter and start - ctx.last_quarter[2] <= _QUARTER_REACH:
        return ctx.last_quarter[0], ctx.last_quarter[1]
    return None


def _quarter_year(m: Match, ctx: Context) -> Iterator[Found]:
    if not m["qy_q"][0].isupper():
        return
    q = int(m["qy_q"][1])
    year = int(m["qy_y"]) if m["qy_y"] else ctx.anchor.year
    ctx.last_quarter = (year, q, m.end())
    yield from _found(m, "quarter", _DATE, f"{year}-Q{q}", anchored=not m["qy_y"])


def _the_quarter(m: Match, ctx: Context) -> Iterator[Found]:
    framing = _framing_quarter(ctx, m.start())
    if m["tq"].lower() == "period" and framing is None:
        return
    year_now, q_now = quarter_of(ctx.anchor)
    year, q = framing or _shift_quarter(year_now, q_now, -1)
    yield from _found(m, "the_quarter", _DATE, f"{year}-Q{q}")


def _year_period(m: Match, ctx: Context) -> Iterator[Found]:
    framing = _framing_quarter(ctx, m.start())
    year = int(m["yp_y"])
    if framing is None:
        yield from _found(m, "year_period", _DATE, str(year), anchored=False)
        return
    yield from _found(m, "year_period", _DATE, f"{year}-Q{framing[1]}")


def _in_the_unit(m: Match, ctx: Context) -> Iterator[Found]:
    unit, a = m["iu_u"].lower(), ctx.anchor
    value = {"year": str(a.year), "month": f"{a.year:04d}-{a.month:02d}", "week": iso_week(a),
             "day": a.isoformat()}[unit]  # fmt: skip
    yield from _found(m, "in_the_unit", _DATE, value)


def _the_weekend(m: Match, ctx: Context) -> Iterator[Found]:
    a = ctx.anchor
    if tense(ctx.text, m.start(), m.end()) > 0 or a.isoweekday() >= 6:
        yield from _found(m, "the_weekend", _DATE, weekend(a))
    else:
        yield from _found(m, "the_weekend", _DATE, weekend(a - dt.timedelta(weeks=1)))


def _the_year(m: Match, ctx: Context) -> Iterator[Found]:
    if _word_before(ctx.text, m.start()) in ("for", "of", "during", "through", "throughout"):
        yield from _found(m, "the_year", _DATE, str(ctx.anchor.year))


def _spoken_number(words: str) -> int:
    parts = words.lower().replace("-", " ").split()
    return sum(int(float(lexicon().get("number", p) or 0)) for p in parts)


def _spoken_year(m: Match, ctx: Context) -> Iterator[Found]:
    if m["sy_c"]:
        year = (19 if m["sy_c"].lower() == "nineteen" else 20) * 100 + _spoken_number(m["sy_y"])
    else:
        year = 2000 + (_spoken_number(m["sy_k"]) if m["sy_k"] else 0)
    ctx.last_named = (year, 0)
    yield from _found(m, "spoken_year", _DATE, str(year), anchored=False)


def _spoken_decade(m: Match, ctx: Context) -> Iterator[Found]:
    tens = _spoken_number(m["sd"].lower().replace("ties", "ty").replace("twenties", "twenty")) // 10
    if m["sd_c"]:
        century = 19 if m["sd_c"].lower() == "nineteen" else 18
    else:
        century = ctx.anchor.year // 100
        if century * 100 + tens * 10 > ctx.anchor.year:
            century -= 1
    yield from _found(m, "spoken_decade", _DATE, f"{century}{tens}", anchored=not m["sd_c"])


def _fiscal_year(m: Match, ctx: Context) -> Iterator[Found]:
    yield from _found(m, "fiscal_year", _DATE, m["fy"], anchored=False)


def _shifted(ctx: Context, n: int, unit: str, start: int) -> str | None:
    """The value ``n`` units before (negative ``n``: after) the anchor, at the unit's granularity."""
    a = ctx.anchor
    if unit in ("D", "H", "MIN", "S"):
        return (a - dt.timedelta(days=n if unit == "D" else 0)).isoformat()
    if unit in ("W", "2W"):
        return (a - dt.timedelta(days=7 * n * (2 if unit == "2W" else 1))).isoformat()
    if unit == "M":
        y, mo = add_months(a.year, a.month, -n)
        return f"{y:04d}-{mo:02d}"
    if unit == "Q":
        y, q = _shift_quarter(*quarter_of(a), -n)
        return f"{y}-Q{q}"
    if unit == "Y":
        framing = _framing_quarter(ctx, start)
        if framing and n == 1:
            return f"{framing[0] - 1}-Q{framing[1]}"
        return str(a.year - n)
    if unit == "DE":
        return str((a.year - 10 * n) // 10)
    return None


def _ago(m: Match, ctx: Context) -> Iterator[Found]:
    n, unit, direction = _number(m["ag_n"]), _unit(m["ag_u"]), " ".join(m["ag_dir"].lower().split())
    if direction in ("later", "after", "before"):
        yield from _found(m, "offset_duration", _DURATION, _duration(n, unit), anchored=False)
        return
    sign = -1 if direction in ("from now", "hence") else 1
    if n is None or n != int(n):
        yield from _found(m, "ago_vague", _DATE, "FUTURE_REF" if sign < 0 else "PAST_REF")
        return
    value = _shifted(ctx, sign * int(n), unit, m.start())
    if value:
        yield from _found(m, "ago" if sign > 0 else "from_now", _DATE, value)


def _relative(m: Match, ctx: Context) -> Iterator[Found]:
    rel = " ".join(m["rl_rel"].lower().split())
    step = _REL_STEP[rel]
    unit = m["rl_u"].lower()
    a = ctx.anchor
    if rel in ("the following", "the previous", "the same"):
        yield from _after_mentioned(m, ctx, step, unit)
        return
    rule = "relative_" + unit
    if unit == "week":
        value = iso_week(a + dt.timedelta(weeks=step))
    elif unit == "weekend":
        value = weekend(a + dt.timedelta(weeks=step))
    elif unit == "month":
        y, mo = add_months(a.year, a.month, step)
        value = f"{y:04d}-{mo:02d}"
    elif unit == "year":
        value = str(a.year + step)
    elif unit == "decade":
        value = str(a.year // 10 + step)
    elif unit == "century":
        value = f"{a.year // 100 + step:02d}"
    elif unit == "quarter":
        y, q = _shift_quarter(*quarter_of(a), step)
        ctx.last_quarter = (y, q, m.end())
        value = f"{y}-Q{q}"
    else:
        code = lexicon().get("season", unit) or "SU"
        value = f"{_season_year(a, code, step)}-{code}"
        rule = "relative_season"
    yield from _found(m, rule, _DATE, value)


def _after_mentioned(m: Match, ctx: Context, step: int, unit: str) -> Iterator[Found]:
    """ "the following year": counted from the last year or month the text named, if any."""
    if ctx.last_named is None or unit not in ("year", "month"):
        return
    year, month = ctx.last_named
    if unit == "year":
        value = str(year + step)
    elif month:
        y, mo = add_months(year, month, step)
        value = f"{y:04d}-{mo:02d}"
    else:
        return
    yield Found(start=m.start(), end=m.end(), type=_DATE, value=value, anchored=False, rule="relative_to_text")


def _season_year(a: dt.date, code: str, step: int) -> int:
    start = _SEASON_START[code]
    if step < 0:
        return a.year if a.month >= start + 3 else a.year - 1
    if step > 0:
        return a.year if a.month < start else a.year + 1
    return a.year


def _end_of(m: Match, ctx: Context) -> Iterator[Found]:
    unit, a = m["eo_u"].lower(), ctx.anchor
    value = {"year": str(a.year), "month": f"{a.year:04d}-{a.month:02d}", "week": iso_week(a),
             "decade": str(a.year // 10)}[unit]  # fmt: skip
    yield from _found(m, "end_of", _DATE, value)


def _year_end(m: Match, ctx: Context) -> Iterator[Found]:
    unit, a = m["ye"].lower(), ctx.anchor
    value = {"year": str(a.year), "month": f"{a.year:04d}-{a.month:02d}", "week": iso_week(a)}[unit]
    yield from _found(m, "year_end", _DATE, value)


def _year_ago(m: Match, ctx: Context) -> Iterator[Found]:
    framing = _framing_quarter(ctx, m.start())
    value = f"{framing[0] - 1}-Q{framing[1]}" if framing else str(ctx.anchor.year - 1)
    yield from _found(m, "year_ago", _DATE, value)


def _season(m: Match, ctx: Context) -> Iterator[Found]:
    code = lexicon().get("season", m["se"]) or "SU"
    rel = (m["se_rel"] or "").lower()
    before = _word_before(ctx.text, m.start())
    if m["se_y"]:
        yield from _found(m, "season_year", _DATE, f"{m['se_y']}-{code}", anchored=False)
        return
    if rel in _REL_STEP:
        yield from _found(m, "season", _DATE, f"{_season_year(ctx.anchor, code, _REL_STEP[rel])}-{code}")
        return
    if (rel or before in ("in", "during", "by", "until", "since", "this", "the")) and not _word_after(
        ctx.text, m.end()
    ).startswith("of"):
        t = tense(ctx.text, m.start(), m.end())
        yield from _found(m, "season", _DATE, f"{_season_year(ctx.anchor, code, t)}-{code}")


def _year(m: Match, ctx: Context) -> Iterator[Found]:
    y = int(m["y"])
    if not m["y_mod"] and not _plain_year(ctx, y, m, "y"):
        return
    ctx.last_named = (y, 0)
    yield from _found(m, "year", _DATE, f"{y:04d}", anchored=False)


def _deictic(m: Match, ctx: Context) -> Iterator[Found]:
    word = " ".join(m["dx"].lower().split())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]  # fmt: skip
    d = (ctx.anchor + dt.timedelta(days=offset)).isoformat()
    if m["dx_pod"] or word == "tonight":
        pod = lexicon().get("part_of_day", m["dx_pod"] or "night") or "NI"
        yield from _found(m, "deictic_part_of_day", _TIME, d + _POD_TIME[pod])
        return
    yield from _found(m, "deictic", _DATE, d)


def _part_of_day(m: Match, ctx: Context) -> Iterator[Found]:
    rel = m["pd_rel"].lower()
    pod = lexicon().get("part_of_day", m["pd"]) or "MO"
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod != "NI":
        return
    d = ctx.anchor + dt.timedelta(days=offset)
    yield from _found(m, "part_of_day", _TIME, d.isoformat() + _POD_TIME[pod])


def _set(m: Match, ctx: Context) -> Iterator[Found]:
    lex = lexicon()
    adverb = lex.get("set_adverb", m.group())
    if adverb and " " not in m.group() and _word_before(ctx.text, m.start()) in _DETERMINERS:
        return  # "its quarterly dividend": an adjective
    if adverb:
        yield from _found(m, "set", _SET, adverb, anchored=False)
        return
    what = m["st_u"]
    every = m["st_n"]
    n = 2 if every and every.lower() == "other" else _number(every) if every else 1
    if (weekday := lex.get("weekday", what)) is not None:
        value = f"XXXX-WXX-{weekday}"
    elif (month := lex.get("month", what)) is not None:
        value = f"XXXX-{int(month):02d}"
    elif (season := lex.get("season", what)) is not None:
        value = f"XXXX-{season}"
    elif (pod := lex.get("part_of_day", what)) is not None:
        value = "XXXX-XX-XX" + _POD_TIME[pod]
    else:
        value = _duration(n, _unit(what))
    yield from _found(m, "set", _SET, value, anchored=False)


def _per_unit(m: Match, ctx: Context) -> Iterator[Found]:
    unit = _unit(m["pu_u"])
    window = ctx.text[max(0, m.start() - 25) : m.start()].lower()
    before = _word_before(ctx.text, m.start())
    if m["pu_a"].lower() == "per" or any(c.isdigit() for c in window) or before in ("once", "twice", "times"):
        yield from _found(m, "set", _SET, f"P1{unit}", anchored=False)
    elif before in ("for", "than", "about", "nearly", "almost", "within", "over", "after", "in", "half"):
        yield from _found(m, "duration", _DURATION, f"P1{unit}", anchored=False)


def _duration_rule(m: Match, ctx: Context) -> Iterator[Found]:
    n, unit = _number(m["du_n"]), _unit(m["du_u"])
    pre = " ".join((m["du_pre"] or "").lower().split())
    word = m["du_n"].lower()
    if word in ("a", "an", "one") and not pre and not m["du_adj"]:
        before = _word_before(ctx.text, m.start())
        if before not in ("for", "than", "about", "nearly", "almost", "within", "over", "after", "in", "least"):
            return
    if n is None and word in ("some", "many") and unit not in ("Y", "M", "W", "D"):
        return
    after = _word_after(ctx.text, m.end())
    if after == "old" or (m["du_adj"] or "").lower() == "-old":  # an age, not a stretch of time
        return
    if unit == "Q" and (after == "of" or "-" in m.group() or word in ("a", "an", "three")):  # a fraction
        return
    yield from _found(m, "duration", _DURATION, _duration(n, unit), anchored=False)


def _holiday(m: Match, ctx: Context) -> Iterator[Found]:
    if not m.group()[0].isupper() and not m.group().lower().startswith("the"):
        return
    month, day = (int(p) for p in (lexicon().get("holiday", m.group()) or "01-01").split("-"))
    d = _resolve_day(ctx, month, day, tense(ctx.text, m.start(), m.end()))
    if d:
        yield from _found(m, "holiday", _DATE, d.isoformat())


def _ref(m: Match, ctx: Context) -> Iterator[Found]:
    lex = lexicon()
    word = m.group().lower()
    before, after = _word_before(ctx.text, m.start()), ctx.text[m.end() : m.end() + 1]
    if word == "soon" and before == "as":  # "as soon as": a conjunction
        return
    if word == "earlier" and after.isalnum() is False and after not in ",.;:)\n" and after != "":
        return
    if word == "earlier" and after == " " and _word_after(ctx.text, m.end()).isalpha():
        return  # "the earlier model": an adjective
    for kind, value in (("past_ref", "PAST_REF"), ("present_ref", "PRESENT_REF"), ("future_ref", "FUTURE_REF")):
        if lex.get(kind, m.group()) is not None:
            yield from _found(m, kind, _DATE, value, anchored=False)
            return


NORMALIZERS: dict[str, Callable[[Match, Context], Iterator[Found]]] = {
    "iso_date": _iso_date,
    "slash_date": _slash_date,
    "clock": _clock,
    "noon": _noon,
    "month_day": _month_day,
    "day_month": _day_month,
    "month_year": _month_year,
    "month": _month,
    "weekday": _weekday,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "quarter_year": _quarter_year,
    "the_quarter": _the_quarter,
    "year_period": _year_period,
    "in_the_unit": _in_the_unit,
    "the_weekend": _the_weekend,
    "the_year": _the_year,
    "spoken_year": _spoken_year,
    "spoken_decade": _spoken_decade,
    "fiscal_year": _fiscal_year,
    "ago": _ago,
    "relative": _relative,
    "end_of": _end_of,
    "year_end": _year_end,
    "year_ago": _year_ago,
    "season": _season,
    "year": _year,
    "deictic": _deictic,
    "part_of_day": _part_of_day,
    "set": _set,
    "per_unit": _per_unit,
    "duration": _duration_rule,
    "holiday": _holiday,
    "ref": _ref,
}
