"""Issue #12 (lane fast40): speed changes that must leave every reading as it was.

* ``answers.image_access.denies_image_access`` asks a second literal gate before its regex: every form of
  ``NO_IMAGE`` names what is missing (a picture word) or the text-only model, so a text naming neither cannot match.
  Tested both ways: every corpus chain and report, and fresh wordings, read as the regex alone reads them.
* ``aligned_said._Said.placed`` builds the record ``dataclasses.replace`` built (``aligned.report_sentences``): a
  field added to ``_Said`` and not passed on would be lost, so the test compares every field.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest

from medstep.answers.image_access import NO_IMAGE, denies_image_access
from medstep.verify.aligned_said import _Said

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"

FRESH = [  # (text, the writer has no image to read): other words than the module's own examples
    ("Sadly no photographs came through with your question, so I will reason from the history.", True),
    ("The image failed to load here; a subdural collection would fit a fall on warfarin.", True),
    ("We do not have access to your radiographs at the moment.", True),
    ("I lack the means to analyse the attached films, but a fracture is common after such a fall.", True),
    ("Being a text-based assistant, I would guess appendicitis.", True),
    ("We really can't view this x-ray, sorry.", True),
    ("Without viewing the picture, I think the answer is B.", True),
    ("There was no file attached.", True),
    ("No free fluid. No pneumothorax is seen and the trachea is midline.", False),
    ("I cannot exclude a small effusion at the left base.", False),
    ("There is no evidence of collapse; the lungs load normally without consolidation.", False),
    ("I can't see the image clearly, but the heart looks enlarged.", False),
    ("No previous images for comparison are available.", False),
    ("The film is slightly rotated; there is no scan artefact.", False),
]


def _texts() -> list[str]:
    out = [t for t, _ in FRESH]
    for path in sorted(CORPUS.glob("*_verify.jsonl")) + sorted(CORPUS.glob("*_extract.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                rec = json.loads(line)
                out += [v for k, v in rec.items() if isinstance(v, str) and k in ("chain", "report", "output", "text")]
    return out


def test_the_gate_never_hides_a_match() -> None:
    texts = _texts()
    assert len(texts) > 500
    for text in texts:
        low = text.lower().replace("\u2019", "'")
        assert denies_image_access(text) == (NO_IMAGE.search(low) is not None), text


@pytest.mark.parametrize(("text", "blind"), FRESH)
def test_fresh_wordings_read_as_before(text: str, blind: bool) -> None:
    assert denies_image_access(text) is blind


def test_placed_is_replace() -> None:
    part = _Said(1, 2, frozenset({"kidney"}), {"size": ("4 cm", 3, 7)})
    said = _Said(
        0,
        30,
        frozenset({"kidney", "left"}),
        {"severity": ("mild", 4, 8)},
        frozenset({"x"}),
        frozenset({"left"}),
        (part,),
        frozenset({("upper", "pole")}),
        frozenset({"kidney"}),
    )
    got = said.placed(10, 40, frozenset({"ctx"}), frozenset({"right"}))
    want = replace(said, start=10, end=40, context=frozenset({"ctx"}), sides=frozenset({"right"}))
    assert got == want
    assert all(getattr(got, f.name) == getattr(want, f.name) for f in fields(_Said))
    # (every field set above: a field added to ``_Said`` must be added to ``placed`` and here)
    assert [f.name for f in fields(_Said)] == [
        "start",
        "end",
        "things",
        "values",
        "context",
        "sides",
        "parts",
        "places",
        "measures",
    ]
