"""The whole engine on small invented articles: subjects, frames, periods and statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import extract_article, fact_id


def facts(text: str) -> dict[str, dict]:
    return {f["quote"]: f for f in extract_article(text, "invented").facts}


def test_subject_is_the_named_entity_before_the_number():
    found = facts(" date 2023-05-02 ALMATY – Karaganda region attracted 90 billion tenge in investments.")
    assert (found["90 billion tenge"]["subject"], found["90 billion tenge"]["subject_type"]) == (
        "Karaganda region",
        "region",
    )


def test_the_plant_refers_to_the_last_named_enterprise():
    text = (
        " date 2023-05-02 ALMATY – The governor visited the Temir Zhol Zauyty plant. "
        "Last year the plant produced 340 freight wagons."
    )
    assert facts(text)["340 freight wagons"]["subject"] == "Temir Zhol Zauyty"


def test_a_period_carries_to_the_next_sentence():
    text = (
        " date 2023-08-10 ASTANA – In the first half of 2023, Pavlodar region attracted 70 billion tenge. "
        "Industrial output grew 4.5%."
    )
    grown = facts(text)["4.5%"]
    assert (grown["period_start"], grown["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))


def test_a_paragraph_about_another_plant_opens_a_new_frame():
    text = (
        " date 2023-08-10 ASTANA – In the first half of 2023, Pavlodar region attracted 70 billion tenge.\n\n"
        "The governor then toured the Ekibastuz Cable plant, which covers 4,000 square meters."
    )
    assert facts(text)["4,000 square meters"]["period_start"] is None


def test_relative_periods_resolve_against_the_publication_date():
    text = " date 2022-11-15 ASTANA – Over nine months of this year, Zhambyl region exported $300 million of goods."
    found = facts(text)["$300 million"]
    assert (found["period_start"], found["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 9, 30))


def test_without_a_publication_date_relative_periods_stay_empty():
    found = facts("Over nine months of this year, Zhambyl region exported $300 million of goods.")["$300 million"]
    assert (found["period_start"], found["period_end"]) == (None, None)


def test_a_growth_rate_gets_its_comparison_period():
    text = " date 2024-07-20 ASTANA – In the first half of 2024, Kostanay region's GRP grew 5.2% compared to 2023."
    found = facts(text)["5.2%"]
    assert (found["compared_to_start"], found["compared_to_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))


def test_a_figure_for_a_period_not_yet_begun_is_planned():
    text = " date 2024-03-01 ASTANA – In 2025, Turkistan region commissions 12 new factories."
    assert facts(text)["12 new factories"]["status"] == "planned"


def test_coordinated_places_make_one_joint_subject():
    text = " date 2022-04-01 ASTANA – In Pavlodar and Kostanay regions, 6 projects are due to be commissioned."
    assert facts(text)["6 projects"]["subject"] == "Pavlodar region and Kostanay region"


def test_the_base_of_a_change_has_no_period():
    text = " date 2022-04-01 ASTANA – In Aktobe region, output rose from KZT50 to 75bn in 2021."
    found = facts(text)
    assert found["KZT50"]["period_start"] is None
    assert found["75bn"]["period_start"] == dt.date(2021, 1, 1)


def test_a_conversion_is_one_fact_with_its_equivalent():
    text = " date 2024-02-01 ASTANA – Mangystau region attracted 460 billion tenge ($1 billion) last year."
    found = facts(text)
    assert list(found) == ["460 billion tenge"]
    assert (found["460 billion tenge"]["equivalent_value"], found["460 billion tenge"]["equivalent_unit"]) == (
        1e9,
        "USD",
    )


def test_fact_ids_are_stable_and_follow_the_offsets():
    text = " date 2024-02-01 ASTANA – Mangystau region attracted 460 billion tenge last year."
    fact = extract_article(text, "invented").facts[0]
    assert fact["fact_id"] == fact_id("invented", fact["char_start"], fact["char_end"])
    assert extract_article(text, "invented").facts[0]["fact_id"] == fact["fact_id"]


def test_an_article_without_numbers_yields_no_facts():
    assert extract_article("The governor met farmers in Taraz on Monday.", "invented").facts == []


def test_a_deadline_does_not_frame_the_next_sentence():
    text = (
        " date 2024-05-01 ASTANA – The company will create 800 jobs by 2027. "
        "Last year Zhambyl region harvested 900,000 tons of grain."
    )
    found = facts(text)["900,000 tons"]
    assert (found["status"], found["period_end"]) == ("actual", dt.date(2023, 12, 31))


def test_a_trade_partner_is_not_the_subject():
    text = " date 2024-05-01 ASTANA – Kyrgyzstan's trade turnover with China reached $15 billion."
    assert facts(text)["$15 billion"]["subject"] == "Kyrgyzstan"


def test_exports_worth_an_amount_are_trade():
    text = " date 2024-05-01 ASTANA – Kostanay region exported grain worth $400 million."
    assert facts(text)["$400 million"]["measure"] == "trade"


def test_a_programme_things_are_done_under_is_not_the_subject():
    text = (
        " date 2024-05-01 ASTANA – Zhambyl region reported progress. "
        "Under the Green Village programme, 40 greenhouses were built."
    )
    assert facts(text)["40 greenhouses"]["subject"] == "Zhambyl region"


def test_economic_growth_after_a_plant_is_the_places():
    text = (
        " date 2024-05-01 ASTANA – In Pavlodar region, the president visited the Ertis Foundry plant. "
        "Economic growth reached 5%."
    )
    assert facts(text)["5%"]["subject"] == "Pavlodar region"


def test_since_a_month_looks_back_even_for_a_plan():
    text = " date 2023-10-27 TASHKENT – Since January, the Navoi region has commissioned 14 enterprises."
    found = facts(text)["14 enterprises"]
    assert (found["period_start"], found["period_end"], found["status"]) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 10, 27),
        "actual",
    )


def test_over_the_same_period_is_the_frame_not_a_comparison_base():
    text = (
        " date 2024-07-20 ASTANA – In the first half of 2024, Atyrau region's GRP grew 3.1%. "
        "Over the same period, the industrial production index stood at 104.8%."
    )
    found = facts(text)["104.8%"]
    assert (found["value"], found["period_end"], found["compared_to_start"]) == (
        pytest.approx(4.8),
        dt.date(2024, 6, 30),
        None,
    )


def test_employs_people_is_a_jobs_fact():
    text = " date 2024-05-01 ASTANA – The Kyzylorda Glass plant, which employs 620 people, opened a line."
    assert facts(text)["620 people"]["measure"] == "jobs"


def test_a_period_written_right_after_the_number_is_its_own():
    text = " date 2024-09-01 ASTANA – Revenues of Turkistan region rose from KZT90bn in 2022 to 120bn this year."
    found = facts(text)["120bn"]
    assert (found["period_start"], found["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 9, 1))


def test_a_sentence_without_figures_frames_the_next_one():
    text = (
        " date 2024-02-01 ASTANA – Mangystau region's economy expanded last year. "
        "Construction grew 11% to 300 billion tenge."
    )
    grown = facts(text)["11%"]
    assert (grown["period_start"], grown["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_period_that_dates_an_event_beside_undated_figures_does_not_frame():
    text = (
        " date 2024-02-01 ASTANA – This year, Kostal Motors is to open a plant with a capacity of 900 buses a year. "
        "The project costs 12 billion tenge."
    )
    cost = facts(text)["12 billion tenge"]
    assert (cost["period_start"], cost["period_end"]) == (None, None)


def test_a_planned_frame_does_not_date_an_actual_figure():
    text = (
        " date 2024-02-01 ASTANA – Akmola region plans to launch six projects this year. "
        "Its grain output rose to 5 million tons."
    )
    output = facts(text)["5 million tons"]
    assert (output["status"], output["period_end"]) == ("actual", None)


def test_an_actual_frame_does_not_date_a_planned_figure():
    text = (
        " date 2024-09-01 ASTANA – In January-July, Kostanay region exported 2 million tons of wheat. "
        "Deliveries of 400,000 tons to Iran are planned."
    )
    planned = facts(text)["400,000 tons"]
    assert (planned["status"], planned["period_end"]) == ("planned", None)


def test_a_share_in_the_simple_present_states_how_things_stand_now():
    text = (
        " date 2024-09-01 ASTANA – In January-July, Atyrau region produced goods worth 9 trillion tenge. "
        "Oil extraction accounts for 80% of the region's industry."
    )
    share = facts(text)["80%"]
    assert (share["period_start"], share["period_end"]) == (None, None)


def test_a_share_of_needs_a_place_covers_states_how_things_stand_now():
    text = (
        " date 2024-05-21 OSKEMEN – Since the beginning of the year, the region has built two power plants. "
        "The region covers around 15% of its needs with imported power."
    )
    share = facts(text)["15%"]
    assert (share["period_start"], share["period_end"]) == (None, None)


def test_of_this_sum_continues_the_frame_even_in_the_present_tense():
    text = (
        " date 2024-09-01 ASTANA – In January-July, Atyrau region produced goods worth 9 trillion tenge. "
        "Of this sum, 7 trillion tenge came from oil extraction, which makes up 78% of the total."
    )
    share = facts(text)["78%"]
    assert (share["period_start"], share["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 7, 31))


def test_should_marks_a_planned_figure():
    text = " date 2024-09-01 ASTANA – The new Taraz Glass plant should employ 350 people."
    assert facts(text)["350 people"]["status"] == "planned"


def test_a_figure_of_the_economy_without_a_name_is_about_the_place_not_a_company():
    text = (
        " date 2024-12-01 ASTANA – Kazchrome Alloys opened a smelter in Zhambyl region.\n\n"
        "In January-November, economic growth reached 5%, the deputy governor said."
    )
    assert facts(text)["5%"]["subject"] == "Zhambyl region"


def test_the_body_that_reports_a_figure_is_not_its_subject():
    text = (
        " date 2021-05-01 ASTANA – The Interagency Investment Commission met in Astana.\n\n"
        "Investments in fixed assets grew by 12%."
    )
    assert facts(text)["12%"]["subject"] != "Interagency Investment Commission"


def test_its_points_back_to_the_entity_just_spoken_of():
    text = (
        " date 2024-03-01 ASTANA – Temirtau Steel Works is the region's largest employer. "
        "Last year, its sales reached 3 million tons, shipped to Uzbekistan and China."
    )
    assert facts(text)["3 million tons"]["subject"] == "Temirtau Steel Works"


def test_every_country_of_a_destination_list_is_a_destination():
    text = (
        " date 2024-03-01 ASTANA – Kostanay region is a grain exporter. "
        "Its shipments to Iran, Afghanistan and China reached 1 million tons."
    )
    assert facts(text)["1 million tons"]["subject"] == "Kostanay region"


def test_a_special_economic_zone_is_reported_as_other_and_its_area_is_undated():
    text = (
        " date 2023-05-02 TARAZ – In 2022, Zhambyl region attracted KZT 410 billion of investment.\n\n"
        "The Kulager special economic zone covers 900 hectares."
    )
    zone_area = facts(text)["900 hectares"]
    assert (zone_area["subject"], zone_area["subject_type"], zone_area["period_end"]) == ("Kulager", "other", None)


def test_the_project_points_back_to_the_project_named_so_not_to_the_company_carrying_it_out():
    text = (
        " date 2023-05-02 TARAZ – The Kordai Sun project is being carried out by Zhel Kuat LLP. "
        "The project will cost $64 million."
    )
    assert facts(text)["$64 million"]["subject"] == "Kordai Sun"


def test_the_project_is_not_a_supplier_named_after_it_as_an_object():
    text = (
        " date 2023-05-02 ALMATY – Construction of the Saryarka tram line will cost 90 billion tenge. "
        "The line will use 20 trams assembled by Steppe Rail Works, and the project will create 700 jobs."
    )
    assert facts(text)["700 jobs"]["subject"] == "Saryarka tram"


def test_the_project_after_a_consortium_named_as_its_builder_is_the_line():
    text = (
        " date 2023-05-02 ALMATY – The Beineu–Kuryk railway line will be built by a consortium of Kazakhstan's "
        "Dala Infra and China's Huadong Rail Group. The project will cost 400 billion tenge."
    )
    assert facts(text)["400 billion tenge"]["subject"] == "Beineu–Kuryk railway line"


def test_a_project_shown_to_someone_is_no_project_named_by_its_purpose():
    text = (
        " date 2023-05-02 ALMATY – The deputy mayor presented the project to the city council on Monday. "
        "The line will cost 12 billion tenge."
    )
    names = {e["name"] for e in extract_article(text, "invented").entities}
    assert "project to the city council" not in names


def test_a_residential_area_is_a_place_not_a_firm():
    text = (
        " date 2023-05-02 ALMATY – The new line will run from the Saryzhaz residential area to the railway station. "
        "The line will cost 80 billion tenge."
    )
    types = {e["name"]: e["type"] for e in extract_article(text, "invented").entities}
    assert types.get("Saryzhaz") == "other"


def test_a_valley_a_facility_stands_in_is_not_its_subject():
    text = (
        " date 2023-05-02 ULAANBAATAR – The new Tengri International Airport in the Orkhon valley served "
        "210,000 passengers in the first half of the year."
    )
    assert facts(text)["210,000 passengers"]["subject"] == "Tengri International Airport"


def test_a_stake_owned_by_a_foreign_firm_is_the_firms_not_its_countrys():
    text = " date 2023-05-02 ALMATY – The Zhanatas solar farm is 70% owned by China's Liyuan Solar."
    assert facts(text)["70%"]["subject"] == "Liyuan Solar"


def test_the_rest_of_a_stake_that_belongs_to_a_firm_is_that_firms():
    text = (
        " date 2023-05-02 ALMATY – The Zhanatas solar farm is 70% owned by Liyuan Solar, while the remaining 30% "
        "belongs to Qazaq Sun Holding."
    )
    assert facts(text)["30%"]["subject"] == "Qazaq Sun Holding"


def test_a_second_owners_stake_with_owned_left_out_is_that_owners():
    text = (
        " date 2023-05-02 ALMATY – Founded in 2019, Qazaq Sun Holding is 60% owned by Kalyon Enerji and 40% by "
        "the Kazakh firm Samruk Green."
    )
    assert facts(text)["40%"]["subject"] == "Samruk Green"


def test_a_percent_by_a_date_is_no_stake():
    text = " date 2023-05-02 ALMATY – Kaspi Logistics is owned by Kaspi. Its parcel volume grew 12% by December."
    assert facts(text)["12%"]["subject"] == "Kaspi Logistics"


def test_an_old_name_a_bank_was_founded_as_is_not_what_the_bank_means():
    text = (
        " date 2023-05-02 ALMATY – Zhilstroy Bank issued 41,000 mortgage loans this year. Founded in 2003 as the "
        "Housing Savings Bank of Kazakhstan, the bank now accounts for 63% of the mortgage market."
    )
    assert facts(text)["63%"]["subject"] == "Zhilstroy Bank"


def test_the_name_a_company_was_known_by_until_lately_is_not_its_subject():
    text = (
        " date 2023-05-02 KARAGANDA – Temir Steel said its output grew by 4%. The company, known until December as "
        "Steppe Metals Temirtau, operates eight mines in the region."
    )
    assert facts(text)["eight mines"]["subject"] == "Temir Steel"


def test_a_gambling_zone_named_after_its_town_is_the_zone_not_the_town():
    text = (
        " date 2023-06-20 KONAEV – The Saryagash gambling zone received 1.2 million tourists last year. "
        "The zone currently has 11 casinos."
    )
    found = facts(text)
    assert (found["1.2 million tourists"]["subject"], found["11 casinos"]["subject"]) == (
        "Saryagash gambling zone",
        "Saryagash gambling zone",
    )


def test_a_neighbours_region_named_alone_is_the_region():
    text = " date 2023-06-27 TERMEZ – Last year Surkhandarya consumed 3.1 billion kWh of electricity."
    found = facts(text)["3.1 billion kWh"]
    assert (found["subject"], found["subject_type"]) == ("Surkhandarya region", "region")


def test_a_region_name_a_field_also_bears_stays_the_fields_alone():
    text = " date 2023-06-27 BAKU – The Absheron field produced 1.1 billion cubic meters of gas last year."
    assert facts(text)["1.1 billion cubic meters"]["subject_type"] != "region"


def test_a_percent_by_a_name_after_a_privately_owned_firm_is_no_stake():
    text = (
        " date 2024-05-01 ASTANA – In 2023 passenger traffic at privately owned SCAT Airlines was boosted 20% by "
        "Air Astana's exit from the route."
    )
    assert facts(text)["20%"]["subject"] == "SCAT Airlines"


def test_stakes_written_owned_first_are_each_owners():
    text = (
        " date 2024-05-01 ASTANA – The joint venture Caspian Gas Hub LLP will be owned 51% by Mangystau Gas and "
        "49% by Absheron Energy."
    )
    found = facts(text)
    assert (found["51%"]["subject"], found["49%"]["subject"]) == ("Mangystau Gas", "Absheron Energy")


def test_an_old_name_that_is_the_only_name_stays_the_subject():
    text = (
        " date 2024-05-01 ASTANA – Founded in 1998 as Kazkommertsbank Leasing, the company leased equipment worth "
        "40 billion tenge last year."
    )
    assert facts(text)["40 billion tenge"]["subject"] == "Kazkommertsbank Leasing"


def test_a_region_name_the_text_writes_as_a_lake_is_not_read_as_the_region():
    text = (
        " date 2024-05-01 ULAANBAATAR – Lake Khuvsgul is Mongolia's largest freshwater lake. "
        "Khuvsgul's water level rose 2% in 2023."
    )
    assert facts(text)["2%"]["subject_type"] != "region"


def test_the_project_is_not_an_earlier_project_when_its_firms_are_co_subjects():
    text = (
        " date 2024-05-01 ASTANA – The Kazakhstan-China gas pipeline project is well known. KazMunayGas and Lukoil "
        "will develop the Kalamkas-Sea field, and the project will cost $5 billion."
    )
    assert facts(text)["$5 billion"]["subject"] != "Kazakhstan-China gas pipeline"


def test_a_name_after_formerly_is_the_banks_old_name():
    text = " date 2024-05-01 ASTANA – Zhas Bank, formerly Steppebank, had assets of 3 trillion tenge."
    assert facts(text)["3 trillion tenge"]["subject"] == "Zhas Bank"


def test_the_remaining_percent_that_belongs_to_a_firm_is_a_share():
    text = (
        " date 2024-05-01 AKTOBE – Aktobe Copper is 51% owned by ERG. "
        "The remaining 49% belongs to Turkish firm Cengiz Holding."
    )
    assert (facts(text)["49%"]["subject"], facts(text)["49%"]["measure"]) == ("Cengiz Holding", "share")


def test_shares_that_belong_to_a_bank_are_the_banks_stake():
    text = " date 2024-05-01 ASTANA – The remaining 25% of the shares belong to the Development Bank of Kazakhstan."
    assert facts(text)["25%"]["subject"] == "Development Bank of Kazakhstan"


def test_exports_of_goods_named_by_an_abbreviation_keep_the_goods():
    text = " date 2023-05-02 TASHKENT – Exports of PVC and caustic soda totalled $97.5 million last year."
    assert facts(text)["$97.5 million"]["item"] == "exports of PVC and caustic soda"


def test_exports_of_a_regions_goods_keep_the_goods_without_the_owner():
    text = " date 2023-05-02 KARAGANDA – Exports of the region's ferrous metals amounted to $1.9 billion last year."
    assert facts(text)["$1.9 billion"]["item"] == "exports of ferrous metals"


def test_revenues_of_a_kind_of_business_keep_that_kind():
    text = " date 2023-05-02 ALMATY – Revenues of hotels in the city reached 96.7 billion tenge last year."
    assert facts(text)["96.7 billion tenge"]["item"] == "revenues of hotels"


def test_revenue_of_a_sum_in_a_currency_code_is_no_goods():
    text = " date 2023-05-02 ALMATY – The company posted revenue of KZT 214.6 bln last year."
    assert facts(text)["KZT 214.6 bln"]["item"] == "revenue"


def test_trade_between_two_countries_is_the_firsts_trade_with_the_second():
    text = " date 2024-07-26 ALMATY – Trade between Kazakhstan and China reached $21.9 billion in the first half."
    found = facts(text)["$21.9 billion"]
    assert (found["subject"], found["item"]) == ("Kazakhstan", "trade with China")


def test_sales_of_a_firm_named_with_its_legal_form_are_no_goods():
    text = " date 2024-05-01 ASTANA – Sales of JSC Kazakhtelecom reached 300 billion tenge last year."
    assert facts(text)["300 billion tenge"]["item"] == "sales"


def test_output_of_a_countrys_refineries_names_who_makes_it_not_the_goods():
    text = " date 2024-05-01 ASTANA – Output of Kazakhstan's oil refineries reached 14 million tonnes last year."
    assert facts(text)["14 million tonnes"]["item"] == "output"


def test_a_trade_partner_is_never_the_subject_itself():
    text = " date 2024-05-01 ASTANA – Trade turnover between Kazakhstan and Zhetysu region reached $186 million."
    found = facts(text)["$186 million"]
    assert not found["item"].endswith("with " + found["subject"])


def test_the_plant_after_a_partner_named_with_jointly_with_is_the_first_companys():
    text = (
        " date 2023-05-02 ALMATY – The project of Dala Motors LLP, carried out jointly with Korea's Hanbit Auto, "
        "cost KZT 20 billion. The plant covers 9 hectares."
    )
    assert facts(text)["9 hectares"]["subject"] == "Dala Motors"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Turkish investors plan to put $400 million into Kazakhstan next year.", "Kazakhstan"),
        ("Bereke Holding will invest $400 million in Kazakhstan next year.", "Bereke Holding"),
    ],
)
def test_money_of_investors_named_by_no_name_is_the_destinations(sentence, subject):
    assert facts(" date 2023-05-02 ASTANA – " + sentence)["$400 million"]["subject"] == subject


def test_money_invested_in_a_facility_is_the_facilitys():
    text = " date 2023-05-02 PAVLODAR – Ertis Chrome will invest $400 million in a new ferrosilicon smelter."
    assert facts(text)["$400 million"]["subject"] == "ferrosilicon smelter"


@pytest.mark.parametrize(
    "cause",
    ["as Chinese shippers rerouted freight to the port", "as shippers looked for routes that bypass Iran"],
)
def test_a_clause_of_cause_with_a_verb_in_the_past_keeps_its_names_from_the_figure(cause):
    text = (
        " date 2023-05-02 AKTAU – The Kuryk port handled 5 million tons of cargo in 2022. "
        f"Container throughput rose 2.5-fold to 18,400 TEU {cause}."
    )
    assert facts(text)["18,400 TEU"]["subject"] == "Kuryk port"


@pytest.mark.parametrize(
    ("sentence", "quote", "subject"),
    [
        ("The Bautino port handled 400,000 tons of cargo in 2022.", "400,000 tons", "Bautino port"),
        ("The Steppe Gateway dry port handled 50,000 TEU in 2022.", "50,000 TEU", "Steppe Gateway"),
    ],
)
def test_a_port_named_after_its_place_keeps_its_head(sentence, quote, subject):
    assert facts(" date 2023-05-02 AKTAU – " + sentence)[quote]["subject"] == subject


def test_a_partner_introduced_with_a_nationality_does_not_become_the_plant():
    text = (
        " date 2023-05-02 AKTOBE – The pipe plant of Aqtobe Tube LLP cost KZT 30 billion. It was built with the "
        "participation of Italian supplier Ferro Macchine. The plant employs 300 people."
    )
    assert facts(text)["300 people"]["subject"] == "Aqtobe Tube"


def test_the_airport_points_back_to_the_airport_named_not_to_its_operator():
    text = (
        " date 2024-03-05 TARAZ – Aulie Air JSC, the operator of Taraz International Airport, is building a "
        "terminal.\n\nLast year the airport served 640,000 passengers."
    )
    assert facts(text)["640,000 passengers"]["subject"] == "Taraz International Airport"


def test_the_port_is_not_the_operator_of_the_ports_hub():
    text = (
        " date 2022-07-27 AKTAU – Exports through the Kuryk seaport grew 40%, said Steppe Gateway Logistics, which "
        "runs the port's container hub.\n\nOverall, the port handled 1.9 million tons of cargo."
    )
    assert facts(text)["1.9 million tons"]["subject"] == "Kuryk seaport"


def test_a_parent_group_named_in_an_appositive_is_not_what_the_company_means():
    text = (
        " date 2023-03-15 PAVLODAR – Aksu Silicon Works, part of the Kazakh-German group Ertis Holding, will "
        "expand its plant. The company employs 2,100 people."
    )
    assert facts(text)["2,100 people"]["subject"] == "Aksu Silicon Works"


def test_the_hospital_points_back_to_the_hospital_described_not_to_its_builder():
    text = (
        " date 2023-11-28 KYZYLORDA – The akimat has opened a multidisciplinary hospital in "
        "Kyzylorda.\n\nThe hospital will employ 1,100 people."
    )
    found = facts(text)["1,100 people"]
    assert (found["subject"], found["subject_type"]) == ("multidisciplinary hospital in Kyzylorda", "organization")


def test_a_city_goods_were_shipped_to_is_not_the_subject_of_their_price():
    text = " date 2023-06-01 URZHAR – Altyn Bal LLP shipped its first 20 tons of honey to Urumqi at $5.4 per kilogram."
    assert facts(text)["$5.4"]["subject"] == "Altyn Bal"


def test_the_city_of_a_single_buyer_is_not_the_subject():
    text = (
        " date 2023-06-01 TARAZ – Sarysu Tubit LLP keeps 5,000 goats. Last year it combed 1.2 tons of cashmere and "
        "sold it at $50 per kilogram to a processor in Urumqi."
    )
    assert facts(text)["$50"]["subject"] == "Sarysu Tubit"


def test_the_facility_an_appositive_says_the_company_is_building_is_the_companys():
    text = (
        " date 2024-04-10 URALSK – Batys Soda, the company building a soda ash plant near Aksai, has signed a loan "
        "agreement.\n\nThe plant is designed to produce 300,000 tonnes of soda ash a year."
    )
    assert facts(text)["300,000 tonnes"]["subject"] == "Batys Soda"


def test_an_owner_named_in_an_in_which_clause_is_not_what_the_company_means():
    text = (
        " date 2024-02-28 ZHEZKAZGAN – The licence holder, Saryarqa Metals, in which the Korean company Daebo "
        "Minerals holds a 49% stake, plans to drill wells this year. The company has already invested "
        "2.7 billion tenge in surveys."
    )
    assert facts(text)["2.7 billion tenge"]["subject"] == "Saryarqa Metals"


def test_a_contractor_named_with_its_nationality_after_carried_out_by_does_not_govern():
    text = (
        " date 2024-05-14 TARAZ – Reconstruction of Taraz airport will cost 12 billion tenge. The works, to be "
        "carried out by Turkish contractor Kalyon Yapi under a contract signed in May, include a new 3.2 km runway."
    )
    assert facts(text)["3.2 km"]["subject"] == "Taraz airport"


def test_the_owners_a_sentence_names_are_not_what_the_plant_means():
    text = (
        " date 2023-03-15 URALSK – Batys Polymer, the company building a polypropylene complex near Aksai, has "
        "signed loan agreements worth $600 million. Batys Polymer is a joint venture of Orda Holding (51%) and "
        "China's Sinochem Gansu (49%).\n\nThe plant will employ 640 people."
    )
    assert facts(text)["640 people"]["subject"] == "Batys Polymer"


def test_the_line_points_back_to_the_railway_line_named():
    text = (
        " date 2023-05-03 ASTANA – Kazakhstan Temir Zholy has begun building the Dostyk–Moiynty railway line.\n\n"
        "The line is estimated to cost 420 bln tenge."
    )
    assert facts(text)["420 bln tenge"]["subject"] == "Dostyk–Moiynty railway line"


def test_a_facility_a_company_operates_in_a_relative_clause_is_the_companys():
    text = (
        " date 2024-03-15 PAVLODAR – Ertis Oil, which operates the oil refinery in Pavlodar, will modernize it. "
        "The refinery processed 5.1 million tons of crude last year."
    )
    assert facts(text)["5.1 million tons"]["subject"] == "Ertis Oil"


def test_a_place_after_its_or_their_is_a_modifier_not_the_subject():
    text = " date 2022-11-17 TARAZ – Baiterek Bank said its Taraz loan portfolio grew to KZT 41 billion."
    assert facts(text)["KZT 41 billion"]["subject"] == "Baiterek Bank"


def test_the_project_after_a_named_facility_and_its_builder_is_the_facility():
    text = (
        " date 2023-04-22 TARAZ – The Aral Zhel wind farm, built by Steppe Energy Partners, has 20 turbines. "
        "The project cost $150 million."
    )
    assert facts(text)["$150 million"]["subject"] == "Aral Zhel"


@pytest.mark.parametrize(
    ("sentence", "quote", "subject"),
    [
        ("The mining sector paid 2.1 trillion tenge in taxes in 2023.", "2.1 trillion tenge", "mining sector"),
        ("The furniture industry currently employs about 12,000 people.", "12,000 people", "furniture industry"),
    ],
)
def test_a_sector_a_sentence_opens_with_is_its_subject(sentence, quote, subject):
    found = facts(" date 2024-01-25 ASTANA – Kazakhstan's GDP grew 5.1% in 2023. " + sentence)[quote]
    assert (found["subject"], found["subject_type"]) == (subject, "sector")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The first is a wind farm near Balkhash, which Zhel Qazaq LLP is building for $60 million.", "$60 million"),
        ("Officials visited the Arman wind farm, a 90 MW project of Zhel Kuat worth $110 mln.", "$110 mln"),
    ],
)
def test_what_a_facility_costs_is_the_facilitys_not_its_builders(sentence, quote):
    assert facts(" date 2023-05-02 PAVLODAR – " + sentence)[quote]["subject"] in ("wind farm near Balkhash", "Arman")


def test_a_partner_named_before_a_figure_in_its_sentence_does_not_govern_it():
    text = (
        " date 2023-05-02 ALMATY – The project of Dala Motors LLP, carried out jointly with Korea's Hanbit Auto, "
        "cost KZT 20 billion."
    )
    assert facts(text)["KZT 20 billion"]["subject"] == "Dala Motors"


def test_the_river_a_building_stands_on_the_bank_of_does_not_govern():
    text = (
        " date 2024-02-08 ASTANA – Nomad Tech Park will add 20,000 square metres of offices in a building on "
        "the left bank of the Ishim, an investment of KZT 9 billion."
    )
    assert facts(text)["KZT 9 billion"]["subject"] == "Nomad Tech Park"


def test_a_nationality_in_the_object_does_not_take_the_figure_from_the_opening_name():
    text = " date 2024-08-22 ASTANA – Germany, the second buyer, imported Kazakh oil worth $2.1 billion."
    assert facts(text)["$2.1 billion"]["subject"] == "Germany"


def test_the_whole_of_a_share_is_not_its_subject():
    text = (
        " date 2024-03-01 ASTANA – Over KZT900bn, or 40% of all investment in Karaganda region, went to Temirtau city."
    )
    assert facts(text)["40%"]["subject"] == "Temirtau"


def test_a_partner_introduced_with_an_article_is_not_the_subject():
    text = (
        " date 2024-03-01 ASTANA – The Atyrau Polymer complex, built with a Chinese consortium, "
        "exported $2 billion of plastics last year."
    )
    assert facts(text)["$2 billion"]["subject"] == "Atyrau Polymer"


def test_a_figure_that_modifies_a_name_belongs_to_that_name():
    text = (
        " date 2024-03-01 ASTANA – In Turkestan region, the 200 MW Shokpar Wind farm started operating. "
        "It will generate 600 million kWh a year."
    )
    found = facts(text)
    assert (found["200 MW"]["subject"], found["600 million kWh"]["subject"]) == ("Shokpar Wind", "Shokpar Wind")


def test_a_part_of_a_whole_is_the_same_kind_of_quantity_as_the_whole():
    text = (
        " date 2024-03-01 ASTANA – Foreign investment reached 900 billion tenge, of which 300 billion tenge "
        "went to manufacturing and 200 billion tenge to mining."
    )
    found = facts(text)
    assert (found["300 billion tenge"]["measure"], found["200 billion tenge"]["measure"]) == (
        "investment",
        "investment",
    )


def test_of_this_sum_makes_a_part_of_the_previous_sentences_whole():
    text = (
        " date 2024-03-01 ASTANA – Industrial output in Pavlodar region came to 800 billion tenge. "
        "Of this sum, 500 billion tenge came from metallurgy."
    )
    assert facts(text)["500 billion tenge"]["measure"] == "output_value"


def test_a_rate_does_not_take_the_period_of_its_sentence():
    text = " date 2024-03-01 ASTANA – This year, Kyzylorda Cement will open a line able to produce 400,000 tons a year."
    rate = facts(text)["400,000 tons"]
    assert (rate["per"], rate["period_start"], rate["period_end"]) == ("year", None, None)


def test_a_monthly_sum_of_money_takes_the_period_of_its_sentence():
    text = " date 2024-02-10 AKTAU – In 2023, the average monthly wage in Zhetysu region rose to 388,200 tenge."
    wage = facts(text)["388,200 tenge"]
    assert (wage["per"], wage["period_start"], wage["period_end"]) == (
        "month",
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )


def test_the_present_perfect_does_not_continue_the_frame():
    text = (
        " date 2024-03-01 ASTANA – In January-February, Turkestan region exported $90 million of cotton. "
        "Altogether, 700 billion tenge has been invested in the region."
    )
    invested = facts(text)["700 billion tenge"]
    assert (invested["period_start"], invested["period_end"]) == (None, None)


def test_a_figure_inside_the_phrase_that_names_a_thing_is_that_things():
    text = (
        " date 2024-03-01 ASTANA – Samruk Energy agreed to build a 300 MW wind power plant in the Abai region. "
        "The plant will cover 90 hectares."
    )
    found = facts(text)
    assert (found["300 MW"]["subject"], found["90 hectares"]["subject"]) == (
        "wind power plant in the Abai region",
        "wind power plant in the Abai region",
    )


def test_the_amount_refers_back_to_the_money_named_before():
    text = (
        " date 2023-05-02 ASTANA – Preferential financing for farmers rose to 90 billion tenge. "
        "The amount will grow to 120 billion tenge next year."
    )
    assert facts(text)["120 billion tenge"]["item"] == "preferential financing"


def test_of_this_sum_is_a_part_not_the_amount_named_before():
    text = (
        " date 2023-05-02 ASTANA – Preferential financing for farmers rose to 90 billion tenge. "
        "Of this sum, 30 billion tenge was spent on seeds."
    )
    assert facts(text)["30 billion tenge"]["item"] is None


def test_a_period_in_a_later_clause_is_that_clauses_own():
    text = (
        " date 2024-12-01 ASTANA – In January-November, Kostanay region's economy grew 5%. "
        "Retail trade rose by 3%, while exports in January-June reached $900 million."
    )
    retail = facts(text)["3%"]
    assert (retail["period_start"], retail["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 11, 30))


def test_a_period_ending_the_clause_before_does_not_date_a_figure_whose_clause_states_its_own():
    text = (
        " date 2022-04-11 ASTANA – The Shymkent dairy processed 40,000 tonnes of milk in 2021 and intends to spend "
        "KZT 8 billion on refrigerated trucks over the next two years."
    )
    trucks = facts(text)["KZT 8 billion"]
    assert (trucks["period_start"], trucks["period_end"]) == (dt.date(2022, 1, 1), dt.date(2023, 12, 31))


def test_an_amount_that_modifies_a_noun_describes_the_thing_and_has_no_period():
    text = (
        " date 2023-06-12 ALMATY – In April, Jetisu Agro opened a 9,500-tonne fruit store near Taldykorgan "
        "and a 12 MW biogas station."
    )
    found = facts(text)
    assert [(found[q]["period_start"], found[q]["period_end"]) for q in ("9,500-tonne", "12 MW")] == [(None, None)] * 2


def test_an_amount_followed_by_of_and_its_goods_is_no_modifier_and_keeps_its_period():
    text = " date 2023-06-12 ALMATY – In April, Jetisu Agro shipped the 9,500 tonnes of apples it had stored."
    found = facts(text)["9,500 tonnes"]
    assert (found["period_start"], found["period_end"]) == (dt.date(2023, 4, 1), dt.date(2023, 4, 30))


def test_a_count_after_a_possessive_is_how_many_the_subject_has_and_takes_no_frame():
    text = (
        " date 2022-10-20 PETROPAVLOVSK – In January-September, North Kazakhstan region milled 310,000 tonnes of "
        "flour. The region's 38 flour mills can grind 1.2 million tonnes a year."
    )
    mills = facts(text)["38 flour mills"]
    assert (mills["period_start"], mills["period_end"]) == (None, None)


def test_a_founding_year_opening_the_sentence_dates_the_founding_not_the_figure():
    text = (
        " date 2023-04-18 KOSTANAY – Established in 2009, Tobol Stroy has laid 410 km of roads over the past "
        "five years."
    )
    roads = facts(text)["410 km"]
    assert (roads["period_start"], roads["period_end"]) == (dt.date(2019, 1, 1), dt.date(2023, 4, 18))


def test_a_titles_subject_to_verb_states_a_plan():
    text = (
        "Pavlodar dairy to bottle 40,000 tonnes of milk this year\n\n3 March 2023 10:15\n\n"
        "Pavlodar. 3 March. INTERFAX-KAZAKHSTAN – The dairy has hired 60 people."
    )
    milk = facts(text)["40,000 tonnes"]
    assert (milk["status"], milk["period_end"]) == ("planned", dt.date(2023, 12, 31))


def test_a_title_whose_verb_is_finite_states_what_happened():
    text = (
        "Pavlodar dairy lifts milk output to record 40,000 tonnes\n\n"
        "PAVLODAR. 3 March. INTERFAX-KAZAKHSTAN – The dairy has hired 60 people."
    )
    assert facts(text)["40,000 tonnes"]["status"] == "actual"


def test_an_industrial_zone_named_after_its_city_is_its_own_subject_not_the_city():
    text = " date 2023-05-02 TARAZ – The Taraz industrial zone now hosts 22 companies."
    found = facts(text)["22 companies"]
    assert (found["subject"], found["subject_type"]) == ("Taraz industrial zone", "other")


def test_a_rate_does_not_inherit_the_frame():
    text = (
        " date 2024-03-01 ASTANA – In 2023, Kostanay region attracted 300 billion tenge. "
        "The new plant will turn out 20,000 tractors per year."
    )
    tractors = facts(text)["20,000 tractors"]
    assert (tractors["measure"], tractors["per"], tractors["period_end"]) == ("production", "year", None)


def test_a_paragraph_that_begins_with_its_goes_on_about_the_entity_named_last():
    text = (
        " date 2021-06-01 SHYMKENT – Shymkent's economy is growing. In Shymkent, "
        "the akim announced the Kyzylzhar industrial zone.\n\n"
        "Work on its roads has begun. The plan envisages 40 projects for 90 billion tenge."
    )
    assert facts(text)["90 billion tenge"]["subject"] == "Kyzylzhar"


def test_the_places_counted_are_not_the_subject_of_their_count():
    text = " date 2021-06-01 ASTANA – Two regions – Zhambyl and Kostanay – are lagging behind."
    assert facts(text)["Two regions"]["subject"] == "Kazakhstan"


def test_each_semicolon_part_of_a_list_has_its_own_subject():
    text = (
        " date 2024-03-01 ASTANA – These were 4 wind farms in the Akmola region, totaling 200 MW; "
        "and three solar plants in the Zhambyl region, with 90 MW."
    )
    assert facts(text)["three solar plants"]["subject"] == "Zhambyl region"


def test_an_owners_investments_in_a_place_are_the_owners():
    text = (
        " date 2024-03-01 ASTANA – Kazakh Steel Works opened a mill. "
        "The company's investments in the Kazakh economy have reached 90 billion tenge."
    )
    assert facts(text)["90 billion tenge"]["subject"] == "Kazakh Steel Works"


def test_a_basin_a_company_works_in_is_where_its_money_goes_not_the_subject():
    text = (
        " date 2024-03-01 KARAGANDA – Temir Komir, founded in 2004, runs three mines in the Karaganda coal basin "
        "and plans to invest 40 billion tenge in them by 2027."
    )
    assert facts(text)["40 billion tenge"]["subject"] == "Temir Komir"


def test_a_projects_cost_and_jobs_do_not_take_another_sentences_period():
    text = (
        " date 2024-03-01 KOSTANAY – This year, Kostanay region plans 12 projects worth 90 billion tenge. "
        "Tobol Motors plans to launch a project to make buses this year. "
        "Costing 9 billion tenge, the project should create 300 jobs."
    )
    jobs = facts(text)["300 jobs"]
    assert (jobs["subject"], jobs["period_start"], jobs["period_end"]) == ("Tobol Motors", None, None)


def test_the_date_a_plant_opened_is_not_the_period_of_its_value():
    text = " date 2024-12-01 ASTANA – Worth 4 billion tenge, the Zhem Steel plant was put into operation in May."
    value = facts(text)["4 billion tenge"]
    assert (value["period_start"], value["period_end"]) == (None, None)


def test_projects_commissioned_in_a_place_since_a_date_keep_the_period():
    text = " date 2024-10-01 ASTANA – In Kazakhstan, 50 projects worth $2 billion have been commissioned since January."
    value = facts(text)["$2 billion"]
    assert (value["period_start"], value["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 10, 1))


def test_a_figure_from_an_earlier_report_is_outside_the_frame():
    text = (
        " date 2022-04-26 ASTANA – In 2022, 40 projects will be launched in Kazakhstan.\n\n"
        "Kazinform reported earlier that Mangystau region was to see projects worth 300 billion tenge."
    )
    value = facts(text)["300 billion tenge"]
    assert (value["period_start"], value["period_end"]) == (None, None)


def test_an_undated_word_right_after_a_figure_leaves_it_undated():
    text = (
        " date 2021-06-20 SHYMKENT – Over the first five months of 2021, 6 projects were carried out "
        "at the four industrial parks Taraz currently has, creating some 300 jobs."
    )
    found = facts(text)
    parks, jobs = found["four industrial parks"], found["300 jobs"]
    assert (parks["period_end"], jobs["period_end"]) == (None, dt.date(2021, 5, 31))


def test_a_second_companys_output_in_the_same_paragraph_keeps_the_frame():
    text = (
        " date 2024-03-01 ASTANA – In 2023, Kazakh Copper Works produced 300,000 tons of copper. "
        "Balkhash Zinc Company produced 90,000 tons of zinc."
    )
    zinc = facts(text)["90,000 tons"]
    assert (zinc["subject"], zinc["period_end"]) == ("Balkhash Zinc Company", dt.date(2023, 12, 31))


def test_a_growth_rate_in_the_present_perfect_keeps_the_frame():
    text = (
        " date 2024-10-01 ASTANA – In January-September, Kazakhstan's GDP grew 4.5%. "
        "Industrial output has increased by 3.2%."
    )
    grown = facts(text)["3.2%"]
    assert (grown["period_start"], grown["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))


def test_an_ambiguous_currency_follows_the_country_named_most():
    text = (
        " date 2023-03-01 BISHKEK – Kyrgyzstan's power plants are ageing. Kyrgyzstan imports power from "
        "Uzbekistan. The Kyrgyz government will spend 900 million soms on repairs."
    )
    assert facts(text)["900 million soms"]["unit"] == "KGS"


def test_an_ambiguous_currency_follows_the_regions_the_article_names():
    text = (
        "Farmers in Osh region have finished sowing cotton. Growers are asking for at least 45 som per kg, and "
        "a workshop set up with Uzbek partners exported silk worth 8 million som."
    )
    assert facts(text)["45 som"]["unit"] == "KGS"


def test_manat_in_a_story_about_a_velayat_is_turkmen():
    text = " date 2023-03-01 TURKMENABAT – Lebap velayat farms sold melons worth 12 million manat to Baku traders."
    assert facts(text)["12 million manat"]["unit"] == "TMT"


def test_a_country_named_as_often_as_another_is_counted_once_per_mention():
    text = (
        " date 2024-05-03 BAKU – Kyrgyzstan will build a dam for 42.7 billion soms. Kyrgyzstan imports power "
        "from Uzbekistan."
    )
    assert facts(text)["42.7 billion soms"]["unit"] == "KGS"


def test_a_described_plant_does_not_join_a_name_in_a_joint_subject():
    text = (
        " date 2023-01-09 KOSTANAY – Within Tobol Holding, a cast-iron foundry plant, worth over KZT16bn, "
        "is under construction."
    )
    assert facts(text)["KZT16bn"]["subject"] in {"Tobol Holding", "cast-iron foundry plant"}


def test_the_source_a_figure_is_quoted_from_is_not_its_subject():
    text = (
        " date 2025-03-01 BAKU – Residents of the Ganja Industrial Park are growing. According to the Ministry "
        "of Economy, the park has created 900 jobs."
    )
    assert facts(text)["900 jobs"]["subject"] == "Ganja Industrial Park"


def test_a_name_inside_an_aside_does_not_govern_the_figure():
    text = (
        " date 2024-01-18 ULAANBAATAR – Tavan Coal, which operates a mine in Dornogovi province, "
        "paid 2 trillion tugriks in taxes."
    )
    assert facts(text)["2 trillion tugriks"]["subject"] == "Tavan Coal"


def test_trade_between_two_countries_is_the_first_ones():
    text = " date 2025-03-01 BAKU – Trade turnover between Azerbaijan and Uzbekistan reached $300 million last year."
    assert facts(text)["$300 million"]["subject"] == "Azerbaijan"


def test_its_after_a_destination_list_points_to_the_subject_of_the_paragraph():
    text = (
        " date 2022-02-07 ALMATY – Last year Alatau Greenhouses harvested 9,000 tons of tomatoes, "
        "mainly exported to Russia and Kyrgyzstan. Its revenue amounted to 4 billion tenge."
    )
    assert facts(text)["4 billion tenge"]["subject"] == "Alatau Greenhouses"


def test_a_bloc_goods_go_to_is_not_the_subject():
    text = " date 2025-07-09 ASTANA – The Ekibastuz smelter, Temir Ferro, will ship 50,000 tons to the European Union."
    assert facts(text)["50,000 tons"]["subject"] != "European Union"


def test_already_does_not_undo_a_stated_period():
    text = (
        " date 2023-10-18 KOSTANAY – Since the beginning of the year, investors have already put "
        "90 billion tenge into the region."
    )
    put = facts(text)["90 billion tenge"]
    assert (put["period_start"], put["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 10, 18))


def test_the_year_a_plant_was_commissioned_does_not_date_its_share():
    text = (
        " date 2023-03-12 BISHKEK – The At-Bashy HPP, commissioned in 1998, provides roughly 4% of "
        "Kyrgyzstan's electricity generation."
    )
    share = facts(text)["4%"]
    assert (share["measure"], share["period_start"], share["period_end"]) == ("share", None, None)


def test_a_change_right_after_a_figure_is_of_that_figures_item():
    text = (
        " date 2023-10-18 KOSTANAY – Agromash Holding assembled 900 combines in January-September, "
        "1.5 times more than a year earlier."
    )
    assert facts(text)["1.5 times"]["item"] == "combines"


def test_a_change_over_the_next_years_is_planned():
    text = " date 2021-06-24 SHYMKENT – The akim tasked firms with raising exports by 2 times over the next five years."
    assert facts(text)["2 times"]["status"] == "planned"


def test_a_figure_for_now_is_actual_beside_a_target():
    text = (
        " date 2022-04-21 DUSHANBE – The government aims to raise the share to 90 percent by 2025, from 40 percent now."
    )
    found = facts(text)
    assert (found["90 percent"]["status"], found["40 percent"]["status"]) == ("planned", "actual")


def test_the_base_of_a_planned_change_is_actual():
    text = " date 2025-03-04 BAKU – Kur Pipes plans to expand capacity from 10,000 to 25,000 tons per year."
    found = facts(text)
    assert (found["10,000"]["status"], found["25,000 tons"]["status"]) == ("actual", "planned")


def test_the_period_that_dates_the_figures_frames_the_next_sentence_not_a_later_one():
    text = (
        " date 2024-02-20 AKTAU – Atyrau region's output reached 9 trillion tenge last year, the governor "
        "told a meeting on the results of 2023. Investment rose 12%."
    )
    rose = facts(text)["12%"]
    assert (rose["period_start"], rose["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_an_undated_word_opening_a_sentence_leaves_its_figures_undated():
    text = (
        " date 2024-04-03 ASTANA – By the end of 2023, Kazakhstan's wind farms had generated 5 billion kWh. "
        "At present, the country operates 60 wind farms."
    )
    farms = facts(text)["60 wind farms"]
    assert (farms["period_start"], farms["period_end"]) == (None, None)


def test_what_a_figure_excludes_is_not_its_subject():
    text = (
        " date 2024-06-21 BISHKEK – In January-May, Kyrgyzstan's industrial output grew 10%. "
        "Excluding the Kumtor gold mine, industrial growth stood at 7%."
    )
    growth = facts(text)["7%"]
    assert (growth["subject"], growth["period_end"]) == ("Kyrgyzstan", dt.date(2024, 5, 31))


def test_a_year_earlier_is_the_same_months_a_year_before():
    text = (
        " date 2024-06-21 BISHKEK – Kumtor produced 7 tons of gold over the five months of this year, "
        "up from 6 tons a year earlier."
    )
    before = facts(text)["6 tons"]
    assert (before["period_start"], before["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 5, 31))


def test_over_the_period_refers_to_the_period_named_before():
    text = (
        " date 2024-06-21 BISHKEK – Industrial output reached 200 billion soms in January-May. "
        "GDP growth over the period was 8%."
    )
    growth = facts(text)["8%"]
    assert (growth["period_start"], growth["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 5, 31))


def test_a_country_that_locates_a_region_is_not_the_topic():
    text = (
        " date 2023-09-14 TASHKENT – Industrial output in Uzbekistan's Navoi region reached 40 trillion soums "
        "in January-August 2023.\\n\\nThe figure corresponds to an index of 105.2%."
    )
    assert facts(text)["105.2%"]["subject"] == "Navoi region"


def test_a_period_written_after_a_base_is_the_bases_not_the_figures():
    text = (
        " date 2022-06-07 ALMATY – In 2021, Altyn Grain milled 300,000 tons of wheat. "
        "Its revenue reached 60 billion tenge, up from 48 billion tenge in 2020."
    )
    found = facts(text)
    assert (found["60 billion tenge"]["period_end"], found["48 billion tenge"]["period_end"]) == (
        dt.date(2021, 12, 31),
        dt.date(2020, 12, 31),
    )


def test_a_destination_list_continues_through_and_the():
    text = (
        " date 2023-10-12 PAVLODAR – Aksu Profil exported 9,000 tons of products to Russia, Uzbekistan "
        "and the Kyrgyz Republic."
    )
    assert facts(text)["9,000 tons"]["subject"] == "Aksu Profil"


def test_a_body_whose_rules_a_figure_follows_is_not_its_subject():
    text = (
        " date 2025-02-07 ASTANA – The economy grew. "
        "In the end, crude output fell to 88 million tons in line with OPEC+ quotas."
    )
    assert facts(text)["88 million tons"]["subject"] == "Kazakhstan"


def test_over_the_quarter_refers_to_the_period_named_before():
    text = (
        " date 2023-05-15 ATYRAU – In the first quarter of 2023, Atyrau region exported $9 billion of goods. "
        "Atyrau Polymers shipped 50,000 tons of polypropylene abroad over the quarter."
    )
    shipped = facts(text)["50,000 tons"]
    assert (shipped["period_start"], shipped["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))


def test_a_tonnage_that_accounts_for_part_of_a_harvest_keeps_the_frame():
    text = (
        " date 2022-11-02 SHYMKENT – Since the beginning of the year, Turkistan region has gathered "
        "3 million tons of crops. Vegetables account for 1.5 million tons of the total."
    )
    part = facts(text)["1.5 million tons"]
    assert (part["period_start"], part["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 11, 2))


def test_a_share_in_an_aside_of_a_sentence_reporting_the_period_keeps_the_frame():
    text = (
        " date 2023-05-15 PAVLODAR – In January-March, industrial output in the region rose 4%. "
        "Metallurgy, which makes up 52% of industry, grew by 6.2%."
    )
    share = facts(text)["52%"]
    assert (share["period_start"], share["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))


def test_a_share_in_an_aside_of_a_sentence_in_the_present_states_how_things_stand():
    text = (
        " date 2023-05-15 PAVLODAR – In January-March, industrial output in the region rose 4%. "
        "The region relies on metallurgy, which makes up 52% of industry."
    )
    assert facts(text)["52%"]["period_end"] is None


def test_a_plan_pointing_back_to_the_things_planned_before_shares_their_deadline():
    text = (
        " date 2023-05-15 KOSTANAY – Three grain terminals are to be built in the region by 2026. "
        "The projects will create 240 jobs."
    )
    jobs = facts(text)["240 jobs"]
    assert (jobs["period_end"], jobs["status"]) == (dt.date(2026, 12, 31), "planned")


def test_a_deadline_does_not_date_a_plan_that_does_not_point_back():
    text = (
        " date 2023-05-15 KOSTANAY – Three grain terminals are to be built in the region by 2026. "
        "Kostanay Agro will also invest KZT 5 billion in a mill."
    )
    assert facts(text)["KZT 5 billion"]["period_end"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The plant's localization level is 41%; the company intends to raise it to 55% by 2027.",
        "The plant's localization level reached 41% this year. Its owners aim to reach 55% by 2027.",
    ],
)
def test_a_target_for_a_level_named_just_before_is_that_level(text):
    target = facts(" date 2023-05-15 SEMEY – " + text)["55%"]
    assert (target["measure"], target["status"]) == ("localization_rate", "planned")


def test_a_past_month_frames_the_next_sentence():
    text = " date 2023-04-05 ASTANA – In March, retail sales grew 4%. Food sales rose 6.5%."
    food = facts(text)["6.5%"]
    assert (food["period_start"], food["period_end"]) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))


def test_the_month_of_a_base_does_not_frame_the_next_sentence():
    text = (
        " date 2023-04-05 ASTANA – Inflation slowed to 15.2% in March from 18.1% in February. Food prices rose 17.9%."
    )
    food = facts(text)["17.9%"]
    assert (food["period_start"], food["period_end"]) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))


def test_what_a_company_employs_now_is_undated_by_the_year_of_another_clause():
    text = (
        " date 2024-03-01 PAVLODAR – The smelter, which employs about 2,900 people, paid KZT 41 billion in taxes "
        "in 2023."
    )
    staff = facts(text)["2,900 people"]
    assert (staff["period_start"], staff["period_end"]) == (None, None)


def test_what_a_company_has_bought_is_dated_by_its_year():
    text = " date 2024-03-01 ASTANA – The railway has ordered 900 flat wagons, all of them for delivery in 2024."
    assert facts(text)["900 flat wagons"]["period_end"] == dt.date(2024, 12, 31)


def test_a_sentence_about_many_firms_at_once_is_the_places_not_the_last_firms():
    text = (
        " date 2023-10-12 ASTANA – Kazakhstan's refineries processed 13 million tonnes of crude in 2022. "
        "Atyrau Refining processed 5 million tonnes. The plants turned out 4 million tonnes of gasoline."
    )
    assert facts(text)["4 million tonnes"]["subject"] == "Kazakhstan"


def test_a_count_after_one_of_is_of_the_place_the_things_are_in():
    text = " date 2023-05-02 TARAZ – Merke Kant, one of five sugar mills in Zhambyl region, began the season."
    assert facts(text)["five sugar mills"]["subject"] == "Zhambyl region"


def test_a_combined_capacity_is_of_whoever_has_the_things_counted():
    text = (
        " date 2023-05-02 KYZYLORDA – With Aral Sun, Kyzylorda region now has five solar stations with a "
        "combined capacity of 210 MW."
    )
    assert facts(text)["210 MW"]["subject"] == "Kyzylorda region"


def test_the_total_sum_of_the_things_counted_is_of_whoever_counted_them():
    text = (
        " date 2023-05-02 ALMATY – Qazyna Bank said it issued 9,400 mortgage loans in Almaty last year for a "
        "total of KZT 170 bln."
    )
    assert facts(text)["KZT 170 bln"]["subject"] == "Qazyna Bank"


def test_an_unnamed_facility_a_sentence_opens_with_is_the_company_named_next():
    text = (
        " date 2022-04-07 TARAZ – A flour mill able to process 300 tons of grain a day has opened in Baizak "
        "district. It belongs to Dala Un LLP."
    )
    assert facts(text)["300 tons"]["subject"] == "Dala Un"


def test_a_district_is_where_things_stand_and_the_region_is_their_subject():
    text = (
        " date 2023-10-12 KOSTANAY – Kostanay region harvested 5 million tonnes of grain in 2023. "
        "Two new elevators were put into operation in Denisov and Taran districts."
    )
    assert facts(text)["Two new elevators"]["subject"] == "Kostanay region"


def test_a_level_that_stands_now_before_its_target_is_undated_and_actual():
    text = " date 2022-04-21 ALMATY – Localization stands at 31% and should reach 55% by 2026, the director said."
    level = facts(text)["31%"]
    assert (level["period_end"], level["status"]) == (None, "actual")


def test_a_month_that_opens_the_clause_of_an_event_does_not_date_what_the_thing_cost():
    text = " date 2024-02-01 TARAZ – In December Karatau Chemicals started up an acid unit, built for 61 billion tenge."
    assert facts(text)["61 billion tenge"]["period_end"] is None


def test_a_target_for_a_capacity_named_just_before_is_a_capacity():
    text = (
        " date 2024-05-03 PAVLODAR – The refinery's design capacity stands at 6 million tonnes a year. "
        "The owner plans to raise it to 9 million tonnes by 2028."
    )
    target = facts(text)["9 million tonnes"]
    assert (target["measure"], target["per"]) == ("production_capacity", "year")


def test_a_past_relative_clause_reaches_over_a_number_with_a_thousands_comma():
    text = (
        " date 2023-05-03 ATYRAU – The plant would replace imports, which amounted to 180,000 tons worth "
        "USD 290 million last year."
    )
    assert facts(text)["USD 290 million"]["status"] == "actual"


def test_a_level_that_is_so_now_before_its_target_is_undated_and_actual():
    text = " date 2024-03-15 SHYMKENT – The localization level is 40% at launch and should reach 65% by 2028."
    level = facts(text)["40%"]
    assert (level["period_end"], level["status"]) == (None, "actual")


def test_over_the_year_is_the_year_the_text_speaks_of():
    text = (
        " date 2024-01-25 ASTANA – Kazakhstan produced 90 million tonnes of oil last year.\n\n"
        "Aral Petroleum, which works three fields, raised output to 2.1 million tonnes over the year."
    )
    found = facts(text)
    assert found["2.1 million tonnes"]["period_end"] == dt.date(2023, 12, 31)
    assert found["three fields"]["period_end"] is None


def test_the_builder_of_a_thing_is_not_the_subject_of_its_figures():
    text = (
        " date 2025-07-09 ALMATY – The largest is the Zhetysu Park residential complex. "
        "Built by Koktem Stroy for 50 billion tenge, it comprises 900 apartments."
    )
    found = facts(text)
    assert (found["50 billion tenge"]["subject"], found["900 apartments"]["subject"]) == (
        "Zhetysu Park",
        "Zhetysu Park",
    )


def test_a_name_after_a_non_destination_mention_is_not_dropped_as_a_list():
    text = (
        " date 2024-07-15 ULAANBAATAR – The minister opened the Shivee coal washing plant. "
        "Built by Tavan Mining, the plant can process 10 million tonnes of coal a year."
    )
    assert facts(text)["10 million tonnes"]["subject"] == "Shivee"


def test_the_operator_of_a_mine_is_not_the_subject_of_its_output():
    text = " date 2025-02-18 ULAANBAATAR – The Ulziit mine, operated by Rio Tinto, produced 200,000 tons of copper."
    assert facts(text)["200,000 tons"]["subject"] == "Ulziit"


def test_a_destination_list_may_mix_regions_and_countries():
    text = (
        " date 2022-03-15 PETROPAVLOVSK – North Kazakhstan region exported 2 million tons of grain "
        "to Central Asia, Afghanistan and China, 18% of the country's grain exports."
    )
    assert facts(text)["18%"]["subject"] == "North Kazakhstan region"


def test_an_enterprises_share_reported_in_the_past_tense_keeps_the_frames_period():
    text = (
        " date 2023-08-10 ATYRAU – In the first half of 2023, Caspian Polymers sold 90,000 tons of granules. "
        "Exports accounted for 40% of the total."
    )
    share = facts(text)["40%"]
    assert (share["period_start"], share["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))


def test_an_enterprises_share_stated_in_the_present_is_not_dated_by_the_frame():
    text = (
        " date 2023-08-10 ATYRAU – In the first half of 2023, Caspian Polymers sold 90,000 tons of granules. "
        "Caspian Polymers exports 40% of its output."
    )
    share = facts(text)["40%"]
    assert (share["period_start"], share["period_end"]) == (None, None)


def test_a_plans_sentence_does_not_end_the_frame_of_the_actual_figures_around_it():
    text = (
        " date 2022-08-05 ASTANA – In January-July 2022, Kazakhstan mined 60 million tons of coal. "
        "The plan for this year is 110 million tons. Coal exports reached 20 million tons."
    )
    exported = facts(text)["20 million tons"]
    assert (exported["period_start"], exported["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 7, 31))


def test_an_enterprises_part_of_the_total_in_a_new_paragraph_keeps_the_frames_period():
    text = (
        " date 2022-08-05 ASTANA – In January-July 2022, Kazakhstan mined 60 million tons of coal.\n\n"
        "Bogatyr Komir accounted for 25 million tons."
    )
    mined = facts(text)["25 million tons"]
    assert (mined["period_start"], mined["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 7, 31))


def test_a_citys_facility_in_a_title_is_the_company_whose_facility_the_text_says_it_is():
    text = (
        "Taraz sugar refinery processes 90,000 tons of beet\n\n"
        "TARAZ – The sugar refinery of Zhambyl Qant, established in 2015, stands on the edge of Taraz. "
        "The refinery employs 400 people."
    )
    beet = facts(text)["90,000 tons"]
    assert (beet["subject"], beet["subject_type"]) == ("Zhambyl Qant", "enterprise")


def test_a_citys_facility_with_the_same_head_as_a_named_enterprise_is_that_enterprise():
    text = (
        "Shymkent refinery raises output 5%\n\n"
        "SHYMKENT – PetroKazakhstan Oil Refinery processed 2.5 million tonnes of oil in 2023, up 5%."
    )
    growth = facts(text)["5%"]
    assert growth["subject"] == "PetroKazakhstan Oil Refinery"


def test_a_citys_facility_the_text_never_names_otherwise_is_a_name_of_its_own():
    text = (
        " date 2024-02-07 AKTAU – The Aktau seaport handled 3 million tonnes of cargo in 2023. "
        "The port's capacity is 6 million tonnes a year."
    )
    assert {facts(text)[q]["subject"] for q in ("3 million tonnes", "6 million tonnes")} == {"Aktau seaport"}


def test_the_route_goods_take_is_not_the_subject_nor_its_bracketed_short_form():
    text = (
        " date 2023-04-03 ASTANA – In the first quarter of 2023, Kazakhstan produced 22 million tonnes of oil. "
        "Exports reached 17 million tonnes, of which 14 million tonnes went via the Caspian Pipeline Consortium (CPC)."
    )
    via = facts(text)["14 million tonnes"]
    assert (via["subject"], via["subject_type"]) == ("Kazakhstan", "country")


def test_over_the_period_points_back_past_a_founding_year():
    text = (
        " date 2023-10-12 KARAGANDA – Over nine months of this year, the region mined 30 million tonnes of coal.\n\n"
        "Its largest miner, Bogatyr Komir, established in 2009, mined 11 million tonnes over the period."
    )
    mined = facts(text)["11 million tonnes"]
    assert (mined["period_start"], mined["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))


def test_a_founding_year_in_a_sentence_without_figures_does_not_end_the_frame():
    text = (
        " date 2024-02-20 KOSTANAY – Last year, Kostanay region made 60,000 cars. "
        "Allur Auto, established in 2003, is the largest plant. Allur Auto made 30,000 cars."
    )
    made = facts(text)["30,000 cars"]
    assert (made["period_start"], made["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_paragraph_opening_with_a_contributor_goes_on_with_the_frames_period():
    text = (
        " date 2024-02-20 KOSTANAY – Last year, Kostanay region made 60,000 cars.\n\n"
        "The largest contribution came from Allur Auto. The company made 30,000 cars."
    )
    made = facts(text)["30,000 cars"]
    assert (made["period_start"], made["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_we_in_a_quotation_is_the_organisation_of_the_speaker_named_after_it():
    text = (
        " date 2023-10-12 KARAGANDA – Karaganda region mined 60 million tonnes of coal last year. "
        "Bogatyr Komir mined 30 million tonnes of it. The region exported 20 million tonnes.\n\n"
        '"Next year we plan to mine 32 million tonnes. Demand is strong," said the company director Arman Seitov.'
    )
    plan = facts(text)["32 million tonnes"]
    assert (plan["subject"], plan["subject_type"]) == ("Bogatyr Komir", "enterprise")


def test_the_region_before_any_region_is_named_is_the_region_named_later():
    text = (
        " date 2023-03-14 AKTOBE – Zhem Steel, on the outskirts of Aktobe, made 90,000 tonnes of steel last year. "
        "In January-February, metallurgical output in the region grew 4.2%. "
        "Deputy akim of Aktobe region Arman Seitov praised the smelters."
    )
    growth = facts(text)["4.2%"]
    assert (growth["subject"], growth["subject_type"]) == ("Aktobe region", "region")


def test_where_goods_are_bound_for_is_not_the_subject():
    text = (
        " date 2024-02-07 AKTAU – The Aktau seaport handled 6 million tonnes in 2023. "
        "Grain shipments reached 400,000 tons, most of it bound for Iran."
    )
    assert facts(text)["400,000 tons"]["subject"] == "Aktau seaport"


def test_what_a_place_has_now_is_not_dated_by_the_frame():
    text = (
        " date 2022-04-28 ALMATY – Retail sales in Almaty reached 900 billion tenge in the first quarter of 2022. "
        "The city has 40 bazaars and 150 shopping centres."
    )
    for quote in ("40 bazaars", "150 shopping centres"):
        assert (facts(text)[quote]["period_start"], facts(text)[quote]["period_end"]) == (None, None)


def test_a_name_in_a_second_aside_does_not_govern():
    text = (
        " date 2024-02-07 AKTAU – Caspian Cranes, established in 2019, which operates the Aktau seaport's "
        "container hub, has invested 4.6 billion tenge in new cranes."
    )
    assert facts(text)["4.6 billion tenge"]["subject"] == "Caspian Cranes"


def test_a_list_of_shares_goes_on_with_with_n_percent():
    text = (
        " date 2022-11-03 ASTANA – In October, Uzbekistan took 40% of grain shipments, "
        "followed by Afghanistan with 20% and Tajikistan with 10%."
    )
    assert [facts(text)[q]["measure"] for q in ("40%", "20%", "10%")] == ["share", "share", "share"]


def test_the_place_a_named_plant_stands_in_is_not_its_subject():
    text = " date 2024-05-21 OSKEMEN – Construction of the Bukhtarma Solar plant in East Kazakhstan is 60% complete."
    assert facts(text)["60%"]["subject"] == "Bukhtarma Solar"


def test_a_plan_joined_by_and_does_not_date_or_plan_the_first_predicates_figure():
    text = (
        " date 2024-02-07 AKTAU – Caspian Cranes has invested 4.6 billion tenge in new cranes "
        "and plans to double capacity to 140,000 TEU over the next three years."
    )
    spent = facts(text)["4.6 billion tenge"]
    assert (spent["status"], spent["period_start"], spent["period_end"]) == ("actual", None, None)


def test_an_adjective_in_ed_is_no_past_report_of_a_share():
    text = (
        " date 2023-03-12 BISHKEK – In 1998, Kyrgyzstan built the Kambarata plant. The plant has an installed "
        "capacity of 120 MW, and its units provide roughly 4% of the country's generation."
    )
    share = facts(text)["4%"]
    assert (share["period_start"], share["period_end"]) == (None, None)


def test_percents_listed_before_a_share_are_shares():
    text = (
        " date 2023-05-15 ATYRAU – Italy, China and Spain were the top buyers, "
        "with 30%, 20% and 10% of the region's exports respectively."
    )
    assert [facts(text)[q]["measure"] for q in ("30%", "20%", "10%")] == ["share", "share", "share"]


def test_a_look_back_in_the_past_perfect_does_not_open_a_frame():
    text = (
        " date 2023-09-15 ASTANA – In January-July 2023, exports reached $40 billion. "
        "In the first quarter, they had grown by just 1%.\n\n"
        "Imports rose to $30 billion."
    )
    imports = facts(text)["$30 billion"]
    assert (imports["period_start"], imports["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 7, 31))


def test_an_unnamed_facility_a_company_already_runs_is_the_companys():
    text = (
        " date 2021-11-25 KOSTANAY – Established in 2016, Tobyl Kus already runs an egg farm in the region "
        "that produces some 180 million eggs a year."
    )
    assert facts(text)["180 million eggs"]["subject"] == "Tobyl Kus"


def test_the_cluster_points_back_to_the_named_cluster_not_the_company_that_set_it_up():
    text = (
        " date 2022-10-18 TURKISTAN – Turkistan region has harvested 290,000 tonnes of raw cotton.\n\n"
        "The cotton goes to 22 ginning plants. The largest of them belongs to the Saryagash Cotton Cluster, "
        "established in 2020 by Aksu Textile Group. The cluster, worth 70 billion tenge, includes a ginning plant."
    )
    assert facts(text)["70 billion tenge"]["subject"] == "Saryagash Cotton Cluster"


def test_a_name_in_an_appositive_with_a_does_not_govern():
    text = (
        " date 2024-03-07 KONAYEV – Alatau Bus Company, a bus maker in the industrial zone of Konayev, "
        "plans to double its output this year."
    )
    assert facts(text)["double"]["subject"] == "Alatau Bus Company"


def test_a_places_company_descriptor_in_a_title_is_the_company_the_article_names():
    text = (
        "Almaty region bus maker plans 900 buses this year\n\n"
        "KONAYEV – Alatau Bus Company, established in 2018, made 410 buses last year."
    )
    assert facts(text)["900 buses"]["subject"] == "Alatau Bus Company"


def test_a_places_utility_in_a_title_is_the_utility_the_article_names():
    text = (
        "Taraz water utility to get KZT12bn for new pipes\n\n"
        "TARAZ – The city's water utility Taraz Su Arnasy will receive a loan to lay 90 km of pipes."
    )
    assert facts(text)["KZT12bn"]["subject"] == "Taraz Su Arnasy"


def test_a_project_after_an_opening_place_is_the_subject_not_an_appositive():
    text = (
        " date 2023-01-09 KOSTANAY – In Rudny, a project to make steel balls, with a capacity of "
        "20 thousand tons per year, is due this year."
    )
    assert facts(text)["20 thousand tons"]["subject"] == "project to make steel balls"


def test_the_speaker_is_named_in_the_sentence_that_closes_the_quotation():
    text = (
        " date 2023-11-16 ASTANA – Astana commissioned 2.9 million square meters of housing this year.\n\n"
        '"We will open 17 schools. Housing is the driver," Arman Seitov said.\n\n'
        "He also spoke of the Astana LRT line."
    )
    assert facts(text)["17 schools"]["subject"] != "Astana LRT"


def test_the_base_a_plan_is_measured_against_is_actual():
    text = (
        " date 2023-03-14 OSKEMEN – By 2027, the mine's output is to reach 60 thousand tonnes of copper a year, "
        "against 40,000 tonnes last year, the director said."
    )
    base = facts(text)["40,000 tonnes"]
    assert (base["status"], base["period_start"]) == ("actual", dt.date(2022, 1, 1))


def test_a_name_in_the_comparison_after_a_figure_is_not_its_subject():
    text = (
        " date 2023-08-11 KOKSHETAU – In January-July, Akmola region made goods worth 1 trillion tenge. "
        "The physical volume index was 103.6%, against 104.3% for Kazakhstan as a whole."
    )
    assert facts(text)["103.6%"]["subject"] == "Akmola region"


def test_a_citys_facility_in_a_title_is_the_company_the_body_names_first():
    text = (
        "Ekibastuz wagon plant to double output\n\n"
        "PAVLODAR. KAZINFORM – Ertis Vagon Zauyty, a wagon maker based in Ekibastuz, plans to make 2,500 wagons "
        "this year. The plant employs 1,100 people."
    )
    assert {facts(text)[q]["subject"] for q in ("double", "1,100 people")} == {"Ertis Vagon Zauyty"}


def test_a_titles_unnamed_facility_is_the_enterprise_the_body_names():
    text = (
        "Cement plant worth KZT30 billion opens in Zhambyl region\n\n"
        "TARAZ – A cement plant of Jambyl Cement LLP was launched in Zhambyl region. The plant will make cement."
    )
    assert facts(text)["KZT30 billion"]["subject"] == "Jambyl Cement"


def test_an_unnamed_facility_opening_a_body_sentence_is_no_entity():
    text = " date 2022-11-21 URALSK – The region grew. Meat processing plants made 9,000 tons of meat in 2022."
    assert "Meat" not in {row["name"] for row in extract_article(text, "invented").entities}


def test_a_period_singled_out_with_alone_does_not_open_a_frame():
    text = (
        " date 2023-10-12 ASTANA – In January-September 2023, GDP grew by 5%. "
        "In the third quarter alone, growth reached 6%. Construction grew by 12%."
    )
    construction = facts(text)["12%"]
    assert (construction["period_start"], construction["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))


def test_a_period_singled_out_with_alone_opens_no_frame_even_beside_its_base():
    text = (
        " date 2023-10-12 ASTANA – In January-September 2023, the smelter produced 96,000 tons of zinc. "
        "In the third quarter alone, output reached 33,100 tons, against 31,800 tons in the second quarter. "
        "Revenue rose 8%."
    )
    revenue = facts(text)["8%"]
    assert (revenue["period_start"], revenue["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))


def test_respectively_gives_each_figure_its_own_name():
    text = (
        " date 2023-10-12 ASTANA – In January-September 2023, Almaty and Astana accounted for 20% and 11% "
        "of GDP respectively."
    )
    assert (facts(text)["20%"]["subject"], facts(text)["11%"]["subject"]) == ("Almaty", "Astana")


def test_where_a_plant_is_located_is_not_its_subject():
    text = (
        " date 2023-06-05 ATYRAU – Zhaiyk Rubber Company plans to build a rubber complex. The complex will be "
        "located in the National Petrochemical Technopark and will have a capacity of 60,000 tonnes a year."
    )
    assert facts(text)["60,000 tonnes"]["subject"] != "National Petrochemical Technopark"


def test_a_facility_a_title_names_in_lower_case_is_the_company_the_body_names():
    text = (
        "Kyzylorda region launches $210m float glass plant\n\n"
        "KYZYLORDA – The plant was built by Syr Glass Technologies LLP, established in 2019."
    )
    assert facts(text)["$210m"]["subject"] == "Syr Glass Technologies"


def test_a_share_with_no_named_part_is_of_the_place_whose_whole_it_is():
    text = (
        " date 2024-03-18 ALMATY – Hotels in Almaty took 96 billion tenge last year.\n\n"
        "Tourism accounts for 5.8% of Almaty's gross regional product, while the figure for Kazakhstan is 3.2%."
    )
    assert facts(text)["5.8%"]["subject"] == "Almaty"


def test_our_in_a_departments_quotation_is_not_the_department():
    text = (
        " date 2024-03-18 ALMATY – Almaty received 2.5 million tourists in 2023.\n\n"
        '"Our goal is 3 million tourists. We will manage," said the head of the Almaty Tourism Department.'
    )
    assert facts(text)["3 million tourists"]["subject"] != "Almaty Tourism Department"


def test_a_name_in_a_possessive_appositive_does_not_govern_and_its_head_points_back():
    text = (
        " date 2024-01-25 ASTANA – The participants of Astana Hub, Kazakhstan's technology park, earned "
        "1.2 trillion tenge last year.\n\nExports of IT services by the park's companies reached $512 million."
    )
    assert [facts(text)[q]["subject"] for q in ("1.2 trillion tenge", "$512 million")] == ["Astana Hub"] * 2


def test_a_lender_named_before_the_enterprise_is_not_what_the_enterprise_points_back_to():
    text = (
        " date 2023-04-11 SEMEY – Ertis Milk LLP has opened a dairy plant near Semey. The plant was financed "
        "with loans from Sarybel Credit Corporation. The enterprise will process 300 tons of milk a day."
    )
    assert facts(text)["300 tons"]["subject"] == "Ertis Milk"


def test_every_backer_in_a_list_of_backers_is_passed_over():
    text = (
        " date 2023-04-11 SEMEY – Ertis Milk LLP has opened a dairy plant near Semey, with the support of "
        "Damu Fund and Sarybel Credit Corporation. The company employs 140 people."
    )
    assert facts(text)["140 people"]["subject"] == "Ertis Milk"


def test_a_lender_in_the_figures_sentence_does_not_govern_it():
    text = (
        " date 2023-04-11 SEMEY – Ertis Milk LLP has opened a dairy plant near Semey. The project cost "
        "KZT4 billion. Loans from Sarybel Credit Corporation covered KZT2.5 billion of the cost."
    )
    assert facts(text)["KZT2.5 billion"]["subject"] == "Ertis Milk"


def test_a_count_followed_by_a_rate_word_is_a_count_per_that_period():
    found = facts(" date 2023-04-11 DOSTYK – In March, the border crossing handled 2,400 trucks a day.")
    assert (found["2,400 trucks"]["measure"], found["2,400 trucks"]["per"]) == ("count", "day")


def test_a_count_per_period_keeps_the_period_of_its_sentence():
    trucks = facts(" date 2023-04-11 DOSTYK – In March, the border crossing handled 2,400 trucks a day.")[
        "2,400 trucks"
    ]
    assert (trucks["period_start"], trucks["period_end"]) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))


def test_a_count_per_period_takes_a_deadline_written_after_its_rate():
    text = " date 2023-04-11 ALMATY – The region expects to welcome 2 million visitors a year by 2028."
    visitors = facts(text)["2 million visitors"]
    assert (visitors["per"], visitors["period_end"]) == ("year", dt.date(2028, 12, 31))


def test_the_most_a_facility_can_handle_per_period_is_its_capacity():
    text = " date 2023-04-11 AKTAU – The new depot will be able to repair up to 60 locomotives a year."
    repaired = facts(text)["60 locomotives"]
    assert (repaired["measure"], repaired["per"], repaired["qualifier"]) == (
        "production_capacity",
        "year",
        "upper_bound",
    )


def test_the_levels_a_share_moves_between_are_shares():
    text = " date 2023-04-11 ASTANA – The share of processed wool is to rise from 40% to 48% by 2027."
    found = facts(text)
    assert (found["40%"]["measure"], found["48%"]["measure"]) == ("share", "share")


def test_percents_in_brackets_that_go_on_a_list_of_shares_are_shares():
    text = " date 2023-04-11 ASTANA – China bought 38% of the copper exported, followed by Turkey (14%) and Italy (9%)."
    found = facts(text)
    assert (found["14%"]["measure"], found["9%"]["measure"]) == ("share", "share")


def test_a_paragraph_on_a_trading_partner_keeps_the_frame_of_the_trade_it_is_part_of():
    text = (
        " date 2023-08-15 ASTANA – In January-June 2023, Kazakhstan's exports reached $40 billion.\n\n"
        "Italy was the largest buyer with $9 billion."
    )
    bought = facts(text)["$9 billion"]
    assert (bought["period_start"], bought["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))


def test_a_base_in_the_same_unit_is_of_the_same_item_as_the_figure_compared_with_it():
    text = " date 2023-12-20 RIDDER – The mine produced 52,000 tonnes of zinc this year, against 47,500 tonnes in 2022."
    assert facts(text)["47,500 tonnes"]["item"] == "zinc"


def test_a_tie_in_salience_goes_to_the_place_the_body_names_first():
    text = (
        "Turkistan cotton pickers finish the season\n\n"
        "SHYMKENT. KAZINFORM – Farmers in Turkistan region have picked cotton from 120,000 hectares.\n\n"
        "The harvest reached 410,000 tonnes."
    )
    assert facts(text)["410,000 tonnes"]["subject"] == "Turkistan region"


def test_a_place_that_locates_the_place_a_facility_stands_in_does_not_govern():
    text = (
        " date 2023-10-12 ALMATY – The Altynkol dry port in Kazakhstan's Zhetysu region handled 312,000 TEU "
        "in January-September."
    )
    assert facts(text)["312,000 TEU"]["subject"] == "Altynkol dry port"


def test_the_port_points_back_to_a_name_written_before_a_lower_case_port():
    text = (
        " date 2023-10-12 ALMATY – The Altynkol dry port handled 312,000 TEU in January-September. "
        "Shipments via Dostyk rose 5%. The port covers 129 hectares."
    )
    assert facts(text)["129 hectares"]["subject"] == "Altynkol dry port"


def test_a_place_after_a_source_and_a_comma_governs_its_figure():
    text = (
        " date 2024-05-28 ASTANA – According to the Ministry of Energy, Karaganda region produced "
        "9.4 bn kWh of electricity in January-April."
    )
    assert facts(text)["9.4 bn kWh"]["subject"] == "Karaganda region"


def test_a_share_of_the_total_is_of_whoever_reported_the_total():
    text = (
        " date 2023-10-12 ALMATY – The Altynkol dry port in Zhetysu region handled 312,000 TEU in "
        "January-September.\n\nTransit containers made up 64% of the total."
    )
    assert facts(text)["64%"]["subject"] == "Altynkol dry port"


def test_who_supplied_something_is_not_the_subject_of_its_figure():
    text = (
        " date 2022-04-07 PETROPAVLOVSK – The Solty Sut plant cost 7.8 billion tenge. "
        "Over 60% of its equipment was supplied by Sidel Group."
    )
    assert facts(text)["60%"]["subject"] == "Solty Sut"


def test_every_name_in_a_list_of_suppliers_is_passed_over():
    text = (
        " date 2022-04-07 PETROPAVLOVSK – The Solty Sut plant cost 7.8 billion tenge. "
        "Over 60% of the equipment was supplied by Italian and Danish manufacturers."
    )
    assert facts(text)["60%"]["subject"] == "Solty Sut"


def test_the_plant_after_its_builder_and_a_comma_is_not_on_the_builders_list():
    text = (
        " date 2022-04-07 ALMATY – Kokzhiek Mining owns the Kokzhiek plant. Built by Temir Stroy, the plant can "
        "process 4 million tonnes of ore a year."
    )
    assert facts(text)["4 million tonnes"]["subject"] == "Kokzhiek Mining"


def test_a_share_of_its_equipment_is_of_the_entity_spoken_of():
    text = (
        " date 2022-04-07 PETROPAVLOVSK – The Solty Sut plant opened in North Kazakhstan region. "
        "It cost 7.8 billion tenge. Over 60% of its equipment is imported."
    )
    assert facts(text)["60%"]["subject"] == "Solty Sut"


def test_it_opening_a_sentence_is_the_plant_named_before_it_in_the_paragraph():
    text = (
        " date 2022-04-07 PETROPAVLOVSK – Kyzylzhar Agro runs dairy farms. Kyzylzhar Agro keeps 1,200 cows.\n\n"
        "The Solty Sut plant opened nearby. It employs 160 people."
    )
    assert facts(text)["160 people"]["subject"] == "Solty Sut"


def test_it_does_not_reach_back_to_a_plant_of_an_earlier_paragraph():
    text = (
        " date 2024-02-03 ASHGABAT – The Balkan Polymer plant in Turkmenistan opened in 2023.\n\n"
        "The government expects growth of 6.5%. It plans to invest 45.8 billion manat in 2024."
    )
    assert facts(text)["45.8 billion manat"]["subject"] == "Turkmenistan"


def test_a_part_marker_after_a_figure_in_another_unit_does_not_give_its_measure():
    text = (
        " date 2023-01-01 KARAGANDA – Last year the mine extracted 3.1 million tons of coal.\n\n"
        "The project includes 14 units of equipment, including 6 roadheaders, and a plant that will "
        "process up to 600 tons of coal per hour."
    )
    assert facts(text)["600 tons"]["measure"] == "production_capacity"


def test_reserves_are_not_production():
    text = " date 2023-01-01 KARAGANDA – The mine's explored reserves are put at 210 million tons."
    assert facts(text)["210 million tons"]["measure"] == "other"


def test_a_place_in_a_complement_does_not_govern_a_sentence_a_company_opens():
    text = (
        " date 2023-06-01 KARAGANDA – Sary Komir supplies coking coal to the steelworks in Temirtau, with exports "
        "making up 35% of sales."
    )
    assert facts(text)["35%"]["subject"] == "Sary Komir"


def test_a_fold_verb_in_the_infinitive_is_planned():
    found = facts(" date 2023-06-01 KARAGANDA – Shakhtinsk coal miner to triple output at its mine.")
    assert found["triple"]["status"] == "planned"


def test_a_year_that_dates_a_launch_in_an_aside_does_not_date_the_figure():
    text = (
        " date 2022-11-25 KOKSHETAU – The Kokshe Cement plant, launched in 2019, increased its output by 17% "
        "to 1.2 million tons of cement in January-October."
    )
    made = facts(text)["1.2 million tons"]
    assert (made["period_start"], made["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 10, 31))


def test_a_base_is_a_figure_of_the_period_it_is_compared_for():
    text = (
        " date 2023-10-20 ASTANA – Exports from the region fell to $2.4 billion in January-September, "
        "compared with $2.7 billion in the same period of 2022."
    )
    base = facts(text)["$2.7 billion"]
    assert (base["period_start"], base["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 9, 30))


def test_now_beside_a_figure_leaves_the_frame_for_the_sentences_after_it():
    text = (
        " date 2022-11-25 KOKSHETAU – In January-October, cement output in Akmola region rose by 17%. "
        "The region is now building a kiln worth $48 million.\n\n"
        "Meanwhile, brick production in the region declined by 5.3%."
    )
    fell = facts(text)["5.3%"]
    assert (fell["period_start"], fell["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 10, 31))


def test_its_share_does_not_point_back_to_the_body_that_reported_the_figures():
    text = (
        " date 2025-02-07 ASTANA – The economy grew by 4.7% in 2024, the Bureau of National Statistics said.\n\n"
        "Manufacturing output rose 5.8%, its share of industrial output reaching 45.1%."
    )
    assert facts(text)["45.1%"]["subject"] == "Kazakhstan"


def test_a_count_of_things_made_after_output_is_production():
    found = facts(" date 2023-05-02 KOSTANAY – The bus plant raised its output to 1,340 buses last year.")
    assert found["1,340 buses"]["measure"] == "production"


def test_a_bare_count_takes_its_item_from_the_number_of_phrase():
    text = " date 2024-03-14 TURKISTAN – The number of accommodation facilities in the region grew to 512."
    assert facts(text)["512"]["item"] == "accommodation facilities"


def test_an_unnamed_figure_in_a_company_report_is_the_companys():
    text = (
        " date 2023-05-12 ALMATY – Altai Copper Mining, which mines copper in East Kazakhstan region, produced 21,400 "
        "tonnes of copper in the first quarter, Altai Copper Mining said. The company also mined 1,190 kg of gold.\n\n"
        "Revenue for the quarter totalled $214 million."
    )
    assert facts(text)["$214 million"]["subject"] == "Altai Copper Mining"


def test_an_unnamed_figure_in_a_regional_story_stays_the_regions():
    text = (
        " date 2023-05-12 AKTOBE – Aktobe region attracted $900 million, Aktobe region's akim said. Altai Copper "
        "Mining built a plant in the region, and Altai Copper Mining hired 300 people.\n\n"
        "Investment in fixed assets totalled $175 million in the first quarter."
    )
    assert facts(text)["$175 million"]["subject"] == "Aktobe region"


def test_a_fund_that_lends_may_be_the_topic_but_a_press_service_may_not():
    text = (
        " date 2024-07-23 ASTANA – The Ertis Development Fund guaranteed loans worth KZT 1 trillion in the first "
        "half, its deputy chairman told a briefing at the Central Communications Service.\n\n"
        "«Over six months, 14,260 projects received support,» he said."
    )
    assert facts(text)["14,260 projects"]["subject"] == "Ertis Development Fund"


def test_the_hub_points_back_to_the_company_that_operates_it():
    text = (
        " date 2023-04-02 AKTAU – The Aktau port handled 5 million tonnes in 2022, Aktau port officials said. "
        "Caspian Box Services, which operates the port's container hub, invested KZT4.6bn.\n\n"
        "The hub covers 12 hectares."
    )
    assert facts(text)["12 hectares"]["subject"] == "Caspian Box Services"


def test_the_terminal_points_back_to_the_company_named_before():
    text = (
        " date 2023-09-05 AKTOBE – A logistics hub built by Batys Cargo Terminal near Aktobe has started operating, "
        "the Aktobe city akimat said.\n\nThe terminal covers 85 hectares."
    )
    assert facts(text)["85 hectares"]["subject"] == "Batys Cargo Terminal"


def test_a_companys_guidance_is_planned():
    text = " date 2023-05-12 ALMATY – For 2023 as a whole, Altai Copper Mining confirmed its guidance of 90,000 tonnes."
    assert facts(text)["90,000 tonnes"]["status"] == "planned"


def test_a_sum_cut_by_is_a_decrease():
    text = " date 2022-04-21 PAVLODAR – Since the start of the year, tax arrears have been cut by KZT1.7bn."
    assert facts(text)["KZT1.7bn"]["value"] == -1.7e9


def test_the_company_does_not_point_back_to_an_open_pit():
    text = (
        " date 2023-05-12 ALMATY – Altai Copper Mining is expanding the Kokzhal open pit. "
        "The company processed 2.86 million tonnes of ore in the first quarter."
    )
    assert facts(text)["2.86 million tonnes"]["subject"] == "Altai Copper Mining"


def test_a_where_clause_dates_only_its_own_figures():
    text = (
        " date 2023-05-12 ALMATY – Capital expenditure reached $46 mln, most of it spent on a new pit, where "
        "capacity is to rise by the end of 2024."
    )
    spent = facts(text)["$46 mln"]
    assert (spent["status"], spent["period_end"]) == ("actual", None)


def test_the_plant_points_back_to_a_name_an_appositive_calls_a_plant():
    text = (
        " date 2022-10-04 SEMEY – Irtysh Motors, a bus assembly plant in Semey, was opened on Monday.\n\n"
        "The plant assembled 112 buses over nine months."
    )
    assert facts(text)["112 buses"]["subject"] == "Irtysh Motors"


def test_the_plant_points_back_to_a_name_whose_appositive_says_how_the_plant_was_built():
    text = (
        " date 2023-05-01 TARAZ – Qazaq Cement, a cement plant built with Turkish equipment in Zhambyl region, "
        "has produced its first 30,000 tons of cement.\n\nThe plant covers 12 hectares and employs 240 people."
    )
    assert facts(text)["12 hectares"]["subject"] == "Qazaq Cement"


def test_the_plant_points_back_to_a_name_an_appositive_calls_a_plant_making_something():
    text = (
        " date 2023-05-01 KOSTANAY – Tobol Pharm, a plant making infusion solutions, has opened in Kostanay. Local "
        "firm Kostanay Med Group owns 60% of the plant, and Turkey's Anatolia Ilac holds the remaining 40%.\n\n"
        "The plant employs 190 people."
    )
    assert facts(text)["190 people"]["subject"] == "Tobol Pharm"


def test_the_refinery_a_company_with_a_bracketed_abbreviation_operates_is_the_company():
    text = (
        " date 2023-10-12 ATYRAU – Shagyr Oil Refining (SOR), which operates the oil refinery in Atyrau, processed "
        "4.12 million tonnes of crude oil in January-September 2023.\n\n"
        "Over the nine months the refinery turned out 1.03 million tonnes of gasoline."
    )
    assert facts(text)["1.03 million tonnes"]["subject"] == "Shagyr Oil Refining"


def test_a_comma_inside_a_number_does_not_close_an_appositive():
    text = (
        " date 2023-05-01 TARAZ – Qazaq Cement, a cement plant built in 2010 produced 30,000 tons of cement.\n\n"
        "The plant covers 12 hectares."
    )
    assert facts(text)["12 hectares"]["subject"] == "cement plant"


def test_not_more_than_is_an_upper_bound():
    text = " date 2024-03-15 AKTAU – Water tariffs will not rise by more than 5% after the plant opens."
    assert facts(text)["5%"]["qualifier"] == "upper_bound"


def test_who_implements_a_project_in_an_aside_is_not_its_subject():
    text = (
        " date 2024-03-15 AKTAU – The Caspian Aqua desalination plant will be built near Aktau. The project, "
        "to be implemented by Tenir Water Solutions LLP, is valued at KZT 98.5 billion."
    )
    assert facts(text)["KZT 98.5 billion"]["subject"] == "Caspian Aqua"


def test_a_bare_number_after_the_population_of_is_a_population():
    text = " date 2024-03-15 AKTAU – Last year, the population of Aktau grew to 428,000."
    grew = facts(text)["428,000"]
    assert (grew["measure"], grew["unit"]) == ("population", "count")


def test_a_level_of_another_kind_has_no_base_period():
    text = (
        " date 2022-04-21 PAVLODAR – Tax revenues in January-March 2022 reached KZT148.6bn, up 18% on the "
        "same period last year."
    )
    reached = facts(text)["KZT148.6bn"]
    assert (reached["measure"], reached["compared_to_start"]) == ("other", None)


def test_it_is_the_plant_the_paragraph_speaks_of_not_its_builder():
    text = (
        " date 2024-03-14 TURKISTAN – The Kerwen Palace complex, built by Turan Invest Group for 18.5 billion "
        "tenge, has 240 rooms. It occupies 3.2 hectares."
    )
    assert facts(text)["3.2 hectares"]["subject"] == "Kerwen Palace"


def test_the_hotel_points_back_to_the_hotel_named_before():
    text = (
        " date 2024-03-14 TURKISTAN – The Kerwen Palace hotel opened in Turkistan this week, Turkistan's akim "
        "said.\n\nThe hotel expects to serve at least 40,000 guests annually."
    )
    assert facts(text)["40,000 guests"]["subject"] == "Kerwen Palace"


def test_a_year_earlier_after_a_comparison_dates_no_figure_and_opens_no_frame():
    text = (
        " date 2024-07-18 ASTANA – In the first half of 2024, transit rose to 13.2 million tons. Container "
        "transit reached 213,000 TEU, 1.3 times the figure a year earlier, while 2.1 million tons went by sea.\n\n"
        "Export shipments declined by 2.4%."
    )
    found = facts(text)
    assert {found[q]["period_start"] for q in ("213,000 TEU", "2.1 million tons", "2.4%")} == {dt.date(2024, 1, 1)}


def test_a_place_a_facility_is_based_in_does_not_govern_its_figures():
    text = (
        " date 2023-04-22 ALMATY – Syrdarya Oil Refining LLP processed 612,000 tons of crude oil in the first "
        "quarter.\n\nThe Kyzylorda-based refinery has a design capacity of 2.5 million tons of oil per year."
    )
    assert facts(text)["2.5 million tons"]["subject"] == "Syrdarya Oil Refining"


def test_a_companys_facility_in_a_city_after_its_is_the_company():
    text = (
        " date 2023-09-01 KARAGANDA – Qazwire LLP produces 120,000 tons of wire a year. The company has invested "
        "USD 64 million in its Temirtau facility and employs 560 people."
    )
    assert facts(text)["560 people"]["subject"] == "Qazwire"


def test_a_share_that_restates_a_figure_is_of_the_figures_subject():
    text = (
        " date 2023-11-16 PETROPAVLOVSK – Farmers of North Kazakhstan region threshed 6.1 million tons of grain."
        "\n\nGrain crops were sown on 4.2 million hectares in 2023, or 26% of the country's grain acreage."
    )
    assert facts(text)["26%"]["subject"] == "North Kazakhstan region"


def test_a_count_after_production_is_production():
    text = " date 2023-11-16 PETROPAVLOVSK – Egg production fell by 5.1% to 402 million eggs."
    assert facts(text)["402 million eggs"]["measure"] == "production"


def test_goods_worth_a_sum_that_were_produced_are_output():
    text = " date 2021-06-14 ALMATY – Industrial enterprises of Almaty produced goods worth 1.21 trillion tenge."
    assert facts(text)["1.21 trillion tenge"]["measure"] == "output_value"


def test_a_sum_generated_is_output():
    text = " date 2021-06-14 ALMATY – Electricity, gas and steam supply generated 131.6 bln tenge."
    assert facts(text)["131.6 bln tenge"]["measure"] == "output_value"


def test_over_the_same_months_points_back_to_the_months_named_before():
    text = (
        " date 2024-02-09 ASTANA – Kazakhstan exported 1.24 mln tonnes of flour in September-December 2023. "
        "Grain exports over the same four months reached 3.8 mln tonnes."
    )
    grain = facts(text)["3.8 mln tonnes"]
    assert (grain["period_start"], grain["period_end"]) == (dt.date(2023, 9, 1), dt.date(2023, 12, 31))


def test_a_place_in_an_appositive_of_a_town_does_not_govern():
    text = (
        " date 2022-04-21 KOKSHETAU – Akmola region commissioned 182,400 sq m of housing. Kosshy, a satellite "
        "town of Astana, alone accounted for 64,500 sq m."
    )
    assert facts(text)["64,500 sq m"]["subject"] == "Kosshy"


def test_a_share_of_the_total_is_of_the_total_not_of_a_part_named_since():
    text = (
        " date 2022-04-21 KOKSHETAU – Akmola region commissioned 182,400 sq m of housing in the first quarter. "
        "Kosshy, a satellite town of Astana, alone accounted for 64,500 sq m.\n\n"
        "Individual developers provided 58% of the total."
    )
    assert facts(text)["58%"]["subject"] == "Akmola region"


def test_a_department_in_lower_case_is_never_the_topic():
    text = (
        " date 2023-11-21 KOKSHETAU – Entrepreneurs of Akmola region received loans of KZT48.6bn in January-"
        "October, the regional department of entrepreneurship said. The department of entrepreneurship expects "
        "more.\n\nSome 1,200 loan projects were supported."
    )
    assert facts(text)["1,200 loan projects"]["subject"] == "Akmola region"


def test_a_rate_written_by_n_percent_reaches_back_over_a_long_object_to_its_verb():
    text = (
        " date 2023-05-17 PAVLODAR – The upgrade cut electricity consumption per ton of alloy by 12% and dust "
        "emissions by 40%."
    )
    found = facts(text)
    assert (found["12%"]["value"], found["40%"]["value"]) == (-12, -40)


def test_a_growth_index_of_a_level_is_the_level():
    text = " date 2023-05-17 KARAGANDA – GRP reached KZT 8.1 trillion, with a real growth index of 104.6%."
    assert facts(text)["104.6%"]["value"] == 4.6


def test_the_industrial_park_a_plant_stands_in_does_not_govern():
    text = (
        " date 2024-02-08 ALMATY – The largest project is the Aksai Pharmaceuticals plant in Industrial Park No. 2, "
        "which will produce 120 million packages of medicines annually."
    )
    assert facts(text)["120 million packages"]["subject"] == "Aksai Pharmaceuticals"


def test_the_district_and_region_a_resort_stands_in_do_not_govern():
    text = (
        " date 2023-10-12 ALMATY – The Katon Grand Resort complex in the Katon-Karagay district of East Kazakhstan "
        "region received 48,000 guests over nine months."
    )
    assert facts(text)["48,000 guests"]["subject"] == "Katon Grand Resort"


def test_a_share_list_that_does_not_repeat_its_verb_stays_a_list_of_shares():
    text = (
        " date 2023-04-20 ASTANA – Services accounted for 52.6% of the city's economy, wholesale and retail trade "
        "for 12.4%, transport and storage for 8.8% and manufacturing for 7.9%."
    )
    found = facts(text)
    assert [found[q]["measure"] for q in ("52.6%", "12.4%", "8.8%", "7.9%")] == ["share"] * 4


def test_the_base_a_share_is_compared_with_is_a_share():
    text = (
        " date 2023-04-20 ASTANA – Wind and solar plants gave 6.2% of the country's electricity in 2022, "
        "up from 3.9% a year earlier."
    )
    assert facts(text)["3.9%"]["measure"] == "share"


def test_a_plan_joined_after_a_past_figure_leaves_that_figure_actual():
    text = (
        " date 2023-04-20 ASTANA – The share of processed fruit in the region's farm exports climbed to 23% in 2022 "
        "and is expected to rise to 35% by 2026."
    )
    found = facts(text)
    assert (found["23%"]["status"], found["35%"]["status"]) == ("actual", "planned")
    assert (found["23%"]["measure"], found["35%"]["measure"]) == ("share", "share")


def test_a_body_reporting_a_figure_with_a_modifier_before_its_name_is_not_its_subject():
    text = (
        " date 2023-10-12 PETROPAVLOVSK – North Kazakhstan region is the country's dairy leader. According to the "
        "regional department of agriculture, milk output reached 331,000 tonnes in January-September."
    )
    assert facts(text)["331,000 tonnes"]["subject"] == "North Kazakhstan region"


def test_the_earlier_level_a_share_rose_from_is_a_share():
    text = (
        " date 2022-05-03 SHYMKENT – The share of wool processed within the region rose to 41 percent last year, "
        "from 12 percent in 2019."
    )
    assert facts(text)["12 percent"]["measure"] == "share"


def test_sums_that_break_down_a_total_without_a_word_of_their_own_are_of_its_kind():
    text = (
        " date 2023-09-18 TASHKENT – Fruit exports reached $900 million in January-August. Dried apricots led "
        "with $310 million, followed by raisins at $240 million."
    )
    found = facts(text)
    assert (found["$310 million"]["measure"], found["$240 million"]["measure"]) == ("trade", "trade")


def test_a_sum_with_no_word_of_its_own_is_not_taken_from_another_paragraph():
    text = (
        " date 2023-09-18 TASHKENT – Fruit exports reached $900 million in January-August.\n\n"
        "A new cold store for $12 million opened in Samarkand."
    )
    assert facts(text)["$12 million"]["measure"] != "trade"


def test_investors_and_capital_expenditure_say_a_sum_is_investment_after_a_total_of_exports():
    text = (
        " date 2023-09-18 TASHKENT – Fruit exports reached $900 million in January-August. Foreign investors put "
        "in $75 million, and capital expenditure of the growers reached $46 mln."
    )
    found = facts(text)
    assert (found["$75 million"]["measure"], found["$46 mln"]["measure"]) == ("investment", "investment")


def test_a_town_near_which_a_company_works_is_not_the_subject_of_its_figures():
    text = (
        " date 2023-03-05 AKTOBE – Voskhod Chrome JSC makes ferrochrome. The company, founded in 1996, works two "
        "mines near Khromtau and employs some 6,800 people."
    )
    assert facts(text)["6,800 people"]["subject"] == "Voskhod Chrome"


def test_a_river_is_where_a_thing_stands_not_what_a_figure_is_about():
    text = (
        " date 2021-03-05 ALMATY – Kazakhstan is building a bridge across the Ural River, valued at 12 billion tenge."
    )
    assert facts(text)["12 billion tenge"]["subject"] != "Ural River"


def test_a_country_goods_go_to_is_not_the_topic_however_often_it_is_named():
    text = (
        " date 2022-04-21 ASTANA – Kazakhstan's exports to China reached $3.1 billion, while imports from China "
        "stood at $2.2 billion.\n\nGrain shipments to China doubled, to $182 million."
    )
    assert facts(text)["$182 million"]["subject"] == "Kazakhstan"


def test_a_clause_with_a_figure_after_a_comma_is_not_an_appositive_that_hides_its_subject():
    text = (
        " date 2024-07-18 ASTANA – Karatau Cement will start its kiln in 2025. The plant, worth 118 billion "
        "tenge, will create 450 jobs, the company said.\n\n"
        "According to the Ministry of Industry, Kazakhstan's production of construction materials totaled "
        "1.2 trillion tenge last year, and the index of physical volume stood at 106.9%."
    )
    found = facts(text)
    assert (found["1.2 trillion tenge"]["subject"], found["106.9%"]["subject"]) == ("Kazakhstan", "Kazakhstan")


def test_a_sum_stated_as_the_worth_of_goods_just_counted_is_their_value():
    text = (
        " date 2021-11-16 ASTANA – Exports of flour came to 1.6 million tonnes, worth $420 mln. The mill "
        "produced 80,000 tonnes of pasta valued at KZT31bn."
    )
    found = facts(text)
    assert (found["$420 mln"]["measure"], found["KZT31bn"]["measure"]) == ("trade", "output_value")


def test_a_planned_rate_keeps_the_deadline_written_after_it():
    text = ' date 2023-05-02 ALMATY – "We aim to bring output to 400,000 tons a year by 2027," the director said.'
    found = facts(text)["400,000 tons"]
    assert (found["period_start"], found["period_end"]) == (None, dt.date(2027, 12, 31))


def test_a_company_s_revenue_and_profit_are_the_company_s_not_its_plant_s_nor_its_country_s():
    text = (
        " date 2024-08-08 ALMATY – Kyzyl Gold, one of Kazakhstan's gold producers, raised output by 14%.\n\n"
        "The company's Akbakai processing plant treated 1.1 million tonnes of ore. Revenue rose 1.3 times to "
        "$112.4 mln, while net profit reached $38.7 mln."
    )
    found = facts(text)
    assert (found["$112.4 mln"]["subject"], found["$38.7 mln"]["subject"]) == ("Kyzyl Gold", "Kyzyl Gold")


def test_a_name_in_a_clause_of_cause_after_the_figure_is_not_its_subject():
    text = (
        " date 2023-10-27 ASTANA – In West Kazakhstan region, investments reached 498 billion tenge in "
        "January-September. The industrial production index stood at 96.8 percent as output at the "
        "Karachaganak field declined."
    )
    assert facts(text)["96.8 percent"]["subject"] == "West Kazakhstan region"


def test_where_a_share_of_shipments_went_is_not_whose_whole_it_is():
    text = (
        " date 2023-03-15 KARAGANDA – Exports of Karaganda region's steel reached $1.9 billion last year. "
        "Some 60% of shipments went to China and Central Asian countries."
    )
    assert facts(text)["60%"]["subject"] == "Karaganda region"


def test_inflation_a_central_bank_expects_is_the_country_s():
    text = (
        " date 2024-01-15 ASTANA – Kazakhstan's economy grew 5.1% in 2023. "
        "The National Bank of Kazakhstan cut the base rate to 15.75% in December and "
        "expects inflation to slow to 7.5-9.5% in 2024."
    )
    assert facts(text)["7.5-9.5%"]["subject"] == "Kazakhstan"


def test_a_past_relative_clause_after_a_plan_states_how_things_stood():
    text = (
        " date 2022-02-17 ASTANA – The new farms are expected to add 55,000 tonnes of poultry meat a year and to "
        "cut imports, which stood at 187,000 tonnes in 2021."
    )
    assert facts(text)["187,000 tonnes"]["status"] == "actual"


def test_a_department_named_by_what_it_does_is_not_the_subject_of_the_figures_it_reports():
    text = (
        " date 2022-11-02 SHYMKENT – Turkistan region harvested more cotton. Since January, exports of vegetables "
        "have reached 280,000 tons, said Serik Abenov, head of the regional agriculture department."
    )
    assert facts(text)["280,000 tons"]["subject"] == "Turkistan region"


def test_a_project_people_took_part_in_frames_the_count_it_is_not_its_subject():
    text = (
        " date 2024-07-18 TARAZ – Zhambyl region created 1,850 new jobs. Some 3,200 young people took part "
        "in the Youth Practice project."
    )
    assert facts(text)["3,200 young people"]["subject"] == "Zhambyl region"


def test_the_region_a_field_lies_in_is_not_the_subject_of_the_field_s_output():
    text = (
        " date 2023-04-22 URALSK – Oil production at the Tengiz field in Kazakhstan's Atyrau region amounted to "
        "7.1 million tonnes in January-March 2023."
    )
    assert facts(text)["7.1 million tonnes"]["subject"] == "Tengiz"


def test_a_figure_said_to_be_national_is_the_country_s():
    text = (
        " date 2022-11-09 KARAGANDA – Kazakhstan's drug makers are growing. Karaganda region's pharmaceutical "
        "output rose 12%. Nationally, the government aims to raise the share of domestic medicines to 50% by 2025."
    )
    assert facts(text)["50%"]["subject"] == "Kazakhstan"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Nickel accounted for 12,400 tons of the total.", "12,400 tons", "nickel"),
        ("Sheet steel accounted for 61,000 tons, and wire rod for 23,000 tons.", "23,000 tons", "wire rod"),
        (
            "Most of it was cement, while crushed stone amounted to 1.1 million tons.",
            "1.1 million tons",
            "crushed stone",
        ),
    ],
)
def test_a_part_named_before_its_verb_is_the_item(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


def test_a_named_enterprise_before_the_verb_is_not_the_item():
    text = (
        " date 2023-05-02 ALMATY – The Balkhash Nickel plant was modernised. Balkhash Nickel accounted for 9,000 tons."
    )
    assert facts(text)["9,000 tons"]["item"] is None


def test_a_prepositional_phrase_belongs_to_the_part_named():
    text = " date 2023-05-02 ALMATY – Cargo via the region's roads totalled 4.1 million tons."
    assert facts(text)["4.1 million tons"]["item"] == "cargo via the region's roads"


def test_the_part_of_which_a_figure_is_named_after_it():
    text = (
        " date 2023-05-02 ALMATY – Farms harvested 900,000 tonnes of vegetables, of which 310,000 tonnes were onions."
    )
    assert facts(text)["310,000 tonnes"]["item"] == "onions"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Barley output in the region fell by 3% to 410,000 tonnes.", "410,000 tonnes", "barley"),
        ("The gross cotton harvest has so far reached 290,000 tonnes.", "290,000 tonnes", "cotton"),
    ],
)
def test_an_amount_produced_is_of_the_product_whose_output_the_sentence_names(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


def test_industrial_output_names_no_product():
    text = (
        " date 2023-05-02 ALMATY – Industrial output in the region rose 4%, and steel mills smelted 2 million tonnes."
    )
    assert facts(text)["2 million tonnes"]["item"] != "industrial"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The Shardara plant generated 480 million kWh last year.", "electricity"),
        (
            "Last year small hydropower plants in the region generated 480 million kWh.",
            "electricity from small hydropower plants",
        ),
        ("Last year the region's power plants generated 480 million kWh.", "electricity"),
        ("Last year consumption reached 480 million kWh.", "electricity consumption"),
    ],
)
def test_energy_in_kwh_is_electricity_and_says_from_which_unnamed_plants(sentence, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)["480 million kWh"]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Grain loading at the Kostanay Grain Terminal rose 14% in May.", "14%", "grain loading"),
        ("Air cargo handling at the airport more than doubled over the year.", "doubled", "air cargo handling"),
        ("The volume of leased tractors increased 1.4-fold.", "1.4-fold", "leased tractors"),
        ("“Heating tariffs for households will not rise by more than 7%,” the akim said.", "7%", "heating tariffs"),
        ("Wool purchases grew more slowly, by 4.5%, to 9,300 tons.", "4.5%", "wool purchases"),
        ("Bus fares in the city were raised by 25% in June.", "25%", "bus fares"),
        ("The largest rise was seen in lumber, up 18%, while nails rose 6%.", "18%", "lumber"),
        ("The sheep flock was 2.4% larger than a year before.", "2.4%", "sheep flock"),
        ("Poultry output edged up 1.2% in May.", "1.2%", "poultry output"),
    ],
)
def test_what_changed_is_the_subject_of_the_verb_of_change(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"].lower() == item


def test_what_changed_is_the_object_of_a_verb_of_change_with_its_phrases():
    text = " date 2023-05-02 ALMATY – The new boilers cut the plant's gas consumption per tonne by 11%."
    assert facts(text)["11%"]["item"] == "gas consumption per tonne"


def test_a_named_entity_that_grew_is_not_the_item():
    text = " date 2023-05-02 ALMATY – Kazakhmys Smelting reported its results. Kazakhmys Smelting grew 6% in 2022."
    assert facts(text)["6%"]["item"] != "Kazakhmys Smelting"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Sunflowers were harvested from 310,000 hectares.", "310,000 hectares", "sunflowers"),
        ("The farm grows apples and pears on 420 hectares.", "420 hectares", "apples and pears"),
        ("The area under orchards in the region has grown to 9,100 hectares.", "9,100 hectares", "orchards"),
        (
            "Farmers will sow 2 million hectares, of which 1.4 million hectares will go under barley.",
            "1.4 million hectares",
            "barley",
        ),
        ("Of the total, 310,000 sq m are private houses.", "310,000 sq m", "private houses"),
        ("In May, 1,900 hectares of newly irrigated land were put into use.", "1,900 hectares", "newly irrigated land"),
    ],
)
def test_the_crop_or_building_of_an_area_is_its_item(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


def test_an_area_goes_on_with_the_item_of_the_paragraphs_last_area():
    text = (
        " date 2023-05-02 ALMATY – The city commissioned 800,000 square meters of housing in 2022. "
        "This year it plans to put into service 950,000 square meters."
    )
    assert facts(text)["950,000 square meters"]["item"] == "housing"


def test_an_amount_that_names_no_item_takes_the_item_of_the_last_amount_in_its_unit():
    text = (
        " date 2023-05-02 PAVLODAR – Smelters in the region produced 210,000 tonnes of aluminium in 2022.\n\n"
        "The Ekibastuz smelter alone accounted for 95,000 tonnes, its director said."
    )
    assert facts(text)["95,000 tonnes"]["item"] == "aluminium"


def test_an_area_that_is_a_difference_does_not_take_the_item_before():
    text = " date 2023-05-02 ALMATY – Wheat was sown on 90,000 hectares, 4,000 hectares more than last year."
    assert facts(text)["4,000 hectares"]["item"] != "wheat"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The average salary at the mill is 390,000 tenge.", "390,000 tenge", "average salary"),
        ("Net profit came to KZT5.1bn.", "KZT5.1bn", "net profit"),
        ("The deposit's proven reserves are put at 84 million tons.", "84 million tons", "proven reserves"),
        ("The budget of Kostanay region has been approved at 450 billion tenge.", "450 billion tenge", "budget"),
        ("Diesel demand will reach 7.2 million tonnes a year by 2030.", "7.2 million tonnes", "diesel demand"),
        ("Interest payments amount to 48 billion tenge a year.", "48 billion tenge", "interest payments"),
        ("Its coal stocks stand at 118,000 tons.", "118,000 tons", "coal stocks"),
        ("Equipment wear at the plant has reached 80%.", "80%", "equipment wear"),
        (
            "Gross international reserves stood at a record $4.3 billion.",
            "$4.3 billion",
            "gross international reserves",
        ),
    ],
)
def test_an_amount_a_linking_verb_states_is_of_the_phrase_before_it(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The average monthly salary at the plant rose to 412,000 tenge.", "412,000 tenge", "average monthly salary"),
        ("The average heating tariff fell 3.1% to 5,200 tenge.", "5,200 tenge", "average heating tariff"),
        ("The bank's loan portfolio grew 1.8 times to 214 billion tenge.", "214 billion tenge", "loan portfolio"),
    ],
)
def test_the_level_a_change_ended_at_is_of_the_phrase_before_the_verb(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


def test_the_facility_word_points_back_to_the_name_ending_in_it():
    text = (
        " date 2023-05-02 ALMATY – Ertis Textile Cluster LLP is building a spinning mill. "
        "At full capacity the cluster will produce 45 million square meters of fabric."
    )
    assert facts(text)["45 million square meters"]["subject"] == "Ertis Textile Cluster"


def test_a_partner_of_a_project_is_not_its_subject():
    text = (
        " date 2023-05-02 ALMATY – The project, led by Ertis Textile Cluster LLP with Chinese partner "
        "Huafang Textile Co., is valued at 285 billion tenge."
    )
    assert facts(text)["285 billion tenge"]["subject"] == "Ertis Textile Cluster"


def test_co_is_a_legal_form():
    text = " date 2023-05-02 ALMATY – Huafang Textile Co. will build a mill."
    assert [e["name"] for e in extract_article(text, "invented").entities] == ["Huafang Textile"]


def test_an_amount_of_goods_something_is_cut_by_is_a_decrease():
    text = " date 2023-05-02 ALMATY – The new boilers will cut coal use by 40,000 tons a year."
    cut = facts(text)["40,000 tons"]
    assert (cut["measure"], cut["value"], cut["item"]) == ("other", -40000, "decrease in coal use")


def test_an_area_more_than_last_year_is_an_increase_of_that_area():
    text = " date 2023-10-02 ALMATY – Wheat was sown on 90,000 hectares, 4,000 hectares more than last year."
    more = facts(text)["4,000 hectares"]
    assert (more["measure"], more["value"], more["item"]) == ("other", 4000, "increase in wheat area")


def test_a_rate_that_fell_to_a_level_is_that_level():
    found = facts(" date 2023-10-02 ALMATY – Unemployment in the region fell to 4.6% from 4.9%.")
    assert [(found[q]["measure"], found[q]["value"]) for q in ("4.6%", "4.9%")] == [("share", 4.6), ("share", 4.9)]


def test_a_percent_of_the_level_a_year_earlier_is_an_index():
    text = " date 2023-10-02 ALMATY – Lending reached KZT 300bn, or 96.8% of the level of the same period last year."
    index = facts(text)["96.8%"]
    assert (index["measure"], index["value"]) == ("growth_rate", -3.2)


def test_the_parts_listed_after_a_total_do_not_govern_it():
    text = (
        " date 2023-10-02 ASTANA – Astana's economy grew 4% in January-September. Since January, 31 projects "
        "have been launched, among them new workshops at Industrial Park No. 2."
    )
    assert facts(text)["31 projects"]["subject"] == "Astana"


def test_a_plan_things_are_done_under_is_not_the_subject():
    text = (
        " date 2023-10-02 KYZYLORDA – Kyzylorda region attracted 90 billion tenge in January-June. "
        "Under the Comprehensive Plan for the Development of Kyzylorda Region, "
        "the region expects to attract 200 billion tenge next year."
    )
    assert facts(text)["200 billion tenge"]["subject"] == "Kyzylorda region"


def test_where_goods_are_supplied_from_is_not_the_subject():
    text = (
        " date 2023-05-02 ATYRAU – The Zhaiyk PE complex will be built in Atyrau region. It will use ethane "
        "supplied from the Tengiz field via a new 140-km pipeline."
    )
    assert facts(text)["140-km"]["subject"] != "Tengiz"


def test_now_leaves_every_figure_of_its_clause_undated_across_a_number_with_a_comma():
    text = (
        " date 2023-10-02 ALMATY – In January-September, Almaty's hotels served 1.28 million guests. "
        "The city now has 1,046 hotels with 21,300 rooms."
    )
    assert facts(text)["21,300 rooms"]["period_start"] is None


def test_a_deadline_before_a_planned_capacity_dates_it():
    text = " date 2023-10-02 PAVLODAR – By 2026, a second stage is to raise the plant's capacity to 30,000 tons a year."
    planned = facts(text)["30,000 tons"]
    assert (planned["period_start"], planned["period_end"]) == (None, dt.date(2026, 12, 31))


def test_a_lender_that_provided_a_loan_is_not_whose_the_money_is():
    text = (
        " date 2023-10-02 SHYMKENT – The project is led by Ertis Textile Cluster LLP. The state is backing the "
        "project heavily. The Industrial Development Fund has approved a 15-year loan of KZT 48.6 billion."
    )
    assert facts(text)["KZT 48.6 billion"]["subject"] == "Ertis Textile Cluster"


def test_the_owners_in_a_joint_venture_appositive_are_not_the_company():
    text = (
        " date 2023-10-02 KARAGANDA – QazVolt Motors, a joint venture of Saryarka Industrial Group and China's "
        "Lingxin New Energy, has completed the first stage of its plant, the company said. "
        "The first stage cost 27.3 billion tenge."
    )
    assert facts(text)["27.3 billion tenge"]["subject"] == "QazVolt Motors"


def test_its_points_past_a_partner_named_last():
    text = (
        " date 2021-11-18 TARAZ – The Shu Wind project is being carried out by Altyn Dala Energy LLP together "
        "with the German developer Nordwind Renewables. Its cost is put at EUR 186 million."
    )
    assert facts(text)["EUR 186 million"]["subject"] not in ("Nordwind Renewables", "Altyn Dala Energy")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Some 190 flour mills operate in the country.", "190 flour mills"),
        ("The resort includes 24 chalets.", "24 chalets"),
    ],
)
def test_what_exists_now_does_not_take_the_frames_period(sentence, quote):
    text = " date 2023-10-02 ASTANA – In January-September, flour exports rose 12%. " + sentence
    assert facts(text)[quote]["period_start"] is None


def test_their_after_a_common_noun_subject_points_to_it_not_to_the_last_place():
    text = (
        " date 2023-02-07 KARAGANDA – Karaganda region's industry grew 3.8% in 2022. The Saryarka Wire plant in "
        "Temirtau cost KZT 21.6 bn.\n\nSmall and medium-sized businesses produced goods worth 2.3 trillion tenge, "
        "and their share in the gross regional product reached 34.2%."
    )
    assert facts(text)["34.2%"]["subject"] == "Karaganda region"


def test_a_distance_something_is_shortened_by_is_a_decrease():
    text = " date 2023-05-03 ASTANA – The new line will shorten the journey to the border by 540 km."
    assert facts(text)["540 km"]["value"] == -540


def test_sums_listed_after_a_trade_figure_are_trade():
    text = (
        " date 2024-08-22 ASTANA – Italy, the largest buyer, imported Kazakh goods worth nearly $6.3 billion, "
        "followed by the Netherlands ($2.8bn) and Spain (US$1.6 billion)."
    )
    found = facts(text)
    assert [found[q]["measure"] for q in ("$6.3 billion", "$2.8bn", "US$1.6 billion")] == ["trade"] * 3


def test_a_mine_life_in_years_is_a_duration_not_a_period():
    found = facts(" date 2021-11-18 KOSTANAY – Ore will be mined from three open pits over a mine life of 14 years.")
    assert (found["14 years"]["unit"], found["three open pits"]["period_start"]) == ("year", None)


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The owners expect the hotel to pay for itself in nine years.", "nine years", "payback period"),
        ("The tannery is exempt from land tax for 5 years.", "5 years", "tax exemption"),
        ("Construction of the terminal will take two years.", "two years", "construction period"),
    ],
)
def test_a_number_of_years_a_cue_names_is_that_term_with_no_period(sentence, quote, item):
    fact = facts(f" date 2023-03-14 TARAZ – {sentence}")[quote]
    assert (fact["unit"], fact["measure"], fact["item"], fact["period_start"]) == ("year", "other", item, None)


def test_plants_to_be_built_are_counted_not_produced():
    text = (
        " date 2024-02-07 ASTANA – Output is to reach 5 million tons by 2030, and the firm will build three new plants."
    )
    assert facts(text)["three new plants"]["measure"] == "count"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Sugar became cheaper by 7.2%.", -7.2), ("The combines will be 15% cheaper than imported ones.", 15)],
)
def test_cheaper_by_is_a_fall_in_price_and_cheaper_than_is_a_comparison(sentence, value):
    quote = sentence.split()[-1 if "by" in sentence else 4].rstrip(".")
    assert facts(" date 2023-05-12 ASTANA – " + sentence)[quote]["value"] == value


def test_the_most_a_pipeline_delivers_a_day_is_its_capacity():
    text = " date 2024-07-23 AKTAU – The pipeline delivers up to 110,000 cubic meters a day from the Volga."
    assert facts(text)["110,000 cubic meters"]["measure"] == "production_capacity"


def test_a_bare_count_a_part_verb_gives_takes_the_parts_name():
    assert facts(" date 2024-03-05 ALMATY – Foreign visitors accounted for 212,000 of the total.")["212,000"][
        "item"
    ] == ("foreign visitors")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The furnaces would add 650 jobs to the 3,400 people the plant already employs.", "3,400 people"),
        (
            "The modernisation will create 350 jobs, adding to the 3,850 people the smelter employs today.",
            "3,850 people",
        ),
    ],
)
def test_what_stands_now_inside_a_plan_is_actual(sentence, quote):
    assert facts(" date 2023-05-04 ASTANA – " + sentence)[quote]["status"] == "actual"


def test_production_a_company_guided_is_planned():
    text = " date 2024-02-01 ASTANA – For 2024 the company has guided production of 22,500-23,500 tonnes."
    assert facts(text)["22,500-23,500 tonnes"]["status"] == "planned"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        (
            "Investment in fixed capital in Zhambyl region rose 8.1% in January-March.",
            "8.1%",
            "investment in fixed capital",
        ),
        (
            "Kostanay region attracted 410 billion tenge of fixed-asset investment.",
            "410 billion tenge",
            "fixed-asset investment",
        ),
    ],
)
def test_the_names_of_fixed_capital_investment_are_kept_whole(sentence, quote, item):
    assert facts(" date 2023-05-02 TARAZ – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Kazakh exports to China reached $3.1 billion.", "$3.1 billion", "exports to China"),
        (
            "Imports from the Republic of Korea fell to $450 million.",
            "$450 million",
            "imports from the Republic of Korea",
        ),
        ("Trade turnover with the European Union rose 9% in 2022.", "9%", "trade turnover with the European Union"),
        ("Exports from Atyrau region came to $9.4 billion.", "$9.4 billion", "exports"),
    ],
)
def test_a_trade_partner_named_after_the_indicator_narrows_it(sentence, quote, item):
    assert facts(" date 2023-05-02 ASTANA – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote", "per"),
    [
        (
            "The abattoir can slaughter up to 900 head of cattle and up to 2,000 sheep per day.",
            "900 head of cattle",
            "day",
        ),
        ("The works has an annual capacity of 50,000 tons of soda ash and 20,000 tons of salt.", "20,000 tons", "year"),
        ("Kostanay Sugar plans to raise capacity from 2,000 to 5,000 tons per day.", "2,000", "day"),
    ],
)
def test_amounts_listed_under_one_rate_share_it(sentence, quote, per):
    found = facts(" date 2023-05-02 ASTANA – " + sentence)[quote]
    assert (found["per"], found["measure"]) == (per, "production_capacity")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The region has 41 flour mills and 9 oil extraction plants.", "9 oil extraction plants"),
        ("About 70% of the region's tractors are more than ten years old.", "70%"),
        ("The complex includes a 90-room hotel, 12 chalets and a ski area with 6 km of slopes.", "6 km"),
    ],
)
def test_a_sentence_in_the_present_tense_does_not_take_the_frames_period(sentence, quote):
    text = " date 2022-09-08 PETROPAVL – In January-August, the region produced 1.2 million tons of grain. " + sentence
    fact = facts(text)[quote]
    assert (fact["period_start"], fact["period_end"]) == (None, None)


def test_a_sentence_that_points_back_keeps_the_frames_period():
    text = (
        " date 2022-09-08 KARAGANDA – Over the next four years, the region plans to launch 12 projects. "
        "They are worth 30 billion tenge in total and are expected to create 600 jobs."
    )
    fact = facts(text)["30 billion tenge"]
    assert (fact["period_start"], fact["period_end"]) == (dt.date(2022, 1, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The greenhouse cost 18.6 billion tenge, including KZT 6.2 bn in loans from a state bank.", "KZT 6.2 bn"),
        ("The plant cost KZT4.8 billion, of which 2.7 billion tenge were provided as loans.", "2.7 billion tenge"),
    ],
)
def test_the_loans_that_paid_for_a_project_are_investment(sentence, quote):
    found = facts(" date 2024-02-02 ASTANA – " + sentence)
    assert found[quote]["measure"] == "investment"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Uzbekistan came second with 398 thousand tonnes.", "398 thousand tonnes"),
        ("Tajikistan bought 176,400 tonnes, down 9.2% year on year.", "176,400 tonnes"),
    ],
)
def test_a_country_that_buys_the_exports_is_not_their_subject(sentence, quote):
    text = " date 2024-02-09 ASTANA – Kazakhstan exported 1.2 million tonnes of flour in 2023. " + sentence
    assert facts(text)[quote]["subject"] == "Kazakhstan"


def test_a_plan_for_this_year_stays_a_plan_in_an_article_with_no_date():
    text = "PAVLODAR. KAZINFORM – Ertis Vagon Works plans to produce 2,500 freight wagons this year."
    fact = facts(text)["2,500 freight wagons"]
    assert (fact["status"], fact["period_start"], fact["period_end"]) == ("planned", None, None)


def test_a_localization_level_and_its_base_are_localization_rates():
    text = (
        " date 2024-10-03 KOSTANAY – As of the end of September, the plant's localization level stood at 52%, "
        "up from 38% at the beginning of the year."
    )
    found = facts(text)
    assert (found["52%"]["measure"], found["38%"]["measure"]) == ("localization_rate", "localization_rate")


def test_a_builder_named_with_where_it_is_based_is_not_the_subject():
    text = (
        " date 2024-08-06 BURABAY – Among the newcomers is the four-star Kokshe Grand Resort, built by "
        "Almaty-based Zhasyl Dala Group for KZT 14.2 billion."
    )
    assert facts(text)["KZT 14.2 billion"]["subject"] == "Kokshe Grand Resort"


def test_a_base_is_the_same_kind_of_sum_as_the_figure_it_is_compared_with():
    text = (
        " date 2024-03-05 ALMATY – A square meter in new buildings cost an average of 612,000 tenge in February, "
        "against 541,000 tenge a year earlier."
    )
    assert facts(text)["541,000 tenge"]["measure"] == "other"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The Ministry of Industry expects 17.5 million square meters of housing to be built.",
            "17.5 million square meters",
        ),
        ("The Ministry of Energy said that projects worth $12 billion are to be implemented.", "$12 billion"),
    ],
)
def test_a_figure_a_ministry_reports_or_forecasts_is_its_countrys(sentence, quote):
    assert (
        facts(" date 2024-05-14 ASTANA – In 2023, Kazakhstan built 15 million square meters. " + sentence)[quote][
            "subject"
        ]
        == "Kazakhstan"
    )


def test_the_hotel_points_back_to_the_resort_named_before():
    text = (
        " date 2024-08-06 BURABAY – Among the newcomers is the Zerde Grand Resort, built by Almaty-based Kok Group "
        "for KZT 14.2 billion. The hotel has 180 rooms."
    )
    assert facts(text)["180 rooms"]["subject"] == "Zerde Grand Resort"


def test_a_decrease_written_as_a_range_runs_from_the_larger_cut_to_the_smaller():
    fact = facts(" date 2024-02-12 PAVLODAR – The new filters should cut dust emissions by 30-35%.")["30-35%"]
    assert (fact["value"], fact["value_high"]) == (-35, -30)


def test_a_sum_lent_to_a_company_is_the_borrowers():
    text = " date 2023-06-14 ASTANA – The Asian Development Bank will lend up to $150 million to Kenkuduk Mining."
    assert facts(text)["$150 million"]["subject"] == "Kenkuduk Mining"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The upgrade will lift the yield of light products to 78% from 71% now.", "78%", "yield of light products"),
        ("The upgrade will lift the yield of light products to 78% from 71% now.", "71%", "yield of light products"),
        ("The mill's extraction rate is expected to rise to 94% next year.", "94%", "extraction rate"),
    ],
)
def test_a_percent_a_rate_is_moved_to_or_from_is_its_level_not_a_change(sentence, quote, item):
    fact = facts(" date 2023-03-09 KOSTANAY – " + sentence)[quote]
    assert (fact["measure"], fact["item"], fact["value"]) == ("other", item, float(quote.rstrip("%")))


def test_a_growth_rate_moving_to_a_level_is_still_a_change():
    fact = facts(" date 2023-03-09 ASTANA – Annual inflation slowed to 9.4% in February.")["9.4%"]
    assert fact["measure"] == "growth_rate"


def test_a_level_of_local_content_a_plant_is_raised_to_is_its_localization_rate():
    text = " date 2023-03-09 ATYRAU – The operator plans to raise local content in its purchases to 64%."
    assert facts(text)["64%"]["measure"] == "localization_rate"


def test_an_unnamed_plant_opening_the_article_is_the_plant_named_next_not_its_builder():
    text = (
        " date 2023-05-16 KOKSHETAU – A pasta factory able to make 40,000 tonnes a year has opened in Shortandy "
        "district. Built by Akmola Agro Group, the Zhaksy Makaron factory cost 9 billion tenge."
    )
    assert facts(text)["40,000 tonnes"]["subject"] == "Zhaksy Makaron"


def test_a_count_an_unnamed_farm_opens_with_is_the_farms_named_next():
    text = (
        " date 2023-05-16 KOKSHETAU – A poultry farm for 300,000 laying hens has opened in Zerendi district. "
        "The Kokshe Kus farm cost 6 billion tenge."
    )
    assert facts(text)["300,000 laying hens"]["subject"] == "Kokshe Kus"


def test_our_in_a_quotation_a_person_speaks_is_the_organisation_of_that_person():
    text = (
        " date 2023-09-12 SEMEY – Ertis Glass has opened a bottle plant in Semey, the regional akimat said. "
        "General director of Ertis Glass Marat Dosanov said the plant cost 12 billion tenge.\n\n"
        "Deputy akim of Abai region Aigerim Sultanova attended the ceremony.\n\n"
        "“About 40% of our sand comes from outside Abai region,” Dosanov said."
    )
    assert facts(text)["40%"]["subject"] == "Ertis Glass"


def test_a_speaker_named_by_surname_after_a_quotation_speaks_for_the_organisation_he_heads():
    text = (
        " date 2023-09-12 SEMEY – Ertis Glass has opened a bottle plant in Semey. General director of Ertis Glass "
        "Marat Dosanov attended the launch.\n\nAbai region imported 40 million bottles last year, deputy akim "
        "Aigerim Sultanova said. “This year we will make 90 million bottles,” Dosanov said."
    )
    assert facts(text)["90 million bottles"]["subject"] == "Ertis Glass"


def test_a_figure_a_clause_says_already_holds_is_actual_in_a_sentence_of_plans():
    text = (
        " date 2023-06-14 SATPAYEV – The mine will hire 400 more workers on top of the 1,900 people Altyn Tau "
        "already employs in the district, the company said."
    )
    assert facts(text)["1,900 people"]["status"] == "actual"


def test_two_amounts_a_plant_can_turn_out_share_the_rate_written_once_and_are_both_capacity():
    text = " date 2023-05-16 SHYMKENT – The plant can turn out 40 million vials and 900 million capsules per year."
    found = facts(text)
    assert [(found[q]["measure"], found[q]["per"]) for q in ("40 million vials", "900 million capsules")] == [
        ("production_capacity", "year"),
        ("production_capacity", "year"),
    ]


def test_a_rate_written_once_reaches_every_amount_of_a_list_whatever_its_unit():
    text = (
        " date 2023-05-16 TARAZ – The factory's capacity is 12 million square metres of tiles, 40,000 tons of "
        "grout and 9,000 tons of glue a year."
    )
    found = facts(text)
    assert [found[q]["per"] for q in ("12 million square metres", "40,000 tons", "9,000 tons")] == ["year"] * 3


def test_a_rate_inside_a_gap_stays_with_the_amount_before_it():
    text = (
        " date 2023-05-16 TARAZ – The mill will grind up to 90,000 tons of wheat annually, and three new "
        "elevators will be tied to it."
    )
    assert facts(text)["three new elevators"]["per"] is None


def test_a_company_paragraph_that_gives_its_share_of_the_whole_keeps_the_frames_period():
    text = (
        " date 2023-07-12 ASTANA – Tyre dealers sold 412,000 tyres in January-June 2023, the agency said.\n\n"
        "Kama Shina Trade sold 96,000 tyres, or 23% of the market."
    )
    assert facts(text)["96,000 tyres"]["period_end"] == dt.date(2023, 6, 30)


def test_a_company_paragraph_compared_with_the_same_period_last_year_keeps_the_frames_period():
    text = (
        " date 2021-10-20 ASTANA – Kazakhstan exported 2.1 million tons of flour in January-September.\n\n"
        "The biggest exporter, Aktobe Unu, shipped 310,000 tons abroad, up 21% on the same period last year."
    )
    found = facts(text)
    assert [found[q]["period_end"] for q in ("310,000 tons", "21%")] == [dt.date(2021, 9, 30)] * 2


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("A visitor to the lake spends on average $85 a day.", "$85"),
        ("The akimat reimburses 40% of the cost of drip systems.", "40%"),
        ("Some 310 people work at the port.", "310 people"),
        ("The bottler sells 60% of its water in Almaty.", "60%"),
    ],
)
def test_what_is_done_as_a_rule_in_the_present_takes_no_period_of_the_frame(sentence, quote):
    text = f" date 2023-09-12 AKTAU – Tourist arrivals reached 412,000 in January-August.\n\n{sentence}"
    assert facts(text)[quote]["period_start"] is None


def test_what_a_project_is_valued_at_is_a_plan_in_a_story_of_no_finished_project():
    text = " date 2023-03-14 TARAZ – Qaratau Glass will build a float glass plant. The project is valued at KZT48bn."
    assert facts(text)["KZT48bn"]["status"] == "planned"


def test_what_a_plant_is_designed_to_make_is_a_plan_in_a_story_of_no_finished_project():
    text = (
        " date 2023-03-14 TARAZ – Qaratau Glass will build a float glass plant. "
        "The plant is designed to produce 600 tons of glass a day."
    )
    assert facts(text)["600 tons"]["status"] == "planned"


def test_a_plant_to_be_built_in_a_town_is_no_finished_project():
    text = " date 2023-03-14 TARAZ – A glass plant will be built in Taraz. The project is valued at KZT48bn."
    assert facts(text)["KZT48bn"]["status"] == "planned"


def test_what_a_project_is_valued_at_stays_actual_once_the_story_reports_it_opened():
    text = " date 2023-03-14 TARAZ – A float glass plant was opened in Taraz. The project is valued at KZT48bn."
    assert facts(text)["KZT48bn"]["status"] == "actual"


def test_the_worth_of_goods_counted_before_it_has_their_item():
    found = facts(" date 2022-03-01 ASTANA – The region exported 2,100 tons of honey worth $6.2 million in 2021.")
    assert found["$6.2 million"]["item"] == found["2,100 tons"]["item"] == "honey exports"


def test_the_worth_of_goods_named_before_it_has_them_as_its_item():
    found = facts(" date 2022-03-01 ASTANA – Kazakhstan exported chocolate worth $84.5 million in 2021.")
    assert found["$84.5 million"]["item"] == "chocolate exports"


def test_a_name_in_a_clause_of_purpose_after_the_figure_does_not_govern_it():
    text = (
        " date 2022-10-14 BISHKEK – Garment makers in Bishkek exported 12,000 tons of clothing. The city will lend "
        "300 million soms to workshops next year, so that they can meet the rules of the Eurasian Economic Union."
    )
    assert facts(text)["300 million soms"]["subject"] == "Bishkek"


def test_the_country_is_the_country_named_not_the_foreign_investors_nationality():
    text = (
        " date 2024-02-27 TALDYKORGAN – Chinese investor Henan Tianli and its Chinese partners will build a "
        "sugar plant, China's ambassador said. Kazakhstan consumes about 600,000 tonnes of sugar a year. "
        "The country imported 412,000 tonnes of raw sugar in 2023."
    )
    assert facts(text)["412,000 tonnes"]["subject"] == "Kazakhstan"


def test_a_river_written_in_lower_case_is_where_a_building_stands_not_its_subject():
    text = (
        " date 2023-02-14 ASTANA – The largest project is City Clinic No. 5 on the right bank of the Ishim river. "
        "It will have 600 beds."
    )
    assert facts(text)["600 beds"]["subject"] == "City Clinic No. 5"


def test_places_set_between_dashes_after_in_say_where_not_whose():
    text = (
        " date 2022-10-14 ASTANA – Kazakhstan's four cement plants – in Shymkent, Taraz and Semey – together "
        "made 9.1 million tonnes of cement in January-September."
    )
    assert facts(text)["9.1 million tonnes"]["subject"] == "Kazakhstan"


def test_the_southern_capital_is_almaty_even_after_astana_is_named():
    text = (
        " date 2023-07-28 ASTANA – Retail sales in Astana rose 9%. The southern capital accounted for 27.6% of "
        "Kazakhstan's retail sales over the half-year."
    )
    assert facts(text)["27.6%"]["subject"] == "Almaty"


def test_a_name_that_opens_a_clause_of_cause_after_the_figure_does_not_govern_it():
    text = (
        " date 2023-05-02 TALDYKORGAN – Zhetysu region exported more fruit this year. Apple exports grew 12% "
        "after Uzbekistan lifted its import duties."
    )
    assert facts(text)["12%"]["subject"] == "Zhetysu region"


def test_since_a_start_dated_by_a_year_runs_from_that_year_to_publication():
    text = " date 2023-05-17 URALSK – Since construction began in 2020, the operator has spent 96 billion tenge."
    fact = facts(text)["96 billion tenge"]
    assert (fact["period_start"], fact["period_end"]) == (dt.date(2020, 1, 1), dt.date(2023, 5, 17))


def test_a_figure_in_a_new_predicate_after_including_is_no_part_of_the_figure_before():
    text = (
        " date 2023-05-02 SHYMKENT – The plant will make 40 generic medicines, including antibiotics and "
        "vaccines, and has created 300 permanent jobs."
    )
    assert facts(text)["300 permanent jobs"]["measure"] == "jobs"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Some 640 companies with Turkish capital operate in the country.", "640 companies"),
        ("The fare remains 150 tenge per trip.", "150 tenge"),
    ],
)
def test_a_present_state_after_a_dated_sentence_takes_no_period(sentence, quote):
    text = " date 2023-05-02 ALMATY – Bus traffic grew 6% in 2022. " + sentence
    fact = facts(text)[quote]
    assert (fact["period_start"], fact["period_end"]) == (None, None)


def test_the_year_a_company_was_founded_in_does_not_date_its_workforce():
    text = (
        " date 2024-02-02 ASTANA – Qazcode Labs earned $52 million abroad in 2023. The company, founded in Almaty "
        "in 2016, employs 1,200 engineers."
    )
    fact = facts(text)["1,200 engineers"]
    assert (fact["period_start"], fact["period_end"]) == (None, None)


def test_a_zone_a_plant_sits_in_is_where_it_is_not_what_its_capacity_is_of():
    text = (
        " date 2022-11-18 ATYRAU – Aral Polymer has started up its new plant. The plant sits in the National "
        "Petrochemical Technopark special economic zone and has a design capacity of 400,000 tons a year."
    )
    assert facts(text)["400,000 tons"]["subject"] == "Aral Polymer"


def test_a_sum_a_bank_will_lend_is_the_borrowers_not_the_banks():
    text = (
        " date 2021-09-08 KARAGANDA – Saryarka Teplo will invest 60 billion tenge in modernizing its plant. "
        "The Development Bank of Kazakhstan will lend 40 billion tenge for 15 years."
    )
    assert facts(text)["40 billion tenge"]["subject"] == "Saryarka Teplo"


def test_a_zone_a_plant_stands_in_does_not_borrow_for_it():
    text = (
        " date 2021-11-02 SHYMKENT – Ordabasy Lime has opened a plant in Industrial Zone No. 4. "
        "The Development Bank of Kazakhstan provided a loan of 12 billion tenge for the project."
    )
    assert facts(text)["12 billion tenge"]["subject"] == "Ordabasy Lime"


def test_the_place_an_agreement_was_signed_in_is_not_whose_figure_it_is():
    text = (
        " date 2023-05-03 ASTANA – Kazakhstan's Jezkazgan Copper will borrow $300 million from a regional lender. "
        "The loan agreement, signed in Astana on May 2, has a tenor of 10 years."
    )
    assert facts(text)["10 years"]["subject"] != "Astana"


def test_a_ranking_of_wages_goes_on_with_the_wage_named_before():
    found = facts(
        " date 2024-05-02 ASTANA – The average monthly nominal wage reached 402,000 tenge in the first quarter.\n\n"
        "Pay was highest in Mangystau region, at 701,000 tenge, and lowest in Zhambyl region, at 251,000 tenge."
    )
    for quote in ("701,000 tenge", "251,000 tenge"):
        assert (found[quote]["item"], found[quote]["per"], found[quote]["measure"]) == (
            "average monthly nominal wage",
            "month",
            "other",
        )


def test_taxes_paid_after_a_wage_are_not_a_wage():
    found = facts(
        " date 2024-05-02 ASTANA – Wages at the smelter average 520,000 tenge a month.\n\n"
        "The company paid 41 billion tenge in taxes last year."
    )
    assert found["41 billion tenge"]["per"] is None


def test_the_years_of_a_programme_name_do_not_date_what_was_done_under_it():
    found = facts(
        " date 2023-09-12 ASTANA – In January-August, 9,100 flats were built in the city.\n\n"
        "Of them, 2,600 flats were built under the Nurly Zher state programme for 2020-2025."
    )
    assert (found["2,600 flats"]["period_start"], found["2,600 flats"]["period_end"]) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 8, 31),
    )


def test_a_plan_of_a_programme_is_for_the_programme_years():
    found = facts(" date 2023-09-12 ASTANA – Under its programme for 2024-2026, the city will build 40 schools.")
    assert (found["40 schools"]["period_start"], found["40 schools"]["period_end"]) == (
        dt.date(2024, 1, 1),
        dt.date(2026, 12, 31),
    )


def test_the_works_of_an_enterprise_spoken_of_before_are_its_own():
    found = facts(
        " date 2023-05-10 PAVLODAR – Pavlodar region attracted KZT 410 billion of investment in January-April.\n\n"
        "Irtysh Steel Works has finished upgrading its rolling mill.\n\n"
        "The upgrade cut energy use by 14%."
    )
    assert found["14%"]["subject"] == "Irtysh Steel Works"


def test_a_base_graded_as_a_record_does_not_frame_the_next_sentence():
    found = facts(
        " date 2024-03-05 ASTANA – Exports totalled $61.2 billion in 2023, down 8% from the record $66.6 billion"
        " of 2022.\n\nOil accounted for $33.1 billion."
    )
    assert found["$66.6 billion"]["period_start"] == dt.date(2022, 1, 1)
    assert found["$33.1 billion"]["period_start"] == dt.date(2023, 1, 1)


def test_a_period_in_the_possessive_dates_only_the_amount_it_qualifies():
    found = facts(
        " date 2021-10-05 TARAZ – The region expects to harvest 310,000 tonnes of sugar beet, beating"
        " last year's 262,000 tonnes."
    )
    assert found["262,000 tonnes"]["period_start"] == dt.date(2020, 1, 1)
    assert found["310,000 tonnes"]["period_start"] != dt.date(2020, 1, 1)


def test_an_area_a_harvest_came_from_is_no_base_of_the_harvest():
    found = facts(
        " date 2021-10-05 TARAZ – Farmers have threshed 98,000 tonnes of rice from 21,000 hectares this year."
    )
    assert found["98,000 tonnes"]["period_start"] == dt.date(2021, 1, 1)


def test_the_ones_ranked_ahead_after_a_superlative_are_not_the_subject():
    found = facts(
        " date 2023-12-15 AKTAU – Iran has become the third-largest buyer of Kazakh wheat after Uzbekistan and"
        " Afghanistan, taking about 12% of the shipments."
    )
    assert found["12%"]["subject"] == "Iran"


def test_a_street_a_building_stands_on_is_not_the_subject():
    found = facts(
        " date 2023-10-12 ALMATY – Among the new hotels is the 210-room Alatau Grand on Abay Avenue,"
        " a project valued at KZT 28 billion."
    )
    assert found["KZT 28 billion"]["subject"] == "Alatau Grand"


def test_places_ranked_in_a_new_paragraph_take_the_indicator_reported_last():
    found = facts(
        " date 2024-10-16 ASTANA – Industrial output grew 2.8% in January-September.\n\n"
        "Zhambyl region led with an index of 118.6%, followed by Turkistan region at 112.4%."
    )
    assert found["118.6%"]["item"] == found["112.4%"]["item"] == "industrial output"


def test_a_base_dates_neither_the_figure_nor_a_count_before_it():
    found = facts(
        " date 2024-02-09 ASTANA – The miner poured 14.2 tons of gold at its three mines, up from 12.9 tons in 2022."
    )
    assert found["three mines"]["period_start"] is None


def test_an_aside_after_a_bracketed_abbreviation_does_not_govern():
    found = facts(
        " date 2023-10-12 ATYRAU – Ural Refining Company (URC), which operates the oil refinery in Uralsk,"
        " processed 2.1 million tonnes of crude oil in January-September."
    )
    assert found["2.1 million tonnes"]["subject"] == "Ural Refining Company"


def test_whose_partner_a_country_is_does_not_govern_the_partners_share():
    found = facts(
        " date 2023-08-29 ASTANA – China remained Kyrgyzstan’s largest trading partner, accounting for 31.4% of"
        " the country's foreign trade."
    )
    assert found["31.4%"]["subject"] == "China"


def test_a_figure_stated_with_now_after_a_dated_clause_has_no_period():
    text = " date 2023-03-01 AKTAU – The town's population grew 2.9% in 2022 and now exceeds 81,000 people."
    got = facts(text)
    assert (got["2.9%"]["period_start"], got["81,000 people"]["period_start"]) == (dt.date(2022, 1, 1), None)


def test_a_clause_that_says_what_now_operates_is_not_dated_by_the_clause_before():
    text = (
        " date 2023-03-01 AKTAU – Over the past five years, Turkish firms have invested US$2.8 billion in the region, "
        "and more than 740 companies with Turkish capital now operate there."
    )
    assert facts(text)["740 companies"]["period_start"] is None


def test_so_far_after_a_dated_clause_keeps_the_date():
    text = " date 2023-11-01 AKTAU – Output fell 2% in October, and the plant has so far shipped 81,000 tonnes."
    assert facts(text)["81,000 tonnes"]["period_end"] is not None


def test_the_month_a_hotel_is_due_to_open_does_not_date_its_value():
    text = (
        " date 2023-05-10 TURKISTAN – The 180-room Oasis Grand hotel, worth 12.5 bln tenge, is due to open in December."
    )
    assert facts(text)["12.5 bln tenge"]["period_start"] is None


def test_the_year_set_for_completion_does_not_date_an_area():
    text = (
        " date 2023-05-10 AKTAU – Qazaq Logistics is building a warehouse hub near the port. The hub, covering "
        "12 hectares, is scheduled for completion in 2025."
    )
    assert facts(text)["12 hectares"]["period_end"] is None


def test_what_a_company_is_now_building_is_planned():
    text = " date 2023-05-10 KOSTANAY – The holding is now building a feed mill for 40,000 tonnes a year."
    assert facts(text)["40,000 tonnes"]["status"] == "planned"


def test_what_a_resort_is_adding_is_planned():
    text = " date 2023-05-10 ALMATY – Shymbulak Park is adding three lifts and 9 km of runs."
    got = facts(text)
    assert (got["three lifts"]["status"], got["9 km"]["status"]) == ("planned", "planned")


def test_the_level_a_plan_raises_output_from_is_actual():
    text = (
        " date 2023-05-10 RIDDER – Altai Zinc will spend 84 billion tenge on its mine, raising ore output to 2 million "
        "tonnes a year from 1.1 million tonnes."
    )
    got = facts(text)
    assert (got["2 million tonnes"]["status"], got["1.1 million tonnes"]["status"]) == ("planned", "actual")


def test_more_than_before_a_planned_figure_is_a_bound_not_a_base():
    text = " date 2023-05-10 RIDDER – The mine will add 450 jobs, bringing its headcount to more than 2,000 jobs."
    assert facts(text)["2,000 jobs"]["status"] == "planned"


def test_a_level_that_currently_stands_beside_a_plan_is_actual():
    text = (
        " date 2023-05-10 TALDYKORGAN – The plant plans to triple juice exports, currently about 3,000 tonnes a year, "
        "by 2026."
    )
    assert facts(text)["3,000 tonnes"]["status"] == "actual"


def test_shares_listed_without_their_verb_stay_shares():
    text = (
        " date 2023-05-10 ASTANA – Last year, wind farms produced 12.5% of all electricity, solar plants 7.1% and "
        "small hydropower plants 2.3%."
    )
    got = facts(text)
    assert (got["7.1%"]["measure"], got["2.3%"]["measure"]) == ("share", "share")


def test_a_change_after_a_share_in_a_new_clause_is_not_a_share():
    text = " date 2023-05-10 ASTANA – Wind farms produced 12.5% of all electricity, and output rose 7.1%."
    assert facts(text)["7.1%"]["measure"] == "growth_rate"


def test_a_facility_named_like_its_project_company_keeps_its_own_name():
    text = (
        " date 2024-02-20 ASTANA – The Kok Zhel wind farm generated 212 million kWh of electricity in 2023, said the "
        "project company Kok Zhel Energy.\n\nThe farm employs 38 permanent staff."
    )
    assert facts(text)["38 permanent staff"]["subject"] == "Kok Zhel"


def test_the_company_written_before_a_name_does_not_point_back_to_another():
    text = (
        " date 2024-02-20 ALMATY – The Ile Freight Depot was built by Qazaq Rail Logistics LLP together with the "
        "Turkish handling company Kaya Depot Services. The project cost 8.5 billion tenge."
    )
    assert facts(text)["8.5 billion tenge"]["subject"] == "Ile Freight Depot"


def test_a_place_in_an_aside_on_when_a_plant_was_commissioned_does_not_govern():
    text = (
        " date 2022-10-19 TARAZ – Qaratau Cement LLP reported record output. The plant, commissioned in 2016 near the "
        "village of Kokbastau, runs two kilns with a combined capacity of 1.6 million tons of clinker per year."
    )
    assert facts(text)["two kilns"]["subject"] == "Qaratau Cement"


def test_for_the_quarter_points_back_to_the_quarter_named_not_to_a_later_period():
    text = (
        " date 2022-11-03 ASTANA – Kengir Mining JSC produced 18,640 tonnes of copper in the third quarter of 2022."
        "\n\nOver nine months, output totalled 52,300 tonnes.\n\nRevenue for the quarter came to $148.6 million."
    )
    got = facts(text)["$148.6 million"]
    assert (got["period_start"], got["period_end"]) == (dt.date(2022, 7, 1), dt.date(2022, 9, 30))


def test_an_average_named_right_after_a_wage_is_that_wage():
    text = (
        " date 2021-11-18 AKTAU – The average monthly wage in the region rose to 312,400 tenge in the third quarter. "
        "The national average was 245,000 tenge."
    )
    got = facts(text)["245,000 tenge"]
    assert (got["measure"], got["per"]) == ("other", "month")


def test_a_title_city_the_body_first_names_as_its_region_is_the_region():
    text = (
        "Kyzylorda farmers get KZT41bn in soft loans\n\n"
        " date 2023-06-07 KYZYLORDA – Farms of Kyzylorda region received 312 preferential loans worth KZT41.3bn "
        "in January-May."
    )
    assert facts(text)["KZT41bn"]["subject"] == "Kyzylorda region"


def test_a_figure_with_no_named_subject_is_of_the_country_an_article_abroad_names():
    text = (
        "(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, May 16. Copper miners paid 2.1 billion soms in fees to "
        "Kyrgyzstan's budget in January-March 2023. Kyrgyzstan plans new mines."
    )
    assert facts(text)["2.1 billion soms"]["subject"] == "Kyrgyzstan"


def test_a_share_list_goes_on_after_the_whole_is_named():
    text = (
        " date 2023-05-16 ASTANA – Leather goods account for 45% of the bank's loan book, sawmills and furniture "
        "making for 30%, and printing for 20%."
    )
    found = facts(text)
    assert (found["30%"]["measure"], found["20%"]["measure"]) == ("share", "share")


def test_a_base_s_period_does_not_date_the_figures_after_it():
    text = (
        " date 2024-03-05 ASTANA – Tas Mining plans to mine 3 million tons of ore this year, up from 2.5 million tons "
        "in 2023, and to produce 4 tons of gold."
    )
    assert str(facts(text)["4 tons"]["period_end"]) == "2024-12-31"


def test_a_company_named_mining_is_no_product_being_mined():
    text = " date 2024-03-05 ASTANA – Tas Mining plans to mine 3 million tons of ore, up from 2.5 million tons in 2023."
    assert facts(text)["2.5 million tons"]["item"] == "ore"


def test_a_share_list_goes_on_past_a_capitalised_name_ending_in_ed():
    text = " date 2024-03-12 ASTANA – Iran took 41% of the volume, the United Arab Emirates 27% and Qatar 14%."
    assert facts(text)["27%"]["measure"] == "share"


def test_a_nationwide_figure_is_the_home_countrys_not_the_country_named_most():
    text = (
        " date 2024-03-05 ASTANA – China bought honey. China pays well. Abai region produced 900 tonnes of honey "
        "last year. Nationwide, beekeepers collected 13,100 tonnes."
    )
    assert facts(text)["13,100 tonnes"]["subject"] == "Kazakhstan"


def test_a_figure_currently_estimated_in_a_plans_sentence_is_actual():
    text = (
        " date 2024-03-05 ASTANA – At full capacity the plant will meet 30% of demand, currently estimated at "
        "8 million square metres a year."
    )
    assert facts(text)["8 million square metres"]["status"] == "actual"


def test_a_price_names_the_unit_it_is_paid_for():
    text = " date 2024-03-05 ASTANA – The average retail price of beef stood at KZT 3,400 per kilogram in February."
    assert facts(text)["KZT 3,400"]["item"] == "average retail price of beef per kilogram"


def test_the_change_of_a_price_names_the_price_not_its_unit():
    text = " date 2024-03-05 ASTANA – The average tariff came to KZT 19.5 per kWh, down 4.2% from the last auction."
    assert facts(text)["4.2%"]["item"] == "average tariff"


def test_an_absolute_cut_by_approximately_an_amount_is_a_decrease():
    text = " date 2024-03-05 ASTANA – The wind farm will cut CO2 emissions by approximately 210,000 tonnes a year."
    found = facts(text)["210,000 tonnes"]
    assert (found["value"], found["item"]) == (-210000, "decrease in CO2 emissions")


def test_a_title_that_describes_a_place_s_company_is_about_the_company_the_body_names():
    text = (
        "Kostanay flour maker lifts output by 14%\n\n05.03.2024, 11:42\n\n"
        "KOSTANAY. KAZINFORM – Kostanay Un LLP milled 90,000 tonnes of flour in 2023."
    )
    assert facts(text)["14%"]["subject"] == "Kostanay Un"


def test_a_title_on_a_places_meat_processor_is_about_the_company_the_body_names():
    text = (
        "Semey meat processor lifts beef exports by 30%\n\n05.03.2024, 11:42\n\n"
        "SEMEY – Ertis Tagam LLP exported 4,100 tonnes of beef in 2023."
    )
    assert facts(text)["30%"]["subject"] == "Ertis Tagam"


def test_our_in_a_quote_of_an_officer_named_without_a_company_is_the_company_spoken_of():
    text = (
        " date 2024-03-05 ASTANA – Dala Pharm opened a plant in Taraz. In January-October, the plant produced "
        '40 million packages. "Next year we plan to double our exports," said director general Aigul Sarsenova.'
    )
    assert facts(text)["double"]["subject"] == "Dala Pharm"


def test_output_raised_to_an_amount_is_of_the_product_the_subject_makes():
    text = (
        " date 2024-03-05 ASTANA – Polimer Kz produced 300,000 tons of polypropylene in 2023. "
        "For 2024, the company plans to raise output to 470,000 tons."
    )
    assert facts(text)["470,000 tons"]["item"] == "polypropylene"


def test_a_rate_glued_to_the_unit_gives_the_per():
    text = " date 2023-05-02 ALMATY – The new boiler house of Ertis Zhylu will have a capacity of 40 Gcal/h."
    assert facts(text)["40 Gcal/h"]["per"] == "hour"


def test_a_nationality_naming_the_origin_of_a_part_does_not_take_the_share():
    text = (
        " date 2023-05-02 ALMATY – Shyraq Glass is building a glass container plant in Taraz worth $60 million. "
        "Kazakh suppliers will provide 40% of the equipment."
    )
    assert facts(text)["40%"]["subject"] == "glass container plant in Taraz"


def test_a_nationality_before_the_thing_shared_of_a_place_article_still_names_the_country():
    text = " date 2023-05-02 ALMATY – Kazakh wheat accounted for 60% of Afghanistan's flour imports last year."
    assert facts(text)["60%"]["subject"] == "Kazakhstan"


@pytest.mark.parametrize(
    ("sentence", "quote", "period"),
    [
        (
            "Power use grew by 6.1% in 2023 to 14.2 billion kWh.",
            "14.2 billion kWh",
            (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ),
        ("Recycling should reach 30% by 2026 and 45-50% by 2030.", "45-50%", (None, dt.date(2030, 12, 31))),
    ],
)
def test_an_amount_after_a_year_and_to_or_and_is_no_second_year(sentence, quote, period):
    found = facts(f" date 2024-03-05 ALMATY – {sentence}")
    assert (found[quote]["period_start"], found[quote]["period_end"]) == period


def test_a_two_digit_year_after_a_dash_still_ends_a_range():
    found = facts(" date 2024-03-05 ALMATY – The plan for 2022-23 includes 40 schools.")
    assert (found["40 schools"]["period_start"], found["40 schools"]["period_end"]) == (
        dt.date(2022, 1, 1),
        dt.date(2023, 12, 31),
    )


def test_money_set_for_a_year_not_yet_over_is_a_plan_and_frames_the_plans_after_it():
    text = (
        " date 2024-03-05 ALMATY – The Abai region's budget for 2024 was approved at KZT240bn. "
        "Health care will receive KZT31bn."
    )
    found = facts(text)
    assert found["KZT240bn"]["status"] == "planned"
    assert (found["KZT31bn"]["period_start"], found["KZT31bn"]["period_end"]) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )


def test_money_for_a_year_already_over_stays_actual():
    text = " date 2024-03-05 ALMATY – The Abai region's budget for 2023 was executed at KZT240bn."
    assert facts(text)["KZT240bn"]["status"] == "actual"


@pytest.mark.parametrize(
    ("opening", "reference", "quote", "company"),
    [
        (
            "Dastarkhan Market LLP opened its 40th store in Taraz in May, the city akimat said.",
            "In 2022, the chain's revenue rose by 18%.",
            "18%",
            "Dastarkhan Market",
        ),
        (
            "The tender to connect villages in Karaganda region was won by Saryarka Telecom JSC, the akimat said.",
            "In Karaganda region, the operator plans to lay 300 km of fibre.",
            "300 km",
            "Saryarka Telecom",
        ),
    ],
)
def test_a_company_word_points_back_to_the_company_named_last(opening, reference, quote, company):
    text = f" date 2023-05-02 ALMATY – {opening} {reference}"
    assert facts(text)[quote]["subject"] == company


def test_the_fund_points_back_to_a_name_holding_the_word_not_to_a_body_named_since():
    text = (
        " date 2023-05-02 ALMATY – The Shanyraq Pension Fund reported the figures at a briefing at the Central "
        "Communications Service. The fund's assets grew by 14% to 3.2 trillion tenge."
    )
    assert facts(text)["3.2 trillion tenge"]["subject"] == "Shanyraq Pension Fund"


def test_a_technology_named_by_its_abbreviation_is_not_the_subject_of_the_company_that_sells_it():
    text = (
        " date 2023-06-14 KARAGANDA – Saryarka Telecom has laid 900 km of fibre this year. The company's FTTH "
        "network now reaches 48,000 homes, and its IPTV service has 21,000 subscribers."
    )
    found = facts(text)
    assert found["48,000 homes"]["subject"] == "Saryarka Telecom"
    assert found["21,000 subscribers"]["subject"] == "Saryarka Telecom"


def test_a_mountain_range_a_plant_stands_under_is_not_the_company_the_company_refers_to():
    text = (
        " date 2023-06-14 ALMATY – Tau Sut LLP has opened a dairy at the foot of the Dzungarian Alatau. "
        "The company expects to process 40,000 tonnes of milk a year."
    )
    assert facts(text)["40,000 tonnes"]["subject"] == "Tau Sut"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Sky Steppe Air flew 410,000 passengers and will lease four A321neo jets worth $220 million.", "$220 million"),
        ("Nomad Pharm will make 12 million doses of vaccine against hepatitis B a year.", "12 million doses"),
        ("Dala Logistics has built 64,000 sq m of Class A warehouses.", "64,000 sq m"),
        ("Soviet canals in Zhambyl region lose 35% of their water.", "35%"),
    ],
)
def test_models_letters_grades_and_the_soviet_past_are_not_subjects(sentence, quote):
    subject = facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["subject"]
    assert subject in ("Sky Steppe Air", "Nomad Pharm", "Dala Logistics", "Zhambyl region")


def test_an_uzbek_name_keeps_the_apostrophe_inside_its_words():
    text = " date 2023-05-02 TASHKENT – Qishloq Yo'llari has repaired 320 km of rural roads this year."
    assert facts(text)["320 km"]["subject"] == "Qishloq Yo'llari"


def test_the_owners_of_a_joint_venture_between_two_firms_are_not_the_plant_it_builds():
    text = (
        " date 2023-05-02 ALMATY – Dala Pharm, a joint venture between a local investor and Germany's Rheinmed, "
        "has started building a plant in Almaty region.\n\nThe plant will make 30 million ampoules a year."
    )
    assert facts(text)["30 million ampoules"]["subject"] == "Dala Pharm"


def test_a_part_of_a_count_in_the_sentence_before_counts_the_same_things():
    text = (
        " date 2023-05-02 ALMATY – The district ordered 640 heat meters for its schools. "
        "Of these, 212 have been fitted so far."
    )
    part = facts(text)["212"]
    assert (part["measure"], part["unit"], part["item"]) == ("count", "count", "heat meters")


def test_an_industry_association_that_reports_the_figures_is_not_the_topic():
    text = (
        " date 2023-05-02 ALMATY – Furniture makers in Kazakhstan sold goods worth 84 billion tenge in 2022, "
        "the Kazakhstan Furniture Makers Association said.\n\n"
        "Exports rose 12% to 9.1 billion tenge, the association added. Its chairman expects growth to slow.\n\n"
        "Imported furniture still took 61% of the market."
    )
    assert facts(text)["61%"]["subject"] == "Kazakhstan"


def test_a_brand_before_what_is_sold_under_it_is_not_the_plant():
    text = (
        " date 2023-05-02 ALMATY – Ertis Motor Works, which assembles Altai and Bars vehicles, raised output. "
        "Altai sedans made up 2,400 units and Bars pickups 900 units. The plant employs 640 people."
    )
    assert facts(text)["640 people"]["subject"] == "Ertis Motor Works"


def test_a_place_right_after_a_name_and_in_is_where_it_stands_not_the_subject():
    text = (
        " date 2023-05-02 ALMATY – Among universities, Zhetysu State University in Taldykorgan will get 1.2 bln tenge."
    )
    assert facts(text)["1.2 bln tenge"]["subject"] == "Zhetysu State University"


def test_a_percent_no_word_names_after_a_share_of_its_sentence_is_a_share():
    text = (
        " date 2023-06-14 ASTANA – Firms in the capital earned 41% of the park's export revenue, "
        "and those in Shymkent 17%."
    )
    assert facts(text)["17%"]["measure"] == "share"


def test_a_share_that_is_to_reach_a_level_is_a_share():
    text = " date 2023-06-14 ASTANA – The share of gas in heat generation is to reach 35% by 2029, up from 21% today."
    assert [facts(text)[q]["measure"] for q in ("35%", "21%")] == ["share", "share"]


def test_an_amount_something_has_fallen_by_is_a_negative_change():
    text = " date 2023-11-22 ALMATY – Since January, household coal use has fallen by 41,000 tons, the akimat said."
    fallen = facts(text)["41,000 tons"]
    assert (fallen["measure"], fallen["value"]) == ("other", -41000)


def test_the_year_of_a_launch_in_an_aside_does_not_date_what_stands_now():
    text = (
        " date 2023-11-17 KARAGANDA – The tech park, opened in 2020 as a branch of Astana Hub, "
        "now has 94 resident companies."
    )
    now = facts(text)["94 resident companies"]
    assert (now["period_start"], now["period_end"]) == (None, None)


def test_the_parts_listed_after_a_total_that_stands_now_are_undated_too():
    text = (
        " date 2022-03-03 ASTANA – Revenue rose 40% in 2021. The park currently unites 870 resident companies, "
        "including 150 with foreign founders."
    )
    part = facts(text)["150"]
    assert (part["period_start"], part["period_end"]) == (None, None)


def test_a_brand_before_the_machines_it_makes_is_not_the_company_referred_to():
    text = (
        " date 2023-02-15 EKIBASTUZ – Irtysh Compute runs some 9,000 Antminer machines. "
        "The company has invested $52 million since 2021."
    )
    assert facts(text)["$52 million"]["subject"] == "Irtysh Compute"


def test_a_region_that_locates_the_company_town_does_not_take_the_companys_growth():
    text = (
        " date 2023-09-12 PAVLODAR – Irtysh Kabel, the cable works in Aksu, Pavlodar region, made 4,100 km of "
        "cable in January-August, up 12.5% on the same period last year."
    )
    assert facts(text)["12.5%"]["subject"] == "Irtysh Kabel"


def test_the_utility_is_the_company_named_as_one():
    text = (
        " date 2022-10-05 TARAZ – Taraz Su Kanal LLP, the city's water utility, serves 360,000 people.\n\n"
        "Over nine months, the utility replaced 38.2 km of pipes in Taraz."
    )
    assert facts(text)["38.2 km"]["subject"] == "Taraz Su Kanal"


def test_the_zone_points_back_to_a_zone_whose_name_drops_the_head_word():
    text = (
        " date 2022-08-09 TARAZ – Thirty companies operate in the Bayterek industrial zone in Taraz.\n\n"
        "Since the zone was set up in 2016, its residents have invested KZT92.5bn."
    )
    assert facts(text)["KZT92.5bn"]["subject"] == "Bayterek"


def test_places_listed_before_a_plural_facility_noun_are_not_the_company_referred_to():
    text = (
        " date 2023-10-17 ASTANA – Qazaq Rail Tour JSC carried 2.1 million passengers in January-September. "
        "The growth came from summer trains to the Alakol and Borovoe resorts. "
        "Average seat occupancy on the company's trains reached 81.5%."
    )
    assert facts(text)["81.5%"]["subject"] == "Qazaq Rail Tour"


def test_a_headline_facility_is_not_the_contractor_the_body_names():
    text = (
        "Taraz bus station reopens after renovation\n\n"
        " date 2024-04-09 TARAZ – The renovated bus station in Taraz opened on Monday. The contractor, Zhambyl "
        "Kurylys Invest, laid 1.4 km of new platforms.\n\n"
        "Last year, the station served 820,000 passengers."
    )
    assert facts(text)["820,000 passengers"]["subject"] == "Taraz bus station"


def test_the_owners_own_works_give_their_figures_to_the_owner():
    text = (
        " date 2024-03-01 TEMIRTAU – Temir Rolling will expand its rolling mill in Temirtau for $90 million. "
        "The mill will then roll 400,000 tonnes of steel a year."
    )
    assert facts(text)["400,000 tonnes"]["subject"] == "Temir Rolling"


def test_the_part_of_a_cost_a_budget_puts_in_is_investment():
    text = (
        " date 2024-02-21 TARAZ – Gas networks for 14 villages will cost 21.6 billion tenge, "
        "of which 17.9 billion tenge will come from the republican budget."
    )
    assert facts(text)["17.9 billion tenge"]["measure"] == "investment"


def test_the_part_of_a_cost_already_spent_is_investment():
    text = (
        " date 2024-02-21 TARAZ – The bridge is worth 9.4 billion tenge, "
        "of which 3.2 billion tenge has already been spent."
    )
    assert facts(text)["3.2 billion tenge"]["measure"] == "investment"


def test_a_sentence_opening_on_the_cost_names_a_part_of_it_put_in_by_a_source():
    text = (
        " date 2024-02-21 TARAZ – The new dairy will cost 12 billion tenge and employ 150 people.\n\n"
        "Of the total cost, 7 billion tenge will come from the Agrarian Credit Corporation."
    )
    assert facts(text)["7 billion tenge"]["measure"] == "investment"


def test_a_part_of_a_cost_put_in_by_a_source_is_investment_past_its_conversion():
    text = (
        " date 2024-02-21 TASHKENT – The canal will cost 2 trillion soums. Of this sum, "
        "1.5 trillion soums ($120 million), will come from the state budget."
    )
    assert facts(text)["1.5 trillion soums"]["measure"] == "investment"


@pytest.mark.parametrize(
    "source",
    [
        "came as a loan from the Agrarian Credit Corporation",
        "was provided by the Chinese partner",
        "has been provided as a loan by the Industrial Development Fund",
        "was lent by the Development Bank of Kazakhstan",
    ],
)
def test_the_part_of_a_cost_a_named_giver_provides_is_investment(source):
    text = f" date 2024-02-21 TARAZ – The plant cost 6.8 billion tenge, of which 4.1 billion tenge {source}."
    assert facts(text)["4.1 billion tenge"]["measure"] == "investment"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            " date 2022-05-02 KOKSHETAU – A sturgeon farm near Kosshy has produced its first caviar. "
            "The farm, run by Qazaq Osetr LLP, keeps some 12,000 sturgeon. It was built for 6.4 billion tenge.",
            "6.4 billion tenge",
            "Qazaq Osetr",
        ),
        (
            " date 2023-09-21 KARAGANDA – A postal logistics centre is being built next to Sary-Arka airport. "
            "The centre, developed by Orta Mail Logistics, will process up to 40 million items a year.",
            "40 million items",
            "Orta Mail Logistics",
        ),
        (
            " date 2022-09-14 TARAZ – Construction of a broiler poultry complex has begun in Zhambyl region. The "
            "project is being implemented by Altyn Qus Agro. The complex will occupy 74 hectares.",
            "74 hectares",
            "Altyn Qus Agro",
        ),
    ],
)
def test_an_unnamed_facility_run_by_a_named_company_is_the_companys(text, quote, subject):
    assert facts(text)[quote]["subject"] == subject


def test_a_centre_a_runner_named_is_still_the_companys_in_a_later_paragraph():
    text = (
        " date 2023-03-14 EKIBASTUZ – A service centre for mining machinery has opened in Ekibastuz. "
        "The centre was built by Dala Tech Service LLP.\n\nThe centre has created 185 jobs."
    )
    assert facts(text)["185 jobs"]["subject"] == "Dala Tech Service"


def test_a_place_where_its_figure_was_earned_does_not_take_it_from_the_company():
    text = (
        " date 2023-07-20 ALMATY – Jolda Go, a ride-hailing service, expanded to 12 cities. "
        "Its revenue in Kazakhstan reached 14.6 billion tenge in January-June."
    )
    assert facts(text)["14.6 billion tenge"]["subject"] == "Jolda Go"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            " date 2023-04-11 KARAGANDA – The new boilers are supplied by Qazbu Engineering. "
            "Its plant in Temirtau assembles up to 300 boilers a year.",
            "300 boilers",
            "Qazbu Engineering",
        ),
        (
            " date 2023-04-11 SHYMKENT – Shymkent has nine theatres, and the largest of them is the Ordabasy Drama "
            "Theatre. Its box office brought in 412 million tenge in Shymkent last year.",
            "412 million tenge",
            "Ordabasy Drama Theatre",
        ),
        (
            " date 2022-11-16 PAVLODAR – Ertis Aluminium JSC said that it exported most of its metal, mainly to "
            "Türkiye and China. Its design capacity is 250,000 tonnes per year.",
            "250,000 tonnes",
            "Ertis Aluminium",
        ),
    ],
)
def test_its_opening_a_sentence_is_what_the_sentence_before_was_about(text, quote, subject):
    assert subject in facts(text)[quote]["subject"]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            " date 2024-02-27 ASTANA – Qazaq Recycling LLP, the operator of Kazakhstan's bottle deposit scheme, "
            "collected 12.4 billion tenge in fees in 2023.",
            "12.4 billion tenge",
            "Qazaq Recycling",
        ),
        (
            " date 2024-01-12 PAVLODAR – Temir Balqytu, the ferroalloy producer based in Aksu, Pavlodar region, "
            "exported 1.1 million tons of ferroalloys last year, the company said.",
            "1.1 million tons",
            "Temir Balqytu",
        ),
    ],
)
def test_a_name_in_an_appositive_after_the_subject_does_not_take_its_figure(text, quote, subject):
    assert facts(text)[quote]["subject"] == subject


def test_a_country_after_the_source_of_a_figure_is_not_a_destination():
    text = (
        " date 2023-08-10 BISHKEK – Kumush Tash Mining LLC produced 1.2 tons of gold.\n\n"
        "According to the National Statistical Committee, Kyrgyzstan produced 11.2 tons of gold in January-June."
    )
    assert facts(text)["11.2 tons"]["subject"] == "Kyrgyzstan"


def test_a_body_that_speaks_the_figures_is_not_the_topic_of_a_paragraph_naming_nobody():
    text = (
        "Almaty. 15 August. INTERFAX-KAZAKHSTAN – Card payments in Kazakhstan totalled 61.8 trln tenge in "
        "January-June, the National Bank of Kazakhstan (NBK) said.\n\n"
        "Online card payments grew 1.5 times to 12.9 trln tenge. The NBK expects more."
    )
    assert facts(text)["12.9 trln tenge"]["subject"] == "Kazakhstan"


def test_a_bank_holds_its_share_of_a_market():
    text = " date 2023-08-10 ALMATY – QR payments grew. Qazpay Bank processed 71% of all QR transactions in the period."
    assert facts(text)["71%"]["subject"] == "Qazpay Bank"


def test_a_lines_voltage_and_length_are_two_facts_not_a_count_of_lines():
    found = facts(" date 2024-03-05 ASTANA – KEGOC will build a 500 kV line 1,200 km long.")
    assert (found["500 kV"]["unit"], found["500 kV"]["item"]) == ("kV", "voltage")
    assert (found["1,200 km"]["unit"], found["1,200 km"]["item"]) == ("km", "length")


def test_a_partners_share_of_the_total_does_not_make_it_what_the_text_is_about():
    text = (
        " date 2021-11-09 ASTANA – Kazakhstan exported 2.87 million tons of cement, as construction booms in "
        "Uzbekistan. Shipments to Uzbekistan totaled 1.96 million tons, and Uzbekistan's share of the total came "
        "to 68%. Exports to Kyrgyzstan amounted to 410,000 tons."
    )
    found = facts(text)
    assert (found["68%"]["subject"], found["410,000 tons"]["subject"]) == ("Uzbekistan", "Kazakhstan")


def test_a_named_project_keeps_its_figures_from_the_company_that_carries_it_out():
    text = (
        " date 2023-05-02 ASTANA – The Syr Kun-1 solar plant will be built in Kyzylorda region. "
        "The project is being implemented by Syr Kun Energy LLP. The plant will cost $60 million."
    )
    assert facts(text)["$60 million"]["subject"] == "Syr Kun-1"


def test_a_plan_of_the_national_government_is_the_countrys_not_the_companys_spoken_of():
    text = (
        " date 2023-06-01 ASTANA – Steppe Rail Cars LLP assembled 1,200 freight wagons last year.\n\n"
        "The government plans to lay 1,300 km of new railways by 2026."
    )
    assert facts(text)["1,300 km"]["subject"] == "Kazakhstan"


def test_a_figure_a_minister_gives_in_an_article_on_a_neighbour_is_the_neighbours():
    text = (
        " date 2023-06-01 BISHKEK – Ak-Suu Energo LLP has restored two hydropower plants in Kyrgyzstan. "
        "Ak-Suu Energo generated 410 million kWh last year. "
        "Another 18 small hydropower plants are to be built by 2027, Energy Minister Bakyt Osmonov said."
    )
    assert facts(text)["18 small hydropower plants"]["subject"] == "Kyrgyzstan"


def test_sums_listed_after_an_investment_total_break_it_down():
    text = (
        " date 2023-06-01 ASTANA – Foreign direct investment in Kazakhstan reached $28 billion last year. "
        "The Netherlands led with $7.1 billion, followed by the United States with $4.1 billion."
    )
    assert facts(text)["$4.1 billion"]["measure"] == "investment"


def test_a_sum_a_thousand_times_smaller_than_the_total_before_it_is_no_part_of_it():
    text = (
        " date 2023-06-01 ASTANA – Foreign direct investment in Kazakhstan reached $28 billion last year. "
        "An average visa costs $160 for visitors."
    )
    assert facts(text)["$160"]["measure"] == "other"


def test_an_article_datelined_in_a_neighbours_capital_is_about_it_when_it_names_the_home_country_as_often():
    text = (
        "(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, August 20. Money transfers to Kyrgyzstan amounted to "
        "$1.08 billion in January-June. Transfers from Kazakhstan grew 1.6 times."
    )
    assert facts(text)["$1.08 billion"]["subject"] == "Kyrgyzstan"


def test_the_country_in_a_story_from_a_neighbours_capital_naming_both_countries_once_is_the_neighbour():
    text = (
        "(MENAFN- Trend News Agency) TASHKENT, Uzbekistan, April 19. Angren Kabel LLC will invest $48 million. "
        "Its exports go to Kazakhstan.\n\nUzbekistan's cable industry has expanded. "
        "Some 62 cable enterprises now operate in the country."
    )
    assert facts(text)["62 cable enterprises"]["subject"] == "Uzbekistan"


def test_a_country_goods_come_from_is_not_the_country_the_article_speaks_of():
    text = (
        " date 2024-02-10 – Dealers sold 41,000 used cars brought in from Armenia and Georgia last year. "
        "Some 230 car dealers operate in the country."
    )
    assert facts(text)["230 car dealers"]["subject"] == "Kazakhstan"


def test_a_country_goods_are_imported_into_is_the_country_the_article_speaks_of():
    text = " date 2024-02-10 – Bus imports into Kyrgyzstan are growing. In 2023, the country imported 1,240 buses."
    assert facts(text)["1,240 buses"]["subject"] == "Kyrgyzstan"


def test_the_bank_is_the_bank_named_before():
    text = (
        " date 2024-05-02 ASTANA – The Asian Infrastructure Investment Bank opened an office in Astana. "
        "Since 2017, the bank has invested $2.4 billion in Kazakhstan through 40 projects."
    )
    assert facts(text)["$2.4 billion"]["subject"] == "Asian Infrastructure Investment Bank"


def test_the_service_is_the_service_named_before():
    text = (
        " date 2024-05-02 BISHKEK – The State Tax Service of Kyrgyzstan reported higher receipts. "
        "The service will open 14 new offices this year."
    )
    assert facts(text)["14 new offices"]["subject"] == "State Tax Service of Kyrgyzstan"


def test_the_number_of_things_named_with_a_network_generation_is_the_item():
    text = " date 2024-03-01 ASTANA – The number of 5G subscribers reached 212,000 by the end of February."
    assert facts(text)["212,000"]["item"] == "5G subscribers"


def test_a_percent_said_by_where_it_goes_is_a_share():
    text = (
        " date 2024-03-01 TARAZ – The district spent 18.2 billion tenge last year, "
        "with 44% going to schools and 9% to roads."
    )
    assert facts(text)["44%"]["measure"] == "share"


def test_a_district_that_opens_its_sentence_is_the_subject_of_its_figures():
    text = (
        " date 2024-03-01 SHYMKENT – Turkistan region harvested 410,000 tonnes of cotton. "
        "Zhetysai district accounts for nearly 31% of the region's crop."
    )
    assert facts(text)["31%"]["subject"] == "Zhetysai district"


def test_where_a_named_exporter_comes_from_is_not_the_subject():
    text = " date 2023-11-14 ALMATY – The largest exporter, Dala Bal from Tekeli, shipped 52 tonnes of honey."
    assert facts(text)["52 tonnes"]["subject"] == "Dala Bal"


def test_goods_from_a_place_are_the_places():
    text = " date 2023-11-14 ALMATY – Shipments from Shymkent reached 40,000 tonnes."
    assert facts(text)["40,000 tonnes"]["subject"] == "Shymkent"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Inspectors recorded 23 cases of illegal logging in the reserve.", "23 cases", "cases of illegal logging"),
        (
            "The plant can turn out 60 million bottles of infusion solutions a year.",
            "60 million bottles",
            "bottles of infusion solutions",
        ),
        (
            "The institute has bred 46 varieties of wheat, barley and oats since 1998.",
            "46 varieties",
            "varieties of wheat, barley and oats",
        ),
    ],
)
def test_a_lower_case_of_phrase_says_which_kind_of_thing_is_counted(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        (
            "Some 780 companies with Korean capital operate in the country.",
            "780 companies",
            "companies with Korean capital",
        ),
        (
            "The park had 186 resident companies with foreign participation.",
            "186 resident companies",
            "resident companies with foreign participation",
        ),
    ],
)
def test_whose_capital_counted_firms_have_is_part_of_what_is_counted(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Dealers sold 46,000 cars of various brands last year.", "46,000 cars"),
        ("The wind farm will have 22 turbines of 4.5 MW each.", "22 turbines"),
        ("Some 1,146 entrepreneurs of Pavlodar region received loans.", "1,146 entrepreneurs"),
    ],
)
def test_an_of_phrase_of_a_spread_a_size_or_a_place_is_not_the_kind_counted(sentence, quote):
    item = facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"]
    assert " of " not in item


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The farm used a KZT12mln loan to buy 20 heifers.", "KZT12mln", "loan"),
        ("The money comes from a $600 million syndicated loan arranged by banks.", "$600 million", "syndicated loan"),
        ("Capital expenditure reached $46 mln, most of it spent on the open pit.", "$46 mln", "capital expenditure"),
        ("The company will cover 19.5 bln tenge from its own funds.", "19.5 bln tenge", "own funds"),
    ],
)
def test_a_sum_takes_the_kind_of_money_named_beside_it_as_its_item(sentence, quote, item):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["item"] == item


def test_a_loan_named_nearer_the_sum_wins_over_own_funds_named_before():
    text = (
        " date 2023-05-02 ALMATY – Construction will be financed from the company's own funds and a loan of 32 "
        "billion tenge from the Development Bank of Kazakhstan."
    )
    assert facts(text)["32 billion tenge"]["item"] == "loan from the Development Bank of Kazakhstan"


def test_a_kind_of_money_after_a_comma_names_the_next_sum_not_this_one():
    text = (
        " date 2023-05-02 ALMATY – Last year its revenue rose 11.2% to KZT168.5bn ($366mln), and capital expenditure "
        "amounted to KZT41bn."
    )
    assert facts(text)["KZT168.5bn"]["item"] != "capital expenditure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Saryarka Komir mined 4 million tonnes, and 1.1 million tonnes of coal were shipped to steelmakers in Russia "
        "and Uzbekistan.",
        "Saryarka Komir mined 4 million tonnes; 1.1 million tonnes of coal goes to the heat and power plants in Semey "
        "and Ust-Kamenogorsk.",
    ],
)
def test_the_places_where_the_buyers_of_the_goods_are_are_not_the_subject(sentence):
    assert facts(" date 2023-05-02 KARAGANDA – " + sentence)["1.1 million tonnes"]["subject"] == "Saryarka Komir"


def test_the_city_the_article_is_about_stays_the_subject_of_money_paid_to_people_in_it():
    text = (
        " date 2023-05-02 SHYMKENT – Shymkent subsidises new hotels. Last year, 1.2 bln tenge of such subsidies was "
        "paid to seven investors in the city."
    )
    assert facts(text)["1.2 bln tenge"]["subject"] == "Shymkent"


def test_a_flow_to_one_partner_is_not_of_the_partner_named_last_in_the_paragraph():
    text = (
        " date 2023-11-14 ASTANA – Kazakhstan exported cable products worth $186.4 million in January-September.\n\n"
        "Russia remained the main buyer, taking 41.5% of the supplies, followed by Uzbekistan (22%) and Kyrgyzstan "
        "(13.8%). Deliveries to China rose 3.4-fold, to $14.9 million."
    )
    assert facts(text)["$14.9 million"]["subject"] == "Kazakhstan"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The camp received 5,600 guests. A bed in a yurt with meals costs 38,000-55,000 tenge.",
            "38,000-55,000 tenge",
        ),
        ("Tours run daily, and a jeep tour to Bozzhyra costs KZT 180,000-250,000.", "KZT 180,000-250,000"),
    ],
)
def test_what_any_one_of_a_kind_costs_is_a_price_not_a_project_value(sentence, quote):
    assert facts(" date 2023-05-02 AKTAU – " + sentence)[quote]["measure"] == "other"


def test_what_a_new_plant_cost_is_still_its_project_value():
    text = " date 2023-05-02 AKTAU – The new plant cost 38 billion tenge."
    assert facts(text)["38 billion tenge"]["measure"] == "project_value"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2021, water losses in the network were estimated at 42%.",
        "Their average load does not exceed 42%.",
        "The share of local staff is 42%.",
    ],
)
def test_a_percent_a_verb_of_being_or_estimating_states_is_a_level_not_a_change(sentence):
    assert facts(" date 2023-05-02 TALDYKORGAN – " + sentence)["42%"]["measure"] == "share"


def test_a_percent_before_a_comparative_is_a_change_even_after_a_verb_of_being():
    text = " date 2023-05-02 PETROPAVL – The cattle herd was 3.1% larger than on January 1, 2021."
    assert facts(text)["3.1%"]["measure"] == "growth_rate"


def test_a_period_in_a_clause_set_aside_by_commas_does_not_date_the_sentences_figures():
    text = (
        " date 2023-11-14 ASTANA – Kazakhstan exported cables worth $186.4 million in January-September 2023. "
        "Deliveries to China, which started only last year, rose 3.4-fold, to $14.9 million."
    )
    fact = facts(text)["$14.9 million"]
    assert (fact["period_start"], fact["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The second stage, worth 9 billion tenge, is to open in 2026.", "9 billion tenge", "second stage"),
        ("The first phase will cost KZT 21bn.", "KZT 21bn", "first phase"),
        ("The holding will spend another KZT 14bn on the second stage.", "KZT 14bn", "second stage"),
        ("The company has launched the first 40 MW phase of its solar park.", "40 MW", "first phase"),
        ("A third phase of 12 ha is due next year.", "12 ha", "third phase"),
    ],
)
def test_what_a_projects_stage_is_worth_covers_or_can_make_has_the_stage_as_its_item(sentence, quote, item):
    assert facts(f" date 2023-05-02 TARAZ – {sentence}")[quote]["item"] == item


def test_a_shop_the_company_builds_is_not_what_the_company_points_back_to():
    text = (
        " date 2023-04-22 SHYMKENT – Ontustik Teri LLP has invested 2 billion tenge in new tanning drums. A further "
        "1.1 billion tenge is to be spent on a sewing shop for sheepskin coats. Last year the company processed "
        "150,000 sheepskins."
    )
    assert facts(text)["150,000 sheepskins"]["subject"] == "Ontustik Teri"


def test_springs_a_plant_stands_near_are_no_company_the_line_could_point_back_to():
    text = (
        " date 2023-04-22 BISHKEK – Tash-Suu Mineral has opened a bottling plant near the Kara-Bulak springs. "
        "The company invested 400 million soms in it."
    )
    assert facts(text)["400 million soms"]["subject"] == "Tash-Suu Mineral"


def test_an_amount_joined_to_a_capacity_by_and_is_a_capacity_too():
    text = (
        " date 2023-05-02 TARAZ – The plant can slaughter 200 head of cattle a day and process 9,000 tons of meat "
        "a year."
    )
    assert facts(text)["9,000 tons"]["measure"] == "production_capacity"


def test_an_amount_made_in_a_past_predicate_after_a_capacity_is_production():
    text = (
        " date 2023-05-02 TARAZ – The mill can grind 500 tons of wheat a day and produced 90,000 tons of flour in 2022."
    )
    assert facts(text)["90,000 tons"]["measure"] == "production"


def test_the_programme_points_back_to_the_programme_named_so():
    text = (
        " date 2023-05-02 URALSK – Farmers in West Kazakhstan region took out loans under the Zhaiyk Kasipker "
        "programme. The programme offers loans at 5% a year."
    )
    assert facts(text)["5%"]["subject"] == "Zhaiyk Kasipker"


def test_a_level_that_stands_at_a_percent_and_is_to_rise_is_a_level_twice():
    found = facts(" date 2023-05-02 TARAZ – The localization level stands at 21% and is to rise to 40% by 2027.")
    assert (found["21%"]["measure"], found["40%"]["measure"]) == ("localization_rate", "localization_rate")


def test_money_a_budget_gives_to_a_cost_is_that_budgets_funds():
    text = (
        " date 2023-05-02 TARAZ – The bridge will cost 9 billion tenge, of which 6 billion tenge will come from the "
        "republican budget."
    )
    assert facts(text)["6 billion tenge"]["item"] == "republican budget funds"


def test_a_figure_in_a_stages_sentence_keeps_the_item_its_own_words_name():
    assert (
        facts(" date 2023-05-02 TARAZ – The first stage includes 18 km of ski runs.")["18 km"]["item"] != "first stage"
    )


def test_the_year_a_participle_aside_says_a_thing_was_built_does_not_date_the_sentences_figures():
    text = " date 2023-11-14 SEMEY – The terminal building, erected in 1962, has been expanded to 8,200 square metres."
    fact = facts(text)["8,200 square metres"]
    assert (fact["period_start"], fact["period_end"]) == (None, None)


def test_the_countries_inputs_are_bought_in_are_not_the_subject():
    text = (
        " date 2023-05-02 SHYMKENT – Qaptama Pack has opened a corrugated cardboard plant. Local content in the "
        "finished boxes has reached 40%, with kraftliner still purchased in Russia and Finland."
    )
    assert facts(text)["40%"]["subject"] == "Qaptama Pack"


def test_the_cities_a_service_goes_to_are_not_the_subject():
    text = (
        " date 2023-07-12 TURKISTAN – Turkistan International Airport served 410,000 passengers in the first half. "
        "International traffic grew by 64% to 131,000 passengers after new flights to Istanbul, Jeddah, Dubai and "
        "Bishkek were added."
    )
    assert facts(text)["131,000 passengers"]["subject"] == "Turkistan International Airport"


def test_a_share_of_the_regions_whole_is_the_regions_not_of_the_plant_named_later():
    text = (
        " date 2023-05-02 ATYRAU – Zhaiyk Polymer Technologies has launched a plant in Atyrau region.\n\n"
        "The chemical industry currently accounts for 2.1% of the region’s manufacturing, a share that is expected to "
        "reach 9% as the plant ramps up."
    )
    assert facts(text)["2.1%"]["subject"] == "Atyrau region"


@pytest.mark.parametrize(
    ("sentence", "quote", "subject"),
    [
        (
            "Kyzyltas Copper pays its miners 612,000 tenge, well above the regional average of 348,000 tenge.",
            "348,000 tenge",
            "Ulytau region",
        ),
        (
            "Kyzyltas Copper pays its miners 612,000 tenge, against a national average of 372,000 tenge.",
            "372,000 tenge",
            "Kazakhstan",
        ),
    ],
)
def test_a_national_or_regional_average_is_of_the_country_or_the_region(sentence, quote, subject):
    text = " date 2023-09-12 ZHEZKAZGAN – Ulytau region has a new copper mine. " + sentence
    assert facts(text)[quote]["subject"] == subject


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("The region exported 356 thousand tonnes of grain in January-May.", "356 thousand tonnes", "grain exports"),
        ("In 2022, 23,500 tons of fertilizer were exported to Russia.", "23,500 tons", "fertilizer exports"),
        ("Timber exports reached 41,000 cubic meters.", "41,000 cubic meters", "timber exports"),
    ],
)
def test_a_physical_trade_figure_says_which_flow_it_is(sentence, quote, item):
    assert facts(" date 2023-05-02 ASTANA – " + sentence)[quote]["item"] == item


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The region allocated KZT 1.2 billion. The subsidy averages KZT 14,000 per passenger.", "KZT 14,000"),
        ("The state pays the investor 1.3 million tenge per place for seven years.", "1.3 million tenge"),
    ],
)
def test_money_paid_for_each_one_served_is_a_unit_price_not_an_investment(sentence, quote):
    assert facts(" date 2023-05-02 KARAGANDA – " + sentence)[quote]["measure"] == "other"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The National Bank bought 41.7 tonnes of refined gold from domestic producers.", "41.7 tonnes"),
        ("The region has been allocated 96,000 tons of discounted diesel for the spring field work.", "96,000 tons"),
        ("The company collected some 25,000 tonnes of waste paper last year.", "25,000 tonnes"),
    ],
)
def test_goods_bought_given_out_or_collected_are_not_produced(sentence, quote):
    assert facts(" date 2023-05-02 ALMATY – " + sentence)[quote]["measure"] == "other"


def test_a_harvest_gathered_is_still_produced():
    text = " date 2023-10-02 PAVLODAR – Farmers of the region gathered 1.9 million tons of grain this year."
    assert facts(text)["1.9 million tons"]["measure"] == "production"


def test_a_sector_after_an_opening_adverb_is_the_subject_of_its_jobs():
    text = (
        " date 2023-05-02 ASTANA – Kazakhstan exported 12,000 tonnes of wool. Today the wool sector employs about "
        "12,000 people, the vice minister said."
    )
    assert facts(text)["12,000 people"]["subject"] == "wool sector"


def test_the_industry_points_back_to_the_sector_named_before():
    text = (
        " date 2023-05-02 ASTANA – Kazakhstan's pharmaceutical industry produced goods worth KZT 180 billion. "
        "The industry employs about 9,800 people."
    )
    assert facts(text)["9,800 people"]["subject"] == "pharmaceutical industry"


def test_the_field_points_back_to_the_field_named_before_not_to_its_operator():
    text = (
        " date 2022-05-02 URALSK – Zhaiyk Petroleum has started production at the Taskala-Shygys field in West "
        "Kazakhstan region. Gas production at the field over the same period came to 1.9 billion cubic meters."
    )
    assert facts(text)["1.9 billion cubic meters"]["subject"] == "Taskala-Shygys"


def test_a_change_right_after_a_figure_is_of_that_figures_subject():
    text = (
        " date 2023-08-02 ALMATY – Meanwhile, Kazzinc, the zinc producer, reported that its refinery in "
        "Ust-Kamenogorsk turned out 13.8 tons of refined gold over the six months, 1.4 times more than a year earlier."
    )
    assert facts(text)["1.4 times"]["subject"] == "Kazzinc"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("It will employ 420 people; some 1,500 workers were involved at the peak of construction.", "1,500 workers"),
        ("The plant will employ 420 people, while 1,500 builders worked at the site.", "1,500 builders"),
        (
            "The new facility will replace the old hospital, whose three buildings are more than 70% worn out.",
            "70%",
        ),
    ],
)
def test_a_plan_in_one_clause_does_not_make_the_contrasted_clause_planned(sentence, quote):
    assert facts(" date 2023-05-02 TARAZ – " + sentence)[quote]["status"] == "actual"


def test_figures_of_projects_said_to_be_in_the_pipeline_are_planned():
    text = " date 2023-05-02 ALMATY – Seven more greenhouse projects worth KZT 63 billion are in the pipeline."
    assert facts(text)["KZT 63 billion"]["status"] == "planned"


def test_a_result_measured_against_the_plan_is_actual():
    text = " date 2022-11-02 URALSK – Tax receipts amounted to KZT141.2bn, exceeding the target by KZT 6.3 bn."
    assert facts(text)["KZT 6.3 bn"]["status"] == "actual"


def test_the_amount_of_the_plan_itself_stays_planned():
    text = (
        " date 2022-11-02 URALSK – The region commissioned 311,000 square meters, 61% of the annual plan of 510,000 "
        "square meters."
    )
    assert facts(text)["510,000 square meters"]["status"] == "planned"


def test_what_something_helped_to_do_is_done_not_planned():
    text = " date 2023-05-02 ATYRAU – Since January, the loans have helped to create and preserve 2,940 jobs."
    assert facts(text)["2,940 jobs"]["status"] == "actual"


def test_a_plural_that_modifies_the_plural_after_it_is_part_of_what_is_counted():
    found = facts(" date 2023-05-02 ASTANA – Last year, Astana hosted 38 international sports events.")
    assert found["38 international sports events"]["item"] == "international sports events"


def test_a_plural_before_a_verb_and_its_object_ends_what_is_counted():
    assert "48 buildings" in facts(" date 2023-05-02 ASTANA – The wear of 48 buildings exceeds 70%.")


def test_a_conjunction_after_a_bare_number_is_not_what_it_counts():
    text = " date 2023-05-02 KOSTANAY – The plant employs 240 people; the staff will grow to 380 when the line is full."
    assert "380" in facts(text)


def test_a_figure_in_brackets_after_a_name_is_that_names_and_shares_the_lists_noun():
    text = (
        " date 2023-05-02 ASTANA – Most foreign specialists came from China (4,310 people), Türkiye (3,280) and "
        "India (1,150)."
    )
    found = facts(text)
    assert (found["4,310 people"]["subject"], found["3,280"]["subject"], found["3,280"]["item"]) == (
        "China",
        "Türkiye",
        "people",
    )


def test_a_part_of_a_whole_a_possessor_counts_is_a_count_of_the_wholes_noun():
    text = " date 2023-05-02 KOKSHETAU – Gas has reached 712 of the region's 846 settlements."
    assert facts(text)["712"]["item"] == "settlements"


def test_a_name_in_an_aside_after_the_opening_alias_does_not_take_the_main_clauses_figure():
    found = facts(
        " date 2024-02-12 ASTANA – Nur Energy opened the Kendala solar park. The project, implemented near the"
        " town of Zhanatas by Zhanatas Power Systems, cost 48 billion tenge."
    )
    assert found["48 billion tenge"]["subject"] == "Kendala"


def test_an_aside_naming_the_opening_alias_still_says_who_it_is():
    found = facts(
        " date 2024-02-12 ASTANA – A new flour mill is being built in Kostanay. The mill, called Dala Un, will"
        " grind 120,000 tonnes of wheat a year."
    )
    assert found["120,000 tonnes"]["subject"] == "Dala Un"


def test_a_share_of_them_after_a_count_is_of_the_counts_subject():
    found = facts(
        " date 2024-02-12 ASTANA – Altyn Dala Mining was set up in 2019. About 640 workers, 95% of them Kazakh"
        " citizens, are employed at the mine."
    )
    assert found["95%"]["subject"] == "Altyn Dala Mining"


def test_a_period_read_as_starting_after_it_ends_is_no_period():
    found = facts(
        " date 2023-04-22 BISHKEK – The government will allocate 1.9 billion soms to rebuild the runway, which should"
        " take medium-haul jets from the 2024 summer season."
    )
    assert (found["1.9 billion soms"]["period_start"], found["1.9 billion soms"]["period_end"]) == (None, None)


def test_a_lender_named_after_a_loans_sum_is_not_what_the_complex_points_back_to():
    found = facts(
        " date 2022-09-06 ALMATY – The project of Tau Kus LLP cost KZT9bn. The company took out a loan of KZT5.4bn"
        " from the Dala Credit Corporation. The complex covers 40 hectares."
    )
    assert found["40 hectares"]["subject"] == "Tau Kus"


def test_a_part_listed_in_what_a_facility_includes_is_not_what_the_farm_points_back_to():
    found = facts(
        " date 2022-09-06 ALMATY – The project of Tau Kus LLP cost KZT9bn. The complex includes 12 poultry houses,"
        " a hatchery for 2.5 million eggs and a feed mill producing 5 tons of feed an hour. The farm has created 200"
        " jobs."
    )
    assert found["200 jobs"]["subject"] == "Tau Kus"


def test_a_loan_a_lender_is_to_provide_is_the_borrowers():
    found = facts(
        " date 2022-10-12 KOSTANAY – Qazaq Tyre LLP will make 300,000 tyres a year. The Industrial Development Fund"
        " is to provide a KZT18.5bn loan."
    )
    assert found["KZT18.5bn"]["subject"] == "Qazaq Tyre"


def test_figures_after_a_sentence_that_opens_with_a_name_and_states_none_are_that_names():
    found = facts(
        " date 2022-10-12 KOSTANAY – Qazaq Tyre LLP will make 300,000 tyres a year.\n\nKazakhstan imports almost"
        " all farm tyres. Last year imports reached 1.2 million units."
    )
    assert found["1.2 million units"]["subject"] == "Kazakhstan"


def test_a_loans_rate_and_term_are_the_borrowers_as_the_loan_is():
    found = facts(
        " date 2022-10-12 KOSTANAY – Qazaq Tyre LLP will make 300,000 tyres a year. The Industrial Development Fund"
        " is to provide a KZT18.5bn loan at 3% for 10 years."
    )
    assert (found["3%"]["subject"], found["10 years"]["subject"]) == ("Qazaq Tyre", "Qazaq Tyre")


def test_a_companys_new_works_described_with_its_are_the_companys_own():
    found = facts(
        " date 2024-03-27 ASTANA – Tulpar Alloys has launched the first of four furnaces at its new ferrosilicon"
        " smelter near Balkhash in the Karaganda Region. The smelter will employ 820 people."
    )
    assert found["820 people"]["subject"] == "Tulpar Alloys"


def test_a_person_after_a_role_given_to_the_name_before_is_the_employer_not_a_second_person():
    found = extract_article(
        " date 2023-08-15 KOSTANAY – «We replaced 71 km of pipes,» said Yerlan Dzhaksybekov, director of Kostanay"
        " Zhylu Zheli.",
        "invented",
    )
    assert [p["name"] for p in found.people] == ["Yerlan Dzhaksybekov"]


def test_a_bare_part_of_the_jobs_before_it_is_jobs_too():
    found = facts(
        " date 2023-03-28 ASTANA – The region plans to create 21,500 jobs this year, 14,200 of them permanent."
    )
    assert found["14,200"]["measure"] == "jobs"


def test_a_group_the_workforce_before_it_describes_stays_a_count():
    found = facts(" date 2023-03-28 ASTANA – The workshop employs 210 people, 45 of them engineers.")
    assert found["45"]["measure"] == "count"


def test_the_n_months_point_back_to_a_season_of_that_length_reported_before():
    found = facts(
        " date 2023-03-02 KOKSHETAU – Over the winter season, from December to February, the resort received"
        " 214,600 tourists. In January many hotels were fully booked. Hotels over the three months earned"
        " KZT4.1 bln."
    )
    assert (found["KZT4.1 bln"]["period_start"], found["KZT4.1 bln"]["period_end"]) == (
        dt.date(2022, 12, 1),
        dt.date(2023, 2, 28),
    )


def test_a_ministry_named_by_its_field_first_that_expects_a_figure_reports_the_countrys():
    found = facts(
        " date 2023-04-18 AKTOBE – The three refineries processed 16.9 million tonnes of oil in 2022, and the Energy"
        " Ministry expects their throughput to reach 17.5 million tonnes in 2023."
    )
    assert found["17.5 million tonnes"]["subject"] == "Kazakhstan"


def test_an_aside_that_dates_the_event_a_sentence_opens_with_dates_its_figures():
    found = facts(
        " date 2023-04-18 AKTOBE – During the shutdown, which ran from 14 March to 10 April, contractors replaced"
        " 1.2 km of piping."
    )
    assert (found["1.2 km"]["period_start"], found["1.2 km"]["period_end"]) == (
        dt.date(2023, 3, 14),
        dt.date(2023, 4, 10),
    )


def test_a_regional_centres_name_before_the_people_of_a_trade_is_the_regions():
    found = facts(" date 2023-10-13 KYZYLORDA – Kyzylorda exporters shipped 48,700 tons of milled rice abroad.")
    assert found["48,700 tons"]["subject"] == "Kyzylorda region"


def test_a_city_of_no_region_before_the_people_of_a_trade_stays_the_city():
    found = facts(" date 2023-10-13 ALMATY – Almaty entrepreneurs took out 1,200 loans in the quarter.")
    assert found["1,200 loans"]["subject"] == "Almaty"


def test_the_plant_in_a_place_with_no_words_of_its_own_points_back_to_the_company():
    found = facts(
        " date 2024-07-25 TASHKENT – Kokand Motor Works sold 29,600 vehicles abroad. The plant in Fergana region has"
        " a capacity of 250,000 cars a year."
    )
    assert found["250,000 cars"]["subject"] == "Kokand Motor Works"


def test_the_nationality_of_a_client_things_are_made_for_does_not_take_them():
    found = facts(
        " date 2023-05-02 AKTAU – Caspian Marine Yard now has orders for 14 vessels. The order book includes four"
        " tankers for a Kazakh oil shipping company, six deck barges and two tugboats."
    )
    assert (found["six deck barges"]["subject"], found["two tugboats"]["subject"]) == (
        "Caspian Marine Yard",
        "Caspian Marine Yard",
    )


def test_places_buyers_are_in_do_not_take_the_sellers_figures():
    found = facts(
        " date 2023-11-14 TARAZ – Shu Kremniy Metallurgy will make 60,000 tons of silicon. Under agreements signed"
        " with buyers in China, South Korea and Japan, 85-90% of output will be shipped abroad."
    )
    assert found["85-90%"]["subject"] == "Shu Kremniy Metallurgy"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Growers exported 12,500 tons of cherries last season.", "12,500 tons", "cherry exports"),
        ("Farmers in the district exported 6,200 tons of onions.", "6,200 tons", "onion exports"),
        ("The republic imported 4,100 tons of seed potatoes.", "4,100 tons", "seed potato imports"),
        ("The region exported 3,300 tons of building materials.", "3,300 tons", "building materials exports"),
    ],
)
def test_exported_goods_stand_before_their_flow_as_a_noun_adjunct(sentence, quote, item):
    found = facts(f" date 2023-05-02 ALMATY – {sentence}")
    assert found[quote]["item"] == item


def test_a_possessor_in_what_the_subject_is_does_not_take_its_share():
    found = facts(
        " date 2023-05-02 ALMATY – Buyers in Tajikistan signed new contracts. Turkistan region is the country’s"
        " main cotton-growing area, accounting for about 64% of Kazakhstan’s cotton crop."
    )
    assert found["64%"]["subject"] == "Turkistan region"


def test_buyers_abroad_are_not_the_country_the_text_speaks_of():
    found = facts(
        " date 2023-05-02 ALMATY – The mill sells flour to buyers in Tajikistan and Afghanistan."
        " The country’s flour exports reached 410,000 tonnes in 2022."
    )
    assert found["410,000 tonnes"]["subject"] == "Kazakhstan"


def test_a_sentence_opening_with_the_total_takes_the_period_of_the_figure_before():
    found = facts(
        " date 2024-03-05 ASTANA – Builders in Kostanay put 610,000 square meters of housing into service in 2023."
        " The total includes 7,900 apartments."
    )["7,900 apartments"]
    assert (found["period_start"], found["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_counted_goods_sold_abroad_are_exports():
    found = facts(" date 2023-05-02 TASHKENT – In 2022 the Andijan plant sold 14,300 buses abroad.")["14,300 buses"]
    assert (found["measure"], found["item"]) == ("trade", "bus exports")


def test_goods_that_were_exported_are_named_with_their_flow():
    found = facts(" date 2023-05-02 KOSTANAY – The factory said 870 seeders were exported last year.")["870 seeders"]
    assert (found["measure"], found["item"]) == ("trade", "seeder exports")


def test_a_title_opening_word_the_body_writes_in_lower_case_starts_no_name():
    text = (
        "Noodle factory near Taraz to double output\n\n date 2023-05-02 TARAZ – Zhambyl Foods LLP, a factory near"
        " Taraz, made 900 tonnes of noodles last year. The factory employs 40 people."
    )
    extraction = extract_article(text, "invented")
    assert "Noodle" not in {e["name"] for e in extraction.entities}
    assert {f["quote"]: f["subject"] for f in extraction.facts}["40 people"] == "Zhambyl Foods"


def test_countries_a_plant_ships_to_after_including_are_not_the_country_spoken_of():
    found = facts(
        " date 2023-05-03 BISHKEK – The Tokmok plant shipped glass to four countries, including Kazakhstan and"
        " Tajikistan. The State Agency of Kyrgyzstan for statistics said the country produced 96,000 tons of glass"
        " in 2022."
    )
    assert found["96,000 tons"]["subject"] == "Kyrgyzstan"


def test_a_national_body_names_its_country_for_the_country_after_it():
    found = facts(
        " date 2023-05-03 BAKU – Uzbek firm Navoi Kimyo got $12 million in loans from the Fund for Reconstruction"
        " and Development of Uzbekistan. Its plant ships to Kazakhstan. The country produced 180,000 tons of"
        " detergents in 2022."
    )
    assert found["180,000 tons"]["subject"] == "Uzbekistan"


def test_the_markets_of_a_country_a_firm_plans_to_enter_do_not_make_it_the_country():
    found = facts(
        " date 2023-05-03 BAKU – According to the Statistics Agency of Uzbekistan, the soap maker will enter the"
        " markets of Russia and Georgia. The country produced 214,000 tons of detergents in 2022."
    )
    assert found["214,000 tons"]["subject"] == "Uzbekistan"


def test_a_title_facility_does_not_keep_its_builder_from_being_the_facility_after_it():
    text = (
        "New brewery opens in Kostanay\n\n date 2022-06-01 KOSTANAY – A $21 million brewery built by Tobyl Brew,"
        " a joint venture of Arman Group and Bavaria Malz, has opened. Arman Group, which holds 60% of the joint"
        " venture, provided $12 million. The brewery has created 140 jobs."
    )
    assert {f["quote"]: f["subject"] for f in extract_article(text, "invented").facts}["140 jobs"] == "Tobyl Brew"


def test_a_joint_venture_appositive_may_name_its_owners_with_their_countries():
    found = facts(
        " date 2022-06-01 KOSTANAY – The brewery is run by Tobyl Brew, a joint venture of Germany’s Bavaria Malz and"
        " local company Arman Agro Invest, in Kostanay. Bavaria Malz, which holds 60% of the joint venture, provided"
        " $12 million. The joint venture has created 140 jobs."
    )
    assert found["140 jobs"]["subject"] == "Tobyl Brew"


def test_the_owners_of_a_builder_that_end_its_sentence_do_not_take_the_project_after_it():
    found = facts(
        " date 2022-06-21 ULAANBAATAR – The 90 MW Khar Tal solar plant will start generating power this year. The"
        " plant is being built by Tal Energy LLC, a joint venture of Ulaanbaatar-based Ider Power and Japan's Sora"
        " Renewables set up in 2020. The project is worth $84 million."
    )
    assert found["$84 million"]["subject"] == "Khar Tal"


def test_the_owner_of_a_company_said_to_be_now_owned_by_it_does_not_become_the_company():
    found = facts(
        " date 2023-07-20 ULAANBAATAR – Tsagaan Copper exported 80,000 tonnes of concentrate. Founded in 1985, the"
        " company is now fully owned by the state through Tumen Holding. The company will invest $90 million in a"
        " new mill."
    )
    assert found["$90 million"]["subject"] == "Tsagaan Copper"


def test_the_airline_means_the_firm_named_as_an_airline_not_the_articles_main_firm():
    found = facts(
        " date 2023-12-12 ULAANBAATAR – Tenger Airport served 2.1 million passengers this year, its operator said. The"
        " airport handled 14,000 flights. Steppe Airlines carried 610,000 passengers, and its share"
        " of the airport's traffic reached 29%. The airline operates nine aircraft."
    )
    assert found["nine aircraft"]["subject"] == "Steppe Airlines"


def test_the_maker_of_a_named_works_called_by_its_kind_of_company_does_not_take_the_plant():
    found = facts(
        " date 2023-02-14 ASTANA – Steppe Silver Refinery refined 40 tonnes of silver in 2022. The refinery, set up in"
        " 2014 by the national mining company Kazakh Metals Holding, sold 12 tonnes of gold abroad. The plant employs"
        " 300 people."
    )
    assert found["300 people"]["subject"] == "Steppe Silver Refinery"


def test_founders_listed_in_an_opening_clause_do_not_take_the_plant_from_the_venture_named_before():
    found = facts(
        " date 2023-09-20 DUSHANBE – Most of the cement came from Vakhsh Stone Cement, a Chinese-Tajik joint venture"
        " in Yovon district of Khatlon region. Founded in 2012 by China's Anhui Stone and the Tajik company Sadbarg,"
        " the plant employs about 900 people."
    )
    assert found["900 people"]["subject"] == "Vakhsh Stone Cement"


def test_the_leader_of_a_group_of_lenders_is_not_whose_own_funds_follow():
    found = facts(
        " date 2022-11-18 ATYRAU – Caspian Olefins plans to double its output. The expansion will be financed with a"
        " $900 million loan from a consortium of banks led by the Eurasian Development Bank and $200 million of the"
        " company's own funds."
    )
    assert found["$200 million"]["subject"] == "Caspian Olefins"


@pytest.mark.parametrize("header", [" date 2023-07-20 ULAANBAATAR – ", "ULAANBAATAR – "])
def test_the_same_period_points_back_to_the_period_reported_not_to_a_deadline_named_since(header):
    found = facts(
        header + "Tsagaan Copper exported 98,000 tonnes of concentrate in the first half of the year. The director"
        " said the company will invest $520 million by 2026 in a new flotation line. Mongolia's copper concentrate"
        " exports reached 1.6 million tonnes in the same period."
    )
    assert found["1.6 million tonnes"]["period_start"] == found["98,000 tonnes"]["period_start"]
    assert found["1.6 million tonnes"]["period_end"] == found["98,000 tonnes"]["period_end"]


def test_an_airline_named_as_a_partner_is_not_the_airline_after_it():
    found = facts(
        " date 2024-05-01 ASTANA – Steppe Air carried 8 million passengers in 2023. It signed a codeshare deal with"
        " Anatolian Airlines. The airline plans to raise its fleet to 60 aircraft by 2030."
    )
    assert found["60 aircraft"]["subject"] == "Steppe Air"


def test_the_owner_of_the_company_named_after_owned_by_is_not_the_company_after_it():
    found = facts(
        " date 2024-05-01 ASTANA – Tsagaan Copper exported 80,000 tonnes of concentrate. The company is now fully"
        " owned by Tumen Holding. The company will invest $90 million in a new mill."
    )
    assert found["$90 million"]["subject"] == "Tsagaan Copper"


def test_a_maker_called_by_its_nationality_and_kind_of_company_does_not_take_the_project():
    found = facts(
        " date 2024-05-01 ASTANA – The Zhanatas wind farm, built in 2021 by the Chinese power company Huadong Power,"
        " has 40 turbines. The project cost $150 million."
    )
    assert found["$150 million"]["subject"] == "Zhanatas wind farm"


def test_a_working_group_led_by_a_ministry_leaves_the_figures_to_the_ministry():
    found = facts(
        " date 2024-05-01 ASTANA – The working group led by the Ministry of Energy approved 12 projects worth 500"
        " billion tenge."
    )
    assert found["500 billion tenge"]["subject"] == "Ministry of Energy"


def test_a_place_inside_a_described_works_name_is_where_it_stands_not_whose_jobs_they_are():
    found = facts(
        " date 2023-11-01 SHYMKENT – Officials plan to build a leather processing plant in Arys worth KZT 4,1"
        " billion and creating 90 jobs."
    )
    assert found["90 jobs"]["subject"] == found["KZT 4,1 billion"]["subject"] == "leather processing plant in Arys"


def test_a_country_listed_with_its_own_share_after_the_whole_named_before_has_that_share():
    found = facts(
        " date 2023-09-20 BISHKEK – Kyrgyzstan exported 900,000 tonnes of cement. Kazakhstan took 58% of the volume"
        " and Tajikistan 30%."
    )
    assert (found["58%"]["subject"], found["30%"]["subject"]) == ("Kazakhstan", "Tajikistan")


def test_a_buyers_share_restating_its_figure_is_the_buyers():
    found = facts(
        " date 2023-12-10 ASTANA – Kazakhstan exported 2.4 million tonnes of flour. Uzbekistan remained the largest"
        " buyer with 900,000 tonnes, or 37.5% of the total."
    )
    assert (found["900,000 tonnes"]["subject"], found["37.5%"]["subject"]) == ("Kazakhstan", "Uzbekistan")


def test_a_two_word_demonym_names_a_country_not_a_company():
    found = facts(
        " date 2021-10-12 ALMATY – Kazakh lessor Dala Lizing leased out 120 loaders. Most are supplied by South"
        " Korean and Japanese makers. The company's portfolio stood at KZT31.4bn."
    )
    assert found["KZT31.4bn"]["subject"] == "Dala Lizing"


def test_a_plan_takes_no_period_from_an_aside_that_runs_up_to_now():
    found = facts(
        " date 2023-05-16 PAVLODAR – Ertis Nan, a bakery that has operated in Pavlodar since 2011, will triple its"
        " bread output once a KZT2.4bn upgrade is completed."
    )["KZT2.4bn"]
    assert (found["status"], found["period_start"], found["period_end"]) == ("planned", None, None)


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        (
            "The mill produced 2.4 million square metres of cotton fabric in 2022.",
            "2.4 million square metres",
            "production",
        ),
        ("Builders commissioned 510,000 square metres of housing in 2022.", "510,000 square metres", "area"),
        ("The park offers 23,000 sq m of dry and heated storage.", "23,000 sq m", "area"),
    ],
)
def test_square_metres_of_goods_are_made_not_floor(sentence, quote, measure):
    assert facts(f" date 2023-05-02 SHYMKENT – {sentence}")[quote]["measure"] == measure


def test_goods_a_plant_turned_out_are_its_production():
    text = " date 2023-05-02 SHYMKENT – The unit has so far turned out 7,400 tonnes of bitumen, which is used on roads."
    found = facts(text)["7,400 tonnes"]
    assert found["measure"] == "production"


def test_a_special_economic_zone_named_after_its_city_is_not_the_city():
    found = facts(
        " date 2022-09-14 PAVLODAR – A plant opened in the Taraz special economic zone. The Taraz SEZ now has"
        " 14 resident companies."
    )["14 resident companies"]
    assert found["subject"] == "Taraz special economic zone"


def test_transformer_ratings_are_in_mva_and_name_no_company():
    found = facts(
        " date 2023-11-16 TASHKENT – Samarkand Elektr makes transformers; last year its capacity reached 4,500 MVA."
    )["4,500 MVA"]
    assert (found["unit"], found["value"], found["subject"]) == ("MVA", 4500, "Samarkand Elektr")


def test_the_other_side_of_a_deal_is_not_what_the_company_means():
    found = facts(
        " date 2023-11-16 TASHKENT – Navoi Kabel has signed export deals. The largest, worth $12 million, was"
        " concluded with the Kazakh grid company Zhetysu Energo Tarap. The company employs 640 people."
    )["640 people"]
    assert found["subject"] == "Navoi Kabel"


def test_members_listed_between_dashes_after_a_counted_group_do_not_govern_it():
    found = facts(
        " date 2023-10-17 SHYMKENT – Shymkent has a growing taxi market. Four operators – Yandex Go, Indrive, Maxim"
        " and Qazaq Taxi – now run 9,800 cars in the city."
    )
    assert (found["Four operators"]["subject"], found["9,800 cars"]["subject"]) == ("Shymkent", "Shymkent")


def test_a_named_tunnel_keeps_its_head_and_is_a_project():
    found = facts(
        " date 2023-06-01 TASHKENT – The Kamchik tunnel will be widened; the Kamchik tunnel carries 9,000 vehicles"
        " a day."
    )["9,000 vehicles"]
    assert (found["subject"], found["subject_type"]) == ("Kamchik tunnel", "project")


def test_cities_abroad_goods_went_to_are_not_the_seller():
    found = facts(
        " date 2023-08-01 KOSTANAY – Tobyl Agromash sold 140 seeders, of which 40 went to Russia’s Omsk and Tyumen"
        " for 210 million rubles."
    )["210 million rubles"]
    assert found["subject"] == "Tobyl Agromash"


def test_counted_goods_sold_worth_a_sum_make_the_sum_sales():
    found = facts(" date 2023-05-02 PAVLODAR – Last year the factory sold 4,800 sofas worth KZT1.2bn.")["KZT1.2bn"]
    assert found["measure"] == "output_value"


def test_a_capacity_modal_may_take_an_adverb_before_its_verb():
    found = facts(" date 2023-05-02 ANDIJAN – The plant can now produce 40,000 tons of washing powder.")["40,000 tons"]
    assert found["measure"] == "production_capacity"


def test_a_nationality_is_not_one_of_the_countries_counted():
    found = facts(
        " date 2024-08-20 BISHKEK – Exporters shipped 41,000 tonnes of apricots. Russia took 70% of them."
        " Kyrgyz apricots went to 12 countries in all."
    )["12 countries"]
    assert found["subject"] == "Kyrgyzstan"


def test_a_city_a_truck_carries_goods_to_is_not_whose_cost_it_is():
    found = facts(
        " date 2023-07-12 OSH – Alai Fruit ships cherries abroad. “A refrigerated truck carries 18 tonnes to Moscow,"
        " and the trip costs us $4,800,” said the company’s director."
    )["$4,800"]
    assert found["subject"] == "Alai Fruit"


def test_a_country_named_as_the_buyer_does_not_take_the_tonnes_it_bought():
    found = facts(
        " date 2024-05-03 DUSHANBE – Tajikistan exported 90,000 tons of apricots. Russia remained the main buyer,"
        " taking 52,000 tons, followed by Kazakhstan with 21,000 tons."
    )
    assert (found["52,000 tons"]["subject"], found["21,000 tons"]["subject"]) == ("Tajikistan", "Tajikistan")


def test_the_report_agency_in_a_dateline_is_no_subject():
    text = (
        "Battery line launched\n\n18 October 2023 15:37 (UTC+04:00)\n\nBAKU, Oct. 18 (Report) – Navoi Power Packs has"
        " launched a battery line, Report's bureau says. The line has a capacity of 9,000 packs a year and 180 jobs."
    )
    assert {f["quote"]: f["subject"] for f in extract_article(text, "invented").facts}[
        "180 jobs"
    ] == "Navoi Power Packs"


def test_a_language_is_not_an_entity():
    found = facts(
        " date 2023-05-02 PETROPAVL – Qyzyljar Connect handles calls in Kazakh, Russian and English. It has 14 clients."
    )
    assert found["14 clients"]["subject"] == "Qyzyljar Connect"


def test_a_one_word_source_that_ends_a_sentence_with_reports_is_no_entity():
    text = (
        " date 2023-11-14 BAKU – Caspian Foam has launched a plant, Bakupost reports. The plant cost 12 million manat."
    )
    extraction = extract_article(text, "invented")
    assert {f["quote"]: f["subject"] for f in extraction.facts}["12 million manat"] == "Caspian Foam"


def test_a_programme_title_may_hold_of():
    found = facts(
        " date 2023-05-18 BISHKEK – Kemin Bal received a loan under the Financing of Beekeeping programme at"
        " 5 percent a year. Part of it went into a workshop that cost 2.1 million soms."
    )
    assert found["2.1 million soms"]["subject"] == "Kemin Bal"


def test_a_descriptive_compound_before_a_name_is_no_part_of_it():
    found = facts(" date 2022-10-17 KOSTANAY – The Russian-language Tobyl Khabar prints 9,200 copies a week.")
    assert found["9,200 copies"]["subject"] == "Tobyl Khabar"


def test_a_named_mountain_pass_keeps_its_head():
    found = facts(
        " date 2023-11-21 BISHKEK – Three galleries will shield the road over the Kok-Art pass; the Kok-Art pass"
        " sees 43 avalanches a winter."
    )["43 avalanches"]
    assert found["subject"] == "Kok-Art pass"


def test_a_name_an_appositive_calls_a_town_is_a_city_to_the_sentence_end():
    found = facts(
        " date 2023-06-01 NAMANGAN – Builders handed over 640 houses in Pop, a town in Namangan region where floods"
        " hit last spring."
    )["640 houses"]
    assert (found["subject"], found["subject_type"]) == ("Pop", "city")


def test_what_one_thing_costs_is_a_price_not_a_project_value():
    found = facts(" date 2023-05-02 KOSTANAY – A new seeder costs farmers about 14 million tenge.")["14 million tenge"]
    assert found["measure"] == "other"


def test_a_price_takes_no_period_from_the_sentence_before():
    found = facts(
        " date 2023-05-02 KOSTANAY – In 2022 the plant sold 640 seeders. Each seeder costs about 14 million tenge."
    )["14 million tenge"]
    assert (found["period_start"], found["period_end"]) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Drone spraying costs farmers 3,000 tenge per hectare.", "3,000 tenge"),
        ("Entry to the reserve costs 1,200 tenge for adults.", "1,200 tenge"),
        ("A ride on an electric scooter to the airport now costs 900 tenge.", "900 tenge"),
    ],
)
def test_a_price_per_unit_is_other(sentence, quote):
    assert facts(f" date 2023-05-02 ALMATY – {sentence}")[quote]["measure"] == "other"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Beekeepers receive a subsidy of 1,500 tenge per bee colony.", "1,500 tenge"),
        ("Some 300 families received a housing subsidy of 900,000 tenge each.", "900,000 tenge"),
        ("Growers receive a subsidy of 35 tenge for each seedling planted.", "35 tenge"),
    ],
)
def test_a_sum_for_each_one_is_other(sentence, quote):
    assert facts(f" date 2023-05-02 ALMATY – {sentence}")[quote]["measure"] == "other"


def test_an_average_or_a_limit_of_many_sums_is_other():
    found = facts(" date 2023-05-02 ALMATY – The average car loan stood at 7.9 million tenge in 2023.")[
        "7.9 million tenge"
    ]
    assert found["measure"] == "other"


def test_what_exports_earned_is_trade():
    found = facts(
        " date 2023-11-21 ALMATY – Kazakhstan exported 95,000 tonnes of barley to China in January–September,"
        " 1.4 times more than in the same period of 2022, earning $31.6 million, the ministry said."
    )["$31.6 million"]
    assert found["measure"] == "trade"


@pytest.mark.parametrize(
    "second_sentence",
    ["This year's race brought together 9,400 runners.", "The marathon brought together 9,400 runners."],
)
def test_the_race_points_back_to_the_event_named_before_not_to_its_city(second_sentence):
    text = (
        " date 2024-05-20 SHYMKENT – Participants and guests of the Shymkent Silk Road Marathon, held on May 12, spent"
        f" 2.1 billion tenge in the city, according to the Shymkent tourism department.\n\n{second_sentence}"
    )
    assert facts(text)["9,400 runners"]["subject"] == "Shymkent Silk Road Marathon"


def test_the_championships_point_back_to_the_championships_named_before():
    text = (
        " date 2023-10-02 BISHKEK – Hosting the Central Asian Judo Championships cost Bishkek 200 million soms, the"
        " mayor's office said. Some 640 athletes competed in the championships."
    )
    assert facts(text)["640 athletes"]["subject"] == "Central Asian Judo Championships"


def test_this_years_event_keeps_this_year_as_the_period():
    text = (
        " date 2024-05-20 SHYMKENT – Participants and guests of the Shymkent Silk Road Marathon, held on May 12, spent"
        " 2.1 billion tenge in the city, according to the Shymkent tourism department.\n\nThis year's race brought"
        " together 9,400 runners."
    )
    found = facts(text)["9,400 runners"]
    assert (found["subject"], found["period_start"]) == ("Shymkent Silk Road Marathon", dt.date(2024, 1, 1))


def test_a_paragraph_opening_with_the_programme_goes_on_about_the_programme():
    text = (
        " date 2023-04-10 TARAZ – Zhambyl region will add 2 billion tenge to its Jer Ana rural loans programme, the"
        " akim of Zhambyl region said.\n\nThe programme is run by the regional corporation Taraz Invest. Farmers can"
        " borrow up to 5 million tenge for five years."
    )
    assert facts(text)["5 million tenge"]["subject"] == "Jer Ana"


def test_a_public_work_the_text_describes_in_its_town_is_the_subject_not_the_town():
    text = (
        " date 2023-03-14 AKTAU – Construction of a new drama theatre in Aktau is 70 percent complete, the culture"
        " department said. The theatre will have a main hall with 850 seats."
    )
    assert facts(text)["850 seats"]["subject"] == "drama theatre in Aktau"


@pytest.mark.parametrize(
    ("described", "subject"),
    [
        ("ice arena under construction in Petropavl", "ice arena in Petropavl"),
        ("cement plant being built in Petropavl", "cement plant in Petropavl"),
    ],
)
def test_a_work_under_construction_in_a_town_keeps_its_town_in_its_name(described, subject):
    text = f" date 2023-03-14 PETROPAVL – The cost of the new {described} has risen to KZT14.6bn, the akimat said."
    assert facts(text)["KZT14.6bn"]["subject"] == subject


def test_the_town_a_briefing_was_held_in_is_not_what_the_figures_are_about():
    text = (
        " date 2024-03-05 ALMATY – The government's target is to raise exports to $90 billion a year by 2026, the"
        " deputy minister told a briefing in Astana."
    )
    assert facts(text)["$90 billion"]["subject"] == "Kazakhstan"


def test_what_rose_is_never_the_speaker_before_it():
    found = facts(" date 2024-03-05 TASHKENT – The ministry said it will rise by 15% next year.")["15%"]
    assert found["item"] is None


ROAD_ORDER = (
    " date 2024-07-23 TARAZ – Jol Qorgau LLP has made 3,100 km of road barriers since 2012. The largest order comes"
    " from the reconstruction of the Taraz-Merke section of the Western Europe-Western China corridor. For this"
    " project alone, the company will deliver 260 km of barrier fencing."
)


def test_a_dashed_name_before_a_route_noun_is_a_route_not_the_company():
    assert facts(ROAD_ORDER)["260 km"]["subject"] == "Jol Qorgau"


def test_a_section_between_two_towns_is_named_with_its_noun():
    names = {e["name"]: e["type"] for e in extract_article(ROAD_ORDER, "invented").entities}
    assert names["Taraz-Merke section"] == "project"


def test_the_company_is_never_the_owners_pit_named_more_often():
    text = (
        " date 2022-11-03 ALMATY – Sary Mys JSC, a miner in Ulytau region, produced 18,640 tonnes of copper in the"
        " third quarter of 2022, the company said.\n\nThe company mined 2.9 mln tonnes of ore at its Kairat open pit."
        " Recovery improved to 87.5%.\n\nOver nine months, output totalled 52,300 tonnes, leaving the company on track"
        " to meet its guidance.\n\nCapital expenditure reached $27.5 million, most of it spent on the second stage of"
        " the Kairat pit.\n\nIn January-September, the company paid KZT41.7bn in taxes."
    )
    assert facts(text)["KZT41.7bn"]["subject"] == "Sary Mys"


@pytest.mark.parametrize(
    "appositive",
    ["the aluminium smelter on the northern edge of Pavlodar", "an aluminium smelter near the village of Kenzhekol"],
)
def test_an_appositive_that_places_the_named_plant_still_describes_the_name(appositive):
    text = (
        f" date 2023-03-14 PAVLODAR – Ertis Alumin, {appositive}, produced 268,400 tonnes of aluminium in 2022. The"
        " smelter's revenue reached 412.6 billion tenge last year."
    )
    assert facts(text)["412.6 billion tenge"]["subject"] == "Ertis Alumin"


def test_an_amount_of_a_flow_across_a_border_with_no_word_of_making_is_trade():
    text = (
        " date 2024-02-13 BISHKEK – Kyrgyzstan imported 2.84 billion kWh of electricity in 2023. Tajikistan remained"
        " the largest supplier, delivering 1.31 billion kWh."
    )
    assert facts(text)["1.31 billion kWh"]["measure"] == "trade"


def test_an_amount_made_stays_production_beside_a_flow():
    text = (
        " date 2024-02-13 ASTANA – Kazakhstan exported 1.2 billion kWh of electricity in 2023. Gas-fired plants"
        " produced 19.8 billion kWh."
    )
    assert facts(text)["19.8 billion kWh"]["measure"] == "production"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The plant will be able to turn out 150,000 cubic meters of MDF and 200,000 cubic meters of chipboard"
            " a year.",
            "150,000 cubic meters",
        ),
        (
            "The plant can produce 500 million glass containers a year, or about 180,000 tonnes of glass.",
            "180,000 tonnes",
        ),
    ],
)
def test_a_rate_written_once_reaches_the_amounts_listed_or_restated_with_it(sentence, quote):
    found = facts(f" date 2023-03-14 KOSTANAY – {sentence}")[quote]
    assert (found["per"], found["measure"]) == ("year", "production_capacity")


def test_a_capacity_stated_without_a_rate_takes_the_rate_of_the_capacity_before_it():
    text = (
        " date 2023-03-14 SEMEY – The plant can process 15,000 tons of tyres a year. Capacity will then rise by 50%,"
        " to 22,500 tons."
    )
    assert facts(text)["22,500 tons"]["per"] == "year"


def test_a_year_in_an_opening_participle_of_building_dates_the_building_not_the_figures():
    text = (
        " date 2022-10-26 DUSHANBE – Sarband Cement is the largest supplier. Built by Chinese investors for $165"
        " million in 2019, it employs 620 people. About 180 trucks cross the bridge every day."
    )
    found = facts(text)
    assert [found[q]["period_start"] for q in ("620 people", "180 trucks")] == [None, None]


def test_a_rate_in_a_company_report_stays_the_companys_beside_its_town():
    text = (
        " date 2023-07-26 ALMATY – Ertis Steel, which runs a steel plant in Aksu, produced 318,000 tonnes of steel in"
        " the second quarter, the company said. The company's revenue reached $196.4 million, and the company paid"
        " $12 million in taxes. The average price of rebar fell 9% year on year."
    )
    assert facts(text)["9%"]["subject"] == "Ertis Steel"


def test_countries_named_as_the_markets_goods_go_to_are_no_subject():
    text = (
        " date 2023-07-26 ALMATY – Ertis Steel produced 318,000 tonnes of steel. Sales to export markets, mainly"
        " Uzbekistan, Kyrgyzstan and Afghanistan, accounted for 38% of shipments."
    )
    assert facts(text)["38%"]["subject"] == "Ertis Steel"


def test_a_paragraph_naming_nobody_in_a_lenders_story_is_the_lenders():
    text = (
        " date 2022-11-09 TARAZ – Over ten months, Aulie-Ata Development Bank issued 1,146 loans to small businesses in"
        " Zhambyl region, the bank's chairman told the akimat of Zhambyl region.\n\nLending was 27.6% higher than in"
        " January-October 2021."
    )
    assert facts(text)["27.6%"]["subject"] == "Aulie-Ata Development Bank"


def test_its_after_a_reporting_body_is_not_the_bodys():
    text = (
        " date 2021-09-21 UST-KAMENOGORSK – The Alakol resort zone received 412,000 tourists this summer.\n\n"
        "According to Daulet Kemelbekov, head of the regional department of tourism, the season ran from June 1 to"
        " September 15. At its peak, the shore hosted 22,000-25,000 holidaymakers a day."
    )
    assert facts(text)["22,000-25,000 holidaymakers"]["subject"] != "regional department of tourism"


def test_the_place_a_sized_facility_stands_in_is_not_its_figures_subject():
    text = (
        " date 2024-05-21 PETROPAVL – Construction of the Ak Bulak dairy complex for 1,200 cows in North Kazakhstan's"
        " Taiynsha district is 70% complete, the company's director said."
    )
    assert facts(text)["70%"]["subject"] == "Ak Bulak"


def test_a_date_things_change_from_frames_the_plans_after_it_but_not_their_old_levels():
    text = (
        " date 2024-06-25 ASTANA – Electricity for households will become more expensive in seven cities from July 1,"
        " 2024, the committee said.\n\nIn Astana, the tariff will rise by 13,4% to 24,58 tenge per kWh, up from 21,67"
        " tenge."
    )
    found = facts(text)
    assert [found[q]["period_start"] for q in ("24,58 tenge", "21,67 tenge")] == [dt.date(2024, 7, 1), None]


def test_goods_exported_to_a_country_worth_a_sum_make_the_sum_trade():
    text = (
        " date 2022-10-26 DUSHANBE – Tajikistan also exported 58,700 tons of gypsum, bricks and other building"
        " materials to Afghanistan worth 31.2 million somoni."
    )
    assert facts(text)["31.2 million somoni"]["measure"] == "trade"


def test_a_countrys_share_of_the_trade_just_reported_is_that_countrys_share_of_the_whole():
    text = (
        " date 2023-11-03 ASTANA – Kazakhstan imported 2.1 million refrigerators last year, 58% of them from Türkiye."
    )
    share = facts(text)["58%"]
    assert (share["subject"], share["item"]) == ("Türkiye", "Kazakhstan's refrigerator imports")


def test_a_share_going_to_several_countries_is_no_one_partners():
    text = (
        " date 2023-11-03 BISHKEK – Kyrgyzstan exported 900,000 tonnes of coal in 2022, of which 60% went to"
        " Uzbekistan and Tajikistan."
    )
    assert facts(text)["60%"]["subject"] == "Kyrgyzstan"


def test_our_share_in_a_quotation_of_a_companys_officer_is_the_companys():
    text = (
        " date 2024-03-27 KONAYEV – Oyu Dekor, a wallpaper factory in the Almaty region, is installing a second"
        " line, director Arman Zhakupbekov told journalists.\n\n“Kazakhstan still imports most of the wallpaper it"
        " uses. Our share of the domestic market is around 8%,” Zhakupbekov said."
    )
    assert facts(text)["8%"]["subject"] == "Oyu Dekor"


def test_one_of_the_companies_in_a_zone_named_after_its_city_counts_the_zones_companies():
    text = (
        " date 2024-03-27 ALMATY – Ertis Kabel is one of 32 manufacturers operating in the Pavlodar industrial"
        " zone, the akimat says."
    )
    assert facts(text)["32 manufacturers"]["subject"] == "Pavlodar industrial zone"


def test_a_change_after_a_figure_is_not_of_what_a_while_clause_names_next():
    text = (
        " date 2024-03-27 ALMATY – Kazakhstan produced 3.1 million tonnes of cement in 2023, up 6.2% year on year,"
        " while cement imports reached $91 million."
    )
    assert facts(text)["6.2%"]["item"] == "cement"


def test_where_the_part_of_a_share_was_bought_is_not_the_part():
    text = (
        " date 2024-03-27 ALMATY – The new line is worth KZT4.6bn. Kilns bought in Türkiye and Spain make up about"
        " 55% of the cost."
    )
    assert facts(text)["55%"]["item"] == "kilns"


def test_a_loan_from_a_lender_described_in_common_words_names_the_lender():
    text = (
        " date 2024-03-27 ALMATY – The project cost 5.3 billion tenge, of which 3.8 billion tenge was a loan from a"
        " second-tier bank."
    )
    assert facts(text)["3.8 billion tenge"]["item"] == "loan from a second-tier bank"


def test_a_part_of_a_cost_that_is_a_soft_loan_is_investment():
    text = (
        " date 2024-03-27 ALMATY – The new kiln is worth KZT7.1bn, of which 2.6 billion tenge is a soft loan from the"
        " Industrial Development Fund."
    )
    found = facts(text)["2.6 billion tenge"]
    assert (found["measure"], found["item"]) == ("investment", "loan from the Industrial Development Fund")


def test_a_loan_a_lender_is_expected_to_provide_is_the_borrowers():
    text = (
        " date 2024-03-27 AKTAU – Mangystau Azot plans to double its output. The Development Bank of Kazakhstan is"
        " expected to provide a loan of 120 billion tenge."
    )
    found = facts(text)["120 billion tenge"]
    assert (found["subject"], found["item"]) == ("Mangystau Azot", "loan from the Development Bank of Kazakhstan")


def test_a_loan_a_lender_is_considering_is_planned():
    text = (
        " date 2024-03-27 AKTAU – Mangystau Azot plans to build an ammonia plant. The Development Bank of Kazakhstan"
        " is considering a loan of KZT41bn."
    )
    assert facts(text)["KZT41bn"]["status"] == "planned"


def test_a_body_named_after_a_sector_names_no_indicator_for_a_change():
    text = (
        " date 2021-10-19 KOKSHETAU – According to the regional agriculture department, the region produced 41,200"
        " tonnes of honey in January–September, 3.4% more than a year earlier."
    )
    assert facts(text)["3.4%"]["item"] == "honey"


def test_a_planned_rate_to_reach_within_n_years_is_dated_by_those_years():
    text = (
        " date 2023-09-19 BISHKEK – The factory plans to make 400,000 pairs of boots a year within three years,"
        " its director said."
    )
    found = facts(text)["400,000 pairs"]
    assert (found["period_start"], found["period_end"]) == (dt.date(2023, 1, 1), dt.date(2025, 12, 31))


def test_a_named_part_of_a_whole_leaves_the_whole_as_the_shares_item():
    text = " date 2023-09-19 ASTANA – Kostanay region accounts for about 40% of Kazakhstan's iron ore output."
    found = facts(text)["40%"]
    assert (found["subject"], found["item"]) == ("Kostanay region", "Kazakhstan's iron ore output")


def test_a_sector_opening_a_sentence_is_the_part_a_share_is_of():
    text = " date 2023-09-19 ASTANA – Metallurgy accounts for 63% of the region's manufacturing output."
    assert facts(text)["63%"]["item"] == "metallurgy"


def test_local_raw_materials_making_up_a_percent_of_inputs_state_a_localization_rate():
    text = " date 2023-05-23 AKTOBE – Boyau Coatings makes paint. Local raw materials make up 45% of its inputs."
    assert facts(text)["45%"]["measure"] == "localization_rate"


def test_a_percent_of_the_equipment_made_in_kazakhstan_is_a_localization_rate():
    text = (
        " date 2023-05-23 KOSTANAY – Medical equipment worth 6.8 billion tenge was installed at the Tobyl Clinic,"
        " 35% of it made in Kazakhstan."
    )
    assert facts(text)["35%"]["measure"] == "localization_rate"


def test_domestic_goods_sold_at_a_market_are_a_share_not_a_localization_rate():
    text = " date 2024-05-28 TARAZ – At the Kordai trade centre, Kazakh goods accounted for 37% of sales."
    assert facts(text)["37%"]["measure"] == "share"


def test_the_share_of_kazakh_content_is_the_plants_not_kazakhstans():
    text = (
        " date 2021-11-23 ALMATY – Alatau Paper Mill opened a cardboard line, its director said. According to him,"
        " the share of Kazakh content in the finished products will reach 90%."
    )
    assert facts(text)["90%"]["subject"] == "Alatau Paper Mill"


def test_a_figure_in_a_which_clause_is_of_the_name_owning_its_antecedent():
    text = (
        " date 2023-08-14 ALMATY – Russia accounted for 61% of Kyrgyzstan's total wool exports, which amounted to"
        " 9,200 tons in the first half."
    )
    assert facts(text)["9,200 tons"]["subject"] == "Kyrgyzstan"


def test_what_a_verb_of_times_multiplies_is_the_changes_item():
    text = " date 2022-06-09 ALMATY – Irtysh Diesel Engines plans to triple capacity with a 38,5 bln tenge upgrade."
    assert facts(text)["triple"]["item"] == "capacity"


def test_a_verb_of_times_doubling_the_number_of_things_counts_the_things():
    text = " date 2022-06-09 ALMATY – The cooperative plans to double the number of bee colonies by 2025."
    assert facts(text)["double"]["item"] == "bee colonies"


def test_the_plant_named_after_an_equipment_supplier_is_still_the_plant_being_built():
    text = (
        " date 2024-07-09 ASHGABAT – The plant of Ak Gaya economic society will be able to produce 20 million"
        " square meters of gypsum board a year. It will process raw gypsum from the nearby Kelete deposit, whose"
        " reserves are large and well explored by geologists.\n\nThe project is valued at 420 mln manat. Of this"
        " amount, 60 percent will be covered by a loan from the State Commercial Bank Türkmenistan. Equipment worth"
        " $38 million will be supplied by China’s Hebei Taishi Machinery. The plant will employ 280 people."
    )
    assert facts(text)["280 people"]["subject"] == "Ak Gaya"


def test_an_unnamed_facility_takes_the_place_its_clause_puts_it_in():
    text = (
        " date 2023-05-03 KOKSHETAU – In addition, a hybrid seed plant for sunflower and rapeseed is being built in"
        " Kokshetau. It will process 5,000 tons of seeds a year."
    )
    assert facts(text)["5,000 tons"]["subject"] == "hybrid seed plant in Kokshetau"


def test_a_country_does_not_locate_an_unnamed_facility():
    text = " date 2023-05-03 ALMATY – A Chinese investor will build a copper smelter worth $300 million in Kazakhstan."
    assert facts(text)["$300 million"]["subject"] != "copper smelter in Kazakhstan"


def test_a_share_a_company_exports_is_its_exports():
    text = (
        " date 2023-05-24 KYZYLORDA – In the longer term, Syr Polymer plans to export up to 30% of its output to"
        " Uzbekistan and Kyrgyzstan."
    )
    assert facts(text)["30%"]["item"] == "exports"


def test_an_indicator_word_inside_a_proper_name_names_no_change():
    text = (
        " date 2024-02-14 BAKU – Cargo moved along the Trans-Caspian International Transport Route grew 65% in 2023,"
        " the consortium said."
    )
    assert facts(text)["65%"]["item"] != "transport"


def test_how_far_a_work_has_got_is_not_dated_by_what_comes_next():
    text = (
        " date 2022-06-07 ASHGABAT – The LNG plant under construction in Ahal region is 78 percent complete and is"
        " expected to ship its first product in the fourth quarter of this year."
    )
    found = facts(text)["78 percent"]
    assert (found["status"], found["period_start"]) == ("actual", None)


def test_a_plan_after_so_is_not_the_plan_of_the_figure_before_it():
    text = (
        " date 2021-10-21 SHYMKENT – The region has 34 cotton gins with a combined capacity of 780,000 tons a year,"
        " so most of them will again work well below their design load."
    )
    assert facts(text)["34 cotton gins"]["status"] == "actual"


def test_a_percent_a_company_is_owned_by_is_the_owners_stake_in_it():
    text = (
        " date 2023-09-21 KARAGANDA – Orta Mail Logistics is 60% owned by Kazakh investor Temir Capital, the company"
        " said."
    )
    found = facts(text)["60%"]
    assert (found["subject"], found["item"]) == ("Temir Capital", "stake in Orta Mail Logistics")


def test_the_places_of_a_relative_clause_on_the_opener_are_not_the_figures():
    text = (
        " date 2023-10-01 URALSK – Dala Traktor assembles tractors in the region. The workshop, which stands on the"
        " outskirts of Uralsk, employs 145 people."
    )
    assert facts(text)["145 people"]["subject"] == "Dala Traktor"


def test_a_country_that_buys_the_goods_is_not_the_articles_topic():
    text = (
        " date 2023-11-10 ULAANBAATAR – Mongolia exported 7,260 tons of cashmere in January–October 2023. Traders"
        " said Chinese buyers returned to the market.\n\nChina bought 81 percent of the volume, while Italy took 12"
        " percent.\n\nHerders combed around 10,400 tons of raw cashmere from the country's goats in 2023."
    )
    assert facts(text)["10,400 tons"]["subject"] == "Mongolia"


def test_what_shipments_were_worth_is_trade():
    text = (
        " date 2023-12-15 AKTAU – Kazakhstan exported 1.2 million tons of grain to Iran in January-November. The"
        " shipments were worth US$356.9 million."
    )
    assert facts(text)["US$356.9 million"]["measure"] == "trade"


def test_goods_exported_to_one_country_are_the_exports_to_that_country():
    text = " date 2023-08-14 ALMATY – Kazakhstan exported 19,800 tons of beef to China in January-June 2023."
    assert facts(text)["19,800 tons"]["item"] == "beef exports to China"


def test_goods_exported_to_several_countries_are_the_exports():
    text = " date 2023-08-14 ALMATY – Kazakhstan exported 19,800 tons of beef to China and Iran in January-June 2023."
    assert facts(text)["19,800 tons"]["item"] == "beef exports"


def test_what_the_shipments_were_worth_is_of_the_goods_just_reported():
    text = (
        " date 2023-12-15 AKTAU – Kazakhstan exported 1.2 million tons of flour in January-November. The shipments"
        " were worth US$356.9 million."
    )
    assert facts(text)["US$356.9 million"]["item"] == "flour exports"


def test_a_sum_allocated_to_subsidies_is_of_those_subsidies():
    text = (
        " date 2022-03-24 ASTANA – To support farmers, the government will allocate 65 billion tenge for fertilizer"
        " subsidies this year."
    )
    assert facts(text)["65 billion tenge"]["item"] == "fertilizer subsidies"


def test_percents_of_where_visitors_came_from_are_shares():
    text = (
        " date 2024-01-10 TURKISTAN – Turkistan received 412,000 foreign visitors in 2023. Most foreign visitors came"
        " from Uzbekistan (41%), Türkiye (18%) and Russia (9%)."
    )
    assert [facts(text)[q]["measure"] for q in ("41%", "18%")] == ["share", "share"]


def test_goods_a_plant_will_receive_are_not_its_output():
    text = (
        " date 2023-06-14 PAVLODAR – Ertis Kabel will receive around 2,500 tons of copper cathode a month from"
        " smelters in the region."
    )
    assert facts(text)["2,500 tons"]["measure"] == "other"


def test_tonnes_a_fleet_aims_to_carry_are_not_its_output():
    text = " date 2023-04-10 PAVLODAR – The river fleet aims to carry 400,000 tonnes of cargo this season."
    assert facts(text)["400,000 tonnes"]["measure"] == "other"


def test_equipment_installed_is_counted_not_made():
    text = (
        " date 2022-09-14 KARAGANDA – So far this year the mine has installed two vacuum pumping stations and"
        " connected 320 methane sensors to a control room."
    )
    assert [facts(text)[q]["measure"] for q in ("two vacuum pumping stations", "320 methane sensors")] == [
        "count",
        "count",
    ]


def test_an_occupancy_level_moved_from_a_year_earlier_is_a_share():
    text = " date 2024-10-22 SAMARKAND – Hotel occupancy averaged 71%, up from 64% a year earlier."
    assert [facts(text)[q]["measure"] for q in ("71%", "64%")] == ["share", "share"]


def test_all_the_residents_of_a_place_are_its_population():
    text = (
        " date 2024-10-22 URALSK – Gas from the plant goes into the Intergas Central Asia network and supplies the"
        " 690,000 residents of West Kazakhstan region."
    )
    found = facts(text)["690,000 residents"]
    assert (found["measure"], found["subject"]) == ("population", "West Kazakhstan region")


def test_a_buyer_named_in_a_list_whose_verb_is_gapped_is_not_the_exporter():
    text = (
        " date 2023-10-18 BISHKEK – Issyk-Kul region exported 26 thousand tonnes of fruit in January-September."
        " Kazakhstan took 18,9 thousand tonnes and Russia 7,1 thousand tonnes."
    )
    assert facts(text)["7,1 thousand tonnes"]["subject"] == "Issyk-Kul region"


def test_a_landmark_a_hotel_stands_next_to_is_not_the_hotels_figures():
    text = (
        " date 2024-10-22 SAMARKAND – The largest, the 220-room Zarafshan Palace next to the Silk Road Samarkand"
        " complex, was built by Marokand Hospitality Group for 640 billion soums and employs 310 people."
    )
    assert facts(text)["310 people"]["subject"] == "Zarafshan Palace"


def test_the_builder_after_the_village_a_facility_stands_near_is_no_place():
    text = (
        " date 2023-11-21 KOSTANAY – The largest elevator, built near the village of Ubagan by Arna Astyk Terminal"
        " LLP for 6.8 billion tenge, can store 90,000 tonnes of grain."
    )
    assert facts(text)["6.8 billion tenge"]["subject"] != "Ubagan"


def test_a_partners_part_of_gas_exports_is_trade():
    text = (
        " date 2024-06-11 ASHGABAT – Turkmenistan exported 16.8 billion cubic metres of natural gas in January-May."
        " China took 14.1 billion cubic metres, or 84% of the total."
    )
    assert facts(text)["14.1 billion cubic metres"]["measure"] == "trade"


def test_a_sum_the_exports_were_worth_after_their_period_is_trade():
    text = (
        " date 2023-09-14 ALMATY – The region's honey exports to China rose to 410 tonnes last year, worth $2.9"
        " million."
    )
    assert facts(text)["$2.9 million"]["measure"] == "trade"


def test_a_share_verbs_part_of_a_named_whole_keeps_the_name():
    text = (
        " date 2021-11-10 ALMATY – The National Bank said government securities of Kazakhstan make up 44.3% of the"
        " fund's portfolio."
    )
    assert facts(text)["44.3%"]["item"] == "government securities of Kazakhstan"


def test_a_price_foreign_buyers_pay_us_is_the_speakers_company():
    text = (
        " date 2023-09-14 UST-KAMENOGORSK – Altai Shyrny, which unites 38 family apiaries, keeps about 6,200 hives."
        '\n\n"Chinese buyers pay us $6.8 per kilogram for mountain honey," chairman Yerlan Mukashev said.'
    )
    assert facts(text)["$6.8"]["subject"] == "Altai Shyrny"


def test_a_loan_a_bank_financed_works_with_is_the_borrowers():
    text = (
        " date 2023-11-17 SHYMKENT – Mirzashol Textile runs a spinning mill. Development Bank of Kazakhstan financed"
        " the mill's modernisation with a 24 billion tenge loan."
    )
    assert facts(text)["24 billion tenge"]["subject"] == "Mirzashol Textile"


def test_a_throughput_raised_to_a_rate_is_a_capacity():
    text = (
        ' date 2024-06-11 ASHGABAT – "The station will raise the throughput of our section of the pipeline from 40'
        ' billion to 45 billion cubic metres a year," the deputy chairman said.'
    )
    assert facts(text)["45 billion cubic metres"]["measure"] == "production_capacity"


def test_the_percent_a_loan_is_given_at_is_its_interest_rate():
    text = " date 2022-08-23 KARAGANDA – Part of the money came from a 1,5 billion tenge loan from the Damu fund at 6%."
    found = facts(text)["6%"]
    assert (found["measure"], found["item"]) == ("other", "interest rate")


def test_n_more_are_more_of_what_the_sentence_counted_first():
    text = (
        " date 2024-01-10 KONAYEV – In 2023, 14 schools with 16,200 seats were commissioned in the region, and this"
        " year 17 more are under construction."
    )
    assert facts(text)["17"]["item"] == "schools"


def test_a_headline_verb_that_lifts_a_thing_is_no_part_of_its_item():
    text = " date 2024-02-14 BISHKEK – Naryn gold miner lifts output by 25% in 2023\n\nKyrgyz Altyn produced more gold."
    assert facts(text)["25%"]["item"] == "output"


def test_the_main_source_of_transfers_is_not_the_articles_topic():
    text = (
        " date 2022-11-24 BISHKEK – Kyrgyzstan received $2.21 billion in remittances in January-September.\n\nRussia"
        " remained the main source, accounting for 96.2 percent of all transfers. Russia remained the main source in"
        " 2021 too.\n\nThe outflow of transfers over the nine months amounted to $204.7 million."
    )
    assert facts(text)["$204.7 million"]["subject"] == "Kyrgyzstan"


def test_a_verb_of_times_without_an_object_takes_no_adverb_for_its_item():
    text = " date 2024-03-05 ALMATY – Kazakhstan's wheat exports doubled year-on-year."
    assert facts(text)["doubled"]["item"] != "year-on-year"


def test_a_home_countrys_goods_taking_a_share_of_a_foreign_market_are_no_localization():
    text = " date 2024-03-05 ALMATY – Kazakh steel accounts for 30% of the Uzbek market."
    assert facts(text)["30%"]["measure"] == "share"


def test_an_opening_considering_clause_plans_nothing():
    text = " date 2024-03-05 ALMATY – Considering the drought, wheat output fell 10% to 12 million tons in 2023."
    assert facts(text)["12 million tons"]["status"] == "actual"


def test_a_country_that_took_measures_is_no_buyer():
    text = (
        " date 2024-03-05 TASHKENT – Uzbekistan took measures to support farmers. The country harvested 7 million"
        " tons of wheat."
    )
    assert facts(text)["7 million tons"]["subject"] == "Uzbekistan"


def test_an_importer_in_a_list_whose_verb_is_gapped_keeps_its_figure():
    text = (
        " date 2024-03-05 ALMATY – Kazakhstan imported 500,000 tonnes of sugar in 2023, and Uzbekistan 700,000 tonnes."
    )
    assert facts(text)["700,000 tonnes"]["subject"] == "Uzbekistan"


def test_a_sentence_opening_flow_noun_before_a_nationality_is_still_a_cue():
    text = " date 2024-03-05 ALMATY – Imports of Chinese cars reached 50,000 units in 2023."
    assert facts(text)["50,000 units"]["measure"] == "trade"


def test_a_progress_percent_keeps_the_date_that_dates_it():
    text = " date 2024-03-05 ALMATY – Construction of the plant was 60 percent complete at the end of 2023."
    assert facts(text)["60 percent"]["period_end"] == dt.date(2023, 12, 31)


def test_goods_exported_to_a_country_and_others_are_the_exports():
    text = " date 2024-03-05 ALMATY – Kazakhstan exported 19,800 tons of beef to China and the EU."
    assert facts(text)["19,800 tons"]["item"] == "beef exports"


def test_n_more_are_more_of_the_things_counted_last():
    text = (
        " date 2024-03-05 ALMATY – The farm keeps 300 cows and bought 15 tractors this year, and will buy 5 more"
        " next year."
    )
    assert facts(text)["5"]["item"] == "tractors"


def test_what_new_stores_hold_is_no_output():
    text = (
        " date 2021-10-14 KOSTANAY – Two new storehouses for 12 thousand tonnes were built this year, with"
        " investments of 1,9 billion tenge."
    )
    assert facts(text)["12 thousand tonnes"]["measure"] == "other"


def test_beds_per_ten_thousand_residents_are_a_ratio_not_a_count():
    text = " date 2024-07-23 SHYMKENT – The region has 41 hospital beds per 10,000 residents."
    found = facts(text)["41 hospital beds"]
    assert (found["measure"], found["item"]) == ("other", "hospital beds per 10,000 residents")


def test_a_central_banks_forecast_is_its_countrys_figure():
    text = (
        " date 2022-11-24 BISHKEK – Kyrgyzstan received $2.21 billion in remittances in January-September. The"
        " National Bank expects full-year inflows of $2.9-3.1 billion."
    )
    assert facts(text)["$2.9-3.1 billion"]["subject"] == "Kyrgyzstan"


def test_money_received_in_remittances_is_no_investment():
    text = (
        " date 2022-11-24 BISHKEK – Kyrgyzstan received $2.21 billion in remittances in January-September, up 27.4"
        " percent."
    )
    assert facts(text)["$2.21 billion"]["measure"] == "other"


def test_money_invested_in_modernisation_stays_investment():
    text = " date 2024-02-12 PAVLODAR – This year the company plans to invest KZT 64 billion in modernization."
    assert facts(text)["KZT 64 billion"]["measure"] == "investment"


def test_an_amount_takes_no_item_from_a_yield_per_hectare_before_it():
    text = (
        " date 2021-10-14 KOSTANAY – Farmers dug 286 thousand tonnes of potatoes. The average yield reached 23,2"
        " tonnes per hectare.\n\nThe largest grower, Tobol Kartop LLP, dug 38 thousand tonnes from 1 150 hectares."
    )
    assert facts(text)["38 thousand tonnes"]["item"] != "average yield"


def test_a_bare_flow_of_tonnes_is_of_the_goods_the_paragraph_weighed_before():
    found = facts(
        " date 2023-05-02 BISHKEK – Kyrgyz mills ground 640,000 tons of flour in 2022, while imports fell to"
        " 95,000 tons."
    )["95,000 tons"]
    assert (found["measure"], found["item"]) == ("trade", "flour imports")


def test_a_bare_flow_takes_no_goods_from_an_earlier_paragraph():
    found = facts(
        " date 2023-05-02 BISHKEK – Kyrgyz mills ground 640,000 tons of flour in 2022.\n\n"
        "Exports of the country reached 95,000 tons."
    )["95,000 tons"]
    assert found["item"] == "exports"


def test_a_neighbours_capital_as_dateline_with_no_country_named_gives_the_neighbours_figures():
    found = facts(
        " date 2022-09-07 BISHKEK. KAZINFORM – Ak-Tash Mining said the country's proven gold reserves exceed"
        " 560 tonnes."
    )["560 tonnes"]
    assert found["subject"] == "Kyrgyzstan"


def test_government_debt_with_no_one_named_is_the_countrys_not_the_fund_spoken_of_before():
    found = facts(
        " date 2024-10-16 ASTANA – The National Fund's assets amounted to $59.4 billion as of Oct. 1."
        " Government debt stood at 27.1 trillion tenge on the same date."
    )["27.1 trillion tenge"]
    assert found["subject"] == "Kazakhstan"


def test_a_change_of_hectares_with_nothing_named_is_one_of_area():
    found = facts(" date 2022-08-23 TURKISTAN – The fields cover 58,300 hectares, 4,100 hectares more than in 2021.")[
        "4,100 hectares"
    ]
    assert (found["measure"], found["item"]) == ("other", "increase in area")


def test_goods_said_to_have_been_exported_after_their_worth_are_named_with_their_flow():
    found = facts(" date 2022-08-23 ALMATY – Since June, 52,000 tons of apples worth $18 million have been exported.")
    assert found["52,000 tons"]["item"] == "apple exports"


def test_a_builder_named_before_a_comma_is_not_joined_to_what_it_built():
    found = facts(
        " date 2023-06-28 KOKSHETAU – Built by Arman Stroy Group, the Kokshe Spa sanatorium stands on 4.2 hectares."
    )["4.2 hectares"]
    assert found["subject"] == "Kokshe Spa"


def test_places_a_headline_lists_with_a_comma_are_a_joint_subject():
    found = facts("Kazakhstan, Kyrgyzstan aim for $5 bn trade\n\n date 2024-03-05 ALMATY – Talks went on.")["$5 bn"]
    assert found["subject"] == "Kazakhstan and Kyrgyzstan"


def test_a_lake_a_resort_stands_on_is_not_what_the_resort_cost_is_of():
    found = facts(" date 2023-06-28 KOKSHETAU – A hotel worth 9 billion tenge opened on the shore of Lake Zhasybay.")[
        "9 billion tenge"
    ]
    assert found["subject"] != "Lake Zhasybay"


def test_a_lakes_fish_catch_is_the_lakes():
    found = facts(" date 2023-06-28 BALKHASH – Lake Tengiz yielded 4,100 tons of fish last year.")["4,100 tons"]
    assert found["subject"] == "Lake Tengiz"


def test_exports_by_a_route_take_no_goods_from_the_sentence_before():
    found = facts(
        " date 2024-03-05 ASTANA – Kazakhstan produced 1.2 million tons of steel in 2023."
        " Overall, exports by rail reached 80 million tons."
    )["80 million tons"]
    assert found["item"] == "exports"


def test_firms_a_headline_lists_with_a_comma_are_a_joint_subject():
    found = facts(
        "Air Astana, FlyArystan carried 9 million passengers in 2023\n\n date 2024-03-05 ASTANA – Traffic grew."
    )
    assert found["9 million passengers"]["subject"] == "Air Astana and FlyArystan"


def test_a_firm_whose_name_opens_with_lake_may_invest():
    found = facts(" date 2024-03-05 ALMATY – Lake Balkhash Resort LLP invested 5 billion tenge in a new hotel.")
    assert found["5 billion tenge"]["subject"] == "Lake Balkhash Resort"


def test_countries_a_list_names_as_buyers_together_are_not_the_exports_subject():
    found = facts(
        " date 2022-05-18 ALMATY – Tengri Sweets exported 3,800 tonnes of sweets in 2021."
        " Uzbekistan, Kyrgyzstan and Tajikistan together bought about 2,000 tonnes."
    )["2,000 tonnes"]
    assert found["subject"] == "Tengri Sweets"


def test_a_name_given_as_an_example_governs_no_figure():
    found = facts(
        " date 2024-07-30 AKTAU – Kazakh Air Cargo opened new stands for freighters such as the Boeing 747-8F,"
        " at a cost of KZT 2.4 billion."
    )["KZT 2.4 billion"]
    assert found["subject"] != "Boeing"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Zhem Textile plans to start a third spinning line worth $9 million.", "$9 million", "third spinning line"),
        ("The airline signed a leasing agreement worth $60 million.", "$60 million", "leasing agreement"),
        ("Bota Dairy is carrying out a modernisation programme worth KZT 3 bn.", "KZT 3 bn", "modernisation programme"),
    ],
)
def test_a_part_or_deal_worth_a_sum_is_the_item(sentence, quote, item):
    assert facts(" date 2023-05-04 ASTANA – " + sentence)[quote]["item"] == item


def test_a_facility_worth_a_sum_takes_no_item():
    text = " date 2023-05-04 ASTANA – Bota Dairy plans to build a cheese plant worth KZT 5 bn."
    assert facts(text)["KZT 5 bn"]["item"] is None


def test_a_part_whose_cost_is_estimated_is_the_item():
    text = (
        " date 2023-05-04 ASTANA – Bota Dairy will double its output. The expansion, estimated at KZT 8 bn, starts"
        " soon."
    )
    assert facts(text)["KZT 8 bn"]["item"] == "expansion"


def test_places_listed_together_are_not_what_a_later_paragraph_is_about():
    text = (
        " date 2021-12-09 ASTANA – Insurers paid out KZT4.6bn to farmers hit by the drought, the vice minister"
        " said. Pavlodar, Aktobe and Kostanay regions were hit hardest.\n\nIn total, 9.8 million hectares were"
        " insured this year."
    )
    assert facts(text)["9.8 million hectares"]["subject"] == "Kazakhstan"


def test_an_item_ends_before_a_present_tense_verb():
    text = " date 2023-05-04 ASTANA – About 90,000 tonnes of tyres go out of use every year."
    assert facts(text)["90,000 tonnes"]["item"] == "tyres"


def test_a_part_counted_after_a_qualifier_follows_its_whole():
    text = (
        " date 2023-05-04 ASTANA – Enrolment rose. Of the 52,000 students at the city’s colleges, roughly 9,000 live"
        " in dormitories."
    )
    assert facts(text)["9,000"]["item"] == "students"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("At the chain's stations diesel now sells for 260 tenge.", "260 tenge"),
        ("Tickets to the new arena will cost 2,000-5,000 tenge.", "2,000-5,000 tenge"),
        ("Entry is free for children, while a season pass will be sold for 30,000 tenge.", "30,000 tenge"),
    ],
)
def test_what_goods_or_tickets_sell_for_is_a_price(sentence, quote):
    assert facts(" date 2023-05-04 ASTANA – " + sentence)[quote]["measure"] == "other"


def test_a_sum_the_goods_shipped_abroad_are_worth_is_their_trade():
    text = " date 2023-10-17 BAKU – Gabala Winery shipped 400,000 bottles abroad, worth 1.2 mln manat."
    assert facts(text)["1.2 mln manat"]["measure"] == "trade"


def test_what_is_yet_to_be_done_in_a_participle_clause_is_planned():
    text = (
        " date 2023-10-12 OSH – A buyer in Almaty has ordered 20,000 pairs worth 8,4 million soms, to be delivered"
        " by March."
    )
    pairs = facts(text)["20,000 pairs"]
    assert (pairs["status"], str(pairs["period_end"])) == ("planned", "2024-03-31")


def test_the_one_paid_between_the_verb_and_the_sum_is_not_the_subject():
    text = " date 2023-04-19 DUSHANBE – Tajik Cement paid the state utility Barqi Tojik 12 million somoni for power."
    assert facts(text)["12 million somoni"]["subject"] == "Tajik Cement"


def test_towns_goods_are_carried_to_and_their_countries_are_not_the_carriers_subject():
    text = (
        " date 2022-02-17 AKTAU – Kendirli Ferry Terminal received 300 vessel calls in 2021. Ferries carried 20,000"
        " trucks, mostly to Alat in Azerbaijan and Turkmenbashi in Turkmenistan, as well as 5,000 railway wagons."
    )
    found = facts(text)
    assert (found["20,000 trucks"]["subject"], found["5,000 railway wagons"]["subject"]) == (
        "Kendirli Ferry Terminal",
        "Kendirli Ferry Terminal",
    )


def test_the_clinic_points_back_to_the_clinic_named_before():
    text = (
        " date 2023-11-14 ALMATY – A private dental clinic, Tis Nury, has opened in Almaty. Almaty has 400"
        " private clinics, Almaty's health department said.\n\nThe clinic has 14 dental chairs."
    )
    assert facts(text)["14 dental chairs"]["subject"] == "Tis Nury"


def test_a_headline_verb_after_a_counted_noun_is_not_counted():
    text = " date 2023-11-14 Private clinic with 40 beds opens in Almaty\n\nALMATY – The clinic cost KZT 3 bn."
    assert facts(text)["40 beds"]["item"] == "beds"


def test_an_economy_indicator_in_an_article_naming_no_place_is_the_countrys():
    text = (
        " date 2023-11-24 National Bank holds base rate at 16%\n\nThe National Bank of Kazakhstan kept its base rate"
        " at 16%, the regulator said.\n\nInflation eased to 10.8% in October, the statistics bureau said."
    )
    assert facts(text)["10.8%"]["subject"] == "Kazakhstan"


@pytest.mark.parametrize(
    ("sentence", "quote", "item"),
    [
        ("Water losses in the city's networks stand at 24%, the utility said.", "24%", "water losses"),
        ("The depth of refining stood at 86.1% in January-June.", "86.1%", "depth of refining"),
    ],
)
def test_a_percent_a_link_verb_gives_is_a_level_of_the_phrase_before_it(sentence, quote, item):
    assert facts(" date 2023-05-04 ASTANA – " + sentence)[quote]["item"] == item


def test_a_plans_goal_names_no_item():
    text = " date 2023-05-04 ASTANA – The plant localised 32% of its parts. The goal is 50% by 2026."
    assert facts(text)["50%"]["item"] != "goal"


def test_a_project_framing_a_figure_is_still_what_it_is_worth():
    text = " date 2024-06-05 AKTAU – Work began in Aktau as part of the Caspian Pearl project worth 50 billion tenge."
    assert facts(text)["50 billion tenge"]["subject"] == "Caspian Pearl"


def test_countries_goods_went_to_listed_after_including_are_not_the_subject():
    text = (
        " date 2023-02-09 TASHKENT – Uzkhimprom exported fertiliser to 12 countries, including Türkiye, Georgia and"
        " China, earning $40 million, up 12% from $35.7 million in 2021."
    )
    assert facts(text)["12%"]["subject"] == "Uzkhimprom"


# --------------------------------------------------------------------------- review of the thirty-second session


def test_a_count_a_verb_follows_is_kept_without_an_item():
    found = facts(" date 2024-03-05 ASTANA – Migration is rising. Some 12,000 come from Uzbekistan every year.")
    assert found["12,000"]["item"] is None


def test_a_noun_that_is_also_a_verb_stays_counted():
    text = " date 2024-03-05 ASTANA – The news portal recorded 2.5 million hits in February."
    assert facts(text)["2.5 million hits"]["item"] == "hits"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The plant produced 40,000 tonnes last year, to be exact.", "40,000 tonnes"),
        ("The city bought 120 buses last year, to be used on city routes.", "120 buses"),
    ],
)
def test_a_to_be_clause_that_is_no_plan_of_the_figure_keeps_it_actual(sentence, quote):
    assert facts(" date 2023-10-12 ASTANA – " + sentence)[quote]["status"] == "actual"


def test_a_place_and_what_describes_it_are_no_list():
    text = (
        " date 2024-03-05 SHYMKENT – Shymkent, Kazakhstan's third-largest city, drew new investors this year."
        "\n\nIndustrial output grew 8.2% in January-February."
    )
    assert facts(text)["8.2%"]["subject"] == "Shymkent"


def test_a_share_of_a_firms_revenue_is_not_the_economys():
    text = (
        " date 2024-03-05 ASTANA – Magnum Cash & Carry opened 12 stores, the company said.\n\nRetail trade accounted"
        " for 92% of the chain's revenue."
    )
    assert facts(text)["92%"]["subject"] != "Kazakhstan"


def test_an_economy_indicator_is_of_the_country_a_central_bank_is_named_after():
    text = (
        " date 2024-03-05 The National Bank of Tajikistan cut its refinancing rate to 9%, the regulator said.\n\n"
        "Inflation eased to 3.8% in February."
    )
    assert facts(text)["3.8%"]["subject"] == "Tajikistan"


def test_a_plant_a_firm_launched_is_not_its_builders():
    text = (
        " date 2024-03-05 ATYRAU – KazMunayGas launched a new polyethylene plant built by Sinopec Engineering,"
        " which will produce 1.25 million tonnes a year."
    )
    assert facts(text)["1.25 million tonnes"]["subject"] == "KazMunayGas"


def test_pay_as_a_noun_names_no_payee():
    text = " date 2024-03-05 Average monthly pay in Atyrau region 540,000 tenge\n\nATYRAU – Wages rose 12%."
    assert facts(text)["540,000 tenge"]["subject"] == "Atyrau region"


def test_a_mountain_pass_is_no_ticket():
    text = " date 2024-03-05 ALMATY – The road through the Kordai pass will cost 45 billion tenge."
    assert facts(text)["45 billion tenge"]["measure"] == "project_value"


def test_two_phrases_before_worth_make_no_part():
    text = " date 2024-03-05 ASTANA – At the current stage contracts worth $2 billion are signed."
    assert facts(text)["$2 billion"]["item"] != "current stage contracts"


@pytest.mark.parametrize(("sentence", "quote"), [("The main goal is 50% by 2026.", "50%"), ("The rest is 40%.", "40%")])
def test_a_goal_or_the_rest_names_nothing_measured(sentence, quote):
    assert facts(" date 2024-03-05 ASTANA – " + sentence)[quote]["item"] is None


def test_the_customer_goods_are_supplied_to_is_neither_subject_nor_the_plant():
    text = (
        " date 2022-06-08 ASTANA – Tobyl Vagon will supply 90 new wagons to the national operator Kaztemirtrans"
        " JSC under a new contract. Under the deal, the plant is to deliver 40 hopper wagons by 2024."
    )
    found = facts(text)
    assert (found["90 new wagons"]["subject"], found["40 hopper wagons"]["subject"]) == ("Tobyl Vagon", "Tobyl Vagon")


def test_where_one_buyer_sits_is_no_subject_of_the_sellers_sale():
    text = (
        " date 2023-10-12 KHUJAND – The Navruz oil mill exported 900 tonnes of oil. Uzbekistan took the largest"
        " share, paying 8 billion sum, while a distributor in Kyrgyzstan’s Osh region bought oil worth 12 million soms."
    )
    assert facts(text)["12 million soms"]["subject"] == "Navruz"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The company is also installing a second line worth $3.1 million.", "$3.1 million"),
        ("We are also investing $40 million in a new paint shop, the director said.", "$40 million"),
    ],
)
def test_the_cost_of_works_under_way_is_planned(sentence, quote):
    assert facts(" date 2023-07-18 TASHKENT – " + sentence)[quote]["status"] == "planned"


def test_a_portfolio_of_projects_being_implemented_stands_as_it_is():
    text = " date 2023-11-02 ASTANA – The two countries are implementing 40 joint projects worth $9 billion."
    assert facts(text)["$9 billion"]["status"] == "actual"


def test_a_lessor_whose_programme_sells_the_goods_is_no_antecedent_of_the_plant():
    text = (
        " date 2024-02-20 AKTOBE – Aktobe Traktor assembled 1,200 tractors last year. About 80% of them are sold"
        " through the leasing programme of KazAgroFinance.\n\nThe plant employs 260 people."
    )
    assert facts(text)["260 people"]["subject"] == "Aktobe Traktor"


# --------------------------------------------------------------------------- second review of the thirty-second session


def test_a_figure_for_this_year_so_far_runs_to_the_publication_date():
    text = " date 2024-09-10 ASTANA – Exports of wheat for this year so far reached 4.2 million tons."
    assert str(facts(text)["4.2 million tons"]["period_end"]) == "2024-09-10"


def test_a_company_a_briefing_was_held_at_keeps_its_figures():
    text = (
        " date 2024-09-10 ASTANA – At a press conference at Kazatomprom, officials said the company produced 21,000"
        " tons of uranium in 2023."
    )
    assert facts(text)["21,000 tons"]["subject"] == "Kazatomprom"


def test_a_lessors_own_loans_stay_its_own():
    text = (
        " date 2024-09-10 ASTANA – Farmers bought 500 combines through the leasing program of KazAgroFinance, which"
        " issued loans worth 90 billion tenge in 2023."
    )
    assert facts(text)["90 billion tenge"]["subject"] == "KazAgroFinance"


def test_works_under_way_in_another_clause_leave_a_past_sum_actual():
    text = (
        " date 2024-09-10 ASTANA – The company, which is modernising its converter shop, posted net profit of 12"
        " billion tenge in 2023."
    )
    assert facts(text)["12 billion tenge"]["status"] == "actual"


def test_a_customers_own_use_is_where_the_customer_is():
    text = (
        " date 2024-09-10 ASTANA – KEGOC reported higher transit. On average, a household customer in Astana"
        " consumed 2,400 kWh of electricity in 2023."
    )
    assert facts(text)["2,400 kWh"]["subject"] == "Astana"


def test_a_share_of_a_places_market_is_the_share_holders():
    text = (
        " date 2023-10-17 ASTANA – Ride-hailing app Kolik Go is now the second-largest in Karaganda, with a 22% share"
        " of the city's market. Kenes Bank's share of Kazakhstan's car loan market stood at 31%."
    )
    found = facts(text)
    assert (found["22%"]["subject"], found["31%"]["subject"]) == ("Kolik Go", "Kenes Bank")


def test_the_word_a_name_is_introduced_with_points_back_to_it():
    text = (
        " date 2023-10-17 ASTANA – Delivery service Tez Kargo has opened a hub near the airport. In Shymkent, the"
        " service handled 2.4 million parcels in 2023."
    )
    assert facts(text)["2.4 million parcels"]["subject"] == "Tez Kargo"


def test_an_unnamed_facility_opening_the_article_trades_as_the_company_named_next():
    text = (
        " date 2023-05-05 TARAZ – A rice mill in Kyzylorda region has shipped 12,400 tons of rice to Russia since"
        " January, the mill's director said.\n\nSyr Kuris LLP can process 300 tons of paddy a day."
    )
    assert facts(text)["12,400 tons"]["subject"] == "Syr Kuris"


def test_the_hippodrome_points_back_to_the_company_running_it():
    text = (
        " date 2024-06-17 ALMATY – Kulager Tulpar has opened a hippodrome in Taraz. In Zhambyl region, the"
        " hippodrome will hold 48 races this year."
    )
    assert facts(text)["48 races"]["subject"] == "Kulager Tulpar"


def test_the_studio_points_back_to_the_company():
    text = (
        " date 2022-03-15 ALMATY – Animation company Tulpar Films opened in 2019. In Astana, the studio completed"
        " 9 projects in 2021."
    )
    assert facts(text)["9 projects"]["subject"] == "Tulpar Films"


def test_the_company_after_a_shareholders_stake_is_still_the_venture():
    text = (
        " date 2023-10-26 DUSHANBE – Pamir Zinc, a joint venture between Tajikistan's Kuhi Metal and China's Hexi"
        " Mining, produced 14,000 tonnes of zinc in 2023. Hexi Mining holds a 51% stake in the venture. Since its"
        " founding, the company has paid 900 million somoni in taxes."
    )
    assert facts(text)["900 million somoni"]["subject"] == "Pamir Zinc"


def test_the_company_after_a_speakers_employer_is_the_employer():
    text = (
        " date 2022-06-21 ASTANA – Wagons cross into Turkmenistan at Serhetyaka and reach Etrek, where Etrek"
        " handles transit. «Transit is faster,» said Aidos Bek, commercial director of Tobol Grain Trade."
        "\n\nThe company exported 410,000 tonnes of wheat in 2021."
    )
    assert facts(text)["410,000 tonnes"]["subject"] == "Tobol Grain Trade"


def test_a_quotation_is_its_speakers_company_when_the_company_is_named_before_the_verb():
    text = (
        " date 2022-04-07 PETROPAVL – A dairy plant has opened in North Kazakhstan region.\n\n«We keep our own herd"
        " of 900 cows and buy milk from farms of the region,» director of Esil Sut Arman Bekov said."
    )
    assert facts(text)["900 cows"]["subject"] == "Esil Sut"


def test_a_shareholder_holding_a_percent_of_the_venture_stands_aside():
    text = (
        " date 2022-10-11 TASHKENT – The joint venture, Chirchiq Boya, cost $18.5 million. Olmaliq Kimyo holds 40% of"
        " the venture. The plant can turn out 24,000 tonnes of paint a year."
    )
    assert facts(text)["24,000 tonnes"]["subject"] == "Chirchiq Boya"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Shymkent football club Ordabasy Sport drew 90,000 fans in 2023. In Shymkent, the club employs 140 people.",
            "140 people",
            "Ordabasy Sport",
        ),
        (
            "The Karaganda Regional Library scanned 40,000 books in 2023. In Temirtau, the library opened 3 branches.",
            "3 branches",
            "Karaganda Regional Library",
        ),
    ],
)
def test_the_club_and_the_library_point_back_to_the_name(text, quote, subject):
    assert facts(" date 2024-01-17 ALMATY – " + text)[quote]["subject"] == subject


def test_the_company_is_no_lone_word_written_where_a_site_would_be():
    text = (
        " date 2024-03-05 BISHKEK – Ala-Too Gold Mining plans to process 1.8 million tons of ore this year at Kumbel."
        " The company employs 1,200 people."
    )
    assert facts(text)["1,200 people"]["subject"] == "Ala-Too Gold Mining"


def test_a_firm_holding_a_share_of_a_market_is_still_what_the_company_means():
    text = (
        " date 2024-03-05 ALMATY – Orbis Auto opened a showroom in Shymkent. Meanwhile, Astana Motors holds 25% of the"
        " car market. The company sold 20,000 cars in 2023."
    )
    assert facts(text)["20,000 cars"]["subject"] == "Astana Motors"


def test_a_lone_firm_named_after_a_bare_preposition_may_be_what_the_company_means():
    text = (
        " date 2024-03-05 ALMATY – Samruk Kurylys Group held a tender in March. The contract went to Tabys."
        " The company employs 1,900 people."
    )
    assert facts(text)["1,900 people"]["subject"] == "Tabys"


def test_a_share_of_a_places_market_no_one_is_named_holding_is_the_places():
    text = " date 2024-03-05 ASTANA – Small businesses' share of Karaganda's retail market reached 41% in 2023."
    assert facts(text)["41%"]["subject"] == "Karaganda"


def test_the_club_is_a_club_named_so_before_a_company_named_since():
    text = (
        " date 2024-03-05 ALMATY – The Kazakhstan Exporters Club met in Almaty, with guests from Tengri Agro. The"
        " club's members exported goods worth $4 billion in 2023."
    )
    assert facts(text)["$4 billion"]["subject"] == "Kazakhstan Exporters Club"


def test_a_town_a_carrier_flies_to_is_neither_a_firm_nor_the_subject():
    text = " date 2024-04-16 SHYMKENT – Turkish carrier Bosphorus Air will fly to Alanya four times a week."
    assert facts(text)["four times"]["subject"] == "Bosphorus Air"


def test_places_a_firms_workers_come_from_are_not_whose_the_figure_is():
    text = (
        " date 2023-11-08 BAKU – Nakhish Khalcha makes carpets. The factory employs 300 weavers, most of them women"
        " from Ganja and the nearby Goygol district, as well as 40 dyers."
    )
    assert facts(text)["40 dyers"]["subject"] == "Nakhish Khalcha"


def test_a_country_a_colon_makes_the_subject_is_not_an_adverbial_place():
    text = (
        " date 2023-10-17 URALSK – Zhaiyk Teplo sees room to grow: according to statistics, Kazakhstan imported 4.3"
        " million radiators last year."
    )
    assert facts(text)["4.3 million radiators"]["subject"] == "Kazakhstan"


def test_where_a_firms_works_stand_is_not_whose_the_figure_is():
    text = (
        " date 2023-11-07 ASTANA – Arasan Coffee roasted 900 tonnes in 2023. The roaster has invested KZT2bn this year"
        " in a new line at its plant in Industrial Park No. 3."
    )
    assert facts(text)["KZT2bn"]["subject"] == "Arasan Coffee"


def test_a_brand_in_a_relative_clause_on_the_opener_is_not_the_subject():
    text = (
        " date 2023-11-07 ASTANA – Arasan Coffee roasted 900 tonnes in 2023. The Almaty-based roaster, which also"
        " packs tea under the Bai Shai brand, has invested KZT2bn this year."
    )
    assert facts(text)["KZT2bn"]["subject"] == "Arasan Coffee"


def test_a_place_whose_figure_a_firm_reports_is_the_places():
    text = " date 2024-03-05 ALMATY – Steppe Rail reports that shipments from Kostanay region reached 9 million tonnes."
    assert facts(text)["9 million tonnes"]["subject"] == "Kostanay region"


def test_a_firm_routes_are_sold_to_is_still_a_firm():
    text = " date 2024-03-05 ALMATY – Qazaq Air sold its flights to Sunkar. Sunkar carried 300,000 passengers in 2023."
    assert facts(text)["300,000 passengers"]["subject"] == "Sunkar"


def test_a_field_in_a_relative_clause_on_the_opener_may_still_be_the_subject():
    text = (
        " date 2024-03-05 ATYRAU – The consortium, which operates the Tengiz field, produced 29 million tonnes in 2023."
    )
    assert facts(text)["29 million tonnes"]["subject"] == "Tengiz"


def test_a_place_a_clause_speaks_of_after_its_plant_is_that_places():
    text = " date 2024-03-05 TARAZ – The company built its plant in Zhambyl region, home to 1.2 million people."
    assert facts(text)["1.2 million people"]["subject"] == "Zhambyl region"


def test_the_regional_akimat_or_budget_opening_a_sentence_gives_the_regions_figure():
    text = (
        " date 2022-03-15 KOKSHETAU – Esil Kus is building a poultry farm in Akmola region. The regional akimat will"
        " lay a 9 km access road to the farm."
    )
    assert facts(text)["9 km"]["subject"] == "Akmola region"


def test_a_plant_a_described_firm_opened_is_the_firms_own():
    text = (
        " date 2024-03-05 ASHGABAT – Balkan Granit, a private company that quarries stone near Balkanabat, has opened"
        " a tile-cutting plant next to its quarry. The plant cost 31 million manat."
    )
    assert facts(text)["31 million manat"]["subject"] == "Balkan Granit"


def test_a_shop_a_firm_invests_in_is_the_firms_figure():
    text = (
        " date 2024-03-05 PETROPAVL – Esil Vagon assembles coaches. The enterprise will invest KZT3.2bn in a new"
        " painting shop of 9,000 sq m."
    )
    assert facts(text)["9,000 sq m"]["subject"] == "Esil Vagon"


def test_a_programme_named_after_a_possessive_is_no_firm():
    text = (
        " date 2024-03-05 BISHKEK – Ak-Suu Tilek is a wool cooperative. It took a loan under the government's Support"
        " of Farmers programme. The cooperative will export felt worth $2 million next year."
    )
    assert facts(text)["$2 million"]["subject"] == "Ak-Suu Tilek"


def test_a_work_named_as_part_of_a_whole_takes_the_figure():
    text = " date 2024-03-05 ALMATY – The Kaskelen extension of Line 2 will cost 90 billion tenge."
    assert facts(text)["90 billion tenge"]["subject"] == "Kaskelen extension"


def test_a_depot_run_by_a_company_is_the_companys():
    text = (
        " date 2024-03-05 PAVLODAR – A bus depot in Aksu serves 40 routes. The depot, operated by Aksu Avtopark LLP,"
        " earned KZT2.1bn in revenue last year."
    )
    assert facts(text)["KZT2.1bn"]["subject"] == "Aksu Avtopark"


def test_a_title_place_that_gets_works_gives_the_figure_to_the_company_the_body_names():
    text = (
        "Zhambyl region gets 30-hectare orchard complex\n\n TARAZ – Alma Bakshasy LLP has planted apple trees near"
        " Taraz."
    )
    assert facts(text)["30-hectare"]["subject"] == "Alma Bakshasy"


def test_a_regional_thing_before_the_figure_gives_the_regions_figure():
    text = (
        " date 2023-10-05 AKTAU – Caspian Osetr runs a fish farm in Mangystau region. The regional fishing quota for"
        " 2023 amounts to 9,000 tonnes."
    )
    assert facts(text)["9,000 tonnes"]["subject"] == "Mangystau region"


def test_a_firms_share_of_a_regional_market_stays_the_firms():
    text = (
        " date 2023-10-05 TALDYKORGAN – Zhetysu Petrol runs 40 filling stations in Zhetysu region. Its share of the"
        " regional fuel market is about 15%."
    )
    assert facts(text)["15%"]["subject"] == "Zhetysu Petrol"


def test_nature_opening_its_sentence_is_what_the_figure_is_of():
    text = " date 2024-03-05 ARALSK – The dam was built in 2005. The Small Aral Sea covers 3,300 square kilometres."
    assert facts(text)["3,300 square kilometres"]["subject"] == "Small Aral Sea"


def test_a_district_opening_its_sentence_after_the_is_what_the_figure_is_of():
    text = " date 2024-03-05 TALDYKORGAN – Loans went to farmers. The Sarkand district led with 214 loans."
    assert facts(text)["214 loans"]["subject"] == "Sarkand district"


def test_a_firms_regional_office_is_still_the_firms():
    text = (
        " date 2024-03-05 ATYRAU – Kazpost opened new branches in Atyrau region. The regional office employs 1,200"
        " people."
    )
    assert facts(text)["1,200 people"]["subject"] == "Kazpost"


def test_an_unnamed_mill_with_no_firm_named_is_described():
    text = (
        " date 2024-03-05 SHYMKENT – In Turkestan region, a new flour mill with a capacity of 200 tons of flour a day"
        " was launched in Kentau."
    )
    assert facts(text)["200 tons"]["subject"] == "flour mill in Kentau"


def test_a_numbered_unit_of_a_plant_leaves_the_figure_to_the_plant():
    text = " date 2024-03-05 EKIBASTUZ – Unit 3 of Ekibastuz GRES-2 will cost 300 billion tenge."
    assert facts(text)["300 billion tenge"]["subject"] == "Ekibastuz GRES-2"


def test_an_unnamed_cooperative_opening_a_sentence_is_the_company_named_next():
    text = (
        " date 2023-09-14 UST-KAMENOGORSK – A beekeeping cooperative in Katon-Karagai district has shipped 46 tonnes"
        " of honey to China this year, its chairman said. Altai Bal unites 40 beekeepers."
    )
    assert facts(text)["46 tonnes"]["subject"] == "Altai Bal"


def test_the_school_points_back_to_the_school_named_so_past_a_partner():
    text = (
        " date 2022-03-10 ASTANA – The campus of Steppe International School will be built with Oxbridge College."
        " Oxbridge College will contribute 5 million euros. The school will offer 1,200 places."
    )
    assert facts(text)["1,200 places"]["subject"] == "Steppe International School"


def test_the_zoo_points_back_to_the_zoo_named_so():
    text = (
        " date 2024-07-09 TARAZ – Taraz Zoo will be rebuilt by 2025. The works will be done by Zhambyl Kurylys,"
        " which won a 900 million tenge tender. The zoo employs 150 people."
    )
    assert facts(text)["150 people"]["subject"] == "Taraz Zoo"


def test_a_person_opening_a_sentence_acts_for_the_company_they_head():
    text = (
        " date 2024-03-05 ALMATY – Aigerim Nurlanova, founder of Kid Town, runs nine kindergartens.\n\nThe city lacks"
        " 20,000 places.\n\nNurlanova plans to open 12 more kindergartens in Almaty by 2025."
    )
    assert facts(text)["12 more kindergartens"]["subject"] == "Kid Town"


def test_what_a_person_says_of_a_country_stays_the_countrys():
    text = (
        " date 2024-03-05 ALMATY – Daulet Omarov, director of Steppe Cement, spoke to reporters. Omarov said cement"
        " output in Kazakhstan grew 8% in 2023."
    )
    assert facts(text)["8%"]["subject"] == "Kazakhstan"


def test_a_firm_after_its_founding_year_keeps_its_figures_over_places():
    text = (
        " date 2024-02-07 KOKSHETAU – Founded in 2011, Esil Astyk operates three elevators and two flour mills in"
        " Akmola region with a combined storage capacity of 250,000 tonnes."
    )
    assert facts(text)["250,000 tonnes"]["subject"] == "Esil Astyk"


def test_a_which_clause_on_a_named_firm_gives_it_the_figure():
    text = (
        " date 2023-08-14 AKTAU – Most of the barley leaves through Batys Grain Terminal, which shipped 140,000 tonnes"
        " in the first half."
    )
    assert facts(text)["140,000 tonnes"]["subject"] == "Batys Grain Terminal"


def test_a_which_clause_on_a_lender_leaves_the_figure_to_the_borrower():
    text = (
        " date 2023-08-14 ORAL – Zhaiyk Textiles will build a spinning mill, taking a loan from the Industry"
        " Development Fund, which covers 70% of the cost."
    )
    assert facts(text)["70%"]["subject"] == "Zhaiyk Textiles"


def test_an_aside_after_a_bracketed_short_name_does_not_govern():
    text = (
        " date 2023-08-14 BAKU – Caspian Feeder Lines (CFL), a joint venture of Aral Shipping (ASH) and Kura Marine,"
        " carried 12,800 containers in the first half."
    )
    assert facts(text)["12,800 containers"]["subject"] == "Caspian Feeder Lines"


def test_their_does_not_point_to_the_country_the_goods_went_to():
    text = (
        " date 2022-05-20 ASTANA – Kazakhstan exported 410,000 tonnes of sugar, of which 300,000 tonnes went to"
        " Tajikistan.\n\nSugar exports to Tajikistan rose 12%, while their value grew 1.4 times to $190 million."
    )
    assert facts(text)["$190 million"]["subject"] == "Kazakhstan"


def test_a_foreign_countrys_share_does_not_become_what_the_paragraph_speaks_of():
    text = (
        " date 2023-05-12 BISHKEK – Kyrgyzstan received $650 million in remittances in the first quarter.\n\nKazakhstan"
        " accounted for 12% of the transfers. Banks paid out 18 billion soms to recipients."
    )
    assert facts(text)["18 billion soms"]["subject"] == "Kyrgyzstan"


def test_a_central_bank_that_said_a_figure_with_its_short_name_only_reports_it():
    text = (
        " date 2023-05-12 DUSHANBE – Remittances to Tajikistan amounted to US$1.1 billion in the first quarter, the"
        " National Bank of Tajikistan (NBT) said."
    )
    assert facts(text)["US$1.1 billion"]["subject"] == "Tajikistan"


def test_names_in_a_clause_of_cause_after_the_figure_do_not_take_it():
    text = (
        " date 2023-10-20 ULAANBAATAR – Mongolia's exports grew in the third quarter.\n\nCoal remained the largest"
        " item, with 9.1 million tonnes shipped, up 40%, as rail links to the border at Zamyn-Uud and Bichigt were"
        " expanded."
    )
    assert facts(text)["9.1 million tonnes"]["subject"] == "Mongolia"


def test_the_towns_where_most_of_the_things_counted_stand_do_not_take_the_count():
    text = (
        " date 2023-09-01 BISHKEK – Naryn region received 210,000 visitors this summer. Six new guest houses with 140"
        " beds opened before the season, most of them in Kochkor and At-Bashy."
    )
    assert facts(text)["140 beds"]["subject"] == "Naryn region"


def test_an_index_written_as_what_output_grew_to_is_a_change():
    text = " date 2024-06-05 ASTANA – Mining grew to 103.6% in January-May, while manufacturing rose by 4.1%."
    fact = facts(text)["103.6%"]
    assert (fact["measure"], fact["value"]) == ("growth_rate", 3.6)


def test_an_index_against_the_same_period_is_a_change_with_that_base():
    text = " date 2024-06-05 ASTANA – Over five months of this year, cement output rose to 108.2% of the same period."
    fact = facts(text)["108.2%"]
    assert (fact["measure"], fact["value"]) == ("growth_rate", 8.2)


def test_a_share_of_last_years_goods_is_no_index():
    text = " date 2024-01-25 PETROPAVL – Over 70% of last year's grain was of milling grade."
    assert facts(text)["70%"]["measure"] == "share"


def test_a_sum_grown_by_after_another_figure_fell_is_an_increase():
    text = " date 2022-05-19 ASTANA – Fuel sales fell 3.1%, while food sales grew by KZT41bn compared with 2021."
    fact = facts(text)["KZT41bn"]
    assert (fact["value"], fact["item"]) == (41_000_000_000, "increase in food sales")


def test_a_banks_own_growth_written_as_its_possession_is_the_banks():
    text = " date 2023-05-12 ALMATY – Orda Bank's net profit rose 14% in the first quarter."
    assert facts(text)["14%"]["subject"] == "Orda Bank"


def test_a_figure_in_a_bodys_forecast_is_not_the_bodys():
    text = (
        " date 2023-10-12 ASTANA – Kazakhstan's economy grew 4.9% in January-September, while the International"
        " Monetary Fund's latest forecast for the year is 4.6%."
    )
    assert facts(text)["4.6%"]["subject"] == "Kazakhstan"


def test_a_load_above_design_capacity_is_a_level_not_a_change():
    text = " date 2024-05-01 ASTANA – The plant's load rose to 110% of design capacity in 2023."
    assert facts(text)["110%"]["value"] == 110


def test_an_analysts_forecast_of_inflation_is_not_the_banks():
    text = " date 2024-05-01 ASTANA – Orda Bank's analysts expect inflation to slow to 8% by December."
    assert facts(text)["8%"]["subject"] == "Kazakhstan"


def test_towns_in_a_home_to_aside_do_not_take_the_regions_figure():
    text = (
        " date 2023-10-01 DUSHANBE – Khatlon region, home to the orchards of Vose and Kulob, supplied 64 percent of the"
        " exported dried apricots."
    )
    assert facts(text)["64 percent"]["subject"] == "Khatlon region"


def test_where_most_of_the_things_counted_were_built_does_not_take_the_count():
    text = (
        " date 2023-07-20 ASTANA – KTZ plans to invest KZT610bn. The railway received 900 freight wagons since January,"
        " most of them built at plants in Pavlodar and Ekibastuz."
    )
    assert facts(text)["900 freight wagons"]["subject"] == "KTZ"


def test_percents_buyers_took_are_their_shares():
    text = (
        " date 2023-10-01 DUSHANBE – Tajikistan exported 40,000 tons of dried fruit. Russia took 38% of the"
        " shipments. Kazakhstan and China took 14% and 6% respectively."
    )
    fact = facts(text)["6%"]
    assert (fact["measure"], fact["subject"]) == ("share", "China")


def test_a_place_measured_from_does_not_take_the_sites_figures():
    text = (
        " date 2022-06-21 ULAANBAATAR – Altan Nar will build a 90 MW solar plant. The site, 480 km south of"
        " Ulaanbaatar, covers 210 hectares."
    )
    assert facts(text)["210 hectares"]["subject"] != "Ulaanbaatar"


def test_a_part_of_a_city_keeps_the_citys_figure():
    text = (
        " date 2022-10-20 TARAZ – Taraz commissioned 5,000 apartments. Networks are to be laid for two new"
        " microdistricts in the east of Taraz at a cost of 9.2 billion tenge."
    )
    assert facts(text)["9.2 billion tenge"]["subject"] == "Taraz"


def test_a_part_of_a_region_named_by_a_compass_point_keeps_the_regions_figure():
    text = " date 2024-05-01 ASTANA – A solar plant in the south-west of Zhambyl region will produce 100 MW."
    assert facts(text)["100 MW"]["subject"] == "Zhambyl region"


def test_a_percent_taken_longer_is_a_change_not_a_share():
    text = " date 2024-05-01 ASTANA – The project took 15% longer than planned."
    assert facts(text)["15%"]["measure"] != "share"


def test_since_an_undated_start_with_words_before_it_runs_to_publication():
    text = (
        " date 2023-08-17 ASTANA – Since the programme's launch in 2019, about 9,000 km of village roads have been"
        " repaired."
    )
    fact = facts(text)["9,000 km"]
    assert (str(fact["period_start"]), str(fact["period_end"])) == ("2019-01-01", "2023-08-17")


def test_since_the_first_deliveries_runs_to_publication():
    text = " date 2023-04-22 ASHGABAT – Since the first deliveries in 2009, the country has shipped 380 billion m3."
    fact = facts(text)["380 billion m3"]
    assert (str(fact["period_start"]), str(fact["period_end"])) == ("2009-01-01", "2023-04-22")


def test_a_change_closed_by_a_comma_still_leads_its_comparison():
    text = (
        " date 2022-09-14 ALMATY – Over the summer of 2022 the region hosted 2 million tourists. Revenue reached"
        " KZT40bn, up KZT9bn, or 1.3 times, on last year."
    )
    fact = facts(text)["1.3 times"]
    assert (str(fact["period_start"]), str(fact["compared_to_start"])) == ("2022-01-01", "2021-01-01")


def test_a_sum_between_a_change_and_on_leaves_the_base_a_comparison():
    text = (
        " date 2024-07-20 SHYMKENT – In January-June, the refinery's revenue totalled KZT600bn. Tax payments amounted"
        " to KZT45bn, up by KZT4bn on the first half of 2023."
    )
    fact = facts(text)["KZT45bn"]
    assert (str(fact["period_start"]), str(fact["period_end"])) == ("2024-01-01", "2024-06-30")


def test_a_fold_change_of_a_places_possession_is_the_places():
    text = (
        " date 2023-04-22 ASHGABAT – Turkmenistan opened the Balkan carbamide plant, built by Japan's Tomo Engineering."
        " The new facility will double the country's urea production capacity."
    )
    assert facts(text)["double"]["subject"] == "Turkmenistan"


def test_a_fold_change_of_the_firms_own_output_stays_the_firms():
    text = " date 2023-04-22 ASHGABAT – Balkan Carbamide will double its output by 2025."
    assert facts(text)["double"]["subject"] == "Balkan Carbamide"


def test_the_owner_a_plant_is_said_to_have_is_not_the_plant():
    text = (
        " date 2023-05-02 PAVLODAR – The upgrade of the Ekibastuz TPP-2 will cost 90 billion tenge. The plant was built"
        " in 1990. The rest will come from the plant's owner, Steppe Energy Holding, set up in 2001. Last year the"
        " plant generated 4.2 billion kWh of electricity."
    )
    assert facts(text)["4.2 billion kWh"]["subject"] == "Ekibastuz TPP-2"


def test_a_lone_name_opening_a_sentence_with_its_short_form_is_a_name():
    text = " date 2023-10-20 ATYRAU – Zhylyoimunai (ZM) produced 2.1 mln tonnes of oil in January-September."
    assert facts(text)["2.1 mln tonnes"]["subject"] == "Zhylyoimunai"


def test_a_change_after_a_firms_figure_made_at_a_works_is_the_firms():
    text = (
        " date 2023-10-20 ATYRAU – Caspian Shelf Oil extracted 3.4 mln tonnes at the offshore Kalamkas field,"
        " down 6% year-on-year."
    )
    assert facts(text)["6%"]["subject"] == "Caspian Shelf Oil"


def test_a_change_at_a_works_opening_the_sentence_is_the_works():
    text = " date 2023-10-20 RIDDER – Output at the Ulba Tau mine rose 4% to 120,000 tonnes."
    assert facts(text)["4%"]["subject"] == "Ulba Tau"


def test_the_company_after_a_works_owner_named_so_is_the_owner():
    text = (
        " date 2024-09-27 ZHEZKAZGAN – A new terminal opened at Satpayev airport, financed by the airport's owner,"
        " Dala Air Hub LLP. The company, which employs 240 people, plans new routes."
    )
    assert facts(text)["240 people"]["subject"] == "Dala Air Hub"


def test_an_index_base_is_no_base_for_a_change_in_another_clause():
    text = (
        " date 2024-05-01 ASTANA – Wheat exports were 96% of the figure for last year, while flour exports rose 10%"
        " in 2023."
    )
    assert facts(text)["10%"]["compared_to_start"] is None


def test_what_a_central_bank_reports_for_its_country_is_the_countrys():
    text = (
        " date 2024-04-10 ULAANBAATAR – The Bank of Mongolia kept its policy rate at 12%."
        " Money supply grew 18.5% year-on-year, and foreign exchange reserves rose to $5.1 billion."
    )
    found = facts(text)
    assert [found[q]["subject"] for q in ("12%", "18.5%", "$5.1 billion")] == [
        "Bank of Mongolia",
        "Mongolia",
        "Bank of Mongolia",
    ]


def test_a_capacity_described_in_passing_is_not_dated_by_the_output_after_it():
    text = (
        " date 2023-11-20 BISHKEK – The Kambar hydropower plant, with an installed capacity of 900 MW, generated"
        " 3.1 billion kWh in January-October."
    )
    assert facts(text)["900 MW"]["period_start"] is None


def test_a_commercial_bank_named_after_its_country_keeps_its_figures():
    text = " date 2024-04-10 TASHKENT – The National Bank of Uzbekistan issued $300 million in loans to exporters."
    assert facts(text)["$300 million"]["subject"] == "National Bank of Uzbekistan"


def test_a_central_banks_own_profit_stays_the_banks():
    text = " date 2024-04-10 ASTANA – The National Bank of Kazakhstan's net profit rose to KZT 400 billion in 2023."
    assert facts(text)["KZT 400 billion"]["subject"] == "National Bank of Kazakhstan"


def test_a_reported_clause_after_noting_that_is_a_part_of_its_own():
    text = (
        ' date 2023-05-01 BISHKEK – "Naryn HPP-1 will raise our generating capacity by 20%," the minister said,'
        " noting that Kyrgyzstan's installed capacity now stands at 3,900 MW."
    )
    assert facts(text)["3,900 MW"]["subject"] == "Kyrgyzstan"


def test_an_index_level_of_last_years_level_is_compared_with_the_same_months():
    text = (
        " date 2022-10-11 ALMATY – Over nine months of this year, the region's cattle herd grew to 103.9% of last"
        " year's level."
    )
    found = facts(text)["103.9%"]
    assert (str(found["compared_to_start"]), str(found["compared_to_end"])) == ("2021-01-01", "2021-09-30")


def test_a_figure_with_no_item_in_a_central_banks_report_is_its_countrys():
    text = (
        " date 2023-07-20 BISHKEK – The National Bank of the Kyrgyz Republic kept its policy rate at 13%. Transfers"
        " from Russia, which remains the main source of remittances, reached $1.2 billion."
    )
    assert facts(text)["$1.2 billion"]["subject"] == "Kyrgyzstan"


def test_the_year_a_company_was_formed_in_does_not_date_what_it_builds():
    found = facts(
        " date 2024-03-01 ASHGABAT – Local contractors, including Ak Yol Gurlushyk, a company formed in 2009, are"
        " building 12 secondary schools in the city."
    )
    assert (found["12 secondary schools"]["period_start"], found["12 secondary schools"]["period_end"]) == (None, None)


def test_a_figure_said_to_have_formed_in_a_year_keeps_that_year():
    found = facts(" date 2024-05-01 ASTANA – The trade surplus formed in 2023 amounted to $20 billion.")
    assert (found["$20 billion"]["period_start"], found["$20 billion"]["period_end"]) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )


def test_a_figure_in_a_clause_of_the_place_inside_a_works_name_is_the_places():
    found = facts(
        " date 2024-05-01 SHYMKENT – Officials plan to build a leather processing plant in Kentau, whose 2023 budget"
        " was 8 billion tenge."
    )
    assert found["8 billion tenge"]["subject"] == "Kentau"


def test_a_change_in_its_own_clause_after_a_buyers_share_is_the_exporters():
    found = facts(
        " date 2024-05-01 ASTANA – Kazakhstan exported 2.1 million tons of flour in 2023. Afghanistan remained the top"
        " buyer with 1.2 million tons, or 57% of shipments, while total exports rose 6%."
    )
    assert (found["57%"]["subject"], found["6%"]["subject"]) == ("Afghanistan", "Kazakhstan")


def test_inflows_in_a_paragraph_on_remittances_are_no_investment():
    found = facts(
        " date 2024-07-20 DUSHANBE – Remittances sent home by Tajik migrants rose 11% in the first half of the year."
        " In somoni terms the inflow amounted to 16,6 billion somoni."
    )
    assert found["16,6 billion somoni"]["measure"] == "other"


def test_inflows_of_foreign_direct_investment_stay_investment():
    found = facts(" date 2024-07-20 ASTANA – Inflows of foreign direct investment reached $12.4 billion in 2023.")
    assert found["$12.4 billion"]["measure"] == "investment"


def test_the_trim_of_a_numbered_car_model_is_no_company_the_plant_could_be():
    found = facts(
        " date 2024-05-01 KOSTANAY – Steppe Motors assembles crossovers, including the Haval Jolion 5 Max. The plant"
        " employs 900 people."
    )
    assert found["900 people"]["subject"] == "Steppe Motors"


def test_a_facility_that_only_supplies_the_works_does_not_become_the_plant():
    found = facts(
        " date 2024-05-01 AKTOBE – Aktobe Chrome Works will build a new furnace, to be powered partly by a 40 MW wind"
        " farm near the site. The plant employs 2,100 people."
    )
    assert found["2,100 people"]["subject"] == "Aktobe Chrome Works"


def test_a_named_policy_is_no_company_the_plant_could_be():
    found = facts(
        " date 2024-05-01 DARKHAN – Khangai Steel produced 90,000 tonnes of steel under the New Growth Policy. The"
        " plant employs 700 people."
    )
    assert found["700 people"]["subject"] == "Khangai Steel"


def test_a_commercial_bank_is_a_company_whose_figures_carry_into_the_next_sentence():
    found = facts(
        " date 2024-03-01 ALMATY – Steppe Bank earned net income of KZT90 billion in 2023. Over the year, its loan"
        " book expanded 12% to KZT1.1 trillion."
    )
    assert (found["12%"]["subject"], found["12%"]["subject_type"]) == ("Steppe Bank", "enterprise")


def test_a_bank_named_as_a_lender_runs_no_works_the_facility_could_be():
    found = facts(
        " date 2023-06-14 ASTANA – Balkhash Mys will expand its Sayak concentrator. The rest of the cost is to come"
        " from Orda Bank, which will lend KZT 45 billion. Last year the facility processed 3.1 million tonnes of ore."
    )
    assert found["3.1 million tonnes"]["subject"] == "Sayak"


def test_a_commercial_banks_analysts_forecast_is_of_the_country():
    text = " date 2024-05-01 ASTANA – Steppe Bank's economists expect inflation to slow to 7.5% by December."
    assert facts(text)["7.5%"]["subject"] == "Kazakhstan"


def test_a_trading_venue_after_a_firms_figure_owns_none_of_it():
    found = facts(
        " date 2024-07-20 DUSHANBE – Vakhsh Metals produced 60,000 tonnes of zinc in the first half. Revenue rose to"
        " 900 million somoni, helped by high prices on the London Metal Exchange. Exports reached 41,000 tonnes."
    )
    assert (found["900 million somoni"]["subject"], found["41,000 tonnes"]["subject"]) == ("Vakhsh Metals",) * 2


def test_prices_on_a_trading_venue_are_the_venues():
    found = facts(
        " date 2024-05-01 TASHKENT – Cement prices on the Uzbek Republican Commodity Exchange fell to 700,000 soums"
        " per tonne in April."
    )
    assert found["700,000 soums"]["subject"] == "Uzbek Republican Commodity Exchange"


def test_a_legal_form_with_full_stops_is_left_out_of_the_name():
    found = facts(" date 2024-05-01 AKSAI – Steppe Petroleum Operating B.V. paid KZT5.2bn in taxes last year.")
    assert found["KZT5.2bn"]["subject"] == "Steppe Petroleum Operating"


def test_a_noun_before_holding_and_a_figure_is_no_holding_company():
    found = facts(
        " date 2023-04-22 BAKU – The Caspian Reserve Fund grew, the fund said. Revenue from the Absheron field reached"
        " 900 million manat. Gold made up 15% of the portfolio, with the fund holding 80 tonnes of the metal."
    )
    assert found["80 tonnes"]["subject"] == "Caspian Reserve Fund"


def test_a_body_after_with_that_does_what_the_clause_says_is_no_trade_partner():
    found = facts(
        " date 2023-04-22 BAKU – Revenue from the Absheron field reached 900 million manat. As of April 1, equities"
        " made up 20% of the portfolio, with the Caspian Reserve Fund holding 80 tonnes of gold."
    )
    assert found["80 tonnes"]["subject"] == "Caspian Reserve Fund"


def test_a_body_that_reports_its_own_accounts_stays_the_topic():
    found = facts(
        " date 2023-04-22 BAKU – The assets of the Caspian Reserve Fund reached $40 billion, the fund said. Revenue"
        " from the sale of oil from the Absheron field made up 5 billion manat. The fund's expenditures totalled"
        " 3 billion manat.\n\nLast year, transfers to the budget totalled 9 billion manat."
    )
    assert found["9 billion manat"]["subject"] == "Caspian Reserve Fund"


def test_a_country_opening_a_with_clause_has_the_share_it_states_and_no_figure_before():
    found = facts(
        " date 2024-05-01 ULAANBAATAR – Wool exports brought in $90 million, with China taking 70% of the shipments."
    )
    assert (found["70%"]["subject"], found["$90 million"]["subject"]) == ("China", "Mongolia")


def test_a_country_buying_in_a_with_clause_leaves_the_amount_to_the_exporter():
    found = facts(
        " date 2024-05-01 ASTANA – Wheat exports rose 10% to 8 million tonnes, with Uzbekistan buying 4 million"
        " tonnes. The average price fell 12%."
    )
    assert (found["4 million tonnes"]["subject"], found["12%"]["subject"]) == ("Kazakhstan", "Kazakhstan")


def test_trade_with_a_country_totalling_an_amount_is_no_clause_of_that_country():
    found = facts(" date 2024-05-01 ASTANA – Kazakhstan's trade with China totalling $41 billion in 2023 was a record.")
    assert found["$41 billion"]["subject"] == "Kazakhstan"


def test_a_trading_venues_own_volume_after_the_figure_is_the_venues():
    found = facts(
        " date 2024-05-01 ALMATY – Trading volume reached KZT 30 trillion on the Kazakhstan Stock Exchange in 2023."
    )
    assert found["KZT 30 trillion"]["subject"] == "Kazakhstan Stock Exchange"


def test_a_bank_financing_an_unnamed_plant_owns_none_of_its_figures():
    found = facts(
        " date 2024-05-01 ASTANA – A new glass plant in Kentau will cost KZT 40 billion, financed by Steppe Bank. The"
        " plant will produce 90,000 tonnes of glass a year."
    )
    assert (found["KZT 40 billion"]["subject"], found["90,000 tonnes"]["subject"]) == ("Kentau", "Kentau")


def test_a_future_in_a_relative_clause_after_a_done_count_leaves_it_actual():
    found = facts(
        " date 2024-04-16 BISHKEK – So far this year, the plant has signed contracts with 900 growers, who will plant"
        " beet on 4,000 hectares."
    )
    assert found["900 growers"]["status"] == "actual"


def test_a_contractor_after_a_two_word_countrys_possessive_is_still_a_contractor():
    found = facts(
        " date 2024-05-01 TASHKENT – Fergana Oil Refinery processed 2 million tonnes. The plant's upgrade, carried out"
        " by South Korea's Hanil Engineering, cost $310 million."
    )
    assert found["$310 million"]["subject"] == "Fergana Oil Refinery"


def test_a_linked_amounts_item_keeps_the_phrase_that_says_which_but_not_where():
    found = facts(
        " date 2024-05-01 ASTANA – The average one-way fare on domestic routes stood at 24,100 tenge. Non-cash"
        " payments in Kostanay region amounted to KZT1.9 trln."
    )
    assert (found["24,100 tenge"]["item"], found["KZT1.9 trln"]["item"]) == (
        "average one-way fare on domestic routes",
        "non-cash payments",
    )


def test_shares_bought_on_a_venue_in_a_firms_offering_are_the_firms():
    found = facts(
        " date 2024-05-01 ASTANA – Investors bought shares worth KZT 40 billion on the Astana International Exchange"
        " in the IPO of KazMunayGas."
    )
    assert found["KZT 40 billion"]["subject"] == "KazMunayGas"
