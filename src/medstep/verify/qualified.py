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

from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.answers import negation
from medstep.answers.text import ORDINAL_WORDS
from medstep.answers.qualifiers import DENIAL_APART
from medstep.verify.findings import Finding
from medstep.verify.substring_gate import SubstringGate

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


def _words(text: str) -> list[str]:
    """The words of ``text``, a "non" or "long" prefix and the bowel's "small" or "large" written as one word with the
    next ("non occlusive" -> "nonocclusive", "small bowel" -> "smallbowel": ``scan.lower_text`` has made hyphens
    spaces), as are "pre", "post", "intra", "extra" and "sub" before a word they make a qualifier of ("post septal").
    A comma is kept as a word of its own (``","``). A qualifier of a study, a film, a phase or a history ("the old
    films", "the portal venous phase", "a remote history") is no finding's and is left out."""
    out: list[str] = []
    for w in text.replace(",", " , ").translate(_TRANS).split():
        if out and out[-1] in _JOINED and (out[-1] + w) in _WORDS | {"longstanding"}:
            out[-1] += w  # ("non occlusive", "long standing", "small bowel", "post septal": one word)
        elif not (w == "old" and out and out[-1] in _AGE_UNITS):  # ("a 70-year-old": an age, not an old finding)
            out.append(w)
    return [w for i, w in enumerate(out) if w not in _WORDS or _NOT_FINDING.isdisjoint(out[i + 1:i + 3])]


_TRANS = str.maketrans({c: " " for c in "()[]/'\""})
_JOINED = frozenset(("non", "long", "small", "large", "pre", "post", "intra", "extra", "sub"))
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "yr", "yrs"))
# nouns a qualifier word may qualify that are no finding: the study, its phase, the history
_NOT_FINDING = frozenset(("film", "films", "study", "studies", "examination", "examinations", "exam", "imaging",
                          "image", "images", "scan", "scans", "radiograph", "radiographs", "phase", "phases",
                          "history", "comparison", "report", "reports"))
# the words that coordinate alternatives said of one finding ("no acute or chronic fracture", "neither acute nor
# chronic", "no acute, subacute or chronic infarct"): a qualifier before one is the same finding's
_COORD = frozenset(("or", "and", "nor", ","))
# the words after a present finding that open another phrase or another finding ("with", "and", "since the old study",
# "unlike the uncomplicated episode"): a qualifier after them may only keep the denied alternative said (``~``)
_OPENS = frozenset(("with", "and", "but", "or", "plus", "while", "whereas", "unlike", "alongside", "beside", "besides",
                    "since", "compared", "on", "after", "following", "including", "vs", "versus"))
_LISTED = lazy_compile(r"\d|(?:" + "|".join(ORDINAL_WORDS) + r"|left|right|both)$")  # the next item of a list of one finding's places
_BLOCK = "~"  # a word said in the finding's clause but not of its own phrase: it keeps a denial's reach, never ends it


def _denied_before(head: str, said: list[str]) -> list[str]:
    """The words before a denied finding that are its own phrase: up to three, stopping at a denial word or a list's
    joint, but read on over alternatives coordinated before it ("no acute or chronic fracture": both; "no arterial or
    venous thrombosis", where the finding's own words open with the second)."""
    before = _words(head)
    kept: list[str] = []
    coordinated = False
    i = len(before) - 1
    while i >= 0:
        w = before[i]
        if w in _COORD and (kept or said[:1] and said[0] in _WORDS):
            prev = before[i - 1] if i > 0 else ""
            if prev in ("small", "large") and any(k.endswith("bowel") for k in (*kept, *said[:1])):
                before[i - 1] = prev = prev + "bowel"  # ("no small or large bowel obstruction")
            if prev in _WORDS and prev not in _DENIAL:
                coordinated = True
                i -= 1
                continue
            break
        if w in _DENIAL or w in _JOINT or w == ",":
            break
        if coordinated and w not in _WORDS or not coordinated and len(kept) >= _DENIED_BEFORE:
            break
        kept.append(w)
        i -= 1
    return kept


def said_qualifiers(low: str, start: int, end: int, denied: bool) -> frozenset[str]:
    """The ``DENIAL_APART`` words a finding at ``low[start:end]`` (lower-cased text) is said with (module docstring).
    A present finding's words said outside its own phrase (before a joint, after a word that opens another phrase)
    come marked ``~``: they keep a denial of their alternative standing but set no denial apart.
    A window holding no piece of a qualifier word anywhere (``_GATE``) says none: the empty set, without reading it."""
    if not _GATE.may_hold(low[max(0, start - _BEFORE):end + _AFTER]):
        return frozenset()
    head = low[max(0, start - _BEFORE):start]
    cut = max(map(head.rfind, _CLAUSE))
    if denied:
        said = _words(low[start:end])
        return frozenset(w for w in [*_denied_before(head[cut + 1:], said), *said] if w in _WORDS)
    before = [w for w in _words(head[cut + 1:]) if w != ","]
    words: list[str] = []
    own = True
    for w in reversed(before[-_PRESENT_BEFORE:]):
        if w in _DENIAL:
            break
        if w in _JOINT:
            own = False
        words.append(w if own else _BLOCK + w)
    words += _words(low[start:end])
    ahead = low[end:end + _AFTER]
    stop = min((i for i in map(ahead.find, _CLAUSE) if i >= 0), default=len(ahead))
    own = True
    after = _words(ahead[:stop])
    for i, w in enumerate(after):
        if w in _DENIAL:
            break
        if w in _OPENS and not (w in ("and", "or") and after[i + 1:i + 2] and _LISTED.match(after[i + 1])):
            own = False  # ("... and an old healed fracture of the ulna"; not "the fifth and sixth ribs")
        words.append(w if own else _BLOCK + w)
    return frozenset(w for w in words if w.lstrip(_BLOCK) in _WORDS)


def _gate_words() -> set[str]:
    """What a qualifier word is read from: a word of ``_WORDS`` (a token of the window), the token a joined word
    ends with ("occlusive" of "non occlusive", "standing" of "long standing": ``_words``) and the "small" or
    "large" a denial joins with "bowel" (``_denied_before``). Every kept word holds one of them as a substring of
    the window read, so a window holding none of them has no qualifier (``said_qualifiers``)."""
    out = set(_WORDS) | {"small", "large"}
    for word in (*_WORDS, "longstanding"):
        out.update(word[len(p):] for p in _JOINED if word.startswith(p) and len(word) > len(p))
    return out


_GATE = SubstringGate(_gate_words)


@lru_cache(maxsize=4096)
def named_qualifiers(name: str, place: str | None) -> frozenset[str]:
    """The ``DENIAL_APART`` words of a finding's concept name (or of the normal statement that implies its absence)
    and of the place it is read at: "SAH" is a subarachnoid haemorrhage, "a volvulus of the caecum" a caecal one,
    whatever words the text used; "the colon is not dilated" implies no obstruction of the colon (not of the small
    bowel), "no acute osseous abnormality" no acute fracture (not an old healed one). Memoised: a report's mentions
    ask it again and again of the vocabulary's few names and places (two ``_words`` readings per mention were most
    of a 30,000-character Chinese report's reading of its qualifiers: issue #12); the set is never changed."""
    words = _words(name.lower().replace("-", " ")) + (_words(place.lower().replace("-", " ")) if place else [])
    return frozenset(w for w in words if w in _WORDS)


def place_qualifiers(place: str | None, said: frozenset[str]) -> frozenset[str]:
    """The ``DENIAL_APART`` words of the place read with a present finding: of its own phrase where ``said`` has them
    there, else marked ``~`` (a place read from another phrase of the clause, "with the caecum lying in the left upper
    abdomen", sets no denial apart)."""
    return frozenset(w if w in said else _BLOCK + w for w in named_qualifiers("", place))


def qualifiers_apart(absent: Finding, present: Finding) -> bool:
    """Whether a denial said with one alternative of a ``DENIAL_APART`` family leaves standing a finding said with
    another alternative of that family and not the denied one ("no acute fracture" against "old healed fractures").
    The other alternative must be of the present finding's own phrase; the denied one said anywhere in its clause
    ("fracture of the radius with an acute refracture") keeps the denial's reach."""
    if not absent.qualified or not present.qualified:
        return False
    denied_words = frozenset(w.lstrip(_BLOCK) for w in absent.qualified)
    own = frozenset(w for w in present.qualified if not w.startswith(_BLOCK))
    said = frozenset(w.lstrip(_BLOCK) for w in present.qualified)
    for family in DENIAL_APART:
        denied = [g for g in family if g & denied_words]
        if denied and not any(g & said for g in denied) and any(g & own for g in family):
            return True
    return False
