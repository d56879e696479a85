"""The normal option chosen by a report that calls the whole study normal.

Report-style outputs answer "Which finding is shown?" with the findings, and a normal study with a normal report:
"No acute cardiopulmonary process.", "The lungs are clear. No effusion or pneumothorax. Heart size normal.", "No
acute intracranial abnormality." None of them names the option "Normal chest" / "No acute abnormality" / "Normal
brain" in its words. When exactly one option calls the study (or an organ) normal
(:func:`medstep.extract.normality.normal_option`) and the whole output reads as a normal study clause by clause
(:func:`medstep.extract.normality.study_normal`: every clause a normal statement or a denied finding, nothing the
vocabulary cannot read, no hedge; a normal word alone is not read: "fused across the midline"), that option is the
answer; an option named by its text there is denied ("No pneumothorax."). Any finding stated ("Small left effusion.
No acute process otherwise."), any option named by its letter, a single part called normal and nothing else ("The
heart size is normal.": a normal part is no normal study), or a question asking which option does NOT hold: no
reading. Rule ``option_normal``.
"""

from __future__ import annotations

from typing import Mapping

from medstep.answers.concepts import vocabulary
from medstep.answers.equivalents import narrower
from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract import findings
from medstep.extract.normality import normal_option, study_normal, whole_study_called_normal
from medstep.lazyre import lazy_compile

RULE = "option_normal"
# A report's section labels ("FINDINGS:", "**Impression:**"): headings of what follows, read as a sentence break.
_SECTION = lazy_compile(r"(?i)[*_#]*\b(?:findings|" + CONCLUDING_LABEL + r")[*_]*\s*[:：][*_]*")


def read_normal_option(text: str, idx: OptionIndex, options: Mapping[str, str], question: str = "") -> str | None:
    """The one normal option when ``text`` calls the whole study normal (module docstring), else None. ``question``:
    a part it names is the study's whole scope ("Which finding is seen in the ribs?" — "The ribs appear normal.")."""
    normal = [letter for letter, option in options.items() if normal_option(option)]
    if len(normal) != 1:
        return None
    named = find_mentions(text, idx)
    if any(not m.by_text for m in named) or study_normal(_SECTION.sub("\n", text), strict=True) is not True:
        return None
    if part_called_normal(text, options[normal[0]], question):
        return None
    # what it says beside the options it denies must call the study normal too: "Pneumothorax ruled out." sets one
    # option aside and says nothing of the study
    rest = _without_sentences(text, [(m.start, m.end) for m in named if m.letter != normal[0]])
    return normal[0] if rest == text or study_normal(_SECTION.sub("\n", rest), strict=True) is True else None


def part_called_normal(text: str, option: str, question: str = "") -> bool:
    """Whether a reply read as the normal ``option`` (:func:`medstep.extract.normality.normal_option`) calls one part
    normal and says nothing else ("The heart size is normal." to "Normal study"): a normal part is no normal study,
    unless the option names a part or region of its own ("The brain is normal." for "Normal brain"), the
    question names it as its scope ("Which finding is seen in the ribs?" — "The ribs appear normal.") or the sentence
    calls the whole study normal (:func:`medstep.extract.normality.whole_study_called_normal`)."""
    if not normal_option(option) or len(text) > _ONE_PART_MAX:
        return False  # (a reply long enough to say more than one part: ``findings.statements`` is slow on 20k)
    events = findings.statements(text) or []
    if len(events) != 1 or not events[0].normal or events[0].negated or whole_study_called_normal(text):
        return False
    # (an option naming a part or region, "Normal brain", "Normal abdomen": which parts are its own is not read here,
    # and "The bowel gas pattern is normal." is what an abdominal film is read for; "Normal study" names the whole
    # study's concept, ``no_finding`` in answers/concepts.tsv)
    return not _names_part(question, events[0].key) and not _holds_asked(question, events[0].key) \
        and not _keys(option) - {_WHOLE_STUDY}


def _holds_asked(question: str, key: str) -> bool:
    """Whether the part called normal (``key``) holds each part the question names by its size ("How would you
    describe the heart size?" — "The cardiomediastinal silhouette is within normal limits."): every finding the asked
    part's size words make (cardiomegaly) is one the normal part rules out, or narrower than one (the vocabulary's
    ``size_findings`` and ``ruled_out``). A part within the whole called normal is normal too."""
    vocab = vocabulary()
    out = vocab.ruled_out(key, False)
    held = out.union(*(narrower(c) for c in out))
    asked = [organ for organ, made in vocab.size_findings.items() if organ != key and made and _names_part(question, organ)]
    return bool(asked) and all(vocab.size_findings[organ] <= held for organ in asked)


def _keys(text: str) -> set[str]:
    return {e.key for e in findings.statements(text) or []}


def _names_part(question: str, key: str) -> bool:
    """Whether ``question`` names a findings key in its words ("heart_size" as "heart size")."""
    return f" {key.replace('_', ' ')} " in f" {' '.join(_WORD.findall(question.lower()))} "


_WORD = lazy_compile(r"[\w-]+")


_ONE_PART_MAX = 300
_WHOLE_STUDY = "no_finding"
_SENTENCE_STOP = ".!?;\n"


def _without_sentences(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` less each sentence (or line) holding one of ``spans``."""
    cut = []
    for lo, hi in spans:
        start = max(text.rfind(c, 0, lo) for c in _SENTENCE_STOP) + 1
        ends = [i for i in (text.find(c, hi) for c in _SENTENCE_STOP) if i >= 0]
        cut.append((start, min(ends) + 1 if ends else len(text)))
    out, last = [], 0
    for lo, hi in sorted(cut):
        if lo >= last:
            out.append(text[last:lo])
        last = max(last, hi)
    out.append(text[last:])
    return "".join(out)


__all__ = ["RULE", "read_normal_option"]
