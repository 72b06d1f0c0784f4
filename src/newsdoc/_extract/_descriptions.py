"""Pass 2 over a sentence: people and groups by description, and pronouns.

"a senior EU official", "Thousands of Finnish workers", "a spokesperson for the
ministry", "people familiar with the matter", "A Ukrainian said", "the two countries",
"an architect who said", "he". The words before a description's head noun are read by
:mod:`._openings`, the actors of a joint reference ("Both governments") are found by
:mod:`._joint`, and a pronoun is resolved by the registry (:mod:`._coref`). The pass
reads past the tokens that pass 1 (:mod:`._names`) found inside names.
"""

from __future__ import annotations

import re

from newsdoc._extract._actor_words import (
    CLAUSE_MARK,
    COMPLEMENT_STOPS,
    DESCRIPTION,
    DETERMINERS,
    JOINT_HEAD,
    NAME_WORD,
    POSSESSIVE_DETS,
    RELATIONAL_HEADS,
    ROLES,
    SUBORDINATORS,
    description_words,
    is_cap,
    non_actor_heads,
)
from newsdoc._extract._coref import Entity, place_info
from newsdoc._extract._event_lexicon import verb_only_past_forms, verb_past_forms
from newsdoc._extract._joint import JointReferences, is_complement
from newsdoc._extract._openings import Opening, OpeningReader
from newsdoc._extract._reading import Reading, ReadingPart
from newsdoc._extract._words import POSSESSIVES, Token, is_possessive
from newsdoc._models import ActorKind

__all__ = ["POSTNOMINAL_ADJECTIVES", "DescriptionReader"]

#: Adjectives that follow a person or group noun with their preposition and say who the
#: source is: "people familiar with the matter", "one person close to the consortium".
POSTNOMINAL_ADJECTIVES = {
    "familiar": "with", "close": "to", "briefed": "on", "involved": "in", "knowledgeable": "about",
    "aware": "of", "loyal": "to", "opposed": "to", "allied": "with", "sympathetic": "to",
}  # fmt: skip
# the kinds of actor a relative "who" may stand for ("a staffer at the State Department who")
_WHO_KINDS = frozenset({ActorKind.PERSON, ActorKind.GROUP})
_ONE_DETS = frozenset({"a", "an", "one", "another"})
_COMPLEMENT_PREPS = frozenset({"for", "of", "at", "with", "from", "in"})
# nouns for those who speak for a body: whatever follows "for the" is that body
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
# what may follow "a Republican" or "one Ukrainian" used as a noun, besides a reporting verb
_MEMBER_NEXT = frozenset({",", "who", "was", "is", "has", "had", "will", "would", "also"})
# verbs in -s that follow a subject: "the official has", "the official says" is a cue
_THIRD_PERSON_AUXILIARIES = frozenset({"has", "was", "does", "goes", "seems", "remains", "wants", "needs"})
# plural nouns after a person noun that make it their modifier: "member states"
_MEMBER_BODIES = frozenset({"states", "countries", "nations", "governments", "organisations", "organizations"})
# what stands between the groups of a list: "farmers, traders and analysts"
_LIST_COMMA = re.compile(r",\s+")
_LIST_END = re.compile(r",?\s+(?:and|or)\s+")
_AFTER_OF = re.compile(r"\bof\s+(?:the\s+)?\Z")
# verbs whose "it" is what they name, a thing: "calling it a provocation", "described it as"
_NAMING_VERBS = frozenset(
    {"call", "calls", "called", "calling", "describe", "describes", "described", "describing", "label", "labelled",
     "labeled", "labelling", "labeling", "branded", "branding", "termed", "terming", "deemed", "deeming"}
)  # fmt: skip
# what may follow a trailing "it said": the sentence's end or a phrase of time or place
_TRAILING_ENDS = frozenset({".", "on", "in", "at", "late", "early", "last"})
# counts that take part of a group: "one of the bankers", "two of the members"
_PARTITIVE_COUNTS = frozenset({"one", "two", "three", "four", "five", "several", "some", "many", "most"})
# prepositions that say where a person works: "officials at the state company"
_WORKPLACE_PREPS = frozenset({"at", "from", "for"})
# a plural owner's bare apostrophe ("the farmers' unions")
_APOSTROPHES = frozenset({"'", "\u2019"})
# verbs right after a noun phrase that show it has ended ("supporters of independence
# were", "relatives of the victims did")
_PHRASE_END_VERBS = frozenset({"did", "do", "does", "can", "may", "must", "should", "might", "shall"})


class DescriptionReader(ReadingPart):
    """Pass 2: the people and groups each sentence of one article describes, and its pronouns."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        self.interesting = description_words()
        paragraph_starts = [span.start for span in reading.doc.article.paragraph_spans]
        self.joints = JointReferences(self.registry, self.text, paragraph_starts)
        self.openings = OpeningReader(reading)

    def descriptions(self, tokens: list[Token], found: dict[int, Entity], candidates: list[int]) -> None:
        """People and groups by description, and pronouns, at those of the ``candidates``
        (token indexes) that are description words, pronouns or "who".

        On the way the pass keeps where the adverbial clause open so far starts ("until
        ...", "after ..."): the last subordinator before a token opens it, unless a
        semicolon, colon or quotation mark came after it.
        """
        lex = self.lex
        reg = self.registry
        interesting = self.interesting
        n = len(tokens)
        opened: int | None = None
        for h in candidates:
            word = tokens[h].text
            roles = ROLES[word]
            clause = opened  # where the clause holding token h starts, if it is in one
            if roles & CLAUSE_MARK:
                opened = tokens[h].start if word.lower() in SUBORDINATORS else None
            if not roles & DESCRIPTION:
                if roles & JOINT_HEAD and h not in found and self._joint_head(tokens, h):
                    self._joint_reference(tokens, h, found)  # "the two countries"
                    continue
                if roles & NAME_WORD and h > 0 and tokens[h - 1].text.lower() in _ONE_DETS and h not in found:
                    self._member(tokens, h, found)  # "A Ukrainian said", "One Republican threatened"
                continue
            lower = word.lower()
            if lower not in interesting:
                if word == "who" and h > 0:
                    self._relative_who(tokens, h)
                continue
            if lower in lex.pronouns and (word.islower() or word[1:].islower()):
                if reg.quoted(tokens[h].start):
                    continue  # inside a quotation the speaker's "it" and "they" are not the narrator's
                if lower == "it" and h > 0 and tokens[h - 1].text.lower() in _NAMING_VERBS:
                    continue  # "calling it deeply regrettable": what is named is a thing, no actor
                entity = reg.resolve_pronoun(
                    word, tokens[h].start, clause, self._speaker_end(tokens, h), self._trailing_source(tokens, h)
                )
                if entity is not None:
                    reg.mention(entity, tokens[h].start, tokens[h].end, self.text, pronoun=True)
                continue
            if not word.islower() and not (word[1:].islower() and (h == 0 or lower in lex.group_nouns)):
                continue
            plural = lower in lex.group_nouns or (lower[-1:] == "s" and lower[:-1] in lex.person_nouns)
            if h in found:
                continue
            if h + 1 < n and (h + 1) in found:
                continue  # a title before a name ("leader Kim") or an adjective ("official KCNA")
            if h + 1 < n and tokens[h + 1].text in interesting and tokens[h + 1].text not in lex.pronouns:
                continue  # "chief executive", "police spokesman": the last noun is the head
            if (
                h + 2 < n
                and tokens[h + 2].text in interesting
                and tokens[h + 1].text in _APOSTROPHES
                and is_possessive(tokens, h + 1)
            ):
                continue  # "the farmers' unions", "the victims' families": the owner is in the name
            if not plural and lower in self.modifiers and h + 1 < n and self._plural_noun(tokens[h + 1].text):
                continue  # "the official results": an adjective before a plural noun
            if h + 1 < n and tokens[h + 1].text in non_actor_heads():
                continue  # "a general election", "the candidate debate": a modifier of a thing
            if h + 1 < n and tokens[h + 1].text in _MEMBER_BODIES:
                continue  # "several member states": no "member" is named
            self._person_description(tokens, h, found, plural)
        self._lists()

    def _lists(self) -> None:
        """ "farmers, traders and analysts", "officials, bankers and diplomats": three or
        more groups by description listed with commas and a last "and" or "or" are one
        group too, whose members they are, mentioned over the whole list (a speaker of
        "according to officials, bankers and diplomats" is all of them)."""
        reg = self.registry
        if not reg.sentence_mentions:
            return
        text = self.text
        pronouns = self.lex.pronouns
        groups = []
        for start, key, entity in reg.sentence_mentions[-1]:
            end = reg.mentions[key - 1][1]
            if entity.kind is ActorKind.GROUP and not entity.members and text[start:end].lower() not in pronouns:
                groups.append((start, end, entity))
        if len(groups) < 3:
            return
        run: list[tuple[int, int, Entity]] = []
        for item in groups:
            if run and item[0] < run[-1][1]:
                continue  # a mention inside the last one
            gap = text[run[-1][1] : item[0]] if run else ""
            if run and _LIST_COMMA.fullmatch(gap):
                run.append(item)
                continue
            if len(run) >= 2 and _LIST_END.fullmatch(gap) and item[2] not in [r[2] for r in run]:
                run.append(item)
                self._list_group(run)
                run = []
                continue
            run = [item]

    def _list_group(self, run: list[tuple[int, int, Entity]]) -> None:
        """Mention the group a list of groups by description stands for."""
        start, end = run[0][0], run[-1][1]
        if _AFTER_OF.search(self.text, max(0, start - 8), start):
            return  # "the wing of the teachers unions, teachers and union officials told": no one list
        name = self.text[start:end]
        first = name.split(" ", 1)[0]
        if first.lower() in DETERMINERS:
            name = name[len(first) + 1 :]
        head = run[-1][2].head or name.rsplit(" ", 1)[-1].lower()
        entity = self.joints.group(name, head, [item[2] for item in run])
        self.registry.mention(entity, start, end, self.text)

    def _member(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "A Republican said", "one Ukrainian told AFP": a party member or a national.

        A capitalised noun after "a", "an", "one" or "another" names a person when it is
        a demonym or the singular of a party's name ("Republicans", "Conservatives") and
        a verb (not in -ing), "who" or a comma follows it, and no comma comes before it.
        """
        reg = self.registry
        word = tokens[h].text
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else ""
        if nxt not in _MEMBER_NEXT and (nxt not in self.lex.cue_forms or nxt.endswith("ing")):
            return  # "a German warning about": a noun
        if h >= 2 and tokens[h - 2].text == ",":
            return  # "Brian Sandoval, a Republican, said": an apposition to a name
        country = reg.demonym_country(tokens[h].start)
        affiliation = None
        if country is None:
            party = place_info.organization(word + "s")
            if party is None or party.type != "party":
                return
            country = party.country
            affiliation = reg.lookup(party.name)
        entity = reg.described(word, ActorKind.PERSON, word.lower(), country, affiliation)
        reg.mention(entity, tokens[h - 1].start, tokens[h].end, self.text)
        found[h] = entity

    def _relative_who(self, tokens: list[Token], h: int) -> None:
        """ "an architect who said", "Mr. Kamin, who emphasized": "who" names the actor before it.

        Only a person or group ending right before "who" (or its comma) is
        its antecedent; "the wife of a man who" has no actor there and gets no mention.
        """
        k = h - 1 if tokens[h - 1].text != "," else h - 2
        if k < 0 or self.registry.quoted(tokens[h].start):
            return
        entity = self.registry.entity_ending_at(tokens[k].end)
        if entity is not None and entity.kind in _WHO_KINDS:
            self.registry.mention(entity, tokens[h].start, tokens[h].end, self.text, pronoun=True)

    def _joint_head(self, tokens: list[Token], h: int) -> bool:
        """Whether the noun at ``h`` ends its phrase ("the two countries signed"), not
        "the two countries' ministries" or "the two countries' relations"."""
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else ""
        if nxt in POSSESSIVES or nxt in ("'", "\u2019"):
            return False
        return nxt not in self.interesting and nxt not in non_actor_heads()

    def _joint_reference(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "the two countries", "Both governments": a noun of ``joint_nouns.tsv`` that is no
        description word makes a group only as a joint reference, and not after a
        preposition or before "of" ("officials from both countries", "both sides of the
        border"); see :mod:`._joint`. One that is a description word ("Both leaders") is
        read as any description, its count included."""
        opening = self.openings.opening(tokens, h, True)
        if opening.count and not is_complement(tokens, opening.k, h):
            self._mention_description(tokens, h, found, True, opening)

    def _person_description(self, tokens: list[Token], h: int, found: dict[int, Entity], plural: bool) -> None:
        """ "a senior Indian security official", "Ecuadorian security forces", "Both
        leaders": a person, or a group when ``plural``, by a description with the head
        noun at ``h``."""
        self._mention_description(tokens, h, found, plural, self.openings.opening(tokens, h, plural))

    def _mention_description(
        self, tokens: list[Token], h: int, found: dict[int, Entity], plural: bool, opening: Opening
    ) -> None:
        """Mention the person or group a description with the head noun at ``h`` and the
        ``opening`` words before it stands for: one named before ("the coast guard", "the
        protesters"), the actors of a joint reference ("Both governments"), or a new one.

        A singular with neither a determiner nor a modifier is none ("spokesman said").
        """
        reg = self.registry
        text = self.text
        head = tokens[h].text.lower()
        k, count, affiliation, country = opening.k, opening.count, opening.affiliation, opening.country
        det = tokens[k].text.lower() if k >= 0 else ""
        if plural and det in ("this", "that"):
            det = ""  # "show that women earn less": "that" opens a clause, it is no determiner
        first = k + 1
        if det == "both" and count:
            first, k, det = k, k - 1, ""  # "Both governments": the word is in the name
        has_det = det in DETERMINERS or det in POSSESSIVE_DETS
        modified = first < h
        end = tokens[h].end
        complement = self._head_complement(tokens, h, head, det if not plural else "")
        if complement is not None:
            end, owner = complement
            modified = True
            if owner is not None:
                affiliation = owner if owner.kind is ActorKind.ORGANIZATION else affiliation
                country = country or owner.country
        if not plural and not has_det and not modified:
            return
        start = tokens[first].start if modified else tokens[h].start
        mention_start = tokens[k].start if has_det else start
        # "Police fired", "Ecuadorian security forces", "the coast guard": a body, as "the
        # police" is (a compound of two words is listed whole in org_nouns.txt)
        compound = f"{tokens[h - 1].text.lower()} {head}" if h > 0 else ""
        is_compound = compound in self.lex.org_nouns
        body = is_compound or head in self.lex.org_nouns
        kind = ActorKind.ORGANIZATION if body else ActorKind.GROUP if plural else ActorKind.PERSON
        part = self._partitive(tokens, k) if plural and has_det and kind is ActorKind.GROUP else None
        if part is not None:
            # "one of the bankers said", "Two of the council's 10 members voted": some of the
            # group, named with the count; one of them is a person
            mention_start = tokens[part].start
            name = text[mention_start:end]
            kind = ActorKind.PERSON if tokens[part].text.lower() == "one" else ActorKind.GROUP
            part_of = reg.described(name, kind, head, country, affiliation)
            reg.mention(part_of, mention_start, end, text)
            found[h] = part_of
            return
        if is_compound and det == "the" and first == h - 1:
            # "the coast guard" after "the Philippine Coast Guard": the body named before
            entity = reg.by_head(compound, (kind,))
            if entity is not None:
                reg.mention(entity, mention_start, end, text)
                return
        if (det == "the" or kind is ActorKind.ORGANIZATION) and not modified:
            entity = reg.by_head(head, (kind,))
            if entity is not None:
                reg.mention(entity, mention_start, end, text)
                return
        if (has_det and det in ("a", "an", "the", "one", "another")) or not has_det:
            name = text[start:end]
        else:
            name = text[mention_start:end]
        members = self.joints.members(count, head, tokens[0].start, mention_start) if count else []
        if members:
            entity = self.joints.group(name, head, members)
        else:
            entity = reg.described(name, kind, head, None if opening.mixed else country, affiliation)
        reg.mention(entity, mention_start, end, text)
        found[h] = entity

    @staticmethod
    def _partitive(tokens: list[Token], k: int) -> int | None:
        """The index of the count that takes part of the group whose determiner is at
        ``k``: "one" in "one of the bankers", "Two" in "Two of the council's 10 members";
        ``None`` when no count and "of" stand before it."""
        if k < 2 or tokens[k - 1].text != "of":
            return None
        count = tokens[k - 2].text.lower()
        if count not in _PARTITIVE_COUNTS:
            return None
        if k >= 3 and tokens[k - 3].text.lower() in ("a", "an", "the"):
            return None  # "a number of the", "the two of the": another phrase
        return k - 2

    def _trailing_source(self, tokens: list[Token], h: int) -> bool:
        """Whether the pronoun at ``h`` is "it" or "they" speaking in a trailing attribution:
        "Most of the oil was bought by refineries in China's Shandong province, it said."
        The source is named before the sentence, not among the words it reports."""
        n = len(tokens)
        return (
            tokens[h].text in ("it", "they")
            and h >= 1
            and tokens[h - 1].text == ","
            and h + 1 < n
            and tokens[h + 1].text in self.lex.cue_forms
            and (h + 2 >= n or tokens[h + 2].text in _TRAILING_ENDS)
        )

    def _speaker_end(self, tokens: list[Token], h: int) -> int | None:
        """Where the subject of a reporting verb right before the pronoun at ``h`` ends:
        "the European Union said it", "Mexico says that it"."""
        k = h - 1
        if k >= 1 and tokens[k].text == "that":
            k -= 1
        if k >= 1 and tokens[k].text in self.lex.cue_forms and tokens[k].text.islower():
            return tokens[k - 1].end
        return None

    def _head_complement(
        self, tokens: list[Token], h: int, head: str, det: str = ""
    ) -> tuple[int, Entity | None] | None:
        """Where a complement after the head noun at ``h`` that belongs in the description
        ends, and the actor it names when that is no person: "a spokesperson for the
        ministry" (the ministry), "Relatives of the victims", "people familiar with the
        matter" (none).

        A person there is someone else ("a lawyer for Mr. Kim"), and so is a place after
        "in" ("reporters in Brussels": where they are, not who they are), except after one
        person ``det`` names as "a" or "one" ("a teacher in Adigrat": the place names her).
        After a
        spokesperson noun, "for the" and a phrase naming no actor stays in the description
        ("a spokesman for the prime minister's office").
        """
        reg = self.registry
        n = len(tokens)
        nxt = tokens[h + 1].text if h + 1 < n else ""
        if nxt in _COMPLEMENT_PREPS and h + 2 < n:
            g = h + 2
            if tokens[g].text.lower() == "the" and g + 1 < n:
                g += 1
            owner = reg.longest_starting_at(tokens[g].start) or reg.longest_starting_at(tokens[h + 2].start)
            if owner is not None and nxt == "in" and owner.kind is ActorKind.LOCATION and det not in _ONE_DETS:
                owner = None  # "reporters in Brussels": where they are; but "a teacher in Adigrat" is named so
            if owner is not None and owner.kind is not ActorKind.PERSON:
                return max(reg.end_of(owner, tokens[g].start), reg.end_of(owner, tokens[h + 2].start)), owner
            if owner is None and nxt == "of" and head in RELATIONAL_HEADS:
                end = self._plain_complement(tokens, h + 2)  # "supporters of independence"
                return None if end is None else (end, None)
            if owner is None and nxt == "for" and head in _SPOKESPEOPLE and tokens[h + 2].text.lower() == "the":
                end = self._body_phrase_end(tokens, h + 3)  # "a spokesman for the prime minister's office"
                return None if end is None else (end, None)
            if owner is None and nxt in _WORKPLACE_PREPS and tokens[h + 2].text.lower() == "the":
                # "Two officials at the state lithium company said": a body no name gives,
                # where they work, up to its organisation noun
                end = self._body_phrase_end(tokens, h + 3)
                if end is not None:
                    last = next((t.text for t in tokens[h + 3 :] if t.end == end), "")
                    if last.lower() in self.lex.org_nouns:
                        return end, None
            return None
        if POSTNOMINAL_ADJECTIVES.get(nxt.lower()) == (tokens[h + 2].text.lower() if h + 2 < n else ""):
            end = self._complement_end(tokens, h + 3)  # "people familiar with the matter"
            return None if end is None else (end, None)
        return None

    def _complement_end(self, tokens: list[Token], g: int) -> int | None:
        """Where the noun phrase opening at token ``g`` ends ("the matter", "the Kremlin's
        thinking"): a determiner and up to four words, none of them a reporting verb, an
        auxiliary, a relative pronoun, a conjunction or a preposition; ``None`` when no
        word is there."""
        n = len(tokens)
        if g < n and (tokens[g].text.lower() in DETERMINERS or tokens[g].text.lower() in POSSESSIVE_DETS):
            g += 1
        end = None
        for j in range(g, min(g + 4, n)):
            word = tokens[j].text
            low = word.lower()
            if not word.replace("'", "").replace("\u2019", "").isalpha() or low in self.lex.cue_forms:
                break
            if low in COMPLEMENT_STOPS:
                break
            end = tokens[j].end
        return end

    def _body_phrase_end(self, tokens: list[Token], g: int) -> int | None:
        """Where a lower-case phrase naming a body, opening at token ``g`` after "for the",
        ends: up to four words and possessives ("the mission", "the prime minister's
        office"), none a verb form or a name, ending at a punctuation mark, a reporting
        verb or another verb ("for the mission declined" is "the mission")."""
        n = len(tokens)
        j = g
        while j < n and j - g < 5:
            word = tokens[j].text
            if word in POSSESSIVES or (word.endswith("-based") and j > g):
                j += 1  # "the prime minister's office", "the bloc's Lima-based secretariat"
                continue
            if not (word.isalpha() and word.islower()) or word in COMPLEMENT_STOPS:
                break
            if word in self.lex.cue_forms and word not in self.modifiers:
                break  # a verb; but "the state lithium company": "state" is a modifier
            if word.endswith(("ed", "ing", "ly")) or word in verb_past_forms() or word in DETERMINERS:
                break
            j += 1
        if j == g or tokens[j - 1].text in POSSESSIVES or (j < n and is_cap(tokens[j].text)):
            return None  # "for the opposition Party for Freedom": a name goes on
        return tokens[j - 1].end

    def _plain_complement(self, tokens: list[Token], g: int) -> int | None:
        """Where a lower-case noun phrase of one to three words opening at token ``g`` ends
        ("the victims", "independence", "the dead soldiers"), when nothing but a verb, a
        punctuation mark or a clause word follows it; ``None`` otherwise."""
        n = len(tokens)
        if g < n and (tokens[g].text in DETERMINERS or tokens[g].text in POSSESSIVE_DETS):
            g += 1
        j = g
        while j < n and j - g < 4:
            word = tokens[j].text
            if j == g and is_cap(word) and self.registry.demonym_country(tokens[j].start) is not None:
                j += 1  # "Leaders of the Hungarian community": a nationality opens the phrase
                continue
            if not (word.isalpha() and word.islower()) or word in COMPLEMENT_STOPS or word in self.lex.cue_forms:
                break
            if word.endswith(("ed", "ing", "ly")) or word in verb_past_forms() or word in DETERMINERS:
                break
            j += 1
            if word in self.lex.org_nouns:
                break  # "members of the platform committee": the body ends the phrase
        if j == g or j - g > 3 or tokens[j - 1].text in self.modifiers:
            return None  # "allies of free thought": an adjective cannot end it
        if j < n and tokens[j].text in POSSESSIVES:
            return None  # "members of the mine's workers"
        if j + 2 < n and tokens[j].text == "in":
            place = self.registry.longest_starting_at(tokens[j + 1].start)
            if place is not None and place.kind in (ActorKind.LOCATION, ActorKind.COUNTRY):
                # "Leaders of the Hungarian community in Zakarpattia urged": where the
                # community lives belongs to it
                last = j + 1
                while last + 1 < n and tokens[last + 1].end <= self.registry.end_of(place, tokens[j + 1].start):
                    last += 1
                j = last + 1
        if j < n and tokens[j].text.isalpha():
            # the phrase must end there: a verb or a clause word follows ("Relatives of the
            # victims welcomed"), not a name or a noun ("families of the Bondi victims",
            # "people of the great state of Ohio")
            nxt = tokens[j].text
            if not (
                nxt in COMPLEMENT_STOPS
                or nxt in _PHRASE_END_VERBS
                or (nxt.islower() and (nxt.endswith("ed") or nxt in verb_only_past_forms()))
                or (nxt in self.lex.cue_forms and nxt.endswith(("s", "ed")))
            ):
                return None
        return tokens[j - 1].end

    def _plural_noun(self, word: str) -> bool:
        """Whether a lower-case word reads as a plural noun, not a verb: "results", not "says"."""
        return (
            word.isalpha()
            and word.islower()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in self.lex.cue_forms
            and word not in _THIRD_PERSON_AUXILIARIES
        )
