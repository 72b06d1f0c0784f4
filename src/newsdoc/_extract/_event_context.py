"""What the words around an event trigger tell: its clause, status and participants.

These helpers read a small window of text next to a trigger, never the whole article,
so finding the events of an article costs time in proportion to its triggers. Every
regular expression here is linear (no nested quantifiers).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from newsdoc._extract._event_lexicon import _trie_pattern
from newsdoc._extract._text import translate
from newsdoc._extract._words import OBJECT_FIRST, POSSESSIVES
from newsdoc._models import ActorKind, EventStatus

if TYPE_CHECKING:
    from newsdoc._models import Actor


class Range(NamedTuple):
    """A cheap ``[start, end)`` range for sentences and clauses while reading."""

    start: int
    end: int


__all__ = ["MentionRef", "Mentions", "clause_of", "spaced", "status_of", "words_after", "words_before"]

# words that open a clause after a comma, and words that open one after a space
_AFTER_COMMA = (
    "and", "but", "or", "while", "whereas", "where", "which", "who", "whom", "whose", "when", "although",
    "though", "because", "as", "after", "before", "since", "until", "if", "unless", "so",
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says",
)  # fmt: skip
_AFTER_SPACE = (
    "where", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because", "since",
    "unless", "if", "after", "before", "when", "that", "but",
)  # fmt: skip
# where a clause ends inside a sentence: strong punctuation, or a comma with a
# conjunction, or a subordinating word (the words as tries: at most one word can end
# at a word boundary, so a trie matches what their alternation matches, sooner)
_AT_MARK = rf";|:|,\s+{_trie_pattern(_AFTER_COMMA)}\b"
_AFTER_A_SPACE = (
    r"(?:--?\s|[\u2014\u2013]\s"
    rf"|{_trie_pattern(_AFTER_SPACE)}\b"
    # "... and recently activated": a second verb phrase
    r"|and\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+-)?[a-z]+ed\b))"
)
_CLAUSE_BREAK = re.compile(rf"{_AT_MARK}|\s{_AFTER_A_SPACE}")
# The same breaks, searched for as two patterns that each start with what the search can
# skip to at C speed: a ";", ":" or "," (every branch starting with one of them), or a
# space. Tried at every character, the combined pattern cost more than both searches.
_BREAK_AT_MARK = re.compile(_AT_MARK)
_BREAK_AT_SPACE = re.compile(rf"\s{_AFTER_A_SPACE}")
_BREAK_AT_PLAIN_SPACE = re.compile(f" {_AFTER_A_SPACE}")  # where " " is the only space
_RELATIVE_START = re.compile(r"[,\s]*(?:where|which|when|who|whom|whose)\b", re.IGNORECASE)

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
# words that open a clause: the walk back to a mention's preposition stops there
_CLAUSE_OPENERS = frozenset(
    ["after", "before", "since", "until", "while", "when", "because", "although", "though", "unless", "whereas"]
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


def spaced(lowered: str) -> str:
    """The lower-cased text with punctuation around words turned to spaces (same offsets)."""
    return translate(lowered, _PUNCT)


def words_before(spaced: str, start: int, end: int, limit: int) -> list[str]:
    """The last ``limit`` words of ``spaced[start:end]``, in text order (see :func:`spaced`)."""
    lo = end - 12 * limit
    return spaced[lo if lo > start else start : end].split()[-limit:]


def words_after(spaced: str, start: int, end: int, limit: int) -> list[str]:
    """The first ``limit`` words of ``spaced[start:end]``."""
    hi = start + 12 * limit
    return spaced[start : hi if hi < end else end].split()[:limit]


# punctuation around words becomes space; apostrophes and hyphens inside words stay
_PUNCT = {ord(c): " " for c in ',.;:!?"()[]{}\u201c\u201d\u2018*&%$#@+=/\\|<>~`^'}


def clause_breaks(text: str, sentence: Range) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each clause break inside a sentence, in order.

    The matches of :data:`_CLAUSE_BREAK` in the sentence: the break at a mark and the
    break at a space start with different characters, so the next break is the nearer
    of the next one of each kind.
    """
    start, end = sentence
    # every whitespace character but " " is unprintable: with none, "\s" there is " "
    at_space = (_BREAK_AT_PLAIN_SPACE if text[start:end].isprintable() else _BREAK_AT_SPACE).search
    at_mark = _BREAK_AT_MARK.search
    out = []
    mark = at_mark(text, start, end)
    space = at_space(text, start, end)
    while mark is not None or space is not None:
        found = mark if space is None or (mark is not None and mark.start() < space.start()) else space
        assert found is not None  # the loop runs while one of the two is found
        at = found.end()
        out.append((found.start(), at))
        if mark is not None and mark.start() < at:
            mark = at_mark(text, at, end)
        if space is not None and space.start() < at:
            space = at_space(text, at, end)
    return out


def clause_of(breaks: Sequence[tuple[int, int]], sentence: Range, start: int, end: int) -> Range:
    """The clause of a sentence holding ``[start, end)``, given the sentence's breaks."""
    i = bisect.bisect_left(breaks, (start,))
    # the last break that ends at or before the trigger opens its clause
    j = i - 1
    while j >= 0 and breaks[j][1] > start:
        j -= 1
    lo = breaks[j][0] if j >= 0 else sentence.start
    k = i
    while k < len(breaks) and breaks[k][0] < end:
        k += 1
    hi = breaks[k][0] if k < len(breaks) else sentence.end
    return tuple.__new__(Range, (lo, hi))  # Range(lo, hi) without the Python-level __new__


def is_relative_clause(text: str, clause: Range) -> bool:
    """Whether a clause opens with a relative word ("where they discussed...")."""
    return _RELATIVE_START.match(text, clause.start, clause.end) is not None


def status_of(lowered: str, clause: Range, start: int, end: int, form: str, *, noun: bool) -> EventStatus:
    """The status of the event named at ``[start, end)``, read from the words before it.

    Negation must touch the trigger ("did not meet", "no talks", "refused to meet");
    a modal, "if" or "unless" makes it hypothetical ("would launch an attack");
    "expected to" / "likely to" make it expected; "will", "plans to", "scheduled" make
    it planned; "is holding", "ongoing" make it ongoing.
    """
    before = words_before(lowered, clause.start, start, 8)
    near = before[-3:]
    # most triggers have no word before them that tells a status: then only "if" opening
    # the clause and the words after the trigger can
    cued = not _STATUS_CUES.isdisjoint(before) or "n't" in " ".join(near)
    if cued:
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
        if not HYPOTHETICAL.isdisjoint(before):
            return EventStatus.HYPOTHETICAL
    if lowered.startswith(("if ", "unless "), clause.start):
        return EventStatus.HYPOTHETICAL
    if noun and not HYPOTHETICAL.isdisjoint(words_after(lowered, end, clause.end, 10)):
        return EventStatus.HYPOTHETICAL
    if cued:
        if not EXPECTED.isdisjoint(before):
            for i, word in enumerate(before):
                if word in EXPECTED and i + 1 < len(before) and before[i + 1] == "to":
                    return EventStatus.EXPECTED
        if not PLANNED.isdisjoint(before):
            return EventStatus.PLANNED
        progressive = bool(before) and (before[-1] in BE_FORMS or (len(before) > 1 and before[-2] in BE_FORMS))
        if form.endswith("ing") and not noun and progressive:
            return EventStatus.ONGOING
        if not ONGOING.isdisjoint(before[-4:]):
            return EventStatus.ONGOING
    if not ONGOING.isdisjoint(words_after(lowered, end, clause.end, 2)):
        return EventStatus.ONGOING
    return EventStatus.OCCURRED


#: Every word before a trigger that :func:`status_of` reads as a cue.
_STATUS_CUES = (
    NEGATORS | NEGATING_VERBS | HYPOTHETICAL_DETERMINERS | HYPOTHETICAL | EXPECTED | PLANNED | ONGOING | BE_FORMS
)


# past participles of verbs that always take an object: with a phrase of place or time
# right after them, they are passives ("two Americans detained in Iran")
_OBJECT_VERBS = frozenset(
    {"detained", "arrested", "killed", "wounded", "injured", "abducted", "kidnapped", "jailed", "imprisoned",
     "captured", "deported", "expelled", "executed", "tortured", "displaced", "evacuated", "rescued",
     "stranded", "trapped", "sentenced", "convicted", "charged", "sanctioned", "banned", "summoned"}
)
_PASSIVE_NEXT = frozenset(
    {"in", "at", "on", "during", "after", "since", "near", "over", "last", "this", "while", "across", "outside",
     "inside", "earlier", "overnight", "when", "as"}
)


def is_passive(spaced: str, text: str, clause: Range, start: int, form: str) -> bool:
    """Whether a verb trigger is a passive participle: "was attacked", "companies accused
    of", "amendments passed by the KMT", "the deal, signed in Benghazi by"."""
    if not form.endswith(("ed", "en", "wn", "ht", "ck", "ot", "ld", "et", "ut")):
        return False
    before = words_before(spaced, clause.start, start, 2)
    if not PASSIVE_BE.isdisjoint(before):
        return True
    after = words_after(spaced, start + len(form), clause.end, 6)
    if not after:
        return False
    # a reduced relative clause: "companies accused of supplying drones", "passed by"
    if OBJECT_FIRST.get(form) == after[0] or after[0] == "by":
        return True
    # a verb that always takes an object, with a phrase of place or time right after it:
    # "two Americans detained in Iran", "soldiers killed on Monday" (not "killed at least")
    if (
        form in _OBJECT_VERBS
        and after[0] in _PASSIVE_NEXT
        and not (after[0] == "at" and after[1:2] in (["least"], ["most"]))
    ):
        return True
    # a participle set off by a comma, its agent after a short phrase of place or time
    if after[0] not in LOCATIVE or "by" not in after[2:5]:
        return False
    k = start - 1
    while k > clause.start and text[k].isspace():
        k -= 1
    return text[k] == "," and not any(w.endswith(("ed", "ing")) for w in after[1 : after.index("by")])


class MentionRef(NamedTuple):
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
    """Every actor mention of a document in text order, with the word that governs it.

    What governs a mention (its preposition, a possessive) is read only when a trigger
    looks at the mention, so a document costs time in proportion to its triggers.
    """

    def __init__(
        self, text: str, lowered: str, actors: Sequence[tuple[str, ActorKind, Sequence[tuple[int, int]]]]
    ):
        self._setup(text, lowered, [(s, -e, actor_id, kind) for actor_id, kind, spans in actors for s, e in spans])

    @classmethod
    def of_actors(cls, text: str, lowered: str, actors: Iterable[Actor]) -> Mentions:
        """The mentions of ``actors``, read straight from the models."""
        return cls(text, lowered, [(a.id, a.kind, [(m.start, m.end) for m in a.mentions]) for a in actors])

    def _setup(self, text: str, lowered: str, raw: list[tuple[int, int, str, ActorKind]]) -> None:
        self._text = text
        self._lowered = lowered
        raw.sort()
        self._raw = raw
        self.starts = [r[0] for r in raw]
        self.ends = [-r[1] for r in raw]
        self.kinds = [r[3] for r in raw]
        #: the largest end of the mentions up to each index: none before ends past it
        self._reach = list(itertools.accumulate(self.ends, max))
        self._built: list[MentionRef | None] = [None] * len(raw)
        self._marked: str | None = None
        self._stops: list[int] | None = None
        self._by_actor: dict[str, list[int]] | None = None
        self._actor_starts: dict[str, list[int]] = {}

    def indices(self, start: int, end: int) -> list[int]:
        """The indexes of the mentions lying wholly inside ``[start, end)``, in text order.

        What :meth:`between` gives, as indexes into :attr:`starts`, :attr:`ends` and
        :attr:`kinds`: a caller that needs only some of the mentions (the last one, or
        those of some kinds) gets each with :meth:`ref` without reading the others.
        """
        starts = self.starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        if lo == hi:
            return []
        ends = self.ends
        out = []
        for i in range(lo, hi):
            if ends[i] <= end:
                out.append(i)
        return out

    def last_inside(self, start: int, end: int) -> int:
        """The index of the last mention of :meth:`indices` ``(start, end)``, or -1 if none."""
        starts, ends = self.starts, self.ends
        lo = bisect.bisect_left(starts, start)
        for i in range(bisect.bisect_left(starts, end, lo) - 1, lo - 1, -1):
            if ends[i] <= end:
                return i
        return -1

    def any_between(self, start: int, end: int) -> bool:
        """Whether a mention lies wholly inside ``[start, end)``."""
        starts, ends = self.starts, self.ends
        return any(ends[i] <= end for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))

    def ref(self, i: int) -> MentionRef:
        """The mention at index ``i`` of :attr:`starts` (see :meth:`indices`)."""
        ref = self._built[i]
        if ref is None:
            start, neg_end, actor_id, kind = self._raw[i]
            ref = self._built[i] = self._build(start, -neg_end, actor_id, kind)
        return ref

    def _ref(self, i: int) -> MentionRef:
        ref = self._built[i]
        if ref is None:
            start, neg_end, actor_id, kind = self._raw[i]
            ref = self._build(start, -neg_end, actor_id, kind)
            self._built[i] = ref
        return ref

    def _phrase_start(self, start: int) -> int:
        """Where the phrase before ``start`` begins: after the last phrase stop, at most 70 back.

        The same as the last end of a :data:`_PHRASE_STOP` scan of the whole text, found
        without one: a stop character always ends a stop match right after it, and only
        where a space comes before a dash may a dash stop end.
        """
        lo = start - 70 if start > 70 else 0
        marked = self._marked
        if marked is None:
            marked = self._marked = translate(self._lowered, _stop_marks())
        if marked.find(" \1", lo - 4 if lo > 4 else 0, start) < 0:
            stop = marked.rfind("\0", lo, start) + 1
            return stop if stop > lo else lo
        # Scan from a point no stop match crosses (a character that is neither space nor
        # dash before it): from there a scan finds what a scan of the whole text would.
        at = max(lo - 4, 0)
        floor = max(at - 100, 0)
        while at > floor and marked[at - 1] in " \1":
            at -= 1
        if at > 0 and marked[at - 1] in " \1":
            # a long run of spaces and dashes: scan the whole text, once
            if self._stops is None:
                self._stops = [m.end() for m in _PHRASE_STOP.finditer(self._lowered)]
            i = bisect.bisect_right(self._stops, start) - 1
            return max(lo, self._stops[i]) if i >= 0 else lo
        last = lo
        for m in _PHRASE_STOP.finditer(self._lowered, at, start):
            last = max(last, m.end())
        return last

    def _build(self, start: int, end: int, actor_id: str, kind: ActorKind) -> MentionRef:
        lowered = self._lowered
        # the phrase start (see _phrase_start), its common case inline: no dash in reach
        lo = start - 70 if start > 70 else 0
        marked = self._marked
        if marked is not None and marked.find(" \1", lo - 4 if lo > 4 else 0, start) < 0:
            stop = marked.rfind("\0", lo, start) + 1
            prev = lowered[stop if stop > lo else lo : start].split()[-7:]
        else:
            prev = lowered[self._phrase_start(start) : start].split()[-7:]
        surface = lowered[start:end]
        first_word = surface.partition(" ")[0]
        owned = (bool(prev) and prev[-1] in POSSESSIVE_PRONOUNS) or (
            first_word in POSSESSIVE_PRONOUNS and end - start > len(first_word)
        )
        prep = ""
        # the nearest preposition, across a short noun phrase ("in the port city of Busan")
        for word in reversed(prev):
            if word == "of":
                prep = prep or "of"
                continue
            if word in PREPOSITIONS:
                prep = word
                break
            if word in _CLAUSE_OPENERS or (word == "that" and surface.endswith("s")):
                break  # "after Houthi authorities detained", "a statement that Afghan forces had": a clause opens
            if word in DETERMINERS or (
                word[:1].isalpha() and not (word.endswith(_VERBISH_ENDINGS) or word in _VERBISH)
            ):
                continue
            break
        possessive = lowered.startswith(POSSESSIVES, end) or self._text.startswith("'", end)
        # MentionRef(...) without the Python-level __new__ of a NamedTuple
        return tuple.__new__(MentionRef, (start, end, actor_id, kind, prep, possessive, owned, surface in PRONOUNS))

    @property
    def refs(self) -> list[MentionRef]:
        """All mentions, in text order."""
        return [self._ref(i) for i in range(len(self._raw))]

    def _index(self) -> dict[str, list[int]]:
        if self._by_actor is None:
            self._by_actor = {}
            for i, r in enumerate(self._raw):
                self._by_actor.setdefault(r[2], []).append(i)
        return self._by_actor

    def of_actor(self, actor_id: str) -> list[MentionRef]:
        """The mentions of one actor, in text order."""
        return [self._ref(i) for i in self._index().get(actor_id, ())]

    def nearest_of_actor(self, actor_id: str, offset: int) -> MentionRef | None:
        """The mention of an actor nearest to ``offset``, or ``None`` if it has none."""
        indices = self._index().get(actor_id, [])
        if not indices:
            return None
        starts = self._actor_starts.get(actor_id)
        if starts is None:
            # built once per actor: a list per call made long articles quadratic
            starts = self._actor_starts[actor_id] = [self.starts[i] for i in indices]
        k = bisect.bisect_left(starts, offset)
        around = [indices[j] for j in (k - 1, k) if 0 <= j < len(indices)]
        best = min(around, key=lambda i: abs(self.starts[i] - offset))
        return self._ref(best)

    def between(self, start: int, end: int) -> list[MentionRef]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        starts, ends, built = self.starts, self.ends, self._built
        out = []
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if ends[i] <= end:
                ref = built[i]
                out.append(ref if ref is not None else self._ref(i))
        return out

    def ending_at(self, offset: int) -> bool:
        """Whether a mention ends just before ``offset`` (one space between)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.starts[i] > offset - 80:
            if self.ends[i] in (offset - 1, offset):
                return True
            i -= 1
        return False

    def covering(self, start: int, end: int) -> bool:
        """Whether a mention overlaps ``[start, end)``."""
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, end) - 1
        if i < 0 or self._reach[i] <= start:
            return False  # no mention starting before ``end`` reaches past ``start`` (most triggers)
        floor = start - 200
        i = bisect.bisect_right(starts, end) - 1
        while i >= 0:
            if ends[i] > start and starts[i] < end:
                return True
            if starts[i] < floor:
                break
            i -= 1
        return False


_VERBISH_ENDINGS = ("ed", "ing")
# punctuation that ends a phrase
_PHRASE_STOP = re.compile(r"[,.;:!?\"()\[\]\u201c\u201d\n]|\s--?\s|\s\u2014\s")


@functools.cache
def _stop_marks() -> dict[int, str]:
    """A translate table: stop characters become "\\0", other spaces " ", dashes "\\1"."""
    table = {c: " " for c in range(0x3001) if chr(c).isspace()}  # what \s matches
    table |= {ord(c): "\1" for c in "-\u2014"} | {0: "\2", 1: "\2"}
    table |= {ord(c): "\0" for c in ',.;:!?"()[]\u201c\u201d\n'}
    return table


_VERBISH = AUXILIARIES | {"said", "says", "say"}
