"""A rival option weighed and not chosen is not contradicted by answer-level evidence alone (``verify/rival_claims.py``,
issue #8, lane evid43). Fresh wording, not from any corpus set; near misses must stay contradicted."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.rival_claims import RULE
from medstep.verify.verdicts import Verdict

OPTIONS = {"A": "Granulomatosis with polyangiitis", "B": "Septic pulmonary emboli", "C": "Cavitating metastases",
           "D": "Post-primary tuberculosis"}
REPORT = ("CT chest. Multiple bilateral nodules up to 3 cm, several with thick-walled cavities, without lobar "
          "predominance. No hilar or mediastinal lymphadenopathy. No pleural effusion. Mucosal thickening of the "
          "maxillary sinuses.")
REFERENCE = ["Multiple cavitating nodules with sinus disease point to granulomatosis with polyangiitis.",
             "Exclude septic emboli (no drug use, no fever); against cavitating metastases (no known primary); no "
             "apical predominance or tree-in-bud, arguing against post-primary tuberculosis."]


def _verdicts(chain: str, chosen: str | None, concept: str, reference: list[str] | None = None) -> list:
    v = verify(chain, report=REPORT, reference=REFERENCE if reference is None else reference, options=OPTIONS,
               chosen=chosen, gold="A", option_evidence=True)
    return [fv for s in v.steps for fv in s.verdicts if fv.finding.concept == concept]


def test_rival_named_by_what_it_can_do_claims_nothing() -> None:
    """Since lane reject46 a rival named as the subject of what it can do ("Metastases (C) can cavitate") is an
    expectation (``option_heads``): no claim at all, so nothing to show unverifiable and nothing contradicted."""
    assert _verdicts("Metastases (C) can cavitate as well, although no primary tumour is known. Answer: A", "A",
                     "metastasis") == []


@pytest.mark.parametrize("chain, concept", [
    ("Reactivation tuberculosis favours the apices with tree-in-bud, and this is diffuse. Answer: A", "tuberculosis"),
    ("Metastatic disease seems less probable with no primary. Answer: A", "metastasis"),
])
def test_weighed_rival_is_shown_not_counted(chain: str, concept: str) -> None:
    vs = _verdicts(chain, "A", concept)
    assert vs and all(v.verdict is Verdict.UNVERIFIABLE and v.consistent is None and v.rule == RULE for v in vs)


def test_weighed_rival_leaves_the_step_uncontradicted() -> None:
    v = verify("Metastases (C) can cavitate as well, although no primary tumour is known. Answer: A", report=REPORT,
               reference=REFERENCE, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    assert all(s.verdict is not Verdict.CONTRADICTED for s in v.steps)


@pytest.mark.parametrize("chain, chosen, concept", [
    ("There are cavitating metastases in both lungs. Answer: A", "A", "metastasis"),  # an existential affirms
    ("Tuberculosis is present in the apex. Answer: A", "A", "tuberculosis"),  # a word of presence affirms
    ("Nodules.\nTuberculosis: is present.\nAnswer: A", "A", "tuberculosis"),  # the option_heads game
    ("The nodules are metastases. Answer: C", "C", "metastasis"),  # the chosen option: an err-distractor chain
    ("Therefore this is tuberculosis. Answer: A", "A", "tuberculosis"),  # a conclusion commits
    ("The cavities are metastases.", None, "metastasis"),  # no decision: nothing weighed against it
    ("There is a large left pleural effusion. Answer: A", "A", "pleural_effusion"),  # the report denies it
])
def test_near_misses_stay_contradicted(chain: str, chosen: str | None, concept: str) -> None:
    vs = _verdicts(chain, chosen, concept)
    assert any(v.verdict is Verdict.CONTRADICTED and v.consistent is False for v in vs)


def test_plain_reference_denial_is_an_observation() -> None:
    """A reference step's "no X" describes the image: it still contradicts a rival's mention."""
    reference = [REFERENCE[0], "There is no tuberculosis pattern: no apical cavity, no tree-in-bud."]
    vs = _verdicts("Tuberculosis (D) seems less probable here. Answer: A", "A", "tuberculosis", reference)
    assert vs and all(v.rule != RULE for v in vs)
