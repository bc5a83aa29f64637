-- Analyst views of newsfacts.duckdb, created by pipeline/publish.py after the tables.
-- @CURRENCIES@ is replaced by the quoted ISO codes of schemas.vocab.CURRENCIES.
-- View columns named like a table column get that column's comment from the pandera
-- models (publish.py); the columns computed here are commented here.

-- ------------------------------------------------------------------ facts_usd

CREATE VIEW facts_usd AS
WITH money AS (
    SELECT f.*, a.published_date
    FROM facts AS f
    LEFT JOIN articles AS a USING (article_id)
    WHERE f.unit IN (@CURRENCIES@)
),
-- US dollars per one unit of a currency, from each stated conversion in either direction.
stated_rates AS (
    SELECT article_id, published_date, unit AS currency, equivalent_value / value AS usd_per_unit
    FROM money
    WHERE equivalent_unit = 'USD' AND unit <> 'USD' AND value <> 0 AND equivalent_value <> 0
    UNION ALL
    SELECT article_id, published_date, equivalent_unit AS currency, value / equivalent_value AS usd_per_unit
    FROM money
    WHERE unit = 'USD' AND equivalent_unit IN (@CURRENCIES@) AND equivalent_unit <> 'USD'
      AND value <> 0 AND equivalent_value <> 0
),
article_rates AS (
    SELECT article_id, currency, median(usd_per_unit) AS usd_per_unit
    FROM stated_rates
    GROUP BY article_id, currency
),
month_rates AS (
    SELECT date_trunc('month', published_date) AS month, currency, median(usd_per_unit) AS usd_per_unit
    FROM stated_rates
    WHERE published_date IS NOT NULL
    GROUP BY month, currency
),
resolved AS (
    SELECT
        m.*,
        CASE
            WHEN m.unit = 'USD' THEN 'unit'
            WHEN m.equivalent_unit = 'USD' THEN 'stated'
            WHEN ar.usd_per_unit IS NOT NULL THEN 'article_rate'
            WHEN mr.usd_per_unit IS NOT NULL THEN 'month_rate'
        END AS usd_source,
        CASE
            WHEN m.unit = 'USD' THEN 1.0
            WHEN m.equivalent_unit = 'USD' THEN m.equivalent_value / nullif(m.value, 0)
            ELSE coalesce(ar.usd_per_unit, mr.usd_per_unit)
        END AS usd_rate
    FROM money AS m
    LEFT JOIN article_rates AS ar ON ar.article_id = m.article_id AND ar.currency = m.unit
    LEFT JOIN month_rates AS mr
        ON mr.month = date_trunc('month', m.published_date) AND mr.currency = m.unit
)
SELECT
    * EXCLUDE (usd_source, usd_rate),
    usd_rate,
    CASE
        WHEN usd_source = 'unit' THEN value
        WHEN usd_source = 'stated' THEN equivalent_value
        ELSE value * usd_rate
    END AS value_usd,
    value_high * usd_rate AS value_high_usd,
    usd_source
FROM resolved
ORDER BY article_id, char_start, fact_id;

COMMENT ON VIEW facts_usd IS 'Every money fact (unit is a currency code) with its amount in US dollars. usd_source says where the dollars come from: unit = the fact is in USD; stated = the article''s own conversion of this fact (equivalent_unit USD); article_rate = the median rate of the other stated USD conversions of the same currency in the same article; month_rate = the median rate of the stated conversions of that currency in all articles published in the same calendar month; NULL = no rate known.';
COMMENT ON COLUMN facts_usd.usd_rate IS 'US dollars per one unit of the fact''s currency, as used for value_usd.';
COMMENT ON COLUMN facts_usd.value_usd IS 'The amount in US dollars (the stated conversion itself when usd_source is stated).';
COMMENT ON COLUMN facts_usd.value_high_usd IS 'High end of a range in US dollars.';
COMMENT ON COLUMN facts_usd.usd_source IS 'Where the conversion comes from: unit, stated, article_rate, month_rate, or NULL when unknown.';

-- ------------------------------------------------------------------ enterprise_profiles

CREATE VIEW enterprise_profiles AS
WITH enterprises AS (
    -- Enterprises the entities table names, and enterprises that only facts name as their subject.
    SELECT article_id, name, aliases, founded_year, sector, TRUE AS listed_in_entities
    FROM entities
    WHERE type = 'enterprise'
    UNION ALL
    SELECT DISTINCT f.article_id, f.subject, []::VARCHAR[], NULL::BIGINT, NULL::VARCHAR, FALSE
    FROM facts AS f
    WHERE f.subject_type = 'enterprise'
      AND NOT EXISTS (
          SELECT 1 FROM entities AS e
          WHERE e.article_id = f.article_id AND e.type = 'enterprise'
            AND (e.name = f.subject OR list_contains(e.aliases, f.subject))
      )
),
enterprise_facts AS (
    SELECT
        f.*,
        u.value_usd,
        -- One fact as a line of text: the quote as written, then what it is about.
        f.quote
            || coalesce(' (' || f.item || ')', '')
            || coalesce(' per ' || f.per, '')
            || CASE WHEN f.status = 'planned' THEN ', planned' ELSE '' END AS fact_text,
        CASE f.unit WHEN 'm2' THEN f.value WHEN 'ha' THEN f.value * 1e4 WHEN 'km2' THEN f.value * 1e6 END AS area_m2
    FROM facts AS f
    LEFT JOIN facts_usd AS u USING (fact_id)
    WHERE f.subject_type = 'enterprise'
)
SELECT
    e.article_id,
    e.name,
    any_value(e.aliases) AS aliases,
    any_value(e.founded_year) AS founded_year,
    any_value(e.sector) AS sector,
    bool_or(e.listed_in_entities) AS listed_in_entities,
    max(f.area_m2) FILTER (WHERE f.measure = 'area') AS area_m2,
    coalesce(list(f.fact_text ORDER BY f.char_start) FILTER (WHERE f.measure = 'production_capacity'), []) AS capacities,
    coalesce(list(f.fact_text ORDER BY f.char_start) FILTER (WHERE f.measure = 'production'), []) AS production,
    max(f.value_usd) FILTER (WHERE f.measure = 'output_value') AS output_value_usd,
    coalesce(list(f.fact_text ORDER BY f.char_start) FILTER (WHERE f.measure = 'output_value'), []) AS output_values,
    max(f.value_usd) FILTER (WHERE f.measure IN ('investment', 'project_value')) AS investment_usd,
    coalesce(
        list(f.fact_text ORDER BY f.char_start) FILTER (WHERE f.measure IN ('investment', 'project_value')), []
    ) AS investments,
    max(f.value) FILTER (WHERE f.measure = 'jobs') AS jobs,
    count(f.fact_id) AS n_facts
FROM enterprises AS e
LEFT JOIN enterprise_facts AS f
    ON f.article_id = e.article_id AND (f.subject = e.name OR list_contains(e.aliases, f.subject))
GROUP BY e.article_id, e.name
ORDER BY e.article_id, e.name;

COMMENT ON VIEW enterprise_profiles IS 'One row per enterprise per article: the enterprises of the entities table (type enterprise) and any other subject of an enterprise fact. Scalar columns hold the largest stated amount (area in m2; output, investment in US dollars via facts_usd; jobs); list columns hold every fact of that kind as text (quote as written, item, per, planned), in order of appearance. Facts are matched to an enterprise by its name or one of its aliases within the same article.';
COMMENT ON COLUMN enterprise_profiles.listed_in_entities IS 'True when the entities table lists the enterprise; false when only facts name it.';
COMMENT ON COLUMN enterprise_profiles.area_m2 IS 'Largest stated area of the enterprise, in square metres (ha and km2 converted).';
COMMENT ON COLUMN enterprise_profiles.capacities IS 'Production capacity facts as text, in order of appearance.';
COMMENT ON COLUMN enterprise_profiles.production IS 'Production facts (physical amounts produced) as text, in order of appearance.';
COMMENT ON COLUMN enterprise_profiles.output_value_usd IS 'Largest stated output value, in US dollars (NULL without a known rate).';
COMMENT ON COLUMN enterprise_profiles.output_values IS 'Output value facts as text, in order of appearance.';
COMMENT ON COLUMN enterprise_profiles.investment_usd IS 'Largest stated investment or project value, in US dollars (NULL without a known rate).';
COMMENT ON COLUMN enterprise_profiles.investments IS 'Investment and project value facts as text, in order of appearance.';
COMMENT ON COLUMN enterprise_profiles.jobs IS 'Largest stated number of jobs.';
COMMENT ON COLUMN enterprise_profiles.n_facts IS 'Number of facts about the enterprise in the article.';

-- ------------------------------------------------------------------ fact_evidence

CREATE VIEW fact_evidence AS
SELECT
    f.fact_id,
    f.article_id,
    f.quote,
    f.subject,
    f.measure,
    f.item,
    f.value,
    f.unit,
    f.status,
    f.char_start,
    f.char_end,
    f.sentence_start,
    f.sentence_end,
    -- Offsets count characters from 0; DuckDB's substr counts them from 1.
    substr(t.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence,
    substr(t.text, f.char_start + 1, f.char_end - f.char_start) = f.quote AS quote_found
FROM facts AS f
LEFT JOIN article_texts AS t USING (article_id)
ORDER BY f.article_id, f.char_start, f.fact_id;

COMMENT ON VIEW fact_evidence IS 'Each fact beside the sentence of its article that states it (from article_texts, NULL when the text was not loaded).';
COMMENT ON COLUMN fact_evidence.sentence IS 'The sentence holding the quote: text[sentence_start:sentence_end].';
COMMENT ON COLUMN fact_evidence.quote_found IS 'True when text[char_start:char_end] equals the quote (NULL without the text).';
