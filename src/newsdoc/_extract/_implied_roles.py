"""Participants a clause's own words do not name, read once its roles are found.

:func:`~newsdoc._extract._event_roles.find_roles` reads the actors around a trigger; some
participants come from elsewhere. The speaker of a speech act's statement is its agent
and the addressee its target (:func:`speech_act_roles`); "I" and "we" inside a quotation
are its speaker (:func:`first_person_agents`); an arrest with no agent was made by the
police the sentence or the one before names (:func:`implicit_arresters`); talks after
which the sentence's actors agreed were theirs (:func:`talks_of_the_parties`). A request an
actor makes of its own side ("urged his party") is no event between actors
(:func:`drop_internal_requests`).
"""

from __future__ import annotations

import bisect

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import AUXILIARIES, NEGATORS, MentionRef, Mentions, words_before
from newsdoc._extract._event_drafts import DIRECT_QUOTES, Draft
from newsdoc._extract._event_lexicon import adversary_nouns
from newsdoc._models import ActorKind, Statement

__all__ = [
    "drop_internal_requests",
    "first_person_agents",
    "implicit_arresters",
    "speech_act_roles",
    "talks_of_the_parties",
]

#: Speech acts whose content opens with their target: "urged X to", "slammed X's plans".
_DIRECTED_AT_CONTENT = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})


def speech_act_roles(linked: list[tuple[Draft, Statement]], drafts: list[Draft], mentions: Mentions) -> None:
    """The speaker of a speech act's statement is its agent, the addressee its target."""
    kept = {id(d) for d in drafts}
    for d, st in linked:
        if id(d) not in kept:
            continue
        if st.speaker is not None:
            speaker = _ref_for(mentions, st.speaker, d.start)
            d.roles.agents = [speaker]
            d.roles.strong = True
        if st.addressee is not None:
            d.roles.targets = [_ref_for(mentions, st.addressee, st.span.start)]
        elif d.kind in _DIRECTED_AT_CONTENT:
            first = mentions.indices(st.span.start, min(st.span.end, st.span.start + 30))
            if first and not d.roles.targets:
                d.roles.targets = [mentions.ref(first[0])]


_FIRST_PERSON = frozenset({"i", "we"})


def first_person_agents(doc: Doc, drafts: list[Draft], words: str, mentions: Mentions) -> None:
    """ "We will not accept a result," Chanda said: the speaker is who "we" and "I" are.

    A verb with no agent whose subject is "I" or "we" inside a quotation is done by the
    quotation's speaker.
    """
    quoted = sorted(
        (st.span.start, st.span.end, st.speaker)
        for st in doc.statements
        if st.speaker is not None and st.quote in DIRECT_QUOTES
    )
    if not quoted:
        return
    starts = [q[0] for q in quoted]
    for d in drafts:
        if d.noun or d.roles.agents:
            continue
        k = bisect.bisect_right(starts, d.start) - 1
        if k < 0 or d.end > quoted[k][1]:
            continue
        before = words_before(words, d.clause.start, d.start, 4)
        for i in range(len(before) - 1, -1, -1):
            if before[i] in _FIRST_PERSON:
                d.roles.agents = [_ref_for(mentions, quoted[k][2], d.start)]
                break
            if before[i] not in AUXILIARIES and before[i] not in NEGATORS and before[i] != "to":
                break


# the bodies that make arrests: "23 people had been arrested" after "Police fired tear gas"
_ARRESTERS = frozenset({"police", "gendarmerie", "gendarmes", "policemen", "officers"})
_ARRESTS = ("arrest", "detain", "detention")


def implicit_arresters(doc: Doc, drafts: list[Draft], mentions: Mentions) -> None:
    """ "Police fired tear gas ... 12 people were detained": the police made the arrests.

    An arrest or detention reported with no agent ("had been arrested") was made by the
    police body that its sentence or the one before names, the nearest first; with none
    named, it keeps no agent. Only arrests: a sentence or a conviction is a court's.
    """
    arrests = [
        d
        for d in drafts
        if d.kind == "COERCE" and d.mode == "arrest" and not d.roles.agents and d.form.lower().startswith(_ARRESTS)
    ]
    if not arrests:
        return
    police = {
        a.id
        for a in doc.actors
        if a.kind is ActorKind.ORGANIZATION and not _ARRESTERS.isdisjoint(a.name.lower().split())
    }
    if not police:
        return
    for d in arrests:
        i = doc.sentence_index(d.start)
        floor = doc.sentences[i - 1].start if i > 0 else 0
        for ref in reversed(mentions.between(floor, d.start)):
            if ref.actor in police:
                d.roles.agents.append(ref)
                break


def talks_of_the_parties(drafts: list[Draft], words: str) -> None:
    """ "X and Y agreed to a ceasefire after three days of talks": the talks were theirs.

    A consultation noun with no agent, after "after", "following" or "during" (and maybe
    a count and "of") in the sentence of an event with agents before it, has that event's
    agents: who agreed, signed or met after the talks held them.
    """
    for k, d in enumerate(drafts):
        if d.kind != "CONSULT" or not d.noun or d.roles.agents:
            continue
        before = words_before(words, d.sentence.start, d.start, 6)
        opener = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _TALKS_OPENERS), None)
        if opener is None or any(w in ("by", "with", "between") for w in before[opener:]):
            continue  # "talks with the rebels": the partner is named, not who held them
        for e in reversed(drafts[:k]):
            if e.sentence != d.sentence:
                break
            if e.roles.agents and not e.noun:
                d.roles.agents = list(e.roles.agents)
                break


_TALKS_OPENERS = frozenset({"after", "following", "during"})


def _ref_for(mentions: Mentions, actor_id: str, near: int) -> MentionRef:
    best = mentions.nearest_of_actor(actor_id, near)
    if best is not None:
        return best
    return MentionRef(near, near, actor_id, ActorKind.PERSON, "", False, False)


def drop_internal_requests(doc: Doc, drafts: list[Draft], mentions: Mentions) -> list[Draft]:
    """A directive an actor gives its own organisation ("urged his party") is not between actors."""
    affiliation = {a.id: a.affiliation for a in doc.actors}
    owned_cache: dict[str, bool] = {}

    def owned(actor_id: str) -> bool:
        if actor_id not in owned_cache:
            owned_cache[actor_id] = any(m.pronoun_owned for m in mentions.of_actor(actor_id))
        return owned_cache[actor_id]

    adversaries = adversary_nouns()
    text = doc.text
    out = []
    for d in drafts:
        if d.kind == "REQUEST" and d.roles.targets and d.roles.agents:
            agent = d.roles.agents[0].actor
            # "urged his opponents": the other side, though "his" opens it
            internal = all(
                (owned(t.actor) and text[t.start : t.end].rpartition(" ")[2].lower() not in adversaries)
                or affiliation.get(t.actor) == agent
                or affiliation.get(agent) == t.actor
                for t in d.roles.targets
            )
            if internal:
                continue
        out.append(d)
    return out
