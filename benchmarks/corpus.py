"""The benchmark corpus, assembled in memory from ../shared/data (never copied into the repo).

Every article is turned into newsdoc's seed text format (``date YYYY-MM-DD headline``,
blank line, paragraphs). Parts whose data is absent are skipped.

- PolNeAR train texts: the first line is the headline, the date comes from metadata.tsv;
- MEANTIME (English) texts: tokens of sentence 0 are the headline, sentence 1 the date,
  and the other sentences are grouped three to a paragraph;
- GUM news texts: the ``<head>`` is the headline, each ``<p>`` a paragraph, the date is
  the text's ``dateCreated``;
- the seed article of the repository.
"""

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "000_65f2b42711d58410.txt"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'’”]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$“]) ")


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def _seed(date: str, headline: str, paragraphs: list[str]) -> str:
    headline = " ".join(headline.split())
    body = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    return f"date {date} {headline}\n\n{body}\n"


def polnear() -> list[tuple[str, str]]:
    """PolNeAR training articles, as (name, seed text)."""
    folder = DATA / "polnear" / "train" / "text"
    metadata = DATA / "polnear" / "metadata.tsv"
    if not folder.is_dir() or not metadata.is_file():
        return []
    dates = {}
    for line in metadata.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 5:
            dates[cols[1]] = cols[5]
    out = []
    for path in sorted(folder.glob("*.txt")):
        date = dates.get(path.stem)
        if not date:
            continue
        blocks = [b for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        if len(blocks) < 2:
            continue
        out.append((f"polnear/{path.stem}", _seed(date, blocks[0], blocks[1:])))
    return out


def _meantime_date(text: str) -> str | None:
    for fmt in ("%B %d, %Y", "%B %d , %Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def meantime() -> list[tuple[str, str]]:
    """MEANTIME English news articles, as (name, seed text)."""
    folder = DATA / "meantime-english" / "intra_cross-doc_annotation"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*/*.xml")):
        sentences: dict[int, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
        ordered = [_detokenize(sentences[k]) for k in sorted(sentences)]
        if len(ordered) < 3:
            continue
        date = _meantime_date(ordered[1]) or "2010-01-01"
        body = ordered[2:]
        paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        out.append((f"meantime/{path.stem}", _seed(date, ordered[0], paragraphs)))
    return out


def _gum_tokens(element: ET.Element) -> list[str]:
    tokens = []
    for chunk in element.itertext():
        for line in chunk.splitlines():
            if line.strip():
                tokens.append(line.split("\t", 1)[0])
    return tokens


def gum() -> list[tuple[str, str]]:
    """GUM news articles, as (name, seed text)."""
    folder = DATA / "gum-news" / "xml"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.xml")):
        root = ET.parse(path).getroot()
        head = root.find("head")
        if head is None:
            continue
        date = root.get("dateCreated") or "2017-01-01"
        paragraphs = [_detokenize(_gum_tokens(p)) for p in root.iter("p")]
        out.append((f"gum/{path.stem}", _seed(date, _detokenize(_gum_tokens(head)), paragraphs)))
    return out


def seed() -> list[tuple[str, str]]:
    """The repository's seed article."""
    return [("seed", SEED.read_text(encoding="utf-8"))] if SEED.is_file() else []


def assemble() -> dict[str, list[tuple[str, str]]]:
    """Every part that has data, by name."""
    parts = {"polnear": polnear(), "meantime": meantime(), "gum": gum(), "seed": seed()}
    return {name: texts for name, texts in parts.items() if texts}
