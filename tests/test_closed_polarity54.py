"""Closed answers that state the asked finding plainly, read by the stance of their structure (session 54).

Blind 53 left plain statements of the asked finding unparsed because the implicit reader refused them for reasons of
its own (``tests/test_closed_gaps53.py``). Three structural readings, each holding in any frame:

* a strength word ("significant", "definite") grading the asked finding it stands before is no hedge: "There is
  significant mass effect." states the finding (``implicit_cues.grading``); said of anything else, or under a denial or
  a doubt, it is read as before;
* a finding named in more words than one may be sighted in the passive ("Increased uptake is seen in the thyroid.",
  ``implicit_cues.affirmed``);
* the asked place described as subject, then "without" / "with no" the finding ("The mass is homogeneous without
  calcification.") denies it of that place, as "The mass contains no calcification." does (``implicit_cues.place_denies``);
* the asked finding echoed as a question before the answer ("Hyperinflated? Not really — ...") is a heading, dropped
  as the whole question written out is (``echoed_question.drop_term_echo``);
* a plain signal word said on an MRI sequence ("bright on this T2-weighted image", "dark on T1") is the signal's
  term there (``pole_context.without_sequences``); said of no sequence it stays as it is;
* "Probably." as the whole opening sentence is "Probably yes.", as "Probably not." is no and "Likely." yes
  (``answers/yesno.AFFIRMATIVE_REPLIES``);
* a textbook sign inside a clause that supposes a case ("a tear is diagnosed when abnormal signal contacts the
  articular surface") is a criterion, no sighting (``implications._supposed``).
"""
from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.implications import read_sign
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    found = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType("closed")))
    return found.answer, found.status.value


@pytest.mark.parametrize(("question", "text", "expected"), [
    # the four forms of tests/test_closed_gaps53.py these readings answer
    ("Is there mass effect?", "There is significant mass effect.", "yes"),
    ("Is there a pleural effusion?", "Significant pleural effusion.", "yes"),
    ("Are there calcifications within the mass?", "The mass is homogeneous without calcification.", "no"),
    ("Is there increased uptake in the thyroid?", "Increased uptake is seen in the thyroid.", "yes"),
    # b53-0302: the finding named after "i.e." with its intensifier
    ("Is there mass effect?", "There is effacement of the right lateral ventricle and about 6 mm of leftward midline "
                              "shift, i.e., significant mass effect.", "yes"),
    ("Is there mass effect?", "There is clinically significant mass effect.", "yes"),
    ("Is there a pleural effusion?", "Definite pleural effusion on the left.", "yes"),
    ("Are there calcifications within the mass?", "The mass is well circumscribed with no calcification.", "no"),
    # b53-0146: the place described at length before "without"
    ("Are there calcifications within the mass?", "The mass is of homogeneous soft-tissue density throughout without "
                                                  "any calcification.", "no"),
    # b53-0082, b50-0303: the signal in plain words on the asked sequence
    ("Is the lesion hyperintense on T2?", "The lesion appears bright on this T2-weighted image.", "yes"),
    ("Is the lesion hyperintense on T2?", "The lesion is bright on T1 and dark on T2.", "no"),
    ("Is the lesion hyperintense on T1?", "The lesion is bright on T1 and dark on T2.", "yes"),
    ("Is the lesion hypointense on T1?", "The lesion is not dark on T1.", "no"),
    # b53-0195
    ("Is the uterus enlarged?", "Probably. It measures around 12 cm in length and has a bulky, lobulated contour "
                                "from multiple fibroids.", "yes"),
    ("Is the uterus enlarged?", "Probably not. It measures 7 cm.", "no"),
])
def test_plain_statements_answer(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")


@pytest.mark.parametrize(("question", "text", "expected"), [
    # a strength word inside a denial is report language: still no
    ("Is there a pleural effusion?", "No significant pleural effusion.", ("no", "scored")),
    ("Is there mass effect?", "There is no significant mass effect.", ("no", "scored")),
    # an exclusion left open, a likelihood, a modal, a question: never yes
    ("Is there a pleural effusion?", "Significant pleural effusion cannot be excluded.", (None, "ambiguous")),
    ("Is there a pleural effusion?", "A significant pleural effusion is unlikely.", (None, "ambiguous")),
    ("Is there mass effect?", "There may be significant mass effect.", (None, "ambiguous")),
    ("Is there a pleural effusion?", "Is there a significant pleural effusion?", (None, "unparsed")),
    # a conditional and a definition are no answer
    ("Is there mass effect?", "If there were significant mass effect, the ventricles would be compressed.",
     (None, "unparsed")),
    ("Is there mass effect?", "If there were mass effect, the ventricles would be compressed.", (None, "unparsed")),
    ("Is there mass effect?", "Significant mass effect is defined as compression of the ventricles.",
     (None, "unparsed")),
    ("Is there mass effect?", "Mass effect is defined as compression of adjacent structures.", (None, "unparsed")),
    # the asked finding seen in another place, or only in part of the asked one
    ("Is there increased uptake in the thyroid?", "Increased uptake is seen in the liver.", (None, "unparsed")),
    ("Is there increased uptake in the thyroid?", "Increased uptake is seen in the left thyroid lobe.",
     (None, "unparsed")),
    ("Is there a lesion in the liver?", "A lesion is seen in the kidney, not in the liver.", (None, "unparsed")),
    # "without" after a negated description, or after another thing brought into it: no reading
    ("Are there calcifications within the mass?", "The mass is not homogeneous without calcification.",
     (None, "unparsed")),
    ("Are there calcifications within the mass?", "The mass is adjacent to a vessel without calcification.",
     (None, "unparsed")),
    # a signal said on another sequence, on no sequence, of another subject, or with a modal
    ("Is the lesion hyperintense on T2?", "The lesion is bright on DWI.", (None, "unparsed")),
    ("Is the lesion hyperintense on T2?", "The lesion is dark on T1.", (None, "unparsed")),
    ("Is the lesion hyperintense?", "The lesion looks bright on ultrasound.", (None, "unparsed")),
    ("Is the lesion hyperintense on T2?", "The fluid is bright on T2 but the lesion is dark.", (None, "unparsed")),
    ("Is the lesion hyperintense on T2?", "The lesion may be bright on T2.", (None, "unparsed")),
    # "Probably" opening a longer clause is no verdict word
    ("Is there a pleural effusion?", "Probably, but I cannot be sure.", (None, "unparsed")),
    ("Is there a pleural effusion?", "Probably a small one.", (None, "unparsed")),
    ("Is there a pleural effusion?", "Probably atelectasis rather than effusion.", (None, "ambiguous")),
    ("Is the lesion malignant?", "Probably benign.", ("no", "scored")),
])
def test_near_misses_keep_their_reading(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


def test_a_supposed_sign_is_a_criterion() -> None:
    question = "Is there a meniscal tear?"
    assert read_sign("On MRI, a tear is diagnosed when abnormal signal contacts the articular surface.", question) is None
    assert read_sign("If abnormal signal contacts the articular surface, it is a tear.", question) is None
    assert read_sign("Abnormal signal contacts the inferior articular surface of the posterior horn.", question) == "yes"


@pytest.mark.parametrize(("question", "text", "expected"), [
    # b53-0200
    ("Are the lungs hyperinflated?", "Hyperinflated? Not really — about six anterior ribs project above the diaphragm, "
                                     "and the domes are preserved rather than flattened.", ("no", "scored")),
    ("Is the fracture displaced?", "Displaced? Not at all.", ("no", "scored")),
    ("Is there a pleural effusion?", "Pleural effusion? Yes, a small one on the right.", ("yes", "scored")),
    # near misses: a doubt after the echo, another thing asked beside it, the echo alone, two echoes answered apart
    ("Is there a pleural effusion?", "Effusion? Possibly, the angle is blunted.", (None, "unparsed")),
    ("Is there a pleural effusion?", "Effusion or atelectasis? The angle is blunted.", (None, "unparsed")),
    ("Is there a pleural effusion?", "Pleural effusion?", (None, "unparsed")),
    ("Is there a pleural effusion?", "Effusion? No. Pneumothorax? Yes.", (None, "unparsed")),
    ("Is there mass effect?", "Mass effect? Hard to say.", (None, "refused")),
])
def test_the_asked_term_echoed_as_a_question(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


def test_drop_term_echo_keeps_other_openings() -> None:
    from medstep.extract.echoed_question import drop_term_echo
    q = "Are the lungs hyperinflated?"
    assert drop_term_echo("Hyperinflated? No.", q) == "No."
    assert drop_term_echo("Emphysema? No.", q) == "Emphysema? No."
    assert drop_term_echo("Why would they be hyperinflated? No.", q) == "Why would they be hyperinflated? No."
    assert drop_term_echo("Hyperinflated?", q) == "Hyperinflated?"
