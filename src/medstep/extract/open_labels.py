"""What an open answer's label is, and which words hold it open: shared by the tail and conclusion readers.

A label is a short phrase without a finite verb and without words holding it open (:func:`is_label`). Both
``extract/open_tails.py`` (what follows a label and only qualifies it) and ``extract/open_conclusion.py`` (the
conclusion closing a description) test what they would cut or take against these words: a negation, a hedge, an
alternative or a turn holds the answer open; a denial of another thing ("Cardiomegaly, without pulmonary oedema")
does not (:func:`denies_other`).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.lazyre import lazy_compile

# Words holding the answer open, in what would be dropped or taken.
HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.EXCLUDED,
                                             negation.INSTEAD, hedges.POSSIBILITY, hedges.CONDITION, hedges.WEIGHING,
                                             hedges.DOUBT, hedges.TURN, hedges.ALTERNATIVE, hedges.NOT_EXCLUDED,
                                             ("or", "nor", "other", "another", "also", "instead", "rather"))
                      + "|" + negation.CONTRACTION + r"|[?？/;:]")
# A finite verb: the part before a dropped tail must be a label, not a statement.
VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|shows?|demonstrates?|reveals?|appears?|seems?|"
                     r"looks?|can|cannot|could|would|should|will|must|may|might|do|does|did|lies|sits)\b")
WORD = lazy_compile(r"[^\W_]+")
LABEL_WORDS = 8
# Words in what follows a label that hold it open: an alternative, a doubt, a turn, a likelihood ("Pneumonia,
# though atelectasis is possible.", "Pneumonia (less likely: atelectasis)"). "both" and "between" name places there
# ("free air under both hemidiaphragms"), not a choice.
TAIL_HOLDS = lazy_compile("(?i)" + hedges.words(negation.NEITHER, negation.EXCLUDED, negation.INSTEAD,
                                                 hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT, hedges.TURN,
                                                 hedges.ALTERNATIVE, hedges.NOT_EXCLUDED, hedges.LIKELIHOOD,
                                                 hedges.SUSPICION, ("either", "torn between", "depends", "depending",
                                                                    "or", "nor", "other", "another", "also",
                                                                    "instead", "rather", "vs"))
                           + "|" + negation.CONTRACTION + r"|[?？/]")
# "no other", "without further": a denial of everything else, which commits to the label ("A single gallstone and no
# other lesion."), not another candidate.
NO_OTHER = lazy_compile(r"(?i)(?<=\bno\s)\s*(?:other|another|additional|further)\b|"
                         r"(?<=\bsparing\s)\s*(?:the\s+)?(?:other|another)\b|"
                         r"(?<=\bwithout\s)\s*(?:other|another|additional|further)\b")
TAIL_DENIAL = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE))
# What follows a denial of a thing: a word ("without pulmonary oedema"), not "no," or "No." alone.
_THING_NEXT = lazy_compile(r"\s+[A-Za-z]")
# How a qualifier after a comma opens: a preposition, a number, a denial, a describing word (by its ending: "lateral
# view", "minimally displaced", "bilateral", "extending", "enlarged"), a degree or size, or a grade. A plain noun
# opens a second item of a list instead ("Lymphocytes, plasma cells").
QUALIFIER_OPENING = lazy_compile(
    r"(?i)^(?:(?:in|at|on|of|with|within|from|to|over|under|along|near|around|through|throughout|involving|"
    r"affecting|measuring|about|approximately|up|down|specifically|mainly|mostly|predominantly|"
    r"small|large|multiple|single|mild|moderate|severe|massive|tiny|big|huge|complete|partial|full|grade|stage|"
    r"type|class|i\.e|adjacent|next|close|just|larger|smaller|greater|bigger|more|less|worse|tip|pole|"
    r"segment|portion|part|third|aspect|shaft|zone|region|level|lobe|branch|con|avec|mit|com|en|dans|au|im|nel|"
    r"nella|" + hedges.alternation(negation.DENY, negation.OTHER_WITHOUT)
    + r")\b|\d|~|≈|[a-z-]*(?:al|ic|ous|ive|ar|ior|ed|ing|ly)\b)")


def words(text: str) -> int:
    return len(WORD.findall(text))


def is_label(text: str) -> bool:
    """A short phrase without a finite verb and without words holding it open."""
    return 0 < words(text) <= LABEL_WORDS and VERB.search(text) is None and HOLDS.search(text) is None


def denies_other(tail: str, head: str) -> bool:
    """Whether each denial in ``tail`` denies a thing the label ``head`` does not name ("Cardiomegaly, without
    pulmonary oedema", "Epidural hematoma, not subdural"), so it qualifies the label rather than withdrawing it."""
    own = {w.lower() for w in WORD.findall(head) if len(w) > 3}
    for found in TAIL_DENIAL.finditer(tail):
        after = WORD.findall(tail[found.end():])[:4]
        if _THING_NEXT.match(tail, found.end()) is None or own & {w.lower() for w in after}:
            return False  # "Pneumothorax — no, a skin fold.": a bare "no" withdraws the label
    return True


def names_finding(text: str) -> bool:
    return any(category_of(m) == "finding" for m in vocabulary().mentions(normalize(text)))


__all__ = ["HOLDS", "LABEL_WORDS", "NO_OTHER", "QUALIFIER_OPENING", "TAIL_DENIAL", "TAIL_HOLDS", "VERB", "WORD",
           "denies_other", "is_label", "names_finding", "words"]
