"""The optional spacy step, with a blank pipeline and an EntityRuler (no model download)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

import newsdoc

TEXT = "date 2023-12-28 Kim warns Seoul\n\nKim Jong Un said Seoul and the Pentagon would regret it.\n"


def _nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Kim Jong Un"},
            {"label": "GPE", "pattern": "Seoul"},
            {"label": "ORG", "pattern": "the Pentagon"},
            {"label": "DATE", "pattern": "2023"},
        ]
    )
    return nlp


def _run(step: newsdoc.Extractor, *before: newsdoc.Step) -> newsdoc.Article:
    return newsdoc.parse(TEXT, pipeline=newsdoc.Pipeline([*before, newsdoc.Step(name="spacy", run=step)]))


def test_entities_become_actors_of_their_kind() -> None:
    article = _run(newsdoc.SpacyStep(_nlp()))
    assert [
        ("Seoul", newsdoc.ActorKind.LOCATION),
        ("Kim Jong Un", newsdoc.ActorKind.PERSON),
        ("the Pentagon", newsdoc.ActorKind.ORGANIZATION),
    ] == [(a.name, a.kind) for a in article.actors]


def test_one_actor_per_name_with_every_mention() -> None:
    article = _run(newsdoc.SpacyStep(_nlp()))
    seoul = next(a for a in article.actors if a.name == "Seoul")
    assert 2 == len(seoul.mentions)


def test_labels_can_be_chosen() -> None:
    article = _run(newsdoc.SpacyStep(_nlp(), labels={"PERSON": newsdoc.ActorKind.PERSON}))
    assert ["Kim Jong Un"] == [a.name for a in article.actors]


def _seoul_country(doc: newsdoc.Doc) -> None:
    doc.actors.append(
        newsdoc.Actor(id=doc.new_id("a"), name="South Korea", kind="country", aliases=["Seoul"])
    )


def test_entity_naming_an_existing_actor_becomes_its_mention() -> None:
    article = _run(newsdoc.SpacyStep(_nlp()), newsdoc.Step(name="actors", run=_seoul_country))
    korea = article.actors[0]
    assert ("South Korea", ["Seoul", "Seoul"]) == (korea.name, [m.text for m in korea.mentions])


def test_missing_spacy_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_spacy(name: str, *args: Any) -> Any:
        if name == "spacy":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_spacy)
    with pytest.raises(newsdoc.PluginError, match=r"pip install newsdoc\[spacy\]"):
        newsdoc.SpacyStep(object())


def test_a_model_name_that_is_not_installed_is_a_plugin_error() -> None:
    pytest.importorskip("spacy")
    with pytest.raises(newsdoc.PluginError, match="not installed"):
        newsdoc.SpacyStep("newsdoc_no_such_model")
