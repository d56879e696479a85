"""A reply that punctuates its sentences and stops inside its last one, before deciding anything: cut (issue #7).

``extract/cut.py`` tells a cut from a terse reply by length (:func:`cut.looks_cut`) or by the last word
(:func:`cut.unfinished`: "the", "is", "位于"). A short reply cut on a content word slips past both: "The image shows
a contrast-enhanced T1-weighted MRI of the brain. To determine if the lesion is enhancing, we compare", "In the
given chest X-ray, the costophrenic angles", "超声图像显示右肾……，皮髓质分界清楚，集合系统". What tells is the writer's
own punctuation, not any word: a reply that closed an earlier sentence with a stop, or opened its last sentence with
a clause set off by a comma after a capital, writes sentences, and its last one lacks the stop every sentence of it gets. A caption
("axial ct abdomen with contrast", "Frontal radiograph of the chest") punctuates nothing and is not read here; nor is
a list or an option line (its lines end without stops by layout), a label awaiting its body ("Impression:", read by
``cut.unfinished``), nor a question echoed.

Read only of a reply the readers found to decide nothing (``unparsed``) in ``extract/core.py``, so it can change a
missing answer's status, never give or take an answer.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract.cut import HELPING, SUBJECT_OPENERS
from medstep.extract.findings_words import ZH_OTHER_STUDY
from medstep.extract.langwords import FOREIGN_COPULA
from medstep.extract.split import ends_mid_sentence
from medstep.lazyre import lazy_compile

# Where the last sentence begins: after the last stop of a sentence (a full stop followed by a space, so not "5.1cm"
# nor "T1-weighted"), a Chinese stop, or a line break.
_LAST_SENTENCE = lazy_compile(r"(?s)(?:.*(?:[.!?](?=\s)|[。！？；;\n]))?(?P<last>[^\n]*)\Z")
# An earlier sentence closed by its stop: a full stop after a word of two letters or more (not the "A." of an option
# or an initial), or a Chinese stop.
# (Not a question mark: "What is the modality? Ultrasound MRI CT PET" echoes a prompt before its options.)
_CLOSED_BEFORE = lazy_compile(r"(?:[^\W\d_]{2}|\))[.!](?=\s)|[。！]")
# A clause set off by a comma or a semicolon before the last one: "In the given chest X-ray, the costophrenic angles".
_OPENING_CLAUSE = lazy_compile(r"[^\W\d_]{2}[,，;；]\s*\S")
# A line laid out as a list or option item, a heading or a table row: its missing stop is layout, not a cut.
_LAID_OUT = lazy_compile(r"[ \t]*(?:[-*•+>#|]|\d{1,2}[.)]|\(?[A-Ea-e][.):](?:\s|$)|\*\*[A-E][.):])")
_MARKUP = lazy_compile(r"[<>|{}\[\]]")
# The last sentence opened by an option's letter ("... D. Hemorrhagic corpus luteum"): options, not a sentence.
_OPTION_BEFORE = lazy_compile(r"(?:^|[\s(*])[A-E][.)][\s*]*\Z")
_OPTION_MARK = lazy_compile(r"(?:^|\s)\(?[A-E][.)]\s")
_WORDS = lazy_compile(r"[^\W\d_]+")
_HAN = lazy_compile(r"[\u4e00-\u9fff]")
# The writer speaking of itself in the last sentence: a stance or a closing remark, which a reply may leave without
# its stop; a cut falls in the description of the image ("In this image, the liver extends", "... we compare").
# The reader addressed ("Hope this helps with your case") is the same: a closing remark, not a description.
_PERSONS = frozenset({"I", "me", "my", "Me", "My", "you", "your", "You", "Your"})
# The words that open a subject (``cut.SUBJECT_OPENERS``): after "and" or "or" they begin a clause of its own
# ("..., and the lungs").
_SUBJECT_OPENER = r"(?:" + "|".join(SUBJECT_OPENERS) + r")\b"
# The last clause of the last sentence: after its last comma or semicolon, or a word opening a clause of its own
# ("Option A would show consolidation whereas option B", "The image shows that the liver", "Both lungs are well
# expanded and the mediastinum").
_LAST_CLAUSE = lazy_compile(r"(?is)(?:.*(?:[,，;；:]|\b(?:whereas|while|but|although|though|because|that|which|whether|"
                            r"if)\b|\b(?:and|or)(?=\s+" + _SUBJECT_OPENER + r")))?(?P<clause>.*)\Z")
# A clause that states: a helping verb, copula or modal with a word after it ("Further clinical correlation is
# recommended", "A CT would help decide", "a definitive answer cannot be given", "Une corrélation est recommandée").
# Models often leave such a closing sentence without its stop; a clause cut before its verb ("the costophrenic
# angles") or on it ("we compare", "the liver extends") states nothing yet. Not "there is": it opens a noun phrase
# that may be cut anywhere ("There is a small sessile", "However there is no") unless it runs on past a noun phrase
# (``_THERE_STATES``: "There are several possibilities to consider here"); nor a "not" with nothing after it.
_STATES = lazy_compile(r"(?i)(?<!\bthere\s)\b(?:(?:" + "|".join(sorted(HELPING, key=len, reverse=True))
                       + r")(?:n[o'’]?t)?|" + FOREIGN_COPULA + r")(?:\s+not)?\s+(?!not\b)[^\W\d_]")
_THERE_STATES = lazy_compile(r"(?i)\bthere\s+(?:is|are|was|were)(?:\s+[^\W\d_]+){5,}")
# The clause's last word an approximation awaiting its value ("The ratio is about"): still to come.
_AWAITS_VALUE = lazy_compile(r"(?i)\b(?:" + "|".join(hedges.APPROXIMATE) + r")\W*\Z")
# The last comma's segment a coordinated series closing a list that a statement holds ("This is a chest X-ray showing
# the heart, lungs and ribs"): the list's end, not a clause begun; not a subject listed before its verb ("The heart,
# lungs, and bones").
_SERIES_END = lazy_compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}(?:and|or)(?!\s+" + _SUBJECT_OPENER + r")(?:\s+[^\W\d_]+){1,3}\s*|"
                           r"\s*[\u4e00-\u9fff]*[和及与][\u4e00-\u9fff]{1,4}")
# The fewest words (Chinese characters) of the unfinished last sentence: a clause begun, not a word or two.
LAST_WORDS_MIN = 4
LAST_HAN_MIN = 4
# A Chinese reply this long with no stop at all, ending on a character: Chinese closes every sentence with 。, and a
# reply cut at a token limit never wrote it ("DWI序列显示左侧额顶叶皮层及皮层下区域信号").
HAN_UNSTOPPED_MIN = 12


def stopped_mid_clause(region: str, question: str = "") -> bool:
    """Whether ``region`` writes punctuated sentences and stops inside its last one (module docstring)."""
    text = region.rstrip(" \t\r\n*_")
    if not text or not ends_mid_sentence(text) or not text[-1].isalpha():
        return False  # a stop, a colon, a bracket, a tag, a number: not a clause broken off on a word
    line = text[text.rfind("\n") + 1:]
    if _LAID_OUT.match(line) is not None or _MARKUP.search(line) is not None:
        return False  # a list or option line, a heading, a table row; a chat template's tags ("<|im_start|>assistant")
    found = _LAST_SENTENCE.match(text)
    if found is None:
        return False
    last = found.group("last")
    if (not last.strip() or _OPTION_BEFORE.search(text, 0, found.start("last")) is not None
            or len(_OPTION_MARK.findall(last)) >= 2):
        return False  # "... ultrasound? A. Ectopic pregnancy B. Ovarian torsion": options run on one line
    if question and last.strip().lower() in question.lower():
        return False  # the question echoed
    han = len(_HAN.findall(last))
    words = _WORDS.findall(last)
    if han < LAST_HAN_MIN and len(words) < LAST_WORDS_MIN:
        return False  # "Hope this helps", "Not sure": a short closing remark, finished without its stop
    if any(w in _PERSONS for w in words):
        return False  # "I am not sure", "... as far as I can tell": the writer's stance, finished, not a cut description
    if ZH_OTHER_STUDY.search(last) is not None:
        return False  # "建议结合临床", "需要结合临床病史进一步评估": advice closing the reply, finished without its 。
    parts = _LAST_CLAUSE.match(last)
    clause = parts.group("clause") if parts is not None else last  # (the pattern matches every text)
    if (_STATES.search(clause) is not None or _THERE_STATES.search(clause) is not None) \
            and _AWAITS_VALUE.search(clause) is None:
        return False  # "... Further clinical correlation is recommended": a statement left without its stop
    comma = max(last.rfind(","), last.rfind("，"))
    if comma > 0 and _SERIES_END.fullmatch(last, comma + 1) is not None \
            and (last[comma] == "，" or _STATES.search(last, 0, comma) is not None):
        return False  # "This is a chest X-ray showing the heart, lungs and ribs", "……，显示肝脏和脾脏": a list closed
    before = text[:found.start("last")]
    if han >= HAN_UNSTOPPED_MIN and _HAN.match(text[-1]) is not None and not before.strip():
        return True
    # (searched to one character past the sentence's start, so the stop's following space is seen)
    if _CLOSED_BEFORE.search(text, 0, found.start("last") + 1) is not None:
        return True
    # Only a comma to go by: the reply must open as a sentence does, with a capital or a Chinese character ("mammography
    # is the primary screening tool for breast cancer, able to detect masses" writes no sentences to stop)
    opening = text.lstrip(" \t\r\n*_\"'")[:1]
    return (opening.isupper() or _HAN.match(opening) is not None) and _OPENING_CLAUSE.search(last) is not None


__all__ = ["HAN_UNSTOPPED_MIN", "LAST_HAN_MIN", "LAST_WORDS_MIN", "stopped_mid_clause"]
