"""A denial whose denied thing is no finding of the lexicon does not deny the finding it would lie in (vlay23, issue
#8): "there is no fat, gas or bowel within the lesion" says the lesion holds none of them, not that there is no
lesion (a report's sentence read so contradicted every faithful chain's cyst). Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def polarity(text: str, concept: str) -> Polarity | None:
    return next((f.polarity for f in extract_findings(text) if f.concept == concept), None)


@pytest.mark.parametrize("text, concept", [
    ("There is no fat, gas or bowel within the lesion.", "lesion"),
    ("No fat or soft tissue is seen inside the cyst.", "cyst"),
    ("There is no flow within the mass on Doppler.", "mass"),
    ("No enhancement in the lesion after contrast.", "lesion"),
])
def test_the_finding_a_denied_thing_would_lie_in_is_there(text: str, concept: str) -> None:
    assert polarity(text, concept) is PRESENT


@pytest.mark.parametrize("text, concept", [
    # near misses: the finding is the denied thing itself, with a place after it or nothing before it
    ("There is no lesion within the liver.", "lesion"),
    ("No mass in the left breast.", "mass"),
    ("No evidence of a mass in the pelvis.", "mass"),
])
def test_a_denied_finding_with_its_place_is_still_denied(text: str, concept: str) -> None:
    assert polarity(text, concept) is ABSENT
