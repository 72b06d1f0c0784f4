"""The generated JSON Schema describes real output, and rejects what the model rejects."""

from __future__ import annotations

import json

import jsonschema
import pytest

import newsdoc
from tests.test_models import linked_article


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = newsdoc.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_real_output_of_the_seed_is_valid(validator: jsonschema.Draft202012Validator, seed_path: object) -> None:
    doc = json.loads(newsdoc.dumps(newsdoc.read(seed_path)))  # type: ignore[arg-type]
    assert [] == [e.message for e in validator.iter_errors(doc)]


def test_linked_output_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    assert [] == [e.message for e in validator.iter_errors(json.loads(newsdoc.dumps(linked_article())))]


def test_unknown_keys_are_invalid(validator: jsonschema.Draft202012Validator) -> None:
    doc = json.loads(newsdoc.dumps(linked_article()))
    doc["actors"][0]["nickname"] = "K"
    assert not validator.is_valid(doc)


def test_bad_enum_values_are_invalid(validator: jsonschema.Draft202012Validator) -> None:
    doc = json.loads(newsdoc.dumps(linked_article()))
    doc["statements"][0]["quote"] = "paraphrase"
    assert not validator.is_valid(doc)


def test_schema_names_every_model() -> None:
    assert {"Actor", "Event", "Mention", "Participant", "Span", "Statement", "Time", "TimeExpression"} == set(
        newsdoc.json_schema()["$defs"])


def test_fields_carry_their_documentation() -> None:
    actor = newsdoc.json_schema()["$defs"]["Actor"]["properties"]["country"]
    assert actor["description"].startswith("ISO 3166-1 alpha-3")
