"""The relation words that make a site a landmark have one home (``answers/landmarks.py``, session 49 lane homes49):
the open readers (``extract/open_kind.py``, ``open_place.py``), the choice reader's ``asides.landmark``, the implicit
readers' BESIDE / OFF_PLACE and the verifier's site readers (``verify/aligned_sites.py``, ``defined.py``) build their
patterns from it, so a word added there ("surrounds", "deep to", "distinct from", "compression of", "mimicking")
reaches every reader."""

from __future__ import annotations

import pytest

from medstep.answers import landmarks
from medstep.extract import extract
from medstep.extract.asides import landmark
from medstep.types import AnswerType, Sample


def _open(question: str, reply: str) -> str:
    return (extract(reply, Sample(id="l", question=question, answer="x", answer_type=AnswerType.OPEN)).answer or "").lower()


@pytest.mark.parametrize("question, reply, want, landmark_site", [
    ("Which organ does the mass come from?", "The mass surrounds the pancreas. It arises from the left kidney.",
     "kidney", "pancreas"),
    ("Which organ contains the mass?", "The mass lies deep to the spleen. It arises from the left kidney.", "kidney",
     "spleen"),
    ("Which organ contains the lesion?", "A lesion sits superficial to the liver; it is within the gallbladder wall.",
     "gallbladder", "liver"),
    ("Which organ is the cyst in?", "The cyst is distinct from the liver. It lies in the right kidney.", "kidney",
     "liver"),
    ("Which organ is the nodule in?", "A nodule mimicking the adrenal gland; it sits in the left kidney.", "kidney",
     "adrenal"),
    ("Which organ harbours the lesion?", "There is compression of the liver. The lesion arises from the right kidney.",
     "kidney", "liver"),
])
def test_a_site_after_a_relation_word_of_the_home_is_a_landmark(question: str, reply: str, want: str,
                                                                 landmark_site: str) -> None:
    got = _open(question, reply)
    assert want in got and landmark_site not in got


@pytest.mark.parametrize("question, reply, want", [
    ("Which organ does the mass surround?", "It surrounds the aorta.", "aorta"),  # the relation asked
    ("Which organ is compressed by the mass?", "The mass compresses the stomach.", "stomach"),
    ("Which organ is enlarged?", "The spleen is enlarged, with displacement of the stomach.", "spleen"),
    ("Where is the mass?", "The mass is within the pancreas.", "pancreas"),
])
def test_the_relation_asked_or_a_placing_word_still_answers(question: str, reply: str, want: str) -> None:
    assert want in _open(question, reply)


def test_the_choice_readers_landmark_tokens_come_from_the_home() -> None:
    # "posterior to", "deep to" (heads of the "... to" relations) and the one-word subset ("beside") place the
    # option named after them; a placing preposition does not, nor a one-word relation outside the subset ("around":
    # "the fluid around B" may name the option picked).
    assert landmark(["lies", "deep", "to", "the"])
    assert landmark(["lies", "beside", "the"])
    assert not landmark(["lies", "in", "the"])
    assert not landmark(["fluid", "around", "the"])
    assert {"deep", "superficial", "proximal", "distal"} <= {w.split()[0] for w in landmarks.DIRECTION if " " in w}


@pytest.mark.parametrize("report, chain", [
    ("Free fluid in the pelvis.", "Free fluid surrounds the spleen."),
    ("Free fluid in the pelvis.", "Free fluid around the spleen."),
    ("A 4 mm stone in the left renal pelvis.", "A 4 mm stone obstructing the left ureter."),
    ("A 4 mm stone in the left renal pelvis.", "A 4 mm stone narrowing the left ureter."),
])
def test_a_thing_around_or_in_the_lumen_of_a_site_is_placed_there(report: str, chain: str) -> None:
    # (review of homes49: the verifier's landmark words are the home's relations but ``HELD_AT``)
    from medstep.verify import verify
    from medstep.verify.verdicts import Verdict
    assert set(landmarks.HELD_AT) <= set(landmarks.RELATIONS)
    assert any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)
