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
