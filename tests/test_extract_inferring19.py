"""A closing inference is set aside by its link words from one home, ``answers/hedges.INFERRING`` (session 19):
extract/inferred.py's own list lacked "suspicious for", "suspicious of" and "concern for", which the verifier's
``scope_words.LINKS`` had, so "A large joint effusion is present, suspicious of septic arthritis." stayed unread
to "Is there a joint effusion?" while "..., suggesting septic arthritis." read yes. The asked finding inferred, and
an inference to a mimic, stay held open. Sentences of our own."""

import pytest

from medstep.answers import hedges
from medstep.extract import extract
from medstep.types import AnswerType, Sample
from medstep.verify import scope_words


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="i", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question,text", [
    ("Is there a joint effusion?", "A large joint effusion is present, suspicious of septic arthritis."),
    ("Is there an air-fluid level in the maxillary sinus?",
     "An air-fluid level is seen in the left maxillary sinus, suspicious for acute sinusitis."),
    ("Is there an air-fluid level in the maxillary sinus?",
     "An air-fluid level is seen in the left maxillary sinus, concern for acute sinusitis."),
    ("Is there bone marrow edema?",
     "Bone marrow edema is present in the medial femoral condyle, suspicious of a stress reaction."),
])
def test_an_inference_to_another_thing_is_set_aside(question, text):
    assert _read(question, text) == "yes"


@pytest.mark.parametrize("question,text", [
    ("Is there a nodule?", "A nodule projects over the left base, suspicious for a nipple shadow."),  # a mimic
])
def test_an_inference_to_the_asked_finding_or_a_mimic_stays(question, text):
    assert _read(question, text) is None


def test_an_inference_to_the_asked_finding_ending_the_reply_concludes():
    # session 24: a reply ending by inferring the asked finding answers with it (extract/inferred.concluded)
    assert _read("Is there pneumonia?", "There is an opacity in the left lower lobe, suspicious for pneumonia.") == "yes"


@pytest.mark.parametrize("link", hedges.INFERRING)
def test_every_inferring_link_sets_the_clause_aside_and_links_a_denial(link):
    """Each link of the shared list is read alike by the extractor and counted a link by the verifier."""
    assert link in scope_words.LINKS
    assert _read("Is there a joint effusion?", f"A large joint effusion is present, {link} septic arthritis.") == "yes"


def test_an_identity_is_no_inference():
    """"..., consistent with X" says what the thing is, doubted: never set aside (a link for the verifier only)."""
    assert set(hedges.IDENTIFYING) <= scope_words.LINKS
    assert not set(hedges.IDENTIFYING) & set(hedges.INFERRING)
