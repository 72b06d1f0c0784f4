"""The ``prune`` step: fold appositions into their person, and drop the common-noun
actors that do nothing in the article.

The actors step makes an actor of every description it reads ("people", "its forces",
"a woman", "three people") so that the later steps can name them as speakers,
addressees, participants or places. Once they have run, a description that no statement,
event or other actor refers to, and that is never the subject of a verb ("Farmers
blocked the roads"), says nothing about who did or said what: this step drops it
("employs 160,000 people"). Names, countries, organisations, places, capitalised
groups ("Pakistani troops", "Israelis") and joint references with members ("Both
governments" after "Serbia and Kosovo") always stay.

Before that, a description in apposition to a named person ("Mohammad Yousuf, a
shopkeeper in Uri, said") is the same person: the step moves its mentions to the person,
makes it the person's title when the person has none, and points every statement, event
and actor that referred to it at the person. Remove the step from the pipeline
(``--steps -prune``) to keep every description as the actors step read it.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from newsdoc._extract._actors import description_words
from newsdoc._extract._doc import Doc
from newsdoc._extract._words import NUMBER_WORDS, lexicons
from newsdoc._models import Actor, ActorKind, Participant

__all__ = ["PruneStep"]

_DESCRIBED_KINDS = frozenset({ActorKind.PERSON, ActorKind.GROUP})
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
     "might", "must", "do", "does", "did", "also", "then", "now", "still", "say", "says"}
)


class PruneStep:
    """Drops common-noun actors that no statement, event or actor refers to and that act in no clause."""

    def __call__(self, doc: Doc) -> None:
        _fold_appositions(doc)
        used: set[str | None] = set()
        for statement in doc.statements:
            used.update((statement.speaker, statement.addressee, statement.channel))
        for event in doc.events:
            used.update(participant.actor for participant in event.participants)
            used.add(event.location)
        used.update(actor.affiliation for actor in doc.actors)
        used.update(member for actor in doc.actors for member in actor.members)
        text = doc.text
        doc.actors[:] = [
            actor
            for actor in doc.actors
            if actor.id in used
            or actor.members  # "Both governments": who they are is known
            or not common_noun(actor)
            or any(_subject(text, m.end) for m in actor.mentions)
        ]


_INDEFINITE = frozenset({"a ", "A ", "an", "An"})
_BODY_OPENERS = frozenset({"the", "a", "an", "its", "their"})  # the first two characters of "a ..."/"an ..."


def _fold_appositions(doc: Doc) -> None:
    """Make a description in apposition to a named person a mention of that person: "a
    shopkeeper" in "Mohammad Yousuf, a shopkeeper in Uri," and "Marseille's chief
    prosecutor" in "Marseille's chief prosecutor, Claire Moreau, said"; and a body's
    description after a named body a mention of that body: "the largest opposition party"
    in "The Democratic Alliance (DA), the largest opposition party in the council,"."""
    text = doc.text
    after = []  # a description opened by "a"/"an" right after a comma
    before = []  # a description whose first mention a comma and a name follow
    bodies = []  # a body's description right after a comma
    country_starts = {m.start for a in doc.actors if a.kind is ActorKind.COUNTRY for m in a.mentions}
    for actor in doc.actors:
        if actor.kind is ActorKind.ORGANIZATION and actor.mentions and _described_body(actor):
            first = actor.mentions[0]
            # "the largest opposition party", "New Zealand's largest dairy exporter"; not
            # "House Speaker Paul Ryan's office" after a fronted phrase's comma
            opened = first.text.split(" ", 1)[0].lower() in _BODY_OPENERS or first.start in country_starts
            if opened and text[first.start - 2 : first.start] == ", ":
                bodies.append((actor, first.start - 2))
        if actor.kind is ActorKind.PERSON and actor.mentions:
            first = actor.mentions[0]
            if first.text[:2] in _INDEFINITE and text[first.start - 2 : first.start] == ", " and _described(actor):
                after.append((actor, first.start - 2))
            elif text.startswith(", ", first.end) and _role_named(actor):
                before.append((actor, first.end + 2))
    if not after and not before and not bodies:
        return
    person_ending: dict[int, Actor] = {}
    person_starting: dict[int, tuple[Actor, int]] = {}
    for actor in doc.actors:
        if actor.kind is ActorKind.PERSON and actor.name[:1].isupper() and not _role_named(actor):
            for m in actor.mentions:
                person_ending[m.end] = actor
                person_starting[m.start] = (actor, m.end)
    into: dict[str, str] = {}
    for actor, comma in after:
        named = person_ending.get(comma)
        if named is not None:
            into[actor.id] = named.id
    for actor, start in before:
        found = person_starting.get(start)
        if found is not None and text.startswith(",", found[1]) and found[0].id not in into:
            into[actor.id] = found[0].id  # "Her lawyer, Mehmet Kaya, said"
    if bodies:
        body_ending = {
            m.end: actor
            for actor in doc.actors
            if actor.kind is ActorKind.ORGANIZATION and not _described_body(actor)
            for m in actor.mentions
        }
        for actor, comma in bodies:
            # "The Democratic Alliance (DA), the largest opposition party in the council,"
            named = body_ending.get(comma) or (body_ending.get(comma - 1) if text[comma - 1] == ")" else None)
            if named is not None:
                into[actor.id] = named.id
    if not into:
        return
    folded: dict[str, list[Actor]] = {}
    for actor in doc.actors:
        if actor.id in into:
            folded.setdefault(into[actor.id], []).append(actor)
    actors = []
    for actor in doc.actors:
        if actor.id in into:
            continue
        if actor.id in folded:
            parts = folded[actor.id]
            mentions = sorted((*actor.mentions, *(m for part in parts for m in part.mentions)), key=lambda m: m.start)
            actor = attrs.evolve(
                actor,
                title=actor.title or (parts[0].name if actor.kind is ActorKind.PERSON else None),
                country=actor.country or parts[0].country,
                mentions=tuple(mentions),
            )
        if actor.affiliation in into:
            actor = attrs.evolve(actor, affiliation=into[actor.affiliation])
        if any(member in into for member in actor.members):
            members = dict.fromkeys(into.get(member, member) for member in actor.members)
            actor = attrs.evolve(actor, members=tuple(members))
        actors.append(actor)
    doc.actors[:] = actors
    doc.statements = [
        attrs.evolve(
            st,
            speaker=into.get(st.speaker, st.speaker) if st.speaker else None,
            addressee=into.get(st.addressee, st.addressee) if st.addressee else None,
            channel=into.get(st.channel, st.channel) if st.channel else None,
        )
        for st in doc.statements
    ]
    doc.events = [attrs.evolve(e, participants=_renamed(e.participants, into)) for e in doc.events]


def _described_body(actor: Actor) -> bool:
    """Whether an organisation is named by a description, not a name: its last word is in
    lower case ("the largest opposition party", "New Zealand's largest dairy exporter")."""
    last = actor.name.rsplit(" ", 1)[-1]
    return last.isalpha() and last.islower()


def _role_named(actor: Actor) -> bool:
    """Whether a person actor is named by a role, not by a name: the last word of its name
    is in lower case ("Marseille's chief prosecutor", "Her lawyer", "FAM president")."""
    last = actor.name.split()[-1] if actor.name.split() else ""
    return last.islower()


def _renamed(participants: tuple[Participant, ...], into: dict[str, str]) -> list[Participant]:
    """The participants with folded actors replaced, each actor once."""
    out: list[Participant] = []
    seen: set[str] = set()
    for p in participants:
        actor = into.get(p.actor, p.actor)
        if actor not in seen:
            seen.add(actor)
            out.append(p if actor == p.actor else attrs.evolve(p, actor=actor))
    return out


def _subject(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is a subject: a verb follows ("Farmers blocked")."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    return word in _AUXILIARIES or word.endswith("ed") or word in lexicons().cue_forms


def _described(actor: Actor) -> bool:
    """Whether a person is named by a description whose head is a common noun, maybe with
    a nationality in it: "a shopkeeper", "a jailed Tunisian opposition politician"."""
    last = actor.name.rsplit(" ", 1)[-1]
    return common_noun(actor) or (last.isalpha() and last.islower() and actor.name[:1].islower())


def common_noun(actor: Actor) -> bool:
    """Whether ``actor`` is a person or group named by common nouns only ("its forces").

    Every word of its name and mentions is in lower case, but for a first word that is
    a determiner or a noun capitalised at the start of a sentence ("Police", "The children").
    """
    if actor.kind not in _DESCRIBED_KINDS:
        return False
    return all(_common_words(text) for text in (actor.name, *(m.text for m in actor.mentions)))


def _common_words(text: str) -> bool:
    words = text.split()
    if not words or any(not w.islower() for w in words[1:] if w[:1].isalpha()):
        return False
    first = words[0]
    return not first[:1].isalpha() or first.islower() or first.lower() in _sentence_initial_words()


@cache
def _sentence_initial_words() -> frozenset[str]:
    """Lower-case words that a sentence may capitalise: determiners, pronouns, role and group nouns."""
    determiners = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "some", "many", "most",
                   "several", "other", "these", "those", "this", "that", "both", "all"}  # fmt: skip
    return description_words() | NUMBER_WORDS | determiners
