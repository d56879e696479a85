"""Outcome grading and aggregate metrics, checked against hand-computed values."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps

from medstep.score.outcome import grade, outcome_metrics
from medstep.score.stats import bootstrap_ci, mean_ci
from medstep.score.text import normalize_text, token_f1, token_recall
from medstep.types import AnswerType, Extraction, Generation, MedstepError, Sample, SampleScore, Status

OPTS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"}


def choice(i: str, gold: str = "C", **cats: str) -> Sample:
    return Sample(id=i, question="Finding?", answer=gold, answer_type=AnswerType.CHOICE, options=OPTS, categories=cats)


def closed(i: str, gold: str = "no", **cats: str) -> Sample:
    return Sample(id=i, question="Free air?", answer=gold, answer_type=AnswerType.CLOSED, categories=cats)


def open_(i: str, gold: str, **cats: str) -> Sample:
    return Sample(id=i, question="Which organ?", answer=gold, answer_type=AnswerType.OPEN, categories=cats)


OK = Generation(text="")
FAIL = Generation(text="", error="HTTP 500 after 4 retries")


def test_normalize_and_tokens() -> None:
    assert normalize_text("  The Left-Lower  Lobe. ") == "left lower lobe"
    assert token_recall("right lower lobe consolidation", "the right lower lobe") == 1.0
    assert token_recall("lower lobe", "right lower lobe") == pytest.approx(2 / 3)
    # precision 2/4, recall 2/3 -> F1 = 2 * (1/2 * 2/3) / (1/2 + 2/3) = 4/7
    assert token_f1("lower lobe of lung", "right lower lobe") == pytest.approx(4 / 7)
    assert token_f1("spleen", "liver") == 0.0


def test_grade_choice_and_closed() -> None:
    assert grade(choice("1"), Extraction("C", "letter_only"), OK).correct is True
    assert grade(choice("2"), Extraction("b", "letter_only"), OK).correct is False
    assert grade(closed("3"), Extraction("no", "yes_no_lead"), OK) == SampleScore("3", Status.SCORED, True)
    assert grade(closed("4", gold="Yes"), Extraction("no", "yes_no_lead"), OK).correct is False
    side = closed("5", gold="Left")
    assert grade(side, Extraction("left", "open_text"), OK).correct is True
    assert grade(side, Extraction("left hemisphere", "final_answer_phrase"), OK).correct is False


def test_grade_open_sets_exact_recall_f1() -> None:
    s = open_("o", "the liver")
    got = grade(s, Extraction("liver", "open_text"), OK)
    assert (got.correct, got.matched, got.recall, got.f1) == (True, True, 1.0, 1.0)
    got = grade(s, Extraction("liver and spleen", "open_text"), OK)
    assert (got.correct, got.matched, got.recall) == (False, False, 1.0)
    assert got.f1 == pytest.approx(0.5)


def test_grade_open_number_words_and_candidate_lists() -> None:
    count = open_("n", "2")
    assert grade(count, Extraction("two", "open_text"), OK).correct is True
    assert grade(open_("n3", "three"), Extraction("3 ribs", "open_text"), OK).recall == 1.0
    # listing many candidates recalls the gold but is not correct, and each extra name costs precision and F1
    listed = grade(open_("l", "sarcoidosis"), Extraction("sarcoidosis lymphoma tuberculosis silicosis", "open_text"), OK)
    assert (listed.correct, listed.recall, listed.precision) == (False, 1.0, 0.25)
    assert listed.f1 == pytest.approx(0.4)


def test_grade_failed_and_unparsed() -> None:
    # A failed call is never a wrong answer, whatever the extraction says.
    assert grade(choice("f"), Extraction("C", "letter_only"), FAIL) == SampleScore("f", Status.FAILED, None)
    u = grade(choice("u"), Extraction(None, "unparsed"), OK)
    assert (u.status, u.correct) == (Status.UNPARSED, False)
    uo = grade(open_("uo", "liver"), Extraction(None, "unparsed"), OK)
    assert (uo.status, uo.correct, uo.matched, uo.recall, uo.f1) == (Status.UNPARSED, False, False, 0.0, 0.0)


def test_grade_extracts_when_extraction_missing() -> None:
    got = grade(choice("x"), None, Generation(text="<answer>C</answer>"))
    assert (got.status, got.correct) == (Status.SCORED, True)
    got = grade(closed("y"), None, Generation(text="No", reasoning="Nothing under the diaphragm."))
    assert got.correct is True


def test_grade_bad_gold_letter_names_sample() -> None:
    with pytest.raises(MedstepError, match="bad-gold"):
        grade(choice("bad-gold", gold="Z"), Extraction("A", "letter_only"), OK)


def _fixture() -> tuple[list[Sample], list[SampleScore]]:
    samples = [
        choice("c1", modality="xray"),
        choice("c2", modality="xray"),
        choice("c3", modality="ct"),
        closed("y1", modality="ct"),
        closed("y2", modality="ct"),
        open_("o1", "liver", modality="ct"),
        open_("o2", "right lower lobe", modality="xray"),
    ]
    scores = [
        SampleScore("c1", Status.SCORED, True),
        SampleScore("c2", Status.UNPARSED, False),
        SampleScore("c3", Status.FAILED, None),
        SampleScore("y1", Status.SCORED, True),
        SampleScore("y2", Status.SCORED, False),
        SampleScore("o1", Status.SCORED, True, matched=True, recall=1.0, f1=1.0, precision=1.0),
        SampleScore("o2", Status.SCORED, False, matched=False, recall=2 / 3, f1=0.8, precision=1.0),
    ]
    return samples, scores


def test_outcome_metrics_hand_computed() -> None:
    samples, scores = _fixture()
    m = outcome_metrics(samples, scores, n_boot=200)
    assert m.n == 7 and m.failed == 1 and m.unparsed == 1 and m.statuses[Status.SCORED] == 5
    assert (m.statuses[Status.AMBIGUOUS], m.statuses[Status.REFUSED], m.statuses[Status.TRUNCATED]) == (0, 0, 0)
    # The headline never averages open answers with choice/closed ones: 4 non-failed
    # choice/closed samples, 2 correct (c1, y1); the unparsed c2 counts as wrong.
    assert m.accuracy_over == ("choice", "closed")
    assert m.accuracy.value == pytest.approx(0.5) and m.accuracy.n == 4
    by = m.by_type
    assert by[AnswerType.CHOICE].accuracy.value == pytest.approx(0.5) and by[AnswerType.CHOICE].accuracy.n == 2
    assert by[AnswerType.CLOSED].accuracy.value == pytest.approx(0.5)
    assert by[AnswerType.OPEN].matched.value == pytest.approx(0.5)
    assert by[AnswerType.OPEN].recall.value == pytest.approx((1 + 2 / 3) / 2)
    assert by[AnswerType.OPEN].f1.value == pytest.approx(0.9)
    assert by[AnswerType.OPEN].precision.value == pytest.approx(1.0)
    # ct: c3 failed, y1 right, y2 wrong (headline 1/2), o1 reported apart as open.
    ct = m.by_category["modality"]["ct"]
    assert ct.n == 4 and ct.accuracy.n == 2 and ct.failed == 1 and ct.accuracy.value == pytest.approx(0.5)
    assert ct.open is not None and ct.open.matched.value == pytest.approx(1.0)
    xray = m.by_category["modality"]["xray"]
    assert xray.n == 3 and xray.accuracy.value == pytest.approx(1 / 2)
    assert xray.open is not None and xray.open.recall.value == pytest.approx(2 / 3)
    lo, hi = m.accuracy.ci95
    assert 0.0 <= lo <= 0.5 <= hi <= 1.0


def test_outcome_metrics_empty_groups_and_json() -> None:
    import json

    from medstep.results import Metric, OutcomeSummary

    samples, scores = _fixture()
    m = outcome_metrics(samples[:3], scores[:3], n_boot=50)
    assert m.by_type[AnswerType.OPEN].recall == Metric(None, None, 0)
    assert m.by_type[AnswerType.CLOSED].accuracy.value is None
    d = json.loads(json.dumps(m.to_json()))
    assert d["unparsed"] == m.unparsed and d["open"]["recall"] == {"value": None, "ci95": None, "n": 0, "undefined": 0}
    assert OutcomeSummary.from_json(d) == m


def test_outcome_metrics_rejects_orphan_and_duplicate_scores() -> None:
    samples, scores = _fixture()
    with pytest.raises(MedstepError, match="zz"):
        outcome_metrics(samples, scores + [SampleScore("zz", Status.SCORED, True)])
    with pytest.raises(MedstepError, match="scored twice"):
        outcome_metrics(samples, scores + [scores[0]])


def test_bootstrap_deterministic_and_contains_mean() -> None:
    rng = np.random.default_rng(7)
    values = rng.random(150) < 0.62
    a = bootstrap_ci(values, seed=3)
    assert a == bootstrap_ci(values, seed=3)
    assert a != bootstrap_ci(values, seed=4)
    assert a[0] < values.mean() < a[1]
    assert bootstrap_ci([], seed=0) is None
    assert bootstrap_ci([1.0, 1.0, 1.0]) == (1.0, 1.0)
    assert mean_ci([]).value is None and mean_ci([]).ci95 is None and mean_ci([]).n == 0
    m = mean_ci([0, 1, 1, 1], undefined=2)
    assert m.value == 0.75 and m.n == 4 and m.undefined == 2 and m.ci95[0] <= 0.75 <= m.ci95[1]


def test_bootstrap_stat_without_axis_and_chunking(monkeypatch) -> None:
    values = np.arange(40, dtype=float)
    expected = bootstrap_ci(values, stat=np.median, seed=1)
    # A statistic without an ``axis`` keyword must give the same interval, row by row.
    assert bootstrap_ci(values, stat=lambda row: float(np.median(row)), seed=1) == expected
    # Chunked resampling draws the same random stream, so the interval does not change.
    import medstep.score.stats as st

    monkeypatch.setattr(st, "_CHUNK_CELLS", 100)
    assert bootstrap_ci(values, stat=np.median, seed=1) == expected


def test_shared_index_draws_do_not_depend_on_the_chunk_size(monkeypatch) -> None:
    import medstep.score.stats as st

    columns = [np.linspace(0, 1, 50), np.linspace(0, 1, 50) ** 2]
    whole = st.mean_cis(columns, undefined=[0, 0], seed=2)
    monkeypatch.setattr(st, "_CHUNK_CELLS", 120)  # 2 resamples per chunk
    assert st.mean_cis(columns, undefined=[0, 0], seed=2) == whole


def test_bootstrap_agrees_with_scipy() -> None:
    rng = np.random.default_rng(11)
    values = rng.normal(loc=2.0, scale=1.0, size=200)
    ours = bootstrap_ci(values, n_boot=4000, seed=0)
    ref = sps.bootstrap((values,), np.mean, n_resamples=4000, method="percentile", random_state=0).confidence_interval
    assert ours[0] == pytest.approx(ref.low, abs=0.05)
    assert ours[1] == pytest.approx(ref.high, abs=0.05)
