"""Read a yes/no verdict out of an answer region.

The difficulty is that radiology prose is full of negations that are *not*
verdicts: "no pleural effusion is seen" says nothing about whether the answer
to "Is the heart enlarged?" is no. So a bare "no" only counts where a verdict
sits: at the start of an explicit answer ("Answer: no", "<answer>No</answer>"),
after a final-answer phrase, as the closing word ("... So, no."), or leading
the output and followed by punctuation ("No, there is no ..."). The final
verdict beats a leading one, because models sometimes revise themselves.
"Yes or no" and "possibly yes, possibly no" are ambiguous, not verdicts.
Chinese verdicts (SLAKE zh) open the answer: 是 / 是的 / 有 / 否 / 不是 / 不 / 没有 / 无
("没有积液" answers "有积液吗？" with no). Both languages are read whatever
the gold's language, and the verdict is reported in the model's language:
grading compares meanings (:func:`medstep.answers.same_verdict`), so a
reading never depends on the gold.
"""

from __future__ import annotations

import re
from typing import Callable

from medstep.answers import AFFIRMATIVE_REPLIES, COMMITTED_LEANS, PRO_FORM_ASSENT, OTHER_VERDICT_WORDS, NEGATIVE_REPLIES, NO, WORD_VERDICTS, YES, ZH_LEANS, ZH_VERDICT_WORDS
from medstep.answers import hedges, negation, revisions
from medstep.extract.closing_yes_no import VERDICT_WORD, closing, denied_closing, denied_final_near, final_start, verdict
from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.split import counterfactual
from medstep.extract.langwords import FOREIGN_CONCLUSION_FIELDS
from medstep.extract.letters import clean
from medstep.extract.mentions import CONFLICT
from medstep.extract.verdict_decor import collapse_loop, undecorate
from medstep.lazyre import lazy_compile

# "Si" without its accent: as written ("Si" / "si", never "SI", the sacroiliac joints' "SI:") and before a comma, a
# full stop or the end only.
_BARE_SI = r"(?-i:[Ss]i)(?=[*_\"'“”]*\s*(?:[,.!;]|\Z))"
# The other languages' verdict words (``OTHER_VERDICT_WORDS``) before a comma, a stop or the end: "Non, les culs-de-sac
# sont libres.", "Ja.", "Nein, kein Erguss." ("Non-contrast CT shows …", "Não há derrame" are no verdict words).
# ("sí" opens a reply as "yes" does, bare "si" only as written: both are read apart, in OPENING_WORDS)
_OTHER_WORDS = "|".join(sorted((w for w in OTHER_VERDICT_WORDS if w not in ("sí", "si")), key=len, reverse=True))
_OTHER = r"(?i:" + _OTHER_WORDS + r")(?=[*_\"'“”]*\s*(?:[,.!;:\n—–、。，！،।]|\Z))"
# The words of a state that is whole ("Is the lung clear?"): a question on them is answered by a denial of findings.
NORMAL_STATES = ("normal", "clear", "unremarkable", "intact")
OPENING_WORDS = r"yes|no|sí|" + _BARE_SI + "|" + _OTHER  # every language's verdict word opening a reply
_MARKED = lazy_compile(r"^(?i:(" + OPENING_WORDS + r"))(?![A-Za-z])")
# Two verdict words joined ("yes or no", "Ja, nein", "Oui, non"): the other languages' words count as their verdicts,
# and "non" only as a word ("Yes and non-contrast ..." joins no verdicts).
_PAIR = lazy_compile(r"(?i)\b(yes|no|" + _OTHER_WORDS + r")\b(?![-‐])\s*(?:/|,|、|\bor\b|\band\b)\s*"
                     r"(?:possibly\s+|maybe\s+)?\b(yes|no|" + _OTHER_WORDS + r")\b(?![-‐])")
_BOTH = lazy_compile(r"(?i)\b(?:possibly|maybe|perhaps)\s+(yes|no)\b.{0,30}\b(?:possibly|maybe|perhaps)\s+(yes|no)\b")
# A leading verdict: followed by punctuation, or by the pronoun of a short reply ("No it is not.").
_LEAD = lazy_compile(
    r"^[\s*_\"'“”¡]*(?i:(" + OPENING_WORDS + r"))[*_\"'“”]*\s*(?:[,.!;:\n—–(（、。…-]|\Z|(?=(?i:it|there|this|that|they)\s))"
)
# A yes with no punctuation after it, a word following (``punctuate_bare_yes``; before a pronoun ``_LEAD`` reads it;
# never before a hedge, "yes possibly", "yes probably not": a lean, not a verdict).
_BARE_YES = lazy_compile(r"^[\s*_\"'“”]*(?i:(yes))\s+(?!(?i:yes|or|and|but|if|it|there|this|that|they|"
                         + hedges.alternation(hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.DOUBT, hedges.SUSPICION)
                         + r")\b)(?=[A-Za-z0-9])")
# A verdict under a committed lean opening the reply: "Probably yes —", "I'd say no.", "Likely not; ...". "not"
# counts as "no" only here, after the lean ("Not enlarged." is a statement, read elsewhere).
_LEAN_LEAD = lazy_compile(
    r"^[\s*_\"'“”]*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in COMMITTED_LEANS)
    + r")[\s,:]+(?i:(yes|no|not))(?![A-Za-z])[*_\"'“”]*\s*(?:[,.!;:\n—–-]|\Z|(?=(?i:it|there|this|that|they)\s))"
)
# The opening sentence is a negative reply in other words: "Not that I can see.", "I don't think so — ...".
_NEGATIVE_REPLY = lazy_compile(
    r"^[\s*_\"'“”]*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                                     for w in sorted(NEGATIVE_REPLIES, key=len, reverse=True))
    + r")[*_\"'“”]*\s*(?:[,.!;:\n—–-]|\Z)"
)
# ... or an affirmative one: "No doubt about it — the angle is blunted.", "Efectivamente. Se aprecia ...".
_AFFIRMATIVE_REPLY = lazy_compile(
    r"^[\s*_\"'“”¡]*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                                      for w in sorted(AFFIRMATIVE_REPLIES, key=len, reverse=True))
    + r")[*_\"'“”!]*\s*(?:[,.!;:\n—–-]|\Z)"
)
# "Not that I'd call a pneumothorax — it's a skin fold.": "not that I" and a verb of judging open a negative reply
# whatever the object; the clause must end within a few words.
_NOT_THAT_I = lazy_compile(
    r"(?i)^[\s*_\"'“”]*not\s+that\s+i(?:['’]d|\s+would|\s+could|\s+can|['’]m)?\s+"
    r"(?:call|say|see|tell|know|describe|read|term|label|be\s+sure)\b[^.;:,!?\n—–]{0,50}(?:[.;:,!?\n—–]|\Z)"
)
LEAN_RULE = "yes_no_lean"
# The verdict words are :data:`ZH_VERDICT_WORDS`'s; "没有" opens a reply even without punctuation ("没有积液").
_ZH_WORDS = "|".join(sorted((w for w in ZH_VERDICT_WORDS if w != "没有"), key=len, reverse=True))
_ZH_LEAD = lazy_compile(r"^[\s*_\"'“”「」]*(?:(" + _ZH_WORDS + r")的?[*_\"'“”」]*\s*(?:[，。！；：,.!;:\n]|\Z)|(没有))")
# A Chinese verdict under a committed lean opening the reply: "倾向于否。", "更倾向于是，……" (``ZH_LEANS``); the verdict
# word must end its clause ("倾向于良性" names a finding, read elsewhere).
_ZH_LEAN = lazy_compile(r"^[\s*_\"'“”「」]*(?:我)?(?:" + "|".join(ZH_LEANS) + r")(" + _ZH_WORDS + r"|没有)的?[*_\"'“”」]*"
                        r"\s*(?:[，。！；：,.!;:\n]|\Z)")
# (a second lean is one of inclination, 倾向: 认为 / 觉得 / 应该 after a lean open what it says, "倾向于是，我觉得积液量中等";
# followed by a verdict word they are taken back by that word)
_ZH_TAKEN_BACK = lazy_compile("|".join(hedges.ZH_TURN + tuple(w for w in ZH_LEANS if "倾向" in w) + hedges.ZH)
                              + "|可能性|" + _ZH_WORDS + "|没有")
# "..., so yes, there appears to be ...": a verdict set off by commas after a concluding adverb, near the end.
# Unpunctuated before a pronoun and its verb: "..., so yes it is raised", "so no there isn't".
_MID = lazy_compile(r"(?i)\b(?:so|thus|therefore|hence|then)\s*,?\s+(yes|no)(?:\s*[,;:—–-]|\s+(?=(?:it|they|there|this|"
                    r"that|he|she)\s*(?:is|are|was|were|'s|’s|isn't|isn’t|aren't|aren’t)\b))")
# "Conclusion: No, ...", "**Impression:** yes, small effusion": a concluding label opening a line.
_LABEL = lazy_compile(r"(?im)^[ \t#>*_\-•]*(?:" + CONCLUDING_LABEL + "|(?P<foreign>" + FOREIGN_CONCLUSION_FIELDS
                      + r"))[ \t*_]*[:：][ \t*_]*")
# Under a label of another language ("**Beurteilung:** Ja, Kardiomegalie.", "Impresión: Sí, derrame."), the verdict
# word is read only set off by a mark: Spanish, Portuguese and Italian "No" also opens a sentence as its negation
# ("Impresión: No se observa derrame."), which to a question of normality is no verdict.
_SET_OFF = lazy_compile(r"^[\s*_]*\w+[\s*_]*[,.;:!—–-]")
# "Yes, there is no effusion" to "Is there an effusion?": the verdict word contradicts its own sentence.
_YES_BUT_NONE = lazy_compile(
    r"(?i)^[\s*_\"'“”]*yes\b[\s*_\"'“”]*[,.!;:—–-]?\s*(?:there\s+(?:is|are)\s+" + hedges.words(negation.PLAIN)
    + r"|no\s+evidence\b|"
    r"no\s+(?:[a-z]+\s+){0,3}(?:is|are)\s+(?:" + hedges.alternation(negation.SEEN) + "))"
)
# Questions whose "yes" is a negative statement ("Is the lung free of ...?", "Is it normal?").
# (a phrase of negation.BEFORE counts by its first word: "Is the lung free of ...?")
_NEGATIVE_QUESTION = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.ABSENT, negation.NEGATIVE,
                                                      negation.heads(negation.BEFORE),
                                                      NORMAL_STATES))


# A self-correction opening a clause after a leading verdict: "是。等等，再看一下…应该是否。",
# "Yes. Wait, no — the angle is sharp." The leading word was revised, so it is not the answer.
# (a cue opens a sentence after its mark, or a line: "### Note\nOn second look, ...")
_REVISION = lazy_compile(
    r"(?:[.!?;,:—–-]|(?m:^))\s*(?i:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                   revisions.DISOWN, revisions.RESTATE) + r")\b"
    r"|(?:" + revisions.ZH_ALTERNATION + ")"
)
# The corrected verdict closing a Chinese revision: "应该是否。", "其实是有的。".
_ZH_CORRECTED = lazy_compile(r"(?:应该|应当|应为|其实|实际上)(?:是|为)?(不是|是|否|没有|有|无)的?[\s。！.!]*\Z")


def revised_lead(region: str) -> str | None:
    """After a leading verdict: ``None`` when nothing revises it, else the corrected verdict or ``CONFLICT``.

    Reading the first word of "Yes. Wait, ... no." would report the answer
    the model withdrew (a wrong parse, the worst failure); when the revision
    states no readable verdict the output is ambiguous, never the first word.
    """
    m = _REVISION.search(region, 1, 400)
    if m is None:
        return None
    rest = region[m.end():]
    while (more := _REVISION.match(rest)) is not None and more.end():  # "Yes — actually, on closer look, no.": cues
        rest = rest[more.end():]  # in a row revise once, the verdict follows the last
    zh = _ZH_CORRECTED.search(rest)
    if zh is not None:
        return ZH_VERDICT_WORDS[zh.group(1)]
    verdict, _ = parse_free(rest.lstrip(" \t,;:—–-"))
    verdict = verdict if verdict is not None else parse_zh(rest.lstrip("，,：: ")) or CONFLICT
    if verdict == CONFLICT and region[m.start()] not in _CUE_MARKS and _DOUBTS.search(rest[:300]) is None:
        return None  # a cue opening a line that goes on to confirm ("**Answer:** No\n\nActually, the markings run to
        # the chest wall.", "### Details\nLooking again, the angles are sharp."): no doubt cast, nothing revised
    return verdict


# The marks before a cue opening a sentence (``_REVISION``'s first branch); a cue without one opens a line.
_CUE_MARKS = ".!?;,:—–-"
# Doubt cast by what follows a cue opening a line: "On closer look, there might be a faint line; I cannot be sure.",
# "Actually, that lucency is just the gastric bubble."
_DOUBTS = lazy_compile(r"(?i)" + hedges.words(
    hedges.POSSIBILITY, hedges.DOUBT, hedges.MIMICS, hedges.DISMISSING, revisions.MISREAD,
    ("doubt", "doubtful", "unclear", "equivocal", "not convinced", "not so sure", "mimic", "mimics", "mimicking")))


# A verdict opening the sentence a cue revises from inside: "Yes, the bowel looks obstructed. No, wait, these are
# haustra." (the word before the cue is the corrected verdict).
_BEFORE_CUE = lazy_compile(r"(?:\A|[.!?]\s+)[\s*_\"'“”]*(?i:(yes|no))[*_\"'“”]*\s*\Z")


def verdict_before(region: str, cue: int) -> str | None:
    """The verdict word opening the sentence of a revision cue at ``cue`` and standing right before it ("No, wait,
    ..."), or ``None``."""
    m = _BEFORE_CUE.search(region, 0, cue) if cue > 0 else None
    return m.group(1).lower() if m is not None and m.start(1) > 0 else None


def revision(region: str) -> tuple[int, int] | None:
    """Where a self-correction's cue starts and ends ("The heart is enlarged. On second look, …"), or ``None``."""
    m = _REVISION.search(region, 1, 400)
    return (m.start(), m.end()) if m is not None else None


# The writer's "no" to its withdrawn words, between a cue and the correction: "Wait, no: it is smooth.", "Actually,
# no - it is patent." (``revisions.SELF_DENIAL``; punctuation after it: "Actually, no effusion." denies a finding).
_SELF_DENIED = lazy_compile(r"(?i)^[\s,;:—–-]*(?:" + hedges.alternation(revisions.SELF_DENIAL) + r")\s*[,;:—–.!-]+\s*")


def without_self_denial(correction: str) -> str:
    """``correction`` (what follows a revision's cue) without the "no" that withdraws the words before the cue."""
    return _SELF_DENIED.sub("", correction, count=1)


def revised(region: str) -> str | None:
    """What a self-correction says, after its cue and a "no" to the withdrawn words ("The margin is irregular. Wait,
    no: it is smooth." -> "it is smooth."), or ``None`` where no cue revises ``region``."""
    cue = revision(region)
    return without_self_denial(region[cue[1]:]) if cue is not None else None


# The prompt's instruction echoed as a label before the verdict: "Yes or no: no.", "Answer yes or no - Yes".
_ECHOED_PAIR = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:answer\s+(?:with\s+)?)?yes\s*(?:or|/)\s*no[\s*_]*[:：—–-][\s*_]*(?=\S)")


def punctuate_bare_yes(region: str) -> str:
    """"yes large left effusion" read as "yes, large left effusion": a yes running into what it found, no punctuation
    after it (only a yes: "no focal consolidation" opens with a determiner); never "yes or no", "yes and no", "yes but"."""
    m = _BARE_YES.match(region)
    return region if m is None else region[:m.end(1)] + "," + region[m.end(1):]


def strip_echo(region: str) -> str:
    """``region`` without an echoed "Yes or no:" label, whose two words are the instruction, not two answers."""
    m = _ECHOED_PAIR.match(region)
    return region[m.end():] if m is not None else region


def parse_zh(region: str) -> str | None:
    """是/否 when ``region`` opens with a Chinese verdict ("是的，…", "不是。"), else ``None``."""
    m = _ZH_LEAD.match(region)
    return ZH_VERDICT_WORDS[m.group(1) or m.group(2)] if m else None


def parse_zh_lean(region: str) -> str | None:
    """是/否 when ``region`` opens with a Chinese committed lean and its verdict ("倾向于否。…"), else ``None``."""
    m = _ZH_LEAN.match(region)
    if m is None:
        return None
    rest = region[m.end():]
    # a turn, a second lean or verdict, or a likelihood after it ("倾向于否。不过…实际上是。", "倾向于是，恶性可能性小。")
    # may take the lean back: none
    if _ZH_TAKEN_BACK.search(rest):
        return None
    return ZH_VERDICT_WORDS[m.group(1)]


def parse_marked(region: str) -> str | None:
    """Verdict (or ``CONFLICT``) at the start of an explicitly marked answer, or ``None``."""
    s = clean(region)
    if len(s) < 40 and _HEDGED_ONLY.match(s) is not None:
        return None  # "Answer: Yes, maybe."
    pair = _PAIR.match(s)
    if pair is not None and pair.group(1).lower() != pair.group(2).lower():
        return CONFLICT
    m = _MARKED.match(s)
    return OTHER_VERDICT_WORDS.get(m.group(1).lower(), m.group(1).lower()) if m else None


# A bracket after the opening verdict that takes it back: the other verdict word or a hedge ("Yes (could well be
# no).", "Yes (or no).", "No (but maybe yes)."); "Yes (moderate confidence)." stays a verdict.
_BRACKET_UNDOES = lazy_compile(r"(?i)\b(?:yes|no|or|not\s+sure)\b|" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT))


def _undone_in_brackets(text: str, end: int) -> bool:
    if text[end - 1:end] not in ("(", "（"):
        return False
    close = text.find(")", end)
    return _BRACKET_UNDOES.search(text, end, close if close >= 0 else min(len(text), end + 80)) is not None


# A verdict whose only qualification is a possibility or a doubt: "Yes, maybe.", "No, possibly.", "Yes. Perhaps.",
# "Maybe, yes." One policy with "Possibly yes." (no committed lean, ``COMMITTED_LEANS``) and "Yes (maybe).": the
# other verdict is left open, so there is no answer. A hedge followed by a commitment ("Maybe, but I'd say yes.")
# or a committed lean ("Yes, probably.") still answers.
# The other languages' verdicts and possibility words read the same way: "Да, возможно.", "Evet, belki.".
_BARE_HEDGE = (r"(?:" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT) + r"|(?<!\w)(?:"
               + hedges.alternation(hedges.OTHER_POSSIBILITY) + r")(?!\w))(?:\s+(?:not|so))?")
_ANY_VERDICT = r"(?:yes|no|s[ií]|(?<!\w)(?:" + hedges.alternation(OTHER_VERDICT_WORDS) + r")(?!\w))"
_HEDGED_ONLY = lazy_compile(
    r"(?i)^[\s*_\"'“”]*(?:" + _ANY_VERDICT + r"[\s*_\"'“”]*[,.;:!—–、，。،।-]*\s*" + _BARE_HEDGE + r"|" + _BARE_HEDGE
    + r"[\s*_\"'“”]*[,.;:!—–、，。،।-]*\s*" + _ANY_VERDICT + r")[\s*_\"'“”.!?…。！？।]*\Z"
)


def parse_free(text: str) -> tuple[str | None, str]:
    """Verdict and rule name for unmarked text; ``(None, "")`` when there is none."""
    if len(text) < 40 and _HEDGED_ONLY.match(text) is not None:
        return None, ""
    word = WORD_VERDICTS.get(text.strip(" \t\n.!*_\"'").lower()) if len(text) < 20 else None
    if word is not None:
        return word, "yes_no_final"
    # Only the tail can hold a closing verdict; searching from ``pos`` keeps
    # this O(1) in the output length (``^`` never matches at ``pos`` > 0).
    m = closing(text)
    if m is not None and denied_final_near(text, m.start()):
        return None, ""  # "I would not say yes.", "I can't say overall no."
    if m is not None:
        if counterfactual(text, m.start(2)):
            return None, ""  # "If there were one, I'd say yes.": the verdict of a case the model does not assert
        word = verdict(m)
        if m.group(1) and {w.lower() for w in VERDICT_WORD.findall(text, 0, m.start())} - {word}:
            return CONFLICT, "yes_no_final"  # "Yes, but no.": the turn contradicts, it does not conclude
        return word, "yes_no_final"
    m = _LEAD.match(text)
    if m is not None and not _undone_in_brackets(text, m.end()):
        word = m.group(1).lower()
        return OTHER_VERDICT_WORDS.get(word, word), "yes_no_lead"
    m = _LEAN_LEAD.match(text)
    if m is not None:
        return (YES if m.group(1).lower() == YES else NO), LEAN_RULE
    if _NEGATIVE_REPLY.match(text) is not None or _NOT_THAT_I.match(text) is not None:
        return NO, LEAN_RULE
    if _AFFIRMATIVE_REPLY.match(text) is not None:
        return YES, LEAN_RULE
    return None, ""


def parse_label(region: str, question: str = "") -> str | None:
    """Verdict (or ``CONFLICT``) after the last concluding label ("Conclusion: No, ..."), or ``None``. To a question
    asking whether something is normal or clear, a "No" opening a noun phrase is no verdict (``_DETERMINER_NO``)."""
    last = None
    for last in _LABEL.finditer(region, max(0, len(region) - 400)):
        pass
    if last is None:
        return None
    rest = region[last.end():]
    if last.group("foreign") is not None and _SET_OFF.match(rest) is None:
        return None
    if _ASKS_STATE.search(question) and _DETERMINER_NO.match(clean(rest)) is not None:
        return None  # "Impression: No acute abnormality." to "Is the study normal?": a statement, not the answer "no"
    return parse_marked(rest) or parse_zh(clean(rest))


# "No" as the determiner of the noun phrase a concluding label introduces ("Impression: No acute abnormality."): to a
# question asking whether something is normal it denies the abnormality, so it is read as a statement (yes), not as
# the verdict word; to a presence question the verdict word and the statement agree and the label reads as before.
_DETERMINER_NO = lazy_compile(r"(?i)^no\s+(?!(?:it|there|this|that|they|i|we|doubt)\b)[a-z]")
_ASKS_STATE = lazy_compile(r"(?i)\b(?:" + "|".join(NORMAL_STATES) + r")\b")


def parse_mid(text: str) -> str | None:
    """The one verdict set off after a concluding adverb near the end ("so yes, there is ..."), else ``None``. A
    verdict whose sentence asks (ends on "?") or whose next sentence doubts or turns ("... However, a nevus cannot be
    excluded.") is none. The same verdict after a sentence's concluding lead ("Overall, yes, ...", "Based on these
    features, yes, ...") is not read: session 51's review found it read of another finding, of advice and after a
    refusal ("Based on these features, yes, this is a nevus." to "Is this melanoma?")."""
    found = {word for word, _ in mid_verdicts(text)}
    return found.pop() if len(found) == 1 else None


def mid_verdicts(text: str) -> list[tuple[str, str]]:
    """Each verdict :func:`parse_mid` counts, with the rest of its sentence (the proposition it governs: "so yes,
    <this is a nevus>."), for ``extract/verdict_scope.py``."""
    start = max(0, len(text) - 200)
    cue = revision(text)  # a verdict before a self-correction is withdrawn ("So yes, ... Actually, no, a skin fold.")
    return [(m.group(1).lower(), rest_of_sentence(text, m.end())) for m in _MID.finditer(text, start)
            if not _mid_undone(text, m) and (cue is None or m.end() > cue[0])]


def _mid_undone(text: str, m: re.Match[str]) -> bool:
    """Whether the set-off verdict ``m`` is qualified, asked, or followed by a doubt."""
    rest = rest_of_sentence(text, m.end())
    end = m.end() + len(rest)
    return _MID_UNDONE.search(rest) is not None or _MID_DOUBTED.match(rest) is not None or text[end:end + 1] == "?" \
        or _MID_DOUBTED.match(rest_of_sentence(text, end + 1)) is not None


# Its own sentence taking the verdict back: "so yes, it is or it isn't, hard to say", "so no, it may be there".
_MID_UNDONE = lazy_compile(r"(?i)\b(?:or|hard\s+to\s+(?:say|tell)|unclear)\b|"
                           + hedges.words(hedges.DOUBT, hedges.POSSIBILITY))
# The sentence after such a verdict doubting it ("However, a dysplastic nevus cannot be excluded.", "Then again, it
# may equally fit a nevus."): the verdict is qualified as an opening one followed by a doubt is; a mere turn to a
# limit of the method ("That said, a small amount can be missed on plain film.") keeps it.
_MID_DOUBTED = lazy_compile(r"(?i)[\s*_\"'“”]*(?:then\s+again\b|.*" + hedges.words(hedges.NOT_EXCLUDED, hedges.DOUBT) + ")")


# The opening verdict's clause: "No. ", "Yes, ", "No doubt about it — ", "Yes (moderate confidence). ".
_OPENING_CLAUSE = lazy_compile(r"^[^.!?;:—–\n,(]{0,60}(?:\([^()\n]{0,40}\))?[.!?;:—–\n,(]+[\s*_\"'“”)]*")


# A statement denied as a whole: "It is not true that there is no free air here.", "It is not the case that the
# heart is enlarged." The clause is read as stated, and its verdict reversed (``negated_frame``).
_NOT_TRUE_THAT = lazy_compile(
    r"(?i)^[\s*_\"'“”]*(?:it\s+is|it's|it’s)\s+(?:not\s+(?:true|the\s+case|correct)|untrue|false)\s+that\s+"
    r"([^.!?;\n]{3,200})[.!?;]?\s*"
)
FRAME_RULE = "negated_frame"


def denied_statement(region: str) -> tuple[str, str] | None:
    """``(denied clause, rest)`` of a reply opening "It is not true that …", else ``None``."""
    m = _NOT_TRUE_THAT.match(region)
    return (m.group(1), region[m.end():]) if m is not None else None


def affirms_in_passing(region: str) -> bool:
    """Whether the reply opens with an affirmative word joined to its sentence by a comma ("Indeed, the angles are
    sharp.", "Undoubtedly, this needs a lateral view."): an adverb of that sentence, not a reply of its own."""
    m = _AFFIRMATIVE_REPLY.match(region)
    if m is None or not m.group(0).rstrip().endswith(","):
        return False
    # a pro-form assent is a clause of its own, never an adverb: "I'd say so, it is pushed to the right." is a yes;
    # unless the clause joined to it doubts ("I think so, hard to say."): then it is read as before, as no reply
    joined = rest_of_sentence(region, m.end())
    return _said(m) not in PRO_FORM_ASSENT or _JOINED_DOUBT.search(joined) is not None


# Doubt in the clause joined to an opening pro-form assent by a comma: "I think so, hard to say.", "Looks like it,
# but I can't be sure."
_JOINED_DOUBT = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DOUBT, hedges.DIFFICULTY, hedges.POSSIBILITY)
                             + r")\b|\?")


def rest_of_sentence(text: str, at: int) -> str:
    """``text`` from ``at`` to its sentence's end: the clause a reply word is joined to ("I'd say so, <this>.")."""
    return re.split(r"[.!?\n]", text[at:], maxsplit=1)[0]


def _said(m: re.Match[str]) -> str:
    """The opening reply a pattern matched, as its word list spells it (lower case, straight apostrophe)."""
    return " ".join(m.group(0).strip(" \t\n,.!;:—–-*_\"'“”¡").replace("’", "'").lower().split())


def after_lead(region: str) -> str:
    """What follows the clause of an opening verdict (the statement a cross-check reads), or ``""``."""
    m = _OPENING_CLAUSE.match(region)
    return region[m.end():] if m is not None else ""


# ... the same, its phrases whole: "Is there free air?" asks of a finding.
_NEGATIVE_QUESTION_WHOLE = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.ABSENT, negation.NEGATIVE,
                                                            negation.BEFORE, negation.CLEAR_OF,
                                                            NORMAL_STATES))


def negative_question(question: str) -> bool:
    """Whether ``question``'s "yes" is a negative statement ("Is the lung free of ...?", "Is it normal?")."""
    return _NEGATIVE_QUESTION_WHOLE.search(question) is not None


def contradicts_itself(region: str, question: str) -> bool:
    """"Yes, there is no effusion" answering a positive question: the verdict and its sentence disagree."""
    return _YES_BUT_NONE.match(region) is not None and _NEGATIVE_QUESTION.search(question) is None


# A verdict opening a sentence of its own, or closing the reply: "Yes, the liver is enlarged. No, it is normal in
# size.", "Yes, this is a chest x-ray. No." ("No pleural effusion." opens with a denial, not a verdict; "Doppler? No,"
# answers the reply's own question).
_OPENING_VERDICT = lazy_compile(r"(?i)(?:^|[.!]\s+|\n)[\s*_\"'“”]*(yes|no|" + _OTHER_WORDS
                                + r")[*_\"'“”]*(?=\s*(?:[,.!;:—–،]|$))")


def opposite_openings(text: str, another: Callable[[str], bool] = lambda sentence: False) -> bool:
    """Whether two sentences of a short reply open (or one closes it) with opposite verdicts, no revision between;
    a sentence that ``another`` says answers something else counts for none ("No fracture. Yes, there is soft
    tissue swelling.")."""
    found = {OTHER_VERDICT_WORDS.get(m.group(1).lower(), m.group(1).lower()) for m in _OPENING_VERDICT.finditer(text)
             if not another(re.split(r"(?<=[.!?])\s", text[m.start(1):], maxsplit=1)[0])}
    return len(found) == 2 and revision(text) is None


def has_conflict(text: str) -> bool:
    """'yes or no', 'yes/no', 'possibly yes, possibly no' with different verdicts."""
    for pattern in (_PAIR, _BOTH):
        for m in pattern.finditer(text):
            first, second = (m.group(i).lower() for i in (1, 2))
            if OTHER_VERDICT_WORDS.get(first, first) != OTHER_VERDICT_WORDS.get(second, second):
                return True
    return False


__all__ = ["final_start", "collapse_loop", "FRAME_RULE", "LEAN_RULE", "OPENING_WORDS", "affirms_in_passing", "negative_question", "counterfactual", "denied_closing", "YES", "NO", "after_lead", "denied_statement", "undecorate", "parse_zh", "parse_zh_lean", "revised", "revised_lead", "revision", "without_self_denial", "strip_echo", "parse_marked", "parse_free", "parse_label", "parse_mid", "mid_verdicts", "has_conflict",
           "contradicts_itself", "verdict_before", "opposite_openings"]
