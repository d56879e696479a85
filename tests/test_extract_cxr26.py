"""Multiple-choice answers in the free-form style of general chat models, session 26 (issue #7), in sentences of our
own.

* A letter handed over at the end of its sentence ("...: C.", "... — B.") followed only by advice that names no
  option and turns nothing (``extract/trailing.py``); and an option's text labelled with its letter in a "This is
  (simply) a ..." sentence before such advice.
* A contracted negation after an option ("X isn't the answer") rejects it as "X is not the answer" does.
* "no <feature> in/within <place> to suggest X" denies X (``implicit_words.DENIED_LINK``).
* "A and B are about equally likely" keeps both open.
* Rules withdrawn after review ("..., which would be option X", "make X the clear choice", "— option X." before
  rejections, a comma frame before "it's X", a closing "Option X:" heading, a differential stripped after the pick,
  "both" after any place preposition): their misreadings, in new words, must not read as the option they name.

Each beside near misses that must stay unread (a turn, a question or another option after the letter).
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_LUNG = {"A": "Pleural effusion", "B": "Lobar pneumonia", "C": "Lobar collapse", "D": "Hilar mass"}
_GUT = {"A": "Small bowel obstruction", "B": "Free intraperitoneal gas", "C": "Sigmoid volvulus", "D": "Normal study"}
_SKIN = {"A": "Surgical emphysema", "B": "Skin crease", "C": "Pneumothorax", "D": "Large bulla"}
_BONE = {"A": "Osteosarcoma", "B": "Simple bone cyst", "C": "Giant cell tumour", "D": "Stress fracture"}
_HIP = {"A": "Transient synovitis", "B": "Septic arthritis", "C": "Perthes disease", "D": "Slipped epiphysis"}
_TUBE = {"A": "Too high", "B": "Satisfactory", "C": "In the right main bronchus", "D": "In the oesophagus"}
_DIA = {"A": "Lobar collapse", "B": "Subpulmonic effusion", "C": "Phrenic nerve palsy", "D": "Raised left hemidiaphragm"}


def _read(text: str, options: dict[str, str], question: str = "What is the most likely finding?") -> str | None:
    got = extract(text, Sample(id="cxr26", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, options, want", [
    # the letter closes its sentence after a colon or a dash, then advice naming no option
    ("The fissure is pulled down and the trachea tilts toward the dense side: that is volume loss: C. A bronchoscopy "
     "should look for what blocks the bronchus.", _LUNG, "C"),
    ("Gas outlines the bowel wall inside and out and sits under the right dome — B. Keep him nil by mouth and call the "
     "surgeons.", _GUT, "B"),
    ("Counting the ribs, the domes sit low and straight, nothing else stands out — so this reads as a normal film — D. "
     "Repeat it only if symptoms change.", _GUT, "D"),
    # near misses: a turn, a revision, a question or another option named after the letter
    ("The fissure is pulled down and the trachea tilts toward the dense side: that is volume loss: C. But a hilar "
     "lesion could be hiding behind it.", _LUNG, "not C"),
    ("The fissure is pulled down and the trachea tilts toward the dense side: that is volume loss: C. Actually, the "
     "volume looks preserved on the lateral view.", _LUNG, "not C"),
    ("The fissure is pulled down and the trachea tilts toward the dense side: that is volume loss: C. Is the hilum "
     "itself bulky, though?", _LUNG, "not C"),
    ("The fissure is pulled down and the trachea tilts toward the dense side: that is volume loss: C. A pleural "
     "effusion sits at the base as well.", _LUNG, "not C"),
])
def test_letter_before_advice(text: str, options: dict[str, str], want: str) -> None:
    got = _read(text, options)
    assert (got != want[4:]) if want.startswith("not ") else got == want


@pytest.mark.parametrize("text, options, want", [
    # "This is (simply) a <option text> (<letter>)." then advice
    ("The left dome stands three fingers above the right and the base is clear. This is simply a raised left "
     "hemidiaphragm (D). Fluoroscopy with a sniff would show whether the nerve works.", _DIA, "D"),
    ("The cortex is thin but unbroken and a fallen fragment lies in the lesion's floor. This is clearly a simple bone "
     "cyst (B). It may heal on its own once it fractures.", _BONE, "B"),
    # near miss: a revision after it
    ("The left dome stands three fingers above the right and the base is clear. This is simply a raised left "
     "hemidiaphragm (D). Wait, the lateral view shows a flat fluid level: subpulmonic effusion (B).", _DIA, "B"),
])
def test_labelled_statement_before_advice(text: str, options: dict[str, str], want: str) -> None:
    got = _read(text, options)
    assert (got != want[4:]) if want.startswith("not ") else got == want


@pytest.mark.parametrize("text, options, want", [
    # a contracted negation after the option rejects it
    ("The density is wedge shaped and the fissure has moved, so lobar pneumonia isn't the primary answer.", _LUNG,
     "not B"),
    ("Pleural effusion isn’t what this shows; the fissure has moved toward the density.", _LUNG, "not A"),
    ("Lobar pneumonia wasn't my first thought; the shrunken lobe and the shifted fissure point to lobar collapse.",
     _LUNG, "C"),
])
def test_contracted_negation_rejects(text: str, options: dict[str, str], want: str) -> None:
    got = _read(text, options)
    assert (got != want[4:]) if want.startswith("not ") else got == want


@pytest.mark.parametrize("text, options, want", [
    # "no <feature> within <place> to suggest X": X denied, the option chosen first stands
    ("A skin crease looks most likely: the edge is broad and markings cross it. There is no gas within the soft "
     "tissues to suggest surgical emphysema.", _SKIN, "B"),
    ("A skin crease looks most likely. There is no lucency along the chest wall that would indicate surgical "
     "emphysema.", _SKIN, "B"),
    # near miss: the feature stated, not denied
    ("There is gas within the soft tissues of the neck, typical of surgical emphysema.", _SKIN, "A"),
    # near miss: "within" a possessive is a view, not a place: no denial ("no question within our review ... anything
    # but the answer" affirms)
    ("There is no question within our review to suggest a lobar pneumonia is anything but the answer.", _LUNG, "B"),
])
def test_denied_link_with_place(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


def test_denied_link_with_place_closed() -> None:
    got = extract("There is no gas within the bowel wall to suggest pneumatosis.",
                  Sample(id="cxr26", question="Is there pneumatosis intestinalis?", answer="no",
                         answer_type=AnswerType.CLOSED))
    assert got.answer in ("no", None)


# Rules tried this session and withdrawn (review of lane cxr26): each read a letter or an option after a lead-in that
# judged, negated, supposed, attributed or asked it. None of these may read as the option they name.
@pytest.mark.parametrize("text, options, wrong", [
    # "..., which would be option X" after a negation
    ("No rib fracture is seen, and no lobar collapse either, which would be option C.", _LUNG, "C"),
    # "make(s) X the clear choice" under a restricting adverb, a generic subject or a question
    ("Only a high fever would make septic arthritis the clear choice; this boy is afebrile.", _HIP, "B"),
    ("A mild limp seldom makes septic arthritis the clear choice.", _HIP, "B"),
    ("Some registrars make septic arthritis the clear choice too early; the count is normal here.", _HIP, "B"),
    # "— option X." then that very option rejected, or a supposing or asking lead-in
    ("A hurried reader might put — option C. Yet the tip is not in the right main bronchus (C).", _TUBE, "C"),
    ("Were the tube deeper — option C. It is not too high (A) either.", _TUBE, "C"),
    # a letter after a lead-in that calls it wrong or least likely, before advice
    ("The usual wrong pick here is: C. The lobe keeps its volume and the fissure has not moved.", _LUNG, "C"),
    ("Least likely of the four — C. Treat and repeat the film in six weeks.", _LUNG, "C"),
    # "both" after a place preposition, not before an anatomical noun
    ("I cannot split them; looking over both, lobar collapse (C).", _LUNG, "C"),
])
def test_withdrawn_rules_read_nothing_wrong(text: str, options: dict[str, str], wrong: str) -> None:
    got = _read(text, options, "Where is the endotracheal tube tip?" if options is _TUBE else
                "What is the most likely finding?")
    assert got != wrong




@pytest.mark.parametrize("text, want", [
    # two letters called about equally likely: kept open
    ("The round density could be either. Without the history, B and C are about equally likely; a CT would settle it.",
     "ambiguous"),
    ("I keep going back and forth: A and D are roughly equally likely from a single frontal film.", "ambiguous"),
    # near miss: one chosen
    ("B and C were about equally likely at first glance, but the fissure has moved, so the answer is C.", "C"),
])
def test_about_equally_likely(text: str, want: str) -> None:
    assert _read(text, _LUNG) == want
