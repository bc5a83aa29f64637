"""Specification of `pipeline.extract.periods`: one behaviour per test, on small invented sentences.

Dates are normalised against the publication date the caller passes (FACTS.md, "Periods").
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_article
from pipeline.extract.periods import (
    CLEARED,
    TimeExpression,
    find_time_expressions,
    is_period_wording,
    resolve_comparison,
)

PUB = date(2024, 11, 29)


def only(sentence: str, published: date | None = PUB, offset: int = 0) -> TimeExpression:
    """The single expression of a sentence (the test fails if there are more or none)."""
    found = find_time_expressions(sentence, offset, published)
    assert len(found) == 1, found
    return found[0]


def span(sentence: str, expr: TimeExpression, offset: int = 0) -> str:
    return sentence[expr.start - offset : expr.end - offset]


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- whole years, parts of years -------------------------------------------------------------


def test_in_a_year_is_the_whole_year() -> None:
    assert only("In 2021, the mill ground 40,000 tons.").actual == (d("2021-01-01"), d("2021-12-31"))


def test_the_full_year_planned_is_the_whole_publication_year() -> None:
    expr = only("For the full year, the department expects tax revenues of 560 billion tenge.")
    assert expr.planned == (d("2024-01-01"), d("2024-12-31"))


def test_a_hyphenated_part_of_the_year_before_a_noun_is_that_part() -> None:
    expr = only("Second-quarter output fell to 742 kg.")
    assert expr.actual == (d("2024-04-01"), d("2024-06-30"))


def test_full_year_guidance_is_the_whole_publication_year() -> None:
    assert only("The miner keeps its full-year guidance of 5 tonnes.").planned == (d("2024-01-01"), d("2024-12-31"))


def test_first_half_of_a_year_is_january_to_june() -> None:
    assert only("In the first half of 2023, the farm sold 900 cows.").actual == (d("2023-01-01"), d("2023-06-30"))


def test_h1_is_the_first_half() -> None:
    assert only("H1 2023 sales reached 5 tons.").actual == (d("2023-01-01"), d("2023-06-30"))


def test_second_half_of_the_year_is_july_to_december_of_the_publication_year() -> None:
    expr = only("In the second half of the year, the plant will add 50 jobs.")
    assert expr.planned == (d("2024-07-01"), d("2024-12-31"))


def test_first_six_months_of_a_year_is_the_first_half() -> None:
    assert only("For the first six months of 2022, it made 7 tons.").actual == (d("2022-01-01"), d("2022-06-30"))


def test_first_quarter_is_january_to_march() -> None:
    assert only("In the first quarter of 2021, it made 7 tons.").actual == (d("2021-01-01"), d("2021-03-31"))


def test_q3_with_a_year_is_july_to_september() -> None:
    assert only("Q3 2022 exports were 4 tons.").actual == (d("2022-07-01"), d("2022-09-30"))


def test_q1_without_a_year_is_in_the_publication_year() -> None:
    assert only("Q1 exports were 4 tons.").actual == (d("2024-01-01"), d("2024-03-31"))


def test_first_three_quarters_is_january_to_september() -> None:
    assert only("In the first three quarters of 2023, it made 7 tons.").actual == (d("2023-01-01"), d("2023-09-30"))


# --- counts of months, month ranges ----------------------------------------------------------


def test_ten_months_of_this_year_ends_with_october() -> None:
    expr = only("Over ten months of this year, the city attracted $3 billion.")
    assert expr.actual == expr.planned == (d("2024-01-01"), d("2024-10-31"))


def test_months_count_without_a_year_is_in_the_publication_year() -> None:
    assert only("For 9 months, exports rose 4%.").actual == (d("2024-01-01"), d("2024-09-30"))


def test_months_count_of_a_named_year() -> None:
    assert only("The first five months of 2021 saw 3 launches.").actual == (d("2021-01-01"), d("2021-05-31"))


def test_nine_m_with_a_year_is_nine_months() -> None:
    assert only("In 9M 2023, revenue rose 6%.").actual == (d("2023-01-01"), d("2023-09-30"))


def test_in_n_months_after_an_event_verb_is_a_duration_not_a_period() -> None:
    assert only("The plant will be built in six months.").actual == CLEARED


def test_in_n_months_of_a_result_is_the_months_of_this_year_already_over() -> None:
    assert only("Cement sales up 9% in seven months").actual == (d("2024-01-01"), d("2024-07-31"))


def test_in_n_months_as_a_plan_is_no_period() -> None:
    assert only("The mill will double its output in seven months.").planned == CLEARED


def test_in_n_months_not_yet_over_at_publication_is_no_period() -> None:
    assert only("Cement sales up 9% in seven months", published=date(2024, 5, 2)).actual == CLEARED


def test_month_range_with_a_year() -> None:
    assert only("In January-October 2024, output grew 3%.").actual == (d("2024-01-01"), d("2024-10-31"))


def test_month_range_without_a_year_is_in_the_publication_year() -> None:
    assert only("In January–September, output grew 3%.").actual == (d("2024-01-01"), d("2024-09-30"))


def test_month_range_with_through_and_year() -> None:
    expr = only("Output from January through May 2021 came to 9 tons.")
    assert expr.actual == (d("2021-01-01"), d("2021-05-31"))


def test_month_range_with_this_year() -> None:
    assert only("In January-April this year, sales rose 2%.").actual == (d("2024-01-01"), d("2024-04-30"))


def test_unfinished_month_range_without_year_is_last_years_for_actual_figures() -> None:
    expr = only("In January-December, output rose 5%.", date(2025, 1, 15))
    assert expr.actual == (d("2024-01-01"), d("2024-12-31"))


def test_single_month_with_a_year() -> None:
    assert only("In December 2023, the mine opened.").actual == (d("2023-12-01"), d("2023-12-31"))


def test_bare_month_is_the_latest_for_actual_and_the_coming_for_planned() -> None:
    expr = only("The line starts in March.")
    assert expr.actual == (d("2024-03-01"), d("2024-03-31"))
    assert expr.planned == (d("2025-03-01"), d("2025-03-31"))


def test_month_name_without_a_preposition_is_not_a_period() -> None:
    assert find_time_expressions("The May figure was high.", 0, PUB) == []


# --- relative years --------------------------------------------------------------------------


def test_this_month_is_to_publication_for_actual_and_whole_month_for_planned() -> None:
    expr = only("Earlier this month the bank raised its rate to 15.75%.")
    assert (expr.actual, expr.planned) == ((d("2024-11-01"), PUB), (d("2024-11-01"), d("2024-11-30")))


def test_this_year_is_to_publication_for_actual_and_whole_year_for_planned() -> None:
    expr = only("This year, the farm harvested 20 tons.")
    assert expr.actual == (d("2024-01-01"), PUB)
    assert expr.planned == (d("2024-01-01"), d("2024-12-31"))


def test_since_the_beginning_of_the_year_is_like_this_year() -> None:
    expr = only("Since the beginning of the year, 12 plants opened.")
    assert (expr.actual, expr.planned) == ((d("2024-01-01"), PUB), (d("2024-01-01"), d("2024-12-31")))


def test_a_year_in_a_clause_of_since_runs_to_publication() -> None:
    expr = only("Since it was launched in 2019, the mill has paid 12 billion tenge in taxes.")
    assert expr.actual == (d("2019-01-01"), PUB)


def test_the_level_of_a_period_is_the_base_of_an_index() -> None:
    expr = only("Revenue came to 80 billion tenge, or 112% of the level of January-June 2023.")
    assert expr.role == "comparison"


@pytest.mark.parametrize("base", ["figure for", "figures for", "indicator of", "level in"])
def test_the_figure_for_a_period_is_the_base_of_an_index(base: str) -> None:
    expr = only(f"Exports rose to $40 million, or 118.2% of the {base} January-March 2023.")
    assert expr.role == "comparison"


@pytest.mark.parametrize("noun", ["level", "figure"])
def test_a_year_level_after_a_percentage_of_is_the_base_of_an_index(noun: str) -> None:
    expr = only(f"Output stood at 104.1% of the 2022 {noun}.")
    assert (expr.role, expr.actual) == ("comparison", (d("2022-01-01"), d("2022-12-31")))


@pytest.mark.parametrize("base", ["last year's level", "the previous year's figure"])
def test_a_relative_year_level_after_a_percentage_of_is_the_base_of_an_index(base: str) -> None:
    found = find_time_expressions(f"The herd grew to 103.8% of {base}.", 0, PUB)
    assert [e.role for e in found] == ["comparison"]


def test_a_share_of_a_year_budget_is_no_base() -> None:
    assert only("Roads took 15% of the 2023 budget.").role == "period"


def test_last_year_is_the_previous_calendar_year() -> None:
    assert only("Last year, the farm harvested 20 tons.").actual == (d("2023-01-01"), d("2023-12-31"))


def test_over_the_past_year_is_the_previous_calendar_year() -> None:
    assert only("Over the past year, sales rose 2%.").actual == (d("2023-01-01"), d("2023-12-31"))


def test_in_the_previous_year_is_the_previous_calendar_year() -> None:
    assert only("In the previous year, sales rose 2%.").actual == (d("2023-01-01"), d("2023-12-31"))


def test_next_year_is_the_year_after_publication() -> None:
    assert only("Next year, 5 plants will open.").planned == (d("2025-01-01"), d("2025-12-31"))


def test_by_the_end_of_the_year_is_the_whole_year() -> None:
    assert only("By the end of the year, 40 projects will open.").planned == (d("2024-01-01"), d("2024-12-31"))


def test_by_the_end_of_a_named_year_is_that_whole_year() -> None:
    assert only("By the end of 2023, it had made 6 tons.").actual == (d("2023-01-01"), d("2023-12-31"))


# --- open and pointed periods ----------------------------------------------------------------


def test_by_a_year_has_an_open_start_and_ends_that_december() -> None:
    assert only("By 2028, the firm will make 5 tons.").planned == (None, d("2028-12-31"))


def test_until_a_year_has_an_open_start() -> None:
    assert only("Until 2030, the park plans 207 projects.").planned == (None, d("2030-12-31"))


def test_until_the_end_of_a_month_still_to_come_is_this_years_even_for_a_past_verb() -> None:
    found = only("Chains froze prices until the end of March.", date(2024, 2, 9))
    assert found.actual == (None, d("2024-03-31"))


def test_until_a_month_still_to_come_is_this_years_even_for_a_past_verb() -> None:
    assert only("The tariff was frozen until May.", date(2024, 2, 9)).actual == (None, d("2024-05-31"))


def test_up_to_a_number_that_looks_like_a_year_is_not_a_period() -> None:
    assert find_time_expressions("It makes up to 2030 tons a day.", 0, PUB) == []


def test_since_a_year_runs_to_the_publication_date() -> None:
    assert only("Since 2018, the plant has made 500 units.").actual == (d("2018-01-01"), PUB)


def test_since_a_year_without_publication_date_keeps_the_start_only() -> None:
    assert only("Since 2018, the plant has made 500 units.", None).actual == (d("2018-01-01"), None)


def test_as_of_the_beginning_of_a_year_is_its_first_day() -> None:
    expr = only("As of the beginning of 2024, 136 firms operated.")
    assert expr.actual == (d("2024-01-01"), d("2024-01-01"))


def test_as_of_the_end_of_a_year_is_its_last_day() -> None:
    assert only("As of the end of 2023, 16 farms operated.").actual == (d("2023-12-31"), d("2023-12-31"))


def test_at_the_end_of_a_month_is_its_last_day() -> None:
    assert only("At the end of August, stocks of coal stood at 2 mln tons.").actual == (
        d("2024-08-31"),
        d("2024-08-31"),
    )


def test_as_of_the_beginning_of_a_named_month_is_its_first_day() -> None:
    expr = only("As of the beginning of May 2023, 61 shops were open.")
    assert expr.actual == (d("2023-05-01"), d("2023-05-01"))


def test_by_the_end_of_a_month_has_an_open_start_and_ends_that_day() -> None:
    assert only("By the end of September, 74% of the beet was dug.").actual == (None, d("2024-09-30"))


def test_since_the_start_of_a_month_runs_to_the_publication_date() -> None:
    assert only("Since the start of July, the mill has ground 9,000 tons.").actual == (d("2024-07-01"), PUB)


def test_as_of_a_month_without_a_day_clears_the_period() -> None:
    assert only("As of September, 28 projects were commissioned.").actual == CLEARED


def test_as_of_a_day_is_that_day() -> None:
    expr = only("As of 1 October 2024, 28 projects were commissioned.")
    assert expr.actual == (d("2024-10-01"), d("2024-10-01"))


def test_year_range_with_a_hyphen() -> None:
    assert only("In 2021-2023, 20 projects were launched.").actual == (d("2021-01-01"), d("2023-12-31"))


def test_year_range_with_from_and_to() -> None:
    assert only("From 2021 to 2023, 20 projects were launched.").actual == (d("2021-01-01"), d("2023-12-31"))


def test_year_range_with_a_two_digit_end() -> None:
    assert only("In 2024-25, 53 schools will be built.").planned == (d("2024-01-01"), d("2025-12-31"))


# --- counts of years -------------------------------------------------------------------------


def test_next_five_years_starts_with_the_publication_year() -> None:
    assert only("It will invest $1 billion over the next five years.").planned == (d("2024-01-01"), d("2028-12-31"))


def test_in_seven_years_time_is_the_publication_year_and_six_more() -> None:
    expr = only("Investment will reach $150 billion in seven years' time.")
    assert expr.planned == (d("2024-01-01"), d("2030-12-31"))


def test_over_the_past_three_years_ends_at_publication() -> None:
    assert only("Over the past three years, it made 9 tons.").actual == (d("2022-01-01"), PUB)


def test_in_n_years_is_past_for_actual_and_future_for_planned() -> None:
    expr = only("The firm built 30 schools in three years.")
    assert expr.actual == (d("2022-01-01"), PUB)
    assert expr.planned == (d("2024-01-01"), d("2026-12-31"))


def test_abbreviated_years_are_read() -> None:
    assert only("Up to KZT2tln invested over 7 yrs").actual == (d("2018-01-01"), PUB)


def test_for_n_years_is_a_duration_not_a_period() -> None:
    assert find_time_expressions("The plant has worked for 25 years.", 0, PUB) == []


def test_n_year_adjective_is_not_a_period() -> None:
    assert find_time_expressions("They signed a 25-year contract.", 0, PUB) == []


# --- cleared frames --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Currently, the plant employs 300 people.",
        "So far, 36 projects have been launched.",
        "To date, 36 projects were launched.",
        "The plant has already made 10 units.",
        "Since its launch, the plant has made 611 units.",
        "At present, 147 plants operate.",
    ],
)
def test_words_without_a_date_clear_the_period(sentence: str) -> None:
    assert only(sentence).actual == CLEARED


def test_so_far_yields_to_an_explicit_period_next_to_it() -> None:
    assert only("So far this year, exports reached 5 tons.").kind == "this_year"


def test_founding_year_is_not_the_period_of_the_figures() -> None:
    assert only("Established in 2005, the plant received $4.5 million.").actual == CLEARED


# --- dates and names -------------------------------------------------------------------------


def test_a_day_is_calendar_wording_not_a_period() -> None:
    expr = only("On Dec. 10, the President visited the mine.")
    assert expr.role == "date"  # it frames no figure; it keeps its day only for a span it may end


def test_from_a_day_to_another_is_one_span() -> None:
    expr = only("The refinery stopped from 14 March to 10 April.", date(2023, 4, 18))
    assert expr.actual == (d("2023-03-14"), d("2023-04-10"))


def test_a_full_date_is_calendar_wording() -> None:
    assert only("On March 7, 2024, the sides signed a deal.").role == "date"


def test_year_inside_a_name_is_calendar_wording() -> None:
    assert only("The Kazakhstan-2050 Strategy sets 30 goals.").role == "date"


def test_a_four_digit_count_is_not_a_year() -> None:
    assert find_time_expressions("The firm created 2000 jobs.", 0, PUB) == []


# --- no publication date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["This year, output grew 3%.", "Over ten months of this year, output grew.", "Last year, 20 plants opened."],
)
def test_relative_periods_are_empty_without_publication_date(sentence: str) -> None:
    expr = only(sentence, None)
    assert (expr.role, expr.actual, expr.planned) == ("period", None, None)


def test_absolute_periods_resolve_without_publication_date() -> None:
    assert only("In 2021, output grew 3%.", None).actual == (d("2021-01-01"), d("2021-12-31"))


# --- comparisons -----------------------------------------------------------------------------


def comparison(sentence: str, period: tuple[date | None, date | None] | None) -> tuple | None:
    """Resolve the sentence's comparison against the figure's period."""
    expr = only(sentence)
    assert expr.role == "comparison"
    return resolve_comparison(expr, period, PUB)


def test_compared_to_a_year_takes_the_same_months_when_the_period_is_part_of_a_year() -> None:
    base = comparison("Output rose 7% compared to 2023.", (d("2024-01-01"), d("2024-10-31")))
    assert base == (d("2023-01-01"), d("2023-10-31"))


def test_compared_to_a_year_is_the_whole_year_for_a_whole_year_period() -> None:
    base = comparison("Output rose 7% compared to 2023.", (d("2024-01-01"), d("2024-12-31")))
    assert base == (d("2023-01-01"), d("2023-12-31"))


def test_compared_to_a_year_is_the_whole_year_without_a_period() -> None:
    assert comparison("Output rose 7% compared to 2023 figures.", None) == (d("2023-01-01"), d("2023-12-31"))


def test_same_period_of_a_year_moves_the_period_to_that_year() -> None:
    base = comparison("GRP grew 7% compared to the same period in 2023.", (d("2024-01-01"), d("2024-06-30")))
    assert base == (d("2023-01-01"), d("2023-06-30"))


def test_same_period_last_year_moves_the_period_back_one_year() -> None:
    base = comparison("Investment rose 28% on the same period last year.", (d("2022-01-01"), d("2022-06-30")))
    assert base == (d("2021-01-01"), d("2021-06-30"))


def test_year_on_year_moves_a_point_back_one_year() -> None:
    base = comparison("Firms grew 6.3% year-on-year.", (d("2024-01-01"), d("2024-01-01")))
    assert base == (d("2023-01-01"), d("2023-01-01"))


def test_year_on_year_without_a_period_is_unknown() -> None:
    assert comparison("Firms grew 6.3% year-on-year.", None) is None


def test_times_on_a_year_is_a_comparison_with_that_year() -> None:
    assert comparison("GRP rose 2.3 times on 2015.", None) == (d("2015-01-01"), d("2015-12-31"))


def test_more_than_last_year_moves_the_period_back_one_year() -> None:
    base = comparison("Sales were 8.2% more than last year.", (d("2024-01-01"), PUB))
    assert base == (d("2023-01-01"), d("2023-11-29"))


def test_comparison_with_an_explicit_period_is_that_period() -> None:
    base = comparison("Compared with the first half of 2023, output rose 5%.", (d("2024-01-01"), d("2024-06-30")))
    assert base == (d("2023-01-01"), d("2023-06-30"))


def test_a_month_end_stays_a_month_end_when_moved() -> None:
    base = comparison("Output grew 5% compared to 2023.", (d("2024-01-01"), d("2024-02-29")))
    assert base == (d("2023-01-01"), d("2023-02-28"))


def test_resolve_comparison_ignores_a_period_expression() -> None:
    assert resolve_comparison(only("In 2021, output grew 3%."), None, PUB) is None


# --- spans -----------------------------------------------------------------------------------


def test_spans_are_offsets_in_the_full_text() -> None:
    sentence = "In 2021, output grew 3%."
    expr = only(sentence, offset=100)
    assert (expr.start, expr.end) == (100, 107)


def test_comparison_span_includes_its_trigger() -> None:
    sentence = "Output rose 7% compared to 2023."
    assert span(sentence, only(sentence)) == "compared to 2023"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Over ten months of this year, it made 5 tons.", "ten months"),
        ("In 2024, it made 5 tons.", "2024"),
        ("In the first half of 2024, it made 5 tons.", "first half"),
        ("It will reach $150 billion in seven years' time.", "seven years' time"),
        ("Up to KZT2tln was invested over 7 yrs", "7 yrs"),
        ("For the first six months, it made 5 tons.", "six months"),
    ],
)
def test_spans_cover_the_numbers_of_period_wording(sentence: str, number: str) -> None:
    found = find_time_expressions(sentence, 0, PUB)
    start = sentence.index(number)
    assert is_period_wording(start, start + len(number), found)


def test_a_quantity_is_not_period_wording() -> None:
    sentence = "In 2024, it made 5 tons."
    start = sentence.index("5 tons")
    assert not is_period_wording(start, start + 6, find_time_expressions(sentence, 0, PUB))


def test_expressions_come_in_text_order() -> None:
    found = find_time_expressions("In 2023 output fell, but in 2024 it rose 4% compared to 2022.", 0, PUB)
    assert [e.kind for e in found] == ["year", "year", "cmp_year"]


def test_offsets_stay_right_when_lowercasing_changes_length() -> None:
    sentence = "İçecek said that in 2023 it sold 5 tons."
    assert span(sentence, only(sentence)) == "in 2023"


def test_from_a_year_after_a_change_is_its_base():
    found = find_time_expressions("Trade reached $90 million, up 2.5 times from 2022.", 0, date(2024, 3, 1))
    assert [(e.role, e.actual) for e in found] == [("comparison", (date(2022, 1, 1), date(2022, 12, 31)))]


def test_since_its_creation_in_a_year_runs_to_the_publication_date():
    found = find_time_expressions("Since its creation in 2015, the zone has drawn $1 billion.", 0, date(2024, 3, 1))
    assert [e.actual for e in found] == [(date(2015, 1, 1), date(2024, 3, 1))]


def test_a_period_opening_a_quotation_is_read():
    assert only('"This year we will open two plants," the akim said.').planned == (d("2024-01-01"), d("2024-12-31"))


def test_two_months_with_their_years_make_one_span():
    assert only("From September 2022 through May 2023, exports grew.").actual == (d("2022-09-01"), d("2023-05-31"))


def test_two_months_with_their_years_joined_by_a_dash_make_one_span():
    assert only("In September 2022-May 2023, exports grew.").actual == (d("2022-09-01"), d("2023-05-31"))


def test_the_first_in_six_years_is_no_period():
    text = "Kazakhstan ran a trade deficit of $1.2 billion, the first in six years."
    assert find_time_expressions(text, 0, date(2023, 11, 2)) == []


def test_as_in_a_year_after_as_many_is_the_base_of_a_comparison():
    text = "The plant will make 2,500 wagons, almost twice as many as in 2023."
    found = find_time_expressions(text, 0, date(2024, 3, 1))
    assert [(text[e.start : e.end], e.role) for e in found] == [("as in 2023", "comparison")]


def test_the_half_year_is_january_to_june():
    (found,) = find_time_expressions("17 regions overfulfilled their plans for the half-year.", 0, date(2022, 7, 20))
    assert found.actual == (date(2022, 1, 1), date(2022, 6, 30))


def test_a_record_since_a_year_is_no_period():
    sentence = "Output rose 6% in January-March, its strongest result since 2019."
    found = find_time_expressions(sentence, 0, date(2024, 4, 12))
    assert [sentence[e.start : e.end] for e in found] == ["in January-March"]


def test_a_change_over_this_years_months_is_dated_by_those_months():
    expr = only("Freight costs rose by 12.5% over ten months of this year.")
    assert (expr.role, expr.actual) == ("period", (date(2024, 1, 1), date(2024, 10, 31)))


def test_a_change_over_an_earlier_years_months_is_measured_against_them():
    expr = only("Freight costs rose by 12.5% over the first ten months of 2023.")
    assert (expr.role, expr.actual) == ("comparison", (date(2023, 1, 1), date(2023, 10, 31)))


def test_a_change_over_this_years_first_half_is_dated_by_it_not_compared_with_it():
    expr = only("Exports rose by 9% over the first half of this year.")
    assert (expr.role, expr.actual) == ("period", (date(2024, 1, 1), date(2024, 6, 30)))


def test_by_the_end_of_a_later_year_is_a_deadline_open_at_the_start() -> None:
    assert only("The city will build 40 bus shelters by the end of 2026.").planned == (None, d("2026-12-31"))


def test_since_the_start_of_an_activity_in_a_year_runs_to_publication() -> None:
    expr = only("Since the start of commercial mining in 2012, the pit has yielded 9 tonnes of gold.")
    assert expr.actual == (d("2012-01-01"), PUB)


def test_since_an_activity_began_in_a_month_runs_to_publication() -> None:
    expr = only("Since trial runs began in April, the line has bottled 2 million litres.")
    assert expr.actual == (d("2024-04-01"), PUB)


def test_since_an_activity_resumed_in_a_year_runs_to_publication() -> None:
    expr = only("Since drilling resumed in 2017, the field has yielded 3 million tonnes of oil.")
    assert expr.actual == (d("2017-01-01"), PUB)


def test_since_a_thing_of_several_words_was_launched_runs_to_publication() -> None:
    expr = only("Since the second kiln was launched in 2018, the plant has made 4 million tonnes of clinker.")
    assert expr.actual == (d("2018-01-01"), PUB)


def test_a_month_range_across_the_new_year_ends_in_the_last_months_that_are_over() -> None:
    expr = only("In September-February, the port shipped 1.1 million tons of grain.", date(2024, 3, 12))
    assert expr.actual == (d("2023-09-01"), d("2024-02-29"))


def test_from_a_day_after_publication_is_open_ended() -> None:
    expr = only("From July 1, the fare will rise to 250 tenge.", date(2024, 6, 20))
    assert expr.planned == (d("2024-07-01"), None)


def test_since_a_day_later_in_the_year_than_the_article_looks_back_to_the_year_before() -> None:
    expr = only("Since December 1, crews have hauled 900,000 tonnes of snow.", d("2024-02-10"))
    assert expr.actual == (d("2023-12-01"), d("2024-02-10"))


def test_a_half_year_form_inside_a_name_is_no_period() -> None:
    assert find_time_expressions("Aral H2 Fuels has spent $27 million on feasibility work.", 0, PUB) == []


def test_a_half_year_form_after_a_preposition_is_a_period() -> None:
    expr = only("In H2 Kazakh mills exported 1.1 million tons of flour.", date(2025, 1, 20))
    assert expr.actual == (d("2024-07-01"), d("2024-12-31"))


def test_a_month_something_was_announced_in_is_no_period_of_the_figures() -> None:
    found = find_time_expressions("The shares sold at the top of the range announced in May.", 0, PUB)
    assert [expr.actual for expr in found] == [CLEARED]


def test_a_half_year_form_in_a_title_case_headline_is_a_period() -> None:
    text = "Kazatomprom H1 Production Rises 5%"
    found = find_time_expressions(text, 0, date(2024, 8, 5))
    assert [expr.actual for expr in found] == [(d("2024-01-01"), d("2024-06-30"))]


def test_a_figure_for_this_year_is_the_whole_years():
    text = " date 2023-03-14 KOSTANAY – The plant has signed contracts for 900 buses for this year."
    found = {f["quote"]: f for f in extract_article(text, "x").facts}["900 buses"]
    assert (str(found["period_start"]), str(found["period_end"])) == ("2023-01-01", "2023-12-31")
