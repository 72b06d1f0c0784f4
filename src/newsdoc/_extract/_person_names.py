"""A person's name and the titles around it: "Deputy Commissioner Jane Doe", "Ukrainian
President Volodymyr Zelensky".

The last reading of a name in :mod:`._name_kinds`: a name is a person's when a given
name, a title, a reporting verb or an apposition with a title says so ("Smith, a former
senator,"), unless where it stands makes it a body or a place ("the Bloc Québécois
said", "near Corinth, a police spokesman said"). The title before the name gives the
person's title and country, and a body before the title their affiliation ("Iran's
foreign ministry spokesman Nasser Kanani").
"""

from __future__ import annotations

from newsdoc._extract._actor_words import (
    AFTER_HEAD,
    LOCATION_PREPS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PUNCT_STOP,
    is_cap,
    modifier_words,
    non_actor_heads,
    word_names,
)
from newsdoc._extract._coref import Entity
from newsdoc._extract._reading import ReadingPart
from newsdoc._extract._words import DOCUMENT_NOUNS, NUMBER_WORDS, POSSESSIVES, Token
from newsdoc._models import ActorKind

__all__ = ["PersonReader", "title_start_index"]

# generational suffixes closing a name: "Vann R. Newkirk II"
_SUFFIXES = frozenset({"II", "III", "IV"})
# people named by where they live: "residents of Khoznavar" (the place after "of")
_RESIDENTS = frozenset({"residents", "people", "citizens", "inhabitants", "villagers", "natives"})


class PersonReader(ReadingPart):
    """The people named in one article, with their titles."""

    def person(self, tokens: list[Token], i: int, j: int) -> Entity | None:
        """A person's name, maybe after a title: "Deputy Commissioner Jane Doe"."""
        lex = self.lex
        reg = self.registry
        k = i
        while k < j - 1 and (
            self._title_token(tokens[k].text)
            or tokens[k].text in ("of", "for")
            or (
                k == i
                and tokens[k].text.endswith("s")
                and self._title_token(tokens[k].text[:-1])
                and tokens[k + 1].text in self.first_names
            )
        ):
            k += 1  # "Justices Sonia Sotomayor and Elena Kagan": a plural title opens the first name
        if (
            k == i
            and j - k > 2
            and tokens[k].text.lower() in lex.person_nouns
            and tokens[k].text not in self.first_names
            and tokens[k + 1].text in self.first_names
        ):
            k += 1  # "Rival Hillary Clinton", "Activist Jane Doe": a role noun opening the sentence
        if any(tokens[x].text in ("of", "for") for x in range(i, k)):
            if self._title_alone(tokens, k, j):
                return None
            if j - k > 2:
                k = self._name_after_portfolio(tokens, k, j)  # "Minister for Foreign Affairs Penny Wong"
        if j - k > 3:  # "Homeland Security Secretary Jeh Johnson": the name follows the last title
            for m in range(j - 2, k - 1, -1):
                if self._title_token(tokens[m].text):  # "UN Secretary-General Antonio Guterres"
                    k = m + 1
                    break
            if tokens[k].text in ("of", "for"):  # "EU Commissioner for Trade Lucia Ferrante"
                if j - k <= 3 and not any(t.text in self.first_names for t in tokens[k + 1 : j]):
                    return None  # "Kuwaiti Assistant Foreign Minister for Consular Affairs"
                k = self._name_after_portfolio(tokens, k + 1, j)
        portfolio = k == i and self._after_portfolio_title(tokens, i, j)
        if portfolio:  # "Secretary of the Treasury Janet Yellen": the chunk opens after "the"
            k = self._name_after_portfolio(tokens, i + 1, j)
        words = [t.text for t in tokens[k:j]]
        start, end = tokens[k].start, tokens[j - 1].end
        surface = self.text[start:end]
        nxt = tokens[j].text if j < len(tokens) else ""
        prev = tokens[i - 1].text if i > 0 else ""
        known = reg.lookup(surface)
        if known is not None:
            reg.mention(known, start, end, self.text)
            return known
        if len(words) == 1 and (
            words[0].lower() in modifier_words()
            or (  # "a senior Arab diplomat", "a Kurdish official": no name stands there
                k == i
                and nxt.lower() in lex.person_nouns
                and prev.islower()
                and words[0] not in self.first_names
            )
        ):
            return None  # "Republican support", "a former Democratic aide": an adjective
        if len(words) > 1 and words[-1].lower() in non_actor_heads():
            return None  # "the 2015 Paris Agreement": an accord, not a person
        if len(words) == 1 and k == i and words[0].lower() in DOCUMENT_NOUNS:
            return None  # "Polls show": a capitalised noun opening the sentence
        if words[0].lower().split("-")[0] in NUMBER_WORDS:
            return None  # "Two-thirds support": a number opening the sentence
        titled = k > i or self.title_before(tokens, i) is not None
        after_cue = (
            prev in lex.cue_forms and i > 1 and tokens[i - 2].text in (",", '"', "\u201d", "'", "\u2019")
        )
        if not (
            after_cue
            or (words[0] in self.first_names and (len(words) > 1 or words[0] not in word_names()))
            or titled
            or nxt in lex.cue_forms
            or (
                len(words) > 1
                and nxt == ","
                and all(w.isalpha() for w in words)
                and prev.lower() not in LOCATION_PREPS  # "In West Miami, ...": a place
            )
            or (nxt == "," and not words[-1].endswith("ly") and self._title_after(tokens, j + 1))
            or (  # "Karimi's brother, Arash, said": a name in apposition to a role noun
                prev == "," and nxt == "," and i >= 2 and tokens[i - 2].text.lower() in lex.person_nouns
            )
        ):
            return None
        if len(words) > 4 or any(
            not w[0].isalpha() or (w.isupper() and len(w) > 1 and not _is_initial(w) and w not in _SUFFIXES)
            for w in words
        ):
            return None
        if not titled and words[0] not in self.first_names:
            kind = self._kind_by_context(tokens, i, j)
            if kind is not None:  # "the Bloc Québécois said", "near Corinth, a police spokesman said"
                entity = (
                    reg.location(surface, None)
                    if kind is ActorKind.LOCATION
                    else reg.organization(surface, self.reading.country_before(tokens, i), (), surface)
                )
                reg.mention(entity, start, end, self.text)
                return entity
        title_start = self.title_before(tokens, i - 2 if portfolio else i)
        title = None
        if k > i:
            title = self.text[
                (title_start if title_start is not None else tokens[i].start) : tokens[k - 1].end
            ]
        elif title_start is not None:
            title = self.text[title_start : tokens[i - 1].end]
        country = reg.demonym_country(title_start) if title_start is not None else None
        if country is None and k > i:  # "Ukrainian President Volodymyr Zelensky"
            country = self.reading.country_in([t.text for t in tokens[i : k + 1]])
        first = title_start_index(tokens, title_start, i)
        owner = reg.entity_ending_at(tokens[first - 1].end) if first > 0 else None
        affiliation = owner if owner is not None and owner.kind is ActorKind.ORGANIZATION else None
        if affiliation is not None:  # "Iran's foreign ministry spokesman Nasser Kanani"
            country = country or affiliation.country
        entity = reg.person(surface, words, title, country or self.reading.country_before(tokens, first))
        if affiliation is not None and entity.affiliation is None:
            entity.affiliation = affiliation
        reg.mention(entity, start, end, self.text)
        return entity

    def _name_after_portfolio(self, tokens: list[Token], k: int, j: int) -> int:
        """Where a name starts after a portfolio that starts at ``k``: at its given name,
        or else two words before the end ("Minister for Foreign Affairs Penny Wong")."""
        while k < j - 2 and tokens[k].text not in self.first_names:
            k += 1
        return k

    def _title_alone(self, tokens: list[Token], k: int, j: int) -> bool:
        """Whether the portfolio ``tokens[k:j]`` ends a title with no name, the name standing
        in apposition after it ("Minister for Consular Affairs, Sami al-Hamad"): no given
        name in it, and a comma and a capitalised word after it."""
        return (
            j - k <= 2
            and j + 1 < len(tokens)
            and tokens[j].text == ","
            and is_cap(tokens[j + 1].text)
            and not any(t.text in self.first_names for t in tokens[k:j])
        )

    def _after_portfolio_title(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the chunk ``tokens[i:j]`` opens with the portfolio of a title before
        "of the" or "for the" ("Secretary of the Treasury Janet Yellen", "Commissioner for
        the Mediterranean Lucia Ferrante"), with room for a name of two words after it."""
        return (
            i >= 3
            and j - i > 2
            and tokens[i - 1].text == "the"
            and tokens[i - 2].text in ("of", "for")
            and self._title_token(tokens[i - 3].text)
            and any(t.text in self.first_names for t in tokens[i + 1 : j - 1])
        )

    def _kind_by_context(self, tokens: list[Token], i: int, j: int) -> ActorKind | None:
        """The kind an unknown name ``tokens[i:j]`` takes from where it stands, when neither a
        given name nor a title makes it a person's.

        A person's name takes no article ("the Bloc Québécois said", "outside the Royal Courts
        of Justice"), stands after no place preposition ("near Corinth", "in Plzeň") and no
        "X-based" ("Khartoum-based Jebel Amer Trading"), is no country's possession when it
        has several words ("Japan's Kotobuki Metals"), and is followed by "who", not "which"
        ("WuXi Vaccines, which"), or by an apposition headed by a person noun, not by a body
        or place noun ("Civic Pulse, a Mexico City-based research group").
        """
        n = len(tokens)
        prev = tokens[i - 1].text if i > 0 else ""
        before = tokens[i - 2].text.lower() if i > 1 else ""
        nxt = tokens[j].text if j < n else ""
        last = tokens[j - 1].text
        if (
            nxt in POSSESSIVES
            or any(t.text in self.first_names for t in tokens[i + 1 : j])  # "Democrat Hillary Clinton"
            or tokens[i].text.endswith(".")  # "the U.S. Chris Christie": an abbreviation first
            or (  # "the Turkish President", "the Mayor"; not "the Royal Courts of Justice"
                (self._title_token(last) or last.lower() in self.lex.person_nouns)
                and not any(t.text in ("of", "for") for t in tokens[i:j])
            )
            or last.lower() in modifier_words()  # "the Wisconsin Republican"
            or last.lower() + "s" in self.lex.group_nouns  # "the Democrat": one of a group
            or self.registry.demonym_country(tokens[j - 1].start) is not None  # "the Texan"
        ):
            return None
        if prev.lower() == "the":
            if j - i == 1 and last.endswith("s") and self.registry.person_named(last[:-1]):
                return ActorKind.GROUP  # "the Clintons": a family
            return ActorKind.LOCATION if before in LOCATION_PREPS else ActorKind.ORGANIZATION
        if prev in LOCATION_PREPS:
            return ActorKind.ORGANIZATION if prev == "at" and j - i > 1 else ActorKind.LOCATION
        if prev.endswith("-based"):
            return ActorKind.ORGANIZATION
        if prev == "of" and i > 1 and tokens[i - 2].text.lower() in _RESIDENTS:
            return ActorKind.LOCATION  # "Residents of Khoznavar", "the people of Kamsar"
        if prev in POSSESSIVES and j - i > 1 and i > 1:
            owner = self.registry.entity_ending_at(tokens[i - 2].end)
            if owner is not None and owner.kind is ActorKind.COUNTRY:
                return ActorKind.ORGANIZATION
        if nxt == "," and j + 1 < n:
            return self.apposition_kind(tokens, j + 1)
        return None

    def apposition_kind(self, tokens: list[Token], k: int) -> ActorKind | None:
        """The kind an apposition starting at ``k`` gives the name before it: "which" or a
        body's noun make it an organisation, a place noun a place ("a town in")."""
        first = tokens[k].text.lower()
        if first == "which":
            return ActorKind.ORGANIZATION
        if first not in ("a", "an", "the") and first not in NUMBER_WORDS and not self._owner_opens(tokens, k):
            return None  # "a town in", "two besieged cities", "New Zealand's largest exporter"
        head = ""
        for m in range(k + 1, min(k + 8, len(tokens))):
            w = tokens[m].text
            low = w.lower()
            if w in POSSESSIVES:
                head = ""  # "the club's entertainment manager": the owner is not the head
                continue
            if w in PUNCT_STOP or w == "." or low in AFTER_HEAD or low in self.lex.cue_forms:
                break
            head = low
        if head in self.titles or head in self.lex.person_nouns:
            return None  # "Indra Nooyi, the chief executive of PepsiCo": a role
        if head in self.lex.org_nouns or head in self.lex.org_words:
            return ActorKind.ORGANIZATION
        if head in PLACE_NOUNS or head in PLACE_HEADS:
            return ActorKind.LOCATION
        return None

    @staticmethod
    def _owner_opens(tokens: list[Token], k: int) -> bool:
        """Whether a capitalised name and its possessive open the phrase at ``k``: "New
        Zealand's largest dairy exporter"."""
        for m in range(k, min(k + 4, len(tokens))):
            if tokens[m].text in POSSESSIVES:
                return m > k
            if not is_cap(tokens[m].text):
                return False
        return False

    def _title_after(self, tokens: list[Token], k: int) -> bool:
        """Whether an apposition with a title starts at ``k``: "McConnell, now the Senate
        majority leader,", "Smith, a former senator,"."""
        n = len(tokens)
        while k < n and tokens[k].text.lower() in ("now", "then", "the", "a", "an", "its", "his", "her", "former"):
            k += 1
        for m in range(k, min(k + 4, n)):
            w = tokens[m].text
            if w in (",", ".", ";", "(", ")"):
                return False
            low = w.lower().rstrip(".")
            if low in self.titles or low in self.lex.person_nouns:
                return w.islower() or m + 1 >= n or not tokens[m + 1].text[:1].isupper()
        return False

    def title_before(self, tokens: list[Token], i: int) -> int | None:
        """The offset where a title before token ``i`` starts ("North Korean leader")."""
        k = i - 1
        start = None
        while k >= 0:
            w = tokens[k].text
            if w.lower().rstrip(".") in self.titles or w.lower() in self.lex.person_nouns:
                start = tokens[k].start
                k -= 1
                continue
            if (
                start is not None
                and is_cap(w)
                and self.registry.demonym_country(tokens[k].start) is not None
            ):
                start = tokens[k].start
                k -= 1
                continue
            if (
                start is not None
                and is_cap(w)
                and k > 0
                and self.registry.demonym_country(tokens[k - 1].start) is not None
            ):
                k -= 1
                continue
            break
        return start

    def _title_token(self, word: str) -> bool:
        """Whether a word is a title, hyphenated ones included ("Vice-President")."""
        low = word.lower().rstrip(".")
        return low in self.titles or ("-" in low and all(part in self.titles for part in low.split("-")))


def _is_initial(word: str) -> bool:
    """An initial or initials: "F." in "John F. Kerry", "G.K." in "G.K. Butterfield"."""
    return word.endswith(".") and all(len(p) == 1 and p.isupper() for p in word[:-1].split("."))


def title_start_index(tokens: list[Token], offset: int | None, default: int) -> int:
    """The index of the token starting at ``offset`` (``default`` when none)."""
    if offset is None:
        return default
    for k, t in enumerate(tokens):
        if t.start == offset:
            return k
    return default
