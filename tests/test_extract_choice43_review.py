"""Review of lane choice43: a swapped finding name names an option only through the concept's own name (a broad
entry lists kinds, not synonyms), and a closing option line whose remark sets it against another, describes it in
general or marks it for exclusion is no answer."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(text: str, options: dict[str, str]) -> str | None:
    got = extract(text, Sample(id="r43", question="Which is the most likely diagnosis?", answer="A",
                               answer_type=AnswerType.CHOICE, options=options))
    return got.answer


_RP = {"A": "Retroperitoneal liposarcoma", "B": "Retroperitoneal lymphoma", "C": "Renal angiomyolipoma",
       "D": "Adrenal carcinoma"}
_POST = {"A": "Postoperative seroma", "B": "Postoperative hematoma", "C": "Postoperative abscess", "D": "Anastomotic leak"}
_PF = {"A": "Cerebellar medulloblastoma", "B": "Fourth ventricle ependymoma", "C": "Cerebellar hemangioblastoma",
       "D": "Brainstem glioma"}
_HIP = {"A": "Displaced intertrochanteric fracture", "B": "Displaced femoral neck fracture", "C": "Pubic ramus fracture",
        "D": "Greater trochanter bursitis"}
_LOBE = {"A": "Left upper lobe collapse", "B": "Left lower lobe collapse", "C": "Left pleural effusion",
         "D": "Left pneumothorax"}
_SCR = {"A": "Epididymo-orchitis", "B": "Hydrocele", "C": "Varicocele", "D": "Testicular torsion", "E": "Seminoma"}


@pytest.mark.parametrize("text, options, want", [
    ("No macroscopic fat, grows from the IVC wall.\n\nMost likely: retroperitoneal leiomyosarcoma.", _RP, None),
    ("Simple fluid after node dissection.\n\nFinal answer: postoperative lymphocele.", _POST, None),
    ("Fluid near the bed.\n\nFinal answer: a postoperative collection.", _POST, None),
    ("Cyst with a mural nodule.\n\nFinal answer: cerebellar astrocytoma.", _PF, None),
    ("Shortened, externally rotated leg.\n\nFinal answer: a displaced hip fracture.", _HIP, None),
    # kept: the concept's own name for another of its names
    ("Fat-containing mass.\n\nAnswer: retroperitoneal sarcoma.", _RP, "A"),
    ("Veil-like haze.\n\nImpression: left upper lobe atelectasis.", _LOBE, "A"),
])
def test_swapped_name_through_the_concepts_own_name(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options) == want


@pytest.mark.parametrize("text, want", [
    ("Let me think about the differential.\n\nE) Seminoma — typically homogeneous hypoechoic.", None),
    ("Likely torsion vs epididymitis.\n\nD) Testicular torsion — versus A.", None),
    ("Normal flow, painful testis.\n\nD) Testicular torsion — the one to rule out first.", None),
    ("Painful swelling.\n\nE) Seminoma — the diagnosis we must exclude.", None),
    # kept
    ("Absent intratesticular flow.\n\nD) Testicular torsion — emergency exploration.", "D"),
    ("Hyperaemia of the epididymis.\n\nA) Epididymo-orchitis — the usual cause in adults.", "A"),
])
def test_closing_line_remark_that_walks_a_differential(text: str, want: str | None) -> None:
    assert _read(text, _SCR) == want
