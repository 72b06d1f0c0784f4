"""newsdoc.dask: Dask bags of Articles, on Dask's local schedulers."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsdoc
from newsdoc import NewsdocError

dask = pytest.importorskip("dask")
import newsdoc.dask as nd  # noqa: E402 - only once dask is known to be installed


def _write(root: Path, count: int) -> None:
    for n in range(1, count + 1):
        (root / f"art{n:02d}.txt").write_text(
            f"date 2024-02-{n:02d} Story {n}\n\nThe minister said talks would resume.", encoding="utf-8"
        )


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_read_articles_gives_the_articles_in_order(tmp_path: Path, scheduler: str) -> None:
    _write(tmp_path, 7)
    bag = nd.read_articles(str(tmp_path / "*.txt"), partition_size=3)
    articles = bag.compute(scheduler=scheduler)
    assert [f"art{n:02d}" for n in range(1, 8)] == [a.id for a in articles]


def test_read_articles_matches_newsdoc_read(tmp_path: Path) -> None:
    _write(tmp_path, 2)
    articles = nd.read_articles(tmp_path).compute(scheduler="synchronous")
    assert [newsdoc.read(tmp_path / "art01.txt"), newsdoc.read(tmp_path / "art02.txt")] == articles


def test_to_jsonl_writes_one_file_per_partition(tmp_path: Path) -> None:
    _write(tmp_path, 5)
    bag = nd.read_articles([str(tmp_path / f"art0{n}.txt") for n in range(1, 6)], partition_size=2)
    with dask.config.set(scheduler="processes"):
        names = nd.to_jsonl(bag, str(tmp_path / "out" / "part-*.jsonl.gz"))
    lines = [line for name in sorted(names) for line in gzip.decompress(Path(name).read_bytes()).splitlines()]
    assert (3, [f"art0{n}" for n in range(1, 6)]) == (len(names), [newsdoc.loads(x).id for x in lines])


def test_to_jsonl_needs_a_star_in_the_pattern(tmp_path: Path) -> None:
    _write(tmp_path, 1)
    with pytest.raises(NewsdocError, match="needs a '\\*'"):
        nd.to_jsonl(nd.read_articles(tmp_path), str(tmp_path / "out.jsonl"))


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(NewsdocError, match=r"pip install newsdoc\[dask\]"):
        nd.read_articles("whatever.txt")
