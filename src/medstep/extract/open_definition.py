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

A reply may likewise define the organ the question names instead of reading it ("The liver is a large glandular organ
in the right upper quadrant. It contains hepatocytes ...", "Kidneys are paired organs of the urinary system.",
:func:`defines_organ`): the organ as a class, a noun phrase after "is a" / "are", nothing of the vocabulary but anatomy
in it, and nothing of this image; what follows by its pronoun ("It filters old red cells.") may go on
(:func:`goes_on_organ`) while it names no finding, state or number. "The liver is enlarged.", "The liver is a common
site of metastases." and "It contains multiple hypodense lesions." read this case.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.open_knowledge import POINTS_HERE
from medstep.lazyre import lazy_compile

# A technique, then what defines it: "is a (safe, medical) imaging technique / test / type of ...", "uses",
# "detects", "creates", "relies on".
_DEFINES = lazy_compile(
    r"(?i)^[\s*_\"']*(?:an?\s+|the\s+)?(?P<subject>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:is|are)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:technique|test|method|modality|procedure|tool|way|picture|scan|examination|study|form|"
    r"type|kind)s?\b|(?:uses?|detects?|produces?|creates?|employs?|relies\s+on|rely\s+on|works?\s+by|generates?|"
    r"measures?|utili[sz]es?|provides?|offers?)\b)"
)
# A sentence going on about the technique just defined, by its pronoun, with what it uses, is used for or needs ("It
# is commonly used in pregnancy.", "It does not use ionizing radiation.", "They can help detect many conditions."):
# still a definition. What it shows or may represent ("It shows a fracture.", "It may represent ...") is no such verb.
_GOES_ON = lazy_compile(
    r"(?i)^[\s*_\"']*(?:it|they)\s+(?:(?:is|are|can|may|does|do|has|have)\s+(?:not\s+|no\s+)?)?(?:(?:also|commonly|"
    r"often|typically|usually|widely|generally|frequently|routinely|particularly|especially|very|be)\s+)*(?:used|uses?|"
    r"help|helps|allows?|enables?|involves?|requires?|produces?|creates?|provides?|exposes?|emits?|rel(?:y|ies)\s+on|"
    r"works?|safe|painless|quick|fast|cheap|inexpensive|portable|non-?invasive|radiation|ionizing|ionising|"
    # what it is good for: "They are helpful for evaluating masses.", "It is useful in trauma."
    r"helpful|useful|valuable|ideal)\b")
# An organ as a class: "The liver is a (large glandular) organ ...", "Kidneys are (paired, bean-shaped) organs ...",
# "The aorta is the largest artery ...": a noun phrase after the copula, an article (or "the" and a superlative)
# opening it or a plural noun ending its first words (no preposition before).
_ORGAN_CLASS = lazy_compile(
    r"(?i)^[\s*_\"']*(?:the\s+)?(?P<subject>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are)\s+(?:an?\s+(?!few\b|number\b|lot\b)|the\s+[a-z]{2,}est\s+|"
    r"(?:(?!with\b|of\b|in\b|at\b|by\b|and\b|not\b|no\b|filled\b|replaced\b|seen\b)[\w-]+,?\s+){0,3}?[a-z-]{3,}s\b)")
# A sentence going on about the organ by its pronoun ("It contains ...", "They filter ...").
_PRONOUN = lazy_compile(r"(?i)^[\s*_\"']*(?:it|they|its|their)\b")
_DIGIT = lazy_compile(r"\d")
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+|\n+")
# A question asking which technique made the image.
_ASKS_TECHNIQUE = lazy_compile(r"(?i)\b(?:modality|technique|imaging\s+(?:method|type|test)|type\s+of\s+(?:image|imaging|"
                               r"scan|study)|kind\s+of\s+(?:image|imaging|scan|study)|how\s+was\s+(?:this|the)\s+image)\b")

# Imaging at large as a technique ("medical imaging", "diagnostic radiology"): no modality of the vocabulary, the
# whole field of them.
_IMAGING_AT_LARGE = frozenset({"imaging", "radiology"})
_OF_IMAGING = frozenset({"medical", "diagnostic", "modern"})


def is_technique(subject: str) -> bool:
    """Whether ``subject`` names an imaging technique of the vocabulary and nothing else, in the singular or the
    plural ("Chest X-rays", "CT scans")."""
    words = subject.lower().split()
    if words and words[-1] in _IMAGING_AT_LARGE and all(w in _OF_IMAGING for w in words[:-1]):
        return True  # "Medical imaging is a valuable tool for diagnosing many diseases.": imaging at large
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
        if found is None or not defines(sentence):  # (what it provides may be this image's finding, as in defines)
            return None
        subjects.append(found.group("subject"))
    return subjects[0] if subjects else None


def defines(sentence: str) -> bool:
    """Whether ``sentence`` defines an imaging technique of the vocabulary ("Chest X-rays are a common imaging test
    that use a small amount of radiation.")."""
    found = _DEFINES.match(sentence)
    if found is None or not is_technique(found.group("subject")):
        return False
    # what it provides or offers is a general capability ("The CT scan provides detailed cross-sectional images."),
    # unless it names a finding of this image ("The CT provides clear evidence of appendicitis.")
    return found.group().split()[-1].lower() not in _PROVIDES or _anatomy_only(sentence[found.end():])


_PROVIDES = frozenset({"provide", "provides", "offer", "offers"})


def _anatomy_only(text: str) -> bool:
    """Whether every vocabulary mention of ``text`` is anatomy (no finding, no normal or abnormal state)."""
    return all(category_of(m) == "anatomy" for m in vocabulary().mentions(normalize(text)))


def defines_organ(sentence: str, question: str) -> bool:
    """Whether ``sentence`` defines, as a class, an organ that ``question`` names (see module docstring)."""
    found = _ORGAN_CLASS.match(sentence)
    if found is None or POINTS_HERE.search(sentence) is not None or _DIGIT.search(sentence) is not None:
        return False
    subject = vocabulary().mentions(normalize(found.group("subject")))
    asked = {m.concept for m in vocabulary().mentions(normalize(question)) if category_of(m) == "anatomy"}
    return (bool(subject) and all(m.concept in asked for m in subject)
            and _anatomy_only(sentence[found.end("subject"):]))


# An organ's role, whatever its words name: "They are responsible for gas exchange." ("gas" is a finding's word too).
_ROLE = lazy_compile(r"(?i)^[\s*_\"']*(?:it|they)\s+(?:is|are)\s+(?:(?:mainly|primarily|largely|chiefly)\s+)?"
                     r"(?:responsible\s+for|involved\s+in|essential\s+for|important\s+for|needed\s+for)\b")


def goes_on_organ(sentence: str) -> bool:
    """Whether ``sentence`` goes on about an organ defined before it, by its pronoun, naming nothing but anatomy (or
    stating its role, ``_ROLE``) and nothing of this image ("It contains hepatocytes arranged in lobules.")."""
    return (_PRONOUN.match(sentence) is not None and POINTS_HERE.search(sentence) is None
            and _DIGIT.search(sentence) is None and (_ROLE.match(sentence) is not None or _anatomy_only(sentence)))


def goes_on(sentence: str) -> bool:
    """Whether ``sentence`` goes on about a technique named before it by its pronoun (``_GOES_ON``)."""
    return _GOES_ON.match(sentence) is not None and not _points_at_finding(sentence)


# A finding pointed at, not named in general: "the acute subdural haematoma", "this fracture" (the noun phrase after a
# definite article or a demonstrative) - "It is ideal for demonstrating the acute subdural haematoma." reads the image;
# "It is useful for assessing nodules." does not.
_HABIT = lazy_compile(r"(?i)" + hedges.words(hedges.HABIT))
_DEFINITE = lazy_compile(r"(?i)\b(?:the|this|these|that)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _points_at_finding(sentence: str) -> bool:
    """Whether ``sentence`` points at this case ("here") or names a finding after a definite article (``_DEFINITE``);
    a habit said of the technique ("It is commonly used in pregnancy to assess the fetus") points at no case."""
    if POINTS_HERE.search(sentence) is not None:
        return True
    if _HABIT.search(sentence) is not None:
        return False
    return any(category_of(m) not in ("anatomy", "modality", "")
               for d in _DEFINITE.finditer(sentence) for m in vocabulary().mentions(normalize(d.group(1))))


def asks_technique(question: str) -> bool:
    """Whether ``question`` asks which imaging technique made the image."""
    return _ASKS_TECHNIQUE.search(question) is not None


__all__ = ["asks_technique", "defined_technique", "defines", "defines_organ", "goes_on", "goes_on_organ", "is_technique"]
