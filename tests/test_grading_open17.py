"""The open-answer grader's ``narrower`` rung takes only known narrowing words (``score/open_narrow.py``,
``answers/qualifiers.py``): an answer cannot gain the rung by padding its gold with words that name nothing."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import MatchStep, grade_open

_Q = "What is the main finding?"


@pytest.mark.parametrize("answer", [
    "xyzzy pneumothorax",
    pytest.param("q" * 3000 + " pneumothorax", id="a 3000-letter token"),
    "Pneumothorax of qwertyuiop",
    "(B) pneumothorax",
    "option C pneumothorax",
    "wrong pneumothorax",
    "doubtful pneumothorax",
    "improbable pneumothorax",
    "hypothetical pneumothorax",
    "pneumothorax of the wrong lung",
    "pneumothorax effusion edema consolidation",
    "effusion edema consolidation pneumothorax",
    "possible pneumothorax",
    "Not-really pneumothorax",
])
def test_a_word_that_names_nothing_known_does_not_narrow(answer: str) -> None:
    graded = grade_open(answer, "pneumothorax", _Q)
    assert not graded.matched and graded.step is None


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("Small apical pneumothorax on the left", "pneumothorax", _Q),
    ("chronic subdural haematoma", "subdural hematoma", "What is the diagnosis?"),
    ("Displaced transverse fracture", "transverse fracture", "What type of fracture?"),
    ("vegetation on the anterior mitral leaflet", "vegetation", "What does the arrow point to?"),
    ("ST elevation in V1-V4", "ST elevation", "What is the abnormality?"),
    ("contrast-enhanced axial CT of the abdomen in the portal venous phase", "CT", "What is the modality?"),
    ("the patient's left", "left", "Which side is the lesion on?"),
    ("Right internal jugular central venous catheter", "central venous catheter", "What device is seen?"),
    ("Heterogeneous hypoechoic mass", "mass", _Q),  # "hypoechoic" read in the grader's one spelling ("hypechoic")
    ("Bucket-handle meniscal tear", "meniscal tear", _Q),
    ("Rapid atrial fibrillation", "atrial fibrillation", "What is the rhythm?"),
    ("Perforated appendicitis", "appendicitis", "What is the diagnosis?"),
])
def test_a_known_narrowing_word_narrows(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).step is MatchStep.NARROWER


def test_a_closing_kind_noun_is_one_list_for_every_rung() -> None:
    # "gland" was a kind noun for the contained rung only; the forms rung now reads the same list
    assert grade_open("thyroid gland", "thyroid", "What organ is this?").step is MatchStep.FORMS


def test_runs_written_before_matched_was_named_so_still_load() -> None:
    # "exact" was True at every rung of the ladder; the field is "matched" now, and old run files still read
    from medstep.results.outcome import TypeOutcome
    from medstep.score.stats import mean_ci
    from medstep.types import SampleScore

    old = {"sample_id": "a", "status": "scored", "correct": True, "exact": True, "match": "narrower"}
    assert SampleScore.from_json(old).matched is True
    metric = mean_ci([1.0, 0.0], n_boot=10, seed=0).to_json()
    assert TypeOutcome.from_json({"accuracy": metric, "exact": metric}).to_json()["matched"] == metric


@pytest.mark.parametrize(("answer", "gold", "question", "step"), [
    ("The spleen.", "bazo", "¿Qué órgano está afectado?", MatchStep.SYNONYM),
    ("Milz", "spleen", "Which organ is enlarged?", MatchStep.SYNONYM),
    ("Die Milz", "Milz", "Welches Organ ist vergrößert?", MatchStep.CONTAINED),
    ("LBBB", "left bundle branch block", "What conduction abnormality is present?", MatchStep.SYNONYM),
    ("IUGR", "intrauterine growth restriction", "What is the diagnosis?", MatchStep.SYNONYM),
    ("UIP", "usual interstitial pneumonia", "What is the pattern?", MatchStep.SYNONYM),
    ("ACL", "anterior cruciate ligament", "Which ligament is torn?", MatchStep.SYNONYM),
    ("AVN of the femoral head", "avascular necrosis of the femoral head", "What is the diagnosis?", MatchStep.SYNONYM),
    ("FLAIR", "fluid-attenuated inversion recovery", "What MRI sequence is this?", MatchStep.SYNONYM),
    ("OCT", "optical coherence tomography", "What imaging modality is this?", MatchStep.SYNONYM),
    ("pulmonary fibrosis (UIP pattern)", "pulmonary fibrosis", "What is the diagnosis?", MatchStep.SYNONYM),
    ("这张图像显示的是胸部", "胸部", "这张图像显示的是哪个部位？", MatchStep.CONTAINED),
    ("答案是：气胸。", "气胸", "最可能的诊断是什么？", MatchStep.CONTAINED),
    ("回答は気胸です", "気胸", "最も考えられる診断は何ですか？", MatchStep.CONTAINED),
])
def test_other_languages_abbreviations_and_cjk_frames_match(answer: str, gold: str, question: str,
                                                             step: MatchStep) -> None:
    assert grade_open(answer, gold, question).step is step


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("Milz", "liver", "Which organ is enlarged?"),
    ("hígado", "bazo", "¿Qué órgano está aumentado?"),
    ("RBBB", "left bundle branch block", "What conduction abnormality is present?"),
    ("PCL", "anterior cruciate ligament", "Which ligament is torn?"),
    ("DWI", "FLAIR", "What MRI sequence is this?"),
    ("不是气胸", "气胸", "最可能的诊断是什么？"),
    ("考虑气胸", "气胸", "最可能的诊断是什么？"),
    ("气胸或胸腔积液", "气胸", "最可能的诊断是什么？"),
    ("気胸ではありません", "気胸", "最も考えられる診断は何ですか？"),
])
def test_another_organ_or_abbreviation_or_a_cjk_denial_stays_wrong(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).step is None


@pytest.mark.parametrize(("answer", "gold"), [
    ("?metastasis", "metastasis"),
    ("Pneumothorax?", "pneumothorax"),
    ("metastasis (?)", "metastasis"),
    ("Edema", "edema pulmonar"),  # a word of the long name is no abbreviation of it
])
def test_a_query_mark_or_a_shared_word_is_no_match(answer: str, gold: str) -> None:
    assert grade_open(answer, gold, "What is the finding?").step is None


def test_a_modality_qualified_by_its_technique_is_narrower_not_a_synonym() -> None:
    # "ct" was taken for an abbreviation of "contrast enhanced ct", whose own word it is
    assert grade_open("contrast-enhanced CT", "CT", "What type of imaging is this?").step is MatchStep.NARROWER


@pytest.mark.parametrize(("answer", "gold", "step"), [
    ("Displaced fracture of the distal radius", "distal radius fracture", MatchStep.NARROWER),
    ("Impacted subcapital fracture of the femoral neck", "femoral neck fracture", MatchStep.NARROWER),
    ("fracture of the xyzzy radius", "radius fracture", None),
    ("fracture of the proximal radius", "distal radius fracture", None),
    ("fracture of the radius and distal ulna", "distal radius fracture", None),
    ("old fracture of the distal radius", "distal radius fracture", None),
])
def test_a_narrower_answer_in_another_order(answer: str, gold: str, step: MatchStep | None) -> None:
    assert grade_open(answer, gold, "What is the finding?").step is step
