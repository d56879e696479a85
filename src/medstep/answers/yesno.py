"""Yes/no answers: the words that are verdicts, in English and Chinese (SLAKE zh: 是/否).

A gold or predicted verdict is compared in its canonical form, so "Yes.",
" yes", "YES" and "Yes!" are one answer everywhere (datasets, grading,
rewards); 是的 / 不是 / 不 are the Chinese forms of 是 / 否. A verdict
*means* the same in either language (:func:`verdict_meaning`): a model
answering a SLAKE zh question in English ("No.") gives the gold 否.
"""

from __future__ import annotations

from medstep.answers.negation import SEEN, SEEN_RARE

YES, NO = "yes", "no"
ZH_YES, ZH_NO = "是", "否"
YES_NO = frozenset({YES, NO})
ZH_YES_NO = frozenset({ZH_YES, ZH_NO})
VERDICTS = YES_NO | ZH_YES_NO

# Spellings that mean a verdict when they are the whole (stripped) answer.
_CANONICAL = {YES: YES, NO: NO, ZH_YES: ZH_YES, ZH_NO: ZH_NO, "是的": ZH_YES, "不是": ZH_NO, "不": ZH_NO}
_EDGE = " \t\r\n.。!！?？,，;；:：*_\"'“”‘’`()（）[]"
# Whole replies that are a verdict in other words (read by the extractor, not accepted as golds).
# They judge the question's statement itself, whatever its polarity ("Are no fractures seen?" - "Correct.").
# Colloquial verdict words, interjections standing for "yes" / "no" at the head of a reply ("Nope - that is the
# gastric bubble.", "Yup, a small one."): ``extract/short_reply.py`` reads them as the lead "Yes" / "No".
INTERJECTIONS = {"nope": NO, "nah": NO, "yep": YES, "yup": YES, "yeah": YES, "yea": YES}
WORD_VERDICTS = {**INTERJECTIONS, "affirmative": YES, "true": YES, "false": NO, "correct": YES,
                 "incorrect": NO, "y": YES, "n": NO, "absolutely": YES, "definitely": YES, "certainly": YES, "verdadero": YES, "falso": NO, "correcto": YES, "incorrecto": NO,
                 "正确": ZH_YES, "错误": ZH_NO, "对": ZH_YES, "错": ZH_NO}
# Whole replies that state whether the asked finding is there ("Present.", "Not seen.", 阴性, "Ausente."):
# read against the question's polarity ("Is there no effusion?" - "Absent." is yes), so not verdicts as such.
PRESENCE_WORDS = {"present": YES, "absent": NO, "not present": NO, "seen": YES, "not seen": NO, "visible": YES,
                  "not visible": NO, "visualized": YES, "not visualized": NO, "visualised": YES,
                  "not visualised": NO, "identified": YES, "not identified": NO, "detected": YES,
                  "not detected": NO, "positive": YES, "negative": NO, "none": NO, "none seen": NO,
                  "finding present": YES, "finding absent": NO, "presente": YES, "ausente": NO, "positivo": YES,
                  "negativo": NO, "ninguno": NO, "ninguna": NO, "存在": ZH_YES, "不存在": ZH_NO, "阳性": ZH_YES,
                  "阴性": ZH_NO, "可见": ZH_YES, "未见": ZH_NO}
# ... and "None" or "not" with any word of seeing: "None found.", "None identified.", "Not demonstrated." (the words
# of seeing are ``answers/negation.SEEN``'s).
PRESENCE_WORDS.update({f"{neg} {w}": NO for neg in ("none", "not") for w in (*SEEN + SEEN_RARE, "found")})
# A severity or size given as the whole reply says the asked abnormality is there ("Small.", "Mild", 少量).
SEVERITY_WORDS = frozenset({"trace", "minimal", "tiny", "small", "mild", "moderate", "large", "severe", "marked",
                            "massive", "extensive", "slight", "leve", "moderado", "moderada", "severo", "severa",
                            "pequeño", "pequeña", "grande", "少量", "少许", "轻度", "轻微", "中度", "中等量", "中量",
                            "重度", "大量"})
# Chinese words that open a verdict (SLAKE zh): 有 / 没有 / 无 answer "有…吗？" (is there …?).
# 存在 / 不存在 ("present" / "absent") open a verdict to "…存在…吗？" the same way.
ZH_VERDICT_WORDS = {"是": ZH_YES, "否": ZH_NO, "不是": ZH_NO, "不": ZH_NO, "有": ZH_YES, "没有": ZH_NO, "无": ZH_NO,
                    "存在": ZH_YES, "不存在": ZH_NO, "包含": ZH_YES, "不包含": ZH_NO}
# Words before a verdict that keep it committed: "Probably yes —", "Likely no.", "I'd say yes, most likely." A
# reader takes the verdict (a lean worded as the answer is the answer); "possibly" / "maybe" are not here: "Possibly
# yes" leaves the other verdict open.
COMMITTED_LEANS = ("most likely", "very likely", "more likely", "likely", "most probably", "probably",
                   "almost certainly", "definitely", "certainly", "absolutely", "clearly", "i'd say", "i would say", "i'd lean", "i lean", "i think", "i believe",
                   "my answer would be", "i'd go with", "i would go with",
                   # "I'd lean towards no.": the lean's verdict after its preposition
                   "i'd lean towards", "i'd lean toward", "i would lean towards", "i would lean toward", "i lean towards",
                   "i lean toward", "i'm leaning towards", "i'm leaning toward", "i am leaning towards", "leaning towards",
                   "leaning toward")
# Chinese degree words a reply sets inside a finding's name (前交叉韧带完全撕裂 is a complete 前交叉韧带撕裂); behind a
# denial only the "obvious" ones leave the finding's name (未见明显积液 = no effusion, the project's convention), while
# 未见…完全撕裂 denies the complete tear only.
ZH_DEGREE_INSIDE = ("完全", "部分", "轻度", "中度", "重度", "明显", "轻微", "广泛")
ZH_DEGREE_DENIABLE = ("明显", "明确")
# The Chinese committed leans opening a reply before its verdict word: "倾向于否。" (leaning to no), "更倾向于是".
ZH_LEANS = ("更倾向于", "倾向于", "倾向", "认为", "觉得", "应该")
# Bare assent and denial by a pro-form: a verb of judging or of appearance standing for the question's own statement
# with "so" (assent) or "not" / a negated verb (denial): "I'd say so.", "I'm afraid so.", "Seems so.", "Looks like
# it.", "I suppose not.", "I wouldn't say so.", "Doesn't look like it." Built from these words (one mechanism for the
# whole family, no phrase list): the reply stands for "yes" / "no" to whatever was asked, whatever its polarity.
# "guess" and "hope" are left out: a guess holds the other verdict open, a hope is no reading of the image; so are
# "expect" and "imagine": an expectation is no reading of the image either ("I'd expect so, given the mechanism, but no
# fracture line is visible" is a no).
_JUDGING_VERBS = ("say", "think", "believe", "suppose", "reckon", "suspect", "presume", "fear")
_JUDGING_SUBJECTS = ("i", "i'd", "i would", "i should", "i do", "i'd have to", "i would have to")
_NEGATED_SUBJECTS = ("i don't", "i do not", "i wouldn't", "i would not", "i'd not", "don't", "wouldn't")
_APPEARANCE_SUBJECTS = ("", "it ", "so it ")
_APPEARANCE_VERBS = ("seems", "appears", "looks", "would seem", "would appear")
_APPEARANCE_NEGATED = ("doesn't", "does not", "wouldn't", "would not")
_APPEARANCE_OBJECTS = ("like it", "that way", "so")
PRO_FORM_ASSENT = frozenset(
    [f"{s} {v} so" for s in _JUDGING_SUBJECTS for v in _JUDGING_VERBS]
    + ["i'm afraid so", "i am afraid so"]
    + [f"{s}{v} {o}" for s in _APPEARANCE_SUBJECTS for v in _APPEARANCE_VERBS for o in _APPEARANCE_OBJECTS
       if not (v == "looks" and o == "so")])
PRO_FORM_DENIAL = frozenset(
    [f"{s} {v} not" for s in _JUDGING_SUBJECTS for v in _JUDGING_VERBS if s != "i do"]
    + ["i'm afraid not", "i am afraid not"]
    + [f"{s} {v} so" for s in _NEGATED_SUBJECTS for v in _JUDGING_VERBS]
    + [f"{s}{v} not" for s in _APPEARANCE_SUBJECTS for v in ("seems", "appears", "would seem", "would appear")]
    + [f"{s}{n} {v} {o}" for s in _APPEARANCE_SUBJECTS for n in _APPEARANCE_NEGATED
       for v in ("look", "seem", "appear") for o in _APPEARANCE_OBJECTS if not (v == "look" and o == "so")])
# Whole replies (or the opening sentence of one) that answer no without the word: "Not that I can see.",
# "Probably not.", "I don't think so."
NEGATIVE_REPLIES = frozenset({"not that i can see", "not that i can tell", "not as far as i can see",
                              "not as far as i can tell", "i don't think so", "i do not think so", "not really",
                              "probably not", "likely not", "most likely not", "almost certainly not", "i think not",
                              "i'd say not", "i would say not", "not that i see", "definitely not", "certainly not",
                              "absolutely not", "clearly not", "not quite", "not that i know of",
                              "i don't see one", "i do not see one", "i don't see any", "i do not see any",
                              "none that i can see", "i can't see one", "i cannot see one", "not at all",
                              # "Unlikely." is "Probably not." in one word (a lean, committed as "likely not" is)
                              "unlikely", "very unlikely", "highly unlikely", "most unlikely"}) | PRO_FORM_DENIAL
# Whole replies (or the opening clause of one) that answer yes without the word: "No doubt about it — ...",
# "Indeed.", "Efectivamente." ("No doubt" opens with "no" and affirms: it must be read before any "no").
AFFIRMATIVE_REPLIES = frozenset({"no doubt about it", "no doubt", "without a doubt", "without doubt", "undoubtedly",
                                 "indeed", "efectivamente", "así es", "i think so", "i believe so",
                                 "sin duda", "claro que sí", "desde luego",
                                 # "Likely." alone is "Likely yes." (COMMITTED_LEANS); "Likely, the angle is blunted."
                                 # opens a sentence of its own (``extract/closed.affirms_in_passing``)
                                 "likely", "very likely", "highly likely", "most likely",
                                 # ... and "Probably." alone is "Probably yes.", as "Probably not." is no
                                 "probably", "most probably", "very probably"}) | PRO_FORM_ASSENT
# Verdict words of other languages opening a reply: Spanish "Sí, hay un derrame…", French "Oui" / "Non", German "Ja" /
# "Nein", Portuguese "Sim" / "Não", Italian "Sì"; "No" is spelled as in English. Those that are also other words
# ("Si hay derrame" is "if", "Non-contrast CT", "Sim" a name) are verdicts only before punctuation
# (``extract/closed.py``).
# Japanese はい / いいえ are read as yes / no too (a Japanese question keeps a yes/no gold: they are no gold spelling).
# So are the short verdicts of other languages a multilingual model answers in: Russian / Ukrainian, Polish, Dutch and
# the Scandinavian "no", Turkish, Greek, Korean, Vietnamese, Indonesian, Hindi, Arabic, Persian, Hebrew. Words that are
# also another language's word ("ne": Czech "no", romanised Korean "yes"; "nem": Hungarian "no", Portuguese "nor")
# are left out.
OTHER_VERDICT_WORDS = {"sí": YES, "si": YES, "sì": YES, "oui": YES, "non": NO, "ja": YES, "nein": NO, "sim": YES,
                       "não": NO, "nao": NO, "はい": YES, "いいえ": NO,
                       "да": YES, "нет": NO, "так": YES, "ні": NO, "tak": YES, "nie": NO, "nee": NO, "nej": NO,
                       "nei": NO, "evet": YES, "hayır": NO, "hayir": NO, "ναι": YES, "όχι": NO, "οχι": NO, "네": YES,
                       "예": YES, "아니요": NO, "아니오": NO, "có": YES, "không": NO, "ya": YES, "tidak": NO, "हाँ": YES,
                       "हां": YES, "नहीं": NO, "نعم": YES, "لا": NO, "بله": YES, "خیر": NO, "כן": YES, "לא": NO}


def canonical_verdict(text: str) -> str | None:
    """``yes``/``no``/``是``/``否`` when ``text`` is nothing but a verdict word, else ``None``."""
    return _CANONICAL.get(text.strip(_EDGE).lower())


def is_yes_no(answer: str) -> bool:
    """Whether a gold answer is a verdict (it makes a question ``closed``)."""
    return canonical_verdict(answer) is not None


def verdict_meaning(text: str) -> str | None:
    """``yes`` or ``no`` for a verdict in either language (是 means yes), else ``None``."""
    v = canonical_verdict(text)
    return _MEANING.get(v) if v is not None else None


def same_verdict(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same verdict, whatever their languages ("no" and 否 are)."""
    va = verdict_meaning(a)
    return va is not None and va == verdict_meaning(b)


_MEANING = {YES: YES, NO: NO, ZH_YES: YES, ZH_NO: NO}
