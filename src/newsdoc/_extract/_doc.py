"""The working state that extraction steps share while they read one article."""

from __future__ import annotations

import bisect
from functools import cached_property

import attrs

from newsdoc._extract._quotes import quote_spans
from newsdoc._extract._text import paragraph_spans, sentence_spans
from newsdoc._extract._words import Token, tokenize
from newsdoc._models import Actor, Article, Event, Span, Statement, Time, TimeExpression, TimeType

__all__ = ["Doc"]


@attrs.define(kw_only=True)
class Doc:
    """An article being read: the input Article plus what the steps have found so far.

    Steps append to (or replace) the lists; :meth:`to_article` builds the frozen result,
    which validates every span and reference, so a step cannot leave a broken Article.

    Attributes:
        article: The article as the parser gave it (its own extraction lists are ignored).
        actors, statements, events, times: What the steps found so far.
        data: Free room for steps to share intermediate results by name.
    """

    article: Article
    actors: list[Actor] = attrs.field(factory=list)
    statements: list[Statement] = attrs.field(factory=list)
    events: list[Event] = attrs.field(factory=list)
    times: list[TimeExpression] = attrs.field(factory=list)
    data: dict[str, object] = attrs.field(factory=dict)
    _counters: dict[str, int] = attrs.field(factory=dict, init=False)
    _tokens: dict[tuple[int, int], list[Token]] = attrs.field(factory=dict, init=False, repr=False)
    _dated: tuple[list[TimeExpression], int, list[int], list[int]] | None = attrs.field(
        default=None, init=False, repr=False
    )

    @property
    def text(self) -> str:
        """The article's canonical text; every offset indexes it."""
        return self.article.text

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans of the whole text, in order; none crosses a paragraph break."""
        return sentence_spans(self.text)

    @cached_property
    def quotes(self) -> list[tuple[int, int, bool]]:
        """The quotations of the text as ``(start, end, closed)`` (see ``quote_spans``); do not change."""
        return quote_spans(self.text, paragraph_spans(self.text))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """The index in :attr:`sentences` of the last sentence starting at or before ``offset`` (-1: none)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, or ``None`` between sentences."""
        i = self.sentence_index(offset)
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def tokens(self, sentence: Span) -> list[Token]:
        """The tokens of ``sentence`` (see :func:`tokenize`), cut once per Doc and shared.

        Several steps read every sentence word by word; they must not change the list.
        """
        key = (sentence.start, sentence.end)
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = tokenize(self.text, sentence.start, sentence.end)
        return found

    def paragraph_of(self, offset: int) -> int:
        """The paragraph index holding ``offset`` (0 is the headline)."""
        return self.article.paragraph_of(offset)

    def time_within(self, start: int, end: int) -> Time | None:
        """A link to the first DATE or TIME expression lying wholly inside ``[start, end)``.

        Extraction steps use it to date a statement or an event by its clause.
        """
        starts, order = self._dated_index()
        best = -1
        # only the times starting inside the range can lie inside it: bisect to them
        # (a scan of every time per call made long articles quadratic)
        for k in range(bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)):
            i = order[k]
            tx = self.times[i]
            if tx.span.end <= end and (best < 0 or i < best):
                best = i
        if best < 0:
            return None
        tx = self.times[best]
        return Time(text=tx.text, value=tx.value, ref=tx.id)

    def _dated_index(self) -> tuple[list[int], list[int]]:
        """Start offsets of the DATE and TIME expressions, sorted, with their list indexes.

        Rebuilt whenever a step appended to or replaced :attr:`times`.
        """
        times = self.times
        if self._dated is None or self._dated[0] is not times or self._dated[1] != len(times):
            dated = sorted(
                (tx.span.start, i) for i, tx in enumerate(times) if tx.type in (TimeType.DATE, TimeType.TIME)
            )
            self._dated = (times, len(times), [s for s, _ in dated], [i for _, i in dated])
        return self._dated[2], self._dated[3]

    def new_id(self, prefix: str) -> str:
        """A fresh id with this prefix (``a1``, ``a2``...), unique within this Doc."""
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        return f"{prefix}{n}"

    def to_article(self) -> Article:
        """The input Article with everything found, validated."""
        return self.article.with_extraction(
            actors=self.actors, statements=self.statements, events=self.events, times=self.times
        )
