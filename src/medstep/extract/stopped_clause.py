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
_FIRST_PERSON = frozenset({"I", "me", "my", "Me", "My"})
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
    if any(w in _FIRST_PERSON for w in words):
        return False  # "I am not sure", "... as far as I can tell": the writer's stance, finished, not a cut description
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
