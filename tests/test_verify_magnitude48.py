"""Sizes, ratios and grades compared by magnitude, not only named (issue #8, session 48 lane magnitude48).

Three mechanisms, each in its one home: two measurements of one thing disagree when the larger is more than a quarter
larger and a centimetre apart (``attr_conflicts.MAGNITUDE_FACTOR``/``MAGNITUDE_MM``), with the wide factors kept for
two things a sentence may measure and for a lesser source overriding a better one's support (``verdicts._size_far``);
a claim carries a measurement of its own sentence only (``aligned._sentence_meets``); a ratio written as a percentage
is the ratio's value (``quantities._NAMED_PERCENT``). The probes are fresh wording (/work/coord/probes_magnitude48.py).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.attr_conflicts import sizes_conflict
from medstep.verify.quantities import PERCENT, RATIO, quantities_conflict, read_quantities
from medstep.verify.verdicts import Verdict


def _contradicted(report: str, chain: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


def test_one_thing_a_quarter_and_a_centimetre_apart_disagrees() -> None:
    assert sizes_conflict(140.0, 110.0, False)  # a caecum of 14 cm against 11 cm
    assert sizes_conflict(89.0, 62.0, True)  # a lesion of 8.9 cm against 6.2 cm
    assert not sizes_conflict(20.0, 18.0, True)  # "about 2 cm" of 1.8 cm: rounding
    assert not sizes_conflict(50.0, 40.0, False)  # "about 5 cm" of 4 cm: a quarter, no more
    assert not sizes_conflict(9.0, 6.0, False)  # millimetres: the wide factor only
    assert not sizes_conflict(140.0, 110.0, False, one_thing=False)  # two things of one sentence: factor of two


def test_ratio_written_as_percentage_is_the_ratio() -> None:
    assert read_quantities("the ctr is 58%.") == {RATIO: {("cardiothoracic ratio=0.58", 11, 13)}}
    assert RATIO not in read_quantities("a 70% stenosis") and PERCENT in read_quantities("a 70% stenosis")
    assert read_quantities("ctr greater than 50%") == {PERCENT: {(">50", 17, 20)}}  # a bound, no value
    # "62 per cent" was read as a ratio of 62
    assert read_quantities("ctr of 62 per cent")[RATIO] == {("cardiothoracic ratio=0.62", 7, 9)}
    assert not quantities_conflict(RATIO, "cardiothoracic ratio=0.58", "cardiothoracic ratio=0.58")
    assert quantities_conflict(RATIO, "cardiothoracic ratio=0.48", "cardiothoracic ratio=0.62")


@pytest.mark.parametrize("report, chain, expect", [
    ("The spleen measures 16 cm in craniocaudal length.", "The spleen measures about 15 cm.", False),
    ("A 5.8 cm simple cyst arises from the upper pole of the left kidney.",
     "There is a 4.2 cm simple cyst in the upper pole of the left kidney.", True),
    ("A 5.8 cm simple cyst arises from the upper pole of the left kidney.",
     "An approximately 6 cm simple cyst sits in the upper pole of the left kidney.", False),
    ("The pleural collection measures 9.5 cm in depth.", "The pleural collection is 6.5 cm deep.", True),
    ("The infrarenal abdominal aorta measures 5.5 cm.", "The infrarenal abdominal aorta measures 55 mm.", False),
    ("An anterior mediastinal mass measures 7.4 x 5.0 cm.", "An anterior mediastinal mass of 10.2 x 7.0 cm.", True),
    ("An anterior mediastinal mass measures 7.4 x 5.0 cm.", "An anterior mediastinal mass, about 5 cm across.", False),
    ("The heart is enlarged, with a cardiothoracic ratio of 0.58.", "The heart is enlarged, CTR 58%.", False),
    ("The heart is enlarged, with a cardiothoracic ratio of 0.62.", "Heart size: the CTR measures 48%.", True),
    ("The heart is enlarged, with a cardiothoracic ratio of 0.62.", "Heart size: a CTR of 60 per cent.", False),
    ("There is moderate narrowing of the subglottic airway.", "The subglottic airway is critically narrowed.", True),
    ("There is moderate narrowing of the subglottic airway.", "The subglottic airway is moderately narrowed.", False),
])
def test_fresh_probes(report: str, chain: str, expect: bool) -> None:
    assert _contradicted(report, chain) is expect


def test_a_measurement_is_carried_by_the_claim_of_its_own_sentence() -> None:
    report = "The appendix is distended to 13 mm. A 6 mm faecolith lies at its base."
    step = "Step 2: Is it inflamed? The appendix measures 6 mm across, with mild wall thickening. A 6 mm faecolith lies at its base."
    assert _contradicted(report, step)
    faithful = "Step 2: Is it inflamed? The appendix is distended to 13 mm, with mild wall thickening. A 6 mm faecolith lies at its base."
    assert not _contradicted(report, faithful)


@pytest.mark.parametrize("report, chain", [
    # the largest of several is not the size of the one the chain names (review of magnitude48)
    ("Multiple simple hepatic cysts, the largest 5.0 cm.", "A simple hepatic cyst of 3.8 cm."),
    ("Enlarged retroperitoneal lymph nodes up to 3.5 cm.", "An enlarged retroperitoneal lymph node of 2.4 cm."),
    ("Several enlarged para-aortic nodes, the largest 3.8 cm.", "Para-aortic nodes are enlarged; one measures 2.7 cm."),
    # a percentage of another quantity later in the sentence is not the ratio's value
    ("The ankle-brachial index is 0.9. A 75% stenosis of the superficial femoral artery.",
     "The ankle brachial index reflects a 75% stenosis of the SFA."),
    # "critically" grades only a narrowing, not the patient
    ("Minimal atelectasis at the left base.", "The critically ill patient has minimal left basal atelectasis."),
])
def test_review_near_misses_stay_uncontradicted(report: str, chain: str) -> None:
    assert not _contradicted(report, chain)


def test_a_wrong_size_in_the_next_sentence_is_still_found() -> None:
    report = "A solid mass in the left adrenal gland measuring 6.2 cm."
    assert _contradicted(report, "A solid left adrenal mass is seen. It measures 2.5 cm.")
    assert not _contradicted(report, "A solid left adrenal mass is seen. It measures about 6 cm.")
