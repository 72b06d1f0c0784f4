"""Linking mentions to actors: the registry of one article's entities.

Names are linked by exact surface and by the parts of a person's name ("Kim" after "Kim
Jong Un"), acronyms by their expansion, descriptions by their head noun ("the party"
after "his party"), and pronouns to the first compatible actor of the nearest sentence
that has one (a subject is usually named first).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import attrs

from newsdoc._extract._doc import Doc
from newsdoc._extract._gazetteer import Country, Organization, PlaceMatch, gazetteer
from newsdoc._extract._words import lexicons
from newsdoc._models import Actor, ActorKind, Mention

__all__ = ["Entity", "Registry", "group_key", "place_info"]

_PRONOUN_LOOKBACK = 3  # sentences, not counting those wholly inside a quotation
# mentions of one sentence read for an antecedent, from its start: a real sentence names
# far fewer; a pathological one (a megabyte without a full stop) stays linear
_SENTENCE_MENTION_CAP = 64
# the gender a pronoun excludes: "he" never means a person known to be a woman
_EXCLUDES = {"he": "f", "him": "f", "his": "f", "himself": "f", "she": "m", "her": "m", "hers": "m", "herself": "m"}


def group_key(name: str) -> str:
    """The key of a group in :attr:`Registry.names`: apart from names, whatever the case
    ("#pakistani troops" for "Pakistani troops"). Described groups and joint references
    (:mod:`._joint`) share it, so a name read again is the group read before."""
    return "#" + name.lower()


def gender_of(words: Iterable[str]) -> str | None:
    """The gender the first telling word gives ("Mrs.", "Hillary", "spokeswoman"), if any."""
    genders = lexicons().genders
    for word in words:
        gender = genders.get(word) or genders.get(word.lower())
        if gender is not None:
            return gender
    return None
# heads of descriptions that may refer to any organisation named before
_GENERIC_ORG_HEADS = frozenset({"company", "firm", "group", "organization", "organisation", "club", "team"})


# the kinds of actor whose own organisation a pronoun means rather than them ("Russia's defence ministry")
_OWNERS = frozenset({ActorKind.COUNTRY, ActorKind.LOCATION, ActorKind.ORGANIZATION})
# a reporting verb right after a mention, or right before it: its actor is a source
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|reported|announced|stated)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to)\s+(?:the\s+)?\Z")
# what stands between a described person and the name in apposition to it: a comma,
# after the description's complement ("minister for humanitarian affairs, Fadumo Hassan Nur")
_APPOSITION_GAP = re.compile(r"(?:\s+(?:for|of|at|in)\s+[^,;.\"\u201c\u201d]{1,50})?,\s+")
# what stands between an owner's mention and the mention of what it owns: "Kazakhstan's "
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+")
# a preposition of place, or "of", right before a mention: "In Moscow", "the Gulf of Finland"
_GOVERNING = re.compile(r"\b(?:[Ii]n|[Aa]t|of|from|near|across|into|off|inside|outside)\s+(?:the\s+)?\Z")


@attrs.define(eq=False)
class Entity:
    """An actor being built while the article is read."""

    name: str
    kind: ActorKind
    country: str | None = None
    title: str | None = None
    affiliation: Entity | None = None
    head: str | None = None
    gender: str | None = None  #: "f" or "m" when a given name, title or role noun tells it
    aliases: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int, str]] = attrs.Factory(list)
    #: the actors a joint reference stands for ("both governments": Serbia and Kosovo)
    members: list[Entity] = attrs.Factory(list)
    first: int = -1
    id: str = ""


class _Places:
    """The gazetteer's lookups, as the actors step uses them."""

    def places(self, surface: str) -> tuple[PlaceMatch, ...]:
        return gazetteer().places(surface)

    def organization(self, surface: str) -> Organization | None:
        return gazetteer().organization(surface)

    def country(self, iso3: str) -> Country | None:
        try:
            return gazetteer().country(iso3)
        except KeyError:
            return None


place_info = _Places()


def _plain(name: str) -> str:
    """A name without its possessive marks: "Sudan's army" -> "Sudan army"."""
    return name.replace("'s ", " ").replace("\u2019s ", " ")


class Registry:
    """The entities of one article, their mentions, and the indexes to link new ones."""

    def __init__(self, quotes: list[tuple[int, int, bool]] | None = None, text: str = "") -> None:
        self.text = text  # the article's text, which the mentions index
        self.quotes = quotes or []
        self.quote_starts = [q[0] for q in self.quotes]
        self.entities: list[Entity] = []
        self.names: dict[str, Entity] = {}
        self.countries: dict[str, Entity] = {}
        self.demonyms: dict[int, str] = {}
        self.by_start: dict[int, list[tuple[int, Entity]]] = {}
        self.by_end: dict[int, list[tuple[int, Entity]]] = {}
        self.sentence_mentions: list[list[tuple[int, int, Entity]]] = []
        self.sentence_quoted: list[bool] = []  # the sentence lies wholly inside a quotation
        self.mentions: list[tuple[int, int, Entity]] = []

    def begin_sentence(self, number: int, start: int, end: int) -> None:
        """Start sentence ``number``, which runs from ``start`` to ``end``."""
        while len(self.sentence_mentions) <= number:
            self.sentence_mentions.append([])
            self.sentence_quoted.append(False)
        self.sentence_quoted[number] = self.quoted(start) and self.quoted(end - 1)

    # -- making entities ---------------------------------------------------------------

    def add(self, entity: Entity) -> Entity:
        """Add ``entity`` to the article's actors and return it: the makers here use it, and
        :mod:`._joint` for the group of a joint reference ("Both governments")."""
        self.entities.append(entity)
        return entity

    def lookup(self, surface: str) -> Entity | None:
        return self.names.get(surface)

    def person_named(self, surname: str) -> bool:
        """Whether a person read so far has ``surname`` as the last word of a name."""
        return any(
            e.kind is ActorKind.PERSON and (name == surname or name.endswith(" " + surname))
            for name, e in self.names.items()
        )

    def add_alias(self, entity: Entity, alias: str) -> None:
        if alias != entity.name and alias not in entity.aliases:
            entity.aliases.append(alias)
        self.names.setdefault(alias, entity)

    def organization(
        self, name: str, country: str | None, aliases: Iterable[str], surface: str, head: str | None = None
    ) -> Entity:
        entity = self.names.get(name) or self.names.get(surface) or self.names.get(_plain(name))
        if entity is not None and country is not None and entity.country not in (None, country):
            entity = None  # "Azerbaijan's Defence Ministry" after "Armenia's Defence Ministry": another body
        if entity is None or entity.kind is not ActorKind.ORGANIZATION:
            entity = self.add(Entity(name=name, kind=ActorKind.ORGANIZATION, country=country, head=head))
            self.names[name] = entity
            self.names.setdefault(_plain(name), entity)  # "Sudan army" and "Sudan's army"
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if len(initials) >= 3:
                self.names.setdefault(initials, entity)
        if surface != entity.name:
            self.add_alias(entity, surface)
        for alias in aliases:
            self.names.setdefault(alias, entity)
        return entity

    def country(self, iso3: str | None) -> Entity | None:
        if iso3 is None:
            return None
        entity = self.countries.get(iso3)
        if entity is None:
            info = place_info.country(iso3)
            name = getattr(info, "name", None) or iso3
            entity = self.add(Entity(name=name, kind=ActorKind.COUNTRY, country=iso3))
            self.countries[iso3] = entity
            self.names.setdefault(name, entity)
        return entity

    def country_starting(self, word: str) -> Entity | None:
        for iso3, entity in self.countries.items():
            if entity.name.startswith(word + " ") and iso3:
                return entity
        return None

    def location(self, surface: str, iso3: str | None) -> Entity:
        key = "@" + surface
        entity = self.names.get(key)
        if entity is None:
            entity = self.add(Entity(name=surface, kind=ActorKind.LOCATION, country=iso3))
            self.names[key] = entity
        return entity

    def person(self, surface: str, words: list[str], title: str | None, country: str | None) -> Entity:
        entity = None
        if len(words) > 1:  # "Kim" in a headline, then "Kim Jong Un": one person, named in full
            for part in (words[0], words[-1]):
                known = self.names.get(part)
                if known is not None and known.kind is ActorKind.PERSON and " " not in known.name:
                    entity = known
                    self.add_alias(entity, entity.name)
                    entity.name = surface
                    entity.title = entity.title or title
                    entity.country = entity.country or country
                    break
        gender = gender_of([*(title.split() if title else ()), words[0]])
        if entity is None:
            entity = self.add(
                Entity(name=surface, kind=ActorKind.PERSON, country=country, title=title, gender=gender)
            )
        entity.gender = entity.gender or gender
        self.names[surface] = entity
        if len(words) > 1:
            for part in (words[-1], words[0]):
                if part not in lexicons().first_names or part == words[0]:
                    self.names[part] = entity
                else:  # "Elizabeth Warren", then "Warren": a surname that is also a given name
                    self.names.setdefault(part, entity)
            last = words[-1]
            if last[:1].islower() and last[-1:].isalpha():  # "al-Burhan", later just "Burhan"
                for mark in ("-", "'", "\u2019"):
                    if mark in last:
                        self.names.setdefault(last.split(mark, 1)[1], entity)
                        break
        return entity

    def described(
        self, name: str, kind: ActorKind, head: str, country: str | None, affiliation: Entity | None
    ) -> Entity:
        # "Pakistani troops" named again later are the same troops: one actor
        key = group_key(name) if kind is ActorKind.GROUP else None
        known = self.names.get(key) if key is not None else None
        if known is not None:
            return known
        gender = gender_of([head]) if kind is ActorKind.PERSON else None
        entity = self.add(
            Entity(name=name, kind=kind, country=country, head=head, affiliation=affiliation, gender=gender)
        )
        if key is not None:
            self.names[key] = entity
        return entity

    def by_head(self, head: str, kinds: tuple[ActorKind, ...]) -> Entity | None:
        # "the Bank" after "the Bank of England", "the commission" after "Electoral Commission of Zambia"
        last, remit = f" {head}", (f" {head} of ", f" {head} for ")
        for _start, _end, entity in reversed(self.mentions):
            if entity.kind not in kinds:
                continue
            if entity.kind is ActorKind.GROUP and entity.head is not None and entity.head != head:
                continue  # "the victims" are not the "Relatives of the victims"
            name = entity.name.lower()
            if entity.head == head or name.endswith(last) or any(r in f" {name}" for r in remit):
                return entity
        if head in _GENERIC_ORG_HEADS and ActorKind.ORGANIZATION in kinds:
            # "the company" after "Acme Widgets Inc.": the latest organisation named by name
            for _start, _end, entity in reversed(self.mentions):
                if entity.kind is ActorKind.ORGANIZATION and entity.head is None:
                    return entity
        return None

    # -- mentions ----------------------------------------------------------------------

    def mention(self, entity: Entity, start: int, end: int, text: str, pronoun: bool = False) -> None:
        entity.mentions.append((start, end, text[start:end]))
        if entity.first < 0:
            entity.first = start
        self.mentions.append((start, end, entity))
        self.by_start.setdefault(start, []).append((end, entity))
        self.by_end.setdefault(end, []).append((start, entity))
        if self.sentence_mentions:
            # ties at one start keep the order the mentions were found in: a deterministic
            # key (never the entity's address), so an article reads the same every time
            bisect.insort(self.sentence_mentions[-1], (start, len(self.mentions), entity))

    def note_demonym(self, start: int, iso3: str | None) -> None:
        if iso3 is not None:
            self.demonyms[start] = iso3

    def demonym_country(self, start: int | None) -> str | None:
        return self.demonyms.get(start) if start is not None else None

    def entity_ending_at(self, end: int) -> Entity | None:
        items = self.by_end.get(end)
        return min(items, key=lambda x: x[0])[1] if items else None

    def start_of(self, entity: Entity, end: int) -> int:
        return min((s for s, e in self.by_end.get(end, []) if e is entity), default=end)

    def longest_starting_at(self, start: int) -> Entity | None:
        items = self.by_start.get(start)
        return max(items, key=lambda x: x[0])[1] if items else None

    def end_of(self, entity: Entity, start: int) -> int:
        return max((e for e, ent in self.by_start.get(start, []) if ent is entity), default=start)

    def recent_country(self) -> str | None:
        for _start, _end, entity in reversed(self.mentions):
            if entity.country is not None:
                return entity.country
        return None

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation."""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.quotes[i][0] < offset < self.quotes[i][1]

    def resolve_pronoun(
        self,
        word: str,
        offset: int,
        clause: int | None = None,
        speaker_end: int | None = None,
        trailing: bool = False,
    ) -> Entity | None:
        """The actor a pronoun refers to: the first compatible one of the nearest sentence.

        Args:
            word: The pronoun.
            offset: Where it stands.
            clause: Where the subordinate clause holding it starts ("until the RSF
                withdraws from cities it seized"), if it is in one: a compatible actor
                named in that clause before the pronoun comes first.
            speaker_end: Where the subject of a reporting verb right before the pronoun
                ends ("the European Union said it had released"): a compatible actor
                ending there is the one meant.
            trailing: Whether the pronoun speaks in a trailing attribution ("..., it
                said."): the source is looked for in the sentences before, not among the
                actors of the words it reports, unless none fits there.
        """
        lower = word.lower()
        kinds = lexicons().pronouns.get(lower)
        if not kinds:
            return None
        excluded = _EXCLUDES.get(lower)

        def fits(entity: Entity) -> bool:
            return entity.kind.value in kinds and (excluded is None or entity.gender != excluded)

        if speaker_end is not None:
            speaker = self.entity_ending_at(speaker_end)
            if speaker is not None and fits(speaker):
                return speaker
        sentences = self.sentence_mentions
        if clause is not None and sentences:
            for start, _key, entity in islice(sentences[-1], _SENTENCE_MENTION_CAP):
                if start >= offset:
                    break
                if start >= clause and fits(entity) and not self.quoted(start):
                    return entity
        # the nearest sentences, this one first; one wholly inside a quotation holds no
        # antecedent and does not count ('"We lost. They won," he said.')
        def nearest() -> Iterator[list[tuple[int, int, Entity]]]:
            return (
                sentences[-1 - back]
                for back in range(len(sentences))
                if back == 0 or not self.sentence_quoted[-1 - back]
            )

        if trailing and lower == "it" and len(sentences) > 1:
            # the sentences before this one: at most as many as a pronoun looks back over
            before = self._resolve_before(islice(nearest(), 1, 1 + _PRONOUN_LOOKBACK), fits)
            if before is not None:
                return before
        for back, sentence in enumerate(islice(nearest(), _PRONOUN_LOOKBACK)):
            placed = None
            for i, (start, key, entity) in enumerate(islice(sentence, _SENTENCE_MENTION_CAP)):
                if self.quoted(start):
                    continue
                if back == 0 and start >= offset:
                    break
                if fits(entity):
                    entity = self._antecedent_at(sentence, i, start, key, entity, fits)
                    # after "in", "of"...: taken only when no other actor fits ("In Moscow, ...")
                    if _GOVERNING.search(self.text, max(0, start - 16), start) is None:
                        return entity
                    placed = placed or entity
            if placed is not None:
                return placed
        return None

    def _resolve_before(
        self, sentences: Iterable[list[tuple[int, int, Entity]]], fits: Callable[[Entity], bool]
    ) -> Entity | None:
        """The source of the nearest of ``sentences`` (those before the pronoun's, nearest
        first) that names a fitting actor, or else its first fitting actor outside
        quotations, one after "in" or "of" last."""
        for sentence in sentences:
            first = placed = None
            for i, (start, key, entity) in enumerate(islice(sentence, _SENTENCE_MENTION_CAP)):
                if self.quoted(start) or not fits(entity):
                    continue
                end = self.mentions[key - 1][1]
                if _SAID_AFTER.match(self.text, end) or _SAID_BEFORE.search(self.text, max(0, start - 12), start):
                    return entity  # the source of that sentence: ", the Estonian Defence Forces said."
                if _GOVERNING.search(self.text, max(0, start - 16), start) is None:
                    first = first or self._antecedent_at(sentence, i, start, key, entity, fits)
                else:
                    placed = placed or entity
            if first is not None or placed is not None:
                return first or placed
        return None

    def _antecedent_at(
        self,
        sentence: list[tuple[int, int, Entity]],
        i: int,
        start: int,
        key: int,
        entity: Entity,
        fits: Callable[[Entity], bool],
    ) -> Entity:
        """Of the fitting mentions that start where the ``i``-th of ``sentence`` does, the
        organisation of the longest, or of the one the ``i``-th owns, when that one is a
        country, place or organisation: in "Russia's defence ministry said ... It said" and
        "Kazakhstan's Prosecutor General's Office said ... It said", "It" is the body, not
        its owner. A described person followed by a name in apposition stands for the named
        person."""
        end = first_end = self.mentions[key - 1][1]
        if entity.kind is ActorKind.PERSON and entity.head is not None:
            # "Somalia's minister for humanitarian affairs, Fadumo Hassan Nur, announced ...
            # She": the name in apposition to the description is the one meant
            for other_start, _other_key, other in sentence[i + 1 : i + 6]:
                if (
                    other.kind is ActorKind.PERSON
                    and other.head is None
                    and fits(other)
                    and _APPOSITION_GAP.fullmatch(self.text, first_end, other_start)
                ):
                    return other
        if entity.kind not in _OWNERS:
            return entity  # "Elliott's father recalled ... He": the person may be either
        for other_start, other_key, other in sentence[i + 1 : i + 4]:
            owned = other_start > start and _POSSESSIVE_GAP.fullmatch(self.text, first_end, other_start) is not None
            if other_start != start and not owned:
                break
            other_end = self.mentions[other_key - 1][1]
            if other_end > end and other.kind is ActorKind.ORGANIZATION and fits(other):
                entity, end = other, other_end
        return entity

    # -- results -----------------------------------------------------------------------

    def actors(self, doc: Doc) -> list[Actor]:
        """The entities as Actors, in order of first mention, with fresh ids."""
        ordered = sorted((e for e in self.entities if e.mentions), key=lambda e: e.first)
        for entity in ordered:
            entity.id = doc.new_id("a")
        out = []
        pronouns = lexicons().pronouns
        for entity in ordered:
            mentions = sorted(set(entity.mentions))
            aliases = [a for a in entity.aliases if a != entity.name]
            for _s, _e, surface in mentions:
                if surface != entity.name and surface not in aliases and surface.lower() not in pronouns:
                    aliases.append(surface)
            out.append(
                Actor(
                    id=entity.id,
                    name=entity.name,
                    kind=entity.kind,
                    country=entity.country,
                    title=entity.title,
                    affiliation=entity.affiliation.id
                    if entity.affiliation and entity.affiliation.id
                    else None,
                    aliases=aliases,
                    mentions=[Mention(start=s, end=e, text=t) for s, e, t in mentions],
                    members=[member.id for member in entity.members if member.id],
                )
            )
        return out

    def mention_index(self) -> list[tuple[int, int, str]]:
        """Every mention as ``(start, end, actor id)``, sorted; call after :meth:`actors`."""
        return sorted((s, e, ent.id) for s, e, ent in self.mentions if ent.id)
