"""The asked subject taken up by a pronoun: "It is not enlarged." / "The lobes measure 4.5 cm, so it is not enlarged."
to "Is the thyroid enlarged?" (rule ``implicit_yes_no``, read by ``extract/implicit.py``).

A property question names one subject ("Is the thyroid enlarged?", "Are the kidneys small?"); a reply often takes it
up with a pronoun instead of its name. :func:`resolve` writes the subject's name in place of the pronoun, as a clause
of its own, and the property reader of ``extract/implicit.py`` reads the result as it reads "The thyroid is not
enlarged.". The pronoun stands for the subject only when nothing else could be its antecedent:

* it opens the reply or a clause after a conclusion word ("so it is", "and therefore they are", "; it is"), and is
  followed by the copula or a verb of seeming ("It is", "it's", "They are", "it doesn't appear"); "that" takes up a
  singular subject as "it" does ("Creatinine 2.4 mg/dL; yes, that's elevated."), not "that is," (an apposition);
* it agrees in number with the question ("Is the ..." takes "it", "Are the ..." takes "they");
* the text before it names no organ, device or finding of the vocabulary that the question does not name (an
  imaging method or a normal state is no antecedent): "A
  nodule is seen in the thyroid; it is not enlarged." may speak of the nodule, and is left alone.

A property that is one pole of a pair ("malignant", "hypodense": ``extract/antonym_pairs.py``) is left to the antonym
reader, which reads a pronoun opening too and weighs the other pole said elsewhere ("It looks malignant. On the
other hand, ... a benign lesion." is ambiguous).

Whatever the rewritten reply says is then judged by the same reader (hedges, negations, other clauses), so "It is
probably enlarged." stays unread and "It is difficult to say." is no property statement.
"""

from __future__ import annotations

import re

from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract.antonym_pairs import POLES
from medstep.extract.implicit_terms import matches, parse_question, tokens
from medstep.extract.implicit_words import ARTICLES, COMMITTING_SAY, LOBE_PARTS, LOBED_ORGANS, ORGAN_PARTS, ORGAN_REGIONS, SIZE_WORDS
from medstep.lazyre import lazy_compile

# The pronoun at the reply's start or after a clause break and an optional conclusion word, before a copula or a verb
# of seeming; group 1 is the pronoun.
# A conclusion word that may open the pronoun's clause ("So it is ...", "Overall, they are ..."), and a committing
# clause of the speaker before it ("I would say it is ...": ``implicit_words.COMMITTING_SAY``, no hedge).
# ("(?:\s*,)?\s+", not "\s*,?\s+": a run of spaces split two ways is read in quadratic time)
_LEAD = (r"(?:(?:and|so|thus|hence|therefore|overall|which\s+means)(?:\s*,)?\s+)?(?:" + COMMITTING_SAY
         + r"(?:\s*,)?\s+(?:that\s+)?)?")
_PRONOUN = lazy_compile(
    r"(?i)(?:^|[.;:,!—–]\s*|\s-\s)" + _LEAD +
    r"(it|they|that)(?=(?:'s|'re)\b|\s+(?:is|are|isn't|aren't|does|doesn't|do|don't|appears?|looks?|seems?)\b(?!\s*,))")
# The same pronoun opening a statement read alone ("It is enlarged.", "So this is normal."): "this" and a past
# copula too, since no earlier clause of the statement can be its antecedent.
_OPENING_PRONOUN = lazy_compile(r"(?i)^[\s*_\"']*" + _LEAD + r"(?:it|they|that|this)(?:'s\b|'re\b|\s+(?:is|are|was|were|"
                                r"isn't|aren't|appears?|looks?|seems?)\b)")

# Concept categories that name no thing: the imaging method, a normal state.
_NO_ANTECEDENT = frozenset({"modality", "normal"})


def resolve(text: str, question: str, subject: tuple[str, ...], prop: str) -> str | None:
    """``text`` with the first pronoun that takes up the question's subject replaced by the subject's words (as a
    clause of its own), or ``None`` when no pronoun may stand for it (see module docstring)."""
    if any(poles.search(prop) for poles in POLES.values()):
        return None  # "It looks malignant." is the antonym reader's, which weighs the other pole said too
    opening = question.strip().split(" ", 1)[0].lower()
    wanted = {"is": "it", "are": "they"}.get(opening)
    if wanted is None or not subject:
        return None
    taken: list[re.Match[str]] = []
    for m in _PRONOUN.finditer(text):
        if m.group(1).lower() not in (wanted, "that" if wanted == "it" else wanted):  # "that's elevated" too
            continue
        if other_antecedent(text[:m.start(1)], subject, singular=wanted == "it"):
            break  # this pronoun, and every later one, may take up another thing
        taken.append(m)
        if len(taken) == 3:
            break
    if not taken:
        return None
    # every pronoun that takes the subject up: "That's within normal limits, so it is not enlarged." says the
    # property in the second
    name = " ".join(subject)
    out, end = [], len(text)
    for m in reversed(taken):
        after = text[m.end(1):end]
        if after.startswith("'s"):
            after = " is" + after[2:]
        elif after.startswith("'re"):
            after = " are" + after[3:]
        out.append(f"; the {name}{after}")
        end = m.start()
    return text[:end] + "".join(reversed(out))


def other_antecedent(before: str, subject: tuple[str, ...], singular: bool = False) -> bool:
    """Whether ``before`` names a thing of the vocabulary the question's subject does not (it may be the antecedent),
    or opens a sentence with a subject of its own that the vocabulary does not know ("The fetal growth measures 20
    cm. It is thickened." to "Is the endometrium thickened?"); a part of an organ ("The lobes measure 4.5 cm") is
    the asked organ's. ``singular``: the pronoun is "it", which takes up no plural finding ("The pancreas has coarse
    calcifications. It is atrophic.")."""
    parts = ORGAN_PARTS | ORGAN_REGIONS | _SIDE_WORDS
    if any(s in LOBED_ORGANS for s in subject):  # "The isthmus measures 8 mm." is the thyroid's, not the spleen's
        parts |= LOBE_PARTS
    asked_sides = _SIDE_WORDS.intersection(subject)
    last_sides: frozenset[str] = frozenset()  # the sides of the nearest stated subject: the pronoun goes on with it
    for m in _MEASURED_SUBJECT.finditer(before):
        last_sides = _SIDE_WORDS.intersection(tokens(m.group(1)))
        words = [w for w in tokens(m.group(1)) if w not in parts]
        if words and words[-1] in _DIMENSIONS:  # "The transverse width is 17 cm, so it is enlarged.": the subject's
            words = [w for w in words[:-1] if w not in _MEASURE_MODIFIERS]  # ("The heart size": the heart's)
        if words and not any(matches(w, s) for w in words for s in subject):
            return True
    if asked_sides and last_sides and not asked_sides & last_sides:
        return True  # "The right kidney is 14 cm. It is enlarged." to "Is the left kidney enlarged?"
    concepts = vocabulary().concepts
    read = _without_held(before, subject, singular)
    for mention in vocabulary().mentions(read):
        if mention.kind is not MentionKind.CONCEPT or concepts[mention.concept].category in _NO_ANTECEDENT:
            continue  # "on a PA film", "normal", "enlarged": no thing a pronoun could take up
        words = tokens(read[mention.start:mention.end])
        if not all(any(matches(w, s) for s in subject) for w in words):
            return True
    return False


# A sentence and where it opens: its subject is the first noun phrase after "the" / "this" / "that".
# Its reach ends at a clause of another subject: a comma, "while", "whereas", "but", "and the" ("The spleen spans 17
# cm, while the liver is normal.": the liver is no part of the spleen).
_SENTENCE_SUBJECT = lazy_compile(r"(?i)(?:^|(?<=[.;!?]))[\s*_\"']*(?:the|this|that)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b"
                                 r"(?:(?!\b(?:while|whereas|but)\b|\band\s+(?:the|an?)\b)[^.;!?,])*")


def _without_held(before: str, subject: tuple[str, ...], singular: bool) -> str:
    """``before`` without the sentences whose own subject is the asked one ("The node measures 7 mm and retains a
    fatty hilum."): what such a sentence names after its subject as a part or a look is the subject's, so a pronoun
    after it ("It is not enlarged.") goes on with the subject, not with the hilum. A finding it introduces stays a
    possible antecedent ("The liver contains a large cyst. It is enlarged.": the cyst or the liver, so no reading),
    and a sentence with another subject keeps every thing it names."""
    if not subject or len(before) > 2000:
        return before
    head, concepts = subject[-1], vocabulary().concepts

    def findings_only(m: re.Match[str]) -> str:
        if not matches(tokens(m.group(1))[-1], head):
            return m.group(0)
        said = m.group(0)
        found = (said[x.start:x.end] for x in vocabulary().mentions(said)
                 if x.kind is MentionKind.CONCEPT and concepts[x.concept].category == _FINDING)
        return " " + " , ".join(f for f in found if not (singular and _PLURAL.search(f))) + " "

    return _SENTENCE_SUBJECT.sub(findings_only, before)


_FINDING = "finding"  # the vocabulary's category of what a sentence can introduce beside its subject (a cyst, a mass)
_PLURAL = lazy_compile(r"(?i)[a-z](?<![sui])s\Z")  # "calcifications", "cysts"; not "abscess", "stenosis", "thrombus"


def taken_up_elsewhere(region: str, statement: str, question: str) -> bool:
    """Whether a concluding ``statement`` read alone ("It is enlarged.") opens with a pronoun that the text before it
    in ``region`` gives another antecedent ("The liver measures 20 cm. It is enlarged." to "Is the spleen
    enlarged?"): read alone, the pronoun would be taken for the asked subject, which it may not be. Only a property
    question's subject is taken up so ("This is degeneration rather than a tear." names its own finding), and only by
    a pronoun before its verb ("Overall, this study is negative ..." names its subject)."""
    if _OPENING_PRONOUN.match(statement) is None:
        return False
    q = parse_question(question)
    at = region.rfind(statement.strip())
    return q is not None and q.prop is not None and at > 0 and other_antecedent(region[:at], q.words)


def of_another_organ(statement: str, question: str) -> bool:
    """Whether a concluding ``statement`` read alone is said of an organ other than the property question's subject
    ("The heart is enlarged." to "Is the mediastinum normal?"): its definite subject before the copula names a thing
    of the vocabulary and no word of the asked subject, so its state is that thing's, not the asked one's."""
    q = parse_question(question)
    if q is None or q.prop is None or not q.words:
        return False
    m = _DEFINITE_SUBJECT.match(statement)
    return m is not None and not any(matches(t, s) for t in tokens(m.group(1)) for s in q.words) \
        and any(mention.kind is MentionKind.CONCEPT for mention in vocabulary().mentions(m.group(1).lower()))


# A sentence's own definite subject before its verb: "The fetal growth measures 20 cm.", "The right lobe is 4 cm."
# ("span" before a verb is the noun, a dimension: "The craniocaudal span measures 16 cm.")
_MEASURED_SUBJECT = lazy_compile(r"(?i)(?:^|[.;!?])[\s*_\"']*the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:measures?|measuring|"
                                 r"is|are|was|were|shows?|has|have|appears?|looks?|seems?|"
                                 r"spans?\b(?!\s+(?:measures?|measuring|is|are|was|were|of)\b))\b")
_SIDE_WORDS = frozenset({"left", "right", "both", "bilateral"})
# A dimension measured is the subject's, no other thing: "The transverse width", "The maximal diameter".
_DIMENSIONS = frozenset().union(*SIZE_WORDS.values()) | {"length", "span", "height", "ratio", "index", "measurement",
                                                        "measurements"}
# What says how a dimension is measured, naming no thing: "transverse", "maximal", "short-axis".
_MEASURE_MODIFIERS = frozenset({"transverse", "maximal", "maximum", "max", "ap", "anteroposterior", "short", "long",
                                "axis", "craniocaudal", "cranio", "caudal", "cc", "overall", "total", "mean", "average",
                                "greatest", "largest", "bipolar", "interpolar", "longitudinal", "sagittal", "coronal",
                                "axial", "oblique", "vertical", "horizontal", "estimated", "measured", "calculated"})
# A statement's own definite subject before its copula: "The heart is enlarged.", "The left kidney appears normal."
_DEFINITE_SUBJECT = lazy_compile(r"(?i)^[\s*_\"']*the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:is|are|appears?|looks?|seems?)\b")


# "the tube", "this catheter": a definite device head noun in the reply (group 1), not a longer name of its own.
_DEFINITE = r"(?i)\b(?:the|this)\s+({head})\b"
# Any word before the head noun ("rectal tube", "dialysis catheter"): it names a device unless it is a determiner or a
# word of the asked name.
_MODIFIED = r"\b([a-z-]+)\s+{head}s?\b"
_DETERMINERS = ARTICLES | {"this", "that", "these", "those", "its", "their"}


def device_named(text: str, question: str) -> str | None:
    """``text`` with the asked device's head noun taken up by a definite article ("The tube is appropriately
    positioned." to "Is the endotracheal tube in good position?") written as the device's full name, or ``None``.

    The question names one device of the vocabulary in two words or more ("endotracheal tube", "central venous
    catheter"); the reply names no other device (a nasogastric tube beside it makes "the tube" anyone's), so the
    definite head can only be the asked one. What the rewritten reply then says is judged by the statement readers as
    if the full name had been written."""
    voc = vocabulary()
    low_q = normalize(question)
    devices = [m for m in voc.mentions(low_q) if m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "device"]
    if len(devices) != 1 or " " not in low_q[devices[0].start:devices[0].end].strip():
        return None
    name = low_q[devices[0].start:devices[0].end].strip()
    head = name.rsplit(" ", 1)[1]
    said = [m for m in voc.mentions(normalize(text)) if m.kind is MentionKind.CONCEPT
            and voc.concepts[m.concept].category == "device"]
    if any(m.concept != devices[0].concept for m in said):
        return None
    if any(w.group(1) not in _DETERMINERS and w.group(1) not in name.split() for w in
           re.finditer(_MODIFIED.format(head=re.escape(head)), text.lower())):
        return None  # "An endotracheal tube and a rectal tube ...": a device the vocabulary does not know has the head too
    named, count = re.subn(_DEFINITE.format(head=re.escape(head)), lambda m: m.group(0)[: m.start(1) - m.start()] + name, text)
    return named if count else None


__all__ = ["device_named", "of_another_organ", "other_antecedent", "resolve", "taken_up_elsewhere"]
