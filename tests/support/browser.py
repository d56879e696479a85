"""Headless Chromium for page tests, through selenium and the *system* chromedriver.

Selenium's own driver manager would try to download a browser; we always
pass the Debian ``chromium-driver`` binary explicitly so nothing is fetched.
Tests skip (with the reason) only when the Debian packages are absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1600",
)


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_paths() -> tuple[str, str] | None:
    """``(browser, driver)`` binaries, or ``None`` when the Debian packages are not installed."""
    browser = _find("chromium", "chromium-browser")
    driver = _find("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
    return (browser, driver) if browser and driver else None


def require_chromium() -> tuple[str, str]:
    paths = chromium_paths()
    if paths is None:
        pytest.skip("headless browser test needs the Debian packages 'chromium' and 'chromium-driver'")
    return paths


def start_chromium():  # -> selenium.webdriver.Chrome
    """A headless Chrome session on the system chromium; the caller must ``quit()`` it."""
    browser, driver = require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=driver), options=opts)
