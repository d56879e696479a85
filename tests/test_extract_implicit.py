"""The implicit yes/no reader: a stated finding answers a closed question, and every trap stays unread.

The traps matter more than the reads: a wrong yes/no is worse than an
unparsed one, so each precision rule of ``extract/implicit.py`` has a case
here that it alone keeps unread.
"""

from __future__ import annotations

import pytest

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.extract import extract
from medstep.extract.implicit import MAX_CHARS, RULE, read_implicit
from medstep.types import AnswerType, Sample, Status

PTX = "Is there a pneumothorax?"

READS = [
    # another form of the question's word (answers/wordforms.tsv): "hepatic" is the liver's
    ("Is there a mass in the liver?", "The image shows a hepatic mass.", YES),
    (PTX, "No pneumothorax is seen.", NO),
    (PTX, "There is no evidence of pneumothorax.", NO),
    (PTX, "Pneumothorax is not identified.", NO),
    (PTX, "The pneumothorax isn't seen.", NO),
    (PTX, "The lungs are clear without pneumothorax.", NO),
    (PTX, "There is no pneumothorax or pleural effusion.", NO),
    (PTX, "**No pneumothorax is identified on this radiograph.**", NO),
    (PTX, "No definite pneumothorax.", NO),  # a report qualifier inside the denial (hedges.DENIAL_QUALIFIERS)
    ("Are there multiple nodules?", "There are multiple nodules in both lungs.", YES),
    (PTX, "There is a right-sided pneumothorax.", YES),
    (PTX, "A pneumothorax is present.", YES),
    (PTX, "Findings are consistent with a tension pneumothorax.", YES),
    ("Is there a pneumothorax in this image?", "The image shows a large left pneumothorax.", YES),
    ("Is there a left pneumothorax?", "No left pneumothorax.", NO),
    ("Is there a mass in the liver?", "No mass in the liver is seen.", NO),
    ("Is there an effusion?", "There is a small left pleural effusion.", YES),
    ("Is there free air under the diaphragm?", "No free air is visible beneath either hemidiaphragm.", NO),
    ("Is there a rib fracture?", "Fractures of the right 5th and 6th ribs are seen posteriorly.", YES),
    ("Does the image show a fracture?", "No fracture is seen.", NO),
    ("Is a nodule seen?", "A nodule is seen in the right upper lobe.", YES),
    ("Is the heart enlarged?", "The heart is not enlarged.", NO),
    ("Is the heart enlarged?", "The heart does not appear enlarged.", NO),
    ("Is the heart enlarged?", "The heart is mildly enlarged.", YES),
    ("Is the heart enlarged?", "Not enlarged.", NO),
    ("Are the lungs clear?", "The lungs are clear.", YES),
    ("图中有胸腔积液吗？", "图中未见明显胸腔积液。", ZH_NO),
    ("图中有胸腔积液吗？", "无胸腔积液。", ZH_NO),
    ("图中有胸腔积液吗？", "有少量胸腔积液，未见气胸。", ZH_YES),
    ("肺部有结节吗？", "肺部可见一个结节，位于右肺上叶。", ZH_YES),
    ("心脏是否增大？", "心脏增大。", ZH_YES),
    ("心脏是否增大？", "心脏不增大。", ZH_NO),
    ("这张图片看起来正常吗？", "这张图片不正常，右肺可见大片实变影。", ZH_NO),
    # the bare noun denied denies every kind of it
    ("Is there a pleural effusion?", "The angles are clear. No effusion.", NO),
    ("有胸腔积液吗？", "双侧肋膈角锐利，未见积液征象。", ZH_NO),
    # a Chinese word form of the subject, a subject-state question
    ("心脏增大吗？", "心影增大，心胸比约0.6。", ZH_YES),
    ("心脏增大吗？", "心影不增大。", ZH_NO),
    ("¿Hay derrame pleural?", "Los ángulos costofrénicos están libres. No hay derrame.", NO),
]

TRAPS = [
    # hedged
    (PTX, "Possible small pneumothorax."),
    (PTX, "A pneumothorax cannot be excluded."),
    (PTX, "Likely a small pneumothorax."),
    (PTX, "There may be a pneumothorax."),
    (PTX, "Either a pneumothorax or a skin fold is present."),
    (PTX, "A skin fold mimicking a pneumothorax."),
    (PTX, "There is a history of pneumothorax."),
    (PTX, "Is there a pneumothorax? A pneumothorax is present."),
    ("图中有胸腔积液吗？", "可能有胸腔积液。"),
    # both affirmed and denied
    (PTX, "There is a pneumothorax. No pneumothorax is seen."),
    ("图中有胸腔积液吗？", "未见明显胸腔积液，右侧可见胸腔积液。"),
    # not the question's term, or a narrower one under the negation
    (PTX, "No pleural effusion is seen."),
    ("Is there an effusion?", "No pericardial effusion."),
    ("Is the heart enlarged?", "No cardiomegaly is seen on this study."),
    # the bare noun stated, or denied beside a side or another kind
    ("Is there a pleural effusion?", "There is an effusion."),
    ("Is there a pleural effusion?", "No effusion on the left."),
    ("Is there a pleural effusion?", "No effusion on the left, small effusion on the right."),
    ("有胸腔积液吗？", "可见积液。"),
    ("¿Hay derrame pleural?", "Hay derrame."),
    ("¿Hay derrame pleural?", "No hay derrame en el lado izquierdo."),
    ("有胸腔积液吗？", "可能未见积液。"),
    # a negation whose scope is not the term
    (PTX, "No change in the right pneumothorax."),
    (PTX, "No effusion and a large pneumothorax is present."),
    # another side or organ than asked
    (PTX, "No pneumothorax on the right."),
    (PTX, "No right pneumothorax."),
    ("Is there a left pneumothorax?", "There is a right pneumothorax."),
    ("Is there a mass in the liver?", "There is a mass in the kidney."),
    ("Is there an opacity in the right lung?", "There is an opacity in the left lung and the right lung is clear."),
    # a compound noun is another finding
    ("Is there a mass?", "There is a mass effect."),
    ("左肺有结节吗？", "右肺可见结节。"),
    # not a simple presence / property question
    ("Is there a pneumothorax or effusion?", "No pneumothorax."),
    ("Is there no pneumothorax?", "No pneumothorax."),
    ("Is this a PA view?", "This is a PA view."),
    ("Was contrast given for this scan?", "The image shows intravenous contrast."),
    ("Which side is the effusion on?", "There is a left effusion."),
    # a property stated in other words
    ("Is the heart enlarged?", "Heart size is normal."),
    ("Is the heart enlarged?", "The heart may be enlarged."),
    # a refusal, and a long chain of reasoning
    (PTX, "I cannot determine from this image whether a pneumothorax is present."),
    (PTX, "Let me think. " * (MAX_CHARS // 14) + "No pneumothorax is seen."),
]


@pytest.mark.parametrize(("question", "text", "verdict"), READS, ids=[t for _, t, _ in READS])
def test_a_plain_statement_of_the_finding_is_read(question: str, text: str, verdict: str) -> None:
    assert read_implicit(text, question) == verdict


@pytest.mark.parametrize(("question", "text"), TRAPS, ids=[t[:60] for _, t in TRAPS])
def test_a_trap_is_left_unread(question: str, text: str) -> None:
    assert read_implicit(text, question) is None


def _closed(question: str, gold: str = YES) -> Sample:
    return Sample(id="q1", question=question, answer=gold, answer_type=AnswerType.CLOSED, benchmark="test")


def test_extract_names_the_rule_and_it_never_overrides_an_explicit_verdict() -> None:
    got = extract("No pneumothorax is seen.", _closed(PTX))
    assert (got.answer, got.rule) == (NO, RULE)
    # "Yes," is an explicit verdict: it wins, whatever the sentence says after it.
    got = extract("Yes, there is a small pneumothorax.", _closed(PTX))
    assert (got.answer, got.rule) == (YES, "yes_no_lead")
    got = extract("<answer>There is no pneumothorax.</answer>", _closed(PTX))
    assert (got.answer, got.rule) == (NO, RULE)


def test_a_hedged_statement_is_ambiguous_through_extract() -> None:
    """A lean ("Possible small pneumothorax.") is neither yes nor no, and not silence: ``ambiguous``."""
    got = extract("Possible small pneumothorax.", _closed(PTX))
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)
    got = extract("The image shows the chest.", _closed(PTX))
    assert (got.answer, got.status) == (None, Status.UNPARSED)


def test_the_verdict_is_the_same_whatever_the_gold() -> None:
    """Extraction never looks at the gold: English and Chinese golds read the same statement alike."""
    for gold in (YES, NO, ZH_YES, ZH_NO):
        assert extract("There is a right-sided pneumothorax.", _closed(PTX, gold)).answer == YES


def test_yes_no_options_take_the_stated_finding() -> None:
    sample = Sample(id="q2", question="Is there a pneumothorax in this image?", answer="B",
                    answer_type=AnswerType.CHOICE, options={"A": "Yes", "B": "No"}, benchmark="test")
    got = extract("No pneumothorax is identified.", sample)
    assert (got.answer, got.rule) == ("B", RULE)
    other = Sample(id="q3", question=PTX, answer="A", answer_type=AnswerType.CHOICE,
                   options={"A": "Pneumothorax", "B": "Effusion"}, benchmark="test")
    assert extract("Possible small pneumothorax.", other).rule != RULE
