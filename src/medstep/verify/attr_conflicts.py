"""Whether two statements of one finding disagree on an attribute: side, grade, change, place or size.

The finding judge (``verify/verdicts.py``) contradicts a claim whose attribute conflicts with the evidence's
(``laterality-conflict``, ``severity-conflict``, ``change-conflict``, ``location-conflict``, ``size-conflict``:
:func:`attr_conflict`); the chain-level checks (``verify/aligned.py``, ``verify/changes.py``, ``verify/clinical.py``,
``verify/sides.py``, ``verify/measured_organs.py``) compare attributes with the same predicates, so each attribute
has one rule of disagreement.
"""

from __future__ import annotations

from medstep.answers.concepts import CHANGE_AXIS, GRADES_FAR
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding
from medstep.verify.lexicon import LOBE_JOIN, SEVERITY_RANK, Concept, Placed, locations_conflict, lung_place, place_axis
from medstep.verify.scope_words import DENIED_PREFIX

# two measurements of one finding disagree when one is at least twice the other ("1-2 mm nodules" against
# "nodules of 1-2 cm", "a 4 cm mass" against "a 1.5 cm nodule"); closer readings are measurement noise
SIZE_FACTOR = 2.0
# ... of a lesion (a nodule, mass, node, aneurysm, stone), whose size stages it or decides its treatment, when one is
# half as large again as the other and they differ by a few millimetres: a 4.5 cm nodule is another T-stage than a
# 2.8 cm one (fresh13), a 9 mm stone passes less often than a 4 mm one; 9 against 10 mm, or 2 against 3 mm, is noise
LESION_SIZE_FACTOR = 1.5
LESION_SIZE_MM = 3.0
# ... of one thing (a concept's finding, or two measurements whose heads share a word), lesion or not, when the larger is
# more than a quarter larger and they differ by a centimetre or more: a caecum of 14 cm against 11 cm, a mediastinum of
# 6.1 cm against 7.8 cm, a liver lesion of 8.9 cm against 6.2 cm, a 4.3 cm plaque against 2.3 cm (the factors above let
# each pass for the other: retired blind 39, 40). A writer's rounding ("about 2 cm" of 1.8 cm, "about 5 cm" of 4 cm) and
# millimetre sizes stay within it; two things a sentence may measure (``one_thing`` False) keep the factor of two.
MAGNITUDE_FACTOR = 1.25
MAGNITUDE_MM = 10.0
# the families whose sizes are lesions' (a concept, or one with one of them among its ancestors)
LESIONS = frozenset({"lesion", "lymphadenopathy", "aneurysm", "cholelithiasis", "urinary_stone", "thyroid_nodule",
                     "hematoma"})


def lat_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a == "bilateral" or b == "bilateral"


def severities_conflict(a: str, b: str) -> bool:
    """Whether two grades of one finding disagree: a whole grade apart or more (see the module docstring)."""
    return abs(SEVERITY_RANK[a] - SEVERITY_RANK[b]) >= 1


def denied_grade_spares(denied: str, present: str) -> bool:
    """Whether denying a finding of grade ``denied`` leaves one of grade ``present`` standing, a whole grade apart:
    a *lower* grade stands ("no large effusion" against a small one, "no significant stenosis" against a mild one),
    a grade at or above the denied one does not ("no haemodynamically significant stenosis" against a severe one is
    the error it reads). The lowest grade denied is a statement of kind ("rules out a partial tear", "not a small
    pneumothorax"), so a higher grade stands (retired blind 35: a complete tear)."""
    d, p = SEVERITY_RANK[denied], SEVERITY_RANK[present]
    return severities_conflict(denied, present) and (p < d or d == _LOWEST)


_LOWEST = min(SEVERITY_RANK.values())
NORMAL = "normal"  # the grade of a thing a sentence calls normal ("preserved", "intact", "of normal calibre")


# the words grading a state against a thing called normal: a degree, not a size ("large", "small": "the large vein";
# ``aligned._conflicts``)
STATE_GRADE = lazy_compile(r"(?:moderate|severe|marked|significant|extensive|gross|profound|considerable)(?:ly)?")


def grades_conflict(a: str, b: str) -> bool:
    """Two grades of one thing disagree (``severities_conflict``); a thing called normal against a moderate or severe
    grade of it ("Lung volumes are severely reduced." against "Lung volumes are preserved."; a mild one may be a writer's
    "borderline")."""
    if a == NORMAL or b == NORMAL:
        return SEVERITY_RANK.get(b if a == NORMAL else a, 0.0) >= SEVERITY_RANK["moderate"]
    return severities_conflict(a, b)


def changes_conflict(a: str, b: str) -> bool:
    """Whether two changes since an earlier study disagree: on opposite sides of the change axis
    (``answers.concepts.CHANGE_AXIS``): unchanged against any change, better against worse or new. "New" and "worse"
    both say the finding grew since then (writers use either for a finding that was small or absent before), so they
    agree. A denied change ("not improved", ``scope_words.denied_change``) disagrees only with the change it denies (a
    growth also with "new")."""
    if a == b:
        return False
    for x, y in ((a, b), (b, a)):
        if x.startswith(DENIED_PREFIX):  # "not improved" against "improved"; "not worsened" against worse or new
            denied = x[len(DENIED_PREFIX):]
            return y == denied or denied == "worsened" and y == "new"
    return a not in CHANGE_AXIS or b not in CHANGE_AXIS or CHANGE_AXIS[a] != CHANGE_AXIS[b]


def change_degrees_conflict(a: str | None, a_grade: str | None, b: str | None, b_grade: str | None) -> bool:
    """Whether two changes of one direction disagree in degree: both state it ("slightly larger", "markedly
    increased": ``Finding.change_grade``) and the degrees are more than a grade apart (``answers.concepts.GRADES_FAR``:
    "slightly" against "markedly" or "considerably"). A change with no degree word, or degrees a grade apart
    ("slightly" against "moderately"), a reader lets pass; "new" states no degree of growth."""
    if a != b or a not in ("worsened", "improved") or not (a_grade and b_grade):
        return False
    return abs(SEVERITY_RANK[a_grade] - SEVERITY_RANK[b_grade]) >= GRADES_FAR


def axis_places_conflict(c: Placed, e: Placed, second_only: bool = False) -> bool:
    """Whether a place of ``c`` conflicts with a place of ``e`` on the same axis outside the lung (a bone's third, a
    kidney's pole, a breast's quadrant: ``lexicon.place_axis``), of their first and second places
    (``Finding.location2``); ``second_only``: a pair of first places does not count (``attr_conflict`` judged it)."""
    for x in (c.location, c.location2):
        for y in (e.location, e.location2):
            if x and y and not (second_only and x is c.location and y is e.location) and place_axis(x) is not None \
                    and place_axis(x) == place_axis(y) and locations_conflict(x, y):
                return True
    return False


_LINGULA_IN_UPPER = {"lingula", "upper lobe"}


def lung_places_apart(absent: Placed, present: Placed) -> bool:
    """Whether a denial's place in the lung and a finding's place name two parts of it (two lobes, zones at different
    levels): "no consolidation in the right upper lobe" says nothing of a right lower lobe consolidation (session 44,
    issue #8: a faithful chain that cleared the other lobes was contradicted as if it denied the finding). Only places
    both known as the lung's (``lexicon.lung_place``); a bare denial ("no consolidation") or one in the finding's own
    lobe still contradicts it."""
    x, y = absent.location, present.location
    if x is None or y is None or not lung_place(x) or not lung_place(y):
        return False
    if any({a, b} == _LINGULA_IN_UPPER for a in x.split(LOBE_JOIN) for b in y.split(LOBE_JOIN)):
        return False  # the lingula is part of the left upper lobe: a denial of one reaches into the other (review)
    return locations_conflict(x, y)


def places_apart(absent: Placed, present: Placed) -> bool:
    """Whether a denial and a finding stated present name two places, so that the denial leaves the finding standing
    (lane denyscope49, issue #8: "no stenosis at C3-4" against severe stenosis at C5-6, "no lesion in the corpus
    callosum" against one in the pons): two parts of the lung (``lung_places_apart``), two places of one axis of an
    organ (``axis_places_conflict``), or two vertebral levels two or more apart (``locations_conflict``'s tolerance of
    one level: a disc level is kept as its upper vertebra, so the next level may be the same disc's, "the C6 nerve root"
    at C5-6). Whichever of the two names no place, or a place of another axis, the denial still reaches the finding."""
    if lung_places_apart(absent, present) or axis_places_conflict(absent, present):
        return True
    # (two levels at least two apart: a disc level is kept as its upper vertebra, "C5-6" as c5, so a level next to it
    # may be the same disc's lower vertebra, "the C6 nerve root" at C5-6; review denyscope49)
    return any(x is not None and y is not None and place_axis(x) == _SPINE == place_axis(y) and locations_conflict(x, y)
               for x in (absent.location, absent.location2) for y in (present.location, present.location2))


_SPINE = "spine"


def is_lesion(c: Concept) -> bool:
    return c.id in LESIONS or not LESIONS.isdisjoint(c.ancestors)


def sizes_conflict(a: float, b: float, lesion: bool, a_min: float | None = None, b_min: float | None = None,
                   one_thing: bool = True) -> bool:
    """Whether two measurements (mm) of one finding disagree: by ``SIZE_FACTOR``, or for a lesion by
    ``LESION_SIZE_FACTOR`` and at least ``LESION_SIZE_MM``. A measurement of several dimensions spans its smallest
    (``a_min``, ``b_min``) to its largest: against a single value (a writer gives "about 3 cm" of a "3.4 x 2.9 cm"
    lesion, or its short axis) the closest values of the two spans are compared. Two measurements of several
    dimensions each are compared axis by axis: they disagree when the largest dimensions disagree and the smallest
    do too ("1.3 x 0.8 cm" against "2.3 x 1.8 cm", whose spans overlap; verr20). Either rule disagrees whenever the
    closest values of the spans do, so a pair of spans that disagreed before still does. Measurements of one thing
    (``one_thing``) also disagree by ``MAGNITUDE_FACTOR`` and ``MAGNITUDE_MM``."""
    if a_min is not None and b_min is not None and a_min < a and b_min < b:
        return _values_conflict(a, b, lesion, one_thing) and _values_conflict(a_min, b_min, lesion, one_thing)
    return _spans_conflict(a, b, lesion, a_min, b_min, one_thing)


def _values_conflict(a: float, b: float, lesion: bool, one_thing: bool = True) -> bool:
    hi, lo = max(a, b), min(a, b)
    if one_thing and hi > MAGNITUDE_FACTOR * lo and hi - lo >= MAGNITUDE_MM:
        return True
    if lesion:
        return hi >= LESION_SIZE_FACTOR * lo and hi - lo >= LESION_SIZE_MM
    return hi >= SIZE_FACTOR * lo


def _spans_conflict(a: float, b: float, lesion: bool, a_min: float | None, b_min: float | None,
                    one_thing: bool = True) -> bool:
    a_lo, b_lo = a_min or a, b_min or b
    if a_lo <= b and b_lo <= a:
        return False  # the spans overlap: "4 cm" of a "6 x 4 cm" lesion
    return _values_conflict(a_lo, b, lesion, one_thing) if a_lo > b else _values_conflict(b_lo, a, lesion, one_thing)


def one_finding(c: Finding, e: Finding) -> bool:
    """Whether two findings' sizes measure one thing for the magnitude rule (``MAGNITUDE_FACTOR``): neither is named in
    the plural. A plural's size is the largest of several ("multiple hepatic cysts, the largest 5.0 cm", "enlarged
    nodes up to 3.5 cm"), and another of them may be a quarter smaller ("a 3.8 cm hepatic cyst")."""
    return not (_plural(c.text) or _plural(e.text))


def _plural(text: str) -> bool:
    """Whether a finding's last word is a plural noun ("cysts", "nodes", "kidneys"), not a singular ending in -s
    ("mass", "thrombus", "metastasis", "pancreas")."""
    words = text.lower().split()
    w = words[-1].strip(".,;:()") if words else ""
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "pancreas"))


def attr_conflict(c: Finding, e: Finding, cc: Concept | None = None) -> str | None:
    if not lat_compatible(c.laterality, e.laterality):
        return "laterality-conflict"
    if c.severity and e.severity and severities_conflict(c.severity, e.severity):
        return "severity-conflict"
    if c.change and e.change and (changes_conflict(c.change, e.change) or change_degrees_conflict(
            c.change, c.change_grade, e.change, e.change_grade)):
        return "change-conflict"
    if c.location and e.location and locations_conflict(c.location, e.location):
        return "location-conflict"
    if (c.location2 or e.location2) and axis_places_conflict(c, e, True):
        return "location-conflict"
    if c.size and e.size and sizes_conflict(c.size, e.size, cc is not None and is_lesion(cc), c.size_min, e.size_min,
                                            one_thing=one_finding(c, e)):
        return "size-conflict"
    return None
