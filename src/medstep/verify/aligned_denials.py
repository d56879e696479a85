"""An unnamed thing the chain states present that the report denies in a list of its own: "There are intraluminal
webs, mosaic perfusion and bronchial collaterals." against "No mosaic perfusion and no webs or bronchial collaterals."
(issue #8, verr21).

Words no concept of the table names are claims of nothing, so a chain that stated a distractor's features (the chronic
signs of option B beside an acute embolism) as fact was judged only on what else it said. A report sentence that is
one denial from its start ("No ...", "There is no ...", "Without ...") with no turn in it ("but", "however", "with",
"except", ...) denies each of its items (cut at commas, "and", "or", "nor", "no"); an item of at least two thing words
(``aligned_words._things``), naming no concept of the table, that no other report sentence names is a denied thing. A chain clause the step asserts, with no
denial and no normal word of its own, that holds every thing word of a denied item states it present: contradicted
(``aligned-polarity-conflict``). An item of one word ("No webs.") is left alone: one shared word is no proof of one
thing.
A report sentence's items denied by "do not" / "does not" + a verb ("The defects do not enhance after contrast.")
are denied things too (``verb_denials``, vneg23): a chain clause that states them ("They enhance after contrast.")
is contradicted the same way; so are the objects of a sparing ("The signal abnormality spares the left lentiform
nucleus" against "... extends into the left lentiform nucleus"; verr25).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_sides import sides_in
from medstep.verify.findings import Polarity
from medstep.verify.memo import bounded_put
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scan import lower_text
from medstep.verify.scope_words import THERE_IS
from medstep.verify.verdicts import FindingVerdict

MIN_WORDS = 2  # the thing words of a denied item
_DENIAL_LIST = lazy_compile(r"\s*(?:" + THERE_IS + r"\s+)?(?:no|without)\b")
_TURN = lazy_compile(r"\b(?:but|however|although|though|except|apart|other|whereas|while|yet|with|which|that|than|"
                     r"instead|rather|only|new|longer|more|further|significant|definite)\b")
_VERB = lazy_compile(r"\b(?:is|are|was|were|extends?|extending|lies|lie|measures?|measuring|shows?|has|have|contains?|"
                     r"passes|reaches|remains?)\b")
_ITEM_CUT = lazy_compile(r",|:|\b(?:or|and|nor|no)\b")
# a denial list after what a sentence states ("The lungs are clear, with no nodules, reticular or interstitial
# opacities": denied52)
_DENIAL_TAIL = lazy_compile(r",\s*(?:with\s+no|without)\b")
# a verb of being seen closing a list's last item ("No intratesticular or capsular flow is detected")
_SEEN_AFTER = lazy_compile(r"\s+(?:(?:been|being)\s+)?" + hedges.words(negation.SEEN, negation.SEEN_RARE))
# an item cut from the next by "or" / "and" / "nor" only: a modifier that may share the next item's head noun
_SHARES_HEAD = lazy_compile(r"\b(?:or|and|nor)\s*$")
# the list's closing "or" / "nor": only an item it (or the denial itself) opens ends at a verb of being seen; after
# "and" or a comma the verb opens a statement of its own ("No fracture, marginal syndesmophytes are seen ...")
_CLOSING = lazy_compile(r"\b(?:or|nor)\s*$")
# a denial by a verb ("The defects do not enhance after contrast": vneg23) and where its item ends
_VERB_NOT = lazy_compile(r"\b(?:do|does|did)\s+not\s+|\b(?:don't|doesn't|didn't)\s+|"
                         # a sparing: "The signal change spares the left lentiform nucleus" denies its object's
                         # involvement (verr25: "... extends into the left lentiform nucleus" scored as faithful)
                         r"\bspar(?:es|ing)\s+(?:of\s+)?")
# a denial the trigger table reads as none: a prefix ("non-enhancing": ``lower_text`` makes the hyphen a space), a
# verb of failing or lacking ("the tail fails to enhance", "the lung failed to deflate", "lacks enhancement") or of
# sparing ("the nucleus is spared")
_NON = lazy_compile(r"\bnon\s|\bfail(?:s|ed|ing)?\s+to\b|\black(?:s|ed|ing)?\b|\bdevoid\b|\bspar(?:es|ed|ing)\b")
# the noun a lone denied verb is said of: the last word before it, across "which" / "that" / "it" ("the nodule, which
# does not enhance", "the cyst wall does not enhance")
_SUBJECT_BEFORE = lazy_compile(r"\b([a-z]{3,})\s*,?\s*(?:(?:which|that|it|they)\s+)?$")
# "neither the wall nor the contents enhance": each subject with the verb both deny (vdistr25)
_NEITHER = lazy_compile(r"\bneither\s+([a-z][a-z -]*?)\s+nor\s+([a-z][a-z -]*?)\s+([a-z]{3,})(?=\s*(?:$|[.,;:]|\s+(?:after|"
                        r"on|with|in|at|during|following)\b))")
# a spared thing is contradicted only by a clause that has the abnormality reach it ("extends into", "involves"): a
# lay chain says a spared part is "left alone", "fine", "kept out of it" in words no list holds
_SPARED = lazy_compile(r"(?i)\bspar(?:es|ing)\s+(?:of\s+)?$")
_INVOLVES = lazy_compile(r"\b(?:extend\w*|involv\w*|spread\w*|infiltrat\w*|invad\w*|affect(?:s|ed|ing)?|reach\w*|"
                         r"includ\w*)\b")
_ITEM_END = lazy_compile(r"[,;:.]|\b(?:and|but|or|while|whereas|although)\b")

Denied = tuple[frozenset[str], int, int]  # (an item's thing words, its span in the report)


_ASSERTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.NEGATED, SentenceRole.CONCLUSION})


def asserted_spans(s: StepVerdict) -> tuple[tuple[int, int], ...]:
    """The spans of step ``s`` it asserts: its sentences of an asserting role, each stretched over the text after it
    that no sentence covers ("...; ASPECTS is 3.": a clause without a word of the lexicon gets no sentence of its own,
    and goes on in the voice of the one before it). Memoised on the step's text and clauses, all it reads (issue #12,
    session 58: a benchmark's chains repeat their lines, and building the step's ``Sentence`` records at each ask was
    ~3% of the verifier's time on ``bench_score_scale`` samples)."""
    key = (s.text, s.clauses)
    try:
        hit = _ASSERTED_MEMO.get(key)
    except TypeError:  # (clauses built as lists, as a test may: read, not memoised)
        return _asserted_spans(s)
    if hit is None:
        hit = _asserted_spans(s)
        bounded_put(_ASSERTED_MEMO, key, hit, _ASSERTED_LIMIT)
    return hit


_ASSERTED_MEMO: dict[tuple, tuple[tuple[int, int], ...]] = {}  # (step text, clauses) -> asserted spans
_ASSERTED_LIMIT = 16384


def _asserted_spans(s: StepVerdict) -> tuple[tuple[int, int], ...]:
    out = []
    sentences = s.sentences  # (built from the step's clauses at each ask: once here)
    for n, x in enumerate(sentences):
        if x.role in _ASSERTED:
            end = sentences[n + 1].start if n + 1 < len(sentences) else len(s.text)
            out.append((x.start, max(x.end, end)))
    return tuple(out)


def denied_items(sentences: Sequence[tuple[int, str]], things: Callable[[str], frozenset[str]],
                 named: Callable[[str], bool]) -> list[Denied]:
    """The denied things of a report's sentences (each as (start in the report, text); see the module docstring); an
    item naming a concept of the table (``named``) is judged with it, and an item with a verb of its own ("..., and gas
    extends to the rectum") ends the denial."""
    items: list[Denied] = []
    said: list[frozenset[str]] = []
    for start, text in sentences:
        low = text.lower()
        opening = _DENIAL_LIST.match(low)
        if opening is None or _TURN.search(low) is not None:
            tail = _DENIAL_TAIL.search(low) if opening is None else None
            if tail is None or _TURN.search(low, tail.end()) is not None or sides_in(low[:tail.start()]):
                # (a statement of one side denies for that side only, and an item keeps no side: "The right kidney
                # enhances normally, with no perfusion defect" denies none of the left kidney's; blind 52)
                said.append(things(low))
                continue
            said.append(things(low[:tail.start()]))  # ("The lungs are clear, with no ...": what it states before)
            opening = tail
        cuts = [opening.end()] + [m.end() for m in _ITEM_CUT.finditer(low, opening.end())] + [len(low)]
        pieces = []
        for a, b in zip(cuts, cuts[1:]):
            verb = _VERB.search(low, a, b)
            if verb is not None:
                if _SEEN_AFTER.match(low, verb.end()) is None or a != opening.end() and _CLOSING.search(
                        low, 0, a) is None:
                    break  # ("No fracture and marginal syndesmophytes are seen": a statement of its own)
                pieces.append((a, verb.start()))  # ("... capsular flow is detected": the item ends at its verb)
                break
            pieces.append((a, b))
        for n, (a, b) in enumerate(pieces):
            words = things(low[a:b])
            if len(words) == 1 and n + 1 < len(pieces) and _SHARES_HEAD.search(low, a, b) is not None:
                # ("no intratesticular or capsular flow": the first item's modifier is said of the last's head noun)
                words |= _head(low[pieces[n + 1][0]:pieces[n + 1][1]], things)
            if len(words) >= MIN_WORDS and not named(text[a:b]):
                items.append((words, start + a, start + b))
    return [item for item in items if not any(item[0] <= other for other in said)] + verb_denials(
        sentences, things, named)


def _head(low: str, things: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """The head noun of a list item: its last thing word ("capsular colour doppler flow" -> "flow"), none for none."""
    for w in reversed(low.split()):
        head = things(w)
        if head:
            return head
    return frozenset()


def verb_denials(sentences: Sequence[tuple[int, str]], things: Callable[[str], frozenset[str]],
                 named: Callable[[str], bool]) -> list[Denied]:
    """The items the report's sentences deny with "do not" + a verb ("do not enhance after contrast": two thing words
    at least, no concept named), or with "neither A nor B" + a verb (A with the verb, B with the verb: "neither the
    wall nor the contents enhance"); an item whose words all stand in another report sentence is left out."""
    lows = [lower_text(t) for _s, t in sentences]
    if not any("not" in low or "n't" in low or "spar" in low or "neither" in low for low in lows):
        return []  # (each pattern below holds one of these words: most reports hold none)
    said = [things(low) for low in lows]
    items: list[Denied] = []
    for n, (start, text) in enumerate(sentences):
        low = lows[n]
        for m in _VERB_NOT.finditer(low):
            end = _ITEM_END.search(low, m.end())
            b = end.start() if end is not None else len(low)
            words = things(low[m.end():b])
            if len(words) == 1 and (subject := _SUBJECT_BEFORE.search(low, 0, m.start())) is not None:
                words |= things(subject.group(1))  # "the nodule, which does not enhance": the nodule's enhancement
            if len(words) >= MIN_WORDS and not named(text[m.end():b]) and not any(
                    words <= other for k, other in enumerate(said) if k != n):
                items.append((words, start + m.end(), start + b))
        for m in _NEITHER.finditer(low):
            for g in (1, 2):
                words = things(m.group(g) + " " + m.group(3))
                if len(words) >= MIN_WORDS and not named(m.group(g) + " " + m.group(3)) and not any(
                        words <= other for k, other in enumerate(said) if k != n):
                    items.append((words, start + m.start(), start + m.end()))
    return items


def denial_errors(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                  denied: Sequence[Denied], report: str, unit: int, things: Callable[[str], frozenset[str]],
                  denies: Callable[[str], bool]) -> list[FindingVerdict]:
    """The first clause of step ``s`` (``clauses``: its spans) it asserts (``asserted``), with no denial or normal word
    in its sentence up to its end (``denies`` of the lower-case text), holding every thing word of a denied item."""
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        opened = max(s.text.rfind(c, 0, a) for c in ".;!?\n") + 1  # (a denial earlier in its sentence: "No X, Y or Z")
        low = lower_text(s.text[opened:b])
        if denies(low) or _NON.search(low) is not None:
            continue  # (denied by a prefix or a verb of failing: "a non-enhancing nodule", "fails to enhance")
        said = things(lower_text(s.text[a:b]))
        for words, x, y in denied:
            if words <= said and (_INVOLVES.search(low) is not None or _SPARED.search(report, max(0, x - 16), x) is None):
                return [unnamed_conflict(s, (s.text[a:b].strip(), a, b), (report[x:y].strip(), x, y), report,
                                         "aligned-polarity-conflict", unit, (Polarity.PRESENT, Polarity.ABSENT))]
    return []


__all__ = ["asserted_spans", "denial_errors", "denied_items"]
