"""Turning the ``medstep`` commands' flag values into library options (field maps, prices, judge
and Ray options, the API key).

Kept apart from :mod:`medstep.cli` so the command module stays readable; errors here name the
flag, because only the command line has flags (library errors do not).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from medstep.types import MedstepError


# Flags that several commands take alike (``eval``, ``score``, ``data``), declared once: typer reads a flag's default
# and help from one option object, so the commands cannot drift apart.
MAP_HELP = ("custom benchmark only, repeatable: question=COL,answer=COL[,image=COL,options=COL,id=COL,answer_type=COL,"
            "report=COL,steps=COL,group=COL,cat.NAME=COL ...]; every cat.NAME is a category column of the report and compare")
ALLOW_OUTSIDE_HELP = "accept image paths that resolve outside the --data folder (symlinked or absolute image paths)"
SPLIT_OPTION = typer.Option(None, help="official split (default: the benchmark's evaluation split: test; mmmu-med "
                                       "validation, pmc-vqa test_clean)")
MAP_OPTION = typer.Option([], "--map", help=MAP_HELP)
ALLOW_OUTSIDE_OPTION = typer.Option(False, help=ALLOW_OUTSIDE_HELP)
JUDGE_CONCURRENCY_OPTION = typer.Option(16, help="LLM judges: requests in flight per judge")
JUDGE_API_KEY_OPTION = typer.Option(None, help="LLM judges: API key for a hosted judge model")
JUDGE_TIMEOUT_OPTION = typer.Option(120.0, help="LLM judges: per-request timeout in seconds")
JUDGE_RETRIES_OPTION = typer.Option(4, help="LLM judges: retries before a judge call counts as failed")
JUDGE_MAX_TOKENS_OPTION = typer.Option(1024, help="LLM judges: reply length limit")


def given_text(value: str) -> str:
    """A path or hub id given as text (``--data``), refused when empty: ``Path("")`` is the current folder."""
    if not str(value).strip():
        raise typer.BadParameter("an empty path names no file or folder (it would be read as the current folder); "
                                 "give one")
    return str(value)


def given_path(value: str) -> Path:
    """A path flag's or argument's value, refused when empty (:func:`given_text`): typer reads ``""`` as
    ``Path("")``, the current folder, so ``--out ""`` (an unset shell variable, say) would write a run into whatever
    folder the command ran in, and ``medstep report ""`` would read it as the run."""
    return Path(given_text(value))


def check_html_out(out: Optional[Path], example: str) -> None:
    """An HTML page's ``--out`` must name an ``.html`` file: ``--out runs/x/summary.json`` would replace a
    run's summary with a web page, and a directory fails deep in the atomic rename with a temp file's name."""
    if out is None:
        return
    out = Path(out)
    if out.is_dir():
        raise MedstepError(f"--out {out} is a directory; give the HTML file to write, e.g. {out / example}")
    if out.suffix.lower() not in (".html", ".htm"):
        what = f"a {out.suffix} file" if out.suffix else "a file without a suffix"
        raise MedstepError(f"--out {out}: an HTML page is written there, so name it .html "
                           f"(as {what} it would be replaced by HTML)")


def refuse_foreign_out(out: Path, writes: tuple[str, ...] = ()) -> None:
    """Refuse an ``--out`` folder that is not a run directory yet holds a file the command would overwrite.

    The run store takes over any folder without a ``run.sqlite`` (a new run), and the exports are
    written under fixed names: ``--out .`` in a project folder, or a dataset folder, would replace
    someone's ``summary.json``, ``samples.jsonl`` or ``report.html`` without a word. ``writes`` names the
    command's files (default: eval's and score's; mine passes its own, so this module stays light).
    """
    from medstep.store.run import DB_NAME, SAMPLES_NAME, SUMMARY_NAME

    out = Path(out)
    if not out.is_dir() or (out / DB_NAME).exists():
        return
    clash = [name for name in writes or (SUMMARY_NAME, SAMPLES_NAME, "report.html", "report_data")
             if (out / name).exists()]
    if clash:
        raise MedstepError(f"--out {out} is not a medstep run directory (no {DB_NAME}) but holds {', '.join(clash)}, "
                           "which this command would overwrite; give a new or empty directory")


def parse_map(texts: str | list[str] | None) -> dict[str, str]:
    """``question=q,answer=a,cat.organ=body_part`` (one string, or several ``--map`` values) → dict.

    A field mapped twice is refused: which column was meant cannot be guessed.
    """
    if not texts:
        return {}
    mapping: dict[str, str] = {}
    for text in [texts] if isinstance(texts, str) else texts:
        for part in text.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise MedstepError(f"--map entry {part!r} is not FIELD=COLUMN")
            k, v = (x.strip() for x in part.split("=", 1))
            if not k or not v:  # "question=" was read as the column '' and reported as missing from the file
                raise MedstepError(f"--map entry {part!r} is not FIELD=COLUMN: both must be named")
            if k in mapping and mapping[k] != v:
                raise MedstepError(f"--map maps {k!r} twice ({mapping[k]!r} and {v!r})")
            mapping[k] = v
    return mapping

def _load_options(split: str | None, lang: str, skip_missing_images: bool, field_map: list[str] | None,
                  check_images: bool = True, allow_outside_data: bool = False):
    from medstep.datasets.base import LoadOptions

    return LoadOptions(
        split=split, lang=lang, skip_missing_images=skip_missing_images,
        field_map=parse_map(field_map), check_images=check_images, allow_outside_data=allow_outside_data,
    )

def parse_prices(values: list[str]) -> dict:
    """``["0.15/0.6", "medq=2.5/10"]`` -> {"model": Price, "medq": Price} (see :class:`medstep.results.Price`)."""
    from medstep.grading import MODEL_PRICE
    from medstep.results.usage import Price

    out = {}
    for text in values:
        target, sep, price = text.rpartition("=")
        target = target.strip() if sep else MODEL_PRICE
        if target in out:
            raise MedstepError(f"--price {text!r}: {target!r} is priced twice")
        try:
            out[target] = Price.parse(price)
        except MedstepError as e:
            raise MedstepError(f"--price {text!r}: {e}") from None
    return out

def _judge_options(concurrency: int, timeout: float, retries: int, api_key: Optional[str], max_tokens: int,
                   ray: Any = None):
    from medstep.judges import JudgeOptions

    return JudgeOptions(concurrency=concurrency, timeout_s=timeout, max_retries=retries, api_key=api_key,
                        max_tokens=max_tokens, ray=ray)

def _ray_options(address: Optional[str], workers: int, cpus: float, gpus: float):
    """The Ray pool of a command, or ``None`` without --ray (checked here: ray is imported only when used)."""
    if address is None:
        return None
    from medstep.models.ray_pool import RayOptions

    for flag, value, ok in (("--ray-workers", workers, workers >= 1), ("--ray-cpus-per-worker", cpus, cpus >= 0),
                            ("--ray-gpus-per-worker", gpus, gpus >= 0)):
        if not ok:
            raise MedstepError(f"{flag} must be {'at least 1' if flag == '--ray-workers' else '0 or more'}, got {value}")
    return RayOptions(address=address, workers=workers, cpus_per_worker=cpus, gpus_per_worker=gpus)


def _judge_ray(gen_ray: Any, workers: int):
    """LLM judges get their own actor pool (--judge-ray-workers) on the same cluster, or run here."""
    import dataclasses

    if gen_ray is None or workers < 1:
        return None
    return dataclasses.replace(gen_ray, workers=workers, gpus_per_worker=0.0, chunk_size=None)

def resolve_api_key(model: str, api_key: str | None, api_key_env: str | None) -> str | None:
    """The key to send: --api-key, else the variable --api-key-env names, else for a non-local
    OpenAI-compatible server OPENAI_API_KEY when set. A named but unset variable is an error."""
    import os

    if api_key is not None and api_key_env is not None:
        raise MedstepError("give either --api-key or --api-key-env, not both")
    if api_key_env is not None:
        value = os.environ.get(api_key_env, "").strip()
        if not value:
            raise MedstepError(f"--api-key-env {api_key_env}: that environment variable is not set or is empty")
        return value
    if api_key is not None:
        return api_key
    from medstep.models.spec import is_local_url, parse_spec

    try:
        spec = parse_spec(model)
    except MedstepError:
        return None  # the pipeline reports the bad spec
    if spec.kind == "openai" and any(not is_local_url(u) for u in spec.base_urls):
        return os.environ.get("OPENAI_API_KEY", "").strip() or None
    return None
