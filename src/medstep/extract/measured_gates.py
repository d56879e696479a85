"""What ``extract/measured.py`` sets aside or tolerates around a measurement, so that the way a report is written does
not hide the value it commits by.

* A reference stated in words is no second value: "(upper limit of normal 6 mm)", "well above the 470 ms
  threshold", "within the recommended 3-7 cm window", "(target 3-5 cm)", "within the normal range of up to 12 cm", "below the 0.5 cut-off", the method of a value ("calculated
  using Bazett's formula", "on M-mode"), a background it is compared with ("well above liver background (2.4)").
* A later sentence of another thing ("Sinus rhythm.", "Gallbladder unremarkable.", "Clear lungs.") does not take the
  measurement back: it names neither the row's subject, its quantity nor what the question asks, gives no verdict
  word, no bare judgement ("Normal.", "It is normal.") and states no finding ("Gallbladder: several stones" may be
  what the model concludes with). Anything else still ends the reading, except a sentence naming only other findings
  than the asked one (none broader or narrower) when the question does not ask of the whole structure: "The aorta
  measures 2.1 cm. Mild atherosclerotic calcification." (:func:`other_finding`).
* Words describing a measured thing may stand between its value and its name: "12 mm solid nodule", "8 mm
  obstructing left ureteric calculus" (:data:`DESCRIBING`, three at most); any other word may be a noun whose size it
  is ("a 10 cm cecal mass").
* A value measured in another organ than the one the question's own cut-off asks of is no answer: "8 mm calculus in
  the gallbladder" to "Is the kidney stone larger than 5 mm?" (:func:`elsewhere`). An organ the asked finding's own
  names place it in is the same place ("ureteral stone" is a kidney stone of the vocabulary: the ureter counts).
* A later sentence that only judges, in a band's own words ("QTc ≈ 520 ms. Prolonged.", "Wall thickness 2 mm.
  Normal."), agrees with the value or undoes the reading (:func:`judgement_only`).
* The two lengths a ratio is computed from are no stray values beside it (:func:`ratio_inputs`).
* The extent a wall is measured along is no second value: "8 mm over a 10 cm segment" (``_EXTENT``).
* A row's excluded context denied right before it is no such context: "with no funnelling" (:func:`excluded`).
* Values that all fall in the same band read alike: "spine T-score -2.8, hip T-score -3.0", "ABI right 0.55, left
  0.62"; a stray value of the row's dimension in the measurement's band cannot change the verdict either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medstep.answers import hedges, negation, yesno
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import implicit_terms
from medstep.extract.findings_words import concept_names
from medstep.extract.thresholds import NORMAL_SAID, Predicate, Threshold
from medstep.lazyre import lazy_compile

# Words that describe a measured thing's look, make or place and may stand between its value and its name (see the
# module docstring): no noun, and no judgement of size ("large", "dilated") that a band's own words would weigh.
DESCRIBING = (r"(?:solid|sub-?solid|part[\s-]solid|ground[\s-]glass|(?:non-?)?calcified|(?:non-?)?obstructing|"
              r"obstructive|spiculated|lobulated|smooth|round(?:ed)?|oval|well[\s-]defined|ill[\s-]defined|"
              r"hypo-?echoic|hyper-?echoic|echogenic|an-?echoic|hypo-?dense|hyper-?dense|hypo-?attenuating|"
              r"hyper-?attenuating|(?:non-?)?enhancing|simple|complex|solitary|single|dominant|shadowing|left|right|"
              r"bilateral|renal|ureteric|ureteral|distal|proximal|mid|lower[\s-]pole|upper[\s-]pole|interpolar|anterior|"
              r"posterior|central|superior|inferior|medial|lateral)")
_DESCRIBING = lazy_compile(r"(?i)" + DESCRIBING)
_N = r"[-−]?\d+(?:[.,]\d+)?"
_UNIT = r"(?:\s*(?:mm\s*Hg|mm|cm|ms|msec|bpm|%|HU|mL|cc|cm/s|µm|μm|um))?"
_LIMIT = (r"(?:(?:upper\s+)?(?:limit|range)\s+of\s+normal|normal\s+(?:range|limits?|values?|cut-?off)|reference\s+"
          r"(?:range|interval|value|limit)|cut-?off(?:\s+value)?|threshold|ULN|upper\s+limit)")
# Words calling a range the one a value should lie in: "(recommended 3-7 cm)", "the ideal 3-5 cm window".
_ADVISED = r"(?:recommended|ideal|target|expected|optimal|acceptable|desired)"
# That range named without its numbers, judging the value: "which is within the recommended range". Its "recommended"
# wants nothing of the reader (no hedge): :func:`measured.hedged` reads the sentence without it.
ADVISED_RANGE = lazy_compile(r"(?i)\bwithin\s+(?:the\s+|a\s+)?" + _ADVISED + r"\s+(?:range|window|zone)\b")
# Where a leading ",?\s*" may open a match: not inside a run of blanks nor right after a comma before one, where a
# match would also open one character earlier (which the scan tried first). Without it a long blank run costs one pass
# of the run per blank (quadratic: ~21 s for 10,000 spaces); the matches are the same, since no match ends in a blank
# or a comma.
_RUN_START = r"(?:(?!\s)|(?<![\s,]))"
SET_ASIDE = lazy_compile(
    # a bracket opening with a reference word: "(upper limit of normal 6 mm)", "(normal is above 25 mm at 20 weeks)"
    r"(?i)\(\s*(?:upper\s+limit(?:\s+of\s+normal)?|normal|reference|ref\.?|ULN|cut-?off|threshold|" + _ADVISED
    + r")\b[^()]{0,60}\)|"
    # a range the value is advised or expected to lie in: "within the recommended 3-7 cm window", "inside the
    # target range of 3-5 cm"
    + _RUN_START + r",?\s*(?:which\s+is\s+)?(?:well\s+|just\s+)?(?:within|inside|outside|in)\s+(?:the\s+|a\s+)?(?:" + _ADVISED
    + r")\s+(?:(?:range|window|zone)\s+(?:of\s+)?)?" + _N + _UNIT + r"(?:\s*(?:-|–|to)\s*" + _N + _UNIT
    + r")?(?:\s+(?:range|window|zone|limits?))?|"
    # a comparison with a limit: "well above the 470 ms threshold", "within the normal range of up to 12 cm"
    + _RUN_START + r",?\s*(?:which\s+is\s+|i\.e\.\s+)?(?:well\s+|just\s+|far\s+|slightly\s+)?(?:above|below|under|over|exceeding|"
    r"beyond|within|inside|outside|greater\s+than|less\s+than)\s+(?:the\s+|a\s+)?(?:(?:" + _N + _UNIT + r")\s+"
    + _LIMIT + r"|" + _LIMIT + r"(?:\s+(?:of|at|for)\s+(?:up\s+to\s+|<\s*|>\s*|≤\s*|≥\s*)?" + _N + _UNIT
    + r"(?:\s*(?:-|–|to)\s*" + _N + _UNIT + r")?)?)(?:\s+(?:at|for)\s+this\s+(?:gestation|age))?|"
    # the method or the background of a value
    r"\b(?:calculated\s+)?(?:using|with|by)\s+(?:the\s+)?(?:Bazett|Fridericia|Framingham|Hodges)(?:'s)?"
    r"(?:\s+(?:formula|correction|method))?|\(\s*(?:Bazett|Fridericia|Framingham|Hodges)(?:'s)?\s*\)|"
    r"\b(?:on|by)\s+(?:M-mode|Doppler|CTG|auscultation)\b|"
    + _RUN_START + r",?\s*(?:well\s+)?(?:above|below|greater\s+than|less\s+than|similar\s+to|equal\s+to)\s+(?:the\s+)?(?:liver|"
    r"hepatic|mediastinal)?\s*(?:background|blood[\s-]+pool)(?:\s+(?:activity|uptake|level))?(?:\s*\(\s*" + _N + r"\s*\))?")
# A sentence judging "it" without naming anything else: "Normal.", "It is normal.", "Overall a normal study."
_BARE = frozenset({"it", "this", "that", "these", "those", "which", "overall", "so", "thus", "therefore", "hence",
                   "is", "are", "was", "were", "be", "looks", "appears", "seems", "all", "both", "a", "an", "the",
                   "findings", "finding", "impression", "answer", "conclusion", "result", "value", "measurement",
                   "study", "exam", "examination", "scan", "image", "otherwise", "entirely", "completely", "quite"})
_JUDGEMENT = lazy_compile(r"(?i)\b(?:" + NORMAL_SAID + r"|abnormal|patholog\w*|enlarged|dilated|increased|reduced|"
                          r"decreased|elevated|raised|prolonged|thickened|borderline)\b")
# What a sentence of another thing says for it to be no conclusion: a normal or absent state, or how the study was
# made ("Lungs clear.", "Internal os closed.", "Sinus rhythm.", "PA film.").
_OTHER_THING = lazy_compile(r"(?i)\b(?:" + NORMAL_SAID + r"|clear|intact|closed|preserved|patent|maintained|"
                            r"sinus\s+rhythm|regular|" + hedges.alternation(negation.DENY, negation.ABSENT) + r"|film|view|radiograph|image|scan|"
                            r"study|projection|ultrasound|CT|MRI|ECG|tracing|sequence)\b")
_VERDICT = lazy_compile(r"(?i)\b(?:yes|no|" + "|".join(re.escape(w) for w in yesno.WORD_VERDICTS if w.isascii() and len(w) > 1)
                        + r")\b(?!\s+\w)|^\s*(?:yes|no)\b")


# A value compared at once with a bare cut-off after a comma: "The cardiothoracic ratio is 0.56, above 0.5.", "LVEF
# 35%, which is less than 40%.", "心胸比约0.56，大于0.5。": the cut-off restated, not a second value.
_CUT_RESTATED = lazy_compile(
    r"(?i)(?<=\d)(" + _UNIT + r")\s*[,，]\s*(?:which\s+is\s+|i\.e\.\s+|that\s+is\s+)?(?:well\s+|just\s+|slightly\s+)?"
    r"(?:above|below|under|over|exceeding|greater\s+than|less\s+than|more\s+than|大于|小于|超过|低于|高于|>|<)\s*"
    + _N + r"(?!\d|[.,]\d)" + _UNIT)


# The extent along which a wall or a lumen is measured: "8 mm over a 10 cm segment", "along a 15-cm stretch", "over a
# length of 12 cm", "for 6 cm of its length": how far the finding runs, not another thing's size.
_EXTENT = lazy_compile(
    r"(?i)\b(?:over|along|across|for|spanning|involving)\s+(?:(?:a|an|the)\s+)?(?:(?:length|distance|segment|stretch)\s+of\s+"
    r"(?:about\s+|approximately\s+|~\s*)?" + _N + r"\s*(?:mm|cm)\b|(?:about\s+|approximately\s+|~\s*)?" + _N
    + r"\s*-?\s*(?:mm|cm)\b\s*-?\s*(?:long\s+)?(?:segment|stretch|length|portion|section)\b|" + _N
    + r"\s*(?:mm|cm)\s+of\s+(?:its|the)\s+length\b)")


def set_aside(text: str, question: str = "", quantity: str = "") -> str:
    """``text`` without its references, methods, backgrounds and extents (module docstring); a normal range named
    with no bound after it is the model's judgement, kept ("CTR 0.42. This is within normal limits."), unless a
    clause of the measurement's sentence says it of another thing (:func:`_judged_within`)."""
    judged = _JUDGED_WITHIN.sub(lambda m: _judged_within(m, question, quantity), text)
    return _CUT_RESTATED.sub(r"\1", SET_ASIDE.sub(" ", _EXTENT.sub(" ", judged)))


def _judged_within(m: re.Match[str], question: str, quantity: str) -> str:
    """The band word "WNL" for a bare "within normal limits" whose clause judges the value: it opens a sentence of
    its own with no value (read by :func:`neutral` when it names another thing: "Spleen 15 cm. The liver is within
    normal limits."), or its subject is empty, a pronoun, the measured quantity or the asked subject ("Splenic length
    15.5 cm, which is within normal limits."). Said of another thing in the measurement's sentence ("Splenic length
    15.5 cm; the kidneys are within normal limits.", "CTR 0.62 and the hila are within normal limits.") it is that
    thing's state, no judgement of the value: left to ``SET_ASIDE``, which drops it."""
    window = m.string[max(0, m.start() - 160):m.start()]  # a clause is short; a long run is looked back on once
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    opens = breaks[-1].group(0)[0] in ".!?\n" if breaks else m.start() <= 160
    if opens and not any(c.isdigit() for c in clause):  # a sentence of its own, with no value of its own
        return "WNL"
    if quantity:
        clause = re.sub(quantity, " ", clause, flags=re.I)
    subject = implicit_terms.parse_question(question) if question else None
    asked = subject.words if subject is not None else ()
    if all(w in _BARE or w in _DIMENSION_WORDS or w.replace(".", "").isdigit() or any(
            implicit_terms.matches(w, s) for s in asked) for w in implicit_terms.tokens(clause)):
        return "WNL"
    return m.group(0)


# "within normal limits" / "within the normal range" with no number after it: a judgement of the value (the band word
# "WNL"), not a reference range ("within the normal range of up to 12 cm" is one, set aside by ``SET_ASIDE``).
_JUDGED_WITHIN = lazy_compile(r"(?i)\b(?:within|inside)\s+(?:the\s+)?normal\s+(?:limits|range)\b(?![^.;\d]{0,20}\d)")
# Where a clause opens: a sentence's end before a space, a line, or a clause mark ("15.5 cm; the kidneys ...").
_CLAUSE_BREAK = lazy_compile(r"[.!?](?=\s)|\n|[;,:(]")
# What a value's own clause may name beside it: its dimension and unit ("Spleen size is within normal limits").
_DIMENSION_WORDS = frozenset({"size", "length", "span", "diameter", "width", "thickness", "height", "ratio", "index",
                              "dimension", "dimensions", "mm", "cm", "ms", "bpm", "about", "approximately", "now", "still",
                              "remains", "lies", "falls", "and", "also", "well"})


def neutral(sentence: str, row: Threshold, predicate: Predicate, question: str,
            stated: Callable[[str], bool]) -> bool:
    """Whether a sentence after the measurement speaks of another thing (module docstring); ``stated`` tells
    whether it states a finding ("- Gallbladder: several stones" may be what the model concludes with)."""
    if any(re.search(p, sentence, re.I) for p in (row.subject, row.quantity, predicate.words) if p):
        return False
    if _VERDICT.search(sentence) is not None:
        return False
    words = implicit_terms.tokens(_JUDGEMENT.sub(" ", sentence))
    if words and not predicate.whole and other_finding(sentence, question):
        return True  # "The aorta measures 2.1 cm. Mild atherosclerotic calcification." to "Is the aorta aneurysmal?"
    if not words or set(words) <= _BARE or _OTHER_THING.search(sentence) is None:
        return False
    # the question's own content words ("the duct", "the fetus") name the asked thing again
    asked = {w for w in implicit_terms.tokens(question) if len(w) > 3} - {"there", "this", "that", "have", "does", "with"}
    return not asked & set(words) and not stated(sentence)


def other_finding(sentence: str, question: str) -> bool:
    """Whether ``sentence`` names only findings of the vocabulary, none of them a finding the question names, nor one
    broader or narrower ("Mild atherosclerotic calcification is present." after the aorta's diameter, to "Is the aorta
    aneurysmal?"): another thing seen, which leaves the measured size as the answer. A question that asks of the whole
    structure (``Predicate.whole``) is left out by the caller: there another finding may be what makes it abnormal."""
    voc = vocabulary()
    said = voc.mentions(normalize(sentence))
    if not said or any(m.kind is not MentionKind.CONCEPT or m.concept not in voc.concepts
                       or voc.concepts[m.concept].category != "finding" for m in said):
        return False
    if any(t in negation.DENY or negation.contracted(t) for t in implicit_terms.tokens(sentence)):
        return False
    asked = {m.concept for m in voc.mentions(normalize(question)) if m.kind is MentionKind.CONCEPT and m.concept in voc.concepts}
    related = set(asked)
    for key in asked:
        related |= voc.concepts[key].ancestors | voc.concepts[key].descendants
    return not {m.concept for m in said} & related


# Words a judging sentence may hold beside a band's words: a degree, a label, a copula.
_JUDGING_FRAME = frozenset({"mildly", "moderately", "markedly", "severely", "significantly", "slightly", "clearly",
                            "impression", "conclusion", "interpretation", "assessment", "answer", "i", "e", "ie"})


def judgement_only(sentence: str, row: Threshold) -> set[str] | None:
    """The bands a sentence made only of band words states ("Prolonged.", "Within normal limits."), else ``None``
    (a sentence saying anything else, or denying: "Not prolonged." is left to the other gates)."""
    said = [(b.name, b.said) for b in row.bands if b.said]
    found: set[str] = set()
    rest = sentence
    for name, band_words in said:
        pattern = r"(?i)\b(?:" + band_words + r")\b"
        if re.search(pattern, rest):
            found.add(name)
            rest = re.sub(pattern, " ", rest)
    if not found or not set(implicit_terms.tokens(rest)) <= _BARE | _JUDGING_FRAME:
        return None
    return found


_LENGTH = lazy_compile(r"(?i)(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mm|cm)\b")


def ratio_inputs(sentences: list[str], ratios: frozenset[float]) -> bool:
    """Whether the answer's lengths are exactly the two a measured ratio is computed from ("the transverse cardiac
    diameter is 17.5 cm and the thoracic diameter 28 cm, a cardiothoracic ratio of about 0.63"): the smaller over the
    larger is the ratio, to its second decimal. A length beside a ratio otherwise may measure something else."""
    lengths = [float(m.group(1).replace(",", ".")) * (10 if m.group(2).lower() == "cm" else 1)
               for s in sentences for m in _LENGTH.finditer(s)]
    if len(lengths) != 2 or len(ratios) != 1 or max(lengths) <= 0:
        return False
    return abs(min(lengths) / max(lengths) - next(iter(ratios))) <= 0.015


def excluded(row: Threshold, text: str) -> bool:
    """Whether ``text`` holds the row's excluded context, not denied right before it (module docstring)."""
    for m in re.finditer(row.excluded, text, re.I):
        if not _DENIED_BEFORE.search(text, 0, m.start()):
            return True
    return False


_DENIED_BEFORE = lazy_compile(r"(?i)(?:" + hedges.words(negation.DENY, negation.NEVER) + r"|\bwithout)\s+(?:\w+\s+)?\Z")


def _places(text: str) -> tuple[set[str], set[str]]:
    """The organs ``text`` names (by their word, or as the owner of a finding it names: the ``expands`` column of
    ``answers/concepts.tsv``), and the findings it names."""
    voc = vocabulary()
    organs: set[str] = set()
    found: set[str] = set()
    for m in voc.mentions(text):
        c = voc.concepts.get(m.concept) if m.kind is MentionKind.CONCEPT else None
        if c is None:
            continue
        if c.category == "anatomy":
            organs.add(m.concept)
        elif c.category == "finding" and _DESCRIBING.fullmatch(normalize(text)[m.start:m.end]) is None:
            found.add(m.concept)  # (a describing word is no finding: "shadowing" is a lung opacity of the vocabulary)
            organs |= {cid for cid, o in voc.concepts.items() if o.category == "anatomy" and m.concept in o.expands}
    return organs, found


def _same_place(organ: str, asked: set[str], findings: set[str]) -> bool:
    """Whether ``organ`` is an asked organ, one of its parts or wholes, or a place the asked finding's own names say
    ("ureter" in the kidney stone's "ureteral stone")."""
    concepts = vocabulary().concepts
    if any(organ == a or a in concepts[organ].ancestors or organ in concepts[a].ancestors for a in asked):
        return True
    names = [re.escape(n) for n in concept_names().get(organ, ())]
    if not names:
        return False
    said = re.compile(r"(?i)\b(?:" + "|".join(names) + r")")
    return any(said.search(n) for f in findings for n in concept_names().get(f, ()))


def elsewhere(question: str, text: str) -> bool:
    """Whether ``text`` measures in an organ other than the one the question asks of (module docstring); ``False``
    where the question names no organ (by its word or its finding's)."""
    asked, findings = _places(question)
    if not asked:
        return False
    return any(not _same_place(organ, asked, findings) for organ in _places(text)[0])


__all__ = ["ADVISED_RANGE", "DESCRIBING", "SET_ASIDE", "elsewhere", "excluded", "judgement_only", "neutral", "ratio_inputs", "set_aside"]
