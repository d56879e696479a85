"""Session 44 (issue #8, lane measure44): sizes the verifier missed and a normal limit read as a normal organ.

* a chain's superlative subject ("the largest, in the right apex, is 6.5 cm") stands for the plural things named just
  before it (``aligned_words._antecedent``), so its size meets the report's size of the largest of them;
* report sentences that tie for a chain clause's measurement but state one value (a measurement repeated in the
  impression) still compare it (``aligned._measuring``);
* a normal word that is a limit a value exceeds ("above the 7 mm upper limit of normal") calls no organ normal
  (``normals.pair_normal``).
Rounded, converted (mm/cm) and faithful values stay uncontradicted.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.aligned_words import _antecedent, _not_thing, _stem
from medstep.verify.verdicts import Verdict

_BULLAE = "Several thin-walled bullae are present at the apices, the largest in the right apex measuring 2.5 cm."
_RIB = ("Multiple sclerotic foci are scattered through the ribs. The largest lesion lies in the posterior aspect of "
        "the right 6th rib and measures 18 mm. IMPRESSION: Largest 18 mm in the right posterior 6th rib.")
_CYSTS = ("Numerous simple cysts are scattered through both kidneys. The largest sits in the left upper pole and "
          "measures 4.1 cm. IMPRESSION: Bilateral simple renal cysts, largest 4.1 cm in the left upper pole.")
_CBD = "The common bile duct is dilated to 11 mm. No stones are seen within it."
_GB = "The gallbladder is distended, measuring 10 cm. Multiple gallstones are present, the largest 2.2 cm."


def _contradicted(step: str, report: str) -> bool:
    v = verify("Step 1: " + step, report=report)
    return any(s.verdict is Verdict.CONTRADICTED for s in v.steps)


@pytest.mark.parametrize("step, report, wrong", [
    ("There are thin-walled apical bullae; the largest, in the right apex, is 6.5 cm.", _BULLAE, True),
    ("There are thin-walled apical bullae; the largest, in the right apex, is 2.5 cm.", _BULLAE, False),
    ("Thin-walled bullae sit at the apices; the biggest one measures 25 mm.", _BULLAE, False),
    ("Thin-walled bullae sit at the apices; the largest is about 3 cm.", _BULLAE, False),
    ("Both kidneys hold many simple cysts; the largest measures 9 cm in the left upper pole.", _CYSTS, True),
    ("Both kidneys hold many simple cysts; the largest is about 4 cm.", _CYSTS, False),
    ("The gallbladder contains several stones; the biggest is 2.2 cm.", _GB, False),
    ("The gallbladder holds a few stones; the biggest is about 2 cm.", _GB, False),
])
def test_chain_superlative_subject(step: str, report: str, wrong: bool) -> None:
    assert _contradicted(step, report) is wrong


@pytest.mark.parametrize("step, report, wrong", [
    ("Multiple sclerotic foci are scattered through the ribs. The largest is 38 mm in the posterior right 6th rib.",
     _RIB, True),
    ("Multiple sclerotic foci are scattered through the ribs. The largest is 1.8 cm in the posterior right 6th rib.",
     _RIB, False),
    ("Multiple sclerotic foci are scattered through the ribs. The largest is about 2 cm in the posterior right 6th "
     "rib.", _RIB, False),
    ("Numerous simple cysts are scattered through both kidneys. The largest sits in the left upper pole and measures "
     "9.5 cm.", _CYSTS, True),
    ("Numerous simple cysts are scattered through both kidneys. The largest sits in the left upper pole and measures "
     "41 mm.", _CYSTS, False),
])
def test_tied_sentences_of_one_value(step: str, report: str, wrong: bool) -> None:
    assert _contradicted(step, report) is wrong


@pytest.mark.parametrize("step, report, wrong", [
    ("The common bile duct measures 11 mm, above the 7 mm upper limit of normal.", _CBD, False),
    ("The CBD is 11 mm, well beyond the upper limit of normal.", _CBD, False),
    ("At 11 mm the common bile duct is dilated, exceeding the 6 mm upper limit of normal.", _CBD, False),
    ("The spleen measures 16 cm, above the 13 cm upper limit of normal.", "The spleen is enlarged, measuring 16 cm.",
     False),
    ("The common bile duct is normal.", _CBD, True),
    ("The common bile duct is within normal limits.", _CBD, True),
    ("The spleen is normal.", "The spleen is enlarged, measuring 16 cm.", True),
    ("The heart size is at the upper limit of normal.", "The heart is markedly enlarged, with a cardiothoracic ratio "
     "of 0.68.", True),
    ("The common bile duct is 4 mm, below the upper limit of normal.", "The common bile duct measures 4 mm and is "
     "normal in calibre.", False),
])
def test_exceeded_normal_limit(step: str, report: str, wrong: bool) -> None:
    assert _contradicted(step, report) is wrong


def test_superlative_antecedent_is_the_plural_things() -> None:
    not_thing = _not_thing(frozenset())
    assert _antecedent("the biggest is 2.2 cm", "stones move within the gallbladder", not_thing) == {_stem("stones")}
    assert _antecedent("the largest, in the right apex, is 6.5 cm", "there are thin-walled apical bullae",
                       not_thing) == {_stem("bullae")}
    # a report sentence's superlative keeps every thing word of the sentence before
    assert "gallbladder" in _antecedent("the biggest is 2.2 cm", "stones move within the gallbladder", not_thing,
                                        superlative=True)


_MASS = ("There is a lobulated mass in the right lower lobe. It measures 3.0 x 1.2 cm, decreased from 6.5 x 2.8 cm on "
         "the admission film.")


@pytest.mark.parametrize("step, wrong", [
    ("A lobulated mass sits in the right lower lobe.\n**Step 2: Interval change.** It measures 5.0 x 2.2 cm, down "
     "from 6.5 x 2.8 cm on the admission film.", True),
    ("A lobulated mass sits in the right lower lobe.\n**Step 2: Interval change.** It measures 3.1 x 1.2 cm, down "
     "from 6.5 x 2.8 cm on the admission film.", False),
    ("A lobulated mass sits in the right lower lobe.\nStep 2: Size. It measures 30 x 12 mm now.", False),
    ("A lobulated mass sits in the right lower lobe.\nStep 2: Size. It measures about 3 cm now.", False),
    ("A lobulated mass sits in the right lower lobe.\nStep 2: Size: it measures 7 x 5 cm now.", True),
])
def test_pronoun_after_heading(step: str, wrong: bool) -> None:
    assert _contradicted(step, _MASS) is wrong


_OPACITY = ("There is a well-defined opacity at the right cardiophrenic angle measuring 9 x 7 cm, increased from 6 x 5 cm "
            "on the prior radiograph.")


@pytest.mark.parametrize("step, wrong", [
    ("The opacity sits at the right cardiophrenic angle.\n### Has it changed?\nIt measures about 4 x 3 cm, slightly "
     "larger than 2 years ago.", True),
    ("The opacity sits at the right cardiophrenic angle.\n### Has it changed?\nIt measures about 9 x 7 cm, larger than "
     "2 years ago.", False),
    ("The opacity sits at the right cardiophrenic angle.\n### How big is it?\nIt is roughly 90 mm across.", False),
])
def test_pronoun_after_question_heading(step: str, wrong: bool) -> None:
    assert _contradicted(step, _OPACITY) is wrong


# review of lane measure44: a short sentence or heading naming a thing keeps its pronoun; a chain's "the smallest" meets
# no report size of the largest; a denied exceeding still calls the organ normal
_MASS_EFFUSION = "There is a right pleural effusion, 4 cm deep. A right lower lobe mass measures 6 cm."


@pytest.mark.parametrize("step", [
    "A right pleural effusion is present, 4 cm deep.\nStep 2: Mass. It measures 6 cm.",
    "A right pleural effusion is present, 4 cm deep.\nStep 2: A mass is present. It measures 6 cm.",
    "A right pleural effusion is present, 4 cm deep.\nStep 2: Lower lobe mass. It measures 6 cm.",
    "A right pleural effusion is present, 4 cm deep.\nStep 2: What about the mass?\nStep 3: Yes. It measures 6 cm.",
])
def test_heading_naming_a_thing_keeps_its_pronoun(step: str) -> None:
    assert not _contradicted(step, _MASS_EFFUSION)


def test_chain_smallest_meets_no_largest() -> None:
    report = "Several pulmonary nodules are present in both lungs, the largest 14 mm in the right upper lobe."
    assert not _contradicted("Several nodules in both lungs; the smallest is about 4 mm.", report)
    assert _contradicted("Both lungs contain nodules; the largest, in the right upper lobe, is 4.4 cm.", report)


def test_denied_exceeding_is_normal() -> None:
    v = verify("Step 1: There is mediastinal lymphadenopathy.", report="No lymph node exceeds normal size.")
    assert any(s.verdict is Verdict.CONTRADICTED for s in v.steps)
    assert not _contradicted("The common bile duct not only exceeds normal limits but measures 13 mm.",
                             "The common bile duct measures 13 mm, dilated.")
