"""Multiple-choice answers, session 22 (issue #7): a committed option and a later mention of another.

* a caveat after the answer's sentence, supposing a case and what it would favour ("Answer: B (effusion). If a
  pleural line showed, pneumothorax would be favoured instead.") is no conflict (``extract/lines.py``);
* an inverted verb opening a supposed case ("Were the patient febrile, ...", "Had there been ...") is a condition
  like "if" (``extract/decision.py``).

Each reading is checked beside a near miss that must stay ambiguous. Sentences of our own.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"}


def _got(text: str) -> str:
    e = extract(text, Sample(id="c22", question="Which is the most likely finding?", answer="A",
                             answer_type=AnswerType.CHOICE, options=_CHEST))
    return e.answer if e.answer is not None else e.status.value


@pytest.mark.parametrize("text,want", [
    # a later sentence supposes another case and what it would favour: the answer stands
    ("**Answer: B (pleural effusion)** — the meniscus at the left base is classic. If the lateral film showed a "
     "pleural line, pneumothorax would be favoured instead.", "B"),
    ("Final answer: D — consolidation with air bronchograms. If the angle were blunted with a meniscus, an effusion "
     "would be the better choice.", "D"),
    ("**Answer: C.** The CTR is 0.61. If this were an AP film, effusion (B) might then be more plausible.", "C"),
    # near misses: the answer itself made conditional, or the other option handed over without a supposed consequence
    ("Answer: B if the patient is afebrile, otherwise D.", "ambiguous"),
    ("Final answer: B. If there is fever, D.", "ambiguous"),
    ("The answer is B. If the angle is sharp on the lateral, then A.", "ambiguous"),
    ("Final answer: B. Unless the lateral shows consolidation, in which case D.", "ambiguous"),
])
def test_caveat_after_the_answer(text: str, want: str) -> None:
    assert _got(text) == want


@pytest.mark.parametrize("text,want", [
    ("Final answer: B (pleural effusion). Were the patient febrile, pneumonia would be the better fit.", "B"),
    ("The meniscus is typical, so I'd say B. Had the patient been febrile, pneumonia would be the better fit.", "B"),
    ("My answer is D, pneumonia. Were there a fluid level, an effusion would come first.", "D"),
    # near misses: the inverted verb asks a question, or no supposed case opens the sentence
    ("I'd say B. Were the patient febrile? Then pneumonia would be the answer.", "ambiguous"),
    ("The meniscus is typical, so I'd say B. In the end pneumonia is the better fit.", "ambiguous"),
])
def test_inverted_condition(text: str, want: str) -> None:
    assert _got(text) == want


@pytest.mark.parametrize("text,want", [
    # an answer stated as such, then another chosen by a plain cue with nothing revising it: two answers
    ("The answer is C. However, the blunted angle argues for effusion, so I would say B.", "ambiguous"),
    ("Answer: A. Still, the meniscus suggests fluid; therefore B.", "ambiguous"),
    # near misses: a revision word, a question, a new paragraph or a denial hands over to the later one
    ("The answer is C. Wait — the meniscus is fluid, so I'd go with B.", "B"),
    ("The answer is C? No — the angle is blunted, so B.", "B"),
    ("The answer is C.\n\nLet me look again at the bases. The meniscus is clear, so I'd go with B.", "B"),
    ("The answer is not C. The meniscus argues for fluid, so I choose B.", "B"),
])
def test_answer_left_standing(text: str, want: str) -> None:
    assert _got(text) == want


@pytest.mark.parametrize("text,want", [
    # a label ranking an option below the first one leaves the first standing
    ("Primary: cardiomegaly. Secondary: pleural effusion.", "C"),
    ("Leading diagnosis: pneumonia\nDifferential: pleural effusion, pneumothorax", "D"),
    ("Best fit: pleural effusion; runner-up: pneumonia.", "B"),
    # near misses: two options stated alike, or only alternatives
    ("Primary: cardiomegaly. Primary: pleural effusion.", "ambiguous"),
    ("Alternatives: pleural effusion or pneumonia.", "ambiguous"),
    ("Cardiomegaly. Pleural effusion.", "ambiguous"),
])
def test_ranked_below_label(text: str, want: str) -> None:
    assert _got(text) == want


@pytest.mark.parametrize("text,want", [
    # each option defined in turn on one line: the last definition is no conclusion
    ("A. Pneumothorax: air in the pleural space. B. Pleural effusion: fluid in the pleural space. C. Cardiomegaly: "
     "enlarged heart. D. Pneumonia: infection of the lung.", "unparsed"),
    # near misses: one heading after an answer phrase, or a conclusion after the list
    ("Answer: D. Pneumonia: infection of the lung.", "D"),
    ("A. Pneumothorax: no. B. Pleural effusion: no. The enlarged heart means cardiomegaly.", "C"),
])
def test_inline_definitions(text: str, want: str) -> None:
    assert _got(text) == want


@pytest.mark.parametrize("text,want", [
    # a short Chinese reply stating one option's finding, in the impression's committing frame
    ("考虑胸腔积液可能性大。", "B"),
    ("气胸可能性大。", "A"),
    ("考虑肺炎。", "D"),
    # near misses: alternatives, a hedge, a denial, two options stated, a question
    ("气胸或胸腔积液可能。", "unparsed"),
    ("不除外肺炎。", "unparsed"),
    ("未见明显气胸。", "unparsed"),
    ("右侧胸腔积液，伴心脏扩大。", "unparsed"),
    ("肺炎？", "unparsed"),
])
def test_chinese_reply_to_english_options(text: str, want: str) -> None:
    assert _got(text) == want


_PLANES = {"A": "Axial", "B": "Sagittal", "C": "Coronal", "D": "Oblique"}


@pytest.mark.parametrize("text,want", [
    # a short Chinese reply naming one imaging plane and nothing more
    ("这是矢状位图像。", "B"),
    ("该图像为横断面（轴位）扫描。", "A"),
    # near misses: the plane denied, two planes, or a finding stated on it
    ("不是矢状位。", "unparsed"),
    ("矢状位或冠状位。", "unparsed"),
    ("矢状位重建显示骨折。", "unparsed"),
])
def test_chinese_plane(text: str, want: str) -> None:
    e = extract(text, Sample(id="c22", question="In which plane is this image?", answer="A",
                             answer_type=AnswerType.CHOICE, options=_PLANES))
    assert (e.answer if e.answer is not None else e.status.value) == want
