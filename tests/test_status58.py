"""No-answer statuses (session 58, lane status58, issue #7).

A reply that writes punctuated sentences and stops inside its last one, having decided nothing, was cut
(``extract/stopped_clause.py``): ``truncated``, not ``unparsed``. An open reply read whole (``open_text``) that names
only anatomy and the image to a question asking what is wrong names no finding (``extract/open_no_finding.py``):
``unparsed``. Near misses keep their readings: a terse answer without a stop, a caption, a closing remark, options
echoed, a committed answer after a tour, a one-word answer, a finding after the anatomy, a hedged answer."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_no_finding import names_no_finding
from medstep.extract.stopped_clause import stopped_mid_clause
from medstep.types import AnswerType, Sample, Status

_OPTIONS = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Ewing sarcoma", "D": "Osteosarcoma"}


def _read(text: str, question: str, kind: AnswerType, options: dict[str, str] | None = None
          ) -> tuple[str | None, Status]:
    answer = "yes" if kind is AnswerType.CLOSED else "x"
    e = extract(text, Sample(id="s", question=question, answer=answer, answer_type=kind, options=options or {}))
    return e.answer, e.status


_TRUNCATED = (None, Status.TRUNCATED)
_UNPARSED = (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text"), [
    # b57-0194, b57-0226, b51-0262: an earlier sentence closed, the last one broken off on a content word
    ("Is the liver enlarged?", "To determine whether the liver is enlarged, we need to measure its craniocaudal "
     "dimension at the midclavicular line. In this image, the liver extends"),
    ("Is the lesion enhancing?", "The image shows a contrast-enhanced T1-weighted MRI of the brain. To determine if the "
     "lesion is enhancing, we compare"),
    # b56-0214: an opening clause set off by its comma
    ("Is there a pleural effusion?", "In the given chest X-ray, the costophrenic angles"),
    # b50-0096, b56-0217: Chinese clauses without their stop
    ("右肾是否有积水？", "超声图像显示右肾大小约11.2cm×5.1cm，肾皮质回声均匀，皮髓质分界清楚，集合系统"),
    ("该图像是否显示脑梗死？", "DWI序列显示左侧额顶叶皮层及皮层下区域信号"),
    # shapes of this lane's own, unlike any dev item
    ("Is there hydronephrosis?", "The renal pelvis was examined in two planes. On the sagittal view, the calyces"),
    ("¿Hay derrame pericárdico?", "En esta ecocardiografía, el saco pericárdico contiene"),
    ("胆囊壁是否增厚？", "超声检查显示胆囊大小正常囊壁厚度测量值"),
])
def test_closed_reply_stopped_mid_clause_is_truncated(question: str, text: str) -> None:
    assert _read(text, question, AnswerType.CLOSED) == _TRUNCATED


def test_choice_walk_stopped_mid_clause_is_truncated() -> None:
    text = "Let me go through the findings. The lesion arises from the cortex and its margins"
    assert _read(text, "What is the most likely diagnosis?", AnswerType.CHOICE, _OPTIONS) == _TRUNCATED


@pytest.mark.parametrize(("text", "expected"), [
    ("No effusion seen", ("no", Status.SCORED)),  # a terse answer without its stop
    ("Yes, the liver is enlarged", ("yes", Status.SCORED)),
    ("Axial CT of the abdomen with contrast", _UNPARSED),  # a caption: no sentence punctuated
    ("The image is a chest radiograph. Hope this helps", _UNPARSED),  # a closing remark
    ("This is a frontal chest film. I am not sure", _UNPARSED),  # the writer's stance, finished
])
def test_closed_near_misses_keep_their_reading(text: str, expected: tuple[str | None, Status]) -> None:
    assert _read(text, "Is there a pleural effusion?", AnswerType.CLOSED) == expected


def test_options_echoed_stay_unparsed() -> None:
    text = "Which is it? A. Osteoid osteoma B. Brodie abscess"
    assert _read(text, "What is the most likely diagnosis?", AnswerType.CHOICE, _OPTIONS) == _UNPARSED


@pytest.mark.parametrize("text", [
    "A. Osteoid osteoma\nB. Brodie abscess\nC. Ewing sarcoma",  # an option list: layout, no stops
    "Findings:\n- Cortex intact\n- Marrow signal preserved",  # a list
    "<|im_start|>assistant",  # a chat template's tags
    "The image is a chest radiograph. The answer is",  # a withheld answer: cut.py decides it, not this rule
])
def test_stopped_mid_clause_refuses_layout(text: str) -> None:
    assert not stopped_mid_clause(text, "What is it?")


@pytest.mark.parametrize(("question", "text"), [
    # b57-0294, b57-0306, b57-0322
    ("What is the abnormality?", "Fundus photograph. Optic disc, macula, retinal vessels and peripheral retina are "
     "shown in this color image. Image quality: adequate. Field: macula-centered."),
    ("What is the abnormality on this knee MRI?", "Sure! Here's a description of the knee MRI:\n\n*   **Bones:** femur, "
     "tibia, patella\n*   **Ligaments:** ACL, PCL, MCL, LCL\n*   **Menisci:** medial and lateral\n*   **Tendons:** "
     "quadriceps, patellar\n\nLet me know if you'd like more details on any of these structures!"),
    ("What is the abnormality on this pathology slide?", "This appears to be an H&E-stained section at medium "
     "magnification. The tissue is pink and purple with various cells visible. Let me know if you'd like me to walk "
     "through general histology principles!"),
    # shapes of this lane's own
    ("What is the abnormality in this chest CT?", "Axial CT of the thorax in lung window. The trachea, main bronchi, "
     "both lungs and the aorta are included. Let me know if you need anything else!"),
    ("What abnormality does this hand radiograph show?", "PA view of the left hand: phalanges, metacarpals, carpal "
     "bones, distal radius and ulna. Happy to explain any of these bones in more detail."),
])
def test_open_reply_naming_only_anatomy_is_unparsed(question: str, text: str) -> None:
    assert _read(text, question, AnswerType.OPEN) == _UNPARSED


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the abnormality?", "The optic disc and macula are in view; the vessels are normal. Impression: drusen.",
     "drusen"),  # a committed answer after a tour
    ("What is the abnormality?", "Pneumothorax", "pneumothorax"),  # one word
    ("What is the abnormality?", "The image shows the lungs and heart. There is a large right pleural effusion.",
     "large right pleural effusion"),  # a description ending in a finding
    ("What is the abnormality?", "I can't be certain, but it looks like a fracture",
     "i can t be certain but it looks like fracture"),  # a hedged answer (read whole, as before)
    ("What is the finding in the spleen?", "CT of the abdomen showing the spleen, liver and kidneys. The spleen "
     "appears enlarged.", "spleen appears enlarged"),  # a state of an organ
])
def test_open_answers_after_anatomy_stand(question: str, text: str, answer: str) -> None:
    assert _read(text, question, AnswerType.OPEN) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text"), [
    ("Which organ contains the lesion?", "The liver and the gallbladder."),  # asked where: an organ answers
    ("What is the abnormality?", "There is an abnormality in the femur and tibia."),  # a vague finding said
    ("What is the abnormality?", "Sagittal T2 MRI of the spine."),  # a number: not read
    ("What is the abnormality?", "The liver."),  # one term: may be a terse answer
    # a state said of the anatomy named: a finding or a normal answer in words the vocabulary may lack
    ("What is the abnormality?", "Axial brain MRI. The lateral ventricles and the third ventricle are prominent."),
    ("What is the abnormality?", "Frontal chest radiograph. The heart and lungs look clear."),
    ("What is the abnormality?", "The kidneys and bladder appear healthy."),
])
def test_names_no_finding_near_misses(question: str, text: str) -> None:
    assert not names_no_finding(text, question)


_AMBIGUOUS = (None, Status.AMBIGUOUS)
_REFUSED = (None, Status.REFUSED)


@pytest.mark.parametrize(("question", "text", "kind"), [
    # b57-0280, b52-0103, b49-0314: the decision between two named candidates, left unmade
    ("What is the cause of the ring-enhancing lesion?", "The image shows a ring-enhancing lesion in the right parietal "
     "lobe with surrounding vasogenic edema. The main considerations would be a high-grade glioma and a cerebral "
     "abscess. Diffusion-weighted imaging is the key discriminator here, but that sequence isn't provided, so I can't "
     "distinguish between the two from this image alone.", AnswerType.OPEN),
    # shapes of this lane's own
    ("What is the cause of the liver lesion?", "Arterial enhancement with washout is seen. The leading possibilities "
     "are hepatocellular carcinoma and a hypervascular metastasis; without prior imaging I cannot tell between them.",
     AnswerType.OPEN),
    ("Welche Diagnose liegt vor?", "Zwei Möglichkeiten: Abszess oder nekrotischer Tumor. I can't distinguish between "
     "the two without diffusion imaging.", AnswerType.OPEN),
    ("Is the thyroid nodule malignant?", "The features overlap, and I cannot grade it from this frame, so I would keep "
     "both benign and malignant possibilities open until FNA.", AnswerType.CLOSED),
])
def test_pair_left_undecided_is_ambiguous(question: str, text: str, kind: AnswerType) -> None:
    assert _read(text, question, kind) == _AMBIGUOUS


@pytest.mark.parametrize(("question", "text", "kind"), [
    # the task declined first, on principle, or without the image: refused whatever pair follows
    ("What is the diagnosis?", "I can't provide a diagnosis from images. Please consult a doctor who can distinguish "
     "between them.", AnswerType.OPEN),
    ("What is the diagnosis?", "As an AI, I won't choose between the two options you are considering.", AnswerType.OPEN),
    ("What is the diagnosis?", "I'm unable to view the image you sent, so I cannot decide between them.",
     AnswerType.OPEN),
    ("Is there a fracture?", "I can't assess this image; it is too blurry. Please send another view.",
     AnswerType.CLOSED),
])
def test_declines_stay_refused(question: str, text: str, kind: AnswerType) -> None:
    assert _read(text, question, kind) == _REFUSED


def test_uncapitalised_statement_is_not_read_as_cut() -> None:
    # f25b-0226: a lowercase generic statement with a comma writes no sentences to stop
    text = ("mammography is the primary screening tool for breast cancer, able to detect masses, calcifications, "
            "asymmetries and architectural distortion")
    assert not stopped_mid_clause(text, "What is the abnormality on this mammogram?")


@pytest.mark.parametrize("text", [
    # review of status58: a complete closing sentence left without its stop states something (a helping verb, a
    # copula, a modal with its complement), addresses the reader, advises, or closes a list: not cut
    "The image shows a chest radiograph. Further clinical correlation is recommended",
    "The study is limited by motion artifact. Evaluation for effusion is therefore not possible",
    "Based on the image, it is difficult to say for certain",
    "Without the clinical history, a definitive answer cannot be given",
    "This is a chest X-ray. Hope this helps with your case",
    "This is a chest X-ray showing the heart, lungs and ribs",
    "需要结合临床病史进一步评估",
    "这是一张腹部CT图像，显示肝脏和脾脏",
])
def test_finished_sentence_without_stop_is_not_cut(text: str) -> None:
    assert not stopped_mid_clause(text, "Is there a pleural effusion?")


def test_pair_left_open_after_a_finished_sentence_is_ambiguous() -> None:
    text = "Pneumonia and pulmonary edema look alike on this film. A CT would help decide between them"
    assert _read(text, "What is the most likely diagnosis?", AnswerType.CHOICE,
                 {"A": "Pneumonia", "B": "Pulmonary edema", "C": "Pneumothorax"}) == _AMBIGUOUS


@pytest.mark.parametrize("text", ["Hilar lymph nodes and paratracheal nodes", "Duplicated right ureter and renal pelvis"])
def test_terse_answer_naming_anatomy_stands(text: str) -> None:
    assert _read(text, "What abnormality is seen?", AnswerType.OPEN) == (text.lower(), Status.SCORED)
