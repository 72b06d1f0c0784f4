"""The tokenizer cuts words as its plain pattern does, in linear time."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsdoc._extract import _words

# the word pattern before it was written possessively: the same matches, with backtracking
_PLAIN_TOKEN = re.compile(rf"[{_words._LETTER}](?:[{_words._LETTER}&'\u2019.-]*[{_words._LETTER}])?\.?|\S")

_word_marks = st.text(alphabet=st.sampled_from(list("aZ9\u00e9&'\u2019.- \n,\"s")), max_size=60)


@given(_word_marks)
def test_the_token_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    expected = [m.span() for m in _PLAIN_TOKEN.finditer(text)]
    assert expected == [m.span() for m in _words._TOKEN.finditer(text)]


def test_tokenize_splits_final_periods_and_possessives() -> None:
    text = "Kim's party met the U.S. envoy."
    expected = ["Kim", "'s", "party", "met", "the", "U.S.", "envoy", "."]
    assert expected == [t.text for t in _words.tokenize(text)]


def test_tokenize_of_a_long_run_of_inner_marks_terminates() -> None:
    tokens = _words.tokenize("a" + "-." * 200_000 + " b")
    assert ("a", "b") == (tokens[0].text, tokens[-1].text)
