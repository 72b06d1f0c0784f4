"""The sentence splitter scans in linear time and finds the same boundaries as the plain pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc._extract import _text

# the pattern before it was made possessive: same matches, quadratic on long runs of periods
_PLAIN_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")

_marks = st.text(alphabet=st.sampled_from(list(".!?\u2026\"'\u201d\u2019)] \nabcA\u201c(")), max_size=60)


@given(_marks)
def test_the_boundary_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    expected = [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]
    assert expected == [m.span() for m in _text._BOUNDARY.finditer(text)]


@pytest.mark.parametrize(
    "body",
    ["." * 200_000, "!?" * 100_000, "\u2026" * 200_000, '."' * 100_000, ". " * 100_000, "U.S. Mr. " * 20_000],
    ids=["periods", "bangs", "ellipses", "period-quote", "period-space", "abbreviations"],
)
def test_sentences_of_a_pathological_paragraph_terminate(body: str) -> None:
    article = newsdoc.parse(f"date 2023-12-28 Marks\n\n{body}", extract=False)
    sentences = newsdoc.Doc(article=article).sentences
    assert sentences[-1].end <= len(article.text)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10), st.sampled_from(list(newsdoc.TimeType)))),
       st.integers(0, 50), st.integers(0, 50))
def test_time_within_finds_the_first_listed_time_inside_the_range(
    times: list[tuple[int, int, newsdoc.TimeType]], start: int, end: int
) -> None:
    article = newsdoc.Article(id="x", date="2023-12-28", headline="h" * 60)
    doc = newsdoc.Doc(article=article)
    for n, (at, length, kind) in enumerate(times):
        span = newsdoc.Span(start=at, end=at + length)
        doc.times.append(newsdoc.TimeExpression(id=f"t{n}", text="", type=kind, value=str(n), span=span))
    dated = (newsdoc.TimeType.DATE, newsdoc.TimeType.TIME)
    expected = next(
        (f"t{n}" for n, tx in enumerate(doc.times)
         if start <= tx.span.start and tx.span.end <= end and tx.type in dated),
        None,
    )
    found = doc.time_within(start, end)
    assert expected == (found.ref if found is not None else None)


def test_quote_units_split_only_paragraphs_of_quoted_lines() -> None:
    from newsdoc._extract._quotes import quote_units
    from newsdoc._models import Span

    text = '"a" - X\n"b" - Y\n\nplain\n"c"'
    units = quote_units(text, [Span(start=0, end=15), Span(start=17, end=len(text))])
    assert [(0, 7), (8, 15), (17, len(text))] == [(u.start, u.end) for u in units]
# mostly ASCII, with the curly quotes, dashes, spaces and letters news texts bring in
_mixed = st.text(
    alphabet=st.sampled_from(list("ab ,.;-'?\"\0\1\n\u2019\u201c\u201d\u2018\u2014\u2013\u00a0\u3000\u00e9\u0416"))
)


@pytest.mark.parametrize("table", ["punct", "stops", "words"])
@given(text=_mixed)
def test_translate_gives_what_str_translate_gives(table: str, text: str) -> None:
    from newsdoc._extract import _event_context, _event_lexicon

    tables = {
        "punct": _event_context._PUNCT,
        "stops": _event_context._stop_marks(),
        "words": _event_lexicon._WORD_TABLE,
    }
    assert text.translate(tables[table]) == _text.translate(text, tables[table])


# how the word before a period was found: a search of the window for a run at its end
_PLAIN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")


@given(st.text(alphabet=st.sampled_from(list("aZ. ,'\u00e9\n1")), max_size=40))
def test_the_word_before_a_period_is_what_the_plain_search_finds(window: str) -> None:
    found = _PLAIN_WORD_BEFORE.search(window)
    assert (found.group(1) if found else "") == _text._word_before(window)


_QUOTE_CHARS = "'\u2018\u2019\"\u201c\u201d\u00ab\u00bb aZ9_\u00e9.\n"
_quote_marks = st.text(alphabet=st.sampled_from(list(_QUOTE_CHARS)), max_size=60)


@given(_quote_marks)
def test_the_double_mark_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    from newsdoc._extract import _quotes

    expected = [m.span() for m in re.finditer("''|[\"\u201c\u201d\u00ab\u00bb]", text)]
    assert expected == [m.span() for m in _quotes._DOUBLE.finditer(text)]


@given(_quote_marks)
def test_the_single_mark_pattern_skips_only_marks_inside_a_word(text: str) -> None:
    from newsdoc._extract import _quotes

    def inside_a_word(pos: int) -> bool:
        return 0 < pos < len(text) - 1 and text[pos - 1].isalnum() and text[pos + 1].isalnum()

    expected = [m.span() for m in re.finditer("['\u2018\u2019]", text) if not inside_a_word(m.start())]
    assert expected == [m.span() for m in _quotes._SINGLE.finditer(text)]
