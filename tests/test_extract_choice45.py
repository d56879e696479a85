"""Session 45's choice readers: a device-by-device review answering "Which line or tube is malpositioned?"
(``extract/device_review.py``), and a closing sentence that only sets an alternative aside handing the decision to the
sentence before (``extract/decision_clauses.set_aside_after``).

Rows written fresh for the lane (its probes: /work/coord/probes_choice45.py), with near misses that must keep no
reading: a device left unjudged, held open, two judged badly, every device fine with no "None" option, a question
asking the well-placed device; a pick hedged or offered with an alternative before a turned-down letter.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.decision_clauses import decision_sentence, set_aside_after
from medstep.types import AnswerType, Sample

DEV = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Right internal jugular catheter", "D": "Chest drain"}
DEVN = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Right internal jugular catheter",
        "D": "None of the above"}
MALPOSITIONED = "Which tube or line is malpositioned on this ICU film?"
KNEE = {"A": "Anterior cruciate ligament tear", "B": "Posterior cruciate ligament tear",
        "C": "Medial collateral ligament sprain", "D": "Patellar dislocation"}
MEN = {"A": "Lateral meniscal tear", "B": "ACL rupture", "C": "Popliteal cyst", "D": "Loose body"}
CARDIO = {"A": "Dilated cardiomyopathy", "B": "Hypertrophic cardiomyopathy", "C": "Pericardial effusion",
          "D": "Constrictive pericarditis"}


def _read(text: str, options: dict[str, str], question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer, got.rule


@pytest.mark.parametrize("text, options, want", [
    ("ETT 4 cm above the carina, good. The NG tube curls back up into the oesophagus and needs repositioning. Right "
     "IJ line tip in the SVC, good. Chest drain in the pleural space, fine.", DEV, "B"),
    ("Checking each device in turn:\n- Endotracheal tube: tip 5 cm above the carina, satisfactory.\n- Nasogastric "
     "tube: its tip is coiled in the upper oesophagus and it must be withdrawn and re-passed.\n- Right internal "
     "jugular catheter: tip at the cavoatrial junction, satisfactory.\n- Chest drain: well within the pleural space, "
     "satisfactory.", DEV, "B"),
    ("The ETT ends 4 cm above the carina. The NG tube crosses the diaphragm into the stomach. The right IJ catheter "
     "ends in the lower SVC. Every line and tube is appropriately positioned; nothing is malpositioned.", DEVN, "D"),
])
def test_a_device_review_chooses_the_one_device_judged_badly_or_none(text: str, options: dict[str, str],
                                                                     want: str) -> None:
    assert _read(text, options, MALPOSITIONED) == (want, "device_review")


@pytest.mark.parametrize("text, options, question", [
    # a device left unjudged
    ("The endotracheal tube is fine. The nasogastric tube needs to be pulled back. The chest drain looks good.", DEV,
     MALPOSITIONED),
    # a device held open (the last item, "Chest drain: fine.", read by its text before, is no answer either)
    ("ETT: fine. NG tube: might be a little high, could need advancing. Right IJ line: fine. Chest drain: fine.", DEV,
     MALPOSITIONED),
    # two judged badly
    ("ETT: too deep, should be withdrawn 2 cm. NG tube: needs repositioning. Right IJ line: fine. Chest drain: fine.",
     DEV, MALPOSITIONED),
    # every device fine, and no "None" option
    ("ETT: fine. NG tube: fine. Right IJ line: fine. Chest drain: fine.", DEV, MALPOSITIONED),
    # one device judged both ways
    ("ETT: fine. NG tube: appropriately positioned, although it needs to be advanced 2 cm. Right IJ line: fine.",
     DEVN, MALPOSITIONED),
    ("I can't see the image, so I can't tell whether the ETT, NG tube or right IJ catheter is malpositioned.", DEVN,
     MALPOSITIONED),
])
def test_a_device_review_left_open_reads_no_device(text: str, options: dict[str, str], question: str) -> None:
    assert _read(text, options, question)[0] is None


def test_a_review_to_a_question_asking_the_well_placed_device_is_not_read_as_one() -> None:
    got = _read("ETT: fine. NG tube: needs repositioning. Right IJ line: fine. Chest drain: fine.", DEV,
                "Which tube or line is correctly positioned on this ICU film?")
    assert got[1] != "device_review"


@pytest.mark.parametrize("sentence, aside", [
    ("Alzheimer's would show disproportionate hippocampal atrophy, which isn't the dominant feature here.", True),
    ("The cruciates are intact, so B isn't the primary answer here.", True),
    ("A subdural would be crescentic and cross the sutures, and that is not what we see.", True),
    ("C is less likely.", True),
    ("A subdural would cross the sutures, so this is an extradural haematoma.", False),
    ("B is not the answer; so this is C.", False),
    ("No effusion is seen.", False),
    ("This would need surgery.", False),
    ("Vitamin D is not the issue.", False),
    ("Hepatitis B is unlikely.", False),
])
def test_a_closing_sentence_setting_an_alternative_aside(sentence: str, aside: bool) -> None:
    assert set_aside_after(sentence) is aside


def test_the_decision_sentence_is_the_one_before_an_alternative_set_aside() -> None:
    text = "Flipped fragment in the notch: a tear of the lateral meniscus. The cruciates are intact, so B isn't it."
    assert decision_sentence(text) == "Flipped fragment in the notch: a tear of the lateral meniscus."
    # never back onto a heading: each option's heading followed by what it would show, denied, decides nothing
    headed = "### Option C: Stress fracture\nThis would show a band; not seen."
    assert decision_sentence(headed) == "This would show a band; not seen."


@pytest.mark.parametrize("text, options, want", [
    ("A displaced flap is flipped into the intercondylar notch from the lateral side: a tear of the lateral meniscus. "
     "The cruciates are intact, so B isn't the primary answer here.", MEN, "A"),
    ("Asymmetric septal thickening of 24 mm with systolic anterior motion of the mitral leaflet. This is HCM. A "
     "pericardial effusion would show a fluid rim, which is absent.", CARDIO, "B"),
    # near misses: the pick before the aside hedged, offered with an alternative, or not made
    ("Kissing contusions of the lateral femoral condyle and tibia. Perhaps a torn ACL. B is less likely.", KNEE, None),
    ("Either a torn ACL or a torn PCL fits what I see. C is less likely.", KNEE, None),
    ("I cannot make this call from the description. A patellar dislocation would leave a lateral condyle bruise, "
     "which is not mentioned.", KNEE, None),
    ("The septum is thick. A pericardial effusion would show a fluid rim, which is absent.", CARDIO, None),
])
def test_an_option_named_in_other_words_before_an_alternative_set_aside(text: str, options: dict[str, str],
                                                                        want: str | None) -> None:
    assert _read(text, options, "What is the most likely diagnosis?")[0] == want


SUPPORT = {"A": "Pacemaker", "B": "Nasogastric tube", "C": "Chest tube", "D": "PICC line", "E": "None"}


@pytest.mark.parametrize("text, want", [
    ("There is a PICC.", "D"),
    ("Left arm PICC ending in the SVC. Lungs clear.", "D"),
    # near misses: the device denied, asked, or only its generic noun said
    ("No PICC is seen; the lungs are clear.", None),
    ("A tube is seen.", None),
    ("The line is in good position.", None),
    ("Could this be a PICC? Hard to tell on this film.", None),
])
def test_a_device_named_without_its_generic_noun(text: str, want: str | None) -> None:
    # "PICC" names "PICC line": "line", "tube", "catheter" name no device of their own after its name
    assert _read(text, SUPPORT, "Which support device is seen?")[0] == want


CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Cardiomegaly"}


@pytest.mark.parametrize("text, want", [
    # a verdict that is a verb with its bare subject ("This matches.", "it does not fit"), "Rejected." / "discarded"
    ("**A (Pneumothorax)**: a visible pleural edge would be needed and there is none. Rejected.\n"
     "**B (Pleural effusion)**: the costophrenic angles are sharp. Rejected.\n"
     "**C (Lobar pneumonia)**: dense right lower lobe airspace opacity with air bronchograms. This matches.\n"
     "**D (Cardiomegaly)**: the heart is under half the thoracic width. Rejected.", "C"),
    ("A - a pleural line would be visible; it does not fit.\nB - the angles are sharp; it doesn't fit.\n"
     "C - dense lobar opacity with air bronchograms; it fits well.\nD - normal cardiac width; discarded.", "C"),
    # near misses: two judged for; the one left standing only asked; (each first line "A - rejected." is no lead
    # answer: the lines head a per-option list)
    ("A - rejected.\nB - the left base is hazy; this matches.\nC - lobar opacity; this matches.\nD - rejected.", None),
    ("A - rejected.\nB - rejected.\nC - perhaps this matches?\nD - rejected.", None),
])
def test_a_per_option_verdict_list(text: str, want: str | None) -> None:
    assert _read(text, CXR, "What is the most likely diagnosis?")[0] == want


@pytest.mark.parametrize("text, want", [
    # verdicts in a result or relative clause, with what they fit said, or their reasons in brackets
    ("A. Pneumothorax: no pleural line is visible, which argues against it.\nB. Pleural effusion: the angles are "
     "sharp, making it unlikely.\nC. Lobar pneumonia: dense opacity with air bronchograms, consistent with the "
     "findings.\nD. Cardiomegaly: CTR under 0.5, so this is excluded.", "C"),
    ("- Pneumothorax: not supported (lung markings reach the periphery).\n- Pleural effusion: not supported (sharp "
     "angles).\n- Lobar pneumonia: supported (lobar consolidation, air bronchograms).\n- Cardiomegaly: not "
     "supported (normal CTR).", "C"),
    # options headed by their text only: each reads as a statement (ambiguous before the verdicts are read)
    ("Pneumothorax — there is no visible pleural line, so this does not fit.\nPleural effusion — sharp costophrenic "
     "angles; unlikely.\nLobar pneumonia — dense lobar consolidation with air bronchograms; this is the most "
     "consistent.\nCardiomegaly — normal heart size; no.", "C"),
    # near misses: a doubting bracket, two judged for, one held open
    ("- Pneumothorax: not supported.\n- Pleural effusion: not supported.\n- Lobar pneumonia: supported (possibly "
     "early).\n- Cardiomegaly: not supported.", None),
    ("Pneumothorax — consistent with the findings.\nPleural effusion — consistent with the findings.\nLobar "
     "pneumonia — unlikely.\nCardiomegaly — no.", None),
    ("Pneumothorax — no.\nPleural effusion — cannot be excluded.\nLobar pneumonia — consistent with the "
     "findings.\nCardiomegaly — no.", None),
])
def test_per_option_verdicts_in_clauses_and_text_headed_lists(text: str, want: str | None) -> None:
    got = _read(text, CXR, "What is the most likely diagnosis?")
    assert got[0] == want and (want is None or got[1] == "option_verdicts")


D4N = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Right subclavian central venous catheter",
       "D": "None of these"}


@pytest.mark.parametrize("text, options, question, want", [
    # a good word denied or said of the answer is no good placement ("not appropriately positioned", "correct answer")
    ("The nasogastric tube is the one that is not appropriately positioned.", DEV, MALPOSITIONED, "B"),
    ("Correct answer: the nasogastric tube, which loops in the oesophagus.", DEV, MALPOSITIONED, "B"),
    # "all fine except X" chooses no "None"; "all other devices fine" is no "None" either
    ("All the lines and tubes look fine, except the NG tube, which ends in the distal oesophagus.", D4N, MALPOSITIONED,
     None),
    ("Every device is in satisfactory position apart from the nasogastric tube, which needs to be advanced.", D4N,
     MALPOSITIONED, "B"),
    ("NG tube needs to be advanced 10 cm. All other devices are fine.", D4N, MALPOSITIONED, "B"),
    # one sentence judging each device in its own clause
    ("Answer: nasogastric tube.\nETT fine, NG tube in the left main bronchus needs removal, CVC fine, chest tube fine.",
     DEV, MALPOSITIONED, "B"),
    # the question names a malposition but asks the well-placed device
    ("ETT: tip in the right main bronchus, needs pulling back. NG tube: tip in the gastric fundus, fine.",
     {"A": "Endotracheal tube", "B": "Nasogastric tube"},
     "One of these devices is malpositioned. Which one is correctly positioned?", None),
    # a device named by a word of its own and its generic noun ("subclavian catheter")
    ("Endotracheal tube: fine.\nNasogastric tube: fine.\nSubclavian CVC: tip directed cranially into the internal "
     "jugular vein.\nChest tube: fine.\nThe subclavian catheter is the answer.",
     {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Right subclavian central venous catheter",
      "D": "Left chest tube"}, MALPOSITIONED, "C"),
    # a conclusion drawn after the alternative's denial is the decision
    ("The ACL fibres are wavy but continuous. A torn ACL would show discontinuity, which is not the case, so the "
     "meniscus is the culprit.", {"A": "Anterior cruciate ligament tear", "B": "Medial meniscus tear",
                                  "C": "Lateral collateral ligament sprain", "D": "Patellar tendon rupture"},
     "What is the most likely diagnosis?", "B"),
    # a bracket that turns the verdict is no reason to skip
    ("A. Pneumothorax: consistent (but unlikely given the markings).\nB. Pleural effusion: not consistent.\nC. Lobar "
     "pneumonia: not consistent.\nD. Cardiomegaly: not consistent.", CXR, "What is the most likely diagnosis?", None),
])
def test_review_repairs(text: str, options: dict[str, str], question: str, want: str | None) -> None:
    assert _read(text, options, question)[0] == want
