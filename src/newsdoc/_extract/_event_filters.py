"""Passes that drop drafts their context tells as no new event.

A verb that only carries an event noun ("launched an attack", "two crashes killed 346
people") gives way to the noun (:func:`drop_light_verbs`). An event noun inside a quoted
speaker's words belongs to what is said, not to what is reported
(:func:`drop_quoted_nouns`), and one naming again an event an earlier sentence told ("the
sanctions" after "imposed sanctions on Iran") is no new event
(:func:`drop_repeated_nouns`). A trigger in an open question ("did not say whether
troops would be deployed", "Could sanctions derail the project?") or in a condition ("if
the company did not agree") names no event either (:func:`drop_open_questions`,
:func:`drop_conditions`). The passes over an event noun's own phrase are in
:mod:`._event_nouns`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import Mentions, words_after, words_before
from newsdoc._extract._event_drafts import DIRECT_QUOTES, Draft
from newsdoc._extract._event_lexicon import aid_nouns, event_support_verbs, fire_nouns
from newsdoc._models import EventStatus

__all__ = ["drop_conditions", "drop_light_verbs", "drop_open_questions", "drop_quoted_nouns", "drop_repeated_nouns"]

# prepositions that put an event noun beside a verb, not under it as its object
_TIME_PREPOSITIONS = frozenset({"during", "after", "before", "amid", "following", "despite", "since", "until"})
# requirements met by an object noun after the verb, with the nouns that meet them
_OBJECT_REQUIREMENTS: dict[str, Callable[[], frozenset[str]]] = {"aid": aid_nouns, "fire": fire_nouns}


def drop_light_verbs(drafts: list[Draft], text: str, words: str, mentions: Mentions) -> list[Draft]:
    """Drop verbs that only carry an event noun.

    A launch/fire/send verb whose object is an event noun gives way to it ("launched an
    attack"); a verb whose subject is an event noun tells that event's outcome ("two
    crashes killed 346 people" is the crashes), unless a comma closes the noun's phrase
    first ("lawmakers ousted in the coup, welcomed"). The object a verb's requirement read is
    part of its event: "fire" in "exchanged heavy fire" and "aid" in "pledged aid" are no
    events of their own.
    """
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entry.requires in _OBJECT_REQUIREMENTS
            and prev.clause == d.clause
            and d.form.split()[-1] in _OBJECT_REQUIREMENTS[prev.entry.requires]()
            and len(words_after(words, prev.end, d.start, 9)) <= 8
        ):
            continue
        prev = drafts[i - 1] if i > 0 else None
        if (
            not d.noun
            and prev is not None
            and prev.noun
            and prev.kind != d.kind
            and prev.clause == d.clause
            and not d.form.endswith("ing")
            and len(words_after(words, prev.end, d.start, 6)) <= 5
            and not mentions.any_between(prev.end, d.start)
            and "," not in text[prev.end : d.start]
        ):
            continue
        if (
            not d.noun
            and d.entry.requires == "asset"
            and nxt is not None
            and nxt.noun
            and nxt.clause == d.clause
            and len(between := words_after(words, d.end, nxt.start, 5)) <= 4
            and _TIME_PREPOSITIONS.isdisjoint(between)  # "scrambled jets during the attack"
        ):
            continue
        out.append(d)
    return out


def drop_quoted_nouns(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """ "This was not an attack on computers," she said: a speaker's words, not a report.

    An event noun inside the quotation marks of a quoted statement belongs to what the
    speaker argues, warns or recalls ("An embargo is not a punishment", "the war in Gaza
    and the attacks on Red Sea shipping"); the article reports the saying, which the
    statement records. A noun a statement links as its speech act is kept.
    """
    if not any(d.noun and d.statement is None for d in drafts):
        return drafts
    quotes = doc.quotes  # in text order
    all_starts = [q[0] for q in quotes]
    quoted = []
    for st in doc.statements:
        if st.quote in DIRECT_QUOTES:
            k = bisect.bisect_left(all_starts, st.span.start)
            while k < len(quotes) and quotes[k][1] <= st.span.end:
                quoted.append((quotes[k][0], quotes[k][1]))
                k += 1
    if not quoted:
        return drafts
    quoted.sort()
    starts = [q[0] for q in quoted]
    out = []
    for d in drafts:
        if d.noun and d.statement is None:
            k = bisect.bisect_right(starts, d.start) - 1
            if k >= 0 and d.end <= quoted[k][1]:
                continue
        out.append(d)
    return out


_ANAPHORIC = frozenset({"the", "these", "those", "this", "that", "such"})


def drop_repeated_nouns(
    drafts: list[Draft], words: str, times: list[int], headline_end: int
) -> list[Draft]:
    """ "the sanctions" after "imposed sanctions on Iran": the same event named again.

    An event noun of a kind an earlier sentence already made an event of refers back to
    that event ("the agreement" after "agreed to exchange prisoners", "the war" after "a
    drone strike"); it is not a new one (and the subject of its own sentence, "Kanani
    rejected the sanctions", is not its agent). It does so after a definite determiner,
    and also without one when its sentence gives it no time of its own and no verb
    before it carries it out ("said talks would continue", "as clashes spread" after
    "clashes broke out"): "held new talks on Monday" and "launched another attack" are
    new events. The headline's nouns announce the events of the lead; they do not make
    the lead's nouns second mentions.
    """
    support = event_support_verbs()
    seen: set[str] = set()  # kinds in earlier body sentences
    current: set[str] = set()  # in the sentence being read
    sentence = None
    out = []
    for d in sorted(drafts, key=lambda x: x.start):
        if d.sentence != sentence:
            if sentence is not None and sentence.start >= headline_end:
                seen |= current
            current = set()
            sentence = d.sentence
        if d.noun and d.kind in seen:
            before = words_before(words, d.clause.start, d.start, 4)
            if before and before[-1] in _ANAPHORIC:
                continue
            k = bisect.bisect_left(times, d.sentence.start)
            dated = k < len(times) and times[k] < d.sentence.end
            if not dated and not any(w in support for w in before):
                continue
        out.append(d)
        current.add(d.kind)
    return out


def drop_open_questions(drafts: list[Draft], words: str, text: str) -> list[Draft]:
    """ "Asked whether the junta would invite Russian forces": a question names no event.

    A trigger that "whether" puts in an open question before it in its sentence ("did not
    say whether troops would be deployed", "to decide whether to impose duties") names
    no event unless it is told as having happened, and neither does one in a sentence
    that asks ("Would a last-minute deal rescue the summit?", "Could sanctions derail
    the project?").
    """
    out = []
    for d in drafts:
        if d.status is not EventStatus.OCCURRED and (
            "whether" in words_before(words, d.sentence.start, d.start, 12)
            or text[d.sentence.start : d.sentence.end].rstrip(_CLOSING_MARKS).endswith("?")
        ):
            continue
        out.append(d)
    return out


_CLOSING_MARKS = " \n\"'\u201d\u2019)"
#: Words that open a condition: what it names is not told as happening.
_CONDITIONS = frozenset({"if", "unless"})


def drop_conditions(drafts: list[Draft], lowered: str) -> list[Draft]:
    """ "if the company did not agree", "unless either side asks": a condition is no event.

    A trigger in the clause "if" or "unless" opens names what an event depends on, not
    one that happened or is announced: "would walk off the job if the company did not
    agree to restore pay" has the strike (hypothetical), not an agreement. The condition
    ends at the first comma after it ("If the shooting resumed, Armenia would ask the
    EU ...": the request is the event).
    """
    out = []
    for d in drafts:
        before = lowered[d.sentence.start : d.start]
        if any(w in before for w in _CONDITIONS):
            tokens = before.split()
            k = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i] in _CONDITIONS), -1)
            if k >= 0 and not any("," in t or ";" in t for t in tokens[k:]):
                continue
        out.append(d)
    return out
