"""Writers for tiny, invented benchmark releases in each official schema.

Every record here is made up (no real benchmark content); images are 16x16
images drawn at test time. The record lists are module constants so tests
compute expected counts from what was written instead of hard-coding them.
Each writer returns the path a user would pass as ``data``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image


def image_bytes(seed: int = 0, fmt: str = "PNG") -> bytes:
    im = Image.new("RGB", (16, 16), ((seed * 40) % 256, (seed * 90) % 256, 120))
    buf = io.BytesIO()
    im.save(buf, format=fmt)
    return buf.getvalue()


def write_image(path: Path, seed: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = "JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    path.write_bytes(image_bytes(seed, fmt))
    return path


def write_corrupt(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n this is not really an image")
    return path


def _images(folder: Path, names: list[str], missing: str | None, corrupt: str | None) -> None:
    for i, name in enumerate(dict.fromkeys(names)):
        if name == missing:
            continue
        if name == corrupt:
            write_corrupt(folder / name)
        else:
            write_image(folder / name, i)


# --------------------------------------------------------------------- VQA-RAD
def _rad(qid, img, organ, ans, atype, qtype, q, phrase):
    return {
        "qid": qid, "image_name": img, "image_case_url": f"https://example.org/case/{qid}",
        "image_organ": organ, "answer": ans, "answer_type": atype, "question_type": qtype,
        "question": q, "question_rephrase": "NULL", "question_frame": "NULL",
        "phrase_type": phrase, "evaluation": "not evaluated",
    }


VQA_RAD_RECORDS = [
    _rad(101, "synpic100.jpg", "CHEST", "Yes", "CLOSED", "PRES", "Is the heart enlarged?", "test_freeform"),
    _rad(102, "synpic100.jpg", "CHEST", "no", "CLOSED ", "PRES", "Is a pneumothorax seen?", "test_para"),
    _rad(103, "synpic200.jpg", "HEAD", "left temporal lobe", "OPEN", "POS", "Where is the lesion?", "test_freeform"),
    _rad(104, "synpic200.jpg", "HEAD", 2, "open", "COUNT", "How many lesions are visible?", "test_para"),
    _rad(105, "synpic300.jpg", "ABD", "yes", "closed", "ABN, PRES", "Is the liver abnormal?", "test_freeform"),
    _rad(201, "synpic300.jpg", "ABD", "CT", "OPEN", "MODALITY", "What imaging modality is this?", "freeform"),
    _rad(202, "synpic100.jpg", "CHEST", "no", "CLOSED", "PRES", "Is there a rib fracture?", "para"),
    _rad(203, "synpic400.jpg", "HEAD", "axial", "OPEN", "PLANE", "Which plane is shown?", "frame"),
]
VQA_RAD_TEST_PHRASES = {"test_freeform", "test_para"}


def write_vqa_rad(root: Path, *, missing: str | None = None, corrupt: str | None = None,
                  image_dir: str = "VQA_RAD Image Folder", records: list | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    recs = VQA_RAD_RECORDS if records is None else records
    (root / "VQA_RAD Dataset Public.json").write_text(json.dumps(recs, indent=1))
    _images(root / image_dir, [r["image_name"] for r in recs], missing, corrupt)
    return root


# ------------------------------------------------------- HF parquet VQA layout
PATHVQA_ROWS = {
    "train": [("Is mitosis present?", "yes"), ("What stain is used?", "hematoxylin and eosin")],
    "validation": [("Are the nuclei enlarged?", "no")],
    "test": [
        ("Does this show necrosis?", "yes"),
        ("What type of cell is predominant?", "lymphocytes"),
        ("Is fibrosis seen?", "No"),
        ("Where is the lesion?", "the portal tract"),
    ],
}
VQA_RAD_PARQUET_ROWS = {
    "train": [("Is the aorta dilated?", "no"), ("What organ is shown?", "kidney")],
    "test": [("Is this an MRI?", "yes"), ("Which side is the mass on?", "right"), ("Is there free air?", "no")],
}


def write_hf_parquet(root: Path, rows: dict[str, list[tuple[str, str]]], *, corrupt_row: tuple[str, int] | None = None,
                     flat: bool = False) -> Path:
    """``data/<split>-00000-of-00001.parquet`` with image {bytes, path}, question, answer."""
    for split, items in rows.items():
        images = []
        for i, _ in enumerate(items):
            data = b"garbage bytes" if corrupt_row == (split, i) else image_bytes(i, "JPEG")
            images.append({"bytes": data, "path": f"{split}_{i}.jpg"})
        table = pa.table({
            "image": images,
            "question": [q for q, _ in items],
            "answer": [a for _, a in items],
        })
        target = root / f"{split}.parquet" if flat else root / "data" / f"{split}-00000-of-00001.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target)
    return root


# ----------------------------------------------------------------------- SLAKE
def _slake(qid, img_id, lang, q, a, atype, modality, location, content):
    return {
        "img_id": img_id, "img_name": f"xmlab{img_id}/source.jpg", "question": q, "answer": a,
        "q_lang": lang, "location": location, "modality": modality, "answer_type": atype,
        "base_type": "vqa", "content_type": content, "triple": ["vhead", "_", "_"], "qid": qid,
    }


SLAKE_RECORDS = {
    "test": [
        _slake(9001, 5, "en", "Which organ is abnormal?", "Liver", "OPEN", "CT", "Abdomen", "Organ"),
        _slake(9002, 5, "en", "Is this a CT scan?", "Yes", "CLOSED", "CT", "Abdomen", "Modality"),
        _slake(9003, 5, "zh", "这是CT图像吗?", "是", "CLOSED", "CT", "腹部", "Modality"),
        _slake(9004, 6, "en", "Does the lung look healthy?", "No", "CLOSED", "X-Ray", "Chest_lung", "Abnormality"),
        _slake(9005, 7, "en", "What is the largest organ shown?", "Brain", "OPEN", "MRI", "Head", "Size"),
        _slake(9006, 7, "zh", "图中最大的器官是什么?", "大脑", "OPEN", "MRI", "头部", "Size"),
    ],
    "validation": [
        _slake(8001, 6, "en", "What modality is used?", "X-Ray", "OPEN", "X-Ray", "Chest", "Modality"),
    ],
    "train": [
        _slake(7001, 8, "en", "Is there a nodule?", "No", "CLOSED", "CT", "Chest_lung", "Abnormality"),
        _slake(7002, 8, "zh", "有结节吗?", "没有", "CLOSED", "CT", "肺", "Abnormality"),
    ],
}


def write_slake(root: Path, *, missing: str | None = None, corrupt: str | None = None,
                validation_name: str = "validation.json") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    names = {"test": "test.json", "validation": validation_name, "train": "train.json"}
    all_imgs = []
    for split, recs in SLAKE_RECORDS.items():
        (root / names[split]).write_text(json.dumps(recs, ensure_ascii=False))
        all_imgs += [r["img_name"] for r in recs]
    _images(root / "imgs", all_imgs, missing, corrupt)
    return root


# ---------------------------------------------------------------- MedXpertQA MM
def _mx(i, stem, opts, label, images, task, system, qtype):
    listed = " ".join(f"({k}) {v}" for k, v in opts.items())
    return {
        "id": f"MM-{i}", "question": f"{stem}\nAnswer Choices: {listed}", "options": opts,
        "label": label, "images": images, "medical_task": task, "body_system": system,
        "question_type": qtype,
    }


_MX_OPTS = {"A": "Aortic dissection", "B": "Pericarditis", "C": "Pulmonary embolism",
            "D": "Pneumothorax", "E": "Esophageal rupture"}
MEDXPERTQA_RECORDS = {
    "test": [
        _mx(0, "A 61-year-old man has sudden tearing chest pain. Based on the image, what is the diagnosis?",
            _MX_OPTS, "A", ["MM-0-a.jpeg"], "Diagnosis", "Cardiovascular", "Reasoning"),
        _mx(1, "A child presents with a limp. Which structure is abnormal in the images?",
            {"A": "Femoral head", "B": "Tibial plateau", "C": "Patella", "D": "Fibula", "E": "Talus"},
            ["A"], ["MM-1-a.png", "MM-1-b.png"], "Basic Science", "Skeletal", "Understanding"),
        {
            "id": "MM-2",
            "question": "Which treatment is best next?\nAnswer Choices: (A) Observe (B) Biopsy (C) Excise (D) Radiate (E) Refer",
            "options": [{"letter": k, "content": v} for k, v in
                        {"A": "Observe", "B": "Biopsy", "C": "Excise", "D": "Radiate", "E": "Refer"}.items()],
            "label": "C", "images": [{"image_path": "MM-2-a.jpeg"}], "medical_task": "Treatment",
            "body_system": "Integumentary", "question_type": "Reasoning",
        },
    ],
    "dev": [
        _mx(900, "What does the ECG show?", _MX_OPTS, "B", ["MM-900-a.png"], "Diagnosis", "Cardiovascular",
            "Understanding"),
    ],
}


def write_medxpertqa(root: Path, *, missing: str | None = None, corrupt: str | None = None) -> Path:
    mm = root / "MM"
    mm.mkdir(parents=True, exist_ok=True)
    names = []
    for split, recs in MEDXPERTQA_RECORDS.items():
        (mm / f"{split}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
        for r in recs:
            names += [x["image_path"] if isinstance(x, dict) else x for x in r["images"]]
    _images(mm / "images", names, missing, corrupt)
    return root


# ------------------------------------------------------------------- MMMU med
def _mmmu(i, subject, split, q, options, answer, qtype, subfield, n_images):
    row = {
        "id": f"{split}_{subject}_{i}", "question": q, "options": repr(options), "explanation": "",
        "img_type": "['Medical Images']", "answer": answer, "topic_difficulty": "Medium",
        "question_type": qtype, "subfield": subfield,
    }
    for k in range(1, 8):
        row[f"image_{k}"] = ({"bytes": image_bytes(k, "PNG"), "path": f"img_{k}.png"} if k <= n_images else None)
    return row


MMMU_ROWS = {
    ("Clinical_Medicine", "validation"): [
        _mmmu(1, "Clinical_Medicine", "validation", "<image 1> What is the most likely finding?",
              ["Edema", "Abscess", "Infarct", "Normal"], "C", "multiple-choice", "Clinical Radiology", 1),
        _mmmu(2, "Clinical_Medicine", "validation", "Compare <image 1> and <image 2>. Which changed?",
              ["Size", "Shape", "Density"], "A", "multiple-choice", "Clinical Radiology", 2),
    ],
    ("Pharmacy", "validation"): [
        _mmmu(1, "Pharmacy", "validation", "How many milligrams are in the vial shown in <image 1>?",
              [], "250", "open", "Pharmaceutical Calculations", 1),
    ],
    ("Pharmacy", "dev"): [
        _mmmu(1, "Pharmacy", "dev", "<image 1> Which drug class is drawn?",
              ["Beta blocker", "Statin"], "B", "multiple-choice", "Pharmacology", 1),
    ],
    ("Art", "validation"): [  # not a medical subject: must be ignored
        _mmmu(1, "Art", "validation", "<image 1> Which style?", ["Baroque", "Cubism"], "A", "multiple-choice",
              "Art History", 1),
    ],
}


def write_mmmu(root: Path, rows: dict | None = None) -> Path:
    for (subject, split), items in (MMMU_ROWS if rows is None else rows).items():
        target = root / subject / f"{split}-00000-of-00001.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(items), target)
    return root


# --------------------------------------------------------------------- PMC-VQA
PMC_COLUMNS = ["Figure_path", "Question", "Answer", "Choice A", "Choice B", "Choice C", "Choice D", "Answer_label"]
PMC_ROWS = {
    "test_clean": [
        ["PMC100_F1.jpg", "What modality was used?", "Ultrasound", "A:CT", "B:MRI", "C:Ultrasound", "D:PET", "C"],
        ["PMC101_F2.jpg", "Which side is affected?", "Left", " A: Left", " B: Right", " C: Both", " D: Neither", "A"],
        ["PMC102_F3.jpg", "What does the arrow mark?", "A cyst", "A:A cyst", "B:A stone", "C:A clip", "", "A"],
    ],
    "test": [
        ["PMC100_F1.jpg", "Is contrast used?", "Yes", "A:Yes", "B:No", "C:Unclear", "D:Not applicable", "A"],
    ],
}


def write_pmc_vqa(root: Path, *, missing: str | None = None, image_dir: str = "images") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    names = []
    for split, rows in PMC_ROWS.items():
        with (root / f"{split}.csv").open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(PMC_COLUMNS)
            w.writerows(rows)
        names += [r[0] for r in rows]
    _images(root / image_dir, names, missing, None)
    return root


# ------------------------------------------------------------------ OmniMedVQA
def _omni(qid, dataset, qtype, q, gt, opts, img, modality, modality_key="modality_type"):
    rec = {"dataset": dataset, "question_id": qid, "question_type": qtype, "question": q, "gt_answer": gt,
           "image_path": img, modality_key: modality}
    rec.update({f"option_{k}": v for k, v in opts.items()})
    return rec


OMNI_RECORDS = {
    ("Open-access", "Chest Demo.json"): [
        _omni("Chest Demo_0000", "Chest Demo", "Disease Diagnosis", "What abnormality is present?", "Pneumonia",
              {"A": "Pneumonia", "B": "Normal", "C": "Cardiomegaly", "D": "Effusion"},
              "Images/Chest Demo/a.png", "X-Ray"),
        _omni("Chest Demo_0001", "Chest Demo", "Modality Recognition", "Which modality is this?", "x-ray.",
              {"A": "CT", "B": "X-ray", "C": "MRI"}, "Images/Chest Demo/b.png", "X-Ray", "modality"),
    ],
    ("Open-access", "Skin Demo.json"): [
        _omni("Skin Demo_0000", "Skin Demo", "Lesion Grading", "How severe is the lesion?", "Moderate",
              {"A": "Mild", "B": "Moderate", "C": "Severe", "D": "None"}, "Images/Skin Demo/c.jpg", "Dermoscopy"),
    ],
    ("Restricted-access", "Eye Demo.json"): [
        _omni("Eye Demo_0000", "Eye Demo", "Anatomy Identification", "Which structure is marked?", "Optic disc",
              {"A": "Macula", "B": "Optic disc"}, "Images/Eye Demo/d.png", "Fundus Photography"),
    ],
}


def write_omnimedvqa(root: Path, *, missing: str | None = None, records: dict | None = None) -> Path:
    names = []
    for (access, fname), recs in (OMNI_RECORDS if records is None else records).items():
        target = root / "QA_information" / access / fname
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(recs))
        names += [r["image_path"] for r in recs]
    _images(root, names, missing, None)
    return root


# ------------------------------------------------------------------- RadRBench
RADR_RECORDS = [
    {
        "item_id": "rr-001", "image_path": ["imgs/rr-001.png"],
        "question": "Is there a pleural effusion on this radiograph?\nOptions:\nA) Yes\nB) No",
        "answer": "<answer>A</answer>", "answer_content": "Yes", "dataset_name": "mimic",
        "reason_steps": "1. The left costophrenic angle is blunted.\n2. A meniscus sign is seen on the left.\n"
                        "3. These findings indicate a left pleural effusion.",
        "original_report": "Small left pleural effusion. No pneumothorax.",
    },
    {
        "item_id": "rr-002", "image_path": ["imgs/rr-002a.png", "imgs/rr-002b.png"],
        "question": "Compared with the prior study, how has the opacity changed?\nOptions:\nA) Improved\nB) Stable\nC) Worsened",
        "answer": "C", "answer_content": "Worsened", "dataset_name": "ms-cxr-t",
        "process": ["Identify the right lower lobe opacity on both studies.",
                    "The opacity is larger on the current study.", "Therefore it has worsened."],
        "original_report": "Increasing right lower lobe opacity concerning for pneumonia.",
    },
    {
        "item_id": "rr-003", "image_path": ["imgs/rr-003.png"],
        "question": "What device is projected over the chest?",
        "answer": "<answer>pacemaker</answer>", "answer_content": "Pacemaker", "dataset_name": "chexpert",
        "reason_steps": "Step 1: A device with leads is seen in the left chest wall. Step 2: The leads end in the heart.",
        "original_report": "Left chest wall pacemaker with leads in the right atrium and ventricle.",
    },
]


def write_radrbench(root: Path, *, write_images: bool = True, records: list | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    recs = RADR_RECORDS if records is None else records
    path = root / "radrbench_test.json"
    path.write_text(json.dumps(recs, indent=1))
    if write_images:
        _images(root, [p for r in recs for p in r["image_path"]], None, None)
    return path


# ---------------------------------------------------------------------- custom
CUSTOM_ROWS = [
    {"uid": "c1", "prompt": "Is the scan normal?", "gold": "Yes", "img": "pics/c1.png", "organ": "brain"},
    {"uid": "c2", "prompt": "Pick the modality.", "gold": "B", "img": "pics/c2.png",
     "choices": ["CT", "MRI", "X-ray"], "organ": "knee"},
    {"uid": "c3", "prompt": "Name the bone.", "gold": "femur", "img": "pics/c3.png", "organ": "leg"},
    {"uid": "c4", "prompt": "Choose the finding.", "gold": "Fracture", "img": "",
     "choices": '{"A": "Fracture", "B": "Normal"}', "organ": "wrist"},
]


def write_custom(root: Path, fmt: str = "jsonl") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for r in CUSTOM_ROWS:
        if r["img"]:
            write_image(root / r["img"])
    path = root / f"mine.{fmt}"
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in CUSTOM_ROWS))
    elif fmt == "csv":
        with path.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["uid", "prompt", "gold", "img", "choices", "organ"])
            w.writeheader()
            for r in CUSTOM_ROWS:
                row = dict(r)
                if isinstance(row.get("choices"), list):
                    row["choices"] = json.dumps(row["choices"])
                w.writerow(row)
    else:
        raise ValueError(fmt)
    return path
