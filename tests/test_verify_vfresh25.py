"""Readings that made faithful chains on cases outside the usual vocabulary contradicted (issue #8, vfresh25):
an absence of any other one read as denying the one described, a denial running over the finding a predicate names,
a decimal point cutting a clause of the past, a denied lesion's words found scattered over a report sentence, and a
brain surface pushed in read as a midline shift. Test texts written for this file."""

from support.verify_claims import claims as _claims, verdicts as _verdicts

from medstep.verify import verify
from medstep.verify.prior_state import past_spans


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


# ---- "no other X" does not deny the X described ----

_LIVER = ("There is a 2.4 cm well-defined lesion in segment 7 of the liver with peripheral nodular enhancement. "
          "No other hepatic lesion is seen.")


def test_no_other_lesion_does_not_contradict_the_lesion_named() -> None:
    assert _verdicts("The segment 7 lesion is a hemangioma.", _LIVER).get("benign_lesion") != "contradicted"


def test_no_other_lesion_in_a_chain_does_not_deny_the_report_lesion() -> None:
    report = "A firm palpable lump sits in the left breast at 2 o'clock."
    assert _verdicts("There are no other lumps in either breast.", report).get("mass") != "contradicted"
    assert _verdicts("There are no lumps in either breast.", report).get("mass") == "contradicted"


def test_no_second_lesion_repeats_no_other_lesion() -> None:
    assert _verdicts("There is no second liver lesion.", _LIVER).get("liver_lesion") == "supported"


def test_a_second_one_stated_present_is_denied_by_no_other() -> None:
    assert _verdicts("There is a second, smaller liver lesion in segment 2.", _LIVER).get("liver_lesion") == "contradicted"
    assert _verdicts("There is another liver lesion in segment 2.", _LIVER).get("liver_lesion") == "contradicted"


def test_no_other_reads_only_after_a_denial() -> None:
    report = "A 2 cm stone lies in the left renal pelvis."
    # "the other kidney" is a side, not "no other ...": the denial is the finding's own
    assert _verdicts("The other kidney shows no stone.", report).get("kidney_stone") != "supported"


# ---- a denial does not run over the finding its sentence names as the predicate ----

def test_finding_after_is_a_is_not_denied() -> None:
    found = _claims("A fatty renal mass without calcification is an angiomyolipoma.")
    assert found.get("angiomyolipoma") == "present"
    assert found.get("calcification") == "absent"


def test_finding_after_makes_this_a_is_not_denied() -> None:
    assert _claims("The lack of a separate pleural covering makes this an intralobar sequestration."
                   ).get("pulmonary_sequestration") == "present"


def test_a_hedge_before_make_still_hedges() -> None:
    assert _claims("The blurred border might make you think of a pneumonia.").get("pneumonia") == "uncertain"


def test_confirming_that_opens_a_clause_of_its_own() -> None:
    found = _claims("The nerve roots are compressed but not invaded, confirming that the mass lies outside the cord.")
    assert found.get("mass") == "present"


# ---- a clause of the past is read whole across a decimal point ----

def test_relative_clause_of_an_earlier_study_is_past_across_a_decimal() -> None:
    text = "Compared with a swallow from four years ago, which showed a 0.8 cm pouch at that level, it has grown."
    spans = [text[a:b] for a, b in past_spans(text)]
    assert any("0.8 cm pouch" in s for s in spans)


def test_decimal_size_now_is_not_past() -> None:
    assert past_spans("The cyst now measures 4.5 cm, up from 3 cm two years ago.") == ()


def test_earlier_study_modality_is_still_named() -> None:
    report = ("CT of the abdomen. The left kidney measures 9.5 cm. "
              "The left kidney measured 11.2 cm on an ultrasound two years ago.")
    chain = "The left kidney has shrunk from 11.2 cm on the ultrasound two years ago to 9.5 cm."
    assert "modality-conflict" not in _rules(chain, report)


# ---- a named finding's denial is not a flip of the report's scattered words ----

def test_denied_named_finding_is_not_an_unnamed_flip() -> None:
    report = "In the right upper lobe there is a mass with several fluid-filled cavities within aerated lung."
    chain = "There is no fluid around the lung."
    assert "aligned-polarity-flip" not in _rules(chain, report)

# (a flip of words no concept names is still read: tests/test_verify_aligned_flips23.py)


# ---- the brain pushed in is a mass effect, pushed across a shift ----

def test_brain_pushed_in_is_mass_effect() -> None:
    found = _claims("Under the haematoma the brain surface is pushed in.")
    assert "mass_effect" in found and "midline_shift" not in found


def test_brain_pushed_aside_is_still_a_shift() -> None:
    assert "midline_shift" in _claims("The brain is pushed to the right.")
