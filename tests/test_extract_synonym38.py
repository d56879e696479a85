"""Options answered by another name, a value or a stated finding (session 38, lane synonym38, issue #7): a
differential of causes after the option stated ("a ring-enhancing lesion ... This could be an abscess or a glioma"),
a value inside one range option ("2.5 cm" for "2-3 cm"), an ACR short name ("TR5" for "TI-RADS 5"), a second name
("a mature cystic teratoma, also known as a dermoid cyst"), "pathognomonic for", a rival set aside after the pick ("D
is my pick over hepatocellular carcinoma"); and the near misses that keep their reading: alternatives that are
options, a value on a range boundary, two candidates left undistinguished before a call for a biopsy. Invented
texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

BRAIN = {"A": "Ring-enhancing lesion", "B": "Hydrocephalus", "C": "Midline shift only", "D": "No abnormality"}
QMAIN = "What is the main abnormality on this brain MRI?"
AORTA = {"A": "Aortic dissection", "B": "Pulmonary embolism", "C": "Aortic aneurysm", "D": "Pericardial effusion"}
MED = {"A": "Anterior mediastinum", "B": "Middle mediastinum", "C": "Posterior mediastinum", "D": "Lung parenchyma"}
SIZE = {"A": "<1 cm", "B": "1-2 cm", "C": "2-3 cm", "D": ">3 cm"}
QSIZE = "What is the size of the lesion?"
TIRADS = {"A": "TI-RADS 1", "B": "TI-RADS 2", "C": "TI-RADS 3", "D": "TI-RADS 4", "E": "TI-RADS 5"}
OVARY = {"A": "Dermoid cyst", "B": "Endometrioma", "C": "Hemorrhagic cyst", "D": "Simple ovarian cyst"}
LIVER = {"A": "Hepatic cyst", "B": "Hepatocellular carcinoma", "C": "Hemangioma", "D": "Focal nodular hyperplasia"}
HILA = {"A": "Sarcoidosis", "B": "Lymphoma", "C": "Tuberculosis", "D": "Metastases"}
QDX = "What is the most likely diagnosis?"
BIRADS = {"A": "BI-RADS 2", "B": "BI-RADS 3", "C": "BI-RADS 4", "D": "BI-RADS 5"}
STAGE = {"A": "Stage I", "B": "Stage II", "C": "Stage III", "D": "Stage IV"}
CHEST = {"A": "Pneumonia", "B": "Pulmonary edema", "C": "Atelectasis", "D": "Pleural effusion"}
MI = {"A": "Myocardial infarction", "B": "Myocarditis", "C": "Takotsubo cardiomyopathy", "D": "Amyloidosis"}


def _read(question: str, options: dict[str, str], text: str) -> str | None:
    got = extract(text, Sample(id="s38", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer


@pytest.mark.parametrize(
    ("question", "options", "text", "expected"),
    [
        (
            QMAIN,
            BRAIN,
            "The main abnormality is a ring-enhancing lesion in the left parietal lobe. This could be an abscess "
            "or a high-grade glioma or metastasis.",
            "A",
        ),
        (
            "Where is the mass located?",
            MED,
            "The mass is located in the anterior mediastinum. It could be a thymoma, lymphoma, or germ cell tumor.",
            "A",
        ),
        (QSIZE, SIZE, "The lesion measures approximately 2.5 cm in diameter.", "C"),
        (QSIZE, SIZE, "The lesion measures 4 cm.", "D"),
        (QSIZE, SIZE, "The lesion measures 1.5 cm in diameter.", "B"),
        (
            "Which of the following describes the thyroid nodule?",
            TIRADS,
            "Total: 13 points. This corresponds to TR5.",
            "E",
        ),
        ("Which of the following describes the thyroid nodule?", TIRADS, "Total 5 points, so this is TR-4.", "D"),
        (
            QDX,
            OVARY,
            "These features are pathognomonic for a mature cystic teratoma, also known as a dermoid cyst. An "
            "endometrioma would have homogeneous low-level echoes.",
            "A",
        ),
        (QDX, OVARY, "An echogenic nodule with hair lines: this is diagnostic for a dermoid cyst.", "A"),
        (
            QDX,
            LIVER,
            "A central scar that enhances late is most consistent with focal nodular hyperplasia, which is why D "
            "is my pick over hepatocellular carcinoma.",
            "D",
        ),
        (QDX, LIVER, "Focal nodular hyperplasia is preferred over hepatocellular carcinoma here.", "D"),
    ],
)
def test_option_read(question: str, options: dict[str, str], text: str, expected: str) -> None:
    assert _read(question, options, text) == expected


@pytest.mark.parametrize(
    ("question", "options", "text"),
    [
        # alternatives that are options, even named in part ("an aneurysm" for "Aortic aneurysm")
        (
            "What does this CT show?",
            AORTA,
            "The findings are consistent with either an aortic dissection or an aneurysm with mural thrombus.",
        ),
        (QMAIN, BRAIN, "There is a ring-enhancing lesion. It could be causing hydrocephalus or only a midline shift."),
        # a value on the boundary of two ranges settles neither
        (QSIZE, SIZE, "The lesion measures 2 cm."),
        # two candidates left undistinguished, then a call for tissue
        (
            QDX,
            HILA,
            "The 1-2-3 node pattern is classic for sarcoidosis, but lymphoma can look identical. Without tissue "
            "sampling, it is not possible to distinguish between A and B on this image alone. A biopsy would be "
            "needed.",
        ),
        # a second name denied is no pick
        (QDX, OVARY, "This is not a mature cystic teratoma, also known as a dermoid cyst."),
        # a value on a cut-off, or only the option's words ("1 cm" in "1.4 cm"), settles none
        (QSIZE, SIZE, "The lesion is about 1 cm."),
        (QSIZE, SIZE, "The lesion measures 3 cm."),
        # a differential after the pick naming options by numeral, abbreviation or lay word keeps it open
        ("What BI-RADS category should be assigned?", BIRADS, "BI-RADS 4 or 5."),
        ("What BI-RADS category should be assigned?", BIRADS, "BI-RADS 4. It could be a 4 or a 5, though."),
        ("What is the stage?", STAGE, "Likely stage III; it may be II or IV."),
        (QDX, HILA, "Most likely sarcoidosis. It could be TB or mets."),
        (QDX, CHEST, "Likely pneumonia. It could be collapse or fluid."),
        (QDX, CHEST, "Probably atelectasis. It could be an infection or fluid overload."),
        (QDX, LIVER, "Likely a hemangioma. It could be an HCC or FNH."),
    ],
)
def test_no_option_read(question: str, options: dict[str, str], text: str) -> None:
    assert _read(question, options, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hepatocellular carcinoma is less fitting; FNH is chosen over hepatocellular carcinoma.",
        # the rival the only option named: no fallback reads it
        "FNH is favoured over hepatocellular carcinoma.",
        "FNH is chosen over hepatocellular carcinoma.",
    ],
)
def test_rival_after_pick_never_chosen(text: str) -> None:
    assert _read(QDX, LIVER, text) != "B"


def _read_long(text: str) -> None:
    _read(QSIZE, SIZE, text)
    _read(QDX, OVARY, text)
    _read(QDX, HILA, text)


@pytest.mark.parametrize(
    "text",
    [
        rep("a ", 10000, tail="would be needed."),
        rep("also known as a ", 1300),
        rep("could be a ", 2000, tail="or b"),
        rep("my pick over ", 1500),
        rep("2-", 10000, tail=" cm"),
        rep("not possible to distinguish between a and ", 500),
        # a chain of second names, each an option's ("..., aka a endometrioma, aka a endometrioma"): renamed once
        rep(",aka a endometrioma", 1100),
        rep(", also known as a dermoid cyst", 700),
        rep("1.4 cm, ", 2500),
    ],
    ids=[
        "further-test",
        "renamed",
        "offered",
        "picked-over",
        "range",
        "between",
        "aka-chain",
        "renamed-chain",
        "values",
    ],
)
def test_long_inputs_stay_fast(text: Grown[str]) -> None:
    reads_linearly(_read_long, text)
