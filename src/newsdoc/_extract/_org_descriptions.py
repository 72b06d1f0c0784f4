"""Organisations named by a lower-case head noun: "the regulator", "North Korea's
defense ministry", "A court in Montenegro".

Pass 1 reads them with the names, so that pass 2 reads none as a description of people:
a head after a name, which extends it ("Colombia's central bank raised", "the Russian
embassy"); a head after a determiner, a possessive or "state" ("the ruling party", "his
party", "state media"); and an indefinite head with the place it is in, before a verb
("A court in Montenegro sentenced", "a bank in Cyprus said").
"""

from __future__ import annotations

from newsdoc._extract._actor_words import (
    AFTER_HEAD,
    DETERMINERS,
    MORE_PREPOSITIONS,
    NOT_ADJUNCTS,
    POSSESSIVE_DETS,
    PUNCT_STOP,
    is_cap,
)
from newsdoc._extract._coref import Entity, place_info
from newsdoc._extract._event_lexicon import verb_only_past_forms, verb_past_forms
from newsdoc._extract._reading import ReadingPart
from newsdoc._extract._words import Token, is_possessive
from newsdoc._models import ActorKind

__all__ = ["OrgDescriptionReader"]

# modifiers that make a bare lower-case organisation noun an actor without a determiner
_BARE_ORG_MODIFIERS = frozenset(
    {"state", "state-run", "government", "official", "local", "national", "foreign", "international", "independent",
     "opposition"}
)
# heads that name a body only after its owner, never as a bare description ("took office"):
# "the UN human rights office", "Netanyahu's office", "Ukraine's security service", "the
# U.N. mission" (a mission only after a body or a country: "Sanders's mission" is a goal)
_OWNED_ORG_HEADS = frozenset({"office", "bureau", "service", "mission"})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


class OrgDescriptionReader(ReadingPart):
    """The organisations one article names by a lower-case head."""

    def extension(
        self, tokens: list[Token], i: int, j: int, entity: Entity | None, found: dict[int, Entity]
    ) -> int:
        """After a name, a lower-case organisation head: "North Korea's defense ministry"."""
        k = j
        if k < len(tokens) and is_possessive(tokens, k):
            k += 1  # "Iran's", "Laos'"
        for size in range(3):
            h = k + size
            if h >= len(tokens):
                break
            w = tokens[h].text
            # "Sudan's army-backed government": a hyphenated modifier is a word of the phrase;
            # "Canada's minority Liberal government": so is a capitalised modifier
            if not w.replace("-", "").isalpha() or w in AFTER_HEAD:
                break
            if w in self.lex.cue_forms and w not in self.modifiers:
                break  # a verb ("Iran said"), but "the Texas state government": a modifier
            if not w.islower() and w.lower() not in self.modifiers:
                break
            if w in NOT_ADJUNCTS or w in MORE_PREPOSITIONS or w in DETERMINERS:
                break  # "eastern Congo between the army and M23": a preposition, no modifier
            if h + 1 < len(tokens) and f"{w} {tokens[h + 1].text}" in self.lex.org_nouns:
                h += 1  # "Taiwan's coast guard": a compound head
                w = f"{w} {tokens[h].text}"
            if w in verb_only_past_forms() and w not in self.modifiers:
                break  # a verb, no modifier: "Carter took office"
            if (
                w in self.lex.org_nouns
                or (w in _OWNED_ORG_HEADS and (k > j or (entity is not None and entity.kind is ActorKind.ORGANIZATION)))
            ) and not (w == "mission" and (entity is None or entity.kind is ActorKind.PERSON)) and (
                h + 1 >= len(tokens)
                or (
                    (
                        k > j
                        or (entity is None and self.registry.demonym_country(tokens[i].start) is not None)
                        or self._placed_by_article(tokens, i, entity)
                    )
                    and _past_verb(_after_adverb(tokens, h + 1))
                )  # "Colombia's central bank raised", "the Chinese central bank cut", "narrowly survived",
                # "A Nairobi court sentenced"
                or tokens[h + 1].text in AFTER_HEAD
                or tokens[h + 1].text in self.titles
                or tokens[h + 1].text in self.lex.person_nouns
                or (
                    tokens[h + 1].text in PUNCT_STOP
                    or tokens[h + 1].text == "."
                    or tokens[h + 1].text in self.lex.cue_forms
                )
            ):
                start, end = tokens[i].start, tokens[h].end
                surface = self.text[start:end]
                if entity is not None:
                    country = entity.country
                else:  # "Sierra Leone People's Party", "the Russian embassy"
                    words = [t.text for t in tokens[i:j]]
                    country = self.reading.country_in(words) or self.registry.demonym_country(tokens[i].start)
                org = self.registry.organization(surface, country, (), surface, head=w)
                if entity is not None and entity.kind is ActorKind.ORGANIZATION:
                    org.affiliation = entity
                self.registry.mention(org, start, end, self.text)
                found[h] = org
                return h + 1
        return j

    @staticmethod
    def _placed_by_article(tokens: list[Token], i: int, entity: Entity | None) -> bool:
        """Whether the name at ``i`` is a place an article opens, as in "A Nairobi court" or
        "the Beijing court": the body after it is of that place."""
        return (
            entity is not None
            and entity.kind in (ActorKind.LOCATION, ActorKind.COUNTRY)
            and i > 0
            and tokens[i - 1].text.lower() in ("a", "an", "the")
        )

    def org_description(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "the regulator", "his party", "state media": a lower-case organisation description."""
        if h in found:
            return
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else "."
        # a past verb after the head ends the phrase too: "The government raised prices"
        if not (_past_verb(nxt) or nxt in AFTER_HEAD or nxt in PUNCT_STOP or nxt == "." or nxt in self.lex.cue_forms):
            return
        k = h - 1
        while k >= 0 and k >= h - 2 and tokens[k].text.islower() and (
            tokens[k].text in self.modifiers or _hyphenated_modifier(tokens[k].text)
        ):
            k -= 1  # "the ruling party", "the army-backed government"
        adverb = tokens[k - 1].text if k >= 1 else ""
        if tokens[k].text.endswith("ed") and adverb.endswith("ly") and adverb.islower():
            k -= 2  # "the internationally recognised government", "the democratically elected government"
        det = tokens[k].text if k >= 0 else ""
        lower_det = det.lower()
        reg = self.registry
        head = tokens[h].text
        if lower_det in DETERMINERS or lower_det in POSSESSIVE_DETS:
            start = tokens[k + 1].start
            country = None
            if lower_det in POSSESSIVE_DETS:
                owner = reg.resolve_pronoun(lower_det, tokens[k].start)
                country = owner.country if owner is not None else None
            elif nxt == "in":
                placed = self._place_before_verb(tokens, h)
                country = placed[1] if placed is not None else None  # "the government in Port Sudan said"
            if lower_det in ("a", "an", "another", "one"):
                if lower_det in ("a", "an"):
                    self._body_in_place(tokens, k, h, found)  # "A court in Montenegro sentenced"
                return
        elif k + 1 < h and tokens[k + 1].text in _BARE_ORG_MODIFIERS:
            start = tokens[k + 1].start
            country = reg.recent_country()
        else:
            if k >= 1 and tokens[k - 1].text.lower() in ("a", "an") and self.reading.adjunct_word(det):
                self._body_in_place(tokens, k - 1, h, found)  # "An election court in Malaysia voided"
            return
        end = tokens[h].end
        surface = self.text[start:end]
        entity = reg.by_head(head, (ActorKind.ORGANIZATION,)) if surface == head else None
        if entity is None:
            entity = reg.organization(surface, country, (), surface, head=head)
        mention_start = tokens[k].start if lower_det in POSSESSIVE_DETS or lower_det == "the" else start
        reg.mention(entity, mention_start, end, self.text)
        found[h] = entity

    def _body_in_place(self, tokens: list[Token], k: int, h: int, found: dict[int, Entity]) -> None:
        """ "A court in Montenegro sentenced", "a bank in Cyprus said": an indefinite body
        named by where it is, as the subject of a verb, is an organisation of that place.

        The determiner at ``k``, the head at ``h``, then "in", a known place, maybe a day
        ("on Wednesday") or an adverb, and a past verb, a reporting verb or an auxiliary.
        """
        placed = self._place_before_verb(tokens, h)
        if placed is None:
            return
        e, iso3 = placed
        start, end = tokens[k + 1].start, tokens[e - 1].end
        surface = self.text[start:end]
        entity = self.registry.organization(surface, iso3, (), surface, head=tokens[h].text)
        self.registry.mention(entity, tokens[k].start, end, self.text)
        found[h] = entity

    def _place_before_verb(self, tokens: list[Token], h: int) -> tuple[int, str] | None:
        """After the head at ``h``: "in", a known place, maybe a day ("on Wednesday") or an
        adverb, then a past verb, a reporting verb or an auxiliary. The index after the
        place and the place's country, or ``None``."""
        n = len(tokens)
        if h + 2 >= n or tokens[h + 1].text != "in" or not is_cap(tokens[h + 2].text):
            return None
        e = h + 2
        while e < n and e - h <= 4 and is_cap(tokens[e].text):
            e += 1
        place = self.text[tokens[h + 2].start : tokens[e - 1].end]
        iso3 = next((m.iso3 for m in place_info.places(place) if m.iso3 and m.role != "demonym"), None)
        if iso3 is None:
            return None
        q = e
        if q + 1 < n and tokens[q].text == "on" and tokens[q + 1].text in _WEEKDAYS:
            q += 2
        if q >= n:
            return None
        verb = _after_adverb(tokens, q)
        if not (_past_verb(verb) or verb in self.lex.cue_forms or verb in ("has", "have", "had", "was")):
            return None
        return e, iso3


def _after_adverb(tokens: list[Token], k: int) -> str:
    """The word at ``k``, or the one after it when it is an adverb in -ly ("narrowly survived")."""
    word = tokens[k].text
    if word.endswith("ly") and word.islower() and k + 1 < len(tokens):
        return tokens[k + 1].text
    return word


def _past_verb(word: str) -> bool:
    """Whether a word after an organisation noun reads as its past-tense verb ("raised",
    "held")."""
    return (word.endswith("ed") and word.isalpha() and word.islower()) or word in verb_past_forms()


def _hyphenated_modifier(word: str) -> bool:
    """A lower-case hyphenated modifier of a body: "army-backed", "state-run", "rebel-held"."""
    return "-" in word and word.replace("-", "").isalpha() and word.endswith(_BODY_PARTICIPLES)


_BODY_PARTICIPLES = ("-backed", "-led", "-run", "-owned", "-held", "-controlled", "-based", "-appointed", "-aligned")
