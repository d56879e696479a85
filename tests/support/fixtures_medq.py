"""An invented MedQ-Bench release in the VLMEvalKit TSV layout (``medqbench_*_{test,dev}.tsv``).

Written the way pandas' ``to_csv(sep="\\t", index=False)`` writes (minimal
quoting), with images embedded as base64 and, as VLMEvalKit does for a
repeated image, a later row's ``image`` cell holding the index of the row
that carries it. Nothing here is real benchmark content.
"""

from __future__ import annotations

import base64
import csv
from pathlib import Path

from support.fixtures_datasets import image_bytes


def _b64(seed: int) -> str:
    return base64.b64encode(image_bytes(seed, "PNG")).decode()


PERCEPTION = [
    {"index": 0, "image": _b64(1), "question": "Is there visible motion blur in this MRI slice?",
     "A": "Yes", "B": "No", "C": "", "D": "", "answer": "A", "modality": "MRI"},
    {"index": 1, "image": "0", "question": "What degradation dominates this image?",
     "A": "Noise", "B": "Ringing", "C": "Blur", "D": "Over-exposure", "answer": "2", "modality": "MRI"},
    {"index": 2, "image": _b64(2), "question": "How severe is the noise in this CT image?",
     "A": "None", "B": "Mild", "C": "Severe", "D": "", "answer": "B", "modality": "CT"},
]
DESCRIPTION = [
    {"index": 10, "image": _b64(3), "modality": "Fundus",
     "description": "The fundus photograph is evenly lit with sharp vessel edges.\tSlight vignetting at the rim.\n"
                    "Overall, the quality of this image is good."},
    {"index": 11, "image": _b64(4), "modality": "Endoscopy",
     "description": "Strong specular highlights and motion smear hide most of the mucosa; the image cannot be read."},
]
PAIRED = [
    {"index": 20, "image_a": _b64(5), "image_b": _b64(6), "modality": "CT",
     "description": "The first image shows heavy streak artifacts; the second is cleaner. "
                    "The second image has higher quality."},
]


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_medq(root: Path, *, split: str = "test") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    _write(root / f"medqbench_QA_{split}.tsv", PERCEPTION)
    _write(root / f"medqbench_description_{split}.tsv", DESCRIPTION)
    _write(root / f"medqbench_paired_description_{split}.tsv", PAIRED)
    return root
