"""False decisions fixed in session 26 (precise28): a JSON reply giving two answers (a key repeated with another
value, an answer key with "final" after it, a conclusion field naming another option than the answer field), and a
short reply stating the asked finding both ways in two sentences. Near misses keep their reading. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.replywords import is_answer_key, key_form
from medstep.types import AnswerType, Sample, Status

HAEM = {"A": "Subdural haematoma", "B": "Extradural haematoma", "C": "Subarachnoid haemorrhage", "D": "Normal"}
DX = "What is the diagnosis?"


def _read(text: str, question: str, kind: AnswerType, options: dict[str, str] | None = None) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="p28", question=question, answer="yes" if kind is AnswerType.CLOSED else "A",
                               answer_type=kind, options=options or {}))
    return got.answer, got.status


@pytest.mark.parametrize("key, form, answers", [
    ("answer_final", "final answer", True),
    ("verdictFinal", "final verdict", True),
    ("final_response", "final response", True),
    ("answer", "answer", True),
    ("diagnosis_final", "final diagnosis", False),
    ("finding", "finding", False),
    ("final", "final", False),
])
def test_key_form(key: str, form: str, answers: bool) -> None:
    assert key_form(key) == form
    assert is_answer_key(key) is answers


@pytest.mark.parametrize("text", [
    '{"answer": "B", "answer": "A"}',
    '```json\n{"choice": "C", "rationale": "blood in the sulci", "choice": "D"}\n```',
    '{"impression": "Subarachnoid haemorrhage", "answer": "B"}',
    '{"answer": "C", "answerFinal": "A"}',
])
def test_json_with_two_options_is_ambiguous(text: str) -> None:
    assert _read(text, "Which haemorrhage is shown?", AnswerType.CHOICE, HAEM) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, letter", [
    ('{"finding": "Extradural haematoma", "answer": "A"}', "A"),  # "finding" is no conclusion key
    ('{"diagnosis": "Subdural haematoma", "answer": "A"}', "A"),  # the conclusion agrees
    ('{"answer": "B", "answer": "B"}', "B"),  # repeated, same value
    ('{"initial_answer": "C", "final_answer": "A"}', "A"),  # an initial answer revised: the final one
])
def test_json_with_one_option_keeps_it(text: str, letter: str) -> None:
    assert _read(text, "Which haemorrhage is shown?", AnswerType.CHOICE, HAEM)[0] == letter


@pytest.mark.parametrize("text", [
    '{"answer": "no", "answer": "yes"}',
    '{"verdict": "yes", "verdict_final": "no"}',
])
def test_closed_json_with_two_verdicts_gives_none(text: str) -> None:
    assert _read(text, "Is there a pleural effusion?", AnswerType.CLOSED)[0] is None


@pytest.mark.parametrize("text, verdict", [
    ('{"answer": "yes", "side": "left", "answer": "yes"}', "yes"),
    ('{"answer_final": "no"}', "no"),
])
def test_closed_json_with_one_verdict(text: str, verdict: str) -> None:
    question = "Is there a pleural effusion?" if "side" in text else "Is the liver enlarged?"
    assert _read(text, question, AnswerType.CLOSED)[0] == verdict


@pytest.mark.parametrize("text", [
    '{"diagnosis": "pneumonia", "diagnosis": "lung abscess"}',
    '{"diagnosis": "appendicitis", "diagnosisFinal": "mesenteric adenitis"}',
])
def test_open_json_with_two_diagnoses_is_ambiguous(text: str) -> None:
    assert _read(text, DX, AnswerType.OPEN) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, answer", [
    ('{"diagnosis_final": "mesenteric adenitis", "confidence": "moderate"}', "mesenteric adenitis"),
    ('{"differential": "appendicitis", "diagnosis": "mesenteric adenitis"}', "mesenteric adenitis"),
])
def test_open_json_with_one_diagnosis(text: str, answer: str) -> None:
    assert _read(text, DX, AnswerType.OPEN)[0] == answer


def _closed(text: str, question: str) -> tuple[str | None, Status]:
    return _read(text, question, AnswerType.CLOSED)


@pytest.mark.parametrize("text, question", [
    ("There is a lesion in the pancreas. There is no lesion in the pancreas.", "Is there a lesion in the pancreas?"),
    ("A lesion is seen in the spleen. No splenic lesion is seen.", "Is there a lesion in the spleen?"),
    ("The kidney is normal. There is a cyst in the kidney.", "Is there an abnormality in the kidney?"),
    ("The liver appears normal. A hypodense lesion is present in the liver.", "Is there an abnormality in the liver?"),
    ("The study is normal. No abnormality is seen. There is a large mass in the right lung.", "Is there an abnormality?"),
])
def test_finding_stated_both_ways_is_ambiguous(text: str, question: str) -> None:
    assert _closed(text, question) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, question, verdict", [
    ("There is a mass in the liver. The spleen has no mass.", "Is there a mass in the liver?", "yes"),  # another organ
    ("There is a mass in the bladder. No mass is seen elsewhere.", "Is there a mass in the bladder?", "yes"),
    ("There is a small left pleural effusion. No effusion on the right.", "Is there a pleural effusion?", "yes"),
    ("There is a fracture of the fifth metatarsal. No dislocation.", "Is there a fracture?", "yes"),
    ("There is a pneumothorax. No pleural effusion.", "Is there a pneumothorax?", "yes"),
    ("No fracture. Wait, on second look there is a hairline fracture of the fibula.", "Is there a fracture?", "yes"),
    ("There is a fracture. Or rather, I first thought so, but the line runs beyond the bone: a skin fold. "
     "So no fracture.", "Is there a fracture?", "no"),  # a marked conclusion settles it
    ("The liver is not enlarged. The spleen is enlarged.", "Is the liver enlarged?", "no"),
])
def test_finding_stated_once_keeps_its_verdict(text: str, question: str, verdict: str) -> None:
    assert _closed(text, question)[0] == verdict


@pytest.mark.parametrize("text", [
    "There is a mass in the bladder. The bladder is otherwise normal.",
    "There is a mass in the bladder. Apart from this, the bladder is normal.",
    "A 2 cm stone in the bladder. The rest of the bladder is unremarkable.",
])
def test_qualified_last_sentence_is_no_conclusion(text: str) -> None:
    # was read "no" from its last sentence alone; the finding before it is the abnormality
    assert _closed(text, "Is there an abnormality in the bladder?")[0] is None


def test_unqualified_last_sentence_still_concludes() -> None:
    assert _closed("The wall is smooth. The bladder is normal.", "Is there an abnormality in the bladder?")[0] == "no"


@pytest.mark.parametrize("text, verdict", [
    ("No pneumothorax — actually, there is a small one at the left apex.", "yes"),
    ("No pneumothorax. Actually, there is a small one at the left apex.", "yes"),
    ("There is a pneumothorax. Actually, there is none.", "no"),
])
def test_correction_by_one_is_read(text: str, verdict: str) -> None:
    assert _closed(text, "Is there a pneumothorax?")[0] == verdict


@pytest.mark.parametrize("text", [
    "No pneumothorax. Actually, I'm not sure.",
    "No pneumothorax. Actually, the lungs look hyperinflated.",
])
def test_correction_saying_nothing_stays_open(text: str) -> None:
    assert _closed(text, "Is there a pneumothorax?") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, question", [
    ("Thanks for the question. Pneumothorax refers to air in the pleural space. It is typically seen as a thin visceral "
     "pleural line with no lung markings beyond it.", "Is there a pneumothorax?"),
    ("Hydronephrosis is dilatation of the renal collecting system, often from obstruction. It is usually seen as an "
     "anechoic branching space in the renal sinus. Ultrasound is the first-line test.", "Is there hydronephrosis?"),
    ("Intussusception is the telescoping of one bowel segment into another. It is classically seen as a target sign on "
     "ultrasound. Ultrasound is the preferred modality in children.", "Is there intussusception?"),
    ("Aortic dissection is a tear of the intima with blood entering the media. It is generally seen as an intimal flap "
     "separating true and false lumens. CT angiography is the investigation of choice.", "Is there an aortic dissection?"),
])
def test_textbook_prose_gives_no_verdict(text: str, question: str) -> None:
    assert _closed(text, question)[0] is None


@pytest.mark.parametrize("text, question, verdict", [
    ("Pneumothorax refers to air in the pleural space. It is typically seen as a thin pleural line. Here there is a "
     "small left apical pneumothorax.", "Is there a pneumothorax?", "yes"),
    ("Intussusception is the telescoping of one bowel segment into another. No target sign is seen on this scan, so no.",
     "Is there intussusception?", "no"),
    ("Thank you for the question. There is a fracture of the distal radius.", "Is there a fracture?", "yes"),
    ("Thank you for the question. No fracture is seen.", "Is there a fracture?", "no"),
    ("CT is the most sensitive modality. There is an intimal flap in the descending aorta.",
     "Is there an aortic dissection?", "yes"),
    ("It is seen as a thin line at the left apex, so there is a small pneumothorax.", "Is there a pneumothorax?", "yes"),
])
def test_answer_beside_textbook_prose_is_read(text: str, question: str, verdict: str) -> None:
    assert _closed(text, question)[0] == verdict


@pytest.mark.parametrize("sentence, general", [
    ("CT is the most sensitive modality.", True),
    ("MRI remains the investigation of choice.", True),
    ("It is usually seen as central branching lucencies in the liver.", True),
    ("This CT is the most sensitive study.", False),
    ("The liver is the largest organ.", False),
    ("It is seen as a lucent line here.", False),
    ("It is small and apical.", False),
])
def test_continues_class(sentence: str, general: bool) -> None:
    from medstep.extract.class_subject import continues_class
    assert continues_class(sentence) is general


@pytest.mark.parametrize("text, question", [
    ("This is a CT of the chest.", "What is abnormal in this image?"),
    ("The image shows the pelvis. The image shows the pelvis. The image shows the pelvis.", "What looks abnormal?"),
    ("This is a frontal radiograph of the chest.", "What is abnormal on this radiograph?"),
    ("The image shows the liver and the kidneys.", "What is abnormal in this image?"),
])
def test_image_described_to_what_is_abnormal_is_no_answer(text: str, question: str) -> None:
    assert _read(text, question, AnswerType.OPEN) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text, question", [
    ("There is a large right pleural effusion.", "What is abnormal in this image?"),
    ("A fracture of the left femoral neck.", "What looks abnormal?"),
    ("Pneumoperitoneum.", "What is abnormal in this image?"),
])
def test_finding_to_what_is_abnormal_is_read(text: str, question: str) -> None:
    assert _read(text, question, AnswerType.OPEN)[0] is not None


def test_class_sentence_set_aside_before_both_ways() -> None:
    assert _closed("A pneumothorax can be subtle on a supine film. No pneumothorax is present.",
                   "Is there a pneumothorax?")[0] == "no"


@pytest.mark.parametrize("text", [
    "There is a well-defined lytic lesion in the proximal tibia with a narrow zone of transition. It could be a giant "
    "cell tumour or an aneurysmal bone cyst. MRI would help.",
    "A heterogeneous mass arises from the anterior mediastinum. Thymoma, lymphoma or a germ cell tumour are all "
    "possible, and I wouldn't want to single one out.",
    "Bilateral hilar lymph nodes are enlarged. Sarcoidosis or lymphoma would both fit. I'd rather not guess between them.",
    "The ventricles are enlarged. The main change is either hydrocephalus or atrophy, depending on the sulci.",
])
def test_description_then_candidates_is_ambiguous(text: str) -> None:
    # (a later sentence declines, weighs "either ... or", or says the candidates cannot be told apart)
    assert _read(text, DX, AnswerType.OPEN) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, answer", [
    ("The most likely diagnosis is pneumonia. Aspiration or atelectasis are less likely.", "pneumonia"),
    ("Small bowel obstruction. The transition point is in the right lower quadrant.", "small bowel obstruction"),
    ("Acute appendicitis. The appendix measures 9 mm with periappendiceal fat stranding.", "acute appendicitis"),
    ("Cholecystitis. Differentials I weighed and set aside: hepatitis, pancreatitis, a perforated ulcer.",
     "cholecystitis"),
])
def test_answer_then_description_is_read(text: str, answer: str) -> None:
    assert _read(text, DX, AnswerType.OPEN)[0] == answer


@pytest.mark.parametrize("text, question", [
    ("Is there any abnormality in the image? Is there any abnormality in the image? Is there any abnormality in",
     "Is there any abnormality in the image?"),
    ("Is there a pleural effusion? Is there a pleural effusion? Is there a pleural", "Is there a pleural effusion?"),
])
def test_question_echoed_in_a_cut_loop_gives_no_verdict(text: str, question: str) -> None:
    assert _closed(text, question)[0] is None


def test_cut_last_sentence_not_a_loop_copy_is_still_read() -> None:
    # the conclusion reader's other guards are unchanged: a finished statement before a cut tail still reads
    assert _closed("The liver is enlarged. No ascites. The spleen", "Is the liver enlarged?")[0] == "yes"
