"""An eval against an OpenAI-compatible server imports no heavy library it does not use.

Start-up is paid by every ``medstep eval`` before its first request: at 1,000 samples and
concurrency 128 against a 200 ms server the whole ideal run is 1.6 s, and importing torch or
transformers alone takes longer than that. The openai path needs numpy (confidence intervals) and
PIL (image checks), nothing of the local-model, dataset-hub or statistics stacks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from support.stub_openai_server import StubConfig, StubOpenAIServer

HEAVY = ("torch", "transformers", "datasets", "pyarrow", "scipy", "pandas", "ray", "llama_cpp", "vllm", "trl")

_RUN = """
import atexit, json, sys
atexit.register(lambda: print("MODULES " + json.dumps(sorted(m for m in {heavy} if m in sys.modules))))
sys.argv = ["medstep", *json.loads(sys.argv[1])]
from medstep.cli import main
main()
"""


def test_openai_eval_does_not_import_local_model_or_hub_libraries(tmp_path: Path) -> None:
    Image.new("RGB", (8, 8), (10, 20, 30)).save(tmp_path / "a.png")
    data = tmp_path / "q.jsonl"
    data.write_text("".join(json.dumps({"id": f"q{i}", "question": "Is there an effusion?", "answer": "yes",
                                        "image": "a.png"}) + "\n" for i in range(3)))
    with StubOpenAIServer(StubConfig()) as stub:
        args = ["eval", "--benchmark", "custom", "--data", str(data),
                "--map", "question=question,answer=answer,image=image",
                "--model", f"openai:stub@{stub.base_url}", "--out", str(tmp_path / "run"), "--no-report"]
        proc = subprocess.run([sys.executable, "-c", _RUN.format(heavy=HEAVY), json.dumps(args)],
                              capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("MODULES "))
    assert json.loads(line.removeprefix("MODULES ")) == []
    assert (tmp_path / "run" / "summary.json").is_file()
