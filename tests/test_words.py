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


_spaced_text = st.text(alphabet=st.sampled_from(list("aZ9\u00e9&'\u2019.- \n\t\u00a0\u3000,\"s")), max_size=60)


@given(_spaced_text, st.integers(0, 70), st.integers(0, 70))
def test_tokens_are_the_words_of_the_token_pattern_at_their_offsets(text: str, start: int, end: int) -> None:
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    words = list(_words._TOKEN.finditer(text, start, end))
    tokens = _words.tokenize(text, start, end)
    assert [] == [t for t in tokens if text[t.start : t.end] != t.text]
    assert "".join(m[0] for m in words) == "".join(t.text for t in tokens)
    assert {m.start() for m in words} <= {t.start for t in tokens}
