"""Closed questions answered with the asked property or its opposite: the one table of antonym pairs.

"Is the lesion malignant?" is often answered "These features are typical of a benign lesion."; "Is this MRI
T1-weighted?" with "This is a T2-weighted sequence."; "Is the lesion in the right kidney?" with "It is in the left
kidney."; "Is the organ on the left the liver?" with "That is the spleen." The answer states the question's own
property, or the other pole of a pair whose two poles exclude each other, so a reader knows the verdict without a
yes or no. :data:`PAIRS` (``extract/antonym_pairs.py``) is the only table of such pairs in ``extract`` (rule
``implicit_antonym``); an organ named
for an organ (identity) uses the anatomy concepts of the shared vocabulary, where two organs exclude each other.

Read only where nothing else read the answer, and only where it is clear:

* the question has one of four shapes: a property of a subject ("Is the lesion malignant?", "Is this a T1
  weighted image?", "Is the lesion hyperintense on T2?": a sequence qualifies the signal), a side of a place ("Is
  the lesion in the right kidney?", "Is the abnormality located in the right lung?"), a count of lesions ("Are there
  multiple lesions?", "Is there a solitary nodule?"), an organ's identity ("Is the organ on the left the liver?");
  questions with "or", a negation or several properties are left alone;
* what the pole is said with is set aside first (``extract/pole_context.py``: "relative to muscle", "markedly",
  "on T1 and ... on T2", "with a thin wall", "in the right lower lobe" for a side);
* the answer's last sentence about the subject (later ones may hold the pole of another subject: "The femoral
  neck is intact. There is, however, a fracture of the pubic ramus.") states exactly one pole (a pole under "not" counts as the other one: "not
  malignant"), names the subject or opens with a pronoun ("It", "This", "These"), has no hedge and no other
  negation, and holds the pole of the whole asked thing now (no part, exception, past state, generic class or
  "also": "It has cystic components.", "normal apart from a small cyst", "It was benign on the prior biopsy.");
  a side counts only as the place's side ("in the left kidney"), never a side alone; an identity reply names the
  asked thing or a pronoun, and the asked organ's side;
* any other sentence stating the other pole makes the answer ambiguous (``CONFLICT``); a hedged one, or one
  stating both, makes no reading.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation
from medstep.extract import anaphor, closed, asked as asked_forms, implicit, implicit_terms, pole_context, relative_pole
from medstep.extract.implicit_words import DENIED_LINK, mask_committed_leans
from medstep.extract.findings_words import ASPECTS, ONE_ASPECT
from medstep.extract.refusal import is_hedge
from medstep.extract.antonym_pairs import (  # the one table of pairs, and the number and side pairs' words
    LABELS as _LABELS, LESION as _LESION, NUMBER as _NUMBER, PAIRS, POLES as _POLES, SIDE, Pair)
from medstep.extract.antonym_question import (  # what the question asks, and the words of its subject
    BONES as _BONES, Q_STOP as _Q_STOP, SIDE_WORD as _SIDE_WORD, WORD as _WORD, Asked as _Asked, Identity as _Identity,
    flat_phrase as _phrase, organ_named as _organ, parse_question as _parse, sides_named as _sides, subject_stems as _stems)
from medstep.extract.antonym_holder import (  # whose pole it is: the asked subject's or another noun's
    GENERIC as _GENERIC, SIDES as _SIDES, held_by_another as _held_by_another, in_poles as _in_poles,
    qualifies_another as _qualifies_another)
from medstep.extract.mentions import CONFLICT
from medstep.extract.organ_owners import organs_named, related
from medstep.extract.abnormal_undercut import normal_beside_finding
from medstep.lazyre import lazy_compile

RULE = "implicit_antonym"


_PRONOUN = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:it|this|these|that|they|those)\b")
# A closing "It is ..." / "They are ..." taking up a thing, and a question asked of a definite subject ("Is the spleen
# normal?"): the pronoun stands for the last thing named, which may not be the asked one.
_SUBJECT_PRONOUN = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:it|they)\b")
_DEFINITE_ASKED = lazy_compile(r"(?i)^\s*(?:is|are)\s+the\b")
# Only "not" itself flips a pole: "not clearly benign" / "not entirely benign" leave it open (read as a negation).
# A position aimed at, not stated: "advanced to reach a good position", "aim for a good position".
_TARGET_BEFORE = lazy_compile(r"(?i)\b(?:to|into|for|reach|achieve|obtain|towards?)\s+(?:an?\s+|the\s+|its\s+)?$")
# "No" denies a pole only when the pole is a noun ("No enhancement after gadolinium." is not enhancing).
_NO_BEFORE = lazy_compile(r"(?i)(?:^|[\s*_\"'“”(])no\s+$")
_NOT_BEFORE = lazy_compile(r"(?i)(?:\bnot(?:\s+an?)?|\bnon-?|\bn't)\s*$")  # "This is not an abnormal study."
_NEGATION = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NON,
                                              negation.ABSENT, negation.ABSENCE, negation.heads(negation.EXCLUDED))
                         + "|" + negation.CONTRACTION)
# A sentence that holds the pole to a part, an exception or a time, or adds it to another place, does not state it
# of the whole asked thing now: "normal apart from a small cyst", "It has cystic components.", "It was benign on
# the prior biopsy.", "It is in the left kidney as well."
_NOT_WHOLE = lazy_compile(
    "(?i)" + hedges.words(hedges.QUALIFICATION, hedges.TURN)
    + r"|\b(?:components?|areas?|portions?|parts?|foci|focus|regions?|rim|wall|cent(?:er|re)|elements?|contains?|"
      r"containing|has|have|had|with|was|were|previously|also|too|as\s+well|both|bilateral(?:ly)?|such|often|usually|generally|commonly)\b"
)
# A count is not undone by where the lesions lie or what they hold ("Several lesions in both hemispheres.",
# "Multiple cysts with thin walls."): only parts, times and classes undo it.
_NOT_WHOLE_COUNT = lazy_compile(
    "(?i)" + hedges.words(hedges.QUALIFICATION, hedges.TURN)
    + r"|\b(?:components?|portions?|parts?|was|were|previously|such|often|usually|generally|commonly)\b")
# A pole a part gives the whole (``Pair.any_part``) is undone only by an exception, a time or a class, not by the part
# that holds it: "The lesion shows a thin rim of peripheral enhancement." enhances.
_NOT_WHOLE_PART = lazy_compile(
    "(?i)" + hedges.words(hedges.QUALIFICATION, hedges.TURN)
    + r"|\b(?:was|were|previously|also|too|as\s+well|both|bilateral(?:ly)?|such|often|usually|generally|commonly)\b")
# A clause of its own after the pole's, whose subject is a pair ("..., and both hips are congruent"): its "both" does
# not add the pole to another place ("It is in both kidneys." does).
_PAIR_CLAUSE = lazy_compile(r"(?i)(?:,|;|\band)\s+(?:and\s+)?both\s+((?:[a-z-]+\s+){0,2}?[a-z]+(?:s|es|ae|a))\s+"
                            r"(?:are|appear|look|remain|seem)\b")
# A link from what is seen to what it is: its "with" adds no part ("in keeping with a benign cyst").
_IDENTITY_LINK = lazy_compile(r"(?i)\b(?:in\s+keeping|consistent|compatible)\s+with\b")
# One aspect of a thing, not the thing: "The knee alignment is normal." does not answer "Is the knee normal?" (an
# aspect the question names itself is the asked subject: "Is the heart size normal?"). Its one home is findings_words.
_ASPECTS = ASPECTS
# "an unenhanced CT", "on the enhanced images": the pole names the technique, not the asked thing.
_TECHNIQUE_AFTER = lazy_compile(r"(?i)\s+(?:ct|mri?|scans?|images?|study|studies|series|phases?|sequences?|views?)\b")
_IDENTITY_A = lazy_compile(r"(?i)^[\s*_\"'“”]*(that|this|it|the\s+[a-z -]{2,40}?)\s+(?:is|represents|appears\s+to\s+be|"
                           r"corresponds\s+to)\s+(?:the\s+)?([a-z -]{3,30}?)[\s*_\"'“”.!]*$")
_SIDED_NOUN = lazy_compile(r"\b(?:left|right)\s+([a-z]+)")  # "the right lung": the side of the noun after it


def _values(sentence: str, asked: _Asked) -> set[int] | None:
    """The poles ``sentence`` states (a pole under "not" is the other, unless the pair has a middle and the pole
    is not the asked one), or ``None`` when another negation or a hedge leaves it unclear."""
    values: set[int] = set()
    spans: list[tuple[int, int]] = []
    for i, rx in enumerate(asked.pair.poles):
        for hit in rx.finditer(sentence):
            if asked.place and not pole_context.places(sentence, hit.end(), asked.place, _Q_STOP):
                continue  # a side that is not the asked place's ("on the right side of the image")
            if asked.pair.scan and _TECHNIQUE_AFTER.match(sentence, hit.end()):
                continue
            if asked.pair.device and _TARGET_BEFORE.search(sentence, max(0, hit.start() - 30), hit.start()):
                continue  # "The NG tube should be advanced to a good position.": where it should go, not where it is
            neg = _NOT_BEFORE.search(sentence, max(0, hit.start() - 20), hit.start())
            if neg is None and hit.group(0).lower().endswith("ment"):
                neg = _NO_BEFORE.search(sentence, max(0, hit.start() - 20), hit.start())  # "No enhancement."
            spans.append((neg.start() if neg is not None else hit.start(), hit.end()))
            if neg is not None and asked.pair.middle and i != asked.pole:
                continue  # "It is not hyperdense." to "Is it hypodense?": it may be isodense, no pole stated
            values.add(i ^ (neg is not None))
    if not values:
        return values
    if asked.place and len(_SIDE_WORD.findall(sentence)) > len(spans) and (
            len(values) != 1 or {w.lower() for w in _SIDE_WORD.findall(sentence)} != {("left", "right")[next(iter(values))]}):
        return None  # "in the left lobe and the right lobe": a side this does not place leaves it open (the same
        # side again does not: "in the right middle lobe, obscuring the right heart border")
    rest = "".join(ch if not any(a <= k < b for a, b in spans) else " " for k, ch in enumerate(sentence))
    rest = _IDENTITY_LINK.sub(" ", rest)  # "Features are in keeping with a malignant tumour.": no part "with" it
    pair_clause = _PAIR_CLAUSE.search(rest)
    if pair_clause is not None and all(b <= pair_clause.start() for _a, b in spans) \
            and not _finding(pair_clause.group(1)):  # ("It is benign and both lesions are stable.": two of them)
        rest = rest[:pair_clause.start()]  # "The pelvic ring is intact and both hips are congruent."
    not_whole = _NOT_WHOLE_COUNT if asked.pair is _NUMBER else _NOT_WHOLE_PART if _any_part(asked) else _NOT_WHOLE
    if asked.pair.veto is not None and asked.pair.veto_pole in values and asked.pair.veto.search(rest):
        return None  # "A single lesion in the liver and another in the spleen."
    if _NEGATION.search(rest) or not_whole.search(rest) or implicit.hedged(mask_committed_leans(sentence, [a for a, _b in spans])):
        return None  # ("too" of "too deep" is a pole)
    return values



def read_antonym(text: str, question: str, apart: bool = True) -> str | None:
    """yes / no when the answer's last sentence about the asked subject states the asked pole or its opposite
    (module docstring; later sentences may state the pole of another subject only), ``CONFLICT`` when another
    sentence states the opposite, else ``None``. With ``apart``, a closing ", which is a ..." clause is read as its
    own sentence where the text as written reads as nothing (``extract/relative_pole.py``)."""
    asked = _parse(question.strip())
    if asked is None:
        pos = asked_forms.positive_form(question)
        if pos is None or pos[0] == question.strip() or _parse(pos[0]) is None:
            return None
        # "Is there an abnormality in the left lung?" asks "Is the left lung normal?" the other way round
        verdict = read_antonym(text, pos[0])
        return asked_forms.flip_verdict(verdict) if verdict not in (None, CONFLICT) and pos[1] else verdict
    if len(text) > implicit.MAX_CHARS:
        return None
    if (revised := closed.revised(text)) is not None:  # "X is patent. Correction: it is occluded.": the revision's
        return read_antonym(revised, question)
    if apart and (split := relative_pole.apart(text)) != text:  # never over a reading as written ("The ETT tip lies
        whole = read_antonym(text, question, apart=False)  # above the carina, which is an appropriate position.")
        return whole if whole is not None else read_antonym(split, question, apart=False)
    # ("The tip lies in the fundus — that's an appropriate position.": apart only after a clause on the asked subject)
    sentences = implicit.sentences(implicit.pointed_apart(
        text.strip(), lambda clause: isinstance(asked, _Asked) and _about(clause, asked, question) == "subject"))
    if not sentences:
        return None
    if isinstance(asked, _Identity):
        return _identity(sentences, asked)
    sequences = pole_context.asked_sequences(question)
    read = [_prepared(sentence, asked, sequences) for sentence in sentences]
    for k in range(len(read) - 1, -1, -1):
        sentence = read[k]
        if sentence is not None and _POLES[asked.pair.name].search(sentence) is None and k > 0 \
                and all(_adds_nothing(later) for later in sentences[k:]) and _GOES_ON.match(sentences[k]) is not None:
            continue  # "The lesion is benign. It's a fat-containing mass with a thin capsule — a lipoma."
        if sentence is None or _POLES[asked.pair.name].search(sentence) is None:
            return None
        about = _about(sentence, asked, question)
        if about is _OTHER:
            continue  # "The femoral neck is intact. There is, however, a fracture of the pubic ramus."
        if about == "subject" and k > 0 and _SUBJECT_PRONOUN.match(sentence) and _DEFINITE_ASKED.match(question) \
                and not _names(set(_stems(" ".join(sentences[:k]).lower())), asked) \
                and anaphor.other_antecedent(" ".join(sentences[:k]), asked.subject):
            return None  # "The liver measures 20 cm. It is normal." to "Is the spleen normal?": the liver's state
        stated = _values(sentence, asked)
        if about is None or stated is None or len(stated) != 1:
            return None
        break
    else:
        return None
    if k < len(read) - 1 and (_GENERAL.search(sentences[k]) is not None or _of_a_class(sentences[k], asked.pair)):
        return None  # "On MRI a tear is diagnosed when ... Treatment ranges ...": a class's sign, not this case's pole
    value = next(iter(stated))
    # (a pronoun sentence read here, "The spleen spans 10 cm. It is normal.", is the verdict itself, not a statement
    # the undercut cannot see: it is left out of the check)
    beside = text if _SUBJECT_PRONOUN.match(sentences[k]) is None else " ".join(sentences[:k] + sentences[k + 1:])
    if asked.pair.name == "health" and value == 0 \
            and normal_beside_finding(beside, question, YES if value == asked.pole else NO):
        return None  # "Normal pancreas; a lesion is seen in the head.": the organ called normal, and a finding in it
    for earlier in read[:k]:
        if earlier is None or _POLES[asked.pair.name].search(earlier) is None:
            continue
        if _about(earlier, asked, question) is _OTHER:
            continue  # "Sinus rhythm, normal axis, no ST changes. Normal ECG.": the axis's pole, not the ECG's
        other = _values(earlier, asked)
        if other is None:
            return None
        if other - {value}:
            return CONFLICT
    return YES if value == asked.pole else NO


# A sentence after the pole's that turns, doubts or asks: it may take the pole back, so the pole is no verdict.
_TAKES_BACK = lazy_compile("(?i)" + hedges.words(hedges.TURN, hedges.QUALIFICATION, hedges.NOT_EXCLUDED,
                                                 hedges.NOT_EXCLUDING, hedges.LIKELIHOOD) + r"|\?")


# A pole read before describing sentences must be this case's: no condition ("when", "if") and no class opening on
# an indefinite article ("A tear is diagnosed when ...", "On MRI, a tear shows ...").
_GENERAL = lazy_compile("(?i)" + hedges.words(hedges.SUPPOSING, hedges.SUPPOSED_CASE)
                        + r"|^[\s*_\"']*(?:(?:on|in|at)\s+[\w\s-]{1,30}?,?\s+)?an?\s")


# A class in the bare plural opening on a pole ("Benign lesions are well circumscribed.", "In general, malignant
# masses wash out."): what such lesions do, no pole of this case; "Malignant features are seen." is this case's.
_FRAME = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:in\s+general|generally|typically|usually|(?:on|in|at)\s+[\w\s-]{1,30}?)[,\s]+)?")
_PLURAL = lazy_compile(r"(?i)\s+(?!(?:features|findings|signs|characteristics|appearances|changes|margins|has|was|does|"
                       r"seems|appears|looks|shows)\b)[a-z-]{2,}(?<!s)s\b")


def _of_a_class(sentence: str, pair: Pair) -> bool:
    frame = _FRAME.match(sentence)
    pole = _POLES[pair.name].match(sentence, frame.end() if frame is not None else 0)
    return pole is not None and _PLURAL.match(sentence, pole.end()) is not None


# A describing sentence goes on with the thing the sentence before spoke of: it opens on its pronoun ("It's a
# fat-containing mass.", "This is a lipoma.", "They are ..."); any other ("Treatment ranges ...") may start anew.
_GOES_ON = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:it|they|this|these)\b")


def _adds_nothing(sentence: str) -> bool:
    """Whether a sentence after the one stating a pole, itself holding none, leaves that pole the verdict: it
    describes or names what the thing is ("It's a fat-containing mass - a lipoma.", "No follow-up is needed."),
    without a turn, a doubt, a hedge or a question."""
    return _TAKES_BACK.search(sentence) is None and not is_hedge(sentence)


def other_pole_raised(text: str, question: str) -> bool:
    """Whether a sentence of ``text`` names the other pole of the asked property with no denial anywhere in that
    sentence (``_denies``), even under a hedge ("The lesion appears benign. ... the lesion is concerning for
    malignancy." to "Is the lesion benign?"): an answer stating the asked pole then is not read as a yes, since which
    one it meant is not said. A sentence naming another side ("The right adrenal adenoma is benign." to "Is the left
    adrenal lesion malignant?"), or whose pole qualifies another noun that is its clause's subject ("Malignant
    transformation is rare."), is not counted. Pairs whose other pole is often said of a part, another sequence,
    another side or lesion, or a bone's intact cortex beside the asked one are left out (their flags in ``extract/antonym_pairs.py``)."""
    asked = _parse(question.strip())
    if not isinstance(asked, _Asked) or asked.place:
        return False
    pair = asked.pair
    if pair.middle or pair.scan or pair.device or pair.described or pair.noun or pair.veto is not None:
        return False  # "solid with a cystic component", "hyperintense on T2, hypointense on T1": a part, another scan
    other = pair.poles[1 - asked.pole]
    asked_sides = _sides(question)
    own = set(asked.subject) | _GENERIC
    for sentence in implicit.sentences(text.strip()):
        low = sentence.lower()
        if other.search(low) is None or _denies(sentence) or _sides(low) - asked_sides:
            continue  # denied, or said of a lesion on another side ("The right adrenal adenoma is benign.")
        if all(_qualifies_subject(low, hit.end(), own) for hit in other.finditer(low)):
            continue  # "Malignant transformation is rare.": the pole of another noun, the subject of its clause
        return True
    return False


# a noun after the pole that is the subject of its clause ("Malignant transformation is rare.")
_SUBJECT_AFTER = lazy_compile(r"\s+([a-z]+)\s+(?:is|are|was|were)\b")


def _qualifies_subject(low: str, end: int, own: set[str]) -> bool:
    after = _SUBJECT_AFTER.match(low, end)
    return after is not None and implicit_terms.stem(after[1]) not in own and _LESION.fullmatch(after[1]) is None


# A denial anywhere in a sentence, before or after a pole: "Nothing abnormal is seen.", "Malignant features are absent.",
# "There is nothing to suggest malignancy."
_DENIAL = lazy_compile("(?i)" + hedges.words(negation.AFTER, ("nothing",)) + "|" + _NEGATION.pattern.removeprefix("(?i)"))


def _denies(sentence: str) -> bool:
    return _DENIAL.search(sentence) is not None or DENIED_LINK.search(sentence) is not None


_OTHER = "other"  # a sentence holding the pole of another subject
_ELLIPTIC = lazy_compile(r"[\s*_\"'“”]*(?:(?:no|" + "|".join(sorted(pole_context.GRADE)) + r")\s+)*$")
_GRADED = lazy_compile(r"(?:(?:" + "|".join(sorted(pole_context.GRADE)) + r")\s+)+$")  # "Signal: markedly hyperintense"


def _prepared(sentence: str, asked: _Asked, sequences: frozenset[str]) -> str | None:
    """``sentence`` without its answer label and what a pole is said with (``extract/pole_context.py``), or ``None``
    where it speaks only of another MRI sequence than the asked one."""
    sentence = pole_context.as_whole(pole_context.without_label(sentence), _POLES[asked.pair.name])
    if not asked.pair.described:
        return sentence
    if asked.pair.scan:
        sentence = pole_context.without_contrast(sentence)
    text = pole_context.for_sequence(sentence, sequences)
    if text is None:
        return None
    return pole_context.without_description(pole_context.without_comparisons(text), asked.pair.poles[asked.pole],
                                            asked.pair.poles[1 - asked.pole], _any_part(asked))


def _any_part(asked: _Asked) -> bool:
    """Whether the asked pole is one a part gives the whole (``Pair.any_part``): "Is the lesion enhancing?"."""
    return asked.pair.any_part and asked.pole == 0


def _about(sentence: str, asked: _Asked, question: str) -> str | None:
    """Whether ``sentence`` holds the pole of the asked subject (``"subject"``), of another one (:data:`_OTHER`),
    or of something unclear (``None``)."""
    low = sentence.lower()
    poles = _POLES[asked.pair.name]
    first = poles.search(low)
    label = _LABELS.get(asked.pair.name)
    if first is not None and label is not None:  # "Signal: (markedly) hyperintense": the label names the property
        lead = low[:first.start()]
        graded = _GRADED.search(lead)
        if label.match(lead[:graded.start()] if graded else lead):
            low = low[graded.start() if graded else first.start():]
            first = poles.search(low)
    said = set(_stems(poles.sub(" ", low))) - pole_context.GRADE
    elliptic = first is not None and _ELLIPTIC.fullmatch(low[:first.start()]) is not None \
        and re.match(r"\s*(?:[,.;:!]|$)", low[first.end():]) is not None  # "Markedly hypoechoic, taller than wide."
    if asked.pair.device:
        named = _devices(low)
        if named and named != _devices(question.lower()):
            return None  # "The endotracheal tube is in good position." to "Is the NG tube in good position?"
        if not named and said and _PRONOUN.match(low) is None:
            return None  # "The tip is in good position.": the tip of which?
    elif said and _PRONOUN.match(low) is None and not elliptic \
            and not _names(said | _in_poles(low, poles), asked, _INTRODUCED.match(low) is not None):
        return _OTHER  # "Is the lung healthy?" - "The heart is abnormal." ("Benign." alone is an elliptical reply)
    elif not asked.place and _other_subject(low, asked):
        return None  # "The liver shows a large mass; the spleen is normal." to "Is the liver normal?"
    if first is not None and _PRONOUN.match(low) is None and not any(
            _LESION.fullmatch(w) is None for w in (set(asked.subject) & said) - _SIDES) \
            and _organ_differs(low[:first.start()], question):
        return _OTHER  # "The renal lesion is benign." to "Is the liver lesion malignant?": another organ's lesion
        # (shared with the question only a lesion word; "The gastric bubble" shares "bubble" with "stomach bubble")
    if first is not None and _INTRODUCED.match(low) is not None and not any(
            _LESION.fullmatch(w) is None for w in (set(asked.subject) & said) - _SIDES) \
            and _organ_differs(low, question, whole=True):
        return _OTHER  # "A simple cyst is present in the liver." to "Is the pancreatic cyst simple?": one introduced
        # as another ("a"), placed in another organ anywhere in its sentence
    if asked.pair.described and asked.pair is not _NUMBER and not asked.pair.whole \
            and _held_by_another(low, poles, asked):
        return _OTHER
    if asked.pair.name == "health" and _qualifies_another(low, poles, asked):
        return _OTHER  # "This is a normal kidney." to "Is the liver normal?"
    if not set(asked.needs) <= said and _anatomy(low):
        return _OTHER  # "A solitary lesion in the spleen." to "... multiple lesions in the liver?"
    aspects = (_ASPECTS | ONE_ASPECT if asked.pair.name == "health" else _ASPECTS).intersection(_WORD.findall(poles.sub(" ", low))) \
        - set(_WORD.findall(question.lower()))  # (the health pair's pole is the whole organ: any one aspect is less)
    if asked.pair.device:
        aspects -= {"position"}
    if aspects:
        return None  # "The knee alignment is normal." to "Is the knee normal?"
    if _SIDE_WORD.search(question) is None and any(implicit_terms.stem(m.group(1)) in asked.subject
                                                    for m in _SIDED_NOUN.finditer(low)):
        return None  # "The right lung is normal." says nothing of the left: "Are the lungs normal?"
    sided = {m.group(0).split()[0] for m in _SIDED_NOUN.finditer(low) if implicit_terms.stem(m.group(1)) in asked.subject}
    if not asked.place and sided and not sided & _sides(question):
        return _OTHER  # "The right lung is normal." to "Is the left lung normal?": the other lung
    return "subject"




_SUBJECT_END = lazy_compile(r"[,;:(—–]|\b(?:is|are|was|were|appears?|looks?|seems?|remains?|which|that|who|whose)\b")


# Regions, systems and organs with parts of their own ("neck", "abdomen", "mediastinum", "bones", "spine", "heart" and
# its chambers): the vocabulary's anatomy concepts carry no part/whole links yet (``concepts.tsv`` gives no anatomy
# concept a parent, so ``organ_owners.related`` is a same-id test), and a lesion of the thyroid, the liver or the skull
# may well be the one a question places in the neck, the abdomen or the bones. Either side naming one of these is
# no proof of another organ. To be replaced by parents in ``concepts.tsv`` (which the verifier reads too, so that
# change is measured there).
_CONTAINERS = frozenset({"neck", "thorax", "abdomen", "upper_abdomen", "bones", "spine", "spinal_cord", "heart",
                         "heart_chambers", "left_atrium", "left_ventricle", "right_ventricle", "mediastinum", "skull",
                         "femoral_head", "ribs", "soft_tissues", "tissue", "lymph_nodes", "vessels", "joints",
                         "long_bones"})


# A sentence introducing its thing with an indefinite article: "A simple cyst is seen in the liver."
_INTRODUCED = lazy_compile(r"^[\s*_\"'“”]*(?:an?|another|a\s+(?:second|further|separate))\s")


def _organ_differs(subject: str, question: str, whole: bool = False) -> bool:
    """Whether the words before the pole (the sentence's subject) name an organ, by its word or by a finding of its
    own ("renal lesion", "breast nodule"), and the question names organs, none of them that one nor a part or a whole
    of it (``extract/organ_owners.py``; a region or a system on either side, :data:`_CONTAINERS`, may hold the other,
    so it proves nothing): the pole is another organ's ("The adrenal mass is benign." to "Is the
    pancreatic mass malignant?")."""
    end = None if whole else _SUBJECT_END.search(subject)  # its noun phrase: not a clause after it ("The lesion,
    # which abuts the kidney,"); ``whole``: the sentence, which places a thing it introduced
    said, _ = organs_named(normalize(subject[:end.start()] if end is not None else subject))
    if not said:
        return False
    asked, _ = organs_named(normalize(question))
    if (said | asked) & _CONTAINERS:
        return False  # a region or a system holding other organs ("neck" and "thyroid", "bones" and "skull")
    return bool(asked) and not related(said, asked)


def _names(said: set[str], asked: _Asked, introduced: bool = False) -> bool:
    """Whether the words ``said`` name the asked subject: a generic one ("the lesion", "the abnormality") by any
    lesion word, and where its side is asked by any finding word ("The consolidation is in the right lower lobe.").
    ``introduced``: the sentence opens on an indefinite article ("A solid lesion is typically hypoechoic."), a lesion
    in general or another one, which takes up no asked lesion word."""
    if asked.pair.whole and asked.subject != _BONES:
        return set(asked.subject) <= said  # "The femoral shaft is intact." says nothing of the femoral neck
    if (set(asked.subject) - _SIDES or set(asked.subject)) & said:
        return True  # a side names no subject: "The left kidney appears normal." to "Is the left lung normal?"
    if not set(asked.subject) & _GENERIC:
        # "The lesion is solid." to "Is the mass cystic?": a generic word takes up an asked subject that is only a
        # lesion word (an organ named on either side is weighed after, ``_organ_differs``)
        return not introduced and bool(said & _GENERIC) and all(_LESION.fullmatch(w) for w in set(asked.subject) - _SIDES)
    return any(_LESION.fullmatch(w) or asked.place and _finding(w) for w in said)


def _anatomy(text: str) -> bool:
    voc = vocabulary()
    return any(m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "anatomy"
               for m in voc.mentions(normalize(text)))


def _finding(word: str) -> bool:
    voc = vocabulary()
    return any(m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "finding"
               for m in voc.mentions(word))


_CLAUSE_CUT = lazy_compile(r"[;:—–]|\b(?:but|whereas|while)\b")


def _other_subject(sentence: str, asked: _Asked) -> bool:
    """Whether a clause of ``sentence`` (cut at ";", ":", a dash, "but", "whereas", "while") holds the pole with a
    subject of its own, not the asked one nor a pronoun."""
    clauses = _CLAUSE_CUT.split(sentence)
    if len(clauses) < 2:
        return False
    for clause in clauses:
        if _POLES[asked.pair.name].search(clause) is None:
            continue
        said = set(_stems(_POLES[asked.pair.name].sub(" ", clause)))
        if said and not set(asked.subject) & said and _PRONOUN.match(clause.strip()) is None:
            return True
    return False


def _identity(sentences: list[str], asked: _Identity) -> str | None:
    """"That is the spleen." to "Is the organ on the left the liver?": the last sentence (the whole answer) names
    one organ as what the asked thing is. The answer's subject is a pronoun or the asked thing itself ("The organ on
    the right is the spleen." names another thing), and the same organ on another side is no yes ("Is this the left
    kidney?" - "This is the right kidney." reads no; "This is the kidney." reads nothing)."""
    if len(sentences) != 1:
        return None
    m = _IDENTITY_A.match(sentences[0])
    named = _organ(m.group(2)) if m is not None else None
    if m is None or named is None:
        return None
    subject = _phrase(m.group(1))
    if _PRONOUN.match(subject) is None and subject != asked.subject:
        return None
    if named != asked.organ:
        return NO
    sides = _sides(m.group(2))
    if sides == asked.sides:
        return YES
    return NO if sides and asked.sides else None


def _devices(text: str) -> frozenset[str]:
    """The tubes, lines and devices ``text`` names, as vocabulary concepts ("ETT" and "endotracheal tube" are one)."""
    voc = vocabulary()
    return frozenset(m.concept for m in voc.mentions(normalize(text))
                     if m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "device")


# Public name for the compartment reader (``extract/compartments.py``), which checks the named device the same way.
devices = _devices


__all__ = ["ASPECTS", "PAIRS", "RULE", "SIDE", "Pair", "devices", "other_pole_raised", "read_antonym"]
