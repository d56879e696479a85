"""Commitments read from whole lines: the final-answer phrase, lead-in lines, the option alone on
the first or last line, and per-option verdict lists (see :mod:`medstep.extract.decision`)."""

from __future__ import annotations

import re
from itertools import chain, islice

from medstep.answers import NO, YES, hedges, judgements, negation, revisions
from medstep.extract import langwords, passed_over, verdict_tag
from medstep.extract.letter_aside import KEPT_OPEN
from medstep.extract.commit import WORD, Commitment, Tier, is_final
from medstep.extract.cue_before import FORMAT_WORDS
from medstep.extract.line_conditions import conceded_condition, conditional_in, last_conditional, supposed_later
from medstep.extract.letters import letter_form, option_text, strict_line_letter
from medstep.extract.line_rest import LINE_OWN, leading_own_text, own_text_comment, own_text_lines, rest_keeps
from medstep.extract.mentions import CONFLICT, INVALID, OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.extract.resolve import LETTER_FINAL
from medstep.extract.split import last_phrases, phrases
from medstep.lazyre import lazy_compile

PARAGRAPH = lazy_compile(r"\n[ \t]*\n")


_LEAD_IN_CUE = lazy_compile(
    r"(?i)\b(?:answer|correct|best|most\s+(?:likely|appropriate|consistent|probable|accurate|fitting)|"
    r"final|conclusion|conclude|therefore|thus|so|would\s+be|choose|select|choice|"
    r"option\s+that|diagnosis|finding|in\s+summary|overall|verdict|impression)\b"
    r"|\b(?:is|are)\s*\**\s*[:：]\Z"
)


_LEAD_IN_STOP = lazy_compile(
    r"(?i)\b(?:incorrect|less\s+likely|unlikely|rule\s+out|ruled\s+out|exclude[ds]?|other\s+options|"
    r"distractors?|options\s+are|choices\s+are|why\s+not|differential|wrong|alternatives)\b"
    r"|\A[\s#*_\-•\d.]*(?:let's|let\s+us|step\s*\d|evaluat|analy[sz]|consider|review|look)"
)


# The words of a verdict line ("C) Cardiomegaly: correct", "A: incorrect"); :data:`_POSITIVE_VERDICTS` are those for.
_VERDICTS = hedges.alternation(judgements.RIGHT, judgements.WRONG, judgements.UNLIKELY, judgements.LEAST,
                               judgements.LIKELY, judgements.SET_ASIDE, judgements.MISFIT, judgements.BEST_ANSWER)
_NEGATED_VERDICT = lazy_compile(r"(?im)^[ \t>*\-•\d.]*(?:\*\*)?[ \t]*(?:option\s+)?[\(\[]?[A-Z](?:[\)\].:：]|[ \t]+[\-–—])"
                                r"[^\n]{0,80}?\bnot[ \t]+(?:\*\*)?" + hedges.words(judgements.WRONG))  # a double negative
# "C) Cardiomegaly: correct", "A: incorrect, no pleural line.", "A – wrong": the option's own stop may be the separator
_VERDICT_LINE = lazy_compile(
    r"[ \t>*\-•\d.]*(?:\*\*)?[ \t]*(?:[Oo]ption\s+)?[\(\[]?([A-Z])(?:[\)\].:：][ \t]*[^\n:]{0,80}?(?:\*\*)?"
    r"[ \t]*[:\-–—]|[:：]|[ \t]+[\-–—])[ \t]*(?:\*\*)?[ \t]*(?i:(" + _VERDICTS + r"))\b(?![-\w])"
)


_VERDICT_WORD = lazy_compile(r"[:\-–—][ \t]*(?:\*\*)?[ \t]*(?i:" + _VERDICTS + r")\b(?![-\w])")


_POSITIVE_VERDICTS = frozenset(judgements.RIGHT + judgements.MOST_LIKELY + judgements.BEST_ANSWER)


# Words before a final-answer phrase, in its sentence, that make it something other than the model's
# answer: a format example, an answer it considered and dropped, a condition.
# (the earlier view's one-word adverbs, ``revisions.EARLIER``: "I initially thought the answer was A")
_DISTANCED = FORMAT_WORDS | revisions.single_words(revisions.EARLIER) | {
    "considered", "tempted", "instead", "rather", "whether", "if", "unless", "not", "never"}
_QUOTES = "\"“'`‘"
# Words between two answer phrases that revise the earlier one ("Wait", "on reflection", "therefore").
_REVISING = revisions.single_words(revisions.CUES, revisions.RETHINK) | {"however", "but", "instead", "hmm"}


def _distanced(text: str, start: int) -> bool:
    """A phrase quoted, or in a sentence that distances it ("For example, 'Answer: D'", "I considered answer: B")."""
    before = text[max(0, start - 120):start]
    last = before.rstrip(" *_")[-1:]
    if last and last in _QUOTES:
        return True
    cut = max(before.rfind(c) for c in ".!?\n")
    return not _DISTANCED.isdisjoint(WORD.findall(before[cut + 1:].lower()))


def _stated(text: str, idx: OptionIndex, found: tuple[int, int], lasts: dict[int, int]) -> tuple[str | None, str, int]:
    """Letter (or CONFLICT / INVALID / None), rule and line end of the answer stated after a phrase (``lasts``: each
    line's :func:`last_conditional`, by its end)."""
    cut = text.find("\n", found[1])
    end = cut if cut >= 0 else len(text)
    rest = text[found[1]:end]
    if not rest.strip(" *_:") or is_hedge(rest) or lead_judged_against(rest.lstrip(" *_:："), idx):
        return None, "", end  # ("Answer: A is not correct; B.": the letter after the phrase judged against)
    rule = "final_answer_phrase"
    if end not in lasts:
        lasts[end] = last_conditional(text, end)
    if conditional_in(rest, found[1] < lasts[end]) and len({m.letter for m in find_mentions(text, idx, found[1], end)}) > 1 \
            and not conceded_condition(rest) and not supposed_later(rest):
        return CONFLICT, rule, end
    letter = letter_form(rest, idx, strict=False)
    if letter is None:
        letter, rule = option_text(rest, idx, first_clause=True), "option_text"
    return letter, rule, end


def phrase(text: str, idx: OptionIndex) -> list[Commitment]:
    """The last "Final answer:" / "The answer is" phrase with the answer on the same line.

    Read leniently ("Answer: c", "Final answer: Cardiomegaly, given ..."),
    but never across a line break: "**Determine the Answer:**" is a heading,
    and the option headings under it are discussion, not the answer. Quoted
    and distanced phrases (format examples, an answer considered and
    dropped) are skipped. Two phrases stating different options with no
    revising word between them ("Answer: A ... Answer: C") are a conflict,
    as is one answer made conditional on another ("B if ..., otherwise D").
    """
    chosen = None
    lasts: dict[int, int] = {}
    for found in chain(last_phrases(text), islice(phrases(text), 2, None)):
        if _distanced(text, found[0]):
            continue
        letter, rule, end = _stated(text, idx, found, lasts)
        if letter is None or letter == INVALID:
            if chosen is not None:
                break
            continue
        if chosen is None:
            chosen = (found, letter, rule, end)
            if letter == CONFLICT:
                break
            continue
        if letter != chosen[1] and letter != CONFLICT:
            between = text[found[1]:chosen[0][0]]
            # (the later phrase may revise by its own words: "Answer: A … Correction: B", "… Updated answer: B")
            revising = WORD.findall(text[found[1]:chosen[0][1]].lower())
            if _REVISING.isdisjoint(revising) and not is_final(between):
                chosen = (chosen[0], CONFLICT, chosen[2], chosen[3])
        break
    # Only the phrase before the chosen one is compared: looking further back would scan every
    # "answer" of a long discussion on the hot path for a conflict this rarely shows.
    if chosen is None:
        return []
    found, letter, rule, end = chosen
    # ``pos`` is where the stated answer begins: mentions from there on are the answer or later;
    # a conflict sits at the end of its line, so only a later decision can settle it.
    return [Commitment(end if letter == CONFLICT else found[1], letter, Tier.FINAL, rule)]


_SENTENCE_STOP = lazy_compile(r"(?<=[a-z]{3})(?:[.!]\s+(?=[A-Z])|;[ \t]+)")  # a stop or a semicolon ending a clause
# After a semicolon, a bare phrase of at most three words ending the line is one more item of a list of findings.
_BARE_ITEM = lazy_compile(r"[A-Za-z-]+(?:[ \t]+[A-Za-z-]+){0,2}[ \t]*(?:\.[ \t]*)?")
_HEADINGS = frozenset({"answer", "final answer", "correct answer", "the answer", "conclusion", "diagnosis",
                       "final diagnosis", "impression", "verdict", "selection"})


def lead_ins(text: str, idx: OptionIndex, lo: int, hi: int) -> list[Commitment]:
    """Lines in ``text[lo:hi]`` that announce the decision, followed by the option alone on the next line (or as
    that line's first sentence, or its first clause before a semicolon).

    An announcing line ends in ':' ("...the most likely finding is:") or is a
    heading ("### Answer", "**Final Answer**"). Lines are walked with
    ``str.find``; the cue patterns run only when the next line is short
    enough to be nothing but an option.
    """
    out = []
    start = lo
    while start < hi:
        end = text.find("\n", start, hi + 1)
        if end < 0:
            break
        line = text[start:end].rstrip(" \t*_")
        start = end + 1
        if not line:
            continue
        heading = False
        if not line.endswith((":", "：")):
            heading = line.lstrip(" \t#>*_").lower() in _HEADINGS
            if not heading:
                continue
        following = [ln for ln in text[end + 1:end + 400].split("\n") if ln.strip()][:2]
        if not following:
            continue
        # ("### Diagnosis" / "Superficial spreading melanoma. Breslow thickness should be reported.": its first
        # sentence)
        letter = _line_letter(following[0], idx) or _first_sentence_letter(following[0], idx)
        if letter is None:
            continue
        if len(line) > 160:
            line = line[-160:]  # the announcing words sit right before the colon
        if not heading and (_LEAD_IN_CUE.search(line) is None or _LEAD_IN_STOP.search(line) is not None):
            continue
        if len(following) > 1:
            other = _line_letter(following[1], idx)
            if other is not None and other != letter:
                continue  # "The options are:" followed by a list, not a decision
        tier = Tier.FINAL if is_final(line) else Tier.DECISION
        out.append(Commitment(end + 1, letter, tier, "lead_in_line"))
    return out


def _first_sentence_letter(line: str, idx: OptionIndex) -> str | None:
    """The option a line's first sentence names alone, when the rest keeps it (``line_rest.rest_keeps``)."""
    parts = _SENTENCE_STOP.split(line, 1)
    if len(parts) == 2 and line[len(parts[0])] == ";" and (
        _BARE_ITEM.fullmatch(parts[1]) is not None or KEPT_OPEN.search(parts[1]) is not None
    ):
        return None  # "Pneumonia; effusion.": a list; "Pneumonia; consider atelectasis": kept open as in a bracket
    letter = _line_letter(parts[0], idx) if len(parts) == 2 else None
    return letter if letter is not None and rest_keeps(parts[1], idx, letter) else None


def _nonempty_lines(text: str, from_end: bool, count: int = 2) -> list[str]:
    """The first (or last) ``count`` non-empty lines, found without splitting the whole text."""
    out: list[str] = []
    if from_end:
        end = len(text)
        while end > 0 and len(out) < count:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                out.append(text[start:end])
            end = start - 1
    else:
        start = 0
        while start <= len(text) and len(out) < count:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if text[start:end].strip():
                out.append(text[start:end])
            start = end + 1
    return out


def _line_letter(line: str, idx: OptionIndex) -> str | None:
    # A line much longer than any option cannot be "nothing but an option"; one carrying a
    # check mark or a checkbox is an item of a marked list (see ``verdict_list``, ``extract/tally.py``), not a
    # stated answer.
    if len(line) > idx.longest + 40 or not _MARKS.isdisjoint(line) or "[" in line and (
            BOX_TICKED.search(line) is not None or BOX_EMPTY.search(line) is not None):
        return None
    return strict_line_letter(line, idx)


def _ticked_close(text: str, line: str, idx: OptionIndex) -> str | None:
    """The letter of a closing line that is a tick and one option ("✅ **C**"), when it is the only mark of the
    output: no marked list there, the tick stamps the answer."""
    if _MARKS.isdisjoint(line) or not TICKS.issuperset(ch for ch in line if ch in _MARKS) \
            or sum(ch in _MARKS for ch in text) != sum(ch in _MARKS for ch in line):
        return None
    return _line_letter("".join(ch for ch in line if ch not in _MARKS), idx)


def last_line(text: str, idx: OptionIndex) -> list[Commitment]:
    """The option alone on the last line (``letter_final``), unless it ends a list or follows a lead-in."""
    lines = _nonempty_lines(text, from_end=True, count=1)
    if lines and (said := own_text_comment(lines[0], idx)) is not None:
        return _closing_comment(text, lines[0], said, idx)
    if not lines or (_line_letter(lines[0], idx) or _ticked_close(text, lines[0], idx)) is None:
        return []
    lines = _nonempty_lines(text, from_end=True)
    if len(lines) < 2:
        return []
    last = _line_letter(lines[0], idx) or _ticked_close(text, lines[0], idx)
    prev = lines[1].rstrip(" *_")
    # "C – " closing "A – incorrect / B – incorrect": a list item cut before its verdict, not a stated answer
    opened = lines[0].rstrip(" \t*_").endswith((":", "：", "-", "–", "—"))
    if last is not None and not opened and not prev.endswith((":", "：")) and _line_letter(lines[1], idx) is None:
        return [Commitment(len(text), last, Tier.DECISION, LETTER_FINAL)]
    return []


def _closing_comment(text: str, line: str, said: tuple[str, str], idx: OptionIndex) -> list[Commitment]:
    """The option and its text closing the output with a remark ("D) Testicular torsion — a surgical emergency."), as
    ``letter_final``: not when the remark judges it ("— unlikely", "— no, wait") or another line heads an option (a
    per-option list), nor after a line ending in a colon (a lead-in the lead-in reader reads)."""
    letter, comment = said
    prev = _nonempty_lines(text, from_end=True)[1:]
    if _JUDGED_AGAINST.match(comment) is not None or langwords.rejects_after(comment) or _WITHDRAWN.search(line) \
            or not prev or prev[0].rstrip(" *_").endswith((":", "：")) \
            or {m.group(1) for m in _HEADING_LETTER.finditer(text)} & idx.letters - {letter}:
        return []
    return [Commitment(len(text), letter, Tier.DECISION, LETTER_FINAL)]


# "B. Glioblastoma. …", "**B** — the tube …", "C – text", "D - text" (a hyphen spaced on both sides: "B-cell" is a
# word; "A - B - C" lists letters, "C — I think so" does not), "Option B: …" (a colon or dash after it: "Option C. Honeycombing can coexist." names
# its letter and a second finding): a letter opening the first line, set off by punctuation.
_LEADING_LETTER = lazy_compile(r"^[\s*_>#-]*(?:(?i:option|choice)[ \t]+(?=\(?[A-Z]\)?(?:\*\*)?[ \t]*[:—–-]))?\(?([A-Z])(?:(?:\*\*)?[\.\):](?:\*\*)?|(?:\*\*)?(?:[ \t]*[—–]|[ \t]+-)(?:\*\*)?"
                               r"(?=\s+(?![A-HJ-Z]\b)))\s+\S")
# A first line opening with a letter set against another: "A (not C). …", "C, not B. …", "D rather than B.", "D, not B —
# double density …" (its grounds after a dash)
_LEADING_CONTRAST = lazy_compile(
    r"^[\s*_>#-]*\(?([A-Z])\)?[*_]*\s*+[,(]?\s*+(?i:not|" + hedges.alternation(negation.INSTEAD)
    + r")\s+(?:(?i:option|choice)\s+)?[\(\[]?[A-Z][\)\]]?\)?[*_]*(?:[.;!:]|\s*[—–]|[ \t]+-[ \t]|\s*$)"
)
# A line headed by an option's letter: "B. …", "B) …", "B: …", and "B - …" / "B — …" (a dash spaced as in
# ``_LEADING_LETTER``: "A - rejected.\nB - it fits." is a per-option list like "A. …\nB. …").
_HEADING_LETTER = lazy_compile(r"(?m)^[\s*_>#\d.-]*(?:(?i:option|choice)[ \t]+)?\(?([A-Z])(?:[\.\):]|[ \t]*[—–][ \t]|[ \t]+-[ \t])")
# An option label inside a line ("A: no. B: no. C: yes.", "(A) no (B) yes"): two of them on the first line
# make it a verdict per option, not an answer stated first.
_INLINE_LABEL = lazy_compile(r"(?:^|[\s.;,|*_])\(?([A-Z])(?:[\):]|[ \t]+[–—-])(?=[\s*_]|$)")
# A lead letter judged, not chosen: "A. Not this one.", "A – no", "A: unlikely".
# The answer stated first and withdrawn on the same line: "D) Normal chest — no, …", "C. No wait, …".
_WITHDRAWN = lazy_compile(r"(?i)[—–]\s*no\b\s*[,.!;]|\bno,?\s+wait\b|[.,;—–]\s*wait\b")
# A verdict word alone ("no;", "false."), "not this / it / correct", or "unlikely"; "no pleural line" states a finding.
_JUDGED_AGAINST = lazy_compile(
    r"[\s*_]*(?i:(?:" + hedges.alternation((NO,), negation.NONE, judgements.WRONG, judgements.SET_ASIDE,
                                           judgements.REJECTED, judgements.MISFIT)
    + r")[*_]*(?=\s*(?:[.;,!|)\n]|$))"
    r"|not\s+(?:this|that|it|the\s+answer|correct|right|likely)\b|(?:" + hedges.alternation(judgements.UNLIKELY) + r")\b"
    r")"
)


# A letter opening a region and judged against there ("A is incorrect", "A seems unlikely. B fits.", "A – no").
_LEAD_JUDGED = lazy_compile(r"[\s*_(\[]*([A-Z])[)\]]?[.:]?[*_]*[ \t]*(?:(?:is|seems|appears|looks|was)[ \t]+"
                            r"(?:also[ \t]+|clearly[ \t]+|definitely[ \t]+)?|[-–—:(][ \t]*)?")


def lead_judged_against(text: str, idx: OptionIndex) -> bool:
    """Whether ``text`` opens with a letter it then judges against: a wrapper holding that is no answer of it.
    The letter's own option text is no judgement ("B) No" for the options Yes / No, "D) None")."""
    m = _LEAD_JUDGED.match(text)
    if m is None or (_JUDGED_AGAINST.match(text, m.end()) is None and not langwords.rejects_after(text[m.end():m.end() + 40])):
        return False
    key = idx.keys.get(m.group(1), "").lower()
    return not key or not text[m.end():].lstrip(" *_").lower().startswith(key.split()[0] if key.split() else key)


def _labels_options(head: str, idx: OptionIndex) -> bool:
    """Two option labels on the first line: a verdict per option, not an answer stated first (tried last: the
    scan of a long first line is wasted when nothing opens it). A bracketed letter after a word that names its
    option ("B — effusion. Pneumothorax (A) would show a pleural line") refers back, it labels nothing."""
    # (every inline label holds ")" or ":": a first line without either has none)
    return (")" in head or ":" in head) and len({m.group(1) for m in _INLINE_LABEL.finditer(head)
                                                 if not _refers_back(head, m, idx)} & idx.letters) > 1


# A bracketed list of letters up to its last one: "(A, C, ", "(options A and ".
_LETTER_LIST_BEFORE = lazy_compile(r"\((?:(?:options?|choices?)\s+)?(?:[A-Z](?:\s*[,/&]\s*|\s+(?:and|or)\s+))+"
                                   r"(?:(?:and|or)\s+)?\Z")
# The word before a bracketed letter ("stone (A)", "Stargardt disease (option B)"), the letter's opening bracket.
_WORD_BEFORE = lazy_compile(r"(\w[\w'’-]*)[ \t]*\((?:[Oo]ption[ \t]+)?\Z")
_VERDICT_ONLY = lazy_compile(r"(?i)(?:" + hedges.alternation((YES, NO), negation.NONE) + "|" + _VERDICTS + r")\Z")


def _refers_back(head: str, label: re.Match[str], idx: OptionIndex) -> bool:
    """A bracketed letter written after the words naming its option, then going on with something other than its
    option's text ("lymphoma (A) and TB (C) rarely ..."): a reference. "(A) no (B) yes" and "(A) Pneumonia
    (B) Effusion" label: a verdict word before it, or its own text after it."""
    start, end = label.start(1), label.end(1)
    if head[end:end + 1] != ")":
        return False
    if _LETTER_LIST_BEFORE.search(head, max(0, start - 40), start) is not None:
        return True  # "The others (A, C, D) are suspicious.": the last letter of a bracketed list refers to its options
    before = _WORD_BEFORE.search(head, max(0, start - 40), start)
    if before is None or _VERDICT_ONLY.match(before.group(1)) is not None:
        return False
    own = idx.keys.get(label.group(1), "").lower().split()
    return not own or not head[end + 1:].lstrip(" \t*_:-–—").lower().startswith(own[0])


def first_line(text: str, idx: OptionIndex, exception: bool = False) -> list[Commitment]:
    """The option stated first (``letter_lead``: answer first, explanation after).

    Either alone on the first line ("C) Cardiomegaly" then an explanation), or
    opening a first line that goes on ("B. Glioblastoma. An infiltrative mass
    ..."), when no other line opens with another option: then the output is
    a discussion of each option under its own heading, not an answer. On an
    exception question (``exception``) an option judged against is the answer.
    """
    lines = _nonempty_lines(text, from_end=False)
    if not lines:
        return []
    head = lines[0]
    lead = _LEADING_LETTER.match(head) or leading_own_text(head, idx)
    if lead is not None and lead.group(1) in idx.letters and passed_over.lead_set_aside(head, lead, idx, exception):
        return []
    if len(lines) >= 2:
        first = _line_letter(head, idx)
        if first is not None and _line_letter(lines[1], idx) is None and not head.rstrip(" *_").endswith(":") \
                and all(_line_letter(line, idx) in (None, first) for line in text.split("\n")[2:]):
            # A later line naming another option alone makes the first a heading ("### Option A: Liver"
            # … "### Option B: Spleen"): a discussion of each option, not an answer stated first.
            return [] if _labels_options(head, idx) else [Commitment(0, first, Tier.DECISION, "letter_lead")]
    opening = lead or _LEADING_CONTRAST.match(head)
    if opening is None or opening.group(1) not in idx.letters or head.rstrip(" *_").endswith(":") \
            or _labels_options(head, idx):
        return []
    if lead is not None and (_JUDGED_AGAINST.match(head, lead.end() - 1) is not None
                             or langwords.rejects_after(head[lead.end() - 1:])
                             or not exception and verdict_tag.tagged_against(head, lead.end() - 1)):
        return []  # "A. Not this one.", "B — I doubt it." (``extract/verdict_tag.py``): the letter judged, not chosen
    if _WITHDRAWN.search(head) is not None:
        return []  # "D) Normal chest — no, there's clearly a meniscus. B.": the first answer withdrawn
    others = {m.group(1) for m in _HEADING_LETTER.finditer(text)} & idx.letters
    if others - {opening.group(1)} or own_text_lines(text, idx) - {opening.group(1)}:
        return []  # "- A (Pneumothorax) — possible.\n- B (Pleural effusion) — possible.": one line per option
    own_line = lead is not None and lead.re.pattern == LINE_OWN.pattern
    letter = lead.group(1) if lead is not None and own_line else letter_form(head, idx, strict=False)
    if letter is None or letter not in idx.letters:
        return []
    return [Commitment(0, letter, Tier.DECISION, "letter_lead")]


_POSITIVE_MARKS = "✅✔✓☑"
_NEGATIVE_MARKS = "❌✘✗✖❎"
_MARKS = frozenset(_POSITIVE_MARKS + _NEGATIVE_MARKS)
TICKS, CROSSES = frozenset(_POSITIVE_MARKS), frozenset(_NEGATIVE_MARKS)
# Markdown checkboxes: "- [x] B. Pleural effusion" ticks B, "- [ ] A. Pneumothorax" leaves A unticked.
BOX_TICKED = lazy_compile(r"\[[xX✓✔]\]")
BOX_EMPTY = lazy_compile(r"\[\s\]")
_OPTION_LINE = lazy_compile(r"[ \t>*\-•\d.]*(?:\*\*)?[ \t]*(?:[Oo]ption\s+)?[\(\[]?([A-Z])[\)\].:：]")


def verdict_list(text: str, idx: OptionIndex) -> list[Commitment]:
    """Per-option lists ("**C) Cardiomegaly:** Correct.") with exactly one option marked right."""
    marked = _mark_list(text, idx) if not text.isascii() and not _MARKS.isdisjoint(text) else []
    if marked:
        return marked
    i = text.find("orrect")
    pointed = _pointed(text, idx) if i >= 0 or "the one" in text else []
    if pointed or i < 0:
        return pointed
    first = _VERDICT_WORD.search(text, max(0, i - 12))
    if first is None:
        return []
    if _NEGATED_VERDICT.search(text) is not None:
        return []  # "A: not incorrect" judges A right too: the list holds no one verdict
    marks = []
    for hit in _VERDICT_WORD.finditer(text, first.start()):
        start = text.rfind("\n", 0, hit.start()) + 1
        m = _VERDICT_LINE.match(text, start)
        if m is not None and m.group(1) in idx.letters and m.end() == hit.end():
            marks.append((m.start(), m.group(1), m.group(2).lower()))
    positive = [(pos, letter) for pos, letter, word in marks if " ".join(word.split()) in _POSITIVE_VERDICTS]
    negative = [letter for _, letter, word in marks if " ".join(word.split()) not in _POSITIVE_VERDICTS]
    if not positive or not negative or len({letter for _, letter in positive}) != 1:
        return []
    pos, letter = positive[-1]
    return [Commitment(pos, letter, Tier.DECISION, "option_verdicts")]


def _mark_list(text: str, idx: OptionIndex) -> list[Commitment]:
    """Option lines carrying check marks ("C) Cardiomegaly ✅", "A) Pneumothorax — ❌"): the one ticked option.

    Two ticked options are two answers (a conflict); a list with no crossed
    option is not a verdict list.
    """
    positive: list[tuple[int, str]] = []
    negative = 0
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _OPTION_LINE.match(text, start, end)
        if m is not None and m.group(1) in idx.letters:
            line = text[start:end]
            if "?" in line or "？" in line:
                return []  # "B: ✓?": a mark questioned is no verdict, and the list holds none for certain
            ticked = any(c in _POSITIVE_MARKS for c in line)
            crossed = any(c in _NEGATIVE_MARKS for c in line)
            if ticked and not crossed:
                positive.append((start, m.group(1)))
            elif crossed and not ticked:
                negative += 1
        start = end + 1
    letters = {letter for _, letter in positive}
    if not positive or not negative:
        return []
    pos = positive[-1][0]
    return [Commitment(pos, positive[-1][1] if len(letters) == 1 else CONFLICT, Tier.DECISION, "option_verdicts")]


# "**C) Pneumothorax:** Absent. **This is the correct answer.**": the line's own option is pointed at.
# "- D (Pneumocystis jirovecii) — yes, this is the one: ...": the line's option is the one chosen (not "this is the one
# that does not fit", "the one most often confused").
_THIS_IS_IT = lazy_compile(r"(?i)\b(?:this|that|which|it)\s+is\s+(?:the\s+)?(?:correct|right|best)\s+(?:answer|option|choice)\b"
                           r"|\b(?:this|that|it)\s+is\s+the\s+one\b(?=\s*(?:[.,:;!)—–-]|\Z|\s(?:i|we)\b))")
# An option line opening "B (Text)" as well as "B)", "B.", "B:".
_POINTED_LINE = lazy_compile(r"[ \t>*\-•\d.]*(?:\*\*)?[ \t]*(?:[Oo]ption\s+)?[\(\[]?([A-Z])(?:\*\*)?(?:[\)\].:：]|[ \t]+\()")


def _pointed(text: str, idx: OptionIndex) -> list[Commitment]:
    """Option lines that say they are the answer ("C) ...: this is the correct answer"); one such line only."""
    found = []
    for hit in _THIS_IS_IT.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        m = _POINTED_LINE.match(text, start)
        if m is None or m.group(1) not in idx.letters:
            return []  # pointing from elsewhere: the sentence readers decide what "this" is
        found.append((start, m.group(1)))
    if len({letter for _, letter in found}) != 1:
        return []
    return [Commitment(found[-1][0], found[-1][1], Tier.DECISION, "option_verdicts")]
