"""Bad input through the whole pipeline: every bad file ends in a reason, the good ones are published."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import DagsterEventType, instance_for_test

from pipeline.definitions import defs

SEED = Path(__file__).resolve().parents[1] / "seeds" / "astana-investments-2024-11-29.txt"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    """One real run over a seeds folder holding the seed and one file of every bad kind."""
    seeds = tmp_path_factory.mktemp("seeds")
    outputs = tmp_path_factory.mktemp("outputs")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b" \n\t \n")
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (seeds / "latin1.txt").write_bytes("Caf\u00e9 \u00e0 Almaty, cr\u00e8me br\u00fbl\u00e9e.".encode("latin-1"))
    (seeds / "cyrillic.txt").write_bytes("Астана привлекла 1,3 трлн тенге инвестиций.".encode("cp1251"))
    (seeds / "huge.txt").write_bytes(b"a" * 2_000_001)
    (seeds / "copy-of-seed.txt").write_bytes(SEED.read_bytes())
    (seeds / "page.html").write_text(
        "<html><head><script>var x = 5;</script></head><body><p>Shymkent exported 300 tons of cotton.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (seeds / "undated.txt").write_text("Karaganda region attracted 90 billion tenge in investments.", encoding="utf-8")
    (seeds / "no-numbers.txt").write_text(" date 2024-03-01 ASTANA – The governor met farmers.", encoding="utf-8")
    env = {"SEEDS_DIR": str(seeds), "OUTPUTS_DIR": str(outputs)}
    with pytest.MonkeyPatch.context() as patch, instance_for_test() as instance:
        for key, value in env.items():
            patch.setenv(key, value)
        result = defs.resolve_job_def("newsfacts_job").execute_in_process(instance=instance, raise_on_error=False)
        warnings = [
            e.message
            for e in instance.all_logs(result.run_id)
            if e.level == logging.WARNING and e.dagster_event is None
        ]
        failures = [e for e in instance.all_logs(result.run_id, of_type=DagsterEventType.STEP_FAILURE)]
    return result, outputs, warnings, failures


def table(outputs: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(outputs / "parquet" / f"{name}.parquet")


def test_the_run_succeeds_despite_bad_files(run):
    result, _, _, failures = run
    assert result.success and failures == []


def test_every_bad_file_is_rejected_with_its_reason(run):
    _, outputs, _, _ = run
    reasons = dict(zip(*[table(outputs, "rejected_articles")[c] for c in ("file_name", "reason")], strict=True))
    assert set(reasons) == {"empty.txt", "blank.txt", "binary.txt", "latin1.txt", "huge.txt", "copy-of-seed.txt"}
    assert "astana-investments-2024-11-29.txt" in reasons["copy-of-seed.txt"]


def test_each_rejection_is_a_warning_in_the_run_log(run):
    _, outputs, warnings, _ = run
    for name in table(outputs, "rejected_articles")["file_name"]:
        assert any(w.startswith(f"{name}: rejected:") for w in warnings), name


def test_the_good_articles_are_all_published(run):
    _, outputs, _, _ = run
    published = set(table(outputs, "articles")["file_name"])
    assert published == {
        "astana-investments-2024-11-29.txt",
        "cyrillic.txt",
        "page.html",
        "undated.txt",
        "no-numbers.txt",
    }
    assert len(table(outputs, "facts").query("article_id == 'astana-investments-2024-11-29'")) == 19


def test_cp1251_text_is_decoded_and_says_so(run):
    _, outputs, warnings, _ = run
    articles = table(outputs, "articles").set_index("file_name")
    assert articles.loc["cyrillic.txt", "encoding"] == "cp1251"
    assert any(w.startswith("cyrillic.txt: kept:") for w in warnings)


def test_an_html_page_is_read_as_its_visible_text(run):
    _, outputs, _, _ = run
    facts = table(outputs, "facts").query("article_id == 'page'")
    assert list(facts["quote"]) == ["300 tons"]


def test_an_undated_article_is_kept_with_empty_periods_and_a_warning(run):
    _, outputs, warnings, _ = run
    facts = table(outputs, "facts").query("article_id == 'undated'")
    assert len(facts) == 1 and facts["period_start"].isna().all()
    assert any(w.startswith("undated.txt: kept: no publication date") for w in warnings)


def test_an_article_without_numbers_is_kept_with_zero_facts_and_a_warning(run):
    _, outputs, warnings, _ = run
    assert table(outputs, "facts").query("article_id == 'no-numbers'").empty
    assert any(w.startswith("no-numbers.txt: kept: no numbers") for w in warnings)


def test_duckdb_holds_the_rejections_too(run):
    _, outputs, _, _ = run
    with duckdb.connect(str(outputs / "newsfacts.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM rejected_articles").fetchone()[0] == 6
