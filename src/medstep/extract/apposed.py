"""A letter set after its option's own words: "This is bronchial atresia, A.", "concerning for melanoma — C.".

Models name the option in a few of its words and add the letter after a comma or a dash, then often go on with
caveats about other options ("ABPA (B) would be bilateral."). The letter stands for the words before it: the
decision reader reads it as if it stood in their place ("This is A."), so the cue before the words (a copula,
a linking verb, a negation, a hedge) decides, as it would for the letter alone.

Only when the words are the option's own: each content word a form of a word of that option's text (articles
between them allowed), at least one of them, and the letter ends its clause (".", ";", a line end or the text
end). "Heart not enlarged, C." or "the left side — B." (words not of the option) are left as they were.
"""

from __future__ import annotations

from medstep.answers import hedges, revisions
from medstep.answers.wordforms import same_word, text_forms
from medstep.extract.asides import COLON_CLOSE
from medstep.extract.mentions import Mention
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# The comma or dash between the words and the letter: "atresia, A", "melanoma — C", "melanoma – **C**", with a word
# of apposition after it ("a mature cystic teratoma, i.e. E", "..., that is, C", "..., namely B").
APPOSITION = r"(?:i\.?\s?e\.?|that\s+is|namely)"
_SEP = lazy_compile(r"(?i)(?:,|\s[-–—]|[–—])[ \t]*(?:" + APPOSITION + r"[,:]?[ \t]*)?[*_]*\Z")
# One word before the separator (a hyphenated compound is one word: "non-cardiogenic").
_WORD = lazy_compile(r"([^\W\d_][\w'’]*(?:-[\w'’]+)*)[ \t*_\"'”]*\Z")
_ARTICLES = frozenset({"a", "an", "the"})
# Function words end the walk back even when the option's text holds them ("with" of "Atresia with mucocele" is the
# cue's "consistent with"): only content words name the option.
_FUNCTION = frozenset({"with", "of", "in", "on", "at", "by", "for", "from", "to", "and", "or", "as", "is", "are",
                       "be", "not", "no"})
_MAX_WORDS = 6
# What may follow the letter for it to end its clause: a stop, a line end, the text end.
_ENDS = lazy_compile(r"[ \t*_)\]\"'”]*(?:[.;!。\n]|\Z)")


def apposed_start(text: str, m: Mention, option_text: str) -> int | None:
    """Where the option's own words before letter mention ``m`` begin (see module docstring), else None."""
    if m.by_text or (text[m.end - 1:m.end] not in (".", ";") and _ENDS.match(text, m.end) is None):
        return None
    sep = _SEP.search(text, max(0, m.start - 16), m.start)
    if sep is None:
        return None
    own = text_forms(option_text)
    start, pos, content = None, sep.start(), 0
    for _ in range(_MAX_WORDS):
        w = _WORD.search(text, max(0, pos - 40), pos)
        if w is None:
            break
        word = w.group(1).lower()
        if word in _ARTICLES:
            if not content:
                break
            start = pos = w.start()
            continue
        forms = text_forms(word)
        if word in _FUNCTION or not forms or not all(any(same_word(f, o) for o in own) for f in forms):
            break
        content += 1
        start = pos = w.start()
    return start if content else None


# A sentence opening before the labelled option: the text start, a stop or a line end, only markup between (not a
# label's colon: "Answer: D, hemivertebra" is the phrase's to read).
_SENTENCE_OPEN = lazy_compile(r"(?:\A|[.!?\n])[ \t*_\"'“]*\Z")
# The option's words, a comma and its letter, nothing else: "Hemivertebra, D".
# ("Lobar pneumonia — option C", "haemangioma, option B": a dash, or the word "option", may join them too)
_LABELLED = lazy_compile(r"(?i)^[*_\"'“]*(?P<words>[^\W\d_][\w'’ -]*?)[*_\"'”]*(?P<join>,|[ \t]*[—–])[ \t]*(?P<word>(?:option|choice)[ \t]+)?"
                         r"[*_(\[]*(?P<letter>[A-Z])[*_)\]]*\.?$")


def labelled_sentence(text: str, m: Mention, option_text: str) -> bool:
    """Whether letter mention ``m`` is a sentence of its own naming an option by its words and then its own letter
    ("Hemivertebra, D."): the writer labelled its pick, a decision even without a cue, which a later option named
    in passing ("It causes a scoliosis.") does not outweigh."""
    if m.by_text:
        return False
    said = _LABELLED.match(text[m.start:m.end])
    if said is None or said.group("letter") != m.letter or said.group("words").strip().lower() != option_text.lower():
        return _labelled_apart(text, m, option_text)
    if _SENTENCE_OPEN.search(text, max(0, m.start - 12), m.start) is None and not _handed_over(text[max(0, m.start - 160):m.start]):
        return False
    if (said.group("join") != "," or said.group("word")) and not _left_alone(text[m.end:], m.letter):
        return False  # "Haemangioma, option B. FNH, option C. Hard to separate ...": labels weighed, not a pick
    return _ENDS.match(text, m.end) is not None or text[m.end - 1:m.end] in (".", ";", "!")


def _handed_over(before: str) -> bool:
    """``before`` (the text before a label) ends on a description of four words or more that hands over to it by a
    colon, in a sentence of its own ("Peripheral nodular enhancement with fill-in: |haemangioma, option B."; not
    "Differential: ...", not a hedge)."""
    described = before[max(before.rfind(c) for c in ".!?\n") + 1:].rstrip(" \t*_\"'“")
    return described.endswith(":") and COLON_CLOSE.search(described) is not None and not is_hedge(described)


# Before a letter mention of its own: the option's words opening the sentence, then a dash or a comma and "option"
# ("Lobar pneumonia — option C.", "Ischaemic colitis, choice C.").
_LABEL_JOIN = lazy_compile(r"(?i)[*_\"'”]*[ \t]*(?:[—–:]|\s-|,)[ \t]*(?:(?:option|choice)[ \t]+)?[*_(\[]*\Z")


def _labelled_apart(text: str, m: Mention, option_text: str) -> bool:
    """The same label when the letter is a mention apart from the words before it (issue #7: a pick stated first, the
    reasons and the other options after it)."""
    if not option_text or _ENDS.match(text, m.end) is None and text[m.end - 1:m.end] not in (".", ";", "!"):
        return False
    before = text[max(0, m.start - len(option_text) - 160):m.start]
    opens = max(before.rfind(c) for c in ".!?\n") + 1
    if opens == 0 and m.start > len(before):
        return False
    sentence = before[opens:]
    colon = sentence.rfind(":")
    if colon >= 0:
        if not _handed_over(sentence[:colon + 1]):
            return False
        sentence = sentence[colon + 1:]
    sentence = sentence.lstrip(" \t*_\"'“")
    if not sentence.lower().startswith(option_text.lower()):
        return False
    return _LABEL_JOIN.match(sentence[len(option_text):]) is not None and _left_alone(text[m.end:], m.letter)


# Another option's letter labelled after a pick ("— option A", ", option C", "(B)", "— C.").
_OTHER_LABEL = lazy_compile(r"(?i)(?:\b(?:option|choice)[ \t]+|[—–(\[]|\s-|,)[ \t*_]*([A-Z])\b")


def _left_alone(after: str, letter: str) -> bool:
    """Whether nothing after a label takes it back or weighs it (issue #7 review): no other option labelled ("FNH,
    option C."), no revision ("Wait, ... surgery — option A"), no hedge ("Both fit the film.")."""
    if any(found.group(1) != letter for found in _OTHER_LABEL.finditer(after)):
        return False
    return _REVISED.search(after) is None and not is_hedge(after)


# A revision, or both labels kept open ("Both fit the film.", "hard to separate").
_REVISED = lazy_compile(r"(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.RESTATE, ("both", "either"))
                        + r"|\bhard\s+to\s+(?:separate|tell|say|distinguish)\b")


# A second name given after a comma: ", also known as a ", ", otherwise called ", ", a.k.a. "
# (``extract/open_naming.py`` reads the same words in an open answer).
RENAMED_AS = (r",\s*(?:(?:otherwise|also|commonly|more\s+commonly|better|often|classically)\s+(?:known\s+as|called|"
              r"termed|referred\s+to\s+as)|a\.?k\.?a\.?)\s+(?:an?\s+|the\s+)?")
_RENAMED_BEFORE = lazy_compile(r"(?i)" + RENAMED_AS + r"[*_\"'“]*\Z")
# The first name before it: up to ``_NAME_WORDS`` words after an article ("a mature cystic teratoma").
_FIRST_NAME = lazy_compile(r"(?i)\b(?:an?|the)\s+((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\Z")


def renamed_start(text: str, m: Mention) -> int | None:
    """Where the first name begins when text mention ``m`` is its second name ("pathognomonic for a |mature cystic
    teratoma, also known as a |dermoid cyst"): the option is named in the first name's place, so the cue before that
    name decides (the decision reader reads "pathognomonic for a dermoid cyst"); else None."""
    if not m.by_text:
        return None
    sep = _RENAMED_BEFORE.search(text, max(0, m.start - 48), m.start)
    if sep is None:
        return None
    first = _FIRST_NAME.search(text, max(0, sep.start() - 80), sep.start())
    return first.start(1) if first is not None else None


__all__ = ["APPOSITION", "RENAMED_AS", "apposed_start", "labelled_sentence", "renamed_start"]
