"""A finding placed in a part of a lung's lobe, or by the border it effaces, read as placed in that lobe.

"Retrocardiac opacity." to "Is there a left lower lobe opacity?" (yes), "Consolidation obscuring the right heart
border." to "Is there right middle lobe consolidation?" (yes), "Lingular consolidation." to "Is there consolidation
in the left upper lobe?" (yes). On a frontal chest film a place names its lobe by textbook anatomy:

* the retrocardiac region is the left lower lobe, the lingula part of the left upper lobe;
* the silhouette sign (Felson): an opacity effacing the right heart border lies in the right middle lobe, the left
  heart border in the lingula (left upper lobe), a hemidiaphragm in that side's lower lobe, the aortic knob in the
  left upper lobe, the descending aorta in the left lower lobe.

The reply is rewritten with the lobe (:func:`as_lobe`) and read again by the statement reader, only for a question
that names the lobe, and only a yes counts: a part denied ("no retrocardiac opacity") says nothing of the rest of
the lobe, as a lobe denied says nothing of its lung.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

_EFFACING = r"(?:obscur\w*|effac\w*|silhouett\w*|obliterat\w*|blurr\w*|los(?:s|ing)\s+of)"
_BORDER = _EFFACING + r"\s+(?:of\s+)?(?:the\s+)?(?:(?:medial|lateral|posterior|adjacent)\s+)?(?:(?:outline|contour|margin)\s+of\s+the\s+)?"
# (a pattern of the reply, the lobe it names)
_PARTS = (
    (lazy_compile(r"(?i)\bretrocardiac\b(?!\s+(?:air|gas|hernia|hiatal|hiatus|stomach|bowel|fluid\s+level|air-fluid))"),
     "left lower lobe"),
    (lazy_compile(r"(?i)\blingula(?:r)?\b(?!\s+(?:bronch\w*|segment\s+bronch\w*))"), "left upper lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"right\s+heart\s+border\b"), "in the right middle lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"left\s+heart\s+border\b"), "in the left upper lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"left\s+hemi-?diaphragm\b"), "in the left lower lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"right\s+hemi-?diaphragm\b"), "in the right lower lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"aortic\s+(?:knob|knuckle)\b"), "in the left upper lobe"),
    (lazy_compile(r"(?i)\b" + _BORDER + r"descending\s+(?:thoracic\s+)?aorta\b"), "in the left lower lobe"),
)
_ASKED_LOBE = lazy_compile(r"(?i)\b(?:left|right)\s+(?:upper|middle|lower)\s+lobe\b")


def as_lobe(text: str, question: str) -> str | None:
    """``text`` with its lobe parts and effaced borders written as their lobes, where the question names a lobe and
    the reply has one of them; else ``None``."""
    if _ASKED_LOBE.search(question) is None:
        return None
    out = text
    for pattern, lobe in _PARTS:
        out = pattern.sub(lobe, out)
    return out if out != text else None


__all__ = ["as_lobe"]
