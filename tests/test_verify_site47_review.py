"""Review of lane site47: the rules that keep a bone's or an organ's denial to its own site must not lose real
errors (the denied kind said to lie in a wider place, organ lists, a joint's recess) nor a choice's umbrella option."""

from medstep.extract import extract
from medstep.types import AnswerType, Sample
from medstep.verify import verify
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> bool:
    return any(f.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps for f in s.verdicts)


def test_the_denied_kind_itself_is_reached_wherever_it_is_said_to_lie():
    assert _contradicted("No fracture of the ribs.", "Two rib fractures in the left chest wall.")
    assert _contradicted("No fracture of the clavicle.", "Clavicle fracture in the soft tissues of the shoulder.")
    # near miss: another bone's fracture stays apart
    assert not _contradicted("No fracture of the clavicle.", "Fracture of the right eighth rib.")


def test_a_finding_named_in_a_list_of_organs_is_each_ones():
    assert _contradicted("No fracture of the clavicles or ribs.", "Right rib fractures.")
    assert _contradicted("No fracture of the ribs or clavicles.", "Left clavicle fracture.")
    assert _contradicted("No fracture of the ribs.", "Fractures of the right clavicle and the right fifth rib.")
    # near miss: an organ of the next clause is no list
    assert not _contradicted("No fracture of the clavicle, and the lungs are clear.", "Left rib fractures.")


def test_a_joints_recess_reads_its_effusion_as_the_joints():
    assert _contradicted("No effusion in the suprapatellar pouch.", "Knee: large joint effusion.")
    assert not _contradicted("No fluid in the pleural spaces.", "Knee: large joint effusion.")


def test_a_narrower_kind_answers_its_umbrella_option_beside_an_unmapped_one():
    opts = {"A": "Renal mass", "B": "Hydronephrosis", "C": "Renal calculus", "D": "Normal"}
    e = extract("A simple renal cyst in the lower pole.", Sample(id="r", question="Finding?", answer="A",
                                                                 answer_type=AnswerType.CHOICE, options=opts))
    assert e.answer == "A"
    opts = {"A": "Renal cyst", "B": "Hydronephrosis", "C": "Renal calculus", "D": "Normal"}
    e = extract("There is a renal mass.", Sample(id="r", question="Finding?", answer="A",
                                                 answer_type=AnswerType.CHOICE, options=opts))
    assert e.status.value != "scored" or e.answer != "A"
