"""A closed question answered by the value its concluding sentence gives the asked property (issue #7, lane closedval50).

"Is the ovarian mass complex?" is answered "... This is a **simple** cyst."; "Is the endotracheal tube too deep?"
with "... so the tube is appropriately positioned."; "Is the lesion malignant?" with a long description closing
"These features are consistent with a fibroadenoma, which is a benign lesion." The answer gives the asked property
a value (the asked pole, its opposite, its denial) instead of a yes or a no. The pair reader
(``extract/antonyms.py``, rule ``implicit_antonym``) reads such a value only in a short reply read whole
(``implicit.MAX_CHARS``), so a reasoned reply that ends on the value went unread; this reader reads the reply's
STRUCTURE instead of another phrasing: its concluding sentence (the last one giving the asked property a value,
advice, disclaimers and describing sentences after it passed over) is read alone by the pair reader, with every gate
of that reader (the subject named or taken up by a pronoun, no hedge, no other negation, the whole thing now, one
pole only), and the rest of the reply is read for the other pole.

The values come from their one homes: the pair table (``extract/antonym_pairs.py``) and, for the malignancy pair,
the benign lesions of the shared vocabulary (``answers/concepts.tsv``: a concept under ``benign_lesion``, "a lipoma",
"a dermatofibroma"), which state the benign pole as the word "benign" does. A question asking one way a device may be
misplaced ("Is the ETT too deep?", "Is the line too high?") is read one way only: a device placed well is in no wrong
place (no); a misplacement may be the other direction, so it says nothing.

A concluding sentence that sets off its reasons after the value by a colon or a dash ("It's a solid mass — there are
internal flow signals and no posterior acoustic enhancement.") is read in its value clause alone when the whole fails
(session 51): the reasons are the evidence, and a negation or a finding among them is no second statement of the
asked property; reasons that state a pole, hedge or turn leave it unread.

Nothing is read when another sentence states the other pole (``CONFLICT``), when a sentence after the concluding
one turns, doubts or asks (it may take the value back), when the reply revises itself, when the concluding sentence
opens on "It" / "They" after another thing was named (the pronoun may stand for it), or when the question asks
none of the pairs.
"""

from __future__ import annotations

from medstep.answers import NO, YES, hedges, negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import advice, anaphor, antonyms, caveats, closed, implicit, verdict_scope
from medstep.extract import asked as asked_forms
from medstep.extract.abnormal_undercut import normal_beside_finding
from medstep.extract.antonym_pairs import POLES
from medstep.extract.commit import CONCLUDING_LABEL, FINAL_WORDS
from medstep.extract.antonym_question import Asked, parse_question
from medstep.extract.disclaimers import without_disclaimers
from medstep.extract.judged_topic import judged_conclusion
from medstep.extract.mentions import CONFLICT
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

RULE = "implicit_value"

# The concept every benign lesion of the shared vocabulary descends from (``answers/concepts.tsv``).
_BENIGN = "benign_lesion"
# One way a device may sit wrong, asked as the question's property: "Is the ETT too deep?" (the placement pair's
# misplaced pole names every direction, so only the well-placed pole answers it).
_ONE_WAY = lazy_compile(r"(?i)\btoo\s+(?:deep|low|high|far|proximal|distal|peripheral|shallow)\b")
_WELL_PLACED = "in good position"
# The malignancy pair asked by its noun, as a finding present: "Is there any sign of malignancy in this biopsy?", "Does
# this image show malignancy?" ask what "Is the lesion malignant?" asks (of the thing named after "in", if any).
_MALIGNANCY_Q = lazy_compile(
    r"(?i)^\s*(?:(?:is|are)\s+there\s+|(?:does|do)\s+(?:this|the|these)\s+(?:[a-z-]+\s+){0,3}?(?:show|demonstrate|"
    r"reveal)\s+)(?:any\s+)?(?:(?:evidence|signs?|features?)\s+of\s+)?malignancy(?:\s+(?:in|on|within)\s+(?:the|this)\s+"
    r"(?P<subject>[a-z -]{2,40}?))?\s*\?\s*$")
# A sentence after the concluding one that may take its value back: a turn, a doubt, a likelihood, a question.
_TAKES_BACK = lazy_compile("(?i)" + hedges.words(hedges.TURN, hedges.QUALIFICATION, hedges.NOT_EXCLUDED,
                                                 hedges.NOT_EXCLUDING, hedges.LIKELIHOOD, hedges.DOUBT, hedges.CONTRAST,
                                                 hedges.DESPITE, hedges.KEPT_BESIDE,
                                                 hedges.WEIGHED_AGAINST) + r"|\?")
# A concluding sentence set apart as another thing seen beside the asked one ("Incidentally, there is a small lipoma
# in the back."): its value is that thing's, not the asked subject's.
_INCIDENTAL = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:incidentally|incidental(?:\s+note|ly\s+noted)?|also|additionally|"
                           r"in\s+addition|separately|elsewhere)\b")
# A class statement in the bare plural ("Benign tumours grow slowly.", "Scaphoid fractures account for 60% of carpal
# fractures"): what holds of a kind, no value of this case. A heading label opening the value sentence ("Liver:").
_CLASS_PLURAL = lazy_compile(r"(?i)^[\s*_\"'“”]*(?!(?:these|those|the|this|both|all|its|their|they|there)\b)"
                             r"(?:[a-z-]+\s+){0,2}[a-z-]{3,}s\s+(?:are|grow|show|account|tend|have|rarely|usually|"
                             r"typically|often|can|may|do|appear|look)\b")
_LABEL = lazy_compile(r"^[\s*_#>-]*([^\W\d][^:.\n]{0,30}):")
_SUBJECT_PRONOUN = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:it|they)\b")
# The words that open a concluding sentence ("Overall,", "So", "In summary,"), from their one home (not the revision cues)
_OPENERS = FINAL_WORDS - {"actually", "wait", "changing", "change", "reflection", "balance", "final", "conclude"}
# A concluding sentence whose subject is what was seen and whose verb draws the conclusion from it ("These features
# suggest a non-aggressive lesion.", "The appearance is consistent with a simple cyst.", "Overall, the findings
# represent a benign process."): the conclusion is the reply's own, read as "This is ..." (the link words from their
# one home, ``answers/hedges.py``; "suggest" commits here as it does in ``extract/inferred.py``).
_FINDINGS_LINK = lazy_compile(
    r"(?i)^[\s*_\"'“”]*(?:" + CONCLUDING_LABEL + r"[\s*_]*[:：-][\s*_]*)?(?:(?:in\s+)?(?:" + hedges.alternation(_OPENERS)
    + r")[,\s]+)?"
    r"(?:(?:these|the|such|those|all\s+(?:of\s+)?(?:these|the))\s+)?(?:" + hedges.alternation(hedges.FINDINGS_SUBJECTS)
    + r")\s+(?:(?:is|are|would\s+be|appears?\s+to\s+be|seems?\s+to\s+be)\s+(?:" + hedges.alternation(hedges.IDENTIFYING)
    + "|" + hedges.alternation(hedges.INFERRING) + r")|(?:" + hedges.alternation(hedges.DRAWING)
    + r"|represents?|fits?))\s+(?:that\s+)?(?:there\s+(?:is|are)\s+)?(?=[a-z*_])")
# The reasons a concluding sentence gives after its value, set off by a colon or a dash ("It's a solid mass — there are
# internal flow signals and no posterior acoustic enhancement.", "This appears to be a benign seborrheic keratosis: it
# has a waxy, stuck-on appearance ..."): a statement of its own, opening on "there is", a pronoun or a determiner.
_REASONS = lazy_compile(r"(?i)\s*(?::|\s[—–]|—|–|\s-)\s+(?=(?:there\s+(?:is|are)|it|its|they|their|the|this|these|an?|no)\b)")
# A condition in those reasons ("..., unless this is a thrombosed aneurysm."): the value holds only in part.
_CONDITIONAL = lazy_compile("(?i)" + hedges.words(hedges.IF))
# A bracketed aside in the concluding sentence ("(about 3-7 cm above the carina in an adult)"): a measure or a
# reason beside the value, set aside unless it holds a value itself.
_ASIDE = lazy_compile(r"\s*\([^()]*\)")


_SAME, _FLIP, _ONE_WAY_FLIP = "same", "flip", "one way"  # how the asked form's verdict answers the question


def _asked(question: str) -> tuple[str, str] | None:
    """The question the pair reader is asked and how its verdict answers ``question``: as it is, reversed ("Is there
    an abnormality in the left lung?" asks "Is the left lung normal?"), or reversed one way ("Is the ETT too deep?" is
    read as "Is the ETT in good position?": its yes is a no, its "no" says nothing); or ``None``."""
    q = question.strip()
    if isinstance(parse_question(q), Asked):
        return q, _SAME
    pos = asked_forms.positive_form(q)
    if pos is not None and pos[0] != q and isinstance(parse_question(pos[0]), Asked):
        return pos[0], _FLIP if pos[1] else _SAME  # "Is there an abnormality in the left lung?": the other way
    noun = _MALIGNANCY_Q.match(q)
    if noun is not None:
        adjective = f"Is the {noun.group('subject') or 'lesion'} malignant?"
        return (adjective, _SAME) if isinstance(parse_question(adjective), Asked) else None
    one_way = _ONE_WAY.search(q)
    if one_way is not None and antonyms.devices(q.lower()):
        well = q[:one_way.start()] + _WELL_PLACED + q[one_way.end():]
        asked = parse_question(well)
        if isinstance(asked, Asked) and asked.pair.device:
            return well, _ONE_WAY_FLIP
    return None


def _benign_named(sentence: str) -> str:
    """``sentence`` with each benign lesion of the vocabulary it names said "benign" before it ("a lipoma" -> "a benign
    lipoma"): the benign pole in the words of a diagnosis."""
    voc = vocabulary()
    if POLES["malignancy"].search(sentence) is not None:
        return sentence  # the pole said in its own word
    hits = [m for m in voc.mentions(normalize(sentence)) if m.kind is MentionKind.CONCEPT and m.concept
            and (m.concept == _BENIGN or _BENIGN in voc.concepts[m.concept].ancestors)]
    for m in sorted(hits, key=lambda m: m.start, reverse=True):
        sentence = sentence[:m.start] + "benign " + sentence[m.start:]
    return sentence


def _names_finding(sentence: str) -> bool:
    """Whether ``sentence`` names a finding of the shared vocabulary ("It contains a cyst in the tail.")."""
    voc = vocabulary()
    return any(m.kind is MentionKind.CONCEPT and m.concept and voc.concepts[m.concept].category == "finding"
               for m in voc.mentions(normalize(sentence)))


def _pole_said(sentence: str, name: str) -> bool:
    return POLES[name].search(sentence) is not None


def _before_reasons(sentence: str, question: str, name: str) -> str | None:
    """The value the concluding ``sentence`` gives before the reasons it sets off by a colon or a dash (``_REASONS``),
    read alone by the pair reader, or ``None``. The reasons are the evidence for that value, not another statement of
    the asked property: they must state no pole of the pair (else the value clause is no longer the one value said),
    no hedge, turn or doubt (they would qualify it), and, to a question of health, no finding (a finding said of the
    organ beside "normal" may undo it: "The pancreas is normal: there is a cyst in the tail.")."""
    cut = _REASONS.search(sentence)
    if cut is None:
        return None
    head, reasons = sentence[:cut.start()], sentence[cut.end():]
    if not _pole_said(head, name) or _pole_said(reasons, name) or _TAKES_BACK.search(reasons) \
            or is_hedge(reasons) or _CONDITIONAL.search(reasons) or _REASONS.search(reasons) is not None \
            or (name == "health" and _names_finding(reasons)):
        return None
    verdict = antonyms.read_antonym(head.rstrip(" ,;") + ".", question)
    return verdict if verdict in (YES, NO) else None


# A denial opening the concluding clause and governing the malignancy pole a few words on: "No features concerning for malignancy
# are seen.", "Overall, there are no features suggesting malignancy; ..." (session 52; the denial words from their one
# home, ``answers/negation.py``). The clause ends at a semicolon or a turn.
# (a noun's denial only, "no" / "without": "Not clearly malignant." doubts, and a plain "not malignant" is the pair
# reader's)
_NOUN_DENIALS = tuple(w for w in negation.DENY if w not in ("not",))
_DENIAL_OPENING = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:(?:" + hedges.alternation(_OPENERS) + r")[,\s]+)?(?:there\s+(?:is|are)\s+)?"
                               r"(?:" + hedges.alternation(_NOUN_DENIALS) + r")\s+(?:[a-z-]+\s+){0,4}?$")
_CLAUSE_END = lazy_compile(r"(?i);|,\s*(?:although|though|but|however|while)\b")
# The part a denied pole is placed in, right after it: "no features of malignancy <in the liver>".
_PLACED = lazy_compile(r"(?i)^\s*(?:in|within|of|at|involving)\s+(?P<part>[^,;]+)")


def _asked_pole_denied(sentence: str, asked: Asked, question: str) -> bool:
    """Whether ``sentence``'s first clause denies the pole ``asked`` asks, and says no pole else: the asked value is
    then not held (the pair reader reads no denied pole: "no features of malignancy" states no value of its own)."""
    if asked.pair.name != "malignancy":
        return False  # a pole said of a part or a place ("No fracture of the metatarsals." to "... of the foot?") is
        # not the asked subject's: only the class of the whole lesion is read so
    clause = sentence[:end.start()] if (end := _CLAUSE_END.search(sentence)) is not None else sentence
    rest = sentence[len(clause):]
    poles = list(POLES[asked.pair.name].finditer(clause))
    if len(poles) != 1 or is_hedge(clause) or _TAKES_BACK.search(clause) is not None \
            or POLES[asked.pair.name].search(rest) is not None:
        return False
    if rest.strip(" ;,") and not advice.advises(rest) and (is_hedge(rest) or _TAKES_BACK.search(rest) is not None):
        return False  # "..., but a biopsy cannot exclude it." (advice after it takes nothing back: "..., although
        # removal and histological examination are still recommended.")
    if asked.pair.poles[asked.pole].search(poles[0].group(0)) is None:
        return False  # the other pole denied ("not benign"): what holds instead is left to the pair reader
    placed = _PLACED.match(clause[poles[0].end():])
    if placed is not None and verdict_scope.names_else(placed.group("part"), question):
        return False  # "No features of malignancy in the liver; the renal lesion is suspicious." to "Is the renal
        # lesion malignant?": the denial is another part's
    return _DENIAL_OPENING.match(clause[:poles[0].start()]) is not None


def read_value(text: str, question: str) -> str | None:
    """yes / no when the reply's concluding sentence gives the asked property a value (module docstring),
    ``CONFLICT`` when another sentence gives it the other value, else ``None``."""
    found = _asked(question)
    if found is None or closed.revised(text) is not None:
        return None
    q, mode = found
    asked = parse_question(q)
    assert isinstance(asked, Asked)
    name = asked.pair.name
    plain = caveats.set_aside(advice.set_apart(without_disclaimers(text) or text))
    if asked.pair.device:  # "The tube is appropriately positioned." to "Is the endotracheal tube ...?"
        plain = anaphor.device_named(plain, q) or plain
    sentences = implicit.sentences(plain.strip())
    if name == "malignancy":
        sentences = [_benign_named(s) for s in sentences]
    k = next((i for i in range(len(sentences) - 1, -1, -1) if _pole_said(sentences[i], name)), None)
    if k is None:
        return None
    if _INCIDENTAL.match(sentences[k]) or _CLASS_PLURAL.match(sentences[k]):
        return None  # "... spread to the liver. Incidentally, there is a small lipoma in the back."
    label = _LABEL.match(sentences[k])
    if label is not None and any((m := _LABEL.match(s)) and m.group(1).lower() == label.group(1).lower()
                                 for s in sentences[k + 1:]):
        return None  # "Liver: unremarkable. Liver: coarse echotexture with nodular margin." (said again, otherwise)
    if any((not advice.advises(later) or _names_finding(later))
           and (_TAKES_BACK.search(later) or is_hedge(later) or _names_finding(later))
           for later in sentences[k + 1:]):
        return None  # "... a fibroadenoma. A phyllodes tumour cannot be excluded, however." (advice naming no finding
        # takes nothing back; "A phyllodes tumour is the alternative; biopsy is advised." does); "The pancreas is
        # normal. It contains a cyst in the tail.": a finding after the value may undo it; "On the other hand, ..."
    if k > 0 and _SUBJECT_PRONOUN.match(sentences[k]) \
            and anaphor.other_antecedent(" ".join(sentences[:k]), asked.subject):
        return None  # "The liver measures 20 cm. It is normal." to "Is the spleen normal?"
    concluding = _FINDINGS_LINK.sub("This is ", _ASIDE.sub(lambda m: m.group(0) if _pole_said(m.group(0), name) else "",
                                                         sentences[k]), count=1)
    verdict = antonyms.read_antonym(concluding, q)
    if verdict not in (YES, NO) and (judged := judged_conclusion(sentences, k, asked.subject, _OPENERS)) is not None:
        verdict = antonyms.read_antonym(judged, q)  # "... I'd consider this normal." (extract/judged_topic.py)
    if verdict not in (YES, NO):
        verdict = _before_reasons(concluding, q, name)
    if verdict not in (YES, NO) and _asked_pole_denied(concluding, asked, q):
        verdict = NO  # "No features concerning for malignancy are seen." to "Is this skin lesion malignant?"
    if verdict not in (YES, NO):
        return None
    if name == "health" and normal_beside_finding(plain, q, verdict):
        return None  # "Normal pancreas; a lesion is seen in the head." (as the pair reader checks a short reply)
    for other in sentences[:k]:
        if _pole_said(other, name) and (said := antonyms.read_antonym(other, q)) is not None and said != verdict:
            return CONFLICT  # "The lesion looks benign. ... This is a malignant tumour."
    if mode == _ONE_WAY_FLIP:
        return NO if verdict == YES else None
    return asked_forms.flip_verdict(verdict) if mode == _FLIP else verdict


__all__ = ["RULE", "read_value"]
