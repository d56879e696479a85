"""Session 58 lane cleanup58 (issue #12): the hostile shapes left from session 57, read in time linear in the input.

Budgets are about ten times the time measured here (CPU seconds, on a loaded two-core machine; never under 1 s). The
shapes: a markdown table of 900 rows read for a closed question (each row asked the question's term again: now read
once per question, ``implicit_terms.question_term``), Chinese with no punctuation as a report and as a chain, and a
run of option letters for a choice (``decision._classify`` reads each letter in a bounded window: linear already).
"""

from __future__ import annotations

import time

from medstep.extract import extract, implicit_terms
from medstep.types import AnswerType, Sample
from medstep.verify import verify

CLOSED = Sample(id="s58", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
CHOICE_Q = "Which finding is shown?"
OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Pulmonary embolism"}
CHOICE = Sample(id="s58c", question=CHOICE_Q, answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS)
REPORT = "Small left pleural effusion. No pneumothorax. The heart size is normal."


def _seconds(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _table(rows: int) -> str:
    body = "".join(f"| {i} | right pneumothorax | {'yes' if i % 2 else 'no'} |\n" for i in range(rows))
    return "| # | finding | present |\n|---|---|---|\n" + body


def test_markdown_table_closed_is_linear() -> None:
    extract(_table(5), CLOSED)  # (patterns compiled, tables loaded)
    implicit_terms.question_term.cache_clear()
    assert _seconds(lambda: extract(_table(900), CLOSED)) < 10.0  # (0.7 s)
    info = implicit_terms.question_term.cache_info()
    assert info.misses <= 4 and info.hits > 100  # the question read once, not once per row


def test_zh_no_stops_report_is_linear() -> None:
    text = "右侧气胸左侧胸腔积液心脏增大" * 2100
    assert _seconds(lambda: verify("There is a right pneumothorax. The answer is B.", report=text, options=OPTIONS,
                                   chosen="B", question=CHOICE_Q)) < 5.0  # (0.4 s)


def test_zh_no_stops_chain_is_linear() -> None:
    text = "右侧气胸左侧胸腔积液心脏增大" * 2100
    assert _seconds(lambda: verify(text, report=REPORT, options=OPTIONS, chosen="B", question=CHOICE_Q)) < 5.0  # (0.3 s)


def test_letter_run_choice_is_linear() -> None:
    assert _seconds(lambda: extract("A B C D " * 500, CHOICE)) < 8.0  # (0.8 s)


def test_readings_kept() -> None:
    # the same readings as before the question was cached (base b6be6f5e): the table's last row, no letter from a run
    assert extract(_table(900), CLOSED).answer == "yes"
    assert extract("| finding | present |\n|---|---|\n| right pneumothorax | yes |\n", CLOSED).answer == "yes"
    assert extract("There is a right pneumothorax.", CLOSED).answer == "yes"
    assert extract("No pneumothorax is seen.", CLOSED).answer == "no"
    assert extract("A B C D " * 500, CHOICE).answer is None
    assert extract("The answer is B.", CHOICE).answer == "B"


def test_change_subject_blank_run_is_linear() -> None:
    # whole58: ``\s*`` before the optional heading's own blank run split a long run every way (10 s on 30,000 blanks)
    from medstep.verify.changes import SUBJECT
    for text in (" " * 30000, "\n" * 30000, " " * 30000 + "it"):
        assert _seconds(lambda: SUBJECT.match(text)) < 1.0
    assert SUBJECT.match("Change: it is unchanged").group() == "Change: it"
    assert SUBJECT.match("  It is unchanged").group() == "  It"
