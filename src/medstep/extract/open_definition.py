"""An open answer that defines an imaging technique instead of reading the image: "Ultrasound is an imaging technique
that uses sound waves.", "CT scans use X-rays to create cross-sectional images.", "An X-ray is a type of
electromagnetic radiation."

Read as text, such a sentence is graded as the answer to any question; it names no finding, organ or diagnosis of
this image, so to a question asking for one it commits to nothing (``unparsed``). To a question asking which
technique was used, the technique it defines is its answer ("Ultrasound is an imaging technique ..." to "What
imaging modality is this?" gives ultrasound). Every sentence of the answer must define a technique of the
vocabulary (``answers/concepts.tsv``, category ``modality``); a sentence about the image ("CT shows a mass.") is an
answer of its own.
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.findings import category_of
from medstep.lazyre import lazy_compile

# A technique, then what defines it: "is a (safe, medical) imaging technique / test / type of ...", "uses",
# "detects", "creates", "relies on".
_DEFINES = lazy_compile(
    r"(?i)^[\s*_\"']*(?:an?\s+|the\s+)?(?P<subject>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:is|are)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:technique|test|method|modality|procedure|tool|way|picture|scan|examination|study|form|"
    r"type|kind)s?\b|(?:uses?|detects?|produces?|creates?|employs?|relies\s+on|rely\s+on|works?\s+by|generates?|"
    r"measures?|utili[sz]es?)\b)"
)
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|\n+")
# A question asking which technique made the image.
_ASKS_TECHNIQUE = lazy_compile(r"(?i)\b(?:modality|technique|imaging\s+(?:method|type|test)|type\s+of\s+(?:image|imaging|"
                               r"scan|study)|kind\s+of\s+(?:image|imaging|scan|study)|how\s+was\s+(?:this|the)\s+image)\b")


def _technique(subject: str) -> bool:
    """Whether ``subject`` names an imaging technique of the vocabulary and nothing else."""
    mentions = vocabulary().mentions(normalize(subject))
    return bool(mentions) and all(category_of(m) == "modality" for m in mentions)


def defined_technique(region: str) -> str | None:
    """The technique every sentence of ``region`` defines, or ``None`` when a sentence does not define one."""
    sentences = [s for s in _SENTENCES.split(region.strip()) if s.strip(" *_\"'")]
    subjects = []
    for sentence in sentences:
        found = _DEFINES.match(sentence)
        if found is None or not _technique(found.group("subject")):
            return None
        subjects.append(found.group("subject"))
    return subjects[0] if subjects else None


def asks_technique(question: str) -> bool:
    """Whether ``question`` asks which imaging technique made the image."""
    return _ASKS_TECHNIQUE.search(question) is not None


__all__ = ["asks_technique", "defined_technique"]
