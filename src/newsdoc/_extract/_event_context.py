"""What the words around an event trigger tell: its clause, status and participants.

These helpers read a small window of text next to a trigger, never the whole article,
so finding the events of an article costs time in proportion to its triggers. Every
regular expression here is linear (no nested quantifiers).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsdoc._models import ActorKind, EventStatus, Span

__all__ = ["MentionRef", "Mentions", "clause_of", "status_of", "words_before"]

# where a clause ends inside a sentence: strong punctuation, or a comma with a
# conjunction, or a subordinating word
_CLAUSE_BREAK = re.compile(
    r"[;:]|\s--?\s|\s[\u2014\u2013]\s"
    r"|,\s+(?:and|but|or|while|whereas|where|which|who|whom|whose|when|although|though"
    r"|because|as|after|before|since|until|if|unless|so)\b"
    r"|\s(?:where|which|who|whom|whose|while|whereas|although|though|because|since|unless"
    r"|if|after|before|when|that|but)\b"
    r"|\sand\s+(?=(?-i:(?:[a-z]+ly\s+)?[a-z]+ed\b))",  # "... and recently activated": a second verb phrase
    re.IGNORECASE,
)
_RELATIVE_START = re.compile(r"[,\s]*(?:where|which|when|who|whom|whose)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")

PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "on",
        "upon",
        "against",
        "with",
        "for",
        "of",
        "by",
        "over",
        "across",
        "toward",
        "towards",
        "outside",
        "inside",
        "around",
        "about",
        "than",
        "like",
        "between",
        "among",
        "amid",
        "off",
        "throughout",
        "within",
        "via",
        "under",
    ]
)
LOCATIVE = frozenset(
    ["in", "at", "near", "outside", "inside", "into", "across", "throughout", "off", "within"]
)
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your"]
)
AUXILIARIES = frozenset(
    [
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "also",
        "still",
        "yet",
        "ever",
        "then",
        "already",
        "reportedly",
        "allegedly",
    ]
)
NEGATORS = frozenset({"not", "n't", "never", "no"})
NEGATING_VERBS = frozenset(
    ["refused", "refuses", "refuse", "failed", "fails", "fail", "declined", "declines", "decline"]
)
HYPOTHETICAL = frozenset(["would", "could", "might", "may", "should", "if", "unless"])
EXPECTED = frozenset(["expected", "likely", "poised", "set", "due", "anticipated"])
PLANNED = frozenset(
    [
        "will",
        "shall",
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "scheduled",
        "upcoming",
        "proposed",
        "prepare",
        "prepares",
        "preparing",
        "'ll",
    ]
)
ONGOING = frozenset(["ongoing", "continuing", "underway", "continues", "continue"])
BE_FORMS = frozenset(["is", "are", "am", "was", "were", "'s"])
PASSIVE_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
HYPOTHETICAL_DETERMINERS = frozenset(["any", "possible", "potential"])
POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their", "our", "my", "your"])
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "his",
        "its",
        "their",
        "our",
        "my",
        "your",
        "itself",
        "themselves",
    ]
)


def words_before(lowered: str, start: int, end: int, limit: int) -> list[str]:
    """The last ``limit`` words of ``lowered[start:end]``, in text order."""
    window = lowered[max(start, end - 12 * limit) : end]
    return _WORD.findall(window)[-limit:]


def words_after(lowered: str, start: int, end: int, limit: int) -> list[str]:
    """The first ``limit`` words of ``lowered[start:end]``."""
    return _WORD.findall(lowered[start : min(end, start + 12 * limit)])[:limit]


def clause_breaks(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each clause break inside a sentence, in order."""
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]


def clause_of(breaks: Sequence[tuple[int, int]], sentence: Span, start: int, end: int) -> Span:
    """The clause of a sentence holding ``[start, end)``, given the sentence's breaks."""
    lo, hi = sentence.start, sentence.end
    for b_start, b_end in breaks:
        if b_end <= start:
            lo = b_start
        elif b_start >= end:
            hi = b_start
            break
    return Span(start=lo, end=hi)


def is_relative_clause(text: str, clause: Span) -> bool:
    """Whether a clause opens with a relative word ("where they discussed...")."""
    return _RELATIVE_START.match(text, clause.start, clause.end) is not None


def status_of(lowered: str, clause: Span, start: int, end: int, form: str, *, noun: bool) -> EventStatus:
    """The status of the event named at ``[start, end)``, read from the words before it.

    Negation must touch the trigger ("did not meet", "no talks", "refused to meet");
    a modal, "if" or "unless" makes it hypothetical ("would launch an attack");
    "expected to" / "likely to" make it expected; "will", "plans to", "scheduled" make
    it planned; "is holding", "ongoing" make it ongoing.
    """
    before = words_before(lowered, clause.start, start, 8)
    near = before[-3:]
    for word in reversed(near):
        if word in NEGATORS or word.endswith("n't"):
            return EventStatus.NEGATED
        if word in NEGATING_VERBS:
            return EventStatus.NEGATED
        if word not in AUXILIARIES and word != "to":
            break
    if len(before) >= 2 and before[-1] == "to" and before[-2] in NEGATING_VERBS:
        return EventStatus.NEGATED
    if noun and before and before[-1] in HYPOTHETICAL_DETERMINERS:
        return EventStatus.HYPOTHETICAL
    if any(w in HYPOTHETICAL for w in before) or lowered.startswith(("if ", "unless "), clause.start):
        return EventStatus.HYPOTHETICAL
    if noun and any(w in HYPOTHETICAL for w in words_after(lowered, end, clause.end, 10)):
        return EventStatus.HYPOTHETICAL
    for i, word in enumerate(before):
        if word in EXPECTED and i + 1 < len(before) and before[i + 1] == "to":
            return EventStatus.EXPECTED
    if any(w in PLANNED for w in before):
        return EventStatus.PLANNED
    progressive = bool(before) and (before[-1] in BE_FORMS or (len(before) > 1 and before[-2] in BE_FORMS))
    if form.endswith("ing") and not noun and progressive:
        return EventStatus.ONGOING
    if any(w in ONGOING for w in before[-4:]) or any(
        w in ONGOING for w in words_after(lowered, end, clause.end, 2)
    ):
        return EventStatus.ONGOING
    return EventStatus.OCCURRED


def is_passive(lowered: str, clause: Span, start: int, form: str) -> bool:
    """Whether a verb trigger is a passive participle ("was attacked")."""
    if not form.endswith(("ed", "en", "wn", "ht", "ck", "ot", "ld", "et", "ut")):
        return False
    before = words_before(lowered, clause.start, start, 2)
    return any(w in PASSIVE_BE for w in before)


@attrs.frozen
class MentionRef:
    """One actor mention, flattened for search."""

    start: int
    end: int
    actor: str
    kind: ActorKind
    prep: str  # the preposition governing it, "" if none
    possessive: bool  # followed by 's
    pronoun_owned: bool  # preceded by his/her/its/their
    pronoun: bool = False  # the mention is a pronoun ("it", "its", "they")


class Mentions:
    """Every actor mention of a document in text order, with the word that governs it."""

    def __init__(
        self, text: str, lowered: str, actors: Sequence[tuple[str, ActorKind, Sequence[tuple[int, int]]]]
    ):
        refs = []
        for actor_id, kind, spans in actors:
            for start, end in spans:
                prev = _phrase_words_before(lowered, start)
                prep = ""
                first_word = lowered[start:end].split(" ", 1)[0]
                owned = (bool(prev) and prev[-1] in POSSESSIVE_PRONOUNS) or (
                    first_word in POSSESSIVE_PRONOUNS and end - start > len(first_word)
                )
                pronoun = lowered[start:end] in PRONOUNS
                for word in reversed(prev):
                    if word == "of":
                        prep = prep or "of"
                        continue
                    if word in PREPOSITIONS:
                        prep = word
                        break
                    if word in DETERMINERS or (word[:1].isalpha() and not _is_verbish(word)):
                        continue
                    break
                # only the nearest preposition counts, and only across a short noun phrase
                possessive = lowered.startswith(("'s", "\u2019s"), end) or text.startswith("'", end)
                refs.append(MentionRef(start, end, actor_id, kind, prep, possessive, owned, pronoun))
        refs.sort(key=lambda r: (r.start, -r.end))
        self.refs: list[MentionRef] = refs
        self.starts = [r.start for r in refs]

    def between(self, start: int, end: int) -> list[MentionRef]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end:
                out.append(self.refs[i])
            i += 1
        return out

    def ending_at(self, offset: int) -> bool:
        """Whether a mention ends just before ``offset`` (one space between)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.refs[i].start > offset - 80:
            if self.refs[i].end in (offset - 1, offset):
                return True
            i -= 1
        return False

    def covering(self, start: int, end: int) -> bool:
        """Whether a mention overlaps ``[start, end)``."""
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0:
            ref = self.refs[i]
            if ref.end > start and ref.start < end:
                return True
            if ref.end <= start and ref.start < start - 200:
                break
            i -= 1
        return False


_VERBISH_ENDINGS = ("ed", "ing")
_PHRASE_STOP = re.compile(r"[,.;:!?\"()\[\]\u201c\u201d\n]|\s--?\s|\s\u2014\s")


def _phrase_words_before(lowered: str, start: int) -> list[str]:
    """Up to seven words before ``start``, not crossing punctuation."""
    window = lowered[max(0, start - 70) : start]
    cut = 0
    for m in _PHRASE_STOP.finditer(window):
        cut = m.end()
    return _WORD.findall(window, cut)[-7:]


def _is_verbish(word: str) -> bool:
    return word.endswith(_VERBISH_ENDINGS) or word in AUXILIARIES or word in {"said", "says", "say"}
