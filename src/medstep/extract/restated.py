"""A letter given after the question's own words and a colon: "Neither is abnormal: D." to "Which structure is
abnormal?", "... is the best next step: B." to "Which is the BEST next imaging step?" (rule ``restated_label``).

A model that restates what was asked as a label and puts the letter after it has answered, but no cue word of the
decision reader stands before the letter ("answer", "therefore", a choice verb), so nothing else reads it. The
label is read only when its last words repeat a content word of the question, and it adds no negation, hedge,
contrast or "also" the question does not hold: "Least likely: C." answers "Which is the least likely diagnosis?"
but not "Which is the most likely diagnosis?" (its "least" turns it around). A denial word the chosen option's own
text holds is no turn ("Neither is abnormal: D." for the option "Neither kidney").

A last-resort reader: it runs only when the decision reader found no commitment at all, and every such label in
the output must give the same letter.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.extract import cues
from medstep.extract.antonym_pairs import PAIRS, Pair
from medstep.extract.clauses import NORMAL_WORDS, clause_left, clause_right, negated
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.extract.polarity import against, asked_pole, clause_pole
from medstep.lazyre import lazy_compile

RULE = "restated_label"

# "<label>: D." closing its sentence: the letter alone after the colon (in bold or brackets, "option" allowed),
# and the next sentence starting ("... thrombectomy is the best next step: B. MRI (A) would ..."), not "C. difficile".
# It starts at the colon; the blanks and markup before it are walked back over once (:func:`_label_end`), not read
# from each of their starts (":" + 32,000 blanks took 4.5 s, lane slow40d).
_LABELLED = lazy_compile(
    r"[:：][ \t*_(\[]*(?:(?:option|choice)\s+)?(?P<letter>[A-Z])[)\]]?[ \t*_]*(?:[.!][ \t*_]*)?"
    r"(?=\Z|\n|[ \t]+[A-Z(*_#])"
)
_SENTENCE_END = lazy_compile(r"[.!?;\n]\s")
_WORD = lazy_compile(r"[a-z]+")
# Question words that say nothing of what is asked.
_FRAME = frozenset({
    "which", "what", "is", "are", "the", "a", "an", "of", "following", "these", "this", "that", "in", "on", "for",
    "to", "by", "with", "does", "do", "best", "most", "option", "options", "statement", "answer", "image", "shown",
    "seen", "demonstrated", "present", "there", "it", "one", "and", "or", "be", "as", "at", "from",
})
# Words a label may not add to the question: they turn it round ("least", "not", "unlikely"), hedge it, add a
# second finding ("also"), or introduce the options rather than answer ("The options for the finding: A. ...").
_TURNS = lazy_compile(
    "(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT,
                          negation.EXCLUDED, hedges.POSSIBILITY, hedges.CONDITION, hedges.WEIGHING,
                          ("least", "less", "unlikely", "also", "second", "other", "alternative", "differential",
                           "if", "but", "except", "option", "options", "choice", "choices", "question", "asks",
                           "listed", "following"))
    + "|" + negation.CONTRACTION
)
# How many of the label's last words must hold a word of the question.
_REACH = 4


def _turns(text: str) -> set[str]:
    return {m.group().lower() for m in _TURNS.finditer(text)}


def _label_end(text: str, colon: int, floor: int) -> int:
    """Where the label before ``colon`` ends: before the blanks and markup ("**", "_") that lead to the colon, not
    before ``floor`` (the end of the label read before it)."""
    while colon > floor and (text[colon - 1].isspace() or text[colon - 1] in "*_"):
        colon -= 1
    return colon


def read_restated(text: str, idx: OptionIndex, question: str) -> str | None:
    """The one letter the output gives after a label restating the question (module docstring), else None."""
    if ":" not in text and "：" not in text:
        return None
    asked = set(_WORD.findall(question.lower())) - _FRAME
    asked_turns = _turns(question)
    found = set()
    last = 0
    for m in _LABELLED.finditer(text):
        letter, start, last = m.group("letter"), _label_end(text, m.start(), last), m.end()
        head = text[max(0, start - 300):start]
        label = head[max((e.end() for e in _SENTENCE_END.finditer(head)), default=0):]
        if letter not in idx.letters:
            continue
        tail = _WORD.findall(label.lower())[-_REACH:]
        if asked.isdisjoint(tail):
            continue
        added = _turns(label) - asked_turns - _turns(idx.keys.get(letter, ""))
        if added or against(clause_pole(label, ""), asked_pole(question)):
            continue  # "Worst next step: D." to "What is the best next step?", "Most likely: C." to a LEAST one
        if _label_turned(label, question):
            continue  # "Well-positioned tube: A." to "Which tube is malpositioned?": the other pole's label
        found.add(letter)
    return found.pop() if len(found) == 1 else None




# "… so the enlarged chamber is the left atrium." to "Which chamber is enlarged?", "The correct position is A." to
# "Which drain position is correct?": a subject made of the question's own words, a copula, and the option (its
# letter or its text) as the complement. Only articles and adverbs of certainty may stand between.
# (a relative clause of up to four words after the head: "the kidney that is normal in size", "the tube which sits
# correctly", "the line that is in good position")
_SUBJECT_IS = (r"(?P<subject>(?:[\w'-]+\s+){0,4}?[\w'-]+(?:\s+(?:that|which)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?)\s+(?:is|are|was|=)\s+"
               r"(?:(?:therefore|thus|clearly|definitely|then|most\s+likely|probably)\s+)?(?:(?:the|an?)\s+)?"
               r"(?:[a-z-]+(?:\s+[a-z-]+){0,2}\s+[—–]\s+)?[\s*_\"'“(]*(?:[a-z-]+/)?\Z")
# ("... is the feeding/nasogastric tube": another name slashed before the option's; "first-line treatment is a dopamine
# agonist — cabergoline": its class named first, the option set after a dash)
# A relative clause opened before a subject found nearer the option, its verb already said: the subject found is
# that verb's object ("the only one that explains both the enlarged heart and |the clear lungs| is D"), not the
# complement's subject; a "that" right before an article introduces the clause itself ("It is clear that the ...").
_IN_RELATIVE = lazy_compile(r"(?i)\b(?:that|which|who)\s+(?!(?:the|this|its|their|an?)\b)[\w'-]+\b[^,;:.!?\n]*\Z")
_RESTATED_SUBJECT = lazy_compile(r"(?i)(?:^|(?<=[\s*_(\"“]))(?:the|this|its|their)\s+" + _SUBJECT_IS)
# ... and a subject opening its clause with no article: "Even for macroadenomas, first-line treatment is cabergoline (D)"
# (tried only where no subject with an article is found: that one stands nearer the option)
_BARE_SUBJECT = lazy_compile(r"(?i)(?:^|(?<=,\s))[\s*_]*(?=[^\W\d_])" + _SUBJECT_IS)
_NORMAL = lazy_compile(r"(?i)\b" + NORMAL_WORDS)
# "the chamber in question": the asked one, pointed at.
# ... or as the question put it to the writer: "the association you're after", "the structure you are asking about",
# "the finding asked for" (issue #7)
_IN_QUESTION = lazy_compile(r"(?i)(?<!\s)\s+(?:in\s+question|(?:you(?:'re|’re|\s+are)\s+)?(?:after|asking\s+(?:about|for)|"
                            r"looking\s+for)|asked\s+(?:about|for))\b")
# What holds the restated answer open in its sentence: a concession ("..., though I can't exclude the right atrium"),
# another not excluded, a question or condition before the subject ("Whether the chamber in question is X is unclear").
_HELD = lazy_compile("(?i)" + hedges.words(hedges.CONCESSION, hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.ASKING,
                                           hedges.IF, hedges.DIFFICULTY, hedges.DOUBT))
_SENTENCE_START = lazy_compile(r"[.!?;\n](?=[^.!?;\n]*\Z)")
_SENTENCE_REST = lazy_compile(r"[^.!?;\n]*")
# Words a restated subject may hold beside the question's own: how it is judged to be the answer.
_SUBJECT_QUALIFIERS = frozenset({"correct", "right", "affected", "involved", "abnormal", "main", "culprit",
                                 "responsible", "answer", "one", "most", "likely", "best", "that", "which", "is",
                                 "are", "the", "of", "in", "on"})


def read_restated_statement(text: str, idx: OptionIndex, question: str) -> str | None:
    """The one option the output names as the complement of a subject restating the question (see above), else
    None. The subject must hold a content word of the question and nothing the question does not hold but
    articles and the words of :data:`_SUBJECT_QUALIFIERS` ("the other chamber", "the normal chamber" restate
    nothing); the clause must not negate, hedge or ask."""
    asked = set(_WORD.findall(question.lower()))
    content = asked - _FRAME
    if not content:
        return None
    asked_turns = _turns(question)
    nouns = _option_nouns(idx)
    found = set()
    for m in find_mentions(text, idx):
        if m.letter not in idx.letters:
            continue
        left = clause_left(text, m.start)
        stated = _RESTATED_SUBJECT.search(left) or _BARE_SUBJECT.search(left)
        if stated is None:
            continue
        subject = _IN_QUESTION.sub("", stated.group("subject").lower()).replace("that's", "that is")
        words = _WORD.findall(subject)
        said = _pole_words(subject, question)
        if said is None:
            continue  # "the tube that is well positioned" to "Which device is malpositioned?": the other pole
        if content.isdisjoint(words) and not said or any(
                w not in asked and w not in _SUBJECT_QUALIFIERS and w not in said and w not in nouns for w in words):
            continue
        right, stop = clause_right(text, m.end)
        # ("If the presentation is breech, …"; not "The question … , so the chamber is")
        own = _IN_QUESTION.sub("", left.rsplit(",", 1)[-1])
        if stop == "?" or _turns(own) - asked_turns or is_hedge(own + " " + right) \
                or negated(cues.tokens(left), right) or _held(text, m.start, m.end):
            continue
        found.add(m.letter)
    return found.pop() if len(found) == 1 else None


def _held(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the option (``start``, ``end``) holds it open (``_HELD``), or hedges after it."""
    before = text[max(0, start - 200):start]
    opening = _SENTENCE_START.search(before)
    rest = _SENTENCE_REST.match(text, end)
    after = rest.group() if rest is not None else ""
    return _HELD.search(before[opening.end() if opening else 0:]) is not None or _HELD.search(after) is not None \
        or is_hedge(after)


# "The basilar artery is the one that is patent.", "D is the tube which sits correctly", "The left kidney is the one
# that is normal" (a head noun after the option's text), "The PICC is the well-positioned one", "The chest tube is
# the correctly placed device": the option as the subject, and what is said of it before the head noun ("one",
# "device") or in a relative clause after it, up to where its clause goes on to something else (", the right is
# enlarged", "and").
_CLAUSE_GOES_ON = r"(?=\s*(?:[,;:.!?)]|\Z|(?:and|but|while|whereas)\b))"
# (the copula, or a colon, dash or bracket setting the description beside the option: "Left kidney: the normal one")
_COPULA = r"\A[\s*_\"'”)\]]*(?:[\w'-]+(?:\s+|(?=[:–—(-])))?(?:(?:is|are|was)\s+|(?P<sep>[:–—(-])\s*)"
_ONE_THAT = lazy_compile(
    r"(?i)" + _COPULA + r"the\s+(?:(?:[\w'-]+\s+)?(?:one|[\w'-]+)\s+"
    r"(?P<subject>(?:that|which)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)|(?P<said>(?:[\w'-]+\s+){1,3}?[\w'-]+))"
    + _CLAUSE_GOES_ON)
# ... or the property said of it outright, in at most three words and where it lies: "The right kidney is normal.",
# "... is of normal size", "Left kidney: normal.", "The lead is appropriately positioned in the right ventricle."
_SAID_OF = lazy_compile(r"(?i)" + _COPULA.replace(r"(?:is|are|was)", r"(?:is|are|was|appears?|looks?|seems?|remains?)")
                        + r"(?!(?:the|an?)\b)(?P<said>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
                        + r"(?:\s+(?:in|at|within|into|above|below|on)\s+[^,;:.!?\n]{1,60}?)?" + _CLAUSE_GOES_ON)
# "the one", "the normal one", "the one in good position": what a dash or colon may set beside an option.
_THE_ONE = lazy_compile(r"(?i)\bthe\s+(?:[\w'-]+\s+){0,2}?one\b")
# An option named again in apposition right after its other mention: "the chest drain, D", "the PICC (A)".
_APPOSED = lazy_compile(r"[\s,*_(\[\-–—]*\Z")


def subject_turned(text: str, idx: OptionIndex, question: str, letter: str) -> bool:
    """Whether ``letter`` is named only as the complement of a subject holding the other pole of what the question
    asks ("So the tube that is well positioned is the endotracheal tube." to "Which device is malpositioned?"), after
    such a label ("Well-positioned tube: A."), or as the subject of "the one that" holding it ("The PICC is the one
    that is correctly positioned.") or of that pole said outright ("The right kidney is normal." to "Which kidney is
    enlarged?"), its letter or text set beside such a mention in apposition counting with it ("... is the chest
    drain, D."): the option named is
    the one the answer sets aside, not the answer. The other option of two is not read from it: the reply says which
    one is not asked, and the reading is left to what else it says."""
    named = [m for m in find_mentions(text, idx) if m.letter == letter]
    if not named:
        return False
    turned_end = -1
    for m in named:
        if 0 <= turned_end and m.start - turned_end < 8 and _APPOSED.match(text, turned_end, m.start) is not None:
            turned_end = m.end
            continue  # "the chest drain, D": the same option named again beside the turned mention
        left = clause_left(text, m.start)
        stated = _RESTATED_SUBJECT.search(left)
        if stated is not None and _IN_RELATIVE.search(left, 0, stated.start()) is not None:
            stated = None  # "the only one that explains ... and the clear lungs is D": a noun inside the relative
        if stated is not None and _turned(stated.group("subject"), question) or (
                (label := _LABEL_BEFORE.search(left)) is not None and _label_turned(label.group("label"), question)):
            turned_end = m.end
            continue
        right = clause_right(text, m.end)[0]
        one = _ONE_THAT.match(right)
        if one is not None and one.group("sep") and _THE_ONE.search(one.group()) is None:
            one = None  # "None of the above — the pleural spaces are clear.": a new statement after the dash
        said = one.group("said") or one.group("subject") if one is not None else None
        if said is None and (outright := _SAID_OF.match(right)) is not None:
            words = _WORD.findall(outright.group("said").lower())
            first = words[0] if words else ""  # (a value said outright, "(0.43)", has no word)
            if first != "clear" and not (outright.group("sep") and first in _WORD.findall(idx.texts.get(letter, "").lower())):
                said = outright.group("said")  # (not the option's own words after its letter: "D: None."; not
                # "Cardiomegaly is clear.": clear said outright of a finding is evident, not normal)
        if said is None or not _turned(said, question) or _conceded(text, idx, m.end + len(right), letter):
            return False
        turned_end = m.end
    return True


# "... looks appropriately positioned, but its side port is outside the chest": the sentence goes on against what
# was said of the option, with no other option named in the turn.
_CONCEDED = lazy_compile(r"(?i)[\s,;:–—-]*(?:but|yet|however|though|although)\b(?P<rest>[^.!?\n]*)")


def _conceded(text: str, idx: OptionIndex, end: int, letter: str) -> bool:
    turn = _CONCEDED.match(text, end)
    return turn is not None and all(m.letter == letter for m in find_mentions(turn.group("rest"), idx))


_DENIALS = frozenset(negation.PLAIN + negation.NEVER)
# A label of a few words opening the clause, set before the option with a colon or a dash: "Well-positioned tube: A",
# "Normal kidney — left" (not the end of a longer clause: "... and normal SI joints — DISH" concludes).
_LABEL_BEFORE = lazy_compile(r"(?i)\A[\s*_#>•-]*(?P<label>(?:[\w'-]+\s+){0,3}?[\w'-]+)[\s*_]*[:–—][\s*_(\[]*\Z")
_HEALTH = next(p for p in PAIRS if p.name == "health")


def _label_turned(label: str, question: str) -> bool:
    """Whether a label (its last clause) names the other pole of what ``question`` asks: a pole of an asked pair's
    other side, or normal as a whole ("Normal kidney: left.") to a question that asks no normal one. Only the pairs'
    words: a label's "clear" ("The answer is clear: B.") is no normal word."""
    own = label.rsplit(",", 1)[-1] + ":"  # (the colon it stands before: "The answer is clear:" ends no sentence)
    if not _DENIALS.isdisjoint(_WORD.findall(own.lower())):
        return False
    if _HEALTH.poles[0].search(own) is not None and _NORMAL.search(question) is None:
        return True
    return any(pair.poles[1 - pole].search(own) is not None for pair, pole in _asked_poles(question))


def _turned(subject: str, question: str) -> bool:
    """Whether ``subject`` says the other pole of what ``question`` asks: it holds that pole ("the tube that is well
    positioned"), or denies the asked one ("the tube that is not malpositioned"). A denied other pole ("the kidney
    that is not normal") says nothing sure: a third value may lie between the poles."""
    said = _pole_words(subject, question)
    if _DENIALS.isdisjoint(_WORD.findall(subject.lower())) and "n't" not in subject.lower():
        return said is None
    return bool(said)


def _pole_words(subject: str, question: str) -> frozenset[str] | None:
    """The words of ``subject`` that say the question's own pole of a property in other words ("the tube that's
    misplaced" to "Which device is malpositioned?", ``extract/antonym_pairs.py``); None when the subject holds the
    other pole (the well-placed tube is not the one asked for)."""
    if _NORMAL.search(subject) is not None and _NORMAL.search(question) is None:
        return None  # "the chamber that is normal" to "Which chamber is enlarged?"
    said: set[str] = set()
    for pair, pole in _asked_poles(question):
        if pair.poles[1 - pole].search(subject) is not None:
            return None
        if (own := pair.poles[pole].search(subject)) is not None:
            said.update(_WORD.findall(own.group().lower()))
    return frozenset(said)


@lru_cache(maxsize=256)
def _asked_poles(question: str) -> tuple[tuple[Pair, int], ...]:
    """Each antonym pair (in ``PAIRS``' order) one pole of which alone ``question`` holds, with that pole's index:
    read once per question, not again for each subject restated in each reply to it (issue #7)."""
    found = []
    for pair in PAIRS:
        asked = [i for i, rx in enumerate(pair.poles) if rx.search(question) is not None]
        if len(asked) == 1:
            found.append((pair, asked[0]))
    return tuple(found)


def _option_nouns(idx: OptionIndex) -> frozenset[str]:
    """The last word of each option's text that two or more options share ("tube" of "Endotracheal tube" and
    "Nasogastric tube"): the kind of thing asked about, which a restated subject may name ("the tube that is …")."""
    last = [ws[-1] for ws in (_WORD.findall(t.lower()) for t in idx.texts.values()) if ws]
    return frozenset(w for w in last if last.count(w) > 1)


__all__ = ["RULE", "read_restated", "read_restated_statement", "subject_turned"]
