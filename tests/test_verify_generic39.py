"""A present verb of what a disease does in general, after a bare generic subject, is a definition (reasoning39).

Both ways: the textbook sentence claims nothing; any pointer to this image (determiner, side, size, relative,
"here", a definite object) keeps the observation contradicted by a report that denies it.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

CHEST = (
    "PA chest radiograph. Lungs clear. No pulmonary nodules or mass. Heart size normal. No pleural effusion. "
    "No pneumothorax. No consolidation. Hila normal."
)
BRAIN = "CT head: no intracranial haemorrhage, no mass, no midline shift. Ventricles normal."


def _contradicted(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.finding.concept for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        ("Lobar pneumonia gives dense consolidation with air bronchograms.", CHEST),
        ("Pulmonary oedema needs an enlarged heart or a raised venous pressure, neither of which applies.", CHEST),
        ("A tension pneumothorax requires air under pressure in the pleural space.", CHEST),
        ("IPF would be chronic and subpleural without nodes; miliary TB gives innumerable tiny nodules.", CHEST),
        ("Lung fibrosis is basal; and a hydropneumothorax needs air in the pleural space.", CHEST),
        ("An epidural haematoma gives a lentiform collection that respects sutures.", BRAIN),
        ("A glioblastoma causes mass effect and midline shift.", BRAIN),
    ],
)
def test_generic_sentence_claims_nothing(chain: str, report: str) -> None:
    assert _contradicted(chain, report) == []


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        ("The heart is enlarged.", CHEST),
        ("There is a right effusion, which causes blunting of the angle.", CHEST),
        ("The effusion causes blunting of the left costophrenic angle.", CHEST),
        ("A large left pneumothorax needs urgent decompression.", CHEST),
        ("A 3 cm nodule in the right upper lobe requires biopsy.", CHEST),
        ("Pneumonia causes the opacity.", CHEST),
        ("Consolidation gives the opacity seen here at the right base.", CHEST),
        ("Miliary TB gives the tiny nodules in this patient.", CHEST),
        ("Pneumonia gives consolidation, which is present in the right lower lobe.", CHEST),
        ("Pneumothorax shows a pleural line. Effusion shows blunting.", CHEST),
        ("The haematoma causes midline shift to the right.", BRAIN),
    ],
)
def test_observation_stays_claimed(chain: str, report: str) -> None:
    assert _contradicted(chain, report)


def test_long_hostile_subject_is_linear() -> None:
    import time

    chain = "a " * 10000 + "pneumonia gives " + "consolidation " * 1000
    t = time.perf_counter()
    verify(chain, report=CHEST)
    assert time.perf_counter() - t < 10


def test_generic_verb_without_a_finding_after_it_stays_observed() -> None:
    """'Pneumonia needs treatment' names no finding after the verb: advice about this patient, not a definition."""
    assert _contradicted("Pneumonia needs treatment; it is in the left lower lobe.", CHEST)
    assert _contradicted("Pneumonia gives consolidation in the right lower lobe.", CHEST)


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        # a side right after the verb places the finding (not part of a name)
        ("Lobar pneumonia produces right upper lobe airspace opacity.", CHEST),
        # a particle before the definite object: "leads to the", "results in the", "gives rise to the"
        ("Congestive failure results in the bilateral effusions.", CHEST),
        ("A space-occupying lesion gives rise to the midline shift.", BRAIN),
        # a lobe by its abbreviation, in the subject or the object
        ("RUL pneumonia produces airspace opacity.", CHEST),
        # a size, degree, change or measurement of the finding in the object
        ("Heart failure produces massive bilateral pleural effusions.", CHEST),
        ("Pneumonia gives progressive consolidation.", CHEST),
        ("A subdural collection produces 12 mm of midline shift.", BRAIN),
        ("Enlarging pneumonia gives consolidation.", CHEST),
    ],
)
def test_pointer_after_generic_verb_keeps_the_claim(chain: str, report: str) -> None:
    assert _contradicted(chain, report)


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        ("Rheumatic mitral stenosis produces left atrial enlargement.", CHEST),  # a side naming a chamber
        ("Sarcoidosis produces bilateral hilar lymphadenopathy.", CHEST),  # "bilateral" of the disease's pattern
        ("Miliary tuberculosis produces tiny nodules in a random distribution.", CHEST),  # a size it typically has
        ("Cardiomegaly gives a cardiothoracic ratio above 0.5.", CHEST),  # a bare number, no measurement
    ],
)
def test_typical_words_after_generic_verb_stay_generic(chain: str, report: str) -> None:
    assert _contradicted(chain, report) == []


def test_long_hostile_object_is_linear() -> None:
    import time

    chain = "pneumonia leads to " + "to in rise 8 mm left " * 1000
    t = time.perf_counter()
    verify(chain, report=CHEST)
    assert time.perf_counter() - t < 10
