"""Extraction depends only on the article: never on what was read before, nor on memory layout."""

from __future__ import annotations

from pathlib import Path

import newsdoc

OTHERS = [
    "date 2024-01-01 Warm-up\n\nKim said the talks resumed in Seoul. The ministry said it would act.",
    "date 2022-06-30 Vote\n\n\"We won,\" the mayor told reporters. She said it was a fair vote.",
    "date 2019-03-04 Strike\n\nUnions in France called a strike. The government said it would not negotiate.",
]


def test_an_article_reads_the_same_after_others(seed_path: Path) -> None:
    first = newsdoc.read(seed_path)
    for text in OTHERS:
        newsdoc.parse(text)
        assert first == newsdoc.read(seed_path)


def test_repeated_reads_give_equal_json(seed_path: Path) -> None:
    assert {newsdoc.dumps(newsdoc.read(seed_path)) for _ in range(3)} == {newsdoc.dumps(newsdoc.read(seed_path))}
