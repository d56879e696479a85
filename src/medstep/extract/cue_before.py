"""The cue words before an option mention that commit to it, read by the decision reader (``extract/decision.py``)
and the last-mention reader (``extract/lastmention.py``): an answer phrase, a choice verb or a linking verb right
before the mention ("the answer is |C", "I would choose |C", "the findings point to |C"), one to three describing
words after such a cue ("the most likely finding is a small left pleural effusion (B)"), and whether the cue and the
mention stand inside one quotation.

Kept apart from ``decision.py`` (which classifies a mention by everything around it) because this is the one
question of what the words on its left commit to, asked the same way from several places.
"""

from __future__ import annotations

from medstep.answers.hedges import HABIT
from medstep.extract import cues, langwords
from medstep.extract.asides import GENERAL, HERE_WORDS
from medstep.extract.clauses import NEG_WORDS, clause_left, negated
from medstep.extract.commit import WORD, Decision, Tier
from medstep.extract.mentions import STRONG, Mention, OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# Someone else's choice, not the writer's: "Some might choose C, but I'd go with D".
_OTHERS = frozenset({"some", "many", "people", "others", "someone", "student", "students", "novice"})
# What turns from the writer's habit to this case: "I'd normally say A here, but ..., I'll go with B".
_TURN = lazy_compile(r"(?i)\b(?:but|however|although|though)\b")
# How far after a habitual choice its turn and the later pick are looked for (the sentence and the next one).
_HABIT_REACH = 300


def before_cue(left: str, toks: list[str] | None = None, exception: bool = False,
               right: str = "") -> tuple[str, Tier] | None:
    """Rule and tier when ``left`` ends in a cue that puts the mention after it (forward, choose, link, zh).
    ``right`` (the words after the mention) can take back another language's choice ("Ich wähle C nicht")."""
    if not left.strip(" *_\"'“(\t-•#>"):
        return None
    if not left.isascii() and langwords.ZH_ANSWER_LEFT.search(left[-24:]) is not None:
        return "final_answer_phrase", Tier.FINAL
    if not left.isascii() and langwords.ZH_DECISION_LEFT.search(left[-12:]) is not None:
        return "conclusion_phrase", Tier.DECISION
    if langwords.ANSWER_LEFT.search(left[-40:]) is not None:
        return "final_answer_phrase", Tier.FINAL  # "Die Antwort ist |D", "La bonne réponse est |C" before a contrast
    if toks is None:
        toks = cues.tokens(left)
    found = _cue_rule(toks, exception)
    if found is None and langwords.chooses(left) and not langwords.chosen_then_denied(right):
        return "choice_verb", Tier.DECISION  # "Je choisis donc la réponse C", "Ich wähle C"
    return found


# A habit word right before the link ("often indicates", "typically suggests", "usually represents"): what a sign
# means in general (``hedges.HABIT``), said of no case; unless the sentence points at this one ("here", "in this case",
# "in our patient"), or a relative pronoun hangs the link on a finding its clause has just stated of this image ("There
# is a meniscus at the left base, which typically indicates a pleural effusion (C).": the finding is seen, the link
# reads it).
_HABIT_WORDS = frozenset(w for w in HABIT if " " not in w)
_THIS_CASE = frozenset((*HERE_WORDS, "image", "film", "scan"))  # ``asides``' pointers at this case, and the image
_RELATIVE = frozenset({"which", "that"})
# The rule of such a link: weighed as ``asides.GENERAL`` is, never the pick unless offered alone (:func:`general_only`).
HABIT_LINK = "general_link"


def _habit_link(toks: list[str]) -> bool:
    """Whether a frequency word stands among the last six words (the link's verb among them), and no word of the last
    ten points at this case. Not a superlative one: "most often indicates an occult radial head fracture" ranks the
    option first, as "most likely" does (the answer to a question asking the likeliest); nor one after a relative
    pronoun ("..., which often indicates X"): the finding it hangs on is stated of this case."""
    at = max(0, len(toks) - 6)
    return any(w in _HABIT_WORDS and not (i and toks[i - 1] in _RELATIVE_OR_MOST) for i, w in enumerate(toks[at:], at)) \
        and _THIS_CASE.isdisjoint(toks[-10:])


_RELATIVE_OR_MOST = _RELATIVE | {"most"}


def _cue_rule(toks: list[str], exception: bool) -> tuple[str, Tier] | None:
    """The cue that words before an option commit to, strongest first: an answer phrase, a choice verb, a linking verb."""
    rule = cues.forward(toks, exception)
    if rule is not None:
        return rule, Tier.DECISION
    if cues.choose(toks):
        if not _OTHERS.isdisjoint(toks[-6:]) and cues.WRITER.isdisjoint(toks[-6:]) and toks[-1] != "answer":
            return "choice_verb", Tier.HEDGE  # "Some might choose C, but I'd go with D": someone else's choice
        return "choice_verb", Tier.DECISION
    linked, hedged = cues.link(toks)
    if linked and _habit_link(toks):
        return HABIT_LINK, Tier.WEAK  # "Costophrenic blunting: often indicates a small pleural effusion.": a sign's meaning
    if linked:
        return "linking_verb", Tier.HEDGE if hedged else Tier.DECISION
    return None


def general_only(decision: Decision, text: str, mentions: list[Mention]) -> bool:
    """Whether ``decision`` rests on a mention said only in general (``asides.GENERAL``, or a habit link), and is no
    pick. A habit link is one where the reply names that one option alone, under its letter ("Anterior wedging
    without posterior wall involvement typically represents a compression fracture (A)."): a sign's meaning offered
    as the answer, weighed beside no other option ("... usually indicates lobar pneumonia." in a list of signs, or
    beside another option, stays none)."""
    return decision.rule == GENERAL or decision.rule == HABIT_LINK and not (
        mentions and all(m.letter == decision.letter for m in mentions)
        and any(not m.by_text or text[m.end - 1] in ")]）" for m in mentions))


def habit_set_against(toks: list[str], text: str, m: Mention, idx: OptionIndex | None) -> bool:
    """Whether a choice verb before ``m`` states the writer's habit that the text then sets against this case's pick:
    a habit word ("normally", "as a rule") among its last words, then a turn ("but", "however", "although") and
    another option named after it ("I'd normally say A here, but with a meniscus I'll go with B."). A habit the
    writer applies to this case ("I usually choose B ..., and here too B fits", "Normally I'd pick C ..., and this
    case is no different: C.") is their choice: no turn, or no other option after it."""
    if idx is None:
        return False
    recent = f" {' '.join(toks[-6:])} "
    if not any(f" {w} " in recent for w in HABIT):
        return False
    turn = _TURN.search(text, m.end, m.end + _HABIT_REACH)
    if turn is None:
        return False
    later = find_mentions(text, idx, turn.end(), min(len(text), m.end + _HABIT_REACH))
    return any(n.letter != m.letter for n in later)


def after_its_text(text: str, m: Mention) -> bool:
    """A bracketed letter right after a few words naming it: "the main finding is a pleural effusion (B)"
    (the words may be in another language than the options, so they are not matched to the text)."""
    if m.strength != STRONG:
        return False
    opening = _LABELLED_OPENING.search(text, max(0, m.start - 12), m.start)  # "... oedema (option A)"
    start = opening.start() if opening is not None else m.start
    return text[start:start + 1] in "(（[" and start > 0 and text[start - 1] == " "


_LABELLED_OPENING = lazy_compile(r"(?i)[(（\[][ \t]*(?:option|choice)[ \t]*\Z")


def trimmed_cue(toks: list[str], exception: bool = False) -> tuple[str, Tier] | None:
    """"the most likely finding is a small left pleural effusion": a cue before one to three describing words (a
    hyphenated compound, "non-cardiogenic", "tree-in-bud", is one word). The word "option" of a labelled bracket
    ("... pulmonary oedema (option A)") is the letter's label, not a describing word."""
    if toks and toks[-1] in ("option", "choice"):
        toks = toks[:-1]
    cut, words = len(toks), 0
    while cut > 0 and words < 3:
        cut -= 1
        while cut > 1 and toks[cut - 1] == "-":
            cut -= 2  # "non - cardiogenic": the hyphen glues the word before it to this one
        words += 1
        if cut <= 0 or any(t in NEG_WORDS and toks[i + 1:i + 2] != ["-"] for i, t in enumerate(toks[cut:], cut)):
            continue  # (a prefix, "non-cardiogenic", "non-specific", denies nothing)
        found = _cue_rule(toks[:cut], exception)
        if found is not None:
            # "The findings are not consistent with interstitial oedema (A).": the cue's own negation, as it would be
            # read right before the mention
            return None if negated(cues.words(toks[:cut]), "", rejection_checked=True) else found
    return None


_OPEN_QUOTES = "\"“`"
_CLOSE_QUOTES = "\"”`"


# Words that set what follows in their sentence as the reply's format or an example, not the writer's answer:
# "Respond in the format 'The answer is (A)'.", "For example, the answer is B." (``extract/lines.py`` skips a
# final-answer phrase so set; this is the same test for a cue read before a mention).
FORMAT_WORDS = frozenset({"example", "format", "e.g", "eg", "template", "placeholder"})


def set_as_format(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` sets it as a format or an example (see ``FORMAT_WORDS``)."""
    before = text[max(0, start - 120):start].replace("e.g.", "eg")
    cut = max(before.rfind(c) for c in ".!?\n")
    return not FORMAT_WORDS.isdisjoint(WORD.findall(before[cut + 1:].lower()))


def answer_phrase_before(text: str, pos: int) -> bool:
    """A final-answer phrase right before the mention at ``pos``: "The answer is |epiglottitis." (a mention by the
    option's text is classified ``option_text`` whatever its cue)."""
    found = before_cue(clause_left(text, pos))
    return found is not None and found[0] == "final_answer_phrase"


def quoted(left: str, right: str) -> bool:
    """The cue and the mention inside one quotation ('"Answer: A"'); 'The answer is "C"' is not one."""
    if right.lstrip(" *_")[:1] not in _CLOSE_QUOTES or not right.lstrip(" *_"):
        return False
    q = max(left.rfind(c) for c in _OPEN_QUOTES)
    return q >= 0 and before_cue(left[q + 1:]) is not None


__all__ = ["FORMAT_WORDS", "HABIT_LINK", "general_only", "after_its_text", "answer_phrase_before", "before_cue", "habit_set_against", "quoted", "set_as_format", "trimmed_cue"]
