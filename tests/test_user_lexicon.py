"""User lexicons: loading CSV and JSON, the dictionary step, and pipeline_with_lexicon."""

from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path

import attrs
import orjson
import pytest
from click.testing import CliRunner

import newsdoc
from newsdoc._cli import main

CSV = """name,aliases,kind,country,codes,valid_from,valid_until
Kim Jong Un,Kim|Kim Jong-un,person,PRK,PRKGOV,2011-12-17,
Joe Biden,President Biden|the President,person,usa,USAGOV,2021-01-20,2025-01-20
Donald Trump,the President,person,USA,USAGOV,2017-01-20,2021-01-20
Korean Central News Agency,KCNA,organisation,PRK,PRKMED,,
"""

TEXT = (
    "date 2023-12-28 Kim urges war preparations\n\n"
    "Kim Jong Un spoke, KCNA said. The President answered from Washington.\n\n"
    "North Korea's Korean Central News Agency repeated it.\n"
)


def _lexicon(tmp_path: Path, text: str = CSV, name: str = "actors.csv") -> newsdoc.Lexicon:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return newsdoc.load_lexicon(path)


def _run(lexicon: newsdoc.Lexicon, text: str = TEXT, base: newsdoc.Pipeline | None = None) -> newsdoc.Article:
    pipeline = newsdoc.pipeline_with_lexicon(lexicon, newsdoc.Pipeline([]) if base is None else base)
    return newsdoc.parse(text, pipeline=pipeline)


def test_csv_entry_fields_are_read(tmp_path: Path) -> None:
    entry = _lexicon(tmp_path).entries[0]
    assert (
        newsdoc.LexiconEntry(
            name="Kim Jong Un",
            aliases=("Kim", "Kim Jong-un"),
            kind=newsdoc.ActorKind.PERSON,
            country="PRK",
            codes=("PRKGOV",),
            valid_from=dt.date(2011, 12, 17),
        )
        == entry
    )


def test_country_codes_are_upper_cased(tmp_path: Path) -> None:
    assert "USA" == _lexicon(tmp_path).entries[1].country


def test_organisation_spelling_is_accepted(tmp_path: Path) -> None:
    assert newsdoc.ActorKind.ORGANIZATION == _lexicon(tmp_path).entries[3].kind


def test_csv_problems_are_all_listed_with_their_lines(tmp_path: Path) -> None:
    bad = "name,kind,country,valid_from\nA,alien,PRK,\nB,person,Korea,2020-13-01\n"
    with pytest.raises(newsdoc.ValidationError) as info:
        _lexicon(tmp_path, bad)
    assert ["line 2.kind", "line 3.country", "line 3.valid_from"] == [p.path for p in info.value.problems]


def test_csv_without_name_column_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ParseError, match="no 'name' column"):
        _lexicon(tmp_path, "actor,kind\nA,person\n")


def test_json_lexicon_holds_actors_cues_and_triggers(tmp_path: Path) -> None:
    data = {
        "actors": [{"name": "KCNA", "kind": "organization", "aliases": ["Korean Central News Agency"]}],
        "cues": ["fumed"],
        "triggers": [{"trigger": "blockade", "kind": "COERCE", "mode": "blockade"}],
    }
    lexicon = _lexicon(tmp_path, orjson.dumps(data).decode(), "lex.json")
    assert (("fumed",), (newsdoc.Trigger(trigger="blockade", kind="COERCE", mode="blockade"),)) == (
        lexicon.cues,
        lexicon.triggers,
    )


def test_json_problems_name_their_paths(tmp_path: Path) -> None:
    data = {"actors": [{"name": "A"}, {"name": "B", "kind": "person", "colour": "red"}], "extra": 1}
    with pytest.raises(newsdoc.ValidationError) as info:
        _lexicon(tmp_path, orjson.dumps(data).decode(), "lex.json")
    assert ["$.extra", "$.actors[0].kind", "$.actors[1]"] == [p.path for p in info.value.problems]


def test_missing_lexicon_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError):
        newsdoc.load_lexicon(tmp_path / "none.csv")


def test_dictionary_creates_actors_with_every_mention(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path))
    kim = next(a for a in article.actors if a.name == "Kim Jong Un")
    assert ["Kim", "Kim Jong Un"] == [m.text for m in kim.mentions]


def test_dictionary_mentions_match_the_text(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path))
    assert all(article.text[m.start : m.end] == m.text for a in article.actors for m in a.mentions)


def test_dictionary_honours_validity_dates(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path))
    assert ["Joe Biden"] == [
        a.name for a in article.actors if "the President" in a.aliases or a.name == "Joe Biden"
    ]


def test_dictionary_entry_outside_its_period_is_not_applied(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path), TEXT.replace("2023-12-28", "2019-06-01"))
    assert "Donald Trump" in [a.name for a in article.actors]
    assert "Joe Biden" not in [a.name for a in article.actors]


def test_dictionary_prefers_the_longest_form(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path))
    kcna = next(a for a in article.actors if a.name == "Korean Central News Agency")
    assert ["KCNA", "Korean Central News Agency"] == [m.text for m in kcna.mentions]


def test_dictionary_matches_whole_words_only(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path), "date 2023-12-28 Kimchi exports\n\nKimchi sells.\n")
    assert () == article.actors


def test_dictionary_names_may_break_across_lines(tmp_path: Path) -> None:
    article = _run(_lexicon(tmp_path), "date 2023-12-28 Talks\n\nThen Kim Jong\nUn spoke.\n")
    assert ["Kim Jong\nUn"] == [m.text for a in article.actors for m in a.mentions]


def _builtin_actor(doc: newsdoc.Doc) -> None:
    start = doc.text.index("Kim Jong Un")
    doc.actors.append(
        newsdoc.Actor(
            id=doc.new_id("a"),
            name="Kim Jong Un",
            kind=newsdoc.ActorKind.GROUP,
            mentions=[newsdoc.Mention(start=start, end=start + 11, text="Kim Jong Un")],
        )
    )


def test_dictionary_merges_into_a_builtin_actor_and_wins_on_kind(tmp_path: Path) -> None:
    base = newsdoc.Pipeline([newsdoc.Step(name="actors", run=_builtin_actor)])
    article = _run(_lexicon(tmp_path), base=base)
    kims = [a for a in article.actors if a.name == "Kim Jong Un"]
    assert [("a1", newsdoc.ActorKind.PERSON, "PRK", 2)] == [
        (a.id, a.kind, a.country, len(a.mentions)) for a in kims
    ]


def test_dictionary_runs_right_after_actors() -> None:
    base = newsdoc.Pipeline(
        [newsdoc.Step(name=n, run=_builtin_actor) for n in ("times", "actors", "statements")]
    )
    assert ("times", "actors", "dictionary", "statements") == newsdoc.pipeline_with_lexicon(
        newsdoc.Lexicon(), base
    ).names


def test_dictionary_goes_before_statements_without_an_actors_step() -> None:
    base = newsdoc.Pipeline([newsdoc.Step(name=n, run=_builtin_actor) for n in ("times", "statements")])
    assert ("times", "dictionary", "statements") == newsdoc.pipeline_with_lexicon(
        newsdoc.Lexicon(), base
    ).names


def test_dictionary_skips_a_match_inside_a_longer_mention(tmp_path: Path) -> None:
    lexicon = newsdoc.Lexicon(entries=[newsdoc.LexiconEntry(name="Jong", kind=newsdoc.ActorKind.PERSON)])
    base = newsdoc.Pipeline([newsdoc.Step(name="actors", run=_builtin_actor)])
    assert ["Kim Jong Un"] == [a.name for a in _run(lexicon, base=base).actors]


def test_dictionary_codes_are_shared_with_later_steps(tmp_path: Path) -> None:
    seen: dict[str, object] = {}

    def spy(doc: newsdoc.Doc) -> None:
        seen.update(doc.data.get("dictionary_codes", {}))  # type: ignore[call-overload]

    base = newsdoc.Pipeline([newsdoc.Step(name="statements", run=spy)])
    article = _run(_lexicon(tmp_path), base=base)
    kim = next(a for a in article.actors if a.name == "Kim Jong Un")
    assert ("PRKGOV",) == seen[kim.id]


@attrs.frozen
class _CueStep:
    """Shaped like newsdoc's StatementsStep: an attrs class with ``extra_cues``."""

    extra_cues: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)
    depth: int = 3

    def __call__(self, doc: newsdoc.Doc) -> None:
        doc.data["cues"] = self.extra_cues


class _PlainStep:
    def __call__(self, doc: newsdoc.Doc) -> None:
        pass


def test_lexicon_cues_are_added_to_a_statements_step_that_takes_them() -> None:
    base = newsdoc.Pipeline([newsdoc.Step(name="statements", run=_CueStep(extra_cues=["opine"], depth=5))])
    pipeline = newsdoc.pipeline_with_lexicon(newsdoc.Lexicon(cues=["fumed"]), base)
    assert _CueStep(extra_cues=["opine", "fumed"], depth=5) == pipeline.steps[-1].run


def test_lexicon_triggers_are_not_forced_on_a_step_that_does_not_take_them() -> None:
    step = _PlainStep()
    base = newsdoc.Pipeline([newsdoc.Step(name="events", run=step)])
    trigger = newsdoc.Trigger(trigger="blockade", kind="COERCE")
    assert step is newsdoc.pipeline_with_lexicon(newsdoc.Lexicon(triggers=[trigger]), base).steps[-1].run


class _FakeEventLexicon:
    """Shaped like newsdoc's EventLexicon: rows of str -> str, entries, source, default()."""

    def __init__(self, rows: list[dict[str, str]], *, source: str = "<rows>") -> None:
        self.rows = rows
        self.source = source
        self.entries = [
            types.SimpleNamespace(
                trigger=r["trigger"],
                pos=r["pos"],
                kind=r["kind"],
                mode=r["mode"] or None,
                requires=r.get("requires", ""),
            )
            for r in rows
        ]

    @classmethod
    def default(cls) -> _FakeEventLexicon:
        return cls(
            [{"trigger": "attack", "pos": "verb", "kind": "ASSAULT", "mode": "", "requires": ""}],
            source="plover",
        )


class _FakeEventsStep:
    def __init__(self, lexicon: _FakeEventLexicon | None = None) -> None:
        self.lexicon = lexicon or _FakeEventLexicon.default()

    def __call__(self, doc: newsdoc.Doc) -> None:
        pass


def test_lexicon_triggers_extend_the_events_step_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("newsdoc._extract._event_lexicon")
    module.EventLexicon = _FakeEventLexicon  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsdoc._extract._event_lexicon", module)
    base = newsdoc.Pipeline([newsdoc.Step(name="events", run=_FakeEventsStep())])
    trigger = newsdoc.Trigger(trigger="blockade", kind="COERCE", mode="blockade", pos="noun")
    step = newsdoc.pipeline_with_lexicon(newsdoc.Lexicon(triggers=[trigger]), base).steps[-1].run
    assert [
        {"trigger": "attack", "pos": "verb", "kind": "ASSAULT", "mode": "", "requires": ""},
        {"trigger": "blockade", "pos": "noun", "kind": "COERCE", "mode": "blockade"},
    ] == step.lexicon.rows  # type: ignore[attr-defined]


def test_json_trigger_pos_defaults_to_fixed_and_is_checked() -> None:
    lexicon = newsdoc.lexicon_from_dict({"triggers": [{"trigger": "sit-in", "kind": "PROTEST"}]})
    assert "fixed" == lexicon.triggers[0].pos
    with pytest.raises(newsdoc.ValidationError, match=r"\$\.triggers\[0\]\.pos"):
        newsdoc.lexicon_from_dict({"triggers": [{"trigger": "x", "kind": "K", "pos": "adverb"}]})


def test_dictionary_step_scans_a_megabyte_paragraph(tmp_path: Path) -> None:
    paragraph = "Kim Jong " * 120_000 + "Un."
    article = _run(_lexicon(tmp_path), f"date 2023-12-28 Big\n\n{paragraph}\n")
    assert 120_000 == sum(len(a.mentions) for a in article.actors)


def test_cli_lexicon_option_adds_the_dictionary_step(tmp_path: Path) -> None:
    lexicon = tmp_path / "actors.csv"
    lexicon.write_text(CSV, encoding="utf-8")
    article = tmp_path / "kim.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--lexicon", str(lexicon), str(article)])
    assert 0 == result.exit_code
    assert "Kim Jong Un" in [a["name"] for a in orjson.loads(result.stdout)["actors"]]


def test_cli_bad_lexicon_exits_with_the_validation_code(tmp_path: Path) -> None:
    lexicon = tmp_path / "actors.csv"
    lexicon.write_text("name,kind\nA,alien\n", encoding="utf-8")
    article = tmp_path / "kim.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--lexicon", str(lexicon), str(article)])
    assert 4 == result.exit_code
    assert "line 2.kind: expected one of person" in result.stderr


def test_cli_dictionary_step_without_a_lexicon_exits_2(tmp_path: Path) -> None:
    article = tmp_path / "kim.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--steps", "+dictionary", str(article)])
    assert 2 == result.exit_code
    assert "needs" in result.stderr and "lexicon" in result.stderr


def _president(doc: newsdoc.Doc) -> None:
    start = doc.text.index("The President")
    doc.actors.append(
        newsdoc.Actor(
            id=doc.new_id("a"),
            name="The President",
            kind=newsdoc.ActorKind.PERSON,
            mentions=[newsdoc.Mention(start=start, end=start + 13, text="The President")],
        )
    )


def test_merged_actor_takes_the_entry_name_and_keeps_its_old_one_as_alias(tmp_path: Path) -> None:
    base = newsdoc.Pipeline([newsdoc.Step(name="actors", run=_president)])
    biden = _run(_lexicon(tmp_path), base=base).actors[0]
    assert ("a1", "Joe Biden", ("The President", "the President"), 1) == (
        biden.id,
        biden.name,
        biden.aliases,
        len(biden.mentions),
    )
