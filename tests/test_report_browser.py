"""The report in a real headless Chromium: headline, filters, search, tooltips, pagination.

Skips only when the Debian ``chromium`` / ``chromium-driver`` packages are
missing. Screenshots are saved in the test's temp dir for a human to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.browser import require_chromium, start_chromium
from support.report_runs import make_run, random_outcomes

from medstep.report import render_report


@pytest.fixture(scope="module")
def driver():
    require_chromium()
    d = start_chromium()
    yield d
    d.quit()


def _cards(driver) -> list:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#samples .sample")


def _select(driver, element_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def _text(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


@pytest.mark.slow
def test_report_headline_filters_and_step_tooltip(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    outcomes = random_outcomes(30, 0.6, 5, failed=2, unparsed=3)
    made = make_run(tmp_path / "run", outcomes)
    report = render_report(made.run_dir)
    driver.set_window_size(1280, 1600)
    driver.get(report.as_uri())

    acc = made.summary.outcome.accuracy
    headline = _text(driver, "headline-accuracy")
    assert f"{acc.value * 100:.1f}%" in headline and f"n={acc.n}" in headline
    assert driver.find_element(By.CSS_SELECTOR, "#chart-cat-modality svg").is_displayed()
    assert _text(driver, "count") == "30 of 30 samples"
    assert len(_cards(driver)) == 30

    _select(driver, "f-status", "wrong")
    n_wrong = outcomes.count("wrong")
    assert _text(driver, "count") == f"{n_wrong} of 30 samples"
    assert all("st-wrong" in c.get_attribute("class") for c in _cards(driver))

    _select(driver, "f-status", "")
    _select(driver, "f-cat-0", "MRI")  # modality
    assert all("modality: MRI" in c.text for c in _cards(driver))
    assert len(_cards(driver)) == 10
    _select(driver, "f-cat-0", "")
    _select(driver, "f-cat-1", "__medstep_none__")  # organ: "(none)"
    assert [c.get_attribute("data-id") for c in _cards(driver)] == ["s00009", "s00019", "s00029"]
    _select(driver, "f-cat-1", "")

    search = driver.find_element(By.ID, "f-search")
    search.send_keys("opacity in case 7?")
    driver.implicitly_wait(0)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "count").text == "1 of 30 samples")
    assert _cards(driver)[0].get_attribute("data-id") == "s00007"
    search.clear()
    search.send_keys(" ")  # an input event so the page re-filters
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "count").text == "30 of 30 samples")

    # A sample with a contradicted step: hover it and read the evidence from the tooltip.
    _select(driver, "f-status", "correct")
    step = driver.find_element(By.CSS_SELECTOR, "#samples .step.v-contradicted")
    bg = step.value_of_css_property("background-color")
    assert bg != driver.find_element(By.CSS_SELECTOR, "#samples .step.v-supported").value_of_css_property(
        "background-color"
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", step)
    ActionChains(driver).move_to_element(step).perform()
    tip = driver.find_element(By.ID, "tooltip")
    WebDriverWait(driver, 5).until(lambda d: tip.is_displayed())
    assert "step verdict: contradicted" in tip.text
    assert "heart size is normal" in tip.text and "rule: negation" in tip.text
    driver.save_screenshot(str(tmp_path / "report-step-tooltip.png"))

    answer = driver.find_element(By.CSS_SELECTOR, "#samples .answer")
    ActionChains(driver).move_to_element(answer).perform()
    WebDriverWait(driver, 5).until(lambda d: "extraction rule: answer_tag" in tip.text)

    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(tmp_path / "report-top.png"))
    assert (tmp_path / "report-top.png").stat().st_size > 10_000


@pytest.mark.slow
def test_ten_thousand_samples_load_and_paginate(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    outcomes = random_outcomes(10_000, 0.55, 11, failed=30, unparsed=70)
    made = make_run(tmp_path / "big", outcomes, n_images=25)
    report = render_report(made.run_dir)
    size_mb = report.stat().st_size / 1e6
    print(f"10,000-sample report: {size_mb:.1f} MB")
    assert size_mb < 40  # thumbnails are shared, text is compact: a few MB, not hundreds

    driver.get(report.as_uri())
    assert _text(driver, "count") == "10000 of 10000 samples"
    assert _text(driver, "pageinfo") == "page 1 of 200"
    assert len(_cards(driver)) == 50  # only one page is ever in the DOM
    driver.find_element(By.ID, "next").click()
    assert _text(driver, "pageinfo") == "page 2 of 200"
    assert _cards(driver)[0].get_attribute("data-id") == "s00050"
    _select(driver, "f-status", "unparsed")
    assert _text(driver, "count") == "70 of 10000 samples"
    assert _text(driver, "pageinfo") == "page 1 of 2"
    driver.save_screenshot(str(tmp_path / "report-10k.png"))


@pytest.mark.slow
def test_paged_report_loads_parts_on_demand(driver, tmp_path: Path) -> None:
    """A report whose samples live in part files beside it: pages, filters, search, tooltips, thumbnails."""
    import shutil

    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    outcomes = random_outcomes(260, 0.6, 8, failed=4, unparsed=9)
    made = make_run(tmp_path / "run", outcomes)
    report = render_report(made.run_dir, inline_limit=100, part=40)
    assert (made.run_dir / "report_data").is_dir()
    driver.get(report.as_uri())
    wait = WebDriverWait(driver, 10)
    wait.until(lambda d: len(_cards(d)) == 50)
    assert _text(driver, "count") == "260 of 260 samples" and _text(driver, "pageinfo") == "page 1 of 6"
    assert [c.get_attribute("data-id") for c in _cards(driver)][::49] == ["s00000", "s00049"]
    thumbs = driver.find_elements(By.CSS_SELECTOR, "#samples .thumbs img")
    assert thumbs and all(t.get_attribute("src").startswith("data:image/jpeg") for t in thumbs)
    for _ in range(4):
        driver.find_element(By.ID, "next").click()
    wait.until(lambda d: _cards(d) and _cards(d)[0].get_attribute("data-id") == "s00200")
    assert _text(driver, "pageinfo") == "page 5 of 6"

    _select(driver, "f-status", "unparsed")
    wait.until(lambda d: len(_cards(d)) == 9)
    assert _text(driver, "count") == "9 of 260 samples"
    assert all("st-unparsed" in c.get_attribute("class") for c in _cards(driver))
    _select(driver, "f-status", "")
    _select(driver, "f-cat-0", "MRI")
    wait.until(lambda d: _text(d, "count") != "260 of 260 samples")
    n_mri = sum(s.categories.get("modality") == "MRI" for s in made.samples)
    assert _text(driver, "count") == f"{n_mri} of 260 samples"
    assert all("modality: MRI" in c.text for c in _cards(driver))
    _select(driver, "f-cat-0", "")

    search = driver.find_element(By.ID, "f-search")
    search.send_keys("opacity in case 217?")  # text only in a part not loaded yet
    wait.until(lambda d: _text(d, "count") == "1 of 260 samples")
    wait.until(lambda d: _cards(d) and _cards(d)[0].get_attribute("data-id") == "s00217")
    search.clear()
    search.send_keys(" ")
    wait.until(lambda d: _text(d, "count") == "260 of 260 samples")

    _select(driver, "f-status", "correct")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#samples .step.v-contradicted"))
    step = driver.find_element(By.CSS_SELECTOR, "#samples .step.v-contradicted")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", step)
    ActionChains(driver).move_to_element(step).perform()
    tip = driver.find_element(By.ID, "tooltip")
    wait.until(lambda d: tip.is_displayed())
    assert "step verdict: contradicted" in tip.text and "rule: negation" in tip.text
    driver.save_screenshot(str(tmp_path / "report-paged.png"))

    # Moved without its folder: the page says which folder it needs instead of showing nothing.
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(report, alone / "report.html")
    driver.get((alone / "report.html").as_uri())
    wait.until(lambda d: d.find_element(By.ID, "part-error").is_displayed())
    assert "report_data/" in _text(driver, "part-error")
    assert _text(driver, "count") == "260 of 260 samples"  # the index is in the page: filters still count
