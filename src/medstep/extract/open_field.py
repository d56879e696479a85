"""The conclusion field of an open reply laid out as a report: "Findings: ... Impression: left pneumothorax."

A reply written as a report states its answer in a labelled field ("Impression:", "**Diagnosis:**", "Most likely
diagnosis:", "Final diagnosis -", in other languages "**Diagnóstico:**", "Beurteilung:", "Conclusion :"); the
fields before it are the findings, those after it caveats, so the open reader (``extract/open_reader.py``) reads the
last such field's text (:func:`answer_field`). A field of another language whose text opens with a denial ("Beurteilung:
Kein Anhalt für Malignität.", "Diagnóstico: sin evidencia de malignidad", "Conclusion : pas de pneumopathie") names no
diagnosis: the name in it is the one denied, and the grader's ladder knows the English denials only ("pas de
pneumopathie" would pass for "pneumopathie"), so :func:`denied_field` tells the reader to read no answer there. An
English field's denial ("Impression: No pneumonia.") is read as written: the grader reads it as a denial.
"""

from __future__ import annotations

from itertools import islice

from medstep.answers import hedges, negation
from medstep.extract.langwords import FOREIGN_CONCLUSION_FIELDS, foreign_negation_opens
from medstep.lazyre import lazy_compile

# The Chinese names of a report's conclusion field ("诊断：", "初步诊断：", "诊断意见：", "印象：", "结论："); not
# "鉴别诊断：" (a differential), which opens with other words.
ZH_FIELDS = r"(?:初步|最终|影像|临床|病理|最可能的?)?诊断(?:意见|结果)?|影像学?印象|印象|结论"
# (The blank run after a sentence and the marks before the name are possessive: "." and 4,500 tabs took 9 s.)
# A labelled field stating the conclusion, opening a line or following a sentence: "Impression: ...", "**Diagnosis:**
# ...", its abbreviation "Dx: ..." (not "DDx:", a differential), "Most likely diagnosis: ...", "Final diagnosis - ..."
# (not "Differential diagnosis: ...", a list of candidates), "**Assessment:** ..." (whose body may be a plan or a
# numbered list instead: :func:`assessment_field`);
# in other languages too ("**Diagnose:** ...", "Hallazgo principal: ...", ``langwords.FOREIGN_CONCLUSION_FIELDS``).
_FIELD = lazy_compile(r"(?im)(?:^|(?<=[.!?])[ \t]++)[ \t*_#>-]*+(?:(?:final|most\s+likely|working|likely)[ \t]+)?"
                      r"(?:impression|diagnosis|dx|conclusion|(?P<assessment>assessment)|(?P<foreign>" + FOREIGN_CONCLUSION_FIELDS + r")|(?P<zh>" + ZH_FIELDS
                      + r"))[ \t]*[*_]*"
                      r"[ \t]*[:：][*_]*[ \t]*(?P<body>[^\n]+)")
# A Chinese conclusion's body that settles on no one diagnosis: an alternative or a possibility ("或", "可能", "不除外"),
# a pending or advised step ("待定", "建议进一步检查", "复查"), a comparison with an earlier study ("与前片比较无明显变化"),
# a numbered list of findings ("1. 右下肺炎 2. 右侧胸腔积液").
_ZH_UNSETTLED = lazy_compile("|".join(hedges.ZH) + r"|不除外|除外|待定|待排|建议|复查|随访|比较|对比|变化|鉴别|[?？]|"
                             r"(?:^|\s)\d+\s*[.、．)）]")
# The text after a label that denies what the label names: "none", "not seen", "absent", "negative", "no".
DENIED_BODY = lazy_compile(r"(?i)^[\s*_]*" + hedges.words(negation.DENY, negation.NONE, negation.ABSENT,
                                                         negation.NEGATIVE))


def answer_field(region: str) -> str | None:
    """The text of the last labelled field stating the conclusion ("Impression: left pneumothorax.", "**Diagnosis:**
    Acute appendicitis.", "Most likely diagnosis: ...") in an open answer laid out as a report ("Findings: ...
    Impression: ..."), up to the end of its line: the fields before it are the findings, the ones after it caveats.
    ``None`` when there is no such field."""
    if ":" not in region and "：" not in region:
        return None
    last = None
    for last in _FIELD.finditer(region):
        pass
    if last is None or not last.group("body").strip():
        return None
    if last.group("assessment") is not None and _ENUMERATED.match(last.group("body")) is not None:
        return None  # "**Assessment:** 1. Pulmonary embolism 2. Right heart strain": a problem list, read whole
    if last.group("zh") is not None and _ZH_UNSETTLED.search(last.group("body")) is not None:
        return None  # "诊断：待定，考虑肺炎或肺水肿", "结论：建议进一步检查": no one diagnosis; the reply is read whole
    return last.group("body").strip()


# A field body opening a numbered list ("1. Pulmonary embolism 2. Right heart strain", "(1) ...").
_ENUMERATED = lazy_compile(r"^[\s*_]*+(?:\d+[.)]|\(\d+\))\s")


def assessment_field(region: str) -> bool:
    """Whether the last conclusion field of ``region`` is an Assessment, whose body the reader checks further: the
    word also heads a plan ("**Assessment:** Urgent decompression recommended.", ``open_verdict.advises``) or a
    numbered problem list, where the field is no verdict (an Assessment opening a list is refused here)."""
    last = None
    for last in _FIELD.finditer(region):
        pass
    return last is not None and last.group("assessment") is not None


def denied_field(region: str) -> bool:
    """Whether the text of the last conclusion field of ``region`` opens with a denial of another language ("Kein
    Hinweis auf Pneumonie", "sin evidencia de malignidad", "Conclusion : pas de pneumopathie"), or with any denial
    under a field named in another language ("Diagnóstico: No se observa neumonía"): it names no diagnosis (module
    docstring)."""
    if ":" not in region and "：" not in region:
        return False
    last = None
    for last in _FIELD.finditer(region):
        pass
    if last is None:
        return False
    body = last.group("body").strip()
    if last.group("zh") is not None:
        return body.lstrip(" *_").startswith(negation.ZH_CHARS)  # "诊断：未见明显异常": nothing diagnosed
    return foreign_negation_opens(body) or (last.group("foreign") is not None and DENIED_BODY.match(body) is not None)


# A question asking where the thing is, or at which level or on which side; not one asking the diagnosis ("What is
# the diagnosis of the opacity in the right lower lobe?").
# Bare "located" asks no place ("What type of lesion is located in the right kidney?" asks the lesion); "Where is it
# located?" is asked by "where". In Chinese: "哪里", "什么部位", "哪侧", "位于何处".
_ASKS_WHERE = lazy_compile(r"(?i)^\W*where\b|\blocation\b|\b(?:which|what)\s+(?:side|lobe|segment|"
                           r"level|part|quadrant|region|compartment|territory)\b|\bat\s+what\s+level\b|"
                           r"哪里|哪儿|何处|哪个部位|什么部位|哪一?侧|哪个位置|什么位置")
# A question asking the diagnosis too, or a second thing ("Where is the lesion and what is it?"), or where a disease
# spreads (a place the reply's location field does not give): the place field alone is no answer.
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\bdiagnos|\band\s+(?:what|which|how)\b|\bmetasta|\bspread|诊断|什么病")
# A labelled field giving a place ("**Location:** Right cerebellopontine angle.", "Site: left lower lobe", "Level:
# L4-L5", "部位：右肺上叶"), opening a line.
_PLACE_FIELD = lazy_compile(r"(?im)^[ \t*_#>-]*(?:location|site|level|position|locali[sz]ation|laterality|side|"
                            r"(?:病变|病灶)?(?:部位|位置))[ \t]*[*_]*"
                            r"[ \t]*[:：][*_]*[ \t]*(?P<body>[^\n]+)")


def place_field(region: str, question: str) -> str | None:
    """The text of the field giving a place ("**Location:** Right cerebellopontine angle.") in a reply laid out in
    fields, to a question asking where (or at which level, on which side): the field the question asks answers it,
    whatever diagnosis a later field or sentence names. ``None`` when the question asks no place, asks the diagnosis
    too, or two place fields say different things."""
    if ":" not in region and "：" not in region:
        return None
    if _ASKS_WHERE.search(question) is None or _ASKS_DIAGNOSIS.search(question) is not None:
        return None
    bodies = [m.group("body").strip() for m in _PLACE_FIELD.finditer(region)]
    bodies = [b for b in bodies if b.strip(" *_")]
    if not bodies or len({b.lower() for b in bodies}) != 1:
        return None
    return bodies[-1]


# A line-opening labelled field of one to three words ("**Abnormality:** ...", "- **Finding**: ...", "Organ: ...",
# "Abnormality — ..."), its name and its body.
_ANY_FIELD = lazy_compile(r"(?m)^[ \t>-]*+[*_]*+(?P<name>[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,2})[*_]*"
                          r"(?:[ \t]*[:：]|[ \t]+[—–-][ \t])[*_]*[ \t]*(?P<body>[^\n]+)")
# What a wh-question asks for: the words after "what" / "which" and the copula and article ("What is the abnormality
# on this radiograph?" -> "abnormality on this radiograph"; "Which organ is shown?" -> "organ is shown").
_ASKED_WORDS = lazy_compile(r"(?i)^\W*(?:what|which)\s+(?:(?:is|are|was)\s+)?(?:the\s+)?(?P<asked>[a-z][a-z\s'-]*)")


def asked_field(region: str, question: str) -> str | None:
    """The text of the field named by what the question asks, in a reply laid out in two or more fields: "**Abnormality:**
    Left-sided pneumothorax.\n\n**Details:** ..." to "What is the abnormality on this chest X-ray?", "**Finding:** Right
    pleural effusion\n**Severity:** moderate" to "What is the main finding?".

    Why: such a reply answers in the field the question names and says more in the others; read whole, the answer
    is the fields' names and all their text. The field is found by structure (its name is the noun the question asks
    for, the words right after "what" / "which", the copula and the article, a "main" or "primary" aside), not by a
    list of field names. ``None`` when the question asks no such noun, the reply has fewer than two fields, or the
    asked field is written twice with different text (also under a name holding the asked noun among other asked
    words: "Fracture type:" beside "Type:" to "What is the type of fracture?")."""
    if ":" not in region and "：" not in region and "—" not in region and " - " not in region:
        return None
    asked = _ASKED_WORDS.match(question.strip())
    if asked is None:
        return None
    wanted = [w for w in asked.group("asked").lower().split() if w not in _ASIDE]
    if not wanted:
        return None
    fields = list(islice(_ANY_FIELD.finditer(region), _MOST_FIELDS + 1))
    if not 2 <= len(fields) <= _MOST_FIELDS:
        return None  # one field is read as before; a run of many is a document, not a reply laid out in fields
    bodies = {m.group("body").strip() for m in fields
              if (name := [w for w in m.group("name").lower().split() if w not in _ASIDE])
              and (name == wanted[:len(name)] or wanted[0] in name and set(name) <= set(wanted))
              and m.group("body").strip(" *_")}
    return bodies.pop() if len(bodies) == 1 else None  # ("Type: transverse" beside "Fracture type: oblique": None)


# The most fields a reply laid out in fields has (the scan stops after one more: linear in the text, bounded work).
_MOST_FIELDS = 24
# Words beside the asked noun that do not name it: "What is the main finding?" asks a finding, as "Finding:" names it.
_ASIDE = frozenset({"main", "primary", "principal", "key", "major", "most", "likely", "probable"})


__all__ = ["DENIED_BODY", "ZH_FIELDS", "answer_field", "asked_field", "assessment_field", "denied_field", "place_field"]
