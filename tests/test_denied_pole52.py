"""The asked pole denied by the concluding clause (issue #7, session 52, lane closed52).

"This appears to be a benign seborrheic keratosis: ... No features concerning for malignancy are seen." to "Is this
skin lesion malignant?": the reply's concluding sentence (``extract/asked_value.py``) gives the asked property no
value the pair reader reads ("no features of malignancy" states no pole of its own), yet it denies the asked pole:
a denial of a noun ("no", "without") opens the clause and governs the pole a few words on. The asked value is then
not held (no). Advice after it takes nothing back ("..., although removal ... is still recommended.").

Near misses stay unread: a doubt or "cannot exclude" after it, a hedge inside it, the OTHER pole denied ("No benign
features are seen." says what is not, not what is), "Not clearly malignant." (a doubt, not a noun's denial), another
pole elsewhere in the sentence. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked_value import read_value
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, gold: str = "no") -> tuple[str | None, str, str]:
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value, ext.rule


_SK = ("This appears to be a benign seborrheic keratosis: it has a waxy, stuck-on appearance with well-defined "
       "borders and milia-like cysts. ")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is this skin lesion malignant?", _SK + "No features concerning for malignancy are seen."),
        ("Is this skin lesion malignant?", "The lesion is symmetric. No features concerning for malignancy are seen."),
        ("Does this colonoscopy image show malignancy?",
         "The image shows a small sessile polyp with a regular pit pattern. Overall, there are no features suggesting "
         "malignancy; this appearance is consistent with a hyperplastic polyp, although removal and histological "
         "examination are still recommended."),
        ("Is the lesion malignant?", "Smooth margins and a thin capsule. Without any sign of malignancy."),
    ],
)
def test_asked_pole_denied_reads_no(question: str, text: str) -> None:
    assert _read(question, text) == ("no", "scored", "implicit_value")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is this skin lesion malignant?",
         "The lesion is symmetric. No features of malignancy are seen, but a biopsy cannot exclude it."),
        ("Is this skin lesion malignant?",
         "The lesion is symmetric. No obvious features of malignancy, although it may be early."),
        ("Is this skin lesion malignant?", "The lesion is asymmetric. No benign features are seen."),
        ("Is this skin lesion benign?", "The lesion is symmetric. No features concerning for malignancy are seen."),
        ("Is this skin lesion malignant?", "Not clearly malignant."),
        ("Is this skin lesion malignant?", "No features of malignancy, yet it is not clearly benign either."),
        ("Is there a fracture of the foot?", "No fracture of the metatarsals."),
        # the denial placed in another part: not the asked subject's (review of session 52)
        ("Is the renal lesion malignant?",
         "No features of malignancy in the liver; the renal lesion is suspicious for renal cell carcinoma."),
        ("Is the kidney mass malignant?",
         "No evidence of malignancy in the adrenal glands; the kidney mass is indeterminate."),
        ("Is the breast mass malignant?",
         "No signs of malignancy in the axilla; the mass itself is spiculated and highly suspicious."),
    ],
)
def test_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_read_value_directly() -> None:
    assert read_value("The lesion is symmetric. No features concerning for malignancy are seen.",
                      "Is the lesion malignant?") == "no"
    assert read_value("The lesion is symmetric. No features concerning for malignancy are seen.",
                      "Is the lesion benign?") is None
    # placed in the asked subject or in the image, the denial stays the subject's
    assert read_value("No features of malignancy in this lesion.", "Is the lesion malignant?") == "no"
    assert read_value("No features of malignancy on this image.", "Is the lesion malignant?") == "no"
