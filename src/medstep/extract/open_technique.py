"""The one technique value an open answer names, to a question asking that attribute of the image.

"What plane is this MRI?" is answered "This is a sagittal T1-weighted image through the midline of the lumbar spine.",
"What view is this chest radiograph?" with "PA (posteroanterior) erect view — the scapulae are clear of the lung
fields.", "What is the MRI sequence?" with "It's diffusion-weighted imaging (DWI), b=1000." The answer is the plane,
projection or sequence named; the rest describes the image. :func:`asked_value` returns the words naming it.

Only a value the answer names is taken, in its own words, and only when it names exactly one value of the asked
attribute (two names of one value, "Transverse (also called axial)", or a value and its parent, "frontal PA", count as
one; "Axial and coronal images" names two and is left whole; a sequence with its contrast, "T1-weighted
post-contrast", is left whole too), none denied ("not axial") and nothing holding it open
(a hedge, an alternative). Planes are ``concepts.IMAGING_PLANES``; projections and sequences ``technique.tsv``.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import IMAGING_PLANES
from medstep.answers.technique import related, technique_mentions
from medstep.lazyre import lazy_compile

# The attribute a question asks, as its asked noun: "What plane is this MRI?", "In which plane ...?", "What is the MRI
# sequence?", "Which view of the mammogram is this?"; not "What is seen on the lateral view?" (a finding on a view).
_ASKS = (r"(?i)^\W*(?:(?:in|on)\s+)?(?:what|which)\s+(?:(?:imaging|image|mri|mr|ct|radiographic|scan|x-?ray)\s+)?{0}\b|"
         r"^\W*what\s+is\s+the\s+(?:(?:imaging|image|mri|mr|ct|radiographic|scan|x-?ray)\s+)?{0}\b")
_ASKS_PLANE = lazy_compile(_ASKS.format("planes?"))
_ASKS_PROJECTION = lazy_compile(_ASKS.format("(?:view|projection)"))
_ASKS_SEQUENCE = lazy_compile(_ASKS.format("(?:sequence|weighting)"))
_PLANE_WORD = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(IMAGING_PLANES, key=len, reverse=True)) + r")(?![\w-])")
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NON,
                                             negation.EXCLUDED, hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN,
                                             hedges.ALTERNATIVE, hedges.LIKELIHOOD, ("or", "nor", "versus", "vs"))
                      + "|" + negation.CONTRACTION + r"|[?？/]")


def asked_value(region: str, question: str) -> str | None:
    """The words naming the one plane, projection or sequence ``region`` states, to a ``question`` asking it (see
    module docstring), or ``None``."""
    if _HOLDS.search(region) is not None:
        return None
    if _ASKS_PLANE.search(question) is not None:
        found = list(_PLANE_WORD.finditer(region))
        if found and len({IMAGING_PLANES[m.group().lower()] for m in found}) == 1:
            return found[0].group()
        return None
    attribute = "projection" if _ASKS_PROJECTION.search(question) is not None else \
        "sequence" if _ASKS_SEQUENCE.search(question) is not None else None
    if attribute is None:
        return None
    named = technique_mentions(region)
    if attribute == "sequence" and any(m.value.attribute in ("contrast", "phase") for m in named):
        return None  # "T1-weighted post-contrast": the contrast is part of the sequence asked
    mentions = [m for m in named if m.value.attribute == attribute]
    if not mentions or any(not related(a.value, b.value) for a in mentions for b in mentions):
        return None
    narrowest = next((m for m in mentions if m.value.parent is not None), mentions[0])  # "frontal PA" -> "PA"
    return region[narrowest.start:narrowest.end]


__all__ = ["asked_value"]
