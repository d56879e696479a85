"""Whether a whole study is normal, answered by findings: "Is this chest X-ray normal?" - "Right lower lobe
consolidation." (no), "Unremarkable." (yes), "No acute cardiopulmonary process." (yes).

Rule ``implicit_normality``. The question must ask about the study as a whole ("Is this chest X-ray normal?",
"Is the study abnormal?", "Does this radiograph show any abnormality?", "Are there any abnormal findings?",
"Is everything within normal limits?", 这张胸片正常吗？, ¿Es normal la radiografía?). The answer is read
clause by clause with the clinical vocabulary (``extract/findings.py``):

* any finding stated (not negated, not hedged) makes the study abnormal, unless a whole-study normal phrase
  ("normal study") is stated too (then no reading);
* the study is normal when every clause is a normal statement (an organ called normal, a finding or group
  denied, a normal phrase such as "no acute cardiopulmonary process", or a bare "Unremarkable."/"Normal.")
  and no clause says anything the vocabulary cannot read: "The lungs are clear. Hilar fullness." is no reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation
from medstep.extract import findings, implicit, zh_concepts
from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.implicit_words import ABNORMALITY, LOOK
from medstep.answers.studies import study_nouns
from medstep.answers.technique import TECHNICAL
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "implicit_normality"
# The nouns of the image as a whole (``STUDY``: also the image a question about one organ points at, organ_normal.py).
_STUDY = STUDY = study_nouns(("image", "radiograph", "x-ray", "film", "scan", "study", "ct", "mri", "exam", "examination",
                             "ultrasound", "radiography", "cxr", "mammogram", "mammography"), plural=False,
                            extra=("images", "picture", "chest"))
# (pattern, the question asks "normal" (True) or "abnormal" (False)).
_QUESTIONS: tuple[tuple[re.Pattern[str], bool], ...] = tuple((lazy_compile(p, re.I), w) for p, w in (
    (r"^\s*(?:is|does)\s+(?:this|the|it)\s+(?:[a-z-]+\s+){0,3}?" + _STUDY + r"\s+(?:" + LOOK + r"\s+)?normal\s*\?\s*$",
     True),
    (r"^\s*(?:is|does)\s+(?:this|the|it)\s+(?:[a-z-]+\s+){0,3}?" + _STUDY + r"\s+(?:" + LOOK
     + r"\s+)?abnormal\s*\?\s*$", False),
    (r"^\s*is\s+(?:this|it)\s+(?:a|an)\s+normal\s+(?:[a-z-]+\s+){0,2}?" + _STUDY + r"\b[^?]{0,30}\?\s*$", True),
    (r"^\s*is\s+(?:this|it)\s+(?:a|an)\s+abnormal\s+(?:[a-z-]+\s+){0,2}?" + _STUDY + r"\b[^?]{0,30}\?\s*$", False),
    (r"^\s*(?:does|do)\s+(?:this|the)\s+(?:[a-z-]+\s+){0,2}?" + _STUDY + r"\s+show\s+(?:any\s+)?"
     + ABNORMALITY + r"\s*\?\s*$", False),
    (r"^\s*(?:is|are)\s+there\s+(?:any\s+|an?\s+)?" + ABNORMALITY
     + r"(?:\s+(?:in|on)\s+(?:this|the)\s+(?:[a-z-]+\s+){0,2}?" + _STUDY + r")?\s*\?\s*$", False),
    (r"^\s*is\s+everything\s+(?:normal|within\s+normal\s+limits)\s*\?\s*$", True),
    (r"^\s*(?:这张|这幅|该)?(?:胸片|片子|图像|影像|X线片|CT|MRI)(?:是否)?正常(?:吗|么)?\s*[？?]\s*$", True),
    # no subject but the image itself ("Is it normal?", "Does this look abnormal?", 是否正常？, 这是否异常？, 有无异常？):
    # what is asked is the picture as a whole, read the same way
    (r"^\s*(?:is|does)\s+(?:this|it|that)\s+(?:" + LOOK + r"\s+)?normal\s*\?\s*$", True),
    (r"^\s*(?:is|does)\s+(?:this|it|that)\s+(?:" + LOOK + r"\s+)?abnormal\s*\?\s*$", False),
    (r"^\s*(?:这|这个|它|此)?(?:是否|看起来是否)?正常(?:吗|么)?\s*[？?]\s*$", True),
    (r"^\s*(?:这|这个|它|此)?(?:是否|是否有|有无|有没有)?异常(?:吗|么)?\s*[？?]\s*$", False),
    (r"^\s*¿\s*es\s+normal\s+(?:la|el|esta|este)\s+(?:radiografía|estudio|imagen|tc|tac|resonancia)"
     r"(?:\s+de\s+[a-záéíóú]+)?\s*\?\s*$", True),
))
# The same in German, French, Italian, Portuguese and Spanish report language: "Unauffälliger Befund.", "Kein
# pathologischer Befund.", "Examen sans particularité.", "Esame nella norma.", "Estudo sem alterações.", "Dentro de la
# normalidad."
_WITHOUT = r"(?:" + negation.alternation(negation.OTHER_WITHOUT) + r")\s+"
_NONE = r"(?:" + negation.alternation(negation.OTHER_NONE) + r")\w*\s+"
_NORMAL_ABROAD = (r"unauffällig(?:er|es)?(?:\s+befund)?|normalbefund|nella\s+norma|dentro\s+d(?:a|e\s+la)\s+normalidad|"
                  r"(?:examen|étude|estudo|exame|estudio|esame|reperto|studio)\s+(?:normale?|nella\s+norma)|"
                  r"(?:(?:examen|étude|estudo|exame)\s+)?(?:" + _WITHOUT + "|" + _NONE + r"|pas\s+d['’]\s*)"
                  r"(?:pathologische[nr]?\s+befund|particularité|anomalies?|alterações|alterazion[ei]|reperto\s+patologico|"
                  r"achados(?:\s+patológicos)?)(?:\s+(?:décelable|notable|significative|significativa|significativas))?")
# A part called normal in those languages and in Chinese, word by word ("el hígado es normal", "il fegato appare
# regolare", "le rein est sain", "Die Leber ist unauffällig", "肝脏未见异常"), beside the study phrases above: an organ
# called so is not the answer to "which organ is affected" (read by ``score/open_foreign_site.py``; one home).
NORMAL_PART_ABROAD = (r"\bnorma(?:l|le|les|li|is|ux)\b|正常|未见异常|无异常|"
                      r"\b(?:san[oa]s?|saine?s?|regolar[ei]|intakt|integr[oa]|preservad[oa]|conservad[oa]|unauff\w*)\b|"
                      + _NORMAL_ABROAD)
# Whole replies calling the study normal, beside the vocabulary's normal phrases.
_NORMAL_REPLY = lazy_compile(r"(?i)^[\s*_]*(?:all\s+)?(?:normal|unremarkable|within\s+normal\s+limits|wnl|negative\s+study"
                             r"|normal\s+(?:study|examination|exam|radiograph|film|image)|nothing\s+abnormal"
                             r"|sin\s+hallazgos(?:\s+patológicos)?|sin\s+alteraciones(?:\s+significativas)?"
                             r"|radiografía\s+(?:normal|sin\s+hallazgos"
                             r"(?:\s+patológicos)?)|正常|" + _NORMAL_ABROAD + r")(?:\s+[a-z]+)?[\s.。!*_]*$")
# The whole-study phrases of other languages among them (a finding beside one contradicts it).
_STUDY_ABROAD = lazy_compile(r"(?i)^[\s*_]*(?:sin\s+hallazgos|sin\s+alteraciones|radiografía\s+(?:normal|sin)|"
                             + _NORMAL_ABROAD + ")")
# A clause denying any abnormality in the whole study: "Not abnormal.", "Nothing abnormal is seen on this radiograph.",
# "There is no (significant) abnormality.", "This is not an abnormal study."; a finding stated beside it makes the
# answer contradict itself (no reading), an exception in the clause ("apart from a nodule") is read as a finding.
_NOTHING_ABNORMAL = lazy_compile(
    r"(?i)^[\s*_]*(?:i\s+(?:do\s+not|don't|cannot|can't)\s+see\s+anything\s+abnormal|"
    r"(?:(?:there\s+(?:is|are)|this\s+is|it\s+is|(?:this|the)\s+(?:[a-z-]+\s+)?" + _STUDY + r"\s+is)\s+)?"
    r"(?:nothing\s+abnormal|no\s+(?:(?:" + hedges.alternation(hedges.DENIAL_WORDS) + r")\s+)?abnormal(?:ity|ities|\s+findings?)"
    r"|not\s+(?:an?\s+)?abnormal(?:\s+" + _STUDY
    + r")?))(?:\s+(?:is|are)\s+(?:" + hedges.alternation(negation.SEEN) + r"))?"
    r"(?:\s+(?:on|in)\s+(?:this|the)\s+(?:[a-z-]+\s+)?" + _STUDY + r")?[\s.!*_]*$")
# Whole replies calling the study abnormal: "Abnormal.", "Not normal.", "Abnormal study.", "Abnormality." (no finding
# needed).
_ABNORMAL_REPLY = lazy_compile(r"(?i)^[\s*_]*(?:abnormal|not\s+normal|abnormal\s+(?:study|examination|exam|radiograph|"
                               r"film|image|scan)|abnormality|abnormalities|anormal|no\s+es\s+normal|不正常|异常)[\s.。!*_]*$")


_TECHNICAL = TECHNICAL  # "The image quality is normal." (answers/technique.py)


_VARIANT = lazy_compile(r"(?i)\bvariants?\b")


# A clause with a normal word and one of these does not plainly call its organ normal ("no normal lung markings",
# "negative", "positive"): read on the lower-cased clause.
_NOT_PLAIN = lazy_compile(hedges.words(negation.DENY, negation.NEGATIVE, ("positive",)))


def _asks_normal(question: str) -> bool | None:
    for pattern, wants_normal in _QUESTIONS:
        if pattern.match(question):
            return wants_normal
    return None


# A whole-study normal phrase held to the rest ("Otherwise no abnormality.", "余未见明显异常"): it calls the rest
# normal, so a finding beside it makes the study abnormal (the unqualified phrase beside a finding contradicts it).
_THE_REST = lazy_compile(r"(?i)" + hedges.words(hedges.QUALIFICATION) + "|^(?:" + hedges.alternation(hedges.ZH_QUALIFICATION)
                         + ")")


def _clause_kind(clause: str, strict: bool = False) -> str:
    """``abnormal``, ``normal``, ``unclear`` or ``unknown`` (nothing the vocabulary reads) for one clause; a study
    called normal except for the rest is ``normal`` (``_THE_REST``). ``strict``: see :func:`_kind`."""
    kind = _kind(clause, strict)
    return "normal" if kind == "study_normal" and _THE_REST.search(clause.strip(" *_")) is not None else kind


def _kind(clause: str, strict: bool = False) -> str:
    """One clause's kind (see ``_clause_kind``). ``strict``: a normal word found with no statement the vocabulary
    reads around it ("... fused across the midline": "midline" is the trachea's normal) is ``unknown``, unless the
    clause is about the study ("The chest X-ray is normal.")."""
    if _TECHNICAL.search(clause):
        return "unknown"  # "The image quality is normal.": how the image was made, not what it shows
    if _VARIANT.search(clause):
        return "unknown"  # "Normal variant azygos lobe.": a finding that is normal; which does the model mean?
    if _NORMAL_REPLY.match(clause):
        # "Sin alteraciones significativas." calls the whole study normal: beside a finding it contradicts it
        return "study_normal" if _STUDY_ABROAD.match(clause) else "normal"
    if _NOTHING_ABNORMAL.match(clause):
        return "study_normal"
    if _ABNORMAL_REPLY.match(clause):
        return "abnormal"
    # a Chinese clause's denials ("未见气胸及胸腔积液") are read by ``extract/zh_concepts.py``: the English reader
    # does not see them, and would take the denied findings for stated ones
    events = zh_concepts.zh_statements(clause) if HAN.search(clause) else findings.statements(clause)
    if events is None:
        return "unclear"
    concepts = vocabulary().concepts
    kinds = set()
    for e in events:
        category = concepts[e.key].category if e.key in concepts else ""
        if e.normal:
            kinds.add("unclear" if e.negated else "normal")
        elif category == "normal":
            kinds.add("unclear" if e.negated else "study_normal")
        elif category in ("finding", "group"):
            kinds.add("normal" if e.negated else ("abnormal" if category == "finding" else "unclear"))
    if not kinds:
        low = normalize(clause)
        states = [m for m in vocabulary().mentions(low) if m.kind is MentionKind.NORMAL]
        plain = states and not _NOT_PLAIN.search(low) and (not strict or _STUDY_WORD.search(low) is not None)
        return "normal" if plain else "unknown"
    if "unclear" in kinds:
        return "unclear"
    if "abnormal" in kinds:
        return "study_abnormal_and_normal" if "study_normal" in kinds else "abnormal"
    return "study_normal" if "study_normal" in kinds else "normal"


_STUDY_WORD = lazy_compile(r"\b" + _STUDY + r"\b")
# A concluding label heading a line ("Impression:", "**Conclusion:**", ``commit.CONCLUDING_LABEL``).
_LABEL = lazy_compile(r"(?im)^[ \t#>*_\-•]*" + CONCLUDING_LABEL + r"[ \t*_]*[:：][ \t*_]*")
_ZH_CLAUSE = lazy_compile(r"[。；;，,]")


def read_normality(text: str, question: str) -> str | None:
    """yes / no (是 / 否 for a Chinese answer) when a short answer settles a whole-study normality question."""
    wants_normal = _asks_normal(question.strip())
    if wants_normal is None:
        return None
    normal = study_normal(text)
    if normal is None:
        return None
    zh = HAN.search(text) is not None
    yes = normal == wants_normal
    return (ZH_YES if yes else ZH_NO) if zh else (YES if yes else NO)


def study_normal(text: str, strict: bool = False) -> bool | None:
    """Whether a short answer calls the whole study normal (True) or states a finding (False), read clause by clause
    (module docstring); None when it says neither plainly (a hedge, a clause the vocabulary cannot read, both).
    ``strict``: a clause holding a normal word but no statement the vocabulary reads is not read (``_kind``)."""
    if len(text) > implicit.MAX_CHARS:
        return None
    text = _LABEL.sub("", text)  # "Impression: Unremarkable.": the label heads the statement, it states nothing
    kinds: set[str] = set()
    for sentence in implicit.sentences(text):
        # a Chinese reply's clauses end at its own marks ("右侧胸腔积液。余未见明显异常。"), with no space after them
        parts = [p for p in _ZH_CLAUSE.split(sentence) if p.strip()] if HAN.search(sentence) else [sentence]
        sentence_kinds = {_clause_kind(c, strict) for part in parts for c in findings.clause_split(part)}
        if "abnormal" in sentence_kinds and (implicit.hedged(sentence, temporal=False) or ZH_HEDGE.search(sentence)):
            return None  # "Possible right lower lobe consolidation.", "右下肺考虑炎症。"
        if sentence_kinds & {"normal", "study_normal"} and (implicit.hedged(sentence) or ZH_HEDGE.search(sentence)):
            return None  # "Likely normal.", "The prior study was normal.", "A normal study would show sharp angles."
        kinds |= sentence_kinds
    if not kinds or kinds & {"unclear", "study_abnormal_and_normal"}:
        return None
    if "abnormal" in kinds:
        return None if "study_normal" in kinds else False
    return None if "unknown" in kinds else True


# A whole-study normal option: "Normal", "Normal study", "Normal chest", "Unremarkable examination"; or the study's
# findings denied as a whole: "No finding" (the CheXpert label), "No acute findings", "No acute process", "No
# significant abnormality seen", "Nothing abnormal detected". Only the generic nouns of a finding: "No fracture" names
# one finding, and a normal study is also no fracture, but the option asks that one.
_WHOLE_DENIED = (r"(?:no|nothing)\s+(?:(?:acute|significant|active|abnormal|definite|focal)\s+){0,2}"
                 r"(?:(?:" + _STUDY + r"|cardiopulmonary|intrathoracic|intracranial|osseous|bony)\s+)?"
                 r"(?:findings?|abnormalit(?:y|ies)|process|disease|pathology|abnormal)"
                 r"(?:\s+(?:detected|seen|identified|found|present|noted|demonstrated))?")
_NORMAL_STUDY_OPTION = lazy_compile(r"(?i)[\s*_]*(?:(?:normal|unremarkable)(?:\s+(?:" + _STUDY
                                    + r"|findings?|appearances?|anatomy|examination))?|" + _WHOLE_DENIED + r")[\s.]*")


# A sentence calling the whole study normal, not one part of it: "This knee radiograph is normal.", "This is a normal
# chest radiograph.", "Looks normal to me.", "In summary, a normal examination.", "CT head shows no acute abnormality:";
# not "Bone mineralisation looks normal." (a part: the rest may still hold the finding).
_REGION = r"(?:knee|head|brain|abdomen|pelvis|spine|hand|wrist|ankle|foot|shoulder|elbow|hip)"
_ENTIRELY = r"(?:entirely\s+|completely\s+|totally\s+|essentially\s+)?"
_WHOLE_NORMAL = lazy_compile(
    r"(?i)[\s*_]*(?:this\s+is\s+an?\s+" + _ENTIRELY + r"normal\b"
    r"|(?:in\s+summary|overall|in\s+conclusion|impression)[,:]?\s+(?:this\s+is\s+|it\s+is\s+)?(?:an?\s+)?" + _ENTIRELY
    + r"normal\b"
    r"|(?:it\s+|everything\s+|all\s+)?(?:looks|appears|seems|is)\s+" + _ENTIRELY + r"normal\b"
    r"|(?:the|this)\s+(?:[a-z-]+\s+){0,2}?(?:" + _STUDY + "|" + _REGION + r")\s+(?:is|appears|looks|seems)\s+" + _ENTIRELY
    + r"normal\b)")
# (with the whole-study denials that are normal options: "No acute findings are seen.", "No acute process.")
_NO_ACUTE = lazy_compile(r"(?i)\bno\s+acute\s+(?:[a-z]+\s+)?(?:abnormalit(?:y|ies)|findings?|process|disease|pathology)\b")
# The end of a complete sentence (or of a clause closed by a colon or a line end): what a cut output holds before its
# cut fragment.
_SENTENCE_END = lazy_compile(r"[.!:;\n]")


def whole_study_called_normal(text: str) -> bool:
    """Whether a complete sentence of ``text`` calls the whole study normal: then a cut after it drops only detail,
    and the normal call is the answer (a normal part, "The bones look normal.", is not: the cut may hold the
    finding)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        body = text[start:end.end()]
        if _WHOLE_NORMAL.match(body) is not None or _NO_ACUTE.search(body) is not None:
            return True
        start = end.end()
    return False


@lru_cache(maxsize=1024)  # (an option's text, asked by several readers of each output that offers it)
def normal_option(option: str) -> bool:
    """Whether an option's text calls the study, or one organ, normal: "Normal", "Normal chest", "No acute
    abnormality", "Normal brain", "Normal ventricles"; not a finding denied ("No fracture": a normal study is also
    no fracture, but the option names one finding) nor a normal of something else ("Normal position", "Normal
    sinus rhythm")."""
    if _NORMAL_STUDY_OPTION.fullmatch(option) is not None or _kind(option) == "study_normal":
        return True
    events = findings.statements(option) or []
    return bool(events) and all(e.normal and not e.negated for e in events)


def called_normal(verdict: str, question: str) -> bool:
    """Whether ``verdict`` to ``question`` (a whole-study normality question) says the study is normal."""
    wants_normal = _asks_normal(question.strip())
    return wants_normal is not None and (verdict in (YES, ZH_YES)) == wants_normal


__all__ = ["NORMAL_PART_ABROAD", "RULE", "called_normal", "normal_option", "read_normality", "study_normal", "whole_study_called_normal"]
