"""The scope of a yes, and the "No, wait, ..." of a self-correction (issue #7, session 52, lane closed52).

* A yes answers only where the proposition it governs (the rest of its sentence, or the sentence it introduces)
  is about the asked thing or empty (``extract/verdict_scope.py``): "So yes, this is a nevus." to "Is this
  melanoma?" affirms another identity, "Based on these features, yes, a biopsy is recommended." advice; neither is
  the answer. The lead ("Yes, ..."), the concluding adverb ("so yes, ...") and the closing sentence's set-off yes
  are read the same way.
* A verdict word right before a revision cue ("... looks benign. No, wait, looking again at the border, it is
  malignant.") withdraws the writer's own words: the answer is what the correction says (rule ``self_corrected``).

Near misses keep their reading: the yes naming the asked thing, a bare "Yes." before advice, a no before another
identity, the hedged correction, a yes to a question of technique. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.mentions import CONFLICT
from medstep.extract.verdict_scope import corrected_value, denies_own_words, governs_another
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, gold: str = "yes") -> tuple[str | None, str, str]:
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value, ext.rule


_WHY = "The lesion is symmetric with regular borders, a fine reticular network and one uniform brown colour. "


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is this melanoma?", "So yes, this is a nevus."),
        ("Is this melanoma?", _WHY + "So yes, this is a nevus."),
        ("Is this melanoma?", "Yes, this is a nevus."),
        ("Is this melanoma?", "Yes, this appears to be a benign compound nevus."),
        ("Is this melanoma?", _WHY + "Therefore yes, it's a seborrheic keratosis."),
        ("Is this melanoma?", "So yes, it's a lipoma."),  # an "-oma" names a diagnosis of its own
        ("Is the lesion malignant?", "Based on these features, yes, a biopsy is recommended."),
        ("Is the lesion malignant?", "Irregular borders and several colours. So yes, a biopsy is recommended."),
        ("Is the lesion malignant?", "Yes, a biopsy is recommended."),
        ("Is the lesion malignant?", "Yes: excision is recommended."),
    ],
)
def test_yes_governing_another_proposition_is_no_answer(question: str, text: str) -> None:
    answer, status, _ = _read(question, text)
    assert answer is None
    assert status == "unparsed"


@pytest.mark.parametrize(
    ("question", "text", "rule"),
    [
        ("Is this melanoma?", "Yes, consistent with melanoma.", "yes_no_lead"),
        ("Is this melanoma?", "Yes — there is a nevus-like lesion but it is melanoma", "yes_no_lead"),
        ("Is the lesion malignant?", "Yes. A biopsy is recommended.", "yes_no_lead"),
        ("Is this melanoma?", "So yes, this is melanoma.", "conclusion_adverb"),
        ("Is this melanoma?", _WHY + "So yes, this is a melanoma in situ.", "conclusion_adverb"),
        ("Is the lesion malignant?", "Irregular borders. So yes, it is malignant.", "conclusion_adverb"),
        ("Is the lesion malignant?", "Yes, a biopsy is recommended to confirm malignancy.", "yes_no_lead"),
        ("Is this a CT scan?", "Yes, this is an axial image at the level of the liver.", "yes_no_lead"),
        ("Is there a pleural effusion?", "Yes, a small one on the left.", "yes_no_lead"),
        ("Is there a pneumothorax?", "Yes, a chest tube should be placed for the large pneumothorax.", "yes_no_lead"),
        ("Is the lesion malignant?", "Yes, and a biopsy is recommended.", "yes_no_lead"),
        # a lesion noun names no other diagnosis: the yes describes the asked one
        ("Is this a meningioma?", "Yes, this is an extra-axial dural-based mass in the right frontal region.",
         "yes_no_lead"),
        ("Is this a meningioma?", "Yes, this is a hypodense lesion.", "yes_no_lead"),
    ],
)
def test_yes_about_the_asked_thing_stays_yes(question: str, text: str, rule: str) -> None:
    assert _read(question, text) == ("yes", "scored", rule)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is this melanoma?", "No, this is a nevus."),  # a no gives what the thing is instead
        ("Is the lesion malignant?", "No. A biopsy is not needed."),
    ],
)
def test_no_before_another_thing_stays_no(question: str, text: str) -> None:
    answer, status, _ = _read(question, text, gold="no")
    assert (answer, status) == ("no", "scored")


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is it malignant?", "The lesion looks benign: smooth borders. No, wait, looking again at the border, it's "
                             "malignant after all.", "yes"),
        ("Is it malignant?", "The lesion looks benign: smooth borders. No, wait, looking again, the border is "
                             "irregular, so it is a melanoma.", "yes"),
        ("Is it malignant?", "The lesion looks benign: smooth borders. No, wait, looking again at the border, it is "
                             "malignant.", "yes"),
        ("Is the heart enlarged?", "The heart is normal in size. No, actually it's enlarged, the CTR is 0.6.", "yes"),
        ("Is the heart enlarged?", "The heart is enlarged. No, wait, it is normal in size on the PA film.", "no"),
        ("Is there a fracture?", "There is a fracture of the radius. No, wait, that is a nutrient canal.", "no"),
        ("Is there a fracture?", "The cortex is intact. No, wait, there is a subtle step-off, so there is a "
                                 "fracture.", "yes"),
    ],
)
def test_self_correction_takes_the_corrected_value(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored", "self_corrected")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # the correction doubts: withdrawn, nothing put instead
        ("Is it malignant?", "The lesion looks benign: smooth borders. No, wait, looking again at the border, it may "
                             "be malignant."),
        ("Is the bowel obstructed?", "The bowel looks obstructed. No, wait, these are normal haustra."),
        # neither the withdrawn words nor the correction give the asked finding a value: the "No" before "wait"
        # withdraws the writer's words, whichever way they went (to "benign" it would be a wrong no)
        ("Is there a pneumothorax?", "There's a thin line at the apex. No, wait, that's the scapular border."),
    ],
)
def test_self_correction_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_yes_to_another_plane_stays_ambiguous() -> None:
    # a question of how the image was made: the lead checks read the contradiction, as on the base (b13h-0261)
    assert _read("Is this a coronal view?", "Yes, this is a sagittal view.") == (None, "ambiguous", "ambiguous")


def test_governs_another_parts() -> None:
    assert governs_another(", this is a nevus.", "Is this melanoma?")
    assert governs_another("a biopsy is recommended", "Is the lesion malignant?")
    assert not governs_another("", "Is this melanoma?")
    assert not governs_another("consistent with melanoma", "Is this melanoma?")
    assert not governs_another("the lesion is benign-appearing but a biopsy is advised", "Is the lesion malignant?")
    assert not governs_another("it is a large one", "Is this a cyst?")


def test_denies_own_words_and_corrected_value() -> None:
    text = "The lesion looks benign. No, wait, it is malignant."
    start = text.index("No,")
    cue = denies_own_words(text, start + 2)
    assert cue is not None
    assert corrected_value(text, start, cue, "no", lambda t: "yes" if "malignant" in t else "no" if "benign" in t
                           else None) == "yes"
    assert denies_own_words("No. The lesion is benign.", 2) is None
    # the withdrawn statement read the other way round and the correction disagree: which is meant is not said
    assert corrected_value(text, start, cue, "no", lambda t: "yes") == CONFLICT
    # the no, the words before it and the correction all agree: an emphatic "no, actually", nothing withdrawn
    assert corrected_value(text, start, cue, "no", lambda t: "no") == "no"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # review of session 52: a kind of a word of the asked identity is no other identity
        ("Is this breast cancer?", "Yes, this is an invasive ductal carcinoma.", "yes"),
        ("Is this breast cancer?", "The mass is irregular with spiculated margins. So yes, this is an invasive "
                                   "carcinoma.", "yes"),
        # an emphatic "no, actually" agreeing with the words before it
        ("Is there a pleural effusion?", "The costophrenic angles are sharp. No, actually there is no effusion.",
         "no"),
    ],
)
def test_review52_answers_kept(question: str, text: str, expected: str) -> None:
    answer, status, _ = _read(question, text, gold=expected)
    assert (answer, status) == (expected, "scored")


@pytest.mark.xfail(strict=True, reason="known losses of closed52 (review syn08, syn23, ts07): a yes governing a "
                   "related finding, an unfamiliar noun or a British spelling is read as another identity, no answer")
@pytest.mark.parametrize(("question", "text"), [
    ("Is this pneumonia?", "Yes, this is an infective consolidation of the right lower lobe."),
    ("Is this an aneurysm?", "Yes, this is a saccular outpouching of the basilar tip."),
    ("Is this a nevus?", "Yes, this is a dysplastic naevus."),
])
def test_known_losses_a_yes_to_a_related_or_unfamiliar_name(question: str, text: str) -> None:
    assert _read(question, text)[0] == "yes"
