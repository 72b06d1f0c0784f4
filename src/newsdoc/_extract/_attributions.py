"""Statements that no subject before its verb makes: "according to X", "In a CBS News
poll, ...", 'Said Ellis: "..."', "Trump's claim that ...", and participles ("...,
calling it 'deeply regrettable'", "In defending himself, Trump ...").

The walk over a sentence (:mod:`._cues`) hands each of these forms to
:class:`AttributionReader`, with the speaker it found for a participle. A source that
is no actor yet ("according to the poll", "a draft seen by AFP") becomes one.
"""

from __future__ import annotations

from newsdoc._extract._content_bounds import BoundsReader
from newsdoc._extract._statement_reading import Found, StatementPart, StatementReading
from newsdoc._extract._statement_words import CLOSE, NP_STOP, OBJECT_PRONOUNS, OPEN, POLL_NOUNS
from newsdoc._extract._words import POSSESSIVES, Token, is_possessive
from newsdoc._models import ActorKind, Span

__all__ = ["AttributionReader"]

# participles after a document source: "a draft seen by AFP", "a memo obtained by CNN"
_SOURCE_PARTICIPLES = frozenset({"seen", "obtained", "published", "released", "reviewed", "cited", "leaked"})


# prepositions that open the setting of a participle before its "that": "stating during the debate that"
_PARTICIPLE_SETTINGS = frozenset({"during", "in", "at", "on", "after", "before", "to", "from"})
# words that end a possessive source phrase before its head: "according to Iran's figures, and ..."
_OWNED_STOP = frozenset({",", ".", ";", ":", "and", "or", "who", "which", "that", "in", "on", "at", "for"})


class AttributionReader(StatementPart):
    """The statements of one article that "according to", a poll, a fronted verb, a
    possessor's noun or a participle make."""

    def __init__(self, reading: StatementReading, bounds: BoundsReader) -> None:
        super().__init__(reading)
        self.bounds = bounds
        # where the last "according to" phrase ended, and in which sentence
        self._according_end: tuple[int, int] = (-1, -1)

    def _owned_source(self, tokens: list[Token], k: int, hit: tuple[int, str]) -> tuple[int, str]:
        """The source a possessive owner introduces: "according to Tajikistan's state news
        agency Khovar" is Khovar's, "according to Trump's campaign manager Kellyanne
        Conway" Conway's; else the owner's own ``hit``."""
        n = len(tokens)
        m = k
        while m < n and tokens[m].start < hit[0]:
            m += 1
        if m >= n or not is_possessive(tokens, m):
            return hit
        for q in range(m + 1, min(m + 7, n)):
            if tokens[q].text in _OWNED_STOP or tokens[q].text in OPEN:
                break
            inner = self.starting_at(tokens[q].start)
            if inner is not None:
                kind = self.kinds[inner[1]].kind
                return inner if kind in (ActorKind.PERSON, ActorKind.ORGANIZATION) else hit
        return hit

    def according(self, tokens: list[Token], c: int, sentence: Span) -> Found | None:
        n = len(tokens)
        if c + 2 >= n:
            return None
        if self._according_end[0] == sentence.start and self._according_end[1] > tokens[c].start:
            return None  # inside the source phrase of the "according to" before it
        k = c + 2
        hit = self.actor_at(tokens, k)
        if hit is None:  # "according to NYPD Commissioner James O'Neill", "a Reuters survey"
            hit = self._source_inside(tokens, k)
        elif hit[1]:
            hit = self._owned_source(tokens, k, hit)
        if hit is None:  # "according to the poll": a source that is no actor
            j = self.reading.next_stop(tokens)[k]
            hit = (tokens[j - 1].end if j > k else tokens[k].end, "")
            if k < j <= k + 6 and tokens[j - 1].text.isalpha():  # a short phrase names the source
                head = tokens[j - 1].text.lower()
                for m in range(k + 1, j):  # "a draft seen by AFP": the noun before the participle
                    if tokens[m].text in _SOURCE_PARTICIPLES:
                        head = tokens[m - 1].text.lower()
                        break
                hit = (hit[0], self.new_speaker(tokens[k].start, tokens[j - 1].end, head))
        cue = Token(tokens[c].start, tokens[c + 1].end, self.text[tokens[c].start : tokens[c + 1].end])
        phrase_end = hit[0]
        if c == 0 or (c == 1 and tokens[0].text in ("But", "And")):
            j = k
            while j < n and tokens[j].start < phrase_end:
                j += 1
            while j < n and tokens[j].text != ",":
                j += 1
            if j + 1 >= n:
                return None
            start = tokens[j + 1].start
            end = self.bounds.clause_end(tokens, j + 1, "say", sentence)
        else:
            start = sentence.start
            if self._according_end[0] == sentence.start and self._according_end[1] <= tokens[c].start:
                # a second "according to" in the sentence: its content starts after the first one's
                start = self._according_end[1]
                while start < tokens[c].start and (self.text[start].isspace() or self.text[start] in ",;"):
                    start += 1
            end = tokens[c].start
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;"):
                end -= 1
        self._according_end = (sentence.start, phrase_end)
        if end - start < 3:
            return None
        return Found(speaker=hit[1] or None, cue=cue, content=(start, end))

    def in_poll(self, tokens: list[Token], c: int, sentence: Span) -> Found | None:
        """A poll's finding: "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent."

        "In" opens the sentence, then a determiner, at most five modifiers and a poll noun
        (``POLL_NOUNS``), at most four words more ("released Monday", "last month") and a
        comma; the clause after the comma is the finding. An organisation or person named
        in the phrase is the speaker, else the phrase itself. After the clause ("a lead in
        the polls") "in" says where as often as who, and makes no statement.
        """
        n = len(tokens)
        if not (c == 0 or (c == 1 and tokens[0].text in ("But", "And"))):
            return None
        if tokens[c + 1].text.lower() not in ("a", "an", "the", "its", "their", "his", "her", "this", "that"):
            return None
        head = next((h for h in range(c + 2, min(c + 8, n)) if tokens[h].text.lower() in POLL_NOUNS), None)
        stop = self.reading.next_stop(tokens)[c]
        if head is None or stop >= n - 1 or tokens[stop].text != "," or stop - head > 5:
            return None
        if any(t.text.lower() in NP_STOP or t.text in ("of", "by", "after", "for") for t in tokens[c + 2 : head]):
            return None
        if any(t.text in self.cues for t in tokens[head + 1 : stop]):
            return None  # "In a poll, Pew found ...": the verb after it reads that
        if tokens[stop + 1].text.endswith("ed") and tokens[stop + 1].text.islower():
            stop = self.reading.next_stop(tokens)[stop + 1]  # "In a new poll, conducted March 11-13, ..."
            if stop >= n - 1 or tokens[stop].text != ",":
                return None
        start = tokens[stop + 1].start
        end = self.bounds.clause_end(tokens, stop + 1, "say", sentence)
        if sum(1 for t in tokens[stop + 1 :] if t.end <= end and t.text.isalnum()) < 5:
            return None  # "In the polls, anyway": no finding
        inside = self._source_inside(tokens, c + 1)
        speaker = (
            inside[1]
            if inside is not None and inside[0] <= tokens[head].end
            else self.new_speaker(tokens[c + 1].start, tokens[head].end, tokens[head].text.lower())
        )
        return Found(speaker=speaker, cue=tokens[c], content=(start, end))

    def _source_inside(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The first person or organisation named inside the source phrase from token ``k``.

        A title before the name ("Virginia AFL-CIO President Doris Crouse-Mays") or a
        document of an organisation ("a new Washington Post-ABC News poll", "a complaint
        filed by the SEC") leaves the name inside the phrase, not at its start. Places and
        countries are no source: "a poll of Florida voters" is the poll's.
        """
        stop = self.reading.next_stop(tokens)[k]
        for m in range(k, stop):
            for end, actor_id in sorted(self.by_start.get(tokens[m].start, ()), reverse=True):
                if self.kinds[actor_id].kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
                    return end, actor_id
        return None

    def fronted(self, tokens: list[Token], base: str, sentence: Span) -> Found | None:
        """'Said Ellis: "..."' and 'Said Jane Doe, who ..., "..."': the verb opens the sentence."""
        n = len(tokens)
        k = 1
        while k < n - 1 and self.is_title(tokens[k].text):
            k += 1
        hit = self.starting_at(tokens[k].start)
        if hit is None:
            return None
        j = k
        while j < n and tokens[j].start < hit[0]:
            j += 1
        while j < n and tokens[j].text != ":" and tokens[j].text not in OPEN:
            j += 1
        if j >= n - 1:
            return None
        start = tokens[j + 1].start if tokens[j].text == ":" else tokens[j].start
        end = self.bounds.clause_end(tokens, j + 1 if tokens[j].text == ":" else j, base, sentence)
        if end <= start:
            return None
        return Found(speaker=hit[1], cue=tokens[0], content=(start, end))

    def nominal(self, tokens: list[Token], c: int, base: str, sentence: Span) -> Found | None:
        """ "Trump's claim that ...": a possessor's noun cue with a "that" clause."""
        n = len(tokens)
        if c < 2 or c + 2 >= n or tokens[c - 1].text not in POSSESSIVES or tokens[c + 1].text != "that":
            return None
        hit = self.ending_at(tokens[c - 2].end)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
            return None
        start = tokens[c + 2].start
        end = self.bounds.clause_end(tokens, c + 2, base, sentence)
        return Found(speaker=hit[1], cue=tokens[c], content=(start, end)) if end > start else None

    def fronted_participle(self, tokens: list[Token], c: int, sentence: Span) -> Found | None:
        """ "In defending himself, Trump offered ...", "After saying ..., she was ...": the
        speaker is the subject of the clause after the comma, the content runs up to it."""
        n = len(tokens)
        comma = self.reading.next_stop(tokens)[c]
        if comma >= n - 1 or tokens[comma].text != "," or comma == c + 1:
            return None
        k = comma + 1
        end = tokens[comma].start
        while k < n - 1 and tokens[k].text in CLOSE:
            end = tokens[k].end  # the comma closed a quotation: '..."so swollen," she was'
            k += 1
        hit = self.actor_at(tokens, k)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
            return None
        return Found(speaker=hit[1], cue=tokens[c], content=(tokens[c + 1].start, end))

    def participle(
        self, tokens: list[Token], c: int, base: str, speaker: str | None, sentence: Span
    ) -> Found | None:
        """'..., calling it "deeply regrettable"' or '..., saying that ...'."""
        if speaker is None:
            return None
        n = len(tokens)
        k = c + 1
        if k < n and tokens[k].text.lower() in OBJECT_PRONOUNS and (
            base in self.lex.object_cues
            or (base in self.lex.addressee_cues and k + 1 < n and tokens[k + 1].text == "that")  # "telling them that"
        ):
            k += 1
        if k < n and tokens[k].text.lower() in _PARTICIPLE_SETTINGS:
            # "stating during the debate that ...": the words follow "that"
            stops = ("that", ",", ";", ".")
            reach = range(k + 1, min(k + 12, n))
            j = next((m for m in reach if tokens[m].text in stops or tokens[m].text in OPEN), None)
            if j is not None and tokens[j].text == "that":
                k = j
        if k < n and tokens[k].text == "that":
            k += 1
        elif k + 1 < n and tokens[k].text in (",", ":") and tokens[k + 1].text in OPEN:
            k += 1  # 'released a statement saying, "..."'
        if k >= n:
            return None
        start = tokens[k].start
        end = self.bounds.clause_end(tokens, k, base, sentence)
        if end <= start:
            return None
        return Found(speaker=speaker, cue=tokens[c], content=(start, end))
