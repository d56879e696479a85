"""Closed answers committed through a raised suspicion or beside joined advice (session 46, lane closed46, issue #7).

"These features strongly suggest malignancy" commits as "indicate" does (``extract/raised.py``); advice joined to the
concluding sentence by a dash, semicolon or ", and this would" is read as its own sentence (``advice.set_apart``); a
class's share of a larger class ("Scaphoid fractures account for roughly 60% of carpal fractures") is no finding of
this image (``class_subject``). The near misses keep their doubt, denial or other subject.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.advice import set_apart
from medstep.extract.raised import commit
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes"
    return extract(text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a subdural haematoma?", "A crescent of high density hugs the left convexity and crosses the coronal "
     "suture. The appearance is strongly suggestive of an acute subdural haematoma.", "yes"),
    ("Is this lesion malignant?", "The margins are spiculated. These features strongly suggest malignancy.", "yes"),
    ("Is there ovarian torsion?", "The right ovary is enlarged without flow. Findings are highly suggestive of right "
     "ovarian torsion — emergent gynecological evaluation is recommended.", "yes"),
    ("Is there a testicular torsion?", "The left testis lies horizontally. This amounts to testicular torsion - urology "
     "should see the boy straight away.", "yes"),
    ("Is there ovarian torsion?", "Findings indicate ovarian torsion, and this would warrant surgery.", "yes"),
    ("Is there free air under the diaphragm?", "Nope - the lucency under the left hemidiaphragm is the gastric bubble "
     "with rugal folds inside it.", "no"),
    ("Is there a foreign body in the airway?", "Nah, the round density projects over the stomach, not the bronchus.", "no"),
])
def test_a_raised_suspicion_or_joined_advice_commits(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a subdural haematoma?", "The extra-axial collection does not strongly suggest a subdural haematoma; an "
     "epidural bleed is also possible."),
    ("Is the nodule malignant?", "The nodule could be highly suspicious for malignancy if it grows, but it has been "
     "stable for two years."),
    ("Is there a testicular torsion?", "Flow is reduced in the left testis and torsion cannot be excluded - urology "
     "should see the boy straight away."),
    ("Is there a perforation?", "Gas is seen in the colon; a surgical review is warranted if pain persists."),
    ("Is there a subdural haematoma?", "A crescentic collection is highly suggestive of a subdural hygroma rather than "
     "a haematoma."),
    ("Is there a scaphoid fracture?", "Scaphoid fractures account for roughly 60% of carpal fractures; snuffbox "
     "tenderness should prompt immobilisation and repeat films."),
    # (session 49, lane closed49: a bare "which suggests a small effusion" closing the reply now reads yes, as the hand
    # labels read it (b36, b48; ``inferred.drawn``); the suggestion under a modal stays a concern)
    ("Is there a pleural effusion?", "The angle is blunted, which could suggest a small effusion."),
    ("Is there a foreign body in the airway?", "Yeah, I honestly find it hard to tell on a single view."),
    ("Is the scaphoid fractured?", "Yeah, well, it could be a fracture or just a vascular channel."),
])
def test_a_held_suspicion_or_another_subject_stays_unanswered(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_commit_rewrites_only_a_raised_suspicion_not_a_denied_one() -> None:
    assert commit("These features strongly suggest malignancy.") == "These features indicate malignancy."
    assert commit("highly suspicious for carcinoma") == "indicative of carcinoma"
    assert commit("This does not strongly suggest a fracture.") == "This does not strongly suggest a fracture."
    assert commit("which suggests a small effusion") == "which suggests a small effusion"
    assert commit("左乳可见钙化，高度怀疑恶性") == "左乳可见钙化，提示恶性"


def test_set_apart_splits_advice_but_not_a_weighing_clause() -> None:
    assert set_apart("Findings indicate torsion — urgent surgery is recommended.") == \
        "Findings indicate torsion. Urgent surgery is recommended."
    weighing = "Effusion — CT would help distinguish an abscess from a tumour."
    assert set_apart(weighing) == weighing
    assert set_apart("The lung is clear - no pneumothorax.") == "The lung is clear - no pneumothorax."
