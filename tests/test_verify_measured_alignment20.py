"""A measurement (a size, an angle, a percentage) of a thing the concept table does not name is compared with the
report sentence that measures the same thing, when the sentence its clause shares most words with measures nothing
(verify/aligned._measuring); a subject that stands for the thing before it ("The thickening ...", "It ...") shares that
thing's words; inflections are matched ("tilted"/"tilts", "thickened"/"thickening") (issue #8, verr20). Sentences of
our own."""

from medstep.verify import verify


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


_TENDON = ("Ultrasound of the right shoulder. The supraspinatus tendon is thickened. The tendon measures 9 mm in "
           "thickness. No full-thickness tear.")
_ANKLE = ("Radiographs of the left ankle. A fracture of the lateral malleolus. The ankle mortise is congruent. The talus "
          "is tilted by 12 degrees.")
_BOWEL = ("CT of the abdomen. Mural thickening of the terminal ileum over 15 cm with mucosal hyperenhancement. The "
          "involved wall measures up to 11 mm. No abscess.")


def test_an_angle_is_compared_with_the_sentence_that_measures_the_same_thing():
    chain = "The lateral malleolus is broken, the mortise is congruent and the talus tilts by 30 degrees."
    assert "aligned-angle-conflict" in _rules(chain, _ANKLE)
    chain = "The lateral malleolus is broken, the mortise is congruent and the talus tilts by about 10 degrees."
    assert "aligned-angle-conflict" not in _rules(chain, _ANKLE)


def test_a_thickness_said_of_the_thing_named_before():
    for chain in ("The supraspinatus tendon is thickened without a full-thickness tear. The thickening reaches 3 mm.",
                  "The supraspinatus tendon is thickened and not torn through. It is 3 mm thick."):
        assert "aligned-size-conflict" in _rules(chain, _TENDON), chain
    for chain in ("The supraspinatus tendon is thickened without a full-thickness tear. The thickening reaches about "
                  "1 cm.",
                  "The supraspinatus tendon is thickened without a full-thickness tear."):
        assert "aligned-size-conflict" not in _rules(chain, _TENDON), chain


def test_a_wall_thickness_against_the_sentence_that_measures_the_wall():
    chain = ("The terminal ileum is thickened over a 15 cm segment with a hyperenhancing mucosa. The involved wall is "
             "4 mm thick, and there is no abscess.")
    assert "aligned-size-conflict" in _rules(chain, _BOWEL)
    faithful = ("The terminal ileum is thickened over a 15 cm segment with a hyperenhancing mucosa. The involved wall is "
                "about 1 cm thick, and there is no abscess.")
    assert "aligned-size-conflict" not in _rules(faithful, _BOWEL)
