"""The seed text format reader: faithful where the text is fine, strict where it is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsdoc
from newsdoc import ParseError

GOOD = "date 2023-12-28 Kim urges war preparations\n\nFirst paragraph.\n\nSecond paragraph.\n"


def read(text: str | bytes, source: str | None = "article.txt") -> newsdoc.Article:
    return newsdoc.parse(text, source=source, extract=False)


def error(text: str | bytes, source: str | None = "article.txt") -> ParseError:
    with pytest.raises(ParseError) as err:
        read(text, source)
    return err.value


def test_reads_date_headline_and_paragraphs() -> None:
    article = read(GOOD)
    assert (dt.date(2023, 12, 28), "Kim urges war preparations", ("First paragraph.", "Second paragraph.")) == (
        article.date, article.headline, article.paragraphs)


def test_article_id_is_the_file_stem() -> None:
    assert "000_65f2b42711d58410" == read(GOOD, "seeds/000_65f2b42711d58410.txt").id


def test_article_id_without_a_source() -> None:
    assert "article" == read(GOOD, None).id


def test_the_seed_article(seed_path: Path) -> None:
    article = newsdoc.read(seed_path, extract=False)
    assert (17, "2023-12-28") == (len(article.paragraphs), article.date.isoformat())
    assert article.headline.startswith("North Korean leader Kim Jong Un (L), seen watching")
    assert article.paragraphs[-1].endswith("since it first conducted a nuclear test in 2006")


@pytest.mark.parametrize(
    "variant",
    [
        " " + GOOD,  # a leading space before the header, as in the seed
        GOOD.replace("\n", "\r\n"),  # CRLF
        GOOD.replace("\n", "\r"),  # old Mac CR
        "\ufeff" + GOOD,  # a byte order mark
        GOOD.rstrip("\n"),  # no final newline
        GOOD + "\n\n\n   \n",  # trailing blank lines and whitespace
        GOOD.replace("\n\nSecond", "\n\n\n\n   \n\t\nSecond"),  # extra and whitespace-only blank lines
        "date  2023-12-28   Kim urges war preparations  \n\nFirst paragraph.\n\nSecond paragraph.",
        "DATE 2023-12-28 Kim urges war preparations\n\nFirst paragraph.\n\nSecond paragraph.",
    ],
    ids=["leading-space", "crlf", "cr", "bom", "no-final-newline", "trailing-blanks", "extra-blank-lines",
         "header-spacing", "uppercase-keyword"],
)
def test_lenient_variants_read_the_same(variant: str) -> None:
    assert read(GOOD) == read(variant)


def test_bom_in_bytes_is_accepted() -> None:
    assert read(GOOD) == read(b"\xef\xbb\xbf" + GOOD.encode())


def test_paragraph_text_is_kept_exactly() -> None:
    text = "date 2023-12-28 H\n\n  Indented start, trailing space \nand a wrapped line.\u00a0\n\nNext."
    assert ("  Indented start, trailing space \nand a wrapped line.\u00a0", "Next.") == read(text).paragraphs


def test_unicode_line_separators_stay_inside_a_paragraph() -> None:
    assert ("One\u2028two\x85three",) == read("date 2023-12-28 H\n\nOne\u2028two\x85three").paragraphs


def test_a_header_without_paragraphs_is_an_article_with_none() -> None:
    assert () == read("date 2023-12-28 Only a headline\n").paragraphs


def test_a_paragraph_right_after_the_header_is_kept() -> None:
    assert ("Body.",) == read("date 2023-12-28 H\nBody.").paragraphs


def test_empty_file() -> None:
    assert ("the file is empty", 1, 1) == (lambda e: (e.reason, e.line, e.column))(error(""))


def test_whitespace_only_file_is_empty() -> None:
    assert "the file is empty" == error(" \n\t\n\r\n").reason


def test_missing_header() -> None:
    err = error("Kim urges war preparations\n\nBody.")
    assert (1, 1) == (err.line, err.column)
    assert "expected the header 'date YYYY-MM-DD Headline', found 'Kim'" == err.reason


def test_blank_line_before_the_header() -> None:
    assert (1, 1) == (lambda e: (e.line, e.column))(error("\ndate 2023-12-28 H\n\nBody."))


def test_impossible_date_names_its_column() -> None:
    err = error(" date 2023-02-30 H\n\nBody.")
    assert ("'2023-02-30' is not a real calendar date", 1, 7) == (err.reason, err.line, err.column)


@pytest.mark.parametrize("bad", ["2023-13-45", "23-12-28", "2023/12/28", "28.12.2023", "2023-12-28T10:00"])
def test_malformed_dates_are_rejected(bad: str) -> None:
    err = error(f"date {bad} Headline\n\nBody.")
    assert (1, 6) == (err.line, err.column)


def test_missing_date() -> None:
    assert "expected a date as YYYY-MM-DD after 'date', found the end of the line" == error("date\n\nBody.").reason


def test_missing_headline() -> None:
    assert "expected a headline after the date" == error("date 2023-12-28   \n\nBody.").reason


def test_keyword_must_stand_alone() -> None:
    assert "found 'dated'" in error("dated 2023-12-28 H\n\nBody.").reason


def test_invalid_utf8_names_line_and_column() -> None:
    err = error("date 2023-12-28 H\n\nCaf\xe9 au lait.".encode("latin-1"))
    assert ("byte 0xe9 is not valid UTF-8", 3, 4) == (err.reason, err.line, err.column)


def test_nul_character_is_rejected_with_its_place() -> None:
    err = error("date 2023-12-28 H\n\nab\0c")
    assert ("NUL character in the text", 3, 3) == (err.reason, err.line, err.column)


def test_error_text_reads_file_line_column_and_hint() -> None:
    assert str(error("date 2023-02-30 H", "in/a.txt")).startswith(
        "in/a.txt:1:6: '2023-02-30' is not a real calendar date (hint: ")


def test_parse_error_is_a_value_error() -> None:
    assert isinstance(error(""), ValueError)


def test_read_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError, match="No such file"):
        newsdoc.read(tmp_path / "missing.txt")


def test_read_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError, match="is a directory"):
        newsdoc.read(tmp_path)


def test_huge_file_reads(tmp_path: Path) -> None:
    paragraph = "Word " * 2000
    path = tmp_path / "big.txt"
    path.write_text("date 2023-12-28 Big\n\n" + "\n\n".join([paragraph] * 500), encoding="utf-8")
    assert 500 == len(newsdoc.read(path, extract=False).paragraphs)
