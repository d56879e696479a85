"""Tubes, lines, drains and pacing leads as a text names them: each device's family and lexicon concept, the words
for it, and which device a sentence speaks of when it only refers to one ("Its tip ...", "The tube ...").

Shared by the device checks: where a device lies (``positions.py``) and whether it moved since an earlier study
(``device_changes.py``), so both read "the tube" in the sentence after "The nasogastric tube ..." as that tube.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.verify.memo import true_in_pieces
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole

# ---- devices: family, lexicon concept, words (lower case, hyphens read as spaces) ----
DEVICE_WORDS = (
    ("airway", "endotracheal_tube", r"endotracheal(?: tube)?|et tube|ett|breathing tube|tracheal tube"),
    ("enteric", "enteric_tube", r"nasogastric(?: tube)?|orogastric(?: tube)?|ng tube|ngt|og tube|feeding tube|"
                                r"enteric tube|dobhoff(?: tube)?|nasojejunal(?: tube)?|nasoenteric tube|nasoduodenal tube|fine bore tube|"
                                r"ogt|gastric tube|ryle'?s tube|enteral (?:feeding )?tube"),
    ("venous", "central_venous_catheter",
     r"central (?:venous )?(?:line|catheter)|central venous access|cvc|cvl|picc(?: line)?|peripherally inserted "
     r"central (?:venous )?catheter|(?:internal jugular|jugular|ij|subclavian|dialysis|haemodialysis|hemodialysis|"
     r"hickman|venous|femoral) (?:line|catheter)|port a cath|portacath|swan ganz(?: catheter)?|"
     r"(?:chest wall|implanted|venous|infusion|subcutaneous|power) port(?: catheter)?|port catheter|mediport"),
    ("lead", "pacemaker", r"(?:atrial|ventricular|pacing|pacemaker|pacer|defibrillator|icd|ra|rv) leads?|"
                          r"pacing wires?|(?:pacemaker |pulse )?generator"),
    ("drain", "chest_tube", r"chest drain|chest tube|intercostal drain|pleural drain|pigtail(?: catheter| drain)?|"
                            r"thoracostomy tube|(?:right|left)(?: sided)? drain"),
    # a cerebrospinal fluid shunt or ventricular drain: its tip belongs in a ventricle, not the brain around it (no
    # bare "shunt": a "left-to-right shunt" is blood flow, not a device)
    ("shunt", "catheter", r"(?:ventriculo ?(?:peritoneal|atrial|pleural)|lumbo ?peritoneal|vp|va|csf|"
                          r"cerebrospinal fluid) shunt(?: catheter| tubing)?|shunt catheter|ventricular (?:shunt )?"
                          r"catheter|(?:external )?ventricular drain|evd|ventriculostomy(?: catheter| drain)?"),
    # a bladder catheter: its balloon belongs in the bladder, not the urethra it passes through (verr25)
    ("urinary", "catheter", r"(?:indwelling )?(?:urinary|urethral|bladder|foley) catheter|foley|suprapubic catheter"),
    # a neonate's umbilical catheters (issue #8, lane change50): the venous one belongs at the junction of the inferior
    # vena cava and the right atrium (not in the portal system), the arterial one in the aorta at a vertebral level
    # (high or low); two families, so that one's tip is never the evidence for the other's
    ("uvc", "catheter", r"umbilical (?:venous|vein) (?:catheter|line)|uvc|uv (?:catheter|line)"),
    ("uac", "catheter", r"umbilical (?:arterial|artery) (?:catheter|line)|uac|ua (?:catheter|line)"),
)
# a device referred to without its name, by the sentence after the one that named it
REFERS = lazy_compile(r"\b(?:it|its|the tip|the (?:line|catheter|tube|lead|leads|wire|drain))\b")
# a device the vocabulary does not name ("the NG's tip", "the Ryle's tube"): a sentence naming one refers to it
OTHER_DEVICE = lazy_compile(r"\b(?:tubes?|lines?|catheters?|drains?|leads?|wires?|ng|og|ogt|ryle'?s|cannulae?|sheath|"
                           r"stents?|ports?|shunts?)\b")
BARE = {"line": ("venous", "uvc", "uac"), "catheter": ("venous", "shunt", "urinary", "uvc", "uac"), "tube": ("airway", "enteric", "drain"),
         "lead": ("lead",), "leads": ("lead",), "wire": ("lead",), "drain": ("drain", "shunt"), "shunt": ("shunt",)}
BARE_WORD = lazy_compile(r"\b(?:the|this|that|its) (line|catheter|tube|leads?|wire|drain|shunt)\b")
DEVICE_RE = lazy_compile("|".join(rf"(?P<d{k}>\b(?:{words})\b)" for k, (_f, _c, words) in enumerate(DEVICE_WORDS)))
FAMILIES = tuple(fam for fam, _c, _w in DEVICE_WORDS)
CONCEPT = {fam: cid for fam, cid, _w in DEVICE_WORDS}


_WORD_RUN = lazy_compile(r"\w+")
_SPECIAL = frozenset("\\[]{}*+.^$")


def _spellings(fragment: str) -> list[str]:
    """Every text a words fragment of ``DEVICE_WORDS`` matches (a finite set: literal characters, ``(?:...)`` groups,
    ``|`` and ``?`` only; ValueError for anything else)."""

    def alternatives(i: int) -> tuple[list[str], int]:
        out, i = sequence(i)
        while i < len(fragment) and fragment[i] == "|":
            more, i = sequence(i + 1)
            out += more
        return out, i

    def sequence(i: int) -> tuple[list[str], int]:
        texts = [""]
        while i < len(fragment) and fragment[i] not in "|)":
            if fragment.startswith("(?:", i):
                item, i = alternatives(i + 3)
                if i >= len(fragment) or fragment[i] != ")":
                    raise ValueError(fragment)
                i += 1
            elif fragment[i] in _SPECIAL or fragment[i] in "(?":
                raise ValueError(fragment)
            else:
                item, i = [fragment[i]], i + 1
            if i < len(fragment) and fragment[i] == "?":
                item, i = [*item, ""], i + 1
            texts = [t + x for t in texts for x in item]
        return texts, i

    texts, end = alternatives(0)
    if end != len(fragment):
        raise ValueError(fragment)
    return texts


@lru_cache(maxsize=1)
def _name_words() -> dict[str, tuple[frozenset[str], ...]] | None:
    """The words (runs of ``\\w``) of every device name ``DEVICE_RE`` finds, by the name's first word; None where the
    names cannot be listed."""
    names: dict[str, set[frozenset[str]]] = {}
    try:
        for _f, _c, fragment in DEVICE_WORDS:
            for text in _spellings(fragment):
                words = _WORD_RUN.findall(text)
                if not words or not text.startswith(words[0]):  # (a name opening with no word character)
                    return None
                names.setdefault(words[0], set()).add(frozenset(words))
    except ValueError:
        return None
    return {first: tuple(sets) for first, sets in names.items()}


def names_device_pieced(low: str) -> bool:
    """``names_device(low)``, asked of the pieces of ``low`` between marks, each answer memoised
    (``memo.true_in_pieces``). Why: the evidence's device positions test each new report whole
    (``positions.read_positions``: ~2% of the verifier's time on ``bench_score_scale.py`` samples, a search over ~70
    names per character where a report names a tube), though a new report is sentences seen before. Exact: no listed
    device name holds a mark (``_marks_free``; names that cannot be listed are searched in the whole text), so each
    match lies in one piece, and a mark is no word character, so ``\\b`` at a piece's edge is one in the text."""
    return true_in_pieces(names_device, low) if _marks_free() else names_device(low)


@lru_cache(maxsize=1)
def _marks_free() -> bool:
    """Whether every device name ``DEVICE_RE`` finds can be listed and holds none of ``memo.true_in_pieces``' marks."""
    names = _name_words()
    return names is not None and not any(set(text) & set(".;:!?,()") for _f, _c, fragment in DEVICE_WORDS
                                         for text in _spellings(fragment))


def names_device(low: str) -> bool:
    """Whether ``DEVICE_RE`` finds a device in ``low`` (``normalise``d). Its search is slow (~70 names tried at each
    character), so the words of the names are looked up first: a name found stands between word bounds (``\\b``),
    and the characters between its words are no word characters, so each of its words is a whole run of word
    characters of ``low``. A text holding every word of no name holds no device name."""
    names = _name_words()
    if names is None:
        return DEVICE_RE.search(low) is not None
    runs = _WORD_RUN.findall(low)
    words: set[str] | None = None  # (built once a run opens a name: most texts have none)
    for w in runs:
        sets = names.get(w)
        if sets is not None:
            if words is None:
                words = set(runs)
            if any(ws <= words for ws in sets):
                return DEVICE_RE.search(low) is not None
    return False


def normalise(text: str) -> str:
    """Lower case with hyphens and slashes read as spaces (same length: spans index the original)."""
    return text.lower().replace("-", " ").replace("/", " ")


@lru_cache(maxsize=16384)  # (a pure reading of a sentence; reports and chains repeat sentences)
def devices_in(sent: str, last: str | None) -> list[tuple[int, int, str]] | None:
    """The devices a sentence (``normalise``d) names, as (start, end, family) in text order; [(-1, -1, ``last``)]
    when it names none but refers to the one the sentence before named ("Its tip ...", "the tube" of that family);
    None when it neither names nor refers to one. Memoised: callers never change the list."""
    if names_device(sent):
        return [(m.start(), m.end(), FAMILIES[int(str(m.lastgroup)[1:])]) for m in DEVICE_RE.finditer(sent)]
    bare = BARE_WORD.search(sent)
    if last is not None and (bare is not None and last in BARE[bare.group(1)] or bare is None and REFERS.search(
            sent) is not None and OTHER_DEVICE.search(sent) is None):
        return [(-1, -1, last)]
    return None


def role_at(s: StepVerdict, pos: int) -> SentenceRole:
    """The role of the step's clause that holds ``pos`` (the step's own role when no clause does)."""
    for c in s.clauses:
        if c[0] <= pos < c[1]:
            return c[2]
    return s.role
