"""A measurement or a grade stated of the finding named just before: "There are masses in both lungs. They measure 1
to 3 mm.", "There's fluid on the left. The fluid is small."

A step whose subject is a pronoun ("They", "It", "These", "Its ...") names no finding, so a size it gives was
read as nothing: a chain that shrank 1-5 cm metastases to "1 to 3 mm" in a sentence of its own scored as the
faithful chain (retired blind set 5). Such a step restates the last finding a previous step called present, with
the size it gives, and that claim is judged like any other (``size-conflict`` when the evidence's size of the
finding differs by a factor of two or more, support when it agrees). Only sizes are carried: a side or a site
in such a sentence usually places something new ("It extends to the left hilum").

Likewise a grade ("It is large.", "The fluid is small.", "The air gap is tiny."): a step that names no finding, whose
subject is a pronoun or a plain noun for the finding ("the fluid", "the air", "the collection"), restates the last
finding of that kind called present, with the grade and the side the chain gave it (verify11: a lay chain states a
side once, "There's fluid on the left. The fluid is small.", and a chain that turned a large effusion small that way
was read as saying nothing of its size).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medstep.answers.text import NUMBER_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.dominance import GRADE_WORDS, GRADES
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.scope_words import EARLIER_WORDS, THEN_WORDS, UNIT_MM, earlier_measurement
from medstep.verify.verdicts import FindingVerdict, Verdict

# ("The largest measures 15 mm.": the largest of the findings named before, whose size a report gives so). Not a
# part of it ("Its wall is 6 mm thick.", "their rims measure 3 mm"): the wall of a gallbladder full of stones, of an
# appendix, of a cavity is no size of the stones, the appendix or the cavity (vread17: a faithful lay chain's "Its
# wall is thick (6 mm)" after "full of stones" was read as 6 mm gallstones against the report's 14 mm)
_PRONOUN_SUBJECT = lazy_compile(r"\s*(?:they|it|these|those|each|all|both|(?:its|their)(?!\s+(?:walls?|rims?|linings?|necks?|"
                                r"tips?|bases?|margins?|edges?|capsules?|stalks?|cortex|cortices|lumens?|ducts?|septa|"
                                r"septum|stems?|roots?|pedicles?|caps?|shells?|surface)\b)|the\s+(?:largest|biggest)"
                                r"(?:\s+one)?)\b", re.IGNORECASE)
# the last number before a unit: "1 to 3 mm" -> 3 mm, "up to 5 cm" -> 5 cm, "6 x 4 cm" -> 6 cm (as size_attr reads);
# three dimensions at most (an unbounded repeat was quadratic on a hostile "1 x 1 x 1 ... q": review_errdetect38)
_SIZE = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*(?:x|by|\u00d7)\s*\d+(?:\.\d+)?){0,2}\s*(mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b",
                     re.IGNORECASE)
_EARLIER = lazy_compile("(?i)" + EARLIER_WORDS)
# a step that opens with its measurement, naming no subject: "Size 4.8 cm.", "Measures 2.6 cm.", "About 25 mm now
# vs 8 mm 3 years ago." (a list item's next line about the finding of the line before: retired blind 37, issue #8)
_BARE_SIZE = lazy_compile(r"\s*(?:(?:size|diameter|measur(?:es|ing|ement))\b\s*(?::\s*)?)?(?:(?:about|approximately|approx\.?|"
                          r"roughly|around|~)\s*)?\d", re.IGNORECASE)
# what may follow a bare size to the step's end, all of it about that size: a dimension word ("in diameter", "short
# axis"), an earlier size it is compared with ("now vs 8 mm", "(previously 8 mm)") and an earlier time ("3 years
# ago"); any other word ("1.5 cm left hilar node", "4 cm above the carina", "25 cm from the anal verge", "1.25 mm
# axial images") measures something else (review_errdetect38 F3)
_BARE_TAIL = lazy_compile(
    r"(?:\s+(?:in\s+(?:(?:maximal|maximum|greatest|largest|long[\s-]axis|short[\s-]axis)\s+)?(?:diameter|size|dimension|"
    r"extent)|across|long|wide|(?:short|long)[\s-]axis|now|currently|today))*"
    r"(?:\s*(?:[,(]\s*)?(?:" + THEN_WORDS + r")\s+(?:about\s+|approximately\s+)?\d+(?:\.\d+)?\s*(?:mm|cm)\b)?"
    r"(?:\s*(?:,\s*)?(?:(?:on|in|at|of|the|a|an|\d+|" + "|".join(NUMBER_WORDS[1:11]) + r"|twelve|few|"  # (one to ten)
    r"several)\s+)*" + EARLIER_WORDS + r")?[\s.;!)]*$", re.IGNORECASE)
_UNIT_BASE = 1_000_000  # claim units of carried sizes: apart from the units the extractor numbers
# the subject of a grade sentence, and the findings a noun subject may stand for (None: a pronoun, any finding)
_GRADE_SUBJECT = lazy_compile(r"\s*(?:(it|they|these|those|this)|the\s+(fluid|effusions?|collection|air|air\s+gap|gap|leak|"
                              r"pneumothorax|opacity|shadow|consolidation|mass|lump|nodule|lesion|heart|enlargement))\b",
                              re.IGNORECASE)
_NOUN_CONCEPTS = {"fluid": "pleural_effusion", "effusion": "pleural_effusion", "effusions": "pleural_effusion",
                  "collection": "pleural_effusion", "air": "pneumothorax", "air gap": "pneumothorax",
                  "gap": "pneumothorax", "leak": "pneumothorax", "pneumothorax": "pneumothorax",
                  "opacity": "lung_opacity", "shadow": "lung_opacity", "consolidation": "lung_opacity",
                  "mass": "mass", "lump": "mass", "nodule": "pulmonary_nodule", "lesion": "lung_lesion",
                  "heart": "cardiomegaly", "enlargement": "cardiomegaly"}
# "is small", "looks large", "are only tiny": the grade the sentence gives its subject (the lexicon's sev values)
_GRADE = lazy_compile(rf"[^,;:]{{0,25}}?\b(?:is|are|looks?|appears?|seems?|remains?)\s+(?:only\s+|quite\s+|very\s+|fairly\s+|"
                      rf"rather\s+)?({GRADE_WORDS})\b", re.IGNORECASE)


def _size_mm(text: str) -> tuple[float, int, int] | None:
    found = None
    for m in _SIZE.finditer(text):
        unit = m.group(2).lower()
        unit = "mm" if unit.startswith("mm") or unit.startswith("millim") else "cm"
        found = (float(m.group(1)) * UNIT_MM[unit], m.start(), m.end())
    return found


def _bare_size(text: str) -> bool:
    """Whether ``text`` opens with its measurement ("Size 4.8 cm", "About 25 mm now vs 8 mm 3 years ago") and says
    nothing after it but more about that size (``_BARE_TAIL``): not a list number ("3. Tube 5 cm above the carina"),
    nor a measurement of another thing ("1.5 cm left hilar lymph node")."""
    m = _BARE_SIZE.match(text)
    size = _SIZE.match(text, m.end() - 1) if m is not None else None
    return size is not None and _BARE_TAIL.match(text, size.end()) is not None


def _current_size(text: str) -> tuple[float, int, int] | None:
    """The size a step gives its finding now: the first one when an earlier size follows it, compared ("25 mm now vs
    8 mm 3 years ago", "12 mm, previously 8 mm", "2.8 cm, up from 1.6 cm": ``earlier_measurement``, the one home of
    those words), else the last one when it names no earlier time; None otherwise ("It has grown from 1.6 cm six
    months ago." gives a past size)."""
    sizes = list(_SIZE.finditer(text))
    if len(sizes) >= 2:
        now, then = sizes[0], sizes[1]
        tail, cut = text[now.end():].lower(), now.end()  # (the comparison word between the two sizes)
        if _EARLIER.search(text, 0, now.end()) is None and earlier_measurement(
                tail, then.start() - cut, then.end() - cut, strict=True):
            return _size_mm(text[:now.end()])
    return _size_mm(text) if _EARLIER.search(text) is None else None


def _judge_into(changed: dict[int, StepVerdict], k: int, s: StepVerdict, f: Finding,
                judge: Callable[[Finding], FindingVerdict]) -> None:
    """Record step ``k`` (``s``) as claiming the carried finding ``f`` when the evidence decides it; an undecided
    carried claim leaves the step as it was (it claimed nothing of its own)."""
    v = judge(f)
    if v.verdict is Verdict.SUPPORTED or v.verdict is Verdict.CONTRADICTED:
        changed[k] = StepVerdict(s.index, s.text, (f,), (v,), v.verdict, s.supported_by_reference, s.role, s.clauses,
                                 v.verdict is Verdict.SUPPORTED, s.mentions)


def _replaced(steps: list[StepVerdict], changed: dict[int, StepVerdict]) -> list[StepVerdict]:
    """``steps`` itself when nothing changed (callers test identity), else a copy with the changed steps."""
    return [changed.get(k, s) for k, s in enumerate(steps)] if changed else steps


def carry_sizes(steps: list[StepVerdict], judge: Callable[[Finding], FindingVerdict]) -> list[StepVerdict]:
    """``steps`` with each pronoun-subject step that claims nothing but gives a size judged as that size of the
    last finding an earlier step called present (see the module docstring)."""
    changed: dict[int, StepVerdict] = {}
    last: Finding | None = None
    head: Finding | None = None  # the first finding the last step naming one called present: a bare size's subject
    present = Polarity.PRESENT
    for k, s in enumerate(steps):
        pronoun = _PRONOUN_SUBJECT.match(s.text) is not None
        if not s.findings and last is not None and (pronoun or head is not None and _bare_size(s.text)):
            size = _current_size(s.text)
            # "Key lesion: ... with a double-line sign. Size 4.8 cm.": a bare size is the lesion's, not the sign's
            of = last if pronoun or head is None else head
            if size is not None:
                f = Finding(of.concept, of.name, of.category, present, s.text[size[1]:size[2]], size[1], size[2],
                            of.laterality, of.location, of.severity, of.change, None, "anaphora",
                            _UNIT_BASE + s.index, s.role, size[0])
                _judge_into(changed, k, s, f, judge)
            continue
        named = [f for f in s.findings if f.polarity is present and f.category == "finding" and f.source == "mention"]
        if named:
            head, last = named[0], named[-1]
        elif s.findings:  # a step about a device, technique or anatomy: a bare size after it is none of the finding's
            head = None
    return _replaced(steps, changed)


def carry_grades(steps: list[StepVerdict], judge: Callable[[Finding], FindingVerdict],
                 kin: Callable[[str, str], bool]) -> list[StepVerdict]:
    """``steps`` with each step that claims nothing but grades its pronoun or plain-noun subject judged as that
    grade of the last finding of that kind an earlier step called present (see the module docstring). ``kin(a, b)``:
    whether concept ``a`` is ``b`` or a narrower one."""
    changed: dict[int, StepVerdict] = {}
    named: list[Finding] = []
    present = Polarity.PRESENT
    for k, s in enumerate(steps):
        if not s.findings and named:
            m = _GRADE_SUBJECT.match(s.text)
            g = _GRADE.match(s.text, m.end()) if m else None
            if m and g:
                noun = re.sub(r"\s+", " ", m.group(2).lower()) if m.group(2) else None
                want = _NOUN_CONCEPTS.get(noun) if noun else None
                last = next((f for f in reversed(named) if want is None or kin(f.concept, want)), None)
                if last is not None:
                    f = Finding(last.concept, last.name, last.category, present, s.text[g.start(1):g.end(1)], g.start(1),
                                g.end(1), last.laterality, last.location, GRADES[g.group(1).lower()], last.change,
                                None, "anaphora", _UNIT_BASE + s.index, s.role)
                    _judge_into(changed, k, s, f, judge)
            continue
        named += [f for f in s.findings if f.polarity is present and f.category == "finding" and f.source == "mention"]
    return _replaced(steps, changed)
