"""The speaker before a reporting verb: "Smith said", "Bernie Sanders of Vermont said",
"Smith, a spokesman, said", "Trump, who says", "Obama met survivors and said".

:class:`SubjectReader` walks back from the verb past adverbs, auxiliaries, times and a
parenthesis ("Jason Chaffetz (R-Utah) said") to the mention of an actor, and reads what
stands between: an apposition or a relative clause between commas, a place after the
speaker, a coordinated verb whose subject opened the sentence. Where no actor's mention
ends there, a plain noun phrase may be the speaker (:mod:`._noun_speakers`). It also
gives the subject of a main clause for a participle after it ("..., saying ...") and
tells a noun after a name ("Sanders call") from a verb.
"""

from __future__ import annotations

import bisect

from newsdoc._extract._actors import POST_NOMINALS
from newsdoc._extract._event_lexicon import verb_past_forms
from newsdoc._extract._noun_speakers import NounSpeakerReader
from newsdoc._extract._statement_reading import StatementPart, StatementReading
from newsdoc._extract._statement_words import (
    CLAUSE_AUXILIARIES,
    CLAUSE_OPENERS,
    CLOSE,
    FRONT_PREPOSITIONS,
    OPEN,
    RELATIVES,
    SPEAKER_PREPOSITIONS,
    before_parenthesis,
)
from newsdoc._extract._words import POSSESSIVES, Token
from newsdoc._models import ActorKind

__all__ = ["SubjectReader"]

# words opening an aside between commas that is no apposition of the subject
# "Carrow, for the Home Secretary, said", "Okafor, representing the charity, told"
_ASIDE_OPENERS = frozenset(
    {"like", "unlike", "including", "as", "with", "along", "alongside", "and", "for", "representing",
     "speaking", "acting"}
)
# words opening a fronted phrase before the subject: "During the debate, ...", "On Monday, ..."
_FRAME_OPENERS = frozenset(
    {"on", "at", "during", "for", "with", "as", "although", "though", "because", "if", "despite"}
)
# prepositions that put an actor in a place: "an official in Srinagar"
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})
_PLACE_KINDS = frozenset({ActorKind.LOCATION, ActorKind.COUNTRY})
# relative pronouns whose clause may end in an object right before a reporting verb
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# verbs whose object may be a clause, so that the actor after them is its subject
_CLAUSE_TAKING = frozenset({"showed", "shows", "show", "included", "includes", "found", "finds", "meant", "means"})
# words that show "that" opens no relative clause when they follow it ("said that the")
_NOT_VERBS = frozenset(
    {"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "in", "on", "even", "also",
     "still", "now", "often", "only", "never", "already", "just", "then", "once", "many", "some", "most", "all"}
)
# words after which a reporting verb in an apposition reports nothing: "who declared", "a think tank"
_NO_SPEECH_BEFORE = frozenset({"who", "which", "that", "a", "an", "the"})
# prepositions before a relative pronoun: "the lawsuit in which Democrats argued"
_RELATIVE_PREPOSITIONS = frozenset({"in", "of", "under", "during", "by", "at", "on", "with", "for", "from", "after"})


class SubjectReader(StatementPart):
    """The speakers of one article's reporting verbs that stand before them."""

    def __init__(self, reading: StatementReading) -> None:
        super().__init__(reading)
        self.nouns = NounSpeakerReader(reading)

    def subject(self, tokens: list[Token], c: int, noun_subject: bool = True) -> str | None:
        """The actor named just before the verb at ``c`` (past adverbs and auxiliaries).

        Without ``noun_subject``, a plain noun phrase there ("the poll") is no speaker.
        """
        k = c - 1
        skipped = 0
        while k >= 0 and skipped < 6:
            tok = tokens[k]
            hit = self.ending_at(tok.end)
            if hit is not None and self.quote_at(tok.start) is None:
                j = k
                while j >= 0 and tokens[j].start > hit[0]:
                    j -= 1
                if self.kinds[hit[1]].kind in _PLACE_KINDS:
                    j = self._first_of_places(tokens, j)  # "firms in Kenya and Uganda warned"
                if j >= 2 and tokens[j - 1].text in ("of", "in", "at") and self.kinds[hit[1]].kind in _PLACE_KINDS:
                    # "Bernie Sanders of Vermont said", "the U.S. Embassy in Bishkek urged": the
                    # place says where the speaker is (after "of", only a person's)
                    h = before_parenthesis(tokens, j - 2)  # "the KRG (...) in Erbil said"
                    holder = self.ending_at(tokens[h].end) if h >= 0 else None
                    if holder is not None and (
                        self.kinds[holder[1]].kind is ActorKind.PERSON
                        or (tokens[j - 1].text != "of" and self.kinds[holder[1]].kind not in _PLACE_KINDS)
                    ):
                        return holder[1]
                r = j - 2 if j >= 2 and tokens[j - 1].text.lower() == "the" else j - 1
                if (
                    r >= 0
                    and tokens[r].text.lower() in RELATIVES
                    and not (r >= 1 and tokens[r - 1].text.lower() in _RELATIVE_PREPOSITIONS)
                ):
                    return None  # "which the regime views as": the object is elsewhere
                inside = self._relative_object(tokens, j)
                if inside is not None:
                    # "Residents who fled Mosul said": Mosul is the relative clause's object;
                    # the residents speak, or no one named does
                    antecedent = self.ending_at(tokens[inside - 1].end) if inside >= 1 else None
                    if antecedent is None or self.kinds[antecedent[1]].kind in _PLACE_KINDS:
                        return None  # "people in Philadelphia who planned to": not the place
                    return antecedent[1]
                t = j - 1
                while t > 0 and self.is_title(tokens[t].text):
                    t -= 1
                if t >= 1 and tokens[t].text.lower() in SPEAKER_PREPOSITIONS and skipped == 0:
                    qualified = self.nouns.qualified_subject(tokens, k)
                    if qualified is not None:
                        return qualified  # "advisers to Mr. Obama say": the advisers speak
                return hit[1]
            w = tok.text.lower()
            if w in self.skip or (w.endswith("ly") and len(w) > 4) or self.reading.doc_time_covers(tok):
                k -= 1
                skipped += 1
                continue
            if w in ("in", "on", "at", "since") and k + 1 < c and self.reading.doc_time_covers(tokens[k + 1]):
                k -= 1  # "who in 2010 said"
                skipped += 1
                continue
            if w == ")":  # "Jason Chaffetz (R-Utah) said"
                j = k - 1
                while j > 0 and j > k - 10 and tokens[j].text != "(":
                    j -= 1
                if tokens[j].text == "(":
                    k = j - 1
                    skipped += 1
                    continue
                return None
            if w == ",":  # an apposition or a relative clause: "Smith, a spokesman, said"
                return self._before_apposition(tokens, k)
            if w in ("and", "but"):
                coordinated = self.reading.coordinated
                return coordinated if coordinated is not None else self._sentence_subject(tokens, k)
            if w == "who" and k >= 2 and tokens[k - 1].text == ",":  # "Trump, who says ..."
                hit = self.ending_at(tokens[k - 2].end)
                if hit is None:  # "Trump, the nominee, who says ...": the head before the apposition
                    return self._before_apposition(tokens, k - 1)
                return hit[1]
            if w == "whom" and k >= 3 and tokens[k - 1].text == "of":  # "voters, many of whom say"
                comma = k - 2 if tokens[k - 2].text == "," else k - 3
                hit = self.ending_at(tokens[comma - 1].end) if comma >= 1 and tokens[comma].text == "," else None
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.PERSON, ActorKind.GROUP):
                    return hit[1]
                return None
            if w == "which" and k >= 2 and tokens[k - 1].text == ",":  # "the Commission, which said"
                hit = self.ending_at(tokens[k - 2].end)
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
                    return hit[1]
                return None
            if w == "who" and k >= 1:  # "voters who said ...", "an architect who said ..."
                hit = self.ending_at(tokens[k - 1].end)
                if hit is not None:  # "who" is said of people, not of places or bodies
                    kind = self.kinds[hit[1]].kind
                    return hit[1] if kind in (ActorKind.PERSON, ActorKind.GROUP) else None
                return self.nouns.relative_head(tokens, k - 1)
            who = next((j for j in range(k - 1, max(k - 9, -1), -1) if tokens[j].text == "who"), None)
            if who is not None and who > 0 and who >= k - 5 and self.anonymity(tokens, who + 1):
                k = who - 1  # "An official who asked not to be named said"
                skipped += 1
                continue
            if who is not None and who > 0 and all(t.text not in (",", ";") for t in tokens[who:k]):
                hit = self.ending_at(tokens[who - 1].end)  # "two diplomats who attended the session said"
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.PERSON, ActorKind.GROUP):
                    return hit[1]
            if not noun_subject:
                return None
            found = self.nouns.noun_subject(tokens, k, c)
            return found if found is not None else self.nouns.qualified_subject(tokens, k)
        return None

    def _first_of_places(self, tokens: list[Token], j: int) -> int:
        """The first token of a list of places that ends with the place starting at token
        ``j``: "Kenya and Uganda", "Atlanta, London and Melbourne"."""
        while j >= 2 and tokens[j - 1].text in ("and", ","):
            before = self.ending_at(tokens[j - 2].end)
            if before is None or self.kinds[before[1]].kind not in _PLACE_KINDS:
                break
            k = j - 2
            while k > 0 and tokens[k].start > before[0]:
                k -= 1
            j = k
        return j

    def _relative_object(self, tokens: list[Token], j: int) -> int | None:
        """The index of the relative pronoun whose clause holds the mention starting at
        token ``j`` as its object: "who fled Mosul", "which governs Gaza", "that seized
        Kidal" (one to three lower-case words between, the first no determiner; after
        "that", a past form, since "that" also opens a clause: "a signal that even
        Sanders understands")."""
        for x in range(j - 2, max(j - 5, -1), -1):
            pronoun = tokens[x].text.lower()
            if pronoun in _RELATIVE_PRONOUNS:
                between = [t.text for t in tokens[x + 1 : j]]
                verb = between[0]
                if (
                    not all(w.isalpha() and w.islower() for w in between)
                    or verb in _NOT_VERBS
                    or verb.endswith("ly")  # "which even critics say", "who reportedly"
                    or verb in self.cues  # "who said they preferred": a clause, its subject
                    or verb in _CLAUSE_TAKING  # "emails that showed senior members sought"
                ):
                    return None
                if pronoun == "that" and not (verb.endswith("ed") or verb in verb_past_forms()):
                    return None  # "a signal that even Sanders understands": "that" opens a clause
                return x
            if not (tokens[x].text.isalpha() and tokens[x].text.islower()):
                return None
        return None

    def _before_apposition(self, tokens: list[Token], comma: int) -> str | None:
        # the actor right after the comma is an apposition's head; the one before the
        # previous comma is the subject
        k = comma - 1
        limit = max(0, comma - 40)
        best: str | None = None
        direct = self.ending_at(tokens[comma - 1].end) if comma > 0 else None
        opening = next((j for j in range(comma - 1, max(comma - 12, -1), -1) if tokens[j].text == ","), None)
        if opening is not None and (
            tokens[opening + 1].text.lower() in _ASIDE_OPENERS
            or (tokens[opening + 1].text.endswith("ed") and tokens[opening + 2].text == "by")
        ):
            # "Hillary Clinton, like Obama, has said", "Jackson, joined by Kagan, accused":
            # the aside is no apposition
            direct = None
        if direct is not None and self._named_person(direct[1]):
            if opening is not None and opening >= 1 and tokens[opening + 1].text.islower():
                head = self.ending_at(tokens[opening - 1].end)
                if head is not None and head[1] != direct[1] and self._named_person(head[1]):
                    return head[1]  # "Kim Yo Jong, the powerful sister of leader Kim Jong Un, said"
            return direct[1]  # "The director of X, Maria Costa, defended"
        while k > limit:
            if tokens[k].text == "," and k > 0:
                # "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..."
                before = before_parenthesis(tokens, k - 1, reach=9)
                hit = self.ending_at(tokens[before].end)
                if hit is None and before > 0 and tokens[before].text in POST_NOMINALS:
                    hit = self.ending_at(tokens[before - 1].end)  # "Robert Carrow KC, for the ..."
                if hit is not None and self.kinds[hit[1]].kind is ActorKind.LOCATION:
                    hit = self._placed_actor(tokens, before, hit[0])  # "An official in Srinagar, who ..."
                elif hit is not None and self.kinds[hit[1]].kind is ActorKind.COUNTRY:
                    place = self._token_at(tokens, before, hit[0])
                    if place >= 1 and tokens[place - 1].text in _PLACE_PREPOSITIONS:
                        # "The families of two Americans detained in Iran, who ...": a country
                        # after "in" is no head of the phrase
                        hit = self._placed_actor(tokens, before, hit[0]) or self._head_before_place(tokens, place)
                if hit is not None and self.kinds[hit[1]].kind is not ActorKind.LOCATION:
                    best = hit[1]
            elif (
                ((tokens[k].text in OPEN or tokens[k].text in CLOSE) and self.quote_at(tokens[k].start) is not None)
                or (
                    tokens[k].text in self.cues
                    and self.cues[tokens[k].text] not in self.cue_nouns
                    and not self.anonymity(tokens, k)  # "An official, who asked not to be named, said"
                    # "Noboa, who declared a state of emergency on Sunday, has said": the
                    # relative clause's verb reports nothing of the speaker's here; after an
                    # article the word is a noun ("a think tank")
                    and not (k >= 1 and tokens[k - 1].text.lower() in _NO_SPEECH_BEFORE)
                )
            ):
                break
            k -= 1
        # "Inter-Services Public Relations (ISPR), said": the name before its acronym
        direct = self.ending_at(tokens[before_parenthesis(tokens, comma - 1)].end) if comma > 0 else None
        if (
            best is None
            and direct is not None
            and opening is not None
            and opening >= 1
            and self.kinds[direct[1]].kind is ActorKind.ORGANIZATION
            and direct[0] == tokens[opening + 1].start
            and tokens[opening - 1].text.isalpha()
            and tokens[opening - 1].text.islower()
        ):
            # "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said":
            # a description before the apposition names no actor; the body named in it speaks
            return direct[1]
        if (
            best is None
            and opening is not None
            and opening >= 1
            and tokens[opening + 1].text in ("which", "who")
            and tokens[opening - 1].text.islower()
            and comma + 1 < len(tokens)
        ):
            # "The Tarija prosecutor's office, which is handling the case, said": a noun
            # phrase no actor names, before a relative clause, speaks
            return self.nouns.noun_subject(tokens, opening - 1, comma + 1)
        return best

    @staticmethod
    def _token_at(tokens: list[Token], last: int, start: int) -> int:
        """The index of the token starting at offset ``start``, found by walking back from
        token ``last`` (the mention's last token); -1 when no token starts there."""
        k = last
        while k > 0 and tokens[k].start > start:
            k -= 1
        return k if tokens[k].start == start else -1

    def _placed_actor(self, tokens: list[Token], last: int, place_start: int) -> tuple[int, str] | None:
        """The actor right before "in"/"at"/"near" and a place, whose mention starts at
        ``place_start`` and ends with token ``last``."""
        k = self._token_at(tokens, last, place_start)
        if k < 2 or tokens[k - 1].text not in _PLACE_PREPOSITIONS:
            return None
        return self.ending_at(tokens[k - 2].end)

    def _head_before_place(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The first actor of the phrase that ends in a place whose mention starts at token
        ``k``: "The families of two Americans detained in Iran" -> the families. The phrase
        runs back to the sentence's start or a comma, at most fifteen words."""
        place_start = tokens[k].start
        first = k - 1
        while first > 0 and k - first < 15 and tokens[first - 1].text not in (",", ";", ":"):
            first -= 1
        for tok in tokens[first : k - 1]:
            hit = self.starting_at(tok.start)
            if hit is not None and hit[0] < place_start and self.kinds[hit[1]].kind is not ActorKind.LOCATION:
                return hit
        return None

    def _named_person(self, actor_id: str) -> bool:
        actor = self.kinds[actor_id]
        return actor.kind is ActorKind.PERSON and actor.name[:1].isupper()

    def _sentence_subject(self, tokens: list[Token], before: int) -> str | None:
        """The actor opening the sentence, as the subject of a later "and said".

        "Obama met survivors on Thursday and said ...": an actor among the first three
        tokens, followed by a word in lower case (a verb or an adverb), not by a comma.
        """
        # "Agriculture Minister Siobhan Keane met ...": capitalised words before a title word
        portfolio = unfinished = False
        for i in range(min(6, before)):
            tok = tokens[i]
            hit = self.starting_at(tok.start)
            if hit is None:
                if self.is_title(tok.text):
                    unfinished = False
                    continue
                if not unfinished and (tok.text in ("But", "And", "Then", "The") or tok.text in OPEN):
                    continue
                if tok.text[:1].isupper() and tok.text.isalpha() and tok.text.lower() not in CLAUSE_OPENERS:
                    portfolio = unfinished = True
                    continue
                if tok.text == "," and i > 0 and not unfinished:
                    return self._apposed_person(tokens, i, before)  # "The mayor, Gilberto Quispe, ..."
                return None
            if self.quote_at(tok.start) is not None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
                return None
            if unfinished or ((portfolio or i >= 4) and self.kinds[hit[1]].kind is not ActorKind.PERSON):
                return None
            j = i
            while j < before and tokens[j].start < hit[0]:
                j += 1
            if j < before and tokens[j].text in (",", "of") and self.kinds[hit[1]].kind is ActorKind.PERSON:
                named = self._apposed_person(tokens, j, before)  # "The Catholic bishop of Abancay, Gilberto Quispe,"
                if named is not None:
                    return named
            if j >= before or not tokens[j].text[:1].islower() or tokens[j].text in POSSESSIVES:
                return None
            if any(
                t.text in (";", ":") or (t.text in OPEN and self._open_across(t, tokens[before]))
                for t in tokens[j:before]
            ):
                return None  # a quotation closed before "and" may stand between: 'urged them to "vote" and said'
            return hit[1]
        return None

    def _apposed_person(self, tokens: list[Token], j: int, before: int) -> str | None:
        """The person named in apposition after a description ending at ``j``: ", Gilberto
        Quispe," after "The mayor" or "The Catholic bishop of Abancay" (at most five words of
        "of ..." first), when a verb in lower case follows the closing comma."""
        if tokens[j].text == "of":
            j = next((m for m in range(j + 1, min(j + 6, before)) if tokens[m].text == ","), before)
        if j + 1 >= before or tokens[j].text != ",":
            return None
        hit = self.starting_at(tokens[j + 1].start)
        if hit is None or self.kinds[hit[1]].kind is not ActorKind.PERSON:
            return None
        m = j + 1
        while m < before and tokens[m].start < hit[0]:
            m += 1
        if m + 1 < before and tokens[m].text == "," and tokens[m + 1].text[:1].islower():
            return hit[1]
        return None

    def _open_across(self, opening: Token, boundary: Token) -> bool:
        """Whether the quotation opened at ``opening`` runs on to ``boundary`` or is none."""
        quote = self.quote_at(opening.start)
        return quote is None or quote[1] > boundary.start

    def noun_after_name(self, tokens: list[Token], c: int, base: str, speaker: str, nounish: bool) -> bool:
        """Whether the cue at ``c`` is a noun after a name: "Sanders call", "Oklahoma state".

        A base form cannot follow one named person ("Jane Doe say") or, for a verb that
        is also a noun, one organisation or country ("the union support for"), unless a
        coordinated name makes the subject plural; such a word never makes a place its
        speaker.
        """
        kind = self.kinds[speaker].kind
        if nounish and kind is ActorKind.LOCATION:
            return True
        if kind is ActorKind.PERSON:
            bare = tokens[c].text.lower() == base
        elif kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
            # a bare form needs a plural subject: "the union support for" is a noun
            bare = nounish and tokens[c].text == base and not tokens[c - 1].text.endswith("s")
        else:
            return False
        hit = self.ending_at(tokens[c - 1].end) if bare else None
        if hit is None or hit[1] != speaker:
            return False
        if kind is ActorKind.PERSON and not self.text[hit[0]].isupper():
            return False
        return not self._coordinated_subject(tokens, hit[0])

    def _coordinated_subject(self, tokens: list[Token], start: int) -> bool:
        """Whether the mention starting at ``start`` ends "X and Y": "Grassley and Leahy say"."""
        i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        while i > 0 and self.is_title(tokens[i - 1].text):
            i -= 1
        if i < 2 or tokens[i - 1].text != "and":
            return False
        k = i - 2
        while k > 0 and self.ending_at(tokens[k].end) is None and self.is_title(tokens[k].text):
            k -= 1  # a name may be a title word too: "Mr. King and Mr. Schultz say"
        return self.ending_at(tokens[k].end) is not None

    def clause_subject(self, tokens: list[Token], c: int) -> str | None:
        """The subject of the sentence's main clause, for a participle at ``c`` after it.

        "In August, several environmental groups granted Mr. Clarke an extension, saying
        ...": a fronted phrase up to its comma is skipped, and a noun phrase of at most
        five words before a verb in the past tense or an auxiliary is the subject, even
        when it is no actor yet.
        """
        p = 0
        first = tokens[0].text.lower() if tokens else ""
        if first in FRONT_PREPOSITIONS or first in _FRAME_OPENERS or first.endswith("ly"):
            p = next((j + 1 for j in range(min(c, 15)) if tokens[j].text == ","), 0)
            if p == 0:
                return None
        for h in range(p, min(p + 5, c - 1)):
            word = tokens[h].text
            if not word.isalpha():
                return None
            nxt = tokens[h + 1].text
            irregular = nxt in verb_past_forms()  # "John Smith sent a letter, urging ...": named subjects only
            if nxt.islower() and (nxt.endswith("ed") or nxt in CLAUSE_AUXILIARIES or irregular):
                hit = self.ending_at(tokens[h].end)
                if hit is None and irregular and not nxt.endswith("ed"):
                    return None
                if hit is not None:
                    kind = self.kinds[hit[1]].kind
                    return hit[1] if kind is not ActorKind.LOCATION else None
                return self.nouns.noun_subject(tokens, h, c) if word.islower() and word.endswith("s") else None
        return None

    def opening_actor(self, tokens: list[Token], c: int) -> str | None:
        """The actor opening the sentence's main clause, if one does, before token ``c``.

        The clause opens the sentence, or follows the comma after a fronted phrase ("On
        Monday, ...", "Later, ...").
        """
        p = 0
        first = tokens[0].text.lower()
        if first in FRONT_PREPOSITIONS or first in _FRAME_OPENERS or first.endswith("ly") or first in self.skip:
            p = next((j + 1 for j in range(min(c, 15)) if tokens[j].text == ","), 0)
        if p >= c:
            return None
        hit = self.actor_at(tokens, p)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION or self.quote_at(tokens[p].start):
            return None
        after = p
        while after < c and tokens[after].start < hit[0]:
            after += 1  # the token after the mention
        verb = tokens[after].text if after < c else ""
        if not (verb.isalpha() and verb.islower()) or verb in ("who", "which", "that"):
            return None  # "The party's nominee, Trump", "the candidate who": not the clause's subject
        if any(t.text in (",", ";", ":") for t in tokens[after:c]):
            return None
        for w in range(c - 1, after, -1):
            if tokens[w].text == "who":  # "met the candidate who launched his campaign by declaring"
                head = w - 2 if tokens[w - 1].text == "," else w - 1
                who = self.ending_at(tokens[head].end)
                if who is None or self.kinds[who[1]].kind not in (ActorKind.PERSON, ActorKind.GROUP):
                    return None
                return who[1]
        return hit[1]

    def first_actor(self, tokens: list[Token], c: int) -> str | None:
        """The first actor named in the sentence before token ``c`` (outside quotations)."""
        for tok in tokens[:c]:
            hit = self.starting_at(tok.start)
            if (
                hit is not None
                and self.quote_at(tok.start) is None
                and self.kinds[hit[1]].kind is not ActorKind.LOCATION
            ):
                return hit[1]
        return None
