"""The term an open reply names after describing it (lane open34, issue #7): ``extract/open_named.py``.

Texts written for these tests in varied styles, not the words of any corpus item; each asserts the exact reading. The
near misses keep the name said first (a definition after it), the answer after a denial, a revision, a short answer,
and never narrow a reply that holds two terms open.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract, open_named
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o34", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text", "answer"), [
    ('What abnormality is seen on this radiograph?',
     'The film shows a crescent of lucency running along the bowel wall, which is called pneumatosis intestinalis.',
     'pneumatosis intestinalis'),
    ('What is the abnormality?',
     'There is dependent fluid layering in the right pleural space, which is known as a pleural effusion.',
     'pleural effusion'),
    ('What kind of artifact is seen?',
     'Streaks of signal repeat across the image in the phase direction, which is a motion artifact.',
     'motion artifact'),
    ('What type of artifact is present?',
     'Bright and dark rims distort the anatomy around the screw head, which is a susceptibility artifact, caused by the metal implant.',
     'susceptibility artifact'),
    ('What kind of cells are seen on this smear?',
     'The smear shows red cells with a dense central dot of haemoglobin. These are target cells, typical of thalassaemia.',
     'target cells'),
    ('What type of cells are indicated?',
     'Large cells with abundant granular pink cytoplasm line the follicles. These are Hurthle cells, seen in Hashimoto thyroiditis.',
     'hurthle cells'),
    ('Which cells are shown by the arrow?',
     'Binucleate cells with huge nucleoli sit among small lymphocytes; these are Reed-Sternberg cells, diagnostic of Hodgkin lymphoma.',
     'reed sternberg cells'),
    ('What is the lesion in the distal femur?',
     "There is a lytic, eccentric, epiphyseal lesion abutting the subchondral bone with no matrix. My best guess would be a giant cell tumor, though an aneurysmal bone cyst can't be fully excluded.",
     'giant cell tumor'),
    ('What is the most likely diagnosis?',
     'The mass is well circumscribed, of fat density, with a thin capsule and no nodular component. My best guess is a lipoma.',
     'lipoma'),
    ('What abnormality is seen in the brain?',
     'Blood tracks along the sulci over both convexities and into the basal cisterns, which is called subarachnoid haemorrhage.',
     'subarachnoid haemorrhage'),
    ('What sign is shown?',
     'Gas outlines both the inner and outer surfaces of the bowel wall, which is referred to as Rigler sign.',
     'rigler sign'),
    ('What abnormality is seen?',
     'The image shows high signal spreading out of the ventricles into the periventricular white matter, which is termed transependymal oedema.',
     'transependymal oedema'),
    ('What sign is shown?',
     'The abdominal film shows a distended stomach and proximal duodenum with no distal gas, which is called the double bubble sign.',
     'double bubble sign'),
    ('What is the lesion?',
     'On this T1 image the fat around the optic nerve is bright and the lesion follows fat, which is a lipoma of the orbit.',
     'lipoma of orbit'),
])
def test_the_named_term_is_read(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("question", "text", "answer"), [
    ('What is the abnormality?',
     'This is not a pneumothorax; it is a skin fold.',
     'skin fold'),
    ('What is the abnormality?',
     'Pneumothorax. A pneumothorax is air in the pleural space that collapses the lung.',
     'pneumothorax'),
    ('What is the lesion?',
     'Enchondroma.',
     'enchondroma'),
    ('What is the abnormality?',
     'Cardiomegaly, which is a sign of heart failure.',
     'cardiomegaly'),
    ('What type of kidney stone is this?',
     'Struvite stone, which is formed in infected urine.',
     'struvite stone'),
    ('该图像显示的是哪个器官？',
     '该图像显示的是肾脏。',
     '肾脏'),
    ('What is the diagnosis?',
     'Appendicitis. The appendix is dilated to 11 mm, which is abnormal.',
     'appendicitis'),
    ('What is the most likely diagnosis?',
     'The most likely diagnosis is sarcoidosis.',
     'sarcoidosis'),
])
def test_near_misses_keep_their_reading(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("question", "text", "status"), [
    ('What is the lesion?',
     "I can't tell what this is from one image; it could be a lipoma, or it could be a liposarcoma.",
     'ambiguous'),
    ('What is the diagnosis?',
     'I cannot provide a diagnosis. Possibilities include lymphoma and sarcoidosis.',
     'refused'),
    ('What is the lesion?',
     'It might be a meningioma, but it might also be a schwannoma.',
     'ambiguous'),
    ('What is the lesion?',
     'My best guess would be a lipoma, or possibly a liposarcoma.',
     'ambiguous'),
])
def test_terms_held_open_give_no_answer(question: str, text: str, status: str) -> None:
    answer, got = _read(text, question)
    assert answer is None and got.value == status


def test_the_asked_noun_decides_between_the_cells_and_their_disease() -> None:
    text = ("Large binucleate cells with owl-eye nucleoli sit among small lymphocytes. These are Reed-Sternberg cells, "
            "characteristic of classical Hodgkin lymphoma.")
    assert _read(text, "What kind of cells are indicated by the arrows?")[0] == "reed sternberg cells"
    assert open_named.named_term(text, "What is the diagnosis?") is None  # the verdict reader names the disease


def test_a_question_asking_a_place_reads_no_term() -> None:
    text = "There is a 3 cm mass in the right lower lobe, which is a common site for aspiration."
    assert open_named.named_term(text, "Where is the mass?") is None


def test_a_term_of_the_asked_kind_opening_the_reply_wins_over_the_disease_it_characterises() -> None:
    text = "Reed-Sternberg cells, characteristic of classical Hodgkin lymphoma."
    assert _read(text, "What kind of cells are indicated?")[0] == "reed sternberg cells"
    assert open_named.named_term(text, "What is the diagnosis?") is None  # no asked noun: the verdict reader decides


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("该图像显示的是哪个器官？", "该图像显示的是脾脏，可见脾实质回声均匀。", "脾脏"),
    ("图中显示的是哪块骨？", "图中显示的是股骨，骨皮质连续，未见骨折。", "股骨"),
    ("该图像显示的是哪个器官？", "该图像显示的是肾脏。", "肾脏"),
])
def test_a_chinese_reply_restating_the_question_gives_the_organ(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


def test_a_quantity_derived_from_another_reads_the_asked_one() -> None:
    question = "What is the estimated gestational age based on the crown-rump length shown?"
    text = "A crown-rump length of 17 mm corresponds to a gestational age of about 8 weeks 2 days."
    assert _read(text, question)[0] == "8 weeks 2 days"
