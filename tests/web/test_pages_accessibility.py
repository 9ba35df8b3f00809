"""Pages a person can use: every field has a label, and the colours are readable (WCAG AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import jixiao.web
from web.conftest import OWN_DEPARTMENT, YEAR, WebEnv

CSS = Path(jixiao.web.__file__).parent / "static" / "jixiao.css"
DOC = f"/documents/{OWN_DEPARTMENT}/{YEAR}"
PAGES = (
    ("anonymous", "/login"),
    ("anonymous", "/portal"),
    ("editor_own", "/"),
    ("editor_own", DOC),
    ("editor_own", f"{DOC}/edit"),
    ("editor_own", "/import"),
    ("editor_own", f"{DOC}/monitoring"),
    ("editor_own", f"{DOC}/self-evaluation"),
    ("reviewer_own", "/review"),
    ("reviewer_own", f"/review/{OWN_DEPARTMENT}/{YEAR}"),
    ("reviewer_own", f"/region?year={YEAR}"),
)
FIELD = re.compile(r"<(input|select|textarea)\b([^>]*)>", re.S)


def _unlabelled(page: str) -> list[str]:
    labelled = set(re.findall(r'<label[^>]*\bfor="([^"]+)"', page))
    missing = []
    for tag, attributes in FIELD.findall(page):
        kind = re.search(r'type="([^"]+)"', attributes)
        if tag == "input" and kind and kind.group(1) in ("hidden", "submit"):
            continue
        ident = re.search(r'\bid="([^"]+)"', attributes)
        if not (ident and ident.group(1) in labelled) and "aria-label=" not in attributes:
            missing.append(f"<{tag}{attributes}>")
    return missing


@pytest.mark.parametrize(("who", "path"), PAGES)
def test_every_field_has_a_label(shared_web: WebEnv, who: str, path: str) -> None:
    response = shared_web.client(who).get(path)
    assert response.status_code == 200, response.text
    assert FIELD.search(response.text) or path in ("/", "/review")
    assert _unlabelled(response.text) == []


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# (text, background) pairs the stylesheet uses for text
PAIRS = (
    ("--ink", "--paper"),
    ("--ink", "--ground"),
    ("--muted", "--paper"),
    ("--muted", "--ground"),
    ("--accent", "--paper"),
    ("--accent-ink", "--accent"),
    ("#ffffff", "--brand"),
    ("--red", "--red-bg"),
    ("--yellow", "--yellow-bg"),
    ("--green", "--green-bg"),
    ("--blue", "--blue-bg"),
    ("--brand", "--blue-bg"),
)


def test_text_colours_meet_wcag_aa_contrast() -> None:
    variables = dict(re.findall(r"(--[a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS.read_text()))
    for text, background in PAIRS:
        one, other = variables.get(text, text), variables.get(background, background)
        ratio = _contrast(one, other)
        assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f} < 4.5"
