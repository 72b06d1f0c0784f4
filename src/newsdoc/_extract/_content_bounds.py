"""Where a statement's content ends, or starts when it comes before its speaker.

The content after a verb runs to the end of the sentence, or stops before a later
attribution (", officials said"), a second verb of the same speaker ("and has said"), ",
according to", and, for the object of a speech act ("called the move reckless") or a
topic, before a comma or an adjunct of time or medium ("in early-morning tweets").
Quotations are passed over whole. The content before a speaker ('"...," she said') runs
from the sentence's start, or its quotation's, to the break before the attribution.
"""

from __future__ import annotations

from newsdoc._extract._event_lexicon import verb_only_past_forms
from newsdoc._extract._statement_reading import Found, StatementPart, StatementReading
from newsdoc._extract._statement_words import CLOSE, OPEN, RELATIVES, TIME_PREPOSITIONS, before_parenthesis
from newsdoc._extract._subjects import SubjectReader
from newsdoc._extract._words import POSSESSIVES, Token, noun_after_of
from newsdoc._models import Span

__all__ = ["BoundsReader"]

# words after a comma that open the reporter's own clause, past the content: "though the AU
# mission noted", "while critics say", "but critics at home say", "as talks stalled"
_REPORTER_LINKS = frozenset({"though", "although", "while", "whereas", "but", "as"})
_CLAUSE_STARTS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "some", "many", "critics", "talks",
     "he", "she", "they", "it", "officials", "analysts"}
)
# relative words whose clause, closing the sentence after a comma, is the reporter's aside
_CLOSING_RELATIVES = frozenset({"which", "where"})
# words that make "after" part of what is said: "only after", "soon after"
_AFTER_MODIFIERS = frozenset({"only", "even", "just", "shortly", "soon", "long", "right", "immediately", "until"})
# the marks that may part fronted content from its attribution ("..., officials said",
# '"..." the editor responded')
_BREAKS = (",", ";", ":", "\u2013", "\u2014", '"', "\u201d", "\u00bb")
#: Words that open an adjunct after the object of a speech act, never part of it.
_ADJUNCT_OPENERS = frozenset({"during", "while"})
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "at", "by"})  # "in tweets", "by phone"
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


class BoundsReader(StatementPart):
    """The bounds of the contents of one article's statements."""

    def __init__(self, reading: StatementReading, subjects: SubjectReader) -> None:
        super().__init__(reading)
        self.subjects = subjects

    def clause_end(self, tokens: list[Token], k: int, base: str, sentence: Span, topic: bool = False) -> int:
        """Where the content starting at token ``k`` ends: before a later attribution or the end.

        The object of a speech act, and a topic (``topic``), end before a comma or an adjunct.
        """
        n = len(tokens)
        end = sentence.end
        stop_object = topic or base in self.lex.object_cues
        quote_starts = self.quote_start_set
        j = k
        while j < n:
            tok = tokens[j]
            quote = self.quote_at(tok.start) if tok.start in quote_starts else None
            if quote is not None and quote[0] == tok.start:
                # jump over the quotation
                while j < n and tokens[j].start < quote[1]:
                    j += 1
                if quote[1] > sentence.end:
                    end = quote[1]
                if (
                    j < n
                    and j - 1 > k
                    and tokens[j - 1].text in CLOSE
                    and tokens[j - 2].text == ","
                    and tokens[j].text.endswith("ing")
                    and tokens[j].text in self.cues
                ):
                    return quote[1]  # 'was "fully protected from external risks," noting that ...'
                continue
            if (
                tok.text in ("and", "but")
                and j > k
                and not (  # "federal and state law": "and" joins two modifiers
                    tokens[j - 1].text.lower() in self.modifiers
                    and j + 1 < n
                    and tokens[j + 1].text.lower() in self.modifiers
                )
                and self._coordinated_cue(tokens, j + 1)
            ):
                return tok.start  # "vowed to continue his campaign and said he would ..."
            if tok.text == "after" and j > k + 2 and self._reporters_occasion(tokens, k, j):
                m = j - 2 if tokens[j - 1].text == "," else j - 1
                return tokens[m].end  # "vowed to take all measures after the EU imposed duties"
            if stop_object and j > k and self._adjunct_at(tokens, j):
                m = j - 1  # "declared victory shortly after 2 a.m.": the adverb goes with the adjunct
                while m > k and (tokens[m].text in _DASHES or _adverb(tokens[m].text)):
                    m -= 1
                return tokens[m].end
            if tok.text == "," and j + 1 < n:
                nxt = tokens[j + 1]
                if nxt.text.endswith("ing") and nxt.text in self.cues:
                    return tok.start
                if self._attribution_follows(tokens, j + 1):
                    return tok.start
                if nxt.text in ("according", "According") and j + 2 < n and tokens[j + 2].text == "to":
                    return tok.start  # "sought asylum in Costa Rica, according to the UN": its source
                if nxt.text == "and" and self._coordinated_cue(tokens, j + 2):
                    return tok.start
                if stop_object and j + 1 < n:
                    return tok.start
                if nxt.text.lower() in _REPORTER_LINKS and self._clause_follows(tokens, j + 2):
                    return tok.start  # "voting had been peaceful, though the AU mission noted ..."
                if nxt.text.lower() in _CLOSING_RELATIVES and not any(t.text == "," for t in tokens[j + 2 :]):
                    return tok.start  # "..., which shares a 198-km border with Russia.": an aside
            j += 1
        while end > sentence.start and self.text[end - 1] in ".!?" and self.quote_at(end - 1) is None:
            end -= 1
        return end

    def _reporters_occasion(self, tokens: list[Token], k: int, j: int) -> bool:
        """Whether "after" at ``j`` opens the occasion of the reporting verb, not of the
        content from ``k``: a promise or warning ("to take ...", "it would ...") and a clause
        in the past after it ("after the European Union imposed duties", "after Ethiopia
        said"); "said the deal collapsed after talks failed" keeps its clause."""
        infinitive = tokens[k].text == "to"
        if not (infinitive or any(t.text in ("would", "will") for t in tokens[k:j])):
            return False
        if tokens[j - 1].text.lower() in _AFTER_MODIFIERS or not self._clause_follows(tokens, j + 1):
            return False  # "would begin pulling back only after ...": the content's own condition
        past = verb_only_past_forms()
        for t in tokens[j + 2 : j + 8]:
            word = t.text
            if word in (",", ";", ".") or word in OPEN:
                return False
            if word in self.cues or (infinitive and word.islower() and (word.endswith("ed") or word in past)):
                return True  # "would take all measures after Ethiopia said ...": a reply
        return False

    @staticmethod
    def _clause_follows(tokens: list[Token], k: int) -> bool:
        """Whether a clause with its own subject starts at ``k``: a determiner, a pronoun or a
        capitalised word first ("though the AU mission noted", "while critics say")."""
        if k >= len(tokens):
            return False
        first = tokens[k].text
        return first.lower() in _CLAUSE_STARTS or first[:1].isupper()

    def _adjunct_at(self, tokens: list[Token], j: int) -> bool:
        """Whether a phrase saying when or through what starts at ``j``, after the object
        of a speech act: "attacked Machado in early-morning tweets", "cited the figure at
        last week's forum", "thanked Trump on Twitter", "supported Democrats during his time".

        "during" and "while" always start one; "in", "on", "at", "after", "before" and
        "since" before a time; "in", "on", "at" and "by" also before a medium noun within
        four words ("tweets", "a statement", "Twitter", "by phone"), so "the troops in
        joint drills" stays one object.
        """
        low = tokens[j].text.lower()
        if low in _ADJUNCT_OPENERS:
            return True
        if j + 1 >= len(tokens):
            return False
        if low in TIME_PREPOSITIONS and self.reading.doc_time_covers(tokens[j + 1]):
            return True
        if low not in _MEDIUM_PREPOSITIONS:
            return False
        for m in range(j + 1, min(j + 5, len(tokens))):
            word = tokens[m].text
            if word.lower() in self.medium_nouns:
                return True
            if not (word.isalpha() or word in POSSESSIVES or "-" in word):
                return False
        return False

    def _coordinated_cue(self, tokens: list[Token], k: int) -> bool:
        """Whether a second reporting verb of the same subject starts at ``k`` ("and has said")."""
        n = len(tokens)
        j = k
        while j < n and j < k + 4 and (tokens[j].text.lower() in self.skip or tokens[j].text.endswith("ly")):
            j += 1
        return j < n and tokens[j].text in self.cues and not tokens[j].text.endswith("ing")

    def _attribution_follows(self, tokens: list[Token], k: int) -> bool:
        """Whether ``tokens[k:]`` read "<actor> <cue> [time]." (a trailing attribution)."""
        n = len(tokens)
        for j in range(k, min(n, k + 12)):
            if (
                tokens[j].text in self.cues
                and not noun_after_of(tokens, j)  # "recordings of video calls, showed"
                and self.subjects.subject(tokens, j) is not None
            ):
                rest = j + 1
                while rest < n and (
                    tokens[rest].text.lower() in self.skip
                    or self.reading.doc_time_covers(tokens[rest])
                    or tokens[rest].text[0].isupper()
                ):
                    rest += 1
                return rest >= n or tokens[rest].text in (".", "!", "?", ",")
            if tokens[j].text in (",", ";", ":") or tokens[j].text in OPEN:
                return False
        return False

    def _apposition_after_quote(self, tokens: list[Token], k: int) -> int | None:
        """The index of the closing quotation mark before a description in apposition that
        ends with the comma at ``k`` before the speaker's name: '"...," the UN resident
        coordinator in Madagascar, Helena Marques, told'; ``None`` when no quotation closes
        within ten words before it."""
        m = k - 1
        while m >= 0 and m >= k - 10:
            word = tokens[m].text
            if word in CLOSE:
                # the quotation closes with a comma: '"...," the UN resident coordinator'
                return m if m < k - 1 and m > 0 and tokens[m - 1].text == "," else None
            if not (self.title_word(word) or word in ("in", "of", "for")):
                return None
            m -= 1
        return None

    def content_before(
        self, tokens: list[Token], c: int, speaker: str, sentence: Span, after: int
    ) -> Found | None:
        """'"...," she said.': the content is what comes before the speaker."""
        cue = tokens[c]
        # where the attribution starts: the speaker mention before the cue, or the cue
        k = c - 1
        attribution = cue.start
        while k >= 0 and k > c - 45:
            k = before_parenthesis(tokens, k)  # "the Haitian National Police (PNH) said"
            hit = self.ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                attribution = hit[0]
                while k >= 0 and tokens[k].start >= attribution:
                    k -= 1
                titled, lower = self.title_run(tokens, k)  # "Italian Prime Minister"
                if titled < k:
                    attribution = tokens[titled + 1].start
                    k = titled
                elif k >= 0 and tokens[k].text == ",":
                    opened = self._apposition_after_quote(tokens, k)
                    if opened is not None:  # '"...," the UN resident coordinator in Madagascar, Helena Marques, told'
                        attribution = tokens[opened + 1].start
                        k = opened
                if k >= 0 and (lower if tokens[k].text == "," else tokens[k].text not in CLOSE):
                    attribution = hit[0]  # the capitalised words were the content's own
                break
            if tokens[k].text in CLOSE:
                break
            k -= 1
        if attribution == cue.start and k >= 0 and tokens[k].text in CLOSE:
            attribution = tokens[k].end
        end = attribution
        while end > sentence.start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:-\u2014"):
            end -= 1
        start = sentence.start
        quote = self.quote_at(start) or self.quote_at(max(start, end - 1))
        if quote is not None and quote[0] < start:
            start = quote[0]
        if end - start < 3:
            return None
        if not self.text[end:attribution].strip() and self.text[start:end].rsplit(None, 1)[-1] in self.cues:
            return None  # "Two diplomats said the leaders agreed.": no break, the words before report
        if self.text[end - 1] not in CLOSE and not self._broken_before(start, attribution):
            return None  # "The country's two largest unions accused": no break, no content before
        tail = self.text[max(start, attribution - 30) : attribution].rsplit(",", 1)[-1].lower().split()
        if any(word in RELATIVES for word in tail):
            return None  # "(TRNC), which only Turkey recognises.": a relative clause, no attribution
        return Found(speaker=speaker, cue=cue, content=(start, end))

    def _broken_before(self, start: int, attribution: int) -> bool:
        """Whether a mark stands between ``start`` and the attribution at ``attribution``:
        a comma, a semicolon, a colon, a dash or a closing quotation mark ("''" in some
        styles), before which the content ends ("..., regional governor Ihor Sova said",
        "..., Lebanon's Internal Security Forces said")."""
        before = self.text[start:attribution]
        return any(mark in before for mark in _BREAKS) or "''" in before or " - " in before


def _adverb(word: str) -> bool:
    """Whether a lower-case word reads as an adverb of manner or time: "shortly", "early"."""
    return word.islower() and word.endswith("ly")
