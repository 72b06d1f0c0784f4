"""Hand-written articles on other topics, each with the statements and actors it must yield.

Each ``tests/articles/NAME.txt`` has a ``NAME.expected.json`` listing key statements
(speaker name, cue, quote kind, content), key actors (name, kind) and cues that must not
make a statement. Found items beyond these are allowed: the lists are what must be right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsdoc

ARTICLES = sorted(Path(__file__).parent.joinpath("articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_key_statements_are_found(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsdoc.read(path)
    found = [
        {
            "speaker": article.actor(s.speaker).name if s.speaker else None,
            "cue": s.cue,
            "quote": s.quote.value,
            "content": s.content,
        }
        for s in article.statements
    ]
    missing = [s for s in expected["statements"] if s not in found]
    assert missing == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_key_actors_are_found(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsdoc.read(path)
    found = [{"name": a.name, "kind": a.kind.value} for a in article.actors]
    missing = [a for a in expected["actors"] if a not in found]
    assert missing == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_no_statement_for_refusals(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsdoc.read(path)
    cues = {s.cue.lower() for s in article.statements}
    assert [c for c in expected["absent_cues"] if c in cues] == []
