"""Textbook descriptions are no observations, and asserting a distractor option's own words costs (issue #8, gaming 33).

Problem 1 (``verify/generic_steps.py``): a finding described as a class ("Calculi appear as echogenic foci with
posterior acoustic shadowing", "Pneumothoraces are seen as a visceral pleural line") claims nothing; an observation in
the same words ("Calculi are seen in the proximal right ureter", "Kerley B lines are seen at both bases", "A right
pneumothorax is seen as a thin pleural line at the right apex") keeps its claims. Problem 2
(``verify/distractor_text.py``): with option evidence, a clause that asserts a distractor's own words ("Colonic
interposition between the liver and the diaphragm is also present, a Chilaiditi sign") is contradicted even where no
concept reads them; a faithful chain naming the distractor to set it aside ("is excluded", "rather than", "would
show ... which is absent", "less likely") keeps its score. Cases are the retired blind sets' own; the chains were
written for this lane, labelled before they were run.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.distractor_text import claim_forms
from medstep.verify.generic_steps import generic_span
from support.timing import Grown, reads_linearly, rep

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"


@cache
def _case(name: str, case: str) -> dict:
    for line in (CORPUS / f"{name}_verify.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if c["case"] == case:
            return c
    raise KeyError(case)


def _verify(name: str, case: str, chain: str, chosen: str):
    c = _case(name, case)
    return verify(chain, report=c["report"], reference=c["reference_steps"], options=c["options"], chosen=chosen,
                  gold=c["gold"], option_evidence=True, question=c["question"])


def _score(name: str, case: str, chain: str, chosen: str) -> ReasoningScore:
    return ReasoningScore.from_verification(_verify(name, case, chain, chosen))


CLASS_DESCRIBED = [
    ('retired_blind32', 'X14', 'Step 1: Calculi appear as echogenic foci with posterior acoustic shadowing.\nStep 2: Hydronephrosis is seen as dilatation of the renal pelvis and calyces that communicate with each other.\nStep 3: Parapelvic cysts look like anechoic spaces separate from the calyces.\nAnswer: A', 'A'),
    ('retired_blind32', 'X4', 'Pneumothoraces are seen as a thin visceral pleural line with no lung markings beyond it. A malpositioned endotracheal tube appears as a tube whose tip projects over a main bronchus.\nAnswer: A', 'A'),
    ('retired_blind32', 'X13', 'On diffusion-weighted imaging, acute infarcts appear as areas of restricted diffusion with low ADC values. Chronic infarcts are seen as regions of encephalomalacia and gliosis.\nAnswer: A', 'A'),
    ('retired_blind32', 'X8', 'Idiopathic pulmonary fibrosis appears as basal, subpleural reticulation with honeycombing and traction bronchiectasis. Interstitial oedema manifests as Kerley B lines and peribronchial cuffing.\nAnswer: A', 'A'),
    ('retired_blind32', 'X5', 'A catheter in the internal jugular vein appears as a line turning cephalad into the neck. Arterial placement is seen as a catheter following the aortic arch.\nAnswer: A', 'A'),
    ('retired_blind31', 'W6', 'Free intraperitoneal gas appears as a lucent crescent under the diaphragm. A Chilaiditi sign shows up as haustral folds of colon between liver and diaphragm.\nAnswer: A', 'A'),
    ('retired_blind31', 'W2', 'Left lower lobe collapse appears as a triangular retrocardiac opacity with loss of the medial hemidiaphragm outline. Upper lobe collapse is seen as a veil-like opacity.\nAnswer: B', 'B'),
    ('retired_blind31', 'W14', 'ACL tears appear as discontinuity of the ligament fibres with increased signal. Pivot-shift contusions are seen as marrow oedema in the lateral femoral condyle and posterolateral tibial plateau. Bucket-handle tears show up as a double PCL sign.\nAnswer: A', 'A'),
    ('retired_blind30', 'V5', 'Subdural haematomas appear as crescentic extra-axial collections that cross suture lines. Extradural haematomas are seen as biconvex collections limited by sutures.\nAnswer: B', 'B'),
    ('retired_blind32', 'X14', 'Step 1: A renal ultrasound should assess both kidneys.\nStep 2: Calculi are seen as bright foci casting shadows, and hydronephrosis appears as a dilated collecting system.\nStep 3: Applying this approach, the most likely diagnosis is an obstructing stone.\nAnswer: A', 'A'),
]


@pytest.mark.parametrize(("name", "case", "chain", "chosen"), CLASS_DESCRIBED)
def test_a_class_described_earns_nothing(name: str, case: str, chain: str, chosen: str) -> None:
    s = _score(name, case, chain, chosen)
    assert (s.radrscore or 0.0) == 0.0 and (s.clinical or 0.0) == 0.0


EVERY_OPTION = [
    ('retired_blind31', 'W6', 'Step 1: There is free gas beneath both hemidiaphragms, in keeping with pneumoperitoneum.\nStep 2: Colonic interposition between the liver and the diaphragm is also present, a Chilaiditi sign.\nStep 3: A normal gastric air bubble sits beneath the left hemidiaphragm.\nStep 4: There is a right basal pneumothorax.\nStep 5: All of these are present; the free gas is the most important.\nAnswer: A', 'A'),
    ('retired_blind31', 'W11', "Step 1: The right popliteal and femoral veins are occluded by thrombus, acute DVT.\nStep 2: There is a ruptured Baker's cyst with fluid in the calf.\nStep 3: Chronic post-thrombotic change is present in the right femoral vein.\nStep 4: Isolated right calf muscle vein thrombosis is also seen.\nAnswer: A", 'A'),
    ('retired_blind32', 'X5', 'The catheter turns up into the neck in the left internal jugular vein. It also sits in the superior vena cava in satisfactory position. The tip is in the right atrium, too deep. It follows the aortic arch, an arterial placement. Answer: A', 'A'),
    ('retired_blind32', 'X12', '- Anterior glenohumeral dislocation with a Hill-Sachs lesion.\n- Posterior glenohumeral dislocation.\n- Acromioclavicular joint separation.\n- Displaced surgical neck fracture of the humerus.\nAll are present.\nAnswer: A', 'A'),
    ('retired_blind31', 'W5', 'The tube enters the right bronchial tree with its tip in the right lower zone. The tip is also in the stomach below the left hemidiaphragm. It sits in the mid-oesophagus. The tube is coiled in the pharynx. Answer: B', 'B'),
]


@pytest.mark.parametrize(("name", "case", "chain", "chosen"), EVERY_OPTION)
def test_a_distractor_asserted_in_its_own_words_is_contradicted(name: str, case: str, chain: str, chosen: str) -> None:
    v = _verify(name, case, chain, chosen)
    # or, where the chain observed nothing beside its answer, a listing of the options that commits to nothing
    # (``verify/rival_options.py``, paraphrase38: the shoulder chain X12 0.111 -> 0)
    assert not v.committed or any(x.rule == "distractor-asserted" for s in v.steps for x in s.verdicts)


# faithful chains naming a distractor to set it aside, terse chains, and observations in a textbook's words: none
# gains a class reading or a distractor claim (their scores were the same before this lane's changes)
KEPT = [
    ('retired_blind32', 'X14', 'Step 1: There is moderate right hydronephrosis with dilated calyces communicating with the pelvis.\nStep 2: The proximal right ureter is dilated down to an 8 mm shadowing calculus.\nStep 3: The dilated calyces communicate with the pelvis, so this is not a parapelvic renal cyst.\nStep 4: No solid renal mass is seen, and the patient is afebrile, making acute pyelonephritis unlikely.\nAnswer: A', 'A'),
    ('retired_blind31', 'W6', 'Step 1: Free gas lies beneath both hemidiaphragms, larger on the right.\nStep 2: No haustral folds cross the lucency, so colonic interposition between liver and diaphragm (Chilaiditi sign) is excluded.\nStep 3: There is no pneumothorax.\nAnswer: A', 'A'),
    ('retired_blind30', 'V10', 'Step 1: An intimal flap is confined to the descending aorta, sparing the ascending aorta.\nStep 2: This is a Stanford type B dissection rather than an intramural haematoma of the ascending aorta.\nStep 3: There are no signs of malperfusion or rupture.\nAnswer: B', 'B'),
    ('retired_blind30', 'V12', 'The distal femoral metaphyseal lesion has a sunburst periosteal reaction and osteoid matrix. These features favour conventional osteosarcoma over Ewing sarcoma. A Brodie abscess would show a lucent focus with a sclerotic rim, which is absent. Answer: B', 'B'),
    ('retired_blind31', 'W11', "Step 1: The right popliteal and femoral veins are non-compressible and filled with thrombus.\nStep 2: The Baker's cyst is small and intact, so a ruptured Baker's cyst is not the explanation.\nStep 3: The thrombus is acute, unlike chronic post-thrombotic change in the right femoral vein.\nAnswer: A", 'A'),
    ('retired_blind32', 'X14', 'Step 1: Calculi are seen in the proximal right ureter and in the left lower pole.\nStep 2: The right ureteric calculus appears as an 8 mm echogenic focus with posterior acoustic shadowing.\nStep 3: There is moderate right hydronephrosis.\nAnswer: A', 'A'),
    ('retired_blind32', 'X9', 'Nodules measure up to 3 mm and are distributed uniformly through both lungs. No consolidation or effusion. Answer: A', 'A'),
    ('retired_blind31', 'W4', 'Kerley B lines are seen at both bases. Bilateral effusions are present. The heart is enlarged. Answer: A', 'A'),
    ('retired_blind32', 'X7', 'The right hemidiaphragm is elevated since the preoperative study. The costophrenic angle is sharp, so a right subpulmonic pleural effusion is unlikely. There is no gas-fluid level under the diaphragm to suggest a right subphrenic abscess. Answer: A', 'A'),
    ('retired_blind32', 'X10', 'Acute filling defects in the lobar arteries. Chronic thromboembolic pulmonary disease is less likely because there are no webs. Answer: A', 'A'),
    ('retired_blind32', 'X4', 'The endotracheal tube tip lies in the right main bronchus. A right pneumothorax is seen as a thin pleural line at the right apex. Answer: A', 'A'),
    ('retired_blind31', 'W6', 'Free air appears as a lucent crescent under the right hemidiaphragm on this film. Answer: A', 'A'),
    ('retired_blind30', 'V10', 'The dissection flap is seen in the descending aorta only. Intramural haematoma of the ascending aorta was considered but there is no crescentic wall thickening. Answer: B', 'B'),
    ('retired_blind32', 'X14', 'The findings are those of obstructive hydronephrosis from a proximal ureteric calculus, not a parapelvic renal cyst without obstruction. Answer: A', 'A'),
    ('retired_blind31', 'W11', "Acute occlusive DVT of the right popliteal and femoral veins. A small intact Baker's cyst is also present. Answer: A", 'A'),
    ('retired_blind31', 'W14', 'There is a complete ACL tear with bone bruising. A low-grade MCL sprain is also seen. Answer: A', 'A'),
]


@pytest.mark.parametrize(("name", "case", "chain", "chosen"), KEPT)
def test_faithful_chains_keep_their_claims(name: str, case: str, chain: str, chosen: str) -> None:
    v = _verify(name, case, chain, chosen)
    assert not any(x.rule == "distractor-asserted" for s in v.steps for x in s.verdicts)
    assert v.observes


@pytest.mark.parametrize(("clause", "generic"), [
    ("Calculi appear as echogenic foci with posterior acoustic shadowing.", True),
    ("On CT, acute emboli appear as central filling defects.", True),
    ("Left lower lobe collapse appears as a triangular retrocardiac opacity.", True),
    ("Bucket-handle tears show up as a double PCL sign.", True),
    ("Calculi are seen in the lower pole.", False),
    ("Bilateral effusions are present.", False),
    ("Kerley B lines are seen.", False),
    ("The calculus appears as an echogenic focus with shadowing.", False),
    ("A right pneumothorax is seen as a thin pleural line.", False),
    ("A small effusion is seen as well.", False),
    ("The heart appears as expected.", False),
    ("Free air appears as a lucent crescent on this film.", False),
])
def test_class_span(clause: str, generic: bool) -> None:
    a, b = generic_span(clause, 0, len(clause))
    assert (b > a) is generic


def test_claim_forms_leave_out_denied_and_normal_pieces() -> None:
    forms = {" ".join(sorted(f)) for f in claim_forms("Colonic interposition between liver and diaphragm (Chilaiditi sign) without free gas")}
    assert forms == {"colonic diaphragm interposition liver", "chilaiditi sign"}
    assert set(claim_forms("Complete re-expansion of the right lung with the drain in satisfactory position")) == {
        frozenset({"complete", "re", "expansion", "right", "lung"}), frozenset({"drain", "satisfactory", "position"})}
    assert claim_forms("Fractures of the pubic rami with an intact femoral neck") == (frozenset({"fracture", "pubic", "rami"}),)
    assert claim_forms("Paralytic ileus") == (frozenset({"paralytic", "ileus"}),)
    assert claim_forms("Pneumoperitoneum") == ()


ADVERSARIAL = [rep("Calculi ", 2500, tail="appear as foci."), rep("a ", 10000), rep(", and ", 3400),
               Grown(lambda n: "(" * n + "x" + ")" * n, 10000), rep(" ", 20000, tail="Calculi appear as foci."),
               rep("((([[, ; : - ", 1600), rep("appear as ", 2000), rep("no ", 7000),
               rep("* ", 10000, tail="calculi appear as foci"), rep("On ", 5000, tail="CT, calculi appear as foci")]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_new_readings_are_linear(text: Grown[str]) -> None:
    """The class reading and the distractor check on 20,000-character lines (a blank run before a subject took 228 s
    before the class reading's lead was made atomic). (``generic_span``'s older imperative reading is slow on a blank
    run itself, on main too: not this lane's.)"""
    from medstep.verify.distractor_text import _sets_aside, _words
    from medstep.verify.generic_steps import _class_span

    def new_readings(run: str) -> None:
        _class_span(run, 0)
        _sets_aside(run)
        _words(run)
        claim_forms.__wrapped__(run)

    reads_linearly(new_readings, text)
