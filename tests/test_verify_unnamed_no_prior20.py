"""A change since a named earlier study, of anything, against a report that says no earlier study exists
(verify/no_comparison.unnamed_without_prior; the study named by its modality in ``verdicts.NO_PRIOR``; issue #8,
verr20). Sentences of our own."""

from medstep.verify import verify


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


_NO_FILM = "Shoulder radiographs. A fracture of the surgical neck of the humerus. No previous imaging is available."
_NO_MRI = "MRI of the cervical spine. A disc osteophyte complex at C5-6 indents the cord. There is no prior MRI."
_NO_US = "Ultrasound of the neck. A 14 mm hypoechoic node at left level III. No earlier ultrasound for comparison."
_HAS_PRIOR = ("CT of the chest compared with the CT of March. A 12 mm nodule in the right lower lobe has grown from "
              "8 mm.")


def test_a_pronoun_change_since_an_earlier_film_is_made_up():
    chain = "The humeral surgical neck is fractured. It is worse than on the last film."
    assert "change-without-prior" in _rules(chain, _NO_FILM)
    assert "change-without-prior" not in _rules("The humeral surgical neck is fractured.", _NO_FILM)


def test_a_change_of_a_thing_no_concept_names_since_an_earlier_study_is_made_up():
    for chain, report in (
            ("The humeral surgical neck is fractured and the angulation has increased compared with the previous "
             "radiograph.", _NO_FILM),
            ("The humeral surgical neck is fractured, and periosteal new bone has formed since the earlier film.",
             _NO_FILM),
            ("At C5-6 a disc osteophyte complex indents the cord, which is worse than on the prior MRI.", _NO_MRI),
            ("A 14 mm hypoechoic left level III node has grown compared with the previous ultrasound.", _NO_US)):
        assert "change-without-prior" in _rules(chain, report), chain


def test_saying_there_is_nothing_to_compare_with_claims_no_change():
    for chain in ("The humeral surgical neck is fractured; no change can be judged as there is no previous film.",
                  "The humeral surgical neck is fractured. Without a prior radiograph we cannot say whether it has "
                  "changed."):
        assert "change-without-prior" not in _rules(chain, _NO_FILM), chain


def test_a_change_against_a_report_with_an_earlier_study_is_not_made_up():
    chain = "A right lower lobe nodule of 12 mm has grown since the previous CT."
    assert "change-without-prior" not in _rules(chain, _HAS_PRIOR)


def test_a_size_below_a_threshold_is_no_change():
    # "smaller than 1.5 cm" compares with a threshold, not with an earlier study (``scope_words.SIDE_COMPARISON``)
    chain = "A node smaller than 1.5 cm in short axis is not enlarged by size criteria."
    assert "change-without-prior" not in _rules(chain, _NO_US)
