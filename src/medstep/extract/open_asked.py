"""The value a long open sentence gives the question's own asked noun: "What is the size of the aneurysm?" answered
"... the aorta is aneurysmal, with a maximal diameter of about 5.6 cm and a mural thrombus; the lumen measures 3.5
cm." (5.6 cm), "What is the largest organ?" with "The lungs fill the image, so the largest organ is the lung." (lung),
"What is the position of the catheter tip?" with "The tip of the catheter projects over the cavoatrial junction,
which is appropriate." (cavoatrial junction), "图中箭头所指的器官是什么？" with "箭头所指为胰腺，位于胃后方。" (胰腺).

Why one mechanism and not one per shape: a question asks one thing, named by its head noun ("size", "ratio", "age",
"organ", "finding", "position"); a reply that answers in prose names that noun again and ties the value to it with a
link ("is", "measures", "of", "projects over", "为"), wherever in a long sentence it stands. Read whole, such a reply is
a long span the grader refuses; the clause after the link, cut at its end, is what the model committed to.

It takes nothing it cannot stand behind (a missed answer is cheaper than a wrong one):

* the noun must stand right before the link, with nothing between them but the question's own words or a pointer
  ("here", "itself", "in this image"): "the largest organ in the body is the skin" is general knowledge, not this image;
* the value must be firm: no hedge, alternative, denial or method ("is calculated by", "is usually") inside it;
* to a measurement question the value must be one value of the asked kind (``open_measure``), else nothing;
* every such link in the reply must give the same value: one said and then re-measured, or two said of the thing,
  is no single answer here (the revision readers and the whole reply keep it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medstep.answers import hedges, negation
from medstep.answers.asking import ZH_QUESTION_WORDS
from medstep.answers.yesno import COMMITTED_LEANS
from medstep.extract import open_measure
from medstep.lazyre import lazy_compile

# "What is the size of the aneurysm?", "What is the estimated gestational age?", "Which is the largest organ?": the
# asked noun phrase after the copula, before what it is of (or where it is shown).
_WHAT_IS = lazy_compile(r"(?i)^\s*(?:what|which)\s+(?:is|are|was)\s+the\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
                        r"(?:\s+(?P<rest>(?:of|in|on|at|for|from|based|shown|seen|indicated|estimated|suggested|visible|"
                        r"demonstrated|pointed)\b[^?]*))?\s*\?\s*$")
# "What organ is primarily shown in this image?", "Which structure is enlarged?": the asked noun right after the question
# word, the question's own words after it ("the organ primarily shown is the liver").
_WHAT_NOUN = lazy_compile(r"(?i)^\s*(?:what|which)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:is|are|was)\s+"
                          r"[a-z][^?]*\?\s*$")
# The restated noun's article and link: "the organ primarily shown is the liver"; not "No abnormality is seen" (no
# article: denied) nor "the urinary system: kidneys, ureters" (a colon lists what the named thing holds). The value
# opens on an article, naming a thing: "the lesion is hypodense", "the finding is subtle" state how it looks, not which.
_THE = r"(?<![\w-])the\s+"
_NOUN_LINK = r"(?:is|are|was)(?=\s+(?:the|an?)\s)"
# "What type of kidney stone is ...?": the kind asked of a thing; the answer names the thing with its kind.
_WHAT_TYPE = lazy_compile(r"(?i)^\s*what\s+(?:type|kind|sort)\s+of\s+(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+"
                          r"(?:is|are|was|does|do|can|could|would)\b[^?]*\?\s*$")
# Chinese: "图中箭头所指的器官是什么？", "该图像显示的是哪个器官？": the words before "的<noun>是什么" (or "是哪个<noun>") are
# what the reply says again before 为 / 是 ("该图像显示的是肾脏，为超声纵切面" gives 肾脏).
_ZH_WHAT = lazy_compile(r"^\s*(?:图中|图像中|该图中|此图中)?(?P<subject>[\u4e00-\u9fff]{2,8}?)(?:的(?P<noun>[\u4e00-\u9fff]{1,4}))?"
                        r"(?:是|为)(?:什么|何|哪[个块种类一]?)[\u4e00-\u9fff]{0,2}\s*[？?]\s*$")
# The asked nouns of the size family: a reply gives a size as a diameter, a length or a measurement. A thickness is
# another measure (of a wall, a capsule): it answers only a question asking a thickness.
_SIZE_NOUNS = ("size", "diameter", "dimension", "dimensions", "measurement", "length", "width")
# Nouns asking where a thing lies: the reply places the thing itself ("The tip ... projects over X").
_PLACE_NOUNS = ("position", "location", "site", "level", "placement")
# Words that may stand between the asked noun and its link besides the question's own words.
_POINTERS = ("here", "itself", "in this image", "in this picture", "on this image", "in the image", "in the picture",
             "on the image", "indicated", "shown", "seen", "visible", "now", "today")
# The links that tie a value to the asked noun; "of" only to a measurement ("a diameter of about 5.6 cm").
_LINK = r"(?:is|are|was|comes\s+to|measures|measuring|measured\s+at|=|:)"
_MEASURE_LINK = r"(?:is|are|was|comes\s+to|measures|measuring|measured\s+at|of|=|:)"
_PLACE_LINK = (r"(?:projects?\s+(?:over|at|in|into|within)|projecting\s+(?:over|at|in)|lies\s+(?:at|in|within|over)|"
               r"sits\s+(?:at|in|within)|terminates\s+(?:at|in|within)|ends\s+(?:at|in|within)|"
               r"is\s+(?:at|in|within|located\s+(?:at|in|within)|positioned\s+(?:at|in|within)))")
# Words before the value that neither add to it nor hold it open: an estimate, a committed lean, an article.
_SOFT = r"(?:(?:" + hedges.alternation(hedges.APPROXIMATE) + r"|" + hedges.alternation(COMMITTED_LEANS) + \
    r"|estimated\s+at|estimated|an?|the|~)\s+)*"
# A verb opening a second predicate of the thing after "and" ("... within the anterior mediastinum and displaces the
# great vessels", "and extends into", "and is"): an auxiliary, or a verb in -s / -ed before its object or a direction
# (a plural noun such as "the left and right lobes" is followed by neither).
_VERB = (r"(?:(?:is|are|was|were|has|have|had)\b|[a-z]+(?:s|ed)\s+(?:the|a|an|its|their|into|onto|to|toward|towards|"
         r"back|through|across|along|beyond|out|up|down|posteriorly|anteriorly|laterally|medially|superiorly|"
         r"inferiorly|caudally|cranially)\b)")
# Where the value's clause ends: punctuation, a dash, or a word opening another clause.
_END_AT = (r"\s*(?:[,.](?!\d)|[;:!?()\[\]]|\s[—–-]\s|—|–|$)|\s+(?:which|that|while|whereas|but|though|although|"
           r"because|since|given|as|so|and\s+(?:the|a|an|it|this|there)|with|without|indicating|suggesting|"
           r"consistent|compatible|in\s+keeping)\b|\s+and\s+" + _VERB)
# The same searched for: tried only where a blank run begins (the first end always begins there or at the value's
# start, which ``_cut`` tries first), so a long blank run costs one pass, not one per blank.
_END = lazy_compile(r"(?<!\s)(?:" + _END_AT + ")")
_END_HERE = lazy_compile(_END_AT)
# How far a value's end is looked for: a value is a few words (``_MAX_WORDS``) or one measurement.
_REACH = 300
# What makes a value no answer: a hedge, an alternative, a denial, a method or a generalisation opening or inside it.
_HELD = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.WEIGHING, hedges.ALTERNATIVE,
                                           negation.DENY, ("or", "unclear", "uncertain", "difficult", "hard", "usually",
                                                           "typically", "normally", "generally", "often", "calculated",
                                                           "measured", "assessed", "defined", "determined", "made",
                                                           "obtained", "derived", "previously", "initially", "first",
                                                           "above", "below", "over", "under", "less", "more"))
                     + r"|[<>≤≥?]")
_MAX_WORDS = 8
# What holds a named (not measured) answer open anywhere in the reply: a candidate not excluded, a differential, a
# doubt, a weighing. Milder words ("could", "rather than") the value's own clause is tested for (``_HELD``).
_OPEN_ELSEWHERE = lazy_compile("(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.DIFFERENTIAL,
                                                     hedges.CANDIDATES, hedges.OPEN_CANDIDATE, hedges.DOUBT,
                                                     ("versus", "vs", "torn between", "either")))
_ZH_END = lazy_compile(r"[，。；、,;.!?！？（(]|$")
_ZH_HELD = lazy_compile(r"可能|或|不确定|难以|考虑|待|不除外|未|无|非|不|" + "|".join(ZH_QUESTION_WORDS))
# What holds a Chinese named answer open anywhere in the reply, as ``_OPEN_ELSEWHERE`` in English.
_ZH_OPEN_ELSEWHERE = lazy_compile("|".join(hedges.ZH_OPEN))
_WORD = lazy_compile(r"[^\W_]+")


def asked_value(region: str, question: str) -> str | None:
    """The value ``region`` ties to the noun ``question`` asks (module docstring), or ``None``."""
    text = region.strip()
    if not text or len(text) > 2000:
        return None
    zh = _ZH_WHAT.match(question)
    if zh is not None:
        return _zh_value(text, zh.group("subject"), zh.group("noun") or "")
    kind = open_measure.asked_kind(question)
    if kind is None and (_OPEN_ELSEWHERE.search(text) is not None or _NAMED_WEIGHED.search(text) is not None):
        return None  # "... Torsion cannot be excluded. The most likely diagnosis is X.": the answer is held open
    typed = _WHAT_TYPE.match(question)
    if typed is not None:
        return _typed(text, typed.group("thing").split()[-1].lower(), question)
    found = _WHAT_IS.match(question)
    restated = found is None and kind is None  # "What organ is ...?": only "the organ ... is X" restates it
    if restated:
        found = _WHAT_NOUN.match(question)
    if found is None:
        return None
    words = found.group("np").lower().split()
    head = words[-1]
    nouns = _SIZE_NOUNS if head in _SIZE_NOUNS else (head,)
    rest = found.groupdict().get("rest") or ""
    nouns_of = _of_asked(question, rest) if kind is not None else None
    gap = _gap(question, found.group("np"))
    link = _MEASURE_LINK if kind is not None else _NOUN_LINK if restated else _LINK
    tail = r")\b" + gap + r"\s*" + link + r"\s+" + _SOFT
    lead = _THE if restated else r"\b"
    whole = r"(?i)" + lead + r"(?:" + r"\s+".join(re.escape(w) for w in words) + tail  # "the bone age is", not "chronological age"
    values = [_cut(text, m.end()) for m in re.finditer(whole, text)] if len(words) > 1 else []
    if not values:
        heads = r"(?i)" + lead + r"(?:" + "|".join(re.escape(n) for n in nouns) + tail
        values = [_cut(text, m.end()) if nouns_of is None or nouns_of(text, m.start()) else "" for m in re.finditer(heads, text)]
    if head in _PLACE_NOUNS and rest:
        thing = rest.split()[-1].lower()
        place = r"(?i)\b" + re.escape(thing) + r"\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?[\w-]+)?\s+" + _PLACE_LINK + \
            r"\s+" + _SOFT
        values += [_cut(text, m.end()) for m in re.finditer(place, text)]
    return _one(values, kind)


def method_only(region: str, question: str) -> bool:
    """Whether ``region`` answers a measurement question with how the asked quantity is measured and no value of it:
    "The Cobb angle is measured by drawing lines along the endplates ... An angle above 10° defines scoliosis." Its
    text graded as the answer is a decision the model never made. Every value of the asked kind it gives must be a
    threshold (after a bound: "above 10°", "over 40–50°"); one measured here ("here that gives 32 degrees") answers."""
    kind = open_measure.asked_kind(question)
    found = _WHAT_IS.match(question)
    text = region.strip()
    if kind is None or found is None or not text or len(text) > 2000:
        return False
    words = found.group("np").lower().split()
    nouns = _SIZE_NOUNS if words[-1] in _SIZE_NOUNS else (words[-1],)
    method = r"(?i)\b(?:" + "|".join(re.escape(n) for n in nouns) + r")\b" + _gap(question, found.group("np")) + \
        r"\s+(?:is|are)\s+(?:usually\s+|typically\s+|normally\s+|generally\s+)?" + _METHOD
    if re.search(method, text) is None:
        return False
    return all(_THRESHOLD.search(text, max(0, m.start() - 40), m.start()) is not None
               for m in open_measure.value_pattern(kind).finditer(text))


# How a quantity is obtained, not what it is here: "is measured by", "is calculated as", "is assessed using".
_METHOD = r"(?:measured|calculated|assessed|determined|obtained|derived|estimated|defined|worked\s+out)\s+(?:by|as|from|using|with|on|in)\b"
# A bound before a value, making it a threshold ("above 10°", "over 40–50°", "up to 16 cm"), ending at the value.
_THRESHOLD = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.BOUND, hedges.LOWER_BOUND) + r"|above|below|exceeds?|"
                          r"exceeding|beyond)\s+(?:\d+(?:[.,]\d+)?\s*\S{0,3}\s*(?:[-–]|to)\s*)?$|[<>≤≥]\s*$")


def _gap(question: str, np: str) -> str:
    """The words that may stand between the asked noun and its link: the question's own words after its noun phrase
    ("of the aneurysm", "in the left lung") and pointers, a few at most."""
    rest = question.lower().split(np.lower(), 1)[-1]
    own = sorted({w for w in _WORD.findall(rest)} - {"this", "these"}, key=len, reverse=True)
    allowed = [re.escape(w) for w in own] + [re.escape(p).replace(r"\ ", r"\s+") for p in _POINTERS]
    return r"(?:\s+(?:" + "|".join(allowed) + r")){0,6}" if allowed else ""


# The words that may stand right before a measured noun without naming another thing it measures: determiners, links,
# and the words of how it is taken ("a maximal diameter", "its long-axis length", "the cyst has a diameter").
_NOUN_PRECEDERS = frozenset(("a", "an", "the", "its", "their", "this", "that", "these", "with", "of", "and", "in", "on",
                             "at", "by", "has", "have", "had", "is", "are", "was", "whose", "maximal", "maximum", "max",
                             "greatest", "largest", "biggest", "widest", "longest", "overall", "total", "mean",
                             "average", "estimated", "approximate", "measured", "transverse", "longitudinal", "axial",
                             "craniocaudal", "anteroposterior", "ap", "long-axis", "short-axis", "long", "short",
                             "outer", "external", "internal", "inner", "cross-sectional", "sagittal", "coronal",
                             "current", "true"))
_WORD_BEFORE = lazy_compile(r"([^\W_][\w-]*)\s+$")


def _of_asked(question: str, rest: str) -> Callable[[str, int], bool]:
    """A test of a measured noun found at ``pos`` in a reply: whether it measures the asked thing (``rest``: "of the
    left atrium"): the word right before it leaves it the thing's ("the aneurysm diameter", "a maximal diameter"), or
    its sentence names the thing before it ("the aorta is aneurysmal with a maximal outer wall to outer wall
    diameter"); not another's ("a left ventricular diameter of 58 mm" to the left atrium): a reply measuring a part
    or a neighbour gives no value of the thing."""
    own = set(_WORD.findall(question.lower()))
    things = _WORD.findall(rest.lower())
    stem = things[-1][:max(4, len(things[-1]) - 2)] if things else ""

    def named(text: str, pos: int) -> bool:
        before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if before is None:
            return True
        word = before.group(1).lower()
        if word in own or word in _NOUN_PRECEDERS or word.rstrip("s") in own:
            return True
        opening = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), text.rfind(";", 0, pos)) + 1
        return bool(stem) and stem in text[opening:pos].lower()

    return named


def _cut(text: str, start: int) -> str:
    """The value from ``start`` to its clause's end; "" (no firm value) when the next clause refines it ("a
    left-sided inguinal hernia, specifically an indirect one") or a later sentence concludes something else ("The
    most striking abnormality is a mass ... This is highly suggestive of glioblastoma.")."""
    end = _END_HERE.match(text, start) or _END.search(text, start, start + _REACH)
    if end is None and len(text) > start + _REACH:
        return ""  # no end within reach: far longer than any value (and a reply repeating its link stays linear)
    stop = end.start() if end is not None else len(text)
    if revised_after(text, stop):
        return ""
    if DESCRIPTION.match(text, start) is not None or _LEAD_IN.match(text, stop) is not None:
        return ""  # "is what you would expect in heart failure: cardiomegaly", "is a common site of metastasis"
    return text[start:stop].strip()


def _refined(text: str, stop: int) -> bool:
    """Whether the words right after a value's clause narrow it to something more precise."""
    return _REFINING.match(text, stop) is not None


def revised_after(text: str, stop: int) -> bool:
    """Whether the words after a value's clause ending at ``stop`` refine it or a later sentence concludes something
    else: the value there was a step, not the answer (shared with ``extract/open_named.py``)."""
    return _refined(text, stop) or _LATER_VERDICT.search(text, _sentence_end(text, stop)) is not None


def _sentence_end(text: str, pos: int) -> int:
    found = _SENTENCE_STOP.search(text, pos)
    return found.end() if found is not None else len(text)


# A value that describes the answer instead of naming it: a clause ("what you would expect", "that the heart is
# enlarged", "where the wall thickens"), "one of the ...", or a role of it ("a common site of metastasis", "the classic
# source of ..."). Such words are no answer; the name, when given, stands elsewhere (after a colon, in another clause).
DESCRIPTION = lazy_compile(r"(?i)(?:what|that|where|how|why|when|whether|which|who|whose|something|one\s+of|"
                            r"(?:[a-z-]+\s+){0,2}?(?:site|source|sign|cause|feature|example|hallmark|manifestation|"
                            r"consequence|result|marker|place|part|kind|form)\s+of)\b")
# The value's clause, or the sentence after it, leads in to a colon or a question mark: what stands before is the
# lead-in of a restatement ("..., as it filters the portal blood: the liver.") or the question asked again.
_LEAD_IN = lazy_compile(r"[^.!\n:?]{0,200}[:?]")
# A clause narrowing the value before it: "..., specifically an indirect one", "— more precisely a Smith fracture".
REFINING_WORDS = (r"(?:more\s+)?(?:specifically|precisely|namely|in\s+particular|i\.e\.?|that\s+is|to\s+be\s+precise|"
                  r"an?\s+[\w-]+\s+one\b)")
_REFINING = lazy_compile(r"(?i)\s*(?:[,;:(]|\s?[—–-])\s*" + REFINING_WORDS)
# A later sentence that concludes (an inference or identification cue): the value before it was the description.
_LATER_VERDICT = lazy_compile("(?i)" + hedges.words(hedges.INFERRING, hedges.IDENTIFYING, hedges.SUSPICION,
                                                    ("diagnosis", "this is", "these are", "in keeping with")))
_SENTENCE_STOP = lazy_compile(r"[.!?](?=\s|$)|\n")


def _one(values: list[str], kind: str | None) -> str | None:
    """The single firm value among ``values``: every one the same, short, unhedged, and (to a measurement question)
    one value of the asked kind."""
    if not values:
        return None
    firm = {_firm(v, kind) for v in values}
    if len(firm) != 1:
        return None
    return firm.pop()


def _firm(value: str, kind: str | None) -> str | None:
    """``value`` when it holds firm: a measurement's run of values (what follows it read by :func:`_measure`), else a
    short clause with no word holding it open."""
    if kind is not None:
        value = _measure(value, kind) or ""
    if not value or _HELD.search(value) is not None or len(_WORD.findall(value)) > _MAX_WORDS:
        return None
    return value


# A run of values of one kind: "11 weeks 2 days", "11 weeks and 2 days".
_RUN_JOIN = lazy_compile(r"\s*(?:and|\+|,)?\s*")


def _measure(value: str, kind: str) -> str | None:
    """``value`` when it is one value of the measurement ``kind`` (a run such as "11 weeks 2 days" counted as one)."""
    pattern = open_measure.value_pattern(kind)
    parts: list[str] = []
    found = pattern.match(value)
    while found is not None:
        parts.append(found.group())
        pos = found.end()
        joined = _RUN_JOIN.match(value, pos)
        found = pattern.match(value, joined.end()) if joined is not None else None
    rest = value[pos:].strip() if parts else value
    if not parts or (rest and not _TRAILING_OK.fullmatch(rest) and not _next_clause(rest, pattern)):
        return None
    return " ".join(parts)


def _next_clause(rest: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``rest`` after the value opens a clause of its own ("and no internal septations"): no other value of
    the kind in it, no word offering one."""
    return rest.lower().startswith("and ") and pattern.search(rest) is None and _DOUBT.search(rest) is None


_DOUBT = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.WEIGHING) + r"|\d")
# Words that may follow a value in its clause: where it was measured, how.
_TRAILING_OK = lazy_compile(r"(?i)(?:in\s+(?:short|long|maximal|greatest)\s+(?:axis|diameter|dimension)|"
                            r"craniocaudally|transversely|in\s+(?:length|diameter|width|size)|long|wide|thick|across)")


# A named answer (a type, a diagnosis) weighed anywhere in the reply: something said to possibly be something ("it
# could also be", "the lesion could be lytic or sclerotic"; not a passive "which could be dissolved", "it could be
# treated"), a possibility word ("pseudogout is also possible"), an alternative. A weighing word ("both", "between")
# is read in the value only ("after reviewing both views, the finding is ...").
_MODAL_BE = r"\b(?:could|may|might)\s+(?:also\s+|well\s+|equally\s+)?(?:be|represent)\s+(?![a-z]+ed\b)"
_TYPE_WEIGHED = lazy_compile(r"(?i)" + _MODAL_BE + "|" + hedges.words(
    tuple(w for w in hedges.POSSIBILITY if w not in ("could", "may", "might")), hedges.ALTERNATIVE))
# To a named answer, the same said of it ("could also be", "is also possible"), not a finding described as possible
# ("There is possible focal asymmetry ...; the assessment is BI-RADS 0").
_NAMED_WEIGHED = lazy_compile(r"(?i)" + _MODAL_BE + r"|\b(?:is|are)\s+(?:also\s+|equally\s+)?possible\b|"
                              + hedges.words(hedges.ALTERNATIVE))
# What may follow the thing's noun when the value ends there: the clause's end, or a word placing or describing it. Any
# other word continues a compound ("a reactive cell population", "a staghorn stone fragment"): the kind is not of it.
_AFTER_THING = lazy_compile(r"(?i)" + _END_AT + r"|\s+(?:in|on|at|within|of|from|into|near|along|involving|"
                            r"here|there|measuring|located|lying|arising|containing|causing|is|was|on\s+this|"
                            + "|".join(negation.SEEN) + r")\b")  # "... seen / noted / present"


def _typed(text: str, thing: str, question: str) -> str | None:
    """To "What type of <thing> ...?", the kind a reply names with the thing: "it's most likely a uric acid stone"
    (uric acid stone); the value must end in the thing's noun, after a copula, and be the only one given."""
    stem = re.escape(thing.rstrip("s"))
    pattern = (r"(?i)\b(?:it|this|that)(?:\s+is|\s+was|'s|’s)\s+" + _SOFT
               + r"(?P<value>(?:[\w-]+\s+){1,4}?" + stem + r"s?)\b")
    if _TYPE_WEIGHED.search(text) is not None:
        return None  # "It's a kidney stone. It's probably calcium oxalate, but it could also be struvite.": no one type
    values = {m.group("value").strip() if _AFTER_THING.match(text, m.end()) else ""
              for m in re.finditer(pattern, text) if not _refined(text, m.end())}
    firm = {v for v in values if v and _HELD.search(v) is None}
    if len(values) != 1 or len(firm) != 1:
        return None
    value = firm.pop()
    asked = set(_WORD.findall(question.lower()))
    return None if set(_WORD.findall(value.lower())) <= asked else value  # "a kidney stone": the question's own words


def _zh_value(text: str, subject: str, noun: str) -> str | None:
    """The value a Chinese reply ties to the question's subject: "箭头所指为胰腺，..." (胰腺)."""
    link = r"(?:的" + re.escape(noun) + r")?" if noun else ""
    pattern = re.escape(subject) + link + r"(?:为|是)"
    values = set()
    for m in re.finditer(pattern, text):
        end = _ZH_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        asking = text[stop:stop + 1] in ("?", "？")  # "主要异常是什么？...": the question said again, no value
        values.add("" if asking else text[m.end():stop].strip())
    if len(values) != 1 or _ZH_OPEN_ELSEWHERE.search(text) is not None:
        return None  # "首先考虑为肾脏，但肾上腺来源不能除外": held open, as in English
    value = values.pop()
    if not value or len(value) > 12 or _ZH_HELD.search(value) is not None:
        return None
    return value


__all__ = ["DESCRIPTION", "REFINING_WORDS", "asked_value", "method_only", "revised_after"]
