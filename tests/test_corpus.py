"""Corpus processing: `newsdoc parse` over many inputs, in parallel, gzip, --keep-going."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import newsdoc
from newsdoc import _corpus, _files
from newsdoc._cli import EXIT_CODES, main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_65f2b42711d58410.txt"


def _article(day: int) -> str:
    return (
        f"date 2024-01-{day:02d} Talks resume on day {day}\n\n"
        f"The minister said on day {day} that talks would resume.\n\n"
        "Officials met in Geneva."
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Twelve small articles and the seed, in a directory with a sub-directory."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for day in range(1, 13):
        folder = root / "sub" if day % 3 == 0 else root
        (folder / f"art{day:02d}.txt").write_text(_article(day), encoding="utf-8")
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    return root


def _ids(jsonl: str | bytes) -> list[str]:
    return [orjson.loads(line)["id"] for line in (jsonl.splitlines() if jsonl else [])]


def _parse(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", *args])
    return result.exit_code, result.stdout, result.stderr


def test_jobs_1_and_2_give_identical_output(corpus: Path) -> None:
    _, one, _ = _parse(str(corpus), "--jobs", "1")
    _, two, _ = _parse(str(corpus), "--jobs", "2")
    assert one == two


def test_output_follows_the_sorted_input_order(corpus: Path) -> None:
    code, out, _ = _parse(str(corpus), "--jobs", "2")
    expected = [Path(p).stem for p in sorted(str(f) for f in corpus.rglob("*.txt"))]
    assert (0, expected) == (code, _ids(out))


def test_jobs_0_uses_every_core(corpus: Path) -> None:
    code, out, _ = _parse(str(corpus), "--jobs", "0")
    assert (code, len(_ids(out))) == (0, 13)


def test_gzip_text_input_is_read_with_the_plain_id(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt.gz"
    path.write_bytes(gzip.compress(_article(5).encode()))
    code, out, _ = _parse(str(path))
    assert (code, _ids(out)) == (0, ["talks"])


def test_gzip_jsonl_input_is_read(tmp_path: Path) -> None:
    articles = [newsdoc.parse(_article(d), source=f"a{d}.txt") for d in (1, 2, 3)]
    lines = "".join(newsdoc.dumps(a) + "\n" for a in articles)
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode()))
    code, out, _ = _parse(str(path), "--jobs", "2")
    assert (0, lines) == (code, out)


def test_gzip_output_by_extension(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl.gz"
    _, plain, _ = _parse(str(corpus))
    code, _, _ = _parse(str(corpus), "-o", str(target), "--jobs", "2")
    assert (0, plain) == (code, gzip.decompress(target.read_bytes()).decode())


def test_quoted_glob_is_expanded_recursively(corpus: Path) -> None:
    code, out, _ = _parse(str(corpus / "**" / "art0*.txt"))
    assert (0, [f"art{d:02d}" for d in range(1, 10)]) == (code, sorted(_ids(out)))


def test_glob_matching_nothing_is_an_io_error(tmp_path: Path) -> None:
    code, _, err = _parse(str(tmp_path / "*.txt"))
    assert (code, "no article file matches" in err) == (5, True)


def test_directory_input_finds_nested_files(corpus: Path) -> None:
    code, out, _ = _parse(str(corpus))
    assert (code, len(_ids(out))) == (0, 13)


def _break(corpus: Path) -> tuple[Path, Path]:
    bad_date = corpus / "art04.txt"
    bad_date.write_text("date 2024-13-01 Bad month\n\nText.", encoding="utf-8")
    no_header = corpus / "sub" / "art06.txt"
    no_header.write_text("Just a paragraph.\n", encoding="utf-8")
    return bad_date, no_header


def test_keep_going_processes_the_good_inputs(corpus: Path) -> None:
    _break(corpus)
    _, out, _ = _parse(str(corpus), "--keep-going", "--jobs", "2")
    assert len(_ids(out)) == 11


def test_keep_going_reports_each_bad_input_with_its_location(corpus: Path) -> None:
    bad_date, no_header = _break(corpus)
    _, _, err = _parse(str(corpus), "--keep-going")
    reported = [line for line in err.splitlines() if ".txt:" in line]
    assert [f"{bad_date}:1:6:", f"{no_header}:1:1:"] == [line.split(" ", 1)[0] for line in reported]


def test_keep_going_exits_6_when_some_inputs_failed(corpus: Path) -> None:
    _break(corpus)
    code, _, _ = _parse(str(corpus), "--keep-going", "--jobs", "2")
    assert code == 6


def test_exit_code_6_is_documented() -> None:
    assert ("some inputs failed" in EXIT_CODES[6], True) == (True, "6  some inputs failed" in main.help)


def test_keep_going_reports_a_missing_input_and_goes_on(corpus: Path) -> None:
    code, out, err = _parse(str(corpus / "nope.txt"), str(corpus / "seed.txt"), "--keep-going")
    assert (code, _ids(out), f"{corpus / 'nope.txt'}: " in err) == (6, ["seed"], True)


def test_keep_going_reports_bad_jsonl_lines_by_line(tmp_path: Path) -> None:
    good = newsdoc.dumps(newsdoc.parse(_article(1), source="a.txt"))
    path = tmp_path / "in.jsonl"
    path.write_text(f"{good}\n{{oops\n{good}\n", encoding="utf-8")
    code, out, err = _parse(str(path), "--keep-going")
    assert (code, len(_ids(out)), f"{path}:2:2: invalid JSON" in err) == (6, 2, True)


def test_validation_errors_name_the_document_line_and_json_path(tmp_path: Path) -> None:
    data = orjson.loads(newsdoc.dumps(newsdoc.parse(_article(1), source="a.txt")))
    data["paragraphs"] = [7]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n" + orjson.dumps(data) + b"\n")
    _, _, err = _parse(str(path), "--keep-going")
    assert f"{path}:2:1: $.paragraphs[0]: expected a string, got a number" in err


def test_without_keep_going_the_first_error_stops_with_its_code(corpus: Path, tmp_path: Path) -> None:
    _break(corpus)
    target = tmp_path / "out.jsonl"
    code, _, err = _parse(str(corpus), "-o", str(target), "--jobs", "2")
    assert (3, False, "art04.txt:1:6:" in err) == (code, target.exists(), True)


def test_without_keep_going_an_existing_output_is_left_untouched(corpus: Path, tmp_path: Path) -> None:
    _break(corpus)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.jsonl.gz"
    target.write_bytes(b"previous")
    _parse(str(corpus), "-o", str(target))
    assert (target.read_bytes(), os.listdir(tmp_path / "out")) == (b"previous", ["out.jsonl.gz"])


def test_missing_input_without_keep_going_is_an_io_error(tmp_path: Path) -> None:
    code, _, _ = _parse(str(tmp_path / "nope.txt"))
    assert code == 5


def test_an_interrupted_write_leaves_no_output(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.jsonl.gz"
    items = _corpus.process(_corpus.tasks(_corpus.expand([str(corpus)])), _corpus.Options())

    def failing() -> object:
        for n, item in enumerate(items):
            if n == 5:
                raise RuntimeError("disk on fire")
            yield item

    with pytest.raises(RuntimeError), _files.AtomicOutput(str(target)) as out:
        for item in failing():
            assert isinstance(item, bytes)
            out.write(item)
    assert os.listdir(tmp_path / "out") == []


def test_progress_bar_absent_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    code, _, err = _parse(str(corpus))
    assert (code, err) == (0, "")


def test_stats_prints_the_summary_line(corpus: Path) -> None:
    _, _, err = _parse(str(corpus), "--stats")
    assert err.startswith("newsdoc: 13 articles, 0 errors, ")


def test_progress_bar_drawn_when_asked(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`parse` asks for the bar when stderr is a terminal; the bar counts inputs on stderr."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    _corpus.run(
        _corpus.expand([str(corpus)]), io.BytesIO(), _corpus.Options(),
        report=print, stats=_corpus.Stats(), show_progress=True,
    )
    assert "13/13" in stream.getvalue()


def test_in_flight_work_is_bounded(corpus: Path) -> None:
    """The producer is never more than the window ahead of the consumer."""
    pulled = 0

    def counted() -> object:
        nonlocal pulled
        for task in _corpus.tasks(_corpus.expand([str(corpus)] * 20)):
            pulled += 1
            yield task

    stream = _corpus.process(counted(), _corpus.Options(), jobs=2, chunksize=1, in_flight=3)  # type: ignore[arg-type]
    next(stream)
    ahead = pulled
    stream.close()
    assert ahead <= 4


def test_real_subprocess_with_two_jobs(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", str(corpus), "--jobs", "2", "-o", str(target)],
        capture_output=True, text=True, check=False,
    )
    assert (done.returncode, done.stderr, len(_ids(target.read_bytes()))) == (0, "", 13)
