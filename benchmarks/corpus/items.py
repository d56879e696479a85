"""Reading the corpus files and judging an extraction against an item's label.

Shared by ``benchmarks/bench_extract.py`` and the table-driven tests, so the
benchmark's figures and the tests' verdicts use one definition of
"agrees with the label".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from medstep.answers import canonical_verdict, normalize_text, same_verdict
from medstep.types import AnswerType, Sample

HERE = Path(__file__).resolve().parent
DEV = HERE / "extract_corpus.jsonl"
HELDOUT = HERE / "extract_corpus_heldout.jsonl"
HELDOUT2 = HERE / "extract_corpus_heldout2.jsonl"
HELDOUT3 = HERE / "extract_corpus_heldout3.jsonl"

# Outcome of one item.
AGREE = "agree"  # same answer, or the same no-answer class
WRONG = "wrong"  # an answer where the label has another answer or none: the error that must not happen
MISSED = "missed"  # the label has an answer, the extractor gave none
CLASS = "class"  # both have no answer, but a different reason (e.g. unparsed vs ambiguous)


@dataclass(frozen=True)
class Item:
    id: str
    family: str
    answer_type: AnswerType
    question: str
    options: dict[str, str]
    gold: str
    text: str
    finish_reason: str | None
    status: str  # expected status: scored / unparsed / ambiguous / refused / truncated
    answer: str | None  # expected answer when scored
    tags: tuple[str, ...]
    task: str = ""

    def sample(self) -> Sample:
        return Sample(id=self.id, question=self.question, answer=self.gold, answer_type=self.answer_type,
                      options=dict(self.options), categories={"family": self.family, "task": self.task or "-"},
                      benchmark="corpus")

    @property
    def label_correct(self) -> bool:
        """What a careful judge says: the model's stated answer equals the gold."""
        return self.status == "scored" and same_answer(self.answer_type, self.answer, self.gold)


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        items.append(Item(d["id"], d["family"], AnswerType(d["answer_type"]), d["question"], d["options"], d["gold"],
                          d["text"], d.get("finish_reason"), d["expect"]["status"], d["expect"]["answer"],
                          tuple(d.get("tags", ())), d.get("task", "")))
    return items


def same_answer(answer_type: AnswerType, got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return False
    if answer_type is AnswerType.CHOICE:
        return got.strip().upper() == want.strip().upper()
    if answer_type is AnswerType.CLOSED:
        if canonical_verdict(want) is not None:
            return same_verdict(got, want)
    return normalize_text(got) == normalize_text(want)


def judge(item: Item, answer: str | None, status: str) -> str:
    """AGREE / WRONG / MISSED / CLASS for an extractor's (answer, status) on ``item``."""
    if answer is not None:
        if item.status == "scored" and same_answer(item.answer_type, answer, item.answer):
            return AGREE
        return WRONG
    if item.status == "scored":
        return MISSED
    return AGREE if status == item.status else CLASS
