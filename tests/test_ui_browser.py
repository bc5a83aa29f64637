"""A user's first session in the Dagster UI, in headless Chromium: asset graph -> "Materialize all" -> Success.

The test opens the global asset lineage, lays the whole graph out (all groups expanded, top to
bottom) through the graph's own context menu, screenshots it, clicks "Materialize all", follows the
"Launched run ... View" toast to the run page, waits there until the run's status tag reads
"Success", screenshots the run, and reads the published DuckDB file.

Screenshots go to `test-artifacts/` at the repository root (gitignored; CI can keep them):
`ui-asset-graph.png`, `ui-run-success.png`, and `ui-failure.png` when something went wrong.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, expect, sync_playwright

if TYPE_CHECKING:
    from conftest import DagsterServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1920, "height": 1200}  # tall enough for the whole graph, laid out top to bottom
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
UI_TIMEOUT_MS = 30_000
RUN_TIMEOUT_S = 180
FINISHED_BADLY = {"FAILURE", "CANCELED", "CANCELING"}


@pytest.fixture
def page() -> Iterator[Page]:
    """A fresh page in headless Debian Chromium (Playwright's own browser download is not used)."""
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.set_default_timeout(UI_TIMEOUT_MS)
            yield page
        finally:
            browser.close()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def graph_menu_item(page: Page, item: str) -> Locator | None:
    """Right-click an empty corner of the graph canvas; the context-menu item containing `item`, if offered."""
    canvas = page.locator("[data-svg-viewport]").first
    box = canvas.bounding_box()
    assert box, "the asset graph canvas is not on screen"
    canvas.click(button="right", position={"x": 30, "y": box["height"] - 30})
    page.get_by_role("menuitem").first.wait_for()
    found = page.get_by_role("menuitem", name=item)
    if found.count():
        return found
    page.keyboard.press("Escape")
    return None


def lay_out_whole_graph(page: Page) -> None:
    """Expand every asset group and orient the graph top to bottom, as a user would from its menu.

    Both choices live in the browser's local storage; a reload fits the zoom to the laid-out graph.
    An item the menu does not offer (one group only, already vertical) is skipped.
    """
    for item in ("Expand all groups", "Change graph to vertical orientation"):
        found = graph_menu_item(page, item)
        if found:
            found.click()
    page.reload()


def launch_and_open_run(page: Page, materialize_all: Locator, base_url: str) -> str:
    """Click "Materialize all", confirm a dialog if one opens, follow the toast to the run page; the run id."""
    materialize_all.click()
    launched = page.get_by_text(re.compile(r"Launched run [0-9a-f]{8}"))
    dialog = page.get_by_role("dialog")
    expect(launched.or_(dialog).first).to_be_visible()
    if not launched.is_visible() and dialog.count():  # e.g. a launchpad or a confirmation for checks
        confirm = dialog.first.get_by_role("button", name=re.compile(r"(^|\s)(Launch|Materialize|Confirm|Continue)"))
        confirm.first.click()
        expect(launched).to_be_visible()
    short_id = re.search(r"[0-9a-f]{8}", launched.first.inner_text()).group(0)
    try:  # the toast's "View" link; the toast fades after a few seconds
        page.get_by_role("link", name="View", exact=True).click(timeout=5_000)
    except PlaywrightError:  # missed it: find the run on the Runs page instead
        page.goto(f"{base_url}/runs")
        page.locator(f"a[href^='/runs/{short_id}']").first.click()
    page.wait_for_url(re.compile(rf"/runs/{short_id}[0-9a-f-]{{28}}$"))
    return page.url.rsplit("/", 1)[1]


def wait_for_success_tag(page: Page, server: DagsterServer, run_id: str) -> float:
    """Watch the run page until its status tag reads "Success"; fail early if the run failed."""
    started = time.monotonic()
    success = page.get_by_text("Success", exact=True).first
    while time.monotonic() - started < RUN_TIMEOUT_S:
        try:
            success.wait_for(state="visible", timeout=2_000)
            return time.monotonic() - started
        except PlaywrightError:
            pass
        status = server.run_status(run_id)
        if status in FINISHED_BADLY:
            page.wait_for_timeout(2_000)  # let the page show the failure before the screenshot
            pytest.fail(f"the UI run failed: {server.explain_run(run_id)}")
    pytest.fail(f"no Success tag after {RUN_TIMEOUT_S} s: {server.explain_run(run_id)}")


def test_materialize_all_from_the_asset_graph(dagster_server: DagsterServer, page: Page, count_published_facts):
    outputs = dagster_server.outputs_dir
    assert not (outputs / "newsfacts.duckdb").exists(), "something published before the test clicked anything"
    for old in ARTIFACTS.glob("ui-*.png"):
        old.unlink()
    try:
        # 1. The global asset lineage, the whole graph on screen.
        page.goto(f"{dagster_server.url}/asset-groups")
        # The button's accessible name starts with its icon's label ("materialization Materialize all").
        materialize_all = page.get_by_role("button", name=re.compile(r"(^|\s)Materialize all$"))
        expect(materialize_all).to_be_enabled(timeout=60_000)
        lay_out_whole_graph(page)
        expect(materialize_all).to_be_enabled()
        for asset in ("article_texts", "extractions", "facts", "newsfacts_dataset"):
            expect(page.get_by_text(asset, exact=True).first).to_be_visible()
        page.wait_for_timeout(1_500)  # node statuses arrive a moment after the names
        screenshot(page, "ui-asset-graph.png")

        # 2. "Materialize all", then follow the toast to the run page.
        run_id = launch_and_open_run(page, materialize_all, dagster_server.url)

        # 3. The run page, until it says Success.
        took = wait_for_success_tag(page, dagster_server, run_id)
        assert dagster_server.run_status(run_id) == "SUCCESS"
        page.wait_for_timeout(1_000)  # the log and the Gantt chart catch up with the status
        screenshot(page, "ui-run-success.png")
        print(f"run {run_id} succeeded {took:.1f} s after the page opened")
    except BaseException:
        with contextlib.suppress(PlaywrightError):
            screenshot(page, "ui-failure.png")
        raise

    # 4. The published dataset holds the facts.
    in_duckdb, in_parquet = count_published_facts(outputs)
    assert in_duckdb > 0, "the published DuckDB file holds no facts"
    assert in_duckdb == in_parquet
