"""How the ``medstep`` command ends: its exit statuses, and a library error said as one line naming the flag.

Library errors name no CLI flag (``types.InvalidSetting`` names the setting); this module maps them to what the user
typed and adds the flag that changes the behaviour. Kept apart from ``cli.py``, which holds the commands.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

from medstep.cli_print import console, labelled
from medstep.types import InvalidSetting, MedstepError

# Exit statuses (README "Exit codes"): 0 every sample generated and graded; 1 an internal error;
# 2 a usage or input error (nothing run, or the run refused); 3 the run finished but some samples
# have no successful generation; 4 the server stopped answering and the run stopped early; 130 Ctrl-C.
EXIT_INTERNAL, EXIT_USAGE, EXIT_FAILED, EXIT_SERVER_GONE, EXIT_INTERRUPTED = 1, 2, 3, 4, 130


# Library settings (EvalConfig / JudgeOptions field names in InvalidSetting errors) -> the flag a user typed.
SETTING_FLAGS = {
    "limit": "--limit", "concurrency": "--concurrency", "batch_size": "--batch-size", "max_tokens": "--max-tokens",
    "temperature": "--temperature", "max_retries": "--retries", "timeout_s": "--timeout", "n_ctx": "--n-ctx",
    "n_threads": "--threads", "max_images": "--max-images", "judge_concurrency": "--judge-concurrency", "judge_timeout_s": "--judge-timeout",
    "judge_max_retries": "--judge-retries", "judge_max_tokens": "--judge-max-tokens",
    "attempts": "--attempts", "max_steps": "--max-steps", "samples": "--samples", "keep": "--keep",
    "order": "--order", "stages": "--stages", "min_rate": "--min-rate", "max_rate": "--max-rate",
    "device": "--device", "field_map": "--map", "lang": "--lang", "name": "--name",
}


@contextlib.contextmanager
def _on_ctrl_c(kept: str) -> Iterator[None]:
    """Ctrl-C in this block is exit 130 with ``kept`` (what is safe on disk and how to go on)."""
    from medstep.pipeline import Interrupted

    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted: {kept}") from None


def _exit_status(e: MedstepError) -> int:
    from medstep.models.base import ServerUnavailable
    from medstep.pipeline import Interrupted

    statuses: dict[type, int] = {Interrupted: EXIT_INTERRUPTED, ServerUnavailable: EXIT_SERVER_GONE}
    return next((code for cls, code in statuses.items() if isinstance(e, cls)), EXIT_USAGE)


def _hints() -> dict[type, str]:
    """Library errors name no CLI flag; the CLI adds the flag that changes the behaviour."""
    from medstep.datasets.base import OutsideDataFolder, UnusableImage
    from medstep.report.agreement import NoSharedMetric
    from medstep.store import SettingsChanged
    from medstep.trainset.files import UnknownFormat

    return {OutsideDataFolder: " (pass --allow-outside-data to read them)",
            UnknownFormat: " with --format",
            UnusableImage: " (pass --skip-missing-images to skip such records and count them)",
            NoSharedMetric: " with --metric A_METRIC=B_METRIC",
            SettingsChanged: " (--regenerate generates again with the new settings)"}


def _message(e: MedstepError) -> str:
    """The error as the user should read it: settings are named by the flag they typed."""
    if isinstance(e, InvalidSetting) and e.setting in SETTING_FLAGS:
        return f"{SETTING_FLAGS[e.setting]} must be {e.rule}, got {e.value}"
    return str(e)


def _error_line(message: str, hint: str = "") -> None:
    from medstep.textclean import clean_text

    console.print(labelled("error:", "bold red", clean_text(message) + hint), highlight=False, soft_wrap=True)


def _hint(e: MedstepError) -> str:
    return next((h for cls, h in _hints().items() if isinstance(e, cls)), "")


def _save_traceback() -> str:
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile("w", prefix="medstep-crash-", suffix=".txt", delete=False) as fh:
        traceback.print_exc(file=fh)
    return fh.name
