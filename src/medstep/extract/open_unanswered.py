"""Open replies with no answer in them that the open reader would otherwise take whole as the answer (false decisions).

The open reader (``extract/open_reader.py``) keeps an unmarked reply's text as its answer, which is the honest reading
of a model that spoke at length; but some replies, however long, decide nothing, and their text graded as an answer is
a decision the model did not make. This module reads such shapes in a reply with no answer marker:

* the side asked and never given: "On which side is the hernia?" answered with what the hernia holds and what kind it
  is, no left, right or both anywhere (``unparsed``: it answers another question); a reply opening with a denial
  ("There is no hernia.") answers the premise and is left to the other readers;
* a cut before the noun: "The left kidney demonstrates a well-defined" (the reply stops on a describing adjective
  after its article: ``truncated``), and a Chinese reply stopping on a verb of concluding ("……需要考虑");
* a pair left open: the conclusion is "A vs B" ("Differential diagnosis: giant cell tumour vs chondroblastoma.",
  "Impression: schwannoma vs. meningioma") with no word anywhere that favours one; a writer naming candidates and
  saying they cannot favour, separate or choose one ("... which fits either. I can't favour one from the image."); a
  Chinese "可能为 A，也可能为 B", "两者鉴别困难", a reply opening "需考虑 A 与 B 相鉴别" or announcing "以下几种可能"
  (``ambiguous``);
* the thing asked declined in the question's own verb: "I'm not able to stage this wound from a photograph." to
  "What stage is this ulcer?", with no guess after it (``refused``). The refusal reader (``extract/refusal.py``)
  knows the general verbs of declining ("determine", "tell", "assess"); this reads the verb the question asked for,
  or the verb of doing what it asks ("count" to "How many ...?", "measure" to "What size ...?");
* a textbook instead of a reading: normal anatomy, a method of reading, what a technique can show in general
  (``unparsed``; ``extract/open_textbook.py``).

Each shape gives way to any word of commitment elsewhere in the reply (a lean, "consistent with", "favour", "rather
than"): a pair with a preference, or a decline followed by a guess, is an answer for the other readers.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.foreign_sides import SIDE_OF
from medstep.answers.qualifiers import QUALIFIERS
from medstep.answers.text import HAN
from medstep.answers.yesno import COMMITTED_LEANS
from medstep.extract.cues import DEGREE_BEFORE_NOUN
from medstep.extract.open_textbook import teaches
from medstep.extract.split import ends_mid_sentence
from medstep.lazyre import lazy_compile
from medstep.types import Status

_WORD = lazy_compile(r"[^\W_]+(?:'[a-z]+)?")
_SENTENCES = lazy_compile(r"(?<=[.!?])(?<!\bvs\.)\s+|(?<=[。；;])|\n+")

# A question asking for the side: "On which side is ...?", "What side ...?", "Is it left or right?", "laterality".
ASKS_SIDE = lazy_compile(r"(?i)\b(?:which|what)\s+side\b|\bleft\s+or\s+(?:the\s+)?right\b|\bright\s+or\s+(?:the\s+)?"
                          r"left\b|\blaterality\b|哪一?侧|左侧还是右侧")
# Any word that gives a side, or says there is none to give: English, a capital L or R, Chinese; the other languages'
# side words are ``answers/foreign_sides``'s.
SIDE_SAID = lazy_compile(r"(?i)\b(?:left|right|bilateral(?:ly)?|both|either|neither|midline|central|unilateral|"
                          r"contralateral|ipsilateral|sides?|lt|rt)\b|(?-i:\b[LR]\b)|[左右双]")

_DENIAL = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEITHER, negation.NONE, negation.ABSENT) + "|"
                       + "|".join(negation.ZH_NOT_SEEN))

# A describing adjective (``answers/qualifiers``) has one of these endings; a qualifier without one may be a noun
# ("a wedge", "a ring", "a loop") and could end a sentence.
ADJECTIVE_END = ("ed", "ic", "ous", "al", "ar", "ive", "ent", "ant", "ing", "dense", "echoic", "intense", "ate")
_ARTICLES = frozenset({"a", "an", "the", "some"})
# A Chinese reply stopping on a verb of concluding, its object never written: "……需要考虑", "……首先考虑", "……倾向于".
_ZH_CONCLUDING_CUT = lazy_compile(r"(?:需要考虑|需考虑|首先考虑|应考虑|考虑|倾向于?|可能为|可能是|符合|怀疑|印象为?)[\s*_]*$")

# "A vs B": each side a short phrase, no number ("40 HU vs 20 HU" compares values), no comma ("Lymphoma, which cannot be
# excluded, versus sarcoidosis" keeps its first label), no hyphen around "versus" (a name: "graft-versus-host disease").
_PAIR = lazy_compile(r"(?i)(?P<a>[^\n.;:,()\d—–]{3,60}?)\s+(?:vs\.?|versus)\s+(?P<b>[^\n.;:,()\d]{3,60})")
# The word ``_PAIR`` turns on: a sentence without it is not searched by ``_PAIR``, which backtracks quadratically over
# a long run of spaces (each start in the run rescans it to its end; issue #12).
_PAIR_WORD = lazy_compile(r"(?i)v(?:s|ersus)")
# What may open the sentence before the pair: a label of the conclusion or a differential, a dash after a description.
_PAIR_LEAD = lazy_compile(r"(?i)(?:^|(?:" + hedges.alternation(hedges.DIFFERENTIAL) + r")(?:\s+diagnos[ie]s)?"
                          r"[\s*_]*[:：—–-]|(?:impression|diagnosis|assessment|conclusion)[\s*_]*[:：—–-]|[—–]|\s-\s|"
                          r"\*\*)[\s*_]*$")
# A writer saying they cannot pick between the candidates they named: "I can't favour one", "hard to tell which of the
# two", "I cannot reliably separate them", "which fits either", "either is equally possible". Not "difficult to choose
# between A and B" (``extract/refusal.py`` reads that as a refusal), nor "it can be difficult to ..." (a general remark).
_CANNOT_CHOOSE = lazy_compile(
    r"(?i)\b(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to|(?<!can\sbe\s)(?<!may\sbe\s)"
    r"(?:hard|difficult|impossible)\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:favou?r|choose|pick|decide|separate|distinguish|"
    r"differentiate|prefer|tell|say)\s+(?:(?:one|either|them|the\s+two|which\s+one|which\s+of\s+(?:the\s+)?"
    r"(?:two|them|these))\b|apart\b)|"
    r"\bfits?\s+either\b|\b(?:either|both)\s+(?:is|are|would\s+be|remains?)\s+(?:still\s+)?(?:equally\s+)?"
    r"(?:possible|plausible|likely|in\s+play)\b")
# Words committing to one candidate anywhere in the reply: then the pair or the decline is no longer the conclusion.
COMMITS = lazy_compile("(?i)" + hedges.words(COMMITTED_LEANS) + r"|\bfavou?r(?:s|ed|ing)?\b|\bprefer(?:red|s)?\b|"
                        r"\b(?:consistent|compatible|in\s+keeping)\s+with\b|\brather\s+than\b|\bleading\b|"
                        r"\bdiagnosis\s+is\b|\bless\s+likely\b|\bunlikely\b|\bsuggest(?:s|ive|ing)?\b|"
                        r"\bpoint(?:s|ing)?\s+(?:to|towards?)\b|\bsupports?\b|\btips?\b|"
                        r"\b(?:better|best)\s+fit\b|\bfits?\s+(?:better|best)\b|"  # "A is the better fit"
                        r"\b(?:my|the|final)\s+answer\s+(?:is|would\s+be)\b|\bis\s+my\s+(?:answer|diagnosis|pick|choice)\b|\bi(?:'d|\s+would)?\s+(?:go|opt)\s+(?:with|for)\b")
# The Chinese pair: "可能为 A，也可能为 B", "两者鉴别困难"; and the Chinese words of a preference ("倾向", "首先考虑").
# Also a reply opening with the two to be told apart ("需考虑肺结核与肺癌相鉴别。": the differential is the reply,
# not a caveat after a pick, "肺结核，需与肺癌鉴别。", "肺结核需与肺癌鉴别。", "肝硬化和门静脉高压需与布加综合征鉴别。"), and candidates announced as such ("考虑以下几种可能：1. …").
_ZH_PAIR = lazy_compile(r"可能(?:为|是)[^。；;]{1,40}[，,]\s*也可能(?:为|是)|两者(?:之间)?(?:鉴别困难|难以鉴别|不易鉴别|"
                        r"难以区分|无法区分|不易区分)|^[\s*_]*(?:需要?|应)?(?:考虑)?(?!需|应|结合|根据|综合|依据)[^。；;，,：:\n与和需应]{2,30}?(?:与|和)"
                        r"[^。；;，,：:\n与和]{1,30}?相?鉴别|(?<!具)(?:考虑|有|存在)(?:以下|如下)(?:几种|多种|两种|三种|几个)"
                        r"(?:可能|诊断)")
# (a pick after the differential: "考虑为 A", "以 A 可能性大", "符合 A", "支持 A", "最终诊断：A", "答案：A")
# A pick word must pick: not "不符合", "鉴别诊断：", "最终诊断需病理证实", "无法给出确切答案", "首选增强CT检查".
_ZHCOMMITS = lazy_compile(r"倾向|偏向|首先考虑|更(?:可能|倾向|支持|像)|最可能|诊断为|考虑为|判断为|本例为|"
                          r"可能性?(?:较|最|很)?大|(?<!不)符合|(?<!不)支持|(?:最终|最后|临床)诊断(?!需|须|有待|待|尚|还|要|应|依|靠|"
                          r"取决|仍|困难|不)|(?<!鉴别)诊断[:：]|(?:结论|印象)[:：]|(?<!确切)(?<!明确)答案(?!不|无)|"
                          r"首选(?!(?:行|做|进行)?(?:增强|检查|CT|MRI|MR|超声|穿刺|活检|进一步|治疗|手术|方案))|应(?:诊断)?为")

# The writer declining in a verb of their own: "I'm not able to stage this", "I cannot grade it", "we can't measure".
_DECLINE = lazy_compile(r"(?i)\b(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:not\s+able|unable)\s+to|(?:i|we)\s+(?:can't|"
                        r"cannot|can\s+not|couldn't|could\s+not|won't|will\s+not))\s+(?:(?:reliably|confidently|"
                        r"accurately|safely|really)\s+)?(?P<verb>[a-z]+)\b")
# A guess after the decline keeps the reply an answer for the other readers ("..., but it looks like stage 3").
_GUESS = lazy_compile("(?i)" + hedges.words(hedges.TURN, COMMITTED_LEANS) + r"|\b(?:looks?|appears?|seems?)\s+(?:like|"
                      r"to\s+be)\b|\bguess\b|\bwould\s+(?:say|call)\b")
_STEM = 5
# The verb (its first ``_STEM`` letters) of doing what a question asks when the question does not say it: a count is
# counted, a size measured, a place localised, a type classified ("I can't count them reliably." to "How many ...?").
_ASKED_BY = {lazy_compile(r"(?i)\bhow\s+many\b|\bnumber\s+of\b"): "count",
             lazy_compile(r"(?i)\b(?:size|dimensions?|diameter|how\s+(?:large|big|long|wide|thick))\b"): "measu",
             lazy_compile(r"(?i)\bwhere\b|\blocation\b"): "local",
             lazy_compile(r"(?i)\b(?:type|kind|subtype)\b"): "class"}
_NEAR = 30


def unanswered(region: str, question: str) -> Status | None:
    """The no-answer status of the unmarked open reply ``region`` to ``question`` when it has one of the shapes of the
    module docstring, else ``None`` (the reply is read on)."""
    text = region.strip()
    if not text:
        return None
    if ASKS_SIDE.search(question) is not None and not _gives_side(text) and not _denies_first(text, question):
        return Status.UNPARSED
    if _cut_before_noun(text):
        return Status.TRUNCATED
    if _pair_left_open(text):
        return Status.AMBIGUOUS
    if _declines_asked(text, question):
        return Status.REFUSED
    if teaches(text, question):
        return Status.UNPARSED  # normal anatomy, a method, a technique in general (extract/open_textbook.py)
    return None


def _gives_side(text: str) -> bool:
    return SIDE_SAID.search(text) is not None or any(w.lower() in SIDE_OF for w in _WORD.findall(text))


def _denies_first(text: str, question: str) -> bool:
    """Whether the reply's first sentence denies the thing ``question`` asks about ("There is no pneumothorax.", "The
    pneumothorax is not seen."): an answer to the side question's premise, which the other readers judge. A denial of
    something else ("there's no fluid in the sac") is not one."""
    first = _SENTENCES.split(text, maxsplit=1)[0]
    asked = {w.lower()[:_STEM] for w in _WORD.findall(question) if len(w) >= _STEM} - {"which", "where"}
    for found in _DENIAL.finditer(first):
        near = first[max(0, found.start() - _NEAR):found.end() + _NEAR]
        if any(w.lower()[:_STEM] in asked for w in _WORD.findall(near) if len(w) >= _STEM):
            return True
    return HAN.search(first) is not None and _DENIAL.search(first) is not None


def _cut_before_noun(text: str) -> bool:
    """Whether ``text`` stops mid-sentence on describing adjectives after an article ("... demonstrates a
    well-defined", "There is a large hypodense"), or a Chinese reply stops on a verb of concluding."""
    if not ends_mid_sentence(text):
        return False
    if HAN.search(text[-12:]) is not None:
        return _ZH_CONCLUDING_CUT.search(text) is not None
    words = _WORD.findall(text[-80:].lower().replace("-", " "))
    tail: list[str] = []
    for word in reversed(words):
        if word in _ARTICLES:
            break
        tail.append(word)
    else:
        return False
    return (bool(tail) and len(tail) <= 4 and all(w in QUALIFIERS or w in DEGREE_BEFORE_NOUN for w in tail)
            and tail[0] in QUALIFIERS and tail[0].endswith(ADJECTIVE_END))


def _pair_left_open(text: str) -> bool:
    """Whether the reply's conclusion is a pair it does not choose between (module docstring)."""
    if HAN.search(text) is not None and _ZH_PAIR.search(text) is not None:
        return _ZHCOMMITS.search(text) is None
    sentences = [s for s in _SENTENCES.split(text) if s and s.strip()]
    if _CANNOT_CHOOSE.search(text) is not None:
        return all(COMMITS.search(s) is None for s in sentences if _CANNOT_CHOOSE.search(s) is None)
    if COMMITS.search(text) is not None:
        return False
    for sentence in sentences:
        found = _PAIR.search(sentence) if _PAIR_WORD.search(sentence) is not None else None
        if found is None:
            continue
        lead = sentence[:found.start("a")]
        inner = found.group("a")
        cut = inner.rfind("**")
        if cut >= 0:  # "Extra-axial mass — **schwannoma vs. meningioma**": the pair opens after the bold mark
            lead, inner = sentence[:found.start("a") + cut + 2], inner[cut + 2:]
        if _PAIR_LEAD.search(lead) is not None and _WORD.search(inner) is not None \
                and len(_WORD.findall(inner)) <= 6:
            return True
    return False


def _declines_asked(text: str, question: str) -> bool:
    """Whether the reply's first sentence declines the very thing ``question`` asks, in its own word ("I'm not able to
    stage this wound." to "What stage ...?"), and nothing after it turns to a guess."""
    first = _SENTENCES.split(text, maxsplit=1)[0]
    found = _DECLINE.search(first)
    if found is None or len(found.group("verb")) < _STEM:
        return False
    stem = found.group("verb").lower()[:_STEM]
    asked = {w.lower()[:_STEM] for w in _WORD.findall(question) if len(w) >= _STEM}
    asked |= {verb for kind, verb in _ASKED_BY.items() if kind.search(question) is not None}
    return stem in asked and _GUESS.search(text[found.end():]) is None


__all__ = ["ADJECTIVE_END", "COMMITS", "unanswered"]
