"""Linear-time rewrites of extraction patterns that backtracked on degenerate outputs (issues #7, #12).

Each rewrite must read every text exactly as before: the old pattern is kept here as the oracle and compared with
the new one on random texts built from the tokens the patterns turn on (runs of spaces, newlines and stars, stops,
parentheses, dashes, the trigger words, the non-ASCII letters that ``(?i)`` folds onto ASCII ones) and on the
degenerate shapes themselves. Timing lives in ``benchmarks/bench_extract_worst.py``, not here; these tests check that
a padded reply reads as the unpadded one.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from medstep.extract import extract, inferred, letters, open_candidates, open_decision, open_phrase, open_span
from medstep.extract import echoed_question, open_frames, open_unanswered, set_aside

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(_BENCHMARKS))

from bench_extract_worst import REPLIES, SAMPLES  # noqa: E402  (the benchmark's plain replies, which it pads)

# The patterns as they were before the rewrites (the oracles).
OLD_DISMISSED = re.compile(
    r"(?i)(?:^|(?<=[.;:!?\n])\s*)(?:(?:(?:forget(?:\s+about)?|ignore|disregard|never\s+mind)\s+[^.;:,!?\n]{1,60}"
    r"|(?:leaving|setting|putting)\s+(?:aside\s+[^.;:,!?\n]{1,60}|[^.;:,!?\n]{1,60}?\s+aside))\s*(?:[;,:]|[.!](?:\s|\Z)|\Z)"
    r"|[^.;:,!?\n]{1,40}?\s+aside\s*,)")
OLD_MARKUP = re.compile(r"^(?:[\s*_\"'“‘]|>(?!=?\s*\d))+|[\s*_\"'”’]+$")
OLD_FIRST_LINE = re.compile(r"\A[ \t]*([^\n]+?)[ \t]*\n\s*(?=\S)")
OLD_LOOP_ITEMS = re.compile(r"\s*[,;\n]\s*|(?<=[.!])\s+")
OLD_DASH = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*—[ \t]*")
OLD_PAREN = re.compile(r"\s*\(([^()]{1,120})\)[\s.!]*$")
OLD_TAIL_OTHER = re.compile(r"^\s*(?:,|/|&|(?i:or|and)|(?:[\(\[]|\.\s+)\s*(?i:or))\s*(?:(?i:option|choice)\s+)?"
                            r"[\(\[]?([A-Z])[\)\]]?(?![A-Za-z0-9])")
OLD_SECOND_CANDIDATE = re.compile(open_candidates._SECOND_CANDIDATE.pattern.replace(
    r"(?:^|(?<=[.;!?])\s)[\s*_]*", r"(?:^|(?<=[.;!?])\s+)[\s*_]*", 1))
OLD_CUT_SIDE = re.compile(open_decision._CUT_SIDE.pattern.replace(
    r"(?:[^\s*_#>-]|\A\s*+[*_#>-])[\s*_#>-]+[A-Za-z]", r"\S[\s*_#>-]+[A-Za-z]", 1))

TOKENS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "*", "**", "_", "#", ">", "-", "—", "–", ".", ",", ";", ":", "!",
          "?", "(", ")", "[", "]", "/", "&", "A", "B", "C", "x", "7", "5 cm", "the", "right", "left", "lobe", "is",
          "are", "of", "in", "a", "an", "or", "and", "option", "aside", "leaving", "setting", "forget", "about",
          "ignore", "never mind", "without", "its", "extending", "fracture", "vs", "vs.", "versus", "also", "equally",
          "possible", "likely", "alternatively", "alternative", "another", "other", "possibility", "would be", "it",
          "could", "be", "Pneumothorax", "effusion", "FINDINGS", "Impression", "located", "either", "ſ", "K", "ı",
          "İ", "é", "答案", "，"]


def _texts(seed: int, count: int) -> list[str]:
    """Random token strings, and the same with a run of spaces, newlines or stars spliced in (at most 40 long: the
    old patterns are slow on long runs)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(TOKENS) for _ in range(rng.randint(1, 24))]
        text = rng.choice(("", " ")).join(words)
        if rng.random() < 0.5:
            cut = rng.randint(0, len(text))
            text = text[:cut] + rng.choice(" \n*") * rng.randint(5, 40) + text[cut:]
        out.append(text)
    return out


TEXTS = _texts(29, 200) + [t + rng + ":" for t, rng in zip(_texts(30, 60), ("", " *", "**", " ") * 15)] + [
    "No pneumothorax." + " " * 40 + "x", "Yes." + "\n" * 30 + "Leaving the effusion aside, yes.", "*" * 40 + ":",
    "Pneumothorax." + " " * 30 + "Alternatively, a skin fold.", "B." + " " * 30 + "or C", "B. or C", "B (or C)",
    "Heart — " + " " * 20 + "enlarged", "Coarctation (rib notching)." + " " * 20, "Lung" + " " * 30 + "(left)",
    "* **Pancreas**:", "FINDINGS: IMPRESSION:", "x ** * Lobe:", "  * ** # Lobe :", "- > Lobe:**", "a,  * Lobe:",
    "A fracture" + " " * 20 + "without the fracture line extending.", "X ,  without its fracture line extending",
    "Effusion. Another possibility is edema.", "Effusion.  ** It could also be edema.", "Mass.\n\n_ Cyst is also "
    "possible", "Heart (enlarged).", "Heart  (enlarged)  .  ", "(a) (b)", "pneumothorax vſ effusion", "a fracture, without "
    "the fracture line extending into the joint", "Setting the effusion aside; a pneumothorax.",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is None or (a.span(), a.groups()) == (b.span(), b.groups()))


def test_dash_paren_and_tail_patterns_match_as_before() -> None:
    """Leftmost matches never start inside a run of blanks, so "(?<![ \\t])" / "(?<!\\s)" only skip dead starts."""
    for text in TEXTS:
        assert _same(OLD_DASH.search(text), open_span._DASH.search(text)), text
        assert _same(OLD_DASH.search(text), open_phrase._LEAD_DASH.search(text)), text
        assert _same(OLD_PAREN.search(text), open_span._PAREN.search(text)), text
        for items in (text, text.strip(), "a , ; b", "a \n , ;\n, b", "x.  \n, y! ,z", "\n , x"):
            assert OLD_LOOP_ITEMS.split(items) == open_span._LOOP_ITEMS.split(items), items
        for lined in (text, " \t" + text, "\n" + text, " \n" + text, "  \n\n x", "a \t\n \n", text + "\n y"):
            old = OLD_FIRST_LINE.match(lined)
            assert (None if old is None else (old.group(1), old.end())) == echoed_question.first_line(lined), lined
        for marked in (text, "> " + text + "”\n", "“" + text + " *’", "”’", ">= 5" + text):
            assert OLD_MARKUP.sub("", marked) == open_frames._unmarked(marked), marked
        for tail in (text, " " + text, ". " + text, "." + text, "(" + text):
            assert _same(OLD_TAIL_OTHER.match(tail), letters._TAIL_OTHER.match(tail)), tail
    for lead in (",", " /", " &", " or", " And", ". ", ".  \n or", ". Or", "( or", "[or", "(", ".", " ", " " * 30):
        for rest in (" B", " option C", " (D)", "C)", " Bx", " b", "  \t or B", ""):
            tail = lead + rest
            assert _same(OLD_TAIL_OTHER.match(tail), letters._TAIL_OTHER.match(tail)), tail


def test_second_candidate_and_cut_side_find_as_before() -> None:
    """Only where ``_SECOND_CANDIDATE`` starts (and whether ``_CUT_SIDE`` is found) is read by their callers."""
    for text in TEXTS:
        for pos in (0, min(len(text), 5)):
            old = OLD_SECOND_CANDIDATE.search(text, pos)
            new = open_candidates._SECOND_CANDIDATE.search(text, pos)
            assert (old is None) == (new is None) and (old is None or new is None or old.start() == new.start()), text
            if old is not None:  # the guard word is in every match
                assert open_candidates._CANDIDATE_WORD.search(text, pos) is not None, text
        assert (OLD_SECOND_CANDIDATE.match(text) is None) == (open_candidates._SECOND_CANDIDATE.match(text) is None)
        assert (OLD_CUT_SIDE.search(text) is None) == (open_decision._CUT_SIDE.search(text) is None), text


def test_guard_words_are_in_every_match() -> None:
    """A text without the guard word is skipped: each guarded pattern must never match without it."""
    for text in TEXTS + [t.replace("aside", "asıde").replace("vs", "vſ") for t in TEXTS]:
        if OLD_DISMISSED.search(text) is not None:
            assert set_aside._DISMISSING_WORD.search(text) is not None, text
        if inferred.ABSOLUTE.search(text) is not None:
            assert inferred._WITHOUT.search(text) is not None, text
        if open_unanswered._PAIR.search(text) is not None:
            assert open_unanswered._PAIR_WORD.search(text) is not None, text


def _old_drop_dismissed(text: str) -> str:
    if "aside" not in text.lower() and OLD_DISMISSED.search(text) is None:
        return text
    return OLD_DISMISSED.sub(" ", text).strip()


def test_guarded_functions_return_as_before() -> None:
    for text in TEXTS:
        assert set_aside.drop_dismissed(text) == _old_drop_dismissed(text), text
        assert inferred._drop_absolute(text) == inferred.ABSOLUTE.sub(lambda m, t=text: _old_absolute(t, m), text)


def _old_absolute(text: str, m: re.Match[str]) -> str:
    """``inferred._drop_absolute``'s replacement for one match, as written before the guard."""
    start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    before = {w[:6] for w in inferred._WORD.findall(text[start:m.start()].lower()) if len(w) > 3}
    return "" if {w[:6] for w in inferred._WORD.findall(m.group(1).lower()) if len(w) > 3} & before else m.group(0)


def _mid(reply: str, filler: str) -> str:
    cut = reply.find(". ") + 1
    return reply[:cut] + filler + reply[cut:]


PADDINGS = {
    "trailing spaces": lambda r: r + " " * 400,
    "trailing newlines": lambda r: r + "\n" * 400,
    "spaces mid-reply": lambda r: _mid(r, " " * 400),
    "newlines mid-reply": lambda r: _mid(r, "\n" * 400),
    "trailing stars": lambda r: r + "*" * 400,
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
@pytest.mark.parametrize("shape", sorted(PADDINGS))
def test_padded_reply_reads_as_unpadded(shape: str, kind: str) -> None:
    plain = extract(REPLIES[kind], SAMPLES[kind])
    padded = extract(PADDINGS[shape](REPLIES[kind]), SAMPLES[kind])
    assert plain.answer is not None
    assert padded.answer == plain.answer  # the rule may differ: "Yes, ..." after 600 spaces is its own paragraph
