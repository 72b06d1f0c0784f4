"""The actors step: people, organisations, countries, places and groups, and coreference."""

from __future__ import annotations

import newsdoc
from newsdoc import Actor, ActorKind, Article


def _parse(*paragraphs: str) -> Article:
    return newsdoc.parse(" date 2024-03-01 Headline\n\n" + "\n\n".join(paragraphs))


def _roles_of(article: Article, trigger: str) -> dict[str, str]:
    event = next(e for e in article.events if e.trigger == trigger)
    return {article.actor(p.actor).name: p.role.value for p in event.participants}


def _parse_unpruned(*paragraphs: str) -> Article:
    """Parsed without the ``prune`` step, so every description the actors step made stays."""
    pipeline = newsdoc.default_pipeline().without("prune")
    return newsdoc.parse(" date 2024-03-01 Headline\n\n" + "\n\n".join(paragraphs), pipeline=pipeline)


def _actor(article: Article, name: str) -> Actor:
    matches = [a for a in article.actors if a.name == name]
    assert len(matches) == 1, [a.name for a in article.actors]
    return matches[0]


def _kinds(article: Article) -> list[tuple[str, str]]:
    """(name, kind) of every actor, in order."""
    return [(a.name, a.kind.value) for a in article.actors]


def _mentions(article: Article, name: str) -> list[str]:
    return [m.text for m in _actor(article, name).mentions]


def test_a_named_person_with_a_title_and_a_demonym() -> None:
    article = _parse("North Korean leader Kim Jong Un urged his party to act, state media said.")
    kim = _actor(article, "Kim Jong Un")
    assert (kim.kind.value, kim.country, kim.title) == ("person", "PRK", "North Korean leader")


def test_a_surname_refers_back_to_the_full_name() -> None:
    article = _parse("Jane Doe arrived on Monday.", "Doe said the talks would go on.")
    assert _mentions(article, "Jane Doe") == ["Jane Doe", "Doe"]


def test_a_title_inside_a_capitalised_chunk_is_split_off() -> None:
    article = _parse("Deputy Commissioner Maria Lopez said the plan was ready.")
    assert _actor(article, "Maria Lopez").title == "Deputy Commissioner"


def test_he_refers_to_the_last_sentences_person() -> None:
    article = _parse("Kim made the comments at a meeting.", "He also stressed that time was short.")
    assert "He" in _mentions(article, "Kim")


def test_they_refers_to_a_group_or_country_not_a_person() -> None:
    article = _parse("The United States and South Korea met in Washington.", "They warned of a response.")
    assert "They" in _mentions(article, "United States")


def test_an_acronym_in_brackets_is_an_alias_of_its_expansion() -> None:
    article = _parse(
        "The Federal Widget Regulation Agency (FWRA) opened an inquiry.",
        "The FWRA said it would report soon.",
    )
    agency = _actor(article, "Federal Widget Regulation Agency")
    assert (agency.kind.value, agency.aliases) == ("organization", ("FWRA",))
    assert sum(1 for m in agency.mentions if m.text == "FWRA") == 2


def test_an_acronym_of_a_lower_case_term_is_not_an_actor() -> None:
    article = _parse("It fired an intercontinental ballistic missile (ICBM) on Monday.")
    assert [a.name for a in article.actors if a.name == "ICBM"] == []


def test_a_capital_used_as_an_actor_is_its_country() -> None:
    article = _parse("Pyongyang urged calm, and Washington flew bombers over the sea.")
    assert _mentions(article, "North Korea") == ["Pyongyang"]
    assert _mentions(article, "United States") == ["Washington"]


def test_a_capital_after_in_is_a_location() -> None:
    article = _parse("The allies met in Washington on Monday.")
    washington = _actor(article, "Washington")
    assert (washington.kind.value, washington.country) == ("location", "USA")


def test_the_north_refers_to_north_korea() -> None:
    article = _parse(
        "North Korea tested a missile.", "The North has previously described the drills as a threat."
    )
    assert "The North" in _mentions(article, "North Korea")


def test_a_city_is_a_location_with_its_country() -> None:
    article = _parse("A submarine arrived in the port city of Busan.")
    busan = _actor(article, "Busan")
    assert (busan.kind.value, busan.country) == ("location", "KOR")


def test_an_unnamed_spokesperson_is_a_person_affiliated_to_the_ministry() -> None:
    article = _parse("A spokesperson for North Korea's defense ministry slammed the plans.")
    person = _actor(article, "spokesperson for North Korea's defense ministry")
    ministry = _actor(article, "North Korea's defense ministry")
    assert ("person", "PRK", ministry.id) == (person.kind.value, person.country, person.affiliation)


def test_an_official_named_by_an_acronym_modifier_is_a_person() -> None:
    article = _parse("An EU official said the talks had stalled.")
    official = _actor(article, "EU official")
    assert official.kind.value == "person"


def test_plural_nouns_are_groups() -> None:
    article = _parse("Farmers blocked the roads, and Western governments urged restraint.")
    assert {"Farmers", "Western governments"} <= {a.name for a in article.actors_of_kind("group")}


def test_a_definite_description_refers_back_to_the_organisation() -> None:
    article = _parse("Acme Widgets Inc. reported a loss.", "The company said sales fell.")
    assert "The company" in _mentions(article, "Acme Widgets Inc.")


def test_a_possessive_party_then_the_party_is_one_actor() -> None:
    article = _parse("Kim urged his party to prepare.", "Kim asked the party to act.")
    assert _mentions(article, "party") == ["his party", "the party"]


def test_every_mention_matches_the_article_text() -> None:
    article = _parse("Farmers in France said the EU and Paris had failed them, according to Le Monde.")
    for actor in article.actors:
        for mention in actor.mentions:
            assert mention.text == article.text[mention.start : mention.end]


def test_a_name_with_a_joined_particle_is_read_whole() -> None:
    article = _parse("General Abdel Fattah al-Burhan rejected the offer on Monday.")
    assert "person" == _actor(article, "Abdel Fattah al-Burhan").kind.value


def test_two_people_who_share_given_names_stay_apart() -> None:
    article = _parse(
        "General Abdel Fattah al-Burhan rejected the offer.",
        "Egypt's President Abdel Fattah al-Sisi called for calm.",
    )
    assert ("EGY", None) == (_actor(article, "Abdel Fattah al-Sisi").country,
                             _actor(article, "Abdel Fattah al-Burhan").country)


def test_a_surname_without_its_particle_refers_back_to_the_full_name() -> None:
    article = _parse("General Abdel Fattah al-Burhan rejected the offer.", "Burhan said the army would fight on.")
    assert ["Abdel Fattah al-Burhan", "Burhan"] == _mentions(article, "Abdel Fattah al-Burhan")


def test_a_demonym_in_a_capitalised_title_gives_the_country() -> None:
    article = _parse("Ukrainian President Volodymyr Zelensky welcomed the decision.")
    zelensky = _actor(article, "Volodymyr Zelensky")
    assert ("UKR", "Ukrainian President") == (zelensky.country, zelensky.title)


def test_an_organisation_before_a_title_is_the_persons_affiliation() -> None:
    article = _parse("Iran's foreign ministry spokesman Nasser Kanani rejected the accusations.")
    ministry = _actor(article, "Iran's foreign ministry")
    kanani = _actor(article, "Nasser Kanani")
    assert (ministry.id, "IRN") == (kanani.affiliation, kanani.country)


def test_a_capital_after_the_word_capital_is_a_location() -> None:
    article = _parse("Thousands protested in the Hungarian capital Budapest on Saturday.")
    assert ("location", "HUN") == (_actor(article, "Budapest").kind.value, _actor(article, "Budapest").country)


def test_no_group_is_read_inside_an_organisations_name() -> None:
    article = _parse("The paramilitary Rapid Support Forces shelled the city.")
    assert ["Rapid Support Forces"] == [a.name for a in article.actors]


def test_where_people_are_is_not_part_of_their_description() -> None:
    article = _parse('"We will act," the minister told reporters in Brussels.')
    assert {"reporters", "Brussels"} <= {a.name for a in article.actors}


def test_an_organisation_with_and_without_the_possessive_is_one_actor() -> None:
    article = _parse("Sudan army and police clashed with protesters.", "Sudan's army said it had taken the bridge.")
    assert ["Sudan army", "Sudan's army", "it"] == _mentions(article, "Sudan army")


def test_a_name_with_a_possessive_and_its_acronym_is_one_organisation() -> None:
    article = _parse("The National People's Power (NPP) won 159 seats.", "The NPP said it would govern alone.")
    npp = _actor(article, "National People's Power")
    assert ("organization", ("NPP",)) == (npp.kind.value, npp.aliases)


def test_a_name_with_a_possessive_ending_in_an_organisation_word_is_one_organisation() -> None:
    article = _parse("The People's Liberation Army held drills near the island.")
    assert "organization" == _actor(article, "People's Liberation Army").kind.value


def test_a_possessive_after_a_known_actor_is_not_joined_to_the_name() -> None:
    article = _parse("Iran's Revolutionary Guards seized a tanker.")
    assert {"Iran", "Islamic Revolutionary Guard Corps"} == {a.name for a in article.actors}


def test_a_plural_possessive_inside_a_name_is_kept() -> None:
    article = _parse("Delegates of the Workers' Party of Korea met on Monday.")
    assert "organization" == _actor(article, "Workers' Party of Korea").kind.value


def test_an_organisation_word_before_of_makes_an_organisation() -> None:
    article = _parse("The Federation of Widget Makers asked for a meeting.")
    assert "organization" == _actor(article, "Federation of Widget Makers").kind.value


def test_a_pronoun_inside_a_quotation_is_not_linked() -> None:
    article = _parse('The commission said on Friday: "This is a mandate, and we will not betray it."')
    assert all(m.text != "it" for a in article.actors for m in a.mentions)


def test_sentences_inside_a_quotation_do_not_push_the_antecedent_out_of_reach() -> None:
    article = _parse('Jo Marsh runs the caucus. "We lost. They won. We will try again. Soon," she said.')
    assert "she" in _mentions(article, "Jo Marsh")
    assert ["Jo Marsh"] == [a.name for a in article.actors]


def test_a_pronoun_still_looks_back_only_three_sentences() -> None:
    article = _parse("Jo Marsh runs the caucus.", "The vote was close.", "The hall was full.", "Rain fell.",
                     "She said the count was fair.")
    assert "She" not in _mentions(article, "Jo Marsh")


def test_an_all_caps_dateline_is_a_place_and_the_agency_after_it_an_organisation() -> None:
    article = _parse("WASHINGTON (AP) — The Senate met on Monday.")
    assert ("location", "organization") == (_actor(article, "WASHINGTON").kind.value,
                                            _actor(article, "Associated Press").kind.value)


def test_an_all_caps_heading_is_not_an_actor() -> None:
    article = _parse("ABSTRACT. More than health care, the climate matters.")
    assert [] == [a.name for a in article.actors]


def test_a_contraction_is_not_a_name() -> None:
    article = _parse("And I\u2019m saying, where is this? We\u2019re fine, Don\u2019t worry.")
    assert [] == [a.name for a in article.actors]


def test_a_party_adjective_alone_is_not_a_person() -> None:
    article = _parse("Republican support was more solid, said Lily Batchelder, a former Democratic aide.")
    names = {a.name for a in article.actors_of_kind("person")}
    assert "Lily Batchelder" in names and not names & {"Republican", "Democratic"}


def test_one_capitalised_word_between_a_modifier_and_a_person_noun_is_an_adjective() -> None:
    article = _parse("A senior Arab diplomat in Cairo said the talks had failed.")
    assert ["senior Arab diplomat in Cairo"] == [a.name for a in article.actors_of_kind("person")]
    assert "senior Arab diplomat in Cairo" == article.actor(article.statements[0].speaker).name


def test_a_given_name_between_a_modifier_and_a_person_noun_is_still_a_name() -> None:
    article = _parse("The senior Maria official said the talks had failed.")
    assert "Maria" in [a.name for a in article.actors_of_kind("person")]


def test_an_unknown_town_before_its_state_is_a_location() -> None:
    article = _parse("She spoke at a college in Charlotte, N.C., on Monday.")
    assert ("location", "USA") == (_actor(article, "Charlotte").kind.value, _actor(article, "Charlotte").country)


def test_a_currency_prefix_is_not_a_country() -> None:
    article = _parse("The deal is worth US$7.2 billion.")
    assert [] == [a.name for a in article.actors]


def test_a_continent_is_a_location_without_a_country() -> None:
    article = _parse("Flights to Europe and the Middle East resumed on Monday.")
    europe = _actor(article, "Europe")
    assert ("location", None, "location") == (europe.kind.value, europe.country,
                                              _actor(article, "Middle East").kind.value)


def test_an_organisation_noun_before_a_name_makes_an_organisation() -> None:
    article = _parse("German airline Lufthansa ordered ten jets.")
    assert ("organization", "DEU") == (_actor(article, "Lufthansa").kind.value, _actor(article, "Lufthansa").country)


def test_a_title_before_a_name_after_an_organisation_noun_keeps_the_person() -> None:
    article = _parse("At the conference, company CEO Steve Jobs unveiled a phone.")
    assert "person" == _actor(article, "Steve Jobs").kind.value


def test_a_name_holding_a_country_is_an_organisation_of_that_country() -> None:
    article = _parse("Air China and Garuda Indonesia ordered new jets.")
    assert [("organization", "CHN"), ("organization", "IDN")] == [
        (a.kind.value, a.country) for a in (_actor(article, "Air China"), _actor(article, "Garuda Indonesia"))
    ]


def test_a_named_war_is_not_an_organisation() -> None:
    article = _parse("He voted for the Iraq War in 2002.")
    assert "Iraq War" not in {a.name for a in article.actors}


def test_a_title_case_headline_is_not_an_organisation() -> None:
    article = _parse("Read more: What Mexico Could Do When Up Against Trump, he wrote.")
    assert not article.actors_of_kind("organization")


def test_a_pronoun_in_a_subordinate_clause_means_that_clauses_subject() -> None:
    article = _parse("The army refused a truce until the RSF left the cities it seized.")
    assert "it" in _mentions(article, "RSF")


def test_a_semicolon_ends_the_clause_a_subordinator_opened() -> None:
    article = _parse("Mr. Smith criticised the plan until Mr. Jones left; he then praised the talks.")
    assert "he" in _mentions(article, "Smith")


def test_a_comma_leaves_the_clause_a_subordinator_opened_open() -> None:
    article = _parse("Mr. Smith criticised the plan until Mr. Jones left, and he then praised the talks.")
    assert "he" in _mentions(article, "Jones")


def test_a_pronoun_in_a_clause_without_its_own_subject_means_the_sentence_subject() -> None:
    article = _parse("The company said profits fell because its sales dropped.")
    assert "its" in _mentions(article, "company")


def test_she_skips_a_man_named_last() -> None:
    article = _parse("Mrs. Clinton attacked Mr. Trump on Monday.", "Trump replied, and she laughed.")
    assert "she" in _mentions(article, "Clinton")


def test_he_skips_a_woman_known_by_her_given_name() -> None:
    article = _parse("Hillary Clinton met Bernie Sanders.", "Clinton spoke first, then he spoke.")
    assert "he" in _mentions(article, "Bernie Sanders")


def test_a_spokeswoman_is_a_she() -> None:
    article = _parse("A spokeswoman for the ministry met the mayor, Mr. Lee.", "She said talks would go on.")
    assert "She" in _mentions(article, "spokeswoman for the ministry")


def test_title_case_headlines_are_told_from_sentence_case_ones() -> None:
    from newsdoc._extract._actors import title_case_headline

    assert (True, False) == (
        title_case_headline("Obama Says Museum Will Tell of Suffering and Delight"),
        title_case_headline("Obama says the museum will tell of suffering"),
    )


def test_a_lone_surname_with_a_title_in_apposition_is_a_person() -> None:
    article = newsdoc.parse(
        " date 2016-09-26 H\n\nObama has had a frosty relationship with McConnell, now the Senate majority leader."
    )
    assert ("McConnell", "person") in _kinds(article)


def test_a_place_with_a_common_noun_in_apposition_is_no_person() -> None:
    article = newsdoc.parse(" date 2016-09-26 H\n\nThe law was written in Paris, the capital, last year.")
    assert [] == [a.name for a in article.actors if a.kind.value == "person"]


def test_a_relative_who_is_a_mention_of_the_person_before_it() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nThe talks were led by Jane Doe, who arrived on Monday.")
    (actor,) = article.actors
    assert ["Jane Doe", "who"] == [m.text for m in actor.mentions]


def test_who_after_an_organisation_is_no_mention_of_it() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nA staffer at the State Department who spoke left.")
    assert [("staffer at the State Department", ["A staffer at the State Department", "who"])] == [
        (a.name, [m.text for m in a.mentions]) for a in article.actors if "who" in [m.text for m in a.mentions]
    ]


def test_a_name_of_a_place_is_a_person_and_a_place() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nRepresentative Charles B. Rangel of New York spoke.")
    expected = [("Charles B. Rangel", "person", "USA"), ("New York", "location", "USA")]
    assert expected == [(a.name, a.kind.value, a.country) for a in article.actors]


def test_an_organisation_of_a_place_stays_one_name() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nThe Bank of Korea raised rates.")
    assert [("Bank of Korea", "organization")] == _kinds(article)


def test_a_title_of_a_place_does_not_split_the_name() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nSecretary of State John Kerry spoke.")
    assert ["John Kerry"] == [a.name for a in article.actors]


def test_a_long_acronym_after_the_is_an_organisation() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nThe group met the NAACP on Monday.")
    assert [("NAACP", "organization")] == _kinds(article)


def test_a_capitalised_heading_is_no_actor() -> None:
    assert () == newsdoc.parse(" date 2024-03-01 H\n\nABSTRACT.\n\nThe talks resumed.").actors


def test_women_are_a_group_a_pronoun_refers_to() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nThe women spoke. They said the plan was bad.")
    assert [("women", "group", ["The women", "They"])] == [
        (a.name, a.kind.value, [m.text for m in a.mentions]) for a in article.actors
    ]


def test_a_fraction_opening_the_sentence_is_no_person() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nTwo-thirds agreed with the plan.")
    assert all(a.kind.value != "person" for a in article.actors)
def test_a_surname_that_is_also_a_given_name_refers_back_to_the_full_name() -> None:
    article = _parse("Elizabeth Warren spoke on Monday.", "Warren said the bill would pass.")
    assert ["Elizabeth Warren", "Warren"] == _mentions(article, "Elizabeth Warren")


def test_a_person_with_a_listed_given_name_is_found_in_a_plain_sentence() -> None:
    article = _parse("He met Cameron Smith.")
    assert ["Cameron Smith"] == [a.name for a in article.actors]


def test_a_given_name_from_outside_english_opens_a_persons_name() -> None:
    article = _parse("The deal was signed by Oleksandr Kubrakov in the morning.")
    assert "person" == _actor(article, "Oleksandr Kubrakov").kind.value


def test_a_given_name_that_is_a_common_word_is_no_person_alone() -> None:
    article = _parse("Grant money ran out in March.")
    assert [] == [a.name for a in article.actors if a.kind.value == "person"]


def test_a_given_name_that_is_a_common_word_opens_a_full_name() -> None:
    article = _parse("He spoke with Hope Hicks.")
    assert ["Hope Hicks"] == [a.name for a in article.actors]


def test_a_word_after_a_quote_names_the_speaker_with_a_listed_given_name() -> None:
    article = _parse('"The numbers are moving," wrote Cameron Easley for Morning Consult.')
    speakers = {a.id: a.name for a in article.actors}
    assert ["Cameron Easley"] == [speakers.get(s.speaker or "") for s in article.statements]


def test_an_adverb_before_a_titled_apposition_is_no_person() -> None:
    article = newsdoc.parse(" date 2024-03-01 H\n\nInitially, state regulators did not agree.")
    assert all(a.kind.value != "person" for a in article.actors)


def test_a_name_ending_in_a_document_noun_is_an_organisation_not_a_person() -> None:
    article = _parse("The Acme Community Survey shows that rents rose.", "The Gallup Poll found the same.")
    assert {"organization"} == {_actor(article, n).kind.value for n in ("Acme Community Survey", "Gallup Poll")}


def test_an_organisation_word_before_for_makes_an_organisation() -> None:
    article = _parse("The Center for Veterans Studies said it would sue.")
    assert "organization" == _actor(article, "Center for Veterans Studies").kind.value


def test_that_before_a_plural_noun_opens_a_clause_and_is_no_determiner() -> None:
    article = _parse_unpruned("Figures released on Monday show that women earn less.")
    assert ["women"] == [a.name for a in article.actors_of_kind("group")]


def test_two_capitalised_words_after_in_and_before_a_comma_are_no_person() -> None:
    article = _parse("In West Fenwick, where Jane Doe grew up, she showed her skill.")
    assert ["Jane Doe"] == [a.name for a in article.actors_of_kind("person")]


def test_a_religious_title_stays_out_of_the_name() -> None:
    article = _parse("Rabbi Jonah Pesner said the vote was close.")
    assert "Rabbi" == _actor(article, "Jonah Pesner").title


def test_a_generational_suffix_belongs_to_the_name() -> None:
    article = _parse("Vann R. Newkirk II said the vote was close.")
    assert "person" == _actor(article, "Vann R. Newkirk II").kind.value


def test_one_republican_is_a_person_of_the_party() -> None:
    article = newsdoc.parse(" date 2024-03-01 Headline\n\nOne Republican said the bill would fail.")
    actor = article.actor(article.statements[0].speaker)
    assert ("Republican", "person", "USA") == (actor.name, actor.kind.value, actor.country)


def test_a_demonym_after_a_is_a_person_of_that_country() -> None:
    article = newsdoc.parse(" date 2024-03-01 Headline\n\nA Ukrainian said the bridge was hit.")
    actor = article.actor(article.statements[0].speaker)
    assert ("Ukrainian", "person", "UKR") == (actor.name, actor.kind.value, actor.country)


def test_a_party_word_in_an_apposition_is_no_second_person() -> None:
    article = newsdoc.parse(" date 2024-03-01 Headline\n\nThe governor, Brian Sandoval, a Republican, said he voted.")
    assert "Republican" not in [actor.name for actor in article.actors]


def test_a_demonym_before_a_noun_in_ing_is_no_person() -> None:
    article = newsdoc.parse(" date 2024-03-01 Headline\n\nA German warning about a new war serves as a reminder.")
    assert "German" not in [actor.name for actor in article.actors]


def test_a_common_noun_that_does_nothing_is_pruned() -> None:
    article = _parse("The plant employs about 160,000 people in Europe.")
    assert "people" not in [a.name for a in article.actors]


def test_a_common_noun_subject_of_a_verb_stays() -> None:
    article = _parse("Farmers blocked the roads near the capital.")
    assert ["Farmers"] == [a.name for a in article.actors_of_kind("group")]


def test_a_common_noun_addressee_stays() -> None:
    article = _parse("Jane Doe told reporters that the plant would close.")
    assert "reporters" in [a.name for a in article.actors]


def test_without_the_prune_step_every_description_stays() -> None:
    article = _parse_unpruned("The plant employs about 160,000 people in Europe.")
    assert "people" in [a.name for a in article.actors]


def test_a_group_described_twice_is_one_actor() -> None:
    article = _parse("Pakistani troops fired first.", "Later, Pakistani troops withdrew.")
    assert 1 == len([a for a in article.actors if a.name == "Pakistani troops"])


def test_an_adjective_after_a_quantifier_stays_in_the_description() -> None:
    article = _parse("Several legal experts said it was too early to tell.")
    assert ["Several legal experts"] == [a.name for a in article.actors_of_kind("group")]


def test_and_joins_the_halves_of_a_body_name() -> None:
    article = _parse("The Food and Drug Administration approved the drug.")
    assert ["Food and Drug Administration"] == [a.name for a in article.actors_of_kind("organization")]


def test_and_joins_the_fields_of_a_ministry() -> None:
    article = _parse("The Department of Water and Sanitation said supply would resume.")
    assert ["Department of Water and Sanitation"] == [a.name for a in article.actors_of_kind("organization")]


def test_and_before_a_title_leaves_the_ministry_alone() -> None:
    article = _parse("The Ministry of Defence and Interior Minister John Smith spoke.")
    assert ["Ministry of Defence", "John Smith"] == [a.name for a in article.actors]


def test_and_before_a_country_leaves_the_ministry_alone() -> None:
    article = _parse("The Ministry of Defence and Russia's foreign ministry spoke.")
    assert "Ministry of Defence" in [a.name for a in article.actors]


def test_and_between_two_names_joins_nothing() -> None:
    article = _parse("Russia and Ukraine Commission members met.")
    assert "Russia and Ukraine Commission" not in [a.name for a in article.actors]


def test_an_accord_named_after_a_city_is_no_person() -> None:
    article = _parse("The goal of the 2015 Paris Agreement is at risk.")
    assert [] == [a.name for a in article.actors_of_kind("person")]


def test_a_name_before_a_place_noun_is_a_place() -> None:
    article = _parse("Troops fired on posts in the Uri sector and in Cotopaxi province.")
    assert ["Uri", "Cotopaxi"] == [a.name for a in article.actors_of_kind("location")]


def test_a_name_after_the_village_of_is_a_place() -> None:
    article = _parse("A shell struck a house in the village of Dhanni.")
    assert ["Dhanni"] == [a.name for a in article.actors_of_kind("location")]


def test_a_name_after_a_residence_or_direction_noun_and_of_is_a_place() -> None:
    for text in ("A resident of Djibo said the attack lasted hours.", "The camp lies 20 km north of Djibo."):
        assert ["Djibo"] == [a.name for a in _parse(text).actors_of_kind("location")]
    assert [] == [a.name for a in _parse("A friend of Maria Lopez said she left.").actors_of_kind("location")]


def test_a_name_after_a_preposition_and_a_compass_adjective_is_a_place() -> None:
    for text in ("Fires burned villages in the northern Peloponnese.", "Burundi sent troops to eastern Kivuland."):
        assert 1 == len(_parse(text).actors_of_kind("location"))
    assert () == _parse("She spoke to central Iowa Democrats.").actors_of_kind("location")


def test_a_name_in_apposition_to_a_place_noun_is_a_place() -> None:
    article = _parse("The WFP could not reach Kadugli and Dilling, two besieged cities, for weeks.")
    assert ["Kadugli", "Dilling"] == [a.name for a in article.actors_of_kind("location")]
    article = _parse("Gunmen attacked Djibo, a town in the north, on Monday.")
    assert ["Djibo"] == [a.name for a in article.actors_of_kind("location")]


def test_a_word_opening_a_sentence_before_a_plural_place_noun_is_no_name() -> None:
    article = _parse('"Entire villages are under water," he said. Partner states owe the bloc money.')
    assert [] == [a.name for a in article.actors if a.name in ("Entire", "Partner")]


def test_one_word_before_an_apposition_headed_by_an_organisation_noun_is_a_body() -> None:
    article = _parse("Fonterra, New Zealand's largest dairy exporter, welcomed the agreement.")
    assert "Fonterra" in [a.name for a in article.actors_of_kind("organization")]
    assert "agent" == _roles_of(article, "welcomed").get("Fonterra")


def test_a_body_description_in_apposition_to_a_named_body_is_that_body() -> None:
    article = _parse("The Democratic Alliance (DA), the largest opposition party in the council, voted against it.")
    assert ["Democratic Alliance"] == [a.name for a in article.actors_of_kind("organization") if a.name != "council"]
    assert {"Democratic Alliance": "agent"} == _roles_of(article, "voted against")
    article = _parse("Fonterra, New Zealand's largest dairy exporter, welcomed the agreement.")
    assert [("Fonterra", "NZL")] == [(a.name, a.country) for a in article.actors_of_kind("organization")]


def test_a_body_description_after_a_fronted_phrase_is_no_apposition() -> None:
    article = _parse("After a day of tensions among Republicans, House Speaker Paul Ryan's office announced a meeting.")
    assert "House Speaker Paul Ryan's office" in [a.name for a in article.actors]


def test_a_confederation_or_a_coalition_is_a_body() -> None:
    article = _parse("Argentina's largest union confederation staged a general strike on Thursday.")
    assert [("Argentina's largest union confederation", "ARG")] == [
        (a.name, a.country) for a in article.actors_of_kind("organization")
    ]
    article = _parse("The ruling coalition said it would stay in power.")
    assert ["ruling coalition"] == [a.name for a in article.actors_of_kind("organization")]


def test_a_word_before_a_clause_after_a_comma_is_no_body() -> None:
    article = _parse("Separately, the company said it would appeal.")
    assert "Separately" not in [a.name for a in article.actors]


def test_a_spokesperson_keeps_the_body_it_speaks_for_in_its_name() -> None:
    article = _parse("A spokesman for the prime minister's office said the plan was committed.")
    assert ["spokesman for the prime minister's office"] == [a.name for a in article.actors]
    article = _parse("A spokesman for the mission declined to comment.")
    assert ["spokesman for the mission"] == [a.name for a in article.actors]


def test_a_place_whose_name_opens_with_the_keeps_it() -> None:
    article = _parse("The talks were held in The Hague on Monday.")
    assert [("The Hague", "NLD")] == [(a.name, a.country) for a in article.actors_of_kind("location")]


def test_a_name_before_a_facility_noun_is_a_place_named_with_it() -> None:
    for text, name in (
        ("He was held in Evin prison for a year.", "Evin prison"),
        ("Jets took off from Amari air base on Monday.", "Amari air base"),
        ("Trucks queued at the Malanville crossing.", "Malanville crossing"),
    ):
        assert [name] == [a.name for a in _parse(text).actors_of_kind("location")]
    article = _parse("Farmers from Punjab crossing into Haryana were stopped.")
    assert "Punjab crossing" not in [a.name for a in article.actors]


def test_for_the_goes_on_with_a_body_name() -> None:
    for name in (
        "U.N. Office for the Coordination of Humanitarian Affairs",
        "Committee for the Protection of Journalists",
        "Federal Office for the Protection of the Constitution",
    ):
        article = _parse(f"The {name} said aid was short.")
        assert [name] == [a.name for a in article.actors_of_kind("organization")]
    article = _parse("The European Commission for the first time said aid was short.")
    assert ["European Commission"] == [a.name for a in article.actors_of_kind("organization")]


def test_a_bare_apostrophe_after_a_name_in_s_is_a_possessive() -> None:
    article = _parse("Laos' foreign ministry said the sanctions were unfair.")
    assert [("Laos' foreign ministry", "LAO")] == [(a.name, a.country) for a in article.actors_of_kind("organization")]


def test_executive_ends_a_body_name_but_not_a_role() -> None:
    article = _parse("The Health Service Executive said beds were short.")
    assert ["Health Service Executive"] == [a.name for a in article.actors_of_kind("organization")]
    article = _parse("Indra Nooyi, the chief executive of PepsiCo, said sales rose.")
    assert "Indra Nooyi" in [a.name for a in article.actors_of_kind("person")]
    article = _parse("Perry said he would work with Congress if he were elected Chief Executive.")
    assert "Chief Executive" not in [a.name for a in article.actors]


def test_a_name_after_group_is_a_body() -> None:
    article = _parse("Civil society group WaterCAN said the city had missed its deadlines.")
    assert ["WaterCAN"] == [a.name for a in article.actors_of_kind("organization")]
    article = _parse("Carly Fiorina spoke in May. The group Fiorina addressed paid her.")
    assert [] == [a.name for a in article.actors_of_kind("organization")]


def test_courts_are_a_group_of_their_country() -> None:
    article = _parse("Iranian courts sentenced all three to prison terms.")
    assert [("Iranian courts", "IRN")] == [(a.name, a.country) for a in article.actors_of_kind("group")]
    assert [("sentenced", "Iranian courts")] == [
        (e.trigger, article.actor(p.actor).name) for e in article.events for p in e.participants
    ]


def test_security_and_rebel_stay_in_a_description_without_a_determiner() -> None:
    article = _parse("He said security forces had seized computers and rebel fighters had fled.")
    assert {"security forces", "rebel fighters"} <= {a.name for a in article.actors}


def test_agents_are_a_group() -> None:
    article = _parse("Venezuelan intelligence agents detained the campaign manager on Tuesday.")
    assert [("Venezuelan intelligence agents", "VEN")] == [(a.name, a.country) for a in article.actors_of_kind("group")]


def test_a_pronoun_after_a_reporting_verb_is_its_subject() -> None:
    article = _parse("Mexico sent planes, and the European Union said it had released 300,000 euros.")
    union = next(a for a in article.actors if a.name == "European Union")
    assert "it" in [m.text for m in union.mentions]


def test_a_known_body_after_un_is_that_body() -> None:
    article = _parse("The U.N. World Food Programme (WFP) said it was distributing food.")
    assert [("World Food Programme", ["U.N. World Food Programme", "WFP", "it"])] == [
        (a.name, [m.text for m in a.mentions]) for a in article.actors
    ]


def test_a_name_after_in_alone_is_not_made_a_place() -> None:
    article = _parse("He has lost faith in Netanyahu.")
    assert [] == [a.name for a in article.actors_of_kind("location")]


def test_corps_and_conference_end_organisation_names() -> None:
    article = _parse("The Ecuadorian Episcopal Conference and the Chinar Corps spoke.")
    assert {"Ecuadorian Episcopal Conference", "Chinar Corps"} <= {
        a.name for a in article.actors_of_kind("organization")
    }


def test_two_nationalities_before_one_noun_are_one_group_of_neither_country() -> None:
    article = _parse("Egyptian and Qatari mediators pressed Israel and Hamas on Thursday.")
    group = _actor(article, "Egyptian and Qatari mediators")
    assert ("group", None) == (group.kind.value, group.country)


def test_three_nationalities_joined_by_commas_are_one_group() -> None:
    article = _parse("British, French and German diplomats met in Geneva.")
    assert "British, French and German diplomats" in [a.name for a in article.actors]


def test_official_before_a_plural_noun_is_an_adjective() -> None:
    article = _parse("Chanda rejected the official results of the election.")
    assert [] == [a.name for a in article.actors if a.name == "official"]


def test_a_person_noun_before_a_thing_is_a_modifier() -> None:
    article = _parse("The motion came a year before a general election, the lawmaker said.")
    assert [] == [a.name for a in article.actors if a.name == "general"]


def test_the_general_before_a_verb_is_a_person() -> None:
    article = _parse("The general said the troops would stay.")
    assert "person" == _actor(article, "general").kind.value


def test_official_before_a_reporting_verb_is_a_person() -> None:
    article = _parse("The official says the vote was fair.")
    assert "person" == _actor(article, "official").kind.value


def test_a_world_city_after_a_preposition_is_a_place_of_its_country() -> None:
    article = _parse("Rescuers in Nepalgunj worked through the night.")
    city = _actor(article, "Nepalgunj")
    assert ("location", "NPL") == (city.kind.value, city.country)


def test_a_world_city_of_two_words_is_a_place_wherever_it_stands() -> None:
    article = _parse("Dera Ismail Khan was shelled on Monday, officials said.")
    city = _actor(article, "Dera Ismail Khan")
    assert ("location", "PAK") == (city.kind.value, city.country)


def test_a_single_word_city_name_before_a_verb_stays_a_person() -> None:
    article = _parse("Preston said the vote was fair.")
    assert "person" == _actor(article, "Preston").kind.value


def test_an_unknown_word_between_a_place_preposition_and_a_reporting_verb_is_a_place() -> None:
    article = _parse("A shopkeeper in Uri said the store was damaged.")
    assert "location" == _actor(article, "Uri").kind.value


def test_a_description_in_apposition_to_a_person_is_that_person() -> None:
    article = _parse("Mohammad Yousuf, a shopkeeper in the town, said the store was damaged.")
    person = _actor(article, "Mohammad Yousuf")
    assert ["Mohammad Yousuf"] == [a.name for a in article.actors if a.kind.value == "person"]
    assert ("shopkeeper", ["Mohammad Yousuf", "a shopkeeper"]) == (person.title, [m.text for m in person.mentions])
    assert [person.id] == [s.speaker for s in article.statements]


def test_without_the_prune_step_an_apposition_stays_its_own_actor() -> None:
    article = _parse_unpruned("Mohammad Yousuf, a shopkeeper in the town, said the store was damaged.")
    assert "shopkeeper" in [a.name for a in article.actors]


def test_a_noun_before_the_head_stays_in_a_description_a_determiner_opens() -> None:
    article = _parse("A senior Indian security official in Srinagar said the army had moved.")
    official = _actor(article, "senior Indian security official in Srinagar")
    assert ("person", "IND") == (official.kind.value, official.country)


def test_a_determiner_before_the_article_is_no_part_of_the_description() -> None:
    article = _parse("Witnesses said that a woman disputed the idea.")
    assert "woman" in [a.name for a in article.actors]


def test_a_portfolio_after_for_ends_at_the_name() -> None:
    article = _parse("Minister for Foreign Affairs Penny Wong said talks would resume.")
    assert ["Penny Wong"] == [a.name for a in article.actors]


def test_a_pronoun_passes_over_an_actor_after_a_preposition_of_place() -> None:
    article = _parse(
        "In Moscow, the Russian Defence Ministry said the corvette had escorted a civilian vessel. "
        "It accused the Polish minehunter of obstructing the ship."
    )
    ministry = next(a for a in article.actors if a.kind.value == "organization")
    assert "It" in [m.text for m in ministry.mentions]


def test_a_name_made_into_an_adjective_is_no_actor() -> None:
    article = _parse("Expert Forum, a Bucharest-based think tank, said so. A Paris-based charity agreed.")
    names = [a.name for a in article.actors]
    assert "Bucharest-based" not in names and "Expert Forum" in names and "Paris-based charity" in names


def test_a_sea_or_strait_of_a_place_is_one_location() -> None:
    article = _parse("Jets flew over the Gulf of Finland. Tankers used the Strait of Hormuz. Bay Buchanan spoke.")
    kinds = {a.name: a.kind.value for a in article.actors}
    assert kinds.get("Gulf of Finland") == "location" and kinds.get("Strait of Hormuz") == "location"
    assert "Finland" not in kinds and kinds.get("Bay Buchanan") != "location"


def test_state_after_a_place_is_a_modifier_of_the_body() -> None:
    article = _parse("The Chihuahua state government said it would sue. Officials in Texas state that it will.")
    names = [a.name for a in article.actors]
    assert "Chihuahua state government" in names
    assert "state government" not in names


def test_officers_of_elections_audits_and_talks_are_titles() -> None:
    for text, name, title in (
        ("Supervisor of Elections Meli Rokotuiwai denied fraud.", "Meli Rokotuiwai", "Supervisor of Elections"),
        ("NASA Administrator Charles Bolden said the decision was hard.", "Charles Bolden", "NASA Administrator"),
        ("Chief negotiator Ana Ruiz said talks would resume.", "Ana Ruiz", "Chief negotiator"),
    ):
        people = [(a.name, a.title) for a in _parse(text).actors if a.kind.value == "person"]
        assert [(name, title)] == people, text


def test_a_portfolio_after_a_body_and_its_title_ends_at_the_name() -> None:
    article = _parse("The deal was signed by EU Commissioner for Trade Lucia Ferrante on Monday.")
    assert [("Lucia Ferrante", "EU Commissioner for Trade")] == [(a.name, a.title) for a in article.actors]


def test_a_portfolio_after_the_is_part_of_the_title() -> None:
    for text, title in (
        ("Secretary of the Treasury Janet Yellen said rates would fall.", "Secretary of the Treasury"),
        ("Commissioner for the Mediterranean Lucia Ferrante said aid rose.", "Commissioner for the Mediterranean"),
    ):
        people = [(a.name, a.title) for a in _parse(text).actors if a.kind == "person"]
        assert [(people[0][0], title)] == people and people[0][0].count(" ") == 1


def test_a_title_with_a_portfolio_and_no_name_is_no_person() -> None:
    article = _parse("Passengers were met by the Assistant Foreign Minister for Consular Affairs, Sami al-Hamad.")
    assert "Consular Affairs" not in [a.name for a in article.actors]
    article = _parse("He spoke to the chairman of the Joint Chiefs of Staff on Monday.")
    assert [] == [a.name for a in article.actors if a.kind == "person"]


def test_a_hyphenated_title_opens_a_name() -> None:
    article = _parse("Executive Vice-President for Competition Elena Marchetti said the rules were clear.")
    assert "Elena Marchetti" in [a.name for a in article.actors]


def test_a_person_before_a_possessive_belongs_in_the_description() -> None:
    article = _parse("Donald Trump's lawyer said the case was closed.")
    assert ["Donald Trump", "Donald Trump's lawyer"] == [a.name for a in article.actors]


def test_a_name_in_apposition_to_a_role_noun_is_a_person() -> None:
    article = _parse("Her lawyer, Mendez, said the case was closed.")
    mendez = _actor(article, "Mendez")
    assert [mendez.id] == [s.speaker for s in article.statements]


def test_bare_police_is_an_organization_as_the_police_is() -> None:
    article = newsdoc.parse(" date 2024-03-14 Headline\n\nPolice fired tear gas at the crowd.\n")
    assert [("Police", ActorKind.ORGANIZATION)] == [(a.name, a.kind) for a in article.actors]


def test_national_forces_are_an_organization_of_their_country() -> None:
    article = newsdoc.parse(" date 2024-03-14 Headline\n\nRussian forces shelled Kharkiv.\n")
    assert ("Russian forces", ActorKind.ORGANIZATION, "RUS") in [(a.name, a.kind, a.country) for a in article.actors]


def test_police_named_again_bare_is_the_same_body() -> None:
    text = " date 2024-03-14 Headline\n\nPolice said 400 people were arrested.\n\nPolice fired tear gas at students.\n"
    police = [a for a in newsdoc.parse(text).actors if a.name.lower() == "police"]
    assert [2] == [len(a.mentions) for a in police]


def test_an_organisation_noun_before_a_past_verb_is_an_organisation() -> None:
    article = newsdoc.parse(" date 2024-03-14 Headline\n\nThe government raised the price of petrol.\n")
    assert [("government", ActorKind.ORGANIZATION)] == [(a.name, a.kind) for a in article.actors]


def test_a_coast_guard_is_an_organization_not_a_guard() -> None:
    article = newsdoc.parse(" date 2024-03-14 Headline\n\nThe Chinese coast guard fired water cannon.\n")
    found = [(a.name, a.kind, a.country) for a in article.actors]
    assert [("Chinese coast guard", ActorKind.ORGANIZATION, "CHN")] == found


def test_the_coast_guard_after_its_name_is_the_same_body() -> None:
    text = (
        " date 2024-03-14 Headline\n\n"
        "The Philippine Coast Guard said a boat was hit. The coast guard said it would patrol.\n"
    )
    mentions = [[m.text for m in a.mentions] for a in newsdoc.parse(text).actors]
    assert [["Philippine Coast Guard", "The coast guard", "it"]] == mentions


def test_a_security_guard_stays_a_person() -> None:
    article = newsdoc.parse(" date 2024-03-14 Headline\n\nA security guard said the gates were shut.\n")
    assert [("security guard", ActorKind.PERSON)] == [(a.name, a.kind) for a in article.actors]


def test_a_count_with_of_is_part_of_a_group_name() -> None:
    article = _parse_unpruned("Tens of thousands of people marched in Jakarta on Monday.")
    assert ActorKind.GROUP == _actor(article, "Tens of thousands of people").kind


def test_a_group_counted_in_hundreds_is_named_again_by_its_noun() -> None:
    article = _parse_unpruned("Hundreds of protesters marched in Lima. The protesters chanted slogans.")
    assert ["Hundreds of protesters", "The protesters"] == _mentions(article, "Hundreds of protesters")


def test_of_after_a_quantifier_is_no_adjective() -> None:
    article = _parse_unpruned("Several of the ministers resigned. Thousands of people fled the city.")
    assert [] == [a.name for a in article.actors if a.name.lower().startswith("of ")]


def test_a_name_a_foreign_organisation_head_opens_is_an_organisation() -> None:
    article = _parse("Sequencing by the Institut Pasteur du Cambodge found no mutations, Solheim said.")
    assert ActorKind.ORGANIZATION == _actor(article, "Institut Pasteur du Cambodge").kind


def test_a_spanish_union_named_first_by_its_head_is_an_organisation() -> None:
    article = _parse("Comisiones Obreras called a strike.")
    assert ActorKind.ORGANIZATION == _actor(article, "Comisiones Obreras").kind


def test_people_familiar_with_the_matter_is_one_description() -> None:
    article = _parse("According to people familiar with the matter, the talks stalled.")
    people = _actor(article, "people familiar with the matter")
    assert ["people familiar with the matter"] == [m.text for m in people.mentions]


def test_one_person_close_to_the_consortium() -> None:
    article = _parse('"They are not leaving," said one person close to the consortium.')
    assert "person" == _actor(article, "person close to the consortium").kind.value


def test_close_to_after_a_verb_extends_no_description() -> None:
    article = _parse("The minister is close to the president.")
    assert ["The minister"] == [m.text for m in _actor(article, "minister").mentions]


def test_an_embassy_with_a_demonym_is_an_organisation_of_that_country() -> None:
    article = _parse("The Russian embassy in Berlin rejected the accusations.")
    found = [(a.name, a.kind, a.country) for a in article.actors]
    assert [("Russian embassy", ActorKind.ORGANIZATION, "RUS"), ("Berlin", ActorKind.LOCATION, "DEU")] == found


def test_a_possessed_delegation_is_an_organisation_affiliated_to_its_owner() -> None:
    article = _parse("The European Union's delegation in Kyrgyzstan called for the release of the detainees.")
    delegation = _actor(article, "European Union's delegation")
    assert (ActorKind.ORGANIZATION, "European Union") == (delegation.kind, article.actor(delegation.affiliation).name)


def test_a_demonym_before_a_body_and_a_past_verb_names_the_body() -> None:
    article = _parse("The Chinese central bank raised rates on Monday.")
    found = [(a.name, a.kind, a.country) for a in article.actors]
    assert [("Chinese central bank", ActorKind.ORGANIZATION, "CHN")] == found


def test_a_body_named_with_to_after_its_organisation_word_is_one_name() -> None:
    article = _parse("The Committee to Protect Journalists called for the release of the reporters.")
    assert [("Committee to Protect Journalists", "organization")] == _kinds(article)


def test_a_body_named_with_on_after_its_organisation_word_is_one_name() -> None:
    article = _parse("The Joint Committee on Taxation said the plan would cost more.")
    assert [("Joint Committee on Taxation", "organization")] == _kinds(article)


def test_on_before_a_weekday_ends_the_body_name() -> None:
    article = _parse("The Budget Committee on Monday approved the plan.")
    assert ["Budget Committee"] == [a.name for a in article.actors]


def test_on_before_a_named_day_ends_the_body_name() -> None:
    article = _parse("Jane Doe told CBS News on Super Tuesday that she would vote.")
    assert "CBS News" in [a.name for a in article.actors]


def test_and_joins_the_remit_of_a_body_after_for() -> None:
    article = _parse("The General Committee for Prisons and Rehabilitation denied that Haddad was ill.")
    assert ("General Committee for Prisons and Rehabilitation", "organization") in _kinds(article)


def test_where_a_body_is_based_is_not_part_of_its_name() -> None:
    article = _parse("Bucharest-based Expert Forum urged the authorities to recount the votes.")
    assert ("Expert Forum", "organization") in _kinds(article)


def test_a_title_after_a_body_name_with_of_opens_a_person() -> None:
    article = _parse("Bank of Korea Governor Rhee Chang-yong said rates would stay on hold.")
    assert [("Bank of Korea", "organization"), ("Rhee Chang-yong", "person")] == _kinds(article)


def test_a_plural_title_inside_a_body_name_opens_no_person() -> None:
    article = _parse("The Conference of Presidents of Major American Jewish Organizations met on Monday.")
    assert [("Conference of Presidents of Major American Jewish Organizations", "organization")] == _kinds(article)


def test_a_role_noun_opening_the_sentence_before_a_name_is_a_title() -> None:
    article = _parse("Rival Hillary Clinton had mocked the complaint.")
    assert [("Hillary Clinton", "Rival")] == [(a.name, a.title) for a in article.actors]


def test_the_head_of_a_body_named_before_is_that_body() -> None:
    article = _parse("The European Commission fined Google. The Commission said the fine was fair.")
    assert [("European Commission", ["European Commission", "Commission"])] == [
        (a.name, [m.text for m in a.mentions]) for a in article.actors if a.name != "Google"
    ]


def test_the_head_of_a_body_with_a_remit_is_that_body() -> None:
    article = _parse("The Bank of England cut rates. Critics said the Bank had waited too long.")
    assert ["Bank of England", "Bank"] == [m.text for m in _actor(article, "Bank of England").mentions]


def test_a_newspaper_named_by_its_head_is_an_organisation() -> None:
    article = _parse('"He is rich," the Times wrote.')
    assert [("Times", "organization")] == _kinds(article)


def test_a_head_inside_a_longer_title_case_name_is_no_body() -> None:
    article = _parse("Obama used his final State of the Union address to defend the deal.")
    assert "Union" not in [a.name for a in article.actors]


def test_of_the_after_an_organisation_word_goes_on_with_the_name() -> None:
    article = _parse("The Office of the U.S. Trade Representative (USTR) said the move was unjustified.")
    office = _actor(article, "Office of the U.S. Trade Representative")
    assert ("organization", ("USTR",)) == (office.kind.value, office.aliases)


def test_a_description_names_a_body_whose_head_comes_before_its_remit() -> None:
    article = _parse("The Electoral Commission of Zambia announced the results. The commission said turnout was high.")
    assert [("Electoral Commission of Zambia", ["Electoral Commission of Zambia", "The commission"])] == [
        (a.name, [m.text for m in a.mentions]) for a in article.actors
    ]


def test_an_unknown_name_after_the_is_an_organisation() -> None:
    article = _parse("The Bloc Quebecois said the budget ignores Quebec.")
    assert "organization" == _actor(article, "Bloc Quebecois").kind.value


def test_an_unknown_name_after_a_place_preposition_is_a_place() -> None:
    article = _parse("Police arrested a man near Vardamos, a police spokesman said.")
    assert "location" == _actor(article, "Vardamos").kind.value


def test_an_unknown_name_after_the_and_a_place_preposition_is_a_place() -> None:
    article = _parse("Outside the Halden Courts of Justice, about 60 supporters held a vigil.")
    assert "location" == _actor(article, "Halden Courts of Justice").kind.value


def test_a_name_with_a_given_name_after_the_stays_a_person() -> None:
    article = _parse("The Wisconsin Republican said the vote would be close. The Mayor said he agreed.")
    assert "organization" not in [a.kind.value for a in article.actors]


def test_an_unknown_name_followed_by_which_is_an_organisation() -> None:
    article = _parse("Its partner, Quorvan Vaccines, which supplies the ingredient, declined to comment.")
    assert "organization" == _actor(article, "Quorvan Vaccines").kind.value


def test_an_apposition_headed_by_a_body_noun_makes_an_organisation() -> None:
    article = _parse("Electrify Halden, a coalition of community climate groups, said the vote was welcome.")
    assert "organization" == _actor(article, "Electrify Halden").kind.value


def test_an_apposition_headed_by_a_person_noun_leaves_a_person() -> None:
    article = _parse("Neema Bahrami, the club's entertainment manager, said the show would go on.")
    assert "person" == _actor(article, "Neema Bahrami").kind.value


def test_a_country_possessing_a_name_of_several_words_makes_it_an_organisation() -> None:
    article = _parse("The mine is owned by Australia's Southern Cross Resources and Japan's Kotobuki Metals.")
    assert [("organization", "AUS"), ("organization", "JPN")] == [
        (_actor(article, name).kind.value, _actor(article, name).country)
        for name in ("Southern Cross Resources", "Kotobuki Metals")
    ]


def test_a_name_after_x_based_is_an_organisation() -> None:
    article = _parse("Two firms, including Khartoum-based Jebel Amer Trading, bought gold, investigators said.")
    assert "organization" == _actor(article, "Jebel Amer Trading").kind.value


def test_a_person_of_a_body_is_two_actors() -> None:
    article = _parse("Alan Patricof of Greycroft Partners said the deal was done.")
    person = _actor(article, "Alan Patricof")
    assert ("person", "Greycroft Partners") == (person.kind.value, article.actor(person.affiliation).name)


def test_a_lake_is_a_place() -> None:
    article = _parse("Environmental groups fear the plant will draw too much water from Lake Balkhash.")
    assert "location" == _actor(article, "Lake Balkhash").kind.value


def test_a_name_before_plural_place_nouns_is_a_place_but_not_an_adjective() -> None:
    article = _parse("Fighting was reported in Upper Nile and Jonglei states. Western states sent aid.")
    assert ("location", "Western" not in [a.name for a in article.actors]) == (
        _actor(article, "Jonglei").kind.value,
        True,
    )


def test_a_capitalised_plural_for_people_opening_a_sentence_is_a_group() -> None:
    article = _parse("Virologists say infections in people remain rare. Organisers said the race would go on.")
    assert ["group", "group"] == [_actor(article, name).kind.value for name in ("Virologists", "Organisers")]


def test_residents_of_a_named_place_are_a_group_of_that_place() -> None:
    article = _parse("Residents of Khoznavar told local television that a bullet had shattered a window.")
    assert [("Residents of Khoznavar", "group"), ("Khoznavar", "location")] == _kinds(article)


def test_a_plural_title_before_given_names_opens_the_first_name() -> None:
    article = _parse("Justice Ketanji Brown Jackson, joined by Justices Sonia Sotomayor and Elena Kagan, dissented.")
    assert ["Ketanji Brown Jackson", "Sonia Sotomayor", "Elena Kagan"] == [a.name for a in article.actors]


def test_a_hyphenated_title_after_a_body_opens_the_name() -> None:
    article = _parse("UN Secretary-General Antonio Guterres is following the situation closely, his office said.")
    assert "person" == _actor(article, "Antonio Guterres").kind.value


def test_a_county_sheriff_is_a_title() -> None:
    article = _parse("A third Republican, Waukesha County Sheriff Tom Kettering, was not invited.")
    assert "Waukesha County Sheriff" == _actor(article, "Tom Kettering").title


def test_an_unknown_name_alone_after_in_before_a_boundary_is_a_place() -> None:
    article = _parse("The agency began distributing rice in Manakara and Farafangana but had funding for six weeks.")
    assert ["location", "location"] == [_actor(article, n).kind.value for n in ("Manakara", "Farafangana")]


def test_an_unknown_name_near_a_weekday_is_a_place() -> None:
    article = _parse("Police arrested a man near Portimão on Monday.")
    assert "location" == _actor(article, "Portimão").kind.value


def test_faith_in_a_name_is_no_place() -> None:
    article = _parse("She has faith in Obama.")
    assert [] == [a.name for a in article.actors if a.kind.value == "location"]


def test_a_name_before_a_country_after_in_is_a_place_of_that_country() -> None:
    article = _parse("She will meet officials in Aigle, Switzerland, next month.")
    assert ("location", "CHE") == (_actor(article, "Aigle").kind.value, _actor(article, "Aigle").country)


def test_an_acronym_after_a_broadcaster_noun_is_an_organisation() -> None:
    article = _parse("Eleni Tsakiri told public broadcaster ERT the plan would fail.")
    assert "organization" == _actor(article, "ERT").kind.value


def test_a_time_zone_is_no_actor() -> None:
    article = _parse("Ted Cruz spoke at 6:01 p.m. (all times EST).")
    assert "EST" not in [a.name for a in article.actors]


def test_a_given_name_before_a_possessive_keeps_the_person_apart_from_the_body() -> None:
    article = _parse("Partners pulled out, including billionaire Carlos Slim's Ora TV production company.")
    assert "person" == _actor(article, "Carlos Slim").kind.value


def test_a_hyphenated_modifier_stays_in_a_body_after_a_country() -> None:
    article = _parse("Sudan's army-backed government expelled the envoy.")
    body = _actor(article, "Sudan's army-backed government")
    assert (body.kind, body.country) == (ActorKind.ORGANIZATION, "SDN")


def test_a_capitalised_modifier_and_an_adverb_after_the_head_keep_a_body() -> None:
    article = _parse("Canada's minority Liberal government narrowly survived a confidence vote.")
    body = _actor(article, "Canada's minority Liberal government")
    assert (body.kind, body.country) == (ActorKind.ORGANIZATION, "CAN")


def test_a_chamber_of_parliament_is_an_organisation() -> None:
    article = _parse("Paraguay's Chamber of Deputies voted on Wednesday to impeach the vice president.")
    assert ActorKind.ORGANIZATION == _actor(article, "Chamber of Deputies").kind


def test_military_units_are_a_group() -> None:
    article = _parse("Armenia's Defence Ministry said Azerbaijani units fired at Armenian positions.")
    units = _actor(article, "Azerbaijani units")
    assert (units.kind, units.country) == (ActorKind.GROUP, "AZE")


def test_a_country_s_body_named_by_a_compound_noun_is_an_organisation() -> None:
    article = _parse("Taiwan's coast guard detained a cargo ship on Thursday.")
    guard = _actor(article, "Taiwan's coast guard")
    assert (guard.kind.value, guard.country) == ("organization", "TWN")


def test_an_irregular_past_verb_ends_a_body_s_name() -> None:
    article = _parse("China's military held large-scale drills around the island.")
    assert _actor(article, "China's military").kind.value == "organization"


def test_an_office_is_a_body_only_after_its_owner() -> None:
    article = _parse(
        "The UN human rights office said it was concerned.",
        "Netanyahu's office declined to comment.",
        "Carter took office in 1977.",
    )
    assert _actor(article, "UN human rights office").kind.value == "organization"
    assert _actor(article, "Netanyahu's office").kind.value == "organization"
    assert not [a.name for a in article.actors if "took" in a.name]


def test_gunmen_detainees_and_mourners_are_groups() -> None:
    article = _parse("Gunmen fired on the convoy.", "Hundreds of mourners marched.", "Detainees were freed.")
    assert ("Gunmen", "group") in _kinds(article)
    assert ("Hundreds of mourners", "group") in _kinds(article)
    assert ("Detainees", "group") in _kinds(article)


def test_a_hostage_crisis_names_no_hostage() -> None:
    article = _parse("The hostage crisis ended on Friday.")
    assert not [a.name for a in article.actors if "hostage" in a.name.lower()]


def test_relatives_of_the_victims_is_one_group_and_the_victims_another() -> None:
    article = _parse("Relatives of the victims welcomed the complaint.", "The victims were buried on Friday.")
    assert ("Relatives of the victims", "group") in _kinds(article)
    assert _mentions(article, "victims") == ["the victims", "The victims"]


def test_supporters_of_a_cause_keep_it_in_their_name() -> None:
    article = _parse("Several thousand supporters of independence marched through Noumea.")
    assert ("Several thousand supporters of independence", "group") in _kinds(article)


def test_an_of_phrase_that_goes_on_is_not_taken_into_a_name() -> None:
    article = _parse("He accused the authorities of corruption.", "Families of the Bondi victims met him.")
    names = [a.name for a in article.actors]
    assert "authorities of corruption" not in names
    assert not [n for n in names if n.startswith("Families of the")]


def test_a_description_keeps_its_main_and_leading_modifiers() -> None:
    article = _parse("Zambia's main opposition candidate rejected the result.")
    assert ("Zambia's main opposition candidate", "person") in _kinds(article)


def test_member_states_name_no_member() -> None:
    article = _parse("Several member states urged the WHO to act.")
    assert not [a.name for a in article.actors if a.name.endswith("member")]


def test_a_confederation_of_workers_is_one_organisation() -> None:
    article = _parse("The National Confederation of Workers of Senegal (CNTS) threatened a general strike.")
    assert ("National Confederation of Workers of Senegal", "organization") in _kinds(article)


def test_a_person_s_supporters_are_named_after_the_person() -> None:
    article = _parse("Hundreds of Ferrero supporters gathered.", "Clinton supporters and Sanders supporters met.")
    names = [a.name for a in article.actors]
    assert "Hundreds of Ferrero supporters" in names
    assert "Clinton supporters" in names and "Sanders supporters" in names


def test_a_count_opens_a_phrase_with_a_noun_modifier() -> None:
    article = _parse("About 200 young climate activists marched.", "On Feb. 2 when gunmen attacked, nobody was hurt.")
    names = [a.name for a in article.actors]
    assert "young climate activists" in names
    assert not [n for n in names if n.startswith("when")]


def _members(article: Article, name: str) -> list[str]:
    return [article.actor(m).name for m in _actor(article, name).members]


def test_both_governments_stands_for_the_two_countries_named_before() -> None:
    article = _parse("Serbia and Kosovo have traded accusations for weeks. Both governments shut the crossings.")
    assert _members(article, "Both governments") == ["Serbia", "Kosovo"]


def test_the_two_neighbours_keep_their_count_and_capitalised_words() -> None:
    article = _parse(
        "Tajikistan and Kyrgyzstan held talks in Dushanbe.",
        "The two Central Asian neighbours signed a treaty on Monday.",
    )
    assert _members(article, "two Central Asian neighbours") == ["Tajikistan", "Kyrgyzstan"]


def test_a_list_of_three_is_no_pair() -> None:
    article = _parse_unpruned("Kenya, Uganda and Tanzania met in Arusha. The two countries signed a deal.")
    assert _actor(article, "two countries").members == ()
    three = _parse("Kenya, Uganda and Tanzania met in Arusha. The three countries signed a deal.")
    assert _members(three, "three countries") == ["Kenya", "Uganda", "Tanzania"]


def test_without_a_list_the_countries_named_most_often_are_the_pair() -> None:
    article = _parse(
        "Djibouti accused Eritrea of an attack. Djibouti recalled its envoy and Eritrea denied it.",
        "France urged calm. The two countries fought a brief war in 2008.",
    )
    assert _members(article, "two countries") == ["Djibouti", "Eritrea"]


def test_a_tie_for_the_pair_gives_no_members() -> None:
    article = _parse("Djibouti accused Eritrea. France urged calm. The two countries fought a war in 2008.")
    assert _actor(article, "two countries").members == ()


def test_a_list_acting_on_the_pair_is_not_the_pair() -> None:
    article = _parse(
        "Thailand and Cambodia extended a ceasefire.",
        "Washington and Beijing, which both court the two neighbours, welcomed it. "
        "A spokesperson urged both sides to keep to it.",
    )
    # "both sides" stands for the same two as "the two neighbours": one group
    assert _members(article, "two neighbours") == ["Thailand", "Cambodia"]
    assert "both sides" in _actor(article, "two neighbours").aliases
    article = _parse("Qatar and Turkey urged both sides to stop.")
    assert _actor(article, "both sides").members == ()


def test_sides_stand_for_organisations_but_not_for_people_groups() -> None:
    article = _parse(
        "Fighting between the army and the Rapid Support Forces went on.",
        "Relief groups urged both sides to open the roads.",
    )
    assert _members(article, "both sides") == ["army", "Rapid Support Forces"]
    groups = _parse("Soldiers and civilians were killed. The envoy urged both sides to stop.")
    assert _actor(groups, "both sides").members == ()


def test_leaders_stand_for_people_joined_by_and() -> None:
    article = _parse("Vladimir Putin and Xi Jinping met in Beijing. The two leaders signed a statement.")
    assert _members(article, "two leaders") == ["Vladimir Putin", "Xi Jinping"]


def test_a_joint_noun_after_a_preposition_or_before_of_is_no_actor() -> None:
    article = _parse_unpruned(
        "Kenya and Uganda signed a deal, officials from both countries said. "
        "Traders on both sides of the border cheered."
    )
    names = [a.name for a in article.actors]
    assert "both countries" not in names and "both sides" not in names


def test_both_before_a_pair_of_groups_is_no_joint_reference() -> None:
    article = _parse("Both farmers and workers marched on Monday.")
    assert [a.name for a in article.actors if not a.members] == ["farmers", "workers"]


def test_a_title_case_headline_keeps_its_capitals_out_of_a_group() -> None:
    article = newsdoc.parse(" date 2024-03-01 Pastor Wants Girl Scout Leaders Executed\n\nThe pastor spoke.")
    assert "Pastor Wants Girl Scout Leaders" not in [a.name for a in article.actors]


def test_a_possessive_phrase_with_a_preposition_makes_no_organisation() -> None:
    article = _parse("Fighting went on in eastern Congo between the army and M23 rebels.")
    assert "Congo between the army" not in [a.name for a in article.actors]


def test_joint_references_to_the_same_pair_are_one_group() -> None:
    article = _parse(
        "Greece and Turkey traded accusations after the collision.",
        "The two countries came close to war in 1996. NATO urged both sides to talk.",
    )
    group = _actor(article, "two countries")
    assert [article.actor(m).name for m in group.members] == ["Greece", "Turkey"]
    assert [m.text for m in group.mentions] == ["The two countries", "both sides"]


def test_a_remit_listed_with_commas_is_one_body() -> None:
    article = _parse(
        "The National Society of Mining, Petroleum and Energy said output fell. "
        "The Ministry of Agriculture, Livestock and Fisheries said prices rose."
    )
    assert _kinds(article) == [
        ("National Society of Mining, Petroleum and Energy", "organization"),
        ("Ministry of Agriculture, Livestock and Fisheries", "organization"),
    ]


def test_a_listed_place_or_person_ends_a_remit() -> None:
    article = _parse("The Ministry of Health, Ahmed Ali and others met on Monday.")
    assert ("Ministry of Health", "organization") in _kinds(article)


def test_a_plural_body_word_ends_a_remit_joined_by_and() -> None:
    article = _parse("The International Federation of Red Cross and Red Crescent Societies appealed for funds.")
    assert _kinds(article) == [("International Federation of Red Cross and Red Crescent Societies", "organization")]


def test_a_body_after_a_bracketed_acronym_belongs_to_it() -> None:
    article = _parse("The African Union (AU) Commission urged calm. Later the AU Commission met the envoys.")
    commission = _actor(article, "African Union Commission")
    assert article.actor(commission.affiliation or "").name == "African Union"
    assert _mentions(article, "African Union Commission") == ["Commission", "AU Commission"]
    assert _mentions(article, "African Union") == ["African Union", "AU"]


def test_two_nouns_joined_by_and_before_a_plural_head_are_one_group() -> None:
    article = _parse(
        "Thousands of Finnish dock and transport workers walked off the job. The oil and gas companies protested."
    )
    assert _kinds(article) == [
        ("Thousands of Finnish dock and transport workers", "group"),
        ("oil and gas companies", "group"),
    ]
    assert _actor(article, "Thousands of Finnish dock and transport workers").country == "FIN"


def test_two_plural_groups_joined_by_and_stay_apart() -> None:
    article = _parse("The rebels freed 12 soldiers and police officers on Monday.")
    names = [a.name for a in article.actors]
    assert "soldiers and police officers" not in names


def test_a_nationality_after_a_count_and_of_is_no_person() -> None:
    article = _parse("Thousands of Finnish workers marched on Monday.")
    assert _kinds(article) == [("Thousands of Finnish workers", "group")]


def test_the_body_after_an_acronym_is_the_agent_of_its_verb() -> None:
    article = _parse("The European Union (EU) Foreign Affairs Council met on Monday.")
    (event,) = article.events
    assert [article.actor(p.actor).name for p in event.participants] == ["European Union Foreign Affairs Council"]


def test_the_same_joint_name_for_another_pair_is_another_group() -> None:
    article = _parse(
        "Serbia and Kosovo met. Both governments agreed. Later Albania and Greece met. Both governments agreed too."
    )
    agreed = [e for e in article.events if e.trigger == "agreed"]
    assert [[article.actor(p.actor).name for p in e.participants] for e in agreed] == [
        ["Serbia", "Kosovo"],
        ["Albania", "Greece"],
    ]


def test_a_capitalised_preposition_or_a_possessive_makes_no_joint_reference() -> None:
    article = _parse_unpruned(
        "Serbia and Kosovo met. In both countries, protests grew. The two countries' ministries met."
    )
    assert [a.name for a in article.actors if a.members] == []


def test_a_floating_both_does_not_hide_the_pair() -> None:
    article = _parse("Hamas and Fatah both accuse each other. Both sides agreed to talks.")
    assert _members(article, "Both sides") == ["Hamas", "Fatah"]


def test_a_remit_of_three_thousand_fields_is_read_once() -> None:
    names = ", ".join(f"Zorblat{i}" for i in range(3000))  # each comma would re-read the list
    (body,) = _parse(f"The Ministry of Health, {names} and Fisheries met.").actors
    assert body.name.startswith("Ministry of Health, Zorblat0, ") and body.name.endswith("Zorblat2999 and Fisheries")


def test_one_word_and_its_acronym_of_some_of_its_letters_are_one_organisation() -> None:
    article = _parse("The bill was passed by the Kuomintang (KMT) on Friday.", "The KMT said it would act.")
    kmt = _actor(article, "Kuomintang")
    assert (kmt.kind.value, kmt.aliases, [m.text for m in kmt.mentions][:3]) == (
        "organization",
        ("KMT",),
        ["Kuomintang", "KMT", "KMT"],
    )


def test_an_acronym_whose_letters_are_not_in_the_word_names_no_organisation() -> None:
    article = _parse("The Zorblat (QX) met on Friday.")
    assert article.actors == ()


def test_an_indefinite_body_in_a_place_is_an_organisation_of_that_place() -> None:
    article = _parse(
        "A court in Montenegro on Thursday sentenced Vukan Radovic to nine years in prison.",
        "The court said he had leaked details of raids.",
    )
    court = _actor(article, "court in Montenegro")
    assert (court.kind.value, court.country, [m.text for m in court.mentions]) == (
        "organization",
        "MNE",
        ["A court in Montenegro", "The court"],
    )


def test_an_indefinite_body_with_a_noun_before_its_head_is_named_in_full() -> None:
    article = _parse("An election court in Malaysia voided the seat of an opposition lawmaker.")
    assert _actor(article, "election court in Malaysia").country == "MYS"


def test_an_indefinite_body_in_a_place_needs_a_verb_and_a_known_place() -> None:
    article = _parse(
        "He had worked for a bank in Cyprus for years. A court in Zorbania sentenced him.",
    )
    assert [a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION] == []


def test_plurals_in_men_and_plural_only_groups_are_groups() -> None:
    article = _parse("Local fishermen blocked the port on Monday.", "About 30 Kazakh exiles staged a protest.")
    assert [(a.name, a.kind.value, a.country) for a in article.actors] == [
        ("Local fishermen", "group", None),
        ("Kazakh exiles", "group", "KAZ"),
    ]


def test_a_counted_plural_nationality_is_a_group_of_that_country() -> None:
    article = _parse(
        "Thousands of Israelis rallied in Tel Aviv. Several hundred ethnic Serbs rallied on Tuesday.",
        "More than 200,000 Nicaraguans have fled. At least 20 Palestinians were hurt.",
    )
    groups = [(a.name, a.country) for a in article.actors if a.kind is ActorKind.GROUP]
    assert groups == [
        ("Thousands of Israelis", "ISR"),
        ("Several hundred ethnic Serbs", "SRB"),
        ("More than 200,000 Nicaraguans", "NIC"),
        ("At least 20 Palestinians", "PSE"),
    ]


def test_a_plural_nationality_without_a_count_or_with_a_small_one_is_no_group() -> None:
    article = _parse("Israelis are divided over the plan. Many Serbs say so. Two Americans were freed.")
    assert [a.name for a in article.actors if a.kind is ActorKind.GROUP] == []


def test_the_same_body_name_after_another_countrys_possessive_is_another_body() -> None:
    article = _parse(
        "Armenia's Defence Ministry said Azerbaijani units fired first.",
        "Azerbaijan's Defence Ministry said Armenian forces had fired on its posts.",
    )
    ministries = [(a.name, a.country, a.aliases) for a in article.actors if a.name == "Defence Ministry"]
    assert ministries == [
        ("Defence Ministry", "ARM", ("Armenia's Defence Ministry",)),
        ("Defence Ministry", "AZE", ("Azerbaijan's Defence Ministry",)),
    ]


def test_a_place_after_in_belongs_to_a_name_its_acronym_spells() -> None:
    article = _parse(
        "The European Union Monitoring Mission in Armenia (EUMA) said its observers heard gunfire.",
        "EUMA said it would report.",
    )
    mission = _actor(article, "European Union Monitoring Mission in Armenia")
    assert (mission.kind.value, mission.country, mission.aliases) == ("organization", None, ("EUMA",))
    assert [m.text for m in mission.mentions].count("EUMA") == 2


def test_a_place_after_in_stays_out_of_a_name_without_such_an_acronym() -> None:
    article = _parse("The Ministry of Health in Gaza (MOH) said so. The Interior Ministry in Kabul said more.")
    assert [a.name for a in article.actors if a.kind is ActorKind.ORGANIZATION] == [
        "Ministry of Health",
        "MOH",
        "Interior Ministry",
    ]


def test_a_definite_body_with_a_hyphenated_modifier_in_a_place_is_of_that_place() -> None:
    article = _parse("But the army-backed government in Port Sudan said it would not agree to a pause.")
    government = _actor(article, "army-backed government")
    assert (government.kind.value, government.country) == ("organization", "SDN")
    (statement,) = article.statements
    assert statement.speaker == government.id


def test_a_role_before_a_name_in_apposition_is_that_person() -> None:
    article = _parse("Marseille's chief prosecutor, Claire Moreau, said the teenager remained in a coma.")
    people = [(a.name, a.title, a.country) for a in article.actors if a.kind is ActorKind.PERSON]
    assert people == [("Claire Moreau", "Marseille's chief prosecutor", "FRA")]
    (statement,) = article.statements
    assert article.actor(statement.speaker).name == "Claire Moreau"


def test_a_role_before_a_list_of_names_is_folded_into_none() -> None:
    article = _parse("The minister, John Smith and Jane Doe met on Monday.")
    assert [a.name for a in article.actors if a.kind is ActorKind.PERSON] == ["minister", "John Smith", "Jane Doe"]


def test_a_common_noun_owner_stays_in_a_description() -> None:
    article = _parse(
        "The country's two largest unions said they would strike. In Rameswaram, boat owners' "
        "associations said the boats would stay in harbour. The farmers' unions said prices fell."
    )
    assert _kinds(article) == [
        ("country's two largest unions", "group"),
        ("boat owners' associations", "group"),
        ("farmers' unions", "group"),
    ]
    assert _mentions(article, "country's two largest unions")[0] == "The country's two largest unions"


def test_a_name_or_a_pronoun_before_a_possessive_is_no_common_owner() -> None:
    article = _parse("The Texas senator's allies said he would run. It's what the mine's Workers' Union said.")
    names = [a.name for a in article.actors]
    assert "Texas senator" in names
    assert not any(name.startswith(("It's", "mine's")) for name in names)


def test_a_junta_and_a_tribunal_are_bodies() -> None:
    article = _parse("The junta expelled the French ambassador. An arbitral tribunal in The Hague ruled in 2016.")
    assert ("junta", "organization") in _kinds(article)
    assert ("arbitral tribunal in The Hague", "organization") in _kinds(article)


def test_a_noun_before_a_plural_speaker_after_a_conjunction_stays_in_it() -> None:
    article = _parse(
        "The toll rose to 61 and aid workers said districts were cut off. The move, which "
        "neighbouring governments condemned, was rare."
    )
    assert _kinds(article) == [("aid workers", "group"), ("neighbouring governments", "group")]


def test_three_groups_in_a_list_are_one_group_too() -> None:
    article = _parse(
        "Only a few firms were sold, according to officials, bankers and diplomats. The wing of the "
        "teachers unions, teachers and union officials told reporters it was strong."
    )
    listed = _actor(article, "officials, bankers and diplomats")
    assert listed.kind == "group"
    assert sorted(article.actor(m).name for m in listed.members) == ["bankers", "diplomats", "officials"]
    assert article.statements[0].speaker == listed.id
    assert "teachers unions, teachers and union officials" not in [a.name for a in article.actors]


def test_an_ing_noun_before_a_plural_stays_in_a_description() -> None:
    article = _parse("Analysts and shipping sources say the measures will fail. Mining companies said prices rose.")
    names = [a.name for a in article.actors]
    assert "shipping sources" in names and "Mining companies" in names


def test_a_mission_office_or_association_in_a_country_is_named_with_it() -> None:
    article = _parse(
        "Armenia said a soldier died. The UN Verification Mission in Colombia said it was ready. The "
        "United Nations Integrated Office in Haiti (BINUH) said 1.4 million were displaced. The Ministry "
        "of Defence in Ukraine said drones attacked."
    )
    names = {a.name: a for a in article.actors}
    assert "UN Verification Mission in Colombia" in names
    assert "BINUH" in names["United Nations Integrated Office in Haiti"].aliases
    assert "Ministry of Defence" in names and "Ukraine" in names


def test_an_embassy_in_a_country_is_the_embassy_not_the_country() -> None:
    article = _parse("The British Embassy in Iraq said it was closed.")
    embassy = _actor(article, "British Embassy")
    assert (embassy.kind, embassy.country) == ("organization", "GBR")
    assert article.statements[0].speaker == embassy.id


def test_nouns_before_a_plural_speaker_after_a_comma_or_an_opening_but_stay_in_it() -> None:
    article = _parse(
        "About 2,300 people fled their homes, civil protection officials said. But aid officials, speaking "
        "on condition of anonymity, said the pledges fell short. And yet officials said it was over."
    )
    names = [a.name for a in article.actors]
    assert "civil protection officials" in names and "aid officials" in names
    assert not any(name.startswith("yet") for name in names)


def test_a_place_after_an_article_names_the_body_after_it() -> None:
    article = _parse("A Nairobi court sentenced the man to 10 years. The Oklahoma legislature passed the bill.")
    court = _actor(article, "Nairobi court")
    assert (court.kind, court.country) == ("organization", "KEN")
    assert ("Oklahoma legislature", "organization") in _kinds(article)


def test_an_adverb_and_a_participle_stay_in_a_body_description() -> None:
    article = _parse("The internationally recognised government in Aden called on the UN to act.")
    government = _actor(article, "internationally recognised government")
    assert government.kind == "organization"
    assert article.statements[0].speaker == government.id


def test_a_lower_or_upper_house_after_its_country_is_a_body() -> None:
    article = _parse(
        "The Dutch lower house of parliament on Tuesday approved a bill. Poland's upper house rejected it."
    )
    assert ("Dutch lower house", "organization") in _kinds(article)
    assert ("Poland's upper house", "organization") in _kinds(article)


def test_a_pronoun_means_the_body_a_country_owns_not_the_country() -> None:
    article = newsdoc.parse(
        " date 2024-03-14 H\n\nKazakhstan's Prosecutor General's Office said it had provided guarantees. "
        "It said it had frozen assets. Russia's defence ministry said it shot down drones. It said 40 fell."
    )
    speakers = [article.actor(s.speaker or "").name for s in article.statements]
    assert speakers == [
        "Prosecutor General's Office",
        "Prosecutor General's Office",
        "Russia's defence ministry",
        "Russia's defence ministry",
    ]


def test_it_after_a_naming_verb_is_a_thing_not_an_actor() -> None:
    article = _parse('The agency said the reactor was running, calling it "deeply regrettable".')
    agency = _actor(article, "agency")
    assert [m.text for m in agency.mentions] == ["The agency"]


def test_a_directorate_or_an_inspectorate_is_a_body_even_after_general() -> None:
    article = _parse(
        "Police detained nine protesters, the General Police Inspectorate said. The General Directorate of "
        "Migration (DGM) said raids would continue."
    )
    assert ("General Police Inspectorate", "organization") in _kinds(article)
    assert ("General Directorate of Migration", "organization") in _kinds(article)


def test_a_mission_after_a_body_or_a_country_is_a_body() -> None:
    article = _parse(
        "The U.N. mission in South Sudan said 340 civilians had been killed. Sanders's mission is to win."
    )
    assert ("U.N. mission", "organization") in _kinds(article)
    assert article.actor(article.statements[0].speaker or "").name == "U.N. mission"
    assert "Sanders's mission" not in [a.name for a in article.actors]


def test_it_in_a_trailing_attribution_is_the_source_before_not_a_place_it_reports() -> None:
    article = newsdoc.parse(
        " date 2024-03-14 H\n\nThe Guyana Defence Force said the patrol came under fire. Two of the soldiers "
        "were airlifted to Georgetown, where one was in critical condition, it said."
    )
    speakers = [article.actor(s.speaker or "").name for s in article.statements]
    assert speakers == ["Guyana Defence Force", "Guyana Defence Force"]


def test_a_relational_group_keeps_a_nationality_and_its_place() -> None:
    article = _parse(
        "Leaders of the Hungarian community in Zakarpattia urged both governments to calm tensions. The "
        "United Nations Interim Force in Lebanon said it was concerned. The Russian Air Force in Syria struck."
    )
    names = [a.name for a in article.actors]
    assert "Leaders of the Hungarian community in Zakarpattia" in names
    assert "United Nations Interim Force in Lebanon" in names
    assert "Russian Air Force" in names and "Syria" in names


def test_two_nouns_after_a_nationality_stay_in_a_group_and_personnel_is_one() -> None:
    article = _parse(
        "Chinese law enforcement personnel seized the catch. Kenyan court suspends teachers over strike."
    )
    names = [a.name for a in article.actors]
    assert "Chinese law enforcement personnel" in names
    assert "Kenyan court suspends teachers" not in names


def test_one_person_named_by_where_they_are_keeps_the_place() -> None:
    article = _parse('A teacher in Adigrat told AFP: "We cannot survive another war." Reporters in Brussels asked.')
    assert _actor(article, "teacher in Adigrat").kind == "person"
    assert "Reporters" in [a.name for a in article.actors]


def test_a_based_word_stays_in_a_spokesperson_s_body() -> None:
    article = _parse("A spokesperson for the bloc's Lima-based secretariat said the teams would meet.")
    speaker = article.actor(article.statements[0].speaker or "")
    assert speaker.name == "spokesperson for the bloc's Lima-based secretariat"


def test_a_family_speaks_and_people_at_an_unnamed_body_keep_it() -> None:
    article = _parse(
        "His family said he had been tortured. Two officials at the state lithium company said the deal stalled."
    )
    assert [article.actor(s.speaker or "").name for s in article.statements] == [
        "His family",
        "Two officials at the state lithium company",
    ]


def test_a_count_of_a_group_is_part_of_it() -> None:
    article = _parse("One of the bankers said buyers walked away. Some of the protesters threw stones.")
    assert ("One of the bankers", "person") in _kinds(article)
    assert ("Some of the protesters", "group") in _kinds(article)


def test_a_description_with_a_participle_and_a_nationality_folds_into_the_name() -> None:
    article = _parse("Karim Haddad, a jailed Tunisian opposition politician, began a hunger strike, his family said.")
    haddad = _actor(article, "Karim Haddad")
    assert [m.text for m in haddad.mentions][:2] == ["Karim Haddad", "a jailed Tunisian opposition politician"]
    assert "jailed Tunisian opposition politician" not in [a.name for a in article.actors]
