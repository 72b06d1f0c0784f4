"""One capitalised chunk of pass 1: how it splits, and the bodies its acronym names.

A chunk may hold more than one name: a person and the place they are of ("Charles B.
Rangel of New York"), a person and their body ("Alan Patricof of Greycroft Partners"), a
body and a person with a title ("Bank of Korea Governor Rhee Chang-yong"). A bracketed
acronym after a name is the same body's ("Korean Central News Agency (KCNA)"), makes a
body of a name no lexicon knows ("National People's Power (NPP)"), may take a place into
the name ("American Institute in Taiwan (AIT)") or be followed by a body of the body's
("African Union (AU) Commission"). A plural nationality after a count is a group
("Thousands of Israelis"). What each part names is read by :mod:`._name_kinds`; a
lower-case head after it ("North Korea's defense ministry") by :mod:`._org_descriptions`.
"""

from __future__ import annotations

from newsdoc._extract._actor_words import BODY_LINKS, COUNT_NOUNS, FEATURE_OPENERS, is_acronym, is_cap, people_plural
from newsdoc._extract._coref import Entity, place_info
from newsdoc._extract._name_kinds import NameClassifier
from newsdoc._extract._org_descriptions import OrgDescriptionReader
from newsdoc._extract._reading import Reading, ReadingPart
from newsdoc._extract._words import NUMBER_WORDS, Token
from newsdoc._models import ActorKind

# the body words a name goes on after with "in" and a country when no acronym follows
_IN_COUNTRY_HEADS = frozenset({"mission", "office", "association"})
# words that make a force an international mission's
_INTERNATIONAL_FORCE = frozenset(
    {"UN", "U.N.", "United", "Interim", "Multinational", "Stabilization", "Stabilisation", "Peacekeeping"}
)
# how a place names a country or territory (not a city: "the Ministry of Defence in Kyiv")
_COUNTRY_ROLES = frozenset({"name", "alias", "region"})

__all__ = ["ChunkReader"]

# words before a count that make it rough: "about 30 Afghans", "at least 200"
_APPROXIMATORS = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "over", "least", "than", "up"})
# words between a count and a plural nationality: "several hundred ethnic Serbs"
_NATIONAL_MODIFIERS = frozenset({"ethnic", "young", "elderly", "local", "other", "fellow", "angry"})


class ChunkReader(ReadingPart):
    """What the capitalised chunks of one article's sentences name, part by part."""

    def __init__(self, reading: Reading, bodies: OrgDescriptionReader) -> None:
        super().__init__(reading)
        self.kinds = NameClassifier(reading)
        self.bodies = bodies

    def _named_with_the(self, tokens: list[Token], i: int) -> bool:
        """Whether "The" at ``i`` and the word after it name a place ("The Hague")."""
        return bool(place_info.places(self.text[tokens[i].start : tokens[i + 1].end]))

    def chunk(self, tokens: list[Token], i: int, j: int, found: dict[int, Entity]) -> int:
        """Read the capitalised chunk ``tokens[i:j]``; return where to go on."""
        lex = self.lex
        first = i
        while i < j and (tokens[i].text in lex.not_names or (tokens[i].text.endswith("-based") and i + 1 < j)):
            if tokens[i].text == "The" and i + 1 < j and self._named_with_the(tokens, i):
                break  # "The Hague": "The" is part of the place's name
            i += 1  # "The", and "Bucharest-based" before a name: where a body sits, not its name
        if first < i < j and tokens[i].text in ("of", "for"):
            i += 1  # "Thousands of Finnish workers": what follows "of" is read alone
        if i >= j:
            return j
        if j - i == 1 and self._counted_nationals(tokens, i, found):
            return j  # "Thousands of Israelis rallied": a group of that country
        split = self._of_place(tokens, i, j)
        if split is None:
            split = self._person_of_body(tokens, i, j)
        if split is not None:
            # "Charles B. Rangel of New York": a name, then a place, which gives its country;
            # "Alan Patricof of Greycroft Partners": a name, then a body, the affiliation
            self.chunk(tokens, i, split, found)
            after = self.chunk(tokens, split + 1, j, found)
            person, other = found.get(split - 1), found.get(split + 1)
            if person is not None and other is not None and person.kind is ActorKind.PERSON:
                if other.kind is ActorKind.ORGANIZATION:
                    person.affiliation = person.affiliation or other
                else:
                    person.country = person.country or other.country
            return after
        if (
            j - i > 2
            and tokens[i + 1].text == "of"
            and people_plural(tokens[i].text)
            and tokens[j - 1].text.lower() not in self.lex.org_words
        ):
            # "Residents of Khoznavar told": a group, read with the descriptions, of a place
            return self.chunk(tokens, i + 2, j, found)
        split = self._title_in_body(tokens, i, j)
        if split is not None:  # "Bank of Korea Governor Rhee Chang-yong": a body, then a person
            self.chunk(tokens, i, split, found)
            return self.chunk(tokens, split, j, found)
        placed = self._place_in_name(tokens, i, j)
        if placed > j:  # "American Institute in Taiwan (AIT)": the place is in the name
            return self._placed_body(tokens, i, placed, found)
        # an acronym in brackets right after: "Korean Central News Agency (KCNA)"
        acronym = None
        if (
            j + 2 < len(tokens)
            and tokens[j].text == "("
            and tokens[j + 2].text == ")"
            and is_acronym(tokens[j + 1].text)
        ):
            acronym = tokens[j + 1]
        entity = self.kinds.classify(tokens, i, j)
        if entity is None and acronym is None and not self.reading.verbs and tokens[i].text in self.first_names:
            # "Cameron Easley for Morning Consult": a person's name, then what they work for
            c = next((k for k in range(i + 2, j - 1) if tokens[k].text in ("for", "of")), j)
            if c < j and self.kinds.classify(tokens, i, c) is not None:
                return j
        if acronym is not None and entity is None and _abbreviates(acronym.text, [t.text for t in tokens[i:j]]):
            start, end = tokens[i].start, tokens[j - 1].end  # "National People's Power (NPP)"
            entity = self.registry.organization(self.text[start:end], None, (), self.text[start:end])
            self.registry.mention(entity, start, end, self.text)
        if entity is not None:
            for k in range(i, j):  # no description is read inside a name ("Rapid Support Forces")
                found.setdefault(k, entity)
            found[i] = entity
            if acronym is not None and entity.kind in (ActorKind.LOCATION, ActorKind.COUNTRY):
                return j  # "WASHINGTON (AP)": a dateline, then the agency
            if acronym is not None:
                self.registry.add_alias(entity, acronym.text)
                self.registry.mention(entity, acronym.start, acronym.end, self.text)
                found[j + 1] = entity
                if entity.kind is ActorKind.ORGANIZATION:
                    return self._body_after_acronym(tokens, i, j, entity, found)
                return j + 3
            return self.bodies.extension(tokens, i, j, entity, found)
        if acronym is not None:
            return j + 3
        return self.bodies.extension(tokens, i, j, None, found)

    def _counted_nationals(self, tokens: list[Token], i: int, found: dict[int, Entity]) -> bool:
        """ "Thousands of Israelis", "Several hundred ethnic Serbs", "about 30 Afghans": a
        plural nationality after a count is a group of that country, named with its count.

        Without a count a plural nationality is left alone: "Israelis" alone is as often
        the people at large as anyone who acts.
        """
        word = tokens[i].text
        if len(word) < 4 or not word.endswith("s"):
            return False
        iso3 = next((m.iso3 for m in place_info.places(word[:-1]) if m.role == "demonym" and m.iso3), None)
        if iso3 is None:
            return False
        k = i - 1
        while k >= 0 and i - k <= 2 and tokens[k].text in _NATIONAL_MODIFIERS:
            k -= 1  # "ethnic Serbs", "young Palestinians"
        start = self._count_start(tokens, k)
        if start is None or _few(tokens[k].text):
            return False  # "two Mozambicans, a Kenyan and a Portuguese": people one by one
        end = tokens[i].end
        name = self.text[start:end]
        entity = self.registry.described(name, ActorKind.GROUP, word.lower(), iso3, None)
        self.registry.mention(entity, start, end, self.text)
        found[i] = entity
        return True

    def _count_start(self, tokens: list[Token], k: int) -> int | None:
        """Where the count ending at token ``k`` starts ("Thousands of", "tens of thousands
        of", "several hundred", "about 30", "more than 200"); ``None`` when there is none."""
        if k < 0:
            return None
        low = tokens[k].text.lower()
        if low == "of" and k >= 1 and tokens[k - 1].text.lower() in COUNT_NOUNS:
            k -= 1
            if k >= 2 and tokens[k - 1].text == "of" and tokens[k - 2].text.lower() in COUNT_NOUNS:
                k -= 2  # "tens of thousands of"
        elif low[:1].isdigit() or low in NUMBER_WORDS or low in ("thousand", "million", "dozen"):
            while k >= 2 and tokens[k - 1].text in (",", ".") and tokens[k - 2].text.isdigit():
                k -= 2  # "200,000", "1.3" read as three tokens
            while k >= 1 and (
                tokens[k - 1].text.lower() in NUMBER_WORDS
                or tokens[k - 1].text.lower() == "several"
                or tokens[k - 1].text[:1].isdigit()
            ):
                k -= 1  # "several hundred", "twenty five", "17 million"
            while k >= 2 and tokens[k - 1].text in (",", ".") and tokens[k - 2].text.isdigit():
                k -= 2  # "1.3 million"
        else:
            return None
        if k >= 1 and tokens[k - 1].text.lower() in _APPROXIMATORS:
            k -= 1  # "about 30", "nearly 200"
            if k >= 1 and (
                (tokens[k - 1].text.lower() in ("more", "fewer") and tokens[k].text == "than")
                or (tokens[k - 1].text.lower() == "at" and tokens[k].text == "least")
            ):
                k -= 1  # "more than 500", "at least 20"
        return tokens[k].start

    def _of_place(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where "of" splits a person's name from the place it is of, if it does.

        "Bernie Sanders of Vermont", "Charles B. Rangel of New York": the words after "of"
        name a place and the words before it are no organisation ("Bank of Korea") and no
        title ("Secretary of State John Kerry" splits at a later "of" only). A chunk that is
        a name as a whole ("Republic of Korea", a known actor) is not split.
        """
        if j - i < 3:
            return None  # no room for a name, "of" and a place
        of = next((m for m in range(i + 1, j - 1) if tokens[m].text == "of"), None)
        if of is None:
            return None
        surface = self.text[tokens[i].start : tokens[j - 1].end]
        if self.registry.lookup(surface) is not None or place_info.organization(surface) or place_info.places(surface):
            return None
        org_words = self.lex.org_words
        for m in range(of, j - 1):
            if tokens[m].text != "of":
                continue
            before = tokens[m - 1].text.lower().rstrip(".")
            if before in org_words or tokens[m - 1].text in FEATURE_OPENERS:
                return None  # "Bank of Korea", "University of Michigan", "Gulf of Finland"
            if before in self.titles:
                continue  # "Secretary of State"
            place = self.text[tokens[m + 1].start : tokens[j - 1].end]
            if any(p.role != "demonym" for p in place_info.places(place)):
                return m
            return None
        return None

    def _person_of_body(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where "of"/"for" parts a person's name from the body named after it ("Alan
        Patricof of Greycroft Partners", "Jane Doe for Acme Corp."): the name opens with a
        given name and holds no organisation word, the chunk ends with one."""
        if tokens[i].text not in self.first_names or not self.reading.org_word(tokens[j - 1].text):
            return None
        for c in range(i + 2, min(i + 4, j - 1)):
            if tokens[c].text in ("of", "for"):
                name = tokens[i:c]
                if all(is_cap(t.text) and t.text.lower() not in self.lex.org_words for t in name):
                    return c
                return None
        return None

    def _title_in_body(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where a person's title splits a body's name from the person, if it does.

        "Bank of Korea Governor Rhee Chang-yong", "Council on American-Islamic Relations
        National Executive Director Nihad Awad": an organisation word and a linking word
        ("of", "for", "on", "to", "against") make the first part a body's name; a title
        after them, followed by at least one capitalised word of a name, opens the
        person, with the capitalised modifiers and titles right before it.
        """
        if j - i < 5:
            return None  # no room for a body word, a link, a word, a title and a name
        lex = self.lex
        org_words = lex.org_words
        links = (m for m in range(i + 1, j - 2) if tokens[m].text in BODY_LINKS)
        link = next((m for m in links if tokens[m - 1].text.lower() in org_words), None)
        if link is None:
            return None
        for t in range(link + 2, j - 1):
            title = tokens[t].text.lower().rstrip(".")
            if title not in self.titles or title.endswith("s"):
                continue  # "Conference of Presidents of ...": a plural is no one's title
            u = t + 1
            while u < j and tokens[u].text.lower() in self.titles:
                u += 1
            name = [tokens[h].text for h in range(u, j)]
            if not name or not all(
                is_cap(w) and w.lower() not in org_words and w.lower() not in lex.person_nouns
                and w.lower().rstrip("s") not in lex.person_nouns and not place_info.places(w)
                for w in name
            ):
                return None  # "Colorado State University", "Criminal Defense Lawyers": no person after
            start = t
            while start - 1 > link + 1 and (
                tokens[start - 1].text.lower() in self.titles or tokens[start - 1].text.lower() in self.modifiers
            ):
                start -= 1
            return start
        return None

    def _place_in_name(self, tokens: list[Token], i: int, j: int) -> int:
        """Where a body's name ends when "in" and a place belong to it: "American Institute
        in Taiwan (AIT)", "European Union Monitoring Mission in Armenia (EUMA)", "UN
        Verification Mission in Colombia", "Association of Banks in Lebanon".

        When a bracketed acronym follows, its letters must be initials of the words, the
        place's included, in order, the first and the last among them. With none, the
        name must hold "Mission", "Office" or "Association" (or "Force" with a word of an
        international mission: "United Nations Interim Force in Lebanon") and the place be
        a country or territory: a ministry or an embassy "in" a place is where it stands.
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j].text != "in":
            return j
        e = j + 1
        while e < n and e - j <= 3 and is_cap(tokens[e].text) and tokens[e].text.isalpha():
            e += 1
        if e == j + 1:
            return j
        words = [tokens[h].text for h in range(i, j)]
        named = any(w.lower() in _IN_COUNTRY_HEADS for w in words) or (
            # "United Nations Interim Force in Lebanon": a force is named with its country when
            # it is an international mission's ("the Russian Air Force in Syria" is deployed there)
            "Force" in words and not _INTERNATIONAL_FORCE.isdisjoint(words)
        )
        place = self.text[tokens[j + 1].start : tokens[e - 1].end]
        if named and any(m.role in _COUNTRY_ROLES for m in place_info.places(place)):
            return e
        if e + 2 >= n or tokens[e].text != "(" or tokens[e + 2].text != ")":
            return j
        letters = tokens[e + 1].text.replace(".", "")
        initials = "".join(t.text[0] for t in tokens[i:e] if is_cap(t.text))
        if (
            not self.reading.org_word(tokens[j - 1].text)
            or not is_acronym(letters)
            or letters[0] != initials[0]
            or letters[-1] != initials[-1]
        ):
            return j
        rest = iter(initials[1:-1])
        return e if all(letter in rest for letter in letters[1:-1]) else j

    def _placed_body(self, tokens: list[Token], i: int, j: int, found: dict[int, Entity]) -> int:
        """Read the body named by ``tokens[i:j]``, a name with "in" and a place in it, and
        its bracketed acronym after it if any; return where to go on. The body's country is
        left open: the American Institute in Taiwan is no Taiwanese body."""
        start, end = tokens[i].start, tokens[j - 1].end
        surface = self.text[start:end]
        reg = self.registry
        entity = reg.organization(surface, None, (), surface)
        reg.mention(entity, start, end, self.text)
        for k in range(i, j):
            found[k] = entity
        if not (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
            return j
        acronym = tokens[j + 1]
        reg.add_alias(entity, acronym.text)
        reg.mention(entity, acronym.start, acronym.end, self.text)
        for k in range(j, j + 2):
            found[k] = entity
        return j + 3

    def _body_after_acronym(
        self, tokens: list[Token], i: int, j: int, owner: Entity, found: dict[int, Entity]
    ) -> int:
        """ "African Union (AU) Commission": capitalised words ending in an organisation word
        right after a body's bracketed acronym name a body of that body's, named without the
        brackets ("African Union Commission", also "AU Commission"); the index after it, or
        after the bracket when no such words follow."""
        end = j + 3
        k = end
        n = len(tokens)
        while k < n and k - end < 3 and is_cap(tokens[k].text) and tokens[k].text not in self.lex.not_names:
            k += 1
        if k == end or not self.reading.org_word(tokens[k - 1].text):
            return end
        run = self.text[tokens[end].start : tokens[k - 1].end]
        name = f"{self.text[tokens[i].start : tokens[j - 1].end]} {run}"
        body = self.registry.organization(name, owner.country, (f"{tokens[j + 1].text} {run}",), name)
        body.affiliation = owner
        # the words after the bracket: the owner and its acronym keep their own mentions
        self.registry.mention(body, tokens[end].start, tokens[k - 1].end, self.text)
        for h in range(end, k):
            found[h] = body
        return k


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates the capitalised ``words``: their initials ("National
    People's Power (NPP)", "Inter-Services Public Relations (ISPR)"), or, for one word,
    some of its letters in order, the first first ("Kuomintang (KMT)")."""
    letters = acronym.replace(".", "")
    if letters == "".join(w[0] for w in words if is_cap(w)):
        return True
    parts = [p for w in words for p in w.split("-") if p]
    if letters == "".join(p[0] for p in parts if is_cap(p)):
        return True  # "Inter-Services Public Relations (ISPR)": each part of a hyphenated word
    if len(words) != 1 or len(letters) < 2 or letters[0] != words[0][0]:
        return False
    rest = iter(words[0][1:].upper())
    return all(letter in rest for letter in letters[1:])


def _few(word: str) -> bool:
    """Whether a count is below ten ("two", "4"): the people are told one by one."""
    low = word.lower()
    return low in _FEW_COUNTS or (low.isdigit() and not low.startswith("0") and int(low) < 10)


_FEW_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
