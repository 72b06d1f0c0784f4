"""Bad input to the new formats and lexicons raises newsdoc errors only, never a traceback."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
NINJS_KEYS = st.sampled_from(
    ["uri", "headlines", "bodies", "body_text", "body_html", "versioncreated", "firstcreated", "headline"]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(NINJS_KEYS, JSON_VALUES, max_size=8))
def test_ninjs_parser_never_crashes(obj: dict[str, object]) -> None:
    with contextlib.suppress(newsdoc.NewsdocError):
        newsdoc.parse(json.dumps(obj), format="ninjs", extract=False)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_plain_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(newsdoc.NewsdocError):
        newsdoc.parse(text, format="plain", date="2024-01-05", extract=False)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_ninjs_html_body_never_crashes(html: str) -> None:
    obj = {
        "uri": "u",
        "headlines": [{"value": "H"}],
        "versioncreated": "2024-01-05T00:00:00Z",
        "bodies": [{"contenttype": "text/html", "value": html}],
    }
    with contextlib.suppress(newsdoc.NewsdocError):
        newsdoc.parse(json.dumps(obj), format="ninjs", extract=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_csv_lexicon_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "lex.csv"
    path.write_text("name,aliases,kind,country,codes,valid_from,valid_until\n" + text, encoding="utf-8")
    with contextlib.suppress(newsdoc.NewsdocError):
        newsdoc.load_lexicon(path)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_json_lexicon_never_crashes(data: object) -> None:
    with contextlib.suppress(newsdoc.NewsdocError):
        newsdoc.lexicon_from_dict(data)


def test_csv_lexicon_with_a_nul_byte_is_a_parse_error_or_valid(tmp_path: Path) -> None:
    path = tmp_path / "lex.csv"
    path.write_text("name,kind\nA\0B,person\n", encoding="utf-8")
    assert ("A\0B",) == tuple(e.name for e in newsdoc.load_lexicon(path).entries)


def test_csv_lexicon_line_numbers_count_comment_lines(tmp_path: Path) -> None:
    path = tmp_path / "lex.csv"
    path.write_text("# my actors\nname,kind\n# people\nA,alien\n", encoding="utf-8")
    with pytest.raises(newsdoc.ValidationError) as info:
        newsdoc.load_lexicon(path)
    assert ["line 4.kind"] == [p.path for p in info.value.problems]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="Kim Jong Un the President.\n", max_size=400))
def test_dictionary_step_never_breaks_an_article(paragraph: str) -> None:
    lexicon = newsdoc.Lexicon(
        entries=[
            newsdoc.LexiconEntry(
                name="Kim Jong Un", aliases=["Kim", "the President"], kind=newsdoc.ActorKind.PERSON
            )
        ]
    )
    pipeline = newsdoc.pipeline_with_lexicon(lexicon, newsdoc.Pipeline([]))
    article = newsdoc.Article(
        id="x", date="2024-01-05", headline="Kim", paragraphs=[p for p in paragraph.split("\n\n") if p]
    )
    result = newsdoc.extract(article, pipeline=pipeline)
    assert all(result.text[m.start : m.end] == m.text for a in result.actors for m in a.mentions)
