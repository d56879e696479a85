"""Eval and RL rewards agree: the same (record, completion) gets the same correctness everywhere.

The same records go through ``medstep score`` (custom loader, type inferred
from the record, graded by :func:`medstep.score.outcome.grade`) and through
every reward entry point (``accuracy_reward``, ``MedstepReward``, verl's
``compute_score``), with columns built from the raw record. Correctness must
be identical for every pair, including the historical disagreements: a gold
"A" without options, "Yes." against "Yes", and reference-step splitting.
"""

from __future__ import annotations

import json

import pytest

from medstep.answers import split_reference_steps
from medstep.pipeline import score_predictions
from medstep.rewards import MedstepReward, RewardConfig, accuracy_reward, compute_score
from medstep.rewards import sample_at
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation
from support.corpus import CORPUS

ACC_ONLY = MedstepReward(RewardConfig(accuracy=1.0, format=0.0, reasoning=0.0))


def _records() -> list[dict]:
    """Raw records (as a user's file or training set holds them) with one completion each."""
    recs = []
    for it in CORPUS[::3]:  # a third of the corpus: every family, type and class
        if it.finish_reason == "length":
            continue  # rewards see no finish reason; truncation by length is an eval-only signal
        rec = {"id": it.id, "question": it.question, "answer": it.gold, "completion": it.text}
        if it.options:
            rec["options"] = it.options
        recs.append(rec)
    # The disagreements the issue names, written out.
    recs += [
        {"id": "gold-A-no-options", "question": "Which finding?\nA) Effusion\nB) Pneumothorax", "answer": "A",
         "completion": "<think>Fluid at the base.</think><answer>A</answer>"},
        {"id": "gold-B-no-options", "question": "Which finding?\nA) Effusion\nB) Pneumothorax", "answer": "B",
         "completion": "<think>A pleural line.</think><answer>B</answer>"},
        {"id": "gold-A-wrong", "question": "Which finding?\nA) Effusion\nB) Pneumothorax", "answer": "A",
         "completion": "<answer>B</answer>"},
        {"id": "yes-dot", "question": "Is there an effusion?", "answer": "Yes.", "completion": "<answer>Yes</answer>"},
        {"id": "yes-bare", "question": "Is there an effusion?", "answer": "yes", "completion": "Yes."},
        {"id": "no-vs-yes", "question": "Is there an effusion?", "answer": "No.", "completion": "<answer>Yes</answer>"},
        {"id": "zh-yes", "question": "有积液吗？", "answer": "是", "completion": "是的，可见积液。"},
        {"id": "open-liver", "question": "Which organ?", "answer": "the liver", "completion": "<answer>Liver</answer>"},
    ]
    return recs


RECORDS = _records()


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[str, dict]:
    """``medstep score`` over a custom benchmark file of the records: per-sample lines of samples.jsonl."""
    root = tmp_path_factory.mktemp("consistency")
    bench = root / "bench.jsonl"
    preds = root / "preds.jsonl"
    with bench.open("w", encoding="utf-8") as b, preds.open("w", encoding="utf-8") as p:
        for r in RECORDS:
            row = {k: r[k] for k in ("id", "question", "answer") if k in r}
            if "options" in r:
                row["options"] = json.dumps(r["options"])
            b.write(json.dumps(row, ensure_ascii=False) + "\n")
            p.write(json.dumps({"id": r["id"], "output": r["completion"]}, ensure_ascii=False) + "\n")
    res = score_predictions(preds, "custom", str(bench), root / "run", judges=("none",))
    lines = [json.loads(x) for x in (root / "run" / "samples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert res.summary.n == len(RECORDS)
    return {d["id"]: d for d in lines}


def _columns(r: dict, with_type: AnswerType | None = None) -> dict[str, list]:
    cols: dict[str, list] = {"answer": [r["answer"]]}
    if "options" in r:
        cols["options"] = [r["options"]]
    if with_type is not None:
        cols["answer_type"] = [with_type.value]
    return cols


@pytest.mark.parametrize("r", RECORDS, ids=[r["id"] for r in RECORDS])
def test_every_reward_agrees_with_score(r, scored) -> None:
    line = scored[r["id"]]
    eval_correct = bool(line["correct"])
    prompt = [{"role": "user", "content": r["question"]}]
    cols = _columns(r)
    acc = accuracy_reward([prompt], [r["completion"]], **cols)[0]
    assert acc == float(eval_correct), (line["status"], line["answer"], line["rule"])
    assert ACC_ONLY([prompt], [r["completion"]], **cols)[0] == float(eval_correct)
    # verl passes no prompt: options must come from extra_info, as a training set stores them.
    info = {"options": r["options"], "question": r["question"]} if "options" in r else {"question": r["question"]}
    if "options" in r or line["answer_type"] != "choice":
        assert compute_score("custom", r["completion"], r["answer"], info)["accuracy"] == float(eval_correct)
    # Naming the type explicitly changes nothing.
    typed = _columns(r, AnswerType(line["answer_type"]))
    assert accuracy_reward([prompt], [r["completion"]], **typed)[0] == float(eval_correct)


def test_reward_sample_grades_like_the_loaded_sample(scored) -> None:
    """Type inference and gold normalisation are the loaders': same type, same grade."""
    for r in RECORDS:
        line = scored[r["id"]]
        sample = sample_at(_columns(r), 0, 1, [{"role": "user", "content": r["question"]}])
        assert sample.answer_type.value == line["answer_type"], r["id"]
        score = grade(sample, None, Generation(text=r["completion"]))
        assert bool(score.correct) == bool(line["correct"]) and score.status.value == line["status"], r["id"]


def test_gold_letter_a_is_not_an_article() -> None:
    """The old reward gave a gold "A" without options 0 (stripped as the article) and B/C/D credit."""
    completions = ["<answer>A</answer>", "<answer>B</answer>", "The answer is C.", "D"]
    for i, letter in enumerate("ABCD"):
        got = accuracy_reward(None, completions, answer=[letter] * 4)
        assert got == [1.0 if j == i else 0.0 for j in range(4)], letter


def test_reference_steps_split_the_same_everywhere() -> None:
    """One reference string gives the same steps in the loader, the reward sample and the answers module."""
    from medstep.datasets.radrbench import split_reference_steps as loader_split

    text = "1. The left angle is blunted. 2. A meniscus is seen.\n3. Hence a left effusion."
    steps = split_reference_steps(text)
    assert steps == ("The left angle is blunted.", "A meniscus is seen.", "Hence a left effusion.")
    assert loader_split(text) == steps
    assert sample_at({"answer": ["A"], "reference_steps": [text]}, 0, 1).reference_steps == steps
