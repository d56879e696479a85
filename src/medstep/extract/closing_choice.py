"""The closing commitment: the last reference to an option that commits to it, when nothing after it commits elsewhere.

Why a second reader beside ``extract/lastmention.py``: that reader asks the *last* sentence naming an option to be the
answer, so it declines whenever anything follows the answer that names another option, even to set it aside ("C,
hamartoma. ... a carcinoma (A) can occasionally engulf calcification"), and it vetoes a whole sentence on one word
anywhere in it ("D rather than FNH is the answer I'd select", "I can't be certain, but the pattern points toward C").
Outputs that end their reasoning on a choice do so in more wordings than a list of shapes holds, so this reader does
not look for a shape: it weighs every reference to an option by what its own clause says of it.

Each reference (a letter form or an option's text, ``extract/mentions.py``) takes one stance:

* set aside: negated or rejected in its clause ("not D", "A is out", "rules out C", "rather than B", "unlike C",
  "less likely"), the words of ``answers/negation.py`` and ``answers/judgements.py`` as ``extract/clauses.py`` reads
  them;
* supposed: only said of what the option would or can do, or under a condition ("B would blunt the angle", "(A) can
  occasionally engulf calcification");
* open: asked, compared ("more likely than C"), offered with another or as a possibility ("also", "differential",
  "maybe"), or a line of a per-option list ("B. Effusion: ...");
* committed: none of these.

The decision is the last committed reference, when it is an option letter standing as a letter (not "type A",
"hepatitis B", not the article "A"), its sentence neither sets an example nor restates the question, and:

* every reference after it is its own letter again, set aside, or supposed without a turn to it ("However, B could
  ..." is open), and what follows its sentence is short and holds no self-correction, doubt or refusal;
* no other option is committed to or held open earlier in its paragraph, unless its sentence is worded as final
  ("so", "therefore", ``extract/commit.py``): a paragraph stating one option after another discusses, it does not
  decide.

It reads nothing, too, where a letter only looks like a choice: a subject denying it ("Nothing places it in the chest
wall (C)"), a colon after a lead-in that weighs options ("It is not A or B, but: C."), a letter labelling its note beside
other labelled letters ("B: thin-walled cysts. A) no C) no", per-option verdicts left to ``option_verdicts``), a walk of
lines each heading one option ("Option A (…) is seen …\n\nOption B, …, would …"; an echoed option list is no walk), a
bare "Option C." before a sentence on another option, or a remark pointing back to deny it ("A. Not this one.").

It runs last among the letter readers (``extract/choice_reader.py``), after ``last_mention``, only when nothing
stricter read the output and never for a question asking which option does NOT hold. Rule ``closing_choice``.
"""

from __future__ import annotations

from enum import Enum

from medstep.answers import hedges, judgements, negation, revisions
from medstep.extract import cues, langwords, verdict_tag
from medstep.extract.clauses import REASON_OPENS, after_reason, clause_left, clause_right, list_denied, negated, set_aside_for_another
from medstep.extract.commit import FINAL_WORDS, is_final
from medstep.extract.cue_before import quoted
from medstep.extract.lastmention import (
    FORMAT, TAIL_TURN, answer_word_after, foreign_denial, lead_in_vetoed, letter_stands, listed,
    sentence_span as _sentence,
)
from medstep.extract.lines import PARAGRAPH
from medstep.extract.mentions import CONFLICT, INVALID, Mention, OptionIndex, find_mentions
from medstep.extract.polarity import Pole, against, clause_pole
from medstep.extract.refusal import is_refusal
from medstep.extract.resolve import CONFLICT_REACH
from medstep.lazyre import lazy_compile

RULE = "closing_choice"

# Only the end of an output is read: its last this many characters.
WINDOW = 1600
# What may follow the decision's sentence: a closing remark or a caveat, not more reasoning.
TAIL_MAX = 480
# The sentence a reference stands in: ``lastmention.sentence_span`` (one home for both readers).


class Stance(Enum):
    """What a reference's own clause says of its option (see module docstring)."""

    COMMITTED = "committed"
    SET_ASIDE = "set_aside"
    SUPPOSED = "supposed"
    OPEN = "open"


# Only supposed: a modal or a condition in the clause ("B would blunt", "if C were present", "(A) can engulf").
_SUPPOSED = lazy_compile("(?i)" + hedges.words(hedges.CONDITION, hedges.SUPPOSING, hedges.POSSIBILITY,
                                                ("can", "should", "whether")))
# Held open: offered beside another, as one possibility, weighed, doubted, or set in a comparison.
_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.WEIGHING, hedges.DOUBT, hedges.ALTERNATIVE,
                                            hedges.DIFFERENTIAL, hedges.CANDIDATES, hedges.OPEN_CANDIDATE,
                                            hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, ("also", "too", "than", "or",
                                                                                        "tempting", "trap")))
# A turn opening the sentence of a later reference: what follows qualifies the answer given before it.
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN, hedges.CONTRAST, hedges.OTHER_TURN) + "|"
                     + "|".join(hedges.ZH_TURN))
# In the decision's sentence: a condition, a question's restatement, a general statement or a definition.
# (a habit word qualifying a naming verb names the finding, it says nothing of what usually happens: "a fracture of the
# fifth metacarpal neck, which is commonly called a boxer's fracture", ``hedges.NAMING``)
HABIT_SAID = hedges.words(hedges.HABIT) + r"(?!\s+" + hedges.words(hedges.NAMING) + ")"
SENTENCE_VETO = lazy_compile("(?i)" + HABIT_SAID + "|"
                             + hedges.words(hedges.IF, hedges.ASKING, hedges.EXCEPTION,
                                                     hedges.DEFINITION, hedges.TIED,
                                                     revisions.EARLIER, revisions.ABOUT_TO,
                                                     ("question", "asks", "asked", "distractor", "distractors"))
                              + r"|\b(?:first|initial|original)\s+(?:" + hedges.alternation(revisions.FIRST_VIEWS) + r")\b"
                              + "|" + "|".join(hedges.ZH_CONDITION))
# Before the decision's letter in its clause (after the last other reference and the last "so"): a negation or a
# rejection is the letter's ("I don't think the answer is C", "I would rule out C", "答案不是C").
_DENIED_BEFORE = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEVER, negation.NONE, negation.NEITHER,
                                                     negation.EXCLUDED, judgements.WRONG, judgements.SET_ASIDE,
                                                     judgements.UNLIKELY, judgements.MISFIT, judgements.POOR_FIT,
                                                     hedges.UNLIKELY_WORDS, hedges.DOUBT, hedges.DIFFICULTY,
                                                     ("cannot", "against", "least", "reject", "rejected", "eliminate"))
                              + "|" + negation.CONTRACTION + "|" + langwords.REJECT + "|" + langwords.ZH_REJECT + "|不|非"
                              + "|" + hedges.words(negation.NOTHING) + r"(?!\s+" + hedges.words(negation.NOTHING_BUT) + ")")
# After the decision's letter in its sentence, before any ground given for it ("because", "since", ":"): a negation,
# a rejection or doubt takes it back ("C is the textbook answer, but I'm not convinced", "C, which I would never
# pick"), and so does a turn to another possibility (``_OPEN`` after a ``_TURN``).
_TAKEN_AFTER = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEVER, hedges.DOUBT, hedges.DIFFICULTY, judgements.WRONG,
                                                   judgements.SET_ASIDE, judgements.UNLIKELY, judgements.MISFIT,
                                                   judgements.POOR_FIT, hedges.UNLIKELY_WORDS)
                            + "|" + negation.CONTRACTION + "|" + "|".join(hedges.ZH_TURN) + "|不")
_COLON = lazy_compile(r"[:：]")
# "X (C), not Y", "B — not a true abnormality": a "not" opening a phrase of its own after the letter's comma or dash
# contrasts another thing with the pick; it denies that thing, not the letter. Not a doubt or a verb ("C, not sure",
# "C, not the case", "C — not confirmed": ``hedges.DOUBT``'s words take the letter back; ``_NOT_DEGREE``, with
# ``hedges.ABSOLUTELY``'s degree words, "not entirely").
_NOT_DEGREE = tuple(w[4:] for w in hedges.DOUBT if w.startswith("not ")) + tuple(w for w in hedges.ABSOLUTELY if w.isalpha())
_NOT_OTHER = lazy_compile(r"(?i)[\s)\]*_]*(?:,|;|\s[—–-])\s*not\s+(?!(?:" + hedges.alternation(_NOT_DEGREE)
                          + r"|confident|convinced|definite\w*|quite|really|necessarily|clear\w*|likely|possible|so|very|100|"
                          r"the\s+case|that|be|been|confirmed|proven|excluded|one)\b)(?=(?:an?|the|[^\W\d_][\w-]*)\s)")
_LETTER_LABEL = lazy_compile(r"[(\[（]\s*(?:option\s+)?[A-Z]\s*[)\]）]")  # another option's letter in the contrasted phrase
_CONTRAST_END = lazy_compile(r"[,;:]|\s[—–-]\s|\b(?:but|though|although|however|yet)\b")
# A verb after a comma: the sentence's main predicate resumed after an aside ("C, as in X, is not ...").
_PREDICATE_BACK = lazy_compile(r"(?i),\s*(?:is|are|was|were|does|do|did|has|have|would|will|can|could|should|remains?)\b")
_SO = lazy_compile(r"(?i)\b(?:" + "|".join(sorted(FINAL_WORDS)) + r")\b")
# What the remark after the decision must not hold: a self-correction, doubt, another answer stated.
TAIL_VETO = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                 revisions.DISOWN, revisions.RESTATE, revisions.RETHINK, hedges.DOUBT,
                                                 hedges.DIFFICULTY, hedges.WEIGHING, ("answer", "instead", "rather", "alternatively",
                                                                     "otherwise"))
                          + "|" + revisions.ZH_ALTERNATION + r"|[?？]")


_BRACKETED = lazy_compile(r"\([^()\n]{0,200}\)")
# Where what is said right after a reference stops being about it: a comma, or a marker setting the next words aside
# ("D rather than FNH or adenoma": the words after "rather than" are the other candidates', not D's).
_NEAR_END = lazy_compile(r"(?i)[,，、—–]|\s-\s|" + hedges.words(negation.INSTEAD, negation.OTHER_INSTEAD, hedges.TURN,
                                                                  ("over", "not")))
# Another language's "rather than" right before a reference, its article allowed: "la C plutôt que |la D", "C statt |D".
_OTHER_INSTEAD_BEFORE = lazy_compile("(?i)" + hedges.words(negation.OTHER_INSTEAD)
                                     + r"[\s*_\"'“(\[]*(?:(?:la|le|les|el|lo|los|las|il|der|die|das|den|a|o)\s+)?[\s*_(\[]*\Z")
# A self-correction after the letter in its sentence, whatever ground a colon opens: "Answer B: no, on reflection C."
_REVISED_AFTER = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                     revisions.DISOWN, revisions.RESTATE, revisions.RETHINK)
                              + r"|[:：,]\s*(?:no|nope|nah)\b|" + revisions.ZH_ALTERNATION)

# Another option offered beside the letter in its own sentence, whether or not that letter stands as a reference on
# its own: "C (heterogeneously dense, versus D)" weighs two options, it does not decide.
_ALTERNATIVE_AFTER = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, ("or",))
                                  + r"[\s*_(\[]+(?:(?:option|choice)\s+)?(?-i:[A-Z])(?![\w'’-])")

# An option taking the predicate of the clause before it: "..., and so is A", "as is C", "nor is D".
_SHARED = lazy_compile(r"(?i)\b(?:so|as|nor|neither)\s+(?:is|are|was|were|does|do|did)\s+(?:(?:option|choice)\s+)?"
                       r"[\s*_(\[]*\Z")
# What leans to the option named after it: an inference or a pointing verb ("would point to", "might suggest").
_LEANING = lazy_compile("(?i)" + hedges.words(hedges.SUSPICION, hedges.INFERRING, hedges.IDENTIFYING,
                                               ("point", "points", "pointing", "favour", "favor", "favours", "favors",
                                                "lean", "leans", "leaning", "toward", "towards", "mean", "means")))
_NOT_EXCLUDED = lazy_compile("(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING))


# A letter labelling what follows it, not inside brackets: "B: thin-walled cysts", "A) no", "C: True".
_LABEL = lazy_compile(r"(?<![(\[（\w'’.-])([A-Z])[ \t]*[:)：]")
# What may stand before a reference opening its line: markup, a numbering, "Option".
_HEAD = lazy_compile(r"[\s#*_>•\d.)-]*(?:(?i:option|choice)\s+)?[\s*_(\[]*\Z")
# A sentence holding nothing but its reference: "Option C.", "**C**."
_BARE = lazy_compile(r"[\s#*_>•.:!;()\[\]-]*(?:(?i:option|choice|answer)\s*)?[\s#*_>•.:!;()\[\]-]*\Z")
# The remark after the decision denying it by pointing back: "A. Not this one.", "C. That's not it."
_DENIED_BACK = lazy_compile(r"(?i)\A[\s*_]*(?:(?:it|this|that)(?:'s|’s|\s+is)\s+)?not\s+(?:(?:this|that|the)\s+one|it)\b")


def _labels(text: str, m: Mention, lo: int) -> bool:
    """The letter reference ``m`` labels what follows it and another option's letter labels something too: a list
    of the options, each with its note ("B: thin-walled cysts. A) no C) no", "A: right. B: wrong."), not a choice."""
    own = any(found.group(1) == m.letter for found in _LABEL.finditer(text, m.start, min(len(text), m.end + 2)))
    return own and any(found.group(1) != m.letter for found in _LABEL.finditer(text, lo))


# An echoed option line: its label and the option's own text, nothing said of it ("(B) Normal domed contour").
_ECHO_LABEL = lazy_compile(r"[\s#*_>•\d.()\[\]:-]*(?:(?i:option|choice)\s+)?[(\[]?([A-Z])[)\].:：-]*\s*")


def _heads(text: str, m: Mention) -> bool:
    """The reference ``m`` opens its line: a heading or an item of a walk through the options."""
    return _HEAD.match(text, text.rfind("\n", 0, m.start) + 1, m.start) is not None


heads = _heads  # (shared with ``extract/affirmed_option.py``, as ``letter_decides`` below)


def _walks(text: str, m: Mention, idx: OptionIndex) -> bool:
    """The reference ``m`` heads its line and says something of its option there: not an echo of the option list."""
    if m.letter in (CONFLICT, INVALID) or not _heads(text, m):
        return False  # (a run of several letters heading lines is the echoed option list)
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.start)
    line = text[start:end if end >= 0 else len(text)]
    label = _ECHO_LABEL.match(line)
    said = line[label.end():] if label is not None and label.group(1) == m.letter else line
    return said.strip(" *_.:;").lower() != idx.texts.get(m.letter, "").strip(" .").lower()


def stance(text: str, m: Mention, before: int = 0) -> Stance:
    """What the clause of the reference ``m`` says of its option: the clause before it back to its last contrast or
    to ``before`` (the end of the reference before it: "It's not A, it's B" denies A only), and after it up to a
    comma or a contrast marker (at most 60 characters)."""
    left = clause_left(text, m.start)
    if m.start - before < len(left):
        left = left[len(left) - (m.start - before):]
    if _SHARED.search(left) is not None:
        return Stance.OPEN  # "E is out, and so is A": the option takes the clause before it, whatever that says
    right, stop = ("", ".") if text[m.end - 1:m.end] in (".", "。") else clause_right(text, m.end)  # "C." ended it
    if _NOT_EXCLUDED.search(right[:60]) is not None:
        return Stance.OPEN  # "C cannot be excluded": held open, not set aside
    if negated(cues.words(cues.tokens(left)), right) or list_denied(left, right) or set_aside_for_another(left) \
            or _OTHER_INSTEAD_BEFORE.search(left[-60:]) is not None or verdict_tag.tagged_against(text, m.end):
        return Stance.SET_ASIDE  # (also "B. Not likely.", "C — I doubt it.": ``extract/verdict_tag.py``)
    cut = _NEAR_END.search(right)
    near = left[-60:] + " | " + right[:cut.start() if cut is not None else 60][:60]
    if stop in ("?", "？") or _OPEN.search(near) is not None or quoted(left, right):
        return Stance.OPEN
    if _SUPPOSED.search(near) is not None:
        # "which would point to B", "this might suggest D": a supposition leaning to the option holds it open
        return Stance.OPEN if _LEANING.search(left[-60:]) is not None else Stance.SUPPOSED
    return Stance.COMMITTED


# An option's text closed by its own letter in brackets: "the **deep sulcus sign** (Option C)".
_OWN_BRACKET = lazy_compile(r"[(\[（]\s*(?:(?i:option|choice)\s+)?([A-Z])\s*[)\]）]\Z")


def _own_letter(text: str, m: Mention) -> bool:
    """Whether the reference by text ``m`` ends in its own letter in brackets: chosen by its letter too."""
    found = _OWN_BRACKET.search(text, m.start, m.end)
    return found is not None and found.group(1) == m.letter


def _letter_decides(text: str, m: Mention, before: int, asked: Pole) -> bool:
    """The committed reference ``m`` is a letter that decides: it stands as a letter, heads no per-option line, its
    sentence is no example, restated question, general statement, or rank at the other end of the scale, nothing
    before it in its clause (after ``before``, the end of the reference before it) denies it, and nothing after it in
    its sentence takes it back."""
    if m.letter in (CONFLICT, INVALID) or not (letter_stands(text, m) if not m.by_text else _own_letter(text, m)) \
            or not answer_word_after(text, m):
        return False  # (a letter followed by another verb than an answer's describes: "a haematoma (D) grows out")
    start, end = _sentence(text, m)
    # (an example in brackets is an aside: "(e.g., BNP, echocardiography), the most likely answer is C")
    if listed(text, m, start) or FORMAT.search(_BRACKETED.sub(" ", text[start:end])) is not None \
            or SENTENCE_VETO.search(text, start, end) is not None or foreign_denial(text[start:end]):
        return False  # (another language's negation anywhere in it, as for last_mention: "Je n'opterais pas pour la C")
    if lead_in_vetoed(text, m, start):
        return False  # "It is not A or B, but: C.": the lead-in weighs options before the colon hands over
    lead = clause_left(text, m.start)[-(m.start - max(before, start)):] if m.start > max(before, start) else ""
    so = max((found.end() for found in _SO.finditer(lead)), default=0)
    lead = lead[so:]  # "There is no pleural line, so C": the ground before "so" is not the letter's
    if _DENIED_BEFORE.search(after_reason(lead)) is not None:
        return False
    rest = text[m.end:end]
    if _REVISED_AFTER.search(rest) is not None or _ALTERNATIVE_AFTER.search(rest) is not None:
        return False  # read before the ground is cut off: a colon may open a self-correction, not a ground
    ground = REASON_OPENS.search(rest) or _COLON.search(rest)
    if ground is not None:  # the ground given for it, unless the sentence comes back to the letter's own predicate
        back = _PREDICATE_BACK.search(rest, ground.end())  # ("Option D, as in hepatitis D, is not shown here.")
        rest = rest[:ground.start()] + (rest[back.start():] if back is not None else "")
    if (contrast := _NOT_OTHER.match(rest)) is not None:  # "So it's in the airway (C), not the stomach.": the "not"
        stop = _CONTRAST_END.search(rest, contrast.end())  # denies what follows it, up to its phrase's end
        if _LETTER_LABEL.search(rest, contrast.end(), stop.start() if stop is not None else len(rest)) is None:
            rest = rest[stop.start():] if stop is not None else ""  # (not "large (C), not a normal study (D).": a tally)
    turn = _TURN.search(rest)
    if _TAKEN_AFTER.search(rest) is not None or (turn is not None and _OPEN.search(rest, turn.end()) is not None):
        return False  # "B, though another reading is possible"; not "B, though a sniff test would help"
    return not against(clause_pole(clause_left(text, m.start), clause_right(text, m.end)[0]), asked)


letter_decides = _letter_decides


def _later_ok(text: str, m: Mention, letter: str, said: Stance) -> bool:
    """A reference after the decision, whose clause says ``said`` of it, leaves the decision standing: its own letter,
    or another set aside, or only supposed without a turn to it in its sentence."""
    if m.letter == letter and not m.by_text:
        return said is Stance.COMMITTED
    if m.letter == letter:
        return said in (Stance.COMMITTED, Stance.SUPPOSED)
    if m.letter in (CONFLICT, INVALID):
        return False
    if said is Stance.SET_ASIDE:
        return True
    start, _ = _sentence(text, m)
    return said is Stance.SUPPOSED and _TURN.search(text, start, m.start) is None


def read_closing_choice(text: str, idx: OptionIndex, asked: Pole = Pole.TOP, labelled: bool = False) -> str | None:
    """The option letter the output's closing commitment chooses (see module docstring), else None. ``labelled``:
    only a commitment naming the option twice, by its text closed by its own letter in brackets ("So this is a lytic
    rib lesion (A) — ...", "-> Smith fracture (B)"): the reader labelling its pick, read even where the decision
    reader found several options named by their text alone (``extract/choice_reader.py``)."""
    if text.lstrip(" `\n").startswith("{"):
        return None  # a JSON reply is read by its answer field alone (``extract/choice.py``)
    lo = max(0, len(text) - WINDOW)
    # (a capital ending a name, "hepatitis B", "type A", or opening one, "B cells", is no reference)
    found = [m for m in find_mentions(text, idx, lo) if m.by_text or m.letter == CONFLICT or letter_stands(text, m)]
    stances = [stance(text, m, found[i - 1].end if i else 0) for i, m in enumerate(found)]
    pick = next((i for i in range(len(found) - 1, -1, -1) if stances[i] is Stance.COMMITTED), None)
    if pick is None or not _letter_decides(text, found[pick], found[pick - 1].end if pick else 0, asked):
        return None
    chosen = found[pick]
    if labelled and not (chosen.by_text and _own_letter(text, chosen)):
        return None
    later = found[pick + 1:]
    if not chosen.by_text and _labels(text, chosen, lo):
        return None
    if _heads(text, chosen) and any(m.letter != chosen.letter and _walks(text, m, idx) for m in found) \
            or any(m.letter != chosen.letter and _walks(text, m, idx) for m in later):
        return None  # "Option A (…) is seen as ….\n\nOption B, …, would …": the reply walks the options
    if not all(_later_ok(text, m, chosen.letter, stances[pick + 1 + i]) for i, m in enumerate(later)):
        return None
    others = [(_sentence(text, m)[0], m.letter) for m in later if m.letter != chosen.letter]
    if len(set(others)) > len({at for at, _ in others}):
        return None  # "I can't separate C from D": a later sentence weighing two others, whatever it says of them
    start, end = _sentence(text, chosen)
    if any(m.letter != chosen.letter for m in later) and len(text[chosen.start:chosen.end].strip(" ()[]*_.:")) == 1 \
            and _BARE.match(text[start:chosen.start] + " " + text[chosen.end:end]) is not None:
        return None  # "Option C. Honeycombing can coexist.": a bare letter, then a sentence on another option
    last = max([end] + [_sentence(text, m)[1] for m in found[pick + 1:]])
    tail = text[end:]
    if len(text[last:].strip()) > TAIL_MAX or TAIL_VETO.search(tail) is not None or is_refusal(tail) \
            or _DENIED_BACK.search(tail) is not None \
            or TAIL_TURN.search(tail) is not None:  # "Only C remains. However, the film is rotated."
        return None
    para = lo
    for p in PARAGRAPH.finditer(text, lo, start):
        para = p.end()
    contested = any(m.letter != chosen.letter and stances[i] in (Stance.COMMITTED, Stance.OPEN)
                    for i, m in enumerate(found[:pick]) if max(para, start - CONFLICT_REACH) <= m.start)
    if contested and not is_final(text[start:chosen.start]):
        return None
    return chosen.letter


__all__ = ["HABIT_SAID", "RULE", "SENTENCE_VETO", "TAIL_VETO", "Stance", "heads", "letter_decides", "read_closing_choice", "stance"]
