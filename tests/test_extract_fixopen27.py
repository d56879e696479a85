"""The narrowing of open answers (``extract/open_phrase.py``) after review27: reported claims, words holding a verdict
open, denied locations, bold modifiers and set-aside bold terms are no mark; self-correction is no mark.

The reviewer's 106 probes (``support.openphrase27_probes``) must read right or as main read them, never as a wrong
candidate; those main already read wrongly (earlier readers) are strict xfails. The texts below are new adversarial
probes in words of this file.
"""

from __future__ import annotations

import pytest

import support.openphrase27_probes as probes
from medstep.extract import extract
from medstep.extract.open_phrase import answer_phrase
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample

DX = "What is the diagnosis?"
AB = "What is the abnormality?"
WHERE = "Where is the tip of the line?"


def _read(i: int) -> tuple[str | None, bool, list[str]]:
    pr = probes.P[i]
    sample = Sample(id=f"fo27-{i}", question=pr["q"], answer=pr["gold"] or "none", answer_type=AnswerType.OPEN)
    answer = extract(pr["text"], sample).answer
    ok = bool(answer) and pr["gold"] is not None and grade_open(answer, pr["gold"], pr["q"]).matched
    wrong = [w for w in pr["wrong"] if answer and grade_open(answer, w, pr["q"]).matched]
    return answer, ok, wrong


_CASES = [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="main reads it wrongly too: an earlier reader "
                                                  "(lead before a dash, open_text) takes a discourse word, an image "
                                                  "name or a denied lead; not the narrowing"))
          if i in probes.WRONG_ON_MAIN else i for i in range(len(probes.P))]


# The reviewer's borderline probes: the narrowed reading holds the right answer with a qualifier the grader's ladder
# refuses ("cavitating squamous cell carcinoma"); they count as right when every word of the gold is in the reading.
_BORDERLINE = frozenset({66, 72, 104})


@pytest.mark.parametrize("i", _CASES)
def test_review_probe_reads_right_or_as_main(i: int) -> None:
    answer, ok, wrong = _read(i)
    assert not wrong, (probes.P[i]["text"], answer)
    if i in _BORDERLINE:
        ok = answer is not None and set(probes.P[i]["gold"].split()) <= set(answer.split())
    assert ok or answer == probes.MAIN[i], (probes.P[i]["text"], answer, probes.MAIN[i])


# Texts where no phrase may be singled out: (question, reply).
NO_MARK = [
    # A: a frame inside a reported or earlier claim
    (DX, "My colleague says this is a lipoma. On the fat-suppressed images the mass enhances avidly and has septa."),
    (DX, "The outside report states this is a chondroma; the cortex here is destroyed with a soft tissue component."),
    (DX, "The ward team suspected this is gout. The joint shows marginal erosions with overhanging edges and tophi."),
    (DX, "Last year the radiologist thought this is a benign cyst. Today the lesion shows a thick nodular wall."),
    (DX, "According to the referral this is an abscess. Gas and a fluid level are not seen in the collection today."),
    (DX, "Previously this was read as a granuloma. The nodule has grown to 2 cm with a spiculated margin over a year."),
    (DX, "The old film was reported as a bronchocele; it now appears that the opacity is a mucus-filled airway."),
    # B: held open by words of their own
    (DX, "I'd call this a meningioma, yet a dural metastasis stays possible with this enhancement pattern seen."),
    (DX, "This appears to be a hamartoma with popcorn calcification; carcinoid remains a consideration here too."),
    (DX, "This is an osteoid osteoma in the tibial cortex; Brodie abscess is still on the list for this lesion."),
    (DX, "This looks like a thymoma in the anterior mediastinum, whereas the fat content would favour a teratoma."),
    (DX, "This is most in keeping with colitis; ischaemia is a possibility in an older patient with this pattern."),
    # C: a denied location to a where-question
    (WHERE, "The tip is not located in the right atrium; it sits higher up in the brachiocephalic vein on this film."),
    (WHERE, "The catheter tip isn't located in the superior vena cava and has looped back into the jugular vein."),
    (WHERE, "The line was previously located in the superior vena cava but it has since migrated after the transfer."),
    # D: "so it's" after an early cue is no self-correction mark
    (AB, "At first glance the abdomen looks quiet, so it's a subtle study: there is free air under the diaphragm."),
    (AB, "Initially check the lines: the feeding tube is in the stomach, so it's well sited, and there is a left effusion."),
    (DX, "At first sight the bones look normal, so it's easy to miss the scaphoid waist fracture on the oblique view."),
    (DX, "Initially I suspected gout. The crystals were negative on aspiration. So it's pseudogout in this knee joint."),
    # E: a bold modifier or a bold term set aside
    (AB, "The **right** kidney shows moderate hydronephrosis with a dilated pelvis and calyces on this ultrasound."),
    (AB, "There is a 2 cm nodule in the left lower lobe. **Immediate** referral to the chest clinic is advised today."),
    (AB, "There is a **large** collection in the right flank displacing the kidney forward on the axial images."),
    (AB, "Previously seen **consolidation** has resolved. The current study shows a new right pleural effusion."),
    (AB, "**Pneumothorax** is no longer present. The current film shows a new left lower lobe collapse instead now."),
    (AB, "The **distal femur** fracture extends into the joint with a lipohaemarthrosis on the lateral view here."),
    (AB, "The **hip** view is limited by rotation; there is a displaced fracture of the femoral neck on the right side."),
    (DX, "The history of **lymphoma** is noted. Today there are enlarged hilar nodes with perilymphatic nodules seen."),
    (AB, "**Cardiomegaly** is not seen; the mediastinum is widened with an abnormal aortic knuckle on this film."),
]


@pytest.mark.parametrize(("question", "text"), NO_MARK)
def test_no_phrase_is_singled_out(question: str, text: str) -> None:
    assert answer_phrase(text, question, text) is None


# Texts the narrowing still reads: (question, reply, phrase).
MARKED = [
    ("Which organ is enlarged?", "The **spleen** is enlarged, measuring 18 cm craniocaudally, with a uniform texture.",
     "spleen"),
    ("How many drains are there?", "There are **3** surgical drains in the right upper quadrant and pelvis on this film.",
     "3"),
    (DX, "The appendix is dilated with surrounding fat stranding and an appendicolith. This is acute appendicitis."
     " Surgical review is advised.", "acute appendicitis"),
    ("Where is the lesion?", "A well-circumscribed enhancing mass is seen, located in the right cerebellopontine angle "
     ", abutting the pons.", "the right cerebellopontine angle"),
    # a bold closing its own sentence: a denial in the next sentence is of another thing
    (AB, "**Left pleural effusion.** The costophrenic angle is blunted and there is no mediastinal shift on this film.",
     "Left pleural effusion."),
    # "post" describing the finding ("post-stenotic") is no earlier time for a frame
    (DX, "The stenosis is tight with post-stenotic dilatation of the vessel beyond it. This is renal artery stenosis.",
     "renal artery stenosis"),
    # a generic lead ("These findings — ...") is no candidate
    (DX, "These findings — a thickened wall and pericholecystic fluid around the stones — are most consistent with acute "
     "cholecystitis.", "acute cholecystitis"),
]


@pytest.mark.parametrize(("question", "text", "phrase"), MARKED)
def test_a_marked_phrase_is_still_read(question: str, text: str, phrase: str) -> None:
    assert answer_phrase(text, question, text) == phrase
