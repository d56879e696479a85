"""QA regressions for `medstep eval`: a run directory's identity, up-front config errors, Ctrl-C."""

import json
from pathlib import Path

import pytest

from medstep.datasets.base import LoadOptions
from medstep.pipeline import EvalConfig, Interrupted, run_eval
from medstep.store import RunMeta, RunStore
from medstep.types import Generation, GenerationSettings, InvalidSetting, MedstepError
from support import fixtures_datasets as fx
from support.stub_openai_server import StubConfig, StubOpenAIServer


@pytest.fixture
def stub():
    with StubOpenAIServer(StubConfig()) as s:
        yield s


def _cfg(tmp_path: Path, model: str, **kw) -> EvalConfig:
    root = tmp_path / "vqarad"
    if not root.exists():
        fx.write_vqa_rad(root)
    return EvalConfig(benchmark="vqa-rad", data=str(root), model=model, out=tmp_path / "run", **kw)


def test_dir_of_a_run_that_never_generated_is_taken_over(tmp_path):
    RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/typo")).close()
    with RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/right")) as store:
        assert store.meta.model == "hf:/right"
    with RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/right")) as store:
        store.put_generation("k", "s1", "[]", Generation(text="yes"))
    with pytest.raises(MedstepError, match="holds a run of model 'hf:/right'"):
        RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "hf:/typo"))


def test_other_mode_into_same_dir_is_refused(tmp_path):
    with RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "m", mode="cot")) as store:
        store.put_generation("k", "s1", "[]", Generation(text="yes"))
    with pytest.raises(MedstepError, match="holds a run of mode 'cot', not 'direct'"):
        RunStore.create(tmp_path, RunMeta("vqa-rad", "test", "m", mode="direct"))


def test_bad_model_spec_writes_nothing(tmp_path):
    with pytest.raises(MedstepError, match="unknown backend prefix 'foo'"):
        run_eval(_cfg(tmp_path, "foo:bar"))
    assert not (tmp_path / "run").exists()


def test_llamacpp_without_projector_on_images_is_one_error(tmp_path):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")  # checked before it is loaded
    with pytest.raises(MedstepError, match=r"have images \(first: '\d+'\).*\+mmproj="):
        run_eval(_cfg(tmp_path, f"llamacpp:{gguf}"))
    assert not (tmp_path / "run").exists()
    # a model file that is not there is the first thing to fix, also said before anything is written
    with pytest.raises(MedstepError, match=r"llama.cpp model file not found: /nowhere/m.gguf"):
        run_eval(_cfg(tmp_path, "llamacpp:/nowhere/m.gguf"))
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("field, value, flag", [
    ("limit", 0, "--limit"), ("limit", -1, "--limit"), ("concurrency", 0, "--concurrency"),
    ("batch_size", 0, "--batch-size"), ("max_retries", -1, "--retries"), ("timeout_s", 0.0, "--timeout"),
    ("n_ctx", 0, "--n-ctx"), ("n_threads", 0, "--threads"),
    ("settings", GenerationSettings(max_tokens=0), "--max-tokens"),
    ("settings", GenerationSettings(temperature=-0.5), "--temperature"),
])
def test_out_of_range_numbers_are_refused_before_anything_is_written(tmp_path, field, value, flag):
    from medstep.cli_errors import _message

    with pytest.raises(InvalidSetting) as err:
        run_eval(_cfg(tmp_path, "openai:m@http://127.0.0.1:9/v1", **{field: value}))
    assert not (tmp_path / "run").exists()
    assert "--" not in str(err.value)  # the library names its setting; only the CLI speaks in flags
    assert _message(err.value).startswith(f"{flag} must be")


def test_skipped_images_are_recorded_in_summary(tmp_path, stub):
    fx.write_vqa_rad(tmp_path / "vqarad", missing="synpic100.jpg")
    cfg = _cfg(tmp_path, f"openai:stub@{stub.base_url}", load=LoadOptions(skip_missing_images=True))
    res = run_eval(cfg)
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert res.skipped_images >= 1
    assert summary["left_out"] == {"skipped_images": res.skipped_images}


class _InterruptAfter:
    def __init__(self, n: int):
        self.n = n

    def __call__(self, total: int, description: str) -> "_InterruptAfter":
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def advance(self, n: int = 1, failed: bool = False) -> None:
        self.n -= n
        if self.n <= 0:
            raise KeyboardInterrupt


def test_ctrl_c_says_what_is_stored_and_resume_finishes(tmp_path, stub):
    cfg = _cfg(tmp_path, f"openai:stub@{stub.base_url}", concurrency=1)
    # Results that arrived together are stored together before the interrupt is seen, so on a
    # loaded machine more than 2 can be stored; the message must say how many, and resume must
    # ask for exactly the rest.
    with pytest.raises(Interrupted, match=r"interrupted: \d of 5 generations are stored in .*re-run") as exc:
        run_eval(cfg, progress=_InterruptAfter(2))
    stored = int(str(exc.value).split("interrupted: ")[1].split(" of")[0])
    assert 2 <= stored <= 5
    res = run_eval(cfg)
    assert (res.requested, res.cached) == (5 - stored, stored)
    assert res.summary.n == 5 and res.summary.outcome.failed == 0


def test_failed_generations_are_tallied_by_error(tmp_path):
    tpl = tmp_path / "fail.txt"
    tpl.write_text("{question} [status:400]")
    with StubOpenAIServer(StubConfig()) as s:
        res = run_eval(_cfg(tmp_path, f"openai:stub@{s.base_url}", template=tpl, max_retries=0))
    assert sum(res.errors.values()) == res.summary.outcome.failed == 5
    assert len(res.errors) == 1 and "400" in next(iter(res.errors))


def test_out_that_is_a_file_is_a_clear_error(tmp_path):
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(MedstepError, match="is a file, not a run directory"):
        RunStore.create(target, RunMeta("vqa-rad", "test", "m"))
    assert target.read_text() == "x"


def test_out_that_cannot_be_created_is_a_clear_error(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(MedstepError, match="cannot create run directory"):
        RunStore.create(tmp_path / "afile" / "run", RunMeta("vqa-rad", "test", "m"))


def test_identical_requests_are_not_reported_as_cached(tmp_path, stub):
    data = tmp_path / "same.jsonl"
    data.write_text('{"q": "Is it? [answer:yes]", "a": "yes"}\n' * 2)
    cfg = EvalConfig(benchmark="custom", data=str(data), model=f"openai:stub@{stub.base_url}", out=tmp_path / "run",
                     load=LoadOptions(field_map={"question": "q", "answer": "a"}))
    first = run_eval(cfg)
    assert (first.requested, first.cached, first.shared) == (1, 0, 1)
    again = run_eval(cfg)
    assert (again.requested, again.cached, again.shared) == (0, 2, 0)
    assert again.summary.n == 2


def test_other_language_into_same_dir_is_refused(tmp_path):
    with RunStore.create(tmp_path, RunMeta("slake", "test", "m", settings={"lang": "en"})) as store:
        store.put_generation("k", "s1", "[]", Generation(text="yes"))
    with pytest.raises(MedstepError, match="holds a run of language 'en', not 'zh'"):
        RunStore.create(tmp_path, RunMeta("slake", "test", "m", settings={"lang": "zh"}))
    RunStore.create(tmp_path, RunMeta("slake", "test", "m", settings={"lang": "en"})).close()


def test_no_samples_because_every_image_is_missing_says_so(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "vqarad")
    for image in (root / "VQA_RAD Image Folder").iterdir():
        image.unlink()
    cfg = _cfg(tmp_path, "openai:m@http://127.0.0.1:9/v1", load=LoadOptions(skip_missing_images=True))
    with pytest.raises(MedstepError, match=r"no samples loaded .*: all \d+ records were skipped for their images "
                                           r"\(first: record \d+, .*synpic\d+\.jpg: file not found\)"):
        run_eval(cfg)
