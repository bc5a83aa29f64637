"""Pandera models of the published tables: the public contract of the dataset.

Every column is defined here once, with its description; the Dagster metadata,
the DuckDB `COMMENT ON` statements and the Frictionless data package are all
generated from these models.
"""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocab import ENTITY_TYPES, MEASURES, PERS, QUALIFIERS, STATUSES, SUBJECT_TYPES, UNITS

SHA256_PATTERN = r"^[0-9a-f]{64}$"


class ArticleSchema(pa.DataFrameModel):
    """One row per accepted article file."""

    article_id: Series[str] = pa.Field(unique=True, description="Stable id: the file name without extension.")
    file_name: Series[str] = pa.Field(unique=True, description="Base name of the article file in the seeds folder.")
    title: Series[str] = pa.Field(nullable=True, description="Headline, when the article carries one.")
    published_date: Series[pa.Date] = pa.Field(nullable=True, description="Publication date found in the text.")
    dateline: Series[str] = pa.Field(nullable=True, description="Place in capitals that opens the article body.")
    publisher: Series[str] = pa.Field(nullable=True, description="News agency named in the header, when named.")
    sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN, description="SHA-256 of the file's bytes.")
    n_chars: Series[int] = pa.Field(ge=0, description="Length of the decoded text in characters.")
    encoding: Series[str] = pa.Field(
        isin=["utf-8", "utf-8-sig", "cp1251"], description="Text encoding the file was decoded with."
    )

    class Config:
        strict = True
        coerce = False


class FactSchema(pa.DataFrameModel):
    """One row per stated quantity, as defined by FACTS.md."""

    fact_id: Series[str] = pa.Field(unique=True, description="Stable id from the article id and the quote's offsets.")
    article_id: Series[str] = pa.Field(description="The article the fact was read from.")
    quote: Series[str] = pa.Field(str_length={"min_value": 1}, description="The quantity exactly as written.")
    char_start: Series[int] = pa.Field(ge=0, description="Offset of the quote's first character in the article text.")
    char_end: Series[int] = pa.Field(ge=1, description="Offset just past the quote's last character.")
    subject: Series[str] = pa.Field(description="Canonical name of what the number is about.")
    subject_type: Series[str] = pa.Field(isin=list(SUBJECT_TYPES), description="Kind of subject.")
    measure: Series[str] = pa.Field(isin=list(MEASURES), description="Kind of quantity.")
    item: Series[str] = pa.Field(nullable=True, description="What exactly is measured, in the article's words.")
    value: Series[float] = pa.Field(description="The amount, fully expanded, in the canonical unit.")
    value_high: Series[float] = pa.Field(nullable=True, description="High end of a range.")
    unit: Series[str] = pa.Field(isin=list(UNITS), description="ISO 4217 code or canonical unit.")
    per: Series[str] = pa.Field(nullable=True, isin=list(PERS), description="Time basis of a rate.")
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), description="exact, approximate or a bound.")
    status: Series[str] = pa.Field(isin=list(STATUSES), description="actual or planned.")
    period_start: Series[pa.Date] = pa.Field(nullable=True, description="First day of the period the number covers.")
    period_end: Series[pa.Date] = pa.Field(nullable=True, description="Last day of the period the number covers.")
    compared_to_start: Series[pa.Date] = pa.Field(nullable=True, description="First day of a growth rate's base.")
    compared_to_end: Series[pa.Date] = pa.Field(nullable=True, description="Last day of a growth rate's base.")
    equivalent_value: Series[float] = pa.Field(nullable=True, description="Value of a stated conversion.")
    equivalent_unit: Series[str] = pa.Field(nullable=True, isin=list(UNITS), description="Unit of a stated conversion.")
    sentence_start: Series[int] = pa.Field(ge=0, description="Offset of the sentence holding the quote.")
    sentence_end: Series[int] = pa.Field(ge=1, description="Offset just past that sentence.")

    @pa.dataframe_check(error="char_end - char_start must equal the length of quote")
    def offsets_span_quote(cls, df):  # noqa: N805 - pandera passes the class
        return (df["char_end"] - df["char_start"]) == df["quote"].str.len()

    @pa.dataframe_check(error="value_high must not be below value")
    def range_is_ordered(cls, df):  # noqa: N805
        return df["value_high"].isna() | (df["value_high"] >= df["value"])

    @pa.dataframe_check(error="a period must not end before it starts")
    def period_is_ordered(cls, df):  # noqa: N805
        both = df["period_start"].notna() & df["period_end"].notna()
        return ~both | (df["period_start"] <= df["period_end"])

    @pa.dataframe_check(error="equivalent_value and equivalent_unit go together")
    def conversion_is_complete(cls, df):  # noqa: N805
        return df["equivalent_value"].isna() == df["equivalent_unit"].isna()

    class Config:
        strict = True
        coerce = False


class GroundedFactSchema(FactSchema):
    """A fact beside its article's text: the quote must stand at its offsets."""

    article_text: Series[str] = pa.Field(description="Full text of the fact's article (not published).")

    @pa.dataframe_check(error="text[char_start:char_end] must equal quote")
    def quote_at_offsets(cls, df):  # noqa: N805
        sliced = [
            text[start:end]
            for text, start, end in zip(df["article_text"], df["char_start"], df["char_end"], strict=True)
        ]
        return df["quote"] == sliced


class EntitySchema(pa.DataFrameModel):
    """Named organisations, enterprises, places and programmes an article describes."""

    article_id: Series[str] = pa.Field(description="The article the entity was read from.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Canonical name.")
    type: Series[str] = pa.Field(isin=list(ENTITY_TYPES), description="Kind of entity.")
    aliases: Series[object] = pa.Field(description="Other ways the article names it (list of text).")
    founded_year: Series[pa.Int64] = pa.Field(nullable=True, ge=1000, le=2100, description="Year established.")
    sector: Series[str] = pa.Field(nullable=True, description="Branch of the economy it works in.")

    @pa.check("aliases", error="aliases must be a list of text")
    def aliases_are_text_lists(cls, aliases):  # noqa: N805
        return aliases.map(lambda a: isinstance(a, list) and all(isinstance(x, str) for x in a))

    class Config:
        strict = True
        unique = ["article_id", "name"]


class PersonSchema(pa.DataFrameModel):
    """Named people and the roles the article gives them."""

    article_id: Series[str] = pa.Field(description="The article the person is named in.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Full name as written.")
    role: Series[str] = pa.Field(nullable=True, description="Role as written, e.g. Deputy Mayor.")
    organization: Series[str] = pa.Field(nullable=True, description="Organisation or place the role belongs to.")

    class Config:
        strict = True
        unique = ["article_id", "name"]


class RejectedArticleSchema(pa.DataFrameModel):
    """Article files that were not taken in, each with the reason."""

    file_name: Series[str] = pa.Field(description="Base name of the rejected file.")
    sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN, description="SHA-256 of the file's bytes.")
    reason: Series[str] = pa.Field(str_length={"min_value": 1}, description="Why the file was not taken in.")

    class Config:
        strict = True
        unique = ["file_name"]


# The published tables, in publishing order.
TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "articles": ArticleSchema,
    "facts": FactSchema,
    "entities": EntitySchema,
    "people": PersonSchema,
    "rejected_articles": RejectedArticleSchema,
}


def column_descriptions(schema: type[pa.DataFrameModel]) -> dict[str, str]:
    """Map each column of `schema` to its description, in column order."""
    return {name: column.description or "" for name, column in schema.to_schema().columns.items()}


def empty_frame(schema: type[pa.DataFrameModel]):
    """An empty DataFrame with exactly the columns of `schema`, in order."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=object) for name in schema.to_schema().columns})
