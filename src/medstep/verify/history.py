"""The report's stated history: what its history / indication section says the patient has or had.

A chain that recalls the clinical background ("a scar from the old heart attack" where the report's
"Clinical history: previous myocardial infarction") states no image finding, so the findings under the
report's section do not decide it, and before this it stayed unverifiable like an invented finding. A claim
of a finding the history section states present is shown supported as context ("report-history") and never
counted: not in factuality (``FindingVerdict.consistent`` None), not as a clinical hit or a false finding.
A history claim the report does not give stays unverifiable, and one the image evidence decides keeps that
verdict (an image's denial still contradicts it). Restating the history earns nothing: it is never counted.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity

# a history / indication header (the verifier's section_skip rows of ``triggers.tsv`` that state the patient's
# background; "comparison:" and "technique:" state none) and the header that ends its section
_HEADER = lazy_compile(r"(?:^|(?<=[\s.;]))(?:(?:clinical|past medical|past surgical|medical)\s+)?"
                     r"(?:history|indications?|information|details)\s*:|"
                     r"(?:^|(?<=[\s.;]))(?:clinical\s+indication|reason\s+for\s+(?:exam|examination|study))\s*:")
_HEADER_WORDS = ("history", "indication", "information", "details", "reason")  # (one is in every _HEADER match)
_END = lazy_compile(r"(?:^|(?<=[\s.;]))(?:(?i:findings|impression|conclusions?|summary|opinion|interpretation|"
                  r"comparisons?|technique|report|procedure)|[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2})\s*:")


# a comparison header: its section tells what the earlier study showed (``absent_before``)
_COMPARISON = lazy_compile(r"(?:^|(?<=[\s.;]))comparisons?(?:\s+(?:stud(?:y|ies)|exams?|examinations?|films?))?\s*:")


@lru_cache(maxsize=4096)
def comparison_text(report: str) -> str:
    """The report's comparison sections joined ("" when it has none): the earlier study's description, which the
    extractor skips as a section ("COMPARISON: radiograph 3 days earlier (no tube in situ)")."""
    low = report.lower()
    if "comparison" not in low:
        return ""
    parts = []
    for m in _COMPARISON.finditer(low):
        end = _END.search(report, m.end())
        parts.append(report[m.end():end.start() if end else len(report)].strip())
    return " ".join(p if p.endswith(".") else p + "." for p in parts if p)


@lru_cache(maxsize=4096)
def history_text(report: str) -> str:
    """The report's history / indication sections joined ("" when it has none). Memoised (a benchmark's chains share
    their report); a report with no colon, or none of ``_HEADER_WORDS``, has no header (each header ends with a colon
    and holds one of the words)."""
    if ":" not in report:
        return ""
    low = report.lower()
    if not any(w in low for w in _HEADER_WORDS):
        return ""
    parts = []
    for m in _HEADER.finditer(low):
        end = _END.search(report, m.end())  # the next header: a known one, or a capitalised one ("CT abdomen:")
        parts.append(report[m.end():end.start() if end else len(report)].strip())
    return " ".join(p if p.endswith(".") else p + "." for p in parts if p)


def history_findings(report: str | None, read: Callable[[str], list[Finding]]) -> dict[str, Finding]:
    """The findings the report's history sections state present, by concept (``read``: the verifier's reading of a
    statement in the case's region)."""
    text = history_text(report) if report else ""
    if not text:
        return {}
    return {f.concept: f for f in read(text) if f.polarity is Polarity.PRESENT and f.category == "finding"}
