"""Verdicts standing after what they judge (issue #8, lane faithful40): faithful chains' differential checklists
("Paget disease: bone expansion, cortical thickening - absent", "Pneumothorax: none seen") were read present and
contradicted. Each reading has its near misses that must stay as they were. The sentences are written for this test,
in other words than the retired chains."""

from __future__ import annotations

import time

import pytest

from medstep.verify import extract_findings, verify
from medstep.verify.post_verdicts import bare_after


def claims(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pleural fluid: none seen.", "pleural_effusion"),
        ("Rib fractures: none visible.", "rib_fracture"),
        ("Free air under the diaphragm: none noted.", "pneumoperitoneum"),
        ("Consolidation or effusion: neither present.", "consolidation"),
    ],
)
def test_none_and_a_word_of_seeing_closing_a_label_denies_it(text: str, concept: str) -> None:
    assert (concept, "absent") in claims(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "none" going on past its word of seeing is no verdict on what stands before
        ("Nodules of varying size, none seen to cavitate.", "pulmonary_nodule"),
        ("Consolidation at the left base, none evident on the right.", "consolidation"),
        ("Several nodules, none present on the 2019 study.", "pulmonary_nodule"),
    ],
)
def test_none_that_goes_on_leaves_what_stands_before(text: str, concept: str) -> None:
    assert (concept, "present") in claims(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Against lymphoma: hilar lymphadenopathy, pleural effusion - absent.", {"hilar_lymphadenopathy"}),
        ("Checked: pneumothorax, rib fracture - not seen.", {"pneumothorax", "rib_fracture"}),
        ("Failure signs: Kerley lines, upper lobe diversion - absent.", {"septal_thickening", "vascular_congestion"}),
    ],
)
def test_a_dash_set_verdict_closing_a_labelled_list_judges_every_item(text: str, absent: set[str]) -> None:
    found = claims(text)
    assert {(c, "absent") for c in absent} <= found
    assert not {c for c, p in found if p == "present"} & absent


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Right effusion, pneumothorax - absent.", "pleural_effusion"),  # no label: the verdict is the last item's
        ("Pleura: right effusion, pneumothorax - absent.", "pleural_effusion"),  # a sided item is described
        ("Right side: effusion, pneumothorax - absent.", "pleural_effusion"),  # the label sides the list
        ("Lung bases: mild atelectasis, effusion - absent.", "atelectasis"),  # a graded item is described
        ("Chest: consolidation in the right lower lobe, empyema unlikely.", "consolidation"),  # no dash: own clause
    ],
)
def test_a_described_item_or_an_unlabelled_list_keeps_its_reading(text: str, present: str) -> None:
    found = claims(text)
    assert (present, "present") in found and ("pneumothorax", "present") not in found


def test_a_denied_present_finding_in_such_a_list_is_contradicted() -> None:
    v = verify("Checked: consolidation, effusion - not seen.", report="Right lower lobe consolidation. No effusion.")
    contradicted = {fv.finding.concept for s in v.steps for fv in s.verdicts if fv.verdict.value == "contradicted"}
    assert "consolidation" in contradicted


def test_bare_after_reads_one_word_of_seeing_only() -> None:
    low = "effusion: none seen."
    assert bare_after(low, low.index("none") + 4)
    low = "nodules, none seen to cavitate."
    assert not bare_after(low, low.index("none") + 4)


def test_long_hostile_lists_stay_fast() -> None:
    text = "x:" + "effusion,   " * 1700 + "absent"
    start = time.perf_counter()
    extract_findings(text[:20000])
    assert time.perf_counter() - start < 5.0
    text = "signs for against features: effusion, pneumothorax -   absent " * 330  # a checked-for label each item
    start = time.perf_counter()
    extract_findings(text[:20000])
    assert time.perf_counter() - start < 5.0
    low = " " * 20000 + "seen " * 4000
    start = time.perf_counter()
    bare_after(low, 0)  # one linear pass: the blanks, then one word of seeing at most
    assert time.perf_counter() - start < 0.5


def _contradicted(chain: str, report: str) -> set[str]:
    v = verify(chain, report=report)
    return {fv.finding.concept for s in v.steps for fv in s.verdicts if fv.verdict.value == "contradicted"}


@pytest.mark.parametrize(
    ("report", "chain", "kept", "spared"),
    [
        # an organ holding no finding denies that organ's finding only: the adrenal's adenoma stands
        (
            "The spleen shows no focal lesion. A 2 cm left adrenal nodule with rapid washout.",
            "Both washout thresholds are met, so this is a lipid-poor adenoma.",
            set(),
            "benign_lesion",
        ),
        # the organ's own finding, said in other words, is still contradicted
        ("The liver contains no focal lesion.", "There is a focal liver lesion.", {"liver_lesion"}, ""),
        ("The liver has no lesion.", "Multiple liver metastases.", {"liver_lesion"}, ""),
        ("The liver contains no focal lesion.", "A hepatic adenoma in the right lobe.", {"hepatic_adenoma"}, ""),
    ],
)
def test_an_organ_holding_no_finding_denies_its_own_finding_only(
    report: str, chain: str, kept: set[str], spared: str
) -> None:
    found = _contradicted(chain, report)
    assert kept <= found
    assert not spared or spared not in found


_PTX = "Chest radiograph: moderate right pneumothorax with a visible visceral pleural edge. No pleural effusion."
_NODULE = "CT chest: 2 cm spiculated nodule in the right upper lobe. No pleural effusion. No pneumothorax."
_METS = "CT abdomen: multiple hypodense lesions throughout the liver consistent with metastases. No ascites."
_RCC = "CT abdomen: 4 cm enhancing mass in the right kidney, suspicious for renal cell carcinoma. No renal calculi."
_RLL = "Chest X-ray: consolidation in the right lower lobe with air bronchograms. No pleural effusion."


@pytest.mark.parametrize(
    ("report", "step", "kept"),
    [
        # review of faithful40 (probes p134-p145): a label that is the finding there, its absent features listed
        (_PTX, "Pneumothorax: tension, mediastinal shift - absent.", "pneumothorax"),
        (_NODULE, "Pulmonary nodule: calcification, cavitation - absent.", "pulmonary_nodule"),
        (_NODULE, "Spiculated nodule: calcification, cavitation - absent.", "pulmonary_nodule"),
        (_METS, "Liver metastases: calcification, haemorrhage - absent.", "liver_lesion"),
        (_RCC, "Renal cell carcinoma: renal vein invasion, lymphadenopathy - absent.", "renal_cell_carcinoma"),
        (_RLL, "Consolidation: cavitation, effusion - absent.", "consolidation"),
        # the same shape in other words: a label with an en dash, a longer list
        (_RLL, "Right lower lobe consolidation: cavitation, abscess, empyema \u2013 not seen.", "consolidation"),
    ],
)
def test_a_dash_list_does_not_deny_its_label(report: str, step: str, kept: str) -> None:
    assert kept not in _contradicted(step, report)
    assert (kept, "absent") not in claims(step)


@pytest.mark.parametrize(
    ("report", "step", "denied"),
    [
        # a label naming what the list checks for is judged with its items, and still contradicted when present
        (_RLL, "Pneumonia signs: consolidation, air bronchograms - absent.", "consolidation"),
        (_PTX, "Findings: pneumothorax, rib fracture - absent.", "pneumothorax"),
        # an item of the list that the report holds stays contradicted
        (_RLL, "Lungs: consolidation, pneumothorax - absent.", "consolidation"),
        (_PTX, "Pleural space: pneumothorax, effusion - not seen.", "pneumothorax"),
    ],
)
def test_a_checked_for_label_or_a_present_item_stays_contradicted(report: str, step: str, denied: str) -> None:
    assert denied in _contradicted(step, report)


def test_bladder_stones_none_seen_reads_as_none_does() -> None:
    """Review p177: "Bladder stones: none seen." reads the lexicon's kidney_stone (``concepts.tsv`` lists "bladder
    stone" under it) as "Bladder stones: none." did before the lane: the same reading, whatever the lexicon decides."""
    report = "CT KUB: 6 mm calculus in the lower pole of the left kidney. The bladder is normal."
    assert _contradicted("Bladder stones: none seen.", report) == _contradicted("Bladder stones: none.", report)
