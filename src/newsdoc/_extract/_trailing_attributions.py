"""Attributions that follow what was said: '"...," said Smith', '"...," the letter
reads', '"...," Smith told CNN', "..., said one GOP source in the room."

When the verb comes after the content, its speaker stands right after it ("said the Rev.
Peter Wherry", an inverted attribution) or right before it, after a comma or a closing
quotation mark. :class:`TrailingReader` finds the speaker after the verb, tells whether
the verb closes the sentence so ('..., said Donald Tusk, summing up the talks.'), and
whether a break or a quotation stands before the speaker, which makes the words before
it the content (:mod:`._content_bounds`).
"""

from __future__ import annotations

from newsdoc._extract._event_lexicon import verb_only_past_forms
from newsdoc._extract._statement_reading import StatementPart
from newsdoc._extract._statement_words import (
    CLAUSE_AUXILIARIES,
    CLAUSE_MARKS_SUBJECT,
    CLOSE,
    MODALS,
    before_parenthesis,
)
from newsdoc._extract._words import DOCUMENT_NOUNS, POSSESSIVES, Token
from newsdoc._models import ActorKind

__all__ = ["TrailingReader"]

# function words that never stand in a title before a name: they open a clause
_NO_TITLE_WORDS = frozenset(
    {"and", "but", "or", "as", "while", "when", "after", "before", "because", "which", "who", "that", "to",
     "in", "at", "on", "with", "by", "said", "says", "told", "he", "she", "they", "it", "we", "then", "also"}
)  # fmt: skip
# what a description in apposition before the speaker's name may hold besides its words
_APPOSITION_MARKS = frozenset({",", "in"})


def _title_word(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case token at ``k`` may be a word of a title before a name: the
    body it names ("union" in "union leader"), a hyphenated rank ("co-secretary"), or
    "for" or "of" before a capitalised word ("Executive Vice-President for Competition")."""
    word = tokens[k].text
    if not word.replace("-", "").isalpha() or not word.islower() or word in _NO_TITLE_WORDS:
        return False
    if word in ("for", "of"):
        return k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
    return True


class TrailingReader(StatementPart):
    """The speakers of one article's attributions that follow their content."""

    @staticmethod
    def after_quote(tokens: list[Token], c: int) -> bool:
        """Whether the verb at ``c`` follows a quotation closed by a comma, with at most a
        short subject between: '"...," she continued', '"...," the letter reads',
        '"...," continued Smith'."""
        for j in range(c - 1, max(c - 5, 0), -1):
            text = tokens[j].text
            if text in CLOSE:
                while j > 1 and tokens[j - 1].text in CLOSE:
                    j -= 1  # a quotation closing inside another: "... 'the comeback,'" the article read
                return tokens[j - 1].text == ","
            if not text.isalpha() and text not in POSSESSIVES:
                return False
        return False

    def closing_speaker(self, tokens: list[Token], c: int) -> str | None:
        """The actor after the cue at ``c`` when it closes the sentence: "..., said one GOP
        source in the room." (not "X, the minister, said members will ...", nor "X, which
        brought the case, welcomed the ruling.": a verb with its object is not inverted)."""
        speaker = self.inverted_speaker(tokens, c)
        if speaker is None:
            return None
        n = len(tokens)
        k = c + 1
        while k < n and tokens[k].text not in (".", "!", "?", ";") and k - c < 10:
            if tokens[k].text == "," and k + 1 < n and tokens[k + 1].text.endswith("ing"):
                return speaker  # "..., said Donald Tusk, summing up the talks."
            low = tokens[k].text.lower()
            if low in self.cues or (low in CLAUSE_MARKS_SUBJECT and low not in (",", "(", ")")):
                return None
            if low in ("of", "for") and (
                (k + 1 < n and tokens[k + 1].text.endswith("ing"))
                or (low == "of" and self.cues.get(tokens[c].text) in self.lex.addressee_cues)
            ):
                return None  # "..., accused the military of breaking a truce" (of war crimes): the one accused
            k += 1
        return speaker if k >= n or tokens[k].text in (".", "!", "?", ";") else None

    def inverted_speaker(self, tokens: list[Token], c: int) -> str | None:
        """The actor right after the cue at ``c`` (``_after``), unless it opens a clause of
        its own: "X, a co-editor, said the candidate tended to ...", "said the hostages
        would be freed", "said Ivanka Trump's statement did not ...", nor the object of a verb
        that takes one ("X, the largest union, urged lawmakers to ...") but after a quotation."""
        base = self.cues.get(tokens[c].text)
        if base in self.lex.object_cues and not self.after_quote(tokens, c):
            return None
        speaker = self._after(tokens, c)
        if speaker is None:
            return None
        after = tokens[c + 1 : c + 8]
        ends = {e for t in after for e, actor in self.by_start.get(t.start, ()) if actor == speaker}
        if any(t.start in ends and t.text in POSSESSIVES for t in after):
            return None
        last = max(ends, default=-1)  # where the speaker's mention ends, if it starts in ``after``
        verb = next((t.text for t in after if t.start >= last), "") if last >= 0 else ""
        if verb.isalpha() and verb.islower() and (
            verb.endswith("ed")
            or verb in verb_only_past_forms()  # "said the military broke a truce"
            or verb in CLAUSE_AUXILIARIES
            or (verb in MODALS and (verb != "to" or base in self.lex.addressee_cues))
        ):
            return None  # "urged lawmakers to act" is addressed; "said an adviser to Trump" is his
        return speaker

    def _after(self, tokens: list[Token], c: int) -> str | None:
        """The actor right after the verb in "..., said Smith"."""
        if c == 0 or tokens[c - 1].text not in {",", *CLOSE}:
            return None
        if c + 1 < len(tokens):
            k = c + 1
            if (
                tokens[k].text.lower() == "the"
                and k + 2 < len(tokens)
                and self.is_title(tokens[k + 1].text)
                and self.starting_at(tokens[k].start) is None
            ):
                k += 1  # "said the Rev. Peter Wherry": the title, then the name
            while k + 1 < len(tokens) and self.is_title(tokens[k].text):
                k += 1
            if tokens[k].text.lower() in ("the", "a", "an", "one", "another") and k + 1 < len(tokens):
                hit = self.starting_at(tokens[k].start) or self.starting_at(tokens[k + 1].start)
            else:
                hit = self.starting_at(tokens[k].start)
            if hit is not None:
                return hit[1]
            first = k + 1 if tokens[k].text.lower() == "the" else k
            for m in range(first, min(first + 6, len(tokens))):  # "said European Council President Donald Tusk"
                word = tokens[m].text
                if not (word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()):
                    break
                hit = self.starting_at(tokens[m].start)
                if hit is not None:
                    return hit[1] if self.kinds[hit[1]].kind is ActorKind.PERSON else None
            return self._document_after(tokens, k)
        return None

    def _document_after(self, tokens: list[Token], k: int) -> str | None:
        """A document speaking after the verb: '"...," said the ruling.', 'read the letter,'.

        The phrase is a determiner, at most three lower-case words and a document noun,
        closing the clause.
        """
        n = len(tokens)
        if tokens[k].text.lower() not in ("the", "a", "an"):
            return None
        h = k + 1
        while h < n and h - k <= 4 and tokens[h].text.islower() and tokens[h].text.isalpha():
            if tokens[h].text in DOCUMENT_NOUNS and (h + 1 >= n or tokens[h + 1].text in (".", ",", ";")):
                return self.new_speaker(tokens[k].start, tokens[h].end, tokens[h].text)
            h += 1
        return None

    def quoted_before(self, tokens: list[Token], c: int, speaker: str) -> bool:
        """Whether a quotation closes right before the speaker ('"...," Smith told CNN').

        Titles and the words that name the title's body may stand between: '"...," IEBC
        chairman Daniel Ragot told a news conference', '"...," CGT co-secretary general
        Mariela Fontán told', '"...," Executive Vice-President for Competition Elena
        Marchetti told'.
        """
        k = c - 1
        while k >= 0 and k > c - 30:
            k = before_parenthesis(tokens, k)
            hit = self.ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                while k >= 0 and tokens[k].start > hit[0]:
                    k -= 1
                k -= 1
                floor = k - 10
                plain = True  # only titles and capitalised words so far
                while k >= 0 and k > floor:
                    word = tokens[k].text
                    if self.is_title(word) or word.lower() == "the" or word[:1].isupper() or word in POSSESSIVES:
                        k -= 1  # "Eritrea's Information Ministry": an owner's possessive too
                    elif _title_word(tokens, k) or word in _APPOSITION_MARKS:
                        plain = False  # "CGT co-secretary general", "the UN resident coordinator in Madagascar,"
                        k -= 1
                    else:
                        break
                if k < 0 or tokens[k].text not in CLOSE:
                    return False
                if not plain and (k == 0 or tokens[k - 1].text != ","):
                    return False  # '"...," union leader X told': the quotation closes with a comma
                quote = self.quote_at(tokens[k].start)
                return quote is not None and quote[1] == tokens[k].end
            k -= 1
        return False

    def break_before_speaker(self, tokens: list[Token], c: int, speaker: str) -> bool:
        """Whether a comma or a closing quote stands before the speaker ('"...," Smith said')."""
        k = c - 1
        while k >= 0:
            k = before_parenthesis(tokens, k)  # "the Haitian National Police (PNH) said"
            hit = self.ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                while k >= 0 and tokens[k].start > hit[0]:
                    k -= 1
                k -= 1
                k, lower = self.title_run(tokens, k)
                # a lower-case word there ("panel", but also "yet") only after a quotation
                return k >= 0 and ((tokens[k].text == "," and not lower) or tokens[k].text in CLOSE)
            k -= 1
        return False
