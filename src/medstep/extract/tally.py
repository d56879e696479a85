"""A per-option tally: every option judged once, in order, and exactly one left standing.

Models answer by walking the options and marking each, with no conclusion
line: a table ("| B | ✓ meniscus at the right base |"), marks on one line
("A ❌ B ✅ C ❌ D ❌"), checkboxes ("- [x] A. ...  - [ ] B. ..."), or a
short word beside the marks ("| A | ✗ no air bronchograms |"). The line
readers of :mod:`medstep.extract.lines` read such lists one option per line;
this reader reads them in any layout, by cutting the output at its option
mentions:

* every option is named exactly once (a conclusion naming one again, or an
  option left out, is not a tally), each mention followed by its verdict
  (or, for checkboxes, preceded by its mark);
* a verdict is *positive* (a tick, "[x]", "correct", "present", "fits",
  "consistent"), *negative* (a cross, "[ ]", a negation, "unlikely", "less
  likely", "ruled out") or a plain description; a hedge ("would", "could")
  or both kinds at once is undecided and stops the reading;
* the answer is the one option not judged negative, when every other one is
  and it is positive or plainly described (elimination); two left standing,
  or none, is no answer;
* a table whose rows each end in a verdict column holding one word ("| A |
  dorsal | **match** |", "| B | volar | no |"), or a short reply judging each
  option by one word ("A: no. B: no. C: no. D: yes."), or one option per line whose first word after its heading
  is one of presence or absence ("Pleural effusion: present (right, moderate)", "B) Meniscal tear — absent."), is
  read like marks;
* otherwise at least one option carries a mark: options judged in words only ("A)
  Yes: ... consistent with this option. B) No: ... unlikely.") are the
  discussion before a conclusion, and without it they are not read (the
  development corpora label such bodies undecided; the line readers read
  the explicit "correct" / "incorrect" lists).

Runs only after every other reader found nothing, never for a question
asking which option does NOT hold. Rule ``option_verdicts``, the name the
line readers give per-option verdicts.
"""

from __future__ import annotations

from medstep.extract.lines import BOX_EMPTY, BOX_TICKED, CROSSES, TICKS
from medstep.extract.mentions import CONFLICT, INVALID, Mention, OptionIndex, find_mentions
from medstep.answers import YES, hedges, judgements, negation
from medstep.lazyre import lazy_compile

RULE = "option_verdicts"

# The verdict is read in the first words after the mention: "— no, the vascular ...", ": not present.".
VERDICT_CHARS = 48
_NEGATIVE = lazy_compile(
    "(?i)" + hedges.words(negation.PLAIN, negation.NONE, negation.ABSENT, negation.EXCLUDED, negation.CANNOT,
                          judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY, judgements.LEAST,
                          judgements.MISFIT, ("doesn't", "does not", "isn't"))
)
_POSITIVE = lazy_compile("(?i)" + hedges.words((YES,), judgements.RIGHT, judgements.MATCH, judgements.LIKELY,
                                             ("present", "supported", "confirmed", "best")))
# A verdict left open: possible, supposed or either way (``answers/hedges.py``), or asked.
_UNDECIDED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, ("either",)) + r"|\?")
_CLAUSE_END = lazy_compile(r"[.;,\n|]|\s[-–—]\s")


def _marks(segment: str) -> tuple[bool, bool]:
    """Whether ``segment`` holds a tick ("✓", "[x]") and whether it holds a cross ("✗", "[ ]")."""
    return (any(c in TICKS for c in segment) or BOX_TICKED.search(segment) is not None,
            any(c in CROSSES for c in segment) or BOX_EMPTY.search(segment) is not None)


def _marked(segment: str) -> bool:
    return any(_marks(segment))


def _verdict(segment: str) -> int | None:
    """+1 positive, -1 negative, 0 plainly described, None undecided (see module docstring)."""
    ticked, crossed = _marks(segment)
    if ticked or crossed:  # "B: ✓?": a mark questioned is undecided
        return None if ticked and crossed or "?" in segment or "？" in segment else (1 if ticked else -1)
    head = segment.lstrip(" \t*_:：-–—)]|")[:VERDICT_CHARS]
    cut = _CLAUSE_END.search(head)
    clause = head[:cut.start()] if cut is not None and cut.start() > 0 else head
    if _UNDECIDED.search(clause) is not None:
        return None
    if _NEGATIVE.search(clause) is not None:
        return -1
    return 1 if _POSITIVE.search(clause) is not None else 0


# What may stand between one option's verdict and the next option's name: list and table furniture, a mark.
_HEADING_GAP = lazy_compile(r"[\s*_#>•|\-–—\d]*(?:\[[\sxX✓✔]\][\s*_]*)?[" + "".join(sorted(TICKS | CROSSES))
                            + r"]?[\s*_]*\Z")


# The next item's lead word ("Option A: False\nOption B: True"), not part of the verdict before it.
_ITEM_LEAD = lazy_compile(r"(?i)\b(?:option|choice)\s*\Z")


def _heads(text: str, start: int) -> bool:
    """The mention at ``start`` opens its item: at a line start, after a sentence end, a table cell or a mark
    ("There is no pneumothorax (A)" names A inside a sentence: its verdict came before it)."""
    before = text[max(0, start - 40):start]
    lead_word = _ITEM_LEAD.search(before)  # "Option C: True" heads its item as "C: True" does
    before = before[:lead_word.start()] if lead_word is not None else before
    gap = _HEADING_GAP.search(before)
    lead = before[:gap.start()] if gap is not None else before
    if not lead.strip() or lead.rstrip()[-1] in ".!?;:|":
        return True
    return gap is not None and ("\n" in gap.group() or "|" in gap.group() or _marked(gap.group()))


# A table's verdict column: the row's last cell is one verdict word and nothing else ("| A | dorsal | **match** |").
# ("right" is no verdict there: it names a side; "least likely" is the answer of a question asking for it)
_CELL_POSITIVE = frozenset((YES,) + judgements.RIGHT + judgements.MATCH + judgements.LIKELY + judgements.ANSWER) - {"right"}
_CELL_NEGATIVE = frozenset(negation.PLAIN + judgements.WRONG + judgements.SET_ASIDE + judgements.UNLIKELY
                           + judgements.MISFIT)


def _table_verdicts(text: str, found: list[Mention]) -> list[int] | None:
    """Each option's verdict from its table row's last cell when every option heads a row whose last cell is one
    verdict word (a verdict column plays the part of marks), else None."""
    out = []
    for m in found:
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        row = text[start:end if end >= 0 else len(text)].strip()
        if not row.startswith("|") or text[start:m.start].strip(" \t|*_") or row.count("|") < 3:
            return None
        cell = row.rstrip("|").rsplit("|", 1)[-1].strip(" *_.").lower()
        if cell in _CELL_POSITIVE:
            out.append(1)
        elif cell in _CELL_NEGATIVE:
            out.append(-1)
        else:
            return None
    return out


# A short reply judging every option by one word: "A: no. B: no. C: no. D: yes.", "(A) no (B) yes (C) no (D) no".
COMPACT_MAX = 160
# "A? No. B? No. C? Yes.": an option asked, then judged, is judged like "A: no".
_SEPARATORS = " \t\n:：-–—.;,)(|*_?"
# One-word verdicts read only in a compact reply: "right" judges an option there ("A – wrong. C – right.").
_WORD_POSITIVE = _CELL_POSITIVE | set(judgements.RIGHT)
_WORD_NEGATIVE = _CELL_NEGATIVE


def _word_verdicts(text: str, found: list[Mention], sides: bool) -> list[int] | None:
    """Each option's verdict when every option is followed by one verdict word and nothing else, else None.
    ``sides``: an option names a side, so "right" may be that option's text, not a verdict."""
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        gap = text[m.end:end]
        lead = _ITEM_LEAD.search(gap) if i + 1 < len(found) else None
        item = gap[:lead.start()] if lead is not None else gap
        if item.rstrip(" \t\n.;,)(|*_").endswith("?"):
            return None  # "Option C: True?": the verdict asked, not given
        word = item.strip(_SEPARATORS).lower()
        if word in _WORD_POSITIVE and (word != "right" or not sides):
            out.append(1)
        elif word in _WORD_NEGATIVE:
            out.append(-1)
        else:
            return None
    return out


# One option per line, its verdict the first word after the heading ("Pleural effusion: present (right, moderate)",
# "B) Medial meniscus tear — absent.", "- ACL tear: yes, the fibres are disrupted."): a word as explicit as a mark.
_LINE_VERDICT = lazy_compile(
    r"(?i)\A[ \t*_)\]]*[:：\-–—][ \t*_]*(?:(?P<yes>yes|positive|confirmed|" + hedges.alternation(negation.SEEN) + r")|"
    r"(?P<no>no|absent|none|negative|excluded|ruled\s+out|not\s+(?:" + hedges.alternation(negation.SEEN) + r")))"
    r"[ \t*_]*(?:[.,;:(\-–—]|$)")
_LINE_HEAD = lazy_compile(r"[ \t>*_#•+\-\d.)]*\Z")


def _line_verdicts(text: str, found: list[Mention]) -> list[int] | None:
    """Each option's verdict when every option heads a line of its own and the line's first word after the
    heading is a verdict of presence or absence (``_LINE_VERDICT``), with no hedge or question in the line; else
    None."""
    out = []
    for m in found:
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        rest = text[m.end:end if end >= 0 else len(text)]
        if _LINE_HEAD.match(text[start:m.start]) is None or _UNDECIDED.search(rest) is not None:
            return None
        said = _LINE_VERDICT.match(rest)
        if said is None:
            return None
        out.append(1 if said.group("yes") else -1)
    return out


# After an asked option's yes or no: a doubt or a turn takes the verdict back ("C? Yes, but actually no.").
_TAKEN_BACK = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN) + r"|\bactually\b")
# "A? No — no pleural line.": the option asked and answered, a verdict as explicit as a mark.
_ASKED = lazy_compile(r"(?i)[ \t*_]*\?[ \t*_]*(yes|no)\b")


def _asked_verdicts(text: str, found: list[Mention]) -> list[int] | None:
    """Each option's verdict when every option is asked and answered yes or no ("A? No — …"), else None.
    Not when the answer is asked again or taken back before the next option ("C? Yes? Hmm, maybe not.")."""
    out = []
    for i, m in enumerate(found):
        asked = _ASKED.match(text, m.end)
        if asked is None:
            return None
        rest = text[asked.end():found[i + 1].start if i + 1 < len(found) else len(text)]
        if rest.lstrip(" \t*_").startswith("?") or _TAKEN_BACK.search(rest) is not None:
            return None
        out.append(1 if asked.group(1).lower() == "yes" else -1)
    return out


def _cells_joined(text: str, found: list[Mention]) -> list[Mention]:
    """A letter and its own text in adjacent cells of one table row ("| B | Molluscum contagiosum | ✅ |") are one
    mention of the option, as "B) Molluscum contagiosum" is."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.letter == m.letter and prev.by_text != m.by_text \
                and "|" in text[prev.end:m.start] and not text[prev.end:m.start].strip(" \t|*_"):
            out[-1] = Mention(prev.start, m.end, m.letter, False, max(prev.strength, m.strength))
        else:
            out.append(m)
    return out


def read_tally(text: str, idx: OptionIndex) -> str | None:
    """The one option a per-option tally leaves standing (see module docstring), else None."""
    short = len(text) <= COMPACT_MAX
    if not short:
        last = text.rstrip()
        cut = last.rfind("\n")
        last = last[cut + 1:]
        if cut > 0 and len(last) <= COMPACT_MAX and ":" in last and not find_mentions(text, idx, 0, cut):
            # "... the costophrenic angles are sharp.\n\nA: no. B: no. C: yes. D: no.": a description, then the
            # short tally line that answers (the description names no option)
            return read_tally(last, idx)
    if (not short and "[" not in text and "|" not in text and "?" not in text and "\n" not in text.strip()
            and TICKS.isdisjoint(text) and CROSSES.isdisjoint(text)):
        return None  # no mark at all: most outputs leave here, before their options are searched
    found = _cells_joined(text, find_mentions(text, idx))
    letters = [m.letter for m in found]
    if CONFLICT in letters or INVALID in letters or len(set(letters)) != len(letters):
        return None
    if len(found) != len(idx.letters):
        # "T1? No. T2? No. FLAIR? Yes.": options asked and answered one by one; one yes among noes is the answer
        # even when an option is left out (every option named must be asked, and only one answered yes)
        asked = _asked_verdicts(text, found) if len(found) >= 2 and "?" in text else None
        return found[asked.index(1)].letter if asked is not None and asked.count(1) == 1 \
            and asked.count(-1) == len(found) - 1 and all(_heads(text, m.start) for m in found) else None
    if not all(_heads(text, m.start) for m in found):
        return None
    column = _table_verdicts(text, found) if "|" in text else None
    if column is None and short:
        column = _word_verdicts(text, found, any("right" in key.lower() for key in idx.keys.values()))
    if column is None:
        column = _asked_verdicts(text, found)
    if column is None and "\n" in text.strip():
        column = _line_verdicts(text, found)
    if column is not None:
        standing = [m.letter for m, v in zip(found, column) if v > 0]
        return standing[0] if len(standing) == 1 and column.count(-1) == len(found) - 1 else None
    # Checkboxes or marks before each option ("- [x] A. ..."): each mention's verdict precedes it.
    lead = _marked(text[text.rfind("\n", 0, found[0].start) + 1:found[0].start])
    bounds = [0] + [m.end for m in found] if lead else [m.end for m in found] + [len(text)]
    verdicts = []
    for i, m in enumerate(found):
        segment = text[bounds[i]:m.start] if lead else text[m.end:bounds[i + 1]]
        if lead:
            segment = segment[-12:]  # the mark right before the option, not the previous option's text
        v = _verdict(segment)
        if v is None:
            return None
        verdicts.append(v)
    if not lead and not any(_marked(text[m.end:m.end + VERDICT_CHARS]) for m in found):
        return None  # options judged in words only: a discussion whose conclusion is missing (module docstring)
    standing = [m.letter for m, v in zip(found, verdicts) if v >= 0]
    if len(standing) != 1 or verdicts.count(-1) != len(found) - 1:
        return None
    return standing[0]


__all__ = ["RULE", "read_tally"]
