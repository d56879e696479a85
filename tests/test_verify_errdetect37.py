"""One-error chains of retired blind 36 the verifier did not see (issue #8, lane errdetect37). Each error is found;
the faithful wording is not contradicted. Sentences of our own.

* A shift of "the heart and mediastinum" (the cardiomediastinal silhouette, as the concept table reads the pair), said
  with the noun ("mild shift of the heart and mediastinum to the right") or the participle ("the heart and mediastinum
  are shifted to the left"), read as no finding: a chain that put the shift on the wrong side, or denied it, scored as
  the faithful chain.
* A measurement no concept names, compared with the report's (``aligned``): "15 mm versus 19 mm" was skipped as a
  hedge ("versus" weighs two findings, not two numbers); a last comma piece naming no thing ("..., about 15 cm",
  "..., similar to the radiograph 18 months ago") was a clause that aligned with nothing; and a sentence whose subject
  stands for the thing ("It contains a 5.0 cm cyst") tied with the one measuring the thing itself.
"""

import pytest

from medstep.verify import verify
from medstep.verify.verifier import extract_findings

_SMALL_HEMITHORAX = (
    "Chest radiograph. The left hemithorax is smaller than the right, with mild shift of the heart and "
    "mediastinum to the left. The right lung is clear. There is no pleural effusion."
)


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.value == "contradicted"]


@pytest.mark.parametrize(
    "text, side",
    [
        ("There is mild shift of the heart and mediastinum to the right.", "right"),
        ("The heart and mediastinum are shifted to the left.", "left"),
        ("The cardiomediastinal silhouette is displaced to the right.", "right"),
        ("There is displacement of the mediastinum to the left.", "left"),
        ("The mediastinum is shifted to the right.", "right"),
    ],
)
def test_a_shift_of_the_heart_and_mediastinum_is_a_shift(text: str, side: str) -> None:
    assert [(f.polarity.value, f.laterality) for f in extract_findings(text) if f.concept == "tracheal_deviation"] == [
        ("present", side)
    ]


def test_no_shift_of_the_heart_and_mediastinum_is_denied() -> None:
    assert [
        f.polarity.value
        for f in extract_findings("The heart and mediastinum are central with no shift.")
        if f.concept == "tracheal_deviation"
    ] == ["absent"]


def test_a_midline_shift_stays_a_midline_shift() -> None:
    assert [
        f.concept for f in extract_findings("There is shift of the midline structures.") if f.category == "finding"
    ] == ["midline_shift"]


def test_the_shift_on_the_wrong_side_or_denied_is_contradicted() -> None:
    assert "laterality-conflict" in _rules("The heart and mediastinum are shifted to the right.", _SMALL_HEMITHORAX)
    assert "polarity-conflict" in _rules("The heart and mediastinum are central with no shift.", _SMALL_HEMITHORAX)


@pytest.mark.parametrize(
    "faithful",
    [
        "The heart and mediastinum are shifted to the left, towards the small hemithorax.",
        "There is mild shift of the heart and mediastinum to the left.",
        "The mediastinum is shifted to the left.",
    ],
)
def test_the_faithful_shift_is_not_contradicted(faithful: str) -> None:
    assert _rules(faithful, _SMALL_HEMITHORAX) == []


# ---- a measurement the concept table does not name, compared with the report sentence measuring the same thing ----

_CHEST_WALL = (
    "Chest radiograph. The left pectoralis major shadow is absent. The soft tissues of the left lateral chest wall "
    "measure 8 mm in thickness, compared with 19 mm on the right. The lungs are clear."
)
_OVARY = (
    "Pelvic ultrasound. The right ovary is markedly enlarged and oedematous, measuring 7.8 x 6.1 x 5.4 cm. It "
    "contains a 5.0 cm thin-walled anechoic cyst. The left ovary is normal."
)
_NECK = (
    "Lateral neck radiograph. The epiglottis measures 9 mm in thickness, compared with 3 mm on the prior radiograph "
    "18 months ago. The prevertebral soft tissues are normal."
)


def _all_rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_two_measurements_either_side_of_versus_are_no_hedge() -> None:
    from medstep.verify.aligned_sizes import hedged
    from medstep.verify.lexicon import K_ATTR, K_HYPO, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE
    from medstep.verify.scan import lower_text, sentence_events
    from medstep.verify.verifier import default_verifier

    scanner = default_verifier().extractor.scanner
    hedging = (K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)

    def read(text: str) -> bool:
        return hedged(sentence_events(scanner, lower_text(text)), hedging, K_UNC_BOTH, K_ATTR)

    assert not read("the soft tissue measures 15 mm versus 19 mm on the right")
    assert not read("3.5 x 2.8 cm vs 3.1 x 2.0 cm a year ago")
    assert read("pneumonia versus atelectasis")
    assert read("the wall may measure 15 mm versus 19 mm")  # (another hedge still hedges)


def test_a_wrong_measurement_beside_versus_is_contradicted() -> None:
    chain = "The left lateral chest wall soft tissue measures 15 mm versus 19 mm on the right."
    assert "aligned-size-conflict" in _rules(chain, _CHEST_WALL)


@pytest.mark.parametrize(
    "faithful",
    [
        "The left lateral chest wall soft tissue measures 8 mm versus 19 mm on the right.",
        "The left lateral chest wall soft tissue is thin, 8 mm vs 19 mm on the right.",
    ],
)
def test_the_faithful_measurement_beside_versus_is_not_contradicted(faithful: str) -> None:
    assert _rules(faithful, _CHEST_WALL) == []


def test_a_last_piece_naming_no_thing_goes_on_with_the_clause_before() -> None:
    from medstep.verify.aligned_words import _clauses, _not_thing
    from medstep.verify.verifier import default_verifier

    not_thing = _not_thing(default_verifier().extractor.scanner.attr_words)
    text = "It measures 9 mm in AP thickness, similar to the radiograph 18 months ago."
    assert _clauses(text, not_thing) == ((0, len(text)),)
    two = "The epiglottis is swollen, and the prevertebral soft tissues are normal."
    assert len(_clauses(two, not_thing)) == 2
    listed = "Enlarged right pulmonary artery, no effusion."  # (a thing of its own: aligned on its own)
    assert len(_clauses(listed, not_thing)) == 2


def test_a_change_in_the_last_piece_is_compared() -> None:
    chain = "The epiglottis is swollen. It measures 9 mm in thickness, similar to the radiograph 18 months ago."
    assert "aligned-change-conflict" in _rules(chain, _NECK)
    faithful = "The epiglottis is swollen. It measures 9 mm in thickness, up from 3 mm 18 months ago."
    assert _rules(faithful, _NECK) == []


def test_the_sentence_measuring_the_same_thing_wins_a_tie() -> None:
    # ("It contains a 5.0 cm cyst" shares the ovary's words through its subject, as many as the ovary's sentence)
    wrong = "Right ovary mildly enlarged and oedematous: 3.5 x 2.8 x 2.4 cm versus 3.1 x 2.0 x 1.9 cm a year ago."
    assert "aligned-size-conflict" in _rules(wrong, _OVARY)
    faithful = "Right ovary markedly enlarged and oedematous: 7.8 x 6.1 x 5.4 cm versus 3.1 x 2.0 x 1.9 cm a year ago."
    assert "aligned-size-conflict" not in _all_rules(faithful, _OVARY)


_HILA = "CT. Right hilar lymph node measures 19 mm short axis. Left hilar node 8 mm."


@pytest.mark.parametrize(
    "faithful",
    [
        "The right hilar node measures 19 mm versus 8 mm on the left.",
        "The right hilar node measures 19 mm, compared with 8 mm on the left.",
        "The right hilar node measures 19 mm compared with 8 mm on the left, so it is larger.",
    ],
)
def test_the_compared_side_is_not_the_clauses_own(faithful: str) -> None:
    # ("versus 8 mm on the left" is the left node's: the clause, about the right node, is not compared with the
    # report's left node, ``aligned_sides.compared_side``; review of errdetect37)
    assert _all_rules(faithful, _HILA) == []


def test_a_wrong_size_of_the_clauses_own_side_is_still_contradicted() -> None:
    wrong = "The right hilar node measures 40 mm versus 8 mm on the left."
    assert "aligned-size-conflict" in _rules(wrong, _HILA)


def test_the_compared_side_regex_is_linear_on_hostile_text() -> None:
    import time

    from medstep.verify.aligned_sides import compared_side, sides_in

    low = "19 mm versus 8 mm on the " * 800
    started = time.perf_counter()
    for at in range(0, len(low), 25):
        compared_side(low, at)
    sides_in(low + "left node")
    assert time.perf_counter() - started < 2.0


def test_a_cardiomediastinal_alias_row_reads_every_position_word() -> None:
    from medstep.answers.concepts import states_text

    rows = [line.split("\t") for line in states_text().splitlines() if not line.startswith("#")]
    position = [r for r in rows if len(r) > 2 and "mediastinum=tracheal_deviation" in r[2].split(";")]
    assert len(position) > 10
    assert all("cardiomediastinal_silhouette=tracheal_deviation" in r[2].split(";") for r in position)
    assert not any(r[1] == "alias" for r in rows)
