"""A choice reply cut while it weighed the options (session 59, lane choice59, issue #7).

A reply stopped inside a word ("... with air bronch") is cut (``cut.mid_word`` joins ``choice_reader._stops_mid_clause``);
the option heading the discussion that was cut ("Option C — Pneumonia: ...") is no answer read by the last mention
(``last_mention`` joins the readings checked, ``choice_reader._CUT_READ``); and a finished sentence before the cut that
only weighs an option (a class described in general, what it would or usually shows: ``extract/weighed_option.py``)
does not state it. A reply that committed before the cut keeps its answer."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.mentions import option_index
from medstep.extract.weighed_option import weighed
from medstep.types import AnswerType, Sample, Status

_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Pulmonary edema"}
_BRAIN = {"A": "Meningioma", "B": "Glioblastoma", "C": "Metastasis", "D": "Abscess", "E": "Lymphoma"}
_BONE = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Osteoblastoma"}
_Q = "What is the most likely diagnosis?"


def _choice(text: str, options: dict[str, str]) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="c", question=_Q, answer="x", answer_type=AnswerType.CHOICE, options=options))
    return e.answer, e.status


_TRUNCATED = (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "options"), [
    # the walk cut inside the heading option's discussion, out of letter order (was C by last_mention)
    ("Going through them.\n\nOption A — Pneumothorax: no pleural line.\n\nOption D — Pulmonary edema: no septal "
     "lines, no effusions.\n\nOption C — Pneumonia: The dense opacity with air bronch", _CHEST),
    ("**Meningioma (A)**: extra-axial, not this.\n**Lymphoma (E)**: periventricular, but the rim argues against.\n"
     "**Glioblastoma (B)**: The irregular thick rim and necro", _BRAIN),
    # classes described in general, then cut before the verdict (was A / D by option_text)
    ("Considering each option in turn. Osteoid osteoma is a small lucent nidus with surrounding sclerosis. A Brodie "
     "abscess is a lucent lesion with a sclerotic rim that may show a channel toward the growth plate. Here the lucent "
     "focus in the tibial cortex appears", _BONE),
    ("An abscess is a ring-enhancing lesion with a smooth wall and central restricted diffusion. Here the wall looks "
     "thicker than I would expect, and the diffusion sequence shows", _BRAIN),
    # what an option would usually show, then cut (was C by option_text)
    ("A stress fracture is a linear sclerotic band across the cortex. On this radiograph the cortex of the tibia has",
     _BONE),
])
def test_cut_while_weighing_is_truncated(text: str, options: dict[str, str]) -> None:
    assert _choice(text, options) == _TRUNCATED


@pytest.mark.parametrize(("text", "options", "letter"), [
    # committed before the cut, in a sentence naming the case, or softly with "would be"
    ("This is classically seen in osteoid osteoma, and the nidus here measures 8 mm. A stress fracture would show a "
     "linear band across the cort", _BONE, "A"),
    ("The findings would be most consistent with a pleural effusion. A pneumothorax would show a visceral pleural "
     "line, which is abse", _CHEST, "B"),
    ("Metastasis is the most likely diagnosis given multiple lesions at the grey-white junction. Lymphoma usually "
     "enhances homogeneously and tends to be periventric", _BRAIN, "C"),
    ("There is a large right pleural effusion with a meniscus. Pneumothorax is excluded because lung markings reach "
     "the periphery. Pneumonia would show air bronch", _CHEST, "B"),
    # a finding said to be classically seen in the option: stated, not weighed (review of lane choice59)
    ("A lucent nidus with dense surrounding sclerosis is classically seen in osteoid osteoma. The nidus here measures "
     "8 mm, and the sclerosis around it is extens", _BONE, "A"),
    ("A meniscus at the costophrenic angle is typically due to a pleural effusion. The left hemidiaphragm is obscur",
     _CHEST, "B"),
    ("Final answer: D\n\nExplanation: the lesion is expansile and larger than 2 cm. Osteoid osteoma is usually under "
     "1.5 cm; a stress fracture would sho", _BONE, "D"),
])
def test_committed_before_the_cut_stands(text: str, options: dict[str, str], letter: str) -> None:
    assert _choice(text, options) == (letter, Status.SCORED)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A pneumothorax is a collection of air in the pleural space.", True),
    ("An oval mass would usually be a pleural effusion, whereas a lobar opacity would push toward pneumonia.", True),
    ("On a supine film a pneumothorax would be anterior if present.", True),
    ("This would be most consistent with a pleural effusion.", False),
    ("Lobar air bronchograms are commonly seen in pneumonia.", False),
    ("Pneumonia usually shows lobar air bronchograms.", True),
    ("This is typically a pleural effusion here.", False),
    ("There is a pleural effusion.", False),
    ("No option is named here.", False),
])
def test_weighed(sentence: str, expected: bool) -> None:
    assert weighed(sentence, option_index(_CHEST)) is expected


def test_weighed_is_linear_on_a_long_clause() -> None:
    import time
    text = "Pneumonia would show a lobar opacity and pneumothorax would show a line. " * 1500
    weighed(text[:200], option_index(_CHEST))  # (the patterns and tables compiled once, outside the timing)
    start = time.perf_counter()
    weighed(text, option_index(_CHEST))
    assert time.perf_counter() - start < 0.5
