"""Pass 1 over a sentence: where its names are, and where each ends.

A name starts at a capitalised word or an organisation noun and goes on through
capitalised words ("Korean Central News Agency"), connectors before a capital ("Bank of
Korea", "Workers' Party") and, in a body's name, the words that join its parts: "and"
between two halves ("Food and Drug Administration"), the commas of a remit list
("Ministry of Agriculture, Livestock and Fisheries"), "to", "on" or "against" after an
organisation word ("Committee to Protect Journalists"), "of the" ("Office of the Prime
Minister") and a possessive inside ("People's Liberation Army"). Each chunk goes to
:mod:`._chunks`, which reads what it names; a lower-case organisation noun ("the
regulator") goes to :mod:`._org_descriptions`. The pass gives token index -> actor, so
that pass 2 (:mod:`._descriptions`) reads no description inside a name.
"""

from __future__ import annotations

from newsdoc._extract._actor_words import NAME_START, NAME_WORD, REMIT_CONNECTORS, ROLES, is_cap
from newsdoc._extract._chunks import ChunkReader
from newsdoc._extract._coref import Entity, place_info
from newsdoc._extract._org_descriptions import OrgDescriptionReader
from newsdoc._extract._reading import Reading, ReadingPart
from newsdoc._extract._words import POSSESSIVES, Token

__all__ = ["NameReader"]

# words that join two capitalised words of one name: "Bank of Korea", "Procter & Gamble"
_CONNECTORS = frozenset(
    {"of", "for", "de", "du", "da", "del", "la", "le", "al", "bin", "von", "van", "der", "&"}
)


class NameReader(ReadingPart):
    """Pass 1: the names of each sentence of one article."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        self.bodies = OrgDescriptionReader(reading)
        self.chunks = ChunkReader(reading, self.bodies)
        self._remit_end = (0, -1, -1)  # the token list, name start and "and" of the last remit list

    def names(self, tokens: list[Token], candidates: list[int]) -> dict[int, Entity]:
        """Capitalised chunks and lower-case organisation descriptions; token index -> entity.

        ``candidates`` are the indexes of the tokens with a role: a chunk can start only
        at a name word or an organisation noun.
        """
        found: dict[int, Entity] = {}
        n = len(tokens)
        not_names = self.lex.not_names
        org_nouns = self.lex.org_nouns
        verbs = self.reading.verbs
        i = 0
        for c in candidates:
            word = tokens[c].text
            if c < i or not ROLES[word] & NAME_START:
                continue  # inside the chunk read last, or no start of one
            i = c
            if ROLES[word] & NAME_WORD and word not in verbs:
                j = i + 1
                in_body = False  # an "of the"/"for the" of a body's name was read
                while j < n:
                    w = tokens[j].text
                    if w in verbs:
                        break
                    if ROLES[w] & NAME_WORD or (
                        w in ("'", "\u2019")  # "Workers' Party"
                        and tokens[j - 1].text.endswith("s")
                        and tokens[j - 1].end == tokens[j].start
                        and j + 1 < n
                        and is_cap(tokens[j + 1].text)
                    ) or (
                        w in _CONNECTORS
                        and j + 1 < n
                        and is_cap(tokens[j + 1].text)
                        and (tokens[j + 1].text not in not_names)
                    ) or (w == "and" and self._joined_body(tokens, i, j)) or (
                        w == "," and self._remit_list(tokens, i, j)
                    ) or (
                        w in REMIT_CONNECTORS and self._remit_follows(tokens, j)
                    ):
                        j += 1
                    elif w in ("of", "for") and self._of_the_body(tokens, j, in_body):
                        # "Office of the U.S. Trade Representative", "Ministry of the Interior",
                        # "Office for the Coordination of Humanitarian Affairs", then "Federal
                        # Office for the Protection of the Constitution"
                        j += 2
                        in_body = True
                    else:
                        break
                j = self._possessive_name(tokens, i, j)
                if j < n and tokens[j].text == "$" and tokens[j].start == tokens[j - 1].end:
                    i = j + 1  # "US$100": a currency, not a country
                    continue
                i = self.chunks.chunk(tokens, i, j, found)
            elif word in org_nouns:
                self.bodies.org_description(tokens, i, found)
                i += 1
        return found

    def _joined_body(self, tokens: list[Token], i: int, a: int) -> bool:
        """Whether the "and" at ``a`` joins two halves of one body's name.

        "Food and Drug Administration", "Disaster Risk Reduction and Management
        Authority": the capitalised words after "and" end in an organisation word, and the
        words before it are no place, body or person of their own ("Kim and Moon Foundation"
        and "Russia and Ukraine Commission" stay apart).
        """
        n = len(tokens)
        k = a + 1
        while k < n and k - a <= 4 and is_cap(tokens[k].text):
            k += 1
        if k == a + 1:
            return False
        last = tokens[k - 1].text.lower().rstrip(".")
        if last not in self.lex.org_words or any(tokens[h].text == "," for h in range(i, a)):
            # a comma in the name so far lists a remit: "Society of Mining, Petroleum and Energy";
            # a plural body word ends one: "Federation of Red Cross and Red Crescent Societies"
            return k - a <= (4 if self._plural_org_word(last) else 3) and self._joined_remit(tokens, i, a, k)
        before = self.text[tokens[i].start : tokens[a - 1].end]
        if tokens[i].text in self.first_names or place_info.places(before) or place_info.organization(before):
            return False
        return not self.reading.org_word(tokens[a - 1].text)

    def _plural_org_word(self, low: str) -> bool:
        """Whether a lower-case word is the plural of an organisation word ("societies")."""
        org_words = self.lex.org_words
        return (low.endswith("ies") and low[:-3] + "y" in org_words) or (low.endswith("s") and low[:-1] in org_words)

    def _of_the_body(self, tokens: list[Token], j: int, in_body: bool = False) -> bool:
        """Whether "of the" or "for the" at ``j`` goes on with a body's name: after an
        organisation word, before a capitalised word that is no "The", month or weekday
        ("Office of the Prime Minister", "Council of the European Union", "Committee for
        the Protection of Journalists"); once one has been read (``in_body``), another may
        follow any capitalised word ("Federal Office for the Protection of the
        Constitution")."""
        return (
            j + 2 < len(tokens)
            and tokens[j + 1].text == "the"
            and (in_body or tokens[j - 1].text.lower() in self.lex.org_words)
            and is_cap(tokens[j - 1].text)
            and is_cap(tokens[j + 2].text)
            and tokens[j + 2].text not in self.lex.not_names
        )

    def _remit_follows(self, tokens: list[Token], j: int) -> bool:
        """Whether "to", "on" or "against" at ``j`` goes on with a body's name: "Committee to
        Protect Journalists", "Council on Foreign Relations", "Campaign Against Arms Trade".

        The word before is an organisation word, and a capitalised word after it names no
        place, body or time of its own ("the Council on Monday", "the Commission to Russia").
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j - 1].text.lower() not in self.lex.org_words:
            return False
        after = tokens[j + 1].text
        if not is_cap(after):
            return False
        k = j + 1
        while k < n and k <= j + 4 and is_cap(tokens[k].text):
            if tokens[k].text in self.lex.not_names or tokens[k].text.endswith(".") or tokens[k].text.isupper():
                return False  # "The", months, weekdays, "Nov.", "STS": "CBS News on Super Tuesday"
            k += 1
        return not (place_info.places(after) or place_info.organization(after) or self.registry.lookup(after))

    def _remit_list(self, tokens: list[Token], i: int, c: int) -> bool:
        """Whether the comma at ``c`` lists the fields of a body's remit: "Ministry of
        Agriculture, Livestock and Fisheries", "National Society of Mining, Petroleum and
        Energy".

        One or two capitalised words follow each comma, the list ends with "and" and one
        or two more (see :meth:`_joined_remit`), and no item names a place, a body, a
        person or a title of its own.
        """
        if self._remit_end[:2] == (id(tokens), i) and c < self._remit_end[2]:
            return True  # a later comma of the list read already
        if not self._remit_opened(tokens, i, c):
            return False  # no remit: a list of names, read once each
        n = len(tokens)
        k = c
        while k < n and tokens[k].text == ",":
            m = k + 1
            while m < n and m - k <= 2 and is_cap(tokens[m].text):
                m += 1
            if m == k + 1 or m >= n:
                return False
            item = self.text[tokens[k + 1].start : tokens[m - 1].end]
            if place_info.places(item) or place_info.organization(item) or tokens[k + 1].text in self.first_names:
                return False
            if any(tokens[h].text.lower() in self.titles for h in range(k + 1, m)):
                return False
            k = m
        if k >= n or tokens[k].text != "and":
            return False
        m = k + 1
        while m < n and m - k <= 2 and is_cap(tokens[m].text):
            m += 1
        if m > k + 1 and (m >= n or not is_cap(tokens[m].text)) and self._joined_remit(tokens, i, k, m):
            self._remit_end = (id(tokens), i, k)
            return True
        return False

    def _remit_opened(self, tokens: list[Token], i: int, a: int) -> bool:
        """Whether the name from ``i`` opens a remit before token ``a``: its first "of" or
        "for" follows an organisation word ("Ministry of", "Committee for")."""
        of = next((h for h in range(i + 1, a) if tokens[h].text in ("of", "for")), 0)
        return bool(of) and tokens[of - 1].text.lower() in self.lex.org_words

    def _joined_remit(self, tokens: list[Token], i: int, a: int, k: int) -> bool:
        """Whether "and" at ``a`` joins the two fields of a body's remit.

        "Department of Health and Human Services", "Ministry of Foreign Affairs and
        Trade", "General Committee for Prisons and Rehabilitation": an organisation word
        and "of" or "for" come before, and the one or two capitalised words after "and"
        name no place, body, person or title of their own ("the Ministry of Defence and
        Interior Minister ...", "the Ministry of Defence and Russia ..." stay apart).
        """
        if not self._remit_opened(tokens, i, a):
            return False
        if k < len(tokens) and tokens[k].text in POSSESSIVES:
            return False  # "... and Russia's foreign ministry"
        after = self.text[tokens[a + 1].start : tokens[k - 1].end]
        if place_info.places(after) or place_info.organization(after):
            return False
        return not any(
            tokens[h].text in self.first_names or tokens[h].text.lower() in self.titles for h in range(a + 1, k)
        )

    def _possessive_name(self, tokens: list[Token], i: int, j: int) -> int:
        """Where a name with a possessive inside ends: "National People's Power (NPP)".

        ``tokens[i:j]`` is a capitalised chunk followed by "'s"; when the capitalised words
        after it end in an organisation word ("People's Liberation Army") or are followed
        by an acronym of all the words ("(NPP)"), the whole is one name, unless the part
        before "'s" is an actor already ("Iran's Revolutionary Guards").
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j].text not in POSSESSIVES or not is_cap(tokens[j + 1].text):
            return j
        while i < j and tokens[i].text in self.lex.not_names:  # "The"
            i += 1
        if i >= j:
            return j
        head = self.text[tokens[i].start : tokens[j - 1].end]
        if self.registry.lookup(head) is not None or place_info.places(head) or place_info.organization(head):
            return j
        k = j + 1
        while k < n and is_cap(tokens[k].text) and tokens[k].text.isalpha():
            k += 1
        words = [t.text for t in tokens[i:j]] + [t.text for t in tokens[j + 1 : k]]
        acronym = tokens[k + 1].text if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" else ""
        if acronym and acronym == "".join(w[0] for w in words if w[0].isupper()):
            return k
        if words[-1].lower() in self.lex.org_words and k - j > 1 and tokens[i].text not in self.first_names:
            return k  # not "Carlos Slim's Ora TV": a person's, then the body
        return j
