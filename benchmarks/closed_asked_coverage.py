"""How many closed questions of the corpus the question parser understands, by question shape.

The closed readers (``extract/findings.py`` and the implicit readers beside it) can read an answer stated as a finding
("The mass is cystic.") only when they know what the question asks: ``concept_question.parse_asked`` (the asked
concept) and ``implicit_terms.question_term`` (the asked words). This counts, over every distinct closed question in
``benchmarks/corpus/*_extract.jsonl``, how many get each (of the sentence that asks, as the closed reader passes it
on: ``extract/asked.py`` drops a scene set before it), and how many a property pair's parser
(``antonym_question.parse_question``: "Is the mass solid?") takes instead, grouped by a coarse shape of the question (its first words
and a tag for its structure), and lists the shapes left unparsed by frequency. Chinese questions are counted apart:
the English parser refuses them by design.

    PYTHONPATH=src:benchmarks python benchmarks/closed_asked_coverage.py [--top 30] [--examples 2]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from medstep.answers.text import HAN
from medstep.extract.antonym_question import parse_question as parse_pair
from medstep.extract.asked import asked_sentence
from medstep.extract.concept_question import parse_asked
from medstep.extract.implicit_terms import question_term

CORPUS = Path(__file__).parent / "corpus"
_WORDS = re.compile(r"[a-z]+")
# Coarse structure tags, first match wins: each names a general question shape, none a corpus item's words.
_TAGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("there", re.compile(r"^(?:is|are|was|were)\s+there\b")),
    ("choice-or", re.compile(r"\bor\b")),
    ("both", re.compile(r"\bboth\b")),
    ("any-abnormal", re.compile(r"\b(?:any|an)\s+(?:abnormalit|abnormal|patholog|lesion)")),
    ("in-size", re.compile(r"\bin\s+size\s*\?$")),
    ("seen", re.compile(r"\b(?:seen|visuali[sz]ed|visible|present|identified|noted|detected|shown|demonstrated)\b")),
    ("does-show", re.compile(r"^(?:does|do|did)\s+(?:the|this|these)\b.*\b(?:show|demonstrate|reveal|have|display)\b")),
    ("can-see", re.compile(r"^(?:can|could)\b")),
    ("be-subject-prop", re.compile(r"^(?:is|are|was|were)\s+(?:the|this|these|that)\s+[a-z -]+\?$")),
    ("be-other", re.compile(r"^(?:is|are|was|were)\b")),
    ("do-other", re.compile(r"^(?:does|do|did|has|have)\b")),
)


def shape(question: str) -> str:
    """The question's first two words and its structure tag: "is the | be-subject-prop"."""
    low = question.strip().lower()
    words = _WORDS.findall(low)
    tag = next((name for name, rx in _TAGS if rx.search(low)), "other")
    return f"{' '.join(words[:2]):<14} | {tag}"


def closed_questions() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(CORPUS.glob("*_extract.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("answer_type") == "closed":
                    seen.setdefault(item["question"].strip(), None)
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=30, help="unparsed shapes to list")
    ap.add_argument("--examples", type=int, default=2, help="example questions per unparsed shape")
    args = ap.parse_args()
    questions = closed_questions()
    chinese = [q for q in questions if HAN.search(q)]
    english = [q for q in questions if not HAN.search(q)]
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    unparsed: dict[str, list[str]] = defaultdict(list)
    for whole in english:
        q = asked_sentence(whole)
        tag = shape(q).split("|")[1].strip()
        asked, term = parse_asked(q), question_term(q)
        by_tag[tag]["pair"] += parse_pair(q) is not None
        by_tag[tag]["n"] += 1
        by_tag[tag]["asked"] += asked is not None
        by_tag[tag]["term"] += term is not None
        by_tag[tag]["either"] += asked is not None or term is not None
        if asked is None and term is None:
            unparsed[shape(q)].append(q)
    total: Counter[str] = Counter()
    for c in by_tag.values():
        total.update(c)
    print(
        f"distinct closed questions: {len(questions)} (English {len(english)}, Chinese {len(chinese)}, "
        "Chinese not parsed by design)"
    )
    print(f"{'tag':<16} {'n':>5} {'asked':>6} {'term':>6} {'either':>6} {'none':>5} {'pair':>5}")
    for tag, c in [*sorted(by_tag.items(), key=lambda kv: -kv[1]["n"]), ("ALL", total)]:
        print(
            f"{tag:<16} {c['n']:>5} {c['asked']:>6} {c['term']:>6} {c['either']:>6} {c['n'] - c['either']:>5} "
            f"{c['pair']:>5}"
        )
    print(f"\nshapes with neither an Asked nor a question term, by frequency (top {args.top}):")
    for key, qs in sorted(unparsed.items(), key=lambda kv: -len(kv[1]))[: args.top]:
        print(f"{len(qs):>5}  {key}  e.g. " + " / ".join(qs[: args.examples]))


if __name__ == "__main__":
    main()
