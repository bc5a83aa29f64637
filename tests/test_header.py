"""Specification of `pipeline.extract.header.parse_header`: one behaviour per test.

Small invented articles show each rule; the last tests read one real corpus article per
header form and compare its title/date/dateline with the answer key's "article" entry.
"""

from __future__ import annotations

import datetime
import itertools
import json
from pathlib import Path

import pytest

from pipeline.extract.header import Header, parse_header

CORPUS = Path(__file__).parent / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"


def excluded_texts(text: str, header: Header) -> list[str]:
    """The excluded spans as strings, for readable assertions."""
    return [text[a:b] for a, b in header.excluded]


# --- the "date" prefix and datelines ---------------------------------------------------------


def test_date_prefix_gives_the_publication_date() -> None:
    header = parse_header(" date 2023-05-02 ALMATY – The factory exported 12 tons of cheese.")
    assert header.published_date == datetime.date(2023, 5, 2)


def test_date_prefix_and_dateline_are_excluded_and_body_starts_after_the_dash() -> None:
    text = " date 2023-05-02 ALMATY – The factory exported 12 tons of cheese."
    header = parse_header(text)
    assert excluded_texts(text, header) == [" date 2023-05-02 ALMATY – "]
    assert text[header.body_start :].startswith("The factory")


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_dateline_is_read_with_any_dash(dash: str) -> None:
    header = parse_header(f" date 2023-05-02 SHYMKENT {dash} A juice plant opened with 40 jobs.")
    assert header.dateline == "SHYMKENT"


def test_dateline_without_dash_is_read_for_a_known_place() -> None:
    header = parse_header(" date 2023-05-02 BISHKEK The mill ground 300 tons of wheat.")
    assert header.dateline == "BISHKEK"


def test_capitals_without_dash_that_are_not_a_known_place_are_body() -> None:
    text = " date 2023-05-02 KEGOC said grid losses fell 3%."
    header = parse_header(text)
    assert header.dateline is None
    assert text[header.body_start :].startswith("KEGOC")


def test_no_dateline_when_the_body_follows_the_date() -> None:
    header = parse_header(" date 2023-05-02 Officials said the plant employs 80 people.")
    assert header.dateline is None
    assert header.publisher is None


def test_hyphenated_place_is_one_dateline() -> None:
    header = parse_header(" date 2020-03-02 NUR-SULTAN – The park covers 50 ha.")
    assert header.dateline == "NUR-SULTAN"


def test_kazinform_dateline_names_the_publisher() -> None:
    text = " date 2022-03-01 ATYRAU. KAZINFORM – The refinery processed 5 million tons."
    header = parse_header(text)
    assert (header.dateline, header.publisher) == ("ATYRAU", "Kazinform")
    assert excluded_texts(text, header) == [" date 2022-03-01 ATYRAU. KAZINFORM – "]


def test_an_outlet_domain_after_the_place_names_the_publisher() -> None:
    header = parse_header("OSH, 24.kg – The mill ground 300 tons of flour.")
    assert (header.dateline, header.publisher) == ("OSH", "24.kg")


def test_agency_in_brackets_after_the_place_names_the_publisher() -> None:
    header = parse_header("ASTANA (Kazinform) - The mill ground 300 tons of flour.")
    assert (header.dateline, header.publisher) == ("ASTANA", "Kazinform")


def test_a_title_case_place_with_a_date_and_an_agency_in_brackets_is_a_dateline() -> None:
    text = "Semey, 4 October 2022 (Interfax-Kazakhstan) – The bus plant assembled 112 buses."
    header = parse_header(text)
    assert (header.dateline, header.published_date) == ("SEMEY", datetime.date(2022, 10, 4))
    assert text[header.body_start :].startswith("The bus plant")


def test_a_hyphenated_place_before_a_month_day_and_an_agency_is_one_dateline() -> None:
    text = "UST-KAMENOGORSK. Oct 12 (Interfax-Kazakhstan) – The zinc plant shipped 40 tons."
    header = parse_header(text)
    assert (header.dateline, text[header.body_start :]) == ("UST-KAMENOGORSK", "The zinc plant shipped 40 tons.")


def test_a_title_case_place_before_a_month_day_and_an_agency_is_a_dateline_without_a_year() -> None:
    text = " date 2022-06-14 Taraz. June 14 (Interfax-Kazakhstan) - The sugar plant processed 80,000 tons of beet."
    header = parse_header(text)
    assert (header.dateline, header.publisher) == ("TARAZ", "Interfax-Kazakhstan")
    assert header.published_date == datetime.date(2022, 6, 14)
    assert text[header.body_start :].startswith("The sugar plant")


def test_a_date_after_a_tag_line_at_the_end_is_the_publication_date() -> None:
    text = "ALMATY – The park covers 30 ha and employs 500 people in total.\n\nTags: industry, Almaty\n\n12.03.2023"
    assert parse_header(text).published_date == datetime.date(2023, 3, 12)


def test_menafn_dateline_names_the_agency_without_news_agency() -> None:
    text = "(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, Oct. 5. The textile plant shipped 40 tons."
    header = parse_header(text)
    assert (header.dateline, header.publisher) == ("BISHKEK", "Trend")
    assert text[header.body_start :].startswith("The textile plant")


def test_place_country_and_day_dateline_is_excluded_with_its_day() -> None:
    text = " date 2023-06-24 TASHKENT, Uzbekistan, June 24\n\nThe cotton mill hired 200 workers."
    header = parse_header(text)
    assert header.dateline == "TASHKENT"
    assert excluded_texts(text, header) == [" date 2023-06-24 TASHKENT, Uzbekistan, June 24"]
    assert text[header.body_start :].startswith("The cotton mill")


# --- titles ----------------------------------------------------------------------------------


def test_short_first_line_before_a_blank_line_is_the_title() -> None:
    text = "Cement plant triples output in Taraz\n\nThe plant made 3 million tons last year."
    assert parse_header(text).title == "Cement plant triples output in Taraz"


def test_title_after_the_date_prefix_is_read() -> None:
    text = " date 2023-01-10 Taraz plans 4 new plants this year\n\nTARAZ. KAZINFORM – The region plans 4 plants."
    header = parse_header(text)
    assert header.title == "Taraz plans 4 new plants this year"
    assert header.dateline == "TARAZ"


def test_title_is_not_excluded_because_its_numbers_are_facts() -> None:
    text = "Cement plant makes 3 million tons\n\nThe plant made 3 million tons last year."
    header = parse_header(text)
    assert all("Cement" not in part for part in excluded_texts(text, header))


def test_first_line_ending_with_a_period_is_body_not_title() -> None:
    text = "The plant made 3 million tons last year.\n\nIt employs 400 people."
    assert parse_header(text).title is None


def test_first_line_running_into_the_next_line_is_not_a_title() -> None:
    text = "Officials said the new plant\nwill employ 400 people in Aktau."
    assert parse_header(text).title is None


def test_title_followed_by_a_date_line_is_read() -> None:
    text = "Solar park opens near Turkistan\n22 April 2023 21:10 (UTC+04:00)\nTURKISTAN – The 50 MW park opened."
    assert parse_header(text).title == "Solar park opens near Turkistan"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_date_prefix_line_after_the_title_gives_the_date_and_the_dateline(gap: str) -> None:
    text = f"Flour mill in Kostanay doubles output{gap} date 2024-03-05 KOSTANAY – The mill ground 300 tons."
    header = parse_header(text)
    assert header.title == "Flour mill in Kostanay doubles output"
    assert header.published_date == datetime.date(2024, 3, 5)
    assert header.dateline == "KOSTANAY"
    assert text[header.body_start :].startswith("The mill ground")


@pytest.mark.parametrize(
    ("dateline", "place", "publisher", "published"),
    [
        ("SHYMKENT, March 5 (Reuters) - ", "SHYMKENT", "Reuters", None),
        ("Shymkent, Kazakhstan, March 5 (Trend):\n", "SHYMKENT", "Trend", None),
        ("SHYMKENT, March 5 /Kazinform/ – ", "SHYMKENT", "Kazinform", None),
        ("Shymkent, 5 March 2024 – ", "SHYMKENT", None, datetime.date(2024, 3, 5)),
        ("SHYMKENT, March 5, 2024 – ", "SHYMKENT", None, datetime.date(2024, 3, 5)),
        ("Shymkent, March 5, 2024 /Kazinform/. ", "SHYMKENT", "Kazinform", datetime.date(2024, 3, 5)),
    ],
)
def test_a_place_with_a_day_and_month_before_the_dash_is_a_dateline(
    dateline: str, place: str, publisher: str | None, published: datetime.date | None
) -> None:
    text = f"{dateline}The brick works fired 9 million bricks."
    header = parse_header(text)
    assert (header.dateline, header.publisher, header.published_date) == (place, publisher, published)
    assert text[header.body_start :].startswith("The brick works")


def test_a_known_place_in_capitals_then_a_period_is_a_dateline() -> None:
    text = "SHYMKENT. The brick works fired 9 million bricks."
    header = parse_header(text)
    assert header.dateline == "SHYMKENT"
    assert text[header.body_start :].startswith("The brick works")


@pytest.mark.parametrize(
    "line", ["Thursday, 7 March 2024", "Thu, March 7, 2024", "March 7, 2024 | Kostanay News", "07.03.2024 • 10:15"]
)
def test_a_date_line_with_a_weekday_or_the_outlet_gives_the_date(line: str) -> None:
    text = f"Brick works fires 9 million bricks\n\n{line}\n\nThe brick works fired 9 million bricks."
    header = parse_header(text)
    assert header.published_date == datetime.date(2024, 3, 7)
    assert header.title == "Brick works fires 9 million bricks"


@pytest.mark.parametrize("line", ["Author: Dana Omarova", "Home / Business / Industry"])
def test_an_author_label_or_a_breadcrumb_line_is_furniture(line: str) -> None:
    text = f"{line}\n\nBrick works fires 9 million bricks\n\nThe brick works fired 9 million bricks."
    header = parse_header(text)
    assert header.title == "Brick works fires 9 million bricks"
    assert text[header.body_start :].startswith("The brick works")


# --- date lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 July 2022, 18:15", datetime.date(2022, 7, 14)),
        ("21.04.2022, 16:24", datetime.date(2022, 4, 21)),
        ("22 April 2023 21:10 (UTC+04:00)", datetime.date(2023, 4, 22)),
        ("18:23, 16 April 2021", datetime.date(2021, 4, 16)),
        ("March 3, 2024", datetime.date(2024, 3, 3)),
    ],
)
def test_date_line_after_the_title_gives_the_date(line: str, expected: datetime.date) -> None:
    text = f"Mill grinds 300 tons in Kostanay\n\n{line}\n\nKOSTANAY – The mill ground 300 tons."
    header = parse_header(text)
    assert header.published_date == expected
    assert line in excluded_texts(text, header)


def test_date_line_at_the_end_gives_the_date() -> None:
    text = "Farm doubles its herd\n\nThe farm now keeps 800 cows.\n\n09:40, 3 May 2022\n"
    header = parse_header(text)
    assert header.published_date == datetime.date(2022, 5, 3)
    assert "09:40, 3 May 2022" in excluded_texts(text, header)


def test_no_date_in_the_text_means_no_publication_date() -> None:
    header = parse_header("ASTANA – On Aug. 14, the President visited a plant that employs 900 people.")
    assert header.published_date is None


def test_impossible_date_prefix_gives_no_date() -> None:
    assert parse_header(" date 2023-02-30 ALMATY – The plant opened.").published_date is None


# --- page furniture --------------------------------------------------------------------------


def test_go_to_the_main_site_after_the_date_prefix_is_excluded() -> None:
    text = " date 2022-07-14 Go to the main site\n    Wheat exports up 10%\n\n    ASTANA – Exports grew 10%."
    header = parse_header(text)
    assert " date 2022-07-14 Go to the main site" in excluded_texts(text, header)
    assert header.title == "Wheat exports up 10%"


@pytest.mark.parametrize("credit", ["Photo: Kazinform", "Photo from the akimat's press service", "Photo by A. Ivanov"])
def test_photo_credit_lines_are_excluded(credit: str) -> None:
    text = f"Dairy plant opens\n\n{credit}\nThe dairy plant will process 60 tons of milk a day."
    assert credit in excluded_texts(text, parse_header(text))


def test_author_line_and_the_name_after_it_and_tags_are_excluded() -> None:
    text = "ALMATY – The park covers 30 ha.\n\nAuthor:\n\nAida Nurova\n\nAlmaty region Industry\n"
    excluded = excluded_texts(text, parse_header(text))
    assert excluded[-1] == "Author:\n\nAida Nurova\n\nAlmaty region Industry"


def test_an_author_line_above_a_short_body_does_not_cut_the_body_off() -> None:
    text = (
        "Cement plant expands\n\nAuthor: Aida Nurova\n\nThe cement plant in Shymkent raised its capacity to "
        "2 million tonnes a year after a two-year upgrade, the company said on Monday.\n\nTags: cement, Shymkent\n"
    )
    excluded = excluded_texts(text, parse_header(text))
    assert not any("cement plant in Shymkent" in part for part in excluded)


def test_read_also_line_and_the_linked_headline_are_excluded() -> None:
    text = "ALMATY – The park covers 30 ha.\n\nRead also\nSteel output up 5% in 2023\n\nIt employs 500 people."
    excluded = excluded_texts(text, parse_header(text))
    assert excluded == ["ALMATY – ", "Read also", "Steel output up 5% in 2023"]


def test_tag_line_at_the_end_is_excluded() -> None:
    text = "ALMATY – The park covers 30 ha.\n\nAlmaty region Industrial parks\n"
    assert "Almaty region Industrial parks" in excluded_texts(text, parse_header(text))


def test_a_body_line_that_begins_like_furniture_is_kept() -> None:
    text = "ALMATY – The park covers 30 ha.\n\nPrinting output rose 4% in 2023.\n"
    assert "Printing output rose 4% in 2023." not in excluded_texts(text, parse_header(text))


def test_excluded_spans_are_sorted_and_disjoint() -> None:
    text = (
        " date 2022-07-14 Go to the main site\n Title here\n\n 14 July 2022, 18:15\n\n"
        " ASTANA – Body 5%.\n\nAuthor:\n\nA B"
    )
    spans = parse_header(text).excluded
    assert list(spans) == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_empty_text_gives_an_empty_header() -> None:
    assert parse_header("") == Header(None, None, None, None, 0, ())


# --- the real articles: one per header form --------------------------------------------------


def gold_article(path: Path) -> dict:
    """The "article" entry of the answer key next to an article file."""
    return json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))["article"]


def check_against_gold(path: Path) -> Header:
    """Parse a real article and compare its date and dateline with the answer key."""
    header = parse_header(path.read_text(encoding="utf-8"))
    gold = gold_article(path)
    published = header.published_date.isoformat() if header.published_date else None
    assert (published, header.dateline) == (gold["published"], gold["dateline"])
    return header


def test_corpus_date_prefix_dateline_and_en_dash() -> None:
    header = check_against_gold(SEEDS / "astana-investments-2024-11-29.txt")
    assert header.title is None


def test_corpus_date_prefix_dateline_and_em_dash() -> None:
    check_against_gold(CORPUS / "atyrau-manufacturing-growth-2024-08-05.txt")


def test_corpus_date_prefix_without_dateline() -> None:
    header = check_against_gold(CORPUS / "almaty-region-industrial-zones-2024-06-14.txt")
    assert header.title is None


def test_corpus_kazinform_dateline() -> None:
    header = check_against_gold(CORPUS / "agri-investment-projects-2022-04-26.txt")
    assert header.publisher == "Kazinform"


def test_corpus_title_after_date_prefix_then_kazinform_dateline() -> None:
    header = check_against_gold(CORPUS / "kostanay-manufacturing-projects-2023-01-09.txt")
    assert header.title == "Kostanay region plans 5 manufacturing projects this year"


def test_corpus_furniture_title_date_line_and_author_block() -> None:
    path = CORPUS / "abai-region-investment-2022-07-14.txt"
    header = check_against_gold(path)
    text = path.read_text(encoding="utf-8")
    assert header.title == "Up to KZT2tln invested in Abai region over 7 yrs"
    assert "14 July 2022, 18:15" in excluded_texts(text, header)
    assert excluded_texts(text, header)[-1].startswith("Author:")


def test_corpus_title_first_and_date_only_at_the_end() -> None:
    header = check_against_gold(CORPUS / "investment-hq-first-quarter-2021-04-16.txt")
    assert header.title == "Investment HQ sums up Q1 results in attracting investments"


@pytest.mark.parametrize("name", ["aktobe-region-investments-2023-12-06", "karagandy-qarmet-2024-08-14"])
def test_corpus_no_date_in_text_gives_no_publication_date(name: str) -> None:
    header = check_against_gold(CORPUS / f"{name}.txt")
    assert header.published_date is None


def test_corpus_trend_dateline_with_country_and_day_on_the_body_line() -> None:
    check_against_gold(CORPUS / "kazakhstan-renewables-acwa-power-2024-04-03.txt")


def test_corpus_trend_dateline_on_its_own_line() -> None:
    path = CORPUS / "shymkent-industrial-zones-2021-06-24.txt"
    header = check_against_gold(path)
    assert header.title is None
    assert path.read_text(encoding="utf-8")[header.body_start :].startswith("Kazakhstan’s city of Shymkent")


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_corpus_article_matches_its_answer_key(path: Path) -> None:
    check_against_gold(path)


def test_a_title_case_place_with_the_day_and_the_agency_in_capitals_is_a_dateline() -> None:
    text = "Port traffic grows\n\nAktau. 12 August. INTERFAX-KAZAKHSTAN – The port handled 2 million tonnes.\n"
    header = parse_header(text)
    assert (header.dateline, header.publisher) == ("AKTAU", "Interfax-Kazakhstan")
    assert text[header.body_start :].startswith("The port handled")


def test_an_author_line_before_the_date_line_is_furniture() -> None:
    text = (
        "Trade hits a record\n\nBy Nargiz Abbasova\n\n2 November 2023 14:25 (UTC+04:00)\n\n"
        "ASTANA, Kazakhstan, November 2. Trade rose 30%.\n"
    )
    header = parse_header(text)
    assert (header.published_date, header.dateline) == (datetime.date(2023, 11, 2), "ASTANA")


@pytest.mark.parametrize(
    "byline",
    ["By Dana Omarova in Business on 3 October 2024", "By Aigerim Sadvakasova, 03.10.2024, 11:40"],
)
def test_an_author_line_that_gives_the_date_dates_the_article(byline: str) -> None:
    text = f"Car output grows\n\n{byline}\n\nKOSTANAY – Tobol Motors produced 41,260 vehicles.\n"
    header = parse_header(text)
    assert (header.published_date, header.dateline) == (datetime.date(2024, 10, 3), "KOSTANAY")


def test_a_syndicators_legal_disclaimer_ends_the_article() -> None:
    text = (
        "ASTANA, Kazakhstan, February 12. Exports rose 30%.\n\nLegal Disclaimer:\n"
        "MENAFN provides the information as is without warranty of any kind. We do not accept any responsibility.\n"
    )
    header = parse_header(text)
    start = text.index("Legal Disclaimer")
    assert any(a <= start and b >= len(text.rstrip()) for a, b in header.excluded)


def test_a_syndicators_story_id_at_the_end_dates_an_article_whose_dateline_has_no_year() -> None:
    text = (
        "(MENAFN- Trend News Agency) DUSHANBE, Tajikistan, November 7. Tajikistan exported 41,300 tons of yarn.\n\n"
        "MENAFN07112023000187011040ID1107386512\n"
    )
    assert parse_header(text).published_date == datetime.date(2023, 11, 7)


def test_a_slash_date_with_a_twelve_hour_clock_writes_the_month_first() -> None:
    text = (
        "Azerbaijan earns more from hazelnuts\n\n5/3/2023 3:08:41 AM\n\n"
        "(MENAFN- Trend News Agency) BAKU, Azerbaijan, May 3. Exports grew.\n"
    )
    assert parse_header(text).published_date == datetime.date(2023, 5, 3)


def test_the_author_and_date_lines_after_a_standfirst_date_the_article() -> None:
    text = (
        "Gas transit tariff to rise 18% from January\n\nTuran Gas Transport will charge more for moving gas\n\n"
        "By Dana Omarova\nDecember 5, 2023\n\nThe committee has approved a new tariff.\n"
    )
    header = parse_header(text)
    assert (header.published_date, text[header.body_start :].startswith("Turan")) == (datetime.date(2023, 12, 5), True)


def test_a_slash_date_with_a_twelve_hour_clock_stays_day_first_when_month_first_is_no_date() -> None:
    text = "Wheat exports rise\n\n25/12/2023 9:00 PM\n\nASTANA – Kazakhstan exported 2 million tons.\n"
    assert parse_header(text).published_date == datetime.date(2023, 12, 25)
