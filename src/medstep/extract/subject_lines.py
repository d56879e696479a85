"""The asked subject named the way a report line names it: as the line's label, or by its initials.

Reports and report-style replies give a structure its own line with no verb: "Gallbladder wall: thickened.",
"**Optic disc** — swollen, blurred margins.", "CBD: not dilated." The statement readers (``extract/implicit.py``,
``extract/antonyms.py``) read a subject and its property within one clause, so the colon or dash, which cuts the
line into two clauses, leaves the property without its subject; and "CBD" is not "common bile duct" to a reader of
words. Before those readers run, :func:`as_statement` rewrites such a reply for one property question ("Is the X
<property>?") only:

* a line whose label is the question's subject, every content word of it and nothing else (or its initials), loses
  the colon or dash: "Gallbladder wall thickened." (``extract/implicit_property.py`` reads a subject and its
  property with the copula left out, as report lines write it);
* an abbreviation in capitals (three to six letters) that spells the question's subject of two words or more is
  replaced by those words ("CBD" for "common bile duct"), and a run of words that spells an abbreviation the
  question asks by is replaced by the abbreviation ("anterior cruciate ligament" for "ACL"): each word gives its
  first letter, in order, nothing else (stricter than the option reader's :mod:`medstep.extract.initials`).

A subject labelled on two lines is left as it is (which line holds?). A label naming anything else ("Liver: enlarged." to "Is the spleen enlarged?", "Signal: ...") is left as it is, so
the readers' rules about other subjects still apply.
"""

from __future__ import annotations

import re

from medstep.extract import implicit_terms
from medstep.lazyre import lazy_compile

# A line's (or sentence's) label: up to five words before a colon or a spaced dash, markdown emphasis around it allowed.
# The marks before it stay on its line (blank lines before a label are no part of it: the match opens on the label's
# own line instead, with the same label and end): a run of blank lines would otherwise be read once per line start in
# it (quadratic: 50,000 newlines took minutes).
_LABEL = lazy_compile(r"(?m)(?:^|(?<=[.!?] ))((?:[^\S\n]|[*_#>•-])*)([A-Za-z][A-Za-z /-]{1,40}?)([*_]*\s*:[*_]*|\s+[-–—]\s)[\s*_]*(?=\S)")
_SKIPPED = frozenset({"of", "the", "and"})  # words initials skip: "PCL" is Posterior Cruciate Ligament
_WORD = lazy_compile(r"[A-Za-z]+")


def _subject(question: str) -> tuple[str, ...] | None:
    """The subject words (as written) of a property question ("Is the common bile duct dilated?"), else ``None``."""
    term = implicit_terms.question_term(question)
    if term is None or term.prop is None:
        return None
    at = question.lower().find(term.phrase)  # the words as the question writes them ("ACL" is an abbreviation)
    return tuple(_WORD.findall(question[at:at + len(term.phrase)] if at >= 0 else term.phrase))


def _content(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(implicit_terms.stem(w) for w in words if w not in ("the", "a", "an"))


def as_statement(text: str, question: str) -> str:
    """``text`` with the asked subject's label lines and initials rewritten (module docstring); else unchanged."""
    subject = _subject(question)
    if not subject:
        return text
    text = _named(text, subject)
    want = sorted(_content([w.lower() for w in subject]))

    def own(m: re.Match[str]) -> bool:
        return sorted(_content([w.lower() for w in _WORD.findall(m.group(2))])) == want

    if sum(own(m) for m in _LABEL.finditer(text)) != 1:
        return text  # "Liver: unremarkable. Liver: coarse echotexture.": two lines for it, which one holds?
    return _LABEL.sub(lambda m: m.group(1) + m.group(2) + " " if own(m) else m.group(0), text)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SKIPPED).upper()


def _named(text: str, subject: tuple[str, ...]) -> str:
    """Initials of the subject replaced by its words, and the subject's abbreviation spelled out replaced by it."""
    if len(subject) >= 2 and 3 <= len(_initials(subject)) <= 6:
        abbr = _initials(subject)
        return re.sub(r"(?<![\w.\-])" + abbr + r"(?![\w\-])", " ".join(subject).lower(), text)
    if len(subject) == 1 and 3 <= len(subject[0]) <= 6 and subject[0].isalpha() and subject[0].isupper():
        abbr = subject[0]
        run = r"\s+".join(rf"{c}[a-z]+" for c in abbr.lower())
        return re.sub(r"(?i)\b" + run + r"\b", abbr, text)
    return text


__all__ = ["as_statement"]
