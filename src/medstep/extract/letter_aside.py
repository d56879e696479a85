"""A bracketed aside after an option letter: "Answer: C (adhesions crossed my mind, but ...)".

The words in a bracket opened right after a letter ("A (", "**C** (") belong to
the bracket's own clause. When that clause runs on past another option's text
("(a thymoma and a teratoma are less likely here)"), the text is the subject
of a remark on the answer, not the letter's label ("C (Adhesions)") and not
the object of the cue before the letter ("So the answer is A"): that cue has
already been spent on the letter. A bracket that holds only the text, closed
right after it, is still a label, and an aside's own cues ("(on reflection,
thymoma fits better)") still count.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation, revisions
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# An option letter right before a bracket: "A (", "**C** (", "(B) (". Anchored at the end of the left context.
_LETTER_OPENS = lazy_compile(r"(?:^|[^A-Za-z])[(\[]?[A-Z][)\]]?[*_]{0,2}[ \t]*\([ \t]*$")
# Words keeping the other option open beside the letter ("(metastasis remains a strong possibility)", "(an abscess
# should also be considered)", "(teratoma is hard to exclude)"): such an aside is read as before, its text beside the
# letter. A revision in the bracket ("A (final: teratoma)", "A (typo: should be B)") likewise leaves main's reading.
# The one list for both a letter's bracket and a heading line's clause after a semicolon (``lines``).
KEPT_OPEN = lazy_compile(
    r"(?i)\b(?:"
    + hedges.alternation(
        hedges.POSSIBILITY,
        hedges.OPEN_CANDIDATE,
        hedges.RESERVED,
        hedges.NOT_EXCLUDED,
        hedges.NOT_EXCLUDING,
        tuple(word for word in hedges.WEIGHING if word != "between"),  # ("torn between" stays: not "the joint between")
        hedges.KEPT_BESIDE,
        hedges.CANDIDATES,
        ("also", "equally", "consider", "considered", "second", "too"),
        ("hard to exclude", "difficult to exclude", "hard to rule out", "difficult to rule out"),
        revisions.CUES,
        revisions.SECOND_LOOK,
        revisions.RESTATE,
        revisions.TAKE_BACK,
        revisions.DISOWN,
        ("final", "should be", "typo", "sorry", "meant", "misclicked"),
    )
    + r")\b"
)
# The remark must set the other option aside: denied, weighed down, supposed, or said in general ("(a teratoma
# would usually contain fat)"). An unlisted affirmation ("A (the right kidney is the source)", "A (teratoma rather
# than thymoma)") is no remark: main's reading stands.
_SETS_ASIDE = lazy_compile(
    "(?i)"
    + hedges.words(
        negation.DENY,
        judgements.UNLIKELY,
        judgements.SET_ASIDE,
        judgements.WRONG,
        judgements.MISFIT,
        judgements.POOR_FIT,
        hedges.CONDITION,
        ("usually", "typically", "classically", "rarely", "tends", "tend"),
    )
    + "|"
    + hedges.lowered()
    + "|"
    + negation.CONTRACTION
)
# Or an earlier view of it turned within the bracket ("(adhesions crossed my mind initially, but the stone settles
# it)"): the words of ``revisions.EARLIER`` and, after them, a contrast (as ``earlier_view`` reads a whole reply).
_TURNED = lazy_compile(
    r"(?i)\b(?:"
    + hedges.alternation(revisions.EARLIER)
    + r")\b[^()\n]*?\b(?:but|however|"
    + hedges.alternation(hedges.CONTRAST)
    + r")\b"
)
# A letter under a list label ("Differential: A (...)") is no pick whose cue the bracket could have spent.
_LISTED = lazy_compile("(?i)" + hedges.words(hedges.DIFFERENTIAL, hedges.ALTERNATIVE, hedges.CANDIDATES))
_REACH = 80  # a bracket opened further back than this is not the letter's aside
_LENGTH = 300  # nor one closing further on
# After the closing bracket the sentence ends: a stop, the end of the line or of the output.
_CLOSES = lazy_compile(r"[*_]{0,2}[.!]?[*_]{0,2}[ \t]*(?:$|\n|(?<=[.!])[ \t]+[A-Z(*])")


def opened_after_letter(text: str, start: int) -> int | None:
    """Where the bracket holding ``text[start:]`` opens, when a letter opens it, it is still open at ``start``, it
    closes its sentence (not "Option B (dislocation of the radius) is correct.": a label inside the clause) and its
    words do not hedge ("A (or possibly a metastasis)" keeps another open)."""
    lo = max(0, start - _REACH)
    i = text.rfind("(", lo, start)
    if i < 0 or ")" in text[i:start] or "\n" in text[i:start]:
        return None
    if _LETTER_OPENS.search(text, max(0, i - 12), i + 1) is None:
        return None
    j = text.find(")", start, start + _LENGTH)
    if (
        j < 0
        or "\n" in text[start:j]
        or _CLOSES.match(text, j + 1) is None
        or is_hedge(text[i + 1 : j])
        or KEPT_OPEN.search(text, i + 1, j) is not None
        or (_SETS_ASIDE.search(text, start, j) is None and _TURNED.search(text, start, j) is None)
        or _LISTED.search(text, max(0, i - _REACH), i) is not None
    ):
        return None
    return i


def aside_left(text: str, start: int, left: str) -> str:
    """``left`` (a mention's clause to its left) cut to the aside's own words when the mention sits in a letter's
    bracketed aside; else ``left`` unchanged."""
    opened = opened_after_letter(text, start)
    if opened is None:
        return left
    return text[opened + 1 : start] if start - opened - 1 < len(left) else left
