"""Session 54 (issue #12, verifier speed): the new helpers read exactly what the code they replace read.

* ``aligned_places._has_digit``: ``any(c.isdigit() for c in low)`` in C for an ASCII text;
* ``rival_options.option_signs(..., letters)``: the whole answer's part in ``letters`` (every option still names a
  step that discusses it);
* ``rival_options._falsifiable``: the options whose sign can change ``lists_rival_options``; the answer with the signs
  of these alone is the answer with every option's sign (the reference below is the function before the change).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from medstep.verify import default_verifier
from medstep.verify.aligned_places import _has_digit
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.rival_options import (
    _MAX_OBSERVED, _SPRAYED, _false_rivals, _falsifiable, _observed, lists_rival_options, option_signs,
)
from medstep.answers import option_key

NECK_OPTIONS = {"A": "Acute epiglottitis", "B": "Croup", "C": "Retropharyngeal abscess", "D": "Bacterial tracheitis"}
NECK = (
    "EXAMINATION: Lateral soft-tissue neck radiograph.\nFINDINGS: The epiglottis is markedly swollen and rounded "
    "(thumb sign), with thickened aryepiglottic folds. The subglottic airway is normal, with no steeple sign. "
    "The prevertebral soft tissues are normal. No foreign body.\nIMPRESSION: Acute epiglottitis."
)
CHEST_OPTIONS = {"A": "Pulmonary sequestration", "B": "Swyer-James syndrome", "C": "Scimitar syndrome",
                 "D": "Right pneumonectomy"}


@pytest.mark.parametrize("text", [
    "", "no digits here", "l4 5 level", "the 5th rib", "9", "x" * 50 + "0",
    "superscript \u00b2 only", "arabic \u0663 digit", "caf\u00e9 without one", "caf\u00e9 with 7",
    "fullwidth \uff17", "roman \u2167 numeral", "circled \u2460",
])
def test_has_digit_is_the_per_character_isdigit_test(text: str) -> None:
    assert _has_digit(text) is any(c.isdigit() for c in text)


@pytest.mark.parametrize("steps", [
    ["Thumb sign.", "Steeple sign.", "Ragged tracheal membranes."],
    ["Swollen epiglottis.", "Croup would show a steeple sign."],
    ["Possible steeple sign.", "No thumb sign."],
    ["Possibly: thumb sign; steeple sign; widened prevertebral soft tissues"],
])
def test_option_signs_of_some_letters_is_the_part_of_the_whole_answer(steps: list[str]) -> None:
    whole = option_signs(steps, NECK_OPTIONS)
    for letters in (set(), {"A"}, {"B", "D"}, {"A", "B", "C", "D"}, {"Z"}):
        assert option_signs(steps, NECK_OPTIONS, letters) == whole & letters
    assert option_signs(["Intralobar feeding artery."], CHEST_OPTIONS, {"A"}) == {"A"}
    assert option_signs(["Intralobar feeding artery."], CHEST_OPTIONS, {"B", "C"}) == set()


def _reference(steps: Sequence[StepVerdict], options: Mapping[str, str],
               option_findings: Mapping[str, Sequence[Finding]], chosen: str | None, gold: str | None) -> bool:
    """``lists_rival_options`` as it was before session 54: every option's sign read."""
    named = {k: [f for f in fs if f.category == "finding" and f.polarity is not Polarity.ABSENT]
             for k, fs in option_findings.items()}
    named = {k: fs for k, fs in named.items() if fs}
    if len(named) < 3 or chosen is None:
        return False
    by_sign = option_signs([s.text for s in steps], options) & named.keys()
    false = _false_rivals(named, [v for s in steps for v in s.verdicts], by_sign, chosen, gold)
    if len(false & by_sign) >= _SPRAYED:
        return True
    own = {f.concept for f in named.get(chosen, ())}
    return bool(false) and _observed(steps, option_key(options.get(chosen, "")), own) <= _MAX_OBSERVED


CHAINS = [
    "Thumb sign. Steeple sign. Retropharyngeal widening. Ragged membranes. Answer: A",
    "The epiglottis is swollen (thumb sign). No steeple sign. Answer: A",
    "Steeple sign. Answer: B",
    "Swollen epiglottis with thickened aryepiglottic folds; croup is less likely. Answer: A",
    "Thumb sign and steeple sign are both present. Answer: C",
]


@pytest.mark.parametrize("chain", CHAINS)
@pytest.mark.parametrize("chosen,gold", [("A", "A"), ("B", "A"), ("C", None), ("D", "B")])
def test_lists_rival_options_reads_only_falsifiable_signs_and_answers_as_before(chain: str, chosen: str,
                                                                                 gold: str | None) -> None:
    v = default_verifier()
    steps = list(v.verify(chain, report=NECK).steps)
    read = {k: v.extract_findings(t) for k, t in NECK_OPTIONS.items()}
    assert lists_rival_options(steps, NECK_OPTIONS, read, chosen, gold) is _reference(steps, NECK_OPTIONS, read,
                                                                                      chosen, gold)
    named = {k: [f for f in fs if f.category == "finding" and f.polarity is not Polarity.ABSENT]
             for k, fs in read.items()}
    named = {k: fs for k, fs in named.items() if fs}
    assert chosen not in _falsifiable(named, [x for s in steps for x in s.verdicts], chosen, gold)
