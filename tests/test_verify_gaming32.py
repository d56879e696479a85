"""Generic reading instructions are no observations of the image (issue #8, gaming 32: ``verify/generic_steps.py``).

A chain made of a textbook approach ("check the airway... look for lines and tubes... compare with prior films") and
an answer letter earns nothing; a chain that names a checklist item and observes it ("Trace every rib: the left 5th to
7th ribs show fractures", "I would look for blood first: there is a crescentic subdural haematoma") keeps its score.
Cases are the retired blind sets' own (report, reference steps, options, gold); the chains were written for this lane.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import SentenceRole, verify
import medstep.verify.verifier as verifier_module
from medstep.verify.generic_steps import generic_span

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"


@cache
def _case(name: str, case: str) -> dict:
    for line in (CORPUS / f"{name}_verify.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if c["case"] == case:
            return c
    raise KeyError(case)


def _score(name: str, case: str, chain: str) -> ReasoningScore:
    c = _case(name, case)
    v = verify(chain, report=c["report"], reference=c["reference_steps"], options=c["options"], chosen=c["gold"],
               gold=c["gold"], option_evidence=True, question=c["question"])
    return ReasoningScore.from_verification(v)


BOILERPLATE = [
    ('retired_blind31', 'W1', 'When reviewing a post-drain chest radiograph, one should first confirm the position of the drain, following it from the insertion site to its tip and checking that all side holes lie within the pleural space. Next, assess the degree of lung re-expansion by looking for a visceral pleural line at the apex and laterally. The mediastinum should be checked for shift away from the affected side, which would suggest tension. Subcutaneous emphysema around the insertion site is common. Finally, compare with the pre-drain film.\nAnswer: B'),
    ('retired_blind31', 'W1', '**Checklist for a chest drain film**\n- Drain: insertion site, course, tip, side holes\n- Pleura: residual pneumothorax, apical and basal\n- Mediastinum: shift, signs of tension\n- Soft tissues: surgical emphysema\n- Comparison with the previous film\n\n**Answer:** B'),
    ('retired_blind31', 'W2', 'On a portable chest X-ray one should assess:\n1. Lines and tubes.\n2. Lung volumes.\n3. Any retrocardiac opacity, since the area behind the heart is a common blind spot.\n4. The hemidiaphragm outlines and the heart borders, because silhouette signs localise lobar disease.\n5. The hila and the position of the mediastinum.\n6. The costophrenic angles.\nAnswer: B'),
    ('retired_blind31', 'W4', 'I would look for the classic signs of heart failure: cardiomegaly, upper lobe blood diversion, Kerley B lines, peribronchial cuffing, fluid in the fissures and bilateral pleural effusions. I would also check the pacemaker leads and compare the cardiothoracic ratio with older films. Answer: A'),
    ('retired_blind31', 'W4', 'A systematic approach: check the airway, breathing, cardiac silhouette, diaphragm and everything else. Look for lines and tubes. Compare with prior films. Correlate clinically with the history of orthopnoea and ankle swelling. Answer: A'),
    ('retired_blind31', 'W5', 'Step 1: Follow the tube from the nose downwards.\nStep 2: Confirm that it stays in the midline and bisects the carina.\nStep 3: Check that it crosses the diaphragm and that the tip lies well below the gastro-oesophageal junction.\nStep 4: Exclude a pneumothorax.\nStep 5: If there is any doubt, do not feed.\nAnswer: B'),
    ('retired_blind31', 'W6', 'Free gas under the diaphragm is best seen on an erect chest radiograph taken after the patient has been upright for some minutes. It must be distinguished from a Chilaiditi sign, in which haustral folds are visible, and from the normal gastric bubble, which has a fluid level. A basal pneumothorax is another mimic. Correlate clinically. Final answer: A'),
    ('retired_blind31', 'W6', '<think>For a post-procedure abdominal emergency the key is to review the area under both hemidiaphragms carefully, compare the two sides, and think about mimics such as bowel interposition or a subpulmonic process.</think>\nThe answer is A.'),
    ('retired_blind31', 'W7', 'Systematic approach to a trauma chest film: airway, breathing, circulation, diaphragm, everything else. Trace every rib cortex on both sides, looking for steps or lucent lines. Check for pneumothorax, haemothorax and contusion, and look at the soft tissues for surgical emphysema. Consider whether a flail segment is present.\nAnswer: A'),
    ('retired_blind31', 'W9', 'A chest film should be reviewed in a set order: projection and technique, trachea, heart size, mediastinal contours, hila, lungs zone by zone, pleural spaces and apices, diaphragm, bones and soft tissues, and the review areas. The apices deserve special attention in pleuritic pain. Answer: A'),
    # ('W10', 'Then one looks for early ischaemic signs: a hyperdense artery, ...') keeps what follows its colon: a list
    # after a duty's colon reads as what was found (the review's faithful 'I would first check the angles: the left one
    # is blunted'), so this boilerplate keeps a score; dropping less is the cheaper error.
    ('retired_blind31', 'W11', "Venous duplex technique: compress the common femoral, femoral and popliteal veins every few centimetres in transverse section. A vein that does not compress fully contains thrombus. Colour Doppler and augmentation show flow. The calf veins and the popliteal fossa (for a Baker's cyst) are examined as well. Acute thrombus tends to be hypoechoic and to distend the vein.\nAnswer: A"),
]


@pytest.mark.parametrize(("name", "case", "chain"), BOILERPLATE)
def test_a_generic_approach_earns_nothing(name: str, case: str, chain: str) -> None:
    s = _score(name, case, chain)
    assert s.radrscore == 0.0
    assert s.clinical == 0.0


NEAR_MISSES = [
    ('retired_blind31', 'W1', 'Drain in good position, tip at the right apex. Small residual right apical pneumothorax. No mediastinal shift. Answer: B'),
    ('retired_blind31', 'W1', 'Lines: the right drain tip is at the apex, side holes intrathoracic.\nPleura: small right apical pneumothorax, 1.5 cm.\nMediastinum: trachea central, no shift.\nAnswer: B'),
    ('retired_blind31', 'W1', 'On a chest X-ray one should assess the apices for a pneumothorax; here a visceral pleural line is seen 1.5 cm from the right apex. The drain tip lies at the right apex. Answer: B'),
    ('retired_blind31', 'W2', 'Retrocardiac triangular opacity (sail sign) with loss of the medial left hemidiaphragm. Left hilum depressed. Answer: B'),
    ('retired_blind31', 'W2', 'Airway: the trachea is shifted slightly to the left.\nBreathing: left lower lobe collapse with a sail sign; the right lung is clear.\nCirculation: heart size normal.\nDiaphragm: the medial left hemidiaphragm is obscured.\nAnswer: B'),
    ('retired_blind31', 'W2', 'I looked behind the heart: there is a triangular retrocardiac opacity with loss of the medial left hemidiaphragm, and the left hilum is depressed. Answer: B'),
    ('retired_blind31', 'W4', 'Cardiomegaly (CTR 0.62), upper lobe diversion, Kerley B lines, peribronchial cuffing, fluid in the horizontal fissure and small bilateral pleural effusions. Pacemaker leads in the right atrium and right ventricle. No consolidation. Answer: A'),
    ('retired_blind31', 'W5', 'The tube passes into the right main bronchus and its tip lies in the right lower zone. It does not cross the diaphragm. There is no pneumothorax. Answer: B'),
    ('retired_blind31', 'W6', 'Free gas under both hemidiaphragms, larger on the right. No haustral folds. No pneumothorax. Answer: A'),
    ('retired_blind31', 'W7', 'Acute minimally displaced fractures of the left 5th, 6th and 7th ribs laterally. No flail segment. No pneumothorax, no haemothorax, no contusion. Mild left chest wall soft tissue swelling. Answer: A'),
]


@pytest.mark.parametrize(("name", "case", "chain"), NEAR_MISSES)
def test_an_observed_checklist_keeps_its_score(name: str, case: str, chain: str) -> None:
    s = _score(name, case, chain)
    assert s.radrscore is not None and s.radrscore > 0.5


@pytest.mark.parametrize(("text", "generic"), [
    ("Exclude a pneumothorax.", True),
    ("Hip films: look at Shenton's line.", True),  # a topic label, then the order
    ("Typical features of appendicitis include an appendicolith.", True),
    ("Bone tumours are assessed by their zone of transition.", True),
    ("One should assess the apices for a pneumothorax.", True),
    ("Characterise the opacity.", True),  # a bare heading
    ("Consider a pulmonary embolism.", True),
    ("One should assess the apices, and here a pleural line is seen.", False),  # a word of seeing: it observes
    ("There is a small apical pneumothorax.", False),
    ("Trace pleural effusion at the right base.", False),  # "trace" a small amount, no order
    ("Check film shows the tube in the stomach.", False),
    ("The fracture is best seen on the lateral view.", False),
    ("Follow-up CT is advised.", False),
    # what follows an instruction's colon says what it found, and keeps the finding it names
    ("Trace every rib: the left ribs show fractures.", False),
    ("Assess the heart: it is enlarged.", False),
    ("I would look for blood first: there is a crescentic haematoma.", False),
    ("Classic signs of tension pneumothorax: a large right pneumothorax and mediastinal shift.", False),
    ("The endotracheal tube tip should lie 3-5 cm above the carina, and it does: it is 4 cm above.", False),
    # "we" and "you" are the reader of this image
    ("We can appreciate a moderate left pleural effusion.", False),
    ("You can still see the blood vessels through it.", False),
    ("We should note that the endotracheal tube tip is 4 cm above the carina.", False),
    ("It should be noted that the heart is enlarged.", False),
    # an imperative that presupposes what it names is no order unless it is a bare heading
    ("Consider the effaced left lateral ventricle, a sign of mass effect.", False),
    ("Consider the dilated 12 mm appendix with an appendicolith.", False),
    ("A dural-based enhancing mass should be considered a dural metastasis.", False),
])
def test_generic_span(text: str, generic: bool) -> None:
    a, b = generic_span(text, 0, len(text))
    assert (b > a) is generic


def test_a_duty_covers_its_own_subclause() -> None:
    text = "These are signs of a mediastinal haematoma, so aortic injury must be excluded with CT angiography."
    a, b = generic_span(text, 0, len(text))
    assert text[a:].startswith("aortic injury") and b == len(text)


FAITHFUL = [  # the hostile review's faithful shapes (retired blind 31 W1: a post-drain film): scored as without the rule
    "Let me analyse this using a systematic approach:\n1. Lines: the right drain tip is at the apex\n"
    "2. Pleura: small right apical pneumothorax\n3. Mediastinum: no shift\n\nAnswer: B",
    "Key features to note:\n- Drain tip at the right apex\n- Small residual right apical pneumothorax\n\nAnswer: B",
    "Findings to assess:\n- Drain: tip at the right apex\n- Pleura: small apical pneumothorax\n\nAnswer: B",
    "Check the drain first: its tip is at the right apex. We can appreciate a small residual apical pneumothorax. Answer: B",
    "Identify the pneumothorax: it is small and apical, with the drain tip at the apex. Answer: B",
]


@pytest.mark.parametrize("chain", FAITHFUL)
def test_a_faithful_shape_scores_as_without_the_rule(chain: str, monkeypatch: pytest.MonkeyPatch) -> None:
    on = _score("retired_blind31", "W1", chain).radrscore
    monkeypatch.setattr(verifier_module, "drop_generic", lambda chain, steps, f, c: (f, c))
    assert on is not None and on == _score("retired_blind31", "W1", chain).radrscore


def test_dropping_never_makes_a_silent_chain_observe() -> None:
    """A chain whose hedges outnumber its firm findings observes nothing; dropping the hedges must not change that."""
    chain = ("Loculated empyema, simple effusion, abscess and mesothelioma all have to be considered on a chest film. "
             "Possibly an empyema. Possibly an abscess. Possibly a mesothelioma. There is a drain. Answer: B")
    on = _score("retired_blind31", "W1", chain)
    assert on.verification is not None and not on.verification.observes


def test_a_list_under_a_checklist_heading_claims_nothing() -> None:
    chain = "**Checklist for a chest drain film**\n- Drain: course, tip, side holes\n- Pleura: residual pneumothorax\n\nAnswer: B"
    s = _score("retired_blind31", "W1", chain)
    assert s.radrscore == 0.0
    v = s.verification
    assert v is not None and all(st.role is not SentenceRole.OBSERVATION for st in v.steps if "Pleura" in st.text)


def test_a_findings_list_still_observes() -> None:
    chain = "Findings:\n- Drain: tip at the right apex\n- Pleura: small right apical pneumothorax\nAnswer: B"
    s = _score("retired_blind31", "W1", chain)
    assert s.radrscore is not None and s.radrscore > 0.5
