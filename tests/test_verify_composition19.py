"""What a mass is mostly made of, fat or soft tissue, is a descriptor compared with the report
(verify/descriptors.py "composition"; issue #8, verr19). Sentences of our own."""

from medstep.verify import verify

_REPORT = "CT abdomen. A 3 cm right renal lesion that is predominantly fat density with a few vessels. No hydronephrosis."


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_REPORT).steps for v in s.verdicts]


def test_a_mostly_solid_lesion_against_a_mostly_fatty_one_conflicts():
    assert "descriptor-conflict" in _rules("The 3 cm right renal lesion is mostly soft tissue.")
    assert "descriptor-conflict" not in _rules("The 3 cm right renal lesion is largely fatty.")


def test_a_component_or_a_denial_states_no_composition():
    # a small soft-tissue part of a fatty lesion, or "not mostly fat", says nothing of what it is mostly made of
    assert "descriptor-conflict" not in _rules("The 3 cm right renal lesion has a small soft-tissue component.")
    assert "descriptor-conflict" not in _rules("The 3 cm right renal lesion is not mostly fat.")
