"""The events step: PLOVER triggers, participants, location, time, status, statement links."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Actor,
    ActorKind,
    Article,
    Doc,
    EventLexicon,
    EventsStep,
    EventStatus,
    Mention,
    ParseError,
    ReadError,
    Span,
    Statement,
    Time,
    TimeExpression,
)
from newsdoc._extract._event_context import _CLAUSE_BREAK, _PHRASE_STOP, Mentions, Range, clause_breaks
from newsdoc._extract._event_lexicon import _FEW_STARTERS, _WORD_TABLE, inflect_noun, inflect_verb
from newsdoc._lexicon import load_table

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "China": "CHN", "Japan": "JPN", "Iran": "IRN",
    "Britain": "GBR", "North Korea": "PRK", "United States": "USA",
}  # fmt: skip


def make_doc(
    *paragraphs: str,
    actors: dict[str, tuple[str, list[str]]] | None = None,
    times: list[tuple[str, str]] = (),  # type: ignore[assignment]
    statements: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
) -> Doc:
    """A Doc whose actors, times and statements are placed by hand, as earlier steps would."""
    article = Article(id="t", date="2024-03-05", headline="Test", paragraphs=paragraphs)
    text = article.text
    built = []
    for number, (name, (kind, surfaces)) in enumerate((actors or {}).items(), start=1):
        mentions = [
            Mention(start=m.start(), end=m.end(), text=m.group())
            for surface in surfaces
            for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
        ]
        built.append(
            Actor(
                id=f"a{number}",
                name=name,
                kind=kind,
                country=COUNTRIES.get(name),
                mentions=sorted(mentions, key=lambda m: m.start),
            )
        )
    exprs = []
    for surface, value in times:
        at = text.index(surface)
        exprs.append(
            TimeExpression(
                id=f"t{len(exprs) + 1}", text=surface, value=value, span=Span(start=at, end=at + len(surface))
            )
        )
    names = {a.name: a.id for a in built}
    stmts = []
    for speaker, cue, content in statements:
        c = text.index(content)
        q = text.rindex(cue, 0, c)
        stmts.append(
            Statement(
                id=f"s{len(stmts) + 1}",
                speaker=names[speaker],
                cue=cue,
                content=content,
                span=Span(start=c, end=c + len(content)),
                cue_span=Span(start=q, end=q + len(cue)),
            )
        )
    return Doc(article=article, actors=built, times=exprs, statements=stmts)


def run(doc: Doc, step: EventsStep | None = None) -> Article:
    (step or EventsStep())(doc)
    return doc.to_article()


def roles(article: Article, index: int = 0) -> list[tuple[str, str]]:
    return [(article.actor(p.actor).name, p.role.value) for p in article.events[index].participants]


SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_65f2b42711d58410.txt"
RU_UA = {"Russia": ("country", ["Russia"]), "Ukraine": ("country", ["Ukraine", "Kyiv"])}


def test_every_kind_in_the_shipped_lexicon_is_plover_or_other() -> None:
    kinds = {row["kind"] for row in load_table("plover_triggers.tsv")}
    assert set() == kinds - PLOVER - {"OTHER", "-"}


def test_the_shipped_lexicon_covers_all_sixteen_categories() -> None:
    assert PLOVER | {"OTHER"} == EventLexicon.default().kinds


def test_verb_inflections_are_generated() -> None:
    assert inflect_verb("slam") == ("slam", "slams", "slammed", "slamming")


def test_irregular_verb_forms_come_from_the_table() -> None:
    assert "met" in inflect_verb("meet")


def test_noun_plurals_are_generated() -> None:
    assert inflect_noun("ally") == ("ally", "allies")


def test_trigger_maps_to_its_plover_category() -> None:
    article = run(make_doc("Russia attacked Ukraine on Monday.", actors=RU_UA))
    assert [(e.kind, e.trigger) for e in article.events] == [("ASSAULT", "attacked")]


def test_mode_comes_from_the_lexicon() -> None:
    doc = make_doc(
        "North Korea test-fired a ballistic missile.", actors={"North Korea": ("country", ["North Korea"])}
    )
    assert run(doc).events[0].mode == "weapons-test"


def test_subject_is_agent_and_object_is_target() -> None:
    article = run(make_doc("Russia attacked Ukraine on Monday.", actors=RU_UA))
    assert roles(article) == [("Russia", "agent"), ("Ukraine", "target")]


def test_target_after_on() -> None:
    actors = {"Iran": ("country", ["Iran"]), "Britain": ("country", ["Britain"])}
    article = run(make_doc("Iran imposed sanctions on Britain.", actors=actors))
    assert roles(article) == [("Iran", "agent"), ("Britain", "target")]


def test_partner_after_with_is_other() -> None:
    actors = {"China": ("country", ["China"]), "Japan": ("country", ["Japan"])}
    article = run(make_doc("China held talks with Japan.", actors=actors))
    assert roles(article) == [("China", "agent"), ("Japan", "other")]


def test_coordinated_subjects_are_all_agents() -> None:
    actors = {"China": ("country", ["China"]), "Japan": ("country", ["Japan"]), "Iran": ("country", ["Iran"])}
    article = run(make_doc("China, Japan and Iran signed a trade pact.", actors=actors))
    assert roles(article) == [("China", "agent"), ("Japan", "agent"), ("Iran", "agent")]


def test_passive_by_phrase_is_agent() -> None:
    article = run(make_doc("Kyiv was attacked by Russia overnight.", actors=RU_UA))
    assert roles(article) == [("Russia", "agent"), ("Ukraine", "target")]


def test_possessive_owner_of_an_event_noun_is_agent() -> None:
    article = run(make_doc("Officials condemned Russia's invasion.", actors=RU_UA))
    assert ("Russia", "agent") in roles(article, 1)


def test_location_after_in() -> None:
    actors = {
        "China": ("country", ["China"]),
        "Japan": ("country", ["Japan"]),
        "Bali": ("location", ["Bali"]),
    }
    article = run(make_doc("China met Japan in Bali.", actors=actors))
    assert article.actor(article.events[0].location or "").name == "Bali"


def test_place_after_a_noun_phrase_of_is_location() -> None:
    actors = {"Busan": ("location", ["Busan"]), "Japan": ("country", ["Japan"])}
    doc = make_doc("A Japan submarine arrived in the port city of Busan.", actors=actors)
    article = run(doc)
    assert (
        article.events[0].kind,
        article.actor(article.events[0].location or "").name,
    ) == ("MOBILIZE", "Busan")


def test_time_from_the_clause() -> None:
    article = run(
        make_doc("Russia attacked Ukraine on Monday.", actors=RU_UA, times=[("Monday", "2024-03-04")])
    )
    assert article.events[0].time.value == "2024-03-04"  # type: ignore[union-attr]


def test_paragraph_lead_time_dates_later_sentences() -> None:
    doc = make_doc(
        "Last week, officials said little. Russia shelled Kharkiv.",
        actors=RU_UA,
        times=[("Last week", "2024-W09")],
    )
    assert run(doc).events[0].time.value == "2024-W09"  # type: ignore[union-attr]


def test_military_movement_word_without_an_asset_is_not_an_event() -> None:
    assert run(make_doc("The minister arrived in Tokyo.")).events == ()


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Russia would launch an attack on Ukraine.", EventStatus.HYPOTHETICAL),
        ("Russia is expected to attack Ukraine.", EventStatus.EXPECTED),
        ("Russia plans to attack Ukraine.", EventStatus.PLANNED),
        ("Russia will attack Ukraine.", EventStatus.PLANNED),
        ("Russia did not attack Ukraine.", EventStatus.NEGATED),
        ("Russia refused to meet Ukraine.", EventStatus.NEGATED),
        ("Russia is attacking Ukraine.", EventStatus.ONGOING),
        ("The ongoing talks between Russia and Ukraine stalled.", EventStatus.ONGOING),
        ("Russia attacked Ukraine.", EventStatus.OCCURRED),
    ],
)
def test_status(sentence: str, status: EventStatus) -> None:
    events = run(make_doc(sentence, actors=RU_UA)).events
    assert status == next(e for e in events if e.kind != "REJECT").status


def test_future_time_makes_an_event_planned() -> None:
    doc = make_doc("Russia holds talks with Ukraine in 2025.", actors=RU_UA, times=[("2025", "2025")])
    assert run(doc).events[0].status == EventStatus.PLANNED


def test_speech_act_cue_is_the_event_of_its_statement() -> None:
    doc = make_doc(
        "Russia warned Ukraine would pay a price.",
        actors=RU_UA,
        statements=[("Russia", "warned", "Ukraine would pay a price")],
    )
    article = run(doc)
    assert [(e.kind, e.statement) for e in article.events] == [("THREATEN", "s1")]
    assert article.events[0].id == article.statements[0].event


def test_statement_speaker_is_agent_of_its_speech_act() -> None:
    doc = make_doc(
        "Officials from Russia slammed Ukraine.",
        actors=RU_UA,
        statements=[("Ukraine", "slammed", "Ukraine")],
    )
    assert roles(run(doc))[0] == ("Ukraine", "agent")


def test_statement_reporting_an_event_points_to_it() -> None:
    doc = make_doc(
        "Officials said Russia attacked Ukraine.",
        actors=RU_UA,
        statements=[("Ukraine", "said", "Russia attacked Ukraine")],
    )
    article = run(doc)
    assert (article.events[0].id, "s1") == (article.statements[0].event, article.events[0].statement)


def test_threatened_action_is_the_threat_not_an_event() -> None:
    doc = make_doc("Russia warned it would launch a nuclear attack on Ukraine.", actors=RU_UA)
    assert [(e.kind, e.mode) for e in run(doc).events] == [("THREATEN", "assault")]


def test_request_to_ones_own_organisation_is_not_an_event() -> None:
    actors = {"Kim": ("person", ["Kim"]), "party": ("organization", ["his party"])}
    assert run(make_doc("Kim urged his party to work harder.", actors=actors)).events == ()


def test_one_event_per_clause_and_kind() -> None:
    doc = make_doc("Japan plans joint military exercises next year to include a naval drill.")
    assert [e.trigger for e in run(doc).events] == ["military exercises"]


def test_capitalized_trigger_inside_a_sentence_is_a_name() -> None:
    assert run(make_doc("Talks were held on 3 March in Geneva.")).events[1:] == ()


def test_event_noun_modifying_another_noun_is_not_an_event() -> None:
    assert run(make_doc("The court heard war crimes charges.")).events == ()


def test_trigger_inside_a_short_quoted_label_is_not_an_event() -> None:
    # the charge of calling it one is an event; the provocation in the label is none
    events = run(make_doc('Pyongyang called it a "war provocation by the U.S." on Monday.')).events
    assert [(e.kind, e.trigger) for e in events] == [("ACCUSE", "called")]


def test_custom_taxonomy_from_tsv(tmp_path: Path) -> None:
    path = tmp_path / "econ.tsv"
    path.write_text(
        "# my taxonomy\ntrigger\tpos\tkind\tmode\nmerge\tverb\tDEAL\tmerger\nlayoff\tnoun\tJOBS\t\n"
    )
    doc = make_doc("Acme merged with Globex after layoffs.")
    article = run(doc, EventsStep(EventLexicon.from_tsv(path)))
    assert [(e.kind, e.mode, e.trigger) for e in article.events] == [
        ("DEAL", "merger", "merged"),
        ("JOBS", None, "layoffs"),
    ]


def test_lexicon_without_kind_column_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("trigger\tpos\nmerge\tverb\n")
    with pytest.raises(ParseError):
        EventLexicon.from_tsv(path)


def test_lexicon_with_unknown_pos_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("trigger\tpos\tkind\nmerge\tadverb\tDEAL\n")
    with pytest.raises(ParseError):
        EventLexicon.from_tsv(path)


def test_missing_lexicon_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        EventLexicon.from_tsv(tmp_path / "absent.tsv")


def test_events_runs_after_statements_and_before_prune() -> None:
    assert ("statements", "events", "prune") == newsdoc.default_pipeline().names[-3:]


def test_text_without_triggers_gives_no_events() -> None:
    assert run(make_doc("The weather was mild.")).events == ()


def test_long_paragraph_without_punctuation_does_not_hang() -> None:
    doc = make_doc("launched attack " * 10000 + "ends")
    assert len(run(doc).events) >= 1


def test_topic_of_talks_is_not_an_event() -> None:
    actors = {"China": ("country", ["China"]), "Japan": ("country", ["Japan"])}
    doc = make_doc("China held talks with Japan on a ceasefire and the release of prisoners.", actors=actors)
    assert [e.kind for e in run(doc).events] == ["CONSULT"]


def test_release_without_a_captive_is_not_a_concession() -> None:
    assert run(make_doc("The ministry released a statement.")).events == ()


def test_release_of_captives_is_a_concession() -> None:
    assert [e.kind for e in run(make_doc("Rebels released two hostages.")).events] == ["CONCEDE"]


def test_easing_without_a_restriction_is_not_a_concession() -> None:
    assert run(make_doc("Inflation eased in March.")).events == ()


def test_coordinated_verb_takes_the_subject_of_the_sentence() -> None:
    article = run(make_doc("Russia shelled Ukraine and arrested three officials.", actors=RU_UA))
    assert roles(article, 1) == [("Russia", "agent")]


def test_verb_telling_an_event_nouns_outcome_is_part_of_it() -> None:
    assert [e.trigger for e in run(make_doc("Two plane crashes killed 346 people.")).events] == ["crashes"]


def test_past_form_after_an_article_is_a_noun_of_its_own() -> None:
    assert run(make_doc("The striker took a shot at goal.")).events == ()


# --- the indexed look-ups give what a scan of the whole text or list gives ---


def _phrase_start_by_scan(lowered: str, start: int) -> int:
    """Where a mention's phrase starts, from a scan of the whole text for phrase stops."""
    stops = [m.end() for m in _PHRASE_STOP.finditer(lowered)]
    before = [s for s in stops if s <= start]
    return max(start - 70, before[-1] if before else 0)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said, in a statement -- issued late -- that Tokyo agreed.",
        "a - b - c - d - e - f -- g \u2014 h\n-- i " * 6,
        ("x " * 30 + " - " * 60 + "end, and more.  --\n-- ") * 3,
        "\u3000-\u2014 \u00a0-- \t-\n" * 20,
        "plain words without any stop at all " * 8,
    ],
)
def test_phrase_start_equals_a_scan_of_the_whole_text(text: str) -> None:
    mentions = Mentions(text, text, [])
    expected = [_phrase_start_by_scan(text, s) for s in range(len(text) + 1)]
    assert expected == [mentions._phrase_start(s) for s in range(len(text) + 1)]


# the clause-break pattern with its words as plain alternations, before they were tries
_PLAIN_CLAUSE_BREAK = re.compile(
    r"[;:]"
    r"|,\s+(?:and|but|or|while|whereas|where|which|who|whom|whose|when|although|though"
    r"|because|as|after|before|since|until|if|unless|so"
    r"|has|have|had|is|are|was|were|will|would|said|says)\b"
    r"|\s(?:--?\s|[\u2014\u2013]\s"
    r"|(?:where|which|who|whom|whose|while|whereas|although|though|because|since|unless"
    r"|if|after|before|when|that|but)\b"
    r"|and\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+-)?[a-z]+ed\b))"
)
_CLAUSE_PIECES = ["who", "whom", "whose", "whoever", "where", "whereas", "as", "ask", "and", "so", "soon", "said",
                  "says", "recently", "activated", "test-fired", " ", " ", ",", ";", "-", "--", "\u2014", "\n", "x"]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=30).map("".join))
def test_clause_breaks_are_those_of_the_plain_pattern(text: str) -> None:
    expected = [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(text)]
    assert expected == [m.span() for m in _CLAUSE_BREAK.finditer(text)]


@given(st.lists(st.sampled_from([*_CLAUSE_PIECES, "\t", "\u00a0", ":"]), max_size=30).map("".join), st.data())
def test_clause_breaks_of_a_sentence_are_the_matches_of_the_pattern_in_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    assert expected == clause_breaks(text, Range(start, end))


def test_nearest_mention_of_an_actor_equals_a_scan_of_its_mentions() -> None:
    text = "Kim met Lee. Kim spoke. Park left. Kim and Lee met again near Kim."
    spans = [(m.start(), m.end()) for m in re.finditer("Kim", text)]
    mentions = Mentions(text, text.lower(), [("a1", ActorKind.PERSON, spans), ("a2", ActorKind.PERSON, [(8, 11)])])
    for offset in range(len(text) + 1):
        expected = min(spans, key=lambda s: abs(s[0] - offset))  # the first of equally near ones
        found = mentions.nearest_of_actor("a1", offset)
        assert found is not None
        assert expected == (found.start, found.end)


def test_statement_time_inside_what_was_said_is_not_the_time_of_saying() -> None:
    doc = make_doc(
        "Russia warned on Monday that it would attack Ukraine on Friday.",
        actors=RU_UA,
        times=[("Monday", "2024-03-04"), ("Friday", "2024-03-08")],
        statements=[("Russia", "warned", "it would attack Ukraine on Friday")],
    )
    friday = doc.times[1]
    doc.statements[0] = attrs.evolve(
        doc.statements[0], time=Time(text=friday.text, value=friday.value, ref=friday.id)
    )
    article = run(doc)
    warned = next(e for e in article.events if e.trigger == "warned")
    assert "2024-03-04" == warned.time.value


# every trigger form of the lexicon once, in a sentence frame: many starting words
TOPICS = " ".join(
    f"they {form}, then \u2026{form}-like {form}'s and ({form})." for form in sorted(EventLexicon.default().forms)[::7]
)


def _forms_by_word_search(lexicon: EventLexicon, lowered: str) -> list[tuple[int, int, str]]:
    """The trigger forms of ``lowered`` found as newsdoc 0.1 did: a search per starting word."""
    table = _WORD_TABLE
    regex = re.compile(lexicon._at_word_start.pattern.split(")", 1)[1])  # without the look-behind
    tokens = set(lowered.translate(table).split())
    found = []
    for word in tokens & lexicon._first_words:
        if word not in lexicon._single and tokens.isdisjoint(lexicon._second_words[word]):
            continue
        i = lowered.find(word)
        while i >= 0:
            before = lowered[i - 1] if i else " "
            if not (before.isalnum() or before in "-'\u2019_"):
                match = regex.match(lowered, i)
                if match is not None and match.end() >= i + len(word):
                    found.append((i, match.end(), match.group()))
            i = lowered.find(word, i + len(word))
    found.sort()
    out = []
    last_end = -1
    for start, end, form in found:
        if start >= last_end:
            out.append((start, end, form))
            last_end = end
    return out


@pytest.mark.parametrize(
    "text",
    [
        "russia warned ukraine, then attacked. the attack\u2026 state media said talks on a ceasefire.",
        "forwarned toward award warned war wars war's war\u2019s war\u2026 \u2026war -war war- war_ (war)",
        "test-fired test-fire tests test joint drills joint military exercises military drill",
        "air strikes air-strike airstrike state of emergency stated the state media statement",
        "sanctions sanctioned sanctioning imposed sanctions on and lifted the sanctions",
    ],
)
def test_forms_found_in_one_scan_equal_a_search_per_word(text: str) -> None:
    lexicon = EventLexicon.default()
    assert _forms_by_word_search(lexicon, text) == list(lexicon._by_scan(text, _starters(lexicon, text)))


@pytest.mark.parametrize(
    "text",
    [
        "russia warned ukraine, then attacked. the attack\u2026 state media said talks on a ceasefire.",
        "forwarned toward award warned war wars war's war\u2019s war\u2026 \u2026war -war war- war_ (war)",
        "the talks' end, the talks\u2019 end; held talks' end, held talks\u2019 and talks\u2026 talks\u2009x",
        "test-fired test-fire tests test joint drills joint military exercises military drill",
        "sanctions sanctioned sanctioning imposed sanctions on and lifted the sanctions",
    ],
)
def test_forms_found_word_by_word_equal_a_search_per_word(text: str) -> None:
    lexicon = EventLexicon.default()
    assert _forms_by_word_search(lexicon, text) == list(lexicon._by_piece(text))


# words, forms and the characters next to which a form may or may not be found
_FORM_PIECES = [
    "talks", "held", "held talks", "war", "state", "test-fired", "attack", "the", "on", "of",
    " ", " ", " ", "  ", "'", "'s", "\u2019", "\u2019s", "\u2026", "-", "_", ",", ".", "\u2014",
    "\u2009", "\u00a0", "\n", "(", "\u201c", "\u03b1", "\u00e9", "1", "s", "\u20ac",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FORM_PIECES), max_size=30).map("".join))
def test_forms_found_word_by_word_equal_a_search_per_word_anywhere(text: str) -> None:
    lexicon = EventLexicon.default()
    assert _forms_by_word_search(lexicon, text) == list(lexicon.finditer(text))


@pytest.mark.parametrize("tail", ["-" * 1_000_000, "-x" * 500_000], ids=["dashes", "dashed-words"])
def test_a_form_opening_a_megabyte_word_is_read_in_linear_time(tail: str) -> None:
    # the form is found only if a beginning of the word is a starter: only so many are asked
    text = "war'" + tail
    lexicon = EventLexicon.default()
    assert [] == list(lexicon.finditer(text))
    assert [(0, 3, "war")] == list(lexicon._by_scan(text, {"war"}))


def test_a_lexicon_with_forms_of_other_characters_is_searched_as_written() -> None:
    lexicon = EventLexicon(
        [
            {"trigger": "coup d'etat", "pos": "fixed", "kind": "COERCE"},
            {"trigger": "talk", "pos": "noun", "kind": "CONSULT"},
        ]
    )
    text = "a coup d'etat after talks"
    assert [(2, 13, "coup d'etat"), (20, 25, "talks")] == list(lexicon.finditer(text))


@pytest.mark.parametrize("text", [SEED.read_text(encoding="utf-8").lower(), TOPICS])
def test_every_way_of_finding_forms_equals_newsdoc_0_1(text: str) -> None:
    lexicon = EventLexicon.default()
    starters = _starters(lexicon, text)
    expected = _forms_by_word_search(lexicon, text)
    assert (expected, expected) == (
        list(lexicon._by_scan(text, starters)),
        list(lexicon._by_word(text, starters)),
    )
    # the word-by-word pass serves plain lexicons only ("won't tolerate" makes the default
    # one not plain): it is checked on the default rows whose forms are all plain
    rows = [
        {"trigger": e.trigger, "pos": e.pos, "kind": e.kind}
        for e in lexicon.entries
        if "'" not in e.trigger and "\u2019" not in e.trigger
    ]
    plain = EventLexicon(rows)
    assert plain._plain
    assert _forms_by_word_search(plain, text) == list(plain._by_piece(text))


def test_a_text_with_many_starting_words_is_read_in_one_scan() -> None:
    # a form with a period: the lexicon is searched as written, not word by word
    rows = [{"trigger": e.trigger, "pos": e.pos, "kind": e.kind} for e in EventLexicon.default().entries]
    lexicon = EventLexicon([*rows, {"trigger": "u.s.-led strike", "pos": "fixed", "kind": "ASSAULT"}])
    assert len(_starters(lexicon, TOPICS)) > _FEW_STARTERS
    assert _forms_by_word_search(lexicon, TOPICS) == list(lexicon.finditer(TOPICS))


def _starters(lexicon: EventLexicon, lowered: str) -> set[str]:
    tokens = set(lowered.translate(_WORD_TABLE).split())
    return {
        w
        for w in tokens & lexicon._first_words
        if w in lexicon._single or not tokens.isdisjoint(lexicon._second_words[w])
    }


def _one(text: str) -> newsdoc.Article:
    return newsdoc.parse(" date 2024-03-14 Headline\n\n" + text)


def test_a_participle_that_takes_its_object_first_is_a_passive_after_a_noun() -> None:
    article = _one("The EU sanctioned Iranian officials and companies accused of supplying drones to Russia.")
    accuse = next(e for e in article.events if e.trigger == "accused")
    names = {article.actor(p.actor).name: p.role.value for p in accuse.participants}
    assert "agent" not in names.values() and names.get("companies") == "target"


def _roles(article: newsdoc.Article, trigger: str) -> dict[str, str]:
    event = next(e for e in article.events if e.trigger == trigger)
    return {article.actor(p.actor).name: p.role.value for p in event.participants}


def test_a_participle_right_before_by_is_a_passive_with_its_agent() -> None:
    article = _one("Spending is frozen under amendments passed by the Kuomintang, the island's main opposition party.")
    assert {"Kuomintang": "agent"} == _roles(article, "passed")


def test_a_participle_after_a_comma_takes_its_agent_after_a_place() -> None:
    article = _one("The package, signed in Amman by Greek minister Nikos Papadakis, pays for water projects.")
    assert "agent" == _roles(article, "signed").get("Nikos Papadakis")


def test_an_object_taking_participle_before_a_place_or_time_is_a_passive() -> None:
    article = _one("Opposition leader Jane Doe was among 40 activists arrested on Monday.")
    assert {"activists": "target"} == _roles(article, "arrested")
    article = _one("Militants killed at least 12 soldiers on Monday.")
    assert "agent" == _roles(article, "killed").get("Militants")


def test_an_active_verb_before_a_place_and_by_keeps_its_subject() -> None:
    # no comma before the verb: "in ... by" is no passive, the subject stays the agent
    article = _one("Protesters marched in Lagos by the thousands on Monday.")
    assert "agent" == _roles(article, "marched").get("Protesters")


def test_a_verb_after_an_event_noun_and_a_comma_is_an_event_of_its_own() -> None:
    article = _one(
        "The National Unity Government (NUG), a shadow administration formed by lawmakers"
        " ousted in the coup, welcomed the sanctions."
    )
    assert {"National Unity Government": "agent"} == _roles(article, "welcomed")
    assert [] == [e.trigger for e in _one("Two crashes killed 346 people.").events if e.trigger == "killed"]


def test_a_veiled_warning_in_a_quotation_is_a_threat() -> None:
    article = _one('"China will not sit idly by," a commerce ministry spokesperson said.')
    assert ["will not sit idly by"] == [e.trigger for e in article.events if e.kind == "THREATEN"]
    article = _one("Germany's interior minister said there will be consequences.")
    assert ["there will be consequences"] == [e.trigger for e in article.events if e.kind == "THREATEN"]


def test_a_veiled_warning_inside_a_warning_is_that_warning() -> None:
    article = _one("Kim warned Pyongyang would not hesitate to launch a nuclear attack.")
    assert ["warned"] == [e.trigger for e in article.events if e.kind == "THREATEN"]


def test_a_threat_content_stops_at_another_clause() -> None:
    article = _one("China vowed firm countermeasures as the EU imposed sanctions on Chinese firms.")
    assert "SANCTION" in [e.kind for e in article.events]


def test_a_counted_crowd_that_gathers_protests_but_police_do_not() -> None:
    article = _one("By midday, several hundred people had gathered on the square.")
    assert ["PROTEST"] == [e.kind for e in article.events]
    assert [] == [e.kind for e in _one("Hundreds of police officers gathered in the town.").events]


def test_sending_doctors_is_aid_but_sending_bombers_is_not() -> None:
    assert ["AID"] == [e.kind for e in _one("Cuba said it would send a brigade of 40 doctors and nurses.").events]
    assert "AID" not in [e.kind for e in _one("Russia will send bombers to Syria.").events]


def test_coordinated_agents_may_open_with_the_or_a_possessive() -> None:
    article = _one("Myanmar's military and the Arakan Army agreed on Thursday to a ceasefire.")
    assert {"Myanmar's military": "agent", "Arakan Army": "agent"} == _roles(article, "agreed")


def test_the_sides_between_which_fighting_goes_on_are_its_agents() -> None:
    article = _one(
        "Mexico and Guatemala set up patrols along their border, where fighting between rival drug cartels "
        "has forced thousands of people to flee."
    )
    assert {"cartels": "agent", "thousands of people": "target"} == _roles(article, "fighting")
    article = _one("Clashes between police and protesters left two dead.")
    assert {"police": "agent", "protesters": "agent"} == _roles(article, "Clashes")


def test_an_event_noun_after_in_takes_the_verbs_subject_not_its_object() -> None:
    article = _one("Police arrested 600 people in raids last month. Boeing challenged the award in a formal protest.")
    assert all(
        "people" not in _roles(article, e.trigger) or _roles(article, e.trigger)["people"] != "agent"
        for e in article.events
    )
    assert {"Boeing": "agent"} == _roles(article, "protest")


def test_a_number_or_an_acronym_between_the_verb_and_in_raids_keeps_the_subject() -> None:
    for text in (
        "Agents had detained 11,482 people in raids on construction sites.",
        "Turkish police detained six mayors from the Republican People's Party (CHP) in dawn raids across Istanbul.",
    ):
        article = _one(text)
        agents = [r for e in article.events for r in _roles(article, e.trigger).items() if r[1] == "agent"]
        assert agents and all(name in ("Agents", "Turkish police") for name, _ in agents), text


def test_the_passive_subject_before_in_an_attack_suffered_it() -> None:
    article = _one("Two people were killed in an attack on Monday.")
    assert all(role != "agent" for e in article.events for role in _roles(article, e.trigger).values())
    article = _one("At least 26 protesters and four police officers were injured in the clashes.")
    assert "agent" in _roles(article, "clashes").values()


def test_a_promise_to_defeat_or_hold_to_account_is_a_threat() -> None:
    for text in (
        "The junta has vowed to defeat the insurgency.",
        "Jane Doe promised that anyone found to have been negligent would be held accountable.",
        "Republican leaders vowed to override the veto.",
    ):
        assert "THREATEN" in [e.kind for e in _one(text).events], text
    assert ["AGREE"] == [e.kind for e in _one("Jane Doe promised to cut the state income tax.").events]


def test_negated_talks_are_a_refusal() -> None:
    for text in (
        "John Brandl said the company would not negotiate with the union.",
        "Jane Doe said Indonesia would never negotiate with separatists.",
    ):
        assert ["REJECT"] == [e.kind for e in _one(text).events if e.trigger == "negotiate"], text
    conditional = _one("If the company did not negotiate, workers would strike.")
    assert "REJECT" not in [e.kind for e in conditional.events]


def test_the_host_of_talks_between_sides_stays_their_agent() -> None:
    article = _one("President Jane Doe offered to host talks between ministers and NGO representatives next week.")
    assert [("CONSULT", "offered")] == [(e.kind, e.trigger) for e in article.events]  # the offer of talks
    assert {"Jane Doe": "agent"} == _roles(article, "offered")


def test_armed_and_criminal_groups_are_groups() -> None:
    article = _one("Terrorists bombed the market. Gangs attacked a police station. Militias seized the port.")
    kinds = {a.name: a.kind.value for a in article.actors}
    assert {"Terrorists": "group", "Gangs": "group", "Militias": "group"} == {
        name: kind for name, kind in kinds.items() if name in ("Terrorists", "Gangs", "Militias")
    }


def test_talks_after_which_actors_agreed_were_theirs() -> None:
    article = _one("Serbia and Kosovo agreed to reopen the crossings after two days of talks in Brussels.")
    assert {"Serbia": "agent", "Kosovo": "agent"} == _roles(article, "talks")


def test_meeting_a_standard_is_no_meeting() -> None:
    assert [] == [e.kind for e in _one("The document does not meet the requirements of the act.").events]
    assert ["CONSULT"] == [e.kind for e in _one("Putin will meet Xi in Beijing next week.").events]


def test_summoning_an_envoy_to_protest_is_one_complaint() -> None:
    article = _one("The Philippines summoned China's ambassador on Monday to protest the attack.")
    assert ["ACCUSE"] == [e.kind for e in article.events]


def test_a_hazard_ten_words_before_the_verb_kills_no_one_by_assault() -> None:
    article = _one("Floods triggered by a week of torrential monsoon rain have killed at least 63 people.")
    assert "ASSAULT" not in [e.kind for e in article.events]


def test_suspending_ones_own_operations_is_no_sanction() -> None:
    article = _one("The charity said it had suspended its mobile clinics until further notice.")
    assert ["OTHER"] == [e.kind for e in article.events]
    assert ["SANCTION"] == [e.kind for e in _one("The UCI suspended the cyclist for four years.").events]


def test_lodging_a_protest_is_a_complaint_and_lobbying_a_request() -> None:
    assert ["ACCUSE"] == [e.kind for e in _one("China lodged a protest with India over the visit.").events]
    assert ["REQUEST"] == [e.kind for e in _one("Washington privately lobbied Gulf members to pump more oil.").events]
    assert [] == [e.kind for e in _one("She works for a lobbying firm.").events]


def test_a_request_for_comment_is_not_an_event() -> None:
    article = _one("Hungary's government did not immediately respond to a request for comment.")
    assert [] == [e.trigger for e in article.events if e.kind == "REQUEST"]


def test_a_warning_of_a_danger_is_not_a_threat() -> None:
    assert [] == [e.kind for e in _one("The UN warned of famine in Darfur.").events if e.kind == "THREATEN"]


def test_a_warning_of_an_action_or_a_response_is_a_threat() -> None:
    for text in ("Kim warned of a nuclear attack if provoked.", "Russia warned of consequences if it went ahead."):
        assert ["THREATEN"] == [e.kind for e in _one(text).events if e.kind == "THREATEN"]


def test_an_event_noun_named_again_with_the_is_not_a_new_event() -> None:
    article = _one(
        "The EU imposed sanctions on Iran on Wednesday.\n\n"
        'Iran rejected the sanctions on Thursday, calling them "illegal".'
    )
    assert 1 == sum(1 for e in article.events if e.kind == "SANCTION")


def test_an_event_noun_named_again_without_a_determiner_is_a_new_event() -> None:
    article = _one("The EU imposed sanctions on Iran.\n\nThe US imposed new sanctions on Iran too.")
    assert 2 == sum(1 for e in article.events if e.kind == "SANCTION")


def test_an_event_noun_named_again_with_no_time_and_no_verb_is_not_a_new_event() -> None:
    article = _one("The two delegations held talks in Doha on Monday.\n\nA mediator said talks were going well.")
    assert ["held talks"] == [e.trigger for e in article.events if e.kind == "CONSULT"]


def test_an_event_noun_named_again_with_a_time_of_its_own_is_a_new_event() -> None:
    article = _one(
        "The two delegations held talks in Doha on Monday.\n\nA mediator said talks on Friday would settle it."
    )
    assert ["held talks", "talks"] == [e.trigger for e in article.events if e.kind == "CONSULT"]


def test_the_headline_does_not_make_the_lead_name_its_event_again() -> None:
    article = newsdoc.parse(
        " date 2026-03-02 Drone strike kills 12 in Goma\n\nA drone strike on a market in Goma killed 12 people."
    )
    assert 1 == sum(1 for e in article.events if e.kind == "ASSAULT" and e.span.start > len(article.headline))


def test_an_event_noun_inside_a_quotation_is_the_speakers_words() -> None:
    article = _one('"An embargo is not a punishment. It is a firewall," the envoy told reporters.')
    assert [] == [e.kind for e in article.events if e.kind == "SANCTION"]


def test_an_event_noun_outside_the_quotation_marks_is_reported() -> None:
    article = _one("The envoy told reporters that an embargo on arms had been imposed.")
    assert ["SANCTION"] == [e.kind for e in article.events if e.kind == "SANCTION"]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.trigger) for e in _one(text).events]


def test_missiles_fired_at_a_city_are_an_assault() -> None:
    assert [("ASSAULT", "fired")] == _kinds("Russia fired 40 missiles at Kyiv overnight.")


def test_a_missile_fired_into_the_sea_is_a_weapons_test() -> None:
    assert [("MOBILIZE", "fired")] == _kinds("North Korea fired a ballistic missile into the sea on Monday.")


def test_drones_launched_at_cities_are_an_assault() -> None:
    assert [("ASSAULT", "launched")] == _kinds("Russian forces launched 150 drones at Ukrainian cities.")


def test_a_satellite_launched_on_a_day_is_no_assault() -> None:
    assert [("MOBILIZE", "launched")] == _kinds("Pyongyang launched a reconnaissance satellite on Tuesday.")


def test_tear_gas_fired_at_protesters_is_coercion() -> None:
    assert [("COERCE", "fired tear gas")] == _kinds("Police fired tear gas at protesters in the capital.")


def test_asked_opening_a_sentence_is_no_request() -> None:
    assert [] == [k for k in _kinds("Asked whether she would resign, the minister said no.") if k[0] == "REQUEST"]


def test_sides_that_clashed_over_a_policy_did_not_fight() -> None:
    assert [] == _kinds("The two sides have clashed over electric vehicles and brandy.")


def test_protesters_who_clashed_with_police_fought() -> None:
    assert [("ASSAULT", "clashed")] == _kinds("Protesters clashed with police in the capital.")


def test_a_trade_war_is_no_assault() -> None:
    assert [] == [k for k in _kinds('"We are not seeking a trade war," he said.') if k[0] == "ASSAULT"]


def test_an_earthquake_that_struck_and_killed_is_a_disaster_not_an_assault() -> None:
    text = "The earthquake struck western Nepal on Friday, killing at least 150 people."
    assert [("OTHER", "earthquake")] == _kinds(text)


def test_rebels_that_struck_a_base_assaulted_it() -> None:
    assert [("ASSAULT", "struck")] == _kinds("Rebels struck an army base near the border.")


def test_requests_for_comment_after_to_are_no_request() -> None:
    assert [] == _kinds("The company did not respond to requests for comment.")


def test_a_warning_of_a_rising_toll_is_no_threat() -> None:
    assert [] == _kinds("Aid agencies warned that the toll could rise.")


def test_a_warning_of_an_attack_is_a_threat() -> None:
    assert ["THREATEN"] == [k for k, _ in _kinds("Kim warned Pyongyang would not hesitate to launch a nuclear attack.")]


def test_a_place_before_an_event_noun_is_not_its_agent() -> None:
    article = _one("The Gaza ceasefire has held for a week.")
    assert [[]] == [[p.role.value for p in e.participants] for e in article.events]


def test_money_pledged_is_aid() -> None:
    assert [("AID", "pledged")] == _kinds("The European Union pledged 1.5 million euros in humanitarian aid.")


def test_a_pledge_to_act_is_a_promise() -> None:
    assert ("AGREE", "pledged") == _kinds("Japan pledged to cooperate with Seoul.")[0]


def test_a_pledge_to_spend_money_is_a_promise_not_aid() -> None:
    assert [("AGREE", "pledged")] == _kinds("Trump pledged to spend $2 million per week.")


def test_money_released_from_a_fund_is_aid() -> None:
    assert [("AID", "released")] == _kinds("The United Nations released $3 million from its emergency fund.")


def test_a_released_statement_is_no_event() -> None:
    assert [] == _kinds("The ministry released a statement on Monday.")


def test_duties_imposed_are_a_sanction() -> None:
    text = "The European Union imposed provisional duties of up to 31.7 percent on Chinese-made heat pumps."
    assert [("SANCTION", "imposed")] == _kinds(text)


def test_a_summoned_ambassador_is_a_diplomatic_complaint() -> None:
    assert [("ACCUSE", "summoned")] == _kinds("Islamabad summoned India's deputy high commissioner on Monday.")


def test_summoned_witnesses_are_no_event() -> None:
    assert [] == _kinds("The court summoned three witnesses.")


def test_heavy_fire_exchanged_is_one_assault() -> None:
    assert [("ASSAULT", "exchanged")] == _kinds("Indian and Pakistani troops exchanged heavy fire overnight.")


def test_views_exchanged_are_no_assault() -> None:
    assert [] == [k for k in _kinds("The two ministers exchanged views on trade.") if k[0] == "ASSAULT"]


def test_fire_opened_on_posts_far_after_the_verb_is_an_assault() -> None:
    text = 'Pakistani troops opened "unprovoked" fire with small arms and mortars on Indian posts.'
    assert [("ASSAULT", "fire")] == _kinds(text)


def test_troops_moved_forward_are_a_deployment() -> None:
    assert [("MOBILIZE", "moved")] == _kinds("The army moved additional troops to forward areas.")


def test_scrambled_jets_are_a_mobilization() -> None:
    assert [("MOBILIZE", "scrambled")] == _kinds("Poland scrambled fighter jets.")


def test_a_launch_verb_beside_an_event_noun_after_during_keeps_its_event() -> None:
    assert ("MOBILIZE", "scrambled") in _kinds("Poland scrambled fighter jets during the attack.")


def test_an_unknown_requirement_names_the_known_ones() -> None:
    rows = [{"trigger": "swap", "pos": "verb", "kind": "CONCEDE", "requires": "hostage"}]
    known = (
        "agent, aid, aimed, asset, border, captive, charge, court, crowd, economy, envoy, evacuee, fire, labour, "
        "legislation, operations, restriction, riot, road, ruling"
    )
    with pytest.raises(newsdoc.ParseError, match=known):
        EventLexicon(rows)


def test_a_vow_to_respond_is_a_threat() -> None:
    assert [("THREATEN", "vowed")] == _kinds("The RSF vowed to respond decisively.")


def test_a_vow_to_cooperate_stays_a_promise() -> None:
    assert ("AGREE", "vowed") == _kinds("Japan vowed to cooperate with Seoul.")[0]


def test_a_workers_strike_is_a_protest() -> None:
    assert ("PROTEST", "strike") in _kinds("The union said workers would begin a strike on April 1.")


def test_a_drone_strike_is_an_assault() -> None:
    assert [("ASSAULT", "drone strike")] == _kinds("A drone strike on a market killed 43 people.")


def test_a_brokered_deal_is_a_mediation() -> None:
    assert ("CONSULT", "brokered") in _kinds("Qatar brokered the exchange between Iran and the United States.")


def test_a_recalled_ambassador_is_a_sanction_and_a_recalled_memory_no_event() -> None:
    assert [("SANCTION", "recalled")] == _kinds("France recalled its ambassador to Mali.")
    assert [] == [k for k in _kinds("She recalled that the talks had failed.") if k[1] == "recalled"]


def test_a_heart_attack_is_no_assault() -> None:
    assert [] == [k for k in _kinds("A firefighter died of a heart attack on Wednesday.") if k[0] == "ASSAULT"]


def test_firefighters_battling_the_flames_fight_no_one() -> None:
    assert [] == [k for k in _kinds("A firefighter died while battling the flames.") if k[0] == "ASSAULT"]


def test_fire_engines_are_no_event() -> None:
    assert [("MOBILIZE", "deployed")] == _kinds("Officials said 180 fire engines and 27 aircraft were deployed.")


def test_an_investigation_called_for_is_no_event() -> None:
    text = "Amnesty International called for an independent investigation into the death."
    assert [("REQUEST", "called for")] == _kinds(text)


def test_talks_the_door_is_open_to_are_no_event() -> None:
    assert [] == _kinds("The door to dialogue remains open, the minister said.")


def test_warnings_ignored_despite_are_no_threat() -> None:
    assert [] == _kinds("The government failed to hire firefighters despite repeated warnings.")


def test_a_series_of_tests_is_an_event() -> None:
    assert [("MOBILIZE", "weapons tests")] == _kinds("Seoul cited a record-breaking series of weapons tests.")


def test_weeks_of_fighting_are_an_event() -> None:
    assert [("ASSAULT", "fighting")] == _kinds("The town was destroyed after weeks of fighting.")


def test_responsibility_for_an_attack_keeps_the_attack() -> None:
    assert ("ASSAULT", "attack") in _kinds("The group claimed responsibility for the attack.")


def test_talks_an_infinitive_takes_as_object_are_an_event() -> None:
    assert ("CONSULT", "hold talks") in _kinds("The two sides agreed to hold talks in Cairo.")


def test_a_news_conference_is_no_meeting() -> None:
    assert [] == _kinds("The minister told a news conference in Lima that the results were fair.")


def test_a_conference_between_states_is_a_meeting() -> None:
    assert [("CONSULT", "conference")] == _kinds("Ministers from 40 states opened a conference in Geneva.")


def test_the_agreement_after_agreeing_is_the_same_event() -> None:
    text = "Iran and the United States agreed to exchange prisoners. The agreement followed months of mediation."
    assert [("AGREE", "agreed")] == [k for k in _kinds(text) if k[0] == "AGREE"]


def test_would_not_accept_is_a_rejection_that_occurred() -> None:
    article = _one("The opposition said it would not accept the results.")
    assert [("REJECT", "accept", EventStatus.OCCURRED)] == [(e.kind, e.trigger, e.status) for e in article.events]


def test_refused_to_sign_is_a_rejection() -> None:
    assert [("REJECT", "refused")] == _kinds("The president refused to sign the treaty.")


def test_a_conditional_non_agreement_is_no_event() -> None:
    article = _one("Workers would strike if the company did not agree to restore pay increases.")
    assert [("PROTEST", "strike", EventStatus.HYPOTHETICAL)] == [(e.kind, e.trigger, e.status) for e in article.events]


def test_the_clause_after_a_condition_keeps_its_event() -> None:
    text = "If the shooting resumed, Armenia would ask the European Union to expand the mission."
    assert [("REQUEST", "ask")] == _kinds(text)


def test_unless_opens_a_condition() -> None:
    assert [] == _kinds("The ruling becomes final in three months unless either side asks for a review.")


def test_no_arrests_is_no_event() -> None:
    assert [] == _kinds("Police said no arrests were made.")


def test_any_before_an_event_noun_names_no_happening() -> None:
    assert [] == _kinds("The agency did not recommend any travel or trade restrictions on Cambodia.")


def test_any_stops_at_a_preposition() -> None:
    assert [("ASSAULT", "air strike")] == _kinds("Any hope ended in an air strike on the town.")


def test_an_event_noun_with_like_this_names_a_kind() -> None:
    assert [] == _kinds('"Attacks like this are an outrage," the coordinator said.')


def test_a_question_names_no_event() -> None:
    assert [] == _kinds("Could sanctions derail the project?")


def test_an_event_noun_before_teams_is_a_modifier() -> None:
    assert [] == _kinds("Rescue teams reached the village on Sunday.")


def test_failing_to_agree_is_no_rejection() -> None:
    assert [] == [k for k in _kinds("The ministers failed to agree on a budget.") if k[0] == "REJECT"]


def test_an_open_question_names_no_event() -> None:
    assert [] == _kinds("He did not say whether additional troops would be deployed to the capital.")


def test_asked_whether_names_no_event() -> None:
    assert [] == _kinds("Asked whether the junta would invite Russian forces, he declined to answer.")


def test_we_in_a_quotation_is_its_speaker() -> None:
    article = newsdoc.parse('date 2024-03-05 Test\n\n"We will not accept a rigged result," Mwila Chanda said.\n')
    names = {a.id: a.name for a in article.actors}
    agents = [names[p.actor] for e in article.events for p in e.participants if p.role.value == "agent"]
    assert ["Mwila Chanda"] == agents


def test_a_workers_possessive_strike_is_a_protest() -> None:
    assert [("PROTEST", "strike")] == _kinds("He cited the 1968 sanitation workers' strike in Memphis.")


def test_striking_the_right_balance_is_no_assault() -> None:
    assert [] == _kinds("She must strike the right balance between the two camps.")


def test_a_deal_struck_is_no_assault() -> None:
    for text in ("The deal, first struck at Bougival, creates a state.", "Under a compromise struck in May, it ends."):
        assert [] == [k for k in _kinds(text) if k[0] == "ASSAULT"]


def test_striking_a_balance_is_no_event() -> None:
    assert [] == _kinds("The rules strike a balance between security and liberty.")


def test_an_earthquake_that_struck_is_no_assault() -> None:
    text = "The toll from a powerful earthquake that struck western Nepal rose to 128."
    assert [("OTHER", "earthquake")] == _kinds(text)


def test_nationality_and_noun_before_a_plural_are_one_group() -> None:
    article = _one("Ecuadorian security forces fired tear gas at demonstrators.")
    assert ("Ecuadorian security forces", "ECU") in [(a.name, a.country) for a in article.actors]


def test_people_injured_with_no_one_injuring_are_an_outcome() -> None:
    assert [] == _kinds("At least 47 people were injured, the ombudsman said.")


def test_police_who_wounded_protesters_assaulted_them() -> None:
    assert [("ASSAULT", "wounded")] == _kinds("Police wounded three protesters in Quito.")


def test_a_participle_after_a_comma_is_the_outcome_of_the_event_before() -> None:
    text = "Indian and Pakistani troops exchanged heavy fire overnight, killing two soldiers."
    assert [("ASSAULT", "exchanged")] == _kinds(text)


def test_an_agent_requirement_is_known_to_lexicons() -> None:
    rows = [{"trigger": "maim", "pos": "verb", "kind": "ASSAULT", "requires": "agent"}]
    assert "agent" == EventLexicon(rows).entries[0].requires


def test_a_source_who_requested_anonymity_makes_no_request() -> None:
    text = "A senior official, who requested anonymity, said the army had moved troops."
    assert [] == [k for k in _kinds(text) if k[0] == "REQUEST"]


def test_a_source_who_asked_not_to_be_named_makes_no_request() -> None:
    text = "An official, who asked not to be named because he was not authorized to speak, said so."
    assert [] == _kinds(text)


def test_a_source_who_asked_not_to_be_identified_makes_no_request() -> None:
    for word in ("identified", "quoted"):
        assert [] == [k for k in _kinds(f"An official, who asked not to be {word}, said so.") if k[0] == "REQUEST"]


def test_not_authorized_to_discuss_is_no_consultation() -> None:
    assert [] == _kinds("Two officials spoke because they were not authorised to discuss the matter.")


def test_a_question_asked_is_no_request() -> None:
    text = '"How many more times must we rebuild our homes?" asked Mohammad Yousuf, a shopkeeper.'
    assert [] == [k for k in _kinds(text) if k[0] == "REQUEST"]


def test_a_patrol_boat_is_no_patrol() -> None:
    assert [] == [k for k in _kinds("The vessels fired water cannon at a fisheries patrol boat.") if k[1] == "patrol"]


def test_a_rate_raised_by_a_central_bank_is_an_economic_event_of_the_bank() -> None:
    article = _one("Colombia's central bank raised its benchmark interest rate on Wednesday.")
    raised = next(e for e in article.events if e.trigger == "raised")
    agents = [article.actor(p.actor).name for p in raised.participants if p.role.value == "agent"]
    assert ("OTHER", ["Colombia's central bank"]) == (raised.kind, agents)


def test_concerns_raised_are_no_event() -> None:
    assert [] == _kinds("The report raised concerns among investors.")


def test_a_bill_passed_is_a_legislative_event() -> None:
    assert [("OTHER", "passed")] == _kinds("The bill was passed last month by the House.")


def test_passing_away_is_no_event() -> None:
    assert [] == _kinds("Her father passed away in March.")


def test_a_law_struck_down_is_a_rejection_not_an_assault() -> None:
    assert [("REJECT", "struck down")] == _kinds("The Supreme Court struck down the law in 2024.")


def test_an_arrest_warrant_is_coercion() -> None:
    assert [("COERCE", "arrest warrant")] == _kinds("Judges issued an arrest warrant for the president.")


def test_solidarity_expressed_is_support() -> None:
    assert [("SUPPORT", "solidarity")] == _kinds("Lithuania expressed full solidarity with Poland.")


def test_food_distributed_is_aid() -> None:
    assert [("AID", "distributing")] == _kinds("The World Food Programme is distributing food to 200,000 people.")


def test_what_a_request_asks_for_is_its_content_not_an_event() -> None:
    article = _one("The ministers urged all member states to arrest Ndikumana.")
    assert [("REQUEST", "urged", "coerce")] == [(e.kind, e.trigger, e.mode) for e in article.events]


def test_every_event_a_request_asks_for_in_its_clause_is_content() -> None:
    text = "Clinton asked the bankers to voluntarily suspend foreclosures and freeze interest rates."
    assert ["REQUEST"] == [k for k, _ in _kinds(text)]


def test_an_event_after_a_request_outside_its_infinitive_stays() -> None:
    text = "Poland urged restraint after Russia attacked a border post."
    assert ("ASSAULT", "attacked") in _kinds(text)


def test_a_request_to_the_other_side_is_between_actors() -> None:
    article = _one("Hichilema urged his opponents to accept the result.")
    assert [("REQUEST", "urged")] == [(e.kind, e.trigger) for e in article.events]


def test_a_directive_to_ones_own_party_is_no_event() -> None:
    assert [] == [k for k in _kinds("Ruto urged his party to accept the result.") if k[0] == "REQUEST"]


def test_an_arrest_without_agent_was_made_by_the_police_named_before() -> None:
    article = _one("Police fired tear gas at the crowd. A spokesman said 23 people had been arrested.")
    arrest = next(e for e in article.events if e.trigger == "arrested")
    assert ["police"] == [article.actor(p.actor).name.lower() for p in arrest.participants if p.role.value == "agent"]


def test_a_sentence_passed_is_not_given_to_the_police() -> None:
    article = _one("Police raided the offices on Monday. The editor was sentenced to ten years.")
    sentenced = next(e for e in article.events if e.trigger == "sentenced")
    assert [] == [p for p in sentenced.participants if p.role.value == "agent"]


def test_an_arrest_with_no_police_named_keeps_no_agent() -> None:
    article = _one("The army took control of the capital. Dozens of people were arrested.")
    arrest = next(e for e in article.events if e.trigger == "arrested")
    assert [] == [p for p in arrest.participants if p.role.value == "agent"]


def test_aid_that_is_needed_is_no_aid_given() -> None:
    assert [] == _kinds("About 1.2 million people needed urgent food aid.")


def test_aid_announced_stays_an_event() -> None:
    assert ["AID"] == [k for k, _ in _kinds("Japan announced urgent food aid for Sudan.")]


def test_an_order_binds_and_is_coercion() -> None:
    assert [("COERCE", "ordered")] == _kinds("The Commission ordered Google to change how it ranks results.")


def test_an_order_to_move_forces_is_a_mobilization() -> None:
    assert [("MOBILIZE", "ordered")] == _kinds("Marcos ordered the coast guard to maintain its patrols.")


def test_an_order_to_withdraw_is_a_retreat() -> None:
    assert [("RETREAT", "ordered")] == _kinds("The general ordered his troops to withdraw from the town.")


def test_an_order_for_aircraft_is_a_purchase_not_an_event() -> None:
    assert [] == _kinds("Air Canada has ordered 55 of the jets.")


def test_an_order_to_a_counted_crowd_is_still_an_order() -> None:
    assert [("COERCE", "ordered")] == _kinds("Police ordered 300 people to leave the square.")


def test_a_request_takes_the_event_noun_it_asks_for_as_content() -> None:
    article = _one("Hamas demanded an immediate ceasefire.")
    assert [("REQUEST", "demanded", "agree")] == [(e.kind, e.trigger, e.mode) for e in article.events]


def test_a_court_fight_is_no_assault() -> None:
    assert [] == _kinds("Any new court fight could take more than a year to resolve.")


def test_the_fight_for_a_cause_is_no_assault() -> None:
    assert [] == _kinds("She wrote that the fight for honest government does not end today.")


def test_picking_a_fight_is_no_assault() -> None:
    assert [("ACCUSE", "accused")] == _kinds("She accused the minister of picking a fight with ratepayers.")


def test_a_fight_between_armed_sides_is_an_assault() -> None:
    assert [("ASSAULT", "fight")] == _kinds("A fight broke out between soldiers and militants in the town.")


def test_an_event_noun_nothing_anchors_names_a_kind() -> None:
    assert [] == _kinds("Economists say tariffs and currency weakness feed into prices.")


def test_an_event_noun_in_a_generic_claim_is_no_event() -> None:
    assert [] == _kinds("Politicians seldom look past the next election.")


def test_a_support_verb_anchors_an_event_noun() -> None:
    assert [("ASSAULT", "attack")] == _kinds("Rebels launched an attack overnight.")


def test_a_possessor_anchors_an_event_noun() -> None:
    assert ["attack"] == [t for _, t in _kinds("Officials said Russia's attack had stopped.")]


def test_a_placing_preposition_anchors_an_event_noun() -> None:
    assert ["talks"] == [t for _, t in _kinds("Officials spoke to reporters after the talks.")]


def test_a_counting_word_anchors_an_event_noun() -> None:
    assert ["coups"] == [t for _, t in _kinds("The region has seen four coups.")]


def test_a_participant_after_an_event_noun_anchors_it() -> None:
    assert ["called", "attack"] == [t for _, t in _kinds("Officials called it an attack on civilians.")]


def test_a_past_verb_after_an_event_noun_anchors_it() -> None:
    assert ["strike"] == [t for _, t in _kinds("Officials said a strike by dockers cost millions.")]


def test_an_irregular_past_after_an_event_noun_anchors_it() -> None:
    assert ["unrest"] == [t for _, t in _kinds("Later, unrest spread through the city.")]


def test_a_relative_clause_with_a_verb_anchors_an_event_noun() -> None:
    assert ["deal"] == [t for _, t in _kinds("Analysts expect a deal that will free the prisoners.")]


def test_an_actor_before_an_event_noun_anchors_it() -> None:
    actors = {"Houthis": ("group", ["Houthi"])}
    doc = make_doc("Shipping firms fear Houthi attacks.", actors=actors)
    assert ["attacks"] == [e.trigger for e in run(doc).events]


def test_a_headline_event_noun_needs_no_anchor() -> None:
    article = newsdoc.parse("date 2024-03-05 Strike shuts ports\n\nThe ports were closed.")
    assert ["Strike"] == [e.trigger for e in article.events]


def test_a_verb_needs_no_anchor() -> None:
    assert ["protested"] == [t for _, t in _kinds("Farmers protested.")]


def test_a_delegation_in_a_country_is_the_agent_not_the_country() -> None:
    article = _one("The European Union's delegation in Kyrgyzstan called for the release of the detainees.")
    request = next(e for e in article.events if e.kind == "REQUEST")
    agents = [article.actor(p.actor).name for p in request.participants if p.role.value == "agent"]
    assert ["European Union's delegation"] == agents


def test_a_warning_reported_inside_a_statement_is_still_an_event() -> None:
    article = _one("Two diplomats said Russia warned that it would veto the resolution.")
    warned = next(e for e in article.events if e.trigger == "warned")
    agents = [article.actor(p.actor).name for p in warned.participants if p.role.value == "agent"]
    assert ("THREATEN", ["Russia"]) == (warned.kind, agents)


def test_protesters_blocking_a_road_is_a_protest() -> None:
    assert [("PROTEST", "blocked")] == _kinds("Protesters blocked the main access road to the mine.")


def test_blocking_a_bill_is_a_rejection() -> None:
    assert [("REJECT", "blocked")] == _kinds("Senate Democrats on Wednesday blocked a stopgap spending bill.")


def test_blocking_something_else_is_no_event() -> None:
    assert [] == _kinds("A fallen tree blocked the view.")


def test_a_court_ruling_is_an_event() -> None:
    assert [("OTHER", "ruled")] == _kinds("The Supreme Court on Friday ruled that the agency overstepped its power.")


def test_ruling_a_country_is_no_event() -> None:
    assert [] == _kinds("He ruled the country for 30 years.")


def test_ruling_out_is_a_rejection() -> None:
    assert [("REJECT", "ruled out")] == _kinds("The finance minister ruled out a default.")


def test_approving_a_bill_or_a_plan_is_an_agreement() -> None:
    assert [("AGREE", "approved")] == _kinds("The city council on Tuesday approved an emergency plan.")


@pytest.mark.parametrize(
    "text",
    [
        "Google said it would appeal to the General Court in Luxembourg.",
        "The cyclist said he would appeal the four-year ban.",
        "The defence would appeal within the 14 days allowed by law.",
        "The company said it would appeal.",
    ],
)
def test_an_appeal_against_a_ruling_contests_it(text: str) -> None:
    assert [("REJECT", "appeal")] == _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appealed for calm after the verdict.",
        "The Red Cross launched an emergency appeal for 3.5 million Swiss francs.",
        "The president appealed to citizens to stay at home.",
    ],
)
def test_an_appeal_for_help_or_calm_is_a_request(text: str) -> None:
    assert "REQUEST" == next(e.kind for e in _one(text).events if e.trigger.startswith("appeal"))


@pytest.mark.parametrize(
    "text",
    [
        "Portuguese authorities evacuated 14 villages in the hills overnight.",
        "Soldiers and police had evacuated more than 210,000 people from low-lying areas.",
        "Residents of three towns were evacuated on Monday.",
    ],
)
def test_evacuating_civilians_is_aid(text: str) -> None:
    assert [("AID", "evacuation")] == [(e.kind, e.mode) for e in _one(text).events]


def test_troops_evacuating_a_base_retreat() -> None:
    assert [("RETREAT", "evacuated")] == _kinds("Troops evacuated the base on Sunday.")


def test_banning_a_person_is_a_sanction() -> None:
    article = _one("The agency banned the cyclist for four years.")
    assert [("SANCTION", "ban")] == [(e.kind, e.mode) for e in article.events]


def test_banning_protests_is_coercion() -> None:
    article = _one("The government banned protests in the capital.")
    assert [("COERCE", "restrict")] == [(e.kind, e.mode) for e in article.events]


def test_a_relative_clause_between_subject_and_verb_names_no_agent() -> None:
    article = _one("The Houthis, who control much of northern Yemen, struck four vessels.")
    struck = next(e for e in article.events if e.trigger == "struck")
    assert ["Houthis"] == [article.actor(p.actor).name for p in struck.participants if p.role.value == "agent"]


def test_the_main_verb_after_a_relative_clause_is_an_event_of_its_own() -> None:
    article = _one("Mali's military government, which seized power in 2021, expelled French troops.")
    rows = [(e.kind, e.trigger, [article.actor(p.actor).name for p in e.participants]) for e in article.events]
    assert rows == [
        ("COERCE", "seized", ["Mali's military government"]),
        ("COERCE", "expelled", ["Mali's military government", "French troops"]),
    ]


def test_a_subject_after_a_clause_opener_is_no_object_of_a_preposition() -> None:
    article = _one(
        "The agency suspended food aid in Yemen's northern Saada province after Houthi authorities detained"
        " nine United Nations employees."
    )
    detained = next(e for e in article.events if e.trigger == "detained")
    assert ["Houthi authorities"] == [
        article.actor(p.actor).name for p in detained.participants if p.role.value == "agent"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger closed its land border with Benin on Tuesday.", ("COERCE", "closed")),
        ("Somalia shut two Ethiopian consulates.", ("COERCE", "shut")),
        ("Several hundred supporters gathered outside the court.", ("PROTEST", "gathered")),
        ("The election court annulled the victory of the lawmaker.", ("REJECT", "annulled")),
        ("The competition regulator blocked the takeover.", ("REJECT", "blocked")),
        ("Police used water cannon to clear the protesters.", ("COERCE", "used water cannon")),
        ("The commission barred him from the race.", ("SANCTION", "barred")),
        ("A coast guard vessel rammed a patrol boat.", ("ASSAULT", "rammed")),
        ("Guinea revoked the mining licence of the company.", ("SANCTION", "revoked")),
        ("The candidate declared victory in a speech.", ("OTHER", "declared victory")),
        ("Fishermen blocked the town's main avenue.", ("PROTEST", "blocked")),
        ("Seven members voted against the budget.", ("REJECT", "voted against")),
        ("About 1,400 members of the mine's union walked out on August 4.", ("PROTEST", "walked out")),
        ("The delegation walked out of the meeting.", ("REJECT", "walked out")),
    ],
)
def test_political_actions_of_the_wire(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The attack came close to the country's eastern border.",
        "Investigators gathered evidence at the scene.",
        "The number of annulled votes was within the normal range.",
        "The rider tested positive for banned substances.",
    ],
)
def test_look_alikes_of_political_actions_are_no_events(text: str) -> None:
    assert [] == [k for k in _kinds(text) if k[1] in ("close", "gathered", "annulled", "banned")]


def test_a_strike_a_union_stages_is_a_protest() -> None:
    assert [("PROTEST", "strike")] == _kinds("The union said it would stage a national strike on Aug. 10.")


def test_a_country_s_body_is_the_agent_not_the_country() -> None:
    article = _one("China's military held large-scale drills around Taiwan last month.")
    drills = next(e for e in article.events if e.trigger == "drills")
    assert [article.actor(p.actor).name for p in drills.participants if p.role.value == "agent"] == [
        "China's military"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Hundreds of young protesters took to the streets of the capital.", "PROTEST", "took to the streets"),
        ("The ministry handed a protest note to the Turkish envoy.", "ACCUSE", "protest note"),
        ("Soldiers returned fire.", "ASSAULT", "returned fire"),
        ("Turkey said an air operation had killed three militants.", "ASSAULT", "air operation"),
        ("The PKK said it would disband.", "RETREAT", "disband"),
        ("The FLNKS disowned the agreement.", "REJECT", "disowned"),
        ("President Lai convened a national security meeting.", "CONSULT", "convened"),
        ("The minister said Paris will not tolerate violence.", "THREATEN", "will not tolerate"),
    ],
)
def test_political_actions_of_wire_news(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _kinds(text)


def test_a_vow_of_justice_is_a_threat_and_a_vow_never_to_act_a_refusal() -> None:
    assert ("THREATEN", "vowed") in _kinds("The minister vowed that the organisers would face justice.")
    assert ("REJECT", "vowed") in _kinds("Burundi vowed never to hand over a citizen to The Hague.")
    assert ("AGREE", "vowed") in _kinds("Kenya vowed to cooperate with the inquiry.")


def test_the_members_of_a_joint_reference_are_the_participants() -> None:
    article = _one(
        "Serbia and Kosovo have traded accusations for weeks. Both governments shut the crossings. "
        "The European Union urged both governments to reopen them."
    )
    shut, urged = (e for e in article.events if e.trigger in ("shut", "urged"))
    names = {p.actor: article.actor(p.actor).name for e in article.events for p in e.participants}
    assert [(names[p.actor], p.role.value) for p in shut.participants] == [("Serbia", "agent"), ("Kosovo", "agent")]
    assert [(names[p.actor], p.role.value) for p in urged.participants] == [
        ("European Union", "agent"),
        ("Serbia", "target"),
        ("Kosovo", "target"),
    ]


def test_a_bare_strike_in_a_labour_dispute_is_a_protest() -> None:
    article = _one("Dock workers walked off the job on Tuesday. A second strike on Friday halted all traffic.")
    assert [(e.kind, e.trigger) for e in article.events if e.trigger.startswith("strike")] == [("PROTEST", "strike")]
    war = _one("Russia launched drone strikes on Kyiv. Workers went on strike. Police struck protesters.")
    assert ("ASSAULT", "struck") in [(e.kind, e.trigger) for e in war.events]


def test_a_passive_verb_takes_its_by_agent_after_a_place() -> None:
    article = _one("The bill was approved in the northern city of Darwin by Finance Minister Jane Doe on Monday.")
    (approved,) = article.events
    assert [(article.actor(p.actor).name, p.role.value) for p in approved.participants] == [("Jane Doe", "agent")]


def test_a_by_phrase_after_a_clause_with_a_verb_is_no_passive_agent() -> None:
    article = _one("The bill was approved in the city where it opened last year by Finance Minister Jane Doe.")
    approved = next(e for e in article.events if e.trigger == "approved")
    assert "agent" not in [p.role.value for p in approved.participants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters threw stones at police.", [("PROTEST", "threw")]),
        ("Demonstrators burned tyres on the main road.", [("PROTEST", "burned")]),
        ("Protesters hurled rocks and bottles at officers.", [("PROTEST", "hurled")]),
        ("Gunmen stormed the prison on Monday.", [("ASSAULT", "stormed")]),
        ("The judge threw out the case.", []),
        ("The runners burned calories.", []),
        ("The minister stormed out of the meeting.", []),
    ],
)
def test_what_rioters_throw_or_burn_makes_a_riot(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.kind, e.trigger) for e in _one(text).events] == expected


def test_a_relative_pronoun_before_a_verb_is_its_subject() -> None:
    article = _one("Police fired tear gas at villagers who had blocked a railway line, killing a man.")
    agents = {
        e.trigger: [article.actor(p.actor).name for p in e.participants if p.role.value == "agent"]
        for e in article.events
    }
    assert agents == {"fired tear gas": ["Police"], "blocked": ["villagers"], "killing": ["Police"]}


def test_a_plural_subject_after_a_noun_and_that_is_no_object_of_a_preposition() -> None:
    article = _one("The ministry said in a statement that Afghan forces had opened fire on its posts.")
    fire = next(e for e in article.events if e.trigger == "opened fire")
    assert [article.actor(p.actor).name for p in fire.participants if p.role.value == "agent"] == ["Afghan forces"]


def test_ask_before_a_question_is_no_request() -> None:
    article = _one(
        "Investors are asking how long Dakar can keep paying. Dlamini asked at a briefing why the mine"
        " had reopened. Reporters ask uncomfortable questions. Kenya asked the court to halt the deployment."
    )
    assert [(e.kind, e.trigger) for e in article.events if e.kind == "REQUEST"] == [("REQUEST", "asked")]


def test_the_wounded_and_a_count_of_wounded_are_no_event() -> None:
    article = _one(
        "The ministry said 19 people had been killed and 57 wounded. A medic said 31 wounded had been"
        " brought in. The wounded were taken to hospital. The teams received 19 wounded patients."
    )
    assert [(e.kind, e.trigger) for e in article.events] == [("ASSAULT", "killed")]
    assert [p.role.value for p in article.events[0].participants] == ["target"]  # the 19 people


def test_a_casualty_verb_after_and_is_the_same_assault() -> None:
    article = _one("A drone strike on a market killed at least 43 people and wounded more than 70.")
    assert [(e.kind, e.trigger) for e in article.events] == [("ASSAULT", "drone strike")]
    assert [(article.actor(p.actor).name, p.role.value) for p in article.events[0].participants] == [
        ("people", "target")
    ]


def test_an_offer_to_act_is_that_act() -> None:
    article = _one(
        "The Ecuadorian Episcopal Conference offered to mediate between the two sides. Morocco has offered the"
        " territory wide self-rule."
    )
    assert [(e.kind, e.trigger) for e in article.events] == [("CONSULT", "offered"), ("AGREE", "offered")]


def test_calling_something_a_provocation_is_a_charge() -> None:
    article = _one(
        "Foreign Minister Gabor Nemeth called the arrests a staged provocation. The embassy called for calm."
    )
    assert [(e.kind, e.trigger) for e in article.events] == [
        ("ACCUSE", "called"),
        ("COERCE", "arrests"),
        ("REQUEST", "called for"),
    ]
