"""The ``times`` step: finding time expressions and normalizing them to TIMEX3 values."""
# ruff: noqa: SIM905

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import TimeType, find_times
from newsdoc._extract._times import _scan
from newsdoc._extract._timex_rules import pattern

THU = dt.date(2023, 12, 28)  # a Thursday


def values(text: str, anchor: dt.date = THU) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def one(text: str, anchor: dt.date = THU) -> tuple[str, str, TimeType]:
    found = find_times(text, anchor)
    assert len(found) == 1, found
    return found[0].text, found[0].value, found[0].type


# ---- deictic words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened today.", ("today", "2023-12-28")),
        ("It happened yesterday.", ("yesterday", "2023-12-27")),
        ("It happens tomorrow.", ("tomorrow", "2023-12-29")),
    ],
)
def test_today_yesterday_tomorrow_are_days_around_the_anchor(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


def test_yesterday_crosses_the_year_boundary() -> None:
    assert [("yesterday", "2023-12-31")] == values("It happened yesterday.", dt.date(2024, 1, 1))


def test_tonight_is_the_night_of_the_anchor() -> None:
    assert ("tonight", "2023-12-28TNI", TimeType.TIME) == one("They meet tonight.")


def test_now_and_currently_are_the_present() -> None:
    assert [("now", "PRESENT_REF"), ("currently", "PRESENT_REF")] == values(
        "It is now clear that it is currently closed."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islam will one day be the largest faith.", ("one day", "FUTURE_REF")),
        ("He hopes to one day run for office.", ("one day", "FUTURE_REF")),
        ("Some day we will win.", ("Some day", "FUTURE_REF")),
        ("Someday, he said, it will end.", ("Someday", "FUTURE_REF")),
    ],
)
def test_one_day_and_someday_ahead_are_the_future(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


@pytest.mark.parametrize("text", ["It took one day.", "It will take one day.", "He was sentenced to one day in jail."])
def test_one_day_as_a_stretch_is_not_the_future(text: str) -> None:
    assert [] == values(text)


@pytest.mark.parametrize("text", ["at the then current market price", "the then-current chairman"])
def test_then_current_is_the_past(text: str) -> None:
    assert [("then-current" if "-" in text else "then current", "PAST_REF")] == values(text)


def test_then_before_a_comma_leaves_current_the_present() -> None:
    assert [("current", "PRESENT_REF")] == values("And then, current prices fell.")


@pytest.mark.parametrize("word", ["recently", "previously", "in the past"])
def test_past_words_are_past_ref(word: str) -> None:
    assert [(word, "PAST_REF")] == values(f"He {word} visited Seoul.")


@pytest.mark.parametrize("word", ["soon", "in the future"])
def test_future_words_are_future_ref(word: str) -> None:
    assert [(word, "FUTURE_REF")] == values(f"He will visit Seoul {word}.")


def test_as_soon_as_is_not_a_time() -> None:
    assert [] == values("He will leave as soon as possible")


# ---- weekdays and tense ---------------------------------------------------------------


def test_weekday_of_the_anchor_in_past_tense_is_the_anchor() -> None:
    assert [("Thursday", "2023-12-28")] == values("State media said Thursday that talks failed.")


def test_weekday_of_the_anchor_in_future_tense_is_the_anchor() -> None:
    assert [("Thursday", "2023-12-28")] == values("Kim will travel on Thursday to Beijing.")


def test_a_month_far_ahead_in_a_past_clause_is_last_year_across_the_boundary() -> None:
    assert [("April", "2023-04")] == values("The plant was closed in April.", dt.date(2024, 1, 10))


def test_a_month_near_the_anchor_is_that_of_the_anchor_year_whatever_the_tense() -> None:
    assert [("February", "2024-02")] == values("The plant was closed in February.", dt.date(2024, 1, 10))


def test_weekday_in_past_tense_looks_back() -> None:
    assert [("Monday", "2023-12-25")] == values("Kim warned on Monday that he was ready.")


def test_weekday_in_future_tense_looks_ahead() -> None:
    assert [("Monday", "2024-01-01")] == values("Kim will travel on Monday to Beijing.")


def test_a_scheduled_happening_in_the_present_looks_ahead() -> None:
    assert [("Monday", "2024-01-01")] == values("Arafat meets Albright on Monday in London.")


def test_a_plural_present_meeting_looks_ahead() -> None:
    assert [("Monday", "2024-01-01")] == values("He and Arafat meet separately Monday with Albright.")


def test_an_infinitive_tells_no_tense() -> None:
    text = "It was difficult to meet demand well into the summer."
    assert [("summer", "2023-SU")] == values(text, dt.date(2023, 10, 26))


def test_weekday_without_tense_looks_back() -> None:
    assert [("Tuesday", "2023-12-26")] == values("Talks on Tuesday")


def test_a_quotation_has_its_own_tense() -> None:
    text = '"He will leave at 4 a.m. Monday," Castro said.'
    assert [("4 a.m. Monday", "2024-01-01T04:00")] == values(text)


def test_a_participle_after_a_determiner_is_an_adjective_not_a_past_verb() -> None:
    text = "It would be paid on a still unspecified date in January."
    assert [("January", "2024-01")] == values(text, dt.date(2023, 10, 26))


def test_a_past_verb_after_the_expression_is_not_read_as_an_adjective() -> None:
    assert [] == values("It triggered a trickle of cash that soon became a flood.")


def test_the_previous_weekday_counts_from_the_last_day_named() -> None:
    found = values("Stocks closed Friday down 4% from the previous Friday.")
    assert [("Friday", "2023-12-22"), ("previous Friday", "2023-12-15")] == found


def test_the_following_weekday_counts_from_the_last_day_named() -> None:
    found = values("He was arrested on Oct. 23, 1998 and charged the following Monday.")
    assert ("following Monday", "1998-10-26") == found[-1]


def test_the_previous_weekday_without_a_day_named_is_last_weekday() -> None:
    assert [("previous Friday", "2023-12-22")] == values("Stocks fell from the previous Friday.")


def test_until_a_weekday_looks_ahead() -> None:
    assert [("Tuesday", "2024-01-02")] == values("INS has given them until Tuesday to sign.")


def test_until_a_weekday_in_a_past_perfect_clause_looks_back() -> None:
    assert [("Thursday", "2023-12-28")] == values("Until Thursday, they had not called him a suspect.")


def test_as_early_as_a_weekday_looks_ahead() -> None:
    assert [("Tuesday", "2024-01-02")] == values("He could come as early as Tuesday.")


def test_last_weekday_is_strictly_before_the_anchor() -> None:
    assert [("last Thursday", "2023-12-21")] == values("They met last Thursday.")


def test_next_weekday_is_strictly_after_the_anchor() -> None:
    assert [("next Thursday", "2024-01-04")] == values("They meet next Thursday.")


def test_possessive_weekday_is_a_date() -> None:
    assert [("Monday's", "2023-12-25")] == values("Monday's attack killed ten people.")


def test_weekday_with_part_of_day_is_a_time() -> None:
    assert ("Monday morning", "2023-12-25TMO", TimeType.TIME) == one("He spoke Monday morning.")


# ---- weeks, months, years relative to the anchor -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", "2023-W51"),
        ("earlier this week", "2023-W52"),
        ("this week", "2023-W52"),
        ("this weekend", "2023-W52-WE"),
        ("earlier this month", "2023-12"),
        ("last month", "2023-11"),
        ("next month", "2024-01"),
        ("this year", "2023"),
        ("last year's", "2022"),
        ("next year", "2024"),
    ],
)
def test_relative_units_count_from_the_anchor(text: str, expected: str) -> None:
    assert [(text, expected)] == values(f"It changed {text} in Seoul.")


def test_last_month_in_january_is_december_of_the_previous_year() -> None:
    assert [("last month", "2023-12")] == values("It rose last month.", dt.date(2024, 1, 2))


def test_last_week_on_new_years_day_is_the_last_iso_week_of_the_previous_year() -> None:
    anchor = dt.date(2024, 1, 1)
    expected = anchor - dt.timedelta(weeks=1)
    y, w, _ = expected.isocalendar()
    assert [("last week", f"{y}-W{w:02d}")] == values("It rose last week.", anchor)
    assert "2023-W52" == f"{y}-W{w:02d}"


def test_next_week_at_the_end_of_2020_is_iso_week_53() -> None:
    assert [("next week", "2020-W53")] == values("It opens next week.", dt.date(2020, 12, 24))


def test_next_week_on_new_years_eve_2020_is_the_first_week_of_2021() -> None:
    assert [("next week", "2021-W01")] == values("It opens next week.", dt.date(2020, 12, 31))


def test_the_past_year_is_the_previous_year() -> None:
    assert [("the past year", "2022")] == values("Prices rose in the past year.")


def test_the_end_of_the_year_is_the_anchor_year() -> None:
    assert [("the end of the year", "2023")] == values("It closes by the end of the year.")


# ---- ago and offsets ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left a week ago.", ("a week ago", "2023-W51")),
        ("He left two weeks ago.", ("two weeks ago", "2023-W50")),
        ("He left three days ago.", ("three days ago", "2023-12-25")),
    ],
)
def test_ago_has_the_granularity_of_its_unit(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


def test_two_years_ago_is_a_year() -> None:
    assert [("two years ago", "2021")] == values("He left two years ago.")


def test_months_ago_is_a_month_across_the_year() -> None:
    assert [("three months ago", "2023-11")] == values("He left three months ago.", dt.date(2024, 2, 10))


def test_an_offset_without_an_explicit_anchor_stays_a_duration() -> None:
    assert ("two days after", "P2D", TimeType.DURATION) == one("He left two days after the vote.")


# ---- durations and sets ---------------------------------------------------------------------


def test_the_past_three_years_is_a_duration() -> None:
    assert ("the past three years", "P3Y", TimeType.DURATION) == one("Output fell in the past three years.")


def test_hyphenated_duration() -> None:
    assert ("two-year", "P2Y", TimeType.DURATION) == one("He signed a two-year deal.")


def test_an_age_is_not_a_duration() -> None:
    assert [] == values("Mr. Reupke, 52 years old, resigned.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("each year", "P1Y"), ("every week", "P1W"), ("annually", "P1Y"), ("every Monday", "XXXX-WXX-1")],
)
def test_repetitions_are_sets(text: str, expected: str) -> None:
    assert (text, expected, TimeType.SET) == one(f"They meet {text} in Geneva.")


def test_an_adjectival_frequency_is_not_a_set() -> None:
    assert [] == values("It raised its quarterly dividend.")


# ---- calendar dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 28, 2023", "2023-12-28"),
        ("28 December 2023", "2023-12-28"),
        ("2023-12-28", "2023-12-28"),
        ("12/28/2023", "2023-12-28"),
        ("December 2023", "2023-12"),
        ("Feb. 29, 2024", "2024-02-29"),
    ],
)
def test_full_dates_are_absolute(text: str, expected: str) -> None:
    found = find_times(f"The vote was held on {text} in Seoul.", THU)
    assert [(text, expected)] == [(t.text, t.value) for t in found]
    assert found[0].anchor is None


def test_february_29_in_a_common_year_is_not_a_date() -> None:
    assert [] == values("The vote was held on Feb. 29, 2023 in Seoul.")


def test_month_day_without_a_year_takes_the_nearest_year() -> None:
    assert [("April 15", "2024-04-15")] == values("The vote will be held on April 15.", dt.date(2024, 1, 5))


def test_the_week_of_a_day_is_the_iso_week_holding_it() -> None:
    found = values("A hearing is set for the week of March 6.", dt.date(2000, 2, 24))
    assert [("the week of March 6", "2000-W10")] == found


def test_the_week_of_a_day_in_a_year_crosses_into_the_iso_year() -> None:
    assert [("the week of Jan. 1, 2021", "2020-W53")] == values("Sales rose the week of Jan. 1, 2021.")


def test_month_day_range_gives_both_days() -> None:
    assert [("November 5", "2023-11-05"), ("6", "2023-11-06")] == values("Talks were held November 5-6.")


def test_in_a_past_month_looks_back() -> None:
    assert [("August", "2023-08")] == values("The satellite was launched in August.")


def test_in_a_future_month_looks_ahead() -> None:
    assert [("August", "2024-08")] == values("The satellite will be launched in August.", dt.date(2024, 3, 1))


def test_was_planning_is_the_future_seen_from_the_past() -> None:
    found = values("Protesters planned a rally on Saturday and were planning to march.")
    assert [("Saturday", "2023-12-30")] == found


def test_was_about_to_does_not_move_the_day_of_a_past_event() -> None:
    found = values("Police arrested him on Tuesday as he was about to leave.")
    assert [("Tuesday", "2023-12-26")] == found


def test_since_a_month_is_in_the_past_whatever_the_clause_says() -> None:
    found = values("The ship has been on patrol since March and was scheduled to return.", dt.date(1990, 8, 13))
    assert [("March", "1990-03")] == found


def test_since_a_month_crosses_back_over_the_year_boundary() -> None:
    assert [("December", "2023-12")] == values("Prices have risen since December and will rise.", dt.date(2024, 1, 10))


def test_election_day_in_a_past_clause_early_in_the_year_is_last_november() -> None:
    assert [("Election Day", "2022-11-08")] == values("She won on Election Day.", dt.date(2023, 1, 10))


@pytest.mark.parametrize(
    "text", ["Officials postponed until Tuesday any action.", "The agency extended its deadline until Tuesday."]
)
def test_a_deferral_until_a_weekday_looks_ahead(text: str) -> None:
    assert [("Tuesday", "2024-01-02")] == values(text)


def test_a_change_effective_on_a_day_looks_ahead() -> None:
    text = "The bank named a new chairman, effective Feb. 1."
    assert [("Feb. 1", "1990-02-01")] == values(text, dt.date(1989, 10, 26))


def test_a_change_effective_on_a_day_looks_ahead_across_the_year() -> None:
    assert [("Jan. 2", "2024-01-02")] == values("The board approved the cut, effective Jan. 2.")


def test_a_change_that_became_effective_on_a_day_looks_back() -> None:
    assert [("Monday", "2023-12-25")] == values("The rule became effective Monday.")


def test_staying_until_a_weekday_in_the_past_looks_back() -> None:
    assert [("Tuesday", "2023-12-26")] == values("He stayed until Tuesday.")


def test_has_before_what_is_had_sets_no_tense() -> None:
    assert [("January", "2024-01")] == values("The company has no estimate for January.", dt.date(2023, 10, 26))


def test_has_before_a_participle_is_the_past() -> None:
    assert [("January", "2023-01")] == values("The company has cut jobs in January.", dt.date(2023, 10, 26))


def test_an_abbreviation_does_not_end_the_clause_that_sets_the_tense() -> None:
    text = "In January, after the Roe vs. Wade anniversary, a bomb in Birmingham, Ala., killed a guard."
    assert [("January", "1998-01")] == values(text, dt.date(1998, 10, 25))


def test_month_without_tense_far_ahead_is_last_year() -> None:
    assert [("November", "2023-11")] == values("in November", dt.date(2024, 1, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers will be dropped after October of next year.", ("October of next year", "2024-10")),
        ("It was signed in January of last year.", ("January of last year", "2022-01")),
        ("It starts in March of this year.", ("March of this year", "2023-03")),
    ],
)
def test_a_month_of_next_last_or_this_year(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


def test_a_month_of_next_year_in_december_is_in_the_year_after() -> None:
    assert [("January of next year", "2024-01")] == values("It opens in January of next year.")


def test_mid_month() -> None:
    assert [("mid-December", "2023-12")] == values("It ends in mid-December.")


def test_year_after_a_preposition() -> None:
    assert [("2006", "2006")] == values("since it first conducted a nuclear test in 2006")


def test_late_year() -> None:
    assert [("late 2022", "2022")] == values("It began in late 2022.")


def test_the_1990s_is_a_decade() -> None:
    assert [("the 1990s", "199")] == values("It was built in the 1990s.")


def test_the_third_quarter() -> None:
    assert [("the third quarter", "2023-Q3")] == values("Profit rose in the third quarter.")


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    assert [("the third quarter", "2023-Q3"), ("a year earlier", "2022-Q3")] == values(
        "Profit rose in the third quarter from $5 million a year earlier."
    )


@pytest.mark.parametrize("stretch", ["For the nine months", "In the first nine months", "For the six months"])
def test_a_year_earlier_after_months_of_the_year_is_the_year_before(stretch: str) -> None:
    text = f"Profit rose in the third quarter. {stretch}, net rose from $5 million a year earlier."
    assert ("a year earlier", "2022") == values(text, dt.date(2023, 10, 26))[-1]


def test_year_ago_and_the_year_period_after_nine_months_are_years() -> None:
    text = "In the first nine months, net fell from the 1988 period. The year-ago results included a gain."
    found = values(text, dt.date(1989, 11, 2))
    assert [("the 1988 period", "1988"), ("year-ago", "1988")] == found[1:]


def test_nine_months_in_january_are_those_of_the_year_before() -> None:
    text = "For the nine months, net rose from a year earlier."
    assert ("a year earlier", "2021") == values(text, dt.date(2023, 1, 20))[-1]


def test_a_quarter_named_after_nine_months_frames_the_comparison_again() -> None:
    text = "For the nine months, net rose. In the third quarter, sales fell from a year earlier."
    assert ("a year earlier", "2022-Q3") == values(text, dt.date(2023, 10, 26))[-1]


def test_nine_months_without_the_are_no_report() -> None:
    text = "Profit rose in the third quarter. The plant closed for nine months. Sales rose from a year earlier."
    assert ("a year earlier", "2022-Q3") == values(text, dt.date(2023, 10, 26))[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earnings fell in the last half of 1989.", ("the last half of 1989", "1989-H2")),
        ("Earnings fell in the last quarter of 1989.", ("the last quarter of 1989", "1989-Q4")),
        ("Earnings will fall in the first two quarters of 2024.", ("the first two quarters of 2024", "2024-H1")),
    ],
)
def test_first_and_last_parts_of_a_named_year(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


def test_the_first_three_quarters_have_no_one_value() -> None:
    assert [] == values("Sales rose in the first three quarters of 2023.")


@pytest.mark.parametrize(
    "comparison",
    ["last year's quarter", "the quarter a year ago", "the corresponding period last year"],
)
def test_the_reported_quarter_a_year_before(comparison: str) -> None:
    found = values(f"Profit rose in the third quarter. Sales for {comparison} were lower.")
    assert [("the third quarter", "2023-Q3"), (comparison, "2022-Q3")] == found


def test_the_comparable_period_alone_is_not_dated() -> None:
    assert [] == values("Sales were lower than in the comparable period.")


def test_the_quarter_ended_on_a_day_is_the_quarter_of_its_middle_month() -> None:
    assert [("the quarter", "2023-Q2"), ("July 31", "2023-07-31")] == values(
        "In the quarter ended July 31, sales fell."
    )


def test_a_named_fiscal_quarter_frames_the_quarter_ended_on_a_day() -> None:
    found = values("In its fiscal first quarter, profit rose. In the quarter ended Sept. 30, sales rose.")
    assert ("the quarter", "2023-Q1") == found[1]


def test_the_latest_period_is_the_quarter_the_report_named() -> None:
    text = "Net rose in the fiscal second quarter. The latest period includes gains."
    found = values(text, dt.date(2023, 10, 26))
    assert ("The latest period", "2023-Q2") == found[-1]


def test_the_latest_quarter_without_one_named_is_the_last_one_over() -> None:
    assert [("the latest quarter", "2023-Q3")] == values("Sales rose in the latest quarter.", dt.date(2023, 10, 26))


def test_a_forecast_quarter_does_not_frame_a_year_ago() -> None:
    found = values(
        "Net rose in the third quarter. It expects growth in the first quarter of 2024. "
        "Sales rose from a year ago.",
        dt.date(2023, 10, 26),
    )
    assert ("a year ago", "2022-Q3") == found[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He fled in June 1998 and returned later that year.", ("later that year", "1998")),
        ("He fled in June 1998 and returned that month.", ("that month", "1998-06")),
        ("He fled in June 1998. The following month, he returned.", ("The following month", "1998-07")),
        ("He was shot on Oct. 23, 1998. Earlier that day, police were warned.", ("Earlier that day", "1998-10-23")),
        ("He was shot on Oct. 23, 1998. He died the next day.", ("the next day", "1998-10-24")),
        ("He was shot on Oct. 23, 1998. He died the same day.", ("the same day", "1998-10-23")),
        ("He was shot on Oct. 23, 1998. The previous week, he was warned.", ("The previous week", "1998-W42")),
        ("Sales rose in 1988. Imports fell that year.", ("that year", "1988")),
    ],
)
def test_anaphora_count_from_the_last_date_the_text_named(text: str, expected: tuple[str, str]) -> None:
    assert expected == values(text)[-1]


def test_anaphora_count_from_the_latest_date_named() -> None:
    found = values("In 1990 he left. In March 1995 he came back, and that year he won.")
    assert ("that year", "1995") == found[-1]


def test_that_night_after_a_day_is_a_time() -> None:
    assert ("that night", "1998-10-23TNI", TimeType.TIME) == (
        lambda t: (t.text, t.value, t.type)
    )(find_times("He was shot on Oct. 23, 1998. Police came that night.", THU)[-1])


def test_the_current_quarter_in_a_perfect_clause_does_not_frame() -> None:
    text = "Claims have been coming in. It has no estimate of fourth-quarter results. In the latest quarter, it lost."
    assert ("the latest quarter", "2023-Q3") == values(text, dt.date(2023, 10, 30))[-1]


def test_an_earlier_quarter_named_in_passing_keeps_the_reported_quarter() -> None:
    text = "Net rose in the third quarter. After a flat second quarter, profit grew. Taxes were lower a year ago."
    assert ("a year ago", "2022-Q3") == values(text, dt.date(2023, 10, 26))[-1]


def test_a_fiscal_quarter_named_after_a_calendar_one_frames_the_comparison() -> None:
    text = "Net rose in the third quarter. Its unit posted net for the fiscal second quarter, up from a year ago."
    assert ("a year ago", "2022-Q2") == values(text, dt.date(2023, 10, 26))[-1]


def test_the_current_quarter_does_not_keep_the_frame_from_the_reported_one() -> None:
    text = (
        "Profit fell in the third quarter. This quarter's loss included charges. "
        "Sales for this year's third quarter fell. Sales for last year's quarter were low."
    )
    assert ("last year's quarter", "2022-Q3") == values(text, dt.date(2023, 11, 1))[-1]


def test_that_day_after_a_month_named_just_before_is_a_day_of_that_month() -> None:
    found = values("He was killed in October 1998. His name was crossed out that same day.")
    assert [("October 1998", "1998-10"), ("that same day", "1998-10-XX")] == found


def test_that_day_after_a_month_named_sentences_before_is_not_invented() -> None:
    found = values("Prices fell in October. Traders sold. Funds shrank. Redemptions are strong that day.")
    assert [("October", "2023-10")] == found


def test_earlier_in_the_day_is_the_last_day_the_text_named() -> None:
    found = values("Bombs hit two embassies on Friday. Earlier in the day, a warning came.", dt.date(1998, 8, 8))
    assert [("Friday", "1998-08-07"), ("Earlier in the day", "1998-08-07")] == found


def test_later_in_the_day_without_a_day_named_is_the_anchor() -> None:
    assert [("Later in the day", "2023-12-28")] == values("Later in the day, he left.")


def test_later_in_the_year_stays_the_year_of_the_anchor() -> None:
    found = values("Profit rose from a year earlier. Later in the year, it fell.", dt.date(1989, 10, 26))
    assert ("Later in the year", "1989") == found[-1]


def test_that_quarter_is_the_quarter_the_text_reports() -> None:
    assert ("that quarter", "2023-Q3") == values("Profit rose in the third quarter. Results for that quarter beat.")[-1]


@pytest.mark.parametrize(
    "text",
    ["That year was hard.", "He left that day.", "The following month was calm.", "He died the next day."],
)
def test_anaphora_without_a_date_named_before_are_not_invented(text: str) -> None:
    assert [] == values(text)


def test_a_decade_is_no_reference_for_that_year() -> None:
    assert [("the 1990s", "199")] == values("In the 1990s it grew. That year was odd.")


def test_anaphora_need_the_granularity_they_name() -> None:
    assert [("1998", "1998")] == values("He left in 1998 and came back that day.")


def test_clock_time() -> None:
    assert ("3 p.m.", "2023-12-28T15:00", TimeType.TIME) == one("He spoke at 3 p.m.")


def test_christmas_is_the_nearest_december_25() -> None:
    assert [("Christmas", "2023-12-25")] == values("They met on Christmas.")


def test_thanksgiving_is_the_fourth_thursday_of_november() -> None:
    assert [("last Thanksgiving", "1999-11-25")] == values(
        "They met last Thanksgiving.", dt.date(1999, 12, 1)
    )


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("He died on Good Friday.", dt.date(2024, 4, 10), ("Good Friday", "2024-03-29")),
        ("They will meet at Easter.", dt.date(2025, 1, 10), ("Easter", "2025-04-20")),
        ("Easter Monday was quiet.", dt.date(2000, 5, 2), ("Easter Monday", "2000-04-24")),
    ],
)
def test_easter_holidays_follow_the_date_of_easter(text: str, anchor: dt.date, expected: tuple[str, str]) -> None:
    assert [expected] == values(text, anchor)


def test_easter_week_is_the_iso_week_ending_on_easter_sunday_even_on_its_monday() -> None:
    assert [("Easter week", "2000-W16")] == values("Crowds prayed as Easter week began.", dt.date(2000, 4, 17))


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [(dt.date(1998, 10, 26), "1998-11-03"), (dt.date(2023, 10, 1), "2023-11-07"), (dt.date(2022, 10, 1), "2022-11-08")],
)
def test_election_day_is_the_tuesday_after_the_first_monday_of_november(anchor: dt.date, expected: str) -> None:
    assert [("Election Day", expected)] == values("They campaign until Election Day.", anchor)


def test_memorial_day_is_the_last_monday_of_may() -> None:
    assert [("Memorial Day", "2024-05-27")] == values("It opens on Memorial Day.", dt.date(2024, 5, 1))


def test_spoken_year() -> None:
    assert [("nineteen ninety-six", "1996")] == values("It closed in nineteen ninety-six.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January nineteen ninety-seven. Atlanta again.", ("January nineteen ninety-seven", "1997-01")),
        ("We saw it in the winter of nineteen ninety-four.", ("winter of nineteen ninety-four", "1994-WI")),
        ("The approach of the year two thousand worried them.", ("the year two thousand", "2000")),
        ("It opened in May two thousand and five.", ("May two thousand and five", "2005-05")),
    ],
)
def test_spoken_years_complete_months_seasons_and_the_year(text: str, expected: tuple[str, str]) -> None:
    assert [expected] == values(text)


@pytest.mark.parametrize(
    ("text", "expected"), [("the post-1959 politics", "post-1959"), ("pre-1990 levels", "pre-1990")]
)
def test_a_year_after_pre_or_post_is_that_year(text: str, expected: str) -> None:
    assert [(expected, expected[-4:])] == values(text)


# ---- false positives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "He may leave.",
        "Thousands will march to the palace.",
        "The protesters began the March on Washington.",
        "The August assembly adjourned.",
        "The Sun reported the story.",
        "The army sent 1,000 troops.",
        "He won 2006 votes.",
        "Flight 1549 landed.",
        "They talked about the future of the alliance.",
        "He was soon released.",
        "The film High Noon won.",
        "The poster showed Gary Cooper in ``High Noon.''",
        "The Communist Party daily Granma reported it.",
        'Baker, speaking on ABC News\' "This Week," said so.',
        "This is VOA Today.",
        "Earlier, they had said they would stay.",
        "A second reactor appeared to be operational.",
    ],
)
def test_words_that_only_look_like_times_are_not_times(text: str) -> None:
    assert [] == values(text)


def test_a_capitalized_time_word_opening_a_sentence_is_still_a_time() -> None:
    assert [("Today", "2023-12-28"), ("This week", "2023-W52")] == values(
        "Today the talks resume. This week is decisive."
    )


def test_a_quoted_time_word_inside_a_quotation_is_still_a_time() -> None:
    assert [("Today", "2023-12-28")] == values('He said: "Today we begin."')


def test_earlier_inside_a_clause_is_still_the_past() -> None:
    assert [("earlier", "PAST_REF")] == values("The company said so earlier.")


def test_daily_before_a_common_noun_is_a_set() -> None:
    assert [("daily", "P1D")] == values("Prices are set daily by the bank.")


def test_a_month_name_after_an_article_before_a_noun_is_a_month() -> None:
    assert [("June", "2023-06")] == values("It sold itself under a June agreement.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession will help them.", [("March", "1999-03")]),
        ("They await the May elections.", [("May", "1999-05")]),
    ],
)
def test_march_and_may_after_an_article_before_a_noun_are_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == values(text, dt.date(1999, 2, 10))


@pytest.mark.parametrize("text", ["She met the June Carter fan club.", "He led the March on Washington."])
def test_a_month_name_after_an_article_is_not_a_month_before_a_name_or_a_preposition(text: str) -> None:
    assert [] == values(text)


def test_may_the_month_after_a_preposition() -> None:
    assert [("May", "2023-05")] == values("The talks collapsed in May.")


def test_march_with_a_day_is_a_date() -> None:
    assert [("March 3", "2023-03-03")] == values("The talks collapsed on March 3.", dt.date(2023, 4, 1))


# ---- the records --------------------------------------------------------------------------------


def test_ids_are_in_text_order() -> None:
    found = find_times("Yesterday he left; today he returned; tomorrow he rests.", THU)
    assert ["t1", "t2", "t3"] == [t.id for t in found]
    assert sorted(t.span.start for t in found) == [t.span.start for t in found]


def test_spans_index_the_text() -> None:
    text = "On Monday, 3 p.m., in the third quarter of 2023, last week."
    assert all(text[t.span.start : t.span.end] == t.text for t in find_times(text, THU))


def test_relative_expressions_record_the_anchor_and_the_rule() -> None:
    found = find_times("He left last week.", THU)[0]
    assert (THU, "relative_week") == (found.anchor, found.rule)


def test_absolute_expressions_have_no_anchor() -> None:
    assert find_times("in 2006", THU)[0].anchor is None


def test_no_date_is_invented() -> None:
    assert [] == values("The minister spoke to reporters after the meeting.")


def test_bad_anchor_raises_a_newsdoc_error() -> None:
    with pytest.raises(newsdoc.NewsdocError):
        find_times("today", "2023-12-28")  # type: ignore[arg-type]


@pytest.mark.parametrize("anchor", [dt.date.min, dt.date.max])
def test_dates_beyond_the_calendar_are_left_out(anchor: dt.date) -> None:
    text = "yesterday, tomorrow, last week, next week, Thanksgiving, the weekend, next Monday, last Monday"
    assert all(t.value for t in find_times(text, anchor))


def test_text_that_is_not_a_str_raises_a_newsdoc_error() -> None:
    with pytest.raises(newsdoc.NewsdocError):
        find_times(b"today", THU)  # type: ignore[arg-type]


def test_a_long_paragraph_is_read_in_linear_time() -> None:
    text = ("the the a an 1 in of last " * 40_000) + "yesterday"
    assert [("yesterday", "2023-12-27")] == values(text)[-1:]


def test_a_word_glued_to_a_letter_outside_ascii_is_no_time_word() -> None:
    assert [] == values("The Mondayé parade was held.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell—last week—as funds sold.", ("last week", "2023-W51")),
        ("He spoke\xa0late Thursday.", ("late Thursday", "2023-12-28")),
        ("He was arrested on Dec. 12, 2012–six days after the attack.", ("six days after", "P6D")),
        ("It raised $5 million in 2006, the café said in 1999.", ("1999", "1999")),
    ],
)
def test_an_expression_after_a_dash_a_no_break_space_or_a_letter_outside_ascii(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected == values(text)[-1]


def test_a_text_with_a_capital_dotted_i_is_scanned_as_any_other() -> None:
    text = "İstanbul talks resumed last week. " * 2000 + "They end in 2024."
    found = values(text)
    assert 2001 == len(found)
    assert [("last week", "2023-W51"), ("2024", "2024")] == [found[0], found[-1]]


def test_a_single_day_is_a_duration() -> None:
    assert [("a single day", "P1D")] == values("Workers get a single day of paid leave.")


@pytest.mark.parametrize(
    ("filler", "expected"),
    [
        ("x" * 4091 + " ", [("last week", "2023-W51")]),  # the text is read in pieces: one ends after "last"
        ("x" * 4096 + " ", [("last week", "2023-W51")]),  # the next piece starts with "last"
        ("café " * 1000, [("last week", "2023-W51")]),  # pieces of letters outside ASCII
    ],
)
def test_an_expression_across_the_pieces_of_a_long_text(filler: str, expected: list[tuple[str, str]]) -> None:
    assert expected == values(filler + "last week it rose")


def test_numbers_at_the_start_of_a_piece_of_a_long_text() -> None:
    assert [("2006", "2006"), ("1999", "1999")] == values("x" * 4096 + " 2006 and 1999")


def test_a_long_text_with_many_distinct_numbers_keeps_every_year() -> None:
    text = " ".join(f"{n} units were sold in {1900 + n % 100}." for n in range(3000, 9000))
    found = values(text)
    assert 6000 == len(found)
    assert ("1900", "1900") == found[0]


def test_the_step_fills_article_times() -> None:
    article = newsdoc.parse("date 2023-12-28 Kim warns\n\nKim warned on Monday that talks failed last week.")
    assert [("Monday", "2023-12-25"), ("last week", "2023-W51")] == [(t.text, t.value) for t in article.times]


def test_times_is_the_first_step() -> None:
    assert "times" == newsdoc.default_pipeline().names[0]


# ---- the fast scanner agrees with the plain regex scan -----------------------------------------

_VOCABULARY = (
    "the a an in of last next this past early mid- late earlier later year years month week weekend day "
    "days ago after quarter third-quarter first Monday Thursday's May March August December Dec. 28 5 "
    "2006 1990s '90s 3 p.m. morning tonight today yesterday now recently soon future each every annually "
    "fiscal end two three several few , . ; \n\n `` \" ( ) - 's said will half beginning Christmas "
    "Thanksgiving Q3 couple spring noon 1st twenty-five nineteen ninety that same following previous "
    "preceding corresponding period ended Sept. 30 post- pre- two thousand VOA Today Friday's '' "
    "then current then-current Good Election Holy Easter New Year's right these future quarters Labor "
    "single \xa0 — – $ % … café é day's _ « İ İstanbul"
).split(" ")


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=40), st.sampled_from([" ", "", "  ", "\xa0", "—"]))
def test_the_word_scanner_finds_what_the_full_pattern_finds(words: list[str], sep: str) -> None:
    text = sep.join(words)
    expected = [(m.start(), m.end(), m.lastgroup) for m in pattern().finditer(text)]
    assert expected == [(m.start(), m.end(), m.lastgroup) for m in _scan(text)]


# ---- a fronted year frames its sentence ----------------------------------------------


def test_a_fronted_year_gives_its_year_to_a_quarter_of_the_sentence() -> None:
    found = values("In 2021, the company lost money in the third quarter.", dt.date(2023, 5, 10))
    assert [("2021", "2021"), ("the third quarter", "2021-Q3")] == found


def test_a_fronted_year_gives_its_year_to_a_month_and_a_day() -> None:
    found = values("In 2019, he moved to Paris in March and married on June 5.", dt.date(2023, 5, 10))
    assert [("2019", "2019"), ("March", "2019-03"), ("June 5", "2019-06-05")] == found


def test_a_fronted_year_gives_its_year_to_a_season_and_a_half() -> None:
    text = "During 2020, sales fell in the spring and rose in the second half."
    assert [("spring", "2020-SP"), ("the second half", "2020-H2")] == values(text, dt.date(2023, 5, 10))[1:]


def test_a_fronted_month_and_year_frame_a_december_named_in_january() -> None:
    found = values("In January 2022, the board met on Dec. 12.", dt.date(2023, 1, 4))
    assert ("Dec. 12", "2022-12-12") == found[-1]


def test_a_year_frames_only_its_own_sentence() -> None:
    found = values("In 2019, he moved to Paris. In April he left.", dt.date(2023, 5, 10))
    assert ("April", "2023-04") == found[-1]


def test_a_year_inside_the_sentence_frames_nothing() -> None:
    found = values("Sales fell from 2021 levels in March.", dt.date(2023, 5, 10))
    assert ("March", "2023-03") == found[-1]


def test_a_fiscal_year_frames_no_calendar_quarter() -> None:
    found = values("In fiscal 2021, the first quarter was weak.", dt.date(2023, 5, 10))
    assert ("the first quarter", "2023-Q1") == found[-1]


# ---- "the same period last year", "by then" --------------------------------------------


def test_the_same_period_last_year_after_a_month_is_that_month_a_year_before() -> None:
    text = "Sales rose 43% in February compared to the same period last year."
    assert ("the same period last year", "2009-02") == values(text, dt.date(2010, 3, 3))[-1]


def test_the_same_period_last_year_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Sales rose in the fourth quarter compared to the same period last year."
    assert ("the same period last year", "2008-Q4") == values(text, dt.date(2010, 3, 3))[-1]


def test_the_same_month_last_year_crosses_back_over_the_new_year() -> None:
    text = "Sales rose 5% in December from the same month last year."
    assert [("December", "2009-12"), ("the same month last year", "2008-12")] == values(text, dt.date(2010, 1, 3))


def test_the_same_day_a_year_earlier_than_february_29_is_february_28() -> None:
    text = "Sales rose on Feb. 29 from the same day a year earlier."
    assert ("the same day a year earlier", "2011-02-28") == values(text, dt.date(2012, 3, 3))[-1]


@pytest.mark.parametrize(("signal", "expression"), [("by", "then"), ("until", "that time"), ("Until", "then")])
def test_then_after_a_date_is_that_date(signal: str, expression: str) -> None:
    text = f"The deal closes on June 10. {signal} {expression}, the shares stay listed."
    assert [("June 10", "2011-06-10"), (expression, "2011-06-10")] == values(text, dt.date(2011, 5, 29))


def test_then_with_no_date_near_is_the_time_of_an_event() -> None:
    assert [] == values("The fire spread fast. By then, the firefighters had arrived.")


def test_then_two_sentences_after_a_date_is_not_that_date() -> None:
    text = "He left on March 1, 2020. He came back three weeks later. By then, the war had started."
    assert "then" not in [t for t, _ in values(text, dt.date(2023, 5, 10))]


# ---- decades written without an apostrophe ----------------------------------------------


def test_the_70s_without_an_apostrophe_is_a_decade() -> None:
    assert [("the 70s", "197")] == values("Cars of the 70s were boxy.")


def test_a_bare_decade_joined_to_a_decade_is_a_decade() -> None:
    assert [("the 1960s", "196"), ("70s", "197")] == values("She won titles in the 1960s and 70s.")


@pytest.mark.parametrize(
    "text",
    ["He is in his 70s.", "Temperatures stayed in the 80s.", "The stock fell into the 50s.", "Approval is in the 30s."],
)
def test_ages_temperatures_and_rates_in_the_70s_are_no_decade(text: str) -> None:
    assert [] == values(text)


def test_an_iso_week_below_ten_has_two_digits() -> None:
    assert [("last week", "2000-W05")] == values("He wrote last week.", dt.date(2000, 2, 10))
