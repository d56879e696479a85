"""A normal option's absences are no option a chain asserts, and the shoulder's parts (vlay19).

``asserts_every_option`` counted "Normal shoulder" / "No fracture" as an option the chain had stated whenever the chain
stated the fracture or dislocation present, so with grade or eponym options (Weber A/B/C, anterior/posterior/AC
separation) plus a normal one, every faithful chain was "not committed" and scored 0. Reading the errors such cases
hold needed the shoulder's parts: the acromioclavicular joint (its separation), the glenoid against the humeral head
(where a fracture lies), where the humeral head lies against the glenoid (the dislocation's direction), and the side of
the limb joint the study shows. Sentences written for these tests."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, extract_findings, verify

PRESENT, ABSENT = Polarity.PRESENT, Polarity.ABSENT

ANKLE = "Right ankle radiographs. Spiral fracture of the distal fibula at the level of the joint line. Mortise congruent."
WEBER = {"A": "Weber A fracture", "B": "Weber B fracture", "C": "Weber C fracture", "D": "No fracture"}

SHOULDER = ("Radiographs of the right shoulder after a fall. The humeral head lies anterior and inferior to the glenoid, "
            "below the coracoid. A small bony fragment off the anterior glenoid rim. The acromioclavicular joint is "
            "congruent. No fracture of the humeral head.")
OPTIONS = {"A": "Anterior glenohumeral dislocation", "B": "Posterior glenohumeral dislocation",
           "C": "Acromioclavicular joint separation", "D": "Normal shoulder"}
GOOD = ("The right shoulder views show the humeral head sitting in front of the glenoid and below the coracoid. A small "
        "fragment has come off the anterior glenoid rim. The AC joint is congruent and the humeral head is not "
        "fractured. This is an anterior dislocation.")


def _radr(chain: str, report: str, options: dict[str, str], chosen: str) -> float:
    v = verify(chain, report=report, options=options, chosen=chosen, gold=chosen, option_evidence=True)
    return ReasoningScore.from_verification(v).radrscore


def test_a_faithful_chain_with_grade_options_and_a_normal_option_is_committed() -> None:
    chain = "The distal fibula is fractured at the level of the joint line, and the mortise is congruent. Weber B."
    v = verify(chain, report=ANKLE, options=WEBER, chosen="B", gold="B", option_evidence=True)
    assert v.committed
    assert _radr(chain, ANKLE, WEBER, "B") > 0.5


def test_stating_every_abnormal_option_is_still_a_listing() -> None:
    listing = ("There is an anterior glenohumeral dislocation. There is a posterior glenohumeral dislocation. "
               "The acromioclavicular joint is separated. Answer: A")
    v = verify(listing, report=SHOULDER, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    assert not v.committed


def test_the_shoulder_parts_are_read() -> None:
    read = {(f.concept, f.polarity, f.location) for f in extract_findings(
        "The acromioclavicular joint is widened. The glenoid rim is fractured.")}
    assert ("ac_separation", PRESENT, None) in read
    assert ("fracture", PRESENT, "glenoid") in read
    found = extract_findings("On the axillary view the head of the humerus lies behind the glenoid.")
    assert any(f.concept == "dislocation" and f.location == "posterior dislocation" for f in found)
    assert ("ac_separation", ABSENT) in {(f.concept, f.polarity) for f in extract_findings("The AC joint is congruent.")}


def test_each_shoulder_error_scores_below_the_faithful_chain() -> None:
    good = _radr(GOOD, SHOULDER, OPTIONS, "A")
    errors = {
        "side": GOOD.replace("right shoulder", "left shoulder"),
        "direction": GOOD.replace("in front of the glenoid", "behind the glenoid"),
        "part": GOOD.replace("the humeral head is not fractured", "the humeral head is fractured"),
        "ac": GOOD.replace("The AC joint is congruent", "The AC joint is widened"),
    }
    for name, chain in errors.items():
        assert chain != GOOD, name
        assert _radr(chain, SHOULDER, OPTIONS, "A") < good, name
