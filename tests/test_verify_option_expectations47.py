"""Textbook lines claim nothing about the image (issue #8, lane expect47, ``verify/option_heads.py``,
``verify/expectations.py``).

Why: faithful chains still drew contradicted claims from what a class of finding does in general ("as a tumour can
hide in an inflamed segment"), from a setting with an impersonal subject ("In heart failure, one expects
cardiomegaly", "For C to hold we'd need consolidation"), from an option named by its bracketed letter in a clause of
contrast ("whereas a corpus luteum cyst (B) should have regressed") and from an option heading whose option text
brackets part of its name ("*Hydatid cyst:*" beside "Hydatid (echinococcal) cyst"). Near misses keep their claims:
a subject of this image (definite, quantified, "new"), an expectation said present or pointing here, a denial of what
is pointed at ("none here") read as this image's, and an observation said before the generic clause.
"""

import pytest

from medstep.verify import verify

OPTIONS = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Lobar pneumonia", "D": "Congestive heart failure"}
REPORT = "Large left pleural effusion. No pneumothorax. Heart size normal. No consolidation."
LEAD = "There is a large left effusion. "


def _claimed(line: str, target: str, options: dict[str, str] = OPTIONS, report: str = REPORT) -> bool:
    """Whether the chain's findings hold ``target`` present or uncertain."""
    v = verify(LEAD + line, report=report, reference=[], options=options, chosen="A", gold="A", option_evidence=True,
               question="What is the most likely diagnosis?")
    return any(f.concept == target and f.polarity.value != "absent" for s in v.steps for f in s.findings)


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("Fluid fills the base, but pneumothoraces can collapse the lung.", "pneumothorax"),
        ("Repeat imaging is sensible, as a pneumonia can hide behind fluid.", "pneumonia"),
        ("The fluid is layering, whereas a pneumothorax (B) would give a sharp pleural edge.", "pneumothorax"),
        ("For C to hold we'd need a dense lobar consolidation, none here.", "consolidation"),
        ("With a pneumothorax, you would see absent lung markings at the periphery.", "pneumothorax"),
        ("In lobar pneumonia, one would expect dense consolidation with air bronchograms.", "consolidation"),
        ("Heart failure requires an enlarged heart, none here.", "cardiomegaly"),
        ("Heart failure requires an enlarged heart, none here.", "heart_failure"),
    ],
)
def test_a_textbook_line_claims_nothing(line: str, target: str) -> None:
    assert not _claimed(line, target)


def test_a_heading_naming_an_option_without_its_bracketed_words_is_an_option_heading() -> None:
    options = {"A": "Pyogenic liver abscess", "B": "Hydatid (echinococcal) cyst", "C": "Simple hepatic cyst"}
    report = "Rim-enhancing gas-containing liver abscess. No daughter cysts."
    assert not _claimed("*Hydatid cyst:* no daughter cysts and no calcified wall.", "hydatid", options, report)
    assert _claimed("Hydatid cyst: a large cyst with daughter cysts is present.", "hydatid", options, report)


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("There is a small left pneumothorax.", "pneumothorax"),
        ("A pneumothorax can be seen at the left apex.", "pneumothorax"),  # said seen
        ("In this film we see a small pneumothorax.", "pneumothorax"),  # a definite setting
        ("In the left apex there is a pneumothorax.", "pneumothorax"),
        ("Heart failure causes cardiomegaly here.", "cardiomegaly"),  # pointing at this image
        ("Pneumonia requires consolidation, and there is consolidation at the left base.", "consolidation"),
        ("Some consolidation can be seen in the lingula.", "consolidation"),  # a quantity of this image's
        ("There is consolidation in the lingula, as a pneumonia would produce.", "consolidation"),
        ("A pneumothorax (B) is visible at the apex.", "pneumothorax"),
        ("For A to be right we'd need fluid, and there is a pneumothorax too.", "pneumothorax"),
    ],
)
def test_an_observation_beside_a_textbook_line_is_still_claimed(line: str, target: str) -> None:
    assert _claimed(line, target)
