"""Revision cues: the one list of the words with which a writer takes back what it just said, in sub-lists.

Models correct themselves in the middle of an answer ("The answer is B. Wait,
actually, it is C.", "Yes. On second thought, no."), and reading the answer
they withdrew is a wrong parse, the worst failure. Several readers look for
such a cue, each with its own reach: a sentence opening with one withdraws an
earlier decision (``extract/revision.py``), a clause opening with one revises
a leading yes/no (``extract/closed.py``), one right before a clause makes its
decision final (``extract/decision.py``), one between two answer phrases
revises the first (``extract/lines.py``), one left of a mention cuts its
clause (``extract/clauses.py``). The words live here, once, so a cue added for
one reader is added for every reader of the same sub-list.

Entries are lower-case phrases, words separated by one space; build patterns
with :func:`medstep.answers.hedges.words` / ``alternation`` (any run of spaces
between the words).
"""

from __future__ import annotations

# Short cues that open a self-correction: "Wait, it is C.", "Actually, no.", "Correction: B.", "Scratch that: D."
CUES = ("wait", "actually", "correction", "scratch that")
# A second look: "On second thought, C.", "On closer inspection, no.", "Looking again, the angle is sharp."
SECOND_LOOK = ("on second thought", "on second look", "on reflection", "on closer look", "on closer inspection",
               "on re-review", "on rereview", "looking again", "on further inspection", "on further review",
               "let me reconsider")
# The writer withdraws its own words: "I take that back: C."
TAKE_BACK = ("i take that back", "i take it back")
# ... or disowns them: "I was wrong, it is C.", "Just kidding, B." (``extract/revision.py`` looks for these only near
# the end of an output, where a correction of its answer sits).
DISOWN = ("i disagree", "i would disagree", "i was wrong", "i retract", "let me correct", "let me revise",
          "just kidding", "i misread", "my mistake", "i made an error")
# A word just said, restated: "No, I mean yes.", "B, no wait, C." They revise the word before them, not a sentence,
# so the sentence-level reader (``extract/revision.py``) does not take them.
# A reading called wrong in so many words: "Actually, I misread the apex."
MISREAD = ("wrong", "mistake", "mistaken", "mistakes", "misread", "retract")
RESTATE = ("i mean", "no wait")
# The writer says "no" to what it just wrote: "Lipoma. Hmm, no — liposarcoma.", "Pneumonia. Nope, atelectasis." A bare
# "no" opening a sentence is usually a denial of a finding ("No effusion."), so readers take it as a self-denial only
# after a hesitation word or before a dash, a restatement or a new label (``extract/open_revision.py``).
HESITATION = ("hmm", "hmmm", "um", "uh", "oh", "ah")
SELF_DENIAL = ("no", "nope", "nah")
# Single words of a rethink, read as tokens between two answer phrases ("Answer: B ... I reconsider ... Answer: C").
RETHINK = ("reconsider", "reconsidering", "reflection", "second", "mistake", "change", "changing", "revise", "revised",
           "revisit", "rethink", "recheck", "re-evaluate", "reevaluate", "disagree", "retract", "corrected", "correcting",
           "updated", "amended")
# The cues as the clause splitter finds them left of a mention (a plain substring search): with the punctuation they
# are written with ("wait,", " actually,", "correction:"), so that a cue inside a clause ("it is actually B", "the
# correction of the fracture") cuts nothing.
CLAUSE_CUTS = (" no wait", "wait,", " actually,", "on second thought", "scratch that", "correction:")
# An earlier view the writer states before it revises it (issue #7): "I initially thought A, but on reflection it is
# B.", "My first impression was A; on closer inspection ...", "At first glance it looks like A, but ...", "I was going to
# say A, but actually ...". ``extract/earlier_view.py`` sets such a view aside when a turn follows it; the adverbs
# also distance an answer phrase in their sentence (``extract/lines.py``) and hold an open answer open
# (``extract/open_phrase.py``).
EARLIER = ("initially", "originally", "at first", "at first glance", "at first sight")
# What the writer had first, after "my first / initial / original": "my first impression", "my initial thought".
FIRST_VIEWS = ("impression", "impressions", "thought", "thoughts", "instinct", "instincts", "inclination", "reaction",
               "reading", "read", "guess", "answer", "choice", "pick", "take", "suspicion", "interpretation")
# The verbs of holding a view, after "I initially / first / originally": "I initially thought", "I first read it as".
VIEW_VERBS = ("thought", "think", "thinking", "considered", "considering", "suspected", "read", "leaned", "leaning",
              "favoured", "favored", "picked", "chose", "said", "believed", "felt", "went", "guessed", "assumed",
              "took", "called", "interpreted", "misread", "answered", "inclined", "tempted", "wanted", "selected",
              "opted", "settled")
# A view the writer was about to give: "I was going to say A, but ...", "I was leaning towards A, but ...".
ABOUT_TO = ("i was going to say", "i was about to say", "i was going to choose", "i was going to pick",
            "i was going to go with", "i was going to answer", "i was leaning towards", "i was leaning toward",
            "i was inclined to", "i was tempted to")
# A view HELD before, in the past tense after its noun or before it ("My first impression was A", "Tuberculosis — that
# was my initial impression"), against one the writer still holds ("My initial impression is A", "My first pick is B",
# "My initial answer stands: B"): only a view held before, or one an explicit cue revises, is set aside
# (``extract/earlier_view.py``); a present one a bare "but" / "however" follows is the answer with a caveat.
HELD = ("was", "were", "had")
# Verbs of a view still held, in the present: "My initial impression is A", "I initially think A".
STILL_HELD = ("is", "are", "stands", "remains", "think", "thinking", "considering", "leaning")
# Words with which the writer keeps its view after a turn or beside it: "it remains my answer", "this is confirmed",
# "the absent markings confirm it", "I'm confident in it", "it's still B" (``extract/earlier_view.py``: never a
# revision).
KEEPS = ("remains", "remain", "stands", "holds", "still")
CONFIDENT = ("confident", "certain", "sure")
# The Chinese cues: 等等 ("wait"), 不对 ("no, wrong"), 更正 ("correction"), 再看一下 / 重新看 ("looking again").
ZH = ("等等", "等一下", "不对", "更正", "再看一下", "重新看")
# The cues as a regex alternation: 不对 "wrong" is no cue inside 不对称 "asymmetric", 不对等 "unequal", 不对应 "not matching"
# ("两肺不对称" states the asked property, it revises nothing).
ZH_ALTERNATION = "|".join("不对(?![称等应])" if cue == "不对" else cue for cue in ZH)


def single_words(*groups: tuple[str, ...]) -> frozenset[str]:
    """The one-word entries of ``groups``: what a reader of single tokens can compare."""
    return frozenset(w for group in groups for w in group if " " not in w)


__all__ = ["ABOUT_TO", "CLAUSE_CUTS", "CONFIDENT", "CUES", "HELD", "KEEPS", "STILL_HELD", "DISOWN", "EARLIER", "MISREAD", "FIRST_VIEWS", "VIEW_VERBS", "HESITATION", "RESTATE", "SELF_DENIAL", "RETHINK", "SECOND_LOOK", "TAKE_BACK", "ZH", "ZH_ALTERNATION", "single_words"]
