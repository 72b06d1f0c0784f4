"""What speech acts do and are about: threats, requests, orders, promises and refusals.

A statement's cue verb that is an act ("warned", "urged", "slammed") becomes the event
of that statement (:func:`link_speech_acts`). What a threat or a request is about is its
content, not an event of its own ("threatened to impose tariffs", "urged Russia to
withdraw its troops"), and its kind becomes the mode of the speech act
(:func:`absorb_threat_contents`, :func:`absorb_request_contents`), while an offer to act is
that act, offered ("offered to mediate", :func:`absorb_offered_acts`); so are the topics of
talks and demands ("discussed a ceasefire", :func:`absorb_topics`). A promise of force is
a threat and a promise not to act a refusal (:func:`vows_of_force`); a warning of a
danger is no threat (:func:`drop_warnings_of_dangers`); "would not accept a deal" and
"refused to sign" are refusals (:func:`refusals`). Who does a speech act, and to whom, is
read once participants are found, in :mod:`._implied_roles`.
"""

from __future__ import annotations

import bisect

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import (
    HYPOTHETICAL,
    NEGATING_VERBS,
    is_relative_clause,
    words_after,
    words_before,
)
from newsdoc._extract._event_drafts import Draft
from newsdoc._models import EventStatus, Statement

__all__ = [
    "absorb_offered_acts",
    "absorb_request_contents",
    "absorb_threat_contents",
    "absorb_topics",
    "drop_warnings_of_dangers",
    "link_speech_acts",
    "refusals",
    "vows_of_force",
]


def link_speech_acts(doc: Doc, drafts: list[Draft]) -> list[tuple[Draft, Statement]]:
    """Make a statement's cue verb ("warned", "slammed") the event of that statement.

    Returns:
        Each draft linked and its statement, in the order linked, for
        :func:`._implied_roles.speech_act_roles` to give the draft the statement's
        speaker and addressee once its own participants are found.
    """
    linked = []
    starts = [d.start for d in drafts]
    for st in doc.statements:
        if st.cue_span is None:
            continue
        i = bisect.bisect_left(starts, st.cue_span.start - 40)
        while i < len(drafts) and drafts[i].start < st.cue_span.end:
            d = drafts[i]
            i += 1
            if d.start < st.cue_span.end and st.cue_span.start < d.end:
                d.statement = st
                linked.append((d, st))
                break
    # a statement that reports an event, where the cue names none, is linked when emitted
    return linked


# words that open another clause between a threat and an event: not its content
_CLAUSE_LINKS = frozenset({"as", "after", "while", "when", "because", "since", "before", "but"})


def absorb_threat_contents(drafts: list[Draft], words: str) -> list[Draft]:
    """An action a threat or warning is about is the threat's content, not an event; so
    is a fixed threat phrase inside it ("warned Pyongyang would not hesitate to ...")."""
    dropped: set[int] = set()
    starts = [d.start for d in drafts]
    for t in drafts:
        if t.kind != "THREATEN":
            continue
        scope_end = t.statement.span.end if t.statement is not None else t.sentence.end
        scope_end = min(scope_end, t.end + 400)
        for d in drafts[bisect.bisect_left(starts, t.end) : bisect.bisect_left(starts, scope_end)]:
            if (
                d is t
                or (d.kind == "THREATEN" and d.entry.pos != "fixed")  # "warned Pyongyang would not hesitate"
                or id(d) in dropped
                or not (t.end <= d.start < scope_end)
            ):
                continue
            between = words_after(words, t.end, d.start, 5)
            if not _CLAUSE_LINKS.isdisjoint(between):
                continue  # "vows countermeasures as EU slaps duties": another clause's event
            close = len(between) <= 3
            if d.status is not EventStatus.OCCURRED or close:
                dropped.add(id(d))
                if t.mode is None and d.kind != "THREATEN":
                    t.mode = d.kind.lower()
    return [d for d in drafts if id(d) not in dropped]


def absorb_request_contents(drafts: list[Draft], words: str) -> list[Draft]:
    """ "urged Russia to withdraw its troops": what a request asks for has not happened.

    An event that opens the infinitive after a request verb and its addressee (at most
    seven words to "to", at most three from "to" to the trigger) is what is asked for,
    and so is every event after it in its clause; so is an event noun the verb takes as
    its object ("demanded an immediate ceasefire"). That is the request's content, and
    the first one's kind the request's mode, as a threat's content is.

    An order (mode ``order``, a ``COERCE`` trigger) is binding, not a plea, so it is
    read the same way: it stays a ``COERCE`` event ("ordered the company to change its
    rankings"), but an order to act oneself is that act: ``MOBILIZE`` ("ordered the coast
    guard to maintain its patrols"), ``ASSAULT`` ("ordered air strikes") or ``RETREAT``
    ("ordered his troops to withdraw"). "has ordered 55 jets" is a purchase, no event.
    """
    requests = [t for t in drafts if (t.kind == "REQUEST" or t.mode == "order") and not t.noun]
    if not requests:
        return drafts
    dropped: set[int] = set()
    starts = [d.start for d in drafts]
    for t in requests:
        if t.mode == "order" and _purchase(words, t):
            dropped.add(id(t))
            continue
        content = None
        for d in drafts[bisect.bisect_left(starts, t.end) : bisect.bisect_left(starts, t.sentence.end)]:
            if d is t or d.kind == "REQUEST":
                continue
            between = words_after(words, t.end, d.start, 12)
            if "to" in between:
                to = len(between) - 1 - between[::-1].index("to")
                if to <= 7 and len(between) - to - 1 <= 3:
                    content = d
            elif d.noun and len(between) <= 3 and _OBJECT_OPENERS.issuperset(between[:1]):
                content = d
            break
        if content is None:
            continue
        # "asked the bankers to suspend foreclosures and freeze rates": the rest of its
        # clause is asked for too
        for e in drafts[bisect.bisect_left(starts, content.start) : bisect.bisect_left(starts, content.clause.end)]:
            if e.kind != "REQUEST":
                dropped.add(id(e))
        if t.mode == "order":
            if content.kind in _ACTS_ORDERED:
                t.kind = content.kind
        elif t.mode is None:
            t.mode = content.kind.lower()
    return [d for d in drafts if id(d) not in dropped]


def absorb_offered_acts(drafts: list[Draft], words: str) -> list[Draft]:
    """ "offered to mediate", "offered to host talks": an offer to act is that act, offered.

    An event that opens the infinitive right after an offer verb (mode ``offer``: "to"
    and at most two words before the trigger) gives the offer its kind and mode, and is
    no event of its own: "offered to mediate between the two sides" is one ``CONSULT``
    event with the offer's trigger and agent. An offer of anything else stays ``AGREE``.
    """
    offers = [t for t in drafts if t.mode == "offer" and t.kind == "AGREE" and not t.noun]
    if not offers:
        return drafts
    dropped: set[int] = set()
    starts = [d.start for d in drafts]
    for t in offers:
        for d in drafts[bisect.bisect_left(starts, t.end) : bisect.bisect_left(starts, t.clause.end)]:
            if d is t or id(d) in dropped:
                continue
            between = words_after(words, t.end, d.start, 4)
            if between[:1] == ["to"] and len(between) <= 3 and d.kind not in ("AGREE", "REQUEST"):
                t.kind, t.mode = d.kind, d.mode
                dropped.add(id(d))
            break
    return [d for d in drafts if id(d) not in dropped]


def _purchase(words: str, order: Draft) -> bool:
    """ "ANA have ordered 55", "155 planes ordered", "ordered US$6 billion in new airliners".

    A count or a sum next to "ordered" and no "to" after it: "ordered 300 people to leave"
    is an order.
    """
    after = words_after(words, order.end, order.clause.end, 8)
    if "to" in after:
        return False
    before = words_before(words, order.clause.start, order.start, 4)
    return any(w[:1].isdigit() or w[:1] in "$\u20ac\u00a3" or w[:3] == "us$" for w in after[:2] + before)


# what an order is when it orders it: the act of the one ordering, by its own people
_ACTS_ORDERED = frozenset({"MOBILIZE", "ASSAULT", "RETREAT"})
# what opens the object noun phrase of a request verb: "demanded an immediate ceasefire"
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "immediate", "urgent", "full", "new"})


# what a warning "of" may be about and still be a threat: a response of the one warning
_THREAT_OBJECTS = frozenset(
    {"consequences", "response", "retaliation", "reprisals", "countermeasures", "measures", "action",
     "steps", "force", "war", "punishment", "price", "retaliate", "respond", "punish", "hesitate"}
)


# what a vow may promise and be a threat: "vowed to respond decisively", "vowed revenge",
# "vowed that the organisers would face justice", "vowed to take all necessary measures"
_VOWED_FORCE = frozenset(
    {"retaliate", "retaliation", "respond", "response", "revenge", "avenge", "punish", "punishment",
     "reprisals", "countermeasures", "consequences", "crush", "destroy", "annihilate", "eliminate",
     "justice", "measures", "prosecute", "hunt",
     # forms and acts against a rival: "promised that those responsible would be held accountable",
     # "vowed to defeat the insurgency", "vowed to override the veto", "promised to cancel the contracts"
     "prosecuted", "punished", "accountable", "defeat", "override", "overturn", "cancel", "revoke"}
)


def vows_of_force(drafts: list[Draft], words: str) -> None:
    """ "vowed to respond decisively", "pledged revenge": a promise of force is a threat;
    "vowed never to hand over": a promise not to act is a refusal.

    A promise verb (an AGREE trigger of mode ``promise``) whose next words name a response
    or a punishment becomes a THREATEN event, and one followed by "never" or "not to" a
    REJECT; "vowed to cooperate" stays a promise.
    """
    for d in drafts:
        if d.kind != "AGREE" or d.mode != "promise" or d.noun:
            continue
        after = words_after(words, d.end, d.sentence.end, 12)  # "vowed that ...": past the clause
        if after[:1] == ["never"] or after[:2] == ["not", "to"]:
            d.kind, d.mode = "REJECT", None
        elif not _VOWED_FORCE.isdisjoint(after):
            d.kind = "THREATEN"


def drop_warnings_of_dangers(drafts: list[Draft], words: str) -> list[Draft]:
    """ "warned of famine", "warned the toll could rise": a danger, not a threat.

    A warning is a THREATEN event only when what it says holds an action (an event the
    warning absorbed: "warned of strikes", "warned it would launch an attack") or a
    response ("consequences", "retaliation", "countermeasures").
    """
    out = []
    for d in drafts:
        if d.kind == "THREATEN" and d.form.startswith("warn") and (d.mode is None or d.mode == "other"):
            after = words_after(words, d.end, d.clause.end, 5)
            if after[:1] in (["of"], ["about"]) and not _THREAT_OBJECTS.intersection(after[1:]):
                continue
            if d.mode is None and not d.noun:
                # "warned that the toll could rise": no action of the one warning is in
                # what was said (none was absorbed), and no response is named
                scope_end = d.statement.span.end if d.statement is not None else d.sentence.end
                if not _THREAT_OBJECTS.intersection(words_after(words, d.end, scope_end, 25)):
                    continue
        out.append(d)
    return out


#: Verbs whose object noun is a topic, not a happening: "discussed a ceasefire", "urged talks".
_TOPIC_TAKERS = frozenset({"CONSULT", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "for", "of"})
_TOPIC_SKIP = frozenset(
    {"a", "an", "the", "new", "early", "possible", "further", "more", "lasting", "permanent"}
)


def absorb_topics(drafts: list[Draft], words: str) -> list[Draft]:
    """An event noun that is what is discussed or asked for is a topic, not a happening.

    "discussed a ceasefire", "talks on a ceasefire and the release of hostages",
    "demanding early elections and a deal": the nouns are the matter of the talks or the
    demand, and a REQUEST takes the kind of what it asks for as its mode.
    """
    dropped: set[int] = set()
    for i, d in enumerate(drafts):
        if d.kind not in _TOPIC_TAKERS or id(d) in dropped:
            continue
        last = d
        for k in range(i + 1, len(drafts)):
            n = drafts[k]  # by index: a slice copied the rest of the list per taker
            if n.clause != d.clause:
                break
            if not n.noun:
                break
            between = words_after(words, last.end, n.start, 8)
            content = [w for w in between if w not in _TOPIC_SKIP]
            direct = last is d and not d.noun and len(between) <= 3 and not content
            introduced = bool(content) and content[-1] in _TOPIC_PREPOSITIONS and len(between) <= 8
            conjoined = last is not d and bool(content) and content[-1] in ("and", "or") and len(content) <= 2
            if not (direct or introduced or conjoined):
                break
            dropped.add(id(n))
            if d.kind == "REQUEST" and d.mode is None and n.kind != "OTHER":
                d.mode = n.kind.lower()
            last = n
    return [d for d in drafts if id(d) not in dropped]


# the hypothetical words but "would": "would not accept" is a refusal, "could not" is not
_DOUBTS = HYPOTHETICAL - {"would"}
#: Agreements whose negation is a refusal: "would not accept a deal", "did not agree to".
_REFUSABLE = frozenset({"agree", "accept", "agree to"})
#: Talks whose negation is a refusal: "would not negotiate", "refusing to negotiate".
_REFUSABLE_TALKS = frozenset({"negotiate", "negotiate with", "hold talks", "talk to", "talk with"})
_FAILING = frozenset({"failed", "fails", "fail"})  # failing to agree refuses nothing
_REFUSING = NEGATING_VERBS - _FAILING


def refusals(drafts: list[Draft], words: str, text: str) -> None:
    """ "would not accept a deal", "refused to sign": a refusal is a REJECT event.

    A negated "agree" or "accept", or an agreement after "refused to" or "declined to",
    becomes a REJECT event that occurred: the stated refusal. One a condition or a modal
    puts in doubt ("if the company did not agree", "should not have accepted"), or a
    relative clause tells of ("a candidate who had not accepted money"), stays a negated
    agreement, and "failed to agree" refuses nothing.
    """
    for d in drafts:
        if d.kind not in ("AGREE", "CONSULT") or d.status is not EventStatus.NEGATED or d.noun:
            continue
        if d.kind == "CONSULT" and d.entry.trigger not in _REFUSABLE_TALKS:
            continue
        before = words_before(words, d.clause.start, d.start, 12)
        infinitive = len(before) >= 2 and before[-1] == "to"
        if infinitive and before[-2] in _FAILING:
            continue
        if (
            ((infinitive and before[-2] in _REFUSING) or d.entry.trigger in _REFUSABLE or d.kind == "CONSULT")
            and _DOUBTS.isdisjoint(before)
            and not is_relative_clause(text, d.clause)
        ):
            d.kind = "REJECT"
            d.mode = None
            d.status = EventStatus.OCCURRED
