"""Whether the words around a trigger meet its lexicon requirement.

A lexicon entry may name an event only with certain words near its trigger (the
``requires`` column): a military asset near "scrambled", a labour word near "strike", a
court near "ruled", a border after "closed", a crowd before "gathered", what "fired" was
aimed at, aid or a sum after "pledged", a captive or a person after "freed".
:func:`required` reads them; ``agent`` is met only once participants are found, by the
``events`` step. :func:`strikes_of_labour` reads the words near a plain "strike" in the
same way: in an article about a labour strike, it is one too.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdoc._extract._event_context import Mentions, Range, words_after, words_before
from newsdoc._extract._event_drafts import Draft
from newsdoc._extract._event_lexicon import (
    aid_nouns,
    border_nouns,
    captive_nouns,
    charge_words,
    court_nouns,
    crowd_nouns,
    economy_nouns,
    envoy_nouns,
    evacuee_nouns,
    fire_nouns,
    labour_words,
    legislation_nouns,
    military_assets,
    operation_nouns,
    restriction_nouns,
    riot_objects,
    road_nouns,
    ruling_nouns,
)
from newsdoc._models import ActorKind

__all__ = ["required", "strikes_of_labour", "words_near"]

# words right after "call" that make it another verb than a charge
_NO_CHARGE_OPENERS = frozenset({"for", "on", "upon", "off", "up", "out", "in", "into", "back"})
# forces whose gathering is no demonstration
_SECURITY_NOUNS = frozenset({"police", "officers", "troops", "soldiers", "forces", "policemen", "guards"})
_CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3", "\u00a5")  # $ euro pound yen
# requirements met by one of their words among the six before and the six after the
# trigger, and those met by one among the six after it
_NEAR_WORDS: dict[str, Callable[[], frozenset[str]]] = {
    "asset": military_assets,
    "labour": labour_words,
    "legislation": legislation_nouns,  # "passed the bill", "the bill was passed"
    "court": court_nouns,  # "the Supreme Court on Friday ruled"
    "evacuee": evacuee_nouns,  # "evacuated 14 villages", "residents were evacuated"
}
_AFTER_WORDS: dict[str, Callable[[], frozenset[str]]] = {
    "envoy": envoy_nouns,
    "fire": fire_nouns,
    "economy": economy_nouns,
    "road": road_nouns,  # "blocked the main access road"
    "riot": riot_objects,  # "threw stones at police", "burned tyres"
}


def required(
    requires: str, text: str, words: str, clause: Range, start: int, end: int, mentions: Mentions
) -> bool:
    """Whether the words around a trigger meet its lexicon requirement."""
    if not requires or requires == "agent":
        return True  # an agent is looked for once participants are (see EventsStep)
    near_words = _NEAR_WORDS.get(requires)
    if near_words is not None:
        return _any_of(near_words(), words_near(words, clause, start, end))
    if requires == "ruling":
        return _contests_ruling(words, clause, start, end)
    if requires == "border":  # "closed its land border with Benin"; "came close to the border" is no closing
        after = words_after(words, end, clause.end, 6)
        return after[:1] != ["to"] and not border_nouns().isdisjoint(after)
    if requires == "operations":  # "suspended its mobile clinics", "pumping had been suspended"
        near = words_after(words, end, clause.end, 4) + words_before(words, clause.start, start, 3)
        return not operation_nouns().isdisjoint(near)
    if requires == "crowd":  # "hundreds of supporters gathered", "protesters have gathered"
        before = words_before(words, clause.start, start, 6)
        # "hundreds of police officers gathered": forces that gather are no demonstration
        return not crowd_nouns().isdisjoint(before) and _SECURITY_NOUNS.isdisjoint(before)
    if requires == "charge":
        # "called the decision a provocation", "calling the arrests a staged provocation";
        # "called for", "called on", "called off" are other verbs
        after = words_after(words, end, clause.end, 9)
        return bool(after) and after[0] not in _NO_CHARGE_OPENERS and not charge_words().isdisjoint(after[1:])
    if requires == "aimed":
        # "opened fire with small arms and mortars on Indian posts"
        return _aimed(words_after(words, end, clause.end, 9))
    after = words_after(words, end, clause.end, 6)
    if requires == "restriction":
        before = words_before(words, clause.start, start, 4)
        return not restriction_nouns().isdisjoint(after + before)
    if requires == "aid":
        # "pledged 1.5 million euros", "sent tents", "released $3 million"; "pledged to
        # spend $2 million" is a promise
        object_words = words_after(words, end, clause.end, 8)
        return object_words[:1] != ["to"] and (
            not aid_nouns().isdisjoint(object_words)
            or any(sign in text[end : min(clause.end, end + 12)] for sign in _CURRENCY_SIGNS)
        )
    after_words = _AFTER_WORDS.get(requires)
    if after_words is not None:
        return not after_words().isdisjoint(after)
    if not captive_nouns().isdisjoint(after):
        return True
    kinds = mentions.kinds
    return any(kinds[i] == ActorKind.PERSON for i in mentions.indices(end, min(clause.end, end + 50)))


def words_near(words: str, clause: Range, start: int, end: int) -> list[str]:
    """The six words of ``clause`` before a trigger at ``start``-``end`` and the six after it."""
    return words_before(words, clause.start, start, 6) + words_after(words, end, clause.end, 6)


def _any_of(vocabulary: frozenset[str], near: list[str]) -> bool:
    """Whether one of the words ``near`` a trigger is in ``vocabulary``."""
    # "the sanitation workers' strike": a possessive's apostrophe is no part of the word
    return not vocabulary.isdisjoint(w.rstrip("'\u2019") for w in near)


def _contests_ruling(words: str, clause: Range, start: int, end: int) -> bool:
    """Whether "appeal" contests a ruling: "would appeal the verdict", "said it would appeal".

    A court, judge or ruling within six words says so, and so does nothing after it or
    "within" or "against" ("would appeal within 14 days", "an appeal against the ban").
    "for" after it makes a request whatever is near: "appealed for calm after the
    verdict", "an emergency appeal for funds".
    """
    after = words_after(words, end, clause.end, 6)
    if "for" in after[:4]:
        return False
    if not after or after[0] in ("within", "against"):
        return True
    return _any_of(ruling_nouns(), words_before(words, clause.start, start, 6) + after)


_AIMED_PREPOSITIONS = frozenset({"at", "into", "against", "toward", "towards", "on"})
_NOT_AIMED_AT = frozenset(
    {"sea", "ocean", "waters", "water", "space", "orbit", "air", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"}
)


def _aimed(after: list[str]) -> bool:
    """Whether the words after "fired"/"launched" name what it was aimed at: "at Kyiv", "on a patrol".

    The sea, the air or a date after the preposition names no target ("into the sea",
    "on Monday"); nor does "the" alone before them.
    """
    for k, word in enumerate(after):
        if word in _AIMED_PREPOSITIONS:
            rest = [w for w in after[k + 1 : k + 3] if w not in ("the", "its", "their")]
            return bool(rest) and rest[0] not in _NOT_AIMED_AT
    return False


def strikes_of_labour(drafts: list[Draft], words: str) -> None:
    """In an article about a labour strike, a bare "strike" is one too.

    "walked off the job in a two-day strike against plans to limit the right to strike":
    once a walkout, a strike by workers or another labour protest is read, a plain
    "strike" with no labour word near it ("the right to strike", "strikes in the ports")
    is that protest, not an assault, unless a military asset stands within six words of
    it ("drone strikes").
    """
    if not any(d.kind == "PROTEST" and d.mode == "strike" for d in drafts):
        return
    assets = military_assets()
    for d in drafts:
        entry = d.entry
        if d.kind == "ASSAULT" and entry.trigger == "strike" and entry.mode is None:
            if words.startswith("struck", d.start):
                continue  # "police struck protesters": a blow
            if assets.isdisjoint(words_near(words, d.clause, d.start, d.end)):
                d.kind, d.mode = "PROTEST", "strike"
