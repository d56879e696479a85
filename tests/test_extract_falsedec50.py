"""No answer must stay no answer (lane falsedec50, issue #7: false decisions).

A reply none of whose pieces answers is no answer however it is laid out: a checklist of what one would look at
(``extract/open_textbook.py``), the image named and its technique taught (``extract/open_described.py`` with the
technique sentences of ``extract/open_definition.py``), two candidates and a test said to help choose between them
(``extract/open_deferred.py``, read on the whole reply by ``extract/open_whole.puts_off``), a verdict under an answer
heading taken back on a second look in a later section (``extract/closed.py``'s revision cue opening a line), and an
output cut while it named an option as the heading of its discussion (``extract/option_cut.py``). Near misses that do
answer (a checklist ending in its verdict, a size said, a pick after the candidates, a verdict confirmed on the second
look, a whole option name) stay answered. Texts written for these tests in fresh wording (the lane's probes,
/work/coord/probes_falsedec50.py).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.option_cut import name_cut
from medstep.types import AnswerType, Sample, Status

OPTS = {"A": "Pulmonary fibrosis", "B": "Bronchiectasis", "C": "Miliary tuberculosis", "D": "Pulmonary oedema"}


def _read(text: str, question: str, kind: str = "open", options: dict[str, str] | None = None):
    gold = sorted(options)[0] if options else ("yes" if kind == "closed" else "none")
    return extract(text, Sample(id="fd50", question=question, answer=gold, answer_type=AnswerType(kind),
                                options=dict(options or {})))


@pytest.mark.parametrize(("question", "text"), [
    ("What abnormality is seen in the left lung?",
     "Left lung: apex; upper and lower zones; hilar position; oblique fissure; compare with right; check for effusion."),
    ("What is the abnormality in the liver?",
     "Great question! When reviewing a liver ultrasound, clinicians usually check:\n\n- **Liver size**\n- **Echotexture**\n"
     "- **Margins**\n- **Portal vein**\n\nLet me know if you'd like more information on any of these!"),
    ("What is the abnormality in the right kidney?",
     "Right kidney: cortex thickness; corticomedullary differentiation; collecting system; perinephric space; compare "
     "with left."),
    ("What is the size of the nodule?",
     "This is an ultrasound image of the thyroid. Ultrasound uses high-frequency sound waves to create images. It is "
     "useful for assessing nodules in the neck."),
    ("How large is the cyst?",
     "The picture is an MRI of the pelvis. MRI uses strong magnets and radio waves to produce detailed images."),
    ("What is the abnormality in the pancreas?",
     "This is a CT scan of the upper abdomen. It shows the pancreas, the stomach and the spleen. The CT scanner provides "
     "cross-sectional images of the abdominal organs."),
    ("How many nodules are there?",
     "This is a chest CT. CT scanning uses X-rays to generate cross-sectional images. They are useful for detecting "
     "nodules."),
])
def test_reply_of_silent_pieces_is_unparsed(question: str, text: str) -> None:
    got = _read(text, question)
    assert got.answer is None
    assert got.status is Status.UNPARSED


@pytest.mark.parametrize(("question", "text"), [
    ("What is the lesion in the kidney?",
     "There is a rounded lesion in the lower pole of the kidney. It may be an angiomyolipoma or a renal cell carcinoma. "
     "A contrast MRI could help distinguish between them."),
    ("What is the mass in the neck?",
     "A soft-tissue mass sits beside the carotid bifurcation. It could be a paraganglioma or an enlarged lymph node. "
     "Doppler imaging would help differentiate between these."),
])
def test_candidates_with_a_test_to_choose_are_ambiguous(question: str, text: str) -> None:
    got = _read(text, question)
    assert got.answer is None
    assert got.status is Status.AMBIGUOUS


@pytest.mark.parametrize("text", [
    "### Answer\n**Yes**, a thin pleural line is seen at the right apex.\n\n### Caveat\nOn closer inspection, the line "
    "could equally be a skin fold, so I'm not sure there is a pneumothorax at all.",
    "**Answer:** Yes, there is a lucent crescent at the apex.\n\n**Note**\nOn second look, that crescent may just as well "
    "be a skin fold, so I am not sure.",
])
def test_verdict_taken_back_on_a_second_look_is_no_verdict(text: str) -> None:
    got = _read(text, "Is there a pneumothorax?", "closed")
    assert got.answer is None
    assert got.status is Status.AMBIGUOUS


def test_output_cut_inside_an_option_name_is_truncated() -> None:
    text = ("The chest radiograph shows diffuse nodules. Let us go through the options one by one. A. Pulmonary "
            "fibrosis: reticulation at the bases, not nodules. B. Bronchiect")
    got = _read(text, "What is the most likely diagnosis?", "choice", OPTS)
    assert got.answer is None
    assert got.status is Status.TRUNCATED


def test_name_cut() -> None:
    assert name_cut(". Bronchiect", "Bronchiectasis")
    assert name_cut(") **Miliary tuberculosis**: random tiny", "Miliary tuberculosis")
    assert not name_cut(". Miliary tuberculosis", "Miliary tuberculosis")
    assert not name_cut(". Miliary tuberculosis: the pick.", "Miliary tuberculosis")
    assert not name_cut(" is my answer", "Miliary tuberculosis")


@pytest.mark.parametrize(("question", "text", "kind", "expect"), [
    ("What abnormality is seen in the left lung?",
     "Left lung: apex clear; upper zone clear; lower zone consolidation with air bronchograms.", "open", "consolidation"),
    ("What is the abnormality in the liver?",
     "Checking the liver: size enlarged; echotexture coarse; margins nodular. Conclusion: cirrhosis.", "open", "cirrhosis"),
    ("What is the abnormality in the brain?",
     "Ventricles: dilated. Sulci: effaced. Impression: obstructive hydrocephalus.", "open", "hydrocephalus"),
    ("What is the size of the nodule?",
     "This is an ultrasound image of the thyroid. The nodule measures 14 mm.", "open", "14 mm"),
    ("How large is the cyst?", "The cyst is small.", "open", "small"),
    ("How many nodules are there?", "This is a chest CT. Two nodules are seen in the right lung.", "open", "two"),
    ("What is the diameter of the aorta?",
     "The image is a CT angiogram of the abdomen. The infrarenal aorta measures 4.8 cm.", "open", "4.8 cm"),
    ("What is the abnormality in the pancreas?",
     "This is a CT scan of the upper abdomen. The pancreas is diffusely swollen with peripancreatic fat stranding, "
     "consistent with acute pancreatitis.", "open", "pancreatitis"),
    ("What is the lesion in the bone?",
     "A lytic lesion is seen in the distal femur. This could be a giant cell tumour or an aneurysmal bone cyst, but the "
     "fluid-fluid levels favour an aneurysmal bone cyst.", "open", "aneurysmal bone cyst"),
    ("What is the abnormality in the heart?",
     "That's a good question. The heart is enlarged with a globular shape, suggesting a pericardial effusion.", "open",
     "pericardial effusion"),
    ("Is there a pneumothorax?",
     "### Answer\n**Yes**, a thin pleural line is seen at the right apex.\n\n### Caveat\nClinical correlation is advised.",
     "closed", "yes"),
    ("Is there a pneumothorax?",
     "### Answer\n**Yes**, a thin pleural line is seen at the right apex.\n\n### Note\nOn second look, the line is "
     "clearly visceral pleura, so yes, it is a pneumothorax.", "closed", "yes"),
])
def test_near_misses_stay_answered(question: str, text: str, kind: str, expect: str) -> None:
    got = _read(text, question, kind)
    assert got.answer is not None and expect in got.answer.lower()


@pytest.mark.parametrize("text", [
    "The HRCT shows innumerable tiny nodules in a random distribution, so the answer is C. Miliary tuberculosis",
    "C. Miliary tuberculosis",
])
def test_whole_option_name_stays_the_pick(text: str) -> None:
    assert _read(text, "What is the most likely diagnosis?", "choice", OPTS).answer == "C"


@pytest.mark.parametrize("text", [
    "To decide whether there is an effusion, one would typically look for:\n- Blunting of the costophrenic angle\n"
    "- A meniscus sign\n- Opacification of the hemithorax\nTogether these would point to an effusion.",
    "Some key points about pleural effusions:\n* They blunt the costophrenic angle.\n* A meniscus is typical.\n"
    "* Large ones shift the mediastinum.",
])
def test_search_lesson_to_a_yes_no_question_is_no_verdict(text: str) -> None:
    got = _read(text, "Is there a pleural effusion?", "closed")
    assert got.answer is None
    assert got.status is Status.UNPARSED


@pytest.mark.parametrize("text", [
    "I would look for:\n- blunting of the costophrenic angle\n- a meniscus\nBoth are seen on the left, so yes.",
    "Yes. Signs:\n- blunted left costophrenic angle\n- meniscus sign",
])
def test_search_list_applied_is_a_verdict(text: str) -> None:
    assert _read(text, "Is there a pleural effusion?", "closed").answer == "yes"


def test_a_habit_of_the_technique_points_at_no_finding() -> None:
    # (suite after the review repair: "the fetus" of a technique's general use read as this image's finding)
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample

    text = ("MRI is an imaging method that uses strong magnets. It is routinely used in children to assess the brain "
            "tumour without radiation.")
    sample = Sample(id="h", question="What is the diagnosis?", answer="none", answer_type=AnswerType.OPEN, options={})
    assert extract(text, sample).answer is None
