"""An open answer that defines an imaging technique instead of reading the image: "Ultrasound is an imaging technique
that uses sound waves.", "CT scans use X-rays to create cross-sectional images.", "An X-ray is a type of
electromagnetic radiation."

Read as text, such a sentence is graded as the answer to any question; it names no finding, organ or diagnosis of
this image, so to a question asking for one it commits to nothing (``unparsed``). To a question asking which
technique was used, the technique it defines is its answer ("Ultrasound is an imaging technique ..." to "What
imaging modality is this?" gives ultrasound). Every sentence of the answer must define a technique of the
vocabulary (``answers/concepts.tsv``, category ``modality``), or go on about the one defined before it by its pronoun
("It does not use ionizing radiation."); a sentence about the image ("CT shows a mass.", "It shows a fracture.") is an
answer of its own.
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.lazyre import lazy_compile

# A technique, then what defines it: "is a (safe, medical) imaging technique / test / type of ...", "uses",
# "detects", "creates", "relies on".
_DEFINES = lazy_compile(
    r"(?i)^[\s*_\"']*(?:an?\s+|the\s+)?(?P<subject>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:is|are)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:technique|test|method|modality|procedure|tool|way|picture|scan|examination|study|form|"
    r"type|kind)s?\b|(?:uses?|detects?|produces?|creates?|employs?|relies\s+on|rely\s+on|works?\s+by|generates?|"
    r"measures?|utili[sz]es?)\b)"
)
# A sentence going on about the technique just defined, by its pronoun, with what it uses, is used for or needs ("It
# is commonly used in pregnancy.", "It does not use ionizing radiation.", "They can help detect many conditions."):
# still a definition. What it shows or may represent ("It shows a fracture.", "It may represent ...") is no such verb.
_GOES_ON = lazy_compile(
    r"(?i)^[\s*_\"']*(?:it|they)\s+(?:(?:is|are|can|may|does|do|has|have)\s+(?:not\s+|no\s+)?)?(?:(?:also|commonly|"
    r"often|typically|usually|widely|generally|frequently|routinely|particularly|especially|very|be)\s+)*(?:used|uses?|"
    r"help|helps|allows?|enables?|involves?|requires?|produces?|creates?|provides?|exposes?|emits?|rel(?:y|ies)\s+on|"
    r"works?|safe|painless|quick|fast|cheap|inexpensive|portable|non-?invasive|radiation|ionizing|ionising)\b")
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|\n+")
# A question asking which technique made the image.
_ASKS_TECHNIQUE = lazy_compile(r"(?i)\b(?:modality|technique|imaging\s+(?:method|type|test)|type\s+of\s+(?:image|imaging|"
                               r"scan|study)|kind\s+of\s+(?:image|imaging|scan|study)|how\s+was\s+(?:this|the)\s+image)\b")


def is_technique(subject: str) -> bool:
    """Whether ``subject`` names an imaging technique of the vocabulary and nothing else, in the singular or the
    plural ("Chest X-rays", "CT scans")."""
    mentions = vocabulary().mentions(normalize(subject))
    if not mentions and subject.lower().endswith("s"):
        mentions = vocabulary().mentions(normalize(subject[:-1]))
    return bool(mentions) and all(category_of(m) == "modality" for m in mentions)


def defined_technique(region: str) -> str | None:
    """The technique every sentence of ``region`` defines, or ``None`` when a sentence does not define one."""
    sentences = [s for s in _SENTENCES.split(region.strip()) if s.strip(" *_\"'")]
    subjects: list[str] = []
    for sentence in sentences:
        if subjects and goes_on(sentence):
            continue  # "Ultrasound is an imaging technique ... . It does not use ionizing radiation."
        found = _DEFINES.match(sentence)
        if found is None or not is_technique(found.group("subject")):
            return None
        subjects.append(found.group("subject"))
    return subjects[0] if subjects else None


def defines(sentence: str) -> bool:
    """Whether ``sentence`` defines an imaging technique of the vocabulary ("Chest X-rays are a common imaging test
    that use a small amount of radiation.")."""
    found = _DEFINES.match(sentence)
    return found is not None and is_technique(found.group("subject"))


def goes_on(sentence: str) -> bool:
    """Whether ``sentence`` goes on about a technique named before it by its pronoun (``_GOES_ON``)."""
    return _GOES_ON.match(sentence) is not None


def asks_technique(question: str) -> bool:
    """Whether ``question`` asks which imaging technique made the image."""
    return _ASKS_TECHNIQUE.search(question) is not None


__all__ = ["asks_technique", "defined_technique", "defines", "goes_on", "is_technique"]
