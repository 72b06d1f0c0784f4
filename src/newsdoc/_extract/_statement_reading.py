"""The reading of one article that the readers of the statements step share.

:class:`StatementReading` holds what every reader needs: the article's text and
quotations, the reporting verbs with the step's extra cues, the word lists of
``newsdoc/data`` the rules read (``attribution_skip.txt``, ``cue_nouns.txt``,
``medium_nouns.txt``, ``modifiers.txt``), and the ``actors`` step's mentions, indexed by
where each starts and ends. It also keeps what changes while the article is read: the
subject of the sentence's last statement, which a later "and said" shares, and the
tables made once a sentence or once an article (where the next comma is, which words
a time expression covers).

Every reader derives from :class:`StatementPart`, which copies the reading's fixed fields
into its own attributes and answers the questions all readers ask: which quotation holds
an offset, whose mention starts or ends there, whether a word is a title. A reader that
finds a speaker no mention names ("a senior official said") adds it as an actor with
:meth:`StatementPart.new_speaker`. What a reader finds is a :class:`Found`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from newsdoc._extract._actors import MENTIONS_KEY
from newsdoc._extract._doc import Doc
from newsdoc._extract._statement_words import CLAUSE_OPENERS, NP_HEADS, OPEN, scan_words
from newsdoc._extract._words import POSSESSIVES, Lexicons, Token, lexicons
from newsdoc._lexicon import load_set
from newsdoc._models import Actor, ActorKind, Mention, Span

__all__ = ["Found", "StatementPart", "StatementReading"]

# texts that speak for their authors, as speakers' heads only (as names' last words they
# are no bodies: "Clean Power Plan"): "the party's platform mentions", "the proposal calls for"
_TEXT_HEADS = frozenset({"platform", "manifesto", "resolution", "proposal", "plan", "guidelines"})
# heads that make a speaker a body, though as descriptions elsewhere they name an office or
# a task ("won the presidency"): "the presidency said", "an EU observer mission said"
_BODY_HEADS = frozenset({"presidency", "mission", "panel", "palace", "leadership"})
# the words after "asked" that ask for anonymity: "asked not to be named", "asked for anonymity"
_ANONYMITY = frozenset({("not", "to"), ("for", "anonymity")})


@attrs.define
class Found:
    """A statement a reader found: its speaker (an actor id, or none), cue and content
    (start and end offsets), and whom it was said to and through whom."""

    speaker: str | None
    cue: Token
    content: tuple[int, int]
    addressee: str | None = None
    channel: str | None = None
    sentence: Span | None = None
    direct: bool = False  #: the content is quotations only (with their attribution between)


class StatementReading:
    """What the readers of one article share (made anew for every article).

    Args:
        doc: The article, with the ``actors`` step's mentions in its data.
        extra_cues: Reporting verbs to add, each as its base form.
    """

    def __init__(self, doc: Doc, extra_cues: Iterable[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self._times_seen: object = None
        self._stops_of: list[Token] | None = None
        self._stops: list[int] = []
        self._times_count = -1
        self._times_index: tuple[list[int], list[int]] = ([], [])
        self.lex: Lexicons = lexicons()
        extra = tuple(extra_cues)
        cues = dict(self.lex.cue_forms) if extra else self.lex.cue_forms  # shared, never changed
        for base in extra:
            for form in (base, base + "s", base + "ed", base + "d", base + "ing"):
                cues.setdefault(form, base)
        self.cues = cues
        self.scan_words = scan_words() if not extra else scan_words() | frozenset(cues)
        self.skip = load_set("attribution_skip.txt")
        self.modifiers = load_set("modifiers.txt")
        self.cue_nouns = load_set("cue_nouns.txt")
        self.medium_nouns = load_set("medium_nouns.txt")
        mentions: list[tuple[int, int, str]] = doc.data.get(MENTIONS_KEY, [])  # type: ignore[assignment]
        self.by_end: dict[int, list[tuple[int, str]]] = {}
        self.by_start: dict[int, list[tuple[int, str]]] = {}
        for s, e, actor in mentions:
            if e - s == 3 and self.text[s:e] == "who":
                continue  # the relative pronoun: SubjectReader.subject reads "who said" itself
            self.by_end.setdefault(e, []).append((s, actor))
            self.by_start.setdefault(s, []).append((e, actor))
        self.kinds = {a.id: a for a in doc.actors}
        self.quotes = doc.quotes
        self.quote_starts = [q[0] for q in self.quotes]
        self.quote_start_set = frozenset(self.quote_starts)
        # the speaker of the sentence's last statement, the subject of a later "and said"
        self.coordinated: str | None = None

    def next_stop(self, tokens: list[Token]) -> list[int]:
        """For each token of a sentence, the index of the first ``,``, ``.`` or ``;`` from it on.

        Computed once per sentence (a walk per cue made a sentence of cues quadratic).
        """
        if self._stops_of is not tokens:
            stops = [len(tokens)] * (len(tokens) + 1)
            for i in range(len(tokens) - 1, -1, -1):
                stops[i] = i if tokens[i].text in (",", ".", ";") else stops[i + 1]
            self._stops_of, self._stops = tokens, stops
        return self._stops

    def doc_time_covers(self, tok: Token) -> bool:
        """Whether a time expression of the article covers the token ("on Monday", "last week")."""
        # some time starting at or before the token ends at or after it: the furthest end
        # among the times that start by then tells, found by bisection (a scan of every
        # time per token made long articles quadratic)
        starts, furthest = self._time_index()
        i = bisect.bisect_right(starts, tok.start) - 1
        return i >= 0 and furthest[i] >= tok.end

    def _time_index(self) -> tuple[list[int], list[int]]:
        times = self.doc.times
        if self._times_seen is not times or self._times_count != len(times):
            spans = sorted((tx.span.start, tx.span.end) for tx in times)
            furthest: list[int] = []
            for _, end in spans:
                furthest.append(max(end, furthest[-1]) if furthest else end)
            self._times_index = ([start for start, _ in spans], furthest)
            self._times_seen, self._times_count = times, len(times)
        return self._times_index


class StatementPart:
    """A reader of one article for the statements step: the reading's fixed fields, copied
    into attributes once, and the look-ups every reader makes."""

    def __init__(self, reading: StatementReading) -> None:
        self.reading = reading
        self.doc = reading.doc
        self.text = reading.text
        self.lex = reading.lex
        self.cues = reading.cues
        self.skip = reading.skip
        self.modifiers = reading.modifiers
        self.cue_nouns = reading.cue_nouns
        self.medium_nouns = reading.medium_nouns
        self.by_end = reading.by_end
        self.by_start = reading.by_start
        self.kinds = reading.kinds
        self.quotes = reading.quotes
        self.quote_starts = reading.quote_starts
        self.quote_start_set = reading.quote_start_set

    def quote_at(self, offset: int) -> tuple[int, int, bool] | None:
        """The quotation of ``Doc.quotes`` that holds ``offset``, if one does."""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def ending_at(self, end: int) -> tuple[int, str] | None:
        """The (start, actor) of the longest mention ending at offset ``end``."""
        items = self.by_end.get(end)
        return min(items) if items else None

    def starting_at(self, start: int) -> tuple[int, str] | None:
        """The (end, actor) of the longest mention starting at offset ``start``."""
        items = self.by_start.get(start)
        return max(items) if items else None

    def actor_at(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The actor whose mention starts at token ``k``, or right after a "the" there."""
        hit = self.starting_at(tokens[k].start)
        if hit is None and k + 1 < len(tokens) and tokens[k].text.lower() == "the":
            hit = self.starting_at(tokens[k + 1].start)
        return hit

    def new_speaker(
        self, start: int, end: int, head: str, kind: ActorKind | None = None, relative: Token | None = None
    ) -> str:
        """A new actor for the speaker ``text[start:end]``, of the kind its head noun tells.

        ``relative`` is the "who" that names it again as the subject of the speech verb.
        """
        text = self.text[start:end]
        if kind is None:
            if (
                head in NP_HEADS
                or head in _TEXT_HEADS
                or head in _BODY_HEADS
                or head in self.lex.org_nouns
                or head in lexicons().org_words
            ):
                kind = ActorKind.ORGANIZATION
            elif head.endswith("s") or head in ("percent", "people", "majority", "public"):
                kind = ActorKind.GROUP
            else:
                kind = ActorKind.PERSON
        actor = Actor(
            id=self.doc.new_id("a"),
            name=text,
            kind=kind,
            mentions=(Mention(start=start, end=end, text=text),)
            + ((Mention(start=relative.start, end=relative.end, text=relative.text),) if relative else ()),
        )
        self.doc.actors.append(actor)
        self.kinds[actor.id] = actor
        self.by_end.setdefault(end, []).append((start, actor.id))
        self.by_start.setdefault(start, []).append((end, actor.id))
        return actor.id

    def anonymity(self, tokens: list[Token], c: int) -> bool:
        """Whether the verb at ``c`` asks for anonymity: "asked not to be named", "asked for anonymity"."""
        return (
            c + 2 < len(tokens)
            and self.cues.get(tokens[c].text) == "ask"
            and (tokens[c + 1].text, tokens[c + 2].text) in _ANONYMITY
        )

    def is_title(self, word: str) -> bool:
        """Whether a word is a title ("Rep.", "President", "spokesman")."""
        return word.lower().rstrip(".") in self.lex.titles

    def title_word(self, word: str) -> bool:
        """Whether a word may stand in a title before a name: "the", "panel", "Chairman",
        "Rep.", "co-secretary"."""
        low = word.lower().rstrip(".")
        if low in self.lex.titles or word[:1].isupper():
            return word[:1].isalpha()
        if word in POSSESSIVES:
            return True  # "Eritrea's Information Ministry": the owner before the name
        # "co-secretary general": a hyphenated rank too
        return (
            word.replace("-", "").isalpha() and word.islower() and low not in self.cues and low not in CLAUSE_OPENERS
        )

    def that_after(self, tokens: list[Token], k: int, reach: int = 15) -> int | None:
        """The index of the "that" after a phrase of setting that starts at token ``k``,
        within ``reach`` tokens of it, which opens the words said: "said during a rally in
        Michigan that ...", "told reporters outside the morgue in ... that ...", "stating
        during the debate that ...". A comma, semicolon, colon, full stop or opening
        quotation mark ends the search, and so does "and" or "but" before another reporting
        verb ("said at least 300 schools had been damaged and warned that": another verb's)."""
        n = len(tokens)
        for j in range(k + 1, min(k + reach, n)):
            word = tokens[j].text
            if word == "that":
                return j
            if word in (",", ";", ".", ":") or word in OPEN:
                return None
            if word in ("and", "but") and j + 1 < n and tokens[j + 1].text in self.cues:
                return None
        return None

    def title_run(self, tokens: list[Token], k: int) -> tuple[int, bool]:
        """Walk back from ``k`` over at most five words of a title before a name.

        Returns the index before the run and whether the run holds a lower-case word that
        is no title ("chief executive Pieter Venter" holds none; "yet Smith" does).
        """
        floor = k - 5  # titles and their modifiers: "Italian Prime Minister", "panel Chairman"
        lower = False
        while k >= 0 and k > floor and self.title_word(tokens[k].text):
            word = tokens[k].text
            lower = lower or (word.islower() and word not in ("the", "a", "an") and not self.is_title(word))
            k -= 1
        return k, lower
