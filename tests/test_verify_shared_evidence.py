"""The verifier's shared work answers exactly as the work done afresh.

Why: a benchmark's items ask different options of one report (``medstep score`` on RadRBench-style data),
so each item has its own evidence set; the report's and reference steps' part is built once and the
verdicts on concepts the options do not touch come from it (``Verifier._base``, ``EvidenceSet.share``).
A text naming no one-sided structure skips the trigger scan of ``organ_sides.read_sides``.
"""

from __future__ import annotations

import random

import pytest

from medstep.verify import Verifier
from medstep.verify import organ_sides as O
from medstep.verify.verdicts import EvidenceSet

REPORT = ("Small left pleural effusion with adjacent atelectasis. No pneumothorax. The heart size is normal. "
          "Endotracheal tube tip 4 cm above the carina.")
REFERENCE = ["The left costophrenic angle is blunted, in keeping with a small effusion.",
             "There is no pneumothorax.", "The cardiac silhouette is not enlarged."]
CHAINS = ["Step 1: There is a small left pleural effusion.\nStep 2: No pneumothorax is seen.\n"
          "Step 3: The heart is enlarged.\nStep 4: There is a right lower lobe consolidation.",
          "Step 1: The lungs are clear.\nStep 2: There is a large right pneumothorax.\n"
          "Step 3: The answer is the effusion.",
          "Step 1: Let me look at the film.\nStep 2: Possible left basal atelectasis.\nStep 3: No rib fracture."]
OPTIONS = [{"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Rib fracture"},
           {"A": "Pleural effusion", "B": "Hiatal hernia", "C": "Pulmonary edema", "D": "Nodule"},
           {"A": "Right lower lobe consolidation", "B": "Pneumothorax", "C": "Emphysema", "D": "Pleural effusion"},
           {"A": "Pneumonia", "B": "No acute abnormality", "C": "Hiatal hernia", "D": "Rib fracture"}]


def _json(v: Verifier, chain: str, options: dict[str, str], chosen: str) -> dict:
    out = v.verify(chain, report=REPORT, reference=REFERENCE, options=options, chosen=chosen, gold="A",
                   option_evidence=True, question="Which finding is present?")
    return {"json": out.to_json(), "errors": out.errors, "counts": (out.factuality_counts(),
                                                                     out.effectiveness_counts(),
                                                                     out.completeness_counts())}


def test_items_asking_other_options_of_one_report_grade_as_each_alone() -> None:
    shared = Verifier()
    for options in OPTIONS:
        for chain in CHAINS:
            for chosen in "AB":
                assert _json(shared, chain, options, chosen) == _json(Verifier(), chain, options, chosen)


def test_option_evidence_judges_its_own_concepts_and_shares_the_rest() -> None:
    v = Verifier()
    v.verify(CHAINS[0], report=REPORT, reference=REFERENCE, options=OPTIONS[1], chosen="A", gold="A",
             option_evidence=True)
    (ev, _items, _units, _region), = v._ev_cache.values.values()
    (_raw, base, _b, _u, _region), = v._base_cache.values.values()
    assert isinstance(ev, EvidenceSet) and ev.base is base
    assert {"pleural_effusion", "hiatal_hernia"} <= ev.touched  # the gold option's and a distractor's findings
    assert "cardiomegaly" not in ev.touched  # the chain's "heart is enlarged": judged on the report's set


def test_without_option_evidence_every_item_uses_the_report_set() -> None:
    v = Verifier()
    for options in OPTIONS[:2]:
        v.verify(CHAINS[1], report=REPORT, reference=REFERENCE, options=options, chosen="B")
    sets = {id(ev) for ev, _i, _u, _r in v._ev_cache.values.values()}
    (_raw, base, _b, _u, _region), = v._base_cache.values.values()
    assert sets == {id(base)}


_ORGAN_ATOMS = ["The liver", " is on the left", " right", " left-sided ", "gastric bubble", " not ", " possibly ",
                "cardiac apex", " and the aortic knuckle", " are on the right", ". ", "; ", "\n", "minor fissure",
                " left basal atelectasis", " under the right hemidiaphragm", ", with", " effusion", " lies right"]


@pytest.mark.parametrize("seed", range(3))
def test_organ_sides_without_a_structure_word_read_as_the_full_token_walk(seed: int,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = Verifier().extractor.scanner
    rng = random.Random(seed)
    texts = ["".join(rng.choice(_ORGAN_ATOMS) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    fast = [O.read_sides(t, scanner) for t in texts]
    monkeypatch.setattr(O, "_ANY_STRUCTURE", O._TOKEN)  # the test it replaced: any structure or side word
    assert fast == [O.read_sides(t, scanner) for t in texts]
    assert any(fast)


def test_a_side_without_a_structure_gives_no_structure_a_side() -> None:
    scanner = Verifier().extractor.scanner
    assert O.read_sides("The right lower lobe is consolidated; the left lung is clear.", scanner) == []
    assert [(s.structure, s.side) for s in O.read_sides("The liver is on the left.", scanner)] == [("liver", "left")]
