"""The conclusion field of an open reply laid out as a report: "Findings: ... Impression: left pneumothorax."

A reply written as a report states its answer in a labelled field ("Impression:", "**Diagnosis:**", "Most likely
diagnosis:", "Final diagnosis -", in other languages "**Diagnóstico:**", "Beurteilung:", "Conclusion :"); the
fields before it are the findings, those after it caveats, so the open reader (``extract/open_reader.py``) reads the
last such field's text (:func:`answer_field`). A field of another language whose text opens with a denial ("Beurteilung:
Kein Anhalt für Malignität.", "Diagnóstico: sin evidencia de malignidad", "Conclusion : pas de pneumopathie") names no
diagnosis: the name in it is the one denied, and the grader's ladder knows the English denials only ("pas de
pneumopathie" would pass for "pneumopathie"), so :func:`denied_field` tells the reader to read no answer there. An
English field's denial ("Impression: No pneumonia.") is read as written: the grader reads it as a denial.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.langwords import FOREIGN_CONCLUSION_FIELDS, foreign_negation_opens
from medstep.lazyre import lazy_compile

# A labelled field stating the conclusion, opening a line or following a sentence: "Impression: ...", "**Diagnosis:**
# ...", "Most likely diagnosis: ...", "Final diagnosis - ..." (not "Differential diagnosis: ...", a list of candidates);
# in other languages too ("**Diagnose:** ...", "Hallazgo principal: ...", ``langwords.FOREIGN_CONCLUSION_FIELDS``).
_FIELD = lazy_compile(r"(?im)(?:^|(?<=[.!?])[ \t]+)[ \t*_#>-]*(?:(?:final|most\s+likely|working|likely)[ \t]+)?"
                      r"(?:impression|diagnosis|conclusion|(?P<foreign>" + FOREIGN_CONCLUSION_FIELDS + r"))[ \t]*[*_]*"
                      r"[ \t]*[:：][*_]*[ \t]*(?P<body>[^\n]+)")
# The text after a label that denies what the label names: "none", "not seen", "absent", "negative", "no".
DENIED_BODY = lazy_compile(r"(?i)^[\s*_]*" + hedges.words(negation.DENY, negation.NONE, negation.ABSENT,
                                                         negation.NEGATIVE))


def answer_field(region: str) -> str | None:
    """The text of the last labelled field stating the conclusion ("Impression: left pneumothorax.", "**Diagnosis:**
    Acute appendicitis.", "Most likely diagnosis: ...") in an open answer laid out as a report ("Findings: ...
    Impression: ..."), up to the end of its line: the fields before it are the findings, the ones after it caveats.
    ``None`` when there is no such field."""
    if ":" not in region and "：" not in region:
        return None
    fields = [m.group("body").strip() for m in _FIELD.finditer(region)]
    return fields[-1] if fields and fields[-1] else None


def denied_field(region: str) -> bool:
    """Whether the text of the last conclusion field of ``region`` opens with a denial of another language ("Kein
    Hinweis auf Pneumonie", "sin evidencia de malignidad", "Conclusion : pas de pneumopathie"), or with any denial
    under a field named in another language ("Diagnóstico: No se observa neumonía"): it names no diagnosis (module
    docstring)."""
    if ":" not in region and "：" not in region:
        return False
    last = None
    for last in _FIELD.finditer(region):
        pass
    if last is None:
        return False
    body = last.group("body").strip()
    return foreign_negation_opens(body) or (last.group("foreign") is not None and DENIED_BODY.match(body) is not None)


__all__ = ["DENIED_BODY", "answer_field", "denied_field"]
