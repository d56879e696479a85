"""The qualifier a finding is said with, of the families that set a denial apart (issue #8, lane denial48).

Why: faithful chains were contradicted for denying one kind of a finding while the report described another kind of
it: "No acute fracture." against the report's "old healed fractures of the left fifth and sixth ribs", "so this is not
venous thrombosis" against a filling defect in the superior mesenteric artery, "nothing to suggest a posterior
dislocation" against an anterior dislocation, "not sigmoid volvulus" against a caecal volvulus, "no hypertensive
basal ganglia haemorrhage" against a subarachnoid haemorrhage. The verifier read each denial as a denial of the whole
finding. The families of alternatives that exclude one another live in ``answers.qualifiers.DENIAL_APART``; this
module reads which of their words a finding is said with (``said_qualifiers``) and whether a denial and a present
finding name different alternatives of one family (``qualifiers_apart``, read by ``evidence_relation.relation``).

Precision first, so the readings are narrow and lean towards the old behaviour:

* a denial's qualifiers are the words of its own denied phrase only: the matched words and up to three words right
  before them in the clause, stopping at a list's joint ("or", "and", a comma) or a denial word, so "no fracture or
  acute bleed" qualifies no fracture, and "no acute fracture or dislocation" qualifies no dislocation;
* a present finding's are its own words, up to four before it in its clause and the words after it to its clause's
  end (a denial word ending them: "a fracture, not acute" is not an acute one);
* a finding's concept name and the place read with it count too ("SAH" is subarachnoid), and so do a normal
  statement's words for the absences it implies ("the colon is not dilated" denies no small-bowel obstruction, "no
  acute osseous abnormality" no old healed fracture; ``implied.expansion_findings``);
* the two are apart only when the present finding names another alternative of a family and NOT the denied one
  (a report naming both, "acute on chronic", still answers "no acute ..."), so a denial of no qualifier, and a
  finding of none, stay exactly as before: "no acute fracture" against "a displaced fracture of the radius" is still
  contradicted.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.qualifiers import DENIAL_APART
from medstep.verify.findings import Finding

_WORDS = frozenset(w for family in DENIAL_APART for group in family for w in group)
_BEFORE = 48  # characters before a finding searched for its qualifiers
_AFTER = 60  # characters after a present finding searched (to its clause's end)
_DENIED_BEFORE = 3  # words right before a denied finding that are still its phrase ("no hypertensive basal ganglia")
_PRESENT_BEFORE = 4  # ... before a present one ("old healed left rib fractures")
_CLAUSE = ".;:!?\n"  # a clause ends at these (a comma ends a denied phrase only: "no fracture, acute or old")
# the words that open a denial or a contrast (the negation lists' own: a word before them is not the denied phrase's)
_DENIAL = frozenset((*negation.DENY, *negation.NOR, *negation.NEVER, *negation.ABSENT, *negation.NEGATIVE,
                     *(w for w in negation.DENYING + negation.EXCLUDES + negation.AGAINST if " " not in w),
                     *(w for p in negation.INSTEAD for w in p.split() if w not in ("of", "to", "as"))))
_JOINT = frozenset(("or", "and", "but", "with", "versus", "vs"))  # a list's joints: the words before are another item's
_TRANS = str.maketrans({c: " " for c in "()[],/'\""})


def _words(text: str) -> list[str]:
    """The words of ``text``, a "non" or "long" prefix and the bowel's "small" or "large" written as one word with the
    next ("non occlusive" -> "nonocclusive", "small bowel" -> "smallbowel": ``scan.lower_text`` has made hyphens
    spaces)."""
    out: list[str] = []
    for w in text.translate(_TRANS).split():
        if out and out[-1] in _JOINED and (out[-1] + w) in _WORDS | {"longstanding"}:
            out[-1] += w  # ("non occlusive", "long standing", "small bowel": one word)
        elif not (w == "old" and out and out[-1] in _AGE_UNITS):  # ("a 70-year-old": an age, not an old finding)
            out.append(w)
    return out


_JOINED = frozenset(("non", "long", "small", "large"))
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "yr", "yrs"))


def said_qualifiers(low: str, start: int, end: int, denied: bool) -> frozenset[str]:
    """The ``DENIAL_APART`` words a finding at ``low[start:end]`` (lower-cased text) is said with (module docstring)."""
    head = low[max(0, start - _BEFORE):start]
    cut = max(head.rfind(c) for c in (_CLAUSE + "," if denied else _CLAUSE))
    before = _words(head[cut + 1:])
    kept: list[str] = []
    for w in reversed(before[-(_DENIED_BEFORE if denied else _PRESENT_BEFORE):]):
        if w in _DENIAL or denied and w in _JOINT:
            break
        kept.append(w)
    words = [*kept, *_words(low[start:end])]
    if not denied:
        ahead = low[end:end + _AFTER]
        stop = min((i for i in (ahead.find(c) for c in _CLAUSE) if i >= 0), default=len(ahead))
        for w in _words(ahead[:stop]):
            if w in _DENIAL:
                break
            words.append(w)
    if _WORDS.isdisjoint(words):
        return frozenset()
    return frozenset(w for w in words if w in _WORDS)


def named_qualifiers(name: str, place: str | None) -> frozenset[str]:
    """The ``DENIAL_APART`` words of a finding's concept name (or of the normal statement that implies its absence)
    and of the place it is read at: "SAH" is a subarachnoid haemorrhage, "a volvulus of the caecum" a caecal one,
    whatever words the text used; "the colon is not dilated" implies no obstruction of the colon (not of the small
    bowel), "no acute osseous abnormality" no acute fracture (not an old healed one)."""
    words = _words(name.lower().replace("-", " ")) + (_words(place.lower().replace("-", " ")) if place else [])
    return frozenset(w for w in words if w in _WORDS)


def qualifiers_apart(absent: Finding, present: Finding) -> bool:
    """Whether a denial said with one alternative of a ``DENIAL_APART`` family leaves standing a finding said with
    another alternative of that family and not the denied one ("no acute fracture" against "old healed fractures")."""
    if not absent.qualified or not present.qualified:
        return False
    for family in DENIAL_APART:
        denied = [g for g in family if g & absent.qualified]
        if denied and not any(g & present.qualified for g in denied) \
                and any(g & present.qualified for g in family):
            return True
    return False

