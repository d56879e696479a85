"""Closed yes/no answers given as statements, read in their general forms (issue #7, session 45).

* Two readers this lane built were dropped: a reply read sentence by sentence when every reading sentence agrees
  (the full suite found twelve reviewed precision cases it broke: class sentences, a second sentence holding the first
  open, "? enlarged"), and a concession about another finding set aside beside a denial (review of closed45: a
  conceded sign of the asked finding, "although a crescentic hyperdense collection", was set aside as another one).
  Their near misses stay below, unread.
* "Is the liver abnormal in size?" is the normal-in-size frame the other way round (``asked.positive_form``).
* A disclaimer of the clinician's read ("I can't replace a radiologist's read; that said, ...") is set aside like
  the other disclaimers (``extract/disclaimers.py``).

The replies are invented, in wording of their own; each reading is checked beside near misses that must stay unread.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _reading(question: str, text: str) -> tuple[str | None, str]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    got = extract(text, sample)
    return got.answer, got.rule


READ = [
    # an organ abnormal in one respect: the normal frame the other way round
    ("Is the liver abnormal in size?",
     "The liver measures 14 cm in the midclavicular line, which is normal in size.", "no"),
    ("Are the kidneys abnormal in size?", "Both kidneys are of normal size.", "no"),
    ("Is the liver abnormal in size?", "The liver is enlarged, spanning 21 cm.", "yes"),
    # a disclaimer of the clinician's read, then a committed statement
    ("Is there a mass in the pancreas?",
     "I can't replace a radiologist's read; that said, there is a hypodense mass in the pancreatic head measuring "
     "about 3 cm.", "yes"),
]

UNREAD = [
    # a concession of another finding still hedges the denial (``caveats.set_aside_beside`` is not called: the
    # vocabulary does not tell a bystander from a sign of the asked finding: "although a crescentic hyperdense
    # collection", "although a cavernoma with old blood products", "although a lipohaemarthrosis")
    ("Is there any intracranial hemorrhage?",
     "No intracranial hemorrhage is identified, although a small old lacunar infarct sits in the left basal ganglia."),
    ("Is there a pulmonary embolism?",
     "The pulmonary arteries opacify well to the subsegmental level with no filling defect. No pulmonary embolism is "
     "seen, though a small right pleural effusion is present."),
    ("Is there a subdural hematoma?", "No subdural hematoma, although a crescentic hyperdense collection hugs the right convexity."),
    ("Is there pulmonary edema?", "No pulmonary edema, though septal lines and upper zone venous diversion are seen."),
    # a concession that doubts the reading itself
    ("Is there consolidation?", "No consolidation, although I am unsure given the large effusion at the left base."),
    # a sentence saying a part could not be judged; a sentence about a population
    ("Is there a pulmonary embolism?",
     "No filling defect in the central arteries. The subsegmental arteries are poorly opacified. A repeat may help."),
    ("Is there a pneumothorax?",
     "A pneumothorax occurs in about a third of patients with such fractures. The left 4th to 6th ribs are fractured. "
     "A follow-up film may be considered."),
    # "abnormal in size" answered about another respect
    ("Is the aorta abnormal in calibre?", "The aorta is normal in position."),
    ("Is the liver abnormal in size?", "The liver is normal in contour."),
    ("Is the spleen enlarged?", "The liver spans 19 cm in craniocaudal length. It is enlarged. The gallbladder is unremarkable."),
    ("Is there a fracture of the tibia?", "No fracture is seen, but a subtle one may be hidden by the overlying cast."),
    ("Is there a fracture?", "No acute fracture, although an old healed fracture of the left seventh rib is seen."),
    ("Is there ascites?", "There is no free fluid in the abdomen. A moderate volume of ascites surrounds the liver."),
    ("Is there a fracture of the scaphoid?",
     "I cannot see a fracture line, but a scaphoid fracture cannot be excluded on this view."),
    ("Is the thyroid nodule malignant?", "The thyroid nodule could be benign or malignant; sampling would decide."),
    ("Is the left kidney enlarged?", "The right kidney is normal in size. The left kidney was not assessed on this view."),
    ("Is there a pneumothorax on the right?", "A small apical pneumothorax is present on the left."),
    ("Is the spleen abnormal in size?", "The liver is normal in size."),
    ("Is there a mass in the pancreas?",
     "I can't replace a radiologist's read, and the pancreas is not well seen on this slice."),
    ("Is the appendix inflamed?", "The appendix is not visualised on this study."),
    ("是否存在肺结节？", "肺结节可能存在，建议进一步检查。"),
    # sentence by sentence: a textbook paragraph, a verdict word left, two numbers, a sentence naming it unread, a cut
    ("Is there evidence of sarcoidosis?",
     "Sarcoidosis is a granulomatous disease. It typically causes bilateral hilar adenopathy. The image is a frontal "
     "chest radiograph."),
    ("Is this a CT scan?", "This is a CT of the abdomen. No. This is a CT of the abdomen. No. This is a CT of"),
    ("Is the spleen enlarged?", "Spleen length 15 cm. Spleen length 11 cm."),
    ("Is there a fracture of the femur?",
     "No fracture is seen. Alignment is anatomic. However, there is a lucent line through the femoral neck "
     "(subcapital fracture)."),
    ("Is this chest radiograph normal?",
     "The lungs are clear and the heart is normal in size. The mediastinum is not widened. There is, however, a"),
]


@pytest.mark.parametrize(("question", "text", "want"), READ)
def test_statement_read(question: str, text: str, want: str) -> None:
    assert _reading(question, text)[0] == want


@pytest.mark.parametrize(("question", "text"), UNREAD)
def test_near_miss_stays_unread(question: str, text: str) -> None:
    assert _reading(question, text)[0] is None


@pytest.mark.parametrize(("text", "want"), [("Yes.", "yes"), ("No.", "no"), ("Yes, it is enlarged.", "yes"),
                                            ("No, it is normal in size.", "no"), ("Answer: yes", "yes")])
def test_verdict_words_keep_their_meaning_in_the_flipped_frame(text: str, want: str) -> None:
    # "abnormal in size" is read as "normal in size" flipped: a verdict word still answers the question as asked
    assert _reading("Is the liver abnormal in size?", text)[0] == want


def test_a_device_read_from_its_group_beside_an_unread_denial_stays_unread() -> None:
    text = "Sternotomy wires and a mitral annuloplasty ring are seen. No prosthetic aortic valve is present."
    assert _reading("Is there an aortic valve replacement?", text)[0] is None
