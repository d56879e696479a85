"""What an answer option would show, said of it, is no finding of this image (issue #8, lane reject46).

Why: faithful chains reject a distractor by naming what it would show ("D - emphysema gives hyperinflation and flat
diaphragms, not this picture", "Sarcoid (B) can calcify nodes", "- Myeloma: lytic, punched-out lesions - absent").
Read as observations, the option's name and the findings it expects were claims present, and the option evidence or
the report contradicted them: about half the contradicted claims of faithful chains on a held-out set. These are the
word-level readings of that shape; ``option_heads.OptionHeads`` decides which heading or subject names an option and
drops what it expects (its docstring gives the shapes and the near misses that keep their claims):

* ``subject_words``/``expectation_verb``/``subject_label``: a name opening a sentence followed, within a few words,
  by a verb or modal of expectation (``hedges.EXPECTS``, ``hedges.HABIT``), a lead of its letter set aside ("D -",
  "C,", "(B)"), a definite subject refused ("The effusion would ..." is this image's);
* ``expectation_end``: where the expectation ends (its clause, or a turn to this image: "..., but here ...", "... and
  the lungs are hyperinflated"), None when it is said present or points at this image ("... should be present",
  "can look like this");
* ``verdict_end``: a sentence or line whose last piece only turns its subject down in a few words of denial, seeing
  and pointing ("- absent", "- neither present", "none here", "which is not what we see").

Denials are never dropped by these readings: "none here" and "there are no enlarged nodes" still read this image.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.clause_roles import DEFINITE
from medstep.verify.clauses import OPTION_LETTER

__all__ = ["CLAUSE_OPEN", "DENY", "fronted_stop", "NOT_ABSENT", "PRESENT", "class_label", "class_verb", "expectation_end",
           "expectation_verb", "initials", "opens_with_expectation", "setting", "subject_label", "subject_words", "sure_aside",
           "tagged_letter", "verdict_end"]

# What affirms an option in what its heading introduces (``OptionHeads._affirmed``): a word of presence with no
# denial in its comma piece, or a denied denial ("not absent", "not ruled out"); certainty said with a denial's words
# ("no doubt", "without question", "not subtle": ``hedges.SURE``) is set aside before either is read.
PRESENT = lazy_compile(r"\b(?:" + "|".join(negation.SEEN) + r")\b")
_DENIAL = (*negation.DENY, *negation.NEITHER, *negation.NONE, *negation.ABSENT, *negation.EXCLUDED, *negation.LOSS,
           *hedges.UNLIKELY_WORDS)
DENY = lazy_compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _DENIAL) + r")\b")
NOT_ABSENT = lazy_compile(
    r"\bnot\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in (*negation.ABSENT, *negation.EXCLUDED)) + r")\b")
_SURE = lazy_compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in hedges.SURE) + r")\b")

_EXPECTING = frozenset((*hedges.EXPECTS, *(w for w in hedges.HABIT if " " not in w)))
_HABIT_WORDS = frozenset(w for w in hedges.HABIT if " " not in w)
_SUBJECT_WORDS = 8  # words of a name read before its verb of expectation
_TOKEN = lazy_compile(r"[^\W\d_]+(?:['/-][^\W\d_]+)*")
_LETTER_LEAD = lazy_compile(r"(?i)[\s*_>#\-\u2022]*(?:option\s+)?" + OPTION_LETTER + r"(?![\w'])[\s\-\u2013\u2014:,.)]*")
_LETTER_TAG = lazy_compile(r"\(\s*" + OPTION_LETTER + r"\s*\)")
_LABEL_EDGE = " \t,*_()-\u2013\u2014"
_TURN = lazy_compile(r"(?i)\b(?:" + "|".join((*hedges.TURN, *hedges.CONTRAST, "while", "here", "instead")).replace(
    " ", r"\s+") + r")\b|\b(?:and|so)\s+(?=(?:the|this|these|those|there|it|its|they|both|our)\b)")
_POINTING = lazy_compile(  # what points at this image in an expectation ("... the lungs we see")
    r"\b(?:here|this|these|today|now)\b|\b(?:we|i)\s+(?:can\s+)?(?:see|have|find|note)\b")
# A clause of reason or evidence after the option's verb turns to this image ("Heart failure should be favoured since
# cardiomegaly is obvious", "Effusion would be my answer: the angle is blunted"; review of reject46): a colon does,
# unless a verb introducing what is expected stands right before it ("Emphysema would show: flat domes").
_REASON = lazy_compile(r"(?i)\b(?:because|since|given|owing\s+to|in\s+view\s+of)\b|:")
_INTRODUCING = frozenset(("show", "shows", "give", "gives", "include", "includes", "expect", "expects", "produce",
                          "produces", "cause", "causes", "feature", "features", "demonstrate", "demonstrates", "like",
                          "require", "requires", "display", "displays", "see", "find", "typically", "usually"))
_CLAUSE_OPEN = frozenset(",;:(\u2013\u2014-")  # what may stand before a "here" that opens a clause of its own
# a denied word of doubt affirms ("- not unlikely", "not improbable"): no verdict turning the subject down
_NOT_UNLIKELY = lazy_compile(r"\bnot\s+(?:" + "|".join(hedges.UNLIKELY_WORDS) + r")\b")
# a place said in a piece before the one a bare verdict closes marks an observation of its own ("bullae at both
# apices, pneumothorax - absent": the verdict is the pneumothorax's)
_PLACE = lazy_compile(r"\b(?:at|in|on|over|within|both|left|right|bilateral|bilaterally)\b")
_COLLECTIVE = lazy_compile(r"\b(?:" + "|".join((*negation.NEITHER, "both", "all")) + r"|(?:" + "|".join((*negation.NONE, "any"))
                          + r")\s+of)\b")
# A line's pieces, and the words a bare verdict holds beside its denial
_PIECE = lazy_compile(r"[,;\u2013\u2014]|\s-\s|\bwhich\b")
_VERDICT_WORDS = frozenset(
    (*negation.SEEN, *negation.SEEN_RARE, "here", "this", "that", "these", "it", "we", "i", "do", "does", "see",
     "find", "found", "picture", "pattern", "appearance", "case", "either", "is", "are", "fit", "fits", "match",
     "matches", "typical", "our", "the", "a", "what", "any", "them", "they", "one", "ones", "been", "has", "have"))
_VERDICT_MAX = 5
_VERDICT_READ = 400  # characters of a line read for its verdict


# A clause of its own opening inside a sentence, where a generic subject may start ("..., but metastases tend to
# grow", "whereas a corpus luteum cyst (B) should have regressed"): after a turn, a contrast or a reason
# (``hedges.TURN``, ``hedges.CONTRAST``, ``hedges.REASON``; "as" only after a comma: "as large as" compares), past
# the word itself.
CLAUSE_OPEN = lazy_compile(r"(?i)\b(?:" + "|".join(w.replace(" ", r"\s+") for w in (
    *hedges.TURN, *hedges.CONTRAST, *(w for w in hedges.REASON if w != "as"), "while")) + r")\b[ \t,]*|,[ \t]*as[ \t]+")
# What a class subject may not open with: a determiner or pronoun of this case (``DEFINITE`` aside), a quantity of it
# or a denial ("No effusion can be seen" denies, "Some fluid can be seen" counts this image's).
_NOT_CLASS = frozenset(("it", "they", "he", "she", "we", "i", "you", "there", "here", "some", "any", "each", "every",
                        "both", "all", "one", "which", "what", "who", "such", "other", "another", "more", "most",
                        "much", "many", "few", "several", "multiple", "new", "old", "residual", "so", "and", "or",
                        "if", "when", "then", "also", "still", "only", *negation.DENY, *negation.NONE,
                        *negation.NEITHER))
_CLASS_WORDS = 5  # words a class subject may hold


def class_label(label: str) -> bool:
    """Whether ``label`` (a subject before its verb, its option letter set aside) may name a finding or disease as a
    class ("A tumour", "Metastases", "An intact plantaris", "Ogilvie's pseudo-obstruction"): a few words, no definite
    or pointing lead (``subject_label`` refuses those already) and no pronoun, quantity or denial opening it. Whether
    its words name a finding is the vocabulary's to say (``OptionHeads``)."""
    words = _TOKEN.findall(label.lower())
    # a measured subject is this image's ("A 3 cm pneumothorax causes ...": review of expect47)
    # and so is one pointing at it ("On this film, consolidation tends to ...", "Today consolidation can ...")
    return (0 < len(words) <= _CLASS_WORDS and words[0] not in _NOT_CLASS and not any(ch.isdigit() for ch in label)
            and _POINTING.search(label.lower()) is None)


_RELATING = frozenset(("by", "with", "for", "as", "to", "from"))  # "can be caused by / mistaken for / confused with"


def class_verb(words: Sequence[re.Match[str]], verb: int) -> bool:
    """Whether the verb of expectation at ``words[verb]`` says what a class does in general, read after a class
    subject (not an option's name): a modal of habit or tendency ("can", "tends", "typically", "gives", "requires").
    Not a bare "would" or "should be", which put a hypothesis about this image ("An effusion would explain the
    blunting", "A bleed should be excluded"), unless a word of habit follows ("would usually show"), and not
    "expected" ("A small effusion is expected": this image's)."""
    said = words[verb].group().lower()
    after = words[verb + 1].group().lower() if verb + 1 < len(words) else ""
    if said == "expected":
        return False
    if said == "can" and after == "be" and verb + 2 < len(words):  # "can be made out / traced / measured at ...": a
        done = words[verb + 2].group().lower()  # passive of finding it is this image's (review of expect47), not one
        then = words[verb + 3].group().lower() if verb + 3 < len(words) else ""  # of relation ("mistaken for")
        if (done.endswith("ed") or done in ("made", "seen", "shown")) and then not in _RELATING:
            return False
    if said == "would" or said == "should" and after == "be":
        return after in _HABIT_WORDS
    return True


def tagged_letter(text: str, start: int, end: int) -> str | None:
    """The option letter bracketed in a subject from ``start`` to ``end`` ("a haemorrhagic corpus luteum cyst (B)
    should have regressed"), upper-cased; None when it brackets none."""
    m = _LETTER_TAG.search(text, start, end)
    return None if m is None else m.group().strip("() \t").upper()


# A setting naming what is weighed, then an impersonal subject and a verb of expectation: "In heart failure, one
# expects cardiomegaly", "For B to be right we'd need a pleural line", "If this were sarcoid, you would see nodes",
# "With a pneumothorax we would expect absent markings" (``setting``). A verb of seeing or finding needs its modal
# ("In this film we see ..." is an observation, and a definite setting is refused by ``subject_label`` anyway).
_SETTING = lazy_compile(
    r"(?i)[\s*_>#\-\u2022]*(?:in|with|for|if\s+(?:it|this)\s+(?:were|was|is)|were\s+(?:it|this))\s+"
    r"(?P<label>[^,.;:!?\n]{1,60}?)(?:\s+to\s+(?:be\s+(?:right|correct|the\s+answer)|fit|hold|apply))?[ \t]*,?[ \t]+"
    r"(?:one|we|you|i)(?P<modal>'d|\s+would|\s+should|\s+might|\s+could|\s+will)?\s+(?:(?:usually|typically|"
    r"normally|generally|classically)\s+)?(?P<verb>expects?|anticipate|needs?|require|want|see|find|look\s+for)\b")
_SEEING = frozenset(("see", "find", "look"))


def setting(text: str, start: int) -> tuple[int, int, re.Match[str]] | None:
    """A setting from ``start`` that names what is weighed before an impersonal subject expecting something of it
    (``_SETTING``): the label's span and its verb, from which ``expectation_end`` reads what is expected. None when
    there is none, or a verb of seeing has no modal ("In pneumonia we see ..." is refused: it may be this image)."""
    m = _SETTING.match(text, start)
    if m is None or m.group("modal") is None and m.group("verb").split()[0].lower() in _SEEING:
        return None
    verb = _TOKEN.search(text, m.start("verb"))
    return None if verb is None else (m.start("label"), m.end("label"), verb)


def sure_aside(rest: str) -> str:
    """``rest`` with its words of certainty ("no doubt", "not subtle": ``hedges.SURE``) blanked, same length."""
    return _SURE.sub(lambda m: " " * len(m.group()), rest)


def subject_words(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """The first words of ``text`` from ``start`` (to ``limit``), as many as a subject and its verb may hold."""
    return list(_TOKEN.finditer(text, start, limit))[: _SUBJECT_WORDS + 1]


def expectation_verb(words: Sequence[re.Match[str]]) -> int:
    """The index of the first verb or modal of expectation among ``words``; 0 when none follows a first word."""
    return next((k for k, w in enumerate(words) if k and w.group().lower() in _EXPECTING), 0)


def opens_with_expectation(rest: str) -> bool:
    """Whether what a heading introduces opens with a verb or modal of expectation ("C (sarcoidosis): expects ...")."""
    first = _TOKEN.search(rest)
    return first is not None and first.group().lower() in _EXPECTING


def subject_label(text: str, start: int, upto: int) -> tuple[int, str]:
    """Where a subject from ``start`` to ``upto`` starts once a lead of its option letter is set aside, and its words
    (a bracketed letter blanked); an empty label for a definite subject ("The effusion would ...")."""
    lead = _LETTER_LEAD.match(text, start, upto)
    lo = lead.end() if lead is not None and lead.end() > start else start
    label = _LETTER_TAG.sub(" ", text[lo:upto]).strip(_LABEL_EDGE)
    return lo, "" if DEFINITE.match(label.lower()) is not None else label


def expectation_end(text: str, verb: re.Match[str], limit: int) -> int | None:
    """Where what a subject is expected to show, from its ``verb``, ends: its clause's end (``limit``) or a turn to
    this image. None when a piece of it says something present or points at this image with no denial ("... should
    be present", "Lymphoma can look like this", "causes cardiomegaly here", "the lungs we see"; a comma piece denying
    what it points at ends it instead: "requires consolidation, none here"), or a denial or doubt
    is denied ("not ruled out", "not unlikely"). A clause of reason ("because", "since", "given") or a colon not
    right after a verb of showing ends it too: what follows is this image's evidence ("should be favoured since
    cardiomegaly is obvious", "would be my answer: the angle is blunted"; review of reject46)."""
    turn = _TURN.search(text, verb.end(), limit)
    if turn is not None and turn.group().lower() == "here":
        before = text[verb.end() : turn.start()].rstrip()
        if before and before[-1] not in _CLAUSE_OPEN:  # "causes cardiomegaly here": pointing, not a turn
            piece = text.rfind(",", verb.end(), turn.start())
            if piece < 0 or not _bare_denial(text[piece : turn.start()]):
                return None
            turn, limit = None, piece  # "requires consolidation, none here": the verdict is this image's denial
    reason = _REASON.search(text, verb.end(), turn.start() if turn is not None else limit)
    if reason is not None and reason.group() == ":":
        said = _TOKEN.findall(text[verb.start() : reason.start()])
        reason = None if said and said[-1].lower() in _INTRODUCING else reason
    stop = reason.start() if reason is not None else turn.start() if turn is not None else limit
    rest = sure_aside(text[verb.start() : stop]).lower()
    if NOT_ABSENT.search(rest) or _NOT_UNLIKELY.search(rest) or any(
        (PRESENT.search(p) or _POINTING.search(p)) and not DENY.search(p) for p in rest.split(",")
    ):
        return None
    return stop


_LINKING = frozenset(("which", "and", "but", "of", "there"))  # what may open a bare denial ("and there is none")


def _bare_denial(piece: str) -> bool:
    """Whether a comma piece only denies ("none", "none seen", "not present"), certainty set aside: "no question one
    is present", "which is not subtle" affirm (review of expect47)."""
    piece = sure_aside(piece).lower()
    if DENY.search(piece) is None:
        return False
    said = [w for w in (w.strip(".*_,") for w in DENY.sub(" ", piece).split()) if w]
    return len(said) <= _VERDICT_MAX and all(w in _VERDICT_WORDS or w in _LINKING for w in said)


def verdict_end(text: str, start: int, end: int = -1) -> int | None:
    """Where the line from ``start`` (after a heading or a subject's name) ends, when its last piece only turns its
    subject down ("- Myeloma: lytic, punched-out lesions - absent.", "- TAPVR: snowman heart; ... - neither
    present."). None when the last piece says more ("...; there is no cavity" reads this image; "but it would not
    explain a high lead impedance" is a reason of its own), a piece says something present ("...; the nodes are
    present", "- not absent", "- not unlikely"), a piece before the verdict's own names a place (an observation:
    "bullae at both apices, pneumothorax - absent" denies the pneumothorax only, unless the verdict is collective:
    "neither present"; review of reject46), or the line is no verdict. ``end``: read to there instead (a heading's sentence:
    "- Myeloma: lytic lesions - absent; the lesions here are sclerotic.")."""
    eol = text.find("\n", start) if end < 0 else end
    eol = len(text) if eol < 0 else eol
    if eol - start > _VERDICT_READ:
        return None
    line = sure_aside(text[start:eol]).lower()
    cuts = [m.end() for m in _PIECE.finditer(line)]
    if not cuts:
        return None
    last = line[cuts[-1] :]
    said = DENY.sub(" ", last).split()
    if DENY.search(last) is None or len(said) > _VERDICT_MAX or any(w.strip(".*_") not in _VERDICT_WORDS
                                                                    for w in said):
        return None
    if NOT_ABSENT.search(line) or _NOT_UNLIKELY.search(line) or any(
            PRESENT.search(p) and not DENY.search(p) for p in _PIECE.split(line)):
        return None
    pieces = _PIECE.split(line)
    if not _COLLECTIVE.search(last) and any(_PLACE.search(p) for p in pieces[:-2]):
        return None  # "bullae at both apices, pneumothorax - absent": the verdict is the last named finding's
    return eol


def initials(words: Sequence[str]) -> frozenset[str]:
    """The abbreviations of an option's runs of three or four words by their initials ("right middle lobe collapse":
    "rml", "mlc", "rmlc"): a heading abbreviating its option's words names it ("RML collapse:"), as its words do.
    Runs only of words of letters, so a number or a grade is never abbreviated; no run of two, whose initials spell
    too many short words of their own."""
    out = set()
    for i in range(len(words)):
        for n in (3, 4):
            run = words[i : i + n]
            if len(run) == n and all(w.isalpha() for w in run):
                out.add("".join(w[0] for w in run))
    return frozenset(out)


def fronted_stop(text: str, at: int, end: int, stop: int) -> int:
    """Where an expectation head (its words end at ``end``, its reach at ``stop``) stops when its sentence, from
    ``at``, opens with a clause opener: at the first comma after its verb ("Since glioblastoma (C) can enhance, the
    enhancing mass fits C": the main clause after the comma is this image's; review of expect47); else ``stop``."""
    before = text[:at].rstrip(" \t*_>#-\u2022")
    opener = CLAUSE_OPEN.match(text, at + len(text[at:]) - len(text[at:].lstrip(" \t*_>#-\u2022")))
    if opener is None or before and before[-1] not in ".!?;:\n" or opener.end() > end:
        return stop
    comma = text.find(",", end, stop)
    return stop if comma < 0 else comma
