"""The generated JSON fast paths agree with cattrs and keep every check of the models."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventStatus,
    Mention,
    Participant,
    Quote,
    Role,
    Span,
    Statement,
    Time,
    TimeExpression,
    TimeType,
    ValidationError,
)
from newsdoc._codegen import decode_function, encode_function, structure_function
from newsdoc._json import _DETAILED, _FAST, _unstructure_native, dumpb, from_dict, to_dict

_WORDS = st.text(alphabet="abcdefgh \u00e9\u4e2d\"", min_size=1, max_size=12).filter(str.strip)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Valid articles with every kind of item, linked by ids, with real spans."""
    headline = draw(_WORDS)
    paragraphs = draw(st.lists(_WORDS, min_size=1, max_size=4))
    base = Article(id=draw(_WORDS), date=draw(st.dates(dt.date(1900, 1, 1))), headline=headline,
                   paragraphs=paragraphs)
    size = len(base.text)

    def span() -> Span:
        start = draw(st.integers(0, size))
        return Span(start=start, end=draw(st.integers(start, size)))

    def optional(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(st.none() | strategy)

    times = [
        TimeExpression(id=f"t{i}", text=draw(_WORDS), type=draw(st.sampled_from(TimeType)),
                       value=draw(_WORDS), span=span(), anchor=optional(st.dates()), rule=optional(_WORDS))
        for i in range(draw(st.integers(0, 3)))
    ]
    time_ids = [t.id for t in times]
    actors = []
    for i in range(draw(st.integers(0, 4))):
        mentions = []
        for _ in range(draw(st.integers(0, 3))):
            s = span()
            mentions.append(Mention(start=s.start, end=s.end, text=base.text[s.start : s.end]))
        actors.append(Actor(
            id=f"a{i}", name=draw(_WORDS), kind=draw(st.sampled_from(ActorKind)), country=optional(_WORDS),
            title=optional(_WORDS), affiliation=optional(st.sampled_from([f"a{j}" for j in range(i + 1)])),
            aliases=draw(st.lists(_WORDS, max_size=2)), mentions=mentions,
        ))
    actor_ids = st.sampled_from([a.id for a in actors]) if actors else st.none()

    def time() -> Time | None:
        ref = optional(st.sampled_from(time_ids)) if time_ids else None
        return optional(st.builds(Time, text=_WORDS, value=_WORDS, ref=st.just(ref), inferred=st.booleans()))

    n_statements = draw(st.integers(0, 3))
    n_events = draw(st.integers(0, 3))
    statements = [
        Statement(id=f"s{i}", speaker=optional(actor_ids), cue=draw(_WORDS), content=draw(_WORDS),
                  quote=draw(st.sampled_from(Quote)), span=span(), cue_span=optional(st.just(span())),
                  channel=optional(actor_ids), addressee=optional(actor_ids), time=time(),
                  event=optional(st.sampled_from([f"e{j}" for j in range(n_events)])) if n_events else None)
        for i in range(n_statements)
    ]
    events = [
        Event(id=f"e{i}", kind=draw(_WORDS), mode=optional(_WORDS), trigger=draw(_WORDS), span=span(),
              participants=[Participant(actor=a, role=draw(st.sampled_from(Role)))
                            for a in draw(st.lists(actor_ids, max_size=2 if actors else 0))],
              location=optional(actor_ids), time=time(), status=draw(st.sampled_from(EventStatus)),
              statement=optional(st.sampled_from([s.id for s in statements])) if statements else None)
        for i in range(n_events)
    ]
    return base.with_extraction(actors=actors, statements=statements, events=events, times=times)


@given(articles())
@settings(max_examples=150, deadline=None)
def test_round_trip_is_lossless(article: Article) -> None:
    assert newsdoc.loads(newsdoc.dumps(article)) == article


@given(articles())
@settings(max_examples=150, deadline=None)
def test_generated_to_dict_equals_cattrs(article: Article) -> None:
    assert to_dict(article) == {"schema_version": 1, **_FAST.unstructure(article)}


@given(articles())
@settings(max_examples=150, deadline=None)
def test_dumps_writes_the_bytes_cattrs_and_orjson_write(article: Article) -> None:
    expected = orjson.dumps({"schema_version": 1, **_FAST.unstructure(article)}).decode()
    assert newsdoc.dumps(article) == expected


@given(articles())
@settings(max_examples=150, deadline=None)
def test_generated_structure_equals_cattrs_detailed(article: Article) -> None:
    body = _FAST.unstructure(article)
    assert from_dict(body) == _DETAILED.structure(body, Article)


def _sample() -> dict[str, Any]:
    text = "Kim said talks resume.\n\nThe talks resumed on Monday."
    headline, paragraph = text.split("\n\n")
    article = Article(
        id="x", date="2024-01-05", headline=headline, paragraphs=[paragraph],
        actors=[Actor(id="a1", name="Kim", kind=ActorKind.PERSON,
                      mentions=[Mention(start=0, end=3, text="Kim")])],
        statements=[Statement(id="s1", speaker="a1", cue="said", content="talks resume",
                              span=Span(start=9, end=21),
                              time=Time(text="Monday", value="2024-01-01", ref="t1"))],
        events=[Event(id="e1", kind="CONSULT", trigger="talks", span=Span(start=28, end=33),
                      participants=[Participant(actor="a1")])],
        times=[TimeExpression(id="t1", text="Monday", value="2024-01-01", span=Span(start=46, end=52))],
    )
    return to_dict(article)


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        from_dict(data)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (["statements", 0, "span", "end"], 3, "$.statements[0].span: span end 3 is before its start 9"),
        (["events", 0, "span", "start"], -1, "$.events[0].span: start must be >= 0, got -1"),
        (["actors", 0, "mentions", 0, "start"], True,
         "$.actors[0].mentions[0].start: expected an integer, got a boolean"),
        (["statements", 0, "time", "text"], 5, "$.statements[0].time.text: expected a string, got a number"),
        (["actors", 0, "kind"], "robot",
         "$.actors[0].kind: expected one of 'person', 'organization', 'country', 'location', 'group', "
         "got 'robot'"),
        (["times", 0, "span", "extra"], 1, "$.times[0].span: unknown field 'extra'"),
        (["statements", 0, "speaker"], "a9", "$.statements[0].speaker: unknown actor id 'a9'"),
        (["date"], "2024-02-30", "$.date: '2024-02-30' is not a real calendar date"),
    ],
)
def test_bad_input_is_named_by_json_path(path: list[Any], value: Any, expected: str) -> None:
    data = copy.deepcopy(_sample())
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert expected in _problems(data)


def test_missing_required_field_is_named() -> None:
    data = _sample()
    del data["events"][0]["trigger"]
    assert _problems(data) == ["$.events[0].trigger: required field missing"]


def test_missing_optional_field_takes_its_default() -> None:
    data = _sample()
    del data["statements"][0]["channel"]
    del data["events"][0]["status"]
    article = from_dict(data)
    assert (article.statements[0].channel, article.events[0].status) == (None, EventStatus.OCCURRED)


def test_unknown_field_beside_a_missing_default_is_caught() -> None:
    data = _sample()
    data["events"][0]["mood"] = data["events"][0].pop("mode")
    assert _problems(data) == ["$.events[0]: unknown field 'mood'"]


# ------------------------------------------------ JSON text -> Article through msgspec mirrors

_DECODE = decode_function(Article, extra=(("schema_version", int, 1),))


def _decode(data: dict[str, Any]) -> Article:
    assert _DECODE is not None
    article, struct = _DECODE(orjson.dumps(data))
    assert 1 == struct.schema_version
    return article


@given(articles())
@settings(max_examples=150, deadline=None)
def test_msgspec_decoder_equals_cattrs_detailed(article: Article) -> None:
    body = _FAST.unstructure(article)
    assert _DETAILED.structure(body, Article) == _decode(body)


@given(articles())
@settings(max_examples=60, deadline=None)
def test_msgspec_decoder_keeps_tuples_and_enums(article: Article) -> None:
    decoded = _decode(_FAST.unstructure(article))
    assert all(type(a.mentions) is tuple and type(a.kind) is ActorKind for a in decoded.actors)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["statements", 0, "span", "end"], 3),
        (["events", 0, "span", "start"], -1),
        (["actors", 0, "mentions", 0, "start"], -1),
        (["actors", 0, "mentions", 0, "start"], True),
        (["actors", 0, "mentions", 0, "end"], 1.0),
        (["statements", 0, "time", "text"], 5),
        (["actors", 0, "kind"], "robot"),
        (["times", 0, "span", "extra"], 1),
        (["statements", 0, "speaker"], "a9"),
        (["actors", 0, "mentions", 0, "text"], "Kin"),
        (["date"], "2024-02-30"),
        (["date"], "20240105"),
        (["paragraphs"], "The talks resumed on Monday."),
        (["mood"], "calm"),
    ],
)
def test_msgspec_decoder_rejects_what_the_strict_path_rejects(path: list[Any], value: Any) -> None:
    data = copy.deepcopy(_sample())
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(Exception):  # noqa: B017 - any failure sends the input to the strict path
        _decode(data)
    with pytest.raises(ValidationError):
        newsdoc.loads(orjson.dumps(data))


def test_msgspec_decoder_reads_the_version_for_loads_to_check() -> None:
    data = {**_sample(), "schema_version": 2}
    assert _DECODE is not None
    assert 2 == _DECODE(orjson.dumps(data))[1].schema_version
    with pytest.raises(ValidationError, match="schema version 1, got 2"):
        newsdoc.loads(orjson.dumps(data))


def test_msgspec_decoder_takes_defaults_for_missing_optional_fields() -> None:
    data = _sample()
    del data["statements"][0]["channel"]
    del data["events"][0]["status"]
    del data["schema_version"]
    article = _decode(data)
    assert (article.statements[0].channel, article.events[0].status) == (None, EventStatus.OCCURRED)


@attrs.frozen(kw_only=True, init=False)
class _Odd:
    """A model whose own ``__init__`` checks what the generators do not know."""

    value: int

    def __init__(self, *, value: int) -> None:
        if value % 2 == 0:
            raise ValueError("even")
        self.__attrs_init__(value=value)


def test_msgspec_decoder_refuses_a_model_whose_init_checks_it_does_not_know() -> None:
    assert decode_function(_Odd) is None


def test_generated_structure_calls_an_init_that_checks_what_it_does_not_know() -> None:
    structure = structure_function(_Odd)
    assert structure is not None
    assert _Odd(value=3) == structure({"value": 3})
    with pytest.raises(ValueError, match="even"):
        structure({"value": 2})


def test_msgspec_decoder_reads_spans_without_their_init_and_the_article_checks_their_order() -> None:
    data = _sample()
    data["times"][0]["span"] = {"start": 50, "end": 47}
    with pytest.raises(Exception, match=r"\$\.times\[0\]\.span: span end 47 is before its start 50"):
        _decode(data)
    assert ["$.times[0].span: span end 47 is before its start 50"] == _problems(data)


# ------------------------------------------------ Article -> JSON bytes through msgspec structs

_ENCODE = encode_function(Article, extra=(("schema_version", int, 1),))


def _orjson_bytes(article: Article) -> bytes:
    """What dumps wrote before msgspec wrote it: the generated dicts, written by orjson."""
    return orjson.dumps({"schema_version": 1, **_unstructure_native(article)})


@given(articles())
@settings(max_examples=150, deadline=None)
def test_msgspec_writer_writes_the_bytes_orjson_writes(article: Article) -> None:
    assert _ENCODE is not None
    assert _orjson_bytes(article) == _ENCODE(article)


@given(st.text(), st.text(min_size=1))
@settings(max_examples=300, deadline=None)
def test_msgspec_writer_escapes_any_text_as_orjson_does(headline: str, name: str) -> None:
    article = Article(id=name, date=dt.date(2024, 1, 5), headline=headline, paragraphs=[name],
                      actors=[Actor(id="a1", name=name, kind=ActorKind.PERSON, aliases=[headline])])
    assert _ENCODE is not None
    assert _orjson_bytes(article) == _ENCODE(article)


def test_a_datetime_where_a_date_belongs_is_written_as_orjson_writes_it() -> None:
    data = _sample()
    article = from_dict(data)
    anchor = dt.datetime(2024, 1, 1, 5, tzinfo=dt.UTC)
    times = [attrs.evolve(article.times[0], anchor=anchor)]  # type: ignore[arg-type]
    odd = article.with_extraction(actors=article.actors, statements=article.statements,
                                  events=article.events, times=times)
    assert b'"anchor":"2024-01-01T05:00:00+00:00"' in dumpb(odd)
    assert _orjson_bytes(odd) == dumpb(odd)


def test_a_str_subclass_msgspec_cannot_write_is_written_as_orjson_writes_it() -> None:
    class Name(str):
        pass

    article = from_dict(_sample())
    odd = attrs.evolve(article, headline=Name(article.headline))
    assert _orjson_bytes(odd) == dumpb(odd)


def test_dumpb_ends_a_line_when_asked() -> None:
    article = from_dict(_sample())
    assert dumpb(article) + b"\n" == dumpb(article, newline=True)


@attrs.frozen(kw_only=True)
class _Node:
    name: str
    child: _Node | None = None


def test_msgspec_writer_refuses_a_model_that_holds_itself() -> None:
    assert encode_function(_Node) is None


def test_msgspec_decoder_reads_spans_only_as_part_of_an_article() -> None:
    assert decode_function(Statement) is None


def test_generated_structure_of_a_lone_span_checks_its_order() -> None:
    structure = structure_function(Span)
    assert structure is not None
    assert Span(start=2, end=5) == structure({"start": 2, "end": 5})
    with pytest.raises(ValueError):
        structure({"start": 5, "end": 2})
    with pytest.raises(ValueError):
        structure({"start": -1, "end": 2})


def _positive(_instance: object, _attribute: object, value: int) -> None:
    if value <= 0:
        raise ValueError("not positive")


@attrs.frozen(kw_only=True)
class _Count:
    value: int = attrs.field(validator=_positive)


def test_msgspec_decoder_runs_the_validators_a_model_has() -> None:
    decode = decode_function(_Count)
    assert decode is not None
    assert _Count(value=2) == decode(b'{"value": 2}')[0]
    with pytest.raises(Exception, match="not positive"):
        decode(b'{"value": 0}')
