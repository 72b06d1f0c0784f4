"""Bad input never crashes newsdoc: only NewsdocError escapes, and what is accepted round-trips.

The properties go through the public API (``newsdoc.parse``, ``newsdoc.loads``, the CLI)
with the default pipeline, so they cover every extraction step that is built in.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

import newsdoc
from newsdoc._cli import main
from tests import strategies


def _parse(data: str | bytes) -> newsdoc.Article | None:
    """The parsed Article, or None when the reader refused the input with a ParseError.

    Any other exception propagates and fails the test: even a ValidationError, which
    here would mean that an extraction step built an inconsistent Article.
    """
    try:
        return newsdoc.parse(data, source="fuzz.txt")
    except newsdoc.ParseError:
        return None


def _assert_round_trips(article: newsdoc.Article | None) -> None:
    if article is not None:
        assert article == newsdoc.loads(newsdoc.dumps(article))


# -- newsdoc.parse ---------------------------------------------------------------------------------


@given(strategies.arbitrary_text())
@example("")
@example("date 2023-12-28 x")
@example("date 2023-12-28 \u201c\n\n\u201c\u201d\u201c")
def test_parse_of_any_text_raises_only_newsdoc_errors(text: str) -> None:
    _assert_round_trips(_parse(text))


@given(strategies.arbitrary_bytes())
@example(b"\xef\xbb\xbf")
@example(b"date 2023-12-28 x\n\n\xff")
def test_parse_of_any_bytes_raises_only_newsdoc_errors(data: bytes) -> None:
    _assert_round_trips(_parse(data))


@given(strategies.dates(), st.text(), st.text())
def test_any_body_under_a_valid_header_raises_only_newsdoc_errors(
    date: object, headline: str, body: str
) -> None:
    _assert_round_trips(_parse(f"date {date} x{headline}\n\n{body}"))


@given(strategies.mutated_seeds())
def test_mutated_articles_raise_only_newsdoc_errors_and_round_trip(data: str | bytes) -> None:
    _assert_round_trips(_parse(data))


@given(strategies.seed_articles())
def test_generated_valid_articles_are_accepted_and_round_trip(text: str) -> None:
    article = newsdoc.parse(text)
    assert article == newsdoc.loads(newsdoc.dumps(article))


def test_the_seed_article_round_trips_after_extraction() -> None:
    article = newsdoc.parse(strategies.SEED_TEXT)
    assert article == newsdoc.loads(newsdoc.dumps(article))


# -- pathological input terminates -----------------------------------------------------------------

MEGABYTE = 1_000_000
PATHOLOGICAL = {
    "straight quotes": '"',
    "curly quotes": "\u201c\u201d",
    "mixed quote marks": "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u300c\u300d",
    "periods": ".",
    "single word": "x",
    "said tokens": "said ",
    "according to": "according to ",
    "abbreviations": "U.S. Mr. Dr. ",
    "sentences": "Kim said on Monday that troops attacked Seoul. ",
    "quoted quotes": "He said \"she said 'they said \u201cno\u201d' \" ",
}


def _paragraph(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_the_reader_takes_a_one_megabyte_pathological_paragraph(unit: str) -> None:
    body = _paragraph(unit, MEGABYTE)
    article = newsdoc.parse(f"date 2023-12-28 Pathological input\n\n{body}\n", extract=False)
    assert body == article.paragraphs[0]


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_extraction_of_a_100k_pathological_paragraph_terminates(unit: str) -> None:
    body = _paragraph(unit, 100_000)
    article = newsdoc.parse(f"date 2023-12-28 Pathological input\n\n{body}\n")
    assert article == newsdoc.loads(newsdoc.dumps(article))


@pytest.mark.slow
@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_extraction_of_a_one_megabyte_pathological_paragraph_terminates(unit: str) -> None:
    body = _paragraph(unit, MEGABYTE)
    article = newsdoc.parse(f"date 2023-12-28 Pathological input\n\n{body}\n")
    assert len(body) == len(article.paragraphs[0])


# -- the command line ------------------------------------------------------------------------------


def _run(args: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}"
    )
    return result.exit_code, result.stderr


@given(strategies.mutated_seeds(max_mutations=2))
def test_cli_parse_of_any_file_exits_0_or_3(data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "article.txt")
        path.write_bytes(raw)
        code, stderr = _run(["parse", str(path)])
    assert code in (0, 3), stderr
    assert "internal error" not in stderr


@given(strategies.arbitrary_bytes())
def test_cli_parse_of_any_stdin_exits_0_or_3(data: bytes) -> None:
    code, stderr = _run(["parse", "-"], stdin=data)
    assert code in (0, 3), stderr


@given(strategies.mutated_seeds(max_mutations=2))
def test_cli_show_of_any_file_exits_0_or_3(data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "article.txt")
        path.write_bytes(raw)
        code, stderr = _run(["show", str(path)])
    assert code in (0, 3), stderr


_ARTICLE_JSON = strategies.articles().map(lambda a: newsdoc.dumps(a).encode())


@given(st.one_of(strategies.arbitrary_bytes(), _ARTICLE_JSON))
def test_cli_validate_of_any_json_file_exits_0_3_or_4(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "article.json")
        path.write_bytes(data)
        code, stderr = _run(["validate", str(path)])
    assert code in (0, 3, 4), stderr


@given(st.lists(st.one_of(st.binary(max_size=40), _ARTICLE_JSON)))
def test_cli_validate_of_any_json_lines_file_exits_0_3_or_4(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "articles.jsonl")
        path.write_bytes(b"\n".join(lines))
        code, stderr = _run(["validate", str(path)])
    assert code in (0, 3, 4), stderr


# -- newsdoc.loads ---------------------------------------------------------------------------------


@given(st.one_of(strategies.arbitrary_bytes(), strategies.arbitrary_text()))
def test_loads_of_anything_raises_only_newsdoc_errors(data: str | bytes) -> None:
    try:
        article = newsdoc.loads(data)
    except newsdoc.NewsdocError:
        return
    assert article == newsdoc.loads(newsdoc.dumps(article))


@given(strategies.articles(), st.data())
def test_loads_of_a_damaged_document_raises_only_newsdoc_errors(
    article: newsdoc.Article, data: st.DataObject
) -> None:
    text = newsdoc.dumps(article)
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    pieces = ["", "1", "-1", "null", "[]", "{}", '"x"', ",", "}", "]", ":", "1e999", "18446744073709551616"]
    piece = data.draw(st.sampled_from(pieces))
    damaged = text[:cut] + piece + text[cut + data.draw(st.integers(min_value=0, max_value=5)) :]
    try:
        result = newsdoc.loads(damaged)
    except newsdoc.NewsdocError:
        return
    assert result == newsdoc.loads(newsdoc.dumps(result))
