"""An open answer that is a template's unfilled slot: "Diagnosis: <diagnosis>", "Final diagnosis: {diagnosis}",
"Organ: [organ]", "Answer format: Diagnosis: <name of disease>", "Diagnosis: <insert diagnosis>".

The value holds a bracketed group ("<...>", "{...}", "[...]"), and it and its frame hold nothing but the question's
own words, generic words (``extract/open_decision.py``'s ``contentless``), format words and the words a template
names its slot with ("name", "letter", "value", "X"): a slot echoed, not filled. A filled slot keeps its brackets sometimes ("Diagnosis:
[Community-acquired pneumonia]"): any other word makes it an answer. An output made only of instructions on how to
answer ('Format your reply like "Diagnosis: pneumonia".') is no answer either (:func:`instructs`), nor is a form whose
every slot is left to fill ("**Location:** [insert location]\n**Size:** [insert measurements]", :func:`unfilled_form`).
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.cue_before import FORMAT_WORDS
from medstep.extract.open_decision import contentless
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
_BRACKETED = lazy_compile(r"<([^<>\n]{1,60})>|\{([^{}\n]{1,60})\}|\[([^\[\]\n]{1,60})\]")
# The words a template names a slot with, beside the generic ones.
_SLOT = frozenset({"name", "letter", "option", "choice", "value", "number", "x", "label", "term", "word", "type",
                   "enter", "write", "put", "most", "likely", "or"})
_MAX = 120


def placeholder(value: str, question: str) -> bool:
    """Whether ``value`` holds a bracketed slot and, in and around it, nothing but what is asked (see module
    docstring): "Organ: [organ]", "The organ is <organ name>." to "Which organ is shown?"."""
    if _BRACKETED.search(value) is None or len(value) > _MAX:
        return False
    asked = {w.lower() for w in _WORD.findall(question)}
    left = [w for w in _WORD.findall(value.lower()) if w not in asked and w not in _SLOT and w not in FORMAT_WORDS]
    return not left or contentless(" ".join(left))


# A slot left for whoever fills the template: a filling instruction opening it ("[insert location]", "<describe>",
# "{enter size here}", "[your answer]"; not "type", a word of answers: "[Type 2 odontoid fracture]"), or a slot word
# alone ("[X]", "[...]", "[value]").
_FILL_VERB = lazy_compile(r"(?i)^[\s_.]*(?:insert|enter|describe|specify|fill(?:\s+in)?|add|write|put|state|list|"
                          r"provide|include|your)\b")
_SLOT_ALONE = lazy_compile(r"(?i)^[\s_.]*(?:(?:" + "|".join(sorted(_SLOT - {"most", "likely", "or"}))
                           + r"|x+|tbd)[\s_.]*)?$")
# One line of a form: a short label, a colon, then only slots ("**Size:** [insert measurements]"), or a slot alone. The
# slots' separators and the line's end share no character a run of them could be split over: linear time.
_SLOT_GROUP = r"[<{\[][^<>{}\[\]\n]{1,60}[>}\]]"
_FORM_LINE = lazy_compile(r"^[\s*_#>-]*(?:[^:\[\]<>{}\n\s*_#>-][^:\[\]<>{}\n]{0,59}?[*_]*\s*:[*_]*\s*)?"
                          r"(?P<slots>" + _SLOT_GROUP + r"(?:[\s,;/]*" + _SLOT_GROUP + r")*)[\s.,;/]*$")
_FORM_MAX = 600


def _empty_slot(slot: str, named: set[str]) -> bool:
    """Whether the bracketed ``slot`` is left to fill: a slot word alone, or a filling instruction with nothing of
    content after it, no concept of the vocabulary and no number beyond the words ``named`` (its label's and the
    question's): "[insert location]", "[your answer]", "[describe]" are empty; "[Describe a large pneumothorax]",
    "[state: pneumothorax]", "[Include the size: 3 cm left renal cyst]" are filled (a slot's instruction kept with
    the answer written after it)."""
    if _SLOT_ALONE.match(slot) is not None:
        return True
    verb = _FILL_VERB.match(slot)
    if verb is None:
        return False
    left = " ".join(w for w in _WORD.findall(slot[verb.end():].lower()) if w not in named)
    return not any(ch.isdigit() for ch in left) and not vocabulary().mentions(normalize(left))


def unfilled_form(region: str, question: str) -> bool:
    """Whether every line of ``region`` is a form's label with its slot left to fill ("**Location:** [insert
    location]\n**Size:** [insert measurements]", :func:`_empty_slot`): a template returned, nothing answered. One
    filled value (a word outside the brackets, or a bracket holding an answer: "Size: [2 cm]", "Diagnosis: [state:
    pneumothorax]") makes it an answer."""
    if len(region) > _FORM_MAX or _BRACKETED.search(region) is None:
        return False
    asked = {w.lower() for w in _WORD.findall(question)}
    lines = [line for line in region.splitlines() if line.strip(" \t*_#>-")]
    for line in lines:
        form = _FORM_LINE.match(line)
        if form is None:
            return False
        named = asked | {w.lower() for w in _WORD.findall(line[:form.start("slots")])}
        for slot in _BRACKETED.finditer(form.group("slots")):
            if not _empty_slot(next(g for g in slot.groups() if g is not None), named):
                return False
    return bool(lines)


# An instruction to whoever answers: "Please answer with one word.", "Respond in the form ...", "Format your reply like
# ...", "Use the format ...", the question named first ("Answer the question using a single word or phrase.",
# "Answer this question briefly.").
_INSTRUCTION = lazy_compile(r"(?i)^[\s*_\"']*(?:please[ \t]+)?(?:answer|respond|reply|format|use|write|give|provide)[ \t]+"
                            r"(?:(?:the|this|each|every)[ \t]+(?:following[ \t]+)?questions?[ \t]+)?"
                            r"(?:with|in|using|like|as|your|the[ \t]+format|only|briefly|concisely|based[ \t]+on|according[ \t]+to)\b")
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+|\n+")
# What ends the part of an instruction an answer may follow: a quoted example or a colon ('Format like "Diagnosis: X"').
_QUOTE_OR_COLON = lazy_compile("[\"“':]")
_DASH = lazy_compile(r"\s[-–—]")
_OPENS_WORD = lazy_compile(r"\s*[\w(]")


def _content_after(sentence: str) -> bool:
    """Whether an answer follows the instruction's first colon, or a dash before any quote or colon, with no colon
    after it ("Answer briefly: the liver.", "Respond concisely - pleural effusion."): not a form to fill ("Use the
    format: Diagnosis: X.") nor a quoted example. (Found by scanning, each character once.)"""
    stop = _QUOTE_OR_COLON.search(sentence)
    cut = stop.start() if stop is not None else len(sentence)
    if stop is not None and stop.group() == ":":
        return ":" not in sentence[cut + 1:] and _OPENS_WORD.match(sentence, cut + 1) is not None
    if ":" in sentence[cut:]:
        return False
    return any(_OPENS_WORD.match(sentence, m.end()) is not None for m in _DASH.finditer(sentence, 0, cut))


def instructs(region: str, question: str = "") -> bool:
    """Whether every sentence of a short ``region`` instructs how to answer (``_INSTRUCTION``) or sets a format
    (``cue_before.FORMAT_WORDS``), with at most the ``question`` itself besides: the prompt's instructions echoed, no
    answer ('Format your reply like "Diagnosis: pneumonia".', "What is the modality of this image?\nAnswer the
    question using a single word or phrase.")."""
    if len(region) > _MAX * 2:
        return False
    asked = _WORD.findall(question.lower())
    sentences = [s for s in _SENTENCES.split(region.strip()) if s.strip()]
    told = [s for s in sentences if not asked or _WORD.findall(s.lower()) != asked]
    if any(_content_after(s) for s in told):
        return False  # "Answer briefly: the liver.": the instruction echoed, then its answer
    return bool(told) and all(
        _INSTRUCTION.match(s) is not None or not FORMAT_WORDS.isdisjoint(w.lower() for w in _WORD.findall(s))
        for s in told)


__all__ = ["instructs", "placeholder", "unfilled_form"]
