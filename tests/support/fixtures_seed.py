"""Writers for tiny, invented releases of the seed papers' benchmarks, each in its official layout.

Field names and file layout follow the official releases (see each loader's
docstring for the source); every record is made up -- no real question,
case, scoring point or image. Images are small solid PNG/JPEG files drawn at
test time. Record lists are module constants so tests derive expected
counts from what was written.
"""

from __future__ import annotations

import json
from pathlib import Path

from support.fixtures_datasets import write_image


# ---------------------------------------------------------------- MediConfusion
def _pair(local1: int, local2: int, q: str, a: str, b: str, c1: str, c2: str, cat1: list, cat2: list) -> dict:
    return {
        "im_1": f"train/radiology/images/ROCO_{local1}.jpg", "im_2": f"test/radiology/images/ROCO_{local2}.jpg",
        "im_1_local": local1, "im_2_local": local2, "cap_1": " invented caption one", "cap_2": " invented caption two",
        "category_1": cat1, "category_2": cat2, "BiomedCLIP_sim": 0.91, "DINO_sim": 0.6,
        "question": q, "option_A": a, "option_B": b, "im_1_correct": c1, "im_2_correct": c2,
        "AI_question": q, "AI_option_A": a, "AI_option_B": b,
    }


MEDICONFUSION_PAIRS = {
    "90001": _pair(101, 102, "Which structure is opacified?", "The left ventricle", "The right atrium", "A", "B",
                   ["Cardiac"], ["Cardiac", "Vascular"]),
    "90002": _pair(103, 104, "What does the bowel look like?", "Dilated loops", "Normal calibre", "B", "A",
                   ["Gastrointestinal"], ["Gastrointestinal"]),
    "90003": _pair(105, 101, "Is the lesion enhancing?", "Yes, it enhances", "No enhancement", "A", "B",
                   ["Cerebral"], ["Cardiac"]),
}


def write_mediconfusion(root: Path, *, missing: int | None = None) -> Path:
    """``dataset.json`` + ``images/<local>.jpg`` (as the official scripts/download.py saves them)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "dataset.json").write_text(json.dumps(MEDICONFUSION_PAIRS, indent=4))
    locals_ = {r[k] for r in MEDICONFUSION_PAIRS.values() for k in ("im_1_local", "im_2_local")}
    for i, local in enumerate(sorted(locals_)):
        if local != missing:
            write_image(root / "images" / f"{local}.jpg", i)
    return root


# --------------------------------------------------------------- MedThink-Bench
MEDTHINK_RECORDS = [
    {"Index": 1, "QA_Type": "Diagnostic Workup",
     "question": "A man has a wide chest and a small heart shadow. Which test comes first?\nA. Chest X-ray\nB. Biopsy\nC. Genetic panel",
     "answer": "A. Chest X-ray",
     "Scoring_Points": ["A chest radiograph is the first imaging test.", "There is cardiomegaly on the film."]},
    {"Index": 2, "QA_Type": "Treatment",
     "question": "Which drug is first line? Answer Choices: (A) Drug one (B) Drug two (C) Drug three (D) Drug four",
     "answer": "C. Drug three",
     "Scoring_Points": ["A pleural effusion is present.", "Drug three is first line for this invented disease."]},
    {"Index": 3, "QA_Type": "Treatment", "question": "Name the invented syndrome.",
     "answer": "Fixture syndrome", "Scoring_Points": ["The findings fit the fixture syndrome."]},
]


def write_medthink(root: Path) -> Path:
    """``data/QA_data.json``: a JSON list of question records."""
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "data" / "QA_data.json").write_text(json.dumps(MEDTHINK_RECORDS, indent=4))
    return root


# ---------------------------------------------------------- MedXpertQA (Text)
MEDXPERT_TEXT_RECORDS = [
    {"id": "Text-1", "question": "Which invented enzyme is deficient? Answer Choices: (A) a (B) b (C) c (D) d (E) e "
                                 "(F) f (G) g (H) h (I) i (J) j",
     "options": {k: f"enzyme {k.lower()}" for k in "ABCDEFGHIJ"}, "label": "H",
     "medical_task": "Diagnosis", "body_system": "Endocrine", "question_type": "Reasoning"},
    {"id": "Text-2", "question": "Which invented nerve is injured? Answer Choices: (A) a (B) b (C) c (D) d (E) e "
                                 "(F) f (G) g (H) h (I) i (J) j",
     "options": {k: f"nerve {k.lower()}" for k in "ABCDEFGHIJ"}, "label": "B",
     "medical_task": "Basic Science", "body_system": "Nervous", "question_type": "Understanding"},
]


def write_medxpertqa_text(root: Path) -> Path:
    """``Text/test.jsonl`` (no images in the text subset)."""
    (root / "Text").mkdir(parents=True, exist_ok=True)
    (root / "Text" / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in MEDXPERT_TEXT_RECORDS))
    (root / "Text" / "dev.jsonl").write_text(json.dumps(MEDXPERT_TEXT_RECORDS[0]) + "\n")
    return root


# ------------------------------------------------------------------ M3CoTBench
M3COT_HEADER = ["index", "question", "answer", "modality", "feature", "key_conclusion", "additional_analysis",
                "question_type"]
M3COT_ROWS = [
    [1, "What abnormality is shown? Please select one option.\nA. Pleural effusion\nB. Pneumothorax\nC. Normal",
     "A", "Chest radiograph", "Blunting of the right costophrenic angle", "Right pleural effusion", None, "single"],
    [2, "Which findings are present? Please select all that apply.\nA. Cardiomegaly\nB. Effusion\nC. Fracture",
     "A, B", "Chest X-ray", "Enlarged cardiac silhouette and fluid at the base", "Cardiomegaly with effusion",
     "Heart failure can cause both", "multiple"],
    [3, "True or false: the lungs are clear.", "False", "CT scan", "Consolidation in the left lower lobe",
     "Left lower lobe pneumonia", None, "bool"],
    [4, "What is the imaging modality?", "MRI", "MRI", None, "This is an MRI", None, "short"],
]


def write_m3cot(root: Path, *, with_types: bool = True) -> Path:
    """``M3CoTBench.xlsx`` + ``images/<index>.png`` (+ the repo's ``type.xlsx``)."""
    from openpyxl import Workbook

    root.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.append(M3COT_HEADER)
    for row in M3COT_ROWS:
        sheet.append(row)
    book.save(root / "M3CoTBench.xlsx")
    if with_types:
        types = Workbook()
        types.active.append(["index", "analysis_type"])
        for row in M3COT_ROWS:
            types.active.append([row[0], "diagnosis" if row[0] < 3 else "recognition"])
        types.save(root / "type.xlsx")
    for i, row in enumerate(M3COT_ROWS):
        write_image(root / "images" / f"{row[0]}.png", i)
    return root


# ----------------------------------------------------------------- MedSG-Bench
MEDSG_RECORDS = {
    "Task1/registered_diff.json": [
        {"id": "t1-0", "task": "Registered_Diff", "images": ["images/a0.png", "images/a1.png"],
         "question": "<image>\n<image>\nFind the region that changed between the two scans.", "answer": [4, 4, 12, 10]},
        {"id": "t1-1", "task": "Registered_Diff", "images": ["images/a1.png", "images/a2.png"],
         "question": "<image>\n<image>\nFind the region that changed between the two scans.", "answer": [0, 0, 8, 8]},
    ],
    "Task3/multi_view.json": [
        {"id": "t3-0", "task": "Multi_View", "images": ["images/a0.png", "images/a2.png", "images/a1.png"],
         "question": "<image><image><image>Locate the lesion in the first view.", "answer": [10, 20, 30, 40],
         "size": [64, 48]},
    ],
}


def write_medsg(root: Path, *, image_size: int = 16) -> Path:
    """``Task*/<task>.json`` lists + the images they name (relative to the task folder)."""
    from PIL import Image

    for rel, recs in MEDSG_RECORDS.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(recs, indent=2))
        for rec in recs:
            for k, name in enumerate(rec["images"]):
                target = path.parent / name
                target.parent.mkdir(parents=True, exist_ok=True)
                Image.new("RGB", (image_size, image_size), (10 * k, 20, 30)).save(target)
    return root


# ------------------------------------------------------------------ MedRBench
MEDRBENCH_CASES = {
    "PMC0000001": {
        "raw_case": "An invented case report.",
        "generate_case": {
            "case_summary": "- **Patient Information:** 40-year-old\n- **Chief Complaint:** cough\n"
                            "- **Ancillary Tests:** chest radiograph shows a right pleural effusion.",
            "differential_diagnosis": "1. **Pleural effusion:** the radiograph shows a right pleural effusion.\n"
                                      "2. **Pneumothorax:** excluded, no pneumothorax is seen.\n\n"
                                      "Rationale for exclusion of alternative diagnoses:\n"
                                      "- Cardiomegaly is absent.",
            "final_diagnosis": "Invented effusion syndrome.",
            "diagnosis_results": "Invented effusion syndrome",
        },
        "body_category": ["Lungs and Breathing", "Heart and Circulation"], "disorder_category": ["Infections"],
        "receive_time": "2024-10-9", "checked_rare_disease": [],
    },
    "PMC0000002": {
        "raw_case": "Another invented report.",
        "generate_case": {
            "case_summary": "- **Patient Information:** 7-year-old\n- **Chief Complaint:** rash",
            "differential_diagnosis": "1. Fixture rash: the rash fits.\n2. Drug eruption: no new drugs.",
            "final_diagnosis": "Fixture rash.", "diagnosis_results": "Fixture rash",
        },
        "body_category": ["Skin"], "disorder_category": ["Rare Diseases"],
        "receive_time": "2024-11-1", "checked_rare_disease": ["Fixture rash"],
    },
}


def write_medrbench(root: Path) -> Path:
    """``diagnosis_957_cases_with_rare_disease_491.json``: a mapping PMC id -> case."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "diagnosis_957_cases_with_rare_disease_491.json").write_text(json.dumps(MEDRBENCH_CASES, indent=4))
    return root
