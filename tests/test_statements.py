"""The statements step: direct, indirect and mixed speech, and the traps around them."""

from __future__ import annotations

import newsdoc
from newsdoc import Article, Pipeline, Statement
from newsdoc._extract._actors import ActorsStep
from newsdoc._extract._pipeline import Step
from newsdoc._extract._statements import StatementsStep


def _parse(*paragraphs: str) -> Article:
    return newsdoc.parse(" date 2024-03-01 Headline\n\n" + "\n\n".join(paragraphs))


def _rows(article: Article) -> list[tuple[str | None, str, str, str]]:
    """(speaker name, cue, quote kind, content) of every statement."""
    return [
        (article.actor(s.speaker).name if s.speaker else None, s.cue, s.quote.value, s.content)
        for s in article.statements
    ]


def _only(article: Article) -> Statement:
    assert len(article.statements) == 1, _rows(article)
    return article.statements[0]


def test_indirect_speech_with_that() -> None:
    article = _parse("Jane Doe said that the talks would resume next week.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the talks would resume next week")]


def test_a_trailing_attribution() -> None:
    article = _parse("The talks will resume next week, Jane Doe said on Tuesday.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "The talks will resume next week")]


def test_a_straight_double_quote_before_the_speaker() -> None:
    article = _parse('"We will not give up," Jane Doe said.')
    assert _rows(article) == [("Jane Doe", "said", "direct", '"We will not give up,"')]


def test_a_curly_quote_with_an_inverted_speaker() -> None:
    article = _parse("\u201cWe will not give up,\u201d said Jane Doe.")
    assert _rows(article) == [("Jane Doe", "said", "direct", "\u201cWe will not give up,\u201d")]


def test_a_single_quoted_word_makes_reported_speech_mixed() -> None:
    article = _parse("Kim urged his party to 'accelerate' war preparations.")
    statement = _only(article)
    assert (
        statement.quote.value,
        statement.content,
    ) == ("mixed", "his party to 'accelerate' war preparations")


def test_the_addressee_of_urged() -> None:
    article = _parse('Kim urged his party to "accelerate" war preparations.')
    statement = _only(article)
    assert statement.addressee is not None
    assert article.actor(statement.addressee).name == "party"


def test_told_reporters_gives_an_addressee_and_content_after_that() -> None:
    article = _parse("Jane Doe told reporters that the vote was fair.")
    statement = _only(article)
    assert statement.addressee is not None
    assert (statement.content, article.actor(statement.addressee).name) == ("the vote was fair", "reporters")


def test_a_quote_spanning_two_sentences() -> None:
    article = _parse('"We are ready. We have always been ready," Jane Doe said.')
    assert _only(article).content == '"We are ready. We have always been ready,"'


def test_a_quote_running_on_into_the_next_paragraph() -> None:
    article = _parse('"We are ready for the vote', '"And we will win it," Jane Doe said.')
    assert _rows(article) == [
        ("Jane Doe", "", "direct", '"We are ready for the vote'),
        ("Jane Doe", "said", "direct", '"And we will win it,"'),
    ]


def test_a_follow_up_quote_in_the_paragraph_is_a_statement_of_its_own() -> None:
    article = _parse('"We are ready," Jane Doe said. "The vote is on Sunday."')
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", '"We are ready,"'),
        ("Jane Doe", "", "direct", '"The vote is on Sunday."'),
    ]


def test_follow_up_quotes_in_the_paragraph_each_keep_the_speaker() -> None:
    article = _parse('"We are ready," Jane Doe said. "The vote is on Sunday." "Nobody will stop it."')
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", '"We are ready,"'),
        ("Jane Doe", "", "direct", '"The vote is on Sunday."'),
        ("Jane Doe", "", "direct", '"Nobody will stop it."'),
    ]


def test_a_follow_up_quote_in_the_next_paragraph_keeps_the_speaker() -> None:
    article = _parse('"We are ready," Jane Doe said.', '"The vote is on Sunday."')
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", '"We are ready,"'),
        ("Jane Doe", "", "direct", '"The vote is on Sunday."'),
    ]


def test_a_quotation_interrupted_by_its_attribution_is_one_statement() -> None:
    article = _parse('"We are ready," Jane Doe said, "and the vote is on Sunday."')
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", '"We are ready," Jane Doe said, "and the vote is on Sunday."')
    ]


def test_a_participle_after_the_attribution_keeps_its_own_statement() -> None:
    article = _parse('"We are ready," Jane Doe said, adding that "the vote is on Sunday."')
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", '"We are ready,"'),
        ("Jane Doe", "adding", "direct", '"the vote is on Sunday."'),
    ]


def test_according_to_before_the_content() -> None:
    article = _parse("According to the Acme Widget Agency, sales fell by a third.")
    assert _rows(article) == [("Acme Widget Agency", "According to", "indirect", "sales fell by a third")]


def test_according_to_an_owner_is_the_owned_sources() -> None:
    for text, speaker in (
        ("According to Tajikistan's state news agency Khovar, the deal was signed in Khujand.", "Khovar"),
        ("Hundreds of lorries were stranded, according to drivers' union leader Issa Dogo.", "Issa Dogo"),
        ("The deal was signed, according to Iran's figures on Monday in Tehran.", "Iran"),
    ):
        assert [row[0] for row in _rows(_parse(text))] == [speaker], text


def test_according_to_after_the_content() -> None:
    article = _parse("Sales fell by a third, according to Jane Doe.")
    assert _rows(article) == [("Jane Doe", "according to", "indirect", "Sales fell by a third")]


def test_a_pronoun_speaker_resolves_to_the_person() -> None:
    article = _parse("Jane Doe arrived late.", "She said the delay was unavoidable.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the delay was unavoidable")]


def test_a_speech_act_with_an_object_then_calling_it() -> None:
    article = _parse(
        "A spokesperson for North Korea's defense ministry slammed the allies' plans, "
        'calling it "a threat".'
    )
    assert _rows(article) == [
        ("spokesperson for North Korea's defense ministry", "slammed", "indirect", "the allies' plans"),
        ("spokesperson for North Korea's defense ministry", "calling", "direct", '"a threat"'),
    ]


def test_state_media_is_the_channel() -> None:
    article = _parse("North Korean leader Kim Jong Un urged his party to prepare, state media said Thursday.")
    statement = _only(article)
    assert statement.channel is not None
    assert (
        article.actor(statement.speaker or "").name,
        article.actor(statement.channel).name,
    ) == ("Kim Jong Un", "state media")


def test_a_news_agency_that_reported_is_the_channel() -> None:
    article = _parse("Kim asked the party to work harder, the Korean Central News Agency reported.")
    statement = _only(article)
    assert statement.channel is not None
    assert article.actor(statement.channel).name == "Korean Central News Agency"


def test_no_statement_for_did_not_immediately_comment() -> None:
    assert _parse("Acme Widgets Inc. did not immediately comment.").statements == ()


def test_no_statement_for_declined_to_say() -> None:
    assert _parse("Jane Doe declined to say whether the plant would close.").statements == ()


def test_no_statement_for_a_question() -> None:
    assert _parse("Did Jane Doe say that the plant would close?").statements == ()


def test_no_statement_for_a_hypothetical() -> None:
    assert _parse("If Jane Doe said that the plant would close, workers would strike.").statements == ()


def test_no_statement_for_a_passive_expectation() -> None:
    assert _parse("Jane Doe is expected to unveil the plan on Monday.").statements == ()


def test_spans_match_the_content_and_the_cue() -> None:
    article = _parse("Jane Doe said that the talks would resume, and she added that they were productive.")
    for statement in article.statements:
        assert statement.content == article.text[statement.span.start : statement.span.end]
        assert statement.cue_span is not None
        assert statement.cue == article.text[statement.cue_span.start : statement.cue_span.end]


def test_extra_cues_are_recognised() -> None:
    pipeline = Pipeline(
        [
            Step(name="actors", run=ActorsStep()),
            Step(name="statements", run=StatementsStep(extra_cues={"opine"})),
        ]
    )
    article = newsdoc.parse(
        " date 2024-03-01 H\n\nJane Doe opined that taxes were too high.", pipeline=pipeline
    )
    assert _rows(article) == [("Jane Doe", "opined", "indirect", "taxes were too high")]


def test_a_huge_paragraph_does_not_hang_or_crash() -> None:
    article = _parse(("Jane Doe said \"yes, it's 'fine' \u201cok, " * 20000) + ".")
    assert article.statements is not None


def test_plain_noun_phrase_subject_becomes_the_speaker() -> None:
    article = _parse("The talks stalled, and the survey found that the economy had grown.")
    expected = [("the survey", "found", "indirect", "the economy had grown.")]
    assert expected == [(n, c, q, t.rstrip(".") + ".") for n, c, q, t in _rows(article)]


def test_headline_statement_with_a_speaker_is_read() -> None:
    article = newsdoc.parse(" date 2024-03-01 Jane Doe says talks will resume\n\nThe talks stalled.")
    expected = [("Jane Doe", "says", "indirect", "talks will resume")]
    assert expected == _rows(article)


def test_according_to_a_plain_phrase_makes_it_the_speaker() -> None:
    article = _parse("The economy grew last year, according to federal statistics.")
    assert "federal statistics" == article.actor(_only(article).speaker or "").name


def test_a_speaker_with_middle_initials() -> None:
    article = _parse("Secretary of State John F. Kerry said the talks would resume.")
    assert _rows(article) == [("John F. Kerry", "said", "indirect", "the talks would resume")]


def test_a_headline_label_names_the_speaker() -> None:
    article = newsdoc.parse(" date 2024-03-01 Sanders: Clinton needs to change course\n\nThe race goes on.")
    assert _rows(article) == [("Sanders", ":", "indirect", "Clinton needs to change course")]


def test_a_headline_rubric_is_no_speaker() -> None:
    article = newsdoc.parse(" date 2024-03-01 Analysis: Clinton needs to change course\n\nThe race goes on.")
    assert _rows(article) == []


def test_a_transcript_label_in_capitals_names_a_known_speaker() -> None:
    article = _parse("Mike Pence spoke on Sunday.", "PENCE: Well, the debate will be serious business.")
    assert _rows(article) == [("Mike Pence", ":", "indirect", "Well, the debate will be serious business.")]


def test_a_mixed_case_label_in_the_body_is_no_speaker() -> None:
    article = _parse("Wait, it gets better: the vote was moved.")
    assert _rows(article) == []


def test_a_quotation_signed_after_a_dash() -> None:
    article = _parse("\u201cWe will win the state.\u201d \u2015 Jane Doe.")
    assert _rows(article) == [("Jane Doe", "\u2015", "direct", "\u201cWe will win the state.\u201d")]


def test_this_opens_the_content_unless_a_time_noun_follows() -> None:
    article = _parse("Jane Doe said this is a show.", "John Roe said this week the deal was off.")
    assert [r[3] for r in _rows(article)] == ["this is a show", "the deal was off"]


def test_a_reporting_verb_after_a_determiner_is_a_noun() -> None:
    article = _parse("The other states hold primaries on March 1.", "His comments drew anger from Democrats.")
    assert _rows(article) == []


def test_a_base_form_after_a_person_name_is_a_noun() -> None:
    article = _parse("Jane Doe call for unity drew cheers from the crowd.")
    assert _rows(article) == []


def test_a_possessor_claim_that_is_a_statement() -> None:
    article = _parse("The video contradicted Jane Doe's claim that the police had fired first.")
    assert _rows(article) == [("Jane Doe", "claim", "indirect", "the police had fired first")]


def test_a_colon_closing_the_paragraph_introduces_the_next_one() -> None:
    article = _parse("Jane Doe added:", '"We will win this. It is clear."')
    assert _rows(article) == [("Jane Doe", "added", "direct", '"We will win this. It is clear."')]


def test_declined_to_comment_is_no_statement() -> None:
    article = _parse("Jane Doe declined to comment on the vote.", "Did John Roe say the vote was rigged?")
    assert _rows(article) == []


def test_and_said_takes_the_subject_opening_the_sentence() -> None:
    article = _parse("President Jane Doe met the survivors on Thursday and said the country must act.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the country must act")]


def test_and_said_reaches_past_a_portfolio_before_the_title() -> None:
    article = _parse(
        "Agriculture Minister John Keane met a delegation of farm leaders at her department and told them "
        "Ireland would continue to oppose the agreement."
    )
    assert _rows(article) == [("John Keane", "told", "indirect", "Ireland would continue to oppose the agreement")]


def test_and_said_takes_the_person_named_in_apposition_to_the_opening_description() -> None:
    for text in (
        "The mayor, Gilberto Quispe, offered to mediate and said he had spoken to both sides.",
        "The Catholic bishop of Abancay, Gilberto Quispe, offered to mediate and said he had spoken to both sides.",
    ):
        assert [row[0] for row in _rows(_parse(text))] == ["Gilberto Quispe"], text


def test_a_clause_opener_before_the_first_actor_is_no_portfolio() -> None:
    article = _parse(
        "As the crowd began to chant, Silverman was joined on stage by Al Franken and joked that they were ridiculous."
    )
    assert all(row[0] != "the crowd" for row in _rows(article))


def test_a_share_of_respondents_speaks() -> None:
    article = _parse("Twenty-four percent said they would vote. Even so, more than 4 in 10 said the economy was weak.")
    assert [r[0] for r in _rows(article)] == ["Twenty-four percent", "4 in 10"]


def test_a_quotation_before_told_and_an_unknown_audience() -> None:
    article = _parse('"The campaign goes on," Jane Doe told a crowd in Berea on Tuesday night.')
    assert _rows(article) == [("Jane Doe", "told", "direct", '"The campaign goes on,"')]


def test_a_sentence_opened_by_said_and_the_speaker() -> None:
    article = _parse("The museum opened.", 'Said Jane Doe, who grew up nearby, "We were all so proud of him."')
    assert _rows(article) == [("Jane Doe", "Said", "direct", '"We were all so proud of him."')]


def test_told_an_unknown_audience_that() -> None:
    article = _parse("Jane Doe told Newsmax that the plan was dead.")
    assert _rows(article) == [("Jane Doe", "told", "indirect", "the plan was dead")]


def test_but_told_an_audience_a_quotation() -> None:
    article = _parse('Jane Doe named nobody, but told her supporters, "our nation is in trouble."')
    assert _rows(article) == [("Jane Doe", "told", "direct", '"our nation is in trouble."')]


def test_a_poll_qualified_by_a_participle_speaks() -> None:
    article = _parse("The latest opinion poll released Friday shows that Clinton leads by five points.")
    assert _rows(article) == [("The latest opinion poll", "shows", "indirect", "Clinton leads by five points")]


def test_who_said_takes_the_noun_before_it() -> None:
    article = _parse("Jane Doe refused to pay an architect who said he was never paid.")
    assert _rows(article) == [("an architect", "said", "indirect", "he was never paid")]


def test_who_said_after_a_place_is_no_statement() -> None:
    article = _parse("The people of Ohio who said nothing stayed home.")
    assert _rows(article) == []


def test_two_single_marks_quote_like_a_double_one() -> None:
    article = _parse("''It is more tinkering at the edges,'' Jane Doe said. ''I wouldn't call it reform.''")
    assert _rows(article) == [
        ("Jane Doe", "said", "direct", "''It is more tinkering at the edges,''"),
        ("Jane Doe", "", "direct", "''I wouldn't call it reform.''"),
    ]


def test_a_second_according_to_takes_the_words_after_the_first() -> None:
    article = newsdoc.parse(
        " date 2024-01-01 Budget\n\n"
        "Taxes will rise, according to the Treasury, and spending will fall, according to the budget office."
    )
    assert ["Taxes will rise", "and spending will fall"] == [s.content for s in article.statements]


def test_an_according_to_inside_another_ones_source_makes_no_statement() -> None:
    article = newsdoc.parse(" date 2024-01-01 H\n\n" + "according to " * 2000)
    assert len(article.statements) <= 1


def test_accused_of_after_a_noun_is_a_passive_not_a_statement() -> None:
    article = newsdoc.parse(" date 2024-01-01 H\n\nThe EU listed companies accused of supplying drones to Russia.")
    assert [] == [s.cue for s in article.statements]


def test_a_speaker_headed_by_an_organisation_word_is_an_organisation() -> None:
    article = newsdoc.parse(" date 2024-01-01 H\n\nAt least 40 people died, a local medical group said on Sunday.")
    speaker = article.actor(article.statements[0].speaker)
    assert ("a local medical group", "organization") == (speaker.name, speaker.kind.value)


def test_a_document_seen_by_an_agency_is_an_organisation_not_a_person() -> None:
    article = newsdoc.parse(
        " date 2024-01-01 H\n\nThe measures target eight people, according to a draft seen by AFP."
    )
    speaker = article.actor(article.statements[0].speaker)
    assert "organization" == speaker.kind.value


def test_two_coordinated_names_take_the_plural_verb() -> None:
    article = _parse("Mr. Grassley and Mr. Leahy say other changes are needed.")
    assert _rows(article) == [("Leahy", "say", "indirect", "other changes are needed")]


def test_a_single_name_before_a_bare_verb_is_no_speaker() -> None:
    article = _parse("Supporters of Jane Doe call for calm.")
    speakers = [article.actor(s.speaker).name for s in article.statements if s.cue == "call" and s.speaker]
    assert ["Supporters"] == speakers  # the plural subject calls, not "Jane Doe call"


def test_a_plural_speaker_qualified_by_a_prepositional_phrase() -> None:
    article = _parse("But elected officials from both parties say he has forged a reputation as a hard worker.")
    assert _rows(article) == [
        ("elected officials from both parties", "say", "indirect", "he has forged a reputation as a hard worker")
    ]


def test_a_name_inside_the_speakers_phrase_is_not_the_speaker() -> None:
    article = _parse("Advisers to Mr. Obama say the president has grown exasperated.")
    assert ["Advisers"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_known_group_qualified_by_a_phrase_is_that_group() -> None:
    article = _parse("Experts on North Korea and nuclear nonproliferation said the latest test could change that.")
    assert ["Experts"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_document_head_before_of_names_the_whole_phrase() -> None:
    article = _parse("The transcript of the debate shows that Clinton talked about reform.")
    assert _rows(article) == [("The transcript of the debate", "shows", "indirect", "Clinton talked about reform")]


def test_a_verb_that_is_also_a_noun_is_a_verb_before_that() -> None:
    article = _parse("The document states that couples would receive paid leave.")
    assert _rows(article) == [("The document", "states", "indirect", "couples would receive paid leave")]


def test_a_capitalised_adjective_opening_the_sentence_belongs_to_the_speaker() -> None:
    article = _parse("Presidential contenders have understood that disclosure is necessary.")
    assert ["Presidential contenders"] == [article.actor(s.speaker).name for s in article.statements]


def test_which_after_an_organisation_makes_it_the_speaker() -> None:
    article = _parse("The ruling came from the European Commission, which contended that Ireland undertaxed Apple.")
    assert ["European Commission"] == [article.actor(s.speaker).name for s in article.statements]


def test_which_after_a_thing_makes_no_statement() -> None:
    article = _parse("He read the letter, which said that the plant would close.")
    assert () == article.statements


def test_a_determiner_before_a_number_belongs_to_the_speaker() -> None:
    article = _parse("Another 19 percent said they would not pick either candidate.")
    assert ["Another 19 percent"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_possessor_opens_the_speakers_name() -> None:
    article = _parse("Connecticut's tax commissioner says an internal review found no leak.")
    speaker = article.actor(article.statements[0].speaker)
    assert ("Connecticut's tax commissioner", "person") == (speaker.name, speaker.kind.value)


def test_capitalised_modifiers_after_an_article_belong_to_the_speaker() -> None:
    article = _parse('The New York billionaire says: "She will put the Oval Office up for sale."')
    assert ["The New York billionaire"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_title_case_headline_verb_is_a_cue_and_ends_the_name() -> None:
    article = newsdoc.parse(
        " date 2016-09-20 Lindsey Graham Says Trump Could Address Clean Energy\n\nThe senator spoke on Monday."
    )
    assert [("Lindsey Graham", "says", "Trump Could Address Clean Energy")] == [
        (article.actor(s.speaker).name, s.cue, s.content) for s in article.statements
    ]


def test_a_capitalised_verb_in_a_sentence_case_headline_stays_a_word() -> None:
    article = newsdoc.parse(" date 2016-09-20 The Says Foundation opens a school\n\nIt opened on Monday.")
    assert () == article.statements


def test_a_list_of_signed_quotations_one_a_line_gives_one_statement_a_line() -> None:
    article = _parse(
        "\u201dHe represents our greatest shame.\u201d \u2015 Sonya Herridge\n"
        "\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla\u00a0\n"
        "\u201cTrump must stop portraying us as gangsters.\u201d\u2015 Carla Sanchez."
    )
    assert [
        ("Sonya Herridge", "\u201dHe represents our greatest shame.\u201d"),
        ("Pamela Padilla", "\u201cHe is ignorant of our culture.\u201d"),
        ("Carla Sanchez", "\u201cTrump must stop portraying us as gangsters.\u201d"),
    ] == [(article.actor(s.speaker).name, s.content) for s in article.statements]


def test_a_quotation_wrapped_over_lines_of_prose_stays_one_quotation() -> None:
    article = _parse('Jane Doe said: "We will not give up\nuntil the talks resume."\nThe talks stalled.')
    assert ['"We will not give up\nuntil the talks resume."'] == [s.content for s in article.statements]


def test_a_capitalised_document_noun_opening_a_sentence_is_a_source_not_a_name() -> None:
    article = _parse("Polls show a close contest in the state.")
    speaker = article.actor(article.statements[0].speaker)
    assert ("Polls", "organization", "a close contest in the state") == (
        speaker.name, speaker.kind.value, article.statements[0].content
    )


def test_a_named_poll_is_the_speaker_not_the_pollster() -> None:
    article = _parse("The Reuters/Ipsos poll showed Clinton doing better than in other polls.")
    assert ["The Reuters/Ipsos poll"] == [article.actor(s.speaker).name for s in article.statements]


def test_capitalised_modifiers_after_a_possessive_belong_to_the_speaker() -> None:
    article = _parse("POLITICO's Battleground States average shows Clinton ahead by 3.7 points.")
    assert ["POLITICO's Battleground States average"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_quotation_before_a_speaker_with_a_demonym_and_title() -> None:
    article = _parse('"I will not follow a script," Italian Prime Minister Matteo Renzi said after the meeting.')
    assert _rows(article) == [("Matteo Renzi", "said", "direct", '"I will not follow a script,"')]


def test_who_with_a_time_before_the_verb_still_names_the_speaker() -> None:
    article = _parse("He met Jane Doe, now the Senate majority leader, who in 2010 said the goal was to win.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the goal was to win")]


def test_a_contracted_auxiliary_before_the_cue_is_passed_over() -> None:
    article = _parse("Jane Doe spoke on Friday. She\u2019s claiming that voting fraud is a big problem.")
    assert _rows(article) == [("Jane Doe", "claiming", "indirect", "voting fraud is a big problem")]


def test_the_subject_of_appeared_to_speaks_the_cue_after_it() -> None:
    article = _parse("Jane Doe spoke on Friday. She appeared to suggest that veterans were weaker.")
    assert _rows(article) == [("Jane Doe", "suggest", "indirect", "veterans were weaker")]


def test_went_on_to_say_keeps_the_subject() -> None:
    article = _parse("Jane Doe then went on to say that the country had changed.")
    assert _rows(article) == [("Jane Doe", "say", "indirect", "the country had changed")]


def test_an_unrealised_infinitive_cue_is_no_statement() -> None:
    article = _parse("Jane Doe did not want to say that the plan failed.")
    assert () == article.statements


def test_a_name_ending_in_a_modal_word_is_still_a_speaker() -> None:
    article = _parse("British Prime Minister Theresa May said this week that the country would leave.")
    assert _rows(article) == [("Theresa May", "said", "indirect", "the country would leave")]


def test_admitted_is_a_form_of_admit() -> None:
    article = _parse("Jane Doe admitted that the bank had failed its customers.")
    assert _rows(article) == [("Jane Doe", "admitted", "indirect", "the bank had failed its customers")]


def test_an_expressed_attitude_takes_its_object_as_content() -> None:
    article = _parse("Jane Doe expressed concern about the new tariffs.")
    assert [("Jane Doe", "expressed")] == [(article.actor(s.speaker).name, s.cue) for s in article.statements]


def test_a_discussion_is_no_statement() -> None:
    article = _parse("Defense ministers discussed deterrence options in Washington.")
    assert () == article.statements


def test_a_speaker_closing_the_sentence_after_said_is_the_speaker() -> None:
    article = _parse("The meeting went badly from there, said one GOP source in the room.")
    assert _rows(article) == [("GOP source", "said", "indirect", "The meeting went badly from there")]


def test_a_party_label_in_parentheses_before_an_apposition_keeps_the_speaker() -> None:
    article = _parse("Rep. Jane Doe (D-N.Y.), chairman of the caucus, said members will help her raise cash.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "members will help her raise cash")]


def test_a_quotation_before_a_lower_case_title_and_a_party_label() -> None:
    article = _parse('"Subpoenas are not optional," panel Chairman Rep. Jane Doe (R-Utah) said after the hearing.')
    assert _rows(article) == [("Jane Doe", "said", "direct", '"Subpoenas are not optional,"')]


def test_a_conjunction_before_the_speaker_is_no_trailing_attribution() -> None:
    article = _parse("Candidates benefit from low expectations, yet Jane Doe continually brags about her prowess.")
    assert _rows(article) == [("Jane Doe", "brags", "indirect", "her prowess")]


def test_a_possessive_apostrophe_in_an_apposition_is_no_quotation_mark() -> None:
    article = _parse('Jane Doe, who runs the effort for veterans\' families, said, "We will win."')
    assert _rows(article) == [("Jane Doe", "said", "direct", '"We will win."')]


def test_an_unknown_capitalised_word_opening_the_sentence_speaks_as_a_person() -> None:
    article = _parse("Sanders then went on to say that the country has changed.")
    speaker = article.actor(article.statements[0].speaker)
    assert ("Sanders", "person") == (speaker.name, speaker.kind.value)


def test_nothing_opening_a_sentence_is_no_speaker() -> None:
    article = _parse("Nothing suggests that the plan failed.")
    assert () == article.statements


def test_according_to_a_titled_name_makes_the_person_the_speaker() -> None:
    article = _parse("The blast went off at 8:30 p.m., according to Police Commissioner Jane Doe.")
    assert "Jane Doe" == article.actor(_only(article).speaker or "").name


def test_according_to_an_organisations_poll_makes_the_organisation_the_speaker() -> None:
    article = _parse("The race is tied, according to a new Acme Research Institute national poll.")
    assert "Acme Research Institute" == article.actor(_only(article).speaker or "").name


def test_according_to_a_poll_of_a_places_voters_is_not_the_places() -> None:
    article = _parse("The race is tied in the state, according to a long and detailed survey of Ohio voters.")
    speaker = _only(article).speaker
    assert speaker is None or article.actor(speaker).kind.value != "location"


def test_who_after_a_new_speaker_is_its_mention() -> None:
    article = _parse("Jane Doe refused to pay an architect who said he was never paid.")
    speaker = article.actor(_only(article).speaker or "")
    assert ["an architect", "who"] == [m.text for m in speaker.mentions]


def test_a_person_of_a_place_speaks_not_the_place() -> None:
    article = _parse("Senator Jane Doe of Vermont said the bill was bad.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the bill was bad")]


def test_continued_after_a_quotation_is_a_cue() -> None:
    article = _parse('Jane Doe spoke. "We are not done," she continued.')
    assert _rows(article) == [("Jane Doe", "continued", "direct", '"We are not done,"')]


def test_continued_elsewhere_is_no_cue() -> None:
    assert () == _parse("The talks continued on Monday.").statements


def test_a_document_reads_after_a_quotation() -> None:
    article = _parse('"We see hope," the letter reads.')
    assert _rows(article) == [("the letter", "reads", "direct", '"We see hope,"')]


def test_a_document_after_said_closing_the_sentence_speaks() -> None:
    article = _parse('"A state cannot do that," said the ruling.')
    assert _rows(article) == [("the ruling", "said", "direct", '"A state cannot do that,"')]


def test_a_relative_speaks_with_a_possessive() -> None:
    article = _parse('"We live in hard times," my father often said.')
    assert _rows(article) == [("my father", "said", "direct", '"We live in hard times,"')]


def test_many_of_whom_speak_as_the_group_before() -> None:
    article = _parse("He met voters, many of whom say the claims are unfounded.")
    assert _rows(article) == [("voters", "say", "indirect", "the claims are unfounded")]


def test_two_titled_names_that_are_also_titles_speak_together() -> None:
    article = _parse("Mr. King and Mr. Schultz say the network is fine.")
    assert _rows(article) == [("Schultz", "say", "indirect", "the network is fine")]


def test_a_name_before_a_possessive_after_said_is_no_closing_speaker() -> None:
    article = _parse("Jane Doe, who studies taxes, said John Smith's statement did not clarify it.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "John Smith's statement did not clarify it")]


def test_a_fraction_of_people_supports() -> None:
    article = _parse("Two-thirds support reducing the sentences.")
    assert _rows(article) == [("Two-thirds", "support", "indirect", "reducing the sentences")]


def test_a_percentage_supports() -> None:
    article = _parse("Among voters, 41 percent support Jane Doe.")
    assert _rows(article) == [("41 percent", "support", "indirect", "Jane Doe")]


def test_a_bare_noun_cue_after_a_singular_organisation_is_a_noun() -> None:
    assert () == _parse("The union support for the plan grew.").statements


def test_a_bare_noun_cue_after_a_plural_subject_is_a_verb() -> None:
    article = _parse("Most millennials support the plan.")
    assert _rows(article) == [("Most millennials", "support", "indirect", "the plan")]


def test_said_nothing_reports_no_words() -> None:
    assert () == _parse("Jane Doe said nothing about the plan.").statements


def test_a_quotation_closing_inside_another_before_the_article_read() -> None:
    article = _parse("\u201cLeaders hailed what they called \u2018the comeback,\u2019\u201d the article read.")
    assert ["the article"] == [article.actor(s.speaker or "").name for s in article.statements]


def test_a_fronted_participle_speaks_as_the_subject_after_the_comma() -> None:
    article = _parse("By criticizing the plan, the senator angered the party.")
    assert _rows(article) == [("senator", "criticizing", "indirect", "the plan")]


def test_a_preposition_opening_the_sentence_is_no_speaker() -> None:
    article = _parse("In defending the plan, voters were loud.")
    assert all(a.name != "In" for a in article.actors)


def test_a_closing_speaker_with_a_title_and_a_participle_after() -> None:
    article = _parse('"It was a sad moment," said Council President Jane Doe, summing up the talks.')
    assert _rows(article) == [("Jane Doe", "said", "direct", '"It was a sad moment,"')]


def test_an_aside_with_like_is_no_apposition_of_the_subject() -> None:
    article = _parse("Jane Doe, like John Smith, has said the plan works.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the plan works")]


def test_a_things_person_speaks() -> None:
    article = _parse('"It is smart," the ad\u2019s narrator says.')
    assert _rows(article) == [("ad\u2019s narrator", "says", "direct", '"It is smart,"')]


def test_a_participle_after_the_main_clause_speaks_as_its_subject() -> None:
    article = _parse("In August, several environmental groups granted Jane Doe an extension, saying it was fair.")
    assert [("several environmental groups", "saying", "it was fair")] == [
        (article.actor(s.speaker or "").name, s.cue, s.content) for s in article.statements
    ]


def test_a_number_and_a_capitalised_adjective_open_a_group() -> None:
    article = _parse("Two Republican senators said the bill was bad.")
    assert _rows(article) == [("Two Republican senators", "said", "indirect", "the bill was bad")]


def test_a_poll_opening_the_sentence_reports_its_finding() -> None:
    article = _parse("In an early-October Acme Research Institute poll, Jane Doe led John Smith by 24 points.")
    assert [("Acme Research Institute", "In", "Jane Doe led John Smith by 24 points")] == [
        (article.actor(s.speaker or "").name, s.cue, s.content) for s in article.statements
    ]


def test_a_poll_after_the_clause_makes_no_statement() -> None:
    assert () == _parse("He took part in the survey last week.").statements


def test_a_poll_before_a_short_aside_makes_no_statement() -> None:
    assert () == _parse("In the polls, anyway, he doesn't.").statements


def test_an_attribution_splitting_a_clause_takes_both_parts() -> None:
    article = _parse("The latest test, North Korea said, was its biggest yet.")
    assert _rows(article) == [
        ("North Korea", "said", "indirect", "The latest test, North Korea said, was its biggest yet")
    ]


def test_a_named_poll_after_adjectives_speaks() -> None:
    article = _parse("The latest Acme/Ipsos opinion poll shows that the senator leads by five points.")
    assert _rows(article) == [
        ("The latest Acme/Ipsos opinion poll", "shows", "indirect", "the senator leads by five points")
    ]


def test_an_analysis_of_reports_speaks_past_a_capitalised_masthead_and_a_hyphenated_noun() -> None:
    article = _parse("A USA TODAY analysis of campaign-finance reports shows donations hit $1 billion.")
    assert _rows(article) == [
        ("A USA TODAY analysis of campaign-finance reports", "shows", "indirect", "donations hit $1 billion")
    ]


def test_a_participle_after_by_speaks_as_the_subject_opening_the_clause() -> None:
    article = _parse("Jane Doe courted voters by telling them that their wages were too low.")
    assert _rows(article) == [("Jane Doe", "telling", "indirect", "their wages were too low")]


def test_a_participle_after_by_in_a_relative_clause_speaks_as_the_relatives_antecedent() -> None:
    article = _parse("The mayor met the candidate who launched his campaign by declaring that taxes were theft.")
    assert _rows(article) == [("candidate", "declaring", "indirect", "taxes were theft")]


def test_responded_by_saying_is_one_statement_carried_by_the_participle() -> None:
    article = _parse("Later, Jane Doe responded to critics by saying the plan was sound.")
    assert _rows(article) == [("Jane Doe", "saying", "indirect", "the plan was sound")]


def test_a_connective_before_the_speaker_is_no_content_when_that_follows_a_phrase() -> None:
    article = _parse("However, Jane Doe said in an interview that the plan is dead.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "the plan is dead")]


def test_a_clause_before_the_speaker_stays_the_content_when_a_relative_that_follows() -> None:
    article = _parse("The plan is dead, Jane Doe said in an interview that aired on Sunday.")
    assert _rows(article) == [("Jane Doe", "said", "indirect", "The plan is dead")]


def test_a_relative_after_a_preposition_leaves_the_subject_after_it() -> None:
    article = _parse("It was a lawsuit in which Democrats successfully argued that the map was unfair.")
    assert _rows(article) == [("Democratic Party", "argued", "indirect", "the map was unfair")]


def test_a_relative_object_still_has_no_speaker() -> None:
    article = _parse("It is a plan which the regime views as a threat.")
    assert () == article.statements


def test_a_plain_noun_phrase_after_though_speaks() -> None:
    article = _parse("The talks went on, though an arbitration panel in 2001 found the deal was broken.")
    assert _rows(article) == [("an arbitration panel", "found", "indirect", "the deal was broken")]


def test_a_participle_before_by_is_a_passive_not_a_statement() -> None:
    article = _parse("Support fell after a rocky summer defined by scandals and fumbles.")
    assert () == article.statements


def test_a_cue_after_an_article_is_no_verb() -> None:
    article = _parse("Support fell after a member of the suggested panel resigned.")
    assert () == article.statements


def test_a_noun_cue_before_an_auxiliary_is_a_noun() -> None:
    article = _parse("When the jobs report was released, markets rose.")
    assert () == article.statements


def test_an_adjective_before_a_noun_in_ing_is_no_speaker() -> None:
    article = _parse("He quit after a poor showing in the Iowa caucuses.")
    assert () == article.statements


def test_a_document_before_a_participle_still_speaks() -> None:
    article = _parse("Donald Trump's tweet mocking the senator drew fire.")
    assert ["mocking"] == [s.cue for s in article.statements]


def test_said_the_title_and_name_after_a_quotation() -> None:
    article = _parse('"It is over," said the Rev. Peter Wherry, of the church.')
    assert _rows(article) == [("Peter Wherry", "said", "direct", '"It is over,"')]


def test_said_the_capitalised_body_and_title_before_a_name() -> None:
    article = _parse('"It is over," said the Senate Majority Leader Mitch McConnell.')
    assert _rows(article) == [("Mitch McConnell", "said", "direct", '"It is over,"')]


def test_an_actor_after_the_verb_that_opens_a_clause_is_content_not_the_speaker() -> None:
    article = _parse("Jane Kall, a co-editor of the book, said the candidate tended to make announcements.")
    assert _rows(article) == [("Jane Kall", "said", "indirect", "the candidate tended to make announcements")]


def test_found_with_a_plain_object_reports_nothing() -> None:
    article = _parse("Police found the body of the victim on Monday.")
    assert _rows(article) == []


def test_found_with_a_clause_reports_it() -> None:
    article = _parse("The panel found the United States was in breach of the agreement.")
    assert _rows(article) == [("The panel", "found", "indirect", "the United States was in breach of the agreement")]


def test_decided_to_act_is_no_statement() -> None:
    article = _parse("The official decided to act quickly.")
    assert _rows(article) == []


def test_found_himself_is_no_statement() -> None:
    article = _parse("Senator Jane Doe found himself in a bind.")
    assert _rows(article) == []


def test_a_survey_reports_whatever_it_found() -> None:
    article = _parse("A recent CNN survey found 90 percent support for background checks.")
    assert [row[1:] for row in _rows(article)] == [("found", "indirect", "90 percent support for background checks")]


def test_a_noun_after_coordinated_modifiers_is_no_cue() -> None:
    article = _parse("The governor says the campaign violated federal and state law.")
    assert _rows(article) == [("governor", "says", "indirect", "the campaign violated federal and state law")]


def test_who_asked_not_to_be_named_is_no_statement_and_the_official_speaks() -> None:
    article = _parse("An official, who asked not to be named, said the bill would fail.")
    assert _rows(article) == [("official", "said", "indirect", "the bill would fail")]


def test_who_asked_for_anonymity_without_commas() -> None:
    article = _parse("Two diplomats who asked for anonymity said the talks had stalled.")
    assert _rows(article) == [("Two diplomats", "said", "indirect", "the talks had stalled")]


def test_an_audience_pronoun_after_told_is_no_part_of_the_content() -> None:
    article = _parse("John Keane told them Ireland would oppose the deal. Jane Doe told him that the vote was near.")
    assert [row[3] for row in _rows(article)] == ["Ireland would oppose the deal", "the vote was near"]


def test_an_audience_pronoun_before_and_or_to_stays() -> None:
    article = _parse("The firm told him and his fellow associates to keep quiet.")
    assert all(not row[3].startswith("and ") for row in _rows(article))


def test_an_actor_after_said_that_opens_a_clause_is_no_inverted_speaker() -> None:
    article = _parse("The spokesman, John Smith, said the military broke a truce.")
    assert _rows(article) == [("John Smith", "said", "indirect", "the military broke a truce")]


def test_the_one_accused_of_something_is_neither_speaker_nor_the_end_of_the_content() -> None:
    for text, content in (
        ("Its spokesman, Khaing Min Lwin, accused the army of breaking a truce.", "the army of breaking a truce"),
        ("Its spokesman, Khaing Min Lwin, accused the military of war crimes.", "the military of war crimes"),
    ):
        assert _rows(_parse(text)) == [("Khaing Min Lwin", "accused", "indirect", content)], text


def test_the_occasion_of_a_promise_is_no_part_of_its_content() -> None:
    for text, content in (
        (
            'China vowed to take "all necessary measures" to protect its companies after the EU imposed duties.',
            'to take "all necessary measures" to protect its companies',
        ),
        (
            "Egypt warned it would take all measures to protect its water after Ethiopia said it would fill the dam.",
            "it would take all measures to protect its water",
        ),
        ("Officials said the deal collapsed after talks failed.", "the deal collapsed after talks failed"),
        (
            "Surasak Thanomsin said Bangkok would begin pulling back artillery only after Cambodia withdrew troops.",
            "Bangkok would begin pulling back artillery only after Cambodia withdrew troops",
        ),
    ):
        assert content == _rows(_parse(text))[0][3], text


def test_a_participle_after_an_issued_document_speaks_for_its_issuer() -> None:
    for text, row in (
        (
            "The ministry released a statement saying the brigade had fled.",
            ("ministry", "saying", "indirect", "the brigade had fled"),
        ),
        (
            "John Smith sent a letter urging the council to act.",
            ("John Smith", "urging", "indirect", "the council to act"),
        ),
        (
            'Jane Doe released a statement saying, "We are ready."',
            ("Jane Doe", "saying", "direct", '"We are ready."'),
        ),
    ):
        assert [row] == _rows(_parse(text)), text
    rows = _rows(_parse("The army posted a video showing the brigade had fled."))
    assert [] == [r for r in rows if r[1] == "showing"]


def test_a_reporting_verb_after_an_article_in_an_apposition_is_a_noun() -> None:
    article = _parse("Expert Forum, a think tank, said it had seen no evidence.")
    assert _rows(article) == [("Expert Forum", "said", "indirect", "it had seen no evidence")]


def test_a_participle_after_a_quotation_closed_on_its_comma_is_a_statement_of_its_own() -> None:
    article = _parse(
        'Ted Cruz said Trump represents "New York values," stating during the debate that they are "liberal."'
    )
    assert _rows(article) == [
        ("Ted Cruz", "said", "mixed", 'Trump represents "New York values,"'),
        ("Ted Cruz", "stating", "mixed", 'they are "liberal."'),
    ]


def test_the_named_person_before_a_described_apposition_speaks() -> None:
    for text, speaker in (
        ("Kim Yo Jong, the powerful sister of leader Kim Jong Un, said the drills were a rehearsal.", "Kim Yo Jong"),
        ("Brian Fallon, a spokesman for Hillary Clinton, said he had reached a new low.", "Brian Fallon"),
        ("The director of the agency, Maria Costa, said the plan would work.", "Maria Costa"),
        ("The High Representative, Christian Schmidt, said no one was above the law.", "Christian Schmidt"),
    ):
        assert [row[0] for row in _rows(_parse(text))] == [speaker], text


def test_told_an_audience_then_a_place_then_that() -> None:
    article = _parse(
        "Her brother, Julio Ruiz, told reporters outside the morgue in the nearby city of Ciudad Altamirano "
        "that the family would not bury her."
    )
    assert _rows(article) == [("Julio Ruiz", "told", "indirect", "the family would not bury her")]
    assert _only(article).addressee is not None


def test_local_media_reported_as_state_media_did() -> None:
    article = _parse("Several hundred protesters gathered outside the office on Tuesday, local media reported.")
    assert [row[0] for row in _rows(article)] == ["local media"]


def test_told_an_agency_then_a_clause_without_that() -> None:
    article = _parse("A resident told AFP on Monday the road was closed.")
    statement = _only(article)
    assert ("the road was closed", "Agence France-Presse") == (
        statement.content,
        article.actor(statement.addressee).name if statement.addressee else None,
    )


def test_told_an_audience_named_by_a_noun_keeps_it_in_the_content() -> None:
    article = _parse("Donald Trump is telling a veterans group that the military is depleted.")
    assert [row[2:] for row in _rows(article)] == [("indirect", "the military is depleted")]


def test_a_verb_with_its_object_after_a_relative_clause_is_not_inverted() -> None:
    article = _parse("The Ohio Valley Utilities Coalition, which brought the case, welcomed the ruling.")
    assert [("Ohio Valley Utilities Coalition", "welcomed", "indirect", "the ruling")] == _rows(article)


def test_joined_by_is_an_aside_not_an_apposition() -> None:
    article = _parse("Justice Ketanji Brown Jackson, joined by Justice Elena Kagan, accused the majority of bias.")
    assert "Ketanji Brown Jackson" == article.actor(_only(article).speaker).name


def test_the_noun_before_an_appositive_speaker_is_no_content() -> None:
    article = _parse("Its president, Dana Whitfield, said in a statement that the rule would raise rates.")
    assert [("Dana Whitfield", "said", "indirect", "the rule would raise rates")] == _rows(article)


def test_the_object_of_a_relative_clause_before_the_verb_is_no_speaker() -> None:
    article = _parse("Residents who fled Mosul said the army had left.")
    assert ["Residents"] == [article.actor(s.speaker).name for s in article.statements]
    article = _parse("Executives who have worked with Lachlan Murdoch say he is cautious.")
    assert ["Executives"] == [article.actor(s.speaker).name for s in article.statements]


def test_a_subject_after_that_or_a_clause_taking_verb_still_speaks() -> None:
    article = _parse("It was a signal that even Bernie Sanders said the race was over.")
    assert ["Bernie Sanders"] == [article.actor(s.speaker).name for s in article.statements]
    article = _parse("The leaked emails that showed senior party officials said the race was over.")
    assert ["senior party officials"] == [article.actor(s.speaker).name for s in article.statements if s.cue == "said"]


def test_the_that_of_a_second_verb_does_not_open_the_first_content() -> None:
    article = _parse("UNICEF said at least 300 schools had been damaged and warned that children faced risks.")
    assert [("said", "at least 300 schools had been damaged"), ("warned", "children faced risks")] == [
        (s.cue, s.content) for s in article.statements
    ]


def test_a_reporting_verb_inside_a_relative_aside_leaves_the_speaker_before_it() -> None:
    article = _parse(
        "President Daniel Noboa spoke on Monday.",
        "Noboa, who declared a state of emergency on Sunday, has said the mining law is vital.",
    )
    assert [("Daniel Noboa", "the mining law is vital")] == [
        (article.actor(s.speaker).name, s.content) for s in article.statements if s.cue == "said"
    ]


def test_a_body_before_in_and_a_list_of_places_speaks() -> None:
    article = _parse("Officials in Kabul and Herat said the border was closed.")
    assert ["Officials"] == [article.actor(s.speaker).name for s in article.statements]


def test_the_reporters_clause_after_the_content_is_no_part_of_it() -> None:
    for text, content in (
        ("The AU said voting had been peaceful, though the mission noted delays.", "voting had been peaceful"),
        ("NATO said it stood with Norway, which shares a border with Russia.", "it stood with Norway"),
        ("Smith said the bill, which passed last week, was unfair.", "the bill, which passed last week, was unfair"),
    ):
        assert content == next(s.content for s in _parse(text).statements if s.cue == "said"), text


def test_a_second_reporting_verb_after_a_modifier_ends_the_content() -> None:
    article = _parse("Wine vowed to continue his campaign and said he would hold a rally.")
    assert [("vowed", "to continue his campaign"), ("said", "he would hold a rally")] == [
        (s.cue, s.content) for s in article.statements
    ]


def test_a_medium_after_on_is_no_part_of_the_content() -> None:
    for text in (
        "Bosma wrote on X that the judges had erred.",
        "Bosma said on his Facebook page that the judges had erred.",
        "Dorley announced on state broadcaster ELBC that the judges had erred.",
        "Bosma said on Monday that the judges had erred.",
    ):
        assert ["the judges had erred"] == [s.content for s in _parse(text).statements], text
    article = _parse("Bosma called on the government to reverse the ruling that hurt farmers.")
    assert next(s.content for s in article.statements if s.cue == "called").startswith("the government")


def test_a_country_after_in_before_a_relative_clause_is_no_speaker() -> None:
    article = _parse(
        "The families of two Americans detained in Iran, who are not covered by the deal,"
        " urged the administration to keep pushing."
    )
    assert ["families"] == [article.actor(s.speaker).name for s in article.statements]


def test_the_speaker_before_a_place_and_an_anonymity_aside_speaks() -> None:
    article = _parse(
        "A senior Indian security official in Srinagar, who requested anonymity, said the army had moved troops."
    )
    statement = article.statements[0]
    assert ("senior Indian security official in Srinagar", "the army had moved troops") == (
        article.actor(statement.speaker).name,
        statement.content,
    )


def test_a_quotation_before_a_speaker_with_his_body_and_title_is_the_content() -> None:
    article = _parse('"The nomination is annulled," IEBC chairman Daniel Ragot told a news conference in Nairobi.')
    assert [("Daniel Ragot", "told", "direct", '"The nomination is annulled,"')] == _rows(article)


def test_a_lower_case_title_before_a_trailing_speaker_keeps_the_clause_before() -> None:
    article = _parse("Rescue teams had reached 41 workers, chief executive Pieter Venter told reporters at the mine.")
    assert [("Pieter Venter", "told", "indirect", "Rescue teams had reached 41 workers")] == _rows(article)


def test_an_acronym_in_parentheses_after_a_trailing_speaker_keeps_the_clause_before() -> None:
    article = _parse("The hostages were flown to the capital, the Haitian National Police (PNH) said in a statement.")
    assert [("Haitian National Police", "said", "indirect", "The hostages were flown to the capital")] == _rows(
        article
    )


def test_where_words_were_said_is_no_content() -> None:
    article = _parse('"How does a mine pass inspection?" Lerato Dlamini asked at a briefing in Rustenburg.')
    assert [] == [row for row in _rows(article) if row[3].startswith("at ")]


def test_the_actor_after_told_is_the_one_told_never_the_speaker() -> None:
    article = _parse('"We were wrong," Jorge Ramos, speaking on Sunday, told Agence France-Presse.')
    assert [("Jorge Ramos", "told")] == [(row[0], row[1]) for row in _rows(article)]


def test_an_aside_for_whom_a_lawyer_speaks_is_not_the_speaker() -> None:
    article = _parse("Robert Carrow KC, for the Home Secretary, said the site met all legal standards.")
    assert [("Robert Carrow", "said", "indirect", "the site met all legal standards")] == _rows(article)


def test_letters_after_a_name_are_no_part_of_it() -> None:
    article = _parse('"These are men who survived war," Helen Okafor KC, representing the charity, told the judge.')
    assert ["Helen Okafor"] == [row[0] for row in _rows(article)]


def test_a_source_familiar_with_the_talks_speaks() -> None:
    article = _parse("A source familiar with the negotiations said the deal was off.")
    assert [("source familiar with the negotiations", "said", "indirect", "the deal was off")] == _rows(article)


def test_people_briefed_on_the_talks_speak() -> None:
    article = _parse("Two people briefed on the talks said the deal was off.")
    assert ["Two people briefed on the talks"] == [row[0] for row in _rows(article)]


def test_analysts_knowledgeable_about_the_market_speak() -> None:
    article = _parse("Analysts knowledgeable about the market said prices would rise.")
    assert ["Analysts knowledgeable about the market"] == [row[0] for row in _rows(article)]


def test_a_past_form_after_a_possessive_is_an_adjective() -> None:
    article = _parse("Both armies shelled their disputed border, the ministry said.")
    assert ["said"] == [cue for _, cue, _, _ in _rows(article)]


def test_a_speech_verb_participle_before_to_describes_its_noun() -> None:
    article = _parse("Militants linked to al Qaeda killed 23 soldiers, two security sources said.")
    assert ["said"] == [cue for _, cue, _, _ in _rows(article)]


def test_an_agreement_to_act_is_no_statement() -> None:
    article = _parse("Thai and Cambodian officials agreed on Tuesday to extend a fragile ceasefire that failed twice.")
    assert [] == _rows(article)


def test_an_agreement_that_a_clause_holds_is_a_statement() -> None:
    article = _parse("The ministers agreed that the border was calm.")
    assert [("ministers", "agreed", "indirect", "the border was calm")] == _rows(article)


def test_a_body_in_a_city_speaks_not_the_city() -> None:
    article = _parse("The U.S. Embassy in Bishkek urged the authorities to respect due process.")
    assert [("U.S. Embassy", "urged")] == [(speaker, cue) for speaker, cue, _, _ in _rows(article)]


def test_a_speaker_with_a_relative_clause_before_the_cue_speaks() -> None:
    article = _parse("The talks stalled, two diplomats who attended the closed-door session said.")
    assert [("two diplomats", "said")] == [(speaker, cue) for speaker, cue, _, _ in _rows(article)]


def test_a_cue_closing_a_report_takes_no_content_before_it() -> None:
    article = _parse("Two diplomats said the leaders agreed.")
    assert [("Two diplomats", "said", "indirect", "the leaders agreed")] == _rows(article)


def test_an_embassy_in_a_city_speaks_not_the_city() -> None:
    article = _parse("The Russian embassy in Berlin rejected the accusations as unfounded.")
    assert [("Russian embassy", "rejected", "indirect", "the accusations as unfounded")] == _rows(article)


def test_a_cue_opening_the_content_of_the_same_speaker_is_part_of_it() -> None:
    article = _parse("Smith said he believes the vote was fair.")
    assert [("Smith", "said", "indirect", "he believes the vote was fair")] == _rows(article)


def test_a_cue_deep_inside_the_content_of_the_same_speaker_stays_a_statement() -> None:
    article = _parse("Smith said the vote was fair, adding that the count, he believes, was right.")
    assert ("Smith", "believes") in [(row[0], row[1]) for row in _rows(article)]


def test_a_cue_opening_the_content_of_another_speaker_is_part_of_it() -> None:
    article = _parse("Two diplomats said Russia warned that it would veto the resolution.")
    assert [("Two diplomats", "said", "indirect", "Russia warned that it would veto the resolution")] == _rows(article)


def test_a_question_quoted_before_a_named_speaker_is_one_sentence() -> None:
    article = _parse('"Does anybody know what the platform is?" Lindsey Graham asked. "Neither do I."')
    assert _rows(article) == [
        ("Lindsey Graham", "asked", "direct", '"Does anybody know what the platform is?"'),
        ("Lindsey Graham", "", "direct", '"Neither do I."'),
    ]


def test_a_question_before_a_plural_verb_still_ends_its_sentence() -> None:
    article = _parse('"Who knows?" Analysts say the market will fall.')
    assert _rows(article) == [("Analysts", "say", "indirect", "the market will fall")]


def test_the_object_of_a_speech_act_ends_before_a_medium() -> None:
    article = _parse("Donald Trump attacked Alicia Machado in early-morning tweets on Friday.")
    assert _rows(article) == [("Donald Trump", "attacked", "indirect", "Alicia Machado")]


def test_the_object_of_a_speech_act_ends_before_a_time_and_its_adverb() -> None:
    article = _parse("Adrian Munteanu declared victory shortly after 2 a.m. on Monday.")
    assert _rows(article) == [("Adrian Munteanu", "declared", "indirect", "victory")]


def test_the_object_of_a_speech_act_ends_before_during() -> None:
    article = _parse("Ed Schultz supported Democrats during his time on MSNBC.")
    assert _rows(article) == [("Ed Schultz", "supported", "indirect", "Democrats")]


def test_a_place_inside_the_object_of_a_speech_act_stays() -> None:
    article = _parse("South Korea described the presence of US troops in joint drills as a provocation.")
    assert _rows(article) == [
        ("South Korea", "described", "indirect", "the presence of US troops in joint drills as a provocation")
    ]


def test_what_a_speaker_spoke_about_is_the_content() -> None:
    article = _parse("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa.")
    assert [("Hillary Clinton", "spoke", "indirect", "the death of Terence Crutcher in Tulsa")] == _rows(article)


def test_a_verb_of_talking_takes_its_addressee_before_the_topic() -> None:
    article = _parse("Angela Merkel talked with Russian President Vladimir Putin about Ukraine by phone.")
    statement = _only(article)
    assert ("Ukraine", "Vladimir Putin") == (statement.content, article.actor(statement.addressee or "").name)


def test_a_verb_of_talking_without_a_topic_is_no_statement() -> None:
    article = _parse("Jane Doe, who spoke on condition of anonymity, arrived in Cairo on Monday.")
    assert [] == _rows(article)


def test_a_topic_said_on_condition_of_anonymity_is_no_statement() -> None:
    article = _parse("Senior officials spoke about the raid only on condition of anonymity.")
    assert [] == _rows(article)


def test_talks_held_about_a_truce_are_no_statement() -> None:
    article = _parse("Israel and Hamas held talks about a truce in Cairo.")
    assert [] == _rows(article)


def test_a_speaker_talks_about_a_topic_in_the_present() -> None:
    article = _parse("Bernie Sanders talks about a revolution.")
    assert [("Bernie Sanders", "talks", "indirect", "a revolution")] == _rows(article)


def test_warned_of_reports_what_was_warned_of() -> None:
    article = _parse("Ted Cruz warned of a ferocious battle ahead.")
    assert [("Ted Cruz", "warned", "indirect", "a ferocious battle ahead")] == _rows(article)


def test_but_before_a_second_reporting_verb_ends_the_first_content() -> None:
    article = _parse("Joe Biden complained about the dour tone of the primary but defended Bernie Sanders.")
    assert [
        ("Joe Biden", "complained", "indirect", "the dour tone of the primary"),
        ("Joe Biden", "defended", "indirect", "Bernie Sanders"),
    ] == _rows(article)


def test_a_fronted_time_before_the_speaker_is_no_content() -> None:
    article = _parse("In July, the NAACP called for a moratorium on charter schools.")
    assert [("NAACP", "called", "indirect", "for a moratorium on charter schools")] == _rows(article)


def test_a_closed_quotation_may_stand_between_the_subject_and_a_coordinated_cue() -> None:
    article = _parse('Ted Cruz exhorted Republicans to "vote your conscience" and said he was standing on truth.')
    assert [("Ted Cruz", "said", "indirect", "he was standing on truth")] == _rows(article)


def test_a_text_speaking_for_its_authors_is_no_person() -> None:
    article = _parse("The Democrats meet this week. For the first time, the Party's platform mentions abortion rights.")
    speaker = article.actor(_only(article).speaker or "")
    assert ("Party's platform", "organization") == (speaker.name, speaker.kind.value)


def test_a_speech_act_verb_with_a_particle_is_no_statement() -> None:
    article = _parse("The union called off the strike. The United States backed out of the deal.")
    assert [] == _rows(article)


def test_called_out_still_speaks() -> None:
    article = _parse("Senator John Smith called out Trump for lying.")
    assert [("John Smith", "called", "indirect", "out Trump for lying")] == _rows(article)


def test_a_transcript_note_in_quotation_marks_is_no_statement() -> None:
    article = _parse('Mike Pence said, "(CROSSTALK.)"')
    assert [] == _rows(article)


def test_a_presidency_or_a_mission_speaking_is_an_organisation() -> None:
    article = _parse(
        "The presidency said in a statement that the head of state would meet party leaders. "
        "A European Union observer mission said the count had been orderly."
    )
    assert ["organization", "organization"] == [article.actor(s.speaker).kind.value for s in article.statements]


def test_an_organisation_in_a_place_speaks_not_the_place() -> None:
    article = _parse("The Kurdistan Regional Government (KRG) in Erbil called for an investigation.")
    assert _only(article).speaker is not None
    assert article.actor(_only(article).speaker).name == "Kurdistan Regional Government"


def test_an_actor_after_the_cue_that_opens_a_clause_is_no_inverted_speaker() -> None:
    article = _parse('The gang\'s leader, who goes by the name "Ti Sel", said the hostages would be freed.')
    assert [row[0] for row in _rows(article)] != ["hostages"]
    assert all(s.speaker is None or article.actor(s.speaker).name != "hostages" for s in article.statements)


def test_the_addressee_of_urged_after_an_apposition_is_no_inverted_speaker() -> None:
    article = _parse(
        "The American Federation of Government Employees (AFGE), the largest union of federal workers, "
        "urged lawmakers to reach a deal."
    )
    assert _rows(article)[0][:2] == ("American Federation of Government Employees", "urged")


def test_an_inverted_speaker_with_a_complement_after_a_quotation() -> None:
    article = _parse('"His knowledge is old," said a longtime adviser to Trump, who declined to be named.')
    assert _rows(article)[0][0] == "longtime adviser"


def test_an_infinitive_cue_makes_no_speaker_of_the_phrase_before_it() -> None:
    article = _parse("Thousands of teachers marched through Dakar last month to demand unpaid bonuses.")
    assert not [a.name for a in article.actors if "marched" in a.name]


def test_words_before_a_speaker_with_no_break_are_no_content() -> None:
    article = _parse("The country's two largest unions accused the government.")
    assert [s.content for s in article.statements] == []
    for quoted in ("\u00abThe deal is dead\u00bb the minister said.", "\u2018It is dead\u2019 the minister said."):
        assert [s.content for s in _parse(quoted).statements] == [quoted.split(" the minister")[0]]
    fronted = _parse("Five people were killed in Kharkiv, regional governor Ihor Sova said.")
    (statement,) = fronted.statements
    assert statement.content.startswith("Five people were killed in Kharkiv")


def test_a_reporting_verb_after_a_preposition_is_a_noun() -> None:
    article = _parse("The measure passed with Labor councillors in favour and two independent councillors opposed.")
    assert [s.cue for s in article.statements] == []


def test_according_to_after_a_speech_act_is_the_source_of_the_whole_sentence() -> None:
    article = _parse(
        "More than 200,000 Nicaraguans have sought asylum in Costa Rica, according to the UN refugee agency."
    )
    assert _rows(article) == [
        (
            "UN refugee agency",
            "according to",
            "indirect",
            "More than 200,000 Nicaraguans have sought asylum in Costa Rica",
        )
    ]


def test_a_known_body_that_is_no_medium_is_no_channel() -> None:
    article = _parse("Farmers demanded aid for the region, the UN refugee agency said.")
    assert [(s.cue, s.channel) for s in article.statements] == [("said", None)]


def test_a_known_broadcaster_is_the_channel_of_the_words_it_reports() -> None:
    article = _parse("Jane Doe urged voters to turn out, CNN reported.")
    (statement,) = article.statements
    assert (statement.cue, article.actor(statement.channel).name if statement.channel else None) == ("urged", "CNN")


def test_a_noun_before_the_head_of_a_trailing_attribution_is_the_speakers() -> None:
    article = _parse("The JNE will rule later, electoral officials said.")
    assert _rows(article) == [("electoral officials", "said", "indirect", "The JNE will rule later")]


def test_a_relative_word_before_a_trailing_speaker_is_no_part_of_it() -> None:
    article = _parse("He visited the town, where authorities said the water was safe.")
    assert [article.actor(s.speaker).name for s in article.statements if s.speaker] == ["authorities"]


def test_a_body_named_in_apposition_to_a_description_speaks() -> None:
    article = _parse(
        "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said in a statement "
        "that Afghan forces had opened fire on its posts."
    )
    assert _rows(article) == [
        ("Inter-Services Public Relations", "said", "indirect", "Afghan forces had opened fire on its posts")
    ]


def test_a_relative_clause_closing_the_sentence_is_no_trailing_attribution() -> None:
    article = _parse(
        "Ankara urged the world to end the isolation of the Turkish Republic of Northern Cyprus (TRNC), "
        "which only Turkey recognises."
    )
    assert [s.cue for s in article.statements] == ["urged"]


def test_a_lower_case_title_or_an_apposition_after_a_quotation_reports_it() -> None:
    article = _parse(
        '"This reform takes away rights," CGT co-secretary general Mariela Fontan told a news conference. '
        '"The scale is enormous," the UN resident coordinator in Madagascar, Helena Marques, told a news '
        'conference in Antananarivo. "The rules are clear," Executive Vice-President for Competition Elena '
        "Marchetti told a news conference in Brussels."
    )
    assert _rows(article) == [
        ("Mariela Fontan", "told", "direct", '"This reform takes away rights,"'),
        ("Helena Marques", "told", "direct", '"The scale is enormous,"'),
        ("Elena Marchetti", "told", "direct", '"The rules are clear,"'),
    ]


def test_an_audience_that_ends_the_sentence_leaves_the_content_before_the_speaker() -> None:
    article = _parse(
        "Partner states owe $90 million, Grace Atieno told the summit. The talks failed, Ali Daoud told AFP by "
        "telephone."
    )
    assert [(r[0], r[3]) for r in _rows(article)] == [
        ("Grace Atieno", "Partner states owe $90 million"),
        ("Ali Daoud", "The talks failed"),
    ]


def test_a_subject_before_a_relative_clause_speaks_named_or_not() -> None:
    article = _parse(
        "The Britain-based Observatory, which relies on sources, said 11 civilians died. The Tarija "
        "prosecutor's office, which is handling the case, said it would appeal. The Finnish Transport "
        "Workers' Union AKT said cargo handling had stopped."
    )
    assert [r[0] for r in _rows(article)] == [
        "Observatory",
        "The Tarija prosecutor's office",
        "Finnish Transport Workers' Union AKT",
    ]


def test_an_owner_before_a_trailing_speaker_and_a_named_apposition() -> None:
    article = _parse(
        '"The regime has chosen war," Eritrea\'s Information Ministry said in a statement. Somalia\'s minister '
        "for humanitarian affairs, Fadumo Hassan Nur, urged Somalis to give. She accused al-Shabaab of theft."
    )
    rows = _rows(article)
    assert rows[0] == ("Information Ministry", "said", "direct", '"The regime has chosen war,"')
    assert [r[0] for r in rows[1:]] == ["Fadumo Hassan Nur", "Fadumo Hassan Nur"]


def test_a_plural_noun_after_of_is_no_cue_and_a_medium_may_end_with_a_colon() -> None:
    article = _parse(
        "The judge said the evidence, including recordings of video calls, showed a plot. The minister "
        'wrote on X: "Washington knows it."'
    )
    assert _rows(article) == [
        ("judge", "said", "indirect", "the evidence, including recordings of video calls, showed a plot"),
        ("minister", "wrote", "direct", '"Washington knows it."'),
    ]
