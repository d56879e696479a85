"""General knowledge in a kind-level predicate (gen26, issue #8): how common a kind of finding is, or how wide its
differential, says nothing of the image; a chain made only of such sentences and a committed letter earns nothing.
The observation with the same bare plural subject still claims."""

from __future__ import annotations

import pytest

from support.verify_claims import claim_pairs, roles
from medstep.judges.verifier import ReasoningScore
from medstep.verify import SentenceRole, verify

R = SentenceRole


@pytest.mark.parametrize("text", [
    "Kidney cysts are common.",
    "Kidney cysts are common, and most are simple.",
    "Gallstones are very common in older women.",
    "Pleural plaques are frequent among dockyard workers.",
    "Hepatic lesions are a frequent incidental finding on cross-sectional imaging.",
    "Pulmonary nodules are a well-recognised incidental finding in smokers.",
    "Bony lesions have a broad differential including infection and tumour.",
    "Thyroid nodules are frequently encountered on neck imaging.",
    "Hepatomegaly and ascites have numerous causes.",
])
def test_a_kind_level_statement_claims_nothing(text: str) -> None:
    assert roles(text) == [R.DEFINITION]
    assert claim_pairs(text) == []


@pytest.mark.parametrize("text", [
    "Lung masses in heavy smokers deserve careful work-up.",
    "Bone lesions in teenagers with night pain are mostly benign.",
    "Mediastinal masses in young women should prompt a search for lymphoma.",
    "Pleural thickening affects many former shipyard workers.",
    "Kidney infections among diabetics can be severe.",
])
def test_a_statement_about_a_population_claims_nothing(text: str) -> None:
    # "should prompt a search" is also read as an instruction (session 34): either role claims nothing
    assert roles(text) in ([R.DEFINITION], [R.INSTRUCTION])
    assert claim_pairs(text) == []


@pytest.mark.parametrize(("text", "claimed"), [
    ("Bilateral effusions are present.", [("pleural_effusion", "present")]),
    # this patient is singular: no population
    ("In this 41-year-old man there is a mediastinal mass.", [("mediastinal_mass", "present")]),
    ("There is a mediastinal mass in this patient.", [("mediastinal_mass", "present")]),
    ("Multiple nodules are seen.", [("pulmonary_nodule", "present")]),
    ("Gallstones are present.", [("cholelithiasis", "present")]),
    # a kind-level remark after the observation, past a comma, leaves the observation
    ("There is a kidney cyst, which is common.", [("renal_cyst", "present")]),  # (its own concept, site47)
    # "common" naming a part is no predicate of frequency
    ("These are common bile duct stones.", [("choledocholithiasis", "present")]),
])
def test_the_observation_with_such_a_subject_still_claims(text: str, claimed) -> None:
    assert claim_pairs(text) == claimed


REPORT = ("CT of the abdomen. There is a 2 cm fat-density lesion beside the descending colon with a thin enhancing rim "
          "and a central dot. There is mild surrounding fat stranding. No free gas.")
OPTIONS = {"A": "Epiploic appendagitis", "B": "Diverticulitis", "C": "Omental infarct"}


def test_boilerplate_and_the_gold_letter_earn_nothing() -> None:
    boiler = ("Fat-containing lesions are a frequent incidental finding on abdominal CT. A structured approach weighing "
              "age, location and attenuation is essential; correlate with prior imaging. The answer is A.")
    s = ReasoningScore.from_verification(verify(boiler, report=REPORT, options=OPTIONS, chosen="A", gold="A"))
    assert s.radrscore == 0.0 and s.factuality is None
    real = ("There is a fat-density lesion beside the descending colon with a thin rim and a central dot. "
            "There is mild fat stranding. The answer is A.")
    assert ReasoningScore.from_verification(
        verify(real, report=REPORT, options=OPTIONS, chosen="A", gold="A")).radrscore > 0.3
