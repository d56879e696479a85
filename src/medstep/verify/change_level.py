"""Change words that state no change since an earlier study: a change word as the adjective of a property noun
("increased vascularity" is a level) and a comparative that tells one finding from another ("a smaller filling
defect"). Split from ``verify/scope_words`` so that the change-word exceptions read in one place."""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import EARLIER_TIME, EARLIER_WORDS

__all__ = ["attributive_comparative", "property_level"]

# A change word used as an adjective of a property noun states the property's level, not a change since an earlier
# study ("oligaemia rather than the increased vascularity of truncus", "decreased flow", "increased signal on T2",
# "reduced enhancement"): a report calling the whole film unchanged contradicted a faithful chain's "increased
# vascularity" as a worsening of its diagnosis. Unless an earlier time follows ("increased density since May").
# (a tissue's word between, "increased wall vascularity", "increased mural enhancement": session 43, a faithful chain's
# hyperaemic appendix read as a worsening against a report with no earlier study)
_PROPERTY_AFTER = lazy_compile(r"\s+(?:(?:wall|mural|mucosal|parenchymal|cortical|marrow|internal|background|"
                               r"interstitial|soft\s+tissue)\s+)?"
                               r"(?:pulmonary\s+|vascular\s+|blood\s+|bone\s+|signal\s+)?(?:vascularity|vasculature|"
                               r"flow|blood\s+flow|perfusion|density|attenuation|signal|intensity|uptake|enhancement|"
                               r"echogenicity|lucency|radiolucency|markings|tone|activity|vascular\s+markings)\b")


def property_level(low: str, end: int) -> bool:
    """Whether the change word ending at ``end`` of ``low`` is an adjective of a property noun with no earlier time
    after it: a level ("increased vascularity"), not a change."""
    m = _PROPERTY_AFTER.match(low, end)
    return m is not None and not EARLIER_TIME.match(low, m.end())


# a comparative after an indefinite article that tells one finding from another ("a smaller filling defect in a left
# upper lobe artery" after the right-sided ones, "a larger nodule in the left lung"): no change since an earlier study
# unless its sentence compares with one (``attributive_comparative``)
# (an ordinal between, "A second, smaller echogenic mass lies beneath the dome": vdistr25)
_INDEFINITE_COMPARATIVE = lazy_compile(r"\b(?:an?|another|two|three|several|other)\s+(?:(?:second|third|fourth|further)"
                                       r"\s*,?\s+)?(?:much\s+|slightly\s+)?$")
# a comparison's words, or an earlier time's (EARLIER_WORDS)
_COMPARES_TIMES = lazy_compile(r"\b(?:than|compared|comparison|since|interval|now|initial|today)\b|" + EARLIER_WORDS)


def attributive_comparative(low: str, start: int, end: int) -> bool:
    """Whether the comparative change word ``low[start:end]`` ("smaller", "larger", "bigger") names one finding beside
    another (after an indefinite article, in a sentence comparing with no earlier time): no change."""
    if low[start:end] not in ("smaller", "larger", "bigger") or not _INDEFINITE_COMPARATIVE.search(low, max(0, start - 24),
                                                                                                     start):
        return False
    a = max(low.rfind(".", 0, start), low.rfind(";", 0, start)) + 1
    b = min((i for i in (low.find(".", end), low.find(";", end)) if i >= 0), default=len(low))
    return _COMPARES_TIMES.search(low, a, b) is None
