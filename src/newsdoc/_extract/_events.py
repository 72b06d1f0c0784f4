"""The ``events`` extraction step: who did what to whom, where and when.

It reads the triggers of an :class:`EventLexicon` (PLOVER categories by default), and for
each one the clause around it: the status ("would launch" is hypothetical), the agent,
target and partners among the actor mentions, the place, and the time. Reporting verbs
that are acts in themselves ("warned", "slammed", "urged") become events of their
statements, and a statement that reports an event points to it. It runs after the
``times``, ``actors`` and ``statements`` steps and reads what they found.

:class:`EventsStep` runs its passes over the article's drafts in order. The triggers are
found by :mod:`._triggers` (with :mod:`._trigger_requirements`); drafts that name no
event are dropped by :mod:`._event_filters` and :mod:`._event_nouns`; speech acts are
linked to their statements and take in their contents in :mod:`._speech_acts`. The
participants and place of each draft are read by :mod:`._event_roles`, and
:mod:`._implied_roles` adds those the clause does not name; :mod:`._event_building`
merges, dates and writes the events. What the passes share is a
:class:`~newsdoc._extract._event_drafts.Draft` for each trigger.
"""

from __future__ import annotations

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_building import date_drafts, emit_events, merge_drafts
from newsdoc._extract._event_context import Mentions, is_passive, spaced
from newsdoc._extract._event_filters import (
    drop_conditions,
    drop_light_verbs,
    drop_open_questions,
    drop_quoted_nouns,
    drop_repeated_nouns,
)
from newsdoc._extract._event_lexicon import EventLexicon
from newsdoc._extract._event_nouns import drop_framed_nouns, drop_unanchored_nouns, drop_unreal_nouns
from newsdoc._extract._event_roles import find_location, find_roles
from newsdoc._extract._implied_roles import (
    drop_internal_requests,
    first_person_agents,
    implicit_arresters,
    speech_act_roles,
    talks_of_the_parties,
)
from newsdoc._extract._speech_acts import (
    absorb_offered_acts,
    absorb_request_contents,
    absorb_threat_contents,
    absorb_topics,
    drop_warnings_of_dangers,
    link_speech_acts,
    refusals,
    vows_of_force,
)
from newsdoc._extract._trigger_requirements import strikes_of_labour
from newsdoc._extract._triggers import find_drafts
from newsdoc._models import ActorKind, Statement

__all__ = ["EventsStep"]


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class EventsStep:
    """The ``events`` step: finds events by their triggers and fills :attr:`Doc.events`.

    Args:
        lexicon: The trigger lexicon; newsdoc's PLOVER lexicon by default. Pass
            ``EventLexicon.from_tsv(path)`` to use another taxonomy.

    Examples:
        >>> from newsdoc import EventsStep, EventLexicon
        >>> step = EventsStep()  # the PLOVER lexicon
    """

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else EventLexicon.default()

    def __repr__(self) -> str:
        return f"EventsStep(lexicon={self.lexicon.source!r})"

    def __call__(self, doc: Doc, /) -> None:
        """Find the events of ``doc`` and link them with its statements."""
        text = doc.text
        lowered = _lower(text)
        mentions = Mentions.of_actors(text, lowered, doc.actors)
        words = spaced(lowered)
        drafts = find_drafts(self.lexicon, doc, text, lowered, words, mentions)
        drafts = drop_light_verbs(drafts, text, words, mentions)
        if not drafts:
            return
        if "PROTEST" in self.lexicon.kinds:
            strikes_of_labour(drafts, words)
        speech_acts = link_speech_acts(doc, drafts)
        # '"How many more times must we rebuild?" asked a shopkeeper': a question, no request
        drafts = [d for d in drafts if not (d.kind == "REQUEST" and d.statement is not None and _asks(d.statement))]
        # these read no participant, so the drafts they drop need none
        drafts = absorb_threat_contents(drafts, words)
        drafts = absorb_request_contents(drafts, words)
        drafts = absorb_offered_acts(drafts, words)
        if "THREATEN" in self.lexicon.kinds:
            vows_of_force(drafts, words)
        drafts = drop_warnings_of_dangers(drafts, words)
        drafts = drop_quoted_nouns(drafts, doc)
        times = sorted(t.span.start for t in doc.times)  # read by the two noun filters
        drafts = drop_repeated_nouns(drafts, words, times, len(doc.article.headline))
        drafts = absorb_topics(drafts, words)
        drafts = drop_framed_nouns(drafts, lowered)
        drafts = drop_unreal_nouns(drafts, lowered)
        drafts = drop_open_questions(drafts, words, text)
        drafts = drop_conditions(drafts, lowered)
        drafts = drop_unanchored_nouns(drafts, lowered, doc, mentions, times)
        if "REJECT" in self.lexicon.kinds:
            refusals(drafts, words, text)
        countries = {a.country: a.id for a in doc.actors if a.kind == ActorKind.COUNTRY and a.country}
        for d in drafts:
            passive = not d.noun and is_passive(words, text, d.clause, d.start, d.form)
            d.roles = find_roles(
                mentions,
                text,
                lowered,
                countries,
                d.sentence,
                d.clause,
                d.start,
                d.end,
                noun=d.noun,
                passive=passive,
            )
            place = find_location(mentions, text, d.clause, d.start, d.end)
            d.location = place.actor if place is not None else None
        speech_act_roles(speech_acts, drafts, mentions)
        first_person_agents(doc, drafts, words, mentions)
        implicit_arresters(doc, drafts, mentions)
        talks_of_the_parties(drafts, words)
        # "47 people were injured": a casualty with no one who caused it is an outcome
        drafts = [d for d in drafts if d.entry.requires != "agent" or d.roles.agents]
        drafts = drop_internal_requests(doc, drafts, mentions)
        drafts = merge_drafts(drafts, text)
        date_drafts(doc, drafts, text)
        emit_events(doc, drafts)


def _asks(statement: Statement) -> bool:
    """Whether a statement's content is a question."""
    return statement.content.rstrip(" ,\"'\u201d\u2019").endswith("?")
