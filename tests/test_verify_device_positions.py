"""Issue #8, round verr9: a chain that places a tube, line or lead elsewhere than the evidence does
(``verify/positions.py``). Each case is our own report and wording; the misplaced chain must be contradicted
(``position-conflict``) and score below its faithful original, and faithful wordings of the same positions
(negated, landmarks, a hiatus hernia's stomach, a course the report does not describe) must not be.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.positions import read_positions

ICU = ("AP supine chest radiograph. The nasogastric tube passes below the diaphragm with its tip in the stomach. "
       "A right internal jugular central venous catheter has its tip in the lower superior vena cava. "
       "No pneumothorax. Lungs clear.")
COURSE = ("AP chest radiograph after line insertion. A right internal jugular central venous catheter descends in "
          "the neck and then turns laterally, its tip projecting over the right subclavian vein below the lateral "
          "third of the right clavicle. It does not continue into the superior vena cava. No pneumothorax.")
PACER = ("PA chest radiograph. A dual-chamber pacemaker generator overlies the left upper chest. The atrial lead tip "
         "lies in the right atrial appendage and the ventricular lead tip at the right ventricular apex. No "
         "pneumothorax.")
HERNIA = ("Supine chest radiograph after trauma. Bowel loops and the stomach lie in the lower left hemithorax. The "
          "nasogastric tube curls above the expected level of the left hemidiaphragm, within the herniated stomach.")


def scored(chain: str, report: str) -> ReasoningScore:
    return ReasoningScore.from_verification(verify(chain, report=report))


def position_rules(score: ReasoningScore) -> list[str]:
    return [v.rule for s in score.verification.steps for v in s.verdicts if v.rule == "position-conflict"]


@pytest.mark.parametrize("report, good, bad", [
    (ICU, "The nasogastric tube crosses the diaphragm and its tip is in the stomach. There is no pneumothorax.",
     "The nasogastric tube is coiled in the oesophagus. There is no pneumothorax."),
    (ICU, "The right internal jugular line ends in the lower superior vena cava. There is no pneumothorax.",
     "The right internal jugular line ends in the right atrium. There is no pneumothorax."),
    # the side of the vein the line was put in
    (ICU, "The right internal jugular line ends in the lower superior vena cava. There is no pneumothorax.",
     "The left internal jugular line ends in the lower superior vena cava. There is no pneumothorax."),
    # a course the evidence denies, and the tip on the other side
    (COURSE, "The right internal jugular catheter turns laterally instead of continuing into the mediastinum. "
             "There is no pneumothorax.",
     "The right internal jugular catheter continues down into the superior vena cava. There is no pneumothorax."),
    (COURSE, "The jugular line descends in the neck. Its tip projects below the right clavicle. There is no "
             "pneumothorax.",
     "The jugular line descends in the neck. Its tip projects below the lateral third of the left clavicle. There is no "
     "pneumothorax."),
    (PACER, "The ventricular lead tip lies at the right ventricular apex. There is no pneumothorax.",
     "The ventricular lead tip lies in the coronary sinus. There is no pneumothorax."),
    (HERNIA, "The nasogastric tube curls above the left hemidiaphragm, inside the herniated stomach.",
     "The nasogastric tube tip lies below the left hemidiaphragm in the abdomen, inside the herniated stomach."),
])
def test_a_device_placed_elsewhere_than_the_report_places_it_is_contradicted(report: str, good: str, bad: str) -> None:
    g, b = scored(good, report), scored(bad, report)
    assert not g.verification.has_contradiction
    assert b.verification.has_contradiction  # (the insertion side also as the line's laterality)
    assert position_rules(b) or "left internal jugular" in bad
    assert b.radrscore < g.radrscore
    assert b.clinical is not None and g.clinical is not None and b.clinical < g.clinical


@pytest.mark.parametrize("report, chain", [
    (ICU, "The nasogastric tube is not coiled in the oesophagus; it ends in the stomach."),
    (ICU, "The central line tip lies just above the right atrium, in the lower superior vena cava."),
    (ICU, "The catheter enters from the right internal jugular vein and passes through the right brachiocephalic "
          "vein before ending in the superior vena cava."),
    (ICU, "The NG tube lies posterior to the ETT, passes the gastro-oesophageal junction and ends in the stomach."),
    (ICU, "The line ends at the cavoatrial junction. There is no pneumothorax."),
    (COURSE, "At the thoracic inlet it turns laterally rather than continuing down into the superior vena cava."),
    (COURSE, "The line should be repositioned so that its tip lies in the superior vena cava."),
    (HERNIA, "The nasogastric tube tip is in the stomach, which has herniated into the chest."),
    (PACER, "The generator is over the left upper chest and the leads reach the right atrium and right ventricle."),
])
def test_faithful_wordings_of_a_device_position_are_not_contradicted(report: str, chain: str) -> None:
    assert not position_rules(scored(chain, report))


def test_a_place_in_a_clause_about_a_finding_is_not_the_device_position() -> None:
    # the apex is the pneumothorax's, the right atrium a landmark
    assert read_positions("Right chest drain in place, with a small residual pneumothorax at the apex.")[0] == []
    assert read_positions("The line tip lies just above the right atrium.")[0] == []


def test_a_pronoun_finds_the_device_of_the_sentence_before_only() -> None:
    positions, _ = read_positions("A right arm PICC is in place. Its tip lies in the superior vena cava.")
    assert [p.text for p in positions] == ["superior vena cava"]
    positions, _ = read_positions("A right arm PICC is in place. The heart is enlarged. It lies in the right atrium.")
    assert positions == []


def test_a_repeated_reading_is_the_first_one_and_the_caller_owns_its_list() -> None:
    # read_positions is memoised per (text, device carried in, lenient): a hit must read as the first call did,
    # and emptying a returned list must not empty the memo
    first, family = read_positions("The endotracheal tube tip lies in the right main bronchus.")
    assert ([p.text for p in first], family) == (["right main bronchus"], "airway")
    first.clear()
    again, _ = read_positions("The endotracheal tube tip lies in the right main bronchus.")
    assert [p.text for p in again] == ["right main bronchus"]
    assert [p.text for p in read_positions("Its tip lies in the stomach.", "enteric")[0]] == ["in the stomach"]
    assert read_positions("Its tip lies in the stomach.")[0] == []
