"""The web app in real headless Chromium: the pair timeline, evidence highlighting, and hostile
article text shown as text with nothing run. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_ledger import SEED, fill, served

from newsledger.ledger import Ledger
from newsledger.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def site(stages, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    folder = tmp_path_factory.mktemp("browser")
    ledger = Ledger(f"sqlite:///{folder / 'ledger.db'}")
    fill(ledger, stages, folder)
    with served(create_app(ledger.url, ledger)) as base:
        yield base
    ledger.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    return []


@pytest.fixture
def page(browser, dialogs):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_pair_page_shows_the_disputed_call_and_dated_contacts_in_order(site, page):
    if not SEED.is_file():
        pytest.skip("the shared seed article (../shared/examples/seed) is not present")
    response = page.goto(f"{site}/pair?a=Putin&b=Trump")
    assert response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    shot(page, "pair-putin-trump")
    rows = page.locator(".pair-event")
    disputed = rows.filter(has=page.locator(".status.st-disputed"))
    assert disputed.count() >= 1
    call = disputed.first
    assert "CONSULT" in call.inner_text() and "phone" in call.inner_text()
    stances = call.locator(".stances li").all_inner_texts()
    assert any("Peskov" in s and "denies" in s for s in stances)
    assert any("asserts" in s for s in stances)
    # Dated contacts come in time order, on the list and on the SVG timeline.
    when = page.locator(".pair-event .when").all_inner_texts()
    dated = [w for w in when if w != "undated" and not w.startswith("≤")]  # given dates
    # A contact the text does not date shows the window it falls in, not "undated".
    assert any(w == "≤2024-11-11" for w in when)
    assert len(dated) >= 2 and dated == sorted(dated)
    labels = page.locator("svg.timeline text.label").all_text_contents()
    assert [x.split(" · ")[0] for x in labels if not x.startswith("reported")] == dated
    # The undated disputed call sits on the timeline at its first report, marked disputed.
    marked = [x for x in labels if x.startswith("reported 2024-11-11") and "DISPUTED" in x]
    assert marked and "CONSULT (phone)" in marked[0]
    assert page.locator("svg.timeline path.mark.st-disputed").count() >= 1


def test_event_page_highlights_the_evidence_sentence(site, page):
    page.goto(f"{site}/disputed")
    link = page.locator(".event-row a.etype").first
    link.click()
    page.wait_for_load_state()
    event_id = page.url.rsplit("/", 1)[1]
    event = page.request.get(f"{site}/api/events/{event_id}").json()
    shot(page, "event-disputed")
    marks = page.locator("blockquote.context mark").all_inner_texts()
    sentences = {e["sentence"].strip() for e in event["evidence"]}
    assert marks and all(m.strip() in sentences for m in marks)
    sources = page.locator(".evidence .who-says").all_inner_texts()
    assert any("denies" in s for s in sources) and any("asserts" in s for s in sources)
    # The evidence links to its article, at the sentence.
    href = page.locator(".evidence a").first.get_attribute("href")
    page.goto(site + href)
    anchor = href.split("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1


def test_hostile_text_is_shown_as_text_and_runs_nothing(site, page, dialogs):
    page.goto(f"{site}/search?q=Minister+script")
    shot(page, "search-hostile")
    assert "<script>" in page.locator(".hits").inner_text()
    page.locator(".hits a").first.click()
    page.wait_for_load_state()
    shot(page, "article-hostile")
    heading = page.locator("h1").inner_text()
    assert "<script>window.__pwned = 1</script>" in heading
    assert 'onerror="window.__pwned=2"' in heading
    assert "onerror=alert(1)" in page.locator(".body").inner_text()
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    for path in ("/", "/events", "/actors/Olaf%20Scholz", "/search?q=onerror"):
        page.goto(site + path)
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
