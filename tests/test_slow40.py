"""Linear reads of a line of many ``<answer>`` tags (lane slow40): ``"<answer>C</answer>" * N`` (one line) took 4 s at
40,000 characters to an open question, because each tag's sentence was found by reading its line again from the start
(``split._format_answer_tag``), the framed tags were blanked by rebuilding the body once per tag, and every earlier tag
was read again by the type's reader although all held the same text (``core._disagree``). The one-pass reading
(``extract/tag_frame.py``) is checked against the per-tag reading kept here as the oracle, on random texts of the tokens
it turns on; the hostile shapes are read, not hung (a generous CPU bound: the timings are bench_extract_worst's).
"""

from __future__ import annotations

import random
import re
import time

import pytest

from medstep.extract import extract
from medstep.extract.replywords import _TRAILING, _trailing
from medstep.extract.split import _ANSWER_TAG, _boxes, _blanked, conclusion_tag, locate
from medstep.extract.tag_frame import _ANSWER_LIKE_TAG, _TAG_FRAME, PLACEHOLDER, answer_like_tags, format_tags
from support.hang_samples import CHOICE, CLOSED, OPEN

SAMPLES = [CHOICE, CLOSED, OPEN]

# The per-tag reading before lane slow40, kept as the oracle.
_OLD_PLACEHOLDER = re.compile(
    r"(?i)\s*(?:x|letter|your\s+answer|answer|option|choice|\.{2,}|…|[A-E](?:\s*/\s*[A-E])+)?\s*"
)
_OLD_FRAME = re.compile(r"(?i)\b(?:format|template|tags?|for\s+example|such\s+as|like\s+this)\b|\be\.g\.")
_OLD_NAMED = re.compile(r"(?i)\s*tags?\b")
_OLD_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s)")


def _old_format_tag(body: str, tag: re.Match[str]) -> bool:
    if _OLD_PLACEHOLDER.fullmatch(tag.group(1)) is not None and _OLD_NAMED.match(body, tag.end()) is not None:
        return True
    start = body.rfind("\n", 0, tag.start()) + 1
    for end in _OLD_END.finditer(body, start, tag.start()):
        start = end.end()
    before = body[start : tag.start()]
    if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
        return True
    return _OLD_FRAME.search(before) is not None


TOKENS = [
    "<answer>",
    "</answer>",
    "A",
    "C",
    " ",
    "\n",
    ".",
    "!",
    "?",
    "e.g.",
    "i.e.",
    '"',
    "“",
    "”",
    "format",
    "tags",
    "tag",
    "for example",
    "for\nexample",
    "such as",
    "like this",
    "Template",
    "x",
    "answer",
    " tags",
    "e.g",
    "formats",
    "Etags",
    "‘",
    "'",
    "A / B",
    "...",
]


def test_format_tags_read_as_the_per_tag_reading() -> None:
    rng = random.Random(40)
    for _ in range(20000):
        body = "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 25)))
        tags = list(_ANSWER_TAG.finditer(body))
        flags = format_tags(body, tags)
        assert flags == [_old_format_tag(body, t) for t in tags], body
        framed = [t for t, f in zip(tags, flags) if f]
        old = body
        for t in reversed(framed):
            old = old[: t.start()] + " " * (t.end() - t.start()) + old[t.end() :]
        assert _blanked(body, framed) == old


def test_placeholder_reads_as_before() -> None:
    rng = random.Random(41)
    words = [
        " ",
        "x",
        "X",
        "letter",
        "your",
        "answer",
        "your answer",
        "option",
        "choice",
        ".",
        "..",
        "…",
        "A",
        "B",
        "/",
        " / ",
        "E",
        "F",
        "\n",
        "!",
    ]
    for _ in range(20000):
        s = "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        assert (PLACEHOLDER.fullmatch(s) is None) == (_OLD_PLACEHOLDER.fullmatch(s) is None), s


def test_framed_and_answer_tags_still_told_apart() -> None:
    text = "Put your final answer in <answer></answer> tags, e.g. <answer>A</answer>. The heart is big.\n<answer>C</answer>"
    loc = locate(text)
    assert loc.answer == "C" and loc.others == ()
    quoted = locate('Reply as "<answer>A</answer>" then <answer>B</answer>')  # the quoted example is no answer
    assert quoted.answer == "B" and quoted.others == ()


def _old_boxes(text: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"\\boxed\s*\{", text):
        depth, i = 1, m.end()
        while i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                out.append((m.start(), text[m.end() : i]))
                break
            i += 1
    return out


def _old_conclusion(text: str) -> str | None:
    found = None
    for found in re.finditer(r"<conclusion>(.*?)</conclusion>", text, re.I | re.S):
        pass
    return found.group(1).strip() if found is not None and found.group(1).strip() else None


def _old_like_tags(body: str) -> list[tuple[int, int]]:
    def framed(tag: re.Match[str]) -> bool:
        if PLACEHOLDER.fullmatch(tag.group(2)) is not None:
            return True
        return _TAG_FRAME.search(body, body.rfind("\n", 0, tag.start()) + 1, tag.start()) is not None

    return [t.span() for t in _ANSWER_LIKE_TAG.finditer(body) if not framed(t)]


LIKE_TOKENS = [
    "<final>",
    "</final>",
    "<FINAL>",
    "</Final>",
    "<final_answer>",
    "</final_answer>",
    "<choice>",
    "</choice>",
    "</selected>",
    "<SELECTED>",
    "<prediction>",
    "</prediction>",
    "<conclusion>",
    "</conclusion>",
    "</CONCLUSION>",
    "\\boxed{",
    "\\boxed {",
    "{",
    "}",
    "A",
    "C",
    " ",
    "\n",
    "x",
    "form",
    "tags",
    "e.g.",
    '"',
    "“",
    "'",
    "it's",
    "question",
    "letter",
    "...",
]


def test_like_tags_boxes_and_conclusions_read_as_before() -> None:
    rng = random.Random(42)
    for _ in range(20000):
        body = "".join(rng.choice(LIKE_TOKENS) for _ in range(rng.randint(1, 20)))
        assert [t.span() for t in answer_like_tags(body)] == _old_like_tags(body), body
        assert _boxes(body) == _old_boxes(body), body
        assert conclusion_tag(body) == _old_conclusion(body), body


def test_trailing_object_found_as_before() -> None:
    rng = random.Random(43)
    tokens = ["{", "}", ":", "\n", " ", "\t", "```", "```json\n", "x", '"a"', "\u3000", "json"]
    for _ in range(20000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 14)))
        old, new = _TRAILING.search(text), _trailing(text)
        assert (old and old.span(1)) == (new and new.span(1)), text


SHAPES = {
    "answer tags, one line": "<answer>C</answer>" * 4500,
    "answer words, one line": "<answer>pneumothorax</answer> " * 2700,
    "framed tags, one line": "Use the format <answer>A</answer> " * 2400,
    "numbered tags": "".join(f"<answer>C{i}</answer>" for i in range(4000)),
    "blank placeholder": "<answer>" + " " * 80000 + "!</answer>",
    "final tags, one line": "<final>C</final>" * 5000,
    "unclosed final tags": "<final>" * 11500,
    "unclosed conclusions": "<conclusion>" * 6700,
    "unclosed boxes": "\\boxed{" * 11500,
    "open objects": '{"answer": ' * 14600,  # 160,000 characters: main took 4.8 s
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_hostile_tag_lines_read_not_hung(name: str) -> None:
    """80,000 characters each; the quadratic readings took 2-18 s here, the linear ones hundredths."""
    for sample in SAMPLES:
        start = time.process_time()
        extract(SHAPES[name], sample)
        assert time.process_time() - start < 3.0, (name, sample.answer_type)
