"""JSON in and out: lossless round trips, and bad JSON reported as ParseError or ValidationError."""


from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest
from hypothesis import given

import newsdoc
from tests import strategies

# -- round trips ---------------------------------------------------------------------------------


@given(strategies.articles())
def test_every_valid_article_round_trips_through_json(article: newsdoc.Article) -> None:
    assert article == newsdoc.loads(newsdoc.dumps(article))


@given(strategies.articles())
def test_pretty_json_round_trips_too(article: newsdoc.Article) -> None:
    assert article == newsdoc.loads(newsdoc.dumps(article, pretty=True))


@given(strategies.articles())
def test_from_dict_inverts_to_dict(article: newsdoc.Article) -> None:
    assert article == newsdoc.from_dict(newsdoc.to_dict(article))


@given(st_articles=strategies.articles())
def test_dumps_is_stable_across_a_round_trip(st_articles: newsdoc.Article) -> None:
    text = newsdoc.dumps(st_articles)
    assert text == newsdoc.dumps(newsdoc.loads(text))


# -- a valid document to break -------------------------------------------------------------------


def _document() -> dict[str, Any]:
    """A small valid document with one item of every kind, linked together."""
    article = newsdoc.Article(
        id="doc",
        date="2023-12-28",
        headline="Kim urges war preparations",
        paragraphs=["Kim said on Thursday that troops met."],
    )
    text = article.text
    kim = text.index("Kim")
    said = text.index("said", kim + 3)
    thursday = text.index("Thursday")
    met = text.index("met")
    body = text.index("Kim said")
    actor = newsdoc.Actor(
        id="a1", name="Kim", kind=newsdoc.ActorKind.PERSON,
        mentions=[newsdoc.Mention(start=kim, end=kim + 3, text="Kim")],
    )
    time = newsdoc.TimeExpression(
        id="t1", text="Thursday", value="2023-12-28", span=newsdoc.Span(start=thursday, end=thursday + 8)
    )
    statement = newsdoc.Statement(
        id="s1", speaker="a1", cue="said", content=text[body : len(text) - 1],
        span=newsdoc.Span(start=body, end=len(text) - 1), cue_span=newsdoc.Span(start=said, end=said + 4),
        channel="a1", addressee="a1", event="e1",
        time=newsdoc.Time(text="Thursday", value="2023-12-28", ref="t1"),
    )
    event = newsdoc.Event(
        id="e1", kind="CONSULT", trigger="met", span=newsdoc.Span(start=met, end=met + 3),
        participants=[newsdoc.Participant(actor="a1", role=newsdoc.Role.AGENT)],
        location="a1", statement="s1",
    )
    full = article.with_extraction(actors=[actor], statements=[statement], events=[event], times=[time])
    return newsdoc.to_dict(full)


def _problems(data: object) -> list[str]:
    with pytest.raises(newsdoc.ValidationError) as caught:
        newsdoc.from_dict(data)
    return [str(p) for p in caught.value.problems]


def _with(path: str, value: object) -> dict[str, Any]:
    """The document with the value at a dotted path (``statements.0.speaker``) replaced."""
    doc = copy.deepcopy(_document())
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return doc


def test_the_test_document_is_valid() -> None:
    assert "doc" == newsdoc.from_dict(_document()).id


# -- not JSON ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("", 1, 1),
        ("{", 1, 2),
        ('{"id": "x",\n "date": }', 2, 10),
        ("{'id': 'x'}", 1, 2),
        ('{"id": NaN}', 1, 8),
        ('{"id": Infinity}', 1, 8),
        ('{"a": 1}\n{"b": 2}', 2, 1),
        ('{"id": 1e999}', 1, 8),
    ],
)
def test_invalid_json_is_a_parse_error_with_line_and_column(text: str, line: int, column: int) -> None:
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.loads(text, source="doc.json")
    assert (line, column) == (caught.value.line, caught.value.column)


def test_invalid_json_error_names_the_file() -> None:
    with pytest.raises(newsdoc.ParseError, match=r"^doc\.json:1:2: invalid JSON"):
        newsdoc.loads("{", source="doc.json")


def test_json_lines_errors_count_lines_of_the_file() -> None:
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.loads("{", source="docs.jsonl", line=42)
    assert 42 == caught.value.line


def test_latin1_bytes_in_json_name_line_and_column() -> None:
    data = '{"id": "x",\n "headline": "caf\u00e9"}'.encode("latin-1")
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.loads(data)
    error = caught.value
    assert (2, 18, "byte 0xe9 is not valid UTF-8") == (error.line, error.column, error.reason)


def test_lone_surrogate_escape_is_a_parse_error() -> None:
    with pytest.raises(newsdoc.ParseError):
        newsdoc.loads(orjson.dumps(_document()).replace(b'"doc"', b'"\\ud800"'))


def test_lone_surrogate_in_text_input_is_a_parse_error() -> None:
    text = orjson.dumps(_document()).decode().replace('"doc"', '"\ud800"')
    with pytest.raises(newsdoc.ParseError):
        newsdoc.loads(text)


def test_deeply_nested_json_is_a_parse_error() -> None:
    with pytest.raises(newsdoc.ParseError, match="depth"):
        newsdoc.loads("[" * 100_000 + "]" * 100_000)


def test_deeply_nested_value_inside_a_document_is_a_validation_error() -> None:
    nested: object = "x"
    for _ in range(500):
        nested = [nested]
    assert ["$.headline: expected a string, got an array"] == _problems(_with("headline", nested))


def test_a_byte_order_mark_before_json_is_ignored() -> None:
    data = b"\xef\xbb\xbf" + orjson.dumps(_document())
    assert "doc" == newsdoc.loads(data).id


# -- JSON that is not an Article -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("[]", "an array"), ('"article"', "a string"), ("42", "a number"), ("null", "null"),
        ("true", "a boolean"),
    ],
)
def test_json_that_is_not_an_object_is_a_validation_error(text: str, what: str) -> None:
    with pytest.raises(newsdoc.ValidationError) as caught:
        newsdoc.loads(text)
    assert [f"$: expected an object, got {what}"] == [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("version", [2, 0, "1", 1.0, True, None, [1]])
def test_a_schema_version_other_than_1_is_refused(version: object) -> None:
    problems = _problems(_with("schema_version", version))
    assert [f"$.schema_version: this newsdoc reads schema version 1, got {version!r}"] == problems


def test_a_missing_schema_version_is_read_as_the_current_one() -> None:
    doc = _document()
    del doc["schema_version"]
    assert "doc" == newsdoc.from_dict(doc).id


# -- wrong types at every level ------------------------------------------------------------------

WRONG_TYPES = [
    ("id", 7, "$.id: expected a string, got a number"),
    ("date", 20231228, "$.date: expected a date as 'YYYY-MM-DD', got 20231228"),
    ("date", "2023-02-30", "$.date: '2023-02-30' is not a real calendar date"),
    ("date", "28/12/2023", "$.date: expected a date as 'YYYY-MM-DD', got '28/12/2023'"),
    ("headline", None, "$.headline: expected a string, got null"),
    ("paragraphs", "one paragraph", "$.paragraphs: expected an array, got a string"),
    ("paragraphs", {"0": "x"}, "$.paragraphs: expected an array, got an object"),
    ("paragraphs.0", ["x"], "$.paragraphs[0]: expected a string, got an array"),
    ("actors", {"id": "a1"}, "$.actors: expected an array, got an object"),
    ("actors.0", "a1", "$.actors[0]: expected an object, got a string"),
    ("actors.0", None, "$.actors[0]: expected an object, got null"),
    ("actors.0.kind", "robot",
     "$.actors[0].kind: expected one of 'person', 'organization', 'country', 'location', 'group', "
     "got 'robot'"),
    ("actors.0.kind", 1,
     "$.actors[0].kind: expected one of 'person', 'organization', 'country', 'location', 'group', got 1"),
    ("actors.0.aliases", "Kim", "$.actors[0].aliases: expected an array, got a string"),
    ("actors.0.mentions.0", [0, 3, "Kim"], "$.actors[0].mentions[0]: expected an object, got an array"),
    ("actors.0.mentions.0.start", "0", "$.actors[0].mentions[0].start: expected an integer, got a string"),
    ("actors.0.mentions.0.start", 0.0, "$.actors[0].mentions[0].start: expected an integer, got 0.0"),
    ("actors.0.mentions.0.start", False, "$.actors[0].mentions[0].start: expected an integer, got a boolean"),
    ("statements.0.quote", "loud",
     "$.statements[0].quote: expected one of 'direct', 'indirect', 'mixed', got 'loud'"),
    ("statements.0.span", [0, 3], "$.statements[0].span: expected an object, got an array"),
    ("statements.0.span", "0-3", "$.statements[0].span: expected an object, got a string"),
    ("statements.0.time", "Thursday", "$.statements[0].time: expected an object, got a string"),
    ("statements.0.time.inferred", "no",
     "$.statements[0].time.inferred: expected true or false, got a string"),
    ("events.0.participants", "a1", "$.events[0].participants: expected an array, got a string"),
    ("events.0.participants.0.role", "boss",
     "$.events[0].participants[0].role: expected one of 'agent', 'target', 'other', got 'boss'"),
    ("events.0.status", None,
     "$.events[0].status: expected one of 'occurred', 'ongoing', 'planned', 'expected', 'hypothetical', "
     "'negated', got None"),
    ("times.0.type", "date",
     "$.times[0].type: expected one of 'DATE', 'TIME', 'DURATION', 'SET', got 'date'"),
    ("times.0.anchor", "yesterday", "$.times[0].anchor: expected a date as 'YYYY-MM-DD', got 'yesterday'"),
]


@pytest.mark.parametrize(
    ("path", "value", "problem"), WRONG_TYPES, ids=[f"{p}={v!r}" for p, v, _ in WRONG_TYPES]
)
def test_a_wrong_type_is_named_with_its_json_path(path: str, value: object, problem: str) -> None:
    assert [problem] == _problems(_with(path, value))


def test_huge_integers_are_reported_not_wrapped() -> None:
    data = orjson.dumps(_document()).replace(b'"start":0,', b'"start":123456789012345678901234567890,', 1)
    with pytest.raises(newsdoc.ValidationError) as caught:
        newsdoc.loads(data)
    assert ["expected an integer, got 1.2345678901234568e+29"] == [p.message for p in caught.value.problems]


TEXT_SIZE = len("Kim urges war preparations\n\nKim said on Thursday that troops met.")


def _start(kind: str) -> int:
    start: int = _document()[kind][0]["span"]["start"]
    return start


def test_an_integer_past_the_text_is_a_span_problem() -> None:
    problems = _problems(_with("times.0.span.end", 2**63))
    assert [f"$.times[0].span: span [{_start('times')}, {2**63}) "
            f"ends past the end of the text ({TEXT_SIZE})"] == problems


def test_negative_offsets_are_refused() -> None:
    assert ["$.times[0].span: start must be >= 0, got -1"] == _problems(_with("times.0.span.start", -1))


def test_every_problem_is_listed_not_just_the_first() -> None:
    doc = _with("id", 1)
    doc["headline"] = 2
    doc["actors"][0]["kind"] = "robot"
    assert 3 == len(_problems(doc))


# -- unknown keys, missing keys ------------------------------------------------------------------


def test_unknown_keys_are_named_at_every_level() -> None:
    doc = _document()
    doc["extra"] = 1
    doc["statements"][0]["speeker"] = "a1"
    assert ["$.statements[0]: unknown field 'speeker'", "$: unknown field 'extra'"] == _problems(doc)


def test_missing_required_fields_are_named() -> None:
    doc = _document()
    del doc["statements"][0]["content"]
    assert ["$.statements[0].content: required field missing"] == _problems(doc)


# -- broken references and spans -----------------------------------------------------------------

UNKNOWN_IDS = [
    ("statements.0.speaker", "$.statements[0].speaker: unknown actor id 'a9'"),
    ("statements.0.channel", "$.statements[0].channel: unknown actor id 'a9'"),
    ("statements.0.addressee", "$.statements[0].addressee: unknown actor id 'a9'"),
    ("events.0.participants.0.actor", "$.events[0].participants[0].actor: unknown actor id 'a9'"),
    ("events.0.location", "$.events[0].location: unknown actor id 'a9'"),
    ("actors.0.affiliation", "$.actors[0].affiliation: unknown actor id 'a9'"),
    ("statements.0.event", "$.statements[0].event: unknown event id 'a9'"),
    ("events.0.statement", "$.events[0].statement: unknown statement id 'a9'"),
    ("statements.0.time.ref", "$.statements[0].time.ref: unknown time id 'a9'"),
]


@pytest.mark.parametrize(("path", "problem"), UNKNOWN_IDS, ids=[p for p, _ in UNKNOWN_IDS])
def test_an_unknown_id_is_named_with_its_json_path(path: str, problem: str) -> None:
    assert [problem] == _problems(_with(path, "a9"))


@pytest.mark.parametrize("kind", ["actors", "statements", "events", "times"])
def test_duplicate_ids_are_refused(kind: str) -> None:
    doc = _document()
    doc[kind].append(copy.deepcopy(doc[kind][0]))
    first_id = doc[kind][0]["id"]
    assert f"$.{kind}[1].id: duplicate id {first_id!r}" in _problems(doc)


def test_a_span_past_the_end_of_the_text_is_refused() -> None:
    expected = f"$.events[0].span: span [{_start('events')}, 1000) ends past the end of the text"
    expected += f" ({TEXT_SIZE})"
    assert [expected] == _problems(_with("events.0.span.end", 1000))


def test_a_span_that_ends_before_it_starts_is_refused() -> None:
    problems = _problems(_with("events.0.span.end", 1))
    assert [f"$.events[0].span: span end 1 is before its start {_start('events')}"] == problems


def test_a_mention_whose_text_does_not_match_is_refused() -> None:
    assert ["$.actors[0].mentions[0].text: 'Kin' does not match the article text there ('Kim')"] == _problems(
        _with("actors.0.mentions.0.text", "Kin")
    )


def test_a_mention_past_the_end_is_refused() -> None:
    expected = f"$.actors[0].mentions[0]: span [0, 999) ends past the end of the text ({TEXT_SIZE})"
    assert [expected] == _problems(_with("actors.0.mentions.0.end", 999))


def test_validation_errors_from_a_file_name_the_file() -> None:
    with pytest.raises(newsdoc.ValidationError, match=r"^doc\.json: 1 problem"):
        newsdoc.loads(orjson.dumps(_with("statements.0.speaker", "a9")), source="doc.json")


# -- JSON Lines ----------------------------------------------------------------------------------


def test_json_lines_name_the_line_of_a_bad_document() -> None:
    good = orjson.dumps(_document())
    bad = orjson.dumps(_with("statements.0.speaker", "a9"))
    with pytest.raises(newsdoc.ValidationError) as caught:
        list(newsdoc.loads_lines(b"\n".join([good, b"", bad]), source="x.jsonl"))
    assert 3 == caught.value.line
