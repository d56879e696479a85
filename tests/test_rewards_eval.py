"""Every reward that has an eval counterpart gives eval's number for the same (sample, completion).

The same completions go through ``medstep score`` (with the verifier judge) and, as training rows
written by :mod:`medstep.trainset` from the run's own samples (the rows ``medstep mine`` and
``medstep curate`` write), through every reward: accuracy equals eval's correctness, the process and
clinical rewards equal the verifier judge's ``radrscore`` and ``clinical``, the box rewards equal
eval's IoU and GIoU, and a reward without a value is exactly a metric eval leaves undefined.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from typer.testing import CliRunner

from medstep.cli import app
from medstep.rewards import (
    accuracy_reward, box_giou_reward, box_iou_reward, clinical_reward, reasoning_reward,
)
from medstep.store import RunStore
from medstep.trainset.rows import sample_columns
from medstep.types import NO_ANSWER, Status
from support.fixtures_datasets import write_radrbench
from support.fixtures_seed import write_medsg

REPORT = "Small left pleural effusion with blunting of the left costophrenic angle. No pneumothorax."
STEPS = ["The left costophrenic angle is blunted.", "Hence a small left pleural effusion."]
RAD = [
    ("yes-right", "Is there a pleural effusion?", "A",
     "<think>The left costophrenic angle is blunted.\nThere is a small left pleural effusion.</think><answer>A</answer>"),
    ("yes-negated", "Is there a pleural effusion?", "A",
     "<think>There is no pleural effusion.\nThe lungs are clear.</think><answer>B</answer>"),
    ("side-flip", "Is there a pleural effusion?", "A",
     "<think>There is a small right pleural effusion.\nThere is a large pneumothorax.</think><answer>A</answer>"),
    ("no-tags", "Is there a pneumothorax?", "B", "No pneumothorax is seen; the answer is B."),
    ("hedged", "Is there a pneumothorax?", "B", "<think>Hard to say.</think><answer>A or B</answer>"),
    ("exception", "Which finding is NOT present?", "B",
     "<think>A left effusion is present and no pneumothorax.</think><answer>B</answer>"),
    ("no-claim", "Is there a pleural effusion?", "A", "<think>I looked.</think><answer>A</answer>"),
    ("no-evidence", "Is there a pleural effusion?", "A",
     "<think>There is a small left pleural effusion.</think><answer>A</answer>"),
]


def _rad_record(rid: str, question: str, gold: str) -> dict:
    options = "\nOptions:\nA) Pleural effusion\nB) Pneumothorax" if "NOT" in question else "\nOptions:\nA) Yes\nB) No"
    rec = {"item_id": rid, "image_path": [f"imgs/{rid}.png"], "question": question + options, "answer": gold,
           "dataset_name": "mimic"}
    if rid != "no-evidence":  # nothing to verify against: eval leaves it ungraded, the rewards do not apply
        rec.update(reason_steps=STEPS, original_report=REPORT)
    return rec


def _score(root: Path, benchmark: str, data: Path, outputs: dict[str, str]) -> tuple[dict, dict]:
    preds = root / "preds.jsonl"
    preds.write_text("".join(json.dumps({"id": k, "output": v}) + "\n" for k, v in outputs.items()))
    judge = "verifier" if benchmark == "radrbench" else "none"
    res = CliRunner().invoke(app, ["score", str(preds), "--benchmark", benchmark, "--data", str(data),
                                   "--out", str(root / "run"), "--judge", judge, "--no-report"])
    assert res.exit_code == 0, res.output
    lines = {x["id"]: x for x in map(json.loads, (root / "run" / "samples.jsonl").read_text().splitlines())}
    with RunStore.open(root / "run") as store:
        results = {r.sample.id: r for r in store.results()}
    return lines, results


def _row_columns(result) -> tuple[list, dict]:
    row = sample_columns(result.sample, [])
    cols = {k: [v] for k, v in row.items() if k not in ("id", "images", "prompt")}
    return [row["prompt"]], cols


def test_accuracy_process_and_clinical_rewards_equal_the_eval_grades(tmp_path: Path) -> None:
    data = write_radrbench(tmp_path / "rad", records=[_rad_record(r, q, g) for r, q, g, _ in RAD])
    lines, results = _score(tmp_path, "radrbench", data, {r: out for r, _, _, out in RAD})
    seen_none = seen_value = 0
    for rid, _, _, out in RAD:
        line, result = lines[rid], results[rid]
        prompts, cols = _row_columns(result)
        status = Status(line["status"])
        acc = accuracy_reward(prompts, [out], unparsed=-1.0, **cols)[0]
        assert acc == (-1.0 if status in NO_ANSWER else float(line["correct"])), rid
        grade = line["reasoning"]["judges"]["verifier"]
        assert grade["status"] == ("not_applicable" if rid == "no-evidence" else "graded"), rid
        for reward, metric in ((reasoning_reward, "radrscore"), (clinical_reward, "clinical")):
            got, want = reward(prompts, [out], **cols)[0], grade["metrics"].get(metric)
            assert got == (pytest.approx(want) if want is not None else None), (rid, metric)
            seen_none += got is None
            seen_value += got is not None
    assert seen_value and seen_none  # both a defined metric and an undefined one were compared
    # the flips are really different numbers, not two equal zeros
    radr = {rid: lines[rid]["reasoning"]["judges"]["verifier"]["metrics"].get("radrscore") for rid, *_ in RAD}
    assert radr["yes-right"] > radr["side-flip"] and radr["yes-right"] > radr["yes-negated"]


def test_box_rewards_equal_evals_iou_and_giou(tmp_path: Path) -> None:
    data = write_medsg(tmp_path / "medsg")
    outputs = {"t1-0": "<answer>[4, 4, 12, 10]</answer>", "t1-1": "<answer>[0.25, 0.25, 0.75, 0.75]</answer>",
               "t3-0": "<answer>(100, 200), (500, 700)</answer>"}
    lines, results = _score(tmp_path, "medsg-bench", data, outputs)
    checked = 0
    for sid, out in outputs.items():
        score = results[sid].score
        assert score is not None and score.iou is not None
        prompts, cols = _row_columns(results[sid])
        assert box_iou_reward(prompts, [out], **cols)[0] == pytest.approx(score.iou), sid
        assert box_giou_reward(prompts, [out], **cols)[0] == pytest.approx(score.giou), sid
        assert accuracy_reward(prompts, [out], **cols)[0] == float(lines[sid]["correct"]), sid
        checked += 1
    assert checked == 3 and len({round(r.score.iou, 6) for r in results.values()}) > 1
