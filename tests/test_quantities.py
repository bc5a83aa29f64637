"""The quantity finder, one construction per test, on small invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities, parse_number

CONTEXT = {"som": "KGS", "manat": "AZN"}


def quantities(sentence: str, blocked=(), context=CONTEXT):
    return find_quantities(sentence, 0, len(sentence), list(blocked), context)


def only(sentence: str):
    found = quantities(sentence)
    assert len(found) == 1, [sentence[q.start : q.end] for q in found]
    return found[0], sentence[found[0].start : found[0].end]


@pytest.mark.parametrize(
    ("digits", "value"),
    [("1,800", 1800), ("10,4", 10.4), ("2,903.54", 2903.54), ("12", 12), ("0.5", 0.5), ("1,250,000", 1250000)],
)
def test_numbers_read_thousands_separators_and_decimal_commas(digits, value):
    assert parse_number(digits) == value


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        ("The fund backed 14 260 projects.", 14260, "14 260 projects"),
        ("Loans of KZT 1 250,5 million were issued.", 1250.5e6, "KZT 1 250,5 million"),
        ("In 2023 300 projects were launched.", 300, "300 projects"),
    ],
)
def test_spaces_may_separate_thousands(sentence, value, quote):
    q, found = only(sentence)
    assert (q.value, found) == (value, quote)


def test_scale_word_expands_the_value():
    q, quote = only("The fund spent 2.6 billion tenge on roads.")
    assert (q.value, q.unit, quote) == (2.6e9, "KZT", "2.6 billion tenge")


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "quote"),
    [
        ("Exports reached KZT3.4tln last spring.", 3.4e12, "KZT", "KZT3.4tln"),
        ("The mill earned 745bn tenge.", 745e9, "KZT", "745bn tenge"),
        ("A deal worth USD12.5 million was signed.", 12.5e6, "USD", "USD12.5 million"),
        ("Loans of US$3 bln were issued.", 3e9, "USD", "US$3 bln"),
        ("The park cost $ 91 mln.", 91e6, "USD", "$ 91 mln"),
        ("The budget is KZT 512 trln.", 512e12, "KZT", "KZT 512 trln"),
        ("Receipts should top KZT2.3trn this year.", 2.3e12, "KZT", "KZT2.3trn"),
    ],
)
def test_glued_and_abbreviated_scales_and_currencies(sentence, value, unit, quote):
    q, found_quote = only(sentence)
    assert (q.value, q.unit, found_quote) == (value, unit, quote)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Farmers received 14 million Uzbek soms in grants.", "UZS"),
        ("The wage rose to 9,000 somoni.", "TJS"),
        ("The bakery sold bread for 40,000 tugriks.", "MNT"),
        ("The loan was 2 billion rubles.", "RUB"),
        ("A grant of 300 million yuan was approved.", "CNY"),
        ("The hotel cost 12 million euros.", "EUR"),
    ],
)
def test_currency_words_after_the_amount(sentence, unit):
    q, _ = only(sentence)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit", "quote"),
    [
        ("The mill cost 3.5 billion Kazakh tenge.", "KZT", "3.5 billion Kazakh tenge"),
        ("The dam cost 90 million Tajik somoni.", "TJS", "90 million Tajik somoni"),
        ("The depot cost 40 million Chinese yuan.", "CNY", "40 million Chinese yuan"),
        ("The mill cost Tg 3.5 billion.", "KZT", "Tg 3.5 billion"),
    ],
)
def test_a_currency_named_with_its_country_or_as_tg(sentence, unit, quote):
    q, found_quote = only(sentence)
    assert (q.unit, found_quote) == (unit, quote)


def test_thous_abbreviation_is_a_scale_word():
    q, quote = only("The mill ground 15 thous. tons of wheat.")
    assert (q.value, q.unit, quote) == (15_000, "t", "15 thous. tons")


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        ("The contractor drilled 412,600 metres of wells.", 412.6, "412,600 metres"),
        ("A 2,150-meter well was finished.", 2.15, "2,150-meter"),
    ],
)
def test_metres_become_kilometres(sentence, value, quote):
    q, found_quote = only(sentence)
    assert (q.value, q.unit, found_quote) == (value, "km", quote)


def test_gigacalories_of_heat_are_a_unit():
    q, quote = only("The boiler houses supplied 180,000 Gcal of heat.")
    assert (q.value, q.unit, quote) == (180_000, "Gcal", "180,000 Gcal")


@pytest.mark.parametrize(("rate", "value", "unit"), [("40 Gcal/h", 40, "Gcal"), ("600 t/day", 600, "t")])
def test_a_rate_glued_to_the_unit_belongs_to_the_quote(rate, value, unit):
    q, quote = only(f"The new boiler house has a capacity of {rate}.")
    assert (q.value, q.unit, quote) == (value, unit, rate)


def test_ambiguous_manat_follows_the_article_context():
    q = quantities("The bridge cost 80 million manat.", context={"som": "KGS", "manat": "TMT"})[0]
    assert q.unit == "TMT"


def test_number_words_with_a_scale():
    q, quote = only("The region plans to attract two trillion tenge.")
    assert (q.value, quote) == (2e12, "two trillion tenge")


def test_counted_noun_becomes_a_count_with_its_item():
    q, quote = only("The holding opened 14 sugar refineries.")
    assert (q.value, q.unit, q.item, quote) == (14, "count", "sugar refineries", "14 sugar refineries")


def test_a_network_generation_before_the_counted_noun_belongs_to_it():
    q, quote = only("The operator has put up 640 4G/5G towers along the highway.")
    assert (q.item, quote) == ("4G/5G towers", "640 4G/5G towers")


def test_a_network_generation_is_not_a_number():
    q, quote = only("The number of 5G subscribers reached 212,000.")
    assert (q.value, q.unit, quote) == (212000, "count", "212,000")


def test_adjectives_coordinated_before_the_counted_noun_belong_to_it():
    q, quote = only("The city has 9,400 small and medium-sized farms.")
    assert (q.item, quote) == ("small and medium-sized farms", "9,400 small and medium-sized farms")


def test_counted_noun_with_listed_describing_words_keeps_the_list():
    q, quote = only("The city is home to 146 textile, garment and footwear companies.")
    assert (q.item, quote) == ("textile, garment and footwear companies", "146 textile, garment and footwear companies")


def test_a_noun_already_counted_ends_the_quote_before_and():
    q, quote = only("Pipes were laid in 12 villages and old networks were renovated.")
    assert (q.item, quote) == ("villages", "12 villages")


def test_number_word_counts():
    q, _ = only("Officials inspected nine greenhouses.")
    assert (q.value, q.item) == (9, "greenhouses")


def test_generic_count_head_keeps_its_of_phrase():
    q, quote = only("The workshop sews 9,000 pieces of school uniform.")
    assert (q.item, quote) == ("pieces of school uniform", "9,000 pieces")


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The zone will host 2,000-3,000 workers.", 2000, 3000, "count"),
        ("Investors pledged $4-6 billion.", 4e9, 6e9, "USD"),
        ("Investment will range from 150 to 200 billion tenge.", 150e9, 200e9, "KZT"),
        ("The country plans new capacities of 100 to 120 MW.", 100, 120, "MW"),
        ("The mill expects sales of KZT8-9bn next year.", 8e9, 9e9, "KZT"),
    ],
)
def test_ranges_are_one_quantity(sentence, low, high, unit):
    q, _ = only(sentence)
    assert (q.value, q.value_high, q.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Rents in the new towers range from $1,400 to $2,100 a month.", 1400, 2100, "USD"),
        ("Margins of the dairy's cheeses vary between 12% and 19%.", 12, 19, "percent"),
        ("Barley was quoted at 61,000 tenge to 64,000 tenge a ton.", 61000, 64000, "KZT"),
    ],
)
def test_a_range_opener_spans_two_amounts_that_both_carry_the_unit(sentence, low, high, unit):
    q, _ = only(sentence)
    assert (q.value, q.value_high, q.unit) == (low, high, unit)


def test_a_change_from_one_amount_to_another_stays_two_amounts():
    found = quantities("The mill's share of the market rose from 14% to 21%.")
    assert [(q.value, q.value_high) for q in found] == [(14, None), (21, None)]


def test_a_change_verb_of_another_coordinated_clause_leaves_a_range_a_range():
    q = quantities("It aims to raise exports to 50,000 and to attract from 150 to 200 million somoni of investment.")
    assert [(x.value, x.value_high) for x in q if x.unit == "TJS"] == [(150e6, 200e6)]


def test_the_low_end_of_a_range_takes_the_scale_word_of_the_high_end():
    sentence = "The region has 300 farms, and guesses of their herds range from 2.4 to 2.9 million."
    q = quantities(sentence)[-1]
    assert (q.value, q.value_high, sentence[q.start : q.end]) == (2.4e6, 2.9e6, "2.4 to 2.9 million")


def test_parenthetical_conversion_is_one_quantity():
    q, quote = only("The airport cost 45 billion tenge ($96 million) to build.")
    assert (quote, q.equivalent_value, q.equivalent_unit) == ("45 billion tenge", 96e6, "USD")


def test_unit_written_after_the_conversion():
    q, quote = only("The programme received 12.1 trillion ($1 billion) Uzbek soms.")
    assert (q.value, q.unit, q.equivalent_value, quote) == (12.1e12, "UZS", 1e9, "12.1 trillion")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The refinery processed 4,200 tonnes of copper.", 4200, "t"),
        ("A warehouse of 12,000 sq m opened.", 12000, "m2"),
        ("The farm covers 350 hectares.", 350, "ha"),
        ("The dam holds 90 million litres.", 90000, "m3"),
        ("The wind farm has 0.5 GW of turbines.", 500, "MW"),
        ("Panels of 250 kW were installed.", 0.25, "MW"),
        ("The plant generated 1.2 billion kWh.", 1.2e9, "kWh"),
        ("The road is 48 km long.", 48, "km"),
        ("The reservoir holds 3.5 cubic kilometres of water.", 3.5e9, "m3"),
        ("The sea level dropped by 30 centimetres.", 0.0003, "km"),
    ],
)
def test_physical_units_are_converted_to_canonical_units(sentence, value, unit):
    q, _ = only(sentence)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_hyphenated_unit_adjective():
    q, quote = only("A 40-hectare orchard was planted.")
    assert (q.value, q.unit, quote) == (40, "ha", "40-hectare")


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        ("Output grew 3.5 times.", 250, "3.5 times"),
        ("Exports rose 3-fold.", 200, "3-fold"),
        ("Sales jumped 4fold.", 300, "4fold"),
        ("Revenue doubled.", 100, "doubled"),
        ("Trade grew threefold.", 200, "threefold"),
    ],
)
def test_multiples_become_percent_changes(sentence, value, quote):
    q, found_quote = only(sentence)
    assert (q.value, q.unit, found_quote) == (value, "percent", quote)


@pytest.mark.parametrize("sentence", ["Wages rose 12.5%.", "Wages rose 12.5 percent.", "a 12.5-percent rise"])
def test_percent_forms(sentence):
    q, _ = only(sentence)
    assert (q.value, q.unit) == (12.5, "percent")


def test_negative_percent_in_parentheses():
    q, quote = only("Laggards: Oskemen (-12.4%).")
    assert (q.value, quote) == (-12.4, "-12.4%")


def test_bare_number_takes_the_unit_of_its_neighbour():
    found = quantities("Capacity rose to 40,000 units with room for up to 55,000.")
    assert [(q.value, q.unit) for q in found] == [(40000, "count"), (55000, "count")]


def test_from_to_pair_shares_currency_and_scale():
    found = quantities("Output grew from KZT90 to 140bn.")
    assert [(q.value, q.unit) for q in found] == [(90e9, "KZT"), (140e9, "KZT")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was adopted in 2019.",
        "The meeting took place on 5 March.",
        "It was published on March 5.",
        "The session starts at 10:30.",
        "Dated 21.04.2022, the order was signed.",
        "The city ranks 3rd in the country.",
        "Industrial Park No. 4 was opened.",
        "Over the next five years the sector will change.",
        "In the first ten months prices were stable.",
        "One of the plants is idle.",
        "The Five Rivers Programme started.",
        "The COVID-19 pandemic hit trade.",
        "The average cost of one square meter of housing fell.",
    ],
)
def test_dates_times_ranks_names_and_durations_are_not_quantities(sentence):
    assert quantities(sentence) == []


def test_a_count_after_a_month_and_a_comma_is_a_quantity():
    sentence = "Since January, 21 projects have been commissioned."
    assert [sentence[q.start : q.end] for q in quantities(sentence)] == ["21 projects"]


def test_a_bare_number_in_a_sentence_that_names_a_number_of_things_is_a_count():
    sentence = "The number of registered taxpayers stood at 94,300."
    assert [(q.value, q.unit) for q in quantities(sentence)] == [(94300, "count")]


def test_numbers_chained_by_hyphens_name_a_programme():
    sentence = "Another 1,240 families bought flats under the 7-20-25 programme."
    assert [sentence[q.start : q.end] for q in quantities(sentence)] == ["1,240 families"]


def test_blocked_spans_are_skipped():
    sentence = "In 2023 the mill produced 50 tons."
    found = quantities(sentence, blocked=[(0, 7)])
    assert [sentence[q.start : q.end] for q in found] == ["50 tons"]


def test_quote_offsets_slice_the_text():
    sentence = "Shipments of 7% and 7% again."
    for q in quantities(sentence):
        assert sentence[q.start : q.end] == "7%"


def test_troy_ounces_become_kilograms():
    q, _ = only("The mine poured 100,000 ounces of gold.")
    assert (q.value, q.unit) == (pytest.approx(3110.34768), "kg")


def test_centners_of_a_harvest_become_tonnes():
    q, quote = only("The farm threshed 45,000 centners of barley.")
    assert (quote, q.value, q.unit) == ("45,000 centners", pytest.approx(4500), "t")


def test_decalitres_become_cubic_metres():
    q, quote = only("The brewery filled 2.5 million decalitres of beer.")
    assert (quote, q.value, q.unit) == ("2.5 million decalitres", pytest.approx(25000), "m3")


def test_double_as_a_verb_is_a_hundred_percent_change():
    q, quote = only("The mill intends to double its output.")
    assert (q.value, quote) == (100, "double")


@pytest.mark.parametrize(
    "sentence", ["The new kilns mean we can double our brick sales.", "The dryer should also triple its throughput."]
)
def test_a_fold_verb_after_a_modal_is_a_change(sentence):
    q, _ = only(sentence)
    assert q.kind == "fold"


def test_double_as_an_adjective_is_not_a_quantity():
    assert quantities("The treaty avoids double taxation.") == []


def test_more_belongs_to_the_quote_not_the_item():
    q, quote = only("The city will open three more business centres.")
    assert (quote, q.item) == ("three more business centres", "business centres")


def test_a_verb_after_a_scaled_number_is_not_the_counted_thing():
    found = quantities("The plants generated 8.2 billion kWh, of which 6.1 billion came from hydropower.")
    assert [(q.value, q.unit) for q in found] == [(8.2e9, "kWh"), (6.1e9, "kWh")]


def test_head_of_livestock_keeps_the_animals_in_quote_and_item():
    q, quote = only("Farms keep 2.1 million head of sheep and goats.")
    assert (q.value, q.item, quote) == (2.1e6, "head of sheep and goats", "2.1 million head of sheep and goats")


def test_a_singular_ending_in_s_does_not_end_the_counted_noun():
    text = "The farm runs four biogas digester units."
    (q,) = find_quantities(text, 0, len(text), [], {})
    assert (text[q.start : q.end], q.item) == ("four biogas digester units", "biogas digester units")


def test_a_hyphenated_square_meter_adjective_is_an_area():
    text = "a 14,000-square-meter paint shop"
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text), [], {})] == [(14000, "m2")]


def test_a_change_from_one_amount_to_another_is_two_quantities():
    found = quantities("Output grew from 100 to 120 tons.")
    assert [(q.value, q.value_high, q.unit) for q in found] == [(100, None, "t"), (120, None, "t")]


def test_raising_capacity_from_one_amount_to_another_is_two_quantities():
    found = quantities("The mine is raising its capacity from 4 million to 6 million tonnes.")
    assert [(q.value, q.value_high) for q in found] == [(4e6, None), (6e6, None)]


def test_a_percent_does_not_lend_its_unit_to_a_number_far_after_it():
    found = quantities("SMEs made up 31.5% of GRP, and the number of operating SMEs grew to 51,300.")
    assert [(q.value, q.unit) for q in found] == [(31.5, "percent"), (51300, "count")]


def test_containers_counted_in_teu_are_a_count():
    q, quote = only("Freight trains carried 1.2 million TEU.")
    assert (q.value, q.unit, q.item, quote) == (1_200_000, "count", "TEU", "1.2 million TEU")


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("The bank approved a 12-year loan for the smelter.", "12-year", 12),
        ("Most of the boilers are over 40 years old.", "40 years", 40),
        ("The deposit is enough for 25 years of operation.", "25 years", 25),
        ("The payback period is estimated at six years.", "six years", 6),
        ("Loans are issued at 7% for up to five years.", "five years", 5),
        ("The fund lent KZT12.5bn to the mill for 10 years.", "10 years", 10),
        ("Builders give a warranty of 5 years on the roads.", "5 years", 5),
        ("The turbines have been in service for over 40 years.", "40 years", 40),
        ("The bakery's owners hope to recoup the money within 4 years.", "4 years", 4),
        ("The credit line comes with a grace period of two years.", "two years", 2),
        ("Residents of the park are exempt from property tax for 8 years.", "8 years", 8),
        ("Building the bypass will take three years.", "three years", 3),
        ("A third of the trams are older than 30 years.", "30 years", 30),
        ("The buyer signed 15-year offtake contracts with the mine.", "15-year", 15),
        ("The operator's concession will run for 30 years.", "30 years", 30),
    ],
)
def test_a_term_an_age_or_a_lifetime_in_years_is_a_quantity(sentence, quote, value):
    found = {sentence[q.start : q.end]: q for q in quantities(sentence)}
    assert (found[quote].value, found[quote].unit) == (value, "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the next five years the region will build schools.",
        "The plant has operated for 30 years.",
        "Buyers guarantee 9,000 tonnes a year in the first three years of operation.",
    ],
)
def test_years_as_period_wording_are_not_a_quantity(sentence):
    assert all(q.unit != "year" for q in quantities(sentence))


def test_a_verb_of_a_term_far_from_the_years_makes_no_term():
    assert all(
        q.unit != "year" for q in quantities("The ministry will take steps to double exports within five years.")
    )


def test_the_amount_a_price_is_per_is_not_a_quantity():
    found = quantities("The gas is sold at KZT 18,500 per 1,000 cubic meters.")
    assert [q.unit for q in found] == ["KZT"]


def test_bcm_is_billions_of_cubic_meters():
    q, quote = only("The plant will process 3.2 bcm of gas.")
    assert (quote, q.value, q.unit) == ("3.2 bcm", 3.2e9, "m3")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The port signed deals with three Chinese logistics operators.", "three Chinese logistics operators"),
        ("Two LPG bottling plants are planned.", "Two LPG bottling plants"),
        ("“Three more component makers are ready,” he said.", "Three more component makers"),
    ],
)
def test_a_nationality_or_an_abbreviation_before_a_counted_noun_is_part_of_it(sentence, quote):
    _, found = only(sentence)
    assert found == quote


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The carrier leased 14 Embraer E195-E2 regional aircraft in spring.", "14 Embraer E195-E2 regional aircraft"),
        ("The depot took delivery of 85 Zhongtong hybrid city buses.", "85 Zhongtong hybrid city buses"),
        ("The miner ordered six more BelAZ dump trucks.", "six more BelAZ dump trucks"),
    ],
)
def test_a_maker_or_a_model_before_a_counted_noun_is_part_of_it(sentence, quote):
    q, found = only(sentence)
    assert (found, q.kind) == (quote, "count")


def test_the_two_countries_are_referred_to_not_counted():
    assert quantities("Over three years, the two countries' combined trade has doubled.")[0].kind == "fold"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Nine of them, totaling KZT64 billion, are in manufacturing.", None),
        ("Five of the projects have already been commissioned.", "projects"),
        ("Three of the four furnaces will run on ferrosilicon.", "furnaces"),
    ],
)
def test_a_number_of_a_group_is_a_count_of_its_members(sentence, item):
    first = quantities(sentence)[0]
    assert (first.kind, first.value, first.item) == ("count", {"N": 9, "F": 5, "T": 3}[sentence[0]], item)


def test_one_of_a_group_is_no_count():
    assert quantities("One of the plants was closed.") == []


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The resort has a 120-room hotel.", "rooms"),
        ("A 1,800-head dairy farm opened.", "head of cattle"),
        ("A 16-storey block is going up.", "storeys"),
        ("The mall has a 700-space car park.", "spaces"),
    ],
)
def test_a_hyphenated_number_counts_the_noun_joined_to_it(sentence, item):
    q, _ = only(sentence)
    assert (q.kind, q.item) == ("count", item)


def test_twice_as_many_is_a_doubling_and_twice_a_year_is_not():
    assert [q.value for q in quantities("It made 2,500 wagons, twice as many as in 2023.")][-1] == 100
    assert [(q.value, q.unit) for q in quantities("The board meets twice a year.")] == [(2, "count")]
    assert quantities("The minister visited the plant twice.") == []


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("More than half of the units are old.", "half", 50),
        ("Net profit fell by a fifth.", "a fifth", 20),
        ("A quarter of the output is exported.", "A quarter", 25),
    ],
)
def test_a_fraction_of_a_whole_or_a_change_by_a_fraction_is_a_percent(sentence, quote, value):
    q, found = only(sentence)
    assert (found, q.unit, q.value) == (quote, "percent", value)


@pytest.mark.parametrize("sentence", ["In the first half of the year.", "The plant made half a million jars."])
def test_period_halves_and_half_a_number_are_no_fractions(sentence):
    assert all(q.unit != "percent" for q in quantities(sentence))


def test_a_bare_number_of_the_total_is_a_count():
    q, _ = only("Foreign visitors accounted for 212,000 of the total.")
    assert (q.kind, q.value) == ("count", 212000)


def test_a_bare_number_before_to_and_a_qualifier_takes_the_next_unit():
    found = quantities("Its workforce will grow from 430 to around 700 people.")
    assert [(q.value, q.unit) for q in found] == [(430, "count"), (700, "count")]


def test_number_as_a_verb_counts_and_number_as_an_identifier_does_not():
    assert [q.value for q in quantities("Hotels in the region now number 618.")] == [618]
    assert quantities("The plant's unit number 3 was stopped.") == []


def test_a_time_word_after_a_bare_number_is_not_what_it_counts():
    found = quantities("The city expects 1 million tourists this year, up from 870,000 last year.")
    assert [(q.value, q.unit, q.item) for q in found] == [(1e6, "count", "tourists"), (870000, "count", "tourists")]


def test_a_bare_number_after_of_whom_counts_the_group_before_it():
    found = quantities("The region hosted 920,000 visitors, of whom 86,000 were foreigners.")
    assert [(q.value, q.unit) for q in found] == [(920000, "count"), (86000, "count")]


@pytest.mark.parametrize(
    "sentence",
    ["Once at full capacity, the workforce will grow to 600.", "The hires bring the plant's staff to about 900."],
)
def test_a_bare_number_a_workforce_reaches_counts_people(sentence):
    (q,) = quantities(sentence)
    assert (q.kind, q.unit, q.item) == ("count", "count", "people")


def test_between_one_amount_and_another_is_a_range():
    (q,) = quantities("Salaries range between 700,000 and 1.2 million tenge a month.")
    assert (q.value, q.value_high, q.unit) == (700000, 1.2e6, "KZT")


def test_the_first_amount_of_a_pair_takes_the_scale_across_a_year():
    first, second = quantities("Output rose from KZT 784 in 2021 to 965bn last year.")
    assert (first.value, second.value) == (784e9, 965e9)


def test_a_scaled_number_before_a_smaller_scaled_amount_is_one_amount():
    (q,) = quantities("Revenues amounted to 4 trillion 912.4 billion tenge.")
    assert (q.value, q.unit) == (4.9124e12, "KZT")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Cars accounted for 34,900 units, trucks for 5,110 and buses for 1,250.", "5,110"),
        ("It employs 3,400 people and plans to hire 600 more next year.", "600"),
        ("Foreign visitors numbered 48,300.", "48,300"),
        ("The shop will add 260 jobs to the current workforce of 1,120.", "1,120"),
        ("Residents created 4,700 permanent jobs, and another 2,100 are to appear.", "2,100"),
    ],
)
def test_a_bare_number_that_goes_on_counting_is_a_count(sentence, quote):
    found = {sentence[q.start : q.end]: q for q in quantities(sentence)}
    assert found[quote].unit == "count"


def test_a_loan_term_after_lent_is_a_duration_not_a_sum():
    found = quantities("The bank lent 45 billion tenge for up to 12 years.")
    assert [(q.kind, q.unit, q.value) for q in found] == [("money", "KZT", 45e9), ("duration", "year", 12)]


def test_a_headline_fold_verb_in_the_present_is_a_change():
    (q,) = quantities("Aktau port container traffic nearly triples as cargo surges.")
    assert (q.kind, q.value) == ("fold", 200)


def test_a_number_word_in_a_rank_is_not_a_quantity():
    assert quantities("It made the country one of the world's top-three flour exporters.") == []


def test_the_level_a_change_in_percent_reaches_is_no_percent():
    found = quantities("Visitor numbers rose by 12% to 48,000.")
    assert [(q.value, q.unit) for q in found] == [(12, "percent"), (48000, "count")]


def test_a_bare_number_a_population_stands_at_is_a_count():
    found = quantities("The town's population, now 61,000, keeps growing.")
    assert [(q.value, q.unit) for q in found] == [(61000, "count")]


def test_a_currency_code_inside_a_word_is_no_currency():
    q, _ = only("The new line makes the trip to the south of the country 540 km shorter.")
    assert (q.value, q.unit) == (540, "km")


def test_tonnes_of_uranium_are_tonnes():
    q, quote = only("Attributable production was 2,960 tU in the half-year.")
    assert (q.value, q.unit, quote) == (2960, "t", "2,960 tU")


def test_a_change_in_times_lends_no_percent_to_the_level_after_it():
    found = quantities("Arrivals from Korea more than doubled to 96,000 last year.")
    assert [(q.kind, q.unit) for q in found if q.value == 96000] in ([], [("count", None)])


def test_a_bare_number_after_with_goes_on_with_the_unit_of_the_list():
    found = quantities("Aktobe leads with 412 new firms, followed by Atyrau with 380 and Oral with 215.")
    assert [(q.value, q.kind) for q in found] == [(412, "count"), (380, "count"), (215, "count")]


def test_a_bare_number_after_of_the_counted_whole_is_a_part_of_it():
    found = quantities("Of the 42 tenants, 29 are already operating.")
    assert [(q.value, q.kind) for q in found] == [(42, "count"), (29, "count")]


def test_an_unscaled_part_after_a_scaled_sum_counts_what_was_counted_before_it():
    found = quantities("The region runs 40 joint projects worth $9 billion, of which 15 are complete.")
    assert [(q.value, q.kind) for q in found][-1] == (15, "count")


def test_a_bare_base_after_against_takes_the_unit_of_the_figure_it_is_compared_with():
    found = quantities("The railway now sends 700 hopper cars a day, against 520 in October.")
    assert [(q.value, q.kind) for q in found] == [(700, "count"), (520, "count")]


def test_a_bare_number_a_staff_is_of_is_a_count_of_people():
    found = quantities("Once running, the plant will have a permanent staff of 640.")
    assert [(q.value, q.kind, q.item) for q in found] == [(640, "count", "people")]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The first 900 Angus heifers arrived from Canada in May.", "900 Angus heifers"),
        ("The feedlot holds 6,000 head today.", "6,000 head"),
    ],
)
def test_a_breed_is_part_of_what_is_counted_and_today_is_not(sentence, quote):
    q, found = only(sentence)
    assert (found, q.kind) == (quote, "count")


def test_a_bare_number_that_goes_on_counting_reaches_back_over_a_long_clause():
    text = (
        "Over three years, 11 dairy farms have been built in the region, and by 2025 the akimat plans to "
        "commission 14 more."
    )
    assert [(q.value, q.kind) for q in quantities(text)] == [(11, "count"), (14, "count")]


def test_a_scale_word_written_with_a_dotless_i_is_read_as_the_scale():
    # re.IGNORECASE matches "ı" to "i": the word must then be looked up as "billion", not fail on "bıllion".
    q, _ = only("Exports reached $2.5 bıllion.")
    assert (q.value, q.unit) == (2_500_000_000, "USD")


def test_a_number_word_written_with_a_dotless_i_is_read_as_the_number():
    q, _ = only("It built twenty-nıne new plants.")
    assert q.value == 29


def test_cu_m_is_cubic_metres():
    q, quote = only("The sawmill will saw 45,000 cu m of logs a year.")
    assert (q.value, q.unit, quote) == (45_000, "m3", "45,000 cu m")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The mill hired 210 people, and a further 60 will join in May.", "60"),
        ("The rule covers 90,000 drivers, about 12,000 of whom work in Almaty.", "12,000"),
        ("The district created 1,900 jobs against a target of 2,000.", "2,000"),
    ],
)
def test_a_bare_number_takes_the_count_it_continues(sentence, quote):
    found = {sentence[q.start : q.end]: q for q in quantities(sentence)}
    assert found[quote].unit == "count"


def test_a_bare_number_after_of_these_counts_part_of_a_group():
    q, found = only("Of them, 37 are already in service.")
    assert (found, q.kind) == ("37", "count")


def test_a_bare_number_after_a_sentence_opening_of_the_whole_counts_a_part():
    q, quote = only("The park has grown fast. Of the new residents, 17 are logistics firms.")
    assert (quote, q.value, q.unit) == ("17", 17, "count")


def test_a_count_of_rooms_that_names_a_kind_of_flat_is_not_a_quantity():
    assert [q.value for q in quantities("Three-room flats in the new blocks rent for 280,000 tenge.")] == [280000]


def test_a_count_of_rooms_in_a_hotel_is_still_a_quantity():
    assert [q.value for q in quantities("The resort includes a 180-room hotel.")] == [180]


def test_a_run_of_consecutive_months_is_not_a_count():
    assert quantities("The bank breached the ratio for three consecutive months.") == []


@pytest.mark.parametrize(
    "sentence", ["Exports grew 3-4 times.", "Exports grew 3 to 4 times.", "Exports grew three to four times."]
)
def test_a_range_of_times_is_a_range_of_changes(sentence):
    q, _ = only(sentence)
    assert (q.value, q.value_high, q.unit) == (200, 300, "percent")


def test_a_range_may_open_with_a_number_word():
    q, _ = only("The company will open three to five plants.")
    assert (q.value, q.value_high) == (3, 5)


@pytest.mark.parametrize(("word", "change"), [("sevenfold", 600), ("six-fold", 500)])
def test_every_fold_word_up_to_ten_is_a_change(word, change):
    assert only(f"Exports grew {word} in 2023.")[0].value == change


@pytest.mark.parametrize(("sentence", "value"), [("Flights run twice a week.", 2), ("Trains run 14 times a day.", 14)])
def test_how_often_something_happens_is_a_count_not_a_change(sentence, value):
    q, _ = only(sentence)
    assert (q.value, q.unit) == (value, "count")


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        ("The bakery sells a 500-gram loaf.", 0.5, "500-gram"),
        ("Each bar weighs 250 grams.", 0.25, "250 grams"),
    ],
)
def test_grams_are_counted_in_kilograms(sentence, value, quote):
    q, found = only(sentence)
    assert (q.value, q.unit, found) == (value, "kg", quote)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Bars weigh from 5 to 100 grams.", 0.005, 0.1),
        ("The farms will have 2 to 3 GW of capacity.", 2000, 3000),
    ],
)
def test_the_low_end_of_a_range_takes_the_unit_of_the_high_end_at_its_scale(sentence, low, high):
    q, _ = only(sentence)
    assert (q.value, q.value_high) == (low, high)


def test_a_part_of_which_that_lies_somewhere_takes_the_wholes_unit():
    found = quantities("The centre covers 528 hectares, of which 343 lie on the Kazakh side.")
    assert [(q.value, q.unit) for q in found] == [(528, "ha"), (343, "ha")]


def test_a_model_number_after_its_maker_is_part_of_what_is_counted():
    found, quote = only("The carrier will lease two more ATR 72-600 aircraft next year.")
    assert (quote, found.value, found.item) == ("two more ATR 72-600 aircraft", 2, "ATR 72-600 aircraft")


def test_model_numbers_joined_after_their_maker_are_no_counts():
    assert quantities("Its ageing Tupolev 154 and 204 jets will be retired next year.") == []


def test_a_count_after_a_place_is_no_model_number():
    found, quote = only("In Shymkent 120 buses were replaced last year.")
    assert (quote, found.value) == ("120 buses", 120)


def test_a_change_verb_before_an_aside_keeps_from_to_as_two_amounts():
    text = (
        "Oral Gaz Ondeu plans to expand its plant near Derkul, on the outskirts of Uralsk, from 2 billion to 4 billion"
        " cubic metres of raw gas a year."
    )
    found = find_quantities(text, 0, len(text), [], {})
    assert [(q.value, q.value_high) for q in found] == [(2e9, None), (4e9, None)]


def test_one_more_part_of_a_whole_counted_before_were_is_a_count_too():
    found = quantities("Of the 90 buses, 52 were diesel buses and 38 were electric buses.")
    assert [q.value for q in found] == [90, 52, 38]


def test_a_bare_number_after_and_with_no_parts_counted_before_is_no_count():
    assert quantities("Prices rose and 38 were not enough.") == []


def test_a_count_after_a_firm_in_a_gapped_clause_is_no_model_number():
    found = quantities("Last year Allur assembled 9,000 cars, and KAMAZ 600 trucks.")
    assert [q.value for q in found] == [9000, 600]


def test_a_models_plural_after_describing_words_is_what_is_counted():
    text = "The new aircraft replace four ageing An-24s on regional routes."
    (found,) = [q for q in quantities(text) if q.kind == "count"]
    assert (text[found.start : found.end], found.item) == ("four ageing An-24s", "ageing An-24s")


def test_twice_a_base_level_is_a_change():
    text = "The city's hotels now have 14,200 beds, twice the level of 2019."
    assert "twice" in [text[q.start : q.end] for q in quantities(text)]


def test_twice_on_its_own_is_no_quantity():
    assert quantities("The minister visited the plant twice.") == []


def test_twice_another_things_volume_is_no_change():
    text = "The terminal handled 2 million tonnes, twice the volume of the Aktau port."
    assert [text[q.start : q.end] for q in quantities(text)] == ["2 million tonnes"]


def test_hundreds_written_in_words_are_read_whole():
    text = "The network serves eight hundred thousand passengers a day and employs three hundred and fifty people."
    assert [q.value for q in quantities(text)] == [800_000, 350]


def test_a_model_with_a_one_digit_variant_is_no_count():
    q = quantities("The airline has five Boeing 777-8 freighters on order.")
    assert [(x.value, x.item) for x in q] == [(5, "Boeing 777-8 freighters")]


def test_a_models_bare_number_after_its_maker_is_part_of_what_is_counted():
    q = quantities("The airline bought two Boeing 787 aircraft last year.")
    assert [(x.value, x.item) for x in q] == [(2, "Boeing 787 aircraft")]
