"""Lane wrong42 (issue #7, "0 wrong parses per 1,000"): constructions read as the opposite answer on main, fixed at
their cause and tested both ways in other words than the reviewers' probes.

* a set-aside marker reaching its candidate through a verb of being or showing ("Rather than being dislocated, ...":
  ``negation.INSTEAD_VERBS``, read by ``extract/findings.py`` and ``extract/implicit_cues.py``);
* a post-posed denial after a dash, a comma, a bracket or a colon ("Pneumothorax - not seen.", "Fracture – nil.":
  ``findings_words.POSTED_DENIAL``, read by the choice readers' clauses, the decision reader and the open tails);
* a negation of another language before an option's text ("Nicht normal", "Keine Pneumonie": ``negation.OTHER_NOT``,
  ``negation.OTHER_NONE_FORMS``, ``langwords.foreign_negation`` in the near-option reader);
* a pole said of another organ's lesion ("The renal lesion is benign." to "Is the liver lesion malignant?":
  ``extract/organ_owners.py`` in ``extract/antonyms.py``);
* a hedged open answer graded as in English: a possibility holds the value open in Chinese ("可能是CT" as "possibly
  CT"), a likelihood with its degree commits ("最可能是CT" as "most likely CT"; ``hedges.ZH_POSSIBILITY``), and a
  maybe-word of another language is no frame to cut ("Vielleicht CT").
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.clauses import posted_denial
from medstep.extract.findings_words import POSTED_DENIAL
from medstep.score.open_grade import grade_open
from medstep.score.open_typed_reads import blocked
from medstep.types import AnswerType, Sample


def _closed(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes"
    return extract(text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


def _choice(options: dict[str, str], text: str) -> str | None:
    sample = Sample(id="x", question="Which is it?", answer="A", answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample).answer


def _open(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="x", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the shoulder dislocated?", "Rather than being dislocated, the shoulder is normally aligned.", "no"),
        (
            "Is there hydronephrosis?",
            "Rather than showing hydronephrosis, the collecting system is decompressed.",
            "no",
        ),
        ("Is there a hemorrhage?", "Rather than having a hemorrhage, the patient has an ischemic infarct.", "no"),
        ("Is the trachea deviated?", "Instead of being deviated, the trachea is midline.", "no"),
        ("Is the heart enlarged?", "Rather than being enlarged, the heart is normal in size.", "no"),
        # the other way: the marker sets aside another thing, the asked one is stated
        ("Is the heart enlarged?", "Instead of being normal, the heart is enlarged.", "yes"),
        ("Is the spleen enlarged?", "Rather than being normal in size, the spleen is enlarged.", "yes"),
        ("Is there a fracture?", "Rather than being intact, the cortex shows a fracture.", "yes"),
        ("Is there a pneumothorax?", "Rather than showing atelectasis, the film shows a pneumothorax.", "yes"),
        ("Is the shoulder dislocated?", "The shoulder is dislocated anteriorly rather than posteriorly.", "yes"),
    ],
)
def test_set_aside_through_a_verb(question: str, text: str, expected: str) -> None:
    assert _closed(question, text) == expected


_FINDINGS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "No abnormality"}
_BONE = {"A": "Fracture", "B": "Dislocation", "C": "Normal"}


@pytest.mark.parametrize(
    ("options", "text"),
    [
        (_FINDINGS, "Pneumothorax - not seen."),
        (_FINDINGS, "Pneumothorax — none."),
        (_FINDINGS, "Pneumothorax – no."),
        (_BONE, "Fracture — not identified."),
        (_BONE, "Dislocation – excluded."),
        (_BONE, "Dislocation - ruled out."),
        (_BONE, "Fracture, none."),
        (_BONE, "Fracture – nil."),
    ],
)
def test_post_posed_denial_names_no_option(options: dict[str, str], text: str) -> None:
    assert _choice(options, text) is None


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        (_FINDINGS, "Pneumothorax - present.", "A"),
        (_FINDINGS, "Pneumothorax — large, right-sided.", "A"),
        (_BONE, "Fracture - displaced.", "A"),
        (_BONE, "Fracture - not displaced.", "A"),
        (_BONE, "Dislocation — anterior.", "B"),
    ],
)
def test_post_posed_qualifier_keeps_the_option(options: dict[str, str], text: str, expected: str) -> None:
    assert _choice(options, text) == expected


@pytest.mark.parametrize(
    "text", ["Pneumothorax - not seen.", "Fracture (not seen).", "Fracture - not identified.", "Pneumothorax (absent)."]
)
def test_post_posed_denial_open_answer_is_not_the_finding(text: str) -> None:
    answer = _open("What abnormality is present?", text)
    gold = text.split()[0]
    assert answer is None or not grade_open(answer, gold, "What abnormality is present?").matched


@pytest.mark.parametrize("text", ["Fracture - not displaced.", "Effusion — small.", "Cardiomegaly; no effusion."])
def test_post_posed_qualifier_open_answer_is_the_finding(text: str) -> None:
    answer = _open("What abnormality is present?", text)
    assert answer is not None and grade_open(answer, text.split()[0].strip(";"), "What abnormality is present?").matched


@pytest.mark.parametrize(
    ("text", "gold", "matched"),
    [
        ("Spleen - not enlarged.", "spleen", False),
        ("Spleen - markedly enlarged.", "spleen", True),
        ("The spleen, not the liver.", "spleen", True),
    ],
)
def test_label_denied_the_asked_property(text: str, gold: str, matched: bool) -> None:
    answer = _open("Which organ is enlarged?", text)
    assert answer is not None and grade_open(answer, gold, "Which organ is enlarged?").matched is matched


def test_posted_denial_reads_only_a_bare_verdict() -> None:
    assert posted_denial(" – excluded.") and posted_denial(": not seen") and posted_denial(", none")
    assert not posted_denial(" – not displaced.") and not posted_denial(" is absent") and not posted_denial(" - large")


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({"A": "Normal", "B": "Abnormal"}, "Nicht normal", None),
        ({"A": "Normal", "B": "Abnormal"}, "Niet normaal", None),
        ({"A": "Pneumothorax", "B": "Normal"}, "Nicht Pneumothorax", None),
        ({"A": "Simple cyst", "B": "Complex cyst", "C": "Solid mass"}, "Keine Simple cyst", None),
        ({"A": "T1-weighted", "B": "T2-weighted"}, "Nicht T1-weighted", None),
        # the other way: the option named plainly, in a short reply
        ({"A": "Normal", "B": "Abnormal"}, "Normal", "A"),
        ({"A": "Pneumothorax", "B": "Normal"}, "Pneumothorax", "A"),
        ({"A": "T1-weighted", "B": "T2-weighted"}, "T2-weighted", "B"),
    ],
)
def test_foreign_negation_before_option_text(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _choice(options, text) == expected


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is the liver lesion malignant?", "The renal lesion is benign."),
        ("Is the thyroid nodule benign?", "The breast nodule looks malignant."),
        ("Is the pancreatic mass malignant?", "The adrenal mass is benign."),
        ("Is the breast lesion benign?", "The thyroid lesion is malignant."),
    ],
)
def test_pole_of_another_organs_lesion_is_no_answer(question: str, text: str) -> None:
    assert _closed(question, text) is None


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the liver lesion malignant?", "The hepatic lesion is benign.", "no"),
        ("Is the liver lesion malignant?", "The liver lesion is benign.", "no"),
        ("Is the kidney lesion malignant?", "The renal mass is malignant.", "yes"),
        ("Is the renal lesion malignant?", "It is benign.", "no"),
        ("Is the stomach bubble on the left?", "The gastric bubble is located on the right side.", "no"),
    ],
)
def test_pole_of_the_asked_organ_still_read(question: str, text: str, expected: str) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize(
    ("answer", "gold", "question", "matched"),
    [
        ("可能是ct", "CT", "What imaging modality is this?", False),
        ("也许是mri", "MRI", "What imaging modality is this?", False),
        ("有可能是ct", "CT", "What imaging modality is this?", False),
        ("可能是左侧", "左侧", "病变在哪一侧？", False),
        ("possibly ct", "CT", "What imaging modality is this?", False),
        # a likelihood with its degree commits, as "most likely CT" does
        ("最可能是ct", "CT", "What imaging modality is this?", True),
        ("很可能是ct", "CT", "What imaging modality is this?", True),
        ("极有可能是ct", "CT", "What imaging modality is this?", True),
        ("ct", "CT", "What imaging modality is this?", True),
        ("左侧", "左侧", "病变在哪一侧？", True),
    ],
)
def test_hedged_open_answers_graded_as_in_english(answer: str, gold: str, question: str, matched: bool) -> None:
    assert grade_open(answer, gold, question).matched is matched


@pytest.mark.parametrize("text", ["Vielleicht CT", "Peut-être CT", "Possibly CT."])
def test_foreign_maybe_is_no_frame(text: str) -> None:
    answer = _open("What imaging modality is this?", text)
    assert answer is None or not grade_open(answer, "CT", "What imaging modality is this?").matched


def test_new_patterns_linear_on_hostile_input() -> None:
    hostile = [
        "- " * 10_000,
        "not " * 5_000,
        "rather than being " * 1_200,
        "很有" * 10_000,
        "有" * 20_000,
        ", none" * 3_400,
        "Pneumothorax - " * 1_400,
    ]
    for text in hostile:
        start = time.perf_counter()
        POSTED_DENIAL.match(text)
        posted_denial(text)
        blocked(text, "modality")
        _closed("Is there a pneumothorax?", text[:20_000])
        assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize(
    "text",
    [
        "Pneumothorax — not identified; lung markings reach the periphery.",
        "Pneumothorax: not identified; lung markings reach the periphery.",
        "Pneumothorax not identified; lung markings reach the periphery.",
    ],
)
def test_post_posed_denial_reads_as_its_other_forms(text: str) -> None:
    """The dash form was left unread on main (closed39 repair) while its colon and dashless forms read "no"."""
    assert _closed("Is there a pneumothorax?", text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Pneumothorax: absent\nPleural effusion: present\nCardiomegaly: absent",
        "Pneumothorax absent\nPleural effusion present\nCardiomegaly absent",
    ],
)
def test_labelled_verdicts_read_as_their_colon_less_form(text: str) -> None:
    """Each finding stated or denied, one stated: the option concept reader's B on main for the colon-less form,
    now for the labelled one too (no tally by elimination: the stated one is read)."""
    options = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Consolidation"}
    assert _choice(options, text) == "B"


# Review repairs (fresh wording, both ways).
@pytest.mark.parametrize(
    ("question", "text", "gold", "matched"),
    [
        # the question asks for the lack: the label is the answer
        ("Which organ is not distended?", "Gallbladder — not distended.", "gallbladder", True),
        ("Which structure is not inflamed?", "Appendix, not inflamed.", "appendix", True),
        ("Which organ is unaffected?", "Pancreas — not involved.", "pancreas", True),
        # the question asks for the property the label is denied: no answer
        ("Which organ is distended?", "Gallbladder — not distended.", "gallbladder", False),
        ("Which structure is inflamed?", "Appendix, not inflamed.", "appendix", False),
        ("Which organ is involved?", "Pancreas — not involved.", "pancreas", False),
    ],
)
def test_label_denied_reads_as_asked(question: str, text: str, gold: str, matched: bool) -> None:
    answer = _open(question, text)
    assert (answer is not None and grade_open(answer, gold, question).matched) is matched


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # a region or a system may hold the organ named: no proof of another organ
        ("Is the abdominal mass benign?", "The pancreatic mass is benign.", "yes"),
        ("Is the neck lesion benign?", "The parotid lesion is benign.", "yes"),
        ("Is the spinal lesion malignant?", "The vertebral lesion is benign.", "no"),
        # two organs, neither holding the other: still no answer
        ("Is the splenic lesion malignant?", "The pancreatic lesion is benign.", None),
        ("Is the ovarian mass malignant?", "The uterine mass is benign.", None),
    ],
)
def test_region_or_system_is_no_other_organ(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize(
    ("answer", "gold", "matched"),
    [
        ("ct可能性很高", "CT", True),
        ("mri可能性较高", "MRI", True),
        ("更可能是mri", "MRI", True),
        ("倾向ct，不可能是超声", "CT", True),
        # a lean against the value, or a bare possibility, still holds it open
        ("ct，不太可能", "CT", False),
        ("ct可能性小", "CT", False),
        ("ct可能", "CT", False),
    ],
)
def test_chinese_committed_lean_is_no_doubt(answer: str, gold: str, matched: bool) -> None:
    assert grade_open(answer, gold, "What imaging modality is this?").matched is matched


def test_one_home_word_lists() -> None:
    from medstep.answers import negation
    from medstep.extract.langwords import foreign_negation

    assert set(negation.OTHER_NONE) <= set(negation.OTHER_NONE_FORMS)
    assert {"keine", "aucune", "nessuna", "nenhuma", "ninguna"} <= set(negation.OTHER_NONE_FORMS)
    assert all(foreign_negation(f"{w} normal") for w in negation.OTHER_NOT)
    assert not foreign_negation("non-contrast ct")


def test_committed_lean_linear_on_hostile_input() -> None:
    for text in ("可能性" * 7_000, "，不" * 10_000, "更有" * 10_000):
        start = time.perf_counter()
        blocked(text[:20_000], "modality")
        assert time.perf_counter() - start < 5.0
