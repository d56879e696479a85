"""The count answering a "How many ...?" question, out of an answer that goes on to list or describe what it counted.

Models answer a count with the count and then the things counted: "There are three nodules: two in the right
lower lobe and one in the left upper lobe.", "2 sacs — dichorionic twin pregnancy.", "Fractures at T12 and L1, so
two in total.", "I count three: ...". Read whole, the answer never matches the gold "3", however right. The count
is the number that counts the asked thing: one followed (a few describing words on) by the question's counted noun
("three nodules", "four discrete T2-hyperintense lesions"), one opening the answer ("Two: a single umbilical artery
and one vein."), or one closing a tally ("so two in total", "— four ribs", "I count three:").

Only the number's own words are kept, never a number made up. Nothing is read when the answer holds its count open
("Three (possibly four).", "two or three", "at least 3", "3-4") or when the counting numbers disagree; numbers that
measure ("12 mm", "40%"), order ("5th") or name ("T12", "segment 4") count nothing, and an estimate of a measure
("roughly 30%") holds no count open. A possibility or a condition holds it open only in a clause that holds a number
or a quantity: "... — the left renal fossa is empty, which would suggest prior nephrectomy." is said of the cause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.text import HAN_CHAR, NUMBER_WORDS, UNITS_AFTER, ZH_MEASURE, ZH_NUMERAL, zh_number
from medstep.lazyre import lazy_compile

# The counted noun ends where the question's verb, preposition or a word of being seen (answers/negation.SEEN) starts.
_AFTER_NOUN = ("are", "is", "were", "was", "can", "do", "does", "did", "have", "has", "in", "on", "of", "there", "shown",
               "show", "shows", "demonstrate", "demonstrates", "contain", "contains", "appear", "appears", *negation.SEEN)
_ASKS_COUNT = lazy_compile(r"(?i)\bhow\s+many\s+(?:[\w-]+\s+){0,3}?([a-z-]{3,}?)(?:s|es)?\b(?=\s+"
                           + hedges.words(_AFTER_NOUN) + r"|\s*\?)")
# A Chinese question asking how many: 几 or 多少 ("how many") before a measure word ("图中有几个肾脏？", "可见多少个结节？",
# "有几处病灶？"); 多少 alone also asks a measure ("多少厘米") or an age, 第几 an ordinal ("第几个肋骨？"), and 几 after
# 这/那 says "these (several)", after 哪 "which ones" ("这几个器官中哪个最大？", "哪几个器官是异常的？"): no count asked.
_ZH_ASKS_COUNT = lazy_compile(r"(?<![第这那哪])(?:几|多少)" + ZH_MEASURE)
# The thing a Chinese question counts: its characters after 几/多少 and the measure word, up to the verb or the end
# ("图中有几个肾脏？" counts 肾脏, "有几个不正常的器官？" 不正常的器官, "有几个肾脏没有结石？" 肾脏没).
_ZH_COUNTED = lazy_compile(r"[^是有在？?，,。\s]{0,12}")
_ZH_DENIAL = lazy_compile("[" + "".join(negation.ZH_CHARS) + "]")
# Words that frame a Chinese question or reply in the image ("图中", "in the image"): no part of the place it names.
_ZH_FRAMES = ("图中", "图像中", "图上")
# A Chinese count reply: a lead-in ("共", "可见", "图中有"), the count in digits or a numeral with its measure word, and
# the counted thing's characters ("两个", "共3个", "2 个", "三处", "可见两枚结节"). A numeral with no measure word stands
# alone ("两"), or it is no count ("一侧", "两侧", "一般", "一致"); an ordinal ("第二") has no lead-in here.
_ZH_COUNT = lazy_compile(r"(?:" + "|".join(_ZH_FRAMES) + r")?(?:共有|共计|共|可见|有|见)?(?:(?P<digits>\d{1,3})\s?|(?P<word>"
                         + ZH_NUMERAL + r"))(?:(?P<measure>" + ZH_MEASURE + r")(?P<rest>" + HAN_CHAR + r"{0,8}))?")
_ZH_CLOSE = "。.！!"
# What a clause after a Chinese count's may not hold: another count (a numeral or digits before a measure word), a word
# adding or correcting ("另", "还", "也", "此外", "实际"), a hedge or "or", a negation, a question mark.
_ZH_MORE = lazy_compile(r"(?:\d|" + ZH_NUMERAL + r"|多)" + ZH_MEASURE + r"|[另还也亦共尚]|[见有](?:\d|[一二两三四五六七八九十数])|(?:^|[，,；;])及|并(?:可?见|有)|同样|同时|其余|其他|此外|以及|实际|准确|应为|[？?]|"
                        + "|".join((*hedges.ZH, *hedges.ZH_POSSIBILITY)) + r"|(?:\d|" + ZH_NUMERAL + "|" + ZH_MEASURE
                        + r"|[a-zA-Z%])\s?(?:" + "|".join(hedges.ZH_APPROX) + ")|[" + "".join(negation.ZH_CHARS) + "]")
# (An approximation word says "about" only after a quantity, "3个左右", "5cm以上"; "左右各一" is "one on each side".)
# A place before a Chinese count's lead-in that the question itself names ("肝内可见三个病灶" to "肝脏内有几个病灶？"):
# a few characters, the question's own in its order, or a locative (内 / 中 / 上 "in, on") closing them, then a
# lead-in word. A place the question does not name ("肾内" to a question about the liver) is another count and stays
# unread.
_ZH_PLACE = lazy_compile(r"(" + HAN_CHAR + r"{1,6}?)(?=共有|共计|可见|见|有)")
_ZH_LOCATIVES = frozenset("内中上")
# Words of a place beside an organ rather than in it ("肝脏周围", "肾外"): a question asking one is not answered by a
# count "in" the organ.
_ZH_BESIDE = ("周围", "周边", "旁", "外", "附近", "邻近")


def _asked_place(place: str, question: str) -> bool:
    """Whether ``place`` opening a Chinese count is the question's own: its characters the question's in the same
    order, save one locative (内 / 中 / 上) at its end only - inside a place 上 / 中 name a lobe ("右肺上叶" is not
    "右肺中叶"; the frame "图中" opening a question is no part of its place) -, no denial, and no question asking beside
    the organ ("肝脏周围")."""
    body = place[:-1] if place[-1] in _ZH_LOCATIVES else place
    rest = iter(_unframed(question))
    body = _unframed(body)
    return (bool(body) and all(ch in rest for ch in body) and _ZH_DENIAL.search(place) is None
            and not any(word in question for word in _ZH_BESIDE))


def _unframed(text: str) -> str:
    """``text`` without the frame word opening it ("图中右肺上叶" -> "右肺上叶"): a 中 / 上 of the frame matches no lobe."""
    return next((text[len(frame):] for frame in _ZH_FRAMES if text.startswith(frame)), text)


# A number: digits not glued to a letter ("T12") nor followed by a unit, an ordinal or a range; or a number word.
# A unit or an ordinal's ending after a number: the number measures or orders, it counts nothing ("30%", "12 mm"): the
# units of ``answers/text.UNITS_AFTER``, and here also a magnification, a frequency, an ordinal and a span of time.
_UNIT = r"\s*(?:" + UNITS_AFTER + r"|(?:x|st|nd|rd|th|hz|years?|weeks?|days?|months?)\b)"
_NUMBER = lazy_compile(r"(?i)(?<![\w.-])(?:(?P<digits>\d{1,3})(?![\w.,:-]?\d|" + _UNIT + r"|[-–/]\d)|(?P<word>"
                       + "|".join(NUMBER_WORDS) + r"))\b(?![-–]\w)")
_WORD = lazy_compile(r"[^\W_]+")
# What holds a count open: a second count offered, a bound, a doubt, a range.
# (a number before a unit measures: "roughly 30%" approximates a measure, not the count)
_COUNT_WORD = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b(?!" + _UNIT + r")"
_OPEN_COUNT = lazy_compile(r"(?i)\b(?:(?:" + hedges.alternation(hedges.BOUND, hedges.APPROXIMATE) + r")\s+"
                           + _COUNT_WORD + r"|"
                           + _COUNT_WORD + r"\s*(?:-|–|to|/)\s*" + _COUNT_WORD + r"|or\s+(?:[\w-]+\s+){0,2}"
                           + _COUNT_WORD + r"|either(?!\s+(?:side|end)s?\b)|torn\s+between)|"
                           + hedges.words(hedges.DOUBT, hedges.NOT_EXCLUDED))
# A possibility or a condition holds the count open only in a clause that holds a number or a quantity ("Three,
# possibly four.", "two — maybe more"); in another clause it is said of something else ("Only one kidney can be seen
# — the left renal fossa is empty, which would suggest prior nephrectomy.").
_MAYBE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION))
_CLAUSE = lazy_compile(r"[.!?;](?:\s|$)|[—–]|\s-\s|\n")
# ... or that speaks of more of the counted thing: "There may be a tiny stone in the lower pole as well.", "The ulna may
# also be fractured.", "Small fragments might be hidden by bowel gas."
_MORE = ("more", "fewer", "less", "additional", "another", "other", "others", "further", "also", "as well", "too",
         "hidden", "obscured")
_QUANTITY = lazy_compile("(?i)" + hedges.words(hedges.MANY, _MORE))
# A count opening the answer, after a lead-in of the writer's own ("There are", "I count", "I can identify").
_OPENING = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:there\s+(?:are|is)|i\s+(?:can\s+)?(?:count|see|identify|note)|"
                        r"we\s+(?:can\s+)?(?:count|see)|all)\s+)?$")
# How far before a number its lead-in or tally word is looked for ("I can identify", "a total of").
_LEAD_MAX = 40
# A tally closing on the count: "so two", "two in total", "a total of 3", "three:", a total's field ("Total: four").
_BEFORE_TALLY = lazy_compile(r"(?i)(?:\b(?:so|thus|hence|therefore|making|total\s+of|totals?|totalling|count|"
                             r"counted)|=)[*_]*(?:[ \t]*:[*_]*)?\s*$")
# (Matched at the number's end; its blanks are taken possessively, so a long blank run is scanned once.)
_AFTER_TALLY = lazy_compile(r"(?i)\s*+(?:in\s+total|total|altogether|overall|[:—–]|(?<=\s)-\s|[.!]?\s*+$)")
# A number that labels rather than totals, when a mark follows it: after a label word ("Step 1:", "Figure 2 -",
# "Case 4 –", "Grade 1 —"): an enumerator, no tally. (A number opening a line is not one: "1: right lobe\n2: left
# lobe" numbers the counted things, its last number their count.)
_ENUMERATOR = lazy_compile(r"(?i)\b(?:step|figure|fig|image|series|phase|grade|type|case|option|answer|question|"
                           r"segment|level|stage|part|view|slice|item|nodule|lesion|bosniak|quadrant)\.?[ \t*_#]*$")
_ENDS = lazy_compile(r"[.!]?\s*+$")
# A numbered list's item marker: a number opening a line (after blanks and markup), then "." or ")" and a blank
# ("1. Right atrial appendage", "2) Right ventricular apex"): it numbers the item, it counts nothing. (A number
# opening a line before ":" is read as before: "1: right lobe\n2: left lobe" numbers the counted things.)
_LIST_MARKER = lazy_compile(r"\d{1,3}[.)][ \t]")
# "On either side" is no hedge ("On either side of the spine there is a kidney"), but after a count, in its clause, it
# counts per side: "two ribs on either side" totals four (read up to a comma or another number: "two kidneys, one on
# each side" counts two).
_PER_SIDE = lazy_compile(r"(?i)[^,\d]*?\b(?:either|each)\s+sides?\b")
_LINE_OPENING = lazy_compile(r"[ \t>*_#]*")
# A mark setting a breakdown off from its total.
_MARK = lazy_compile(r"[:;,(—–]|\s-\s")
# A later count added to the first rather than breaking it down: "and a third in the left", "the others are not".
_ADDED = lazy_compile(r"(?i)\b(?:an?\s+(?:second|third|fourth|fifth|sixth|further|additional)|another|the\s+others?|"
                      r"others|the\s+rest|one\s+more|\d{1,3}\s+more|remaining)\b")
# Words that may stand between a count and its noun ("four discrete T2-hyperintense lesions").
_BETWEEN = 4


def _counts_noun(text: str, end: int, noun: str) -> bool:
    """Whether one of the few words after position ``end`` starts with the question's counted ``noun`` (its stem):
    "rib" counts "ribs", not "described"; "cyst" counts "cysts", not "polycystic"."""
    words = _WORD.findall(text[end:end + 80])[:_BETWEEN]
    return any(w.lower().startswith(noun) for w in words)


def counted(region: str, question: str) -> str | None:
    """The count ``region`` gives to the "How many ...?" ``question`` (see module docstring), or ``None``."""
    zh_asked = _ZH_ASKS_COUNT.search(question)
    if zh_asked is not None:
        zh_noun = _ZH_COUNTED.match(question, zh_asked.end())  # (it matches the empty string: never None)
        return _zh_counted(region, zh_noun.group() if zh_noun is not None else "", question)
    asked = _ASKS_COUNT.search(question)
    if asked is None:
        return None
    noun = asked.group(1).lower()[:5]
    text = without_labels(region, question).strip()  # "two in the right lobe (segments 6 and 7)": labels count nothing
    if _OPEN_COUNT.search(text) is not None or any(
            _MAYBE.search(c) is not None and (_NUMBER.search(c) is not None or _QUANTITY.search(c) is not None)
            for c in _CLAUSE.split(text)):
        return None
    found: list[tuple[int, str, int]] = []  # (value, words, end) of each counting number
    others: list[tuple[int, int]] = []  # (value, start) of the other numbers
    markers: list[int] = []  # the markers of a numbered list's items
    for number in _NUMBER.finditer(text):
        start = number.start()  # (no slices of the text per number: a reply of many numbers would be read quadratically)
        value = int(number.group("digits") or NUMBER_WORDS.index(number.group("word").lower()))
        if _enumerator(text, start, number.end()):
            continue  # "Step 1: look at the lungs ...": a label's number, neither the count nor a part of it
        if _LIST_MARKER.match(text, start) is not None \
                and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None:
            markers.append(value)  # "1. Right atrial appendage\n2. ...": a numbered list's marker numbers an item
            continue
        if (_counts_noun(text, number.end(), noun) or (start <= _LEAD_MAX and _OPENING.match(text, 0, start) is not None)
                or _BEFORE_TALLY.search(text, max(0, start - _LEAD_MAX), start) is not None
                or _AFTER_TALLY.match(text, number.end()) is not None):
            found.append((value, number.group(), number.end()))
        else:
            others.append((value, number.start()))
    if not found or len({value for value, _, _ in found}) != 1:
        return None
    total, words, end = found[0]
    if any(_PER_SIDE.match(_clause_after(text, e)) is not None for _, _, e in found):
        return None  # "Two ribs on either side.": a count per side, the total unsaid
    if markers and max(markers) > total:
        return None  # "There are two leads:\n1. ...\n2. ...\n3. ...": the list numbers more than the count says
    if _ADDED.search(text, end) is not None:
        return None  # "Two nodules in the right lung and a third in the left.": a count added, the total unsaid
    if not _breakdown(text, total, end, others):
        return None  # "Two cysts in the left kidney and three in the right.": the parts are not of this total
    return words


def _clause_after(text: str, end: int) -> str:
    """The rest of the clause after position ``end`` (up to the next ``_CLAUSE`` break)."""
    stop = _CLAUSE.search(text, end)
    return text[end:stop.start() if stop is not None else len(text)]


def _enumerator(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``-``end`` labels (``_ENUMERATOR``): a mark follows it, not the reply's end."""
    return (_ENUMERATOR.search(text, max(0, start - _LEAD_MAX), start) is not None
            and _AFTER_TALLY.match(text, end) is not None and _ENDS.match(text, end) is None)


def _zh_counted(region: str, noun: str, question: str = "") -> str | None:
    """The count of a Chinese ``region`` that is only a count ("两个", "共3个", "可见两枚结节"), in digits; ``None``
    for a reply saying more. Words after the measure word must end with the question's counted ``noun`` ("两个左肺结节"
    to "左肺有几个结节？"), and neither may deny: characters of the question in another order say something else
    ("两个正常" to "有几个不正常的器官？", "两个有结石" to "有几个肾脏没有结石？", "两个中有" to "图中有几个肾脏？").
    A place the question names may open the reply (``_ZH_PLACE``). Clauses after the count's only say where or how the
    things counted lie ("，分别位于脊柱两侧", "，边界清楚"), unless one counts again, adds ("另", "还", "也"), doubts or
    denies (``_ZH_MORE``): then the reply says more than a count."""
    text = region.strip().rstrip(_ZH_CLOSE)
    first, mark, later = text.partition("，")
    if mark and first and _ZH_MORE.search(later) is None:
        text = first  # "图中可见两个肾脏，分别位于脊柱两侧。": the count's clause, then where the things counted lie
    found = _ZH_COUNT.fullmatch(text)
    place = _ZH_PLACE.match(text) if found is None and question else None
    if place is not None and _asked_place(place.group(1), question):
        found = _ZH_COUNT.fullmatch(text, place.end())
    if found is None:
        return None
    rest = found.group("rest")
    if rest and (not noun or not rest.endswith(noun) or _ZH_DENIAL.search(rest + noun) is not None
                 or any(word in rest for word in (*hedges.ZH, *hedges.ZH_APPROX))
                 or (rest.startswith("多") and not rest.startswith("多发"))):
        return None  # (a hedge holds the count open: "两个或三个病灶", "两个可能三个")
    return found.group("digits") or str(zh_number(found.group("word")))


def _breakdown(text: str, total: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the other numbers of ``text`` break the count down (after it, set off by a mark, summing to no more
    than it: "three nodules: two in the right lung and one in the left"), rather than adding to it or coming first."""
    if any(start < end for _, start in others):
        return False
    if others and _MARK.search(text, end, others[0][1]) is None:
        return False  # "Two cysts in the left kidney and one in the right": a second count, not a part
    return sum(value for value, _ in others) <= total


# A numbering label: a label word (``_ENUMERATOR``'s words that number things) or the counted noun itself before one
# number or a run of them ("ribs 5-8", "ribs 5 through 8", "rib 3 and 4", "image 7", "segments 6/7"): the numbers name
# which ones, they count nothing. (The noun's stem is put in front by :func:`without_labels`.)
_LABEL_RUN = r"(?P<run>[ \t]*#?\d{1,3}(?:[ \t]*(?:-|–|/|,|to|through|and|&)[ \t]*\d{1,3})*\b(?!%|\.\d|" + _UNIT + r"))"
_LABEL_WORDS = r"step|figure|fig|image|series|phase|case|option|question|segment|level|slice|item|view"
_LABEL = lazy_compile(r"(?i)\b(?P<word>(?:" + _LABEL_WORDS + r")s?\.?)" + _LABEL_RUN)


@lru_cache(maxsize=256)
def _own_label(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?P<word>" + re.escape(stem) + r"[a-z]*\.?)" + _LABEL_RUN)


def without_labels(region: str, question: str) -> str:
    """``region`` with the numbers of each numbering label dropped (``_LABEL``, and the question's counted noun before
    numbers: "ribs 5-8"), the words kept: "Fractures involve ribs 5 through 8; four ribs are broken." reads as
    "Fractures involve ribs; four ribs are broken." to "How many ribs are fractured?", so that :func:`counted` weighs
    the count against no label's numbers. Why apart from :func:`counted`: the open reader reads labels its own way
    (``_enumerator``); a reader matching a count to a numeric option (``extract/option_count.py``) must never take a
    label's number for the count, and needs the labels gone, not weighed."""
    noun = counted_noun(question)
    if noun is None:
        return region
    region = _LABEL.sub(lambda m: m.group("word"), region)
    return _own_label(noun[:5].lower()).sub(lambda m: m.group("word"), region)


def numbers(region: str, question: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each number ``region`` gives, to a "How many ...?" ``question``; none to another."""
    if _ASKS_COUNT.search(question) is None:
        return []
    return [(m.start(), m.end(), m.group("digits") or str(NUMBER_WORDS.index(m.group("word").lower())))
            for m in _NUMBER.finditer(region)]


def asks_count(question: str) -> bool:
    """Whether ``question`` asks how many of a thing there are ("How many nodules are there?")."""
    return _ASKS_COUNT.search(question) is not None or _ZH_ASKS_COUNT.search(question) is not None


def counted_noun(question: str) -> str | None:
    """The stem of the noun an English "How many ...?" ``question`` counts ("rib" for "How many ribs are fractured?"),
    or ``None``."""
    found = _ASKS_COUNT.search(question)
    return found.group(1).lower() if found is not None else None


__all__ = ["asks_count", "counted", "counted_noun", "numbers", "without_labels"]
