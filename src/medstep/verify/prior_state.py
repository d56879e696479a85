"""What an earlier study showed is no claim about this one: "Four weeks ago the heart size was normal, so it has
grown quickly", "There was no effusion on the previous film", "since the radiograph 4 weeks ago, when the heart size
was normal".

Such a clause was read as a statement about the image: a faithful chain that told how the heart had been was
charged with denying the cardiomegaly the report states (retired blind 11), and a report's "when the heart size was
normal" was evidence that supported a chain calling the enlarged heart normal. A clause states a past state when it
names an earlier time ("four weeks ago", "yesterday", "on the previous film", "previously", "before") and its verb is
in the past ("was", "were", "had", "lay", "measured"), with no word of the present ("now", "is", "has", "since",
"currently"); a "when" clause after a clause naming an earlier time does too. Its findings are dropped on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.studies import study_nouns
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding
from medstep.verify.memo import true_in_pieces
from medstep.verify.seen_before import OF_NOW
from medstep.verify.substring_gate import SubstringGate

# an earlier time (``answers/hedges.EARLIER_TIME``, less the times of a study that may be this one: "the radiograph
# from this morning", "the film on admission"), a count of units ago or earlier ("ten days earlier"), "previously",
# "before", or an earlier study named with one of ``hedges.EARLIER_WORDS``, after "on"/"in" ("on the previous film", "on
# the preoperative radiograph") or as the subject of a verb of showing ("The prior film showed a large pneumothorax":
# session 55, a faithful chain's account of the film before the drain was charged against today's small one; a
# comparison with such a study, "compared with the prior film", names no time by itself: its verb may be of now)
_MAYBE_THIS_STUDY = frozenset({"this morning", "on admission", "at admission"})
# (the count is a run of word characters and hyphens holding a word character: read from the run's start only and
# without backtracking, for a "\b[\w-]+" tried at each boundary of a run of hyphen-joined words ("gap-gap-...")
# scanned the run again from each (quadratic); the same texts match, for every caller asks only whether one does and
# starts no search inside a run; a mark of ``memo.found_in_pieces`` is neither a word character nor a hyphen)
_EARLIER_TIMES = tuple(w for w in hedges.EARLIER_TIME if w not in _MAYBE_THIS_STUDY)
_STUDY_WORDS = (*hedges.EARLIER_WORDS, "old", "initial")  # ("on the old film", "on the initial radiograph")
_BEFORE = ("previously", "before")
# ... as the subject of a verb of showing only a word of time alone: "initial" and "admission" also name this case's
# presenting study ("the initial radiograph showed"), "last" one of its images ("the last image showed a healed fracture"
# of three panels; "the last CT" is a study before), and "before"/"ago" are no attribute (review of lane faithful55)
_SUBJECT_STUDY_WORDS = tuple(w for w in _STUDY_WORDS if w not in ("last", "initial", "admission", "before", "ago"))
# a study by its name (``_STUDIES``, the whole study: "the last CT") or as its images ("the last image" may be a panel)
_STUDY_NAMES = ("film", "radiograph", "x-ray", "study", "scan", "ct", "examination", "exam")
_STUDIES = study_nouns(_STUDY_NAMES, plural=False)
_STUDY_NOUN = study_nouns((*_STUDY_NAMES, "image", "imaging"), plural=False, extra=("images", "one")) + r"\b"
_EARLIER = lazy_compile(r"(?<![\w-])-*+\w[\w-]*+\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier)\b|"
                        + hedges.words(_EARLIER_TIMES)
                        + r"|\b(?:on|in)\s+(?:the\s+|an?\s+)?(?:" + hedges.alternation(_STUDY_WORDS)
                        + r")\s+(?:[\w-]+\s+){0,2}?" + _STUDY_NOUN
                        + r"|\b(?:(?:the|an?)\s+(?:" + hedges.alternation(_SUBJECT_STUDY_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?"
                        + _STUDY_NOUN + r"|the\s+last\s+(?:[\w-]+\s+){0,2}?" + _STUDIES
                        + r"\b)\s+(?:had\s+)?(?:showed|shown|demonstrated|revealed)\b"
                        r"|\b(?:" + "|".join(_BEFORE) + r")\b")
# Every match of ``_EARLIER`` holds, as it is written, "ago" or each word of one of its phrases (a phrase's words are
# literal, joined by blanks; its longest is kept, "baseline" of "at baseline"): a text holding none of them cannot
# match, which one Aho-Corasick pass tells (``substring_gate``) before the pattern's first alternative is tried at each
# word of the text (issue #12, session 53: the verifier's costliest search by time on the corpus chains)
_EARLIER_GATE = SubstringGate(lambda: {"ago", *(max(w.split(), key=len) for w in (*_EARLIER_TIMES, *_STUDY_WORDS,
                                                                                  *_BEFORE))})


def _names_earlier(low: str) -> bool:
    """``_EARLIER.search(low) is not None``, the pattern tried only when the gate finds one of its words."""
    return _EARLIER_GATE.may_hold(low) and _EARLIER.search(low) is not None


_PAST = lazy_compile(r"\b(?:was|were|had|lay|measured|showed|looked|appeared|used\s+to\s+be)\b")
# "'s" is "is" only after a pronoun ("it's", "there's"): after a noun it is a possessive ("yesterday's film")
_PRESENT = lazy_compile(r"\b(?:now|is|are|has|have|since|currently|today|remains?|still|new|measures|shows|lies|contains|"
                        r"appears|extends|demonstrates)\b|"
                        r"\b(?:it|that|there|here|what|this|he|she)['\u2019]s\b")
# a bracket that is a statement of the past of its own (a past verb and an earlier time in it, no word of the present):
# a clause of the past by itself, and no part of the clause or the sentence around it, which tells of now ("Heart
# enlarged, CTR 0.75 (was 0.52 five years ago)": read with the bracket, the whole sentence was of the past; session
# 45). A bracket that only dates its clause ("The nodule measured 6 mm (on the CT 2 years ago)") stays in it.
_BRACKETED = lazy_compile(r"\([^()]*\)")
# ... a bracket that states an earlier value ("(was 0.52 five years ago)", "(measured 33 mm in 2019)"); one that only
# dates its clause with a verb of its own ("The ascending aorta measured 43 mm (when it was last imaged 3 years ago)")
# leaves its clause of the past (review of session 45: blanked, "measured 43 mm" was read as today's aorta)
_MEASURED = lazy_compile(r"\d+\.\d+|\d+\s*(?:mm|cm|%|\u00b0|degrees?\b)")
# clause cuts: punctuation and the words that open another clause (kept with the clause they open)
_CUT = lazy_compile(r"[;:!?,\n]|\.(?!\d)|(?=\b(?:but|whereas|while|so|which|when|although|though)\b)|"
                    r"(?=\band\s+(?:(?:is|are|has|have)\s+)?now\b)")
# a clause after one naming an earlier time that tells what that study showed ("..., when the heart size was normal",
# "a swallow three years ago, which showed a 1.0 cm pouch")
_WHEN = lazy_compile(r"\s*(?:when|which)\b")
# ... and a denial joined to a clause of the past by "but", with no verb of now: the object of that clause's verb ("Two
# years ago the scan showed the pouches but no inflammation or collection": session 55, read as today's denial it was
# contradicted by today's collection)
_BUT_NONE = lazy_compile(r"\s*but\s+(?:" + "|".join(negation.DENY) + r")\b")
# ... only within its sentence, and not where the denial names a study or place of now ("but no pneumothorax on the
# current film", "in this study", "here": review of lane faithful55, read as the earlier study's denial)
_OF_NOW_WORD = lazy_compile(r"\b(?:" + "|".join(OF_NOW) + r"|here)\b")
_BUT_NOW = lazy_compile(r"\bbut\s+(?:" + "|".join(negation.DENY) + r")\b[^.;!?\n]*?\b(?:" + "|".join(OF_NOW)
                        + r"|here)\b")  # (... nor is the sentence holding it wholly of the past)
# a study introduced after "and" with a verb of showing, in a clause whose earlier time came before any study: the time
# dates an event of the history, not the study ("cough that began five days earlier and the radiograph showed
# consolidation": review of lane faithful55, the film of the question read as an earlier one)
_AND_STUDY = lazy_compile(r"\band\s+(?:the|a|an|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _STUDY_NOUN
                          + r"\s+(?:had\s+)?(?:showed|shows|demonstrated|demonstrates|revealed|reveals)\b")
_A_STUDY = lazy_compile(r"\b" + _STUDY_NOUN)
# a sentence: a decimal point ends none ("which showed a 1.0 cm pouch" was a sentence ending at "1", wholly of the past,
# and the pouch's prior 10 mm the size of now; verr25)
_WHOLE = lazy_compile(r"(?:[^.;!?\n]|\.(?=\d))+")
# an earlier study named by its date or as the one compared with ("On the comparison study", "In 2019", "on the CT of
# 3 March"): an earlier time only for a whole sentence in the past (``earlier_sentence``)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_MONTH = r"(?:" + "|".join(_MONTHS) + r")[a-z]*"
_CENTURIES = ("19", "20")
_COMPARED, _THAT = "comparison", "that"
_DATED = lazy_compile(r"\b(?:in|on|from|of|dated)\s+(?:(?:early|late|mid)\s+)?(?:" + _MONTH + r"\s+)?(?:"
                      + "|".join(_CENTURIES) + r")\d\d\b|"
                      r"\b(?:of|on|from|dated)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b|"
                      r"\b" + _COMPARED + r"\s+(?:[\w-]+\s+)?(?:film|radiograph|x-?ray|study|scan|ct|mri|examination|"
                      r"exam|images?|imaging)\b|\bat\s+" + _THAT + r"\s+time\b")
# Every match of ``_DATED`` holds one of these, as written: a year's century, a month's name (a day's number may be
# another script's digit), "comparison" or the "that" of "at that time" (the gate of ``_dated``, as ``_EARLIER_GATE``)
_DATED_GATE = SubstringGate(lambda: (*_CENTURIES, *_MONTHS, _COMPARED, _THAT))


def _dated(low: str) -> bool:
    """``_DATED.search(low) is not None``, the pattern tried only when the gate finds one of its words."""
    return _DATED_GATE.may_hold(low) and _DATED.search(low) is not None


# a subject dated at an earlier study that turned into what the sentence goes on to name ("The partial-thickness tear on
# the ultrasound two years ago has progressed to a full-thickness tear", "the small effusion seen yesterday has become
# a large one"): the subject is the earlier state, its grade and size that study's (a faithful "full-thickness tear"
# was contradicted by the earlier "partial-thickness" one); what follows the verb is now
_TURNED = lazy_compile(r"\b(?:(?:has|have|had)\s+)?(?:progressed|evolved|developed|turned|converted|changed|become|became|"
                       r"matured)\s+(?:in)?to\b|\b(?:has|have)\s+become\b")
_SUBJECT = lazy_compile(r"(?:[^.;:!?\n,]|\.(?=\d))+$")


# the subject's head noun: its last word before the words that date it ("the partial-thickness tear seen on the prior
# MRI": "tear"); what it turned into must name it again or be a grade or size of it ("a full-thickness tear", "a large
# one", "5 cm"). A new thing it turned into ("the consolidation has progressed to cavitation") adds to the subject, which
# is still there now
_HEAD = lazy_compile(r"([a-z]+?)(?:es|s)?\s+(?:seen|noted|described|shown|present|demonstrated|identified|on|in|at|from|of|"
                     r"dated)\b")
_SAME_OR_GRADE = lazy_compile(r"[^.;:!?\n,]*?(?:\bones?\b|\d)")


def _names_again(low: str, subject: int, verb: int, after: int) -> bool:
    """Whether what follows the turning verb at ``after`` names the subject's head noun again or grades or sizes it."""
    head = _HEAD.search(low, subject, verb)
    if _SAME_OR_GRADE.match(low, after) is not None:
        return True
    clause = low[after:after + 120].split(".")[0]
    return head is not None and re.search(r"\b" + re.escape(head.group(1)), clause) is not None


def _turned_subjects(low: str) -> list[tuple[int, int]]:
    """The spans of subjects dated at an earlier study before a verb of turning into (``_TURNED``) what names them
    again (``_names_again``)."""
    out = []
    for m in _TURNED.finditer(low):
        s = _SUBJECT.search(low, 0, m.start())
        if s is not None and _EARLIER.search(low, s.start(), m.start()) is not None \
                and _names_again(low, s.start(), m.start(), m.end()):
            out.append((s.start(), m.start()))
    return out


@lru_cache(maxsize=16384)
def past_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s clauses that state what an earlier study showed (see the module docstring); memoised
    per text (a pure reading: the steps of a benchmark's chains and its reference steps repeat)."""
    low = text.lower()
    if not (_EARLIER_GATE.may_hold(low) and true_in_pieces(_names_earlier, low)) and not _dated(low):  # (piece by piece: no earlier time holds a mark)
        return ()
    low, brackets = _blank_past_brackets(low)
    if brackets:  # (each a clause of the past; the text read without them, offsets kept)
        text = "".join(" " if low[i] == " " and text[i] != " " else ch for i, ch in enumerate(text))
        return tuple(sorted(set(_spans_of_past(text, low)) | set(brackets)))
    return _spans_of_past(text, low)


def _spans_of_past(text: str, low: str) -> tuple[tuple[int, int], ...]:
    out = [m.span() for m in _WHOLE.finditer(text) if earlier_sentence(m.group())]
    out += [t for t in _turned_subjects(low) if not any(a <= t[0] < b for a, b in out)]
    if out:  # a sentence wholly of the past ("Previously, the nodule measured 6 mm."), and the clauses of the rest
        return tuple(sorted(set(out) | {c for c in _clauses_of_past(text, low) if not any(a <= c[0] < b for a, b in out)}))
    return _clauses_of_past(text, low)


def _blank_past_brackets(low: str) -> tuple[str, list[tuple[int, int]]]:
    """``low`` with each bracket that is a statement of the past of its own (``_BRACKETED``) blanked, and the spans
    inside those brackets."""
    if "(" not in low:
        return low, []
    spans = [m.span() for m in _BRACKETED.finditer(low) if _PAST.search(m.group()) is not None
             and _EARLIER.search(m.group()) is not None and _PRESENT.search(m.group()) is None
             and _MEASURED.search(m.group()) is not None]
    for a, b in reversed(spans):
        low = low[:a] + " " * (b - a) + low[b:]
    return low, [(a + 1, b - 1) for a, b in spans]


def _event_only(clause: str, begin: int, end: int) -> int:
    """Where the past of ``clause`` (at ``begin``) ends: before "and the film showed ..." (``_AND_STUDY``) when what
    comes before names no study, so that its earlier time is an event's; else at ``end``."""
    m = _AND_STUDY.search(clause)
    if m is None or _A_STUDY.search(clause, 0, m.start()) is not None or not _names_earlier(clause[:m.start()]):
        return end
    return begin + m.start()


def _clauses_of_past(text: str, low: str) -> tuple[tuple[int, int], ...]:
    out = []
    begin = 0
    earlier_before = past_before = False
    cuts = [m.start() for m in _CUT.finditer(low)] + [len(low)]
    for end in cuts:
        if end <= begin:
            continue
        clause = low[begin:end]
        if clause.isspace():  # (between a comma and the word opening the next clause: ", which ...")
            begin = end
            continue
        earlier = _names_earlier(clause)
        if _PAST.search(clause) and not _PRESENT.search(clause) and (
                earlier or earlier_before and _WHEN.match(clause)) or (
                past_before and _BUT_NONE.match(clause) and not _PRESENT.search(clause)
                and not _OF_NOW_WORD.search(clause)):
            upto = _event_only(clause, begin, end)
            out.append((begin, upto))
            past_before = upto == end < len(low) and (low[end] == "," or low[end].isalpha())  # (a "but" opens the next)
        else:
            past_before = False
        earlier_before = earlier
        begin = end + (1 if end < len(low) and not low[end].isalpha() else 0)
    return tuple(out)


def earlier_sentence(text: str) -> bool:
    """Whether the sentence ``text`` as a whole tells what an earlier study showed: it names an earlier time (as
    ``past_spans`` does, or a dated or comparison study: ``_DATED``), its verb is in the past and no word of the present
    stands in it. "Previously, the nodule measured 6 mm." and "On the comparison study the kidney was 9 cm long." open
    with the time in a clause of its own, which ``past_spans`` reads apart from the clause it dates."""
    low = _blank_past_brackets(text.lower())[0]
    return ((_names_earlier(low) or _dated(low)) and _PAST.search(low) is not None
            and _PRESENT.search(low) is None and _BUT_NOW.search(low) is None and _event_only(low, 0, len(low)) == len(low))


def drop_past(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` of ``text`` without those in a clause about an earlier study (the list itself when none is); a
    comparison said of that study stays as the change since then (``since_then``), and a modality as a study named."""
    spans = past_spans(text) if findings else []
    if not spans:
        return list(findings) if not isinstance(findings, list) else findings
    kept, now = since_then(tuple(findings), spans, text.lower())
    # (a modality stays: the earlier study was one, "on a Doppler ultrasound one year ago", and a chain naming it
    # names a study of the case)
    return [f for f in kept if id(f) in now or f.category == "modality" or not any(a <= f.start < b for a, b in spans)]


# a comparison said of the earlier study is the reverse change since then
_THEN_TO_NOW = {"improved": "worsened", "worsened": "improved"}

# ... held by a comparative in the clause of the past; "lower" or "upper" before a part's noun names a place, not a
# comparison ("a 2.5 cm left lower zone opacity (was 2.0 cm two years ago)": read as "lower", the growth the two
# measurements tell was reversed into a shrinking, session 43)
_COMPARATIVE = lazy_compile(r"\b(?:smaller|larger|bigger|less|more|higher|thinner|thicker|fewer|better|worse|lower(?!\s+"
                            r"(?:zones?|lobes?|poles?|lid|lip|limbs?|quadrant|third|half|border|pole|ribs?|abdomen|"
                            r"back|leg|extremit(?:y|ies)|segments?|part|end|lumbar|cervical|thoracic|jaw|urinary|gi)\b))\b")


def since_then(claims: tuple[Finding, ...], past: Sequence[tuple[int, int]], text: str
               ) -> tuple[tuple[Finding, ...], set[int]]:
    """``claims`` with each comparison stated of the earlier study ("Two years ago the rim was less extensive", "three
    months ago the nodule was smaller": the clause of the past in ``text`` holds the comparison) turned into the
    change since then (more extensive, grown now), and the ids of those claims: a claim about the image after all.
    Read as the earlier study's own change, "less extensive" was an improvement that contradicted a faithful chain's
    report of growth, and "was more extensive" agreed with it."""
    now: set[int] = set()
    out = list(claims)
    for k, f in enumerate(claims):
        flipped = _THEN_TO_NOW.get(f.change or "")
        span = next(((a, b) for a, b in past if a <= f.start < b), None)
        if flipped is not None and span is not None and _COMPARATIVE.search(text, *span) is not None:
            # (the comparison in the clause of the past: "six months ago this was a 3 cm nodule, so it has grown" says
            # its change in a clause of the present)
            out[k] = replace(f, change=flipped)
            now.add(id(out[k]))
    return (tuple(out), now) if now else (claims, now)


# A number of an earlier study in a sentence that also gives the number of now ("41 mm (previously 33 mm)", "2.8 cm, up
# from 1.6 cm", "CTR 0.75 (was 0.52 five years ago)", "having measured 6.5 cm on a radiograph from two years ago"): a
# marker of the earlier study right before it, or an earlier time after it in its clause with no other number between
# (a bracket ends the clause: the "(previously 33 mm)" after "41 mm" is another number's, not the 41's). Moved here from
# ``measured_organs`` (session 45) so that the organs and the named quantities (``aligned_said``: a ratio or a score of
# a sentence naming an earlier time was read as nothing, so "CTR 0.75" against "0.57, increased from 0.52 on the prior
# study" compared nothing) tell the two numbers apart by one rule.
_THEN_BEFORE = lazy_compile(r"\b(?:from|previously|having\s+measured|compared\s+(?:with|to)|versus|vs\.?)\s+"
                            r"(?:about\s+|approximately\s+|around\s+|roughly\s+)?$")
_THEN_AFTER = lazy_compile(r"[^.;,()]{0,60}?" + hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS).replace(
    "\\-", "[\\s-]"))
_DATING_BRACKET = lazy_compile(r"\s*(?:mm|cm|%|\u00b0|degrees?)?\s*\(([^()]*)\)")
_OTHER_NUMBER = lazy_compile(r"\d+\.\d+|\d+\s*(?:mm|cm|%)")


# in any sentence: a quantity an earlier study gave by its name ("the previous CTR of 0.49 has increased to 0.58", "the
# earlier 20% height loss") or the amount of a change ("has increased by 0.07 to 0.59"): neither is the value of now
# (review of session 45: read as now, they contradicted faithful chains)
_NAMED_THEN = lazy_compile(r"\b(?:previous|prior|earlier|old|former|initial|baseline|preceding)\s+(?:(?:(?!the\b|an?\b|this\b)"
                           r"[a-z/-]+\s+){0,2}?(?:ratio|index|score|ctr|angle|gcs|aspects)\b"
                           r"(?:(?!now\b|today\b|current)[^\d.;:,()]){0,24})?$")
_AMOUNT = lazy_compile(r"\b(?:increased|decreased|risen|rose|fallen|fell|grown|progressed|worsened|improved|dropped|"
                       r"reduced|enlarged|shrunk|gone\s+(?:up|down)|went\s+(?:up|down)|changed)\s+by\s+"
                       r"(?:about\s+|approximately\s+|around\s+|roughly\s+|a\s+further\s+)?$")


def not_of_now(low: str, start: int) -> bool:
    """Whether the quantity at ``low[start:]`` is named as an earlier study's or is a change's amount
    (``_NAMED_THEN``, ``_AMOUNT``), in any sentence."""
    a = max(0, start - 60)
    return _NAMED_THEN.search(low, a, start) is not None or _AMOUNT.search(low, a, start) is not None


def earlier_number(low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` (lower case) is an earlier study's (see ``_THEN_BEFORE``)."""
    if _THEN_BEFORE.search(low, max(0, start - 30), start) is not None:
        return True
    m = _THEN_AFTER.match(low, end)
    if m is not None and _OTHER_NUMBER.search(low, end, m.end()) is None:
        return True
    # a bracket right after it that dates it and gives no other measurement ("43 mm (when it was last imaged 3 years
    # ago)", "43 mm (CT of 2 years ago)"; not "41 mm (previously 33 mm)": review of session 45)
    b = _DATING_BRACKET.match(low, end)
    return b is not None and _EARLIER.search(b.group(1)) is not None and _MEASURED.search(b.group(1)) is None
