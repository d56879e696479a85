"""SLAKE (Liu et al., 2021): bilingual (English/Chinese) radiology VQA."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._context import LoadContext, choose_split, add_closed_open, local_release
from medstep.datasets._records import read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import MedstepError

# "validation" was shipped as validate.json in early releases of the hub copy.
SLAKE_FILES = {"test": ("test.json",), "validation": ("validation.json", "validate.json"), "train": ("train.json",)}
SLAKE_LANGS = ("en", "zh", "all")


class Slake:
    """SLAKE: official ``train.json`` / ``validation.json`` / ``test.json`` plus ``imgs/``.

    Each record's image is ``imgs/<img_name>`` (``img_name`` looks like
    ``xmlab102/source.jpg``). Records are filtered by ``q_lang`` with the
    ``lang`` option (``en`` by default, ``zh``, or ``all``): the English test
    split has 1,061 questions (645 open, 416 closed). Categories are
    ``modality``, ``location`` and ``content_type``; ids are the official
    ``qid``. The hub copy ``BoKelvin/SLAKE`` ships the same JSON files with
    images zipped, so it must be downloaded and unzipped first.
    """

    name = "slake"
    splits = ("test", "validation", "train")
    default_split = "test"
    description = "SLAKE radiology VQA; English test = 1,061 (645 open / 416 closed), official JSON + imgs/"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        if options.lang not in SLAKE_LANGS:
            raise MedstepError(f"{self.name}: unknown lang '{options.lang}' (available: {', '.join(SLAKE_LANGS)})")
        path = local_release(
            self.name, data, "download the dataset (e.g. BoKelvin/SLAKE), unzip imgs.zip and pass the directory"
        )
        if path.is_file():
            json_file = path
        else:
            candidates = [path / f for f in SLAKE_FILES[split]]
            json_file = next((c for c in candidates if c.is_file()), candidates[0])
            if not json_file.is_file():
                raise MedstepError(f"{self.name}: {json_file} not found for split '{split}'")
        img_root = json_file.parent / "imgs"
        ctx = LoadContext(self.name, split, str(json_file), options)
        for rec in read_json_list(json_file):
            rec.rid = rec.text("qid")
            if options.lang != "all" and rec.text("q_lang").lower() != options.lang:
                continue
            add_closed_open(ctx, rec, lambda: img_root / rec.text("img_name"), {
                "modality": rec.opt_text("modality"),
                "location": rec.opt_text("location"),
                "content_type": rec.opt_text("content_type"),
            })
        return ctx.result()
