"""What is said of an option after its name, for ``extract/affirmed_option.py`` (issue #7, lane optext51).

Why: the affirmed-option reader weighs each reference by its clause's stance, which reads what stands before the
name ("no pneumothorax", "I favour B"). Replies as often set an option aside after naming it: a verdict posted after
the name ("Dislocation - ruled out.", "Fracture, none.", "Pneumothorax: resolved compared with yesterday.", "A
perforated peptic ulcer and renal colic are excluded."), a superlative of unlikelihood ("Pneumothorax (D) is the
least likely."), a search that finds nothing ("... was sought, but none is seen"; "I looked for X. I did not find
it."), a turn against it in its own sentence ("X is the only option left, but it does not fit"), a concern held
("X is difficult to rule out", "which I cannot confirm"), a finding added beside the answer ("A pleural effusion
sits at the base as well."), or a weighing by contrast ("Metastatic disease, by contrast, fits better."). Each is
read by the sentence's structure, with the shared negation and hedge vocabularies, so it holds for any option's
name: none of them is an affirmation, and where the right reading is no answer the reader gives none.

A subject that sets its noun apart from the one asked ("The other chamber is ...", "The uninjured nerve is ...")
names the option as what the question does not ask. Options that stand for the others ("Both", "Neither", "None of
the above") are read by ``extract/both.py``: the reader leaves such option sets alone.
"""

from __future__ import annotations

import bisect
import functools
import re

from medstep.answers import hedges, judgements, negation
from medstep.answers.text import ORDINAL_WORDS
from medstep.extract.both import BOTH_OPTION, NEITHER_OPTION
from medstep.extract.langwords import FOREIGN_NEGATION
from medstep.lazyre import lazy_compile

# A verdict posted after the name denying it there: excluded, not seen, none, nil, absent, gone since, least likely.
_POSTED = lazy_compile("(?i)" + hedges.words(negation.EXCLUDED, negation.NOT_SEEN, negation.NONE, negation.NIL,
                                             negation.ABSENT, negation.GONE, judgements.LEAST,
                                             ("not found", "did not find", "didn't find")))
# Another language's denial posted after the name: "Pneumotorace assente.", "Pneumothorax nicht nachweisbar.",
# "Pneumothorax? Nein." (``langwords.FOREIGN_NEGATION``, ``negation.OTHER_ABSENT``).
_FOREIGN_POSTED = lazy_compile("(?i)(?:" + FOREIGN_NEGATION + "|" + hedges.words(negation.OTHER_ABSENT) + ")")
# A concern held rather than excluded: "difficult to rule out", "needs to be excluded", "cannot be excluded", and a
# negated modal anywhere after the name ("which I cannot confirm").
_HELD = lazy_compile("(?i)" + hedges.words(hedges.TO_EXCLUDE, negation.CANNOT))
# A turn against the option in its own sentence: "..., but it does not fit the periosteum", "though none is seen".
_TURN_DENIED = lazy_compile(r"(?i),\s*(?:but|though|although|yet)\b[^.;!?\n]{0,40}?(?:"
                            + hedges.words(negation.PLAIN, negation.NEVER, negation.NONE) + "|" + negation.CONTRACTION
                            + ")")
# A finding added beside another: "... sits at the base as well", "is also present", "too".
_ADDED = lazy_compile(r"(?i)\b(?:as\s+well|also(?!\s+(?:known|called|termed|referred|named))|in\s+addition|"
                      r"additionally|too(?=\s*(?:[.,;!?]|\Z)))\b")
# A weighing by contrast: "Metastatic disease, by contrast, fits this patient better.", "In contrast, sarcoidosis ...".
_CONTRAST = lazy_compile("(?i)" + hedges.words(w for w in hedges.WEIGHED_AGAINST if w.endswith("contrast")))
# The clause's subject set apart from the one asked, right before the reference: "The other chamber is the",
# "The uninjured nerve is the", "the non-dominant side is".
_SET_APART_SUBJECT = lazy_compile(r"(?i)\b(?:other|another|un[a-z]+ed|non-?[a-z]+|normal|spared|intact)\s+[a-z]+\s+"
                                  r"(?:is|are|was|were)\s+(?:(?:the|a|an)\s+)?[\s*_]*\Z")
# A following sentence that opens with a denial, its subject elided or a pronoun: "Not seen.", "I did not find it.",
# "None is seen.", "It is not present."
_DENIAL_OPENS = lazy_compile(r"(?i)\A[\s*_\"'“.!]*(?:(?:i|we|it|this|that|they|there)\s+)?(?:(?:do|does|did|is|are|was|"
                             r"were|can|could)\s+)?(?:" + hedges.words(negation.PLAIN, negation.NEVER, negation.NONE,
                                                                      negation.NOTHING, negation.ABSENT)
                             + "|" + negation.CONTRACTION + r")(?:\s+(?:" + hedges.alternation(negation.SEEN, negation.SEEN_RARE)
                             + r"|it|them|one|any|either|here|there|found|find|see|be|been|is|are|was|were))*[\s*_]*"
                             r"(?:[.!]|\Z)")
_CLAUSE_STOP = lazy_compile(r"[;\n]")


# Between a reference and its posted verdict: a few words, no bracket ("X is difficult to rule out", "Dislocation -
# ruled out"); further on, or inside a bracket, the verdict is another thing's ("(look for a whirlpool sign to exclude
# volvulus)").
_NEAR_WORDS = 4
_WORD = lazy_compile(r"[A-Za-z]+")


def _near(text: str, after: int, hit: re.Match[str] | None) -> bool:
    """The verdict ``hit`` stands within a few words of the reference ending at ``after``, with no bracket between."""
    if hit is None:
        return False
    between = text[after:hit.start()]
    return "(" not in between and "[" not in between and len(_WORD.findall(between)) <= _NEAR_WORDS


def posted_verdict(text: str, after: int, own_end: int) -> str | None:
    """What the stretch after a reference (from ``after``, past options joined to it, up to ``own_end``: the next
    reference or its sentence's end, cut at a semicolon) says of it: "rejected", "open", "beside" (added beside
    another or weighed by contrast: held open unless the reference stands aside for another reason) or None."""
    stop = _CLAUSE_STOP.search(text, after, own_end)
    end = stop.start() if stop is not None else own_end
    if _near(text, after, _HELD.search(text, after, end)):
        return "open"  # "A cavernous hemangioma is difficult to rule out.", "which I cannot confirm"
    if _TURN_DENIED.search(text, after, end) is not None:
        return "open"  # "Brodie abscess is the only option left, but it does not fit the periosteum."
    if _near(text, after, _POSTED.search(text, after, end)) or _near(text, after, _FOREIGN_POSTED.search(text, after,
                                                                                                          end)):
        return "rejected"  # "Dislocation - ruled out.", "Pneumothorax: resolved", "X (D) is the least likely."
    if _ADDED.search(text, after, end) is not None or _CONTRAST.search(text, after, end) is not None:
        return "beside"  # "A pleural effusion sits at the base as well.", "X, by contrast, fits better."
    return None


def contrasted(lead: str) -> bool:
    """The clause before a reference weighs it by contrast ("In contrast, sarcoidosis favours ...")."""
    return _CONTRAST.search(lead) is not None


def subject_set_apart(lead: str) -> bool:
    """The reference completes a subject set apart from the one asked: "The uninjured nerve is the ulnar nerve."."""
    return _SET_APART_SUBJECT.search(lead) is not None


def denial_follows(tail: str) -> bool:
    """The sentence after the decisive one opens with a denial of what it named: "Not seen.", "I did not find it."."""
    return _DENIAL_OPENS.match(tail) is not None


_SENTENCE_END = lazy_compile(r"[.!?](?=\s|\Z)|\n")


def first_sentence_length(tail: str) -> int:
    """How far the first sentence of ``tail`` reaches (past any leading stop or space)."""
    lead = len(tail) - len(tail.lstrip(" .!*_\n"))
    stop = _SENTENCE_END.search(tail, lead)
    return stop.end() if stop is not None else len(tail)


# Options referred to by their place ("the third one is wrong and the first fits", "among these choices the second"):
# ``extract/mentions.py`` and the ordinal readers weigh those; a reply using them is not read here by its words.
_ORDINAL_REFERENCE = lazy_compile(r"(?i)\b(?:" + hedges.alternation(ORDINAL_WORDS[:6]) + r")\s+(?:one|option|choice|"
                                  r"answer|fits|is\s+(?:wrong|right|correct|incorrect))\b")
# A side word: an option naming one ("Left pneumothorax") is named by a concept only with that side.
_SIDE = lazy_compile(r"(?i)\b(?:left|right|bilateral)\b")


def by_place(text: str) -> bool:
    """The reply refers to options by their place: "the third one is wrong and the first fits"."""
    return _ORDINAL_REFERENCE.search(text) is not None


def side_missing(option: str, sentence: str) -> bool:
    """The option names a side ("Left pneumothorax") that the reference's sentence does not give ("Answer: air in the
    pleural space."): the side is half the option, and a concept without it does not name it."""
    sides = {w.lower() for w in _SIDE.findall(option)}
    return bool(sides) and not sides <= {w.lower() for w in _SIDE.findall(sentence)}


# A reference heading a colon that restates it as something else: "Metaphyseal cupping and fraying: this is from low
# vitamin D." (the explanation after the colon is what the reply says; the heading is its evidence).
_RESTATED = lazy_compile(r"(?i)[\s*_]*[:：—–][\s*_]*(?:this|it|which|that)\s+(?:is|are|was|were|comes?|results?)\b")
# An option named as a sign ("Westermark sign", "Golden S sign"): the question asks for its name.
_SIGN = lazy_compile(r"(?i)\bsigns?\s*\Z")


def restated(text: str, end: int, own_end: int) -> bool:
    """The reference ending at ``end`` heads a colon restating it as something else before the next reference."""
    hit = _RESTATED.match(text, end)
    return hit is not None and hit.end() <= own_end


def named_sign(option: str) -> bool:
    """The option names a sign ("Westermark sign"): a concept of the finding it describes ("oligaemia") does not name
    it, the sign's name does."""
    return _SIGN.search(option) is not None


# A verb, an arrow or an auxiliary: a sentence holding none is a fragment ("Morgagni hernia.", "So pain from
# appendicitis.").
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|would|should|may|might|"
                     r"must|will|shows?|fits?|suggests?|points?|favou?rs?|represents?|indicates?|looks?|seems?|appears?|"
                     r"means?|makes?|gives?|goes|says?|explains?|matches?|remains?)\b|['’](?:s|re)\b|→|->|=>|⇒|"
                     r"\b[a-z]{3,}(?:ed|ing)\b")


def fragment(sentence: str) -> bool:
    """The sentence holds no verb, auxiliary or arrow: a name or a description standing alone."""
    return _VERB.search(sentence) is None


def stands_for_others(options: dict[str, str]) -> bool:
    """An option stands for the others ("Both", "Neither", "None of the above"): ``extract/both.py`` reads those."""
    return any(BOTH_OPTION.match(o) or NEITHER_OPTION.match(o) for o in options.values())



# A checklist of what to look for (issue #7, session 56 lane tour56): "Discriminators to check:\n- wall thickness,
# pericholecystic fluid", "Look for: 1. pneumothorax 2. effusion.", "- Check for free air". What a reply says it would
# look at is a search, not a finding of this image, whatever option it names; only a statement about the image after
# the list ("Here there is a right pneumothorax.") may affirm one. A lead is a line or clause holding a word of
# examining (``hedges.EXAMINING``, "check", "look") and ending in a colon (a label of a step done,
# "Evaluation:", "Review:", heads its result and is no lead here); an imperative of the same
# words may also open the item's own line or sentence.
_SEARCH_WORDS = hedges.words(hedges.EXAMINING, ("check", "look", "look at"))
_SEARCH_LEAD = lazy_compile("(?i)" + _SEARCH_WORDS + r"[^.:\n]{0,40}:")
_SEARCH_OPENS = lazy_compile(r"(?i)^[\s*_>•\-]*(?:\d{1,2}[.)]\s*)?(?:please\s+)?" + _SEARCH_WORDS)
_ITEM_LINE = lazy_compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s")
# A sentence's end inside a line: a stop after anything but a list number ("1. pneumothorax 2. effusion").
_LINE_SENTENCE_END = lazy_compile(r"(?<!\d)[.!?](?=\s)")


def searched(text: str, start: int) -> bool:
    """Whether the reference at ``start`` is an item of a checklist of what to look for (see above): in a list item
    under a lead of searching, after such a lead in its own sentence, or in a line or sentence opened by an imperative
    of searching ("Check for ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    stops, leads = _layout(text)
    # the last stop whose blank after it lies before ``start`` (read per reference, a scan of its line was quadratic);
    # a lead ends in a colon: a line without one is not searched for it again
    at = bisect.bisect_left(stops, start) - 1
    own = before[stops[at] - line_start:] if at >= 0 and stops[at] > line_start else before
    if ":" in own and _SEARCH_LEAD.search(own) is not None or _SEARCH_OPENS.match(own) is not None \
            or _SEARCH_OPENS.match(before) is not None:
        return True
    if _ITEM_LINE.match(before) is None:
        return False
    lead = leads.get(line_start, "").strip(" *_#>")
    return lead.endswith(":") and _SEARCH_LEAD.search(lead) is not None


@functools.lru_cache(maxsize=4)
def _layout(text: str) -> tuple[list[int], dict[int, str]]:
    """The text's sentence ends inside lines (``_LINE_SENTENCE_END``'s match ends) and, for each line's start, the last
    line above it that is neither a list item nor blank (its list's lead): read once per text, not once per reference
    (each reference scanning its line or the lines above it was quadratic in a long line or list)."""
    stops = [m.end() for m in _LINE_SENTENCE_END.finditer(text)]
    leads, lead, at = {}, "", 0
    for piece, line in zip(text.splitlines(keepends=True), text.splitlines()):
        if _ITEM_LINE.match(line) is None and line.strip():
            lead = line
        at += len(piece)
        leads[at] = lead
    return stops, leads


__all__ = ["searched", "by_place", "contrasted", "denial_follows", "first_sentence_length", "fragment", "named_sign", "posted_verdict", "restated",
           "side_missing", "stands_for_others", "subject_set_apart"]
