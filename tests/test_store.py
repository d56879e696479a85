"""Run store: durability rules that resume depends on."""

import json
import sqlite3

import pytest

from medstep.results import Reasoning, RunSummary
from medstep.score.outcome import outcome_metrics
from medstep.store import RunMeta, RunStore
from medstep.types import AnswerType, Extraction, Generation, MedstepError, Mode, Sample, SampleScore, Status


def _sample(i: int) -> Sample:
    return Sample(id=f"s{i}", question=f"Is there an effusion in case {i}?", answer="yes",
                  answer_type=AnswerType.CLOSED, categories={"organ": "chest"})


def test_failure_is_recorded_but_not_cached_and_never_overwrites_success(tmp_path):
    store = RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "openai:m@http://x"))
    store.put_generation("k1", "s1", "[]", Generation(text="", error="HTTP 500"))
    assert store.finished_keys(["k1"]) == set()  # a failure is retried on resume
    store.put_generation("k1", "s1", "[]", Generation(text="yes"))
    store.put_generation("k1", "s1", "[]", Generation(text="", error="late failure"))
    assert store.finished_keys(["k1"]) == {"k1"}
    assert store.generation("k1")[1].text == "yes"
    assert store.attempt_count() == 3


def test_reopen_resumes_and_refuses_other_model(tmp_path):
    meta = RunMeta("vqa-rad", "test", "hf:/m")
    with RunStore.create(tmp_path, meta) as store:
        store.put_samples([_sample(1), _sample(2)])
        store.put_generation("k", "s1", "[]", Generation(text="no"))
    with RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/m")) as store:
        assert store.finished_keys(["k", "other"]) == {"k"}
        assert [s.id for s in store.samples()] == ["s1", "s2"]
    with pytest.raises(MedstepError, match="holds a run of model 'hf:/m'"):
        RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/other"))


def test_results_join_and_exports(tmp_path):
    store = RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "m"))
    store.put_samples([_sample(1), _sample(2)])
    prompt = json.dumps([{"role": "user", "text": "Is there an effusion?", "images": []}])
    store.put_generation("k1", "s1", prompt, Generation(text="<answer>yes</answer>"))
    store.put_results([
        ("s1", "k1", Extraction("yes", "answer_tag"), SampleScore("s1", Status.SCORED, True), Reasoning(text="")),
        ("s2", None, None, SampleScore("s2", Status.FAILED, None), None),
    ])
    res = store.results()
    assert [r.sample.id for r in res] == ["s1", "s2"]
    assert res[0].prompt == "Is there an effusion?" and res[0].generation.text == "<answer>yes</answer>"
    assert res[0].score.correct is True and res[1].generation is None and res[1].score.status is Status.FAILED
    summary = RunSummary(benchmark="vqa-rad", split="test", model="m", mode=Mode.COT, n=2,
                         outcome=outcome_metrics(store.samples(), [r.score for r in res]))
    store.write_summary(summary)
    assert store.summary() == summary  # summary.json round-trips to the same typed record
    assert not list(tmp_path.glob("*.tmp"))


def test_open_rejects_non_run_directory(tmp_path):
    with pytest.raises(MedstepError, match="not a medstep run directory"):
        RunStore.open(tmp_path)


def test_corrupt_database_is_a_clear_error(tmp_path):
    (tmp_path / "run.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(MedstepError, match="cannot open run database"):
        RunStore.open(tmp_path)


@pytest.mark.parametrize("value,why", [
    ('{"benchmark": "b"', "Expecting"), ("[1]", "found list"), ("null", "found null"),
    ('{"benchmark": "b", "split": "test", "model": "m", "mode": "weird"}', "'weird' is not a valid Mode"),
    ('{"benchmark": "b"}', "missing 2 required"),
], ids=["cut-json", "list", "null", "unknown-mode", "missing-fields"])
def test_damaged_run_metadata_is_one_error_naming_the_database(tmp_path, value, why):
    """A meta row medstep did not write was an internal error (exit 1, a traceback file); it is a damaged input."""
    RunStore.create(tmp_path, RunMeta("b", "test", "m")).close()
    with sqlite3.connect(tmp_path / "run.sqlite") as conn:
        conn.execute("UPDATE meta SET value=? WHERE key='run'", (value,))
    conn.close()
    for attempt in (lambda: RunStore.open(tmp_path), lambda: RunStore.create(tmp_path, RunMeta("b", "test", "m"))):
        with pytest.raises(MedstepError, match=r"run\.sqlite: the run metadata is damaged \(.*" + why):
            attempt()


@pytest.mark.parametrize("sql,read", [
    ("UPDATE samples SET json='{' WHERE id='s1'", lambda st: st.samples()),
    ("UPDATE samples SET json='{' WHERE id='s1'", lambda st: st.results()),
    ("UPDATE generations SET json='{\"text\": 5' WHERE key='k1'", lambda st: st.generation("k1")),
    ("UPDATE generations SET json='[' WHERE key='k1'", lambda st: st.generations(["k1"])),
    ("UPDATE results SET extraction='[' WHERE sample_id='s1'", lambda st: st.results()),
], ids=["samples", "results-sample", "generation", "generations", "results-extraction"])
def test_a_stored_row_that_is_not_json_is_one_error_naming_the_database(tmp_path, sql, read):
    """Rows the store commits whole can be cut only by hand or by another tool: a damaged input (exit 2), not
    an internal error asking for a medstep bug report."""
    with RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "m")) as store:
        store.put_samples([_sample(1)])
        store.put_generation("k1", "s1", "[]", Generation(text="<answer>yes</answer>"))
        store.put_results([("s1", "k1", Extraction("yes", "answer_tag"), SampleScore("s1", Status.SCORED, True),
                            None)])
    with sqlite3.connect(tmp_path / "run.sqlite") as conn:
        assert conn.execute(sql).rowcount == 1
    conn.close()
    with RunStore.open(tmp_path) as store:
        with pytest.raises(MedstepError, match=r"run\.sqlite: a stored .* is damaged \(not JSON: "):
            read(store)


def test_wal_mode_is_on(tmp_path):
    RunStore.create(tmp_path, RunMeta("b", "test", "m")).close()
    mode = sqlite3.connect(tmp_path / "run.sqlite").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_summary_of_another_schema_is_refused_with_how_to_regrade(tmp_path):
    store = RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "m"))
    (tmp_path / "summary.json").write_text(json.dumps({"benchmark": "vqa-rad", "judge": "verifier", "outcome": {}}))
    with pytest.raises(MedstepError, match=r"schema 1, this one reads 2\); re-run the command"):
        store.summary()
    (tmp_path / "summary.json").write_text("{not json")
    with pytest.raises(MedstepError, match="not valid JSON"):
        store.summary()
    store.close()
