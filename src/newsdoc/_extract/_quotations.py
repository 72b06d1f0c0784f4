"""How quotations join statements: across sentences and around their attribution.

A quotation an attribution interrupts is one statement ('"We will win," she said, "and
soon."'); a quotation that goes on after its attribution in the next sentences is a
statement of the same speaker ('"...," she said. "..."'); a quotation that opens a
paragraph with no speaker waits for the next statement that names one; 'She added:'
closing a paragraph takes the next paragraph. :meth:`QuotationReader.kind` tells direct
speech (a quotation only) from mixed and indirect speech.
"""

from __future__ import annotations

import bisect

from newsdoc._extract._statement_reading import Found, StatementPart
from newsdoc._extract._statement_words import OPEN
from newsdoc._extract._words import Token
from newsdoc._models import Quote, Span

__all__ = ["QuotationReader"]

_NO_CUE = Token(-1, -1, "")


class QuotationReader(StatementPart):
    """The quotations of one article's statements."""

    def statements(self, results: list[tuple[Span, int, list[Found]]]) -> list[tuple[Found, Span]]:
        """The statements of the article in text order, each with its sentence, from what
        the walk found in each sentence (``results``: its span, paragraph and statements).

        A quotation opening a sentence with no statement, whose own sentences name no
        speaker, is a statement of the speaker of the last quoted statement in the same
        paragraph or the one before; else it waits for the next statement with a speaker,
        which takes it when that comes in a later paragraph. The sentences such a
        quotation covers, and those a content covers past its own sentence ('She
        added:' and the next paragraph), are read no further.
        """
        covered = 0  # the end of the last quotation read as a continuation
        last: tuple[int, str] | None = None  # paragraph and speaker of the last quoted statement
        pending: list[tuple[int, tuple[int, int], Span]] = []  # quotations waiting for a speaker
        out: list[tuple[Found, Span]] = []
        for index, (sentence, paragraph, found_here) in enumerate(results):
            if sentence.end <= covered:
                continue
            for found in found_here:
                if pending and found.speaker is not None:
                    for p, content, where in pending:
                        if p < paragraph:
                            out.append((Found(speaker=found.speaker, cue=_NO_CUE, content=content), where))
                    pending = []
                self.join_split_quote(found, found_here, sentence)
                out.append((found, sentence))
                if found.content[0] >= sentence.end:  # 'She added:' and the next paragraph
                    covered = max(covered, found.content[1])
                if found.speaker is not None and self.quote_at(found.content[0]) is not None:
                    last = (paragraph, found.speaker)
            if found_here:
                continue
            quote = self.quote_at(sentence.start)
            if quote is None or quote[0] != sentence.start or self.text[sentence.start] not in OPEN:
                continue
            # a quotation whose own sentences name a speaker is read there (the sentences
            # are in text order: stop at the quotation's end, not at the article's)
            later = index + 1
            while later < len(results) and results[later][0].start < quote[1] and not results[later][2]:
                later += 1
            if later < len(results) and results[later][0].start < quote[1]:
                continue
            content = (quote[0], quote[1])
            covered = quote[1]
            if last is not None and last[0] >= paragraph - 1:
                # the speaker's quotation goes on after its attribution ('"...," she said.
                # "..."'): a statement of its own, as the content is a span of the text
                out.append((Found(speaker=last[1], cue=_NO_CUE, content=content, direct=True), sentence))
                last = (paragraph, last[1])
            else:
                pending.append((paragraph, content, sentence))
        return out

    def join_split_quote(self, found: Found, found_here: list[Found], sentence: Span) -> None:
        """Mark a quoted statement direct, and join a quotation its attribution interrupts.

        '"We will win," she said, "and soon."' is one statement from the first mark to
        the last; the attribution stays inside the span, which is contiguous.
        """
        start, end = found.content
        text = self.text
        first = self.quote_at(start)
        if first is None or first[0] != start or text[start] not in OPEN:
            return
        stripped = end
        while stripped > start and text[stripped - 1] in ".,;:!?":
            stripped -= 1
        if first[1] < stripped:
            return  # a quotation and more: mixed speech
        found.direct = True
        if found.cue.start < end:  # 'she said, "...": a quotation before, cut by a comma?
            i = bisect.bisect_right(self.quote_starts, found.cue.start) - 1
            if i < 0:
                return
            q_start, q_end, _ = self.quotes[i]
            if (
                q_start >= sentence.start
                and q_end <= found.cue.start
                and found.cue.start - q_end <= 60
                and text[q_end - 2 : q_end - 1] == ","
                and not any(f is not found and f.content[0] < q_end and f.content[1] > q_start for f in found_here)
            ):
                found.content = (q_start, end)
            return
        i = bisect.bisect_right(self.quote_starts, found.cue.end - 1)
        if i >= len(self.quotes):
            return
        q_start, q_end, _ = self.quotes[i]
        if q_start >= sentence.end or q_start - found.cue.end > 60:
            return
        if not text[found.cue.end : q_start].rstrip().endswith((",", ":")):
            return
        if any(f is not found and found.cue.end <= max(f.cue.start, f.content[0]) < q_end for f in found_here):
            return  # '..., adding "...": the rest is a statement of its own
        found.content = (start, q_end)

    def kind(self, start: int, end: int) -> Quote:
        """Whether the content from ``start`` to ``end`` is a quotation only (direct), holds
        or starts inside one (mixed), or holds none (indirect)."""
        first = self.quote_at(start)
        stripped_end = end
        while stripped_end > start and self.text[stripped_end - 1] in ".,;:!?":
            stripped_end -= 1
        if first is not None and first[0] == start and first[1] >= stripped_end:
            return Quote.DIRECT
        i = bisect.bisect_left(self.quote_starts, start)
        if i < len(self.quotes) and self.quotes[i][0] < end:
            return Quote.MIXED
        if first is not None:
            return Quote.MIXED
        return Quote.INDIRECT
