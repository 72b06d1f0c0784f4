"""The data model: construction defaults, canonical text, invariants and helpers."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsdoc import (
    Actor,
    ActorKind,
    Article,
    Event,
    Mention,
    Participant,
    Problem,
    Role,
    Span,
    Statement,
    Time,
    TimeExpression,
    ValidationError,
)


def small_article(**fields: object) -> Article:
    base: dict[str, object] = {
        "id": "x",
        "date": dt.date(2024, 1, 5),
        "headline": "Talks resume",
        "paragraphs": ["Kim said the talks resumed.", "Seoul agreed."],
    }
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


def test_article_needs_only_the_text_fields() -> None:
    article = Article(id="a", date=dt.date(2024, 1, 5), headline="H", paragraphs=["P one.", "P two."])
    assert ((), (), (), ()) == (article.actors, article.statements, article.events, article.times)


def test_paragraphs_given_as_a_list_are_stored_as_a_tuple() -> None:
    assert ("Kim said the talks resumed.", "Seoul agreed.") == small_article().paragraphs


def test_date_may_be_given_as_an_iso_string() -> None:
    assert dt.date(2024, 1, 5) == small_article(date="2024-01-05").date


def test_text_is_headline_and_paragraphs_joined_by_blank_lines() -> None:
    assert "Talks resume\n\nKim said the talks resumed.\n\nSeoul agreed." == small_article().text


def test_paragraph_spans_index_the_text() -> None:
    article = small_article()
    assert [article.headline, *article.paragraphs] == [article.span_text(s) for s in article.paragraph_spans]


def test_paragraph_of_finds_the_paragraph_of_an_offset() -> None:
    article = small_article()
    seoul = article.text.index("Seoul")
    assert (0, 1, 2) == (article.paragraph_of(0), article.paragraph_of(15), article.paragraph_of(seoul))


def test_paragraph_of_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(IndexError):
        small_article().paragraph_of(10_000)


def test_models_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        small_article().headline = "Other"  # type: ignore[misc]


def test_models_are_hashable_and_compare_by_value() -> None:
    assert hash(small_article()) == hash(small_article())
    assert small_article() == small_article()


def test_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span(0, 1)  # type: ignore[misc]


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2)


def test_span_rejects_negative_offsets() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        Span(start=-1, end=2)


def test_span_rejects_a_negative_end() -> None:
    with pytest.raises(ValueError, match="end must be >= 0, got -1"):
        Span(start=0, end=-1)


def test_evolving_a_span_checks_it_again() -> None:
    with pytest.raises(ValueError, match="before its start"):
        attrs.evolve(Span(start=2, end=5), end=1)


def test_mention_rejects_negative_offsets() -> None:
    with pytest.raises(ValueError, match="start must be >= 0, got -2"):
        Mention(start=-2, end=1, text="K")


def kim_actor(article: Article) -> Actor:
    start = article.text.index("Kim")
    return Actor(id="a1", name="Kim", kind=ActorKind.PERSON, mentions=[Mention(start=start, end=start + 3, text="Kim")])


def test_mention_must_match_the_text() -> None:
    with pytest.raises(ValidationError) as err:
        small_article(actors=[Actor(id="a1", name="Kim", kind=ActorKind.PERSON,
                                    mentions=[Mention(start=0, end=3, text="Kim")])])
    assert [Problem("$.actors[0].mentions[0].text",
                    "'Kim' does not match the article text there ('Tal')")] == list(err.value.problems)


def test_spans_outside_the_text_are_rejected_with_their_path() -> None:
    statement = Statement(id="s1", content="x", span=Span(start=0, end=999))
    with pytest.raises(ValidationError) as err:
        small_article(statements=[statement])
    assert ["$.statements[0].span"] == [p.path for p in err.value.problems]


def test_duplicate_ids_are_rejected() -> None:
    article = small_article()
    actor = kim_actor(article)
    with pytest.raises(ValidationError, match=r"\$\.actors\[1\]\.id: duplicate id 'a1'"):
        small_article(actors=[actor, actor])


def test_every_dangling_reference_is_reported() -> None:
    event = Event(id="e1", kind="AGREE", trigger="agreed", span=Span(start=0, end=6),
                  participants=[Participant(actor="a7", role=Role.AGENT)], location="a8", statement="s5",
                  time=Time(text="today", value="2024-01-05", ref="t3"))
    statement = Statement(id="s1", speaker="a9", channel="a10", content="x", span=Span(start=0, end=1))
    with pytest.raises(ValidationError) as err:
        small_article(events=[event], statements=[statement])
    assert [
        "$.statements[0].speaker: unknown actor id 'a9'",
        "$.statements[0].channel: unknown actor id 'a10'",
        "$.events[0].participants[0].actor: unknown actor id 'a7'",
        "$.events[0].location: unknown actor id 'a8'",
        "$.events[0].statement: unknown statement id 's5'",
        "$.events[0].time.ref: unknown time id 't3'",
    ] == [str(p) for p in err.value.problems]


def test_an_unknown_member_is_reported_with_its_path() -> None:
    group = Actor(id="a2", name="both sides", kind=ActorKind.GROUP, members=["a1", "a9"])
    with pytest.raises(ValidationError) as err:
        small_article(actors=[kim_actor(small_article()), group])
    assert ["$.actors[1].members[1]: unknown actor id 'a9'"] == [str(p) for p in err.value.problems]


def test_a_member_that_is_none_or_the_actor_itself_is_reported() -> None:
    group = Actor(id="a2", name="both sides", kind=ActorKind.GROUP, members=[None, "a2"])  # type: ignore[list-item]
    with pytest.raises(ValidationError) as err:
        small_article(actors=[kim_actor(small_article()), group])
    assert [
        "$.actors[1].members[0]: unknown actor id None",
        "$.actors[1].members[1]: an actor is no member of itself ('a2')",
    ] == [str(p) for p in err.value.problems]


def test_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        small_article(statements=[Statement(id="s1", speaker="nobody", content="x", span=Span(start=0, end=1))])


def linked_article() -> Article:
    base = small_article()
    kim = kim_actor(base)
    seoul_at = base.text.index("Seoul")
    seoul = Actor(id="a2", name="South Korea", kind=ActorKind.COUNTRY, country="KOR",
                  mentions=[Mention(start=seoul_at, end=seoul_at + 5, text="Seoul")])
    content = "the talks resumed"
    c_at = base.text.index(content)
    statement = Statement(id="s1", speaker="a1", cue="said", content=content,
                          span=Span(start=c_at, end=c_at + len(content)))
    agreed_at = base.text.index("agreed")
    event = Event(id="e1", kind="AGREE", trigger="agreed", span=Span(start=agreed_at, end=agreed_at + 6),
                  participants=[Participant(actor="a2", role=Role.AGENT), Participant(actor="a1", role=Role.TARGET)])
    when = TimeExpression(id="t1", text="Talks", value="2024", span=Span(start=0, end=5))
    return small_article(actors=[kim, seoul], statements=[statement], events=[event], times=[when])


def test_actor_looks_up_by_id() -> None:
    assert "South Korea" == linked_article().actor("a2").name


def test_unknown_actor_id_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="actors: a1, a2"):
        linked_article().actor("a9")


def test_statements_by_a_speaker() -> None:
    article = linked_article()
    assert (("s1",), ()) == (tuple(s.id for s in article.statements_by("a1")), article.statements_by("a2"))


def test_events_involving_an_actor_optionally_in_a_role() -> None:
    article = linked_article()
    assert ["e1"] == [e.id for e in article.events_involving("a1")]
    assert () == article.events_involving("a1", role=Role.AGENT)
    assert ["e1"] == [e.id for e in article.events_involving("a2", role=Role.AGENT)]


def test_span_text_gives_the_covered_text() -> None:
    article = linked_article()
    assert "the talks resumed" == article.span_text(article.statements[0].span)


def test_actors_of_kind() -> None:
    assert ["a2"] == [a.id for a in linked_article().actors_of_kind("country")]


def test_with_extraction_replaces_the_results() -> None:
    article = linked_article()
    assert () == article.with_extraction().actors
    assert article == small_article().with_extraction(
        actors=article.actors, statements=article.statements, events=article.events, times=article.times)
