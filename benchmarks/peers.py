"""A seed-sized Article with extraction filled in by hand, and peer models of the same shape.

The peers are msgspec.Struct and pydantic v2 models with the same fields, types, defaults
and JSON as newsdoc's attrs models, so a round trip (object -> JSON bytes -> object) does
the same work in each library.
"""


import datetime as dt
import re
from pathlib import Path
from typing import Any

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
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_65f2b42711d58410.txt"
_NAME = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*")
_WORD = re.compile(r"[a-z]{4,}")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def rich_article(actors: int = 20, statements: int = 15, events: int = 15, times: int = 15) -> Article:
    """The seed article with hand-made extraction: real spans, real ids, every field used."""
    base = newsdoc.parse(SEED.read_bytes(), source=str(SEED), extract=False)
    text = base.text
    names: dict[str, list[re.Match[str]]] = {}
    for m in _NAME.finditer(text):
        names.setdefault(m.group(), []).append(m)
    actor_list = []
    for i, (name, matches) in enumerate(list(names.items())[:actors], start=1):
        actor_list.append(Actor(
            id=f"a{i}", name=name, kind=list(ActorKind)[i % len(ActorKind)],
            country="PRK" if i % 2 else None, title="leader" if i % 3 == 0 else None,
            affiliation="a1" if i > 1 and i % 4 == 0 else None, aliases=(name.lower(),) if i % 5 == 0 else (),
            mentions=[Mention(start=m.start(), end=m.end(), text=m.group()) for m in matches[:4]],
        ))
    words = list(_WORD.finditer(text))
    time_list = []
    for i in range(1, times + 1):
        m = words[i * 7]
        time_list.append(TimeExpression(
            id=f"t{i}", text=m.group(), type=list(TimeType)[i % 4], value=f"2023-12-{i + 10:02d}",
            span=Span(start=m.start(), end=m.end()), anchor=base.date if i % 2 else None,
            rule="relative-weekday" if i % 3 else None,
        ))
    sentences = list(_SENTENCE.finditer(text))
    statement_list = []
    for i in range(1, statements + 1):
        s = sentences[i % len(sentences)]
        cue = words[i * 5]
        statement_list.append(Statement(
            id=f"s{i}", speaker=f"a{1 + i % actors}", cue=cue.group(), content=s.group(),
            quote=list(Quote)[i % 3], span=Span(start=s.start(), end=s.end()),
            cue_span=Span(start=cue.start(), end=cue.end()),
            channel=f"a{1 + (i + 3) % actors}" if i % 3 == 0 else None,
            addressee=f"a{1 + (i + 5) % actors}" if i % 4 == 0 else None,
            time=_time_of(time_list[i % times]) if i % 2 else Time(text="", value="2023-12-28",
                                                                          inferred=True),
            event=f"e{i}" if i % 2 == 0 else None,
        ))
    event_list = []
    for i in range(1, events + 1):
        trig = words[i * 9]
        event_list.append(Event(
            id=f"e{i}", kind=["CONSULT", "ASSAULT", "THREATEN", "COOPERATE"][i % 4],
            mode="missile-test" if i % 5 == 0 else None, trigger=trig.group(),
            span=Span(start=trig.start(), end=trig.end()),
            participants=[Participant(actor=f"a{1 + i % actors}", role=Role.AGENT),
                          Participant(actor=f"a{1 + (i + 1) % actors}", role=Role.TARGET)],
            location=f"a{1 + (i + 2) % actors}" if i % 3 == 0 else None,
            time=_time_of(time_list[i % times]),
            status=list(EventStatus)[i % 6], statement=f"s{i}" if i % 2 == 0 else None,
        ))
    return base.with_extraction(
        actors=actor_list, statements=statement_list, events=event_list, times=time_list
    )


def _time_of(tx: TimeExpression) -> Time:
    return Time(text=tx.text, value=tx.value, ref=tx.id)


def msgspec_types() -> Any:
    """The msgspec.Struct peer of Article (omit_defaults, like newsdoc's JSON)."""
    import msgspec

    class MSpan(msgspec.Struct, frozen=True, kw_only=True):
        start: int
        end: int

    class MMention(msgspec.Struct, frozen=True, kw_only=True):
        start: int
        end: int
        text: str

    class MTime(msgspec.Struct, frozen=True, kw_only=True):
        text: str
        value: str
        ref: str | None = None
        inferred: bool = False

    class MTimeExpression(msgspec.Struct, frozen=True, kw_only=True):
        id: str
        text: str
        type: TimeType = TimeType.DATE
        value: str
        span: MSpan
        anchor: dt.date | None = None
        rule: str | None = None

    class MActor(msgspec.Struct, frozen=True, kw_only=True):
        id: str
        name: str
        kind: ActorKind
        country: str | None = None
        title: str | None = None
        affiliation: str | None = None
        aliases: tuple[str, ...] = ()
        mentions: tuple[MMention, ...] = ()

    class MStatement(msgspec.Struct, frozen=True, kw_only=True):
        id: str
        speaker: str | None = None
        cue: str = ""
        content: str
        quote: Quote = Quote.INDIRECT
        span: MSpan
        cue_span: MSpan | None = None
        channel: str | None = None
        addressee: str | None = None
        time: MTime | None = None
        event: str | None = None

    class MParticipant(msgspec.Struct, frozen=True, kw_only=True):
        actor: str
        role: Role = Role.OTHER

    class MEvent(msgspec.Struct, frozen=True, kw_only=True):
        id: str
        kind: str
        mode: str | None = None
        trigger: str
        span: MSpan
        participants: tuple[MParticipant, ...] = ()
        location: str | None = None
        time: MTime | None = None
        status: EventStatus = EventStatus.OCCURRED
        statement: str | None = None

    class MArticle(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
        schema_version: int = 1
        id: str
        date: dt.date
        headline: str
        paragraphs: tuple[str, ...] = ()
        actors: tuple[MActor, ...] = ()
        statements: tuple[MStatement, ...] = ()
        events: tuple[MEvent, ...] = ()
        times: tuple[MTimeExpression, ...] = ()

    return MArticle


def pydantic_types() -> Any:
    """The pydantic v2 peer of Article (frozen models, strict types, no extra keys)."""
    from pydantic import BaseModel, ConfigDict

    config = ConfigDict(frozen=True, strict=True, extra="forbid")

    class PSpan(BaseModel):
        model_config = config
        start: int
        end: int

    class PMention(BaseModel):
        model_config = config
        start: int
        end: int
        text: str

    class PTime(BaseModel):
        model_config = config
        text: str
        value: str
        ref: str | None = None
        inferred: bool = False

    class PTimeExpression(BaseModel):
        model_config = config
        id: str
        text: str
        type: TimeType = TimeType.DATE
        value: str
        span: PSpan
        anchor: dt.date | None = None
        rule: str | None = None

    class PActor(BaseModel):
        model_config = config
        id: str
        name: str
        kind: ActorKind
        country: str | None = None
        title: str | None = None
        affiliation: str | None = None
        aliases: tuple[str, ...] = ()
        mentions: tuple[PMention, ...] = ()

    class PStatement(BaseModel):
        model_config = config
        id: str
        speaker: str | None = None
        cue: str = ""
        content: str
        quote: Quote = Quote.INDIRECT
        span: PSpan
        cue_span: PSpan | None = None
        channel: str | None = None
        addressee: str | None = None
        time: PTime | None = None
        event: str | None = None

    class PParticipant(BaseModel):
        model_config = config
        actor: str
        role: Role = Role.OTHER

    class PEvent(BaseModel):
        model_config = config
        id: str
        kind: str
        mode: str | None = None
        trigger: str
        span: PSpan
        participants: tuple[PParticipant, ...] = ()
        location: str | None = None
        time: PTime | None = None
        status: EventStatus = EventStatus.OCCURRED
        statement: str | None = None

    class PArticle(BaseModel):
        model_config = config
        schema_version: int = 1
        id: str
        date: dt.date
        headline: str
        paragraphs: tuple[str, ...] = ()
        actors: tuple[PActor, ...] = ()
        statements: tuple[PStatement, ...] = ()
        events: tuple[PEvent, ...] = ()
        times: tuple[PTimeExpression, ...] = ()

    return PArticle
