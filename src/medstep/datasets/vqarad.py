"""VQA-RAD (Lau et al., 2018) and PathVQA (He et al., 2020) loaders."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._context import LoadContext, add_closed_open
from medstep.datasets._records import read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import first_existing
from medstep.datasets.parquet_vqa import HubParquetVqa, find_split_shards, load_parquet_benchmark
from medstep.types import MedstepError

VQA_RAD_JSON = "VQA_RAD Dataset Public.json"
VQA_RAD_IMAGE_DIRS = ("VQA_RAD Image Folder", "images")
VQA_RAD_TEST_PHRASES = frozenset({"test_freeform", "test_para"})


class VqaRad(HubParquetVqa):
    """VQA-RAD: radiology VQA on head CT/MRI, chest X-ray and abdominal CT.

    Two layouts are read. (1) The official OSF release: ``VQA_RAD Dataset
    Public.json`` plus ``VQA_RAD Image Folder/`` (or ``images/``). The test
    split is the records whose ``phrase_type`` is ``test_freeform`` or
    ``test_para``: 451 questions (272 closed, 179 open); train is every other
    record. ``answer_type`` (CLOSED/OPEN, sometimes with stray spaces or case)
    decides closed vs open; categories are ``organ`` (``image_organ``) and
    ``question_type``; ids are the official ``qid``. (2) The hub parquet
    release ``flaviagiammarino/vqa-rad`` (test 451, train 1,793), local or by
    hub id; there, closed means a yes/no gold answer and there are no
    categories.
    """

    name = "vqa-rad"
    splits = ("test", "train")
    default_split = "test"
    hub_id = "flaviagiammarino/vqa-rad"
    description = "VQA-RAD radiology VQA; test = 451 (272 closed / 179 open), official JSON or HF parquet"

    def _load_local(self, path: Path, split: str, options: LoadOptions) -> LoadResult:
        """The official JSON release when present, else the hub parquet layout."""
        json_file = path if path.is_file() and path.suffix == ".json" else path / VQA_RAD_JSON
        if json_file.is_file():
            return self._load_json(json_file, split, options)
        if path.suffix in (".parquet", ".arrow") or (path.is_dir() and find_split_shards(path, split)):
            return load_parquet_benchmark(self.name, self.hub_id, split, options, path)
        raise MedstepError(
            f"{self.name}: {path} holds neither '{VQA_RAD_JSON}' nor parquet files for split '{split}'"
        )

    def _load_json(self, json_file: Path, split: str, options: LoadOptions) -> LoadResult:
        root = json_file.parent
        image_dirs = [root / d for d in VQA_RAD_IMAGE_DIRS]
        ctx = LoadContext(self.name, split, str(json_file), options)
        for rec in read_json_list(json_file):
            rec.rid = rec.text("qid")
            phrase = rec.text("phrase_type").lower()
            if (phrase in VQA_RAD_TEST_PHRASES) != (split == "test"):
                continue
            add_closed_open(ctx, rec, lambda: first_existing(image_dirs, rec.text("image_name")), {
                "organ": rec.opt_text("image_organ").upper(),
                "question_type": rec.opt_text("question_type").upper(),
            })
        return ctx.result()


class PathVqa(HubParquetVqa):
    """PathVQA: pathology VQA from textbook and digital-library figures.

    Read from the hub parquet release ``flaviagiammarino/path-vqa`` (local
    ``data/<split>-*.parquet`` files or the hub id): splits train (19,654),
    validation (6,259) and test (6,719). A question is closed exactly when its
    gold answer is yes/no; ids are ``<split>-<row>``.
    """

    name = "pathvqa"
    splits = ("test", "validation", "train")
    default_split = "test"
    hub_id = "flaviagiammarino/path-vqa"
    description = "PathVQA pathology VQA; test = 6,719 (yes/no = closed), HF parquet"
