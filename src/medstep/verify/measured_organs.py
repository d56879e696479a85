"""A measured organ on either side of its normal limit: "The appendix measures 5 mm." against "The appendix is dilated
to 12 mm", "The CBD measures 11 mm." against "The common bile duct measures 4 mm and is not dilated", "The right
descending pulmonary artery measures 12 mm." against "... measures 22 mm".

A measurement of an organ names no finding, so a chain that shrank a dilated appendix to a normal one, or widened a
normal duct, claimed nothing the verifier read (fresh13, retired blind 12): the chain scored as the faithful one. An
organ has a normal limit (``ORGANS``: the calibre above which it is dilated, thickened or widened); a number said of
it lies above or below that limit, and so does a word said of it ("dilated", "thickened"; "not dilated", "normal
calibre"). A chain's measurement is contradicted (``size-conflict``) when the evidence says the organ lies on the
other side of the limit and never on the same side; two measurements above the limit also disagree when one is
half as large again as the other and they differ by 3 mm (a 58 mm aorta against a 32 mm one). Only a chain's numbers
are judged: its words are findings judged as any other.

A number of an earlier study ("having measured 6.5 cm on a radiograph from two years ago", "up from 1.6 cm") or of
something else in the sentence ("an 8 mm appendicolith at the base of the appendix": the number stands before
another noun) is no measurement of the organ.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.verify.scan import sentence_spans
from medstep.verify.devices import role_at
from medstep.verify.findings import Finding, Polarity
from medstep.verify.prior_state import earlier_number, past_spans
from medstep.verify.quantities import rounding
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scope_words import UNIT_MM
from medstep.verify.attr_conflicts import sizes_conflict
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict


@dataclass(frozen=True, slots=True)
class Organ:
    """A measured organ: its words, the finding it is above its limit, and the limit in mm (at or below: normal)."""

    name: str
    concept: str
    pattern: str
    limit: float
    # a limit below which the organ is abnormal (a small, shrunken kidney): "above" is then at or above it, and only
    # numbers are read (words of size, "enlarged", "not enlarged", grade the upper end)
    lower: bool = False
    # how far apart two measurements on either side of the limit must be to disagree (mm)
    margin: float = 2.0


ORGANS = (
    Organ("appendix", "appendicitis", r"appendix|appendiceal\s+diameter", 6.0),
    Organ("common bile duct", "biliary_dilation", r"common\s+bile\s+duct|common\s+duct|cbd|common\s+hepatic\s+duct|"
                                                  r"bile\s+duct|choledochus", 6.0),
    Organ("main pulmonary artery", "pulmonary_hypertension", r"main\s+pulmonary\s+artery|pulmonary\s+trunk|main\s+pa", 29.0),
    Organ("right descending pulmonary artery", "pulmonary_hypertension",
          r"(?:right\s+)?(?:descending|interlobar)\s+(?:pulmonary\s+)?artery|right\s+descending\s+pa", 16.0),
    Organ("abdominal aorta", "aortic_aneurysm", r"(?:abdominal|infrarenal)\s+aorta", 30.0),
    Organ("ascending aorta", "thoracic_aortic_aneurysm", r"ascending\s+aorta", 40.0),
    # the descending thoracic aorta (its diameter: "maximal descending aortic diameter is 41 mm"), dilated above 40 mm
    # as the ascending is (retired blind 30: a chain's 48 mm against 41 mm was compared with nothing)
    Organ("descending aorta", "thoracic_aortic_aneurysm", r"descending\s+(?:thoracic\s+)?aort(?:a|ic\s+diameter)",
          40.0),  # (not the bare "thoracic aorta": the ascending one is one too, "the ascending thoracic aorta")
    Organ("small bowel", "bowel_obstruction", r"small\s+bowel(?:\s+loops?)?|small\s+intestin\w*|jejunal\s+loops?|"
                                              r"ileal\s+loops?", 30.0),
    Organ("gallbladder wall", "cholecystitis", r"gallbladder\s+wall|gall\s+bladder\s+wall|wall\s+of\s+the\s+gall\s*bladder",
          3.0),
    Organ("aortic root", "thoracic_aortic_aneurysm", r"aortic\s+root|aortic\s+sinus(?:es)?|sinus(?:es)?\s+of\s+valsalva",
          40.0),
    Organ("spleen", "splenomegaly", r"spleen|splenic\s+length", 130.0),
    Organ("upper mediastinum", "mediastinal_widening", r"(?:upper|superior)\s+mediastinum|mediastinal\s+width", 80.0),
    # a kidney's length, on its own side (verr25: "The right kidney measures 6.1 cm" against 9.1 cm scored as faithful);
    # an adult kidney under 9 cm is small, and lengths either side of that disagree when a centimetre apart or more
    Organ("right kidney", "renal_atrophy", r"right\s+kidney|right\s+renal\s+length", 90.0, lower=True, margin=10.0),
    Organ("left kidney", "renal_atrophy", r"left\s+kidney|left\s+renal\s+length", 90.0, lower=True, margin=10.0),
)
_ORGAN = lazy_compile(r"\b(?:" + "|".join(f"(?P<o{k}>{o.pattern})" for k, o in enumerate(ORGANS)) + r")\b")
_NUMBER = r"(\d+(?:\.\d+)?)\s*(mm|cm)\b"
# what may stand between the organ and its number: a verb, a state word, a measure noun, an adverb
_FILLER = (r"is|are|was|were|measures?|measuring|measured|dilated|distended|thickened|enlarged|widened|aneurysmal|to|"
           r"at|of|up|about|approximately|approx|roughly|around|in|diameter|calibre|caliber|width|wide|thick|thickness|"
           r"mildly|moderately|markedly|now|still|maximal|maximum|max|transverse|ap|a|and|which|it|has|been|long|"
           r"length|small|smaller|reaches|reaching|reached")
_AFTER = lazy_compile(r"(?:\s*[,:(~*]*\s*\b(?:" + _FILLER + r")\b)*\s*[,:(~*]*\s*" + _NUMBER)
_BEFORE = lazy_compile(_NUMBER + r"\s+(?:dilated\s+|distended\s+|thick(?:ened)?\s+|wide\s+|diameter\s+)?(?:the\s+)?$")
# the organ word as a modifier of a lesion noun ("a 2 cm spleen lesion", "an 8 mm appendix mass"): the number before
# it is the lesion's, not the organ's
_LESION_AFTER = lazy_compile(r"\s+(?:lesions?|mass(?:es)?|cysts?|nodules?|tumou?rs?|infarcts?|lacerations?|"
                             r"ha?emangiomas?|granulomas?|calcifications?|stones?|abscess(?:es)?)\b")
_ABOVE_WORDS = lazy_compile(r"\s*(?:(?:is|are|appears?|looks?|remains?|was)\s+)?(?:(?:mildly|moderately|markedly|"
                            r"slightly|grossly|significantly)\s+)?(?:dilated|distended|thickened|widened|aneurysmal|"
                            r"enlarged)\b")
_BELOW_WORDS = lazy_compile(r"\s*(?:(?:is|are|appears?|looks?|remains?|was)\s+)?(?:not\s+(?:dilated|distended|"
                            r"thickened|widened|enlarged)|non\s*dilated|undilated|(?:of\s+)?normal\s+(?:in\s+)?(?:calibre|"
                            r"caliber|size|diameter|width|thickness))\b")
_WORDS_BEFORE = lazy_compile(r"\b(?:(non\s*dilated|undilated|normal\s+calibre|normal\s+caliber|normal\s+sized?)|"
                             r"(dilated|distended|thickened|widened|aneurysmal))\s+(?:the\s+)?$")
# an organ named as the place of something else ("a 3 cm cyst in the upper pole of the right kidney measures ..."): a
# number after it is that thing's (read so for a lower-limit organ, whose every number would be a length)
_PLACE_OF = lazy_compile(r"\b(?:of|in|from|within|on|at|into|to|near|beside)\s+(?:the\s+)?$")
# a lower-limit organ's number is its length only when said so: a length noun before the organ ("the length of the
# right kidney is 7.5 cm"), a length verb or noun between them ("measures", "length") or after the number ("10 cm
# long"), or nothing between them (the verb shared: "the left kidney measures 11 cm and the right kidney 7 cm"); "the
# right kidney has a 6 mm stone" gives a stone's size, not a 6 mm kidney
_LENGTH_OF = lazy_compile(r"\b(?:length|size|long\s+axis|measurements?)\s+of\s+(?:the\s+)?$")
_LENGTH_WORD = lazy_compile(r"\b(?:measures?|measuring|measured|length|long)\b")
_LENGTH_AFTER = lazy_compile(r"\s+(?:long|in\s+length)\b")  # "The right kidney is 10.5 cm long."
_COUNTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.CONCLUSION})
_UNIT_BASE = 5_000_000


@dataclass(frozen=True, slots=True)
class Measure:
    """An organ said to lie above (``above``) or at/below its limit, by a number (``mm``) or a word, and where."""

    organ: int  # index into ORGANS
    above: bool
    mm: float | None
    start: int
    end: int
    rounding: float = 0.0  # the span its number stands for as written, in mm ("4 cm": 5 mm; "41 mm": 0.5 mm)


def read_measures(text: str) -> list[Measure]:
    """The organs ``text`` measures or calls dilated or normal (see the module docstring); not in a clause about an
    earlier study. Read sentence by sentence, each sentence's reading memoised (``_sentence_measures``: a new report
    is mostly sentences seen before)."""
    low = text.lower().replace("-", " ")
    past = past_spans(text)
    out = []
    for a, b in sentence_spans(low):
        rel = tuple([(p - a, q - a) for p, q in past if p <= b and q > a]) if past else ()
        for k, above, mm, s, e, r in _sentence_measures(low[a:b], rel):
            out.append(Measure(k, above, mm, a + s, a + e, r))
    return out


@lru_cache(maxsize=16384)
def _sentence_measures(sent: str, past: tuple[tuple[int, int], ...]
                       ) -> tuple[tuple[int, bool, float | None, int, int, float], ...]:
    """One sentence of ``read_measures`` (lower case, hyphens as spaces) with its past spans (relative to it);
    (organ, above, mm, start, end, rounding) per measure. Every search stays inside the sentence and the character before it
    is a sentence break (no word character), so reading the slice is reading the text; its whole input is its
    arguments, so the memo is exact."""
    out: list[tuple[int, bool, float | None, int, int, float]] = []
    for m in _ORGAN.finditer(sent):
        if any(p <= m.start() < q for p, q in past):
            continue
        k = int(str(m.lastgroup)[1:])
        limit, lower = ORGANS[k].limit, ORGANS[k].lower
        length_of = lower and _LENGTH_OF.search(sent, max(0, m.start() - 24), m.start()) is not None
        if lower and not length_of and _PLACE_OF.search(sent, max(0, m.start() - 12), m.start()) is not None:
            continue
        n = _AFTER.match(sent, m.end())
        if lower and n is not None and (_LESION_AFTER.match(sent, n.end()) is not None or not (
                length_of or _LENGTH_WORD.search(sent, m.start(), n.start(1)) is not None
                or _LENGTH_AFTER.match(sent, n.end()) is not None or not sent[m.end():n.start(1)].strip(" ,:"))):
            n = None  # a lesion's size, or a number not said to be the length (see _LENGTH_OF)
        if n is None and not lower:
            n = _BEFORE.search(sent, max(0, m.start() - 30), m.start())
            if n is not None and _LESION_AFTER.match(sent, m.end()):
                n = None
        if n is not None and not earlier_number(sent, n.start(1), n.end()):
            mm = float(n.group(1)) * UNIT_MM[n.group(2)]
            out.append((k, mm >= limit if lower else mm > limit, mm, min(m.start(), n.start()), max(m.end(), n.end()),
                        rounding(n.group(1)) * UNIT_MM[n.group(2)]))
            continue
        if lower:
            continue
        up = _ABOVE_WORDS.match(sent, m.end())
        w = up or _BELOW_WORDS.match(sent, m.end())
        if w is not None:
            out.append((k, up is not None, None, m.start(), w.end(), 0.0))
            continue
        w = _WORDS_BEFORE.search(sent, max(0, m.start() - 25), m.start())
        if w is not None:
            out.append((k, w.group(2) is not None, None, w.start(), m.end(), 0.0))
    return tuple(out)


@lru_cache(maxsize=16384)
def _measures(text: str) -> tuple[Measure, ...]:
    """``read_measures`` memoised per text (a pure reading of the text: reports, reference steps and chain lines
    repeat across a benchmark's samples)."""
    return tuple(read_measures(text))


def evidence_measures(texts: Sequence[tuple[str, str]]) -> list[tuple[Measure, str, str]]:
    """The evidence's organ measures (``texts``: (source, text))."""
    return [(x, source, text) for source, text in texts if text for x in _measures(text)]


def _disagree(c: Measure, e: Measure) -> bool:
    if c.above != e.above:
        return c.mm is None or e.mm is None or abs(c.mm - e.mm) >= ORGANS[c.organ].margin
    if c.above and c.mm is not None and e.mm is not None:
        # two calibres above the limit: as two lesions' sizes, or by more than the rounding of each as written and a
        # tenth of the larger (one organ measured on one study: "48 mm" against "41 mm" is another aorta, "about 4 cm"
        # or "4.5 cm" against 41 mm is the same one)
        hi, lo = max(c.mm, e.mm), min(c.mm, e.mm)
        return sizes_conflict(c.mm, e.mm, lesion=True) or (
            hi - lo > c.rounding + e.rounding + 0.1 * hi and hi - lo >= ORGANS[c.organ].margin)
    return False


def measure_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Measure, str, str]]) -> list[StepVerdict]:
    """``steps`` with each organ measurement the evidence puts only on the other side of the organ's limit judged
    contradicted (``size-conflict``)."""
    if not evidence:
        return steps
    out = steps
    for k, s in enumerate(steps):
        added = []
        for c in _measures(s.text):
            same = [x for x in evidence if x[0].organ == c.organ]
            if c.mm is None or not same or not all(_disagree(c, x[0]) for x in same) \
                    or role_at(s, c.start) not in _COUNTED:
                continue
            organ = ORGANS[c.organ]
            f = _finding(organ, c, s.text[c.start:c.end], _UNIT_BASE + s.index, role_at(s, c.start))
            refs = tuple(SourcedFinding(_finding(organ, x, text[x.start:x.end]), source, text)
                         for x, source, text in same[:MAX_EVIDENCE])
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "size-conflict", refs))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out


def _finding(organ: Organ, x: Measure, text: str, unit: int = 0,
             role: SentenceRole = SentenceRole.OBSERVATION) -> Finding:
    return Finding(organ.concept, organ.name, "finding", Polarity.PRESENT if x.above != organ.lower else Polarity.ABSENT, text,
                   x.start, x.end, source="descriptor", unit=unit, role=role, size=x.mm)


__all__ = ["ORGANS", "Measure", "Organ", "evidence_measures", "measure_errors", "read_measures"]
