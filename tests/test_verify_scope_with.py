"""Where a "without"/"no" denial ends at a second "with": "a mass without a capsule and with a tumour thrombus".

A "with" joined to the denial by "and", "but", "yet" or a comma opens another attribute stated present; a "with"
straight after the denied noun belongs to what is denied ("no consolidation with air bronchograms"), and so does a
list joined by "or". Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

P, A = Polarity.PRESENT, Polarity.ABSENT

CASES = [
    ("A thyroid nodule with no halo and with coarse calcification.", {"calcification": P}),
    ("The kidney is scarred without hydronephrosis, and with a 9 mm calculus in the lower pole.",
     {"hydronephrosis": A, "kidney_stone": P}),
    ("Meniscal tear without a displaced flap but with a large joint effusion.", {"joint_effusion": P}),
    ("No skull fracture, with an acute subdural haematoma over the left convexity.",
     {"skull_fracture": A, "subdural_hematoma": P}),
    ("Dilated appendix without perforation and with a calcified appendicolith at its base.",
     {"perforation": A, "appendicolith": P}),
    ("There is no ascites, plus several enlarged para-aortic lymph nodes.", {"ascites": A, "lymphadenopathy": P}),
    ("A lytic lesion of the iliac wing without periosteal reaction yet with a large soft tissue mass.",
     {"mass": P}),
    ("Gallstones without gallbladder wall thickening, along with a dilated common bile duct.",
     {"cholelithiasis": P}),
    # what stays denied: a "with" straight after the denied noun, a list joined by "or"
    ("No consolidation with air bronchograms in either lung.", {"consolidation": A, "air_bronchogram": A}),
    ("No fracture or dislocation with a joint effusion.", {"fracture": A, "joint_effusion": A}),
    ("Without pleural effusion or pneumothorax.", {"pleural_effusion": A, "pneumothorax": A}),
    ("There is no mass and no lymphadenopathy.", {"mass": A, "lymphadenopathy": A}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_a_joined_with_ends_the_denial(sentence: str, expected: dict[str, Polarity]) -> None:
    got: dict[str, Polarity] = {}
    for f in extract_findings(sentence):
        got.setdefault(f.concept, f.polarity)
    for concept, polarity in expected.items():
        assert got.get(concept) is polarity, (concept, got)
