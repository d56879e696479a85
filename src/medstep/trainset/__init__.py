"""Training-set files: the rows ``medstep mine`` and ``medstep curate`` write, in TRL's formats.

Every row carries the prompt exactly as ``medstep eval`` asks it (the default
``cot`` template), so a model is trained on the question it will be
evaluated on, and the columns medstep's reward functions read (``answer``,
``answer_type``, ``options``, ``report``, ``reference_steps``). See
:mod:`medstep.trainset.rows` for the schema and :mod:`medstep.trainset.files`
for writing and loading JSONL / parquet.
"""

from medstep.trainset.files import FORMATS, TrainsetFormat, load_trainset, write_rows
from medstep.trainset.rows import (
    ImageExporter,
    assistant_text,
    prompt_turns,
    sample_columns,
)

__all__ = [
    "FORMATS", "ImageExporter", "TrainsetFormat", "assistant_text", "load_trainset", "prompt_turns",
    "sample_columns", "write_rows",
]
