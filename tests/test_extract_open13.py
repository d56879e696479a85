"""Open answers that set a candidate aside (``extract/open_negated.py``): an exclusion alone commits to nothing, an
exclusion beside a named candidate gives that candidate, and a property or absence after "not" / "no" stays the
answer. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o13", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "The answer is not pneumonia.",
    "Not pneumonia.",
    '{"answer": "not pneumonia"}',
    "It's not a fracture.",
    "<think>The appendix measures 5 mm and compresses.</think>Not appendicitis.",
    "I don't think this is pneumonia.",
    "It does not look like pneumonia.",
    "Pneumonia is ruled out.",
    "Neither pneumonia nor edema.",
    "Not pneumonia, given the absence of air bronchograms.",
    "No es una neumonía.",
    "不是肺炎。",
])
def test_an_exclusion_alone_commits_to_nothing(text: str) -> None:
    assert _read(text) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("It is not pneumonia; it is atelectasis.", DX, "atelectasis"),
    ("Rather than pneumonia, this is atelectasis.", DX, "atelectasis"),
    ("Not pneumonia but atelectasis.", DX, "atelectasis"),
    ("This isn't pneumonia. It's atelectasis.", DX, "atelectasis"),
    ("It is not an MRI; it is a CT scan.", "What imaging modality is this?", "ct"),
    ("Atelectasis, not pneumonia.", DX, "atelectasis"),
    ("Atelectasis (not pneumonia).", DX, "atelectasis"),
    ("This is atelectasis rather than pneumonia.", DX, "atelectasis"),
    ("Osteomyelitis as opposed to Ewing sarcoma.", DX, "osteomyelitis"),  # a name's '-ing' is no adjective's
    ("The spleen, not the liver.", "Which organ is abnormal?", "spleen"),
    ("Pneumonia; not tuberculosis, given the lower lobe location.", DX, "pneumonia"),
    ('{"answer": "atelectasis, not pneumonia"}', DX, "atelectasis"),
    ("No es neumonía, es atelectasia.", DX, "atelectasia"),
    ("不是肺炎，是肺不张。", DX, "肺不张"),
])
def test_the_candidate_named_beside_an_exclusion_is_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


def test_candidates_after_an_exclusion_are_weighed() -> None:
    assert _read("Not pneumonia, but could be atelectasis or edema.") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Not seen.", "Where is the foreign body?", "not seen"),
    ("Not enlarged.", "What is the size of the spleen?", "not enlarged"),
    ("Not displaced.", "What is the alignment of the fracture?", "not displaced"),
    ("No fracture.", "What does the radiograph show?", "no fracture"),
    ("Non-small cell lung cancer.", DX, "non small cell lung cancer"),
    ("Not malignant.", "Is the lesion benign or malignant?", "not malignant"),  # a property the vocabulary names
    ("Not hyperintense.", "What is the signal on T1?", "not hyperintense"),
    ("Pneumothorax without tension.", DX, "pneumothorax without tension"),
])
def test_a_property_or_absence_after_a_negation_stays_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "want"), [
    ("Lipoma. Hmm, nope — liposarcoma.", ("liposarcoma", Status.SCORED)),
    ("Pneumonia. No, it's atelectasis.", ("atelectasis", Status.SCORED)),
    ("Gallstones. Hmm, no — I mean cholecystitis.", ("cholecystitis", Status.SCORED)),
    ("Lipoma. Hmm, no — could be a liposarcoma or a hibernoma.", (None, Status.AMBIGUOUS)),
    ("Lipoma. Hmm, no — I'm not sure.", (None, Status.REFUSED)),
    ("The radius. No, the ulna. Possibly both.", (None, Status.AMBIGUOUS)),
    ("Cholangiocarcinoma... nope, HCC.", ("hcc", Status.SCORED)),
])
def test_a_no_said_to_the_answer_just_written_revises_it(text: str, want: tuple[str | None, Status]) -> None:
    assert _read(text, "Which bone is fractured?" if "radius" in text else DX) == want


@pytest.mark.parametrize(("text", "answer"), [
    ("Pneumonia. No cavitation.", "pneumonia no cavitation"),
    ("Pneumonia. No, there is no effusion.", "pneumonia no there is no effusion"),
])
def test_a_no_denying_a_finding_revises_nothing(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


@pytest.mark.parametrize("text", [
    "Appendicitis. Alternatively, mesenteric adenitis.",
    "Crohn disease. Another possibility is ulcerative colitis.",
    "Pneumonia. Atelectasis is also possible.",
    "My top two: sarcoidosis and lymphoma.",
    "My two leading considerations are sarcoidosis and lymphoma.",
    "Es una neumonía o una atelectasia, no puedo distinguirlas.",
    "C'est une pneumonie ou une atélectasie, je ne peux pas trancher.",
    "肺炎或肺不张，无法区分。",
    "There is a lytic lesion. The differential includes giant cell tumor, aneurysmal bone cyst and chondroblastoma.",
    "There is a cystic lesion in the pancreas. It could represent a pseudocyst or a mucinous neoplasm.",
    '{"organ": ["liver", "spleen"]}',
])
def test_candidates_named_without_a_choice_are_ambiguous(text: str) -> None:
    assert _read(text, "Which organ is abnormal?" if "organ" in text else DX) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Appendicitis. Mesenteric adenitis is much less likely.", DX, "appendicitis mesenteric adenitis is much less likely"),
    ("My top pick: sarcoidosis.", DX, "sarcoidosis"),
    ("Giant cell tumor. The differential includes aneurysmal bone cyst.", DX,
     "giant cell tumor differential includes aneurysmal bone cyst"),
    ("There is a lytic lesion. The differential includes giant cell tumor and aneurysmal bone cyst.",
     "What abnormality is seen?", "lytic lesion"),
    ('{"findings": ["cardiomegaly", "pleural effusion"]}', "What are the findings?", "cardiomegaly pleural effusion"),
    ('{"diagnosis": "pneumonia", "confidence": "low"}', DX, "pneumonia"),  # a hedged pick is the answer, as for choices
])
def test_one_candidate_named_or_several_asked_stays_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "status"), [
    ("<unk> <unk> <unk>", Status.UNPARSED),
    ("[PAD] [PAD]", Status.UNPARSED),
    ("**Morphology:** Umbilicated papules.\n\n**Differential:** 1.", Status.TRUNCATED),
    ("Findings suggest a granulomatous process, particularly", Status.TRUNCATED),
    ("1. Pneumonia\n2.", Status.TRUNCATED),
])
def test_special_tokens_say_nothing_and_a_list_or_adverb_left_open_is_cut(text: str, status: Status) -> None:
    assert _read(text) == (None, status)


@pytest.mark.parametrize(("text", "question"), [
    ("The tissue is stained pink and purple.", "What type of tissue is this?"),
    ("This is a CT image of the abdomen.", "Where is the lesion?"),
    ("a black and white photo of a x-ray", "What is the most likely diagnosis?"),  # a caption
])
def test_the_look_or_the_kind_of_image_answers_nothing_asked(text: str, question: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Red.", "What color is the lesion?", "red"),
    ("Red degeneration of a fibroid.", DX, "red degeneration of fibroid"),
    ("Head of the pancreas.", "Where is the lesion?", "head of pancreas"),
])
def test_a_colour_asked_or_a_place_named_stays_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)
