"""Precision control of the choice readers (issue #7): passed-over options put into clear replies.

Real replies name the options they reject around the one they commit to ("A is tempting, but the sharp pleural line
favours B", "C can be ruled out", "B, not A", "(A and C are incorrect because ...)"). A reader that takes such a
mention for the answer makes the worst error there is, a wrong letter. Every corpus choice reply that the extractor
reads correctly (the ``ok`` outcome of ``bench_redteam._judge_item``, as in ``bench_status_control.py``) is edited
mechanically: one sentence about ANOTHER option (``{X}`` its letter, ``{Xt}`` its text; ``{Z}`` a third option) is put

- ``before``: just before the answer sentence (the first sentence whose prefix already reads the answer);
- ``after``: just after it;
- ``end``: at the very end of the reply;

one position per item and template, in turn (item ``n`` takes position ``(n + template) % 3``). Each edited reply must
still read the label: another letter is counted ``wrong``, no answer ``lost``, the label ``ok``.

Positive rows (``pos:``) check the other side: a reply that commits AFTER a passed-over mention ("A is tempting, but
the answer is B") must read the committed letter. They are read as the whole reply (``alone``: the sentence only, so
nothing else points to the answer) and appended to the corpus reply (``end``).

The ``last-letter`` columns read the same edited texts, in the same process, with the last standalone option letter
(the heuristic many eval scripts use), as a baseline.

    PYTHONPATH=src:benchmarks python benchmarks/bench_choice_control.py [--step N] [--show TEMPLATE:OUTCOME]

``--step N`` reads every N-th corpus item (default 8: about 3 minutes on one core).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
from collections import Counter

from bench_redteam import NO_ANSWER, _judge_item, _sample

from medstep.extract import extract
from medstep.types import Extraction

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
POSITIONS = ("before", "after", "end")

# Passed-over sentences: each names another option (and at most restates the label ``{Y}`` as the one kept).
PASSED: dict[str, str] = {
    "tempting": "{X} is tempting, but the findings do not support it.",
    "tempting_favours": "{X} is tempting, but the sharp margin favours {Y}.",
    "while_considered": "While {X} could be considered, the appearance does not fit.",
    "rather_than": "The pattern points away from {X} rather than towards it.",
    "excluded": "{X} can be excluded.",
    "ruled_out_text": "{X} ({Xt}) can be ruled out.",
    "would_fit_if": "Option {X} would fit if there were air-fluid levels; there are none.",
    "not_paren": "This is not {X} ({Xt}).",
    "initially": "I initially thought {X}, but on reflection that does not hold.",
    "not_after": "{Y}, not {X}.",
    "between": "Between {X} and {Y}, {Y} is more likely.",
    "less_likely_than": "{X} is less likely than {Y}.",
    "text_only": "{Xt} is tempting, but the pattern does not match.",
    "text_unlikely": "{Xt} would look different, so it is unlikely here.",
    "bold_less": "**{X}** is less likely.",
    "md_bullet": "- **{X}. {Xt}**: incorrect, no supporting findings.",
    "distractor": "Option {X} is a distractor.",
    "closing_paren": "({X} and {Z} are incorrect because the findings do not support them.)",
    "we_can_rule_out": "We can rule out {Xt}.",
}
# Replies that commit to ``{Y}`` after passing over ``{X}``: they must read ``{Y}``.
COMMITS: dict[str, str] = {
    "tempting_answer": "{X} is tempting, but the answer is {Y}.",
    "initially_then": "I initially thought {X}, but on reflection it is {Y}.",
    "between_then": "Between {X} and {Y}, {Y} is more likely. Answer: {Y}",
    "rule_out_then": "{X} can be ruled out. The answer is {Y}.",
    "bold_then": "While **{X}** could be considered, the correct answer is **{Y}**.",
}


def _fill(pattern: str, item: dict, other: str, third: str) -> str:
    opts = item["options"]
    return pattern.format(X=other, Xt=opts[other], Y=item["label"], Yt=opts[item["label"]], Z=third)


def _last_letter(item: dict, text: str) -> str | None:
    found = None
    for found in re.finditer(r"\b([A-%s])\b" % max(item["options"]), text):
        pass
    return found.group(1) if found else None


def _answer_span(item: dict, text: str, want: Extraction) -> tuple[int, int] | None:
    """Start and end of the first sentence whose prefix of ``text`` reads ``want``'s answer."""
    start = 0
    for m in list(_SENTENCE_END.finditer(text)) + [None]:
        end = m.start() if m is not None else len(text)
        if extract(text[:end], _sample(item, item["label"])).answer == want.answer:
            return start, end
        if m is not None:
            start = m.end()
    return None


def _place(text: str, span: tuple[int, int], where: str, sentence: str) -> str:
    start, end = span
    if where == "before":
        return text[:start] + sentence + " " + text[start:]
    if where == "after":
        # (after an answer sentence without a final stop, "Answer: A", a space would run the two together)
        sep = " " if text[:end].rstrip(" *_\"')")[-1:] in ".!?" else "\n"
        return text[:end] + sep + sentence + text[end:]
    return text.rstrip() + "\n" + sentence


def _outcome(item: dict, answer: str | None, want: str) -> str:
    return "lost" if answer is None else "ok" if answer == want else "wrong"


def control(step: int, show: str = "") -> dict[str, dict[str, Counter[str]]]:
    """Per row: medstep and last-letter outcome counts."""
    counts: dict[str, dict[str, Counter[str]]] = {}

    def note(row: str, item: dict, text: str, want: str) -> None:
        got = extract(text, _sample(item, item["label"]))
        outcome = _outcome(item, got.answer, want)
        tally = counts.setdefault(row, {"medstep": Counter(), "last": Counter()})
        tally["medstep"][outcome] += 1
        tally["last"][_outcome(item, _last_letter(item, text), want)] += 1
        if show and show in (f"{row}:{outcome}", f"{row.split('@')[0]}:{outcome}"):
            print(f"-- {item['id']} [{item['label']}] -> {got.answer} / {got.rule}\n   {' '.join(text.split())[-400:]}")

    n_items = 0
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "corpus", "*extract*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8")):
            if n % step:
                continue
            item = json.loads(line)
            if item["answer_type"] != "choice" or item.get("label", "unparsed") in NO_ANSWER:
                continue
            letters = sorted(item["options"])
            if len(letters) < 3 or item["label"] not in letters:
                continue
            result = _judge_item(item)
            if result.outcome != "ok":
                continue
            span = _answer_span(item, item["text"], result.extraction)
            if span is None:
                continue
            n_items += 1
            others = [k for k in letters if k != item["label"]]
            other, third = others[n % len(others)], others[(n + 1) % len(others)]
            for t, (name, pattern) in enumerate(PASSED.items()):
                where = POSITIONS[(n + t) % len(POSITIONS)]
                note(f"{name}@{where}", item, _place(item["text"], span, where, _fill(pattern, item, other, third)),
                     item["label"])
            for name, pattern in COMMITS.items():
                sentence = _fill(pattern, item, other, third)
                note(f"pos:{name}@alone", item, sentence, item["label"])
                note(f"pos:{name}@end", item, item["text"].rstrip() + "\n" + sentence, item["label"])
    print(f"items {n_items} (correctly read choice replies, every {step}-th corpus line)")
    return counts


def _line(name: str, c: dict[str, Counter[str]]) -> str:
    m, b = c["medstep"], c["last"]
    return (f"{name:<28} n {sum(m.values()):>5}  medstep ok {m['ok']:>5} wrong {m['wrong']:>4} lost {m['lost']:>4}"
            f"   last-letter ok {b['ok']:>5} wrong {b['wrong']:>4} lost {b['lost']:>4}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--step", type=int, default=8)
    ap.add_argument("--show", default="", help='print the items of one row and outcome, e.g. "excluded:wrong"')
    args = ap.parse_args()
    counts = control(args.step, args.show)
    rows: dict[str, dict[str, Counter[str]]] = {}
    for row, c in counts.items():
        for key in (row.split("@")[0], "pos:all" if row.startswith("pos:") else "passed:all",
                    ("pos@" if row.startswith("pos:") else "passed@") + row.split("@")[1]):
            agg = rows.setdefault(key, {"medstep": Counter(), "last": Counter()})
            agg["medstep"].update(c["medstep"])
            agg["last"].update(c["last"])
    for name in sorted(rows, key=lambda k: (k.startswith("pos"), k.endswith("all") or "@" in k, k)):
        print(_line(name, rows[name]))


if __name__ == "__main__":
    main()
