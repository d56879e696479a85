"""Per-option discussions that end each option on a verdict word: the one option judged for, the rest against.

Models walk the options and close each with a short verdict, with no conclusion line after:
"A. Appendicitis — the appendix is normal. Unlikely. / B. Mesenteric adenitis — enlarged nodes. Likely. / …",
"(A) radio-opaque — this stone is invisible, so no. (B) radiolucent, dense on CT — fits. (C) … — no.",
"A – unlikely; B – unlikely; C – fits best; D – no consolidation.". A careful reader takes the option judged for.

Read where the readers before leave the reply ambiguous or unparsed (``extract/choice_reader.py``: a list of
"**A. Appendicitis:** Consistent. …" items with no summary line reads as unparsed), never for a question asking
for the least likely option or the one that does NOT hold, and only when:

* every option is named exactly once (options joined as "C and D:" share one verdict), each mention opening
  its item (a line, a sentence, a list item);
* each item carries a verdict in a clause of its own, either right after the option's name ("C – fits
  best") or as the item's last clause ("… Unlikely.", "…, so no.", "… — fits."): the clause holds the verdict
  and nothing else but a lead-in ("so", "this is", "thus"). A negative verdict may name what is missing
  ("no consolidation", "not seen here");
* exactly one item is judged for, by an explicit judgement (``answers/judgements.py``: "likely", "fits",
  "correct", "yes", "best"): a finding said present ("this is the key finding") judges no option; every
  other item is judged against, none hedged ("could", "possible", "?" in the verdict); two judged for leave it
  unread, as the other per-option tallies do (``extract/tally.py``);
* the last item's verdict ends the text: a closing sentence after it ("Overall I am unsure.") is not read
  past (it is no verdict, so the last item has none and nothing is read), unless it only gives the reasons of a
  verdict opening the last item, in its paragraph, with no doubt, turn, revision or opposite judgement ("D.
  Diverticulitis: Not supported; no inflamed diverticulum is seen.": ``_explains``), or it is a paragraph of its own
  naming the option judged for and no other, neither denied nor held open ("Based on these features, the lesion
  should be managed as suspected melanoma."): it agrees with the verdicts.

Rule ``option_verdicts``, the name the other per-option readers give.
"""

from __future__ import annotations

from medstep.answers import YES, hedges, judgements, negation, revisions
from medstep.extract import cues
from medstep.extract.clauses import clause_left, clause_right, negated
from medstep.extract.lines import PARAGRAPH
from medstep.extract.mentions import CONFLICT, INVALID, Mention, OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

RULE = "option_verdicts"

_LEAD = (r"(?:(?:and\s+)?(?:so|thus|hence|therefore|then|overall)\s*,?\s+)?(?:(?:this|it|that|which)\s+(?:is|seems|looks)\s+|"
         # (a verdict that is a verb takes its subject bare: "This matches.", "It fits well.", "That doesn't fit.",
         # "which argues against it"; a result clause: "making it unlikely")
         r"it's\s+|this's\s+|(?:this|it|that|which)\s+(?=(?:fits|matches|argues|speaks|does\s+not|doesn't)\b)|"
         r"(?:making|makes|rendering)\s+(?:it|this)\s+)?")
_DEGREE = r"(?:(?:very|much|far|quite|highly|most|more|the\s+most|the\s+best)\s+)?"
_POSITIVE_WORDS = hedges.alternation((YES,), judgements.RIGHT, judgements.MATCH, judgements.LIKELY,
                                    judgements.BEST_ANSWER, ("best", "fits best", "fits well", "fitting", "supported", "favoured", "favored",
                                                             "the answer", "the one", "matches best", "plausible"))
_NEGATIVE_WORDS = hedges.alternation(negation.PLAIN, judgements.WRONG, judgements.SET_ASIDE, judgements.REJECTED,
                                     judgements.UNLIKELY,
                                     judgements.MISFIT, negation.ABSENT, negation.NOT_SEEN,
                                     ("doesn't fit", "not likely", "not this", "not it", "not the answer", "no match",
                                      "not consistent", "implausible", "improbable", "argues against it",
                                      "argues against this", "speaks against it", "speaks against this"))
# The whole clause is one verdict: "Likely", "so no", "this is unlikely", "fits best", "most consistent".
# (what it fits may be said: "consistent with the findings", "fits the picture")
_POSITIVE = lazy_compile(r"(?i)" + _LEAD + _DEGREE + r"(?:" + _POSITIVE_WORDS + r")(?:\s+(?:here|overall|for\s+me|(?:with\s+)?"
                         r"(?:the|these|this|all\s+the)\s+(?:findings|picture|image|images|appearance|appearances|features|"
                         r"history|presentation)))?")
# ... or a denial of a few words: "no consolidation", "not seen here", "no history of trauma".
_NEGATIVE = lazy_compile(r"(?i)" + _LEAD + r"(?:(?:very|much|far|even|still)\s+)?(?:" + _NEGATIVE_WORDS + r")(?:\s+[\w'-]+){0,3}")
# Each word that turns a clause against: a double negation ("not incorrect") judges for, not against.
_AGAINST = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.PLAIN, ("never", "none", "nothing", "against"), judgements.WRONG,
                                                        judgements.UNLIKELY, judgements.SET_ASIDE, judgements.REJECTED,
                                                        judgements.MISFIT,
                                                        negation.ABSENT, ("implausible", "improbable")) + r")\b|n't\b")
_UNDECIDED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT, hedges.WEIGHING,
                                              ("cannot", "can't", "not excluded")))
# Where a clause ends inside an item: a sentence or clause mark, a dash set between spaces.
_CLAUSE = lazy_compile(r"[.;,:!\n?]|\s[-–—]\s|\s*[→⇒]\s*|[–—]")
_FURNITURE = " \t\n*_#>•|.!)(-–—:"
# A mention opens its item: the text start, a line start, or right after a sentence end / list mark.
_OPENS = lazy_compile(r"(?:\A|[\n.;!?|]|[.;!?]\s)[\s*_#>•\-\d.)(|]*(?:(?i:option|choice)\s*)?\Z")
_ITEM_LEAD = lazy_compile(r"(?i)\b(?:option|choice)\s*\Z")
_LETTERS = lazy_compile(r"\b([A-Z])\b")


def _verdict(clause: str) -> int | None:
    """+1 judged for, -1 judged against, None when the clause is no verdict (or a hedged one)."""
    clause = " ".join(clause.strip(_FURNITURE).split())
    if not clause or _UNDECIDED.search(clause) is not None:
        return None
    if _POSITIVE.fullmatch(clause) is not None and not clause.lower().startswith(("no ", "not ")):
        return 1
    if _NEGATIVE.fullmatch(clause) is not None:
        # "not incorrect", "not unlikely": a judgement against, negated, is no verdict against
        return -1 if len(_AGAINST.findall(clause)) == 1 else None
    grounds = _GROUNDS.search(clause)
    # "Not a normal study given the C5 finding.": a verdict, then its grounds (read once: the grounds are no verdict)
    return _verdict(clause[:grounds.start()]) if grounds is not None and grounds.start() > 0 else None


# Where the grounds of a verdict open after it: "... given the C5 finding", "... because the angles are clear". (Tried
# from the first blank of a run only: a bare "\s+" tried at each blank of a long run backtracked quadratically.)
_GROUNDS = lazy_compile(r"(?i)(?<!\s)\s+(?:" + hedges.alternation(hedges.GROUNDS) + r")\b")


_SENTENCE_END = lazy_compile(r"[.!?;\n]")
_REASON = lazy_compile(r"\s*\([^()\n]*\)")
# A bracket that turns the verdict ("consistent (but unlikely given the markings)"): no reason, a second verdict.
_TURN = lazy_compile(r"(?i)\b(?:but|though|although|however|yet|except|unless|if)\b")


def _item_verdict(item: str, last_item: bool) -> int | None:
    """The verdict of one option's item: its first clause or its last, the two agreeing when both are verdicts.
    The last item's first clause counts only when no sentence follows it: what follows is no verdict and may be the
    writer's doubt ("... Unlikely. Overall I cannot commit.")."""
    body = item.strip(_FURNITURE)
    if not body or "?" in body[-3:]:
        return None
    # the reasons a verdict gives in brackets are no clause of their own ("supported (lobar consolidation, air
    # bronchograms)"); a bracket that doubts ("(? early)", "(possibly)") stays and leaves the verdict undecided
    body = _REASON.sub(lambda m: "" if _UNDECIDED.search(m.group()) is None and "?" not in m.group()
                       and _TURN.search(m.group()) is None else m.group(), item).strip(_FURNITURE)
    if not body:
        return None
    cuts = list(_CLAUSE.finditer(body))
    head = body[:cuts[0].start()] if cuts else body
    tail = body[cuts[-1].end():] if cuts else body
    first, last = _verdict(head), _verdict(tail)
    if first is not None and last is not None and first != last:
        return None
    if last is None and last_item and _SENTENCE_END.search(body, len(head)) is not None \
            and not _explains(body[len(head):], first):
        return None
    return last if last is not None else first


def _explains(rest: str, verdict: int | None) -> bool:
    """Whether what follows the last item's first-clause ``verdict`` only gives its reasons, in the same paragraph
    ("D. Diverticulitis: Not supported; no inflamed diverticulum is seen."): no doubt, condition or turn ("Unlikely.
    However, it cannot be excluded."), no revision or answer word ("on reflection", "the diagnosis"), and, after a
    verdict for, no word against ("Fits. No other option does." is no reason, a second judgement). A closing of its
    own paragraph is read by ``_agreed_by_closing``, never as the last item's reasons."""
    if verdict is None or PARAGRAPH.search(rest) is not None:
        return False
    if _DOUBTED.search(rest) is not None or _TURN.search(rest) is not None or _TURNED_ROUND.search(rest) is not None:
        return False
    return _FOR.search(rest) is None if verdict < 0 else _AGAINST.search(rest) is None


# A doubt in the reasons after a verdict: the undecided words less "both", which there names anatomy ("preserved in
# both hemispheres"), not two candidates weighed.
_DOUBTED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT,
                                              tuple(w for w in hedges.WEIGHING if w != "both"),
                                              ("cannot", "can't", "not excluded", "versus", "vs", "differential"))
                         # "both" as the candidates themselves ("both remain open", "both of them", "... fit both."),
                         # not "both hemispheres"
                         + r"|\bboth\b(?=\s*(?:[.,;:!?)]|\Z|(?:of|are|is|remain\w*|could|may|might|would|seem\w*|"
                         r"look\w*|fit\w*|options?|diagnos\w+|conditions?|entities|possibilities|candidates)\b))")
# A judgement for, anywhere in a clause: after a verdict against, the rest of the item may not judge for ("No. This
# fits best with lymphoma.").
_FOR = lazy_compile(r"(?i)\b(?:" + _POSITIVE_WORDS + r")\b")


def _letters(text: str, m: Mention, idx: OptionIndex) -> list[str]:
    """The options a mention names: its own, or each of a joined list ("C and D:")."""
    if m.letter != CONFLICT:
        return [m.letter]
    return [x for x in _LETTERS.findall(text[m.start:m.end]) if x in idx.letters]


def read_closing_verdicts(text: str, idx: OptionIndex) -> str | None:
    """The one option a per-option discussion judges for (see module docstring), else None."""
    letter = _judged_for(text, idx, closed=False)
    return letter if letter is not None else _agreed_by_closing(text, idx)


def _agreed_by_closing(text: str, idx: OptionIndex) -> str | None:
    """The option the items judge for when a closing paragraph after them names that option and no other, neither
    denied nor held open ("**B. Melanoma** – Consistent. … / **D. Dermatofibroma** – No. … // Based on these
    features, the lesion should be managed as suspected melanoma with excisional biopsy."): the closing agrees with
    the verdicts, so the last item's first-clause verdict counts as the others' do (the doubt a closing sentence may
    hold is read in the closing itself)."""
    breaks = list(PARAGRAPH.finditer(text))
    if not breaks:
        return None
    closing = text[breaks[-1].end():]
    named = find_mentions(closing, idx)
    if not named or len({m.letter for m in named}) != 1 or _UNDECIDED.search(closing) is not None:
        return None
    if any(negated(cues.tokens(clause_left(closing, m.start)), clause_right(closing, m.end)[0]) for m in named):
        return None  # "... so it is not melanoma.": the closing turns against the option the items judged for
    letter = _judged_for(text[:breaks[-1].start()], idx, closed=True)
    return letter if letter == named[0].letter else None


# A closing that may turn the verdicts round: a revision, or a word naming the answer ("X is the diagnosis after all").
_TURNED_ROUND = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                   revisions.DISOWN, revisions.RESTATE, revisions.RETHINK,
                                                   cues.NOUN_ALONE_OK, ("diagnosis", "likely", "probably", "favour",
                                                                        "favor")))
# The option as its sentence's subject, the statement being about it ("However, a dermatofibroma can ...",
# "Dermatofibroma is the most common ...", "The anterior mediastinum is clear.").
_SUBJECT_LEAD = lazy_compile(r"(?i)\A[\s*_]*(?:(?:however|but|although|though|also|of course|note that)[\s,]+)?"
                             r"(?:(?:the|a|an)\s+)?\Z")


def closing_on_rejected(text: str, idx: OptionIndex, letter: str) -> bool:
    """Whether ``letter`` is named in a closing paragraph after per-option verdicts that judge another option for and
    every option the closing names against ("**B. Melanoma** – Consistent. … / **D. Dermatofibroma** – No. … //
    Dermatofibroma is the most common of these in young adults."): a general statement about an option the items
    rejected, not a pick of it (the closing may also turn the verdicts round, so neither letter is read)."""
    breaks = list(PARAGRAPH.finditer(text))
    if not breaks:
        return False
    closing = text[breaks[-1].end():]
    found = find_mentions(closing, idx)
    named = {m.letter for m in found}
    if letter not in named or _TURNED_ROUND.search(closing) is not None:
        return False  # "On reflection, the lesion is more in keeping with seborrheic keratosis.": the verdicts revised
    for m in found:
        lead = closing[:m.start]
        if _SUBJECT_LEAD.search(lead[max(lead.rfind(c) for c in ".!?\n") + 1:]) is None:
            return False  # "... is more in keeping with X": the option named after words that may pick it
    judged = _judged_for(text[:breaks[-1].start()], idx, closed=True)
    return judged is not None and judged not in named


def _items(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions opening items: an option's own text named again on its item's line ("D — Not a normal study
    given the C5 finding." to the option "Normal study") is part of that item, not a second item for it."""
    kept: list[Mention] = []
    for m in found:
        if kept and m.by_text and m.letter == kept[-1].letter and "\n" not in text[kept[-1].end:m.start]:
            continue
        kept.append(m)
    return kept


def _judged_for(text: str, idx: OptionIndex, closed: bool) -> str | None:
    """The one option the per-option items of ``text`` judge for; ``closed``: a closing paragraph follows them."""
    found = _items(text, find_mentions(text, idx))
    if len(found) < 2 or any(m.letter == INVALID for m in found):
        return None
    named: list[str] = []
    verdicts: list[int] = []
    for i, m in enumerate(found):
        letters = _letters(text, m, idx)
        if not letters or _OPENS.search(text[max(0, m.start - 30):m.start]) is None:
            return None
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        item = text[m.end:end]
        lead_word = _ITEM_LEAD.search(item) if i + 1 < len(found) else None  # the next item's "Option"
        verdict = _item_verdict(item[:lead_word.start()] if lead_word is not None else item,
                                i + 1 == len(found) and not closed)
        if verdict is None:
            return None
        named.extend(letters)
        verdicts.extend([verdict] * len(letters))
    if sorted(named) != sorted(idx.letters):
        return None  # an option left out, or named twice (a conclusion naming one again is read elsewhere)
    standing = [letter for letter, v in zip(named, verdicts) if v > 0]
    return standing[0] if len(standing) == 1 else None  # two left standing: unread, as the tallies leave them


__all__ = ["RULE", "read_closing_verdicts"]
