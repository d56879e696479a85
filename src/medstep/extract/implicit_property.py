"""The property reading of :mod:`medstep.extract.implicit`: "The heart is (mildly) enlarged" / "The heart is not
enlarged" / "an enlarged heart" for "Is the heart enlarged?" (kept apart to keep ``implicit.py`` short)."""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract.implicit_words import (
    APPEAR as _APPEAR, ARTICLES as _ARTICLES, DEGREE as _DEGREE, NEGATION as _NEGATION, POSITION as _POSITION,
    SIDES as _SIDES, SIZE_TAIL, SIZE_WORDS,
)
from medstep.extract.commit import FINAL_WORDS
from medstep.extract.findings_words import ONE_ASPECT
from medstep.extract.implicit_terms import matches, tokens
from medstep.extract.stance import Stance
from medstep.lazyre import lazy_compile


# Prefixes that make a property word its opposite: "asymmetric", "irregular", "inhomogeneous", "immobile",
# "unremarkable", "nonspecific". Only onto a property of five letters or more ("a" + "typical", not "a" + "cute").
_NEGATING_PREFIXES = ("non-", "non", "un", "ir", "il", "im", "in", "an", "a")


def opposite(word: str, prop: str) -> bool:
    """Whether ``word`` is ``prop`` with a negating prefix, or ``prop`` is ``word`` with one ("asymmetric" /
    "symmetric", "symmetric" / "asymmetric")."""
    short, long_ = (prop, word) if len(prop) < len(word) else (word, prop)
    return len(short) >= 5 and any(long_ == p + short for p in _NEGATING_PREFIXES)


def _said_opposite(toks: list[str], hi: int, prop: str) -> list[str]:
    """``toks`` with the property's opposite after the subject said as "not" + the property ("The lesion is
    (markedly) asymmetric" -> "The lesion is not symmetric", "The duct is non-dilated" -> "... not dilated": the
    hyphen splits "non" from its word); a degree before the opposite goes with it."""
    out = toks[:hi + 1]
    for t in toks[hi + 1:]:
        if t == prop and len(out) > hi + 1 and out[-1] in negation.NON:
            out[-1] = "not"
            out.append(t)
        elif opposite(t, prop):
            while out[hi + 1:] and out[-1] in _DEGREE:
                out.pop()
            out += ["not", prop]
        else:
            out.append(t)
    return out


# Words that may stand before the subject without making it another one: a size said in numbers or words ("The 6 mm
# nodule", "the small cyst"); an adverb in "-ly" between the copula and the property grades it ("densely calcified",
# "diffusely thickened") unless it hedges, limits or dates it.
# "Both" before a paired subject asked in the plural names the pair itself ("Both kidneys are enlarged." to "Are the
# kidneys enlarged?"): no other subject (a side would be one, and the question's term must name it).
_BEFORE_SUBJECT = frozenset({"mm", "cm", "x", "small", "large", "tiny", "big", "sizeable", "sizable", "both"})
NOT_GRADING = frozenset({"possibly", "probably", "presumably", "apparently", "questionably", "reportedly", "previously",
                          "formerly", "partially", "partly", "only", "early", "initially", "originally", "recently",
                          "subsequently", "nearly", "hardly", "barely", "scarcely", "mostly", "largely", "likely",
                          "unlikely", "potentially", "supposedly", "seemingly", "allegedly", "focally", "minimally",
                          # a place: the property holds in a part only ("narrowed medially but preserved laterally")
                          "medially", "laterally", "proximally", "distally", "anteriorly", "posteriorly", "superiorly",
                          "inferiorly", "centrally", "peripherally", "unilaterally", "segmentally", "regionally",
                          "locally", "apically", "basally", "dorsally", "ventrally", "internally", "externally"})
# What may follow the property said of the subject: a place or a pattern in it ("calcified in a central pattern").
_AFTER_PROPERTY = frozenset({"in", "at", "throughout", "along", "with"})
# ... but not after a state of the whole, which it would limit: "normal in size", "intact in its proximal part".
_PLACES = (_SIDES | _POSITION) - {"from"}
_WHOLE_STATES = frozenset({"normal", "unremarkable", "healthy", "clear", "intact", "preserved", "patent", "regular"})


def _graded(t: str) -> bool:
    return t in _DEGREE or (len(t) > 5 and t.endswith("ly") and t not in NOT_GRADING)


def _plain(toks: list[str], lo: int, hi: int) -> tuple[list[str], int, int]:
    """``toks`` without a size before the subject and grading adverbs after it (kept under a negation), and the
    subject's new span."""
    if any(t not in _ARTICLES and t not in _BEFORE_SUBJECT and not t.isdigit() for t in toks[:lo]):
        return toks, lo, hi
    head = [t for t in toks[:lo] if t in _ARTICLES]
    denied = any(t in _NEGATION or negation.contracted(t) for t in toks)  # "not densely calcified" may be faintly so
    kept = head + toks[lo:hi + 1] + [t for t in toks[hi + 1:] if denied or not _graded(t)]
    return kept, len(head), len(head) + hi - lo


# One side of a paired structure named before the subject the question asks without a side ("The left hip is
# dislocated." to "Is the hip dislocated?").
_ONE_SIDE = frozenset({"left", "right"})


def property_stance(toks: list[str], lo: int, hi: int, prop: str) -> Stance | None:
    """"The heart is (mildly) enlarged" / "The heart is not enlarged" for "Is the heart enlarged?"; the property
    before its subject too: "an enlarged heart" (yes), "a non-displaced fracture" / "an undisplaced fracture" (no);
    the property's opposite by its prefix: "The lesion is asymmetric." to "Is the lesion symmetric?" (no).

    The subject on one side, asked with none: an abnormal property on that side is a yes ("The left optic canal is
    widened." to "Is the optic canal widened?"); its denial, or a whole state ("The left kidney is normal." to "Is
    the kidney normal?"), leaves the other side open: no reading."""
    if lo >= 1 and toks[lo - 1] in _ONE_SIDE and not _ONE_SIDE.intersection(toks[lo:hi + 1]):
        said = _stance(toks[:lo - 1] + toks[lo:], lo - 1, hi - 1, prop)
        if said is Stance.YES and prop not in _WHOLE_STATES:
            return Stance.YES
        return None if said is None else Stance.UNCLEAR
    return _stance(toks, lo, hi, prop)


def _normal_against(said: list[str], prop: str) -> bool:
    """Whether ``said`` (what follows the subject's copula) is only a normal state of any organ (``states.tsv``:
    "normal", "unremarkable", "within normal limits"; a size one, "normal in size", only against a size word) and
    ``prop`` a word calling an organ abnormal ("swollen", "collapsed", "thickened"): a normal subject has none of the
    abnormal states, whatever the organ, so "The disc appears normal." answers "Is the optic disc swollen?" with no.
    A normal word kept for some organs ("midline", "sharp"), one aspect's ("intact") or a hedged abnormal word
    ("borderline enlarged") reads nothing."""
    text = " ".join(said)
    if not {"normal", "unremarkable"}.intersection(said):
        return False  # a state of one aspect ("intact", "clear", "patent") is read by the organ's own words
    normal = vocabulary().mentions(text)
    if len(normal) != 1 or normal[0].kind is not MentionKind.NORMAL or normal[0].organs \
            or (normal[0].start, normal[0].end) != (0, len(text)):
        return False
    asked = vocabulary().mentions(prop)
    return len(asked) == 1 and asked[0].kind is MentionKind.ABNORMAL and not asked[0].uncertain \
        and (asked[0].start, asked[0].end) == (0, len(prop)) and (asked[0].size or not normal[0].size)


# A concluding adverb opening the sentence before its subject ("So the spleen is not enlarged.", "Thus the wall is
# thin."): it draws the conclusion, it is no part of the subject (``commit.FINAL_WORDS``' adverbs of consequence).
_CONCLUDING = FINAL_WORDS & frozenset({"so", "thus", "hence", "therefore", "consequently", "overall", "ultimately"})


# A denial just before a finding ("no papilledema", "without evidence of edema"), not one of another verb ("the cup
# is not visible due to edema").
_DENIED = lazy_compile(r"\b(?:" + "|".join(negation.DENY + negation.NOR) + r")\s+(?:\w+\s+){0,2}$")


def abnormal_named(text: str, prop: str, clause: str = "") -> bool:
    """Whether ``text`` names the asked state ``prop`` or any word calling an organ abnormal (``states.tsv``), or
    outside the subject's ``clause`` a finding not denied (``concepts.tsv``): then a normal subject
    (:func:`_normal_against`) is no answer ("The disc is normal; the right disc is swollen.", "The disc appears normal,
    but the cup is hidden by edema.": the finding may be the asked state in other words). The clause's own finding is
    its subject ("An undisplaced fracture" to "Is the fracture displaced?")."""
    from medstep.extract import measured  # measured reads implicit, which reads this module: imported on use

    vocab = vocabulary()
    if any(matches(t, prop) for t in tokens(text)) or any(m.kind is MentionKind.ABNORMAL for m in vocab.mentions(text)):
        return True
    if any(m.group("u") for m in measured.ANY_VALUE.finditer(text)):
        return True  # "CBD 12 mm. It is normal.": a measured value's band answers, not a bare normal word beside it
    rest = normalize(text.replace(clause, " " * len(clause), 1) if clause else text)
    return any(m.kind is MentionKind.CONCEPT and vocab.concepts[m.concept].category == "finding"
               and _DENIED.search(rest, 0, m.start) is None  # "No papilledema." names no finding
               for m in vocab.mentions(rest))


def _stance(toks: list[str], lo: int, hi: int, prop: str) -> Stance | None:
    toks = _said_opposite(toks, hi, prop)
    if prop not in toks[:lo]:
        toks, lo, hi = _plain(toks, lo, hi)
    before = toks[max(0, lo - 3):lo]
    negated = any(t in _NEGATION or negation.contracted(t) for t in toks)
    if before[-1:] in ([prop], ["un" + prop], ["non" + prop]) or before[-2:] == ["non", prop] \
            or before[-1:] and opposite(before[-1], prop):
        if negated or prop in toks[hi + 1:]:
            return Stance.UNCLEAR
        if prop in _WHOLE_STATES and ONE_ASPECT.intersection(toks[hi + 1:hi + 3]):
            return Stance.UNCLEAR  # "Normal liver contour.", "normal renal cortical thickness": one aspect, not the organ
        return Stance.YES if before[-1:] == [prop] and before[-2:-1] != ["non"] else Stance.NO
    # a subject of three words at most, four with a side or place ("the left hip joint space", a place asked after
    # the property: ``implicit_terms._PLACE_AFTER``)
    lead = 1 if toks[:1] and toks[0] in _CONCLUDING and lo > 0 else 0  # "So the bone density doesn't look normal."
    if any(t not in _ARTICLES for t in toks[lead:lo]) or hi - lo > 3 or hi - lo == 3 and _PLACES.isdisjoint(toks[lo:hi + 1]):
        return None if prop not in toks else Stance.UNCLEAR
    rest = toks[hi + 1:]
    if rest and rest[0] not in _APPEAR and not negated or rest[:1] == ["not"]:
        # a report line leaves the copula out: "Gallbladder wall thickened", "Pleura not thickened" (the clause is
        # the subject and its property, nothing more)
        body = rest[1:] if rest[0] == "not" else rest
        if body == [prop] or (len(body) == 2 and body[0] in _DEGREE and body[1] == prop):
            return Stance.NO if rest[0] == "not" else Stance.YES
    if not rest or rest[0] not in _APPEAR and rest[0] not in {"isn't", "aren't", "doesn't", "does"}:
        return None if prop not in toks else Stance.UNCLEAR
    if rest[0] in {"isn't", "aren't"}:
        rest = ["is", "not", *rest[1:]]
    elif rest[0] in {"doesn't", "does"}:  # "does not appear enlarged"
        rest = ["is", "not", *rest[1:]] if rest[0] == "doesn't" else ["is", *rest[1:]]  # ("doesn't" keeps its verb)
        if rest[1:2] != ["not"] or rest[2:3] not in (["appear"], ["look"], ["seem"]):
            return Stance.UNCLEAR
        rest = ["is", "not", *rest[3:]]
    if rest[1:] == ["not", prop]:
        return Stance.NO
    if rest[1:] == [prop] or (len(rest) == 3 and rest[1] in _DEGREE and rest[2] == prop):
        return Stance.YES
    if rest[0] in _APPEAR and not negated and _normal_against(rest[1:], prop):
        return Stance.NO  # "The disc appears normal." to "Is the optic disc swollen?"
    body = rest[2:] if rest[1:2] and rest[1] in _DEGREE else rest[1:]
    if prop in SIZE_WORDS and rest[0] in ("is", "are") and body[:1] == [prop] and body[1:2] and body[1] in SIZE_TAIL \
            and not negated:
        return Stance.YES  # "The esophagus is massively dilated with a bird-beak taper." ("was dilated with a balloon")
    if rest[0] in ("is", "are") and body[:1] == [prop] and body[1:2] and body[1] in _AFTER_PROPERTY and not negated \
            and prop not in _WHOLE_STATES:
        return Stance.YES  # "The nodule is densely calcified in a central pattern."
    return Stance.UNCLEAR if prop in rest or any(t in _NEGATION for t in rest) else None


__all__ = ["NOT_GRADING", "abnormal_named", "property_stance"]
