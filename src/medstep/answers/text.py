"""What "the same answer" means for free text: normalisation and token overlap.

The rules are the usual VQA ones: Unicode NFKC, lowercase, punctuation turned
into spaces (so "x-ray" and "x ray" agree), English articles dropped,
whitespace collapsed. Punctuation becomes a space rather than vanishing so
that "t2-weighted" does not turn into a different token "t2weighted" on one
side only. A decimal point between digits is no punctuation: "2.4 cm" stays one number (as "2 4 cm" it read as
two, and the open grader could not tell it is "24 mm"); a comparator before a number is its words ("<30%" is "less than
30%", not "30%"). An article is kept when it is the whole answer: "A" is a valid
answer (an option letter, a blood group), and dropping it would make every
prediction of it empty and every gold "A" unanswerable.

Open answers are reported with recall *and* precision and F1, because recall
alone rewards length: a model that lists every organ it knows recalls "liver".
Their overlap counts a denied word apart from the same word stated (:func:`polar_tokens`):
"not pneumonia" answers the opposite of the gold "pneumonia" and shares no token with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from medstep.answers import hedges, negation
from medstep.answers.concept_names import abbreviates
from medstep.lazyre import lazy_compile

_PUNCT = lazy_compile(r"(?!(?<=\d)\.(?=\d))[^\w\s]|_")
_ARTICLES = lazy_compile(r"\b(?:a|an|the)\b")
# CJK ideographs: Chinese answers have no spaces, so each character is a token
# (the usual character-level recall for Chinese VQA, e.g. SLAKE zh).
_CJK = lazy_compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# A Chinese character (the CJK unified ideographs), as a regex class for the Chinese readers to build on; ``HAN``
# tells whether a text holds Chinese at all: readers built on the English vocabulary step aside for it.
HAN_CHAR = r"[\u4e00-\u9fff]"
HAN = lazy_compile(HAN_CHAR)
# Whether a text is Japanese (hiragana / katakana): its kanji are no Chinese sentence ("胸水は認められません" denies
# with a verb ending the Chinese readers do not know), so they step aside for it.
KANA = lazy_compile(r"[\u3040-\u30ff]")


# A comparator right before a number is a word of the answer, not punctuation: "<30%" is "less than 30%" (the bound
# words of ``hedges.BOUND``), never the value "30%" itself; an arrow ("->", "=>") is none.
_COMPARATOR = lazy_compile(r"(?<![\w<>=\-])(<=|>=|≤|≥|<|>)\s*(?=\d)")
_COMPARATOR_WORDS = {"<": "less than", ">": "more than", "<=": "at most", "≤": "at most", ">=": "at least",
                     "≥": "at least"}


def without_comparators(text: str) -> str:
    """``text`` with its comparators before numbers dropped, as :func:`normalize_text` dropped them before it read them
    as words: an option's key (``answers/options.option_key``) is found in a reply's raw text, where "more than 10
    mm" would never find ">10 mm"."""
    return _COMPARATOR.sub(" ", text) if ("<" in text or ">" in text or "≤" in text or "≥" in text) else text


def _bounds_as_words(text: str) -> str:
    if "<" in text or ">" in text or "≤" in text or "≥" in text:
        text = _COMPARATOR.sub(lambda m: f" {_COMPARATOR_WORDS[m.group(1)]} ", text)
    return text


def normalize_text(text: str) -> str:
    """Canonical form for comparing short answers (see module docstring)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = " ".join(_PUNCT.sub(" ", _bounds_as_words(text).lower()).split())
    stripped = " ".join(_ARTICLES.sub(" ", text).split())
    return stripped or text


# The signs that make one value of numbers: a sum with its total ("4 + 3 = 7"), a range ("0.8–1.0", "25 - 30"), a
# product of sizes ("1.8 × 1.2"), a score out of its maximum ("13/15"), a rate per minute ("150/min"), a minus ("T-score
# -2.7": as "2.7" it read as its opposite). Between two numbers only: a hyphen elsewhere ("T2-weighted", "C5-C6") stays
# punctuation, and a number divided ("(4 × 3 × 5)/2 = 30") is no sum.
_NUMBER = r"\d+(?:\.\d+)?"
_MINUS = r"(?<![\w.,/)\]])[-−](?=\d)"
_SIGNED = lazy_compile(r"(?<![\w.,/])(?:" + _MINUS + ")?" + _NUMBER + r"(?:(?:\s*\+\s*" + _NUMBER + r")+(?:\s*=\s*"
                       + _NUMBER + r")?|(?:\s*[-‐‑–—×/]\s*" + _NUMBER + r")+|\s*(?:beats?\s*)?/\s*min(?:ute)?\b)(?!\d|/\d)"
                       r"|" + _MINUS + _NUMBER + r"(?!\d|\.\d)")
_SIGN_SPACED = lazy_compile(r"\s*([-‐‑–—+=×/])\s*|−")
_SIGN_AS = {"‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-", "×": " x "}
# A decimal comma ("3,5 mm", "0,62", "3,1 × 2,4 cm"): read as the point only where a unit or a product's sign follows or
# the whole part is 0, and never
# in a run of commas, so a list "ribs 4,5,6" or "3, 5" stays numbers apart.
UNITS_AFTER = r"(?:mm|cm|m|ml|l|cc|kg|g|mg|ms|s|min|h|hu|mmhg|bpm|%|°|厘米|毫米)(?![^\W\d_])"
_DECIMAL_COMMA = lazy_compile(r"(?i)(?<![\d.,])(\d+),(\d{1,2})(?![\d,])(?=\s*" + UNITS_AFTER + r"|\s*(?:x|×|by)\s*\d)|"
                              r"(?<![\d.,])(0),(\d+)(?![\d,])")
# Commas grouping thousands ("1,200 mL"), as the grader reads them (``score/open_forms.py``).
_THOUSANDS = lazy_compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_HELD = lazy_compile(r"qheldvalue(\d+)q")


def normalize_answer(text: str) -> str:
    """:func:`normalize_text` for an answer the extractor hands to the grader: the signs that make its values are
    kept, so the grader reads them as written ("Gleason 4 + 3 = 7" is "gleason 4+3=7", whose total answers a gold
    "7"; "1.8 × 1.2 cm" is "1.8 x 1.2 cm", "0.8–1.0 cm" is the range "0.8-1.0 cm", "3,5 mm" is "3.5 mm", "1,200 mL" is "1200 ml"). As
    :func:`normalize_text` dropped them, "4+3=7" and "3+4=7" were one answer, a range two numbers and a decimal comma
    two values."""
    if not any(c.isdigit() for c in text):
        return normalize_text(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = _THOUSANDS.sub(lambda m: m.group().replace(",", ""), _bounds_as_words(text))
    text = _DECIMAL_COMMA.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}", text)
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        signed = _SIGN_SPACED.sub(lambda s: _SIGN_AS.get(s.group(1) or "−", s.group(1)), m.group())
        held.append(" ".join(signed.split()))
        return f" qheldvalue{len(held) - 1}q "

    text = normalize_text(_SIGNED.sub(hold, text))
    return _HELD.sub(lambda m: held[int(m.group(1))], text) if held else text


# A count written as a word or in digits is one answer ("Two." to a gold "2", "3 (ribs 5-7)" to a gold "three"):
# tokens compare each number word up to twenty as its digits.
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(NUMBER_WORDS)}
# The ordinal words, first to twelfth (``ORDINAL_WORDS[k]`` is number k + 1): one home for the readers of a rib's
# number (``verify/rib_sites``, ``verify/readings``), a vertebral level (``score/open_typed``) and an ordinal's
# form (``score/open_forms``), so that none spells them again.
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth")
_ORDINAL_DIGITS = lazy_compile(r"(\d{1,2})(?:st|nd|rd|th)")


def ordinal_writings(word: str) -> tuple[str, str] | None:
    """An ordinal's two writings, its word and its digits ("sixth", "6th"), from either (lower case); else None. An
    option's "Left 6th rib" is named by "the left sixth rib" (``extract/mentions.py``)."""
    digits = _ORDINAL_DIGITS.fullmatch(word)
    value = int(digits.group(1)) if digits is not None else ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS \
        else 0
    if not 0 < value <= len(ORDINAL_WORDS):
        return None
    return ORDINAL_WORDS[value - 1], str(value) + {1: "st", 2: "nd", 3: "rd"}.get(value, "th")
# Chinese numerals one to ninety-nine ("两", "三", "十二", "二十") and the measure words a count takes ("两个", "三处",
# "一枚结节"): a Chinese count (``extract/open_count.py``, ``score/open_counts.py``). A numeral without its measure word
# is often no count ("一侧" one side, "两侧" both sides, "一般" general, "一致" consistent, "第二" second).
ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_MEASURES = ("个", "枚", "处", "只", "条", "块", "颗")
ZH_MEASURE = "(?:" + "|".join(ZH_MEASURES) + ")"
ZH_NUMERAL = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九])"
# A count before a finding seen ("一枚结石", "两处骨折", "多个结节"): a numeral or 多, and its measure word.
ZH_COUNT = "(?:(?:多|" + ZH_NUMERAL + "多?)" + ZH_MEASURE + ")"
# How a finding seen looks or how large it is, written between the seeing verb and its name: a density, an echo or a
# signal ("可见高密度结石", "可见一个强回声结石", "稍低信号影") and a size ("可见一枚直径约6 mm的结石"). They describe the
# finding named after them, not another one (not 无回声 "anechoic": its 无 reads as a denial).
ZH_LOOK = "(?:(?:稍|略|明显)?(?:高|低|等|混杂|强|弱)(?:密度|回声|信号)的?)"
ZH_SIZE = r"(?:(?:直径|大小|长径|最大径)约?\s*\d+(?:\.\d+)?(?:\s*[×xX*]\s*\d+(?:\.\d+)?)*\s*(?:mm|cm|毫米|厘米)的?)"
# The words that describe a finding seen, written between the seeing verb and its name, one after another: a count,
# an amount or a spread ("少许", "散在", "多发"), a size, a look, and a word of kind made with 性 / 状 / 样 / 形
# ("边缘性骨侵蚀", "游离性积液", "点状钙化", "线样积气", "类圆形肿块"; "可见多发细小多形性钙化"). Each describes the
# finding named after them, so "可见<these>X" states X as "可见X" does; none holds a denial (不规则 reads as one, and
# a past word such as 陈旧性 is read as the past by the readers, not here).
_ZH_SPREAD = "(?:一(?=[^个枚处只条块颗])|多发|单发|散在|弥漫|局灶|局限|少量|少许|大量|细小|微小|较大|较小|明显|丰富)的?"
_ZH_KIND = "(?:(?:(?!假)[\u4e00-\u9fff]){1,3}?(?:性|状|样|形)的?)"  # (假性 "pseudo-": 假性息肉 is no polyp)
ZH_DESCRIBED = "(?:(?:" + _ZH_SPREAD + "|" + ZH_COUNT + "|" + ZH_SIZE + "|" + ZH_LOOK + "|" + _ZH_KIND + "){0,4}?)"
# The generic Chinese words of a lesion: 病变 asked ("肝脏是否有病变？") is stated seen by any of them ("肝右叶可见一低密度
# 病灶", "见一占位"); only seen: a denial of one ("未见病灶") is read as the readers read it of its own word.
ZH_LESION_WORDS = ("病变", "病灶", "占位性病变", "占位")
# The parts of an organ named after its one-character name ("肝右叶", "右肾下极", "左肾上盏"): a finding seen in the part
# is seen in the organ; a denial in one part says nothing of the rest.
ZH_ORGAN_PARTS = ("左叶", "右叶", "尾状叶", "方叶", "上极", "下极", "中极", "中部", "上盏", "中盏", "下盏", "上段", "下段",
                  "实质", "包膜下", "门部")


def zh_number(numeral: str) -> int:
    """The value of a Chinese numeral matching :data:`ZH_NUMERAL` ("十二" is 12, "二十" is 20, "两" is 2): zero to
    ninety-nine, enough for a count in an image (no 百, no 〇)."""
    if "十" not in numeral:
        return ZH_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return ZH_DIGITS.get(tens, 1) * 10 + ZH_DIGITS.get(ones, 0)


# The tens from twenty, for a number spelled in two words ("thirty-two degrees"; read so only before a unit, in
# ``score/open_forms.py``).
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Roman numerals one to twelve, and the words after which one is a grade, a stage or a type ("grade II", "Bosniak IV",
# "Mobitz II", "stage III", "BI-RADS 4"): there "II" and "2" are one answer (the open-answer forms,
# ``score/open_forms.py``; an option's text, ``extract/mentions.py``).
ROMAN_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
GRADERS = ("grade", "stage", "type", "class", "category", "bosniak", "mobitz", "phase", "level", "tier", "zone",
           "degree", "birads", "bi-rads", "lirads", "li-rads", "tirads", "ti-rads", "pirads", "pi-rads", "salter-harris",
           "garden", "weber", "gustilo", "fisher", "hunt and hess", "kellgren-lawrence", "tanner", "nyha")


def tokens(text: str) -> list[str]:
    """Whitespace tokens of the normalised text; each CJK ideograph is a token of its own, and each number word up
    to twenty is its digits."""
    text = normalize_text(text)
    if not text.isascii():
        text = _CJK.sub(r" \1 ", text)
    return [_NUMBER_WORDS.get(t, t) for t in text.split()]


def same_text(prediction: str, gold: str) -> bool:
    """Exact match of two open answers: the same tokens in the same order (see :func:`tokens`; a possessive "s" left
    by the punctuation, "boxer's fracture", is no token of its own), or one the abbreviation of the other that the
    concept vocabulary gives ("PTX" and "pneumothorax", :func:`medstep.answers.concept_names.abbreviates`)."""
    p, g = tokens(prediction), tokens(gold)
    if p == g or [t for t in p if t != "s"] == [t for t in g if t != "s"]:
        return True
    return (len(p) == 1 or len(g) == 1) and abbreviates(prediction, gold)


# The marks of a word in a negation's reach: "pneumonia" in "not pneumonia" is the token "¬pneumonia".
DENIED = "¬"
# Where a negation's reach ends: a clause mark, a spaced dash ("Not pneumonia — atelectasis"), a parenthesis.
_CLAUSE = lazy_compile(r"[.,;:!?()\[\]—–\n。，；：！？]|\s-\s")
# Words ending a negation's reach: a turn ("not pneumonia but atelectasis"), and the copulas and pronouns that open
# the next statement of an answer whose marks are gone ("no abnormality is seen chest appears normal", "not fracture
# it s accessory ossicle").
_BARRIERS = frozenset({w for w in hedges.TURN if " " not in w} | set(hedges.CONTRAST)
                      | {"while", "is", "are", "was", "were", "it", "this", "that", "there", "which", "s"})
# Most words a negation reaches (NegEx's window): "no evidence of acute fracture".
_REACH = 5
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})


def _cues(*groups: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues of ``groups`` as token tuples by their first token, longest first.

    Why by first token (issue #12, session 59): ``_cue_at`` tried every cue at every token, ~45 us a token, so
    ``grade_open`` took ~1 s on "a " x 15,000; only the cues opening with the token at hand can match there, and
    among them the longest still wins (an empty cue matches nothing: it counted 0, as no cue)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted({tuple(tokens(w)) for group in groups for w in group}, key=len, reverse=True):
        if cue:
            out.setdefault(cue[0], []).append(cue)
    return {first: tuple(cues) for first, cues in out.items()}


# Negations denying the words after them ("not", "no", "without", "neither", "absence of", "rather than", 无, 不是), the
# words before them ("pneumonia ruled out", "effusion absent", "pneumothorax is not seen"), and the prefix "non", which
# denies only the word after it ("non displaced fracture" states a fracture).
_BEFORE_CUES = _cues(negation.DENY, negation.NEITHER, negation.NEVER, negation.BEFORE, negation.INSTEAD,
                     negation.OTHER_WITHOUT, negation.ZH_IS_NOT, negation.ZH_DENY)
_AFTER_CUES = _cues(negation.ABSENT, negation.EXCLUDED[1:], negation.NOT_SEEN, negation.NIL)
_PREFIX_CUES = _cues(negation.NON)
_CONTRACTED = lazy_compile(negation.CONTRACTION, re.IGNORECASE)


def _cue_at(toks: list[str], i: int, cues: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """The length of the longest cue of ``cues`` (``_cues``) at token ``i``, or 0."""
    for cue in cues.get(toks[i], ()):
        if tuple(toks[i:i + len(cue)]) == cue:
            return len(cue)
    return 0


def _denials(toks: list[str]) -> list[bool]:
    """Which of a clause's tokens a negation reaches (see :func:`polar_tokens`)."""
    denied = [False] * len(toks)
    i = 0
    while i < len(toks):
        after = _cue_at(toks, i, _AFTER_CUES)  # first: "not seen" denies what stands before it
        if after:
            left = i - 1 if i > 0 and toks[i - 1] in _COPULAS else i  # "pneumothorax is not seen"
            for k in range(left - 1, max(left - _REACH, 0) - 1, -1):
                if toks[k] in _BARRIERS or denied[k]:
                    break
                denied[k] = True
            i += after
            continue
        before = _cue_at(toks, i, _BEFORE_CUES)
        prefix = 0 if before else _cue_at(toks, i, _PREFIX_CUES)
        if before or prefix:
            i += before or prefix
            for k in range(i, min(i + (_REACH if before else 1), len(toks))):
                if toks[k] in _BARRIERS:
                    break
                denied[k] = True
            continue
        i += 1
    return denied


def polar_tokens(text: str) -> list[str]:
    """:func:`tokens`, each word in a negation's reach marked as denied (``DENIED``): "not pneumonia" gives
    ["not", "¬pneumonia"], "pneumonia ruled out" ["¬pneumonia", "ruled", "out"]. A negation reaches up to
    ``_REACH`` words of its clause after it (before it, for a trailing one), stopping at a turn, a copula or a
    pronoun; "non" reaches the one word after it. The negation words themselves stay plain, so "no fracture" and "no
    evidence of fracture" share "no" and "¬fracture"."""
    out: list[str] = []
    for clause in _CLAUSE.split(_CONTRACTED.sub(" not", text)):
        toks = tokens(clause)
        out += [DENIED + t if d else t for t, d in zip(toks, _denials(toks))]
    return out


def _overlap(pred: list[str], gold: list[str]) -> int:
    # Bag-of-words overlap: a gold token repeated twice must appear twice.
    return sum((Counter(pred) & Counter(gold)).values())


def token_overlap(prediction: str, gold: str) -> tuple[float, float, float]:
    """:func:`token_recall`, :func:`token_precision` and :func:`token_f1` of one pair, its tokens read once."""
    p, g = polar_tokens(prediction), polar_tokens(gold)
    common = _overlap(p, g)
    recall = common / len(g) if g else float(not p)
    precision = common / len(p) if p else float(not g)
    if not p or not g:
        return recall, precision, float(not p and not g)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return recall, precision, f1


def token_recall(prediction: str, gold: str) -> float:
    """Share of gold tokens present in the prediction (bag of words; a denied word is no gold word, see
    :func:`polar_tokens`).

    The "recall" commonly reported for open medical VQA: a verbose but
    complete answer is not penalised, which is why it is never reported
    without :func:`token_precision` and :func:`token_f1`. An empty gold
    counts as recalled only by an empty prediction.
    """
    return token_overlap(prediction, gold)[0]


def token_precision(prediction: str, gold: str) -> float:
    """Share of predicted tokens that are gold tokens: what recall hides when answers grow long."""
    return token_overlap(prediction, gold)[1]


def token_f1(prediction: str, gold: str) -> float:
    """SQuAD-style token F1: harmonic mean of bag-of-words precision and recall."""
    return token_overlap(prediction, gold)[2]
