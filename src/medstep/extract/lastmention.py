"""The final committed mention: the last sentence naming an option, read when it asserts that option.

Written outputs end on their answer in more shapes than any list of cue
phrases holds ("Most consistent: D.", "Only B remains.", "Of the two that
remain, C is the more typical appearance.", "So I'd pick A instead.",
"Corresponde a la C.", "最可能的是A。"). What they share is position and role:
the *last* sentence of the output that names an option names exactly one,
and names it as a statement, not as a discussion of it. This reader takes
that option when every one of these holds, and otherwise declines:

* the sentence names one option only (a list "B or C" is a conflict);
* a bare or dotted letter stands as a letter, not inside a name: the word
  before it is a function or cue word ("is", "pick", "only", ":"), not a
  noun ("type A dissection", "Vitamin D", "Plan B", "hepatitis B"), and the
  word after it ends the clause or is a verb ("B cells" is not option B);
  "E. coli" and the article "A" are settled by :mod:`medstep.extract.mentions`;
* the mention is asserted: not negated or rejected ("not A", "A is out",
  "B is unlikely"), not hedged, conditional or asked ("could be C", "C if
  ...", "... C?"), not offered among alternatives, not quoted, not an option
  heading or one line of a per-option list ("D) Consolidation: ...");
* nothing after the sentence names an option, takes it back ("however",
  "but", "not sure") or states another answer ("Diagnosis: ..."), and what
  follows is short (a closing remark, not more discussion);
* no other option is named in the same paragraph (at most
  ``resolve.CONFLICT_REACH`` characters back), unless negated or only
  supposed ("B would blunt the angles"), or the
  sentence is worded as final ("so", "therefore", "in conclusion"): a
  paragraph walking through the options ("A fits ... C is a pneumothorax
  sign. D is an embolism sign.") is a discussion, not a decision.

It runs only after every explicit reader found nothing (see
``extract/choice_reader.py``), never for a question asking which option does NOT hold,
and only on letter forms: an option named by its text is read by the
decision reader and the option-word readers. Rule ``last_mention``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from medstep.extract import cues
from medstep.extract.commit import is_final
from medstep.extract.clauses import clause_left, clause_right, list_denied, negated
from medstep.extract.cue_before import FORMAT_WORDS, quoted
from medstep.extract.resolve import CONFLICT_REACH
from medstep.extract.lines import PARAGRAPH
from medstep.extract.polarity import Pole, against, clause_pole
from medstep.extract.mentions import CONFLICT, INVALID, STRONG, Mention, OptionIndex, find_mentions
from medstep.extract.letter_names import in_name
from medstep.extract.refusal import is_hedge, is_refusal, offers_alternatives
from medstep.answers import hedges, judgements, negation
from medstep.extract import langwords
from medstep.lazyre import lazy_compile

RULE = "last_mention"

# A sentence ends at '.', '!', '?', ';' before a space, or at a line break.
_END = lazy_compile(r"[.!?;。！？；](?=\s|$)|[。！？；]|\n")
# Closing remarks allowed after the answer sentence, at most this long.
TAIL_MAX = 240
# What a closing remark must not hold: a turn, doubt, or another statement of the answer.
# (the turn and doubt words are ``answers/hedges.py``'s)
_TAIL_VETO = lazy_compile(
    "(?i)" + hedges.words(hedges.DOUBT, negation.CANNOT) + r"|\b(?:otherwise|wait|actually|"
    r"answer|diagnos\w*|impression|conclu\w*|final|therefore|thus|hence|so|likely|consistent|suggest\w*|"
    r"points?|favou?r\w*|represent\w*|instead|rather|or)\b|[?？:：]|但|或"
)
# A turn in a closing remark that qualifies the answer: one opening a sentence ("However, ...", "But ...") or closing
# it ("..., though."). A concession inside a remark that names no option ("Infection is the usual cause, though
# aspiration can look the same.") grants something about that remark's own statement, not about the answer.
# (The run between the sentence end and the turn holds no line break: a line break in it is itself a sentence end,
# so a text has a match exactly when it has one with ``[\s*_"'“(]*``, but a run of blank lines is no longer
# rescanned from each of its line breaks: that took > 15 s on a tail of newlines; issue #12, session 59.)
TAIL_TURN = lazy_compile(r"(?i)(?:\A|[.!?;。！？；\n])(?:[^\S\n]|[*_\"'“(])*" + hedges.words(hedges.TURN)
                          + "|" + hedges.words(hedges.TURN) + r"[\s*_\"'”)]*(?:[.!?;。！？；\n]|\Z)|但")
# In the answer sentence: a condition, a definition, a question's restatement, a negation anywhere ("The correct
# answer is unlikely to be B.": the negation's reach is not worth guessing).
_SENTENCE_VETO = lazy_compile(
    r"(?i)\b(?:if|unless|whether|would|should|could|might|may|typically|usually|often|sometimes|versus|vs|"
    r"between|either|question|asks?|except|unlikely|improbable|doubtful|rather|wrong|incorrect|distractors?|"
    r"instead\s+of|" + hedges.alternation(judgements.MISFIT) + "|" + langwords.REJECT + r")\b|" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER)
    + "|" + negation.CONTRACTION + r"|[?？]|如果|是否|不|错|排除"
)
# Words that may follow a bare letter that is the answer (a verb or a closing word; mentions._ARTICLE_OK and more).
_AFTER_OK = frozenset({
    "is", "seems", "appears", "would", "best", "fits", "matches", "remains", "looks", "describes", "was", "it",
    "has", "explains", "represents", "corresponds", "aligns", "stands", "wins", "instead", "then", "here", "again",
    "overall", "too", "alone", "only", "therefore", "thus", "clearly", "definitely", "as", "because", "since",
    "given", "based", "fit", "match", "correctly", "most", "it's", "es",
    "rather", "over",  # "D rather than FNH", "B over C": the letter chosen against another
})
_WORD_AFTER = lazy_compile(r"[\s*_\"'”)\]]*([^\W\d_][\w'’]*)")
_HEADING_CHARS = " \t*_#>-•0123456789."
_MARKUP = frozenset("{}<>/\\|$^&#@~`+")


SENTENCE_MAX = 400


def sentence_span(text: str, m: Mention) -> tuple[int, int]:
    """The span of the sentence the reference ``m`` stands in (at most ``SENTENCE_MAX`` characters back)."""
    start = max(0, m.start - SENTENCE_MAX)
    for found in _END.finditer(text, start, m.start):
        start = found.end()
    at = m.end - 1 if text[m.end - 1:m.end] == "." else m.end  # "C." ends its sentence
    if len(text) > _STOPS_FROM:  # (a long text: its stops found once, the next one by bisect)
        stops = _stops(text)
        i = bisect_left(stops, at)
        return start, (stops[i] + 1 if i < len(stops) else len(text))
    end = _END.search(text, at)
    return start, (end.end() if end is not None else len(text))


# Texts longer than this find the next sentence stop in the list of their stops (``_stops``): searched afresh for
# each reference, a text without stops was scanned to its end once per reference (issue #12, lane speed57: quadratic in
# the references of a long unpunctuated reply). Shorter texts search, as before (no list built for a clause).
_STOPS_FROM = 2000


@lru_cache(maxsize=8)
def _stops(text: str) -> list[int]:
    """Where every ``_END`` match of ``text`` starts, in order: each is one character read with the one after it, so
    the first at or after a position is ``_END.search(text, position)``'s (exact)."""
    return [found.start() for found in _END.finditer(text)]


def letter_stands(text: str, m: Mention) -> bool:
    """A letter form that stands as a letter: not the end of a name ("type A") nor the start of one ("B cells")."""
    if m.by_text or m.strength == STRONG:
        return True
    before = text[max(0, m.start - 12):m.start].rstrip(" *_\"'“([")
    if before[-1:] in _MARKUP and not before.endswith(("->", "=>")):
        return False  # "\\boxed{C", "<C": broken markup, not a sentence ("=> C" is an arrow to the answer)
    if in_name(text, m.start):
        return False  # "type A dissection", "vitamin D", "hepatitis B"
    return answer_word_after(text, m)  # not "B cells", "C fibres": the letter opening a name


def answer_word_after(text: str, m: Mention) -> bool:
    """Whether what follows the reference ``m`` lets it be the answer: a mark, the end, or a verb or closing word of
    an answer ("is", "fits", "rather", ``_AFTER_OK``), not another word ("B cells", "a haematoma (D) grows out")."""
    if text[m.end - 1:m.end] in (".", ":", "："):
        return True  # "..., C. Clinical correlation ...", "That leaves B: the tip ...": the mark ended the letter
    gap = text[m.end:m.end + 30]
    after = _WORD_AFTER.match(gap)
    return after is None or bool(gap[:after.start(1)].strip(" *_\"'”)]")) or after.group(1).lower() in _AFTER_OK


def listed(text: str, m: Mention, start: int) -> bool:
    """An option heading or a line of a per-option list: the mention opens its line and a label follows."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[max(start, line_start):m.start].strip(_HEADING_CHARS):
        return False
    return text[m.end:m.end + 4].lstrip(" *_\"'”)]")[:1] in (":", "：", "-", "–", "—", "|", "=")


# A lead-in ending in a colon right before the letter ("Without the history this is tentative, but: D."):
# the colon hands over to the answer, so a negation or hedge before it qualifies the lead-in, not the letter;
# a condition, a question or a comparison still does ("If supine: D.", "Between B and C: C.").
_LEAD_IN_VETO = lazy_compile(
    r"(?i)\b(?:if|unless|whether|versus|vs|between|either|question|asks?|except|rather|instead\s+of|otherwise|or)\b|"
    + hedges.words(negation.NEITHER) + r"|[?？]|如果|是否"
)
# A rejection in the lead-in's last part (after its last turn, "…, but") is the letter's: "I would rule this out: A.",
# "Not likely, though possible: A.", "Definitely not: A." reject A, while "tentative, but: D." hands over.
_LEAD_IN_TURN = lazy_compile(r"(?i)\b(?:but|however|yet|still|nonetheless|nevertheless|anyway|regardless|even\s+so|"
                             r"that\s+said)\b|但是?|不过")
_LEAD_IN_REJECTS = lazy_compile(
    "(?i)" + hedges.words(negation.PLAIN, negation.NEVER, negation.NONE, negation.heads(negation.EXCLUDED))
    + r"|\b(?:" + hedges.alternation(judgements.WRONG, judgements.MISFIT) + r"|unlikely|improbable|doubtful|least|distractors?|excludes|"
      r"excluding|rules|ruling|"
      r"reject(?:ed|s)?|eliminated?|discard(?:ed)?|against|" + langwords.REJECT + r")\b|" + negation.CONTRACTION
    + "|不|非|排除|错"
)
_COLON_GAP = lazy_compile(r"[:：][\s*_(\[\"'“]*(?:(?i:option|choice)\s+)?[\s*_(\[]*\Z")


def _after_lead_in(text: str, m: Mention, start: int) -> int:
    """Where the answer clause starts when a colon hands over to the letter (``start`` when there is none)."""
    gap = _COLON_GAP.search(text, max(start, m.start - 16), m.start)
    if gap is None or _LEAD_IN_VETO.search(text, start, gap.start()) is not None:
        return start
    last = start
    for turn in _LEAD_IN_TURN.finditer(text, start, gap.start()):
        last = turn.end()
    if _LEAD_IN_REJECTS.search(text, last, gap.start()) is not None:
        return start
    return gap.start() + 1


def lead_in_vetoed(text: str, m: Mention, start: int) -> bool:
    """A colon hands over to the letter ``m`` after a lead-in (from ``start``) that conditions, compares or asks:
    "If supine: D.", "Between B and C: C.", "It is not A or B, but: C." (no answer of its own)."""
    gap = _COLON_GAP.search(text, max(start, m.start - 16), m.start)
    return gap is not None and _LEAD_IN_VETO.search(text, start, gap.start()) is not None


# Words one of which another language's negation holds (a cheap test before ``langwords.foreign_negation``).
_FOREIGN_GATES = negation.OTHER_WITHOUT + negation.OTHER_NONE + ("pas", "nicht", "nao", "não", "non", "nunca", "jamais")


def foreign_denial(sentence: str) -> bool:
    """Another language's negation anywhere in the answer sentence: "Je ne choisis pas la C.", "Ich wähle nicht C."."""
    low = sentence.lower()
    return any(w in low for w in _FOREIGN_GATES) and langwords.foreign_negation(sentence)


# The answer's sentence, lead-in included, sets it as a format or an example: "For example, the answer is B.",
# "Template: Final answer: D" (``cue_before.FORMAT_WORDS``).
FORMAT = lazy_compile(r"(?i)\b(?:" + "|".join(w.replace(".", r"\.") for w in sorted(FORMAT_WORDS)) + r")\b")


# A circumstance set off by its comma before the letter: "Without that history, B." ("without" negates the history,
# not the letter; "Without B, ..." or "without A or B" keep their negation).
_CIRCUMSTANCE = lazy_compile(r"(?i)[\s*_]*without\s+(?:a|an|the|that|this|such|any|those|these|"
                             r"further|more|other)\s+[^,;.!?\n]{1,50},[\s*_]*")


# A turn handing over to the letter through a short frame set off by its comma: "I'd still consider GPA if there were
# renal involvement, but as it stands, A.", "..., but on balance, C." (the concession before the turn is not the claim)
_TURN_FRAME = lazy_compile(r"(?i)[,;]\s*(?:but|however|yet)\s*,?\s+((?:[a-z]+\s+){0,3}[a-z]+)\s*,[\s*_(\[\"'“]*"
                           r"(?:(?:option|choice)\s+)?[\s*_(\[]*\Z")


def _after_turn(text: str, m: Mention, start: int) -> int:
    """Where the answer clause starts when a turn and a short frame hand over to the letter (``start`` when none)."""
    turn = _TURN_FRAME.search(text, max(start, m.start - 60), m.start)
    if turn is None or _LEAD_IN_VETO.search(turn.group(1)) is not None or is_hedge(turn.group(1)) \
            or _LEAD_IN_REJECTS.search(turn.group(1)) is not None:
        return start
    return turn.start(1)


def _asserted(text: str, m: Mention, start: int, end: int, asked: Pole) -> bool:
    if FORMAT.search(text, start, end) is not None:
        return False
    start = _after_turn(text, m, _after_lead_in(text, m, start))
    opener = _CIRCUMSTANCE.match(text, start, m.start)
    circumstance = opener is not None and opener.end() == m.start
    if circumstance:
        start = m.start  # "Without that history, B.": the letter alone is the sentence's claim
    sentence = text[start:end]
    if _SENTENCE_VETO.search(sentence) is not None or is_hedge(sentence.replace("最可能", "")) or offers_alternatives(sentence) \
            or foreign_denial(sentence):
        return False
    left = clause_left(text, m.start)
    right, _ = clause_right(text, m.end)
    words = [] if circumstance else cues.words(cues.tokens(left))
    if negated(words, right) or list_denied(left, right) or quoted(left, right) or listed(text, m, start):
        return False
    return not against(clause_pole(left, right), asked)  # "Least likely: C." to a question asking the most likely


def _set_aside(text: str, m: Mention) -> bool:
    """An earlier mention of another option that the output rejects ("not A", "A is out", "eliminate A and D") or
    only supposes ("parasternal long axis would look different")."""
    left = clause_left(text, m.start)
    right, stop = clause_right(text, m.end)
    if stop == "?" or _SUPPOSED.search(left[-60:] + " " + right) is not None:
        return True  # asked ("B or D? D.") or only supposed
    return negated(cues.words(cues.tokens(left)), right) or list_denied(left, right)


_SUPPOSED = lazy_compile(r"(?i)\b(?:would|could|might|may|if|unless|whether)\b")


def read_last_mention(text: str, idx: OptionIndex, asked: Pole = Pole.TOP) -> str | None:
    """The option the output's last option-naming sentence asserts (see module docstring), else None; ``asked``:
    the end of the scale the question asks for (a sentence ranking its option at the other end asserts nothing)."""
    if text.lstrip(" `\n").startswith("{"):
        return None  # a JSON reply is read by its answer field alone (``extract/choice.py``)
    # The answer sentence ends at most TAIL_MAX characters before the end: only the end is searched, and the
    # paragraph before it as far back as the decision reader looks for a conflict (resolve.CONFLICT_REACH).
    lo = max(0, len(text) - TAIL_MAX - SENTENCE_MAX - CONFLICT_REACH)
    found = find_mentions(text, idx, lo)
    if not found:
        return None
    last = found[-1]
    if last.letter in (CONFLICT, INVALID) or last.by_text:
        return None
    start, end = sentence_span(text, last)
    if any(m.letter != last.letter for m in found if m.end > start):
        return None
    tail = text[end:]
    if len(tail.strip()) > TAIL_MAX or _TAIL_VETO.search(tail) is not None or TAIL_TURN.search(tail) is not None \
            or is_refusal(tail):
        return None
    if not letter_stands(text, last) or not _asserted(text, last, start, end, asked):
        return None
    para = 0
    for p in PARAGRAPH.finditer(text, 0, start):
        para = p.end()
    contested = any(m.letter != last.letter and not _set_aside(text, m) for m in found
                    if max(para, start - CONFLICT_REACH) <= m.start < start)
    if contested and not is_final(text[start:last.start]):
        return None
    return last.letter


__all__ = ["FORMAT", "RULE", "TAIL_TURN", "answer_word_after", "foreign_denial", "lead_in_vetoed", "letter_stands", "listed", "read_last_mention",
           "sentence_span"]
