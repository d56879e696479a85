"""Precision control of the no-answer statuses (issue #7): edits of clear replies that must not change a reading.

Every corpus reply whose label is a clear answer and that the extractor reads correctly (the ``ok`` outcome of
``bench_redteam._judge_item``) is edited mechanically, and each edit is read again:

- ``nostop``: its final punctuation stripped ("... consistent with pneumonia" for "... pneumonia.");
- ``cut_after``: cut after its answer sentence (the first sentence whose prefix already reads the same answer), its
  final punctuation stripped as well;
- ``caveat``: a closing disclaimer on another question appended ("I can't comment on management.");
- ``caveat_other``: one of seven refusals of another matter appended, in turn ("I cannot give a prognosis from
  imaging alone.", "I can't tell you what the surgical options would be.", ...): a rule withdrawing the answer on
  any closing refusal shows here (issue #7);
- ``caveat_detail``: one of five refusals of a finer detail appended, in turn, to a reply that names its answer (open,
  choice, or a closed "yes"; "I can't determine its exact size from this image.", "I cannot tell how long it has been
  there.", ...), skipping a phrasing whose detail the question asks ("How large ...?"): the answer stands
  (``extract/scoped_refusal.py``);
- ``unseen``: a closed reply read "no" with its first denial written as not seeing ("I don't see X", "There is no X"
  and a bare "No X." become "I can't see (any) X"): "I can't see X" denies as "I don't see X" does.

None of these may turn the correct reading into ``truncated`` / ``refused`` / ``ambiguous`` (counted ``bad``), nor into
another answer (counted ``wrong``). And:

- ``selfqa``: a self-posed question-and-answer step put before the reply ("Let me check.\nQ: What should I look at
  first? A: The main finding.\n"), and ``echo``: the asked question restated with more words before it ("Sure.\n
  Question: <question> in this image?\nAnswer: <reply>") — reasoning and echoes, not invented turns;
- ``defer_after``: a deferral after the answer ("The differential remains broad, including other causes; further
  imaging is needed to say which.", open replies);
- ``place_end``: for an open gold of two or more words, the reply "It is the <gold less its last word>" when that
  ends on an adjective naming its noun ("It is the superficial femoral" for "superficial femoral artery"): it must
  not become ``truncated`` (graded like the others; an inexact answer counts ``wrong`` here too).

Negative edits, where an answer must NOT survive (an answer read is counted ``wrong``, a no-answer ``ok``):

- ``refuse_asked``: a refusal of the asked question in other words appended ("I can't determine its aetiology or
  nature from this image alone." and five more phrasings, one per item in turn). The first declines the answer's
  nature: to a question asking whether a finding is there, where, or what modality, that is another matter, and
  ``extract/asked_refusal.py`` rightly keeps the answer (most of what this row still counts ``wrong``).

- ``cut_before``: the reply cut mid-sentence before its verdict (inside the answer sentence, before the first place the
  gold's letter, option text, yes/no word or open text appears) must read no answer: ``truncated`` or ``unparsed``
  (an answer there is counted ``wrong``; another no-answer status ``other``).

    PYTHONPATH=src:benchmarks python benchmarks/bench_status_control.py [--step N]

``--step N`` reads every N-th corpus item (default 4), so the control runs in a few minutes on one core.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
from collections import Counter

from bench_redteam import NO_ANSWER, _judge_item, _sample

from medstep.answers.text import normalize_text
from medstep.extract import extract
from medstep.score.outcome import grade
from medstep.types import Extraction, Generation

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_FINAL_MARKS = " \t\r\n.!?。！？"
CAVEAT = " I can't comment on management."
SELFQA = "Let me check.\nQ: What should I look at first? A: The main finding.\n"
DEFER = " The differential remains broad, including other causes; further imaging is needed to say which."
REFUSE_ASKED = (" I can't determine its aetiology or nature from this image alone.",
                " However, I cannot reliably assess this on the study provided, so I can't answer the question.",
                " I'm unable to confirm or exclude it from this image.",
                " Honestly, I can't tell which answer is correct from this image.",
                " On reflection, I am not able to give an answer to this question.",
                " We cannot say what the right answer is without better images.")
# Caveats declining another matter than the asked one, one per item in turn: the answer must stand (``caveat_other``).
CAVEATS_OTHER = (" I can't comment on the best treatment for this patient.",
                 " I cannot give a prognosis from imaging alone.",
                 " I'm unable to say how the patient should be followed up.",
                 " I can't tell you what the surgical options would be.",
                 " I cannot assess the patient's symptoms or history from an image.",
                 " We are not able to determine when the patient should return for review.",
                 " I can't comment on medication dosing; please ask the treating physician.")
# Refusals of a finer detail of the answer, one per item in turn, each with the question words that ask that detail
# (then the next phrasing is taken): the answer must stand (``caveat_detail``).
CAVEATS_DETAIL = (
    (" I can't determine its exact size from this image.", ("size", "large", "big", "small", "measur", "dimension",
                                                             "diameter", "extent", "how much", "how many")),
    (" I cannot tell how long it has been there.", ("old", "age", "acute", "chronic", "long", "when", "time", "new",
                                                    "duration")),
    (" I'm unable to identify the exact segment involved.", ("segment",)),
    (" I can't determine its underlying cause from imaging alone.", ("caus", "why", "etiolog", "aetiolog", "origin",
                                                                     "source", "due")),
    (" We cannot grade its severity on this view.", ("grade", "sever", "mild", "moderate", "stage", "how bad")),
)
# A closed reply's first denial, written as not seeing (``unseen``): "I don't see" / "I did not identify", "There is
# no" / "There are no", a bare "No X." sentence (no verb in it).
_DENIALS = (
    (re.compile(r"\b(I|We|we)\s+(?:do\s+not|don't|don’t|did\s+not|didn't|didn’t)\s+(see|identify|appreciate)\b"),
     r"\1 can't \2"),
    (re.compile(r"(?:^|(?<=[.!?]\s))There\s+(?:is|are)\s+no\s+", re.M), "I can't see any "),
    (re.compile(r"(?:^|(?<=[.!?]\s))No\s+(?=(?:(?!\b(?:is|are|was|were|seen|noted|present|visible|identified)\b)[a-z -])"
                r"{2,60}\.(?:\s|$))", re.M), "I can't see any "),
)
_NO_STATUS = ("truncated", "refused", "ambiguous")


def _detail_caveat(item: dict, turn: int) -> str | None:
    """The finer-detail caveat for ``item`` from phrasing ``turn`` on, skipping those whose detail its question asks."""
    question = item["question"].lower()
    for k in range(len(CAVEATS_DETAIL)):
        text, asked = CAVEATS_DETAIL[(turn + k) % len(CAVEATS_DETAIL)]
        if not any(w in question for w in asked):
            return text
    return None


def _unseen(text: str) -> str | None:
    """``text`` with its first denial written as not seeing (``_DENIALS``), or ``None`` when it holds none."""
    found = [(m.start(), pattern, repl) for pattern, repl in _DENIALS for m in [pattern.search(text)] if m is not None]
    if not found:
        return None
    _, pattern, repl = min(found, key=lambda f: f[0])
    return pattern.sub(repl, text, count=1)


def _read(item: dict, text: str) -> Extraction:
    return extract(text, _sample(item, item["label"]))


def _same(item: dict, got: Extraction, text: str) -> str:
    """``ok`` when the edited reply still reads a correct answer (graded against the label as the gold)."""
    if got.answer is None:
        return "bad" if got.status.value in _NO_STATUS else "lost"
    return "ok" if grade(_sample(item, item["label"]), got, Generation(text=text)).correct else "wrong"


def _answer_end(item: dict, text: str, want: Extraction) -> int | None:
    """Where the first sentence ends whose prefix of ``text`` reads ``want``'s answer."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        pos = m.start()
        if _read(item, text[:pos]).answer == want.answer:
            return pos
    return None


def _verdict_start(item: dict, sentence: str) -> int | None:
    """Where the gold first shows in ``sentence``: its letter or option text, a yes/no word, or the open text."""
    label = item["label"]
    if item["answer_type"] == "choice":
        pats = [rf"\b{re.escape(label)}\b"]
        option = (item.get("options") or {}).get(label)
        if option:
            pats.append("(?i)" + re.escape(option))
    elif item["answer_type"] == "closed":
        pats = [r"(?i)\b(?:yes|no|not)\b"]
    else:
        words = normalize_text(label).split()
        if not words:
            return None
        pats = [r"(?i)\b" + re.escape(words[0])]
    found = [m.start() for p in pats for m in [re.search(p, sentence)] if m is not None]
    return min(found) if found else None


def control(step: int, show: str = "") -> dict[str, Counter[str]]:
    """Counts per edit and outcome; ``show`` ("caveat:wrong") prints the items of one edit and outcome."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("nostop", "cut_after", "caveat", "caveat_other",
                                                              "caveat_detail", "unseen", "selfqa", "echo",
                                                              "defer_after", "place_end", "refuse_asked", "cut_before")}

    def note(kind: str, outcome: str, item: dict, text: str, got: Extraction) -> None:
        counts[kind][outcome] += 1
        if show == f"{kind}:{outcome}":
            print(f"-- {item['id']} [{item['label']}] -> {got.answer} / {got.rule}\n   {' '.join(text.split())[-300:]}")

    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "corpus", "*extract*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8")):
            if n % step:
                continue
            item = json.loads(line)
            if "label" not in item or item["label"] in NO_ANSWER:
                continue
            result = _judge_item(item)
            if result.outcome != "ok":
                continue
            text, want = item["text"], result.extraction
            for kind, edited in (("nostop", text.rstrip(_FINAL_MARKS)), ("caveat", text.rstrip() + CAVEAT),
                                 ("caveat_other", text.rstrip() + CAVEATS_OTHER[n // step % len(CAVEATS_OTHER)])):
                got = _read(item, edited)
                note(kind, _same(item, got, edited), item, edited, got)
            verdict = str(item["label"]).lower() if item["answer_type"] == "closed" else ""
            detail = _detail_caveat(item, n // step) if verdict in ("", "yes", "是") else None
            if detail is not None:
                edited = text.rstrip() + detail
                got = _read(item, edited)
                note("caveat_detail", _same(item, got, edited), item, edited, got)
            unseen = _unseen(text) if verdict == "no" else None
            if unseen is not None:
                got = _read(item, unseen)
                note("unseen", _same(item, got, unseen), item, unseen, got)
            edits = [("selfqa", SELFQA + text),
                     ("echo", "Sure.\nQuestion: " + item["question"].strip().rstrip("?？") + " in this image?\nAnswer: "
                      + text)]
            if item["answer_type"] == "open":
                edits.append(("defer_after", text.rstrip() + DEFER))
                words = str(item["label"]).split()
                if len(words) >= 2 and words[-2].lower().endswith(("al", "ar", "ic", "ous")):
                    edits.append(("place_end", "It is the " + " ".join(words[:-1])))
            for kind, edited in edits:
                got = _read(item, edited)
                note(kind, _same(item, got, edited), item, edited, got)
            edited = text.rstrip() + REFUSE_ASKED[n // step % len(REFUSE_ASKED)]  # (each phrasing at any --step)
            got = _read(item, edited)
            note("refuse_asked", "wrong" if got.answer is not None else "ok", item, edited, got)
            end = _answer_end(item, text, want)
            if end is None:
                continue
            edited = text[:end].rstrip(_FINAL_MARKS)
            got = _read(item, edited)
            note("cut_after", _same(item, got, edited), item, edited, got)
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, end)), default=0)
            at = _verdict_start(item, text[start:end])
            if not at:
                continue
            cut = text[:start + at].rstrip()
            if not cut or cut[-1] in ".!?。！？:：":
                continue  # not a cut inside a sentence
            got = _read(item, cut)
            note("cut_before", "wrong" if got.answer is not None
                 else "ok" if got.status.value in ("truncated", "unparsed") else "other", item, cut, got)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--step", type=int, default=4)
    ap.add_argument("--show", default="", help='print the items of one edit and outcome, e.g. "caveat:wrong"')
    args = ap.parse_args()
    counts = control(args.step, args.show)
    for name, c in counts.items():
        print(f"{name:<11} " + "  ".join(f"{k} {v}" for k, v in sorted(c.items())) + f"  (n {sum(c.values())})")


if __name__ == "__main__":
    main()
