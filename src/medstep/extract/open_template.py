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


# A slot left for whoever fills the template: "[insert location]", "<describe>", "{enter size here}", "[your answer]",
# "[X]" (a bracket opening with a filling instruction, or a slot word alone).
_FILL = lazy_compile(r"(?i)^[\s_.]*(?:(?:insert|enter|describe|specify|fill(?:\s+in)?|add|type|write|put|state|list|provide|"
                     r"include|your)\b[^\[\]<>{}]*|(?:" + "|".join(sorted(_SLOT - {"most", "likely", "or"})) + r"|x+|\.{2,}|_+|tbd))"
                     r"[\s_.]*$")
# One line of a form: a short label, a colon, then only slots ("**Size:** [insert measurements]"), or a slot alone.
_FORM_LINE = lazy_compile(r"^[\s*_#>-]*(?:[^:\[\]<>{}\n\s*_#>-][^:\[\]<>{}\n]{0,59}?[*_]*\s*:[*_]*\s*)?(?P<slots>(?:[<{\[][^<>{}\[\]\n]{1,60}[>}\]]"
                          r"[\s,;/]*)+)[\s.]*$")
_FORM_MAX = 600


def unfilled_form(region: str) -> bool:
    """Whether every line of ``region`` is a form's label with its slot left to fill ("**Location:** [insert
    location]\n**Size:** [insert measurements]"): a template returned, nothing answered. One filled value (a word
    outside the brackets, or a bracket holding an answer: "Size: [2 cm]") makes it an answer."""
    if len(region) > _FORM_MAX or _BRACKETED.search(region) is None:
        return False
    lines = [line for line in region.splitlines() if line.strip(" \t*_#>-")]
    for line in lines:
        form = _FORM_LINE.match(line)
        if form is None:
            return False
        for slot in _BRACKETED.finditer(form.group("slots")):
            if _FILL.match(next(g for g in slot.groups() if g is not None)) is None:
                return False
    return bool(lines)


# An instruction to whoever answers: "Please answer with one word.", "Respond in the form ...", "Format your reply like
# ...", "Use the format ...".
_INSTRUCTION = lazy_compile(r"(?i)^[\s*_\"']*(?:please[ \t]+)?(?:answer|respond|reply|format|use|write|give|provide)[ \t]+"
                            r"(?:with|in|using|like|as|your|the[ \t]+format|only)\b")
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+|\n+")


def instructs(region: str) -> bool:
    """Whether every sentence of a short ``region`` instructs how to answer (``_INSTRUCTION``) or sets a format
    (``cue_before.FORMAT_WORDS``): the prompt's instructions echoed, no answer ('Format your reply like "Diagnosis:
    pneumonia".')."""
    if len(region) > _MAX * 2:
        return False
    sentences = [s for s in _SENTENCES.split(region.strip()) if s.strip()]
    return bool(sentences) and all(
        _INSTRUCTION.match(s) is not None or not FORMAT_WORDS.isdisjoint(w.lower() for w in _WORD.findall(s))
        for s in sentences)


__all__ = ["instructs", "placeholder", "unfilled_form"]
