"""Session 55 (lane closed55): an organ asked normal or abnormal answered by a committed finding in that organ
(``extract/organ_normal.read_organ_finding``, rule ``implicit_organ_finding``), a question pointing at the image after
its property ("Is the liver normal in this image?"), and a finding offered as one candidate among others never read as
stated from its sign (``extract/offered_among.py``). Exact answers, with the near misses that must not change."""
from __future__ import annotations

import pytest

from medstep.extract import extract, organ_normal
from medstep.extract.offered_among import offered_among
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str, str]:
    found = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType("closed")))
    return found.answer, found.status.value, found.rule


@pytest.mark.parametrize(("question", "text", "expected"), [
    # b54-0088: a positive finding answers a normality question
    ("Is the liver normal in this image?",
     "The liver contains multiple hypodense lesions of varying sizes scattered through both lobes.", "no"),
    ("Is the liver abnormal?", "The liver contains multiple hypodense lesions scattered through both lobes.", "yes"),
    # a hedged diagnosis after the finding leaves the finding stated (b50-0249)
    ("Is there an abnormality in the colon?",
     'A segment of circumferential, irregular wall thickening with shouldered margins ("apple core") is present '
     "in the sigmoid colon, suspicious for carcinoma.", "yes"),
    # no organ named: the finding belongs to the asked organ only, on the asked side (b51-0097)
    ("Is there an abnormality in the left lung?", "left upper lobe airspace opacity consistent with pneumonia", "yes"),
    # one side of a pair asked unsided: the pair is not normal
    ("Is there an abnormality in the left kidney?",
     "The right kidney is normal. The left kidney shows moderate hydronephrosis with dilated calyces.", "yes"),
])
def test_finding_in_the_asked_organ(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored", organ_normal.FINDING_RULE)


@pytest.mark.parametrize(("question", "text"), [
    # a clinician asked "is the liver normal?" calls a liver with an incidental small cyst normal apart from it: the
    # reply calls the organ normal in one aspect and states a finding, and does not settle which answer it means
    ("Is the liver normal?", "The liver is normal in size; a small cyst is noted."),
    ("Is the liver normal?", "There is a cyst in the right kidney."),  # the finding in another organ
    ("Is the liver normal?", "The liver may contain a small hypodense lesion."),  # hedged
    ("Is the liver normal?", "There is a hypodense lesion."),  # no organ, a finding of many organs
    ("Is the left kidney normal?", "The right kidney contains a stone."),  # the other side
    ("Is the liver normal?", "The liver had a lesion on the prior study."),  # a past finding
    # the organ's make-up described beside denied findings (b20-0078): "density" is no abnormality here
    ("Is there an abnormality in the right breast?",
     "The right breast shows scattered fibroglandular density without mass, architectural distortion or suspicious "
     "calcifications. BI-RADS 1."),
])
def test_no_finding_reading(question: str, text: str) -> None:
    assert organ_normal.read_organ_finding(text, question) is None


@pytest.mark.parametrize(("question", "text"), [
    ("Is the liver normal?", "There is a mass adjacent to the liver."),  # beside the organ, not in it
    ("Is the bladder wall normal?", "The bladder is diffusely thickened."),  # the organ, not the asked part
    ("Is the appendix normal?", "The appendix is dilated. The rest of the bowel is normal."),  # the rest called normal
    # a size is the measured readers' (5 mm: normal calibre beside the appendicolith; 9 mm: theirs to judge)
    ("Is the appendix normal?", "The appendix measures 5 mm with an appendicolith and surrounding fluid."),
    ("Is the appendix normal?", "The appendix is non-compressible, measures 9 mm, with an appendicolith."),
])
def test_organ_finding_guards(question: str, text: str) -> None:
    assert organ_normal.read_organ_finding(text, question) is None


def test_finding_taken_back_as_artifact() -> None:
    text = "The liver contains a hypodense lesion, but this is probably artifact."
    assert organ_normal.read_organ_finding(text, "Is the liver normal?") is None


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is the liver normal on this CT?", "The liver is unremarkable.", "yes"),
    ("Is the appendix normal on this ultrasound?", "The appendix is non-compressible with a small appendicolith at its "
     "base.", "no"),
])
def test_question_pointing_at_the_image(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[:2] == (expected, "scored")


def test_pleural_effusion_offered_beside_thickening_is_no_yes() -> None:
    # b54-0152: the sign (a blunted angle) explained two ways, neither committed
    text = ("The left costophrenic angle is mildly blunted. This could represent a small pleural effusion, or it could "
            "simply be pleural thickening from prior inflammation. A lateral or decubitus view would help to clarify.")
    answer, status, _ = _read("Is there a pleural effusion?", text)
    assert answer is None and status == "ambiguous"


@pytest.mark.parametrize(("question", "text", "expected"), [
    # near misses: the sign alone, or the finding stated, still read
    ("Is there a pleural effusion?", "The left costophrenic angle is mildly blunted.", "yes"),
    ("Is there a pleural effusion?", "There is a small left pleural effusion.", "yes"),
    ("Is there a pleural effusion?", "No pleural effusion. The costophrenic angles are sharp.", "no"),
])
def test_committed_effusion_still_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[:2] == (expected, "scored")


def test_offered_among_needs_hedge_and_alternative() -> None:
    assert offered_among("This could be a small pleural effusion or pleural thickening.", "pleural_effusion")
    assert offered_among("Pleural effusion versus thickening is possible.", "pleural_effusion")
    assert not offered_among("There is a small pleural effusion or thickening.", "pleural_effusion")  # no hedge
    assert not offered_among("This could represent a small pleural effusion.", "pleural_effusion")  # one candidate
    assert not offered_among("This could be atelectasis or consolidation.", "pleural_effusion")  # asked one not named


@pytest.mark.parametrize(("question", "text"), [
    ("Is there a fracture?", "Cannot exclude a fracture."),
    ("Is there a fracture?", "I can't determine this from the image."),
])
def test_never_yes(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


# A disclaimer's turn opening the next sentence ("... That said, ...") and an aside joined to it before its turn
# ("..., and a lateral view would help, but ...") belong to the disclaimer (``extract/disclaimers.py``).
@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is this skin lesion a melanoma?",  # b54-0084
     "I can't give a definitive diagnosis from a photograph — only histology can do that. That said, I'm leaning towards "
     "yes: the lesion is strongly asymmetric, has an irregular notched border and several colors.", "yes"),
    ("Is there a pneumothorax?",
     "I can't be fully certain from a single view, and a lateral film would help, but no, there is no pneumothorax.",
     "no"),
])
def test_disclaimer_then_commitment(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[:2] == (expected, "scored")


@pytest.mark.parametrize(("question", "text"), [
    # the turn leads to two candidates, or the question itself is declined: no answer
    ("Is this skin lesion a melanoma?",
     "I can't give a definitive diagnosis from a photograph. That said, it could be a melanoma or an atypical nevus."),
    ("Is there a fracture?", "I can't be fully certain from a single view. That said, I cannot determine whether there "
     "is a fracture."),
    ("Is there a fracture?", "I can't be fully certain, and a lateral view would help, but it could go either way."),
    # review probes c16/c22: a turn removed with the disclaimer is a concession; a hedged rest stays unread
    ("Is there a fracture?", "I can't give a definitive answer. That said, yes, a fracture is likely but I'm not sure."),
    ("Is there a fracture?", "I can't give a definitive diagnosis. That said, yes, probably, but I'm not sure."),
])
def test_disclaimer_then_no_commitment(question: str, text: str) -> None:
    assert _read(question, text)[0] is None
