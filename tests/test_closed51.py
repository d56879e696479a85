"""Closed questions answered without a yes word (issue #7, session 51, lane closed51).

* The value a concluding sentence gives the asked property before the reasons it sets off by a colon or a dash
  ("It's a solid mass — there are internal flow signals ...", "This appears to be a benign seborrheic keratosis: it
  has a waxy, stuck-on appearance ...") is read from the value clause alone (``extract/asked_value.py``, rule
  ``implicit_value``); the reasons must hold no pole, no hedge or turn, and to a question of health no finding.
* A verdict set off after a sentence's concluding lead ("Overall, yes, this is melanoma.", "Based on these features,
  yes, this appears most consistent with melanoma.") concludes as after "so" (``extract/closed.py``, rule
  ``conclusion_adverb``); such a verdict before a self-correction is withdrawn ("So yes, ... Actually, no, ...").
* A Chinese question asking whether the patient has a disease ("该患者是否患有肺气肿？") asks the disease as "是否有"
  does (``extract/implicit_langs.py``): the place no longer takes "是否患".

Near misses stay unread: the other pole in the reasons, a hedge or a turn in them, a finding beside "normal", a
hedged value, another organ's lesion, both values. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked_value import read_value
from medstep.extract.implicit_langs import zh_question
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, gold: str = "yes") -> tuple[str | None, str, str]:
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value, ext.rule


_LONG = ("The examination was performed with the usual protocol, and the images are of diagnostic quality with no "
         "motion artefact on any of the series reviewed today. ")


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the mass cystic?",
         "It's a solid mass — there are internal vascular flow signals on color Doppler and no posterior acoustic "
         "enhancement.", "no"),
        ("Is the alignment normal?",
         "Alignment is not abnormal: the anterior vertebral, posterior vertebral and spinolaminar lines are smooth and "
         "continuous down to C7–T1, and the prevertebral soft tissues are not thickened.", "yes"),
        ("Is this skin lesion malignant?",
         "This appears to be a benign seborrheic keratosis: it has a waxy, stuck-on appearance with milia-like cysts "
         "and comedo-like openings.", "no"),
        ("Is this skin lesion malignant?",
         _LONG + "This is a benign seborrheic keratosis: it has a waxy, stuck-on appearance with milia-like cysts.",
         "no"),
    ],
)
def test_value_before_its_reasons(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored", "implicit_value")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # the other pole in the reasons: not the one value said
        ("Is the mass cystic?", "It's a solid mass — there is a cystic component at its lower edge."),
        # a hedge or a turn in the reasons qualifies the value
        ("Is the mass cystic?", "It's a solid mass — this may be a haematoma, though."),
        ("Is the mass cystic?", "It's a solid mass — however, a complicated cyst cannot be excluded."),
        # another lesion's value
        ("Is the liver lesion malignant?", _LONG + "The renal lesion is benign: it is a simple cyst."),
        # the value itself hedged
        ("Is this skin lesion malignant?", "This may be a benign seborrheic keratosis: it has a waxy appearance."),
        # a pronoun after another thing was named: the reasons' subject may be it
        ("Is the mass cystic?", _LONG + "It's a solid mass — there are internal vascular flow signals on Doppler."),
    ],
)
def test_reasons_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text) == (None, "unparsed", "unparsed")


def test_both_values_stay_ambiguous() -> None:
    assert _read("Is the mass cystic?", "Solid or cystic: the mass could be either.") == (None, "ambiguous", "ambiguous")


def test_finding_in_reasons_beside_normal_is_no_value() -> None:
    # "normal" with a finding in its reasons: the value reader gives nothing (the organ may not be normal)
    assert read_value(_LONG + "The pancreas is normal: there is a 2 cm cyst in the tail.", "Is the pancreas normal?") \
        is None
    assert read_value(_LONG + "The pancreas is normal: the duct is not dilated.", "Is the pancreas normal?") == "yes"


def test_reasons_after_two_cuts_are_not_read() -> None:
    # a second colon or dash in the reasons: which clause holds the value is no longer plain
    assert read_value("It's a solid mass — the images are limited - there is motion.", "Is the mass cystic?") is None


@pytest.mark.parametrize(
    ("question", "term", "place"),
    [
        ("该患者是否患有肺气肿？", "肺气肿", ""),
        ("该患者是否患有肺癌？", "肺癌", ""),
        ("是否有肺气肿？", "肺气肿", ""),
    ],
)
def test_zh_disease_question(question: str, term: str, place: str) -> None:
    parsed = zh_question(question)
    assert parsed is not None and (parsed.term, parsed.place, parsed.prop) == (term, place, False)


def test_zh_disease_question_read() -> None:
    assert _read("该患者是否患有肺气肿？", "双肺透亮度增高，膈肌低平，肋间隙增宽，符合肺气肿表现。", "是") \
        == ("是", "scored", "implicit_yes_no")
    assert _read("该患者是否患有肺气肿？", "双肺透亮度正常，未见肺气肿。", "否") == ("否", "scored", "implicit_yes_no")
    # a hedged statement stays unread
    assert _read("该患者是否患有肺气肿？", "双肺透亮度增高，可能为肺气肿。", "是")[0] is None


_MELANOMA = "Is this lesion a melanoma?"
_PTX = "Is there a pneumothorax?"


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (_MELANOMA, "Overall, yes, this is melanoma.", "yes"),
        (_MELANOMA, "Based on these features, yes, this is melanoma.", "yes"),
        (_MELANOMA, "While I can't provide a definitive diagnosis, the lesion shows several features that are highly "
                    "suspicious for melanoma: marked asymmetry, irregular borders and a blue-white veil.\n\n**Based on "
                    "these features, yes, this appears most consistent with melanoma.** Please see a dermatologist "
                    "promptly for a biopsy.", "yes"),
        (_PTX, "The lung edge is visible at the apex. On balance, no - the line continues beyond the chest wall.", "no"),
    ],
)
@pytest.mark.xfail(strict=True, reason="a verdict after a sentence's concluding lead ('Overall, yes, ...') is not read: "
                   "the session-51 review found that form read of another finding, of advice and after a refusal")
def test_verdict_after_concluding_lead(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored", "conclusion_adverb")


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # a doubt or a second candidate in the verdict's sentence
        (_MELANOMA, "Based on these features, yes, this could be a melanoma.", (None, "unparsed", "unparsed")),
        (_MELANOMA, "Overall, yes, it may be melanoma or a dysplastic nevus.", (None, "unparsed", "unparsed")),
        # a verdict withdrawn by a self-correction after it (the "so" form was read as yes before)
        (_PTX, "Overall, yes, there is a pneumothorax. Actually, no, that line is a skin fold.",
         (None, "ambiguous", "ambiguous")),
        (_PTX, "The apex is clear. So yes, there is a pneumothorax. Actually, no, that line is a skin fold.",
         (None, "ambiguous", "ambiguous")),
        # a correction's own verdict still reads
        (_PTX, "No pneumothorax at first glance. Actually, on reflection, so yes, there is a small one at the apex.",
         ("yes", "scored", "conclusion_adverb")),
        # a denial opening the sentence is no set-off verdict; a case contrary to fact is none
        (_PTX, "Overall, no acute findings. The lungs are clear.", (None, "unparsed", "unparsed")),
        (_PTX, "If it were larger, overall, yes, I would call it.", (None, "unparsed", "unparsed")),
        (_PTX, "In summary, yes, there is a small apical pneumothorax, but a skin fold is also possible.",
         (None, "ambiguous", "ambiguous")),
    ],
)
def test_concluding_lead_near_misses(question: str, text: str, expected: tuple[str | None, str, str]) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # review: a doubt in the sentence after the set-off verdict qualifies it, as after an opening "Yes, ..."
        (_MELANOMA, "Overall, yes, this is melanoma. However, a dysplastic nevus cannot be excluded."),
        (_MELANOMA, "Overall, yes, this is a melanoma. Then again, the features may equally fit a nevus."),
        # a verdict's sentence that asks
        (_MELANOMA, "A) yes B) no. Overall, yes, this is melanoma? I would not commit."),
        # a verdict said of another finding than the one asked
        (_PTX, "The lungs are clear. Overall, yes, there is a pleural effusion on the right."),
        (_PTX, "In conclusion, no, there is no pleural effusion; the apex shows a thin pleural line."),
        # reasons that set a condition on the value
        ("Is the mass cystic?", "The mass is solid: there are internal flow signals, unless this is a thrombosed aneurysm."),
    ],
)
def test_review_set_off_verdicts_qualified(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.xfail(strict=True, reason="the concluding-lead form is not read (see test_verdict_after_concluding_lead)")
def test_review_denied_verdict_naming_the_asked_term_reads() -> None:
    assert _read(_MELANOMA, "In conclusion, no - this is not a melanoma; it is a seborrheic keratosis.", "no") \
        == ("no", "scored", "conclusion_adverb")
