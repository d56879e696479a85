"""The value a long open sentence ties to the question's asked noun (lane open33, issue #7): ``extract/open_asked.py``,
and a measurement question answered only with how the quantity is measured (``open_asked.method_only``).

Texts written for these tests in varied styles, not the words of any corpus item; each asserts the exact reading. The
near misses keep the reading the reader gave before the lane, or at least never take the wrong value: a value given
and then re-measured, a value held between two, a threshold after a method, a refined type, a later verdict, general
knowledge about the asked noun, a second candidate.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract, open_asked
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o33", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the size of the mass?",
     "On the contrast-enhanced axial slice there is a heterogeneous mass in the left adrenal bed with a maximal "
     "diameter of roughly 4.2 cm and a few internal calcifications; the adjacent kidney is displaced inferiorly.",
     "4.2 cm"),
    ("What is the size of the cyst?",
     "Scanning through the upper pole of the right kidney, a simple cortical cyst is present with a diameter of about "
     "3.1 cm and no internal septations or solid components; the left kidney is unremarkable.", "3.1 cm"),
    ("What is the cardiothoracic ratio?",
     "Taking the transverse cardiac diameter of 14 cm over a thoracic width of 32 cm, the cardiothoracic ratio is "
     "about 0.44, within normal limits.", "0.44"),
    ("What is the estimated gestational age?",
     "Using the femur length of roughly 52 mm together with the biparietal diameter, the estimated gestational age is "
     "approximately 27 weeks 4 days, consistent with dates.", "27 weeks 4 days"),
    ("What is the bone age?",
     "Comparing the ossification centres with the Greulich and Pyle atlas, the bone age is about 10 years, slightly "
     "behind the chronological age of 12 years.", "10 years"),
    ("What is the largest structure in this image?",
     "The liver fills most of the upper abdomen on this slice, so the largest structure here is the liver.", "liver"),
    ("What is the position of the PICC tip?",
     "Tracing the line from the left arm, the PICC tip terminates in the lower superior vena cava, an acceptable "
     "position.", "lower superior vena cava"),
    ("What type of kidney stone is this?",
     "Because the stone is radiolucent on the scout image while clearly seen on CT, it is most likely a uric acid "
     "stone, which could be dissolved with alkalinisation.", "uric acid stone"),
    ("What type of fracture is shown?",
     "The distal fragment is displaced volarly rather than dorsally, so it is a Smith fracture, which usually needs "
     "operative fixation.", "smith fracture"),
    ("What is the abnormal finding in the right lung?",
     "After reviewing both views, the abnormal finding in the right lung is a cavitating mass in the upper lobe, with "
     "a thick irregular wall.", "cavitating mass in upper lobe"),
    ("What is the predominant cell type?",
     "At high power the infiltrate is mixed, but the predominant cell type is the eosinophil, with bilobed nuclei and "
     "bright granules.", "eosinophil"),
    ("图中箭头所指的器官是什么？", "箭头所指为脾脏，位于左上腹，胃的后外侧。", "脾脏"),
    ("该病理切片显示的是什么组织类型？", "镜下见大量角化珠及细胞间桥，细胞异型明显，符合鳞状细胞癌。", "鳞状细胞癌"),
])
def test_the_value_tied_to_the_asked_noun(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("question", "text", "never"), [
    ("What is the size of the aneurysm?",
     "The infrarenal aorta measured about 5 cm on the first pass, but on re-measurement from outer wall to outer wall "
     "the maximal diameter is 5.6 cm, with mural thrombus.", "5 cm"),
    ("What is the diameter of the aorta?",
     "The diameter of the aorta is either 4.1 or 4.5 cm depending on where you measure, so I can't give one figure.",
     "4.1 cm"),
    ("What is the largest organ in the picture?",
     "The largest organ is usually the liver in an adult, but in this image the lungs take up most of the field.",
     "liver"),
    ("What is the position of the catheter tip?",
     "The tip of the catheter was previously at the cavoatrial junction but now projects over the right atrium.",
     "cavoatrial junction"),
    ("What is the abnormality on this MRI?",
     "The most striking abnormality is a large frontal mass with rim enhancement and central necrosis. This is highly "
     "suggestive of glioblastoma.", "large frontal mass"),
    ("What is the largest organ in the picture?", "The largest organ in the body is the skin.", "skin"),
])
def test_near_misses_never_take_the_wrong_value(question: str, text: str, never: str) -> None:
    assert _read(text, question)[0] != never


def test_a_refined_type_is_not_cut_to_its_coarse_name() -> None:
    """The reader of the asked noun leaves a type refined after a comma alone ("..., specifically an indirect one");
    the frame readers' own reading of it is theirs."""
    assert open_asked.asked_value("This is a left-sided inguinal hernia, specifically an indirect one: the sac arises "
                                  "lateral to the epigastric vessels.", "What type of hernia is shown?") is None


def test_two_candidates_for_the_asked_noun_stay_undecided() -> None:
    answer, status = _read("The main finding could be a meniscal tear or a parameniscal cyst, and I can't separate "
                           "them here.", "What is the main finding?")
    assert answer is None and status is Status.AMBIGUOUS


@pytest.mark.parametrize(("question", "text"), [
    ("What is the Cobb angle?", "The Cobb angle is measured by drawing lines along the endplates of the most tilted "
                                "vertebrae; an angle above 10 degrees defines scoliosis."),
    ("What is the cardiothoracic ratio?", "The cardiothoracic ratio is calculated by dividing the widest cardiac "
                                          "diameter by the widest thoracic diameter; a ratio above 0.5 is enlarged."),
])
def test_a_method_without_a_value_answers_nothing(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


def test_a_method_that_ends_in_a_value_is_not_set_aside() -> None:
    answer, _ = _read("The Cobb angle is measured by drawing lines along the most tilted endplates; here that gives "
                      "32 degrees.", "What is the Cobb angle?")
    assert answer is not None


# A review of the lane: a description, a question word, a compound, another thing's measure, a hold elsewhere in the
# reply (English or Chinese) or a weighed type after the asked noun must never be taken as its value.
@pytest.mark.parametrize(("question", "text", "never"), [
    ("What is the organ shown?",
     "The organ shown is a frequent site of secondary deposits, since it drains the portal system: the liver.",
     "frequent site of secondary deposits"),
    ("What is the main finding?", "The main finding is what one sees in volume overload: cardiomegaly and effusions.",
     "what one sees in volume overload"),
    ("What is the main finding?", "The main finding is that the bowel loops are dilated.",
     "that bowel loops are dilated"),
    ("What is the structure indicated?", "The structure indicated is one of the commonest normal variants, an azygos "
     "lobe.", "one of commonest normal variants"),
    ("主要发现是什么？", "主要发现是什么？本片显示右下肺斑片影，考虑肺炎。", "什么"),
    ("What type of cell is seen?", "The smear is dominated by small lymphocytes and it's a mature cell infiltrate.",
     "mature cell"),
    ("What is the size of the cyst?", "The cyst capsule thickness is 3 mm, with no mural nodule.", "3 mm"),
    ("What is the diameter of the right atrium?",
     "The right ventricle is 45 mm across, with a right ventricular wall thickness of 7 mm; the right atrium is large.",
     "7 mm"),
    ("病变所在的器官是什么？", "病变所在的器官为胰腺，需与十二指肠来源鉴别。", "胰腺"),
    ("What type of stone is this?", "It's a bladder stone. Most likely cystine, though it might be uric acid.",
     "bladder stone"),
])
def test_review_shapes_never_take_a_wrong_value(question: str, text: str, never: str) -> None:
    assert _read(text, question)[0] != never


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the location of the lesion?",
     "On the axial image the lesion sits in the left parietal lobe and extends toward the ventricle.",
     "left parietal lobe"),
    ("What is the location of the mass?", "The mass lies within the head and neck of the pancreas.",
     "head and neck of pancreas"),
    ("What is the thickness of the gallbladder wall?", "The gallbladder wall thickness is 5 mm, mildly increased.",
     "5 mm"),
    ("What type of stone is this?", "It's most likely a uric acid stone.", "uric acid stone"),
    ("箭头所指的器官是什么？", "箭头所指为胰腺，位于胃后方。", "胰腺"),
])
def test_review_near_misses_keep_their_value(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer
