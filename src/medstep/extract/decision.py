"""The decision-sentence reader: which option does a free-text output commit to?

A chain of thought mentions every option; only some mentions are decisions.
A mention (:mod:`medstep.extract.mentions`) becomes a *commitment* when the
words around it make it one, in any of these shapes:

* ``final_answer_phrase`` / ``conclusion_phrase``: a decision noun, then a
  copula, then the option: "the answer is C", "the most likely finding in
  this X-ray is (option) A) ...", "the conclusion is A) normal", "The
  correct answer seems to be: B)", "the option that best fits is C";
* ``letter_judgement``: the option, then a judgement: "Option D is the most
  fitting description", "B best describes ...", "C seems most consistent";
* ``linking_verb``: "the findings correspond to / align with / are best
  described by / point to / are consistent with Option C: text";
* ``choice_verb``: "I would choose C", "I'd go with **B**";
* ``conclusion_adverb``: "Therefore, C." / "So it's (C)";
* ``lead_in_line``: a line ending in ':' that announces the decision, then
  the option alone on the next line ("...the most likely finding is:" /
  "C) Cardiomegaly"), even when every option had its own "A) ..." heading;
* ``option_verdicts``: per-option lists where exactly one option is marked
  correct; ``letter_final`` / ``letter_lead``: the option alone on the last
  / first line; ``option_text``: any of the above naming the option by its
  text instead of its letter, or "the image shows <option text>" when
  nothing stronger is said.

Mentions after a negation ("not A", "rule out B", "unlike C", "rather than
D") or followed by a rejection ("A is unlikely", "B can be ruled out") are
never commitments. Conditional ones ("C is correct if ...", "this would
point towards D") are *hedges*: they cannot be chosen, but they make a
decision ambiguous.

Resolution: the last commitment wins. It is ``ambiguous`` when a later
commitment or hedge names another option, or when an earlier commitment of
the same paragraph (and at most ``CONFLICT_REACH`` characters before it)
does and the last one is not worded as final ("final answer", "therefore",
"in conclusion", "on reflection", ...). Earlier paragraphs are discussion
and do not count against a later decision, but for a final answer (``resolve``).
"""

from __future__ import annotations

import bisect

from medstep.answers import NO, hedges, judgements, negation, revisions
from medstep.extract import (asides, cues, described, foils, langwords, left_standing, leftover, letter_aside, lines,
                             made_answer, polarity, trailing)
from medstep.extract.decision_clauses import FORCED, RETRACTED, mimic_argued
from medstep.extract.decision_words import (IT_WORDS as _IT_WORDS, ADVERB_ONLY as _ADVERB_ONLY,
                                           EQUALLY as _EQUALLY, FORECAST, IT_IS as _IT_IS, HELD_BEFORE, HELD_MAKE,
                                           JUDGEMENT as _JUDGEMENT, MAKES_BEST as _MAKES_BEST, MAKES_CLEAR,
                                           MADE_BY_FINDINGS, NOT_BUT as _NOT_BUT, SUPPOSED_BE as _SUPPOSED_BE,
                                           WHAT_THIS_IS, after_dash as _after_dash)
from medstep.extract.cue_before import HABIT_LINK, after_its_text, before_cue, general_only, habit_set_against, quoted, set_as_format, trimmed_cue
from medstep.extract.anchors import lowered
from medstep.extract.lone_letter import lone_letter
from medstep.extract.apposed import APPOSITION, apposed_start, labelled_sentence, renamed_start
from medstep.extract.clauses import (REJECTION, head_rejected, RESERVED_AFTER, SAID_NORMAL, after_reason, circumstance_denied, list_rejected, posted_denial, set_aside_for_another, clause_left, clause_right, denies_presence, link_denied, list_denied, negated)
from medstep.extract.commit import FINAL_PHRASES, FINAL_WORDS, NONE, WORD, Commitment, Decision, Tier
from medstep.extract.mentions import BARE, CONFLICT, SCORE, STRONG, Mention, OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.extract.resolve import ASKED, CONCEDED, CONFLICT_REACH, RESERVED, resolve
from medstep.lazyre import lazy_compile

_APPOSED_WORD = lazy_compile(r"(?i)" + APPOSITION + r"[,:]?[ \t*_]*\Z")  # "..., i.e. |E": read as "..., |E"
# A letter then "is" before an option's text: "D is meconium ileus" names what option D is.
_OWN_LETTER_IS = lazy_compile(r"(?<![\w'’-])(?:option\s+)?([A-Z])\s+is\s+(?:an?\s+|the\s+)?[\s*_\"'“]*\Z")
# The rule of a second letter kept open after a choice: a hedge beside a commitment, nothing on its own.
KEPT_OPEN = "kept_open"
# A second letter kept open after a choice: "..., but it could also be B", "it might also be (D)".
_COULD_ALSO = lazy_compile(r"(?i)\b(?:could|might|may)\s+(?:also\s+|still\s+|well\s+)?be\s+(?:[a-z]+,\s+)?(?:option\s+|choice\s+)?"
                           r"[\s*_(\[]*\Z")  # ("it could be bilateral, C": the option's word, then its letter)
# In a question asking which option does NOT hold, an option stated as absent is the answer.
_ABSENT = lazy_compile(r"(?i)\A[\s*\"'”)\]]*(?:is|are)\s+(?:not\s+(?:" + hedges.alternation(negation.SEEN, ("shown",))
                       + r")|not\s+(?:a\s+|an\s+)?(?:typical\s+)?(?:feature|finding|sign|characteristic)|absent|missing|lacking)\b")
# In a question asking which statement is FALSE / NOT supported, an option called false is the answer ("C is
# false.", "Option C is the false statement"); "incorrect" is not read so (it also means "not the answer").
_CALLED_FALSE = lazy_compile(
    r"(?i)\A[\s*\"'”)\]:]*(?:is|are)\s+(?:(?:clearly|therefore|thus|definitely|also)\s+)?(?:false|untrue|not\s+true|"
    r"not\s+supported|the\s+(?:false|untrue|unsupported)\s+(?:one|statement|option|choice)|the\s+exception)\b"
)
# ... and one called true or supported is not ("A is true, B is true, C is false").
_CALLED_TRUE = lazy_compile(r"(?i)\A[\s*\"'”)\]:]*(?:is|are)\s+(?:(?:also|clearly)\s+)?(?:true|supported)\b")
# A finding stated as one more ("Also a joint effusion", "there is additionally ...", "... as well"): the
# output's main finding is another, so the statement cannot be its answer.
_ADDED = lazy_compile(r"(?i)\b(?:also|additionally|in\s+addition|besides|as\s+well\s+as|along\s+with|plus)\b")
_ADDED_AFTER = lazy_compile(r"(?i)\A[\s,]*(?:as\s+well|too)\b")
_DEPENDING = tuple(w for w in hedges.WEIGHING if w.startswith("depend"))  # "depends on the view"
_CONDITION = lazy_compile(r"(?i)\b(?<!even\s)(?:" + hedges.alternation(w for w in hedges.SUPPOSING + _DEPENDING if w != "provided")
                          + r"|provided(?=\s+(?:that|the|it|there|this|we|no)\b))\b")  # "the options provided," is none; "even if" concedes
# A case supposed by an inverted verb opening the clause: "Were the patient febrile, ...", "Had there been a pleural
# line, ...", "Should air bronchograms appear, ..." (a comma closes the supposed case; a question is no condition).
_INVERTED_IF = lazy_compile(r"(?i)\A[\s*_\-•]*(?:were|had|should)\s+(?!you\b|we\b|i\b)[^,;:?!\n]{3,80},")
_WHEN = lazy_compile(r"(?i)[\s*_\"'”)]*,?\s*(?:when|whenever|once)\b")
_WOULD_BE = lazy_compile(r"\bwould\s+be\s+(?:(?:the|an?)\s+)?[\s*_\"'“(]*\Z")
_PAREN_REJECTED = lazy_compile(r"(?i)\A\s*\(\s*(?:" + hedges.alternation((NO,), judgements.WRONG, judgements.UNLIKELY,
                                                                    judgements.SET_ASIDE, judgements.MISFIT) + r")\s*\)")
# Choosing under protest (``decision_clauses.FORCED``) handing over to the letter: "If forced, D.", "If I had to pick: B",
# "If I had to pick from the list, alcoholic hepatitis …".
_IF_FORCED = lazy_compile(r"(?i)\bif\s+(?:forced|pressed|i\s+(?:had|have)\s+to(?:\s+\w+){0,4}?|i\s+must(?:\s+\w+){0,4}?)"
                          r"\s*[,:—–]\s*[\s*_(\[\"']*(?:(?:option|choice)\s+)?\Z")
# Words making a clause a generic truth, not what this image shows: "Stress fractures often show no cortical break."
_GENERIC = lazy_compile(r"(?i)\b(?:often|usually|typically|commonly|frequently|generally|classically|may|can|tends?|"
                        r"sometimes|rarely|occasionally)\b")
# Words naming the answer right before a bracketed letter: "... is the answer (D)", "... would be my choice [B]".
_IS_THE_ANSWER = lazy_compile(r"(?i)\b(?:is|would\s+be|remains)\s+(?:the|my|our)\s+(?:(?:correct|best|right|final)\s+)?"
                              r"(?:answer|choice|option|pick|selection)[\s*_]*\Z")
# Keeping a letter, as the clause's last word: "Keeping A.", "I'll keep C." (not "keeping B in mind")
_KEEP = frozenset({"keeping", "keep", "retain", "retaining"})
_MEAN_FILLER = lazy_compile(r"(?i)\bmean\s*[,:;—–-][\s*_\"'“(]*\Z")
# A revision cue alone before a letter, after any hesitation or self-denial, "it is" at most between: "No - looking
# again, |B", "Hmm, no, on second look, it's |C" (``answers/revisions.py``).
_AFTER_CUE = lazy_compile(
    r"(?i)\A[\s*_\-•,]*(?:(?:" + hedges.alternation(revisions.HESITATION, revisions.SELF_DENIAL, ("ok", "okay"))
    + r")\b[\s,.!—–-]*)*(?:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK) + r")\b[\s,.:;!—–-]*"
    r"(?:(?:it\s+is|it's)\s+)?[\s*_\"'“(]*\Z")
# A "No" answering a question just asked: "C is correct? No, B is correct."
_REPLY_NO = lazy_compile(r"(?i)[?？][\s*_]*no\s*[,.;:—–-]?\s*\Z")


# (each cue of ``answers/revisions.py`` without its leading "on": a plain substring test on a short window)
_REVISIONS = tuple(p.removeprefix("on ") for p in revisions.CUES + revisions.SECOND_LOOK + revisions.RESTATE
                   + revisions.TAKE_BACK + revisions.DISOWN)


def _revised(text: str, clause_start: int) -> bool:
    """A revision marker right before the clause ("B, no wait, it's C"): the clause's decision is final."""
    before = text[max(0, clause_start - 24):clause_start].lower()
    return any(map(before.__contains__, _REVISIONS))


_BARE_OK_BEFORE = lazy_compile(
    r"(?i)(?:\A|[,:;(\-–—]|\b(?:so|thus|therefore|hence|then|think|believe|feel|that|why|and|overall|clearly|say|"
    r"conclusion|summary|reflection|balance|answer|is|be))[\s*\"'“]*\Z"
)


_PRESENT = lazy_compile(
    r"(?i)\s*(?:is|are|can\s+be|could\s+be)\s+(?:clearly\s+)?(?:" + hedges.alternation(negation.SEEN, ("appreciated",))
    + ")"
)


# What may stand before an option on its line when it opens a heading or a sentence of its own.
_HEADING_LEFT = " \t*_-•#>0123456789.()"
_SENTENCE_LEFT = _HEADING_LEFT + "。！!？?；;\n"
_SENTENCE_END = lazy_compile(r"[.!?;\n。！？；](?=[^.!?;\n。！？；]*\Z)")


def _own_sentence(text: str, start: int) -> str:
    """The words of ``start``'s sentence before it (within 200 characters)."""
    before = text[max(0, start - 200):start]
    end = _SENTENCE_END.search(before)
    return before[end.end():] if end is not None else before

# Gates: cheap word tests that decide whether a pattern can match at all (see ``_classify``).
_ADVERB_WORDS = frozenset({"so", "thus", "therefore", "hence", "consequently", "ultimately", "overall", "finally",
                           "conclusion", "summary", "conclude", "short", "likely", "probably", "leaves", "leaving",
                           "elimination", "still", "nevertheless", "nonetheless", "regardless", "tentatively"}
                          ) | leftover.GATE_WORDS
_CONDITION_WORDS = tuple(w for w in hedges.SUPPOSING if w != "if") + ("if ", "depend")


def _classify(text: str, m: Mention, exception: bool = False, asked: polarity.Pole = polarity.Pole.TOP,
              idx: OptionIndex | None = None, renamed: bool = False) -> tuple[Tier, str] | None:
    """Tier and rule of mention ``m`` when its context commits to it, else None.

    Each pattern is tried only when a cheap test on the surrounding words
    says it can match: this runs on every mention of the conclusion of every
    RL rollout. With ``idx``, a letter set after its option's own words is read in their place
    ("This is bronchial atresia, A." as "This is A.", ``extract/apposed.py``).
    """
    if idx is not None and not m.by_text and (text[m.start - 3:m.start].rstrip(" \t*_")[-1:] in (",", "—", "–", "-")
                                              or _APPOSED_WORD.search(text, max(0, m.start - 12), m.start)) \
            and (start := apposed_start(text, m, idx.texts.get(m.letter, ""))) is not None:
        shift = m.start - start
        apposed = _classify(text[:start] + text[m.start:], Mention(start, m.end - shift, m.letter, False, m.strength),
                            exception, asked)
        if apposed is not None:
            return apposed  # (else read where it stands: "... is an aspergilloma — **D**." closes the output)
    if not renamed and (start := renamed_start(text, m)) is not None:
        # "a mature cystic teratoma, also known as a dermoid cyst": read once in the first name's place (``renamed``
        # keeps a chain of second names, ", aka a X, aka a X ...", from renaming again: one level, linear time)
        shift = m.start - start
        return _classify(text[:start] + text[m.start:], Mention(start, m.end - shift, m.letter, True, m.strength),
                         exception, asked, idx, renamed=True)
    if idx is not None and m.letter in idx.texts and labelled_sentence(text, m, idx.texts[m.letter]):
        return Tier.DECISION, "option_text"  # "Hemivertebra, D. It causes a scoliosis.": the pick labelled
    right, stop = clause_right(text, m.end)
    if text[m.end - 1:m.end] == "." and not m.by_text and right.lstrip("*_\"'”)")[:1].isspace():
        right, stop = "", "."  # "Probably A. The loop …": the letter's own dot ended its clause
    if SCORE.match(text, m.end) is not None:  # a score in a ranked list
        return None
    if stop == "," and RETRACTED.match(text, m.end + len(right)) is not None:
        return None  # "C seems likely at first glance, but it is not.": the judgement taken back in its sentence
    if mimic_argued(text, m.end):
        return None  # "B is the classic mimic, but it has neutrophils.": named as the imitator, argued against
    if "(" in right[:3] and _PAREN_REJECTED.match(right) is not None:
        return None  # "Answer: C (incorrect) / B (correct)": judged against in brackets
    if right.lstrip(" *\"'”)]").startswith((":", "：")) and \
            not text[text.rfind("\n", 0, m.start) + 1:m.start].strip(_HEADING_LEFT):
        return None  # an option heading ("**A) Pneumothorax**: ...") opens a discussion, it decides nothing
    if exception and m.by_text and _ABSENT.match(right) is not None and "?" not in right:
        if asides.EITHER.search(right) is not None:
            return Tier.HEDGE, "option_text"  # "... is not seen either": one of two options judged so
        return Tier.WEAK, "option_text"  # "Which is NOT seen?" — "Cardiomegaly is not seen."
    if exception and not m.by_text and "?" not in right and asides.ARROW_BEFORE.search(text, max(0, m.start - 8), m.start) is not None \
            and (not right.strip(" *_.!)]\"'”") or right.lstrip(" *_").startswith("(")):
        # "NOT RA: DIP osteophytes (that's OA). → A": an arrow to the letter (elsewhere ``extract/lastmention.py``)
        return Tier.DECISION, "conclusion_phrase"
    if exception and "?" not in right and asides.EXCEPTION_LABEL.search(text, max(0, m.start - 40), m.start) is not None:
        return Tier.DECISION, "option_text" if m.by_text else "conclusion_phrase"  # "Absent: **D**", "NOT a feature: C"
    if exception and not m.by_text and "?" not in right:
        if _CALLED_FALSE.match(right) is not None and not negated(cues.tokens(clause_left(text, m.start))[-3:], ""):
            return Tier.DECISION, "letter_judgement"  # "C is false." to "Which statement is FALSE?"
        if _CALLED_TRUE.match(right) is not None:
            return None
    if REJECTION.match(right) or langwords.rejects_after(right) or m.by_text and not exception and posted_denial(right) \
            or list_rejected(right) or m.letter == CONFLICT and head_rejected(right):  # ("A is unlikely", "hernias are not present")
        return None
    if RESERVED_AFTER.match(right) is not None:
        return Tier.HEDGE, RESERVED  # "C is still on the table", "D, which must be ruled out": kept in mind
    if asides.WHICH_NOT.match(right) is not None:
        return None  # "free spill would indicate patency (A), which is not seen": named to be set aside
    if m.by_text and not exception and (asides.CALLED_NORMAL.match(right) or SAID_NORMAL.match(right)) is not None:
        # "The infraspinatus and subscapularis are intact.", "Left kidney — unremarkable.": named as normal, not as
        # the finding
        return None
    if m.by_text and not exception and asides.denied_next(text, m.end + len(right)):
        return None  # "Consider left lower lobe collapse. It is not present.": named, then denied
    # ("C, since a Pancoast tumour would ...": a ground, not a pick; "A (a thymoma is ...": the bracket's own clause)
    left = after_reason(letter_aside.aside_left(text, m.start, clause_left(text, m.start)))
    low_left = left[-100:].lower()
    toks = cues.tokens(left)
    if toks[-2:] == ["i", "mean"] and _MEAN_FILLER.search(left[-12:]) is not None:
        toks = toks[:-2]  # "I mean, B could fit ...": a filler, not a word restated ("B - I mean D")
    words = cues.words(toks)
    if exception and "except" in toks[-2:] and toks[-1] in ("except", "the", "a", "an", "option") \
            and "?" not in right:
        # "All of them are seen except pneumoperitoneum.": in an EXCEPT question the excepted option is the answer.
        return Tier.DECISION, "option_text" if m.by_text else "conclusion_phrase"
    if exception and asked is polarity.Pole.EXCEPT and m.by_text and stop != "?" and "?" not in right \
            and (denies_presence(words) or list_denied(left, right)) and _GENERIC.search(left + right) is None:
        # "Which finding is NOT present?" — "..., but no cortical break." (not "X often shows no Y": a generic truth)
        return Tier.WEAK, "option_text"
    if words and words[-1] == "no" and _REPLY_NO.search(text, max(0, m.start - 12), m.start) is not None:
        words = words[:-1]  # "C is correct? No, B is correct.": the "No" answers the question, B is not negated
    if not m.by_text and stop in (".", "!", "\n", "") and not right.strip(" *_)\"'”") and _IT_IS.match(left) is None \
            and (_AFTER_CUE.match(left) is not None
                 or not left.strip(" *_\"'“(") and _revised(text, m.start - len(left))):
        # "A? No - looking again, B.", "No, looking again, it's B.": the letter alone after a revision cue restates the
        # answer; its "no" denies what came before the cue. (Not as the final word: after "The answer is B." a bare
        # "Wait, C." leaves two answers.)
        return Tier.DECISION, "conclusion_adverb"
    if words and asides.ARROW_BEFORE.search(text, max(0, m.start - 8), m.start) is not None:
        words = []  # "no skip areas → **ulcerative colitis (D)**": the arrow hands over, what it follows negates nothing
    if words and circumstance_denied(left, right):
        words = []  # "For a first-time finding with no prior imaging, **BI-RADS 3** is appropriate."
    if negated(words, right, rejection_checked=True) or list_denied(left, right) or link_denied(left, text, m.start) \
            or set_aside_for_another(left):
        return None  # ("No pneumothorax, effusion or consolidation is seen.": the list's head denies each item)
    if (eq := _EQUALLY.match(right)) is not None and FORECAST.match(right, eq.end()) is None:
        # "..., so B is also likely": kept beside another, whatever cue precedes (after the denials: "I don't think B
        # is equally likely" rejects it; "B is also likely to follow" forecasts a sequel)
        return Tier.HEDGE, "letter_judgement"
    if _IF_FORCED.search(left[-40:]) is not None and "?" not in right:
        return Tier.DECISION, "option_text" if m.by_text else "choice_verb"  # "I can't choose … If forced, D."
    if words and (words[-1] == "between" or m.by_text and asides.landmark(words)):
        return None  # "choose between cystic fibrosis and ABPA", "posterior to the spleen": weighed or a landmark
    if m.by_text and foils.contrasted_after(text, m, idx.texts.values() if idx is not None else None):
        return None  # "Y, by contrast, is associated with ...": the foil of the answer stated before it
    if m.by_text and asides.set_aside_after(text, m):
        return None  # "Preiser disease is AVN of the scaphoid, so not B."
    if not left.isascii() and langwords.ZH_NEGATED.search(left[-langwords.ZH_NEGATED_REACH:]) is not None:
        return None  # "没有气胸。", "不是气胸", "排除气胸": the option's text under a Chinese negation
    found = before_cue(left, toks, exception, right)
    if found is not None and found[0] == "choice_verb" and habit_set_against(toks, text, m, idx):
        found = "choice_verb", Tier.HEDGE  # "I'd normally say A, but ... I'll go with B": the habit, not the pick
    if found is None and text[m.start:m.start + 1] in "([" and _IS_THE_ANSWER.search(left[-60:]) is not None:
        found = "conclusion_phrase", Tier.DECISION  # "so replacement is the answer (D).": the bracket labels the answer
    if found is None and toks and toks[-1] in _KEEP and not right.strip(" *_.!)]\"'”"):
        found = "choice_verb", Tier.DECISION  # "Wait — ring enhancement? No, no contrast image. Keeping A."
    if found is None and (m.by_text or after_its_text(text, m)) and not left.rstrip(" *_").endswith(","):
        # ("... (option B) is intact, left pubic ramus fracture (C)": words set off by a comma describe no option)
        found = trimmed_cue(toks, exception)
    elif found is None and m.by_text and cues.classed_before(toks):
        found = "choice_verb", Tier.DECISION  # "I would score it as highly suspicious, TI-RADS 5."
    if found is None and not words and m.start > 0:
        # "The correct option is not A, but C": the cue sits before the contrast.
        before = text[max(0, m.start - 100):m.start]
        contrast = _NOT_BUT.search(before)
        if contrast is not None:
            found = before_cue(clause_left(before, contrast.start()), None, exception)
    if found is None and not left.isascii() and (kept := langwords.before_set_aside(left)) is not None:
        found = before_cue(kept)  # "答案：A不对，B": the cue sits before the letter set aside
        if found is None and not kept.strip(_SENTENCE_LEFT):
            found = "conclusion_adverb", Tier.DECISION  # "不是D，是C。" (not D, it is C) as its own sentence
    if found is not None and (quoted(left, right) or set_as_format(text, m.start)):
        return None  # 'Reply format: "Answer: A"', "For example, the answer is B.": a format, not an answer
    rule, tier = found if found is not None else (None, Tier.DECISION)
    if rule == "choice_verb" and _WHEN.match(right) is not None and cues.classing(toks):
        return Tier.CONDITIONAL, rule  # "The nodule is graded as TI-RADS 3 when spongiform; ...": a class's definition
    if rule is not None and ((tier == Tier.HEDGE or "best" in toks[-4:]) and rule == "linking_verb" or cues.named_by_would(
            toks)) and "would" in toks[-5:] and (asides.COUNTER_TURN.match(text, m.end) or cues.which_aside(text, m)):
        return Tier.CONDITIONAL, rule  # "A mass would suggest carcinoma instead, but here it is a simple cyst."
    recent = words[-6:]
    if rule is None and (not _ADVERB_WORDS.isdisjoint(recent) or not _IT_WORDS.isdisjoint(recent)):
        if ((not _ADVERB_WORDS.isdisjoint(recent) and _ADVERB_ONLY.search(left[-90:]) is not None) or
                (not _IT_WORDS.isdisjoint(recent) and (it := _IT_IS.match(left) or _IT_IS.match(_after_dash(left))) is not None
                 and (it.group("article") is None or not text[m.end:].strip(" \t\n*_.!\"'”)")
                      or trailing.labelled(text, m) and trailing.advice_after(text, m, idx)))):
            # "This is the left kidney." commits only as the closing sentence: "This is the liver. The spleen is
            # enlarged." names what is shown first; or labelled with its letter before advice ("This is a pleural
            # effusion (B). Tap it under ultrasound.", ``extract/trailing.py``)
            if not right.strip(" *)\"'”") or m.strength == STRONG or m.by_text or asides.SET_ASIDE_RIGHT.match(right) \
                    or asides.REASON_AFTER.match(right) is not None:
                rule = "conclusion_adverb"
            if rule is not None and (leftover.doubted_after_cue(left, text, m.end)
                                     or leftover.set_only_unjudged(left, text, m.end, m.letter == CONFLICT)):
                # "The only remaining option, C, is also unlikely.": left over, and judged against too; "Of the
                # options only C causes hilar nodes": a property, not a verdict ("only B and C ..." keeps two)
                return None
            if rule is not None and _SUPPOSED_BE.search(left[-40:]) is not None and text[m.end - 1:m.end] != "." \
                    and asides.COUNTER_TURN.match(text, m.end):
                return Tier.CONDITIONAL, rule  # "Honeycombing? That would be D, but none is seen.": supposed
    if rule is None and m.by_text and not _ADVERB_WORDS.isdisjoint(recent) and stop in (".", "!", "\n", "") \
            and not right.strip(" *_)\"'”") and described.after_adverb(left[-90:]):
        rule = "conclusion_adverb"  # "So pars flaccida cholesteatoma.": words describing the option it concludes on
    if rule is None and not exception and not m.by_text and (not text[m.end:].strip(" \t\n*_.!)]\"'”")
                                                             or trailing.advice_after(text, m, idx)) \
            and (asides.HANDED_OVER.search(text, max(0, m.start - 20), m.start) is not None
                 or len(text[m.start:m.end].strip(" *_().:")) == 1
                 and asides.LONE_CLOSE.search(text, max(0, m.start - 40), m.start) is not None
                 or asides.COLON_CLOSE.search(left[-80:]) is not None and _CONDITION.search(left) is None
                 and polarity.clause_pole(left, right) is None and not is_hedge(left)):
        # "... consistent with severe stenosis of 70% or greater ... → C", "... is an aspergilloma — **D**.", "…
        # usually with splenic lesions too.) A.", "B... no, short lines near the costophrenic angles: A." closing the
        # output: the last mention
        # (``extract/lastmention.py`` reads it when nothing else commits; here it also outranks a weaker statement)
        return Tier.DECISION, "last_mention"
    if rule is None and (judged := _JUDGEMENT.match(right)) is not None:
        if exception and asides.HOLDS_MOST.search(judged.group()) is not None:
            return None  # "Papillary carcinoma (A) is the most likely" to "Which is the LEAST likely?"
        if leftover.doubted_after_judgement(judged.group(), text, m.end):
            return None  # "C is the only option left, but it does not explain the effusion."
        if WHAT_THIS_IS.match(right) is not None and HELD_BEFORE.search(_own_sentence(text, m.start)) is not None:
            return None  # "Maybe X is what this is.", "The question is whether X is what this is. It isn't: ..."
        if m.strength > BARE or m.by_text or _BARE_OK_BEFORE.search(left[-40:]) is not None:
            rule = "letter_judgement"
    if rule is None and (recent and recent[-1][:4] in ("make", "maki", "leav") and (
            _MAKES_BEST.match(right) is not None and HELD_MAKE.search(left[-40:]) is None
            or (clear := MAKES_CLEAR.match(right)) is not None
            and MADE_BY_FINDINGS.search(left[-250:]) is not None
            and asides.COUNTER_TURN.match(text, m.end + clear.end()) is None)  # ("..., but the mass favours B")
                         or made_answer.made_the_answer(left, right)):  # "which makes B the best explanation"
        rule = "letter_judgement"
    if rule is None and not m.by_text and _COULD_ALSO.search(left[-40:]) is not None:
        return Tier.HEDGE, KEPT_OPEN  # "the answer is probably C, but it could also be B": kept open
    if m.by_text and (own := _OWN_LETTER_IS.search(text, max(0, m.start - 16), m.start)) is not None \
            and own.group(1) == m.letter:
        return None  # "D is meconium ileus": the letter's option named, not stated
    if rule is None and not m.by_text and not exception and asides.ARROW_BEFORE.search(text, max(0, m.start - 8), m.start) \
            and (not right.strip(" *_.!)]\"'”") or right.lstrip(" *_").startswith("(")) and not is_hedge(left + right):
        rule = "conclusion_phrase"  # "Biconvex, sutures respected → epidural haematoma, option B. Not A: …": handed over
    if rule is None and m.by_text and not exception:
        if asides.ARROW_BEFORE.search(text, max(0, m.start - 8), m.start) is not None and not is_hedge(left + right):
            return Tier.DECISION, "option_text"  # "Double bubble → duodenal atresia."
        if cues.weak(toks) and is_hedge(left[-60:]):
            return Tier.HEDGE, "option_text"  # "there may also be sludge": a possibility, not the finding
        if _ADDED.search(left[-40:]) is not None or _ADDED_AFTER.match(right) is not None:
            return Tier.HEDGE, "option_text"  # "Also a joint effusion": a second finding, not the one chosen
        if asides.dash_conclusion(text, m, left + " " + right) or asides.labelled_close(text, m, left, right):
            # "... within a thickened appendix — appendicolith.": the description's conclusion; "At 6 weeks with a
            # wall: **walled-off necrosis (D)**." the closing words with their letter, after a table of every option
            rule = "option_text"
        elif (general := asides.habit_said(right, text[m.end + len(right):m.end + 300])
                or asides.habit_before(text, m.start)) and not asides.statement(text, left, right):
            return None  # "Osteosarcoma usually arises in ...", "Benign ones are usually oval, while malignant ones ..."
        elif cues.weak(toks) or _PRESENT.match(right) is not None or asides.statement(text, left, right):
            rule, tier = asides.GENERAL if general else "option_text", Tier.WEAK  # (general: weighed, never the pick)
        elif asides.emphasised(text, m):
            rule, tier = "option_text", Tier.WEAK
    ranked = polarity.clause_pole(left, right)
    if rule is None and ranked is not None and polarity.selects(ranked, asked):
        # "Pneumothorax (D) is the least likely." to "Which is the LEAST likely?", "Am wahrscheinlichsten ist B"
        rule = "conclusion_phrase" if ranked.before else "letter_judgement"
    if rule is None:
        return None
    if rule != "final_answer_phrase" and polarity.against(ranked, asked):
        return None  # "Not the most likely diagnosis: C.", "Worst next step: D." to "What is the best next step?"
    if m.by_text and rule not in (asides.GENERAL, HABIT_LINK):  # (a sign's meaning in general stays general: ``cue_before``)
        rule = "option_text"
        before = text[max(0, m.start - 200):m.start] if tier == Tier.WEAK else ""
        if "ough" in before or "albeit" in before:
            sentence = before[max(before.rfind(c) for c in ".!?\n") + 1:]
            if _CONCEDED.search(sentence) is not None:
                rule = CONCEDED
    if stop == "?" or "whether" in low_left and _ASKED_WHETHER.search(low_left) is not None \
            and asides.WHETHER_ANSWERED.match(text, m.end) is None:
        return Tier.HEDGE, ASKED  # "Let me reconsider whether a florid duct lesion points to PBC (A)": asked
    # ("If the '3' is the one anterior to the fourth ventricle, that would be the |pons|": a consequence supposed,
    # its condition the whole clause back)
    clause = (left.lower() if _WOULD_BE.search(low_left) is not None else low_left) + " " + right.lower()
    if (any(map(clause.__contains__, _CONDITION_WORDS)) and _CONDITION.search(clause) is not None
            or _INVERTED_IF.match(left) is not None) and FORCED.search(clause) is None:
        return Tier.CONDITIONAL, rule
    if tier == Tier.DECISION and (rule == "final_answer_phrase" or not FINAL_WORDS.isdisjoint(toks)
                                  or any(map(low_left.__contains__, FINAL_PHRASES))
                                  or _revised(text, m.start - len(left)) or toks[-2:] in (["i", "mean"], ["i", "meant"])):
        tier = Tier.FINAL
    return tier, rule


# A question put in the clause: "let me reconsider whether …", "not sure whether …", "the question is whether …".
_ASKED_WHETHER = lazy_compile(r"\b(?:reconsider|consider|considering|check|checking|wonder|wondering|ask|asking|"
                              r"question|sure|decide|deciding|verify|confirm|know|tell|determine)\s+(?:about\s+)?whether\b"
                              # "the key question is whether", "what matters is whether", "it is unclear whether"
                              r"|\b(?:is|was|remains)\s+whether\b|\b(?:unclear|uncertain|undecided|debatable)\s+"
                              r"(?:as\s+to\s+)?whether\b")


# Only a concession of part or extension ("although part of the opacity extends toward"): a concession stating
# a finding of its own ("The upper lobe is clear, though the lower lobe shows consolidation") may be the answer.
_CONCEDED = lazy_compile(r"(?i),\s*" + hedges.words(hedges.CONCESSION) + r"(?=[^.;:]*\b(?:part|parts|partly|partially|"
                         r"portion|extends?|extending|extension|toward|towards|slightly|minimally)\b)[^.;:]*\Z")


def read_decision(text: str, idx: OptionIndex, exception: bool = False,
                  asked: polarity.Pole | None = None) -> Decision:
    """The option ``text`` commits to (see module docstring); ``NONE`` when it commits to none.

    Paragraphs are read from the last one back, and reading stops once the
    paragraph holding the latest explicit commitment is done: what comes
    before it cannot change the outcome (module docstring), and most outputs
    conclude at the end, so long discussions are mostly never scanned.
    """
    if asked is None:
        asked = polarity.Pole.EXCEPT if exception else polarity.Pole.TOP
    low = lowered(text)
    if len(low) != len(text):
        low = text  # case folding changed lengths: keep positions aligned
    phrase = lines.phrase(text, idx)
    if phrase and phrase[0].letter != CONFLICT:
        # Fast path: a final answer phrase that nothing after it contradicts is the decision
        # (it is final, so nothing before it can make it ambiguous; see ``_resolve``).
        after = find_mentions(text, idx, phrase[0].pos, len(text), low)
        if all(m.letter == phrase[0].letter for m in after):
            return Decision(phrase[0].letter, phrase[0].rule)
    commitments = phrase + lines.last_line(text, idx) + lines.verdict_list(text, idx) + lone_letter(text, idx)
    paragraphs = [0] + [m.end() for m in lines.PARAGRAPH.finditer(text)]
    ends = paragraphs[1:] + [len(text)]
    strong = [c for c in commitments if c.tier >= Tier.DECISION]
    latest = max(strong, key=lambda c: c.pos) if strong else None
    colons = "\n" in text
    mentions: list[Mention] = []
    for p in range(len(paragraphs) - 1, -1, -1):
        lo, hi = paragraphs[p], ends[p]
        if latest is not None and hi <= paragraphs[bisect.bisect_right(paragraphs, latest.pos) - 1]:
            break
        found_here = lines.lead_ins(text, idx, lo, hi) if colons else []
        if p == 0:
            found_here += lines.first_line(text, idx, exception)
        for c in found_here:
            commitments.append(c)
            if c.tier >= Tier.DECISION and (latest is None or c.pos > latest.pos):
                latest = c
        found = find_mentions(text, idx, lo, hi, low)
        mentions[:0] = found
        for m in reversed(found):
            if latest is not None and m.end <= latest.pos and (
                    latest.tier == Tier.FINAL or latest.pos - m.end > CONFLICT_REACH):
                break  # nothing before a final decision, or far before any, can change it (see ``_resolve``)
            classified = _classify(text, m, exception, asked, idx)
            if classified is None:
                continue
            tier, rule = classified
            c = Commitment(m.start, m.letter, tier, rule)
            commitments.append(c)
            if tier >= Tier.DECISION and (latest is None or c.pos > latest.pos):
                latest = c
    if all(c.rule in (KEPT_OPEN, RESERVED) for c in commitments):
        return _hedged(text, mentions)  # "It could be A. It could also be B.": no choice to keep open beside
    if general_only(decision := resolve(commitments, paragraphs, text, _REVISIONS), text, mentions):
        return NONE  # the one option left said only in general ("Osteosarcoma usually arises in the metaphysis.")
    if decision.letter is not None and decision.rule != "final_answer_phrase" \
            and left_standing.answer_left_standing(text, idx, commitments, decision.letter, _REVISIONS):
        return Decision(None, decision.rule, ambiguous=True)
    return decision


def _hedged(text: str, mentions: list[Mention]) -> Decision:
    """No commitment: ambiguous when the output hedges between two or more options ("could be B or C")."""
    if len(mentions) < 2 and not any(m.letter == CONFLICT for m in mentions) or not is_hedge(text):
        return NONE
    letters = set()
    for m in mentions:
        left = clause_left(text, m.start)
        right, _ = clause_right(text, m.end)
        if not negated(WORD.findall(left[-60:].lower()), right) and is_hedge(left + " " + right):
            letters.add(m.letter)
    return Decision(None, "", ambiguous=len(letters) > 1 or CONFLICT in letters)
