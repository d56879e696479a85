"""Faithful claims the verifier contradicted through a reading of another thing (issue #8, faith42), each tested both
ways in words of its own: the faithful statement is no longer contradicted, and a wrong statement of the same shape
still is.

* a stone of a ureter is the ureter's own (``ureteric_stone``), not a kidney stone, and the map of an organ to its
  stone has one home (states.tsv's "stone" row, read by ``regions``);
* a bare "tortuosity" or "duct dilatation" said of another vessel or the pancreas is that organ's own kind
  (``organ_homes.tsv``), not the aorta's or the biliary tree's (the aorta's dissection stays as it was: the pairs
  below guard it);
* "a right rather than left pneumothorax", "a partial rather than complete tear": a contrast of two attributes of
  one kind denies the second attribute, not the finding (``adjective_runs.attribute_contrast``);
* findings "of similar size" (appearance, density...) are alike one another, not stable since a prior study, unless
  a comparison follows ("to", "as", "compared"; ``verify/triggers.tsv``).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

# (report, chain, whether the chain has a contradicted claim)
PAIRS: list[tuple[str, str, bool]] = [
    # a ureter's stone is its own
    ("No calculus in either ureter. A 7 mm stone sits in the lower pole of the right kidney.",
     "The flank pain comes from an obstructing ureterolithiasis.", True),
    ("No calculus in either ureter. A 7 mm stone sits in the lower pole of the right kidney.",
     "A 7 mm right lower pole renal stone; no ureteral stone.", False),
    ("Both kidneys are free of calculi. A 6 mm left ureteric calculus with mild hydroureter.",
     "A left ureteric calculus of about 6 mm; no renal calculi.", False),
    ("Both kidneys are free of calculi. A 6 mm left ureteric calculus with mild hydroureter.",
     "The ureters are clear, with no ureteric calculus.", True),
    ("Both kidneys are free of calculi. A 6 mm left ureteric calculus with mild hydroureter.",
     "There are renal calculi in the left kidney.", True),
    # a dissection: unchanged (a carotid flap is still read as the aorta's on both sides, see verifier_history 343)
    ("CTA neck: an intimal flap in the right internal carotid artery. The aortic arch is normal.",
     "A dissection flap is seen in the right carotid artery.", False),
    ("CTA neck: an intimal flap in the right internal carotid artery. The aortic arch is normal.",
     "There is no dissection flap in the carotid arteries.", True),
    ("CT: the descending thoracic aorta contains an intimal flap.", "No aortic dissection.", True),
    ("CT: the descending thoracic aorta contains an intimal flap.", "An aortic dissection flap is present.", False),
    # tortuosity of the carotid arteries is theirs
    ("The aorta is not tortuous. Both carotid arteries show tortuosity.", "The carotids show tortuosity.", False),
    ("Marked tortuosity of both carotid arteries.", "The carotid arteries are straight without tortuosity.", True),
    ("The thoracic aorta is unfolded and tortuous.", "No tortuosity of the aorta.", True),
    # the pancreatic duct's dilatation is its own
    ("The main pancreatic duct is dilated to 7 mm. The common bile duct is normal at 4 mm.",
     "Duct dilatation in the pancreatic body, about 7 mm.", False),
    ("The main pancreatic duct is dilated to 7 mm. The common bile duct is normal at 4 mm.",
     "The common bile duct is dilated.", True),
    ("The main pancreatic duct is dilated to 7 mm.", "No pancreatic duct dilatation.", True),
    ("No biliary dilatation. The pancreatic duct is dilated in the body and tail.",
     "Ductal dilatation in the pancreatic tail.", False),
    ("The common bile duct measures 11 mm with intrahepatic duct dilatation.", "No biliary duct dilatation.", True),
    # a contrast of two attributes of one kind
    ("Large right pneumothorax.", "There is a right rather than left pneumothorax.", False),
    ("Large right pneumothorax.", "There is a left rather than right pneumothorax.", True),
    ("Small left pleural effusion.", "A left rather than a right pleural effusion.", False),
    ("Small left pleural effusion.", "A right rather than a left pleural effusion.", True),
    ("Partial tear of the anterior cruciate ligament.", "It is a partial rather than complete tear of the ACL.", False),
    ("Moderate left pleural effusion.", "A moderate instead of small effusion on the left.", False),
    ("Moderate left pleural effusion.", "No left rather than right effusion.", True),
    ("No pneumothorax.", "A right rather than left pneumothorax.", True),
    ("No pneumothorax. A skin fold projects over the right apex.", "A skin fold rather than a small pneumothorax.", False),
    ("Small right apical pneumothorax.", "A skin fold rather than a small pneumothorax.", True),
    ("Large right pneumothorax.", "Fluid rather than a pneumothorax.", True),
    # things "of similar size" are alike one another, not unchanged since a prior study
    ("Innumerable nodules of similar size throughout both lungs. The radiograph of a month ago was clear.",
     "These nodules are new since last month's clear radiograph.", False),
    ("The cysts in both kidneys are of similar size and there is no dominant cyst. The kidneys were normal 2 years ago.",
     "The renal cysts have appeared since the normal study 2 years ago.", False),
    ("The right adrenal nodule is of similar size to the CT of 2 years ago.",
     "The right adrenal nodule is new since the CT 2 years ago.", True),
    ("The left pleural effusion is of similar size as before.", "The left effusion is new.", True),
]


def contradicted(report: str, chain: str) -> bool:
    v = verify(chain, report=report)
    return any(fv.verdict is Verdict.CONTRADICTED and fv.consistent is False for s in v.steps for fv in s.verdicts)


@pytest.mark.parametrize(("report", "chain", "expected"), PAIRS)
def test_faithful_stays_and_wrong_is_contradicted(report: str, chain: str, expected: bool) -> None:
    assert contradicted(report, chain) is expected


def test_the_stone_map_has_one_home() -> None:
    from medstep.verify.organ_words import state_kinds
    from medstep.verify.regions import _STONE_ORGANS

    assert _STONE_ORGANS == dict(p.split("=", 1) for p in state_kinds("stone"))
    assert _STONE_ORGANS["ureters"] == "ureteric_stone"


def test_attribute_contrast_is_linear_on_hostile_input() -> None:
    import time

    text = ("a right rather than left " * 800) + "pneumothorax."
    t = time.perf_counter()
    verify(text, report="Right pneumothorax.")
    assert time.perf_counter() - t < 20
