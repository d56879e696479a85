"""Multiple-choice answers, session 28 (issue #7): an option read only as what ANOTHER class shows, in sentences of
our own.

"What defines a grade 3 injury?" — "... Grade 4 shows <option D's text>."; "Which feature suggests a BENIGN ulcer?"
— "... Malignant ulcers show <option C's text>.": the option is named as another grade's or the other pole's, so the
reply is ``ambiguous``, never that option (``extract/other_class.py``). Each beside a near miss read as before.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_AC = {"A": "Sprain of the AC ligament only", "B": "AC ligament torn, coracoclavicular ligaments intact",
       "C": "Both AC and CC ligaments torn with wide displacement", "D": "Clavicle displaced posteriorly through trapezius"}
_UL = {"A": "Irregular ulcer crater", "B": "Nodular folds ending short of the crater", "C": "Ulcer within a mass",
       "D": "Ulcer projecting beyond the gastric lumen"}
_Q3 = "Which description fits a grade 3 acromioclavicular separation?"
_QB = "Which barium finding points to a benign gastric ulcer?"


def _read(text: str, options: dict[str, str], question: str) -> str | None:
    got = extract(text, Sample(id="s28", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, options, question, want", [
    # the option named only as what another grade / the other pole shows
    ("With a grade 3 separation both ligament groups give way and the clavicle rides high. Grade 4 shows the clavicle "
     "displaced posteriorly through trapezius.", _AC, _Q3, "ambiguous"),
    ("Both ligament groups fail here; in grade IV the clavicle displaced posteriorly through trapezius is typical.",
     _AC, _Q3, "ambiguous"),
    ("A benign crater juts out past the expected contour with a thin lucent collar. Malignant ulcers show an ulcer "
     "within a mass and clubbed folds.", _UL, _QB, "ambiguous"),
    ("Smooth folds radiating to the crater edge favour benignity, whereas a malignant one is an ulcer within a mass.",
     _UL, _QB, "ambiguous"),
    # near misses: the asked class named with the option, no class asked, the letter given, the other pole asked
    ("Grade 3 shows both AC and CC ligaments torn with wide displacement.", _AC, _Q3, "C"),
    ("Grade 4 shows the clavicle displaced posteriorly through trapezius.", _AC,
     "Which description fits this separation?", "D"),
    ("Grade 4 shows the clavicle displaced posteriorly through trapezius, which is not this. Answer: C", _AC, _Q3, "C"),
    ("Benign ulcers show an ulcer projecting beyond the gastric lumen.", _UL, _QB, "D"),
    ("Malignant ulcers show an ulcer within a mass.", _UL, "Which barium finding points to a malignant gastric ulcer?",
     "C"),
    ("Unlike malignant lesions, this is an ulcer projecting beyond the gastric lumen.", _UL, _QB, "D"),
])
def test_option_tied_to_another_class(text: str, options: dict[str, str], question: str, want: str) -> None:
    assert _read(text, options, question) == want


_CX = {"A": "Pneumonia", "B": "Atelectasis", "C": "Effusion", "D": "Mass"}


@pytest.mark.parametrize("text, want", [
    # a bare closing letter beside an answer line naming another option: two answer lines
    ("Answer: B. The fissure is drawn up with loss of volume.\n\n**D**", "ambiguous"),
    ("The answer is B, collapse, given the loss of volume.\n\n**D**", "ambiguous"),
    # near misses: the same letter closing, a closing letter with no answer line before it
    ("Answer: B. The fissure is drawn up with loss of volume.\n\n**B**", "B"),
    ("The fissure is drawn up with loss of volume.\n\n**B**", "B"),
])
def test_closing_letter_beside_another_answer_line(text: str, want: str) -> None:
    assert _read(text, _CX, "Which is the most likely diagnosis?") == want


_IM = {"A": "Plain radiograph", "B": "MRI", "C": "Bone scan", "D": "Ultrasound"}


@pytest.mark.parametrize("text, want", [
    # the rival named in a time comparison is compared, not stated: no wrong letter
    ("MRI shows the marrow oedema within days, long before a plain radiograph shows anything.", "unparsed"),
    ("MRI picks up the marrow oedema within days, long before a plain radiograph shows anything.", "B"),
    ("Marrow oedema shows on MRI within days, well before the plain radiograph changes.", "B"),
    # near misses: the option stated plainly; "until proven otherwise" keeps its option
    ("A plain radiograph shows periosteal reaction.", "A"),
    ("Treat it as osteomyelitis on the plain radiograph until proven otherwise.", "A"),
])
def test_rival_in_a_time_comparison(text: str, want: str) -> None:
    assert _read(text, _IM, "Which test shows early osteomyelitis first?") == want
