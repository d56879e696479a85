"""Open answers a careful reader takes as no answer (``extract/open_decision.py``), one sentence per class,
beside answers of the same shape that do decide and must keep their text. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _open(question: str) -> Sample:
    return Sample(id="o9", question=question, answer="none", answer_type=AnswerType.OPEN)


DIAGNOSIS = _open("What is the most likely diagnosis?")
ORGAN = _open("Which organ is abnormal in this image?")
RIGHT_LUNG = _open("What is the abnormality in the right lung?")
PLANE = _open("In which plane is this image taken?")
WHERE = _open("Where is the lesion located?")
KIDNEY_ARROW = _open("What does the arrow point to in the left kidney?")
MODALITY = _open("What imaging modality was used?")
HOW_MANY = _open("How many nodules are seen?")

NO_ANSWER = [
    # declining in words the shared refusal list does not hold, or in another language
    ("rather-not-guess", DIAGNOSIS, "I'd rather not guess without more clinical information.", "refused"),
    ("no-definite-answer", DIAGNOSIS, "No definite answer can be given.", "refused"),
    ("opens-not-certain", DIAGNOSIS, "I cannot be certain.", "refused"),
    ("opens-cant-tell", DIAGNOSIS, "Can't tell from this image.", "refused"),
    ("opens-poor-quality", DIAGNOSIS, "The image quality is poor.", "refused"),
    ("opens-broad-differential", DIAGNOSIS, "The differential is broad.", "refused"),
    ("opens-number-of-things", DIAGNOSIS, "This could be a number of things.", "refused"),
    ("opens-consult", DIAGNOSIS, "Please consult a radiologist for an accurate diagnosis.", "refused"),
    ("either-side", ORGAN, "Either one.", "refused"),
    ("es-no-se-puede", DIAGNOSIS, "No se puede determinar a partir de la imagen.", "refused"),
    ("fr-ne-peux-pas", DIAGNOSIS, "Je ne peux pas déterminer le diagnostic à partir de cette image.", "refused"),
    ("de-nicht-beurteilen", DIAGNOSIS, "Ich kann das nicht beurteilen.", "refused"),
    ("opens-cannot-be-assessed", DIAGNOSIS, "Cannot be assessed.", "refused"),
    ("opens-inconclusive", DIAGNOSIS, "Inconclusive.", "refused"),
    ("opens-depends", DIAGNOSIS, "It depends on the clinical context.", "refused"),
    ("no-way-to-tell", DIAGNOSIS, "There's no way to know from this image.", "refused"),
    ("zh-dont-know", DIAGNOSIS, "不知道。", "refused"),
    ("es-no-lo-se", DIAGNOSIS, "No lo sé.", "refused"),
    ("de-keine-aussage", DIAGNOSIS, "Keine Aussage möglich.", "refused"),
    ("it-non-lo-so", DIAGNOSIS, "Non lo so.", "refused"),
    # a caveat, then a pick held open: still a refusal
    ("caveat-then-open-pick", DIAGNOSIS, "Hard to say, but it could be pneumonia.", "refused"),
    # a sentence naming nothing the question did not
    ("several-findings", DIAGNOSIS, "Several findings are present.", "unparsed"),
    ("restates-question", RIGHT_LUNG, "There is an abnormality in the right lung.", "unparsed"),
    ("vague-category", MODALITY, "A medical imaging modality.", "unparsed"),
    ("preamble-only", DIAGNOSIS, "Let me analyze the image step by step.", "unparsed"),
    # cut: a side with its noun missing, "either" with nothing after, a trailing comma
    ("cut-either", DIAGNOSIS, "The most likely diagnosis is either", "truncated"),
    ("cut-comma", DIAGNOSIS, "Looking at the image,", "truncated"),
    ("cut-lobe", WHERE, "The lesion is in the right upper", "truncated"),
    ("cut-after-side", WHERE, "The lesion is located in the posterior segment of the right", "truncated"),
    # candidates each held possible, asked, or split by slashes
    ("may-could-also", DIAGNOSIS, "It may be pneumonia, but it could also be atelectasis.", "ambiguous"),
    ("both-possible", DIAGNOSIS, "Both pneumonia and atelectasis remain possible.", "ambiguous"),
    ("possibly-twice", ORGAN, "Possibly liver, possibly spleen.", "ambiguous"),
    ("asked-items", ORGAN, "Liver? Spleen?", "ambiguous"),
    ("slash-list", PLANE, "Axial/coronal", "ambiguous"),
    ("versus-dotted", DIAGNOSIS, "Pneumonia vs. atelectasis vs. aspiration.", "ambiguous"),
    ("ddx-head", DIAGNOSIS, "DDx: pneumonia, atelectasis.", "ambiguous"),
    ("and-or", DIAGNOSIS, "Atelectasis and/or pneumonia.", "ambiguous"),
    ("fr-could-be-or", DIAGNOSIS, "Cela pourrait être une pneumonie ou une atélectasie.", "ambiguous"),
    ("zh-also-possible", DIAGNOSIS, "可能是肺炎，也可能是肺不张。", "ambiguous"),
    ("zh-or-clause", DIAGNOSIS, "肺炎或肺不张，需结合临床。", "ambiguous"),
]

ANSWERS = [
    # policy: a caveat followed by a committed pick after a turn answers with that pick
    ("caveat-then-pick", DIAGNOSIS, "Hard to say for certain, but pneumonia is most likely.",
     "hard to say for certain but pneumonia is most likely"),
    ("caveat-after-answer", DIAGNOSIS, "Pneumonia, though I cannot be certain.", "pneumonia though i cannot be certain"),
    ("hedged-extra", DIAGNOSIS, "Gallstones, and there may also be sludge.", "gallstones and there may also be sludge"),
    ("label-from-question", KIDNEY_ARROW, "The left kidney.", "left kidney"),
    ("names-new-organ", ORGAN, "The liver is abnormal.", "liver"),  # the subject answers (open_subject.py)
    ("counting-word-answers", HOW_MANY, "Multiple.", "multiple"),
    ("one-tentative", DIAGNOSIS, "Possibly pneumonia.", "possibly pneumonia"),
    ("one-on-the-right", WHERE, "On the right", "right"),
    ("slash-abbreviation", MODALITY, "Ultrasound/US", "ultrasound us"),
    ("zh-caveat-then-pick", DIAGNOSIS, "无法排除肺炎，但最可能是肺不张。", "无法排除肺炎 但最可能是肺不张"),
    ("either-adverb", DIAGNOSIS, "No effusion, and no pneumothorax either", "no effusion and no pneumothorax either"),
    ("negated-and-or", DIAGNOSIS, "No effusion and/or pneumothorax.", "no effusion and or pneumothorax"),
    ("preamble-then-content", DIAGNOSIS, "Let me look: the image shows a pneumothorax.",
     "pneumothorax"),
    ("zh-negated-or", DIAGNOSIS, "无积液或气胸，心影正常。", "无积液或气胸 心影正常"),
]


@pytest.mark.parametrize(("case_id", "sample", "text", "status"), NO_ANSWER, ids=[c[0] for c in NO_ANSWER])
def test_open_no_answer(case_id: str, sample: Sample, text: str, status: str) -> None:
    got = extract(text, sample)
    assert (got.answer, got.rule) == (None, status)


@pytest.mark.parametrize(("case_id", "sample", "text", "answer"), ANSWERS, ids=[c[0] for c in ANSWERS])
def test_open_answer_kept(case_id: str, sample: Sample, text: str, answer: str) -> None:
    assert extract(text, sample).answer == answer
