"""The ``times`` step: find time expressions and normalize them to TIMEX3 values.

One combined regex (:func:`newsdoc._extract._timex_rules.pattern`) finds the candidates
in a single scan; each rule's normalizer (:mod:`newsdoc._extract._timex_values`) turns a
match into zero or more :class:`TimeExpression` objects, anchored on the article date.
"""

from __future__ import annotations

import datetime as dt

from newsdoc._errors import NewsdocError
from newsdoc._extract import _timex_dates as dates
from newsdoc._extract import _timex_relative as relative
from newsdoc._extract._doc import Doc
from newsdoc._extract._timex_base import Context, Found, Normalizer
from newsdoc._extract._timex_rules import pattern
from newsdoc._models import Span, TimeExpression

__all__ = ["find_times", "times_step"]

# each grammar rule's normalizer, by the rule's group name
_NORMALIZERS: dict[str, Normalizer] = {
    "iso_date": dates._iso_date,
    "slash_date": dates._slash_date,
    "clock": dates._clock,
    "noon": dates._noon,
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
    "the_weekend": relative._the_weekend,
    "the_year": relative._the_year,
    "spoken_year": dates._spoken_year,
    "spoken_decade": dates._spoken_decade,
    "fiscal_year": dates._fiscal_year,
    "ago": relative._ago,
    "relative": relative._relative,
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


def _expressions(text: str, anchor: dt.date) -> list[Found]:
    ctx = Context(text=text, anchor=anchor)
    found: list[Found] = []
    for match in pattern().finditer(text):
        rule = match.lastgroup
        if rule is None:  # pragma: no cover - every alternative is a named group
            continue
        for item in _NORMALIZERS[rule](match, ctx):
            found.append(item)
    return found


def find_times(text: str, anchor: dt.date) -> list[TimeExpression]:
    """The time expressions of a text, in text order, normalized against a date.

    Args:
        text: Any text; spans index it.
        anchor: The date relative expressions count from (an article's publication date).

    Returns:
        One :class:`TimeExpression` per expression, with ids ``t1``, ``t2``... in text order.

    Raises:
        NewsdocError: If ``anchor`` is not a date.

    Example:
        >>> import datetime
        >>> [t.value for t in find_times("He left on Monday.", datetime.date(2023, 12, 28))]
        ['2023-12-25']
    """
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
