"""The seed text reader: what it accepts leniently and what it refuses, with where and why."""


from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsdoc
from tests.strategies import SEED_TEXT


def _read(text: str | bytes) -> newsdoc.Article:
    return newsdoc.parse(text, source="a.txt", extract=False)


def _error(text: str | bytes) -> newsdoc.ParseError:
    with pytest.raises(newsdoc.ParseError) as caught:
        _read(text)
    return caught.value


# -- accepted --------------------------------------------------------------------------------------


def test_the_seed_article_is_read() -> None:
    article = _read(SEED_TEXT)
    assert (dt.date(2023, 12, 28), 17) == (article.date, len(article.paragraphs))


def test_the_article_id_is_the_file_stem() -> None:
    article = newsdoc.parse(SEED_TEXT, source="x/000_65f2b42711d58410.txt", extract=False)
    assert "000_65f2b42711d58410" == article.id


def test_crlf_line_endings_read_like_lf() -> None:
    assert _read(SEED_TEXT) == _read(SEED_TEXT.replace("\n", "\r\n"))


def test_cr_only_line_endings_read_like_lf() -> None:
    assert _read(SEED_TEXT) == _read(SEED_TEXT.replace("\n", "\r"))


def test_a_byte_order_mark_is_ignored_in_bytes() -> None:
    assert _read(SEED_TEXT) == _read(b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"))


def test_a_byte_order_mark_is_ignored_in_text() -> None:
    assert _read(SEED_TEXT) == _read("\ufeff" + SEED_TEXT)


def test_a_missing_final_newline_is_fine() -> None:
    assert _read(SEED_TEXT) == _read(SEED_TEXT.rstrip("\n"))


def test_trailing_blank_lines_are_ignored() -> None:
    assert _read(SEED_TEXT) == _read(SEED_TEXT + "\n\n  \n\t\n")


def test_whitespace_only_lines_separate_paragraphs() -> None:
    text = "date 2024-01-05 Talks\n\nOne.\n \t\u00a0\nTwo."
    assert ("One.", "Two.") == _read(text).paragraphs


def test_an_nbsp_only_line_separates_paragraphs() -> None:
    assert ("One.", "Two.") == _read("date 2024-01-05 Talks\n\nOne.\n\u00a0\u00a0\nTwo.").paragraphs


def test_several_blank_lines_make_one_break() -> None:
    assert ("One.", "Two.") == _read("date 2024-01-05 Talks\n\n\n\n\nOne.\n\n\n\nTwo.\n").paragraphs


def test_lines_without_a_blank_line_between_stay_one_paragraph() -> None:
    assert ("One\nstill one.",) == _read("date 2024-01-05 Talks\n\nOne\nstill one.").paragraphs


def test_stray_whitespace_around_the_header_is_dropped() -> None:
    article = _read("  date  2024-01-05   Talks resume  \n\nBody.")
    assert (dt.date(2024, 1, 5), "Talks resume") == (article.date, article.headline)


def test_tabs_in_the_header_separate_like_spaces() -> None:
    assert "Talks" == _read("date\t2024-01-05\tTalks\n\nBody.").headline


def test_the_date_keyword_is_case_insensitive() -> None:
    assert "Talks" == _read("Date 2024-01-05 Talks\n\nBody.").headline


def test_paragraph_text_is_kept_exactly_including_inner_whitespace() -> None:
    assert ("  Indented\ttext  ",) == _read("date 2024-01-05 Talks\n\n  Indented\ttext  \n").paragraphs


def test_a_headline_only_article_has_no_paragraphs() -> None:
    assert () == _read("date 2024-01-05 Talks").paragraphs


def test_unicode_line_separators_stay_inside_paragraphs() -> None:
    body = "One\u2028two\u2029three\x0bfour\x0cfive\x85six"
    assert (body,) == _read(f"date 2024-01-05 Talks\n\n{body}").paragraphs


def test_format_characters_are_kept_as_text() -> None:
    body = "Kim\u200f said \u202eevil\u202c \u2066x\u2069 soft\u00adhyphen"
    assert (body,) == _read(f"date 2024-01-05 Talks\n\n{body}").paragraphs


def test_a_bom_in_the_middle_is_kept_as_text() -> None:
    assert ("a\ufeffb",) == _read("date 2024-01-05 Talks\n\na\ufeffb").paragraphs


def test_a_huge_file_is_read() -> None:
    paragraph = "Officials said talks would resume. " * 30
    text = "date 2024-01-05 Talks\n\n" + "\n\n".join([paragraph] * 1000)
    assert 1000 == len(_read(text).paragraphs)


def test_a_one_megabyte_line_is_read() -> None:
    assert 1_000_000 == len(_read("date 2024-01-05 Talks\n\n" + "x" * 1_000_000).paragraphs[0])


# -- refused ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", "   ", " \t \r\n \u00a0 \n"])
def test_an_empty_or_whitespace_only_file_is_refused(text: str) -> None:
    assert "the file is empty" == _error(text).reason


def test_a_missing_header_names_what_was_found() -> None:
    error = _error("Kim urges war preparations\n\nBody.")
    assert ("a.txt", 1, 1) == (error.path, error.line, error.column)
    assert "found 'Kim'" in error.reason


def test_a_blank_first_line_is_refused() -> None:
    assert "expected the header line, found a blank line" == _error("\ndate 2024-01-05 Talks\n\nBody").reason


def test_a_header_glued_to_the_date_is_refused() -> None:
    assert 1 == _error("date2024-01-05 Talks\n\nBody.").column


def test_a_header_without_a_date_is_refused() -> None:
    expected = "expected a date as YYYY-MM-DD after 'date', found the end of the line"
    assert expected == _error("date\n\nBody.").reason


def test_a_header_without_a_headline_is_refused() -> None:
    assert "expected a headline after the date" == _error("date 2024-01-05\n\nBody.").reason


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("2023-02-30", "'2023-02-30' is not a real calendar date"),
        ("2023-13-45", "'2023-13-45' is not a real calendar date"),
        ("2023-00-10", "'2023-00-10' is not a real calendar date"),
        ("2023-02-29", "'2023-02-29' is not a real calendar date"),
        ("23-12-28", "expected a date as YYYY-MM-DD, got '23-12-28'"),
        ("2023/12/28", "expected a date as YYYY-MM-DD, got '2023/12/28'"),
        ("28.12.2023", "expected a date as YYYY-MM-DD, got '28.12.2023'"),
        ("2023-12-28T10:00", "expected a date as YYYY-MM-DD, got '2023-12-28T10:00'"),
        ("20231228", "expected a date as YYYY-MM-DD, got '20231228'"),
        ("２０２３-１２-２８", "expected a date as YYYY-MM-DD, got '２０２３-１２-２８'"),
        ("Thursday", "expected a date as YYYY-MM-DD, got 'Thursday'"),
    ],
)
def test_a_bad_date_is_refused_at_its_column(date: str, reason: str) -> None:
    error = _error(f"date {date} Talks\n\nBody.")
    assert (reason, 1, 6) == (error.reason, error.line, error.column)


def test_a_leap_day_is_a_real_date() -> None:
    assert dt.date(2024, 2, 29) == _read("date 2024-02-29 Talks\n\nBody.").date


def test_a_parse_error_reads_file_line_column_reason() -> None:
    expected = "a.txt:1:6: '2023-13-45' is not a real calendar date"
    assert str(_error("date 2023-13-45 Talks")).startswith(expected)


def test_latin1_bytes_name_line_and_column() -> None:
    data = "date 2024-01-05 Talks\n\nPresident Macron a d\u00e9clar\u00e9".encode("latin-1")
    error = _error(data)
    assert (3, 21, "byte 0xe9 is not valid UTF-8") == (error.line, error.column, error.reason)


def test_a_utf8_character_cut_in_half_is_refused() -> None:
    data = "date 2024-01-05 Talks\n\ncaf\u00e9".encode()[:-1]
    assert (3, 4) == (_error(data).line, _error(data).column)


def test_lone_surrogates_in_bytes_are_refused() -> None:
    assert 3 == _error(b"date 2024-01-05 Talks\n\nx\xed\xa0\x80y").line


def test_lone_surrogates_in_text_are_refused() -> None:
    error = _error("date 2024-01-05 Talks\n\nx\ud800y")
    assert (3, 2) == (error.line, error.column)


def test_a_nul_character_is_refused_with_its_place() -> None:
    error = _error("date 2024-01-05 Talks\n\nab\0c")
    assert ("NUL character in the text", 3, 3) == (error.reason, error.line, error.column)


def test_a_binary_file_is_refused() -> None:
    with pytest.raises(newsdoc.ParseError):
        _read(bytes(range(256)) * 4)


def test_parse_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        _read("")


# -- newsdoc.read on files -------------------------------------------------------------------------


def test_read_names_the_file_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"date 2023-02-30 Talks\n")
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.read(path, extract=False)
    assert str(path) == caught.value.path


def test_read_of_a_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError):
        newsdoc.read(tmp_path / "missing.txt")


def test_read_of_a_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError, match="is a directory"):
        newsdoc.read(tmp_path)


def test_read_of_a_json_file_with_bad_json_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": \n', encoding="utf-8")
    with pytest.raises(newsdoc.ParseError) as caught:
        newsdoc.read(path)
    assert (str(path), 2) == (caught.value.path, caught.value.line)
