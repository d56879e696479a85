"""PMC-VQA (Zhang et al., 2023): multiple-choice VQA on PubMed Central figures."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter, strip_letter_prefix
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import read_csv
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import first_existing
from medstep.types import AnswerType, MedstepError

PMC_SPLIT_FILES = {
    "test_clean": "test_clean.csv",
    "test": "test.csv",
    "train": "train.csv",
    "test2": "test2.csv",
    "train2": "train2.csv",
}
PMC_IMAGE_DIRS = ("images", "figures", "images2")
PMC_CHOICE_COLUMNS = ("Choice A", "Choice B", "Choice C", "Choice D")


class PmcVqa:
    """PMC-VQA: the released CSVs plus the unzipped image folder.

    Splits map to files: ``test_clean`` -> ``test_clean.csv`` (the manually
    cleaned test set, default), ``test`` -> ``test.csv``, ``train`` ->
    ``train.csv``, and the version-2 (non-compound image) ``test2`` /
    ``train2``. Columns: ``Figure_path``, ``Question``, ``Answer``, ``Choice
    A``..``Choice D`` (values prefixed ``"A:"``, which is stripped) and
    ``Answer_label``. Images are looked up in ``images/``, ``figures/`` or
    ``images2/`` beside the CSV. The CSVs carry no question id, so ids are
    ``<split>-<row>``. ``data`` is the release directory or one CSV file.
    """

    name = "pmc-vqa"
    splits = tuple(PMC_SPLIT_FILES)
    default_split = "test_clean"
    description = "PMC-VQA figure VQA, 4 options; default split test_clean (test_clean.csv), official CSV + images/"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        path = local_release(self.name, data, "download xmcmic/PMC-VQA, unzip images.zip and pass the directory")
        if path.is_file():
            csv_file = path
            split = options.split or path.stem
        else:
            split = choose_split(self, options)
            csv_file = path / PMC_SPLIT_FILES[split]
            if not csv_file.is_file():
                raise MedstepError(f"{self.name}: {csv_file} not found for split '{split}'")
        image_dirs = [csv_file.parent / d for d in PMC_IMAGE_DIRS]
        ctx = LoadContext(self.name, split, str(csv_file), options)
        for rec in read_csv(csv_file):
            rec.rid = f"{split}-{rec.index:05d}"
            opts = {}
            for column in PMC_CHOICE_COLUMNS:
                letter = column[-1]
                value = rec.opt_text(column)
                if value:
                    opts[letter] = strip_letter_prefix(value, letter)
            if len(opts) < 2:
                raise rec.fail(f"needs at least two of the columns {list(PMC_CHOICE_COLUMNS)}")
            answer = gold_letter(rec.text("Answer_label"), opts, rec, "Answer_label")
            ctx.add_record(
                rec,
                rec.text("Question"),
                answer,
                AnswerType.CHOICE,
                images=lambda: ctx.image_file(first_existing(image_dirs, rec.text("Figure_path")), rec),
                options=opts,
                answer_text=opts[answer],
            )
        return ctx.result()
