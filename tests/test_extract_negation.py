"""The negation words are one list (``answers/negation.py``): every reader, in the answer extractor and in the
verifier, builds its pattern from its sub-lists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from medstep.answers import negation
from medstep.extract import extract
from medstep.types import AnswerType, Sample

SRC = Path(__file__).resolve().parents[1] / "src" / "medstep"


def _closed(question: str) -> Sample:
    return Sample(id="n", question=question, answer="yes", answer_type=AnswerType.CLOSED)


@pytest.mark.parametrize("word", negation.DENY + negation.BEFORE)
def test_every_word_denying_what_follows_denies_the_finding(word: str) -> None:
    got = extract(f"The lungs are clear, {word} pleural effusion.", _closed("Is there a pleural effusion?"))
    assert got.answer == "no"


def test_a_question_asking_negative_is_not_a_negated_question() -> None:
    # "negative" is the property asked about (negation.IN_QUESTION leaves it out), so "Negative." answers yes.
    question = _closed("Is the culture negative?")
    assert extract("Negative.", question).answer == "yes"
    assert extract("The culture is negative.", question).answer == "yes"


_CORE = frozenset(negation.DENY + negation.NEITHER + negation.NEVER + negation.NONE)
_ALTERNATION = re.compile(r"[\w']+(?:\|[\w']+)+")  # "no|not|without" in a pattern (after removing "\b")


def _negation_lists(path: Path) -> list[str]:
    """Literals in ``path`` that retype a negation list: a regex alternation or a word collection holding three or
    more of the core negation words (two may be a verdict pair such as "no|not", or an idiom)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            runs = _ALTERNATION.findall(node.value.replace("\\b", ""))
            if any(len(set(run.split("|")) & _CORE) >= 3 for run in runs):
                found.append(f"{path.name}:{node.lineno}")
        elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if len(words & _CORE) >= 3:
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_extraction_or_verifier_module_retypes_the_negation_words() -> None:
    found = [hit for stage in ("extract", "verify") for path in sorted((SRC / stage).glob("*.py"))
             for hit in _negation_lists(path)]
    assert not found, found


def test_the_check_finds_a_retyped_list(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('import re\nA = re.compile(r"\\b(?:no|not|without)\\b")\nB = {"not", "never", "nor", "x"}\n')
    assert sorted(_negation_lists(sample)) == ["sample.py:2", "sample.py:3"]


def test_a_negated_question_naming_a_state_and_a_side_is_read_not_crashed_on() -> None:
    # "no abnormality" is a state phrase, a mention without a concept: the side reader looked it up and raised
    # KeyError('') on this pair before; now it steps aside and the negated question is read.
    got = extract("The left kidney appears normal.", _closed("Is there no abnormality in the left kidney?"))
    assert got.answer == "yes"
