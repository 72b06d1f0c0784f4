"""Score newsdoc's events against the English MEANTIME corpus (Wikinews, NewsReader 2015).

Each MEANTIME article is rebuilt as a newsdoc Article: the creation-time TIMEX3 gives the
date, sentence 0 the headline, and every later sentence a paragraph (MEANTIME keeps no
paragraph breaks; the sentence holding the creation date is left out). Tokens are joined
with ordinary English spacing and their offsets kept, so gold annotations map onto the
Article text. The full default pipeline then runs on each article.

Figures printed (no assertions):

* triggers: span overlap of our events with gold EVENT_MENTIONs. MEANTIME marks every
  event mention (said, be, rise, contract...), far more than newsworthy PLOVER events, so
  recall is low by design; read precision, and recall restricted to gold mentions whose
  predicate lemma our lexicon lists.
* participants: on matched events, gold HAS_PARTICIPANT links with sem_role Arg0 (agent)
  and Arg1 (patient) against our agent and target participants; a participant is right
  when one of its actor's mentions overlaps the gold entity mention.
* actors: every named mention (syntactic type NAM) of a gold person, organisation or
  location entity is found when one of our actors has a mention overlapping it, and
  typed right when that actor's kind fits (PER person; ORG organization or country, for
  governments named by their country; LOC location or country). Precision: of our
  actors' name mentions (not pronouns, not lower-case descriptions) in sentences that
  have gold entity mentions (MEANTIME annotates only some sentences of each article),
  the share that overlaps some gold entity mention of any kind.
* times: on matched events with a gold anchor (a TLINK INCLUDES / IS_INCLUDED /
  SIMULTANEOUS to a dated TIMEX3, else the dated TIMEX3 of the event's sentence), whether
  our time value equals the gold value, or is compatible with it (one is a prefix of the
  other: "2008-03" and "2008-03-01").

Usage:
    python benchmarks/meantime_eval.py [MEANTIME_DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import attrs

import newsdoc
from newsdoc import Article, EventLexicon, Role
from newsdoc._extract._words import lexicons

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "meantime-english"
NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "'",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "%",
}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "#"}
ANCHORING = {"INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"}


@attrs.define
class Gold:
    """One MEANTIME document: the Article built from it and its gold annotations, as spans."""

    article: Article
    events: dict[str, tuple[int, int, str, str]]  # m_id -> (start, end, pred, pos)
    entities: dict[str, tuple[int, int]]
    timex: dict[str, tuple[int, int, str, str]]  # m_id -> (start, end, type, value)
    participants: list[tuple[str, str, str]]  # (event m_id, entity m_id, sem_role)
    anchors: dict[str, str]  # event m_id -> gold time value
    named: list[tuple[int, int, str]]  # (start, end, PER|ORG|LOC) of named entity mentions


def _span(el: ET.Element, offsets: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    spans = [offsets[a.get("t_id", "")] for a in el.findall("token_anchor") if a.get("t_id") in offsets]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def load(path: Path) -> Gold | None:
    """Rebuild one MEANTIME XML file as an Article with gold spans; None if it has no date."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    markables = root.find("Markables")
    if markables is None:
        return None
    dct = next((t for t in markables.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct is None:
        return None
    dct_tokens = {a.get("t_id") for a in dct.findall("token_anchor")}
    dct_sentences = {s for t_id, s, _ in tokens if t_id in dct_tokens}
    date = (dct.get("value") or "")[:10]
    sentences: dict[int, list[tuple[str, str]]] = {}
    for t_id, s, word in tokens:
        if s not in dct_sentences:
            sentences.setdefault(s, []).append((t_id, word))
    order = sorted(sentences)
    if not order:
        return None
    offsets: dict[str, tuple[int, int]] = {}
    segments: list[str] = []
    base = 0
    for s in order:
        parts: list[str] = []
        length = 0
        previous = ""
        for t_id, word in sentences[s]:
            if parts and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
                parts.append(" ")
                length += 1
            offsets[t_id] = (base + length, base + length + len(word))
            parts.append(word)
            length += len(word)
            previous = word
        segments.append("".join(parts))
        base += length + len("\n\n")
    try:
        article = Article(id=path.stem, date=date, headline=segments[0], paragraphs=segments[1:])
    except (newsdoc.NewsdocError, ValueError):
        return None
    events: dict[str, tuple[int, int, str, str]] = {}
    entities: dict[str, tuple[int, int]] = {}
    timex: dict[str, tuple[int, int, str, str]] = {}
    entity_types = {el.get("m_id", ""): el.get("ent_type") or "" for el in markables if el.tag == "ENTITY"}
    syntactic = {el.get("m_id", ""): el.get("syntactic_type") or "" for el in markables if el.tag == "ENTITY_MENTION"}
    for el in markables:
        span = _span(el, offsets)
        m_id = el.get("m_id", "")
        if span is None:
            continue
        if el.tag == "EVENT_MENTION":
            events[m_id] = (*span, (el.get("pred") or "").lower(), el.get("pos") or "")
        elif el.tag == "ENTITY_MENTION":
            entities[m_id] = span
        elif el.tag == "TIMEX3":
            timex[m_id] = (*span, el.get("type") or "", el.get("value") or "")
    dct_id = dct.get("m_id", "")
    participants: list[tuple[str, str, str]] = []
    anchors: dict[str, str] = {}
    named: list[tuple[int, int, str]] = []
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        source = rel.find("source")
        target = rel.find("target")
        if source is None or target is None:
            continue
        src, tgt = source.get("m_id", ""), target.get("m_id", "")
        if rel.tag == "HAS_PARTICIPANT":
            participants.append((src, tgt, rel.get("sem_role") or ""))
        elif rel.tag == "REFERS_TO" and entity_types.get(tgt) in ("PER", "ORG", "LOC"):
            for mention in rel.findall("source"):  # every mention of the entity
                m_id = mention.get("m_id", "")
                if syntactic.get(m_id) == "NAM" and m_id in entities:
                    named.append((*entities[m_id], entity_types[tgt]))
        elif rel.tag == "TLINK" and rel.get("reltype") in ANCHORING:
            event, time = (src, tgt) if src in events else (tgt, src)
            value = dct.get("value", "")[:10] if time == dct_id else timex.get(time, (0, 0, "", ""))[3]
            if event in events and _dated(value) and (event not in anchors or time != dct_id):
                anchors[event] = value
    # no TLINK anchor: the dated TIMEX3 of the event's sentence
    for m_id, (start, _end, _, _) in events.items():
        if m_id in anchors:
            continue
        paragraph = article.paragraph_of(start)
        span = article.paragraph_spans[paragraph]
        for t_start, _t_end, kind, value in timex.values():
            if span.start <= t_start <= span.end and kind in ("DATE", "TIME") and _dated(value):
                anchors[m_id] = value
                break
    return Gold(article, events, entities, timex, participants, anchors, named)


def _dated(value: str) -> bool:
    return len(value) >= 4 and value[:4].isdigit()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def covered_lemmas(lexicon: EventLexicon) -> frozenset[str]:
    """The predicate lemmas our lexicon can name: verbs' first words, nouns' last words."""
    out = set()
    for entry in lexicon.entries:
        words = entry.trigger.split()
        out.add(words[0] if entry.pos == "verb" else words[-1])
        out.update(w for w in entry.trigger.replace("-", " ").split())
    return frozenset(out)


def evaluate(directory: Path, verbose: bool = False) -> None:
    files = sorted(directory.glob("**/*.xml"))
    covered = covered_lemmas(EventLexicon.default())
    n_pred = n_gold = tp_pred = tp_gold = 0
    n_gold_cov = tp_gold_cov = 0
    agent = Counter[str]()
    target = Counter[str]()
    times = Counter[str]()
    kinds = Counter[str]()
    names = Counter[str]()
    docs = 0
    for path in files:
        gold = load(path)
        if gold is None:
            continue
        docs += 1
        article = newsdoc.extract(gold.article)
        mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in article.actors}
        preds = [(e, (e.span.start, e.span.end)) for e in article.events]
        n_pred += len(preds)
        n_gold += len(gold.events)
        matched: dict[str, newsdoc.Event] = {}
        for e, span in preds:
            hits = [m for m, g in gold.events.items() if _overlaps(span, (g[0], g[1]))]
            if hits:
                tp_pred += 1
                kinds[e.kind] += 1
                for m in hits:
                    matched.setdefault(m, e)
            elif verbose:
                print(f"  FP {path.stem[:40]}: {e.kind} {e.trigger!r}")
        tp_gold += len(matched)
        for m_id, (_, _, pred, _) in gold.events.items():
            if pred in covered:
                n_gold_cov += 1
                tp_gold_cov += m_id in matched
        for ev_id, ent_id, role in gold.participants:
            if ev_id not in matched or ent_id not in gold.entities or role not in ("Arg0", "Arg1"):
                continue
            ours = Role.AGENT if role == "Arg0" else Role.TARGET
            counter = agent if role == "Arg0" else target
            counter["gold"] += 1
            actors = [p.actor for p in matched[ev_id].participants if p.role == ours]
            if actors:
                counter["ours"] += 1
            if any(_overlaps(s, gold.entities[ent_id]) for a in actors for s in mentions.get(a, [])):
                counter["right"] += 1
        _score_actors(gold, article, names, verbose)
        for m_id, e in matched.items():
            value = gold.anchors.get(m_id)
            if value is None:
                continue
            times["gold"] += 1
            if e.time is None:
                continue
            times["ours"] += 1
            ours_value = e.time.value
            if ours_value == value[: len(ours_value)] or value == ours_value[: len(value)]:
                times["compatible"] += 1
            if ours_value == value:
                times["exact"] += 1
    if not docs:
        print(f"meantime: no MEANTIME documents under {directory}")
        return

    def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> str:
        p = tp_p / n_p if n_p else 0.0
        r = tp_g / n_g if n_g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.2f} R={r:.2f} F1={f:.2f}"

    print(f"MEANTIME English: {docs} documents, {n_gold} gold event mentions, {n_pred} newsdoc events")
    print(f"triggers (all gold mentions)        {prf(tp_pred, n_pred, tp_gold, n_gold)}")
    print(f"precision of ours against gold      {tp_pred}/{n_pred} = {tp_pred / max(n_pred, 1):.2f}")
    covered_recall = tp_gold_cov / max(n_gold_cov, 1)
    print(f"recall, lexicon-covered predicates  {tp_gold_cov}/{n_gold_cov} = {covered_recall:.2f}")
    for label, c in (("agent (Arg0)", agent), ("target (Arg1)", target)):
        right = c["right"] / max(c["gold"], 1)
        print(
            f"{label:14s} on matched events     right {c['right']}/{c['gold']} = {right:.2f}"
            f"  (we name one for {c['ours']}; precision {c['right'] / max(c['ours'], 1):.2f})"
        )
    print(
        f"time on matched anchored events     exact {times['exact']}/{times['gold']}"
        f" = {times['exact'] / max(times['gold'], 1):.2f}, compatible {times['compatible']}/{times['gold']}"
        f" = {times['compatible'] / max(times['gold'], 1):.2f} (we give a time for {times['ours']})"
    )
    print("matched kinds:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(
        f"actors: named gold mentions found  {names['found']}/{names['gold']} = "
        f"{names['found'] / max(names['gold'], 1):.2f}, typed right {names['typed']}/{names['gold']} = "
        f"{names['typed'] / max(names['gold'], 1):.2f}"
    )
    for kind in ("PER", "ORG", "LOC"):
        print(f"  {kind}: found {names['found ' + kind]}/{names['gold ' + kind]}, typed right {names['typed ' + kind]}")
    print(
        f"actors: precision of our name mentions {names['right ours']}/{names['ours']} = "
        f"{names['right ours'] / max(names['ours'], 1):.2f}"
    )


_FITS = {"PER": {"person"}, "ORG": {"organization", "country"}, "LOC": {"location", "country"}}


def _score_actors(gold: Gold, article: Article, names: Counter[str], verbose: bool) -> None:
    """Count named gold entity mentions our actors find and type, and our name mentions gold has."""
    ours = [
        (m.start, m.end, a.kind.value)
        for a in article.actors
        for m in a.mentions
        if m.text[:1].isupper() and m.text.lower() not in lexicons().pronouns
    ]
    for start, end, kind in gold.named:
        names["gold"] += 1
        names["gold " + kind] += 1
        hits = [k for s, e, k in ours if _overlaps((s, e), (start, end))]
        if hits:
            names["found"] += 1
            names["found " + kind] += 1
        if any(k in _FITS[kind] for k in hits):
            names["typed"] += 1
            names["typed " + kind] += 1
        elif verbose:
            print(f"  actor miss {gold.article.id[:30]}: {kind} {gold.article.text[start:end]!r} ours {hits}")
    spans = list(gold.entities.values())
    # MEANTIME annotates only some sentences of an article: judge ours only in those
    annotated = {gold.article.paragraph_of(start) for start, _ in spans}
    for start, end, _kind in ours:
        if gold.article.paragraph_of(start) not in annotated:
            continue
        names["ours"] += 1
        if any(_overlaps((start, end), g) for g in spans):
            names["right ours"] += 1
        elif verbose:
            print(f"  actor FP {gold.article.id[:30]}: {gold.article.text[start:end]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--verbose", action="store_true", help="list our events that match no gold mention")
    args = parser.parse_args()
    if not args.directory.is_dir():
        print(f"meantime: {args.directory} is absent; skipping")
        return 0
    evaluate(args.directory, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
