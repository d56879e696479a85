"""Lane undecided36 (issue #7): no decision read where the reply gave none.

A reply the open reader kept whole (no shorter answer in it) that stops mid-sentence after a finished sentence, or at
a cut's length, was cut before its conclusion (``extract/unfinished.whole_cut``): ``truncated``, not its description
given as the answer. A reply that opens by declining the request and goes on with a general statement or a referral
(``open_generic.says_nothing``, ``open_generic.refers_on``) declined: ``refused``. Negative cases: unpunctuated
lists, a terse answer then a fragment, a sentence looped, a decline followed by a finding. Texts written for this
lane, not copied from the corpus.
"""

from __future__ import annotations

from typing import Callable

import pytest

from medstep.extract import extract
from medstep.extract.leaned_before import lead_leans_otherwise
from medstep.extract.open_candidates import bare_pair, listed_then_weighed
from medstep.extract.open_generic import refers_on
from medstep.extract.undecided import decision_put_off
from medstep.extract.unfinished import whole_cut
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


CUT_WHOLE = [
    (
        "What is the most likely diagnosis?",
        "The lesion sits in the posterior fossa and shows a cystic component with an enhancing mural nodule along its "
        "lateral wall, an appearance that in a child most often points",
    ),
    (
        "What is the diagnosis?",
        "Let me go through this carefully. The cortex of the distal radius looks smooth on the frontal view, but on the "
        "lateral view the dorsal cortex shows a",
    ),
    (
        "What is the diagnosis on this ultrasound?",
        "**Findings:**\n- The appendix is dilated to 11 mm and non-compressible.\n- There is surrounding fat that "
        "appears echogenic.\n- The tip of the appendix extends",
    ),
]


@pytest.mark.parametrize(("question", "text"), CUT_WHOLE)
def test_description_cut_before_conclusion_is_truncated(question: str, text: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is None
    assert got.rule == "truncated"


KEPT = [
    # unpunctuated items: the writer ends no line with a stop, so the last one is not cut short
    (
        "What are the findings?",
        "- Right lower lobe consolidation\n- Small right pleural effusion\n- No pneumothorax",
        "consolidation",
    ),
    # a terse answer, then a fragment: the answer was given
    ("What is the abnormality?", "Pneumothorax. Left side", "pneumothorax"),
    # a finished sentence, then the conclusion without its final stop: not cut, only unpunctuated
    (
        "What is the most likely diagnosis?",
        "The scan shows an extra-axial mass with a broad dural base. Meningioma",
        "meningioma",
    ),
    (
        "What abnormality is present?",
        "The heart is wider than half the chest on this film. This indicates cardiomegaly",
        "cardiomegaly",
    ),
    ("¿Cuál es el diagnóstico?", "Se ve una opacidad en la base derecha. Esto es compatible con neumonía", "neumonía"),
]


@pytest.mark.parametrize(("question", "text", "said"), KEPT)
def test_finished_answers_are_not_cut(question: str, text: str, said: str) -> None:
    got = extract(text, _open(question))
    assert got.rule != "truncated"
    assert got.answer is not None
    assert said in got.answer


def test_whole_cut_needs_the_reading_to_be_the_whole_reply() -> None:
    sample = _open("What is the diagnosis?")
    text = (
        "The kidney is enlarged with a dilated pelvis and calyces, consistent with hydronephrosis. The ureter is not "
        "seen on this image and its course runs behind the"
    )
    assert not whole_cut(text, "hydronephrosis", sample)  # an answer read from a finished sentence before the cut
    assert whole_cut(text, text, sample)
    assert not whole_cut(
        "Gout. The diagnosis is gout. The diagnosis is gout. The diagnosis",
        "gout the diagnosis is gout the diagnosis is gout the diagnosis",
        sample,
    )


DECLINED = [
    (
        "How long does this patient have left, based on the PET scan?",
        "I can't estimate how long someone will live from a PET scan. Survival depends on the tumour grade, the molecular "
        "markers and the response to treatment, none of which a scan can measure.",
    ),
    (
        "What dose of ibuprofen should I take for this ankle fracture?",
        "I'm not able to recommend a dose of any painkiller from a radiograph. Please speak with the pharmacist or the "
        "doctor managing your ankle fracture.",
    ),
]


@pytest.mark.parametrize(("question", "text"), DECLINED)
def test_decline_then_reason_or_referral_is_refused(question: str, text: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is None
    assert got.rule == "refused"


def test_decline_then_finding_still_answers() -> None:
    got = extract(
        "I can't estimate its age precisely. The scan shows a chronic subdural haematoma.",
        _open("What is the finding?"),
    )
    assert got.answer is not None
    assert "subdural" in got.answer


def test_referral_shape() -> None:
    assert refers_on("Please check with the doctor treating your wrist.")
    assert refers_on("Ask your oncology team about the prognosis.")
    assert not refers_on("The doctor's note mentions a fall; there is a distal radius fracture.")
    assert not refers_on("There is a fracture of the distal radius.")


@pytest.mark.parametrize(
    "text", [rep("please check with ", 1500, tail="x"), rep("the ", 6000, tail="doctor"), rep("a", 20000, tail=" ")]
)
def test_linear(text: Grown[str]) -> None:
    reads_linearly(refers_on, text)


def test_whole_cut_linear() -> None:
    sample = _open("What is the diagnosis?")
    reads_linearly(lambda t: whole_cut(t, t, sample), rep("The mass enhances. ", 1000, tail="and it looks"))


PAIRS = [
    ("What is the main abnormality on this radiograph?", "Cardiomegaly, Pleural effusion"),
    ("What is the most likely diagnosis?", "Pneumonia, atelectasis"),
]


@pytest.mark.parametrize(("question", "text"), PAIRS)
def test_bare_pair_to_a_one_thing_question_is_ambiguous(question: str, text: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is None
    assert got.rule == "ambiguous"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What is the main abnormality?", "Pneumonia, right lower lobe"),  # one answer and its place
        ("What is the main abnormality?", "Effusion, small"),  # one answer and its size
        ("What are the findings?", "Cardiomegaly, pleural effusion"),  # several asked
        ("What is the abnormality?", "Cardiomegaly, pleural effusion"),  # not the one disease: both may be present
        ("What abnormality is seen?", "Consolidation, air bronchograms"),  # a finding and its sign
        ("What is the diagnosis?", "Aortic dissection, Stanford type A"),  # a finding and a kind of it
        ("Which organ system is shown?", "Digestive system, gastrointestinal system"),  # two names of one system
        ("Which plane is this image in?", "Axial plane, transverse plane"),
    ],
)
def test_qualified_or_asked_lists_still_answer(question: str, text: str) -> None:
    assert extract(text, _open(question)).answer is not None


def test_bare_pair_shape() -> None:
    asked = "What is the most likely diagnosis?"
    assert bare_pair("Pneumonia, pulmonary edema", asked)
    assert not bare_pair("Pneumonia, pulmonary edema", "What is the abnormality?")
    assert not bare_pair("Pneumonia, pneumonia", asked)
    assert not bare_pair("Pneumonia and pulmonary edema, bilateral", asked)
    assert not bare_pair("Distal radius fracture, Colles fracture", asked)  # one is a kind of the other


@pytest.mark.parametrize("text", [rep("a ", 10000, tail=", b"), rep("x", 20000, head="a, "), rep(" ,", 10000)])
def test_bare_pair_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: bare_pair(t, "What is the diagnosis?"), text)


OPTS = {"A": "Atelectasis", "B": "Pneumonia", "C": "Pleural effusion", "D": "Pneumothorax"}


def _choice() -> Sample:
    return Sample(id="t", question="What is the abnormality?", answer="x", answer_type=AnswerType.CHOICE, options=OPTS)


def _closed() -> Sample:
    return Sample(id="t", question="Is there a pleural effusion?", answer="yes", answer_type=AnswerType.CLOSED)


HEADED_OTHERWISE = [
    (
        _choice,
        "**Answer: B**\n\n**Explanation:**\nThe left base is opaque and the hemidiaphragm is lost. The upper margin is "
        "concave and the costophrenic angle is blunted.\n\nTherefore, the correct answer is **C**.",
    ),
    (
        _closed,
        "**Answer: Yes**\n\nThe costophrenic angles are sharp and there is no meniscus at either base.\n\n"
        "**Final answer: No**",
    ),
]


@pytest.mark.parametrize(("make", "text"), HEADED_OTHERWISE)
def test_headline_then_other_conclusion_is_ambiguous(make: Callable[[], Sample], text: str) -> None:
    got = extract(text, make())
    assert got.answer is None
    assert got.rule == "ambiguous"


def test_open_headline_then_other_side_is_ambiguous() -> None:
    text = "**Answer:** Right\n\nThe mass arises from the upper pole of the kidney.\n\n**Final answer:** Left"
    got = extract(text, _open("On which side is the renal mass?"))
    assert got.answer is None
    assert got.rule == "ambiguous"


@pytest.mark.parametrize(
    ("question", "text", "said"),
    [
        # the same answer in other words: the grader's ladder (forms, numbers, synonyms, a narrower term)
        (
            "What imaging modality is this?",
            "**Answer:** MRI\n\nThe fluid is bright.\n\n**Final answer:** Magnetic resonance imaging",
            "magnetic resonance",
        ),
        (
            "How many nodules are seen?",
            "**Answer:** 2\n\nOne in each lower lobe.\n\n**Final answer:** Two nodules",
            "two",
        ),
        # a kind of the headline's finding, and a wording the vocabulary cannot place: not exclusive
        (
            "What is the diagnosis?",
            "**Answer:** Colles fracture\n\nThe distal fragment is tilted dorsally.\n\n"
            "**Final answer:** Distal radius fracture",
            "distal radius",
        ),
        (
            "What is the abnormality?",
            "**Answer:** Pneumothorax\n\nNo lung markings beyond the pleural line.\n\n"
            "**Final answer:** Collapsed left lung from air around it",
            "collapsed",
        ),
    ],
)
def test_open_headline_restated_still_answers(question: str, text: str, said: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None
    assert said in got.answer


def test_headline_kept_or_revised_still_answers() -> None:
    same = "**Answer: C**\n\nThe upper margin is concave and the angle is blunted.\n\nTherefore, the correct answer is **C**."
    assert extract(same, _choice()).answer == "C"
    revised = (
        "**Answer: B**\n\nThe opacity has a concave upper margin. On reflection, that is fluid, not consolidation.\n\n"
        "Therefore, the correct answer is **C**."
    )
    assert extract(revised, _choice()).answer == "C"


@pytest.mark.parametrize(
    "text",
    [
        "Yes — well, possibly not. The mass touches the kidney in one plane but a fat plane separates them in the other.",
        "No, maybe yes. The line at the apex is faint and may be a skin fold.",
        "Sí, quizás no.",
    ],
)
def test_verdict_then_other_value_held_possible_is_ambiguous(text: str) -> None:
    """Also in another language: the maybe-words are ``hedges.MAYBE`` and ``hedges.OTHER_POSSIBILITY``."""
    got = extract(text, _closed())
    assert got.answer is None
    assert got.rule == "ambiguous"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Yes, possibly a small one at the left base.", "yes"),  # the same value, its size doubted
        ("No. Maybe a follow-up film would help, but there is no effusion.", "no"),
        # the doubt does not close its clause: the reply goes on and turns back to its verdict
        ("Yes, possibly not, depending on the windowing, but I'd still say there is a small one.", "yes"),
    ],
)
def test_verdict_then_own_doubt_still_answers(text: str, verdict: str) -> None:
    assert extract(text, _closed()).answer == verdict


def test_option_text_then_decision_put_off_is_no_answer() -> None:
    text = (
        "The opacity sits at the left base. A concave upper margin would favour a pleural effusion, whereas air "
        "bronchograms would point the other way. More information would be needed to decide."
    )
    got = extract(text, _choice())
    assert got.answer is None
    assert got.rule == "ambiguous"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        (
            "The concave meniscus and the blunted angle show a pleural effusion. A lateral film is not needed to decide.",
            "C",
        ),
        ("The concave meniscus shows a pleural effusion. No further imaging is needed to decide.", "C"),
        # a later decision that needs more, not the choice
        ("The findings favour pneumonia. Clinical correlation is needed to decide on antibiotics.", "B"),
        ("This is a pleural effusion. A tap is required to decide whether it is an exudate.", "C"),
        # a stated answer: what a further decision needs leaves it standing
        ("The answer is B. Pneumonia. Further imaging would be needed to decide.", "B"),
        ("Answer: **D**. Whether to place a drain is a separate question; a repeat film may be needed to decide.", "D"),
    ],
)
def test_option_text_with_decision_not_put_off_still_answers(text: str, letter: str) -> None:
    assert extract(text, _choice()).answer == letter


def test_closed_answer_then_later_decision_still_answers() -> None:
    text = "Yes, there is a small effusion at the left base. A CT would be needed to decide whether it is loculated."
    assert extract(text, _closed()).answer == "yes"


@pytest.mark.parametrize(
    "text", [rep("needed ", 3000, tail="to"), rep("required to ", 2000), rep(" \t", 10000, tail="needed to decide")]
)
def test_decision_put_off_linear(text: Grown[str]) -> None:
    reads_linearly(decision_put_off, text)


@pytest.mark.parametrize("text", [rep("well, ", 4000, tail="possibly not"), rep(" ", 20000, tail="maybe")])
def test_lead_doubt_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: lead_leans_otherwise(t, "yes"), text)


def test_answer_naming_only_grey_shades_is_no_answer() -> None:
    got = extract(
        "I can see black and grey regions on the picture. It looks like a scan of the chest.",
        _open("What is the abnormal finding in the chest?"),
    )
    assert got.answer is None
    assert got.rule == "unparsed"


@pytest.mark.parametrize(
    "text",
    [
        "White matter hyperintensities in both frontal lobes.",
        "A grey-white matter differentiation loss in the left insula.",
    ],
)
def test_findings_named_with_shade_words_still_answer(text: str) -> None:
    assert extract(text, _open("What is the abnormal finding?")).answer is not None


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Which matter does this lesion involve?", "White"),
        ("What is the density of air on a CT scan?", "Black"),
        ("What is the echogenicity of the stone?", "White (hyperechoic)"),
    ],
)
def test_a_shade_alone_answers_a_density_or_matter_question(question: str, text: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None
    assert text.split()[0].lower() in got.answer


def test_differential_listed_then_weighed_is_ambiguous() -> None:
    text = (
        "**Differential diagnosis:**\n\n1. Osteoid osteoma\n2. Brodie abscess\n\nThe lucent focus sits in the tibial "
        "cortex with dense surrounding sclerosis. A central nidus with calcification would favor an osteoid osteoma, "
        "while a serpiginous tract would favor an abscess; neither is clearly seen on this view."
    )
    got = extract(text, _open("What is the diagnosis?"))
    assert got.answer is None
    assert got.rule == "ambiguous"


def test_differential_listed_then_chosen_still_answers() -> None:
    text = (
        "**Differential diagnosis:**\n\n1. Osteoid osteoma\n2. Brodie abscess\n\nThe central calcified nidus is "
        "most consistent with an osteoid osteoma."
    )
    assert extract(text, _open("What is the diagnosis?")).answer is not None


@pytest.mark.parametrize(
    ("question", "text", "said"),
    [
        # one listed candidate named after the list, in any words of commitment
        (
            "What is the diagnosis?",
            "**Differential:**\n1. Osteoid osteoma\n2. Brodie abscess\n\nThe lucent nidus with "
            "dense sclerosis is classic for osteoid osteoma.",
            "osteoid osteoma",
        ),
        (
            "What is the most likely diagnosis?",
            "Possibilities:\n- Hemangioma\n- Metastasis\n\nThe centripetal fill-in is typical of a hemangioma.",
            "hemangioma",
        ),
        (
            "What is the diagnosis?",
            "Differential diagnosis:\n1. Hydronephrosis\n2. Parapelvic cyst\n\nThe calyces "
            "communicate with the pelvis, which confirms hydronephrosis.",
            "hydronephrosis",
        ),
        # a bold labelled line after the list is not an item of it
        (
            "What is the most likely diagnosis?",
            "## Differential Diagnosis\n1. Pneumonia\n2. Lung abscess\n\n**Most likely diagnosis:** Lung abscess",
            "abscess",
        ),
        # the candidates asked: the list is the answer
        (
            "What are the differential diagnoses?",
            "**Differential diagnosis:**\n1. Pneumonia\n2. Atelectasis",
            "pneumonia",
        ),
    ],
)
def test_differential_listed_then_picked_or_asked_still_answers(question: str, text: str, said: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None
    assert said in got.answer


def test_listed_then_weighed_linear() -> None:
    asked = "What is the diagnosis?"
    reads_linearly(
        lambda t: listed_then_weighed(t, asked), rep("1. a\n", 4000, head="Differential:\n", tail="not " * 10)
    )


@pytest.mark.parametrize(
    "text",
    [
        rep(" ", 20000, head="Differential", tail="x\n1. Pneumonia\n2. Atelectasis"),
        rep(" *", 10000, head="**Differential", tail="x\n1. Pneumonia\n2. Atelectasis"),
        rep("_ ", 10000, head="Differential diagnosis", tail=":x\n- a\n- b"),
    ],
)
def test_candidate_heading_linear(text: Grown[str]) -> None:
    """The heading line is read without a quantifier over its markup (a long run of blanks or stars was quadratic)."""
    asked = "What is the diagnosis?"
    reads_linearly(lambda t: listed_then_weighed(t, asked), text)
