"""What a capitalised name names: a known actor, a body, a country, a place or a person.

:meth:`NameClassifier.classify` tries, in order: an actor named before; a body of the
gazetteer; a place of the gazetteer (a country when it acts, "Pyongyang urged", a
location after "in"; a demonym names no actor and only notes its country); "the North"
for a country named "North ..."; a body by its words ("Bank of Korea", "Institut Pasteur
du Cambodge", "the Gallup Poll"); an acronym ("the NAACP said"; not "ICBM", "EST" or a
dateline in capitals); a place by the place after it or by its own words ("in Aigle,
Switzerland", "Lake Balkhash"); a body by its head alone ("the Commission"); a company by
its noun or its country ("German airline Lufthansa", "Air China"); a place by where it
stands ("in Cotopaxi province", "rescuers in Nepalgunj"); and else a person
(:mod:`._person_names`), or nothing. A plural for people ("Democrats") is left to pass 2.
"""

from __future__ import annotations

from functools import cache

from newsdoc._extract._actor_words import (
    BODY_LINKS,
    FEATURE_OPENERS,
    LOCATION_PREPS,
    PLACE_HEADS,
    PLACE_NOUNS,
    is_acronym,
    is_cap,
    modifier_words,
    non_actor_heads,
    people_plural,
    word_names,
)
from newsdoc._extract._coref import Entity, place_info
from newsdoc._extract._gazetteer import world_city
from newsdoc._extract._person_names import PersonReader
from newsdoc._extract._reading import Reading, ReadingPart
from newsdoc._extract._timex_rules import lexicon as time_lexicon
from newsdoc._extract._words import DOCUMENT_NOUNS, POSSESSIVES, Token
from newsdoc._lexicon import load_set
from newsdoc._models import ActorKind

__all__ = ["POST_NOMINALS", "NameClassifier"]

#: Letters after a name that are no part of it: "Helen Okafor KC", "Jane Doe MP".
POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE"})
# function words capitalised inside a chunk show a headline in title case, not a name
_TITLE_CASE_WORDS = frozenset(
    {"The", "Of", "With", "When", "Could", "Do", "To", "For", "And", "In", "On", "At", "Is", "Are", "Will",
     "Can", "Up", "Against", "A", "An", "From", "By", "As", "How", "Why", "What", "Into", "Over", "After"}
)
# time zones, acronyms that name no actor ("all times EST")
_TIME_ZONES = frozenset(
    {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "GMT", "UTC", "BST", "CET", "CEST", "IST"}
)
# first words that make a name a place whatever follows: "Lake Balkhash", "Mount Elgon"
_PLACE_OPENERS = frozenset({"Lake", "Mount", "Mt.", "Cape", "Fort", "Port"})
# prepositions besides the location ones that a city follows: "flown to Nepalgunj"
_CITY_PREPS = frozenset({"into", "to", "from", "toward", "towards"})
# prepositions after which an unknown name alone is a place when a clause boundary follows
# ("in Manakara and", "near Portimão on Monday"), and what may follow such a place
_BARE_PLACE_PREPS = frozenset({"in", "near", "outside"})
_AFTER_BARE_PLACE = frozenset(
    {",", ".", "and", "or", "but", ";", "on", "in", "for", "to", "last", "this", "earlier", "since", "where", "when",
     "after", "before", "during"}
)
# nouns whose "in" takes a person: "faith in Obama", "confidence in Merkel"
_IN_PERSON_NOUNS = frozenset({"faith", "confidence", "trust", "interest", "belief", "hope", "stake", "role"})
_PLURAL_PLACE_NOUNS = frozenset(
    {"states", "provinces", "regions", "districts", "counties", "townships", "cities", "towns", "villages"}
)
# nouns whose "of" takes a place: "a resident of Djibo", "the outskirts of Goma", "north of Kabul"
_OF_PLACE_NOUNS = PLACE_NOUNS | {
    "resident", "residents", "native", "natives", "inhabitants", "outskirts", "suburbs", "streets", "north", "south",
    "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west",
}
# verbs that show a clause, not an apposition, after a comma
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"})
# nouns besides the organisation nouns that make the name after them a body's: "civil
# society group WaterCAN", "the advocacy organisation Sanctuary", "the rebel movement M23"
_NAMING_NOUNS = frozenset({"group", "organisation", "organization", "movement", "network"})
# prefixes that name a body's parent before its known name: "U.N. World Food Programme"
_UN_PREFIXES = frozenset({"U.N.", "UN"})
# lower-case nouns of facilities and landmarks after which an unknown name is a place
_FACILITY_NOUNS = frozenset(
    {"prison", "jail", "harbour", "harbor", "crossing", "oilfield", "gasfield", "river", "strait", "barracks",
     "airport", "airbase", "dam", "reservoir", "refinery", "checkpoint", "bridge"}
)
# words after "crossing" that make it a verb, not a border post
_CROSSING_OBJECTS = frozenset({"into", "the", "a", "an", "over", "from", "to", "through", "at", "toward", "towards"})
# what stands before a sentence's first word
_SENTENCE_OPENERS = frozenset({"", ".", '"', "\u201c", "'", "\u2018", "(", "--", "\u2014", ":"})
# compass adjectives that put an unknown name after a preposition among places: "in the
# northern Peloponnese", "to eastern Kivu"
_COMPASS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
)
_ADJECTIVE_ENDINGS = ("ern", "ic", "al", "an", "ish", "ese", "-leaning")


# the second half of an adjective made of a name and a participle: "Bucharest-based", "Iran-backed"
_NAME_ADJECTIVE_ENDINGS = frozenset(
    {"based", "led", "backed", "born", "run", "owned", "funded", "controlled", "held", "allied", "aligned",
     "affiliated", "linked", "brokered", "sponsored", "supported", "style"}
)


class NameClassifier(ReadingPart):
    """What the names of one article name (see the module's docstring for the order)."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        self.persons = PersonReader(reading)
        self.terms: set[str] = set()  # acronyms of things that are not actors ("ICBM")

    def classify(self, tokens: list[Token], i: int, j: int) -> Entity | None:
        if j - i >= 3 and tokens[j - 1].text in POST_NOMINALS:
            j -= 1  # "Robert Carrow KC": the name without the letters after it
        text = self.text
        reg = self.registry
        start, end = tokens[i].start, tokens[j - 1].end
        surface = text[start:end]
        words = [t.text for t in tokens[i:j]]
        prev = tokens[i - 1].text if i > 0 else ""
        nxt = tokens[j].text if j < len(tokens) else ""
        if len(words) == 1 and (len(surface) == 1 or surface.rsplit("-", 1)[-1] in _NAME_ADJECTIVE_ENDINGS):
            return None  # "a Bucharest-based think tank": an adjective, no name
        known = reg.lookup(surface)
        if known is not None and known.kind is ActorKind.ORGANIZATION and known.country is not None:
            possessor = self.reading.country_before(tokens, i)
            if possessor is not None and possessor != known.country:
                known = None  # "Azerbaijan's Defence Ministry" after "Armenia's": another body
        if known is not None and known.kind is not ActorKind.LOCATION:
            reg.mention(known, start, end, text)
            return known
        org = place_info.organization(surface)
        if org is None and len(words) > 2 and words[0] in _UN_PREFIXES:
            # "U.N. World Food Programme", "UN refugee agency UNHCR": the UN's known body
            org = place_info.organization(text[tokens[i + 1].start : end])
        if org is not None:
            entity = reg.organization(org.name, org.country, org.aliases, surface)
            reg.mention(entity, start, end, text)
            return entity
        places = place_info.places(surface)
        if not places and prev == "the":
            places = place_info.places("The " + surface)  # "in the Hague"
        if places:
            return self._place(places, start, end, surface, prev)
        if surface in ("North", "South") and prev.lower() == "the":
            country = reg.country_starting(surface)
            if country is not None:
                reg.add_alias(country, "the " + surface)
                reg.mention(country, tokens[i - 1].start, end, text)
            return country
        if len(words) > 1 and self.reading.org_word(words[-1]) and all(w.lower() in self.titles for w in words):
            return None  # "elected Chief Executive": a title alone names no one
        if len(words) > 1 and (
            self.reading.org_word(words[-1])
            # "the Finnish Transport Workers' Union AKT": a body's name, then its acronym
            or (
                len(words) > 2
                and is_acronym(words[-1])
                and self.reading.org_word(words[-2])
                and not words[-2].isupper()  # "ELEVEN POLICE KILLED": a heading in capitals
            )
            or words[0].lower() in self.lex.org_heads  # "Institut Pasteur du Cambodge"
            or words[-1].lower() in DOCUMENT_NOUNS  # "the Gallup Poll", "the Drudge Report"
            or any(  # "Bank of Korea", "Center for Veterans Studies"
                w in BODY_LINKS and m > 0 and words[m - 1].lower() in self.lex.org_words
                for m, w in enumerate(words)
            )
        ):
            owner = self.reading.owner_before(tokens, i)
            entity = reg.organization(
                surface, (owner.country if owner is not None else None) or self.reading.country_in(words), (), surface
            )
            if owner is not None and owner.kind is ActorKind.COUNTRY:
                reg.add_alias(entity, f"{owner.name}'s {surface}")  # "Armenia's Defence Ministry"
            if len(words) > 2 and is_acronym(words[-1]) and not self.reading.org_word(words[-1]):
                reg.add_alias(entity, words[-1])  # "AKT" after "... Workers' Union AKT"
            reg.mention(entity, start, end, text)
            return entity
        if len(words) == 1 and is_acronym(surface):
            if surface in self.terms or reg.lookup(surface) is not None or surface in _TIME_ZONES:
                return None
            if len(surface) >= 5 and surface.isalpha():
                # "WASHINGTON (AP) --", "ABSTRACT.": a dateline or a heading, not an acronym;
                # "the NAACP said" is an acronym all the same
                places = place_info.places(surface.title())
                if places:
                    return self._place(places, start, end, surface, "in")
                if not prev and nxt in ("", "(", "--", "\u2014", "\u2013", "-", ":", "."):
                    return None
            if prev == "(" and i >= 2 and tokens[i - 2].text.islower():
                self.terms.add(surface)  # "intercontinental ballistic missile (ICBM)"
                return None
            if (
                prev in ("the", "The", "", ",", "(")
                or prev in LOCATION_PREPS
                or prev in self.lex.org_nouns  # "state broadcaster TVM", "the socialist union BTB"
                or prev in self.lex.org_words  # "state television RTG"
                or nxt in self.lex.cue_forms
                or (nxt in POSSESSIVES)
            ):
                entity = reg.organization(surface, None, (), surface)
                reg.mention(entity, start, end, text)
                return entity
            return None
        if prev in LOCATION_PREPS and nxt == "," and j + 1 < len(tokens):
            after = reg.longest_starting_at(tokens[j + 1].start)
            state = place_info.places(tokens[j + 1].text) if after is None else ()
            if (after is not None and after.kind in (ActorKind.LOCATION, ActorKind.COUNTRY)) or any(
                getattr(p, "role", "") in ("subdivision", "name") for p in state
            ):  # "in Charlotte, N.C.", "in Aigle, Switzerland"
                entity = reg.location(surface, after.country if after is not None else getattr(state[0], "iso3", None))
                reg.mention(entity, start, end, text)
                return entity
        if len(words) > 1 and (
            words[-1] in _place_words()
            or words[0] in _PLACE_OPENERS
            or (len(words) > 2 and words[0] in FEATURE_OPENERS and words[1] == "of")  # "Strait of Hormuz"
        ):
            entity = reg.location(surface, None)
            reg.mention(entity, start, end, text)
            return entity
        if len(words) == 1 and people_plural(surface):
            return None  # "Democrats", "Virologists say": a group, read with the descriptions
        if (
            len(words) == 1
            and (prev.lower() == "the" or prev.endswith("-based"))  # "the Britain-based Observatory"
            and surface.lower() in self.lex.org_words
            and nxt not in ("of", "for", "on", "to")  # "the Office of the U.S. Trade Representative"
            and not self._inside_title_name(tokens, i)
        ):
            # "the Commission" after "the European Commission", "the Times": a body by its head
            entity = reg.by_head(surface.lower(), (ActorKind.ORGANIZATION,)) or reg.organization(
                surface, None, (), surface
            )
            reg.mention(entity, start, end, text)
            return entity
        if (
            (
                prev in self.lex.org_nouns
                or (  # "the group Fiorina addressed": a relative clause's subject, no body
                    prev in _NAMING_NOUNS
                    and not self.registry.person_named(words[-1])
                    and not (nxt.islower() and nxt.endswith("ed"))
                )
            )
            and self._company_shaped(words)
            and words[0].lower().rstrip(".") not in self.titles
        ):
            # "German airline Lufthansa", "engine maker Europrop": the noun says what it is
            k = i - 2
            while k >= max(0, i - 4) and tokens[k].text.islower():
                k -= 1  # "Irish national airline"
            owner_country = (reg.demonym_country(tokens[k].start) if k >= 0 else None) or self.reading.country_before(
                tokens, i
            )
            entity = reg.organization(surface, owner_country, (), surface)
            reg.mention(entity, start, end, text)
            return entity
        named_country = self._country_named_in(words)
        if (
            named_country is not None
            and self._company_shaped(words)
            and not any(w.lower().rstrip(".") in self.titles for w in words)  # "U.S. Justice Antonin Scalia"
            and words[-1].lower() not in non_actor_heads()  # "Iraq War"
            and reg.lookup(words[-1]) is None  # "in the U.S. Jobs also said": a known name ends it
        ):
            # "Air China", "Garuda Indonesia", "Korea Electric Power": a company named after a country
            entity = reg.organization(surface, named_country, (), surface)
            reg.mention(entity, start, end, text)
            return entity
        if len(words) == 1 and prev in _SENTENCE_OPENERS and nxt in _PLURAL_PLACE_NOUNS:
            return None  # "Entire villages", "Partner states": a sentence's first word, no name
        facility = self._facility_end(tokens, i, j, nxt)
        if facility is not None:  # "Evin prison", "Amari air base": the place is named with its noun
            entity = reg.location(text[start : tokens[facility - 1].end], None)
            reg.mention(entity, start, tokens[facility - 1].end, text)
            return entity
        if self._unknown_place(tokens, i, j, prev, nxt):
            entity = reg.location(surface, None)
            reg.mention(entity, start, end, text)
            return entity
        if (
            len(words) == 1
            and nxt == ","
            and j + 2 < len(tokens)
            and words[0] not in self.first_names
            and not words[0].endswith("ly")  # "Separately, the company said"
            and not people_plural(surface)  # "Hispanics, the fastest-growing group,"
            and tokens[j + 1].text != "which"
            and self._closed_apposition(tokens, j + 1)
            and self.persons.apposition_kind(tokens, j + 1) is ActorKind.ORGANIZATION
        ):
            # "Fonterra, New Zealand's largest dairy exporter,": the apposition says it is a body
            entity = reg.organization(surface, self.reading.country_before(tokens, i), (), surface)
            reg.mention(entity, start, end, text)
            return entity
        city_country = self._world_city(tokens, i, j, prev, nxt)
        if city_country is not None:
            entity = reg.location(surface, city_country)
            reg.mention(entity, start, end, text)
            return entity
        return self.persons.person(tokens, i, j)

    def _closed_apposition(self, tokens: list[Token], k: int) -> bool:
        """Whether the phrase at ``k`` is closed by a comma or a full stop within ten words,
        with no reporting verb inside: an apposition, not a clause ("Separately, the
        company said")."""
        for m in range(k, min(k + 10, len(tokens))):
            w = tokens[m].text
            if w in (",", ".", ";"):
                return m > k + 1
            if w in self.lex.cue_forms or w.lower() in _AUXILIARIES:
                return False
        return False

    @staticmethod
    def _inside_title_name(tokens: list[Token], i: int) -> bool:
        """Whether "the" before token ``i`` sits inside a longer name in title case: "Meet
        the Press", "State of the Union", "Secretary of the Army"."""
        if i < 3:
            return False
        before = tokens[i - 2].text
        return before[:1].isupper() or (before == "of" and tokens[i - 3].text[:1].isupper())

    def _world_city(self, tokens: list[Token], i: int, j: int, prev: str, nxt: str) -> str | None:
        """The country of an unknown name that is a city of the world cities table.

        A name of several words ("Khan Yunis") is a city wherever it stands; a single word
        only after a place preposition ("rescuers in Nepalgunj"), because many city names
        are surnames too. A title before it or a possessive after it makes it a person.
        """
        if j - i > 4 or nxt in POSSESSIVES:
            return None
        if j - i == 1 and prev not in LOCATION_PREPS and prev not in _CITY_PREPS:
            return None
        country = world_city(self.text[tokens[i].start : tokens[j - 1].end])
        if country is None or self.persons.title_before(tokens, i) is not None:
            return None
        return country

    def _facility_end(self, tokens: list[Token], i: int, j: int, nxt: str) -> int | None:
        """Where an unknown name and the facility noun after it end ("Evin prison", "the
        Malanville crossing", "Amari air base"), or ``None``: a name of at most three
        words, no given name in it."""
        if j - i > 3 or any(t.text in self.first_names for t in tokens[i:j]):
            return None
        if nxt in _FACILITY_NOUNS:
            after = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if nxt == "crossing" and (after in _CROSSING_OBJECTS or after[:1].isupper()):
                return None  # "farmers from Punjab crossing into Haryana": a verb
            return j + 1
        if nxt in ("air", "naval", "military", "army") and j + 1 < len(tokens) and tokens[j + 1].text == "base":
            return j + 2
        return None

    def _unknown_place(self, tokens: list[Token], i: int, j: int, prev: str, nxt: str) -> bool:
        """Whether an unknown name is a place by where it stands.

        Before a lower-case place noun ("in Cotopaxi province", "the Neelum valley"), after
        "of" and a place or residence noun ("the village of Dhanni", "a resident of Djibo",
        "north of Kabul"), after a preposition and a compass adjective ("in the northern
        Peloponnese"), before an apposition headed by a place noun ("Djibo, a town in the
        north", "Kadugli and Dilling, two besieged cities"), or a single word between a place
        preposition and a reporting verb ("a shopkeeper in Uri said"); not when a title,
        a given name or a possessive makes it a person. A bare "in X" is not enough: "faith
        in Obama".
        """
        if nxt in PLACE_NOUNS:
            # "Upper Nile and Jonglei states", not "Western states" or "Democratic states",
            # nor a headline's "Convention cities"
            return nxt not in _PLURAL_PLACE_NOUNS or not (
                prev in _SENTENCE_OPENERS
                or tokens[j - 1].text.lower() in modifier_words()
                or tokens[j - 1].text.endswith(_ADJECTIVE_ENDINGS)
                or self.registry.demonym_country(tokens[j - 1].start) is not None
            )
        if j - i > 2 or nxt in POSSESSIVES or self.persons.title_before(tokens, i) is not None:
            return False
        if j - i == 1 and prev in LOCATION_PREPS and nxt in self.lex.cue_forms:
            return True  # "a shopkeeper in Uri said": the verb's subject stands before the place
        if prev == "of" and i >= 2 and tokens[i - 2].text in PLACE_NOUNS:
            return True  # "the village of Dhanni", "the city of Mason City"
        if any(t.text in self.first_names for t in tokens[i:j]) or people_plural(tokens[j - 1].text):
            return False  # "a resident of Djibo" but not "a friend of Maria Lopez", "central Iowa Democrats"
        if prev == "of" and i >= 2 and tokens[i - 2].text.lower() in _OF_PLACE_NOUNS:
            return True  # "a resident of Djibo", "north of Kabul"
        if prev.lower() in _COMPASS and i >= 2:
            at = i - 3 if tokens[i - 2].text == "the" and i >= 3 else i - 2
            if tokens[at].text in LOCATION_PREPS or tokens[at].text in _CITY_PREPS:
                return True  # "in the northern Peloponnese", "to eastern Kivu"
        if nxt == "," and j + 1 < len(tokens) and self.persons.apposition_kind(tokens, j + 1) is ActorKind.LOCATION:
            return True  # "Djibo, a town in the north", "Dilling, two besieged cities"
        if (
            nxt == "and"
            and j + 3 < len(tokens)
            and is_cap(tokens[j + 1].text)
            and tokens[j + 2].text == ","
            and self.persons.apposition_kind(tokens, j + 3) is ActorKind.LOCATION
        ):
            return True  # "Kadugli and Dilling, two besieged cities"
        if (
            prev in _BARE_PLACE_PREPS
            and (nxt in _AFTER_BARE_PLACE or nxt in _day_and_month_names())
            and (i < 2 or tokens[i - 2].text.lower() not in _IN_PERSON_NOUNS)
            and not any(t.text in word_names() for t in tokens[i:j])
            and not tokens[j - 1].text.endswith(("ish", "ese"))  # "in English", "in Japanese"
            and self.registry.demonym_country(tokens[i].start) is None
            and not self.registry.person_named(tokens[j - 1].text)  # "confidence in Obama" after Barack Obama
        ):
            return True  # "distributing rice in Manakara and", "a fire near Portimão on Monday"
        if (
            prev == "and"
            and i >= 2
            and nxt in _AFTER_BARE_PLACE
            and nxt != "in"  # "Landay in Washington and Zachary Fagenson in West Palm Beach"
        ):
            before = self.registry.entity_ending_at(tokens[i - 2].end)
            if before is not None and before.kind is ActorKind.LOCATION:
                return True  # "in Manakara and Farafangana", "in Hargeisa and Garowe"
        return False

    def _company_shaped(self, words: list[str]) -> bool:
        """Whether a capitalised chunk may name a company: not opened by a given name, and
        not a headline in title case ("What Mexico Could Do")."""
        return words[0] not in self.first_names and not any(w in _TITLE_CASE_WORDS for w in words[1:])

    def _country_named_in(self, words: list[str]) -> str | None:
        """The country a multi-word name holds by its name ("Air China" -> CHN), if exactly one."""
        if len(words) < 2:
            return None
        codes: set[str] = set()
        for size in (1, 2, 3):
            for k in range(len(words) - size + 1):
                for place in place_info.places(" ".join(words[k : k + size])):
                    if place.role in ("name", "alias") and place.iso3:
                        codes.add(place.iso3)
        return codes.pop() if len(codes) == 1 else None

    def _place(
        self, places: tuple[object, ...], start: int, end: int, surface: str, prev: str
    ) -> Entity | None:
        reg = self.registry
        roles = {getattr(p, "role", "") for p in places}
        iso3 = getattr(places[0], "iso3", None) or None
        if roles & {"name", "alias"} or (
            "capital" in roles and prev not in LOCATION_PREPS and prev != "of" and prev not in PLACE_HEADS
        ):
            entity = reg.country(iso3)
        elif roles & {"capital", "city", "subdivision", "region"}:
            entity = reg.location(surface, iso3)
        else:  # a demonym: it tells a country, but is not a mention of one
            reg.note_demonym(start, iso3)
            return None
        if entity is None:
            return None
        if surface != entity.name:
            reg.add_alias(entity, surface)
        reg.mention(entity, start, end, self.text)
        return entity


@cache
def _day_and_month_names() -> frozenset[str]:
    """Weekday and month names in full ("Monday", "May"): the longest word of each value in
    ``time_words.tsv``, whose other words are abbreviations ("Mon.", "Sept.")."""
    names: set[str] = set()
    for kind in ("weekday", "month"):
        longest: dict[str, str] = {}
        for word, value in time_lexicon().by_kind[kind].items():
            if len(word) > len(longest.get(value, "")):
                longest[value] = word
        names.update(word.capitalize() for word in longest.values())
    return frozenset(names)


def _place_words() -> frozenset[str]:
    """Last words that make a capitalised name a place ("Hyde Park", "Red Sea"): ``place_words.txt``."""
    return load_set("place_words.txt")
