"""Closed answers committed without a bare yes/no (session 33, issue #7): a closing verdict under a committed lean
("So, likely yes."), a negation set in one-word emphasis ("it is *not* inflamed"), the asked pole's opposite stated
before a sentence that only describes ("The lesion is benign. It's a fat-containing mass - a lipoma."), and a reply
cut after an approximation word ("... is approximately") read as truncated; a decline in soft words ("isn't
something I can decide") is refused, and a sentence of the asked subject as a class in the bare plural
("Hypervascular lesions enhance avidly ...") is no statement of the one asked; a pronoun after a sentence whose own
subject is the asked one goes on with it ("The node retains a fatty hilum. ... so it is not enlarged."), and a
Chinese malignancy question is answered by its opposite pole ("倾向良性病变。" to 病变是否为恶性？). Each is paired with near misses that
must keep their reading: a maybe-word is no lean, a trailing doubt or turn keeps the pole open, and a sentence that
can end on "about" is not cut."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("question, text, expected", [
    # a committed lean before the closing verdict
    ("Is there evidence of small bowel obstruction?",
     "Multiple dilated small-bowel loops with air-fluid levels and a gasless colon. So, likely yes.", "yes"),
    ("Is there a pleural effusion?", "Blunting of the left costophrenic angle with a meniscus. Most likely yes.", "yes"),
    ("Is there a kidney stone?", "No shadowing focus in either kidney, so most probably no.", "no"),
    # one word in emphasis is the word
    ("Is the appendix inflamed?", "The appendix is *not* inflamed: it measures 5 mm and compresses normally.", "no"),
    ("Is the appendix inflamed?", "The appendix is _not_ inflamed.", "no"),
    ("Is the spleen enlarged?", "The spleen spans 11 cm, which is within normal limits; it is __not__ enlarged.", "no"),
    # the opposite pole, then a sentence that describes only
    ("Is the lesion malignant?",
     "The lesion is benign. It's a well-circumscribed, fat-containing mass with a thin capsule — a lipoma.", "no"),
    ("Is the lesion malignant?", "This is a benign lesion. It is a simple cyst with an imperceptible wall.", "no"),
])
def test_committed_without_a_bare_verdict(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a fracture?", "It could be yes."),
    ("Is there a fracture?", "Likely yes or no depending on the lateral view; this single view is not enough."),
    ("Is the lesion malignant?", "The lesion is benign. However, a biopsy may be needed."),
    ("Is the lesion malignant?", "The lesion is benign. Liposarcoma cannot be excluded."),
    ("Is the lesion malignant?", "The lesion is benign. Could it be a liposarcoma?"),
    ("Is the lesion malignant?", "It has benign features, but malignancy cannot be excluded."),
    ("Is the lesion malignant?", "The lesion could be malignant; a biopsy is needed."),
    ("Is the lymph node enlarged?", "I'm not sure it is **not** enlarged; it's borderline at 10 mm."),
])
def test_no_verdict_stays_none(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_cut_after_an_approximation_is_truncated() -> None:
    text = ("To evaluate the cardiac silhouette, we measure the cardiothoracic ratio. The maximal transverse diameter "
            "of the heart is approximately")
    assert _read("Is the cardiac silhouette normal in size?", text) == (None, "truncated")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion?", "No pneumothorax, but a small left pleural effusion.", "yes"),
    ("Is the mass benign?", "The mass is benign", "yes"),
    ("Is the heart enlarged?", "No, the heart is normal in size", "no"),
])
def test_terse_complete_answers_keep_their_reading(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Should this patient undergo surgery based on this CT?",
     "Whether to operate isn't something I can decide from a single image — that's a clinical decision for the surgical "
     "team. I'd be glad to describe what's visible on the scan if that's useful."),
    ("Is this patient a candidate for surgery?",
     "Deciding on surgery isn't something I can do from one image; that belongs to the treating team."),
])
def test_soft_decline_is_refused(question: str, text: str) -> None:
    assert _read(question, text) == (None, "refused")


def test_an_answer_beside_an_offer_stays_an_answer() -> None:
    assert _read("Is there a pneumothorax?", "No pneumothorax is seen. I'd be glad to describe other findings.")[0] == "no"


@pytest.mark.parametrize("question, text, expected", [
    ("Is the lesion hypervascular?", "Hypervascular lesions such as HCC enhance in the arterial phase and wash out later.",
     None),
    ("Is the lesion malignant?", "Malignant lesions typically show spiculation, whereas benign ones are smooth.", None),
    ("Is the lesion hypervascular?",
     "Hypervascular lesions enhance avidly in the arterial phase, while hypovascular lesions remain darker. Assessing "
     "this requires comparing the lesion's attenuation across the phases.", None),
    # this case's lesion, or lesions counted or pointed at, stay a statement
    ("Is the lesion hypervascular?", "The lesion is hypervascular.", "yes"),
    ("Is the lesion hypervascular?", "These hypervascular lesions enhance avidly.", "yes"),
])
def test_a_class_in_the_plural_is_no_statement_of_the_asked_one(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the lymph node enlarged?",
     "The node measures 7 mm in short axis and retains a fatty hilum with a smooth oval contour. That's within normal "
     "limits, so it is **not** enlarged.", "no"),
    ("Is the lymph node enlarged?", "The node retains a fatty hilum. It is not enlarged.", "no"),
    ("Is the pancreas atrophic?", "The pancreas has a dilated duct and coarse calcifications. It is atrophic.", "yes"),
    # a finding the subject's own sentence introduces may be what "it" takes up: the cyst or the liver, no reading
    ("Is the liver enlarged?", "The liver contains a 3 cm cyst. It is not enlarged.", None),
    ("Is the thyroid calcified?", "The thyroid contains a nodule. It is calcified.", None),
    ("Is the bladder enlarged?", "The bladder is compressed by a mass. It is enlarged.", None),
    # another thing named by a sentence of its own, or before the subject, may be the antecedent
    ("Is the liver enlarged?", "The spleen contains a 3 cm cyst. It is not enlarged.", None),
    ("Is the lymph node enlarged?", "A nodule is seen beside the node; it is not enlarged.", None),
    ("Is the lymph node enlarged?", "The node measures 7 mm. The adjacent vessel is dilated. It is not enlarged.", None),
])
def test_a_pronoun_goes_on_with_the_sentence_subject(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


def _read_zh(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="是", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    ("图中病变是否为恶性？", "该病灶边界清晰、形态规则，内部回声均匀，后方回声增强，倾向良性病变。", "否"),
    ("图中病变是否为良性？", "病灶边缘毛刺，伴微钙化，考虑恶性。", "否"),
    # the asked pole named, a hedge, a class, or an absence of the other pole: no reading
    ("图中病变是否为恶性？", "良性，但不能除外恶性。", None),
    ("图中病变是否为恶性？", "考虑良性可能。", None),
    ("图中病变是否为恶性？", "恶性病变通常边界不清，良性病变边界清楚。", None),
    ("图中病变是否为恶性？", "未见良性征象。", None),
    # the opposite in a differential, a question or a condition is said of no lesion
    ("病变是否为恶性？", "需与良性病变鉴别。", None),
    ("病变是否为恶性？", "良性？", None),
    ("病变是否为恶性？", "如为良性病变，可随访。", None),
])
def test_chinese_malignancy_by_its_opposite(question: str, text: str, expected: str | None) -> None:
    assert _read_zh(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # emphasis: only a negation word that makes its sentence's verdict is read as the word
    ("Is there a pleural effusion?", "The effusion is _not_ large, but it is present.", "yes"),
    ("Is the bowel dilated?",
     "The bowel is not *dilated* in the usual sense — it is *filled*. Yes, it is dilated to 4 cm.", "yes"),
    ("Are the lungs hyperexpanded?", "The lungs are *not* hyperexpanded; the diaphragms are domed.", "no"),
    # a pole read past a class statement in the bare plural is no pole of this case
    ("Is the lesion malignant?", "Benign lesions are well circumscribed. It is, in this case, ill-defined and invasive.",
     None),
    ("Is the lesion malignant?", "Benign tumours grow slowly. They rarely invade.", None),
    ("Is the lesion benign?", "Malignant lesions show washout. This one shows washout too.", None),
    # a soft decline with an answer after it, or a remark on rarity ("see"), declines nothing
    ("Is there a pneumothorax?",
     "It isn't something I can determine with full certainty, but yes, there is a small apical pneumothorax.", "yes"),
    ("Is there a fracture?", "Staging isn't something I can do here. As for the question: no, there is no fracture.", "no"),
    ("Is the heart on the right side?",
     "This is not something we can see often: situs inversus. Yes, the heart is on the right.", "yes"),
])
def test_review_regressions_keep_the_base_reading(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


def test_closing_verdict_search_is_fast_on_blank_runs() -> None:
    # (the n^4 search took 14 s on the last two)
    for text in (rep("\n", 200, "The lungs are clear.", "Done."), rep("*\n\n", 80),
                 rep("*\n\n", 80, "The lungs are clear.", "x")):
        reads_linearly(lambda run: _read("Are the lungs clear?", run), text)
