"""A side the chain gives a thing where the report sentence about the same thing gives it the other side
(verify/aligned_sides, issue #8, vloc25). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.aligned_sides import sides_in

_RULE = "aligned-side-conflict"
_LARYNX = ("CT of the neck. The left vocal cord is medialised and the left piriform sinus is widened, in keeping with "
           "vocal cord palsy. The right hemilarynx is normal.")
_NODES = ("CT of the neck. There are enlarged necrotic left level II and right level IV cervical lymph nodes, the "
          "largest 3.1 cm at left level II. The thyroid is unremarkable.")
_GLANDS = ("Ultrasound of the salivary glands. The right parotid gland is enlarged and hypoechoic with several small "
           "intraglandular nodes; the left submandibular gland is atrophic.")
_JOINT = ("CT of the chest. There is widening of the left sternoclavicular joint with periarticular soft-tissue "
          "swelling and erosion of the medial left clavicular head.")


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_side_names_the_word_after_it_not_after_a_comparison_or_direction():
    assert {x for x, _a, _b in sides_in("enlarged left level ii and right level iv nodes")} == {
        ("left", "level"), ("right", "level")}
    assert {x for x, _a, _b in sides_in("bilateral pleural effusions")} == {("left", "pleural"), ("right", "pleural")}
    assert sides_in("the epiphysis is smaller than the right one") == ()
    assert sides_in("the mediastinum is pulled towards the left hemithorax") == ()
    assert {x for x, _a, _b in sides_in("the left and right lobes")} == {("left", "lobe"), ("right", "lobe")}


def test_a_thing_given_the_other_side_than_its_report_sentence_is_contradicted():
    for chain, report in (("The right vocal cord is medialised and the right piriform sinus is widened.", _LARYNX),
                          ("There is widening of the right sternoclavicular joint with soft-tissue swelling.", _JOINT),
                          ("The left parotid gland is enlarged and hypoechoic with small intraglandular nodes.",
                           _GLANDS)):
        assert _RULE in _rules(chain, report), chain


def test_the_reports_side_both_sides_or_a_side_named_elsewhere_are_no_conflict():
    for chain, report in (("The left vocal cord is medialised with a widened left piriform sinus.", _LARYNX),
                          ("There are enlarged necrotic left level II and right level IV cervical lymph nodes.", _NODES),
                          ("Widening of both sternoclavicular joints with soft-tissue swelling.", _JOINT),
                          ("The right parotid is swollen and hypoechoic, with a shrunken left submandibular gland.",
                           _GLANDS),
                          # the report sides "level" both ways: the clause's side is named somewhere
                          ("The largest necrotic node, 3.1 cm, lies at right level IV.", _NODES)):
        assert _RULE not in _rules(chain, report), chain


def test_denied_hedged_normal_or_compared_sides_are_no_claim():
    for chain in ("The right vocal cord is not medialised.",
                  "The right vocal cord might be medialised.",
                  "The right piriform sinus is widened, but the right vocal cord is normal.",
                  "The left vocal cord is medialised, unlike the right vocal cord."):
        assert _RULE not in _rules(chain, _LARYNX), chain
