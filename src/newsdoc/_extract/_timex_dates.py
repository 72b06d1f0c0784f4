"""Normalizers of calendar expressions: dates, months, weekdays, years, quarters, clock times.

Each function reads one grammar rule's match and yields what it found, possibly nothing
(a false positive such as "May" the verb or "1,000 troops").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsdoc._extract._timex_base import (
    _POD_TIME,
    Context,
    Direction,
    Found,
    Match,
    _capitalized,
    _date_str,
    _found,
    _frame_quarter,
    _framing_quarter,
    _framing_stretch,
    _month_number,
    _plain_year,
    _quarter_ended,
    _resolve_day,
    _resolve_month,
    _resolve_weekday,
    _safe_date,
    _shift_quarter,
    _spoken_number,
    _word_after,
    _word_before,
    framed_year,
    near,
    spoken_year,
    tense,
    words,
)
from newsdoc._extract._timex_rules import iso_week, lexicon, quarter_of
from newsdoc._models import TimeType

_DATE, _TIME, _DURATION, _SET = TimeType.DATE, TimeType.TIME, TimeType.DURATION, TimeType.SET


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


def _direction(ctx: Context, m: Match, rel: str = "") -> Direction:
    """The tense around a match, read when called: "last" looks back, "next" ahead."""
    if rel == "last":
        return lambda: -1
    if rel == "next":
        return lambda: 1
    return lambda: tense(ctx.text, m.start(), m.end())


def _clock(m: Match, ctx: Context) -> Iterator[Found]:
    hour, minute = int(m["ck_h"]), int(m["ck_min"] or 0)
    if not 1 <= hour <= 12:
        return
    hour = hour % 12 + (12 if m["ck_ap"].lower().startswith("p") else 0)
    day = _day_of(ctx, m["ck_day"], m.start(), m.end())
    yield from _found(m, "clock", _TIME, f"{day.isoformat()}T{hour:02d}:{minute:02d}")


def _noon(m: Match, ctx: Context) -> Iterator[Found]:
    if _word_before(ctx.text, m.start()) == "high":  # "high noon": a figure of speech
        return
    day = _day_of(ctx, m["nn_day"], m.start(), m.end())
    clock = "12:00" if m["nn"].lower() == "noon" else "24:00"
    yield from _found(m, "noon", _TIME, f"{day.isoformat()}T{clock}")


def _month_day(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "md_m"):
        return
    month = _month_number(m["md_m"])
    day = int(m["md_d"][:2].rstrip("snrt"))
    weekday = int(lexicon().get("weekday", m["md_wd"]) or 0) if m["md_wd"] else None
    if m["md_y"]:
        d = _safe_date(int(m["md_y"]), month, day)
        anchored = False
    elif not m["md_rel"] and (framed := framed_year(ctx, m.start())) is not None:
        d, anchored = _safe_date(framed, month, day), False  # "In 2019, ... on March 3"
    else:
        rel = (m["md_rel"] or "").lower()
        d = _resolve_day(ctx, month, day, _direction(ctx, m, rel), weekday)
        anchored = True
    if d is None:
        return
    if m["md_d2"]:
        second = _safe_date(d.year, month, int(m["md_d2"][:2].rstrip("snrt")))
        first_end = m.end("md_d")
        yield Found(start=m.start(), end=first_end, type=_DATE, value=d.isoformat(), anchored=anchored,
                    rule="month_day_range")  # fmt: skip
        if second:
            yield Found(start=m.start("md_d2"), end=m.end(), type=_DATE, value=second.isoformat(),
                        anchored=anchored, rule="month_day_range")  # fmt: skip
        return
    yield from _found(m, "month_day_year" if m["md_y"] else "month_day", _DATE, d.isoformat(), anchored)


def _week_of(m: Match, ctx: Context) -> Iterator[Found]:
    """ "the week of March 6": the ISO week holding that day."""
    if not _capitalized(m, "wo_m"):
        return
    month, day = _month_number(m["wo_m"]), int(m["wo_d"][:2].rstrip("snrt"))
    if m["wo_y"]:
        d, anchored = _safe_date(int(m["wo_y"]), month, day), False
    else:
        d, anchored = _resolve_day(ctx, month, day, _direction(ctx, m)), True
    if d:
        yield from _found(m, "week_of", _DATE, iso_week(d), anchored)


def _day_month(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "dm_m"):
        return
    month, day = _month_number(m["dm_m"]), int(m["dm_d"][:2].rstrip("snrt"))
    if m["dm_y"]:
        d, anchored = _safe_date(int(m["dm_y"]), month, day), False
    elif (framed := framed_year(ctx, m.start())) is not None:
        d, anchored = _safe_date(framed, month, day), False
    else:
        d, anchored = _resolve_day(ctx, month, day, _direction(ctx, m)), True
    if d:
        yield from _found(m, "day_month_year" if m["dm_y"] else "day_month", _DATE, d.isoformat(), anchored)


def _month_year(m: Match, ctx: Context) -> Iterator[Found]:
    if _capitalized(m, "my_m"):
        year = int(m["my_y"]) if m["my_y"] else spoken_year(m["my_sy"])
        yield from _found(m, "month_year", _DATE, f"{year:04d}-{_month_number(m['my_m']):02d}", False)


def _month(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "mo_m"):
        return
    name, month = m["mo_m"], _month_number(m["mo_m"])
    rel, rel2 = (m["mo_rel"] or "").lower(), (m["mo_rel2"] or "").lower()
    if not rel and not rel2:
        before = _word_before(ctx.text, m.start())
        possessive = ctx.text.startswith(("'s", "’s"), m.end())
        strict = name.lower() in ("may", "march", "august") or "." in name or len(name) <= 3
        allowed = (
            words("date_preposition") - {"as", "for", "about", "this", "last", "next"}
            if strict
            else words("date_preposition")
        )
        # "a June agreement", "the March accession": a month name after an article, before
        # a common noun, dates it ("the March on Washington" is a march, "the August
        # assembly" an august one, "the Mar. deal" too short to tell)
        after = _word_after(ctx.text, m.end())
        modifier = (
            before in ("a", "an", "the")
            and ctx.text[m.end() : m.end() + 2].strip()[:1].islower()
            and not (strict and (after in _NOT_NOUNS or name.lower() not in ("march", "may")))
        )
        if before not in allowed and not (possessive and not strict) and not modifier:
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
    elif (framed := framed_year(ctx, m.start())) is not None:
        yield Found(start=m.start(), end=m.end(), type=_DATE, value=f"{framed:04d}-{month:02d}", anchored=False,
                    rule="month_in_frame")  # fmt: skip
        return
    else:
        year = _resolve_month(ctx, month, _direction(ctx, m))
    yield from _found(m, "month", _DATE, f"{year:04d}-{month:02d}")


# words after "the March", "the May" that show a noun (a march), not a month as modifier
_NOT_NOUNS = frozenset(["of", "on", "to", "for", "from", "in", "at", "by", "with", "through", "against", "and", "or"])


def _weekday(m: Match, ctx: Context) -> Iterator[Found]:
    if not _capitalized(m, "wd"):
        return
    weekday = int(lexicon().get("weekday", m["wd"]) or 0)
    rel = (m["wd_rel"] or "").lower()
    if rel in ("previous", "preceding", "following"):
        yield from _weekday_after_mentioned(m, ctx, weekday, rel)
        return
    if rel not in ("last", "next", "coming", "this"):
        # "Monday's vote": an event the day names has mostly happened already
        rel = "past" if m.group().lower().endswith(("'s", "’s")) else ""
    d = _resolve_weekday(ctx, weekday, rel, m.start(), m.end())
    if m["wd_pod"]:
        pod = lexicon().get("part_of_day", m["wd_pod"]) or "MO"
        yield from _found(m, "weekday_part_of_day", _TIME, d.isoformat() + _POD_TIME[pod])
        return
    yield from _found(m, "weekday", _DATE, d.isoformat())


def _weekday_after_mentioned(m: Match, ctx: Context, weekday: int, rel: str) -> Iterator[Found]:
    """ "the previous Friday", "the following Monday": counted from the last day the text
    named (an anaphor), else from the article date as "last Friday", "next Monday"."""
    last = ctx.last_date
    if last and last[2]:
        base = dt.date(*last)
        if rel == "following":
            d = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
        else:
            d = base - dt.timedelta(days=(base.isoweekday() - weekday) % 7 or 7)
        yield Found(start=m.start(), end=m.end(), type=_DATE, value=d.isoformat(), anchored=False,
                    rule="weekday_anaphoric")  # fmt: skip
        return
    d = _resolve_weekday(ctx, weekday, "next" if rel == "following" else "last", m.start(), m.end())
    yield from _found(m, "weekday", _DATE, d.isoformat())


def _decade(m: Match, ctx: Context) -> Iterator[Found]:
    if m["dc"]:
        yield from _found(m, "decade", _DATE, m["dc"], anchored=False)
        return
    tens = m["dc2"] or m["dc3"]
    if m["dc3"] and not _bare_decade(m, ctx):
        return
    century = ctx.anchor.year // 100
    if century * 100 + int(tens) * 10 > ctx.anchor.year:
        century -= 1
    yield from _found(m, "decade", _DATE, f"{century}{tens}")


def _bare_decade(m: Match, ctx: Context) -> bool:
    """Whether "70s" without an apostrophe is a decade (one of the 1950s to the 1990s, which
    news names so; "the 30s" is more often a rate): after "the" ("the 70s", not "his 70s",
    an age), unless the words before are about temperatures or prices ("highs in the 80s",
    "the stock fell to the 30s"), or joined to a decade just named ("the 1960s and 70s")."""
    if m.group()[:3].lower() == "the":
        before = ctx.text[max(0, m.start() - _TEMPERATURE_REACH) : m.start()].lower()
        return not any(w in before for w in _TEMPERATURE_WORDS)
    value = ctx.last_value or ""
    return (
        len(value) == 3
        and value.isdigit()
        and m.start() - ctx.last_end <= 8
        and ctx.text[ctx.last_end : m.start()].strip().lower() in ("and", "or", "to", "-", "–")
    )


_TEMPERATURE_REACH = 80  # how far before "the 80s" a word can show a temperature or a price
# words (and word beginnings) before "the 80s" that show a measure, not a decade
_TEMPERATURE_WORDS = (
    *("temperature", "degree", "high", "low", "°", "fahrenheit", "celsius", "weather", "forecast"),
    *("$", "price", "stock", "share", "trad", "percent", "%", "yield", "rate", "index", "point", "score"),
    *("rating", "approv", "poll", "unemploy"),
)


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
    if m["q_n"]:  # "the first two quarters": a half, "the first three quarters": no one value
        if m["q_n"].lower() != "two" or unit != "quarter" or ordinal not in ("1", "-1"):
            return
        unit, ordinal = "half", "1" if ordinal == "1" else "2"
    if ordinal == "-1" and (m["q_y"] or m["q_fy"] or m["q_y0"]):
        ordinal = "2" if unit == "half" else "4"  # "the last quarter of 1989"
    if ordinal is not None and ordinal != "-1":
        n = int(ordinal)
        if n > (2 if unit == "half" else 4):
            return
        if m["q_y"] or m["q_fy"] or m["q_y0"]:
            year = int(m["q_y"] or m["q_fy"] or m["q_y0"])
        elif m["q_yrel"] or pre.endswith("year's"):
            rel = (m["q_yrel"] or pre.split()[0]).lower()
            year = a.year + {"this": 0, "last": -1, "next": 1}[rel]
        elif (framed := framed_year(ctx, m.start())) is not None:
            year = framed  # "In 2019, ... in the third quarter"
        else:
            current = q_now if unit != "half" else (a.month - 1) // 6 + 1
            later = n > current
            year = a.year - 1 if later and tense(ctx.text, m.start(), m.end()) < 0 else a.year
        if m["q_ago"]:
            year -= 1
        if unit == "half":
            yield from _found(m, "half", _DATE, f"{year}-H{n}")
            return
        _frame_quarter(ctx, year, n, m.end(), fiscal="fiscal" in m.group().lower())
        yield from _found(m, "quarter", _DATE, f"{year}-Q{n}")
        return
    base = _framing_quarter(ctx, m.start()) or _shift_quarter(year_now, q_now, -1)
    if unit == "half":
        return
    if word in ("year-ago", "year-earlier", "same"):
        if word == "same":
            if (m["q_yrel"] or "").lower() != "last" and "year" not in ctx.text[m.end() : m.end() + 30].lower():
                return
            if (month := _month_named_before(ctx, m.start())) is not None:
                # "sales rose in February compared to the same period last year": that month
                yield from _found(m, "same_period", _DATE, f"{month[0] - 1:04d}-{month[1]:02d}")
                return
        year, q = base[0] - 1, base[1]
    elif word in ("previous", "past", "last") or ordinal == "-1":
        year, q = _shift_quarter(*base, -1) if ctx.last_quarter else base
    elif word == "current":
        year, q = year_now, q_now
    elif word == "latest":  # the quarter the report is about: the one it named, else the last one over
        year, q = _framing_quarter(ctx, m.start()) or _shift_quarter(year_now, q_now, -1)
        _frame_quarter(ctx, year, q, m.end())
    else:
        year, q = base
        _frame_quarter(ctx, year, q, m.end())
    yield from _found(m, "quarter_relative", _DATE, f"{year}-Q{q}")


def _month_named_before(ctx: Context, start: int) -> tuple[int, int] | None:
    """The month (year, month) the text named last, in this sentence or the one before, when
    the last date it named is a whole month ("in February", "in March 2010")."""
    last = ctx.last_date
    if last is None or not last[1] or last[2] or not near(ctx.text, ctx.last_end, start):
        return None
    return last[0], last[1]


def _quarter_year(m: Match, ctx: Context) -> Iterator[Found]:
    if not m["qy_q"][0].isupper():
        return
    q = int(m["qy_q"][1])
    year = int(m["qy_y"]) if m["qy_y"] else ctx.anchor.year
    _frame_quarter(ctx, year, q, m.end())
    yield from _found(m, "quarter", _DATE, f"{year}-Q{q}", anchored=not m["qy_y"])


def _the_quarter(m: Match, ctx: Context) -> Iterator[Found]:
    """ "the quarter", "the period": the quarter the text reports on (the one it named last,
    else the one before the article's); "last year's quarter", "the corresponding period a
    year ago": that quarter a year before."""
    framing = _framing_quarter(ctx, m.start())  # the text's own name for it (a fiscal quarter)
    ended = None if framing else _quarter_ended(ctx, m.end())
    framing = framing or ended
    back = bool(m["tq_ago"]) or (m["tq_rel"] or "").lower() == "last"
    if m["tq_adj"] and not back:
        return  # "the comparable period": comparable to what the sentence says
    if m["tq"].lower() == "period" and framing is None:
        return
    year_now, q_now = quarter_of(ctx.anchor)
    year, q = framing or _shift_quarter(year_now, q_now, -1)
    if ended and not back:
        _frame_quarter(ctx, year, q, m.end())
    rel = (m["tq_rel"] or "").lower()
    year += -1 if back else 1 if rel == "next" else 0
    yield from _found(m, "the_quarter", _DATE, f"{year}-Q{q}")


def _year_period(m: Match, ctx: Context) -> Iterator[Found]:
    framing = _framing_quarter(ctx, m.start())
    year = int(m["yp_y"])
    if framing is None or _framing_stretch(ctx, m.start()) is not None:
        yield from _found(m, "year_period", _DATE, str(year), anchored=False)
        return
    yield from _found(m, "year_period", _DATE, f"{year}-Q{framing[1]}")


def _fiscal_year(m: Match, ctx: Context) -> Iterator[Found]:
    yield from _found(m, "fiscal_year", _DATE, m["fy"], anchored=False)


def _spoken_year(m: Match, ctx: Context) -> Iterator[Found]:
    if m["sy_c"]:
        year = (19 if m["sy_c"].lower() == "nineteen" else 20) * 100 + _spoken_number(m["sy_y"])
    else:
        year = 2000 + (_spoken_number(m["sy_k"]) if m["sy_k"] else 0)
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


def _year(m: Match, ctx: Context) -> Iterator[Found]:
    y = int(m["y"])
    if not m["y_mod"] and not _plain_year(ctx, y, m, "y"):
        return
    yield from _found(m, "year", _DATE, f"{y:04d}", anchored=False)


def _holiday(m: Match, ctx: Context) -> Iterator[Found]:
    name = m["ho"]
    if not name[0].isupper() and not name.lower().startswith("the"):
        return
    lex = lexicon()
    rel = (m["ho_rel"] or "").lower()
    direction = -1 if rel == "last" else 1 if rel == "next" else tense(ctx.text, m.start(), m.end())
    fixed = lex.get("holiday", name)
    easter = lex.get("holiday_easter", name)
    years = range(ctx.anchor.year - 1, ctx.anchor.year + 2)
    if fixed is not None:
        month, day = (int(p) for p in fixed.split("-"))
        d = _resolve_day(ctx, month, day, lambda: direction)
    elif easter is not None:  # days from Easter Sunday; "W": the week that ends on it, from its Monday
        shift = -6 if easter == "W" else int(easter)
        d = _nearest(ctx.anchor, [_easter(y) + dt.timedelta(days=shift) for y in years], direction)
        if easter == "W":
            yield from _found(m, "holiday", _DATE, iso_week(d))
            return
    else:  # a weekday of a month: "11/4/4" is the fourth Thursday of November
        month, weekday, nth, *first = (int(p) for p in (lex.get("holiday_nth", name) or "1/1/1").split("/"))
        options = [_nth_weekday(y, month, weekday, nth, first[0] if first else 1) for y in years]
        d = _nearest(ctx.anchor, options, direction)
    if d:
        yield from _found(m, "holiday", _DATE, d.isoformat())


def _easter(year: int) -> dt.date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int, day: int = 1) -> dt.date:
    """The ``nth`` ISO ``weekday`` of a month counted from ``day`` (``nth`` -1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, day)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _nearest(anchor: dt.date, options: list[dt.date], direction: int) -> dt.date:
    if direction < 0:
        return max((d for d in options if d <= anchor), default=options[0])
    if direction > 0:
        return min((d for d in options if d >= anchor), default=options[-1])
    return min(options, key=lambda d: abs((d - anchor).days))
