"""Separate a raw model output into reasoning and the region holding the answer.

This module only *locates*; reading a letter, a verdict or a text out of the
region is the job of the per-answer-type readers, so the verifier and RL
rewards can reuse the split without any grading logic. Steps:

1. An echoed prompt (chat template turns) is dropped: the response starts
   after the last echoed assistant turn (:mod:`medstep.extract.echo`);
   special tokens left in the decoded text ("B<|im_end|>", "</s>") are
   removed.
2. ``<think>...</think>`` is reasoning; only the text after it can hold the
   answer. An unclosed ``<think>`` means the model stopped while thinking:
   there is no answer region at all (thoughts are never mined for one), and
   ``cut`` says whether it stopped mid-sentence (a token limit).
3. ``<answer>...</answer>`` (marker ``answer_tag``), else the last
   ``\\boxed{...}`` (marker ``boxed``), else no marker: the region is the
   whole visible text and the readers find the decision in it. Earlier
   wrappers of the same kind are kept in ``others``: two tags or boxes
   that read differently are two answers, not a decision.

:func:`last_phrase` finds the last "Final answer:" / "The answer is" phrase;
readers use it, and :func:`split_reasoning` cuts the reasoning there.
All patterns are compiled at import time; this runs on the RL reward hot path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from medstep.arguments import check_text
from medstep.extract import langwords
from medstep.extract.anchors import KeywordFinder, word_starts_at
from medstep.extract.context import context
from medstep.extract.echo import response_span
from medstep.extract.markup import plain
from medstep.extract.tag_frame import answer_like_tags, format_tags
from medstep.lazyre import lazy_compile

# Special tokens a backend may leave in decoded text (end of turn, end of text, padding).
_SPECIAL_TOKEN = lazy_compile(r"<\|[^|<>\s]{1,30}\|>|<｜[^｜<>]{1,30}｜>|</s>|<s>|<end_of_turn>|<start_of_turn>|<eos>|<pad>")
_THINK_OPEN = lazy_compile(r"<think>", re.I)
_THINK_CLOSE = lazy_compile(r"</think>", re.I)
# Other spellings of the reasoning block, read as ``<think>``/``</think>``: Kimi-VL's "◁think▷…◁/think▷", "<thinking>",
# "<reasoning>" (tagged RL formats), Magistral's "[THINK]…[/THINK]", Seed's "<seed:think>". Left as they are, their
# thoughts read as the answer ("◁think▷… Abscess.◁/think▷Cerebral abscess." answered "think … abscess think …").
# Lower case only: LLaVA-CoT's "<REASONING>" section is followed by its "<CONCLUSION>", which the readers know.
_THINK_VARIANT = lazy_compile(r"◁(/?)think▷|<(/?)(?:thinking|reasoning|seed:think)>|\[(/?)THINK\]")
_THINK_GATES = ("◁", "thinking>", "reasoning>", "THINK]", "seed:think")


def _think_tags(body: str) -> str:
    """``body`` with the other spellings of a reasoning block (``_THINK_VARIANT``) written ``<think>``/``</think>``."""
    if not any(map(body.__contains__, _THINK_GATES)):
        return body
    return _THINK_VARIANT.sub(lambda m: "</think>" if (m.group(1) or m.group(2) or m.group(3)) else "<think>", body)


_ANSWER_TAG = lazy_compile(r"<answer>(.*?)(?:</answer>|\Z)", re.I | re.S)
# An answer tag opened after a closed thought and never filled nor closed ("<think>There is fluid around the liver.
# </think>\n<answer>"): the output stopped where the answer was to begin (``Located.unfilled``), a cut output whose
# thought is not read as its answer. A closed empty tag ("<answer></answer>") is a reply the model ended on purpose
# with nothing in it: no answer either.
_UNFILLED_TAG = lazy_compile(r"\s*<answer>\s*", re.I)
# The closing stage of a staged chain of thought (LLaVA-CoT: "<SUMMARY> … <CAPTION> … <REASONING> … <CONCLUSION> B
# </CONCLUSION>"): the stages before it weigh the options, the conclusion gives the choice. Read for a choice
# question only (``conclusion_tag``): a closed or open answer's conclusion is a sentence its own readers take whole.
_CONCLUSION_TAG = lazy_compile(r"<conclusion>(.*?)</conclusion>", re.I | re.S)
_CONCLUSION_CLOSE = lazy_compile(r"</conclusion>", re.I)


def conclusion_tag(text: str) -> str | None:
    """The text of the last closed ``<CONCLUSION>`` stage of ``text`` (see ``_CONCLUSION_TAG``), else None."""
    if "<" not in text:
        return None
    found = close = None
    for close in _CONCLUSION_CLOSE.finditer(text):
        pass
    # No stage opened after the last close can close: searched up to it only (each opening read on to the end was
    # quadratic: "<conclusion>" repeated to 40,000 characters took 0.5 s).
    for found in _CONCLUSION_TAG.finditer(text, 0, close.end() if close is not None else 0):
        pass
    return found.group(1).strip() if found is not None and found.group(1).strip() else None


_BOXED = lazy_compile(r"\\boxed\s*\{")
_BRACE = lazy_compile(r"[{}]")
# "Final answer:", "The answer is", "the correct option is": the keyword is
# found by ``anchors`` and the phrase is matched from it; the qualifier before
# it is checked on a short window. "option"/"choice" need a qualifier
# ("correct option is"), otherwise "the other option is less likely" would be
# taken as the final statement; "diagnosis" needs "final". A dash separates
# only on the phrase's line ("Answer — C"): "the correct answer\n- D) ..." is a list.
_PHRASE_KEYWORDS = KeywordFinder(("answer", "option", "choice", "diagnosis", "verdict", "final", "correction"))
_PHRASE_AT = lazy_compile(
    r"(?i:(answer|option|choice|diagnosis|verdict)(?:\s+to\s+(?:this|the|your|that)\s+question)?\**\s*"
    r"(?:(?:is|would\s+be|should\s+be|will\s+be|seems\s+to\s+be|appears\s+to\s+be)\s*(?:\**\s*[:：])?|[:：]|[ \t][-–—][ \t]))"
)
# A bare label opening its line gives the answer too: "Final: B", "**Correction:** C" (a model correcting its first
# "Answer: A"). Only as a label: "final" and "correction" inside a sentence ("the final image", "a correction of the
# fracture") state no answer.
_LABEL_AT = lazy_compile(r"(?i:(?:final|correction)\**[ \t]*[:：])")
_LABEL_LEAD = " \t*_#>-•"
# Chinese answer markers (SLAKE zh): 答案是 / 答案： / 答： / 回答： / 最终答案; the Japanese 答え：.
_ZH_PHRASE = lazy_compile(r"(?:最终)?(?:答案|回答|答え|答)\s*(?:是|为|[:：])\s*")
# Spanish answer markers (questions in Spanish are answered in Spanish; ``extract/langwords.py``).
_ES_PHRASE = lazy_compile(r"(?i)\b" + langwords.ES_ANSWER_PHRASE + r"\**\s*")
# French, Portuguese, German and Italian ones ("La bonne réponse est C", "Antwort: C"; ``extract/langwords.py``),
# looked for only in the output's last ``OTHER_REACH`` characters (they are rare; every output pays for the search).
_OTHER_PHRASE = lazy_compile(r"(?i)\b" + langwords.ANSWER_PHRASE + r"\**\s*")
OTHER_REACH = 400
# Substrings one of which each of those phrases holds (a cheap test before the search).
_OTHER_GATES = ("ponse", "ntwort", "sposta", "ernativa", "ntwoord", "dpowied", "твет", "evap", "anıt")
_QUALIFIERS = frozenset({"final", "correct", "best", "right", "likely", "appropriate"})
_DETERMINERS = frozenset({"the", "my", "our"})
_CONTRARY = frozenset({"wrong", "incorrect", "false", "rejected", "discarded"})
# A determiner that makes the phrase speak of answers in general, none given: "any answer would be a guess", "no answer
# is possible", "whatever answer I give".
_NO_PARTICULAR = frozenset({"any", "no", "every", "each", "whatever", "whichever"})
_SAME_CLAUSE = lazy_compile(r"[A-Za-z]+[ \t]+")
_SENTENCE_DONE = ".!?。！？"
_DECORATION = " \t\r\n*_\"'”’)]`"

ANSWER_TAG = "answer_tag"
BOXED = "boxed"
FINAL_ANSWER_PHRASE = "final_answer_phrase"


@dataclass(frozen=True)
class Located:
    """Result of locating the answer.

    ``marker`` is the rule name of the wrapper that delimited ``answer``
    (``answer_tag``, ``boxed``), or ``None`` when ``answer`` is the whole
    visible text. ``open_think`` is set when a ``<think>`` block was never
    closed (then ``answer`` is empty); ``cut`` when that thinking stops
    mid-sentence, the mark of a generation cut at its token limit.
    ``thought`` holds a closed ``<think>`` block's text when nothing visible
    follows it ("<think>... so B.</think>"): the model put its decision in
    the thought, and the readers may look there (never in an unclosed one).
    ``unfilled`` is set when an answer tag opened after the thought and the
    output stopped there ("</think><answer>"): a cut output (truncated),
    its thought not read as the answer. ``after`` is the visible text that
    follows the wrapper ("<answer>C</answer> However, I can't answer the
    question."): a closing refusal there withdraws the answer
    (``extract/asked_refusal.py``). ``closed`` is set when the wrapper is a
    closed answer tag ("<answer>B</answer>"): the model finished its answer,
    so a reply stopped at its token limit after it is still an answer.
    """

    reasoning: str
    answer: str
    marker: str | None
    open_think: bool = False
    cut: bool = False
    others: tuple[str, ...] = ()
    thought: str = ""
    unfilled: bool = False
    after: str = ""
    closed: bool = False


def _join(parts: list[str]) -> str:
    if len(parts) == 1:  # (most outputs: the visible text alone)
        return parts[0].strip()
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _boxes(text: str) -> list[tuple[int, str]]:
    """Start index and content of every ``\\boxed{...}``, braces balanced.

    An unbalanced box (output cut mid-formula) is left out rather than read
    as a partial answer. Each box's closing brace is found in one pass over the
    braces (a box read on to its close each was quadratic: "\\boxed{" repeated
    to 40,000 characters, none closed, took 4.7 s).
    """
    boxes = list(_BOXED.finditer(text))
    if not boxes:
        return []
    closes, opened = {}, []
    for brace in _BRACE.finditer(text, boxes[0].end() - 1):
        if brace.group() == "{":
            opened.append(brace.start())
        elif opened:
            closes[opened.pop()] = brace.start()
    return [(m.start(), text[m.end() : closes[m.end() - 1]]) for m in boxes if m.end() - 1 in closes]


def _boxed_content(text: str) -> tuple[int, str] | None:
    """Start index and content of the last balanced ``\\boxed{...}``."""
    boxes = _boxes(text)
    return boxes[-1] if boxes else None


def _first_line(text: str) -> str:
    text = text.lstrip()
    cut = text.find("\n")
    return text if cut < 0 else text[:cut]


def _words_before(body: str, pos: int, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` (start, lowercased word) pairs right before ``pos``, nearest last.

    Plain string scanning: a regex search ending at ``pos`` would retry from
    every start position of its window, which dominated extraction time.
    """
    out: list[tuple[int, str]] = []
    end = pos
    while len(out) < count:
        while end > 0 and body[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and body[start - 1].isalpha():
            start -= 1
        if start == end:
            break
        out.append((start, body[start:end].lower()))
        end = start
    out.reverse()
    return out


# A verdict given for a case contrary to fact ("If there were one, I'd say yes.", "If it were displaced, yes.", "If
# the lung edge were visible, yes.", "Were there a pleural line, I would say yes.", "Had I seen one, I'd answer
# yes."); "If you are asking whether …: yes.", "If I had to choose, yes." and "If you were to ask me, yes." commit.
_COUNTERFACTUAL = lazy_compile(
    r"(?i)\bif\s+(?:there\s+(?:were|was)|it\s+were|they\s+were|i\s+(?:saw|could\s+see|had\s+seen)|"
    r"(?!(?:you|i|we)\s+were\s+to\b)[^,;:.!?\n]{1,40}?\bwere\b)"
    r"|(?:^|[.!?\n]\s*)(?:were\s+(?:there|it|they|the|a|an)|had\s+(?:i|we|there)\s+(?:seen|been|found|noticed))\b"
)


def _counterfactual_start(text: str, pos: int, lo: int = 0) -> int:
    return max(max(text.rfind(c, lo, pos) for c in ".!?\n") + 1, lo)


def counterfactual(text: str, pos: int, reach: int | None = None) -> bool:
    """Whether the sentence of ``text`` up to ``pos`` (where its verdict stands) supposes a case contrary to fact:
    "If it were present, the answer would be yes." gives the verdict of a case the model does not assert."""
    start = _counterfactual_start(text, pos, 0 if reach is None else max(0, pos - reach))
    return _COUNTERFACTUAL.search(text, max(0, start - 1), pos) is not None


def _phrase_hits(body: str) -> tuple[tuple[int, int, int], ...]:
    """(keyword position, start, end) of every phrase keyword in ``body``, the last first, with start -1 where
    no English final-answer phrase begins there (see :func:`phrases`); found once per text and kept in its
    :class:`~medstep.extract.context.TextContext`."""
    ctx = context(body)
    if ctx.phrase_hits is None:
        ctx.phrase_hits = tuple(_find_phrase_hits(body))
    return ctx.phrase_hits


def _find_phrase_hits(body: str) -> Iterator[tuple[int, int, int]]:
    for pos in _PHRASE_KEYWORDS.all_last_first(body):
        if body[pos] in "fFcC" and body[pos + 1:pos + 2] in "iIoO":  # "final" / "correction": a line's label only
            label = _LABEL_AT.match(body, pos) if word_starts_at(body, pos) else None
            yield (pos, pos, label.end()) if label is not None and _opens_sentence(body, pos) else (pos, -1, -1)
            continue
        m = _PHRASE_AT.match(body, pos) if word_starts_at(body, pos) else None
        if m is None:
            yield pos, -1, -1
            continue
        if counterfactual(body, pos, 200):  # (200 characters back: a line of phrases read in linear time)
            yield pos, -1, -1  # "If the heart were normal, the answer would be A, but ...": a supposed case's answer
            continue
        before = _words_before(body, pos, 3)
        if before and before[-1][1] in _CONTRARY:  # "Wrong answer: C. Right answer: B.": labelled, not given
            yield pos, -1, -1
            continue
        if before and before[-1][1] in _NO_PARTICULAR and _SAME_CLAUSE.fullmatch(body, before[-1][0], pos) is not None:
            # "... so any answer would be a guess.": no answer given (not "Pneumonia: no\n\nAnswer: (1)")
            yield pos, -1, -1
            continue
        qualifier = before[-1][1] if before and before[-1][1] in _QUALIFIERS else ""
        if qualifier in ("likely", "appropriate") and not (len(before) > 1 and before[-2][1] == "most"):
            qualifier = ""
        keyword = m.group(1).lower()
        if (keyword in ("option", "choice") and not qualifier) or (keyword == "diagnosis" and qualifier != "final"):
            yield pos, -1, -1
            continue
        # Start the marker at "the final answer" rather than "answer", so the
        # reasoning text does not end in a dangling "The final".
        start = pos
        taken = 1 + (qualifier in ("likely", "appropriate")) if qualifier else 0
        if taken:
            start = before[-taken][0]
        if len(before) > taken and before[-taken - 1][1] in _DETERMINERS:
            start = before[-taken - 1][0]
        yield pos, start, m.end()


def _opens_sentence(body: str, pos: int) -> bool:
    """Whether only markup stands between ``pos`` and the start of its line or the end of a sentence before it
    ("… over the cervix. Correction: B. Breech.")."""
    line = body[body.rfind("\n", 0, pos) + 1:pos].rstrip(_LABEL_LEAD)
    return not line or line[-1] in ".!?"


def phrases(body: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each final-answer phrase in ``body``, the last first.

    ``start`` is where the phrase begins ("The final answer"), ``end`` where
    the stated answer begins. Only keywords in ``[lo, hi)`` are tried. The
    English phrases of a text are found once (:func:`_phrase_hits`): the
    splitter, the readers and the conflict check all ask for them.
    """
    for pos, start, end in _phrase_hits(body):
        if hi is not None and pos >= hi:
            continue
        if pos < lo:
            return
        if start >= 0:
            yield start, end
    end = len(body) if hi is None else hi
    if not body.isascii():
        found = [(m.start(), m.end()) for m in _ZH_PHRASE.finditer(body, lo, end)]
        yield from reversed(found)
    ctx = context(body)
    if ctx.spanish is None:  # (asked again each time a reader walks past the English phrases)
        ctx.spanish = "espuesta" in body or "pci" in body
    if ctx.spanish:
        yield from reversed([(m.start(), m.end()) for m in _ES_PHRASE.finditer(body, lo, end)])
    others = _other_phrases(body)
    if others:
        yield from reversed([p for p in others if lo <= p[0] and p[1] <= end])


@lru_cache(maxsize=64)
def _other_phrases(body: str) -> tuple[tuple[int, int], ...]:
    """Where the French, Portuguese, German, Italian, Dutch, Polish, Russian and Turkish answer phrases of ``body``'s
    last ``OTHER_REACH`` characters are (remembered: :func:`phrases` runs several times on one output)."""
    late = max(0, len(body) - OTHER_REACH)
    if all(body.find(w, late) < 0 for w in _OTHER_GATES):
        return ()
    return tuple((m.start(), m.end()) for m in _OTHER_PHRASE.finditer(body, late))


@lru_cache(maxsize=64)
def last_phrases(body: str) -> tuple[tuple[int, int], ...]:
    """The last two final-answer phrases, the last first, remembered: the splitter, the readers and
    the conflict check of :func:`medstep.extract.lines.phrase` all ask for them."""
    first = next(phrases(body), None)
    if first is None:
        return ()
    # The one before it only matters close by ("Answer: A ... Answer: C"); searching a long
    # discussion to its start for it would cost every output a second full scan.
    second = next(phrases(body, max(0, first[0] - SECOND_REACH), first[0]), None)
    return (first,) if second is None else (first, second)


SECOND_REACH = 800


def last_phrase(body: str) -> tuple[int, int] | None:
    """``(start, end)`` of the last final-answer phrase in ``body``, if any (see :func:`phrases`)."""
    found = last_phrases(body)
    return found[0] if found else None


def first_line(text: str) -> str:
    """The first non-empty line of ``text`` (the answer stated after a phrase)."""
    return _first_line(text).strip()


def ends_mid_sentence(text: str) -> bool:
    """Whether ``text`` stops inside a sentence (no closing punctuation): how a cut generation ends."""
    return _ends_mid_sentence(text)


def _ends_mid_sentence(text: str) -> bool:
    t = text.rstrip(_DECORATION)
    return bool(t) and t[-1] not in _SENTENCE_DONE


def _blanked(body: str, spans: list[re.Match[str]]) -> str:
    """``body`` with each of the ordered, disjoint ``spans`` written as blanks (one join: a body rebuilt once per span
    is quadratic in a line of thousands of framed tags)."""
    pieces, at = [], 0
    for span in spans:
        pieces += [body[at : span.start()], " " * (span.end() - span.start())]
        at = span.end()
    return "".join(pieces) + body[at:]


def locate(text: str, server_reasoning: str | None = None) -> Located:
    """Find reasoning and answer region in ``text`` (see module docstring)."""
    parts: list[str] = [server_reasoning] if server_reasoning else []
    start, end = response_span(text)  # (the model's own turn: not a turn it ran on into, echo.response_span)
    body = _think_tags(plain(text[start:end] if start or end < len(text) else text))  # HTML, blockquotes, struck-out text (markup.py)
    if "<" in body:
        body = _SPECIAL_TOKEN.sub(" ", body)
        close = None
        for close in _THINK_CLOSE.finditer(body):
            pass
        if close is not None:
            opened = _THINK_OPEN.search(body, 0, close.start())
            # Some chat templates put "<think>" in the prompt, so the output
            # starts mid-thought and only the closing tag is present.
            thought = body[opened.end() if opened else 0 : close.start()]
            parts.append(thought)
            body = body[close.end() :]
            if not body.strip() or _UNFILLED_TAG.fullmatch(body) is not None:
                return Located(_join(parts), "", None, thought=thought.strip(), unfilled=bool(body.strip()))
        else:
            opened = _THINK_OPEN.search(body)
            if opened is not None:
                thought = body[opened.end() :]
                parts.append(thought)
                return Located(_join(parts), "", None, open_think=True, cut=_ends_mid_sentence(thought))
        if "<" in body:
            tags = list(_ANSWER_TAG.finditer(body))
            flags = format_tags(body, tags)  # tags of a format instruction (extract/tag_frame.py)
            if any(flags):
                framed = [t for t, f in zip(tags, flags) if f]
                tags = [t for t, f in zip(tags, flags) if not f]
                body = _blanked(body, framed)  # the instruction's example letter is no mention either
            if tags:
                tag = tags[-1]
                parts.append(body[: tag.start()])
                region = tag.group(1)
                boxed = _boxed_content(region) if "boxed" in region else None
                others = tuple(t.group(1).strip() for t in tags[:-1])
                return Located(_join(parts), (boxed[1] if boxed else region).strip(), ANSWER_TAG, others=others,
                               after=body[tag.end():], closed=tag.end(1) < tag.end())
            tags = answer_like_tags(body)
            if tags:
                parts.append(body[: tags[-1].start()])
                others = tuple(t.group(2).strip() for t in tags[:-1])
                return Located(_join(parts), tags[-1].group(2).strip(), ANSWER_TAG, others=others,
                               after=body[tags[-1].end():], closed=True)  # answer-like tags are closed ones
    if "\\" in body and "boxed" in body:  # (every box opens with a backslash: a rare character, found fast)
        boxes = _boxes(body)
        if boxes:
            parts.append(body[: boxes[-1][0]])
            at, content = boxes[-1]
            end = body.find(content, at) + len(content) + 1  # past the box's closing brace
            return Located(_join(parts), content.strip(), BOXED, others=tuple(b.strip() for _, b in boxes[:-1]),
                           after=body[end:])
    parts.append(body)
    return Located(_join(parts), body.strip(), None)


def split_reasoning(text: str, server_reasoning: str | None = None) -> tuple[str, str]:
    """``(reasoning, answer_region)`` of a raw output.

    Reasoning merges the server's ``reasoning_content``, ``<think>`` text and
    any text before the answer: the answer tag, the box, or the last
    "final answer" phrase (whose line is then the region). Without any of
    these the whole visible output is both reasoning and answer region (a
    plain chain of thought ending in its conclusion). An unclosed
    ``<think>`` gives an empty region. Echoed prompt turns are in neither.
    """
    check_text("split_reasoning", "text", text)
    check_text("split_reasoning", "server_reasoning", server_reasoning, optional=True)
    loc = locate(text, server_reasoning)
    if loc.marker is not None or loc.open_think:
        return loc.reasoning, loc.answer
    phrase = last_phrase(loc.answer)
    if phrase is None:
        return loc.reasoning, loc.answer
    return reasoning_of(loc, phrase), first_line(loc.answer[phrase[1] :])


def reasoning_of(loc: Located, phrase: tuple[int, int] | None = None) -> str:
    """The reasoning of a located output: without a wrapper, cut before the last final-answer phrase."""
    if loc.marker is not None or loc.open_think:
        return loc.reasoning
    if phrase is None:
        phrase = last_phrase(loc.answer)
        if phrase is None:
            return loc.reasoning
    head = loc.answer[: phrase[0]].strip()
    # ``reasoning`` ends with the visible text (== ``answer``): keep what precedes it.
    kept = loc.reasoning[: len(loc.reasoning) - len(loc.answer)].strip()
    return "\n\n".join(p for p in (kept, head) if p)


def has_think_answer_format(text: str) -> bool:
    """True iff ``text`` is exactly ``<think>R</think><answer>A</answer>``.

    The strict R1-style format check used by RL format rewards: one of each
    tag, in that order, non-empty contents, nothing but whitespace outside.
    Counting tags instead of one big regex keeps this linear and obvious.
    """
    check_text("has_think_answer_format", "text", text)
    t = text.strip()
    if not (t.startswith("<think>") and t.endswith("</answer>")):
        return False
    if any(t.count(tag) != 1 for tag in ("<think>", "</think>", "<answer>", "</answer>")):
        return False
    think_end = t.index("</think>")
    answer_start = t.index("<answer>")
    if answer_start < think_end or t[think_end + len("</think>") : answer_start].strip():
        return False
    thought = t[len("<think>") : think_end]
    answer = t[answer_start + len("<answer>") : -len("</answer>")]
    return bool(thought.strip()) and bool(answer.strip())
