"""Reading the words around a number: measure, item, qualifier, status, rate and sign.

Each test is one behaviour on a small invented sentence.
"""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import read_quantity
from pipeline.extract.quantities import find_quantities

CONTEXT = {"som": "KGS", "manat": "AZN"}


def readings(sentence: str):
    found = find_quantities(sentence, 0, len(sentence), [], CONTEXT)
    out = []
    for i, q in enumerate(found):
        next_start = found[i + 1].start if i + 1 < len(found) else len(sentence)
        out.append(read_quantity(sentence, 0, len(sentence), q, next_start, found[:i]))
    return out


def reading(sentence: str):
    found = readings(sentence)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The oblast attracted 90 billion tenge of investment.", "investment"),
        ("The new terminal is valued at $40 million.", "project_value"),
        ("The region's gross regional product reached 2 trillion tenge.", "gross_product"),
        ("Industrial output totalled 500 billion tenge, the akimat said.", "output_value"),
        ("Exports of wheat earned $300 million.", "trade"),
        ("Retail sales grew 4.2% year-on-year.", "growth_rate"),
        ("Farmers accounted for 18% of employment.", "share"),
        ("The depot is 74% owned by a rail holding.", "share"),
        ("Local mills account for only 35%.", "share"),
        ("The country's delivery market reached 210 billion tenge in 2023.", "output_value"),
        ("The volume of e-commerce amounted to 1.9 trillion tenge.", "output_value"),
        ("Of that, 4.2 billion tenge came from the state budget.", "investment"),
        ("A square meter on the secondary market reached 390,000 tenge.", "other"),
        # Holdings, charges and savings are no investment; investment in fixed assets still is.
        ("The pension fund's assets stood at $21 billion.", "other"),
        ("The monthly water bill will rise to 4,000 tenge.", "other"),
        ("The new boiler will save 3 billion tenge.", "other"),
        ("Investment in fixed assets reached 800 billion tenge.", "investment"),
        ("The central bank's currency reserves amounted to $31 billion.", "other"),
        ("Bakers import nearly 40,000 tons of flour annually.", "trade"),
        ("The bus has a 40% localization level.", "localization_rate"),
        ("The smelter has a capacity of 60,000 tons.", "production_capacity"),
        ("The mine produced 3 million tonnes of coal.", "production"),
        ("The park covers 120 hectares.", "area"),
        ("The factory will create 450 jobs.", "jobs"),
        ("The holding opened 14 sugar refineries.", "count"),
        ("The solar station has 25 MW.", "production_capacity"),
        ("Output of the Zhambyl region kept growing by 4.1 percent.", "growth_rate"),
        ("The number of the region's firms showed a 5.2% year-over-year rise.", "growth_rate"),
        ("Sowing in the north is 87.5% complete.", "share"),
        ("The akimat will spend 40 percent of it on schools.", "share"),
        ("Projects involving 12 billion tenge ($25 million) of investment are under way.", "investment"),
        ("Its sales of rolled steel came to 2 million tons.", "other"),
        ("Construction works in the city came to 90 billion tenge.", "output_value"),
        ("After the GRP report, gross agricultural product reached 1 trillion tenge.", "output_value"),
        ("Once the new kiln is completed, cement output will grow by 6%.", "growth_rate"),
        ("Last year the factory assembled 5,000 buses.", "production"),
        ("Retail trade turnover in the city reached 900 billion tenge.", "output_value"),
        ("China was the largest trading partner with $16 billion.", "trade"),
        ("Tajikistan was the second-largest buyer with 210,000 tonnes.", "trade"),
        ("Built for KZT7.4bn, the abattoir can process beef.", "project_value"),
        ("The works will expand after a KZT18bn upgrade.", "project_value"),
        ("Farmers have been paid KZT3.8bn in subsidies since January.", "investment"),
        ("Budget expenditures totalled 298.1 billion tenge.", "other"),
        ("The average fare on domestic routes reached 31,500 tenge.", "other"),
        ("The average price of housing reached 412,000 tenge per square meter.", "other"),
        ("Equipment wear at the plant has reached 80%.", "other"),
        ("The regional budget was executed at 102.4%.", "other"),
        ("The registered unemployment rate stood at 4.7%.", "share"),
        ("GDP at current prices reached 34 trillion tenge.", "gross_product"),
        ("The miner's net profit reached $38.7 mln.", "other"),
        ("The company raised its gold output to 1,386 kg in the quarter.", "production"),
        ("The district sent abroad 35,000 tonnes of sunflower oil.", "trade"),
        ("The localization level of the buses stands at 38%.", "localization_rate"),
        ("Most of the funds – 58% – went to manufacturing.", "share"),
        (
            "The share of renewable energy sources in the total volume of the country's power generation reached 6.3%.",
            "share",
        ),
        ("The dry port can handle up to 300,000 containers a year.", "production_capacity"),
        ("Projects for producing milk are under way in 12 regions.", "count"),
        ("The rail operator will pay dividends of 14 billion tenge to the state.", "other"),
        ("Customs collections at the Khorgos post reached KZT 96 billion.", "other"),
        ("Per capita incomes in the region stood at 205,000 tenge.", "other"),
        ("Its Eurobond placement raised $500 million in September.", "other"),
    ],
)
def test_measure_from_the_nearest_cue(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # A sum "worth" a noun is that noun's value ...
        ("The fund guaranteed 90 loans worth 3 billion tenge.", "other"),
        # ... unless the noun sits in a complement of the head.
        ("Two projects in meat production totaling 8 billion tenge are due.", "project_value"),
        # A change compared with an earlier year is growth, even beside a share cue after it.
        ("The plant made 500 buses, 9.5% more than in 2021, the head of the agency said.", "growth_rate"),
        # ... and a verb of making, whatever the goods are called.
        ("Local dairies are expected to produce cheese worth 9 billion tenge.", "output_value"),
        ("In 2022, the region produced building materials worth KZT31bn.", "output_value"),
        # A comma inside a number does not cut off the verb that says what the money is.
        ("The mill exported 12,500 tons of flour worth $4 million.", "trade"),
    ],
)
def test_measure_of_a_figure_after_another(sentence, measure):
    assert readings(sentence)[-1].measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The cooperative received a loan of 700 million tenge from the fund.", "investment"),
        ("Farmers in the district got KZT3bn in preferential loans this spring.", "investment"),
        ("Entrepreneurs were issued 40 loans worth 2 billion tenge.", "investment"),
        ("The bank issued 1,200 car loans for a total of 9 billion tenge.", "other"),
        ("The fund has paid interest on 300 loans worth KZT5bn so far.", "other"),
    ],
)
def test_loans_are_investment_for_whoever_receives_them_not_for_the_lender(sentence, measure):
    assert readings(sentence)[-1].measure == measure


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The mill spent about 5 billion tenge.", "approximate"),
        ("The mill spent nearly 5 billion tenge.", "approximate"),
        ("The mill spent more than 5 billion tenge.", "lower_bound"),
        ("The mill spent over 5 billion tenge.", "lower_bound"),
        ("The mill can press up to 5 million tons.", "upper_bound"),
        ("The mill spent 5 billion tenge.", "exact"),
        ("Grain exports top $2bn in 10 months.", "lower_bound"),
        ("The region's GRP is expected to exceed 9 trillion tenge.", "lower_bound"),
        ("The final rate for borrowers does not exceed 6% per annum.", "upper_bound"),
    ],
)
def test_qualifier_from_the_words_just_before(sentence, qualifier):
    assert reading(sentence).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The company plans to invest 8 billion tenge.", "planned"),
        ("The workshop will employ 300 people.", "planned"),
        ("The company invested 8 billion tenge last year.", "actual"),
        ("A cement kiln of 900,000 tons a year is at the design stage.", "planned"),
        ("The firm is preparing a wagon plant for 1,500 wagons a year.", "planned"),
        ("The bridge is estimated at 20 billion tenge.", "planned"),
        ("Domestic demand is estimated at 2 million tons a year.", "actual"),
        ("The bridge, estimated at $900 million, links the districts.", "planned"),
        ("Mangystau eyes 20% growth in tourist flow.", "planned"),
        ("Turkistan region to add 120 ha of greenhouses this year", "planned"),
        ("For 2024, the regional budget is set at 640 billion tenge.", "planned"),
        ("The director said that 40% of the equipment would be supplied by local firms.", "planned"),
    ],
)
def test_status_planned_or_actual(sentence, status):
    assert reading(sentence).status == status


def test_a_future_construction_after_the_numbers_makes_them_planned():
    found = readings("Some 12 projects worth $2 billion are due to be launched.")
    assert [r.status for r in found] == ["planned", "planned"]


def test_a_sum_due_later_is_planned():
    assert reading("The utility has loan repayments of KZT 4.1 billion due next year.").status == "planned"


def test_a_planned_clause_does_not_leak_back_to_an_earlier_number():
    first, second = readings("The line's capacity is 900 units a year with the possibility of rising up to 1,200.")
    assert (first.status, second.status) == ("actual", "planned")


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        ("The dairy processes 30,000 tons of milk annually.", "year"),
        ("The plant has an annual capacity of 10 million liters.", "year"),
        ("The bakery produces 2,000 loaves per day.", "day"),
        ("The quarry ships 400 tonnes of gravel to builders every day.", "day"),
        ("The dairy processed 30,000 tons of milk.", None),
    ],
)
def test_rates_carry_their_per(sentence, per):
    assert reading(sentence).per == per


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Coal output fell by 3.1%.", -3.1),
        ("Freight showed a 2.5% decrease.", -2.5),
        ("Freight rose by 2.5%.", 2.5),
    ],
)
def test_decreases_are_negative(sentence, value):
    assert reading(sentence).value == pytest.approx(value)


def test_an_index_level_becomes_the_change():
    assert reading("The industrial production index stood at 104.2%.").value == pytest.approx(4.2)


def test_a_change_above_one_hundred_percent_stays_a_change():
    assert reading("Mining output grew by 130%.").value == pytest.approx(130)


def test_physical_item_is_what_follows_of():
    assert reading("The refinery processed 12 tons of silver.").item == "silver"


def test_production_item_is_the_product_not_the_word_production():
    assert reading("Gas production reached 4 billion cubic meters.").item == "gas"


def test_a_verb_before_an_indicator_does_not_narrow_it():
    assert reading("In 2025, the ministry expects oil production to reach 90 million tonnes.").item == "oil"


def test_a_name_does_not_narrow_an_indicator():
    assert reading("In 2023, Tobol Agro exports rose by 12%.").item == "exports"


def test_a_capital_opening_the_sentence_still_narrows_an_indicator():
    assert reading("Coal exports rose by 12%.").item == "coal exports"


def test_growth_item_is_the_indicator_named_before():
    assert reading("Agricultural output increased 3.4% in the region.").item == "agricultural output"


def test_share_item_is_the_part_before_the_verb():
    assert reading("Small farms accounted for 41% of the harvest.").item == "small farms"


def test_jobs_have_no_item():
    assert reading("The factory will create 450 jobs.").item is None


def test_absolute_change_in_money_is_other_with_increase_item():
    found = readings("Industrial output grew 12% to KZT800bn, or by KZT90bn.")
    last = found[-1]
    assert (last.measure, last.item) == ("other", "increase in industrial output")


def test_capacity_in_mw_names_the_counted_plants():
    found = readings("Officials listed 7 solar plants with a total capacity of 80 MW.")
    assert (found[1].measure, found[1].item) == ("production_capacity", "solar plants")


def test_less_after_the_number_is_a_decrease():
    assert reading("Cement output was 4.4 percent less than a year earlier.").value == pytest.approx(-4.4)


def test_less_than_before_the_number_is_a_bound_not_a_decrease():
    found = reading("Inflation grew by less than 3%.")
    assert (found.value, found.qualifier) == (3, "upper_bound")


def test_indicator_item_keeps_the_words_that_narrow_it():
    assert reading("Non-oil exports grew 7.5% in the quarter.").item == "non-oil exports"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Mining output in the oblast went up 3.3% in the first half.", "mining output"),
        ("Over the last three years fish farming output grew 40%.", "fish farming output"),
    ],
)
def test_a_sector_noun_in_ing_narrows_an_indicator_but_a_time_word_does_not(sentence, item):
    assert reading(sentence).item == item


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Last year bilateral trade reached $4.1 billion.", "bilateral trade"),
        ("Trade with Mongolia amounted to $0.9 billion in May.", "trade with Mongolia"),
        ("Copper export earnings rose to $2.2 billion.", "copper export earnings"),
        ("The bank's first-half net profit came to KZT 31 billion.", "net profit"),
        ("The loan portfolio grew 14% over the year.", "loan portfolio"),
    ],
)
def test_flows_and_balances_are_indicators_an_amount_is_about(sentence, item):
    assert reading(sentence).item == item


def test_a_count_of_things_called_residents_is_no_population():
    found = readings("The number of firms registered as residents of the tech park rose to 1,146.")
    assert found[-1].measure == "count"


def test_a_rate_of_throughput_is_a_capacity():
    assert reading("The new terminal will lift the station's throughput to 3,000 passengers per hour.").measure == (
        "production_capacity"
    )


def test_a_storage_capacity_is_no_production_capacity():
    assert reading("The elevator has a storage capacity of 80,000 tonnes of grain.").measure == "other"


def test_a_down_payment_is_a_share_not_a_fall():
    found = reading("Buyers make a down payment of 15%.")
    assert (found.measure, found.value) == ("share", 15)


def test_an_indicator_below_one_hundred_percent_is_a_fall():
    found = reading("Mangystau region contracted, with the short-term indicator at 97.2%.")
    assert (found.measure, found.value) == ("growth_rate", -2.8)


def test_a_percent_of_the_previous_years_level_is_an_index():
    found = readings("Revenue reached KZT 90 billion, or 112.5% of the previous year's level.")[-1]
    assert (found.measure, found.value) == ("growth_rate", 12.5)


def test_a_cut_in_percentage_points_is_a_signed_decrease_in_the_rate():
    found = reading("The central bank lowered its policy rate by 0.25 percentage points.")
    assert (found.measure, found.value, found.item) == ("other", -0.25, "decrease in policy rate")


def test_an_adverb_or_a_conjunction_is_no_part_of_a_shares_item():
    assert reading("Greenhouses now account for 27% of the vegetable harvest.").item == "greenhouses"
    assert reading("Exports of cement and now account for 12% of sales.").item != "and"


def test_a_number_before_a_share_verb_leaves_no_noun_phrase_for_its_item():
    found = readings("Metallurgy grew 11.7% and now accounts for 14% of industry.")
    assert "11.7%" not in (found[-1].item or "")


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The average monthly nominal wage rose 18% in the quarter.", "average monthly nominal wage"),
        ("The average monthly salary at the mill is KZT 310,000.", "average monthly salary"),
        ("Corporate income tax brought in KZT 51 billion.", "corporate income tax"),
        ("VAT receipts fell by 4.1%.", "VAT"),
        ("The budget deficit is to narrow to 2.4% of GDP.", "budget deficit"),
    ],
)
def test_wages_taxes_and_deficits_are_indicators_an_amount_is_about(sentence, item):
    assert reading(sentence).item == item


@pytest.mark.parametrize(
    "sentence",
    [
        "The region's elevators can hold 3.2 million tons of grain.",
        "The state grain company plans to buy 200,000 tonnes of wheat.",
        "Farmers applied 21 kg of fertilizers per hectare.",
        "The average yield reached 19.5 tonnes per hectare.",
    ],
)
def test_amounts_held_bought_applied_or_yielded_per_hectare_are_no_output(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Growers expect yields of 42 tonnes per hectare this year.",
        "The best herds gave 7,200 kg of milk per cow.",
    ],
)
def test_an_amount_per_thing_is_a_rate_not_production(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Qazaq Glass is a joint venture of Orda Invest (60%) and Italy's Vetro Nord.",
        "The plant is owned by Kostanay Agro (75%) and a Turkish partner.",
    ],
)
def test_a_percent_in_brackets_after_an_owner_is_its_stake(sentence):
    assert reading(sentence).measure == "share"


def test_the_of_in_a_part_of_the_year_names_no_whole_of_a_change():
    assert reading("The ministry plans to raise gas tariffs by 11% in the second half of the year.").measure == (
        "growth_rate"
    )


def test_investment_estimated_at_a_sum_without_a_verb_is_investment():
    found = readings("Six clinics will be built by 2026, with investment estimated at about KZT 90 bn.")
    assert found[1].measure == "investment"


def test_an_amount_per_day_is_still_production():
    assert reading("The mill ground 300 tonnes of wheat per day.").measure == "production"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The fund backed 90 billion tenge of SME loans in the quarter.", "other"),
        ("Of these, 2,100 loans for KZT 31 billion were issued with subsidies.", "other"),
        ("Farmers received 52 billion tenge of preferential loans.", "investment"),
    ],
)
def test_loans_a_lender_gave_out_are_no_investment_but_loans_received_are(sentence, measure):
    assert readings(sentence)[-1].measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The smelter's export revenue amounted to $640 million.",
        "Some 4.1 million tons were exported.",
        "The mill intends to ship 90,000 tonnes of flour abroad.",
    ],
)
def test_export_revenue_and_goods_sent_abroad_are_trade(sentence):
    assert reading(sentence).measure == "trade"


def test_budget_spending_is_no_investment():
    assert reading("Spending reached KZT 480 billion in nine months.").measure == "other"


def test_a_participle_before_an_indicator_does_not_narrow_it():
    assert reading("Growing exports rose a further 9% in May.").item == "exports"


def test_exports_of_goods_keep_their_of_phrase():
    assert reading("Exports of grain and flour rose 12%.").item == "exports of grain and flour"


def test_a_plant_being_built_has_planned_figures():
    assert reading("The holding is building a glass works with a capacity of 90,000 tons.").status == "planned"


def test_will_later_in_the_sentence_part_makes_a_figure_planned():
    assert reading("The enterprise, with an investment of 25 million euros, will produce tiles.").status == "planned"


def test_a_capacity_named_after_a_count_is_not_the_counts_measure():
    stations, capacity = readings("Some 20 solar stations with a combined capacity of 300 MW operate there.")
    assert (stations.measure, capacity.measure) == ("count", "production_capacity")


def test_economic_growth_is_growth_of_the_economy():
    assert reading("Economic growth in the province reached 4.8%.").item == "economy"


def test_short_term_economic_indicator_is_an_indicator():
    found = reading("The oblast's short-term economic indicator stood at 103.2%.")
    assert found.item == "short-term economic indicator"


def test_overall_and_total_do_not_narrow_an_indicator():
    assert reading("The town's overall industrial output rose 3%.").item == "industrial output"
    assert reading("Total exports rose 9% in May.").item == "exports"


def test_turnover_after_an_indicator_belongs_to_it():
    assert reading("Retail trade turnover rose by 6.1 percent.").item == "retail trade turnover"


def test_capacity_after_production_belongs_to_it():
    assert reading("The mill will lift its annual production capacity by 20%.").item == "annual production capacity"


def test_goods_after_exports_may_be_several_words():
    assert reading("Exports of rolled steel sheets climbed 14%.").item == "exports of rolled steel sheets"


def test_an_indicator_inside_an_of_phrase_gives_way_to_the_whole_phrase():
    assert reading("Imports of goods and services rose 5%.").item == "imports of goods and services"


def test_an_of_phrase_that_is_an_indicator_names_the_item():
    assert reading("Output of metal products rose by 12%.").item == "metal products"


def test_the_economy_money_goes_into_is_not_the_item():
    sentence = "Foreign direct investment channelled into the province's economy rose 1.5 times."
    assert reading(sentence).item == "foreign direct investment"


def test_a_change_noun_followed_by_in_names_the_indicator_after_it():
    sentence = "Other industries of the economy expanded despite a 2.3% decrease in coal production."
    assert reading(sentence).item == "coal production"


def test_a_sector_that_makes_up_a_share_is_the_indicator_named_before():
    sentence = "The mill anchors the city's food industry, a sector that makes up 12% of local output."
    assert reading(sentence).item == "food industry"


def test_a_pronoun_after_of_is_not_the_item_and_the_sown_crop_is():
    found = readings("Farmers tilled 40,000 hectares, 25,000 hectares of them sown with barley.")
    assert found[1].item == "barley"


def test_the_crop_sown_on_an_area_names_its_item():
    assert reading("This spring, sunflower was sown on 12,000 hectares.").item == "sunflower"


def test_a_verb_after_and_ends_the_item():
    found = readings("The mine will extract 3 million tons of copper ore and ship 1 million tons of concentrate.")
    assert found[0].item == "copper ore"


def test_a_time_word_ends_the_item():
    assert reading("The refinery processed 500,000 tonnes of crude oil last year.").item == "crude oil"


def test_traded_goods_take_the_trade_noun():
    assert reading("Exports of 2 million tons of barley are expected.").item == "barley exports"


def test_a_flow_named_before_a_mass_is_its_item():
    assert reading("In May, coal exports rose to 12 million tonnes.").item == "coal exports"


def test_a_plant_capacity_in_tons_is_of_what_the_plant_makes():
    sentence = "The firm is building a glass bottle factory with a capacity of 40,000 tons a year."
    assert reading(sentence).item == "glass bottle"


def test_a_power_plant_capacity_has_no_product_item():
    assert reading("The town opened its first solar power plant with a capacity of 20 MW.").item is None


def test_a_purpose_after_counted_projects_belongs_to_the_item():
    assert reading("The ministry approved 12 projects to build cold storage warehouses.").item == (
        "projects to build cold storage warehouses"
    )


def test_a_sector_after_counted_projects_belongs_to_the_item():
    assert reading("The fund backed 5 projects in fish farming this year.").item == "projects in fish farming"


def test_a_place_after_counted_plants_does_not_belong_to_the_item():
    assert readings("It lists 12 wind farms in the Akmola region.")[0].item == "wind farms"


def test_a_passive_subset_adds_its_participle():
    found = readings("Work began on 40 kindergartens, of which 25 were completed.")
    assert found[1].item == "kindergartens completed"


def test_an_active_subset_adds_its_relative_clause():
    found = readings("The region registered 30 startups, 12 of which attracted venture funding.")
    assert found[1].item == "startups that attracted venture funding"


def test_the_number_of_names_what_a_bare_count_counts():
    assert reading("The number of registered taxpayers reached 45 thousand.").item == "registered taxpayers"


def test_money_going_to_a_sector_is_the_whole_in_that_sector():
    found = readings("Budget investments reached $9 billion, of which $2 billion went to the textile industry.")
    assert found[1].item == "budget investments in the textile industry"


def test_a_later_member_of_a_destination_list_may_omit_the_verb():
    found = readings("Of the total, $3 billion went to housing and $1 billion to road repairs.")
    assert [r.item for r in found] == ["housing", "road repairs"]


def test_a_bare_to_after_money_is_not_a_destination():
    assert reading("The company invested $5 million to expand its warehouse.").item is None


def test_a_share_going_to_a_sector_names_the_sector():
    found = readings("The fund will spend $900 million, with 40 percent of it going to the health sector.")
    assert found[1].item == "health sector"


def test_money_coming_from_an_indicator_is_that_indicator():
    found = readings("Output hit 80 billion tenge; of this sum, 50 billion tenge came from the mining industry.")
    assert found[1].item == "mining industry"


def test_money_paid_in_taxes_names_the_payments():
    found = reading("The brewer has paid 12 billion tenge in taxes and customs duties to the budget.")
    assert found.item == "taxes and customs duties"


def test_a_money_item_may_be_named_well_before_the_amount():
    sentence = (
        "Preferential financing for farmers in the northern regions has this season been raised to 90 billion tenge."
    )
    assert reading(sentence).item == "preferential financing"


def test_with_x_accounting_for_a_share_names_x():
    found = readings("Imports reached $2 billion, with machinery accounting for 35 percent.")
    assert found[1].item == "machinery"


def test_a_share_participle_after_a_comma_takes_the_indicator_of_the_clause():
    assert reading("Non-oil exports grew strongly, accounting for 30 percent of GDP.").item == "non-oil exports"


def test_a_trade_surplus_is_a_money_item():
    found = readings("Exports stood at $5 billion against imports of $3 billion, leaving a trade surplus of $2 billion")
    assert found[2].item == "trade surplus"


def test_loans_coordinated_with_a_money_item_belong_to_it():
    found = reading("The government expects to attract $4 billion of foreign investment and loans.")
    assert found.item == "foreign investment and loans"


def test_a_population_of_people_has_no_item():
    assert reading("The district's population exceeded 400,000 people.").item is None


def test_a_capacity_after_an_output_of_the_same_unit_is_of_the_same_goods():
    found = readings("The smelter produced 41,000 tonnes of zinc, exceeding its design capacity of 38,000 tonnes.")
    assert found[1].item == "zinc"


def test_a_state_reported_to_be_is_actual_not_planned():
    assert reading("The harvest is reported to be 95% complete.").status == "actual"


def test_zones_being_formed_are_planned():
    assert reading("Five industrial parks are being formed in the region.").status == "planned"


def test_a_cue_in_the_complement_of_another_gives_way_to_its_head():
    assert reading("The firm's contribution to the country's GDP reached 400 billion tenge.").measure == "other"


def test_what_was_worth_a_sum_is_what_the_sum_measures():
    assert reading("Firms grew in number, and their output was worth 2 trillion tenge.").measure == "output_value"


def test_a_percent_of_a_whole_is_a_share():
    _, part = readings("The farm harvested 4,000 tons of apples, some 30% of which was exported.")
    assert part.measure == "share"


def test_has_grown_by_is_a_growth_rate():
    assert reading("Since January, the firm's exports of the region have grown by 8%.").measure == "growth_rate"


def test_producing_up_to_an_amount_a_year_is_a_capacity():
    assert reading("The smelter will produce up to 90,000 tons of silicon a year.").measure == "production_capacity"


def test_energy_consumed_is_not_production():
    assert reading("The greenhouses consumed 40 million kWh of electricity.").measure == "other"


def test_a_cut_named_a_few_words_before_the_rate_makes_it_negative():
    assert reading("Sokolov Ore cut output of iron ore pellets by 4.5%.").value == -4.5


def test_a_future_verb_in_a_relative_clause_is_not_the_figures():
    first, _ = readings("The firm has invested $200 million in the mine, whose total cost will reach $500 million.")
    assert first.status == "actual"


def test_a_year_earlier_is_not_a_rate():
    assert readings("The mill produced 300,000 tons of flour, 8% more than a year earlier.")[0].per is None


def test_dipped_is_a_decrease():
    assert reading("Oil production dipped by 2.3%.").value == -2.3


def test_an_economic_indicator_level_is_a_growth_rate():
    assert reading("The short-term economic indicator stood at 104.5%.").measure == "growth_rate"


def test_designed_to_produce_is_an_actual_capacity():
    found = reading("The plant is designed to produce 60,000 tons of copper cathodes annually.")
    assert (found.measure, found.status) == ("production_capacity", "actual")


def test_a_percent_after_of_which_is_a_share():
    _, part = readings("Investment rose to 900 billion tenge, of which 60% came from the oil sector.")
    assert part.measure == "share"


def test_a_share_that_rose_to_a_level_is_a_share():
    assert reading("The textile industry's share rose to 5.2%.").measure == "share"


def test_a_rate_named_before_another_figure_is_not_its_rate():
    _, cost = readings("It pumps 40,000 cubic meters of water per day, built for 50 billion tenge.")
    assert cost.per is None


def test_employing_people_is_a_jobs_fact():
    assert reading("The plant will employ 300 local residents.").measure == "jobs"


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey already employs around 90 drillers.",
        "The studio will hire another 40 animators.",
        "The utility has 2,300 people on its payroll.",
    ],
)
def test_whoever_is_employed_hired_or_on_the_payroll_is_a_jobs_fact(sentence):
    assert reading(sentence).measure == "jobs"


@pytest.mark.parametrize(
    "sentence", ["The driller has drilled 31 new wells this year.", "The ferry made 64 voyages to Baku in the quarter."]
)
def test_wells_drilled_and_voyages_made_are_counted_not_produced(sentence):
    assert reading(sentence).measure == "count"


@pytest.mark.parametrize(
    "sentence", ["The winery bottled 800,000 bottles of wine.", "Local plants are assembling 12,000 buses a year."]
)
def test_goods_bottled_or_being_assembled_are_production(sentence):
    assert reading(sentence).measure in ("production", "production_capacity")


def test_an_index_level_below_100_is_a_fall():
    assert reading("The industrial production index came in at 98.7%.").value == -1.3


def test_an_index_named_early_in_its_clause_is_a_level():
    assert reading("The index of agricultural production stood at 98.6%.").value == pytest.approx(-1.4)


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The government aims to raise non-resource exports to $41bn.", "non-resource exports"),
        ("Exports of flour alone came to 1.6 million tonnes.", "exports of flour"),
        ("As of April 1, the number of camels reached 240,000 head.", "camels"),
    ],
)
def test_an_item_has_no_verb_of_change_before_it_nor_an_adverb_after_it(sentence, item):
    assert readings(sentence)[0].item == item


def test_a_percent_per_annum_is_an_interest_rate_a_year_not_a_change():
    found = reading("Loans are issued at 6% per annum.")
    assert (found.measure, found.per, found.value) == ("other", "year", 6)


def test_a_percent_that_loans_are_given_at_is_their_interest_rate():
    found = reading("Beekeepers may take loans at 4% a year from the fund.")
    assert (found.measure, found.per, found.value) == ("other", "year", 4)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Demand for bottled water grows by 6-8% a year.", "growth_rate"),
        ("Commercial banks charge small firms 21% a year.", "other"),
        ("The leasing company lends to dairy farms at 5% annually.", "other"),
        ("The notes carry an annual coupon of 12.5%.", "other"),
        ("The mayor wants to keep investment growth at no less than 9% a year.", "growth_rate"),
    ],
)
def test_a_percent_a_year_is_a_rate_per_year_and_a_rate_charged_is_other(sentence, measure):
    found = reading(sentence)
    assert (found.measure, found.per) == (measure, "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the harvest, 12,400 tons, went to Russia.",
        "Of the total, 310,000 tonnes of coal were shipped to China and 90,000 tonnes to Mongolia.",
        "The grid sold 700 million kWh to Kyrgyzstan.",
        "The republic bought 1.1 billion kWh of power abroad.",
    ],
)
def test_goods_that_went_to_a_foreign_country_are_trade(sentence):
    assert {r.measure for r in readings(sentence)} == {"trade"}


@pytest.mark.parametrize(
    "sentence",
    ["The farm will add a hatchery for 12 million eggs a year.", "A new line for 8,000 tons of butter a year opened."],
)
def test_a_facility_sized_by_a_rate_after_for_states_a_capacity(sentence):
    assert reading(sentence).measure == "production_capacity"


def test_a_percent_a_year_on_average_is_per_year():
    assert reading("Demand for sugar grows 3% a year on average.").per == "year"


def test_a_market_growing_at_a_rate_a_year_is_a_change():
    assert reading("The cement market is growing at 12% a year.").measure == "growth_rate"


def test_due_in_part_to_is_no_plan():
    assert reading("Exports fell by $300 million due in part to lower prices.").status == "actual"


def test_a_percent_of_a_year_earlier_is_no_rate_per_year():
    assert [r.per for r in readings("The bank's share of the market was 14%, against 11% a year earlier.")] == [
        None,
        None,
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The programme repayment rate stayed above 97%.", "The tractor fleet renewal rate stood at 3.5%."],
)
def test_the_level_of_a_named_rate_is_no_change(sentence):
    assert reading(sentence).measure == "other"


def test_people_a_place_is_home_to_are_its_population():
    assert reading("Taraz, home to about 430,000 people, gets a new bus fleet.").measure == "population"


def test_visitors_to_a_city_that_is_home_to_a_mausoleum_are_no_population():
    found = reading("The town, home to a famous mausoleum, hosted 1.2 million visitors.")
    assert found.measure != "population"


def test_what_a_flat_costs_a_month_is_a_rent_not_a_project_value():
    assert reading("A studio near the university costs 140,000 tenge a month.").measure == "other"


def test_what_a_thing_costs_apiece_is_a_price():
    assert reading("Melons cost 700 tenge apiece at the market.").measure == "other"


def test_a_base_rate_is_other_and_inflation_a_growth_rate():
    first, second = readings("The bank cut the base rate to 15.75% and expects inflation to slow to 8.5%.")
    assert (first.measure, second.measure) == ("other", "growth_rate")


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The ministry aims to raise the share of locally made tiles to 60% by 2027.", "locally made tiles"),
        ("The share of recycled water should rise from 20% to 35%.", "recycled water"),
    ],
)
def test_the_share_of_a_thing_names_the_item(sentence, item):
    assert {r.item for r in readings(sentence)} == {item}


def test_the_members_a_share_of_a_workforce_is_of_are_the_item():
    found = readings("The mill employs 800 people, 91% of them residents of Semey.")
    assert found[-1].item == "residents of Semey"


def test_a_share_that_is_the_object_of_a_verb_has_no_members_item():
    found = readings("The farm sold 4,000 tonnes of melons and shipped 63% of them abroad.")
    assert found[-1].item != "abroad"


def test_a_share_of_a_named_whole_is_of_that_whole():
    assert reading("The smelter supplies about 45% of Uzbekistan's copper demand.").item == "Uzbekistan's copper demand"


def test_a_share_of_a_whole_owned_by_a_common_noun_is_of_that_whole():
    found = reading("The mine holds 8% of the world's known tungsten reserves.")
    assert found.item == "world's known tungsten reserves"


def test_a_fold_decrease_is_the_share_that_goes():
    assert reading("Emissions of dust are to fall 4-fold.").value == -75


def test_a_decrease_in_the_next_clause_does_not_turn_a_rise_negative():
    found = readings("The project will raise capacity 2.5 times and cut flaring by 30%.")
    assert [r.value for r in found] == [150, -30]


def test_a_stake_is_a_share_of_the_company_named_after_it():
    found = reading("Gulf Olefins will hold a 40 percent stake in the joint venture.")
    assert (found.measure, found.item) == ("share", "stake in the joint venture")


def test_an_occupancy_rate_is_a_share():
    found = reading("Their average occupancy rate reached 62% last year.")
    assert (found.measure, found.item) == ("share", "average occupancy rate")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Kazakhstan consumes about 550,000 tons of sugar a year.", "other"),
        ("The region's elevators can store up to 4.9 million tons of grain.", "other"),
        ("The plant made 1,120 gondola wagons in ten months.", "production"),
        ("The dry port handled 312,000 TEU in January-September.", "production"),
        ("The airport handled 5.9 million passengers last year.", "count"),
    ],
)
def test_consuming_and_storing_are_not_producing_and_making_or_handling_goods_is(sentence, measure):
    assert reading(sentence).measure == measure


def test_a_cost_a_thing_is_estimated_to_have_is_planned():
    assert reading("The line is estimated to cost 418 bln tenge.").status == "planned"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The average monthly wage rose to 301,500 tenge.", "other"),
        ("Subsidies will cover KZT 5,000 per ton of grain.", "other"),
        ("The plant can turn out 60 thousand tonnes of steel wire a year.", "production_capacity"),
        ("The refinery's design throughput is 6 million tonnes a year.", "production_capacity"),
    ],
)
def test_wages_prices_per_unit_and_what_a_plant_can_turn_out(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "Average monthly pay at the smelter is set to reach 520,000 tenge.",
        "The best pay was reported in Mangystau region, at 701,200 tenge.",
        "Households pay up to 2,300 tenge for a cubic meter of trucked water.",
    ],
)
def test_pay_is_neither_invested_nor_earned_by_the_payer(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The dry port is designed to handle 250,000 TEU of containers a year.",
        "The new line will be able to carry up to 30 million tons of coal a year.",
        "The terminal can receive 4,000 tons of grain a day.",
    ],
)
def test_what_a_port_or_line_can_handle_is_its_capacity(sentence):
    assert reading(sentence).measure == "production_capacity"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The railway carried 98.3 million tons of cargo in January-June.", "other"),
        ("Transit traffic through the country rose to 11.4 million tons.", "other"),
        ("The port handled 3.2 million tons of cargo.", "production"),
        ("The warehouse can handle up to 90,000 tons of freight a year.", "production_capacity"),
    ],
)
def test_goods_carried_by_rail_or_road_are_neither_made_nor_traded(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The expansion is estimated at 64 billion tenge.", "project_value"),
        ("The region's gross regional product is estimated at KZT 5.1 trillion.", "gross_product"),
        ("Their share in the gross regional product, estimated at KZT 5.1 trln, reached 31%.", "gross_product"),
    ],
)
def test_a_sum_estimated_is_a_cost_unless_an_indicator_is_estimated(sentence, measure):
    assert readings(sentence)[0].measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The holding has put 12 billion tenge into the project so far.",
        "Miners will put 9 billion tenge into social and infrastructure projects in the district.",
        "Total investment in the project came to 96 billion tenge.",
        "A bank has opened a credit line of KZT 20 billion for the project.",
    ],
)
def test_money_put_into_a_project_is_investment_not_its_value(sentence):
    assert reading(sentence).measure == "investment"


def test_a_project_worth_a_sum_keeps_its_value_beside_the_money_put_into_it():
    assert (
        readings("The holding put 4 billion tenge into the project, which is worth 15 billion tenge.")[1].measure
        == "project_value"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotel, built by Turan Invest Group for 18.5 billion tenge, opened in May.",
        "The wind farm, which Hua Feng Renewables is building for $140 million, will open next year.",
    ],
)
def test_the_sum_a_thing_is_built_for_is_its_cost(sentence):
    assert reading(sentence).measure == "project_value"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Akmola region launches $38 million meat processing plant.", "project_value"),
        ("The fund invested $20 million in the plant.", "investment"),
    ],
)
def test_a_sum_written_before_a_facility_is_its_worth(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The cluster can spin 18,000 tonnes of yarn a year.", "production_capacity"),
        ("The plant is designed to produce 60 locomotives per year.", "production_capacity"),
        ("The elevators can store 4.9 million tons of grain.", "other"),
    ],
)
def test_what_a_plant_is_able_to_make_in_a_period_is_its_capacity(sentence, measure):
    assert reading(sentence).measure == measure


def test_containers_a_port_handles_are_its_output():
    assert readings("Container throughput at the port rose 74% to 21,600 TEU.")[1].measure == "production"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Room rates of 60,000 tenge per night are common in July.", "other"),
        ("Export customs duties brought in 498.7 bln tenge.", "other"),
        ("Transfers from the National Fund totaled 2.1 trillion tenge.", "other"),
        ("Investment in the casting shop is estimated at 14.7 bln tenge.", "investment"),
        ("Gross domestic product at current prices reached KZT 34.2 trillion.", "gross_product"),
    ],
)
def test_sums_the_state_collects_or_passes_on_and_rates_charged_are_other(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "Miners paid signature bonuses of 4.8 billion tenge for exploration licences.",
        "The highest bid, 612 million tenge, came from a Karaganda company.",
        "The average card payment amounted to 17,450 tenge in July.",
        "Inspectors imposed fines of 118 million tenge on poachers.",
    ],
)
def test_what_is_paid_bid_or_charged_is_other_not_investment(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "A square meter in new buildings cost an average of 612,000 tenge in February.",
        "Growers receive a state subsidy of 13,000 tenge for every ton delivered.",
        "In the region, a ton of cement now sells for 28,000-32,000 tenge.",
    ],
)
def test_the_price_of_one_unit_is_other(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The microfinance loan portfolio topped 1.5 trillion tenge.",
        "The average microloan stood at KZT 412,000.",
        "Unsecured consumer loans of second-tier banks rose to KZT 9.8 trillion.",
        "By the end of 2023 the company had repaid KZT 212 billion of the debt.",
    ],
)
def test_lenders_books_and_debts_are_other(sentence):
    assert readings(sentence)[-1].measure == "other"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Builders in the region used some 2.3 million tons of cement last year.", "other"),
        ("The company plans to raise output to 470,000 tons and lift domestic sales.", "production"),
    ],
)
def test_goods_used_up_are_other_and_output_is_production(sentence, measure):
    assert reading(sentence).measure == measure


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        ("Under the programme, entrepreneurs pay 6% a year on loans from banks.", "year"),
        ("Market rates for small businesses currently stand at 19-21%.", None),
        ("The government proposed to cap the subsidized rate for projects at 3%.", None),
    ],
)
def test_rates_charged_on_loans_are_other(sentence, per):
    found = reading(sentence)
    assert (found.measure, found.per) == ("other", per)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "Manufacturing output grew by 8.9% to KZT 1,1 trillion, and investment in fixed capital rose.",
            "output_value",
        ),
        ("Mining and quarrying reached 5.9 trillion tenge.", "output_value"),
    ],
)
def test_a_cue_in_the_next_clause_does_not_name_a_sum(sentence, measure):
    assert readings(sentence)[-1].measure == measure


def test_doubling_is_a_change_of_one_hundred_percent():
    assert reading("The second phase will be completed by 2024, doubling the complex's output.").value == 100


def test_goods_and_services_produced_worth_a_sum_are_output():
    assert reading("SMEs produced goods and services worth 2.3 trillion tenge.").measure == "output_value"


def test_percentage_points_are_a_percent_difference_not_a_change():
    found = reading("The programme covers the rate by 13.5 percentage points.")
    assert (found.measure, found.value) == ("other", 13.5)


def test_a_headline_present_tense_dip_is_a_decrease():
    assert reading("Atyrau region's oil output dips 2.3% in 2022.").value == -2.3


@pytest.mark.parametrize(
    "headline",
    [
        "Shymkent to spend KZT 48 bln on new school buildings",
        "New mill in Kostanay to make 90,000 tonnes of flour a year",
        "Poultry farm for 400,000 hens being built in Akmola region",
    ],
)
def test_a_headline_infinitive_or_being_built_is_a_plan(headline):
    assert reading(headline).status == "planned"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("About 900 builders worked on the site during construction.", "jobs"),
        ("Some 350 people worked at the terminal last winter.", "jobs"),
        ("The plant rolled 12,400 tractors off its lines in January-June.", "production"),
        ("The factory will roll out 300 electric buses this year.", "production"),
    ],
)
def test_people_who_worked_are_jobs_and_vehicles_rolled_out_are_made(sentence, measure):
    assert reading(sentence).measure == measure


def test_a_rate_of_the_figure_before_does_not_reach_over_a_new_gerund_clause():
    found = readings("The works include a mill to grind 9,000 tonnes of ore per day and laying a 40-km power line.")
    assert [r.per for r in found] == ["day", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board approved a $410 million expansion that will lift copper production.",
        "The city has begun a KZT 64 billion upgrade of its heating network.",
    ],
)
def test_a_sum_written_before_works_is_what_they_are_worth(sentence):
    assert reading(sentence).measure == "project_value"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pavlodar smelter to lift alumina capacity by 25%",
        "Capital spending this year is budgeted at KZT 38 bln.",
        "The programme provides for three new kilns and 240 new jobs.",
    ],
)
def test_a_headline_infinitive_of_change_a_budgeted_sum_and_what_a_programme_provides_for_are_plans(sentence):
    assert readings(sentence)[0].status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional budget has earmarked KZT 6.1 bn for rural clinics.",
        "Of that sum, 2.2 billion tenge is earmarked for new school buses.",
    ],
)
def test_money_earmarked_is_a_plan(sentence):
    assert reading(sentence).status == "planned"


@pytest.mark.parametrize(
    "sentence",
    ["The plant will make 46 generic medicines.", "The city connected three new residential districts to utilities."],
)
def test_kinds_of_goods_and_districts_are_counted_not_made(sentence):
    assert reading(sentence).measure == "count"


def test_a_decimal_point_between_a_rate_word_and_its_figure_ends_no_clause():
    found = readings("The average monthly wage rose 26.4% to 301,500 tenge.")
    assert found[1].per == "month"


@pytest.mark.parametrize(
    ("sentence", "value", "item"),
    [
        ("The new mill will cut flour imports by about $40 million a year.", -40e6, "decrease in flour imports"),
        ("The trade surplus narrowed to $8.1 billion, or by $3 billion.", -3e9, "decrease in trade surplus"),
    ],
)
def test_a_sum_a_thing_is_cut_or_narrowed_by_is_a_signed_change(sentence, value, item):
    found = readings(sentence)[-1]
    assert (found.measure, found.value, found.item) == ("other", value, item)


@pytest.mark.parametrize(
    "sentence",
    [
        "Young families pay a monthly rent of no more than KZT 40,000.",
        "The fund paid unemployment benefits to 51,000 people, for a total of KZT 21.4 billion.",
    ],
)
def test_rent_and_benefits_are_other(sentence):
    assert readings(sentence)[-1].measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget collected KZT 98 bln in revenues, or 102.4% of the target for the period.",
        "Spending totalled KZT 90 bln, and the expenditure plan was fulfilled by 95.1%.",
    ],
)
def test_how_far_a_plan_was_fulfilled_is_other_not_a_share_or_a_change(sentence):
    assert readings(sentence)[-1].measure == "other"


@pytest.mark.parametrize(
    "sentence",
    ["Savings from tenders came to about KZT 2,1 bln.", "As of October 1, unspent funds stood at KZT 4,4 bln."],
)
def test_what_a_budget_saved_or_left_unspent_is_other(sentence):
    assert reading(sentence).measure == "other"


def test_a_level_of_localization_a_verb_moves_keeps_its_measure():
    found = readings("The new shop will lift the localization rate of its tractors from 35% to 48%.")
    assert [r.measure for r in found] == ["localization_rate", "localization_rate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company will lay a 54-km gas pipeline to the village next year.",
        "Builders finished a 3.1-kilometre overpass across the river.",
        "The new power line, about 95 km long, links the mine to the grid.",
    ],
)
def test_a_length_that_describes_a_thing_is_its_length(sentence):
    assert reading(sentence).item == "length"


def test_a_length_that_places_a_thing_is_its_distance_from_the_place_named():
    assert reading("The quarry lies 35 km west of Shu.").item == "distance from Shu"


def test_a_length_of_a_thing_laid_is_the_thing():
    assert reading("The city laid 22 km of water mains.").item == "water mains"


@pytest.mark.parametrize(
    "sentence",
    ["Nurses in the region earn an average salary of 310,000 tenge.", "The minimum wage stays at KZT 70,000."],
)
def test_a_wage_is_a_sum_a_month(sentence):
    assert reading(sentence).per == "month"


def test_a_sum_that_is_no_wage_has_no_per():
    assert reading("The company paid KZT 12 billion in taxes.").per is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mortgage lending in the region rose to KZT 310 billion.",
        "The average mortgage loan came to 16.2 million tenge.",
        "Analysts expect mortgage issuance to total 2.1 trillion tenge next year.",
        "The fund will channel 80 billion tenge into preferential lending.",
    ],
)
def test_mortgages_and_lending_are_other_not_investment(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence, item",
    [
        ("Reserves are put at 80 million tonnes of ore grading 1.2% nickel.", "nickel content"),
        ("The deposit holds ore with a gold content of 3.4%.", "gold content"),
    ],
)
def test_the_grade_of_an_ore_is_a_share_of_its_metal(sentence, item):
    found = readings(sentence)[-1]
    assert (found.measure, found.item) == ("share", item)


def test_a_content_cut_by_a_percent_is_still_a_change():
    assert reading("The filters will cut the dust content of the air by 35%.").measure == "growth_rate"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Korean partner will hold 40% in the joint venture.",
        "The project cost KZT 20 billion. Of this amount, 25% was borrowed from local banks.",
    ],
)
def test_a_part_of_equity_or_of_the_sum_named_before_is_a_share(sentence):
    assert readings(sentence)[-1].measure == "share"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill is financed with a KZT 12 bln loan from the Development Bank of Kazakhstan.",
        "Of the total, KZT 3.1 billion came as a loan from the Development Bank of Kazakhstan.",
        "The Development Bank of Kazakhstan has provided a loan of KZT 8 billion for the plant.",
    ],
)
def test_a_sum_a_named_lender_lends_is_a_loan_from_it(sentence):
    assert readings(sentence)[-1].item == "loan from the Development Bank of Kazakhstan"


def test_a_loan_with_no_lender_named_keeps_its_item():
    assert not (reading("The company took out a KZT 4 billion loan last year.").item or "").startswith("loan from")


def test_a_branch_of_industry_that_grew_is_the_item_of_its_own_clause():
    found = readings("Machine building expanded by 14.7%, while the pharmaceutical industry grew 22.3%.")
    assert [r.item for r in found] == ["machine building", "pharmaceutical industry"]


@pytest.mark.parametrize(
    "sentence, item",
    [
        ("SMEs’ share of the region’s GRP reached 41.2% last year.", "SMEs"),
        ("Almaty’s share of national output rose to 21%.", "national output"),
    ],
)
def test_the_possessor_of_a_share_is_its_part_unless_it_is_a_place(sentence, item):
    assert readings(sentence)[-1].item == item


def test_a_possessor_that_refers_back_is_not_the_part_of_a_share():
    assert readings("The city's share of the region's investment rose to 31%.")[-1].item != "city"


def test_an_item_keeps_its_accented_letters():
    assert reading("The mine poured 3.2 tons of gold doré.").item == "gold doré"


def test_a_share_of_a_named_whole_names_the_whole():
    found = readings("The orchard harvested 40,000 tonnes, or 28% of the national harvest.")
    assert found[1].item == "national harvest"


def test_a_share_of_the_total_names_no_whole():
    found = readings("Wool fetched $3 million, or 12% of the total.")
    assert found[1].item is None


def test_a_share_that_is_processed_names_the_whole_with_what_became_of_it():
    assert reading("Only 35% of the hides are processed locally.").item == "hides processed locally"


def test_a_share_that_went_to_sectors_names_the_sectors():
    assert reading("Some 55% of the credits went to dairy farming and poultry.").item == "dairy farming and poultry"


def test_a_share_of_a_whole_made_somewhere_keeps_the_place():
    assert reading("The mill grinds 17% of all flour milled in Kyrgyzstan.").item == "all flour milled in Kyrgyzstan"


def test_an_amount_consumed_names_the_consumption():
    assert reading("The smelter consumes about 2 billion kWh of electricity a year.").item == "electricity consumption"


def test_goods_shipped_abroad_are_exports_of_the_goods():
    assert reading("The mill shipped 40,000 tonnes of flour abroad.").item == "flour exports"


def test_the_form_an_amount_is_counted_in_belongs_to_the_item():
    assert reading("The mine produced 30,000 tonnes of zinc in concentrate.").item == "zinc in concentrate"


def test_a_stake_in_a_named_company_names_the_company():
    assert reading("Tau Invest holds a 35% stake in Ertis Cement.").item == "stake in Ertis Cement"


def test_a_product_per_capita_keeps_per_capita_in_its_item():
    assert reading("GRP per capita reached 4.1 million tenge.").item == "gross regional product per capita"


def test_growth_of_investment_in_a_sector_names_the_investment():
    found = readings("Investment in road building reached 90 billion tenge, up 14%.")
    assert found[1].item == "investment in road building"


def test_a_sum_invested_in_a_sector_names_the_investment():
    assert reading("Investment in road building reached 90 billion tenge.").item == "investment in road building"


def test_a_rate_named_with_its_noun_keeps_it_in_the_item():
    assert reading("The jobless rate held at 5.2%.").item == "jobless rate"


def test_a_rate_that_stands_at_a_level_is_a_share():
    assert readings("Unemployment stood at 4.9%, down from 5.1% a year earlier.")[0].measure == "share"


def test_a_plant_with_coordinated_processes_makes_the_product_named_before_them():
    sentence = "The firm opened a milk processing and bottling plant with a capacity of 90 tonnes a day."
    assert reading(sentence).item == "milk"


def test_a_count_names_the_nouns_coordinated_with_it():
    assert reading("The district has 38 hotels and guest houses.").item == "hotels and guest houses"


def test_a_verb_after_and_is_no_second_counted_noun():
    assert reading("Internet reached 17 cities and plans to cover more.").item == "cities"


def test_a_statistical_branch_named_with_and_is_one_indicator():
    assert reading("Transport and warehousing grew 6.1%.").item == "transport and warehousing"


def test_the_number_of_a_noun_with_coordinated_adjectives_names_the_whole_noun():
    sentence = "The number of active small and medium-sized firms reached 9,400."
    assert reading(sentence).item == "active small and medium-sized firms"


def test_a_cut_by_up_to_a_percent_is_a_fall():
    found = reading("The new kiln will cut gas use by up to 15%.")
    assert (found.measure, found.value) == ("growth_rate", -15)


def test_a_preposition_before_a_flow_noun_is_no_product():
    from pipeline.extract.attribution import product_named_before

    sentence = "Given the plans of mining companies, buyers expect 40 tonnes."
    assert product_named_before(sentence, 0, sentence.index("40")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurance payouts rose to 96.2 billion tenge.",
        "The minimum pension will increase to 58,000 tenge.",
        "The fine for speeding was raised to 30,000 tenge.",
        "The fund's special reserve amounts to 870 billion tenge.",
        "Investment income credited to savers came to 1.6 trillion tenge.",
        "Early withdrawals exceeded KZT4tln.",
    ],
)
def test_money_paid_out_set_aside_or_earned_on_savings_is_other(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Water losses in the networks stand at 31%.",
        "Gas coverage in the region has reached 82.5%.",
        "Loans in foreign currency account for 18%.",
        "The networks are on average 63% worn out.",
        "Of 2.1 million textbooks ordered, 1.7 million, or 81%, have been delivered.",
    ],
)
def test_a_percent_stated_as_a_level_with_no_change_word_is_a_share(sentence):
    assert readings(sentence)[-1].measure == "share"


def test_a_level_verb_beside_a_change_word_still_gives_a_growth_rate():
    assert reading("Retail sales growth reached 7.5%.").measure == "growth_rate"


def test_progress_so_far_is_actual_even_in_a_plant_being_built():
    assert reading("The tannery, which the holding is building near Semey, is 58% complete.").status == "actual"


def test_progress_still_to_come_is_planned():
    assert reading("The tannery will be about 90% ready by the end of the year.").status == "planned"


def test_a_percent_less_than_at_a_point_in_time_is_a_fall():
    _, change = readings("Arrears fell to KZT 9 billion, 12% less than at the start of the year.")
    assert (change.measure, change.value) == ("growth_rate", -12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenge traded at 470.5 tenge per dollar at the end of May.",
        "The national currency held at 12,650 sum to the dollar in March.",
    ],
)
def test_an_exchange_rate_is_other(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Owners now pay a parking fee of 15,000 tenge a month.",
        "Tuition at the academy is 2.4 million tenge a year.",
        "The average stipend was raised to 61,000 tenge.",
        "The average transfer grew to $290 in the quarter.",
        "A single ticket is priced at 1,500 tenge.",
    ],
)
def test_what_a_person_pays_or_is_paid_is_other(sentence):
    assert reading(sentence).measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The refinery sold 640,000 tonnes of bitumen last year.",
        "The new smelter will need 410 million kWh of power a year.",
        "The fund's silver holdings stood at 12.4 tonnes.",
        "Old dumps hold some 2.1 million tonnes of slag.",
        "Its haul trucks carry a payload of 220 tonnes.",
        "Border guards detained 3,200 tonnes of copper scrap.",
    ],
)
def test_goods_sold_needed_held_or_seized_are_other(sentence):
    assert reading(sentence).measure == "other"


def test_things_sold_after_a_word_of_making_are_counted_not_made():
    assert reading("Ulan, whose buses are assembled in Kostanay, sold 640 units.").measure == "count"


@pytest.mark.parametrize(
    "sentence",
    [
        "The average ride in Shymkent cost 1,200 tenge.",
        "Each inspector costs the agency about 6.3 million tenge a year.",
    ],
)
def test_what_one_of_many_things_costs_is_a_price(sentence):
    assert reading(sentence).measure == "other"


def test_a_combined_cost_after_each_is_a_projects_value():
    sentence = "Two smaller depots will store 5,000 tonnes each and cost a combined 14 billion tenge."
    assert readings(sentence)[-1].measure == "project_value"


@pytest.mark.parametrize(
    "sentence",
    [
        "The distributor ended the year with a net loss of KZT 2.3 billion.",
        "Farm cooperatives can borrow up to 40 million tenge to buy machinery.",
    ],
)
def test_losses_and_sums_one_may_borrow_are_no_investment(sentence):
    assert reading(sentence).measure == "other"


def test_money_that_visitors_spent_is_spending_not_investment():
    assert reading("Foreign tourists spent 48 billion tenge in Shymkent over the summer.").measure == "other"


def test_money_spent_on_average_is_spending_not_investment():
    assert reading("Each pilgrim spent an average of 210,000 tenge during the stay.").measure == "other"


def test_money_spent_on_fuel_or_upkeep_is_spending_not_investment():
    assert reading("The district spent KZT 3.9bn on fuel for school boiler houses.").measure == "other"


def test_money_spent_on_building_stays_investment():
    assert reading("The district spent KZT 3.9bn on the construction of a bridge.").measure == "investment"


def test_a_return_on_savings_is_a_rate_not_a_growth():
    assert reading("Qazyna Capital posted a return of 7.4% on the pension assets in January-June.").measure == "other"


def test_a_plant_loaded_at_a_percent_runs_at_that_level_not_a_growth():
    assert reading("The brick plants are loaded at 64% on average.").measure == "other"


def test_what_banks_charged_is_a_rate_not_a_growth():
    assert reading("Commercial banks charged 17.5% a year on such loans.").measure == "other"


def test_a_price_landlords_ask_is_a_price_not_an_investment():
    assert reading("In the city centre, landlords ask up to KZT18,000.").measure == "other"


def test_a_fine_is_no_investment():
    assert reading("Police fined the drivers a total of 1.1 billion tenge.").measure == "other"


def test_a_capital_requirement_is_no_investment():
    assert (
        reading("The regulator raised the minimum capital requirement for banks to 10 million som.").measure == "other"
    )


def test_money_spent_on_pipes_for_a_running_good_stays_investment():
    assert reading("The utility spent KZT 8.2bn on gas pipelines in the suburbs.").measure == "investment"


def test_a_sum_no_word_names_in_a_sentence_of_financing_is_an_investment():
    assert reading("The shareholders will contribute the remaining $40 million.").measure == "investment"


def test_a_sum_no_word_names_in_a_sentence_without_financing_is_other():
    assert reading("The prize pool stood at 180,000 tenge.").measure == "other"


def test_a_percent_something_cuts_a_use_by_is_a_fall():
    assert reading("Drip irrigation cuts water use by 45%.").value == -45


def test_an_index_of_a_named_production_in_a_region_is_a_level_however_long_its_name():
    text = "The index of metallurgical production in East Kazakhstan region stood at 96.1% in January-September."
    assert reading(text).value == pytest.approx(-3.9)


def test_tonnes_carriers_moved_are_carried_not_produced():
    assert reading("River carriers moved 1.3 million tons of cargo.").measure == "other"


def test_a_bare_noun_phrase_a_sum_is_invested_in_is_its_item():
    assert reading("The miner plans to invest $95 million in exploration over three years.").item == "exploration"


def test_a_facility_a_sum_is_invested_in_leaves_the_item_to_the_measure():
    assert reading("The miner plans to invest $95 million in a new concentrator.").item is None


def test_waste_a_place_generates_is_no_production():
    assert reading("The city generates about 510,000 tons of household waste a year.").measure == "other"


def test_waste_said_to_be_generated_after_the_amount_is_no_production():
    assert reading("Some 95,000 tonnes of industrial waste are generated in the district annually.").measure == "other"


def test_what_a_plant_emitted_is_no_production():
    assert reading("The smelter emitted 2.4 million tonnes last year.").measure == "other"


def test_counted_goods_exported_are_trade():
    assert reading("Last year the plant exported 412 combine harvesters to Russia.").measure == "trade"


def test_things_counted_in_another_clause_after_an_export_word_stay_a_count():
    found = readings("The ministry plans to raise honey exports to 2,000 tons and to open five new laboratories.")
    assert found[-1].measure == "count"


def test_vacancies_are_a_count_not_jobs():
    assert reading("The employment centre's database lists 6,480 vacancies.").measure == "count"


def test_a_figure_of_last_years_when_clause_is_actual_in_a_plans_sentence():
    found = readings("The funds will go to 640 km of roads, more than last year, when 457 km were repaired.")
    assert found[-1].status == "actual"


def test_a_volume_contracted_for_supply_is_no_production():
    assert reading("The farm has signed a contract to supply 90 tons of wool to a washing plant.").measure == "other"


def test_the_residents_a_place_has_are_its_population():
    assert reading("The utility supplies water to the city's 185,000 residents.").measure == "population"


def test_the_residents_a_zone_has_are_a_count():
    assert reading("The special economic zone in the region now has 48 residents.").measure == "count"


def test_projects_in_the_pipeline_with_no_verb_are_planned():
    found = readings("The region has 14 more projects worth 61 billion tenge in the pipeline.")
    assert [r.status for r in found] == ["planned", "planned"]


def test_a_budget_approved_at_a_sum_is_a_plan():
    assert reading("The regional budget has been approved at KZT412.7bn.").status == "planned"


def test_a_budget_that_received_a_sum_is_actual():
    assert reading("The local budget of the region received 312.6 bln tenge in revenues.").status == "actual"


def test_a_share_item_starts_after_a_colon():
    found = reading("Repayment discipline remains high, the akim noted: overdue debt accounts for only 1.7% of loans.")
    assert found.item == "overdue debt"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Turkish partner holds a 40% stake in the venture and will transfer the technology.",
        "The company employs 340 people and will hire more next year.",
    ],
)
def test_a_plan_of_the_next_predicate_leaves_the_figure_actual(sentence):
    assert reading(sentence).status == "actual"


def test_what_a_project_is_worth_stays_planned_beside_a_future_predicate():
    found = readings("The project is valued at 96 billion tenge and will create 420 jobs.")
    assert [r.status for r in found] == ["planned", "planned"]


def test_goods_an_export_to_two_countries_amounted_to_are_trade():
    found = readings("This year its exports to Uzbekistan and Russia amounted to 340 wagons worth $28 mln.")
    assert found[0].measure == "trade"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Next year we plan to ship 140,000 radiators to our Russian distributors.", "trade"),
        ("Next year we plan to ship 25,000 bicycles to five countries.", "trade"),
        ("Next year we plan to ship 140,000 radiators to our Kazakh distributors.", "count"),
    ],
)
def test_goods_shipped_to_foreign_buyers_are_trade(sentence, measure):
    assert readings(sentence)[0].measure == measure


def test_things_a_plant_can_turn_out_are_its_capacity_when_counted_too():
    found = readings("At full capacity, the plant can turn out 450 million tablets and 18 million vials a year.")
    assert found[0].measure == "production_capacity"


def test_goods_end_where_a_verb_with_a_sum_starts_the_next_predicate():
    found = readings("The plant smelted 611,000 tonnes of steel and spent $44.7 million on a new furnace.")
    assert found[0].item == "steel"


def test_a_clause_of_cause_after_a_sum_gives_it_no_measure():
    found = readings("EBITDA fell 18% to $31.2 million as the cost of scrap went up.")
    assert [(r.measure, r.item) for r in found] == [("growth_rate", "EBITDA"), ("other", "EBITDA")]


def test_a_percent_that_is_the_subject_of_its_clause_is_a_share():
    assert reading("Of the wool the mill buys, 55% is merino from Kyrgyzstan.").measure == "share"
    assert reading("Of its buses, about 40% have passed their service life.").measure == "share"


def test_a_percent_of_whom_is_a_share_of_the_people_named_before():
    found = readings("The village has 4,000 residents, of whom only 18% work in farming.")[-1]
    assert found.measure == "share"


def test_a_percent_after_a_verb_of_change_stays_a_growth_rate():
    assert reading("Freight traffic increased 6% and is still growing.").measure == "growth_rate"


def test_a_hyphenated_industry_in_ing_narrows_an_indicator():
    assert reading("In May, wood-processing output in the region rose 6.5%.").item == "wood-processing output"


def test_a_common_abbreviation_narrows_an_indicator_as_an_adjective_does():
    assert reading("The technopark says IT exports grew 14% last year.").item == "IT exports"


def test_an_abbreviation_that_names_a_company_does_not_narrow_its_indicator():
    assert reading("Officials said ZMK output grew 14% last year.").item == "output"


def test_two_modifiers_joined_by_and_narrow_an_indicator_together():
    assert reading("Last year fruit and berry exports rose 12%.").item == "fruit and berry exports"


def test_a_unit_after_a_figure_is_no_modifier_joined_by_and():
    found = readings("The mill made 9,000 tonnes and copper exports grew 5%.")[-1]
    assert found.item == "copper exports"


def test_a_verb_of_speech_before_an_indicator_does_not_narrow_it():
    assert reading("The ministry says exports grew 14% last year.").item == "exports"


def test_money_from_a_budget_into_a_works_is_invested_in_it():
    sentence = "The region will direct 3.1 billion tenge from the local budget into the new water treatment plant."
    assert reading(sentence).measure == "investment"


def test_money_a_budget_spends_on_running_costs_stays_other():
    assert reading("The city will spend 3.1 billion tenge from the local budget on salaries.").measure == "other"


def test_a_percent_a_plan_was_fulfilled_by_is_how_far_it_was_met_not_a_change():
    found = reading("The mill met its annual production plan by 103.2% in the first half.")
    assert (found.measure, found.value, found.status) == ("other", 103.2, "actual")


def test_a_figure_beside_a_fulfilled_plan_is_what_happened():
    sentence = (
        "The factory made 9,000 tonnes of pasta, fulfilling its plan by 101%, and its sales reached KZT 4 billion."
    )
    assert [found.status for found in readings(sentence)] == ["actual", "actual", "actual"]


def test_what_a_works_was_built_for_is_its_cost_even_before_what_it_can_produce():
    sentence = "The smelter, built by a Chinese contractor for $400 million, can produce 90,000 tonnes of zinc a year."
    assert readings(sentence)[0].measure == "project_value"


def test_microloans_a_fund_issued_are_its_lending_not_a_project_value():
    assert readings("The fund issued 4,100 microloans worth 20.5 billion tenge.")[-1].measure == "other"


def test_microloans_borrowers_received_are_money_they_received():
    assert reading("Farmers in the district received microloans totalling KZT 3.1 billion.").measure == "investment"


def test_microloans_said_to_have_been_issued_for_a_total_are_lending():
    found = readings("Since 2020, 1,904 microloans have been issued for a total of 7.2 billion tenge.")[-1]
    assert found.measure == "other"


def test_what_a_programme_lent_to_many_borrowers_is_no_investment():
    assert reading("A state programme lent 1.4 billion soms to young farmers last year.").measure == "other"


def test_what_a_bank_lent_of_a_projects_cost_stays_investment():
    assert reading("Of that sum, the Development Bank lent 45 billion tenge.").measure == "investment"


def test_the_most_one_loan_may_be_is_no_investment():
    assert reading("Microloans of up to 6 million tenge are offered to start-ups.").measure == "other"


def test_an_average_after_a_possessive_is_no_investment():
    assert reading("The average size of this year’s microloans is 4.8 million tenge.").measure == "other"


def test_a_count_of_them_is_a_part_of_the_things_counted_before_and_where_they_are():
    found = readings("The bank has 410 branches, 160 of them in rural areas.")[-1]
    assert found.item == "branches in rural areas"


def test_a_figure_with_a_participle_of_plan_after_its_noun_is_planned():
    found = readings("The city runs 96 bus routes, with 12 more routes planned for next year.")[-1]
    assert found.status == "planned"


def test_a_figure_out_of_a_planned_total_is_what_was_done():
    found = readings("The utility has replaced 31 km of pipes out of 40 km planned for the year.")[0]
    assert found.status == "actual"


def test_a_percent_of_a_substance_a_material_contains_is_a_share():
    found = reading("The brine contains about 0.3% lithium.")
    assert (found.measure, found.item) == ("share", "lithium content")


def test_goods_and_their_worth_said_to_have_been_exported_are_trade():
    found = readings("Since June, 52,000 tons of apples worth $18 million have been exported.")
    assert [r.measure for r in found] == ["trade", "trade"]


def test_money_a_company_is_investing_is_still_going_in_so_planned():
    assert reading("The company is investing 4.1 billion tenge in a new paint shop.").status == "planned"


# Guards from a review of the thirty-first session's rules: each sentence was read wrongly by a first version.


def test_a_hyphenated_industry_in_building_is_no_verb_of_building():
    assert reading("Machine-building enterprises produced goods for 300 billion tenge in 2023.").measure == (
        "output_value"
    )


def test_a_budget_that_contains_a_change_states_no_content():
    assert reading("The programme contains 15% growth in spending on roads.").measure == "growth_rate"


def test_more_than_planned_is_what_happened():
    found = readings("The region attracted investment of 1.2 trillion tenge, 20% more than planned for the year.")
    assert [r.status for r in found] == ["actual", "actual"]


def test_the_plan_of_a_figure_met_is_the_plans_figure():
    assert reading("The region exceeded its annual plan of 1.2 million square meters of housing.").status == "planned"


def test_loans_of_up_to_a_sum_a_company_will_receive_are_its_investment():
    sentence = "Temir Logistics will receive loans of up to $500 million from the Asian Development Bank."
    assert reading(sentence).measure == "investment"


def test_tax_credits_are_no_investment():
    assert reading("Farmers received tax credits of 12 billion tenge in 2023.").measure == "other"


def test_money_goes_into_a_works_only_within_its_own_clause():
    sentence = (
        "The average salary at the plant is 350,000 tenge, and the company plans to expand it into a larger plant."
    )
    assert reading(sentence).measure == "other"


def test_goods_of_which_half_were_exported_are_not_all_exported():
    assert reading("The farm harvested 50,000 tons of wheat of which half was exported.").measure == "production"


def test_a_plural_object_of_a_clause_before_and_is_no_modifier_of_the_next_indicator():
    assert reading("The company modernised its mills and flour exports rose 15% in 2023.").item == "flour exports"


def test_a_percent_planned_for_next_year_is_no_share():
    assert readings("Electricity tariffs were raised; 15% is planned for next year.")[-1].measure == "growth_rate"


def test_goods_a_sector_turned_out_are_what_it_made():
    assert reading("Dairies in the region turned out products worth 9.2 bln tenge in 2023.").measure == "output_value"


def test_a_line_a_company_is_completing_is_still_a_plan():
    assert reading("We are completing a kiln with a capacity of 3,000 tonnes a day.").status == "planned"


def test_a_terminal_a_company_has_begun_building_is_still_a_plan():
    sentence = "The operator has begun building a new terminal with a capacity of 900 passengers per hour."
    assert reading(sentence).status == "planned"


def test_a_deal_that_turned_out_to_be_worth_a_sum_made_nothing():
    assert reading("The contract turned out to be worth $50 million.").measure != "output_value"


def test_tickets_costing_between_two_sums_are_a_price():
    assert reading("Tickets cost between 2,000 and 5,000 tenge.").measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariffs keep going up: electricity for households rose 14% in January.",
        "Orken Steel began construction in 2019 and has since produced 1.1 million tonnes of steel.",
        "Tengri Logistics, which is completing its IPO, earned 12 billion tenge last year.",
        "Farmers are finishing the harvest and have already threshed 22 million tonnes of grain.",
    ],
)
def test_works_words_about_other_things_leave_a_result_actual(sentence):
    assert reading(sentence).status == "actual"


def test_what_a_business_earned_is_its_output_value():
    assert reading("The guest house earned 290 million tenge in 2023.").measure == "output_value"


@pytest.mark.parametrize(
    "sentence",
    ["Loans are issued at 6% per annum.", "Farmers can borrow up to KZT50mln for five years at 4%."],
)
def test_the_rate_loans_cost_is_an_interest_rate(sentence):
    found = [r for r in readings(sentence) if r.measure == "other" and r.item == "interest rate"]
    assert len(found) == 1


def test_a_rate_a_bank_lowers_to_a_level_is_the_item():
    assert reading("The National Bank lowered its base rate to 14.5%.").item == "base rate"


def test_what_a_business_earned_is_its_revenue():
    assert reading("The guest house earned 290 million tenge in 2023.").item == "revenue"


def test_fines_totalling_a_sum_are_its_item():
    assert reading("The agency imposed fines totalling 96 million tenge.").item == "fines"


def test_remittances_a_sum_is_received_in_are_its_item():
    assert reading("Tajikistan received $5.3 billion in remittances.").item == "remittances"


def test_what_a_sum_is_spent_on_is_its_item():
    assert reading("The region plans to spend 40 billion tenge on rural roads next year.").item == "rural roads"


@pytest.mark.parametrize("manner", ["on concessional terms", "on average", "in tranches", "in full"])
def test_the_manner_a_sum_is_spent_in_is_no_item(manner):
    assert reading(f"The government allocated 150 billion tenge {manner} to farmers.").item is None


@pytest.mark.parametrize("rate", ["policy rate", "key rate", "discount rate"])
def test_a_rate_a_central_bank_sets_is_a_level_not_a_change(rate):
    found = reading(f"The central bank left its {rate} unchanged at 11%.")
    assert (found.measure, found.item) == ("other", rate)


def test_a_headline_sets_a_rate_without_a_determiner():
    assert reading("Central bank keeps policy rate at 11% as prices ease").item == "policy rate"


@pytest.mark.parametrize(("verb", "value"), [("firmed", 1.4), ("strengthened", 1.4), ("weakened", -1.4)])
def test_a_currency_moving_against_another_is_a_signed_change(verb, value):
    found = reading(f"The manat {verb} 1.4% against the euro in March.")
    assert (found.measure, found.value) == ("growth_rate", value)


@pytest.mark.parametrize("verb", ["strengthened", "weakened"])
def test_a_share_that_strengthened_to_a_level_is_still_a_share(verb):
    assert reading(f"The share of the tenge in settlements {verb} to 40%.").measure == "share"


def test_a_sum_received_in_a_kind_of_levy_is_that_levy():
    assert reading("The state budget received MNT 1.4 trillion in coal royalties.").measure == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year the factory shipped furniture worth 212 million soms to Kazakhstan.",
        "The plant supplied cement worth 4 billion soms to builders in Osh.",
    ],
)
def test_what_goods_sent_were_worth_is_trade(sentence):
    found = [r for r in readings(sentence) if r.measure in ("trade", "project_value", "other", "output_value")]
    assert found[-1].measure == "trade"


@pytest.mark.parametrize(
    "sentence",
    ["The region will carry out five projects worth 40 billion tenge.", "Diesel sells for 250 tenge a litre."],
)
def test_projects_carried_out_and_unit_prices_are_no_trade(sentence):
    assert readings(sentence)[-1].measure != "trade"


@pytest.mark.parametrize(
    "sentence",
    [
        "The concentrate has a purity of at least 94%.",
        "The bank sold seven-year notes with a 6.2% coupon.",
        "Refining depth reached 88.1% over the period.",
        "Pensioners get a 50% discount.",
    ],
)
def test_a_percent_that_is_a_propertys_level_is_no_change(sentence):
    assert reading(sentence).measure == "other"
