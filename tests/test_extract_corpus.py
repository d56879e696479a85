"""Every item of the labelled extraction corpus, through extraction and grading.

Dev items must read exactly as labelled (answer, or the no-answer class).
Held-out items were written before the extractor was tuned and are not tuned
against: there the test only enforces what must never happen, an answer the
label does not have (a wrong parse); misses are measured, not hidden, by
``benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score.outcome import grade
from medstep.types import Generation, Status
from support.corpus import DEV, HELDOUT, items


# Known failure class, kept visible instead of relabelled: the dev items tagged ``implicit`` state
# the finding with a synonym of the asked term ("multiple pulmonary nodules" for "multiple lung
# nodules", "hepatic mass" for "mass in the liver") or answer a question that is not about presence
# ("Was contrast given?"). ``implicit_yes_no`` (extract/implicit.py) refuses both by design: it reads
# only the question's own words, because a synonym table read wrongly gives a wrong yes/no, not a miss.
# The plain statements it does read are tested in test_extract_implicit.py (see README, answer extraction).
KNOWN = {"implicit"}
# Items of that class read since: "Was contrast given?" - "The image shows intravenous contrast." (rule technique),
# 肺部有结节吗？ - "右肺上叶可见一小结节，边界清楚。" (rule implicit_concept_zh), "Is this chest radiograph normal?" -
# "The chest radiograph is abnormal." (rule implicit_antonym).
# "Are there multiple lung nodules?" - "There is no evidence of multiple pulmonary nodules." and "Is there a mass in the
# liver?" - "The image shows a hepatic mass." (rule implicit_yes_no: a word's other forms, answers/wordforms.tsv).
READ_SINCE = {"d-llava-med-045", "d-slake-zh-028", "d-llava-med-060", "d-gemini-064", "d-gemini-065", "d-llava-med-044"}


def _cases(items_):
    reason = "implicit yes/no stated with a synonym or to a non-presence question: refused by design"
    return [pytest.param(it, id=it.id, marks=pytest.mark.xfail(strict=True, reason=reason))
            if KNOWN & set(it.tags) and it.id not in READ_SINCE else pytest.param(it, id=it.id) for it in items_]


def _read(it):
    return extract(it.text, it.sample(), finish_reason=it.finish_reason)


def test_corpus_size_and_breadth() -> None:
    assert len(DEV) >= 600 and len(HELDOUT) >= 150
    assert len({it.id for it in DEV + HELDOUT}) == len(DEV) + len(HELDOUT)
    families = {it.family for it in DEV}
    assert len(families - {"slake-zh"}) >= 8 and families == {it.family for it in HELDOUT}
    statuses = {it.status for it in DEV}
    assert statuses == {"scored", "unparsed", "ambiguous", "refused", "truncated"}


@pytest.mark.parametrize("it", _cases(DEV))
def test_dev_item_reads_as_labelled(it) -> None:
    got = _read(it)
    assert items.judge(it, got.answer, got.status.value) == items.AGREE, (got.answer, got.rule, it.status, it.answer)


@pytest.mark.parametrize("it", HELDOUT, ids=[it.id for it in HELDOUT])
def test_heldout_item_is_never_misread(it) -> None:
    got = _read(it)
    assert items.judge(it, got.answer, got.status.value) != items.WRONG, (got.answer, got.rule, it.status, it.answer)


@pytest.mark.parametrize("it", _cases(DEV))
def test_dev_item_grades_as_a_judge_would(it) -> None:
    """Correctness from grading equals the label's (answer == gold); no-answer statuses are never correct."""
    score = grade(it.sample(), None, Generation(text=it.text, finish_reason=it.finish_reason))
    assert score.correct is it.label_correct
    assert (score.status is Status.SCORED) == (it.status == "scored")
