"""The concluding statement of a yes/no answer: where a reasoning chain states its verdict as a finding.

Models that reason before they answer often close with the finding rather
than a verdict word: "... The lung markings reach the chest wall on both
sides. Therefore, there is no pneumothorax." The statement readers
(``extract/implicit.py``, ``extract/findings.py``, ``extract/statements.py``)
read short answers only, because a whole chain mentions the finding while it
thinks ("a small pneumothorax can be subtle"); this module hands them the one
sentence a reader takes as the answer instead of the whole chain:

* the last sentence opened by a word that makes it final ("Therefore", "In
  conclusion", "Overall", "So", a "Conclusion:" / "Impression:" label; the
  words are :data:`medstep.extract.commit.FINAL_WORDS`), with what follows it;
* else the last sentence of the output, when nothing in the whole chain could
  be read (a conclusion without a cue is trusted less: it only speaks where the
  chain said nothing readable, never against a conflict the chain shows), and
  not when it excepts what came before ("The bladder is otherwise normal.") or is
  the cut copy of a sentence the output repeats in a loop.

The statement readers keep every guard of theirs (hedges, negation scope,
sides, polarity of the question), so a concluding sentence that hedges, asks,
or names another finding still gives no verdict. Used by the yes/no reader
only (rule ``concluding_statement``); choice readers have their own decision
sentence (``extract/decision_clauses.py``).
"""

from __future__ import annotations

import re

from medstep.extract.commit import CONCLUDING_LABEL, FINAL_PHRASES, FINAL_WORDS
from medstep.answers import hedges, same_verdict
from medstep.extract.implicit import MAX_CHARS, read_implicit, sentences
from medstep.extract.normality import called_normal, read_normality
from medstep.lazyre import lazy_compile

RULE = "concluding_statement"
# Words of FINAL_WORDS that open a concluding sentence; "actually" / "wait" open a revision, read elsewhere
# (``extract/closed.py``), and "final" / "change" only in a label or phrase.
_OPENERS = FINAL_WORDS - {"actually", "wait", "changing", "change", "reflection", "balance"}
_WORD = lazy_compile(r"[a-z']+")
# A concluding label opening the sentence ("**Conclusion:**", "Final impression -", "Bottom line:").
_LABEL = lazy_compile(r"(?i)^[\s#>*_\-•]*" + CONCLUDING_LABEL + r"[\s*_]*[:：—–-][\s*_]*")
# The cue itself, stripped before the statement is read: "Therefore, ", "In conclusion, ", "So ".
_CUE = lazy_compile(
    r"(?i)^[\s*_]*(?:(?:and\s+)?(?:so|thus|therefore|hence|consequently|overall|ultimately|finally)|in\s+(?:conclusion|summary)|"
    r"on\s+balance|"
    r"to\s+(?:conclude|summari[sz]e)|all\s+things\s+considered|taking\s+(?:everything|all\s+of\s+this)\s+into\s+account)"
    r"\b[\s,:]*"
)
# How many of the last sentences may hold the cue, and how much of the end is read: a conclusion sits at the end.
_LAST = 3
# A question mark opening a phrase, report shorthand for a doubt ("Spleen: ? enlarged.", "(? early consolidation)"; a
# sentence's own question mark has no space before it):
# it is no sentence end, so the words after it are no statement of their own.
_SHORTHAND_DOUBT = lazy_compile(r"(?:^|[:(\n]|\s)\s*\?\s*[a-z]", re.I)
_TAIL = 3 * MAX_CHARS
# A last sentence that excepts what the reply said before it ("The bladder is otherwise normal.", "Apart from this, the
# lungs are clear.", "The rest of the bowel is unremarkable."): no conclusion of its own (``answers/hedges.py``'s words).
_QUALIFIED = lazy_compile("(?i)" + hedges.words(hedges.QUALIFICATION))
# A list's number or bullet standing alone once the text is split into sentences ("1.", "2)", "-"): it belongs to the
# item after it, and counting it as a sentence would push a labelled conclusion out of reach of ``_LAST``.
_ENUMERATOR = lazy_compile(r"[\s*_]*(?:\(?\d{1,2}[.)]|[-•])[\s*_]*")


def _opens_final(sentence: str) -> bool:
    if _LABEL.match(sentence) is not None:
        return True
    head = sentence.lstrip(" *_#>-•").lower()[:40]
    words = _WORD.findall(head)[:3]
    return bool(words) and (words[0] in _OPENERS or (len(words) > 1 and words[0] in {"in", "to"} and words[1] in _OPENERS)
                            or words[:2] == ["on", "balance"]
                            or any(head.startswith(p) for p in FINAL_PHRASES))


def _strip(statement: str) -> str:
    statement = _LABEL.sub("", statement, count=1)
    return _CUE.sub("", statement, count=1).strip()


def against_first_part(region: str, statement: str, verdict: str, question: str) -> bool:
    """Whether a short answer's part before its (unmarked) concluding ``statement`` states the asked finding (or the
    study's normality) as the other verdict: "There is no fluid in the abdomen. There is fluid in the abdomen.",
    "Pleural effusion. No significant abnormality." to "Is the radiograph normal?" say both. A study called normal
    by the conclusion alone, after a first part the readers cannot read ("Derrame pleural. Sin alteraciones
    significativas."), may have named a finding in words they do not know: the whole-study reader's own rule (every
    clause read) is not to be bypassed by reading the last sentence only."""
    at = region.rfind(statement[:20])
    if len(region) > MAX_CHARS or at <= 0:
        return False
    from medstep.extract.measured import read_measured  # measured reads implicit too: imported on use

    # "CBD 12 mm. It is normal.": a value the question's band reads the other way is a first part at odds as well
    before = read_implicit(region[:at], question) or read_normality(region[:at], question) \
        or read_measured(region[:at], question)
    if before is None and called_normal(verdict, question):
        return True  # "Derrame pleural. Sin alteraciones significativas.": what the first part says is not read
    return before is not None and not same_verdict(before, verdict)


def concluding(region: str) -> tuple[str, bool] | None:
    """The concluding statement of ``region`` and whether a final word marks it, or ``None`` when ``region`` is
    a single sentence (then it is its own conclusion) or the conclusion is too long to be a statement."""
    found = _conclude(region)
    return (found[0], found[1]) if found is not None else None


def before_label(region: str) -> str | None:
    """What ``region`` says before the label of its concluding statement (a structured report's findings, before its
    "Impression:"), or ``None`` when no label opens that statement. A label marks where a report states its verdict,
    not that the report has weighed and revised what it said before, as "Therefore" after a chain does: findings that
    state the asked finding the other way are a report at odds with itself (``extract/stated.py``)."""
    found = _conclude(region)
    return found[2] if found is not None else None


def _conclude(region: str) -> tuple[str, bool, str | None] | None:
    """:func:`concluding` with, third, the text before the label of a labelled conclusion (:func:`before_label`)."""
    text = region.strip()
    if _SHORTHAND_DOUBT.search(text[-_TAIL:]):
        return None
    # A conclusion sits at the end: only the tail is split (a long chain's first part is its reasoning).
    parts = [p for p in sentences(text[-_TAIL:]) if _ENUMERATOR.fullmatch(p) is None]
    if len(parts) < 2:
        return None
    for i in range(len(parts) - 1, max(-1, len(parts) - 1 - _LAST), -1):
        if _opens_final(parts[i]):
            statement = " ".join([_strip(parts[i]), *parts[i + 1:]]).strip()
            if not statement or len(statement) > MAX_CHARS:
                return None
            return statement, True, _before(text, parts[i]) if _LABEL.match(parts[i]) is not None else None
    labelled = _labelled_section(parts)
    if labelled is not None:
        return labelled[0], True, _before(text, labelled[1])
    last = _strip(parts[-1])
    if _QUALIFIED.search(last) is not None:
        return None  # "There is a mass in the bladder. The bladder is otherwise normal.": it excepts what came before
    cut = last.rstrip(" *_")
    if cut and not cut.endswith((".", "!", "?")) and any(p.strip().startswith(cut) for p in parts[:-1]):
        return None  # "Is there any abnormality in the image? ... Is there any abnormality in": a loop's copy, cut
    return (last, False, None) if last and len(last) <= MAX_CHARS else None


def _before(text: str, label_sentence: str) -> str:
    """The text before the (last) sentence that holds the concluding label; the sentences are ``text``'s own slices."""
    at = text.rfind(label_sentence)
    return text[:at] if at > 0 else ""


def _labelled_section(parts: list[str]) -> tuple[str, str] | None:
    """The section under the last concluding label of a structured report ("**IMPRESSION:**\n1. Small left pleural
    effusion. Follow-up is advised.\n2. No pneumothorax."), however many numbered items it holds, and the sentence
    holding the label: a report states its verdict there, after a findings section too long to be read whole.
    ``None`` when no label stands among the tail's sentences or its section is too long to be a statement."""
    for i in range(len(parts) - 1, -1, -1):
        if _LABEL.match(parts[i]) is not None:
            statement = " ".join([_strip(parts[i]), *parts[i + 1:]]).strip()
            return (statement, parts[i]) if statement and len(statement) <= MAX_CHARS else None
    return None


__all__ = ["RULE", "against_first_part", "before_label", "concluding"]
