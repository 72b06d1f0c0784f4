"""A small fully extracted Article built by hand, for exporter tests (no extraction needed)."""

from __future__ import annotations

import newsdoc
from newsdoc import (
    Actor,
    ActorKind,
    Event,
    EventStatus,
    Mention,
    Participant,
    Quote,
    Role,
    Span,
    Statement,
    Time,
)

HEADLINE = "Kim urges war preparations"
PARAGRAPHS = (
    'North Korean leader Kim Jong Un urged his party to "accelerate" war preparations, state media said.',
    "Washington and Seoul held drills in Busan on Thursday.",
)


def extracted_article() -> newsdoc.Article:
    """An article with three actors, one statement and one event, every span checked."""
    text = "\n\n".join((HEADLINE, *PARAGRAPHS))

    def mention(word: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return Mention(start=start, end=start + len(word), text=word)

    def span(part: str) -> Span:
        start = text.index(part)
        return Span(start=start, end=start + len(part))

    actors = [
        Actor(
            id="a1",
            name="Kim Jong Un",
            kind=ActorKind.PERSON,
            country="PRK",
            title="North Korean leader",
            aliases=["Kim"],
            mentions=[mention("Kim"), mention("Kim Jong Un")],
        ),
        Actor(
            id="a2",
            name="United States",
            kind=ActorKind.COUNTRY,
            country="USA",
            aliases=["Washington"],
            mentions=[mention("Washington")],
        ),
        Actor(
            id="a3",
            name="South Korea",
            kind=ActorKind.COUNTRY,
            country="KOR",
            aliases=["Seoul"],
            mentions=[mention("Seoul")],
        ),
        Actor(id="a4", name="Busan", kind=ActorKind.LOCATION, country="KOR", mentions=[mention("Busan")]),
        Actor(
            id="a5",
            name="state media",
            kind=ActorKind.ORGANIZATION,
            country="PRK",
            mentions=[mention("state media")],
        ),
    ]
    times = [newsdoc.TimeExpression(id="t1", text="Thursday", value="2023-12-28", span=span("Thursday"))]
    statements = [
        Statement(
            id="s1",
            speaker="a1",
            cue="urged",
            content='his party to "accelerate" war preparations',
            quote=Quote.MIXED,
            span=span('his party to "accelerate" war preparations'),
            cue_span=span("urged"),
            channel="a5",
        ),
    ]
    events = [
        Event(
            id="e1",
            kind="MOBILIZE",
            mode="military-exercise",
            trigger="drills",
            span=span("drills"),
            participants=[Participant(actor="a2", role=Role.AGENT), Participant(actor="a3", role=Role.AGENT)],
            location="a4",
            time=Time(text="Thursday", value="2023-12-28", ref="t1"),
            status=EventStatus.OCCURRED,
        ),
    ]
    return newsdoc.Article(
        id="kim",
        date="2023-12-28",
        headline=HEADLINE,
        paragraphs=PARAGRAPHS,
        actors=actors,
        statements=statements,
        events=events,
        times=times,
    )
