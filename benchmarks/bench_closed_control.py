"""Precision control of the closed (yes/no) statement readers: texts where the asked finding is NOT answered.

The statement readers (``extract/stated.py``, ``extract/implicit.py``, ``extract/findings.py``) read a closed answer
given without a verdict word ("A small pneumothorax is present."). Widening what they match (more question forms,
more sentences read) must not make them answer where the text does not answer the question. Gains are measured on
the corpus (``corpus/readings.py``); this script measures the other side, mechanically, on every corpus
closed item with a clear yes/no label whose question names a finding in one phrase that the reply repeats word for
word. From each reply it builds texts that must be read as no answer to the question:

* ``swap``: every mention of the asked finding replaced by another item's finding (the reply now speaks of
  something else; "No hemothorax." does not answer "Is there a pneumothorax?");
* ``conditional``: each sentence naming the finding put under "if" ("If a pneumothorax is present, ...");
* ``question``: each sentence naming the finding turned into a question ("A pneumothorax is present?");
* ``narrower``: the finding narrowed where it is denied ("No pneumothorax." -> "No tension pneumothorax."): the
  denial of a narrower thing leaves the broader one open.

Built from the asked phrase alone (fixclosed27, after review 27 found wrong readings the four above never made):

* ``pointed``: the finding named by pointing ("That's a X", "It is an X") but taken back, widened or turned into
  something else: a qualifier that takes it back ("a resolved X", "an impending X", "a repaired X"), an alternative
  ("an X or a normal variant"), a compound noun ("an X repair mesh") or another place or time ("an X in the other
  patient", "an X at first glance, but ...");
* ``other_organ``: for a property question ("Is the spleen enlarged?"), the property said of another item's subject
  ("The liver is enlarged.", "The liver measures 20 cm. It is enlarged.").

A reading with a yes/no verdict from the statement rules on such a text counts as ``wrong`` (verdict-word rules,
which read a "Yes," or "Answer: no" left in the text, are counted apart as ``by_word``: they read the model's own
verdict, not the statement). Run it in two trees and compare: the wrong counts must not rise.

    PYTHONPATH=src:benchmarks python benchmarks/bench_closed_control.py [--show]
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

from medstep.answers import canonical_verdict
from medstep.extract import extract
from medstep.extract.implicit_terms import question_term
from medstep.types import AnswerType, Sample

CORPUS = Path(__file__).parent / "corpus"
# Rules that read a verdict word the model wrote, not a statement of the finding.
_WORD_RULES = {"final_answer_phrase", "conclusion_phrase", "yes_no_final", "yes_no_lead", "conclusion_adverb",
               "yes_no_lean", "answer_tag", "answer_word", "answer_field", "negated_frame", "yes_other_finding"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_NARROWER = "tension"  # a kind of the finding: "no tension pneumothorax" leaves "any pneumothorax?" open


def _items() -> list[dict[str, str]]:
    """Closed items with a clear yes/no label, a one-phrase presence question, and the phrase in the reply."""
    out = []
    for path in sorted(glob.glob(str(CORPUS / "*extract*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            item = json.loads(line)
            label = item.get("label", item.get("gold"))
            if item.get("answer_type") != "closed" or canonical_verdict(str(label)) is None:
                continue
            term = question_term(item["question"])
            if term is None or term.prop is not None or len(term.phrase) < 4:
                continue
            if re.search(r"(?i)\b" + re.escape(term.phrase) + r"\b", item["text"]) is None:
                continue
            out.append({"id": f"{Path(path).name}:{item['id']}", "question": item["question"], "text": item["text"],
                        "label": str(label), "phrase": term.phrase})
    return out


def _swap(item: dict[str, str], other: str) -> str:
    return re.sub(r"(?i)\b" + re.escape(item["phrase"]) + r"\b", other, item["text"])


def _per_sentence(item: dict[str, str], turn: str) -> str:
    """Each sentence naming the finding turned into a conditional or a question; the others kept."""
    found = re.compile(r"(?i)\b" + re.escape(item["phrase"]) + r"\b")

    def one(m: re.Match[str]) -> str:
        s = m.group(0)
        if found.search(s) is None:
            return s
        body = s.strip().rstrip(".!?")
        lead = s[:len(s) - len(s.lstrip())]
        if turn == "conditional":
            return f"{lead}If {body[:1].lower()}{body[1:]}, a further study would settle it."
        return f"{lead}{body}?"
    return _SENTENCE.sub(one, item["text"])


def _narrower(item: dict[str, str]) -> str | None:
    """The finding narrowed where a denial names it ("no effusion" -> "no tension effusion"); None without a denial."""
    denial = re.compile(r"(?i)\b(no|without|not\s+(?:see|seen)\s+(?:an?\s+|any\s+)?|any)(\s+(?:an?\s+)?)(" +
                        re.escape(item["phrase"]) + r")\b")
    if denial.search(item["text"]) is None:
        return None
    return denial.sub(lambda m: f"{m.group(1)}{m.group(2)}{_NARROWER} {m.group(3)}", item["text"])


# "That's a X" texts that must not be read as an answer (``{}`` is the asked phrase).
_POINTED = ("That's a resolved {}.", "It is an impending {}.", "That's a repaired {}.", "It is an old {}.",
            "It is a {} or a normal variant.", "That's a {} versus an artefact.", "It is a {} repair mesh.",
            "That's a {} protocol image.", "It's a {} at first glance, but on closer look it is a skin fold.",
            "That's a {} in the other patient's study.", "It was a {} before the procedure.",
            "It is a {}-free study.", "That's a pseudo-{}.")
_OTHER_ORGAN = ("The {other} is {prop}.", "The {other} measures 20 cm. It is {prop}.")


def _property_items() -> list[dict[str, str]]:
    """Closed property questions ("Is the spleen enlarged?"): subject phrase and property."""
    out = []
    for path in sorted(glob.glob(str(CORPUS / "*extract*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            item = json.loads(line)
            if item.get("answer_type") != "closed":
                continue
            term = question_term(item["question"])
            if term is None or term.prop is None or len(term.phrase) < 4:
                continue
            out.append({"id": f"{Path(path).name}:{item['id']}", "question": item["question"], "phrase": term.phrase,
                        "prop": term.prop, "label": str(item.get("label", item.get("gold")))})
    return out


def _read(question: str, text: str, label: str) -> tuple[str | None, str]:
    sample = Sample(id="c", question=question, answer=label, answer_type=AnswerType.CLOSED, options={})
    found = extract(text, sample)
    return found.answer, found.rule or ""


def main(show: bool = False) -> dict[str, Counter[str]]:
    items = _items()
    phrases = [it["phrase"] for it in items]
    counts: dict[str, Counter[str]] = {}
    for i, item in enumerate(items):
        words = set(item["phrase"].lower().split())
        other = next((p for p in phrases[i + 1:] + phrases[:i] if not words & set(p.lower().split())), None)
        texts = {"swap": _swap(item, other) if other else None,
                 "conditional": _per_sentence(item, "conditional"),
                 "question": _per_sentence(item, "question"),
                 "narrower": _narrower(item)}
        for kind, text in texts.items():
            if text is None or text == item["text"]:
                continue
            tally = counts.setdefault(kind, Counter())
            tally["texts"] += 1
            answer, rule = _read(item["question"], text, item["label"])
            if answer is None or canonical_verdict(answer) is None:
                continue
            key = "by_word" if rule in _WORD_RULES else "wrong"
            tally[key] += 1
            if show and key == "wrong":
                print(f"{kind:12} {item['id']:45} {answer:4} {rule:22} {text[:140]!r}")
    for item in items:
        for pattern in _POINTED:
            _tally(counts, "pointed", item, pattern.format(item["phrase"].lower()), show)
    subjects = _property_items()
    for i, item in enumerate(subjects):
        words = set(item["phrase"].lower().split())
        other = next((p["phrase"] for p in subjects[i + 1:] + subjects[:i] if not words & set(p["phrase"].lower().split())),
                     None)
        if other is None:
            continue
        for pattern in _OTHER_ORGAN:
            _tally(counts, "other_organ", item, pattern.format(other=other.lower(), prop=item["prop"]), show)
    total: Counter[str] = Counter()
    for kind, tally in counts.items():
        total.update(tally)
        print(f"{kind:12} texts {tally['texts']:4}  wrong {tally['wrong']:4}  by_word {tally['by_word']:4}")
    print(f"{'all':12} texts {total['texts']:4}  wrong {total['wrong']:4}  by_word {total['by_word']:4}")
    return counts


def _tally(counts: dict[str, Counter[str]], kind: str, item: dict[str, str], text: str, show: bool) -> None:
    """Read one text that must not be answered and count it under ``kind``."""
    tally = counts.setdefault(kind, Counter())
    tally["texts"] += 1
    answer, rule = _read(item["question"], text, item["label"])
    if answer is None or canonical_verdict(answer) is None:
        return
    key = "by_word" if rule in _WORD_RULES else "wrong"
    tally[key] += 1
    if show and key == "wrong":
        print(f"{kind:12} {item['id']:45} {answer:4} {rule:22} {text[:140]!r}")


if __name__ == "__main__":
    main(show="--show" in sys.argv)
