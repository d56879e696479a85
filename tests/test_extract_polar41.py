"""Closed yes/no questions answered by a statement of the asked property's opposite (issue #7, session 41, lane polar41).

* Antonym pairs in their one table (``extract/antonym_pairs.py``): alignment (normally aligned / malaligned),
  dislocation (dislocated / normally aligned), patency (patent / occluded), symmetry, regularity (smooth / irregular),
  aggression (aggressive / non-aggressive); a pole after "non-" is the pole denied ("non-malignant").
* An answer's label opening the sentence ("*Answer*: The shoulder is normally aligned.") names no subject holding
  the pole, and a subject owned by another thing ("the margin of the adjacent cyst") is not the asked one
  (``extract/pole_context.py``).
* "normally aligned" says how the joint is set, not what is usual (``extract/open_knowledge.py``).
* "non-P" split by its hyphen is the property denied (``extract/implicit_property.py``: "The duct is non-dilated.").
* "P-free" denies the finding ("The recesses are effusion-free."); before a noun ("an effusion-free recess") it
  qualifies that noun and nothing is read (``extract/findings_words.py``). Main read these as a yes.
* A finding gone on one side ("The left effusion has resolved.") beside a clause denying it whatever its side is a
  no (``extract/resolved.py``); alone it still says nothing of the other side.
* A value said only as a bound ("CTR less than 0.5", "QTc above 500 ms") is read where every value of its interval
  gets one verdict (``extract/measured.py``); a bound reaching the table's gap, or a normal asked, stays unread.

Each reading is checked both ways, beside near misses that must stay unread: another organ or side, a different
finding, a conditional, a question restated, a differential. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.antonym_pairs import POLES
from medstep.extract.findings_words import FREE_BEFORE_NOUN, NEG_POST
from medstep.extract.measured_bounds import BOUND_BEFORE
from medstep.extract.open_knowledge import _MANNER
from medstep.extract.pole_context import _LABEL, _OWNER
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # alignment and dislocation
        ("Is there misalignment of the cervical spine?", "Cervical spine alignment is preserved.", "no"),
        ("Is the hip dislocated?", "The hip is anatomically aligned.", "no"),
        ("Is there a dislocation of the elbow?", "The elbow is normally aligned.", "no"),
        ("Is the hip dislocated?", "The femoral head lies outside the acetabulum; the hip is dislocated.", "yes"),
        ("Is the hip dislocated?", "The knee is normally aligned.", None),
        ("Is the left hip dislocated?", "The right hip is anatomically aligned.", None),
        ("Is the shoulder dislocated?", "The shoulder is malaligned.", None),
        (
            "Is there malalignment of the knee?",
            "If the knee were malaligned, the tibial plateau would be offset.",
            None,
        ),
        ("Is the knee malaligned?", "The tibial fracture fragments are in anatomic alignment.", None),
        (
            "Is the shoulder dislocated?",
            "Posterior dislocation or normal alignment — the single view cannot tell.",
            None,
        ),
        # an answer's label names no subject
        ("Is the vein occluded?", "Answer: The vein is patent.", "no"),
        ("Is the hip dislocated?", "Answer: The knee is normally aligned.", None),
        ("Is the lesion malignant?", "Conclusion: the adjacent node is malignant.", None),
        # patency, symmetry, regularity, aggression
        ("Is the stent occluded?", "The stent is patent with brisk flow.", "no"),
        ("Is the stent occluded?", "The stent is occluded.", "yes"),
        ("Is the right carotid artery occluded?", "The left carotid artery is occluded.", None),
        ("Is the vein patent?", "Differential: occluded vein or slow flow artefact.", None),
        ("Is there asymmetry of the breasts?", "The breasts are symmetric.", "no"),
        ("Is there asymmetry of the breasts?", "The kidneys are symmetric.", None),
        ("Is the margin irregular?", "The margin is smooth.", "no"),
        ("Is the margin smooth?", "The margin is irregular.", "no"),
        ("Is the margin irregular?", "The adjacent bowel wall is smooth.", None),
        ("Is the margin irregular?", "The margin of the adjacent cyst is smooth, while the mass is spiculated.", None),
        ("Is the liver contour irregular?", "The contour of the liver is smooth.", "no"),
        ("Is the lesion aggressive?", "The lesion is aggressive, with cortical destruction.", "yes"),
        ("Is the lesion aggressive?", "If the lesion were aggressive, there would be periosteal reaction.", None),
        ("Is the lesion aggressive?", "Differential: osteosarcoma or a non-aggressive fibrous lesion.", None),
        # "non-" split by its hyphen
        ("Is the mass malignant?", "The mass is non-malignant.", "no"),
        ("Is the mass benign?", "The mass is non-malignant.", "yes"),
        ("Is the duct dilated?", "The duct is non-dilated.", "no"),
        ("Is the aorta aneurysmal?", "The aorta is non-aneurysmal.", "no"),
        ("Is the spleen enlarged?", "The liver is non-enlarged.", None),
        # "-free"
        ("Is there a pleural effusion?", "The costophrenic recesses are effusion-free.", "no"),
        ("Is there a fracture?", "The bones are fracture-free.", "no"),
        ("Is there a pleural effusion?", "An effusion-free left recess is seen.", None),
        ("Is there free fluid?", "There is free fluid in the pouch of Douglas.", "yes"),
        ("Is there an effusion?", "A large free-flowing effusion layers on the right.", "yes"),
        # a finding gone on one side, denied whatever its side beside it
        ("Is there an effusion?", "The left effusion has resolved. No pleural effusion is seen.", "no"),
        ("Is there an effusion?", "The left effusion has resolved.", None),
        ("Is there an effusion?", "The left effusion has resolved; a small right effusion remains.", "yes"),
        ("Is there an effusion?", "The left effusion has resolved. No right effusion.", None),
        # a value said as a bound
        ("Is the heart enlarged?", "Heart size: CTR below 0.5.", "no"),
        # the question's own cut-off: a bound at it restates the question, one beyond it answers
        ("Is the ejection fraction below 40%?", "Ejection fraction below 40%.", None),
        ("Is the nodule larger than 8 mm?", "The nodule is larger than 8 mm.", None),
        ("Is the ejection fraction below 40%?", "The ejection fraction is less than 30%.", "yes"),
        ("Is the nodule larger than 8 mm?", "The nodule is smaller than 5 mm.", "no"),
        ("Is there cardiomegaly?", "The cardiothoracic ratio exceeds 0.6.", "yes"),
        ("Is there cardiomegaly?", "The cardiothoracic ratio is less than 0.55.", None),
        ("Is there cardiomegaly?", "The CTR > 0.5.", None),
        ("Is there cardiomegaly?", "On this AP film the cardiothoracic ratio is under 0.5.", None),
        ("Is the QT interval prolonged?", "The QTc is above 500 ms.", "yes"),
        ("Is the QT interval prolonged?", "The QTc is below 420 ms.", "no"),
        ("Is the QT interval prolonged?", "The QTc is under 460 ms.", None),
        ("Is the ejection fraction reduced?", "The LVEF is less than 30%.", "yes"),
        ("Is the ejection fraction reduced?", "The LVEF is greater than 60%.", "no"),
        ("Is the PR interval normal?", "The PR interval is less than 200 ms.", None),
        ("Is the appendix dilated?", "The appendix measures less than 7 mm.", None),
        ("Is the heart enlarged?", "Heart size would be enlarged if the cardiothoracic ratio exceeded 0.5.", None),
    ],
)
def test_polarity(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_up_to_is_the_largest_value_not_a_bound() -> None:
    # "SUVmax up to 11.2": the largest of several nodes, read as the value (a bound would reach the low band)
    assert (
        _read(
            "Does the PET scan show hypermetabolic lymph nodes?",
            "Several mediastinal nodes with SUVmax up to 11.2, well above liver background (2.4).",
        )
        == "yes"
    )


def test_new_patterns_read_linearly() -> None:
    reads_linearly(lambda grown: BOUND_BEFORE.search(grown), rep("less than ", 2000, "CTR ", "x"))
    reads_linearly(lambda grown: BOUND_BEFORE.search(grown), rep(" ", 20000, "<", "x"))
    reads_linearly(lambda grown: list(POLES["alignment"].finditer(grown)), rep("alignment is ", 1500, "", "x"))
    reads_linearly(lambda grown: list(POLES["regularity"].finditer(grown)), rep("non-", 5000, "", "regularx"))
    reads_linearly(lambda grown: FREE_BEFORE_NOUN.match(grown), rep(" ", 20000, "", "free"))
    reads_linearly(lambda grown: NEG_POST.match(grown), rep(" ", 20000, "", "free x"))
    reads_linearly(lambda grown: list(_MANNER.finditer(grown)), rep("normally ", 2000, "", "aligned x"))
    reads_linearly(lambda grown: _OWNER.search(grown), rep("of the margin ", 1500, "", "is x"))
    reads_linearly(lambda grown: _LABEL.sub("", grown), rep("*_ ", 6000, "", "answer x"))
    reads_linearly(lambda grown: _read("Is there cardiomegaly?", grown), rep("less than ", 30, "The CTR is ", "0.4."))
    reads_linearly(
        lambda grown: _read("Is there a pleural effusion?", grown), rep("effusion-free ", 25, "The recesses are ", ".")
    )
