"""A real browser (Playwright driving Debian's chromium) on the query page and the linked-data pages.

It records every request and fails on any to a host other than loopback; screenshots go to
test-artefacts/ (or $PEELKG_ARTEFACTS).
"""
from __future__ import annotations

import json
import os
import shutil
import urllib.parse
from pathlib import Path

import pytest
from test_serve import http, sparql_get

from peelkg.query import QUERIES_DIR

REPO = Path(__file__).resolve().parent.parent
ARTEFACTS = Path(os.environ.get("PEELKG_ARTEFACTS", REPO / "test-artefacts"))
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("the browser tests need Debian's chromium: apt-get install chromium (.ci/run installs it)",
                pytrace=False)


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    playwright_api = pytest.importorskip("playwright.sync_api")
    outside: list[str] = []
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=_chromium(), headless=True,
            args=CHROMIUM_FLAGS, viewport={"width": 1280, "height": 900})

        def guard(route):
            host = urllib.parse.urlsplit(route.request.url).hostname or ""
            if route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        yield page, outside
        context.close()
    assert not outside, f"requests to hosts other than loopback: {outside}"


def _shot(page, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def test_query_page_runs_every_tab(seeds_server, browser_page):
    page, outside = browser_page
    page.goto(seeds_server.base_url)
    page.wait_for_function("window.peelkgYasgui && Object.keys(window.peelkgYasgui._tabs).length > 0")
    tabs = page.evaluate("Object.keys(window.peelkgYasgui._tabs)")
    queries = sorted(QUERIES_DIR.glob("*.rq"))
    assert len(tabs) == len(queries)
    for index, tab_id in enumerate(tabs):
        page.evaluate(f"void window.peelkgYasgui.selectTabId({json.dumps(tab_id)})")
        panel = page.locator(f"[id='{tab_id}']")
        query = page.evaluate(f"window.peelkgYasgui.getTab({json.dumps(tab_id)}).getYasqe().getValue()")
        status, _, body = sparql_get(seeds_server, query)
        expected = json.loads(body)["results"]["bindings"]
        assert status == 200
        with page.expect_response(lambda r: "/sparql" in r.url and r.request.method == "POST") as answer:
            panel.locator(".yasqe_queryButton").click()
        assert answer.value.status == 200
        header = panel.locator(".yasr table thead th")
        header.first.wait_for(timeout=15000)
        columns = [c.strip() for c in header.all_inner_texts()]
        variables = json.loads(body)["head"]["vars"]
        assert all(v in " ".join(columns) for v in variables), (columns, variables)
        rows = panel.locator(".yasr table tbody tr")
        if expected:
            assert rows.count() >= min(len(expected), 10)
        if index == 0:
            _shot(page, "query-page")
    assert not outside


def test_force_page_leads_to_its_sources_evidence(seeds_server, browser_page):
    page, outside = browser_page
    page.goto(f"{seeds_server.base_url}id/force/hertfordshire")  # 303 to the page a browser accepts
    assert page.url.endswith("/id/force/hertfordshire.html")
    assert page.locator("table.grades td.grade").count() >= 5
    _shot(page, "force-page")
    page.goto(page.locator("#incoming a[href*='/id/inspection/']").first.get_attribute("href"))
    assert "/id/inspection/hertfordshire/" in page.url
    evidence = page.locator("#evidence a[href*='#char=']").first
    href = evidence.get_attribute("href")
    target = href.split("#", 1)[1]
    page.goto(href)  # the link's own address (a click on this inline link did not register in headless chromium)
    assert "/id/source/" in page.url and page.url.endswith(f"#{target}")
    span = page.locator(f"li[id='{target}']")
    assert span.count() == 1 and span.inner_text().strip()
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == target
    _shot(page, "source-evidence")
    assert not outside


def test_pages_read_without_javascript(seeds_server):
    status, _, body = http(f"{seeds_server.base_url}id/force/hertfordshire.html")
    page = body.decode()
    assert status == 200 and "<script src" not in page  # the page's only script is its JSON-LD data
