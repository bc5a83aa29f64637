"""Asset checks of the newsfacts tables, and the pure functions behind them.

Blocking checks (a failure stops `newsfacts_dataset` from publishing in the same run):
- `engine_mostly_succeeds` on `extractions`: a broken engine release (most articles
  raising) must not publish an empty dataset over a good one;
- `pandera_schema` on every table: the table's pandera model, validated lazily;
- `quotes_at_offsets` on `facts`: every quote stands at its offsets in its article.

Warning checks (reported, never blocking):
- `accuracy_vs_answer_keys` on `facts`: scores against `*.gold.json` keys in SEEDS_DIR;
- `conversion_rates_agree` on `facts`: stated currency conversions imply consistent rates.

Every failing check carries the offending rows as metadata (a count and a markdown
table of the first `MAX_SHOWN_ROWS`). The functions above the Dagster definitions
are plain pandas, so they can be unit-tested without running Dagster.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import pandera.errors
import pandera.pandas as pa
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetIn,
    MetadataValue,
    asset_check,
)

from pipeline.evaluate import evaluate, format_report, load_answer_keys
from pipeline.resources import NewsfactsStorage
from schemas.tables import TABLE_SCHEMAS, FactSchema, GroundedFactSchema

MAX_SHOWN_ROWS = 20
_MAX_CELL_CHARS = 80

# Columns that name a row of each table in failure reports.
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "file_name"),
    "facts": ("fact_id", "article_id", "quote"),
    "entities": ("article_id", "name"),
    "people": ("article_id", "name"),
    "rejected_articles": ("file_name",),
}

# Two stated conversions of the same currency pair may differ by this much before
# one is reported. Rounding alone accounts for a few percent: "$2.5 billion" (two
# significant digits) is exact to +-2%, "1.3 trillion tenge" to +-3.8%, so a pair of
# roundings can differ by ~6%. Within a calendar month the KZT/USD rate moved less
# than ~5% in 2021-2024, and reporters quote the official rate of different days.
# 15% leaves room for both, and still catches the errors that matter: a wrong scale
# (thousand-fold), a conversion paired with the wrong amount, or swapped currencies.
CONVERSION_TOLERANCE = 0.15

# Share of articles the engine may fail on before publishing stops. Single odd
# articles crash now and then and are listed in rejected_articles; most of them
# crashing means the engine itself is broken.
MAX_ENGINE_FAILURE_SHARE = 0.5

# Minimum scores for the accuracy check to pass. The peers measured on the first
# seed (GUIDE.md) reach 0.79-0.84 on value+unit alone; ours should at least match.
ACCURACY_FLOORS: dict[str, float] = {"quantity_f1": 0.80, "strict_f1": 0.50}


# ------------------------------------------------------------------ rendering


def markdown_table(frame: pd.DataFrame, max_rows: int = MAX_SHOWN_ROWS) -> str:
    """A GitHub-style markdown table of the first `max_rows` rows; long cells are cut, pipes escaped."""
    if frame.empty:
        return "_(no rows)_"
    shown = frame.head(max_rows)
    header = "| " + " | ".join(_cell(c) for c in shown.columns) + " |"
    rule = "|" + "---|" * len(shown.columns)
    body = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in shown.itertuples(index=False)]
    more = [f"\n_… and {len(frame) - max_rows} more rows_"] if len(frame) > max_rows else []
    return "\n".join([header, rule, *body, *more])


def _cell(value: object) -> str:
    """One markdown cell: missing values blank, newlines and pipes made harmless, long text cut."""
    if value is None or (not isinstance(value, list | tuple) and _is_na(value)):
        return ""
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= _MAX_CELL_CHARS else text[: _MAX_CELL_CHARS - 1] + "…"


def _is_na(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# ------------------------------------------------------------------ schema validation


@dataclass(frozen=True)
class ValidationReport:
    """Outcome of validating a frame: failures summarised one per (check, row), and the offending rows."""

    failures: pd.DataFrame  # columns: check, column, index, failure_case
    offending_rows: pd.DataFrame

    @property
    def passed(self) -> bool:
        """True when nothing failed."""
        return self.failures.empty

    def metadata(self) -> dict[str, MetadataValue]:
        """Check metadata: the failure count and markdown tables of failures and offending rows."""
        return {
            "failure_count": MetadataValue.int(len(self.failures)),
            "offending_row_count": MetadataValue.int(len(self.offending_rows)),
            "failures": MetadataValue.md(markdown_table(self.failures)),
            "offending_rows": MetadataValue.md(markdown_table(self.offending_rows)),
        }


def validate_frame(
    frame: pd.DataFrame, model: type[pa.DataFrameModel], id_columns: Sequence[str] = ()
) -> ValidationReport:
    """Validate `frame` against `model` lazily; collect every failure instead of stopping at the first."""
    try:
        model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        failures = summarise_failure_cases(errors.failure_cases)
        return ValidationReport(failures, offending_rows(frame, failures, id_columns))
    return ValidationReport(_empty_failures(), frame.iloc[0:0])


def summarise_failure_cases(failure_cases: pd.DataFrame) -> pd.DataFrame:
    """pandera's failure cases, one row per (check, row).

    A failed DataFrame-level check is listed by pandera once per column of the row;
    here it is one row with the column left blank.
    """
    cases = failure_cases.copy()
    row_level = (cases["schema_context"].astype(str) == "DataFrameSchema") & cases["index"].notna()
    cases.loc[row_level, "column"] = ""
    cases.loc[row_level, "failure_case"] = None
    cases = cases.drop_duplicates(subset=["check", "column", "index"])
    cases["index"] = cases["index"].astype("Int64")
    summary = cases[["check", "column", "index", "failure_case"]]
    return summary.sort_values(["index", "check", "column"], na_position="first").reset_index(drop=True)


def offending_rows(frame: pd.DataFrame, failures: pd.DataFrame, id_columns: Sequence[str] = ()) -> pd.DataFrame:
    """The rows named by `failures`, showing their id columns and the columns that failed."""
    positions = sorted({int(i) for i in failures["index"].dropna() if int(i) in frame.index})
    failed_columns = [c for c in dict.fromkeys(failures["column"]) if c and c in frame.columns]
    columns = list(dict.fromkeys([*(c for c in id_columns if c in frame.columns), *failed_columns]))
    rows = frame.loc[positions, columns or list(frame.columns)]
    return rows.reset_index(names="row")


def _empty_failures() -> pd.DataFrame:
    return pd.DataFrame({"check": [], "column": [], "index": pd.Series([], dtype="Int64"), "failure_case": []})


# ------------------------------------------------------------------ provenance


def grounded_facts(facts: pd.DataFrame, article_texts: pd.DataFrame) -> pd.DataFrame:
    """`facts` with each row's article text in `article_text` (missing when the article is unknown)."""
    texts = article_texts.set_index("article_id")["text"]
    grounded = facts.copy()
    grounded["article_text"] = facts["article_id"].map(texts).astype("str")  # missing stays missing
    return grounded


def provenance_report(facts: pd.DataFrame, article_texts: pd.DataFrame) -> ValidationReport:
    """Validate facts against `GroundedFactSchema`; offending rows show what stands at their offsets.

    Only failures of what GroundedFactSchema adds to FactSchema (the text and the
    quote at its offsets) are reported: the rest is the schema check's to report.
    When every quote plainly stands at its offsets (the usual case) the report is
    the empty one at once, without building the grounded frame (one copy of its
    article's text per fact) or validating the model again.
    """
    if _quotes_stand_at_offsets(facts, article_texts):
        return ValidationReport(_empty_failures(), facts.iloc[0:0].assign(article_text=pd.Series(dtype="str")))
    grounded = grounded_facts(facts, article_texts)
    report = validate_frame(grounded, GroundedFactSchema, ID_COLUMNS["facts"])
    failures = report.failures[
        report.failures["check"].isin(_GROUNDING_CHECKS) | (report.failures["column"] == "article_text")
    ]
    if failures.empty:
        return ValidationReport(failures.reset_index(drop=True), grounded.iloc[0:0])
    rows = sorted({int(i) for i in failures["index"].dropna()})
    shown = grounded.loc[rows, ["fact_id", "article_id", "quote", "char_start", "char_end"]]
    shown = shown.assign(text_at_offsets=[_slice(grounded, row) for row in rows]).reset_index(names="row")
    return ValidationReport(failures.reset_index(drop=True), shown)


def _quotes_stand_at_offsets(facts: pd.DataFrame, article_texts: pd.DataFrame) -> bool:
    """True when no row can fail what GroundedFactSchema adds: every fact's article is known, with a text,
    and its quote (text) equals text[char_start:char_end] with integer offsets.

    False means "not sure": the full validation then decides and reports the rows.
    """
    needed = ("article_id", "quote", "char_start", "char_end")
    if any(c not in facts.columns for c in needed) or any(
        c not in article_texts.columns for c in ("article_id", "text")
    ):
        return False
    if not all(pd.api.types.is_integer_dtype(facts[c].dtype) and facts[c].notna().all() for c in needed[2:]):
        return False
    texts = dict(zip(article_texts["article_id"].tolist(), article_texts["text"].tolist(), strict=True))
    if len(texts) != len(article_texts):  # duplicate ids: let the full validation say what it makes of them
        return False
    rows = zip(*(facts[c].tolist() for c in needed), strict=True)
    try:
        for article_id, quote, start, end in rows:
            text = texts.get(article_id)
            if not (isinstance(text, str) and isinstance(quote, str) and text[start:end] == quote):
                return False
    except TypeError:  # an unhashable article id, say
        return False
    return True


# Error messages of the checks GroundedFactSchema adds to FactSchema.
_GROUNDING_CHECKS = sorted(
    {c.error for c in GroundedFactSchema.to_schema().checks} - {c.error for c in FactSchema.to_schema().checks}
)


def _slice(grounded: pd.DataFrame, row: int) -> str | None:
    text, start, end = grounded.at[row, "article_text"], grounded.at[row, "char_start"], grounded.at[row, "char_end"]
    if not isinstance(text, str):
        return None
    try:
        return text[int(start) : int(end)]
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------ conversion rates


def conversion_rates(facts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The exchange rate implied by every fact that states a conversion.

    The pair is written with its two units in alphabetical order, `A/B`, and `rate`
    is units of A per one B: `1.3 trillion tenge ($2.5 billion)` gives pair
    `KZT/USD`, rate 520, whichever of the two amounts the article stated first.
    `month` (YYYY-MM) is the article's publication month, missing when unknown.
    Facts whose amounts have different signs or a zero are left out (no rate).
    """
    columns = ["fact_id", "article_id", "quote", "pair", "rate", "month"]
    stated = facts[facts["equivalent_value"].notna() & facts["equivalent_unit"].notna()]
    if stated.empty:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns}).astype({"rate": float})
    value = stated["value"].astype(float)
    equivalent = stated["equivalent_value"].astype(float)
    usable = (value * equivalent) > 0  # same sign, neither zero
    stated, value, equivalent = stated[usable], value[usable].abs(), equivalent[usable].abs()
    unit, eq_unit = stated["unit"].astype(str), stated["equivalent_unit"].astype(str)
    unit_first = unit <= eq_unit
    rates = stated[["fact_id", "article_id", "quote"]].copy()
    rates["pair"] = unit.where(unit_first, eq_unit) + "/" + eq_unit.where(unit_first, unit)
    rates["rate"] = (value / equivalent).where(unit_first, equivalent / value)
    rates["month"] = rates["article_id"].map(_publication_months(articles))
    return rates[columns].reset_index(drop=True)


def _publication_months(articles: pd.DataFrame) -> pd.Series:
    """article_id -> "YYYY-MM" of its publication date (missing when unknown)."""
    dates = articles.set_index("article_id")["published_date"]
    return dates.map(lambda d: f"{d.year:04d}-{d.month:02d}" if isinstance(d, dt.date) else None)


def conversion_outliers(rates: pd.DataFrame, tolerance: float = CONVERSION_TOLERANCE) -> pd.DataFrame:
    """Facts whose implied rate disagrees with their group's reference fact by more than `tolerance`.

    Groups are the same pair within one article (`scope` = "article") and the same
    pair within one publication month across articles (`scope` = "month"). The
    reference is the group's median fact (the lower median, ties broken by fact
    id), so one wrong conversion among many is the one reported, and with two facts
    the pair is reported together. Month findings whose reference is in the same
    article are left to the article scope. Disagreement is the ratio of the larger
    rate to the smaller, minus one.
    """
    found = [
        _outliers_in(rates, "article", ["pair", "article_id"], tolerance),
        _outliers_in(rates[rates["month"].notna()], "month", ["pair", "month"], tolerance),
    ]
    found = [f for f in found if not f.empty]
    if not found:
        return pd.DataFrame(columns=_OUTLIER_COLUMNS)
    outliers = pd.concat(found, ignore_index=True)
    same_article = (outliers["scope"] == "month") & (outliers["article_id"] == outliers["reference_article_id"])
    return outliers[~same_article].reset_index(drop=True)[_OUTLIER_COLUMNS]


_OUTLIER_COLUMNS = [
    "scope",
    "group",
    "fact_id",
    "quote",
    "rate",
    "reference_fact_id",
    "reference_quote",
    "reference_rate",
    "deviation",
    "article_id",
    "reference_article_id",
]


def _outliers_in(rates: pd.DataFrame, scope: str, keys: list[str], tolerance: float) -> pd.DataFrame:
    """Outliers against the lower-median fact of each group of `keys` (vectorised: O(n log n))."""
    ordered = rates.sort_values([*keys, "rate", "fact_id"]).reset_index(drop=True)
    grouped = ordered.groupby(keys, sort=False)
    position, size = grouped.cumcount(), grouped["rate"].transform("size")
    median = ordered[position == (size - 1) // 2]
    reference_values = median[["fact_id", "article_id", "quote", "rate"]].add_prefix("reference_")
    reference = pd.concat([median[keys], reference_values], axis=1)
    paired = ordered[size > 1].merge(reference, on=keys)
    paired = paired[paired["fact_id"] != paired["reference_fact_id"]]
    high = paired[["rate", "reference_rate"]].max(axis=1)
    low = paired[["rate", "reference_rate"]].min(axis=1)
    group = paired[keys[0]].astype(str)
    for key in keys[1:]:
        group = group + " " + paired[key].astype(str)
    paired = paired.assign(deviation=high / low - 1, scope=scope, group=group)
    return paired[paired["deviation"] > tolerance]


# ------------------------------------------------------------------ accuracy


def headline_scores(result: dict) -> dict[str, float | int | None]:
    """The evaluator's headline numbers, flat: quantity_/strict_ precision, recall, f1; field accuracies."""
    scores: dict[str, float | int | None] = {"scored_articles": result["n_articles"]}
    for section in ("quantity", "strict", "entities", "people"):
        if section in result:
            scores |= {f"{section}_{k}": result[section][k] for k in ("precision", "recall", "f1")}
    scores |= {f"field_accuracy_{name}": s["accuracy"] for name, s in result["fields"].items()}
    return scores


def scores_metadata(scores: dict[str, float | int | None]) -> dict[str, MetadataValue]:
    """Headline scores as Dagster metadata (numbers plotted over runs in the UI)."""
    return {
        f"eval/{name}": MetadataValue.int(v) if isinstance(v, int) else MetadataValue.float(float(v))
        for name, v in scores.items()
        if v is not None
    }


def below_floors(scores: dict[str, float | int | None], floors: dict[str, float] = ACCURACY_FLOORS) -> list[str]:
    """The scores under their floor, as readable lines (empty: all floors met)."""
    return [
        f"{name} {scores.get(name) or 0:.3f} < {floor:.2f}"
        for name, floor in floors.items()
        if (scores.get(name) or 0) < floor
    ]


def keyed_answer_keys(seeds_dir, article_ids: Sequence[str]) -> dict[str, dict]:
    """The answer keys in `seeds_dir` of the given articles (keys of missing or rejected files are ignored)."""
    wanted = set(article_ids)
    return {aid: key for aid, key in load_answer_keys(seeds_dir).items() if aid in wanted}


# ------------------------------------------------------------------ Dagster checks


def build_schema_check(table: str) -> AssetChecksDefinition:
    """The blocking `pandera_schema` check of one table, from its model in `TABLE_SCHEMAS`."""
    model = TABLE_SCHEMAS[table]

    @asset_check(
        asset=table,
        name="pandera_schema",
        blocking=True,
        description=f"Every row of `{table}` satisfies the pandera model {model.__name__} (all failures listed).",
    )
    def _schema_check(frame: pd.DataFrame) -> AssetCheckResult:
        report = validate_frame(frame, model, ID_COLUMNS[table])
        return AssetCheckResult(passed=report.passed, metadata=report.metadata())

    return _schema_check


@asset_check(
    asset="extractions",
    name="engine_mostly_succeeds",
    blocking=True,
    description=f"The engine raised on at most {MAX_ENGINE_FAILURE_SHARE:.0%} of the articles.",
)
def engine_mostly_succeeds(extractions) -> AssetCheckResult:  # an ExtractedTables (pipeline.assets)
    """Blocking check: a broken engine must not replace the dataset with an empty one."""
    failures = extractions.failures
    total = len(failures) + extractions.n_articles
    share = len(failures) / total if total else 0.0
    metadata = {
        "failed_articles": MetadataValue.int(len(failures)),
        "failed_share": MetadataValue.float(share),
        "failures": MetadataValue.md(markdown_table(failures)),
    }
    return AssetCheckResult(passed=share <= MAX_ENGINE_FAILURE_SHARE, metadata=metadata)


@asset_check(
    asset="facts",
    name="quotes_at_offsets",
    blocking=True,
    additional_ins={"article_texts": AssetIn("article_texts")},
    description="Each fact's quote is exactly text[char_start:char_end] of its article (GroundedFactSchema).",
)
def quotes_at_offsets(facts: pd.DataFrame, article_texts: pd.DataFrame) -> AssetCheckResult:
    """Blocking provenance check: a fact that does not stand at its offsets is not published."""
    report = provenance_report(facts, article_texts)
    return AssetCheckResult(passed=report.passed, metadata=report.metadata())


@asset_check(
    asset="facts",
    name="accuracy_vs_answer_keys",
    additional_ins={"articles": AssetIn("articles"), "entities": AssetIn("entities"), "people": AssetIn("people")},
    description="Scores facts, entities and people against the *.gold.json answer keys in SEEDS_DIR. "
    f"Warns when a score is under its floor ({ACCURACY_FLOORS}); passes when there are no keys.",
)
def accuracy_vs_answer_keys(
    context: AssetCheckExecutionContext,
    storage: NewsfactsStorage,
    facts: pd.DataFrame,
    articles: pd.DataFrame,
    entities: pd.DataFrame,
    people: pd.DataFrame,
) -> AssetCheckResult:
    """Warning check: the evaluator's numbers, failing when a headline score is under its floor."""
    keys = keyed_answer_keys(storage.seeds_path(), articles["article_id"].tolist())
    if not keys:
        note = "No *.gold.json answer keys for the current articles: nothing to score."
        return AssetCheckResult(
            passed=True, severity=AssetCheckSeverity.WARN, metadata={"note": MetadataValue.text(note)}
        )
    result = evaluate(facts, keys, entities=entities, people=people)
    scores = headline_scores(result)
    shortfalls = below_floors(scores)
    context.log.info(format_report(result))
    mismatches = pd.DataFrame(result["mismatches"])
    metadata = scores_metadata(scores) | {
        "report": MetadataValue.md(f"```\n{format_report(result)}\n```"),
        "mismatch_count": MetadataValue.int(len(mismatches)),
        "mismatches": MetadataValue.md(markdown_table(mismatches)),
        "below_floor": MetadataValue.text("; ".join(shortfalls) or "none"),
    }
    return AssetCheckResult(passed=not shortfalls, severity=AssetCheckSeverity.WARN, metadata=metadata)


@asset_check(
    asset="facts",
    name="conversion_rates_agree",
    additional_ins={"articles": AssetIn("articles")},
    description="Stated conversions of one currency pair imply rates within "
    f"{CONVERSION_TOLERANCE:.0%} of each other, within an article and within a publication month.",
)
def conversion_rates_agree(facts: pd.DataFrame, articles: pd.DataFrame) -> AssetCheckResult:
    """Warning check: each outlying conversion is reported beside the reference fact it disagrees with."""
    rates = conversion_rates(facts, articles)
    outliers = conversion_outliers(rates)
    summary = rates.groupby("pair")["rate"].agg(["count", "median", "min", "max"]).reset_index()
    metadata = {
        "conversions": MetadataValue.int(len(rates)),
        "outlier_count": MetadataValue.int(len(outliers)),
        "outliers": MetadataValue.md(markdown_table(outliers)),
        "rates_by_pair": MetadataValue.md(markdown_table(summary)),
        "tolerance": MetadataValue.float(CONVERSION_TOLERANCE),
    }
    return AssetCheckResult(passed=outliers.empty, severity=AssetCheckSeverity.WARN, metadata=metadata)


SCHEMA_CHECKS = [build_schema_check(table) for table in TABLE_SCHEMAS]
BLOCKING_CHECKS = [*SCHEMA_CHECKS, engine_mostly_succeeds, quotes_at_offsets]
ALL_CHECKS = [*BLOCKING_CHECKS, accuracy_vs_answer_keys, conversion_rates_agree]
