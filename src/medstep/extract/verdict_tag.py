"""A verdict said of an option in the words right beside its name: a dismissing adverb before it, a short negative tag
after it (issue #7, lane doubt53).

Why: ``extract/named_stance.py`` reads a judgement predicated of a name ("X is very unlikely", "X — doubtful"). A
reply judges an option as often by the grammar of a short tag as by a judgement word: "Pneumothorax — I doubt it.",
"Pneumothorax, not likely.", "Pneumothorax? Hardly.", "Pneumothorax — doesn't fit.", "Hardly pneumothorax.".
What decides is structural, not a phrase family: right after the name (past a dash, colon, comma, question mark or
full stop, "Pneumothorax. Not likely.", or a linking verb) a negation, a near-none adverb or a first-person verb of disbelief opens a tag that closes its
clause naming nothing else (only judgement, seeing and function words follow it, or a reason: "... given the
preserved lung markings"); or a near-none adverb stands right before the name ("Hardly pneumothorax", "Scarcely a
pneumothorax"). The words are the owning modules' (``answers/negation.py``, ``answers/hedges.py``,
``answers/judgements.py``).

Near misses kept affirmed: a tag that names something ("Pneumothorax, not pleural effusion.", "Pneumothorax — no
mediastinal shift.", "Pneumothorax, not tension."), a certainty said with a denial's words ("— no doubt", "— not
subtle", ``hedges.SURE``), a double negation ("— not unlikely", "— not excluded", "— can't rule it out"), a tag
question ("It's pneumothorax, no?" is a question closing on "?" with nothing after the negation but the mark).
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.answers.asking import QUESTION_AUXILIARIES
from medstep.extract.marks import LINKING_VERBS
from medstep.lazyre import lazy_compile

_NEAR_NONE_ONE = tuple(w for w in hedges.NEAR_NONE if w != "if any")  # ("if any" follows what it doubts)
# What may open the tag: a separator, or a linking verb or auxiliary the negation leans on ("X is not likely",
# "X does not fit", "X would hardly fit").
_OPEN = (r"[\s*_\"'”)\]]*(?:(?:[—–:,?.]|\s-)[\s*_]*)?(?:(?:" + hedges.alternation(
    (w for w in LINKING_VERBS if w != "remains"), (w for w in QUESTION_AUXILIARIES if not w.startswith("ha")),
    ("sound", "sounds")) + r")\s+)?")
_SUBJECT = r"(?:i|we)(?:\s+|(?='))(?:(?:'d|would|do|did|am|'m|can|could|really|must)\s*)?"
_NEGATOR = (r"(?:(?:" + _SUBJECT + r")?(?:" + hedges.alternation(negation.PLAIN, negation.NEVER, _NEAR_NONE_ONE)
            + r"|\w+" + negation.CONTRACTION + r")|" + _SUBJECT + r"(?:" + hedges.alternation(hedges.DISBELIEVING) + r"))")
_TAG = lazy_compile(r"(?i)" + _OPEN + r"(?P<neg>" + _NEGATOR + r")(?!\w)(?P<rest>[^.;!?\n,—–:()]{0,80})")
# What may follow the negation in the tag: judgement, likelihood, seeing and function words only (not a quality the
# finding has whatever the answer: "— not obvious", "— not urgent" describe a subtle or harmless finding).
_REST_WORDS = frozenset(w for group in (hedges.TAG_FILLERS, hedges.LIKELY_WORDS, hedges.CERTAIN, judgements.RIGHT,
                                        judgements.MATCH, judgements.RANK_VERBS, judgements.RANK_NOUNS,
                                        judgements.RANK_QUALITIES, negation.SEEN, negation.SEEN_RARE,
                                        judgements.ANSWER) for entry in group for w in entry.split()
                        if w not in judgements.FINDING_QUALITIES or w in negation.SEEN)
# ... after a near-none adverb, only what keeps it a verdict: "? Hardly.", "— hardly likely", "is hardly present" (a
# quality it qualifies describes the finding, and a turn after it keeps it: "— barely visible but present").
_DEGREE_REST = frozenset(w for group in (hedges.TAG_FILLERS, hedges.LIKELY_WORDS, negation.SEEN, negation.SEEN_RARE)
                         for entry in group for w in entry.split())
_KEEPING_TURN = frozenset(("but", "yet", "though", "although"))
_CERTAINTY = frozenset(hedges.CERTAIN)  # ("— not sure, but most likely": the speaker's doubt, the option kept)
_NEXT_WORD = lazy_compile(r"[ \t]*,[ \t*_]*([\w'’]+)")  # (the word opening the clause after the tag)
_NEAR_NONE_WORD = frozenset(w for w in _NEAR_NONE_ONE if " " not in w)
# A reason after the tag's words: "not likely given ...", "doubtful because ...".
_REASON = frozenset(("given", "because", "as", "since", "considering", "based", "due", "with", "without", "though",
                     "although", "but"))
# A certainty said with a denial's words: no judgement against ("— no doubt", "— not subtle").
_SURE = lazy_compile(r"(?i)(?:" + hedges.alternation(hedges.SURE) + r")\b")
_BEFORE = lazy_compile(r"(?i)(?:^|[^\w'])(?:" + hedges.alternation(_NEAR_NONE_ONE)
                       + r")\s+(?:(?:an?|the|any)\s+)?[\s*_\"'“(]*\Z")
_WORD = lazy_compile(r"[\w'’-]+")


def tagged_against(text: str, end: int) -> bool:
    """Whether a short negative tag right after a name ending at ``end`` judges it against (module docstring)."""
    m = _TAG.match(text, end, min(len(text), end + 160))
    if m is None or _SURE.match(text, m.start("neg")) is not None:
        return False
    if text[m.end():m.end() + 1] == "?":
        return False  # a tag question: "It's pneumothorax, isn't it?", "Pneumothorax, no?"
    allowed = _DEGREE_REST if m.group("neg").lower().split()[-1] in _NEAR_NONE_WORD else _REST_WORDS
    shouted = text[m.start("neg"):m.end()].isupper()  # ("DISH — NOT LIKELY.": capitals throughout name nothing)
    previous, kept = "", allowed is _DEGREE_REST  # (a degree, or the speaker's certainty, a turn after it keeps)
    for w in _WORD.findall(m.group("rest")):
        low = w.lower().replace("’", "'")
        if previous == "at" and low in judgements.RANK_NOUNS:
            return False  # a time, not a rank: "— not at first (, but on a second look it is there)"
        if w.isupper() and w != "I" and not shouted:
            return False  # a letter or an initialism names something: "— not A", "DISH, not AS" ("as" is a reason)
        if low in _KEEPING_TURN and kept:
            return False  # "— barely visible but present", "— not sure but likely": a degree, then the option kept
        if low in _REASON and previous:
            break  # (not right after the negation, a comparison: "— not as obvious as it looks")
        if low not in allowed:
            return False  # the tag names something: "not pleural effusion", "no mediastinal shift", "not unlikely"
        previous, kept = low, kept or low in _CERTAINTY
    turn = _NEXT_WORD.match(text, m.end())
    return not (kept and turn is not None and turn.group(1).lower() in _KEEPING_TURN)  # "— hardly visible, yet there"


def dismissed_before(text: str, begin: int, start: int) -> bool:
    """Whether a near-none adverb stands right before a name at ``start`` in its clause: "Hardly pneumothorax."."""
    return _BEFORE.search(text, max(begin, start - 40), start) is not None


__all__ = ["dismissed_before", "tagged_against"]
