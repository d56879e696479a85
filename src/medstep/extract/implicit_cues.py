"""Token tests of ``extract/implicit.py``: whether a clause's tokens deny the term at ``lo``-``hi`` ("no X",
"X is not seen", "I do not see X") or affirm it ("there is a small X", "X is seen in ..."), and whether nothing narrower
than the term sits inside the denial's scope. Split from ``implicit.py`` (which reads a reply's stance on the asked
finding) so that file stays readable; the cue words themselves live in ``extract/implicit_words.py``.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract.decision_words import IT_WORDS
from medstep.extract.implicit_property import NOT_GRADING
from medstep.extract.implicit_terms import Question, matches
from medstep.extract.implicit_words import (  # the cue words; private names here for brevity
    AFFIRM_PRE as _AFFIRM_PRE, APPEAR as _APPEAR, ARTICLES as _ARTICLES, COPULA as _COPULA, DEGREE as _DEGREE,
    IMAGE as _IMAGE,
    LATERAL as _LATERAL, METHOD as _METHOD, DENIAL_FILLER as _NEG_FILLER, NEGATION as _NEGATION, PRE_NEG as _PRE_NEG,
    PRE_NEG_PAIRS as _PRE_NEG_PAIRS, PRESENCE as _PRESENCE, SIDES as _SIDES, STOP as _STOP,
)

_INSTEAD_VERBS = frozenset(negation.INSTEAD_VERBS)
_INSTEAD_PAIRS = frozenset(tuple(p.split()[-2:]) for p in negation.INSTEAD)


def negated_before(toks: list[str], lo: int) -> bool:
    """"No X", "There is no evidence of X", "without X", "absence of X": only fillers between cue and term.
    A negated verb of seeing or showing is such a cue too: "I do not see any X", "The image does not show X",
    "There does not appear to be X" (see ``_negated_verb``). Never under a second negation governing the first
    ("There is no evidence that this is not a fracture.": ``double_negation``)."""
    if double_negation(toks[:lo]):
        return False
    i = lo - 1
    while i >= 0 and (toks[i] in _NEG_FILLER or toks[i] in _METHOD or toks[i] in _INSTEAD_VERBS
                      or (toks[i] == "or" and i > 0 and {toks[i - 1], toks[i + 1]} <= _METHOD)):
        if toks[i] in _INSTEAD_VERBS:  # "rather than being dislocated": only a set-aside marker reaches through it
            return i >= 2 and (toks[i - 2], toks[i - 1]) in _INSTEAD_PAIRS
        if i >= 1 and (toks[i - 1], toks[i]) in _PRE_NEG_PAIRS:
            return i - 2 < 0 or toks[i - 2] not in _PRE_NEG  # "no absence of" is not a negation
        i -= 1
    if i >= 0 and _negated_verb(toks, i):
        return True
    if i >= 2 and toks[i] in _NEITHER_VERBS and toks[i - 2] == "neither" and toks[i - 1] not in _STOP:
        return True  # "Neither kidney shows hydronephrosis."
    return i >= 0 and toks[i] in _PRE_NEG and not (i >= 1 and toks[i - 1] in _PRE_NEG)


# Verbs whose negation denies what follows them: "does not show X", "I don't see X", "cannot identify X".
SEEING = frozenset({"see", "show", "demonstrate", "reveal", "identify", "detect", "visualize", "visualise",
                    "appreciate", "find", "notice", "depict"})
# "Neither kidney shows X", "neither lung has X": the subject is each of a pair, the verb denies X of both.
_NEITHER_VERBS = frozenset({"shows", "has", "demonstrates", "contains"})
_NOT = frozenset({"not", "don't", "doesn't", "didn't", "cannot", "can't", "couldn't"})


def _negated_verb(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` ends a negated verb of seeing ("do not see", "doesn't show") or of being ("does not
    appear to be", "does not seem to have"), with nothing but the negation before the verb."""
    if toks[i] in SEEING:
        return i >= 1 and toks[i - 1] in _NOT and not (i >= 2 and toks[i - 2] in _PRE_NEG)
    if toks[i] in ("be", "have") and i >= 3 and toks[i - 1] == "to" and toks[i - 2] in ("appear", "seem"):
        return toks[i - 3] in _NOT
    return False


def negated_after(toks: list[str], lo: int, hi: int) -> bool:
    """"(The) X is not seen", "X are absent": nothing but an article before the term."""
    if any(t not in _ARTICLES for t in toks[:lo]):
        return False
    rest = toks[hi + 1:]
    if rest[:1] and rest[0] in _COPULA and rest[1:2] == ["absent"]:
        return len(rest) == 2
    if not (rest[:1] and rest[0] in _COPULA or rest[:1] and rest[0] in {"isn't", "aren't"}):
        return False
    tail = rest[1:] if rest[0] in _COPULA else ["not", *rest[1:]]
    return tail[:1] == ["not"] and len(tail) == 2 and tail[1] in _PRESENCE


def negation_scope_ok(toks: list[str], lo: int, hi: int, terms: tuple[str, ...]) -> bool:
    """Nothing narrower than the term in the negation's scope: only stop words, presence words and the image."""
    inside = [t for t in toks[lo:hi + 1] if not any(matches(t, term) for term in terms)]
    after = toks[hi + 1:]
    if after[:1] in (["or"], ["nor"]):  # "no pneumothorax or effusion": another item of the same list
        after = [] if not any(t in _SIDES or t in _STOP for t in after[1:]) else after
    allowed = _STOP | _PRESENCE | _COPULA | _IMAGE
    at = next((i for i, t in enumerate(after) if t in _INTO), None)
    if at is not None and home_place(after[at + 1:], terms):
        after = after[:at]  # "No gallstones are seen in the gallbladder.": the finding's own organ narrows nothing
    return all(t in allowed and t not in _SIDES for t in inside + after)


# The prepositions that put a denied finding in a place ("no stones in the gallbladder").
_INTO = frozenset({"in", "within", "inside"})
# Words after the organ that still name all of it ("the gallbladder lumen", "the pleural spaces").
_WHOLE_ORGAN = frozenset({"lumen", "lumens", "parenchyma"})


def home_place(place: list[str], terms: tuple[str, ...]) -> bool:
    """Whether ``place`` (the words after "in") names, whole and with no side, the organ the asked finding belongs to:
    an organ of the concept vocabulary whose "expands" (the absences "normal <organ>" implies) hold the asked
    concept or a broader one of it. Denied there, the finding is denied ("no gallstones in the gallbladder" answers
    "Are there gallstones?"); a part ("in the lower pole"), a side or another organ still narrows the denial."""
    voc = vocabulary()
    text = " ".join(place)
    organs = [m for m in voc.mentions(text) if m.kind is MentionKind.CONCEPT
              and voc.concepts[m.concept].category == "anatomy"]
    if len(organs) != 1:
        return False
    left = (text[:organs[0].start] + " " + text[organs[0].end:]).split()
    if any(t not in _STOP and t not in _WHOLE_ORGAN or t in _SIDES for t in left):
        return False
    asked = {m.concept for m in voc.mentions(" ".join(terms)) if m.kind is MentionKind.CONCEPT}
    # the organ must be the finding's one home: a finding several organs hold ("fracture": the bones and the shoulder;
    # "dislocation": the joints and the shoulder) is denied in one of them only ("No fracture in the shoulder. The
    # fifth rib is broken.")
    return any(_homes(c) == (organs[0].concept,) for c in asked if c in voc.concepts)


def _holds(voc, organ: str, concept: str) -> bool:
    held = set(voc.concepts[organ].expands)
    return concept in held or bool(voc.concepts[concept].ancestors & held)


@lru_cache(maxsize=None)
def _homes(concept: str) -> tuple[str, ...]:
    """The anatomy concepts whose "expands" hold ``concept`` or a broader one of it."""
    voc = vocabulary()
    return tuple(k for k, c in voc.concepts.items() if c.category == "anatomy" and c.expands and _holds(voc, k, concept))


finding_homes = _homes  # public: the organs a finding belongs to (``extract/organ_normal.read_organ_finding``)


def double_negation(toks: list[str]) -> bool:
    """A negation governing a "that" clause with another ("no evidence that this is not"): never a plain denial."""
    negs = [i for i, t in enumerate(toks) if t in _NEGATION or negation.contracted(t)]
    return len(negs) >= 2 and "that" in toks[negs[0]:negs[-1]]


def affirmed(toks: list[str], lo: int, hi: int) -> bool:
    """"There is a (small right) X", "shows X", "consistent with X", "X is seen", "X are present"."""
    rest = toks[hi + 1:]
    if len(rest) >= 2 and rest[0] in _COPULA and (rest[1] in _PRESENCE or (rest[1] in _DEGREE and rest[2:3]
                                                                           and rest[2] in _PRESENCE)):
        return True
    k = next((j for j in range(lo + 1, min(hi, lo + 4)) if toks[j] in _COPULA), None)
    if k is not None and not any(t in _STOP or t in _NEGATION for t in toks[lo:k]) and toks[k + 1:k + 2] \
            and toks[k + 1] in _PRESENCE and toks[k + 2:k + 3] in (["in"], ["within"]) \
            and _LATERAL.isdisjoint(toks[lo:hi + 1]):
        # "A 2 cm lesion is seen in segment VI of the liver." to "Is there a lesion in the liver?"; the finding may
        # be named in more words than one before its passive sighting ("Increased uptake is seen in the thyroid.")
        return True
    before = toks[max(0, lo - 6):lo]
    if toks[lo + 1:lo + 2] and toks[lo + 1] in _LOCATING and (any(t.isdigit() for t in toks[:lo])
                                                            or toks[:1] in (["the"], ["this"])):
        return True  # "A 3 cm solid mass arises from the upper pole of the left kidney.", "The stone lies in ..."
    return any(t in _AFFIRM_PRE for t in before) or (before[-2:] == ["findings", "of"]) or named_by_pointing(toks, lo, hi)


# A pointing word and its copula opening the clause: "That's a ...", "It is a ...", "This is an ..."
# (``decision_words.IT_WORDS``: the bare words, and their contractions with "is").
_POINTING = frozenset(w for w in IT_WORDS if "'" not in w)
_POINTED = frozenset(w for w in IT_WORDS if w.endswith("'s"))
# An alternative after the term ("It is an abscess or a necrotic tumour", "... vs skin fold").
_ALTERNATIVE = frozenset((*hedges.ALTERNATIVE, *negation.NOR, "or"))
# Qualifiers that take the named finding back ("That's a closed macular hole", "It is an impending macular hole").
_TAKEN_BACK = frozenset(hedges.TAKEN_BACK)


def named_by_pointing(toks: list[str], lo: int, hi: int) -> bool:
    """"That's a full-thickness macular hole", "It is a bony Bankart lesion": the clause opens with a pointing word
    and its present copula, then an article and at most three qualifiers before the term, and the term ends the
    clause or goes on with "with" (a feature of it): the thing just described is named as the asked finding.
    Turned down: a negation, a stop word or a fourth qualifier between ("It is not a ...", "It is a mimic of a X"),
    a qualifier that takes the finding back ("a closed / impending / repaired / old X"), a past copula ("It was a X
    before the drain"), and anything else after the term: an alternative ("X or Y"), a compound noun ("a hernia
    repair mesh"), a place ("a macular hole in the fellow eye": which eye is asked is not this cue's to settle) or a
    time ("a pneumothorax at first glance"); so is a term whose words lie apart ("a macular hole in the fellow eye"
    for "a macular hole in this eye")."""
    if hi + 1 < len(toks) and toks[hi + 1] != "with" or any(t in _STOP for t in toks[lo:hi + 1]):
        return False  # the term's words must stand together: "a macular hole in the fellow eye" is no "... in this eye"
    if toks[:1] and toks[0] in _POINTED:
        start = 1
    elif toks[:2] and toks[0] in _POINTING and toks[1] == "is":
        start = 2
    else:
        return False
    between = toks[start:lo]
    return 1 <= len(between) <= 4 and between[0] in ("a", "an") \
        and not any(t in _STOP or t in _NEGATION or t in _TAKEN_BACK or negation.contracted(t) for t in between[1:])


# Verbs that place the thing their subject names: said of this case's measured or definite thing ("A 3 cm mass arises
# from ...", "The stone lies at ..."), they state it; said of a class ("Carcinoma arises from the tubule.") they do not,
# so the subject must carry a size or "the" / "this".
_LOCATING = frozenset({"arises", "arising", "lies", "sits", "projects", "occupies", "originates", "extends", "fills",
                       "abuts", "involves", "measures"})


_STRENGTH = frozenset(hedges.STRENGTH)
# A word of habit makes the sentence a general one ("Significant mass effect is typically seen with large subdural
# haematomas."): its strength word is the textbook's threshold, said of no image.
_HABIT = frozenset(w for w in hedges.HABIT if " " not in w)


def grading(toks: list[str], i: int, words: tuple[str, ...] | None) -> bool:
    """Whether the strength word at ``i`` ("significant", "definite") grades the asked finding it stands before
    ("There is significant mass effect.", "a definite fracture"): the next word, past degree adverbs, is one of the
    question's words, and nothing before it in the clause doubts or denies. It then says how much of the finding
    there is, and holds nothing open; said of anything else ("clinically significant", "a definitive diagnosis") it
    stays a hedge. Any other hedge in the sentence is still read by ``implicit.hedged``."""
    if not words or toks[i] not in _STRENGTH:
        return False
    j = i + 1
    while j < len(toks) and toks[j] in _DEGREE:
        j += 1
    if j >= len(toks) or not any(matches(toks[j], w) for w in words):
        return False
    return not any(t in _NEGATION or negation.contracted(t) for t in toks[:i]) and _HABIT.isdisjoint(toks)


# Words that bring another thing into a description, whose "without" it may then be ("The mass abuts a vessel without
# ...", "is heterogeneous and a node shows no ..."): a place, a joining word, a relative.
_ANOTHER = _STOP - {"of"} | frozenset({"with", "and", "or", "but", "which", "that", "who", "near", "adjacent", "beside",
                                      "around", "into", "from", "next", "by", "than"})


def described_without(toks: list[str], lo: int, hi: int, q: Question) -> tuple[int, int] | None:
    """"The mass is homogeneous without calcification.", "The mass is of soft-tissue density throughout without any
    calcification." (or "... with no calcification"): the asked place as the subject, its copula and at most seven
    words describing it (no negation, none of the question's words, nothing that brings in another thing: a place
    or a list, :data:`_ANOTHER`, no adverb that hedges, limits or dates the description: "seemingly", "mostly",
    ``implicit_property.NOT_GRADING``), then "without" and the finding. The description is the place's, the "without"
    denies the finding of the same subject as "contains no" does. Returns the copula's index and where the denied
    words start."""
    k = next((i for i in range(lo + 1, hi) if toks[i] in _APPEAR), None)
    if k is None:
        return None
    cut = next((i for i in range(k + 1, min(hi, k + 9)) if toks[i] == "without"
                or toks[i:i + 2] == ["with", "no"]), None)
    if cut is None or any(t in _NEGATION or t in _ANOTHER or t in NOT_GRADING or negation.contracted(t)
                          or any(matches(t, w) for w in q.words) for t in toks[k + 1:cut]):
        return None
    return k, cut + (1 if toks[cut] == "without" else 2)


# "The lesion contains no calcification.": the asked place as the subject of a verb of holding, the finding denied.
_HOLDING = frozenset({"contains", "contain", "shows", "show", "has", "have", "demonstrates", "demonstrate"})


def place_denies(toks: list[str], lo: int, hi: int, q: Question) -> bool:
    """"The lesion contains no calcification." to "Is there calcification in the lesion?": the clause opens with
    the question's place words (an article before them at most), a verb of holding and a negation follow, then
    the finding's words (fillers between) and nothing after them."""
    if q.head is None or any(t not in _ARTICLES for t in toks[:lo]) or toks[hi + 1:]:
        return False
    k = next((i for i in range(lo + 1, hi) if toks[i] in _HOLDING), None)
    if k is not None and toks[k + 1:k + 2] == ["no"]:
        cue = k + 2
    elif (said := described_without(toks, lo, hi, q)) is not None:
        k, cue = said
    else:
        return False
    if not all(any(matches(t, w) for w in q.words) for t in toks[lo:k]):
        return False
    after = toks[cue:hi + 1]
    return any(matches(t, q.head) for t in after) and all(
        t in _NEG_FILLER or any(matches(t, w) for w in q.words) for t in after) and not any(
        matches(t, q.head) for t in toks[lo:k])
