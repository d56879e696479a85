"""Closed question shapes the concept reader now parses (lane asked40): an organ asked abnormal ("Is there any
abnormality in the pancreas?", "Is the spleen abnormal?"), the copula said as a look ("Does the spleen appear
enlarged?"); the question words that ask for an abnormality have one home (``implicit_words.ABNORMALITY``, ``LOOK``).

Each reading is tested both ways in words of its own, with the near misses that must stay unread: another organ,
a hedge, a question restated, an earlier study, and an organ called normal beside a lesion (no "no" to "abnormal?").
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.concept_question import Ask, parse_asked
from medstep.extract.implicit_terms import question_term
from medstep.types import AnswerType, Sample


def _read(question: str, reply: str) -> str | None:
    sample = Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={})
    return extract(reply, sample).answer


@pytest.mark.parametrize(
    ("question", "ask", "key"),
    [
        ("Is there any abnormality in the pancreas?", Ask.ABNORMAL, "pancreas"),
        ("Is there an abnormality of the spleen?", Ask.ABNORMAL, "spleen"),
        ("Is the spleen abnormal?", Ask.ABNORMAL, "spleen"),
        ("Does the liver look abnormal?", Ask.ABNORMAL, "liver"),
        ("Does the heart seem enlarged?", Ask.PRESENCE, "cardiomegaly"),
        ("Are there any abnormal findings in the pancreas?", Ask.ABNORMAL, "pancreas"),
        ("Is there anything abnormal in the gallbladder?", Ask.ABNORMAL, "gallbladder"),
    ],
)
def test_parsed(question: str, ask: Ask, key: str) -> None:
    asked = parse_asked(question)
    assert asked is not None and (asked.ask, asked.key) == (ask, key)


@pytest.mark.parametrize(
    "question",
    [
        "Is there an abnormality in the left kidney?",  # a sided organ: the finding's side is not read
        "Is there a mass in the liver?",  # a finding in a place: not read by the concept reader
        "Does this lesion look like a melanoma?",  # a class, no property
        "Is there a fracture of the humerus or the radius?",
    ],
)
def test_not_parsed(question: str) -> None:
    asked = parse_asked(question)
    assert asked is None or asked.ask is not Ask.ABNORMAL


def test_look_is_the_copula() -> None:
    term = question_term("Do the kidneys appear enlarged?")
    assert term is not None and (term.phrase, term.prop) == ("kidneys", "enlarged")


READS = [
    ("Is the spleen abnormal?", "Normal spleen. The liver has a 2 cm cyst.", "no"),  # the cyst is another organ's
    ("Are the kidneys normal?", "Both kidneys are normal. No stones or hydronephrosis.", "yes"),
    ("Is the spleen abnormal?", "Splenomegaly is noted, measuring 16 cm.", "yes"),
    ("Are the kidneys abnormal?", "Bilateral hydronephrosis is seen.", "yes"),
    ("Is there any pathology in the liver?", "Hepatomegaly with a smooth contour.", "yes"),
    ("Is there any abnormality in the pancreas?", "The pancreas is unremarkable.", "no"),
    ("Does the spleen appear enlarged?", "Splenomegaly, 17 cm craniocaudal.", "yes"),
    ("Does the spleen appear enlarged?", "The spleen is of normal size.", "no"),
    ("Does the aorta appear dilated?", "The aorta is normal in calibre.", "no"),
    (
        "Is the kidney abnormal?",
        "Hydronephrosis of a normal-calibre kidney is not seen; the kidney is unremarkable.",
        "no",
    ),
]
UNREAD = [
    ("Is there any abnormality in the pancreas?", "The spleen is enlarged."),
    ("Is the spleen abnormal?", "Splenomegaly cannot be excluded."),
    ("Is the liver abnormal?", "The liver was enlarged on the prior study."),
    ("Are the kidneys abnormal?", "The left kidney is normal."),
    ("Does the heart look enlarged?", "The liver is enlarged."),
    ("Does the heart look enlarged?", "Cardiomegaly cannot be excluded on this AP film."),
    # an organ called normal in one respect, with a lesion stated beside it or by a pronoun: never a "no"
    ("Is the pancreas abnormal?", "Normal pancreas with a 12 mm cystic lesion in the tail."),
    ("Is there any abnormality in the kidney?", "Normal-sized kidney containing two small cysts."),
    ("Does the gallbladder look abnormal?", "The gallbladder seems unremarkable at first; however, it is distended."),
    ("Is the thyroid abnormal?", "The thyroid is normal in echotexture. A 9 mm nodule is noted."),
    # the same of an organ asked normal, read by the plain readers too
    ("Is the liver normal?", "Normal liver with a small hemangioma in segment VI."),
    ("Does the kidney seem normal?", "Normal-sized kidney containing two small cysts."),
]


@pytest.mark.parametrize(("question", "reply", "want"), READS)
def test_reads(question: str, reply: str, want: str) -> None:
    assert _read(question, reply) == want


@pytest.mark.parametrize(("question", "reply"), UNREAD)
def test_unread(question: str, reply: str) -> None:
    assert _read(question, reply) is None


def test_one_home_for_the_abnormality_words() -> None:
    """The organ reader, the study reader and the question rewrite take the words the concept reader takes."""
    from medstep.extract import asked, normality, organ_normal

    assert organ_normal._asked("Are there any abnormal findings in the spleen?") == ("spleen", False)
    assert organ_normal._asked("Does the spleen seem normal?") == ("spleen", True)
    assert asked.positive_form("Is there any pathology in the lungs?") == ("Is the lungs normal?", True)
    assert any(p.match("Is there any pathology?") and not w for p, w in normality._QUESTIONS)


def test_undercut_linear_on_long_input() -> None:
    """The pronoun statement of ``abnormal_undercut`` on a 20k-character hostile reply."""
    for reply in ("Normal liver, " + "but it " * 3000 + ".", "The liver is normal; " + "x " * 10000 + "it is"):
        start = time.perf_counter()
        _read("Is the liver abnormal?", reply)
        assert time.perf_counter() - start < 2.0


def test_parsers_linear_on_long_input() -> None:
    """The new question patterns (Q_LOOK, the abnormality phrase) on 20k-character hostile questions."""
    parse_asked("Is the heart enlarged?")
    for question in (
        "Does the " + "x " * 10000 + "look bad?",
        "Does the liver" + " " * 20000 + "look bad?",
        "Is there any abnormality in the " + "liver " * 3500 + "?",
        "Does the liver look " + "a" * 20000 + "?",
    ):
        start = time.perf_counter()
        question_term(question)
        parse_asked(question)
        assert time.perf_counter() - start < 1.0
