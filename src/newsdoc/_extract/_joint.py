"""Joint references: "both governments", "the two countries", "both sides".

A joint reference names no actor of its own but stands for several named before it:
"both" or "the two" ("the three") before a plural noun of ``joint_nouns.tsv``. In "Serbia
and Kosovo have traded accusations. Both governments say ..." the phrase "Both
governments" is a group whose ``members`` are Serbia and Kosovo, and an event it takes
part in has them as participants. The count is in the group's name ("two Central Asian
neighbours"); after a preposition or before "of", a joint noun that is no description
word makes no actor: the phrase is a complement of another word ("officials from both
countries", "both sides of the border").

The members are the last actors joined by "and" (and commas) before the reference's
sentence, in its paragraph or the one before, exactly as many as the count, of the kinds
the noun refers to (the file's ``refers`` column: countries for "governments", people
for "leaders", countries or organisations for "sides"). A list in the reference's own
sentence, or one whose sentence goes on to a joint reference of its own, is more often
of actors who act on the pair ("Qatar and Turkey urged both sides") and is passed over.
For countries, when no list qualifies, the last list of the article before counts (within
the reach below), else the countries named most often so far (none on a tie). References that stand for the same
actors are one group ("The two countries ... both sides").

Bounds keep the work linear in the article, however long: an article resolves at most
``_JOINT_CAP`` joint references, each reads back over the mentions of at most
``_JOINT_REACH`` characters, and the rest of a list's sentence is read over at most 400.

The actors step finds the phrase among its tokens, in its pass over descriptions
(:mod:`._descriptions`), and names it; this module says whether a phrase is a joint
reference, which actors it stands for, and which group it is.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from itertools import pairwise

from newsdoc._extract._coref import Entity, Registry, group_key
from newsdoc._extract._words import Token
from newsdoc._lexicon import load_table
from newsdoc._models import ActorKind

__all__ = ["JointReferences", "is_complement", "joint_count", "joint_nouns"]

# the counts of a joint reference after "the": "the two countries", "the three leaders"
_JOINT_COUNTS = {"two": 2, "three": 3}
# prepositions before a joint reference that make it a place or a part, no actor: "civilians
# on both sides", "officials from both countries", "trade between the two countries"
_JOINT_PREPOSITIONS = frozenset({"in", "on", "of", "from", "across", "among", "between", "within", "at"})
# joint references an article resolves; a real article has a handful
_JOINT_CAP = 100
# the paragraphs a joint reference looks back over for its actors: its own and the one before
_JOINT_PARAGRAPHS = 2
# how far back, in characters, a joint reference reads for the actors it stands for
_JOINT_REACH = 20_000
# the kinds of actor a joint reference may stand for, by the "refers" column of joint_nouns.tsv
_JOINT_KINDS = {
    "country": frozenset({ActorKind.COUNTRY}),
    "person": frozenset({ActorKind.PERSON}),
    "organization": frozenset({ActorKind.ORGANIZATION}),
    "any": frozenset({ActorKind.COUNTRY, ActorKind.ORGANIZATION}),
}
# what joins the actors of a list: a comma, and "and" (or "&") before the last
_LISTED = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
# the rest of a sentence after a list of actors, in which a joint reference is looked for
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,400}")

# a mention as the lists are read: (start, end, actor)
_Mention = tuple[int, int, Entity]


@cache
def joint_nouns() -> dict[str, str]:
    """The nouns of joint references ("both governments") -> the kind of actor they stand
    for: "country", "person", "organization" or "any" (``joint_nouns.tsv``)."""
    return {row["noun"]: row["refers"] for row in load_table("joint_nouns.tsv")}


def joint_count(tokens: list[Token], k: int, h: int) -> int:
    """How many actors the phrase after token ``k`` up to the head ``h`` stands for when it
    is a joint reference, "Both governments" (2) or "the three countries" (3); else 0.

    "both" opens the phrase, or "the" and a count do; "both farmers and workers" is a
    pair of groups, no joint reference.
    """
    first = k + 1
    if h + 1 < len(tokens) and tokens[h + 1].text in ("and", "&"):
        return 0
    if tokens[first].text.lower() == "both":
        return 2
    if k >= 0 and tokens[k].text.lower() == "both" and first == h:
        return 2
    if k >= 0 and tokens[k].text.lower() == "the" and first < h:
        return _JOINT_COUNTS.get(tokens[first].text.lower(), 0)
    return 0


def is_complement(tokens: list[Token], k: int, h: int) -> bool:
    """Whether the joint reference after token ``k`` up to the head ``h`` belongs to another
    word instead of naming actors: after a preposition ("officials from both countries")
    or before "of" ("both sides of the border")."""
    after = tokens[h + 1].text if h + 1 < len(tokens) else ""
    return after == "of" or (k > 0 and tokens[k - 1].text.lower() in _JOINT_PREPOSITIONS)


class JointReferences:
    """The joint references of one article, as its sentences are read in order.

    Args:
        registry: The article's actors, whose mentions so far hold the members.
        text: The article's text.
        paragraph_starts: Where each paragraph starts, in order.
    """

    def __init__(self, registry: Registry, text: str, paragraph_starts: list[int]) -> None:
        self.registry = registry
        self.text = text
        self.paragraph_starts = paragraph_starts
        self.reads = 0  # joint references resolved so far, up to _JOINT_CAP

    def members(self, count: int, head: str, sentence: int, offset: int) -> list[Entity]:
        """The ``count`` actors the joint reference with the noun ``head`` at ``offset``, in
        the sentence starting at ``sentence``, stands for ("Serbia and Kosovo ... Both
        governments": Serbia and Kosovo); empty when no reading gives exactly ``count``
        distinct actors, or once the article has resolved ``_JOINT_CAP`` of them.

        The last ``count`` actors of the noun's kinds joined by "and" (and commas) before
        the reference's sentence, in its paragraph or the one before; for a noun that
        refers to countries, else the last such list of the article before it, else the
        ``count`` countries named most often so far.
        """
        self.reads += 1
        if self.reads > _JOINT_CAP:
            return []
        nouns = joint_nouns()
        refers = nouns[head]
        kinds = _JOINT_KINDS[refers]
        outer = _outer_mentions(self.registry.mentions, sentence)
        phrase = _joint_phrase(frozenset(nouns))
        listed = _last_list(self.text, outer, count, kinds, self._window(offset), phrase)
        if listed or refers != "country":
            return listed
        listed = _last_list(self.text, outer, count, kinds, 0, phrase)
        if listed:
            return listed
        return _most_named_countries(outer, count)

    def group(self, name: str, head: str, members: list[Entity]) -> Entity:
        """The group a joint reference with ``members`` names: the one read before for the
        same actors ("both sides" after "the two countries"), else a new one, even when a
        group of that name stands for others ("Both governments" of another pair)."""
        registry = self.registry
        wanted = set(members)
        for entity in registry.entities:
            if entity.members and set(entity.members) == wanted:
                return entity
        known = registry.names.get(group_key(name))
        if known is not None and not known.members:
            known.members = members  # read before the cap on joint references was met
            return known
        entity = registry.add(Entity(name=name, kind=ActorKind.GROUP, head=head, members=members))
        registry.names.setdefault(group_key(name), entity)
        return entity

    def _window(self, offset: int) -> int:
        """Where the text a joint reference at ``offset`` reads back over starts: the start
        of the paragraph ``_JOINT_PARAGRAPHS - 1`` before its own."""
        starts = self.paragraph_starts
        i = bisect.bisect_right(starts, offset) - 1
        return starts[max(0, i - _JOINT_PARAGRAPHS + 1)]


def _outer_mentions(mentions: list[_Mention], sentence: int) -> list[_Mention]:
    """The outermost of ``mentions`` that end before ``sentence``, in text order ("the
    Bank of England", not "England" inside it), read back over ``_JOINT_REACH``
    characters at most (sentences add their mentions in text order)."""
    floor = sentence - _JOINT_REACH
    spans = []
    for i in range(len(mentions) - 1, -1, -1):
        s, e, _entity = mentions[i]
        if s < floor:
            break
        if e <= sentence:
            spans.append((s, -e, i))
    spans.sort()
    outer: list[_Mention] = []
    for s, neg_end, i in spans:
        if outer and s < outer[-1][1]:
            continue
        outer.append((s, -neg_end, mentions[i][2]))
    return outer


def _last_list(
    text: str,
    outer: list[_Mention],
    count: int,
    kinds: frozenset[ActorKind],
    since: int,
    phrase: re.Pattern[str],
) -> list[Entity]:
    """The last ``count`` actors of ``kinds`` in ``outer`` joined as a list, starting from ``since``."""
    for last in range(len(outer) - 1, count - 2, -1):
        chain = outer[last - count + 1 : last + 1]
        if chain[0][0] < since:
            break
        if len({e for _s, _e, e in chain}) != count or any(e.kind not in kinds for _s, _e, e in chain):
            continue
        gaps = [text[a[1] : b[0]] for a, b in pairwise(chain)]
        if not all(_LISTED.fullmatch(g) for g in gaps[:-1]) or not _JOINED.fullmatch(gaps[-1]):
            continue
        before = last - count
        if before >= 0 and _LISTED.fullmatch(text[outer[before][1] : chain[0][0]]):
            continue  # "Kenya, Uganda and Tanzania": three, not the two named last
        rest = _SENTENCE_REST.match(text, chain[-1][1])
        if rest is not None and phrase.search(rest.group()):
            continue  # "Qatar and Turkey, which brokered a ceasefire between the two sides": others
        return [e for _s, _e, e in chain]
    return []


def _most_named_countries(outer: list[_Mention], count: int) -> list[Entity]:
    """The ``count`` countries named most often in ``outer`` ("Israel ... Iran ... Israel
    ... Iran ... Qatar": Israel and Iran), in order of first mention; empty when fewer are
    named, or when one left out is named as often as one taken (no telling which)."""
    counts: dict[Entity, int] = {}
    last: dict[Entity, int] = {}
    for s, _e, entity in outer:
        if entity.kind is ActorKind.COUNTRY:
            counts[entity] = counts.get(entity, 0) + 1
            last[entity] = s
    ranked = sorted(counts, key=lambda e: (counts[e], last[e]), reverse=True)
    if len(ranked) < count or (len(ranked) > count and counts[ranked[count - 1]] == counts[ranked[count]]):
        return []
    return sorted(ranked[:count], key=lambda e: e.first)


@lru_cache(maxsize=4)
def _joint_phrase(nouns: frozenset[str]) -> re.Pattern[str]:
    """A joint reference: "both" or "the two"/"the three", up to three words, and one of
    ``nouns`` ("the two Central Asian neighbours"); not "Hamas and Fatah both accuse"."""
    heads = "|".join(sorted(map(re.escape, nouns)))
    return re.compile(rf"\b(?:both|the (?:two|three))\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\b", re.IGNORECASE)
