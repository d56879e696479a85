"""The option a closing paragraph commits to in its own words, with the options it rejects set aside (issue #7).

Why a reader beside ``extract/closing_choice.py`` and ``extract/optwords.py``: the first weighs only references by
letter or by an option's whole text, the second only the single decision sentence, and it asks for the option's head
noun. Outputs name their pick by the distinctive part of an option and go on to reject another after it ("..., which
is subdural. An epidural would be lentiform, so not A."; "That's the double bubble sign. It's not the coffee bean
sign, ..."; "Bacillary angiomatosis is the classic mimic, but .... Going with Kaposi."), or say which of two named
findings is the primary one. Neither reader reads those; this one, tried last, does.

Every run of an option's distinctive words (``optwords.distinctive``: the words no other option and not the question
holds, compared as word forms) and every letter or whole-text reference (``mentions.find_mentions``) in the last
paragraph is a reference, weighed by what its own clause says of it (``closing_choice.stance``). An option is
*rejected* when a reference to it is set aside or only supposed ("not A", "An epidural would be lentiform"), or it is
called the answer's mimic or tempting. The pick is the one option not rejected that the last sentence holding a
committed reference names, when:

* that sentence names no other option not rejected, unless exactly one of them is called the primary, principal,
  main or dominant finding ("A small syrinx is also present, but this is secondary. The primary abnormality is ...";
  a ranking word before no finding noun, "the main concern", "the chief worry", ranks nothing);
* no other option not rejected is committed to or held open elsewhere in the paragraph, unless the sentence is worded
  as final ("so", "going with", ``extract/commit.py``) or primary;
* the clause is no question, condition, example or general statement, and neither the rest of its sentence
  ("..., which I cannot confirm", "..., so it should be excluded", "... if present", "..., but Y is present too") nor
  what follows turns, doubts or refuses.

Two options matched alike, a sentence listing three or more options, and a restated question read nothing.
Rule ``committed_words``.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.answers.text import HAN
from medstep.extract import cues
from medstep.extract.asides import GIVEN_NAME
from medstep.extract.clauses import clause_left, clause_right
from medstep.extract.implicit_words import DENIED_LINK
from medstep.extract.closing_choice import SENTENCE_VETO, TAIL_VETO, Stance, stance
from medstep.extract.commit import is_final
from medstep.extract.articles import is_article
from medstep.extract.held_open import LEVEL
from medstep.extract.decision_clauses import RETRACTED, OPTION_HEADING, called_normal, mimic_argued
from medstep.extract.lastmention import TAIL_TURN, letter_stands, sentence_span
from medstep.extract.lines import PARAGRAPH
from medstep.extract.mentions import CONFLICT, INVALID, STRONG, Mention, OptionIndex, find_mentions
from medstep.extract.letter_names import in_name
from medstep.extract.open_knowledge import MOST_COMMON
from medstep.extract.normality import normal_option
from medstep.extract.optwords import GENERIC_HEADS, POSITION, WORD, distinctive, same_form, word_forms
from medstep.extract.polarity import Pole, against, clause_pole
from medstep.extract.refusal import is_hedge, is_refusal, offers_alternatives
from medstep.lazyre import lazy_compile

RULE = "committed_words"

# Only the end of an output is read: its last paragraph, at most this many characters.
WINDOW = 1200
# Words of one option at most this many characters apart are one reference ("bucket-handle tear").
_GAP = 24
# The one of two named findings an output ranks first: "The primary abnormality is X", "X is the principal finding".
_PRIMARY = lazy_compile(
    r"(?i)\b(?:primary|principal|main|dominant|predominant|chief|key|major)\s+(?:(?:imaging|radiographic|radiological)\s+)?"
    r"(?:abnormality|abnormalities|finding|findings|diagnosis|lesion|process|pathology|problem|impression)\b"
)
# An option passed over on the way: "X is tempting, but", "X is a tempting distractor" (``judgements.PASSED_OVER``).
_TEMPTED = lazy_compile(r"(?i)\A[\s,]*(?:is|was|seems|looks)\s+(?:" + "|".join(judgements.PASSED_OVER) + r")\b")


# Said of a reference in its own clause, it sets the option aside: "crohn's is unlikely", "not a horseshoe".
_DENIED_HERE = lazy_compile("(?i)" + hedges.words(negation.PLAIN, judgements.UNLIKELY, hedges.UNLIKELY_WORDS))
# A counterfactual ("An epidural would be lentiform") sets aside; a possibility ("It could be TB") holds open.
_WOULD = lazy_compile(r"(?i)\bwould\b")
_POSSIBLE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY))
# A second thought that weighs the pick against another after all: "then again" (options held level, "equally
# likely", are ``held_open.LEVEL``).
_THEN_AGAIN = lazy_compile(r"(?i)\bthen\s+again\b")
# "so is", "so does": one more thing said alike ("The liver is enlarged and so is the spleen."), no conclusion.
_LIKEWISE = lazy_compile(r"(?i)\bso\s+(?:is|are|was|were|does|do|did|has|have)\b")
# A turn in the pick's own sentence: "X over Y, but Y is present too".
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))
# Said in the rest of the pick's own sentence, it leaves the pick unconfirmed: "..., which I cannot confirm", "...,
# so it should be excluded", "... if present".
_UNCONFIRMED = lazy_compile(
    "(?i)"
    + hedges.words(
        hedges.IF,
        hedges.DOUBT,
        hedges.NOT_EXCLUDED,
        hedges.NOT_EXCLUDING,
        ("cannot confirm", "can't confirm", "can not confirm", "unable to confirm", "not confirmed"),
        hedges.TO_EXCLUDE,
    )
)
# An output cut while it went on: ending on a dash, a colon or a comma.
_CUT_END = lazy_compile(r"[–—:,-][\s*_]*\Z")


# The words just before a pick that hand over to it: "which is", "that's", "this is a", an arrow or a dash.
_HANDED = lazy_compile(
    r"(?i)(?:\b(?:which|that|this|it|these)\s+(?:is|are|was|represents?)|\b(?:that|it|this)['’]s|[:—→]|->)"
    r"\s*(?:(?:an?|the|a\s+classic|classic|typical)\s+)?\Z"
)


def _committing(text: str, m: Mention, start: int) -> bool:
    """The words of its sentence before the pick ``m`` (from ``start``) commit to it: worded as final ("so",
    ``extract/commit.py``), a choice ("going with", "I'd pick"), an unhedged link ("consistent with", "points to"), a
    decision noun ("the diagnosis is", ``extract/cues.py``), a handing-over ("which is", "that's", an arrow), or the
    primary one ("the principal finding is")."""
    left = text[start : m.start]
    toks = cues.tokens(left)
    linked, hedged = cues.link(toks)
    return (
        is_final(left)
        or cues.choose(toks)
        or linked
        and not hedged
        or cues.forward(toks) is not None
        or _HANDED.search(left[-40:]) is not None
        or _PRIMARY.search(_own_clause(text, m, start)) is not None
    )


# An organ or structure called clear ("The anterior mediastinum is clear."; not "clear of nodules", a denial of those).
_CLEAR = lazy_compile(r"(?i)\b(?:is|are|appears?|looks?|remains?)\s+clear\b(?!\s+of\b)")


def _said_normal(clause: str, option: str) -> bool:
    """Whether ``clause`` calls what it names normal or clear while ``option`` names no normal: "The ACL appears
    intact" for "ACL tear", "The anterior mediastinum is clear." for "Anterior mediastinum"."""
    return called_normal(clause, option) or _CLEAR.search(clause) is not None and not called_normal(option, "")


def _word_references(text: str, lo: int, words: dict[str, tuple[str, ...]]) -> list[Mention]:
    """Runs of one option's distinctive words from ``lo``: each a reference by text (a side or level word, or a
    generic head such as "lesion", alone names nothing)."""
    out: list[Mention] = []
    runs: dict[str, list[int]] = {}  # letter -> [start, end, meaningful]
    for token in WORD.finditer(text, lo):
        forms = word_forms(token.group())
        if len(forms) != 1:
            continue
        form = forms[0]
        if form in negation.PLAIN:
            continue  # ("no" of "No acute abnormality" is no finding)
        for letter, own in words.items():
            if not any(same_form(w, form) for w in own):
                continue
            meaningful = int(form not in POSITION and form not in GENERIC_HEADS)
            run = runs.get(letter)
            if run is not None and token.start() - run[1] <= _GAP and "." not in text[run[1] : token.start()]:
                run[1], run[2] = token.end(), run[2] | meaningful
            else:
                if run is not None and run[2]:
                    out.append(Mention(run[0], run[1], letter, True, STRONG))
                runs[letter] = [token.start(), token.end(), meaningful]
    out.extend(Mention(s, e, letter, True, STRONG) for letter, (s, e, meaningful) in runs.items() if meaningful)
    return out


def _references(text: str, idx: OptionIndex, lo: int, words: dict[str, tuple[str, ...]]) -> list[Mention]:
    """Letter and whole-text references, and word runs that no such reference covers, in order."""
    named = [
        m
        for m in find_mentions(text, idx, lo)
        if m.letter not in (CONFLICT, INVALID) and (m.by_text or letter_stands(text, m))
    ]
    runs = [m for m in _word_references(text, lo, words) if not any(n.start < m.end and m.start < n.end for n in named)]
    # (a normal option is read by ``extract/normal_choice.py``: its words are those of any finding denied)
    return sorted(named + runs)


def _names(text: str, m: Mention, letter: str, words: dict[str, tuple[str, ...]]) -> bool:
    """A run of an option's words names it: it holds every distinctive word of the option ("subdural" for "Subdural
    hematoma" beside "Epidural hematoma", "bucket-handle tear of the medial meniscus"; "pulmonary" alone names no
    "Pulmonary edema", "autoimmune encephalitis" no "Herpes encephalitis"), or a name written in capitals inside a
    sentence ("Going with Kaposi." for "Kaposi sarcoma")."""
    found = [(t.start(), t.group()) for t in WORD.finditer(text, m.start, m.end)]
    forms = [f for _, t in found for f in word_forms(t)]
    if all(any(same_form(w, f) for f in forms) for w in words[letter]):
        return True
    return any(
        t[:1].isupper()
        and not t.isupper()
        and text[max(0, at - 8) : at].rstrip(" *_\"'“(")[-1:].isalnum()
        and any(same_form(w, f) for w in words[letter] for f in word_forms(t))
        for at, t in found
    )


def _rejected(text: str, m: Mention, said: Stance, options: dict[str, str]) -> bool:
    """The reference ``m`` sets its option aside: denied (also as what an unseen feature would point to: "I don't see a
    pleural line to suggest a pneumothorax", ``implicit_words.DENIED_LINK``), only supposed in a counterfactual, called the mimic or
    tempting, retracted ("... but not here"), or called normal where the option names no normal ("The ACL appears
    intact" for "ACL tear")."""
    start, end = sentence_span(text, m)
    own = _own_clause(text, m, start)
    return (
        said is Stance.SET_ASIDE
        or _DENIED_HERE.search(own) is not None
        or DENIED_LINK.search(text, start, m.start) is not None
        or mimic_argued(text, m.end)
        or said is Stance.SUPPOSED
        and _WOULD.search(own) is not None
        and _POSSIBLE.search(own) is None
        or _TEMPTED.match(text, m.end) is not None
        or RETRACTED.search(text, m.end, min(end, m.end + 300)) is not None
        or m.by_text
        and _said_normal(own, options[m.letter])
    )


def passed_over(text: str, idx: OptionIndex, letter: str) -> bool:
    """Whether a reference to ``letter`` is named only to be argued against: "B is the classic mimic, but ...",
    "B is tempting, but ..." (for a reader of the last letter named, ``extract/lastmention.py``)."""
    return any(
        m.letter == letter and (mimic_argued(text, m.end) or _TEMPTED.match(text, m.end) is not None)
        for m in find_mentions(text, idx)
    )


def _bare_rejected(text: str, idx: OptionIndex, lo: int) -> set[str]:
    """Options a bare capital sets aside ("so B isn't the answer"): too weak to choose, enough to reject; not the
    end of a name ("hepatitis B is not ...")."""
    return {
        m.letter
        for m in find_mentions(text, idx, lo)
        if m.letter not in (CONFLICT, INVALID)
        and not m.by_text
        and not letter_stands(text, m)
        and not in_name(text, m.start)
        and not (m.letter == "A" and is_article(text, m.end))
        and stance(text, m) is Stance.SET_ASIDE
    }


# The edges of a reference's own clause in its sentence: a comma, a semicolon, a colon, a dash or a bracket.
_CLAUSE_EDGE = lazy_compile(r"[,;:—–(]|\s-\s")
_CLAUSE_TO_EDGE = lazy_compile(r"[^,;:—–(.!?\n]*")


def given_name(text: str, m: Mention, start: int) -> bool:
    """Whether the reference ``m`` is given as the name of what its clause (from ``start``) describes (``asides.GIVEN_NAME``):
    its clause ends with the name, and what follows ("... and usually indicates infectious bronchiolitis") says what
    the named finding means, in general or not, of a finding already named."""
    left = max((e.end() for e in _CLAUSE_EDGE.finditer(text, start, m.start)), default=start)
    return GIVEN_NAME.search(text, left, m.start) is not None


def _own_clause(text: str, m: Mention, start: int) -> str:
    """The clause the reference ``m`` stands in, between the clause edges around it in its sentence (from
    ``start``): "That's the double bubble sign" of "That's the double bubble sign, classically associated with ...";
    a name given ends its clause (``given_name``)."""
    left = max((e.end() for e in _CLAUSE_EDGE.finditer(text, start, m.start)), default=start)
    if given_name(text, m, start):
        return text[left:m.end]
    right = _CLAUSE_TO_EDGE.match(text, m.end)
    return text[left : right.end() if right is not None else m.end]


def _clause(text: str, m: Mention) -> str:
    return clause_left(text, m.start) + " " + text[m.start : m.end] + " " + clause_right(text, m.end)[0]


def read_committed_words(
    text: str, idx: OptionIndex, options: dict[str, str], question: str, asked: Pole = Pole.TOP
) -> str | None:
    """The option letter the closing paragraph commits to in its own words (see module docstring), else None."""
    if HAN.search(text) or any(HAN.search(o) for o in options.values()) or text.lstrip(" `\n").startswith("{"):
        return None  # (Chinese is read by ``extract/zh_choice.py``; a JSON reply by its answer field)
    lo = max(0, len(text) - WINDOW)
    for p in PARAGRAPH.finditer(text, lo):
        if text[p.end() :].strip():
            lo = p.end()
    if _CUT_END.search(text) is not None or OPTION_HEADING.search(text, lo) is not None:
        return None  # cut while it went on, or a walk of per-option lines
    words = distinctive(tuple(sorted(options.items())), question)
    words = {letter: own for letter, own in words.items() if not normal_option(options[letter])}
    if any(m.letter == CONFLICT for m in find_mentions(text, idx, lo)):
        return None  # "B or C": options claimed together
    found = _references(text, idx, lo, words)
    stances = [stance(text, m, found[i - 1].end if i else lo) for i, m in enumerate(found)]
    rejected = {m.letter for m, said in zip(found, stances) if _rejected(text, m, said, options)} | _bare_rejected(
        text, idx, lo
    )
    live = [(m, said) for m, said in zip(found, stances) if m.letter not in rejected]
    # (a letter is chosen by the letter readers, ``closing_choice`` and ``lastmention``: here it only contests)
    committed = [
        m
        for m, said in live
        if said is Stance.COMMITTED and m.by_text and (m.letter not in words or _names(text, m, m.letter, words))
    ]
    if not committed:
        return None
    start, end = sentence_span(text, committed[-1])
    if text[start:end].rstrip().endswith(("?", "？")):
        return None
    in_sentence = [m for m in committed if start <= m.start < end]
    if len({m.letter for m in found if start <= m.start < end}) >= 3:
        return None  # a sentence listing the options restates them
    picks = {m.letter for m in in_sentence}
    primary = {m.letter for m in in_sentence if _PRIMARY.search(_clause(text, m)) is not None}
    if len(picks) > 1:
        if len(primary) != 1:
            return None
        picks = primary
    letter = next(iter(picks))
    chosen = next(m for m in in_sentence if m.letter == letter)
    if MOST_COMMON.search(text, start, end) is not None or _POSSIBLE.search(text, chosen.end, end) is not None:
        return None  # "X is the commonest pigmented lesion overall", "Brodie abscess might fit": no pick
    if not _committing(text, chosen, start):
        return None  # a statement on the way, not a pick: "The tube courses into the jugular vein."
    if SENTENCE_VETO.search(_own_clause(text, chosen, start)) is not None:
        return None  # "X is classically seen in ...", "If it were X": a general or conditional statement
    if against(clause_pole(clause_left(text, chosen.start), clause_right(text, chosen.end)[0]), asked):
        return None  # "the least likely is X" to a question asking the most likely
    if (
        LEVEL.search(text, start) is not None
        or _THEN_AGAIN.search(text, start) is not None
        or is_hedge(text[chosen.end :])
        or offers_alternatives(text[chosen.end :])
    ):
        return None  # "Likely a hemangioma. It could be an HCC or FNH.": held open after all
    others = [m for m, said in live if m.letter != letter]
    if any(m.start >= end for m in others):
        return None  # another option held open after it
    if others and not (is_final(text[start : chosen.start]) or letter in primary):
        return None  # a paragraph naming one option after another discusses, it does not decide
    rest = text[chosen.end : end]
    if _UNCONFIRMED.search(rest) is not None or is_refusal(rest):
        return None  # "..., which I cannot confirm", "..., so it should be excluded": no pick
    if _LIKEWISE.search(text, start, chosen.start) is not None:
        return None  # "The liver is enlarged and so is the spleen.": the pick named alike beside another thing
    turn = _TURN.search(rest)
    after = chosen.end + turn.end() if turn is not None else end
    if _DENIED_HERE.search(text, after, end) is None and any(
        m.letter != letter and after < m.end <= end for m in found
    ):
        return None  # "These favour NPH over atrophy, but atrophy is present too.": another option kept after a turn
    tail = text[end:]
    if TAIL_VETO.search(tail) is not None or TAIL_TURN.search(tail) is not None or is_refusal(tail):
        return None
    return letter if letter in idx.letters else None


# Shared with ``extract/affirmed_option.py``, which weighs every reference as this reader does.
references = _references
rejected = _rejected
names = _names
own_clause = _own_clause
committing = _committing

__all__ = ["RULE", "committing", "given_name", "names", "own_clause", "passed_over", "read_committed_words", "references", "rejected"]
