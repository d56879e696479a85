"""A description is not a decision (lane opendesc48, issue #7: ``extract/open_described.py``, the landmark relation
words of ``answers/landmarks.py`` read by ``extract/open_kind.py``).

An unmarked open reply none of whose sentences answers (the image toured, a checklist of normal structures to a
question asking where, the question restated with an instruction, values of the asked kind named only as landmarks)
is ``unparsed``; right answers written in the same descriptive style stay answered. Texts written for these tests in
fresh wording (the lane's probes, /work/coord/probes_opendesc48.py).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_described import described_only
from medstep.extract.open_kind import landmarks_only
from medstep.extract.open_tour import inventory
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="od48", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.rule


@pytest.mark.parametrize(("question", "text"), [
    ("What abnormality is present in this image?",
     "This radiograph displays the thorax, including the cardiac silhouette, both lung fields and the ribs."),
    ("Where is the lesion located?",
     "Lungs: clear bilaterally. Heart: normal size. Mediastinum: unremarkable. Bones: no fracture."),
    ("What is the abnormal finding?",
     "We are looking at an axial slice of the upper abdomen. The liver, the spleen and the stomach can be identified."),
    ("Which organ contains the mass?", "The mass lies adjacent to the stomach and posterior to the pancreas."),
    ("Where is the abnormality?", "Soft tissues: normal. Osseous structures: intact. Joint spaces: preserved."),
    ("What abnormality can be seen?",
     "The picture depicts a brain MRI with the ventricles, the gray matter and the white matter all visible."),
    ("Which lobe is affected?",
     "Both lungs are visualised along with the mediastinal contours and the costophrenic angles."),
    ("What organ is displayed?", "What organ is displayed in this picture? Please answer according to the image."),
])
def test_a_description_is_unanswered(question: str, text: str) -> None:
    assert _read(text, question) == (None, "unparsed")


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What abnormality is seen in the lungs?",
     "The image shows the chest. There is a large right-sided pneumothorax.", "large right sided pneumothorax"),
    ("What is the modality of this image?",
     "This image was obtained with ultrasound; a fan-shaped field and speckle are seen.", "ultrasound"),
    ("Which organ contains the mass?", "The mass abuts the liver. It arises from the right kidney.", "kidney"),
    ("What organ is abnormal?",
     "The heart and the lungs look normal. The liver is studded with multiple hypodense metastases.", "liver"),
    ("Where is the lesion?",
     "The kidneys and spleen are unremarkable. The lesion is in the head of the pancreas.", "head of pancreas"),
    ("Which organ does the tumour arise from?",
     "The tumour compresses the bladder. It originates from the prostate.", "prostate"),
    ("Which organ shows the abnormality?", "The lesion invades the diaphragm and arises from the liver.", "liver"),
    # review of opendesc48: the asked relation, an origin, a bleed into the organ, a finding placed on a named study
    ("Where is the abnormality?", "The abnormality is in the brain on this MRI.", "brain"),
])
def test_a_descriptive_answer_stays_answered(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


def test_landmarks_only_needs_every_value_set_aside() -> None:
    question = "Which organ contains the mass?"
    assert landmarks_only("The mass lies adjacent to the stomach and posterior to the pancreas.", question)
    assert landmarks_only("The mass abuts the liver and displaces the spleen.", question)
    assert not landmarks_only("The mass abuts the liver. It arises from the right kidney.", question)
    assert not landmarks_only("The mass could be in the liver or next to it.", question)  # held open: not set aside
    assert not landmarks_only("The mass is large.", question)  # no value named at all
    assert not landmarks_only("The mass lies adjacent to the stomach.", "Where is the mass?")  # no organ asked


def test_a_normal_checklist_answers_no_place_but_a_finding_does() -> None:
    question = "Where is the lesion?"
    assert described_only("Heart: normal. Lungs: clear. Bones: intact.", question)
    assert not described_only("Heart: normal. Lungs: clear. Liver: a large mass.", question)
    assert not described_only("Heart: normal. The lesion is in the liver.", question)
    assert not described_only("Heart: normal. Lungs: clear.", "How many ribs are visible?")  # a count asked


def test_a_tour_with_a_finding_or_a_number_is_no_description() -> None:
    question = "What is the abnormality?"
    assert described_only("The scan shows the liver. Both kidneys can be identified.", question)
    assert not described_only("The scan shows the liver. Both kidneys can be identified, with a large cyst.", question)
    assert not described_only("The kidney measures 14 cm; the spleen is seen.", question)


def test_a_place_seen_in_answers_where_and_a_marked_structure_answers_what() -> None:
    assert _read("Increased tracer activity is seen in the left knee joint.", "Where is the increased activity?")[0] \
        == "left knee joint"
    assert _read("The right kidney.", "What is indicated by the arrowhead?")[0] == "right kidney"


def test_inventory_frames() -> None:
    assert inventory("The paraspinal muscles are seen posteriorly.")
    assert inventory("The vertebral bodies are visible along with the spinal canal and the cauda equina.")
    assert not inventory("A fracture is seen posteriorly.")
    assert inventory("The spleen is seen in the left upper quadrant.")
    assert not inventory("The spleen is seen in the left upper quadrant.", placing=True)


@pytest.mark.parametrize(("question", "text", "organ"), [
    # review of opendesc48: the landmark is the answer when the question asks that relation or the reply points back to
    # it as the origin (read by the open text reader, the organ inside the span)
    ("Which organ is compressed by the mass?", "The mass compresses the left kidney.", "kidney"),
    ("Which organ contains the mass?", "The mass lies next to the liver, arising from it.", "liver"),
])
def test_a_landmark_asked_for_stays_answered(question: str, text: str, organ: str) -> None:
    answer, _ = _read(text, question)
    assert answer is not None and organ in answer
