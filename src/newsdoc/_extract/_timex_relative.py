"""Normalizers of relative expressions, durations, sets and past/present/future references.

Relative values count from the anchor date; an offset without an explicit anchor
("two days later") stays a duration, so no date is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsdoc._extract._timex_base import (
    _POD_TIME,
    _REL_STEP,
    Context,
    Found,
    Match,
    _duration,
    _found,
    _frame_quarter,
    _frame_stretch,
    _framing_quarter,
    _framing_stretch,
    _number,
    _season_year,
    _sentence_start,
    _shift_quarter,
    _unit,
    _word_after,
    _word_before,
    framed_year,
    near,
    spoken_year,
    tense,
    words,
)
from newsdoc._extract._timex_rules import add_months, iso_week, lexicon, quarter_of, weekend
from newsdoc._models import TimeType

_DATE, _TIME, _DURATION, _SET = TimeType.DATE, TimeType.TIME, TimeType.DURATION, TimeType.SET


def _in_the_unit(m: Match, ctx: Context) -> Iterator[Found]:
    """ "earlier in the day": the day the story has reached (the last day it named: "Bombs
    hit on Friday. Earlier in the day..."), else the anchor; "later in the year", "earlier
    in the month" and "in the week" are those of the anchor."""
    unit, a = m["iu_u"].lower(), ctx.anchor
    last = ctx.last_date
    if unit == "day" and last is not None and last[2]:
        value = dt.date(*last).isoformat()
        yield Found(start=m.start(), end=m.end(), type=_DATE, value=value, anchored=False, rule="in_the_unit")
        return
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


def _shifted(ctx: Context, n: int, unit: str, start: int) -> str | None:
    """The value ``n`` units before (negative ``n``: after) the anchor, at the unit's granularity."""
    a = ctx.anchor
    if unit in ("D", "H", "MIN", "S"):
        return (a - dt.timedelta(days=n if unit == "D" else 0)).isoformat()
    if unit in ("W", "2W"):  # "two weeks ago": a week, as "a year ago" is a year
        return iso_week(a - dt.timedelta(days=7 * n * (2 if unit == "2W" else 1)))
    if unit == "M":
        y, mo = add_months(a.year, a.month, -n)
        return f"{y:04d}-{mo:02d}"
    if unit == "Q":
        y, q = _shift_quarter(*quarter_of(a), -n)
        return f"{y}-Q{q}"
    if unit == "Y":
        return _years_back(ctx, n, start)
    if unit == "DE":
        return str((a.year - 10 * n) // 10)
    return None


def _years_back(ctx: Context, n: int, start: int) -> str:
    """The value ``n`` years before the anchor; one year back from a report's stretch ("the
    first nine months") is that stretch's year before, from its quarter that quarter's."""
    if n == 1:
        stretch = _framing_stretch(ctx, start)
        if stretch is not None:
            return str(stretch - 1)
        framing = _framing_quarter(ctx, start)
        if framing:
            return f"{framing[0] - 1}-Q{framing[1]}"
    return str(ctx.anchor.year - n)


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
        _frame_quarter(ctx, y, q, m.end())
        value = f"{y}-Q{q}"
    else:
        code = lexicon().get("season", unit) or "SU"
        value = f"{_season_year(a, code, step)}-{code}"
        rule = "relative_season"
    yield from _found(m, rule, _DATE, value)


def _after_mentioned(m: Match, ctx: Context, step: int, unit: str) -> Iterator[Found]:
    """ "the following decade": counted from the last year the text named, if any."""
    if ctx.last_date is None or unit not in ("decade", "century"):
        return
    year = ctx.last_date[0]
    value = str(year // 10 + step) if unit == "decade" else f"{year // 100 + step:02d}"
    yield Found(
        start=m.start(), end=m.end(), type=_DATE, value=value, anchored=False, rule="relative_to_text"
    )


def _anaphoric(m: Match, ctx: Context) -> Iterator[Found]:
    """ "that year", "the same day", "later that month", "the following day": the last date
    the text named (of that granularity or a finer one), moved by the step the words say.

    News counts deictic words ("last year") from the publication date, but anaphoric ones
    from the time the narrative has reached; with no date named before, nothing is recorded.
    """
    det = " ".join(m["an_det"].lower().split())
    unit = m["an_u"].lower()
    step = -1 if det in ("the previous", "the preceding") else 1 if det in ("the following", "the next") else 0
    if unit == "quarter":
        framing = _framing_quarter(ctx, m.start())
        if framing is None and ctx.last_date and ctx.last_date[1]:
            framing = (ctx.last_date[0], (ctx.last_date[1] - 1) // 3 + 1)
        if framing is not None:
            y, q = _shift_quarter(*framing, step)
            yield Found(start=m.start(), end=m.end(), type=_DATE, value=f"{y}-Q{q}", anchored=False,
                        rule="anaphoric")  # fmt: skip
        return
    if ctx.last_date is None:
        return
    year, month, day = ctx.last_date
    if m["an_back"] and "same" in det:  # "the same month last year": that month a year before
        if unit in ("year", "quarter") or not month:
            return
        if day and month == 2 and day == 29:
            day = 28
        year -= 1
    if unit == "year":
        value = str(year + step)
    elif unit == "month":
        if not month:
            return
        y, mo = add_months(year, month, step)
        value = f"{y:04d}-{mo:02d}"
    else:
        pod = lexicon().get("part_of_day", unit)
        if not day:
            # "killed last October ... crossed out that same day": a day of that month, when
            # the month was named in this sentence or the one before
            if month and step == 0 and unit != "week" and near(ctx.text, ctx.last_end, m.start()):
                value = f"{year:04d}-{month:02d}-XX" + (_POD_TIME[pod] if pod is not None else "")
                yield Found(start=m.start(), end=m.end(), type=_TIME if pod is not None else _DATE, value=value,
                            anchored=False, rule="anaphoric")  # fmt: skip
            return
        d = dt.date(year, month, day) + dt.timedelta(days=step * (7 if unit == "week" else 1))
        if pod is not None:
            yield Found(start=m.start(), end=m.end(), type=_TIME, value=d.isoformat() + _POD_TIME[pod],
                        anchored=False, rule="anaphoric")  # fmt: skip
            return
        value = iso_week(d) if unit == "week" else d.isoformat()
    yield Found(start=m.start(), end=m.end(), type=_DATE, value=value, anchored=False, rule="anaphoric")


def _then(m: Match, ctx: Context) -> Iterator[Found]:
    """ "by then", "until that time": the last date the text named, in this sentence or the
    one before ("The deal closes on June 10. If no price is agreed by then, ..."); the
    preposition is a signal, not part of the expression. With no date named that near,
    "then" is the time of an event ("By then, the fire had spread") and is not recorded.
    """
    value = ctx.last_value
    if value is None or not value[:1].isdigit() or not near(ctx.text, ctx.last_end, m.start()):
        return
    type_ = _TIME if "T" in value else _DATE
    yield Found(start=m.start("th"), end=m.end(), type=type_, value=value, anchored=False, rule="then")


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
    yield from _found(m, "year_ago", _DATE, _years_back(ctx, 1, m.start()))


def _season(m: Match, ctx: Context) -> Iterator[Found]:
    code = lexicon().get("season", m["se"]) or "SU"
    rel = (m["se_rel"] or "").lower()
    before = _word_before(ctx.text, m.start())
    if m["se_y"] or m["se_sy"]:
        year = m["se_y"] or str(spoken_year(m["se_sy"]))
        yield from _found(m, "season_year", _DATE, f"{year}-{code}", anchored=False)
        return
    if rel in _REL_STEP:
        yield from _found(m, "season", _DATE, f"{_season_year(ctx.anchor, code, _REL_STEP[rel])}-{code}")
        return
    if (rel or before in ("in", "during", "by", "until", "since", "this", "the")) and not _word_after(
        ctx.text, m.end()
    ).startswith("of"):
        if (framed := framed_year(ctx, m.start())) is not None:  # "In 2019, ... in the spring"
            yield from _found(m, "season", _DATE, f"{framed}-{code}", anchored=False)
            return
        t = tense(ctx.text, m.start(), m.end())
        yield from _found(m, "season", _DATE, f"{_season_year(ctx.anchor, code, t)}-{code}")


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
    if adverb and " " not in m.group() and _word_before(ctx.text, m.start()) in words("determiner"):
        return  # "its quarterly dividend": an adjective
    if adverb and " " not in m.group() and ctx.text[m.end() : m.end() + 2].strip()[:1].isupper():
        return  # "the party daily Granma": a publication, named next
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
    if not pre and m["du_u"].lower() == "day" and _someday(m, ctx, word):
        yield from _found(m, "future_ref", _DATE, "FUTURE_REF", anchored=False)
        return
    if word in ("a", "an", "one") and not pre and not m["du_adj"]:
        before = _word_before(ctx.text, m.start())
        if before not in (
            "for",
            "than",
            "about",
            "nearly",
            "almost",
            "within",
            "over",
            "after",
            "in",
            "least",
        ):
            return
    if n is None and word in ("some", "many") and unit not in ("Y", "M", "W", "D"):
        return
    if unit == "S" and word in ("a", "an"):  # "a second reactor": an ordinal
        return
    after = _word_after(ctx.text, m.end())
    if after == "old" or (m["du_adj"] or "").lower() == "-old":  # an age, not a stretch of time
        return
    if unit == "Q" and (after == "of" or "-" in m.group() or word in ("a", "an", "three")):  # a fraction
        return
    if unit == "M" and n in (6, 9) and pre in _STRETCH_OPENERS:
        _frame_stretch(ctx, m.end())  # "for the first nine months": results of part of a year
    yield from _found(m, "duration", _DURATION, _duration(n, unit), anchored=False)


# what opens a stretch of a year a report covers: "the nine months", "the first six months"
_STRETCH_OPENERS = frozenset(["the", "the first", "the latest"])


def _someday(m: Match, ctx: Context, word: str) -> bool:
    """Whether "one day" or "some day" means an unnamed day ahead: "Islam will one day be",
    "hopes to one day run", "some day we will"; not the stretch of "it took one day"."""
    if word == "some":
        return not m["du_adj"]
    before = _word_before(ctx.text, m.start())
    if before == "to":  # "hopes to one day run", but "sentenced to one day in jail"
        before = _word_before(ctx.text, len(ctx.text[: m.start()].rstrip()) - 2)
        return word == "one" and before in _HOPING
    return word == "one" and (before in _MODALS or before.endswith(("'ll", "’ll")))


_MODALS = frozenset(["will", "would", "could", "may", "might", "can", "shall", "should", "must"])
_HOPING = frozenset(
    ["hope", "hopes", "hoped", "want", "wants", "wanted", "dream", "dreams", "aim", "aims", "plan", "plans", "expect"]
)


def _ref(m: Match, ctx: Context) -> Iterator[Found]:
    lex = lexicon()
    word = m.group().lower()
    before, after = _word_before(ctx.text, m.start()), ctx.text[m.end() : m.end() + 1]
    if word == "soon" and before == "as":  # "as soon as": a conjunction
        return
    if word in ("soon", "shortly") and _word_after(ctx.text, m.end()) in ("after", "before", "thereafter"):
        return  # "shortly after the vote": when is told by the vote, not by "shortly"
    if word in ("the future", "future") and _word_after(ctx.text, m.end()) == "of":
        return  # "the future of the alliance": a thing, not a time
    if word in ("soon", "shortly") and tense(ctx.text, m.start(), m.end()) < 0:
        return  # "he was soon released": soon after a past event, not after the article
    if word == "earlier" and after == "," and _sentence_start(ctx.text, m.start()):
        return  # "Earlier, they had said...": orders this sentence after the last, dates nothing
    if word == "earlier" and after.isalnum() is False and after not in ",.;:)\n" and after != "":
        return
    if word == "earlier" and after == " " and _word_after(ctx.text, m.end()).isalpha():
        return  # "the earlier model": an adjective
    for kind, value in (
        ("past_ref", "PAST_REF"),
        ("present_ref", "PRESENT_REF"),
        ("future_ref", "FUTURE_REF"),
    ):
        if lex.get(kind, m.group()) is not None:
            yield from _found(m, kind, _DATE, value, anchored=False)
            return
