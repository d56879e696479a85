"""The open-answer grader's ladder (``score/open_grade.py``): each rung on answers written in other forms, units,
abbreviations or frames, the near misses that must stay wrong, and the rung counted in the score output."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import MatchStep, grade_open
from medstep.score.outcome import grade, outcome_metrics
from medstep.types import AnswerType, Extraction, Generation, Sample, SampleScore


@pytest.mark.parametrize(("answer", "gold", "question", "step"), [
    ("Pneumothorax.", "pneumothorax", "", MatchStep.EXACT),
    ("Pleural effusions", "pleural effusion", "", MatchStep.FORMS),
    ("metastases", "metastasis", "", MatchStep.FORMS),
    ("Seborrhoeic keratoses", "seborrheic keratosis", "", MatchStep.FORMS),
    ("lower lobe of the left lung", "left lower lobe", "", MatchStep.FORMS),
    ("fracture of the femoral neck", "femoral neck fracture", "", MatchStep.FORMS),
    ("pneumothorax on the right side", "right pneumothorax", "", MatchStep.FORMS),
    ("xray", "x-ray", "", MatchStep.FORMS),
    ("grade II", "grade 2", "", MatchStep.NUMBER),
    ("1st degree AV block", "first-degree AV block", "", MatchStep.FORMS),
    ("V1 to V4", "V1-V4", "", MatchStep.FORMS),
    ("24 mm", "2.4 cm", "", MatchStep.NUMBER),
    ("2,4 cm", "24 mm", "", MatchStep.NUMBER),
    ("1,200 mL", "1.2 L", "", MatchStep.NUMBER),
    ("75 beats per minute", "75 bpm", "", MatchStep.NUMBER),
    ("0.12 s", "120 ms", "", MatchStep.NUMBER),
    ("32w4d", "32 weeks 4 days", "", MatchStep.NUMBER),
    ("80", "80 percent", "What percentage of cells stain?", MatchStep.NUMBER),
    ("Renal cyst", "kidney cyst", "", MatchStep.SYNONYM),
    ("ruptured Achilles tendon", "Achilles tendon rupture", "", MatchStep.SYNONYM),
    ("PTX", "pneumothorax", "", MatchStep.SYNONYM),
    ("The image shows a pneumothorax.", "pneumothorax", "What is the finding?", MatchStep.CONTAINED),
    ("The spleen is enlarged", "spleen", "Which organ is enlarged?", MatchStep.CONTAINED),
    ("3 ribs", "three", "How many ribs are fractured?", MatchStep.CONTAINED),
    ("About 75 bpm", "75 bpm", "What is the heart rate?", MatchStep.CONTAINED),
    ("Most likely anterior STEMI.", "anterior STEMI", "What is the most likely diagnosis?", MatchStep.CONTAINED),
    ("pneumonia in the left lung", "pneumonia", "What is the abnormality in the left lung?", MatchStep.CONTAINED),
    ("periodic acid Schiff (PAS) stain", "PAS", "What kind of stain is used?", MatchStep.CONTAINED),
    ("EF 55%", "55%", "What is the ejection fraction?", MatchStep.CONTAINED),
    ("I think it's sarcoidosis.", "sarcoidosis", "What is the diagnosis?", MatchStep.CONTAINED),
    ("I'd say sarcoidosis", "sarcoidosis", "What is the diagnosis?", MatchStep.CONTAINED),
    ("This looks like sarcoidosis.", "sarcoidosis", "What is the diagnosis?", MatchStep.CONTAINED),
    ("The findings are most consistent with sarcoidosis.", "sarcoidosis", "What is the diagnosis?",
     MatchStep.CONTAINED),
    ("The main abnormality seen is a pneumothorax.", "pneumothorax", "What is the abnormality?", MatchStep.CONTAINED),
    ("The structure indicated by the arrow is the aortic arch.", "aortic arch", "What is this structure?",
     MatchStep.CONTAINED),
    ("tension pneumothorax", "pneumothorax", "What is the diagnosis?", MatchStep.NARROWER),
    ("Large right-sided pneumothorax.", "pneumothorax", "What is the abnormality?", MatchStep.NARROWER),
    ("dual-chamber pacemaker", "pacemaker", "What device is seen?", MatchStep.NARROWER),
    ("pneumonia of the left lower lobe", "pneumonia", "What is the diagnosis?", MatchStep.NARROWER),
    ("hemangioma of the liver", "hemangioma", "What is the lesion?", MatchStep.NARROWER),
    ("The Cobb angle measures 34 degrees.", "34°", "What is the Cobb angle?", MatchStep.CONTAINED),
    ("Estimated EF is 45.", "45%", "What is the ejection fraction (%)?", MatchStep.CONTAINED),
    ("The third.", "third ventricle", "Which ventricle is dilated?", MatchStep.CONTAINED),
    ("Tension.", "tension pneumothorax", "What type of pneumothorax is this?", MatchStep.CONTAINED),
    ("Gleason 3+4=7.", "7", "What is the Gleason score?", MatchStep.CONTAINED),
    ("II, III and aVF", "II, III, aVF", "Which leads show ST elevation?", MatchStep.FORMS),
    ("Pneumothorax.", "neumotórax", "¿Cuál es el hallazgo principal?", MatchStep.SYNONYM),
    ("Neumotórax.", "pneumothorax", "What is the main finding?", MatchStep.SYNONYM),
    ("Subdural hematoma", "hématome sous-dural", "Quel est le diagnostic ?", MatchStep.SYNONYM),
    ("The image shows a right pneumothorax.", "neumotórax", "¿Cuál es el hallazgo principal?", MatchStep.NARROWER),
])
def test_each_rung_matches_its_kind_of_answer(answer: str, gold: str, question: str, step: MatchStep) -> None:
    graded = grade_open(answer, gold, question)
    assert graded.matched and graded.step is step


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("right lower lobe", "left lower lobe", "Which lobe is affected?"),
    ("lower lobe of the right lung", "left lower lobe", "Which lobe is affected?"),
    ("left upper lobe", "left lower lobe", "Which lobe is affected?"),
    ("left to right shunt", "right to left shunt", ""),
    ("left atrium and right ventricle", "right atrium and left ventricle", ""),
    ("4.2 cm", "2.4 cm", ""),
    ("2.4 mm", "2.4 cm", ""),
    ("2.4 x 1.8 cm", "2.4 cm", ""),
    ("75 to 80 bpm", "75 bpm", ""),
    ("32 days", "32 weeks", ""),
    ("grade III", "grade 2", ""),
    ("second-degree AV block", "first-degree AV block", ""),
    ("L5-S1", "L4-L5", ""),
    ("not pneumothorax", "pneumothorax", "What is the finding?"),
    ("There is no evidence of pneumothorax.", "pneumothorax", "What is the finding?"),
    ("Pneumothorax cannot be ruled out.", "pneumothorax", "What is the finding?"),
    ("possible pneumothorax", "pneumothorax", "What is the finding?"),
    ("Most likely diagnosis: anterior STEMI", "anterior STEMI", "What is the diagnosis?"),
    ("melanoma or dysplastic nevus", "melanoma", "What is the diagnosis?"),
    ("pneumothorax versus skin fold", "pneumothorax", "What is the finding?"),
    ("pneumonia and pleural effusion", "pneumonia", "What is the abnormality?"),
    ("non-Hodgkin lymphoma", "Hodgkin lymphoma", "What is the diagnosis?"),
    ("old healed fracture", "fracture", "What is the finding?"),
    ("pseudo-aneurysm", "aneurysm", "What is the finding?"),
    ("non-displaced fracture", "displaced fracture", "What is the finding?"),
    ("impending herniation", "herniation", "What is the finding?"),
    ("pleural effusion, pneumothorax", "pneumothorax", "What is the abnormality?"),
    ("effusion with a small pneumothorax", "pneumothorax", "What is the abnormality?"),
    ("left lower lobe pneumonia", "pneumonia", "What is the abnormality in the right lung?"),
    ("Predominantly left.", "left", "Which side is affected?"),
    ("at least 2 nodules", "2", "How many nodules are there?"),
    ("mass effect", "mass", "What is the abnormality?"),
    ("CT angiography", "angiography", "What is the modality?"),
    ("可能为错构瘤", "错构瘤", "病变的性质是什么？"),
    ("The liver rules out pneumothorax", "pneumothorax", "What is the abnormality?"),
    ("34 degrees", "43°", "What is the Cobb angle?"),
    ("EF 45, previously 55", "45%", "What is the ejection fraction?"),
    ("The fourth.", "third ventricle", "Which ventricle is dilated?"),
    ("Left.", "left upper lobe", "Which lobe is collapsed?"),
    ("4+3=7", "3+4=7", "What is the Gleason pattern?"),
    ("No pneumothorax.", "neumotórax", "¿Cuál es el hallazgo principal?"),
    ("Hydropneumothorax.", "neumotórax", "¿Cuál es el hallazgo principal?"),
    ("Pericardial effusion", "derrame pleural", "Qual é o diagnóstico?"),
    ("Epidural hematoma", "hématome sous-dural", "Quel est le diagnostic ?"),
    ("pneumonia in the right lung", "pneumonia", "What is the abnormality in the left lung?"),
    ("the liver and the spleen", "liver", "Is the lesion in the liver or the spleen?"),
    ("left kidney, right normal", "left", "Which kidney is abnormal?"),
    ("sinus tachycardia at 110 bpm", "sinus tachycardia", "What is the rhythm?"),
    ("cyst-like lesion", "cyst", "What is the lesion?"),
    ("pneumothorax to be excluded", "pneumothorax", "What is the finding?"),
    ("There may be a pneumothorax.", "pneumothorax", "What is the abnormality?"),
    ("I don't think it's a pneumothorax.", "pneumothorax", "What is the abnormality?"),
    ("A pneumothorax was present on the prior film.", "pneumothorax", "What is the abnormality?"),
    ("Two, possibly three.", "2", "How many nodules?"),
])
def test_a_near_miss_stays_wrong(answer: str, gold: str, question: str) -> None:
    graded = grade_open(answer, gold, question)
    assert not graded.matched and graded.step is None


def test_a_narrower_match_keeps_its_token_precision() -> None:
    # a match, counted as narrower; the token metrics still weigh the word the answer adds
    graded = grade_open("tension pneumothorax", "pneumothorax", "What is the diagnosis?")
    assert (graded.matched, graded.step, graded.recall, graded.precision) == (True, MatchStep.NARROWER, 1.0, 0.5)


def _open(sid: str, question: str, gold: str) -> Sample:
    return Sample(id=sid, question=question, answer=gold, answer_type=AnswerType.OPEN)


def test_the_rung_is_recorded_per_sample_and_counted_in_the_summary() -> None:
    rows = [(_open("a", "What is the finding?", "pneumothorax"), "pneumothorax"),
            (_open("b", "How large is the nodule?", "2.4 cm"), "24 mm"),
            (_open("c", "Which organ is enlarged?", "spleen"), "The spleen is enlarged"),
            (_open("d", "What is the finding?", "pneumothorax"), "no pneumothorax")]
    scores = [grade(s, Extraction(answer, "test"), Generation(text=answer)) for s, answer in rows]
    assert [sc.match for sc in scores] == ["exact", "number", "contained", None]
    assert SampleScore.from_json(scores[1].to_json()).match == "number"
    summary = outcome_metrics([s for s, _ in rows], scores, n_boot=10)
    assert summary.open_matches == {"exact": 1, "number": 1, "contained": 1}
    assert type(summary).from_json(summary.to_json()).open_matches == summary.open_matches
