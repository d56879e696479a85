"""A change since an earlier study, stated of a finding named in another sentence or with words the extractor does
not attach: "It is unchanged from two days ago.", "It has enlarged since three years ago.", "This is new compared
with the preoperative radiograph.", "the elevation ... it was already elevated on the preoperative radiograph".

A change is an attribute of a finding (``chg`` in the trigger table) when its words stand in the finding's clause.
On fresh chains a change was often said in a sentence of its own whose subject is a pronoun, on both sides: a chain's
"It is unchanged" for a consolidation that "has enlarged since the radiograph two days ago", and a report's "This is
new compared with the preoperative radiograph" after "The right hemidiaphragm is elevated", whose change no claim
carried, so a chain calling the elevation old scored as the faithful one (retired blind 10, fresh13). Such a
sentence's change belongs to the finding the last naming sentence called present (``pronoun_changes``, the
evidence's; ``change_errors``, the chain's: of those findings, the first whose family the evidence gives a change).

**A chain's change conflicts** when the evidence (report and reference steps, including its pronoun sentences)
gives the same family of finding, on a compatible side, only changes that disagree with it (``changes_conflict``:
unchanged against any change, better against worse or new); the step is then contradicted (``change-conflict``),
unless its own claim was already judged contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.findings import NAMED, Finding, Polarity
from medstep.verify.claim_index import ByStart
from medstep.verify.measured_change import measured_change, ratio_change
from medstep.verify.quantities import RATIO, RATIO_FINDINGS, quantity_name, read_quantities
from medstep.verify.opening_change import BARE_CHANGE, LABEL, concedes, label_end, opens_with
from medstep.verify.memo import owner_memo
from medstep.verify.lexicon import K_ABN, K_ATTR, K_CONCEPT, K_NEG_POST, K_NEG_PRE, K_PSEUDO_POST, K_PSEUDO_PRE, Concept
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events, sentence_spans
from medstep.verify.change_level import persisting_turns
from medstep.verify.dominant_side import side_before_comparison
from medstep.verify.same_as_study import SAME_AS_STUDY
from medstep.verify.scope_words import EARLIER_TIME, GROWN, SIDE_COMPARISON, SINCE_ONLY, denied_change, in_perfect
from medstep.verify.attr_conflicts import changes_conflict, lat_compatible
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

_NEGATION_REACH = 12  # characters from a negation's end to the change word it denies ("not really new")
_PSEUDO = (K_PSEUDO_PRE, K_PSEUDO_POST)
# the subject of a sentence that names no finding but states its change: a pronoun, or "this"/"these" with or
# without a noun ("This is new", "This appearance is unchanged", "The elevation is new")
# ("The fluid has decreased since the film two days ago.", "That level has risen by 3 cm": a plain noun for part of
# the finding named before, which no concept reads -- verr15)
# a comparison with the earlier study opening a sentence ("Compared with 2019, ...", "When compared with the earlier
# scan, ..."): one home for ``SUBJECT`` and ``_OPENING`` (a heading or blanks first: not ``\s*`` then ``LABEL``'s blanks, 10 s)
_COMPARED = r"(?:(?:when|as)\s+)?compared (?:with|to)|(?:in\s+)?comparison (?:with|to)|relative to|since|versus|vs\.?"
SUBJECT = lazy_compile(r"(?:" + LABEL + r"|\s*)(?:(?:(?:" + _COMPARED + r") [^,;:]{3,60}?,?\s+)?"
                        r"(?:it|they|these|those|this|its|their)|(?:the|that)\s+(?:elevation|enlargement|appearances?|"
                        r"abnormality|finding|change|shadow|lesion|collection|displacement|angulation|fluid(?:\s+component)?|(?:air[\s-])?"
                        r"(?:fluid\s+)?level|air|gas))\b", re.IGNORECASE)
_DESCRIPTOR_ONLY = frozenset({"calcification"})  # a finding's descriptor read as a concept (``named_findings``)
# a feature of the finding it follows by "with", never a finding of its own there ("consolidation with air
# bronchograms", "a mass with calcification"): a change said after it is the head's too (``change_heads``); an
# effusion, oedema or node after "with" is a finding of its own and keeps its change (review_errdetect38 F1)
HEAD_FEATURES = _DESCRIPTOR_ONLY | {"air_bronchogram", "cavitation"}
HEAD_FEATURE_SUFFIX = "_sign"  # a textbook sign ("a double line sign") is a feature of its finding too
_UNIT_BASE = 3_500_000


_MEMO_LIMIT = 16384  # sentences read per scanner (``owner_memo``): a benchmark's reports and chains repeat them


@owner_memo(_MEMO_LIMIT)
def first_change(scanner: Scanner, text: str) -> tuple[str, int, int] | None:
    """The first change since an earlier study ``text`` states, as (value, start, end): a ``chg`` attribute or a
    non-negation with one ("has not changed", "no interval change"), an organ word of growth in the perfect ("has
    enlarged"), a comparison of times ("the same as three years ago", "already present on the previous film"); not
    one a negation ends just before ("It is not new"), nor one that compares sides ("larger on the right")."""
    low = lower_text(text)
    neg_end = -99
    for s, e, kind, payload, attrs in sentence_events(scanner, low):
        if kind == K_NEG_PRE or kind == K_NEG_POST:
            neg_end = e
        elif kind == K_ATTR or kind in _PSEUDO:
            for key, value in attrs:
                if key != "change" or SIDE_COMPARISON.match(low, e) or side_before_comparison(low, s, e) \
                        or (value == "stable" and persisting_turns(low, s, e)):
                    continue
                if kind == K_ATTR and s - neg_end <= _NEGATION_REACH:
                    denied = denied_change(low, s, e, value)  # "It has not improved."
                    if denied is not None:
                        return denied, s, e
                elif payload not in SINCE_ONLY or EARLIER_TIME.match(low, e) or SAME_AS_STUDY.match(low, e):
                    return value, s, e
        elif kind == K_ABN and payload in GROWN and in_perfect(low, s) and s - neg_end > _NEGATION_REACH:
            return "worsened", s, e
        elif kind == K_ABN and s - neg_end > _NEGATION_REACH and (m := _THAN_BEFORE.match(low, e)) is not None:
            # "The conduit is less distended than on the study of three months ago": an abnormal state's degree
            # compared with an earlier study, more of it worse, less of it better
            more = low.rfind("more ", max(0, s - 5), s) >= 0
            if more or low.rfind("less ", max(0, s - 5), s) >= 0:
                return ("worsened" if more else "improved"), s - 5, m.end()
    return measured_change(low)


# the comparison with an earlier study after "more/less <abnormal word>": "than on the study of ...", "than before"
_THAN_BEFORE = lazy_compile(r"\s+than\s+(?:(?:on|in|at)\s+)?(?:(?:the|a|an)\s+)?(?:previous(?:ly)?|prior|earlier|last|"
                            r"preceding|initial|baseline|before|study|radiograph|film|scan|examination|exam|ct|mri|"
                            r"ultrasound|one)\b")


def named_findings(findings: Sequence[Finding]) -> list[Finding]:
    """The present findings a sentence names, a descriptor read as a concept left out beside another finding ("a
    calcified nodule") but kept when it is all the sentence names ("new calcifications in the left breast")."""
    named = [f for f in findings if f.polarity is Polarity.PRESENT and f.category == "finding" and f.source in NAMED]
    return [f for f in named if f.concept not in _DESCRIPTOR_ONLY] or named


def pronoun_changes(scanner: Scanner, concepts: dict[str, Concept], texts: Sequence[tuple[str, str, Sequence[Finding]]],
                    memo: dict[tuple, _TextChanges] | None = None, subjects: dict[str, tuple[str, int] | None] | None = None
                    ) -> list[tuple[Finding, str, str]]:
    """The changes the evidence ``texts`` ((source, text, its claims), in order) state in sentences that name no
    finding: with a pronoun subject, of the last naming sentence's first present finding (carried across the texts:
    a reference step "It has enlarged rapidly" follows the one that named the heart); with an organ subject ("the
    cardiac silhouette has doubled in size since ..."), or a pronoun after one, of the first finding the organ
    stands for. ``memo`` (a caller whose claims of a text are fixed: ``AttributeChecks``): each text's reading by
    the state carried into it, since a benchmark's reference steps repeat across its samples; ``subjects``:
    ``_organ_subject`` by sentence."""
    out: list[tuple[Finding, str, str]] = []
    first: Finding | None = None  # the last naming sentence's first present finding
    organ: str | None = None
    whole: tuple[str, str, str] | None = None  # a change of the whole film ("Comparison with ...: appearances unchanged")
    for source, text, findings in texts:
        key = (text, None if first is None else (first.concept, first.name, first.category, first.laterality,
                                                  first.location), organ, whole is None)
        got = None if memo is None else memo.get(key)
        if got is None:
            got = _text_changes(scanner, concepts, text, findings, first, organ, whole is None, subjects)
            if memo is not None:
                if len(memo) >= _MEMO_LIMIT:
                    memo.clear()
                memo[key] = got
        found, carried, organ, changed = got
        out += [(f, source, text) for f in found]
        if carried is not _KEEP:
            first = carried
        if changed is not None:
            whole = (changed, source, text)
    if whole is not None:  # every present finding that states no change of its own shares the film's
        changed_ids = {f.concept for f, _, _ in out}
        for source, text, findings in texts:
            for f in named_findings(findings):
                if not f.change and f.concept not in changed_ids:
                    out.append((Finding(f.concept, f.name, f.category, Polarity.PRESENT, f.text, f.start, f.end,
                                        f.laterality, f.location, change=whole[0], source="descriptor"), source, text))
    return out


_KEEP = Finding("", "", "", Polarity.PRESENT, "", 0, 0)  # (``_text_changes``: the finding carried in is carried on)
# a text's reading: (its changes, the finding carried out (``_KEEP``: the one carried in), the organ carried out,
# the whole film's change it states first when none was stated before)
_TextChanges = tuple[tuple[Finding, ...], Finding | None, str | None, str | None]


def _text_changes(scanner: Scanner, concepts: dict[str, Concept], text: str, findings: Sequence[Finding],
                  first: Finding | None, organ: str | None, whole_free: bool,
                  subjects: dict[str, tuple[str, int] | None] | None) -> _TextChanges:
    """``pronoun_changes`` of one text, given what the texts before it carry in: the first present finding of the
    last naming sentence, the organ subject of the last sentence naming none, and whether no whole-film change was
    stated yet. Depends on nothing else (the texts' sources are put back by the caller)."""
    out: list[Finding] = []
    carried: Finding | None = _KEEP
    whole: str | None = None
    for a, b in sentence_spans(text):
        sent = text[a:b]
        if not sent.strip():
            continue
        named = named_findings([f for f in findings if a <= f.start < b])
        if named:
            if first is None or not pronoun_led(SUBJECT.match(sent)):  # (a pronoun subject's sentence names its objects)
                first = carried = named[0]
            organ = None
            measured = None if any(f.change for f in named) else measured_change(sent.lower(), ratios=False)
            if measured is not None:  # "The mediastinum is widened, measuring 9.5 cm, compared with 6.5 cm ..."
                f = named[0]
                out.append(Finding(f.concept, f.name, f.category, Polarity.PRESENT, text[a + measured[1]:a + measured[2]],
                                   a + measured[1], a + measured[2], f.laterality, f.location, change=measured[0],
                                   source="descriptor"))
            continue
        pronoun = SUBJECT.match(sent) is not None
        subject = None if pronoun and not _WHOLE_SUBJECT.match(sent.lower().lstrip()) else _subject(
            scanner, concepts, sent, subjects)
        if subject is not None and subject[0] == _WHOLE:
            pronoun = False  # "The appearance is unchanged from 2019.": the whole film, not the organ named before it
        change = first_change(scanner, sent) if pronoun and (first is not None or organ) or subject is not None else None
        if change is not None and pronoun and first is not None and others_ratio(change, sent, first.concept, concepts):
            change = None
        if change is not None and pronoun and first is not None:
            f = first
            out.append(Finding(f.concept, f.name, f.category, Polarity.PRESENT, text[a + change[1]:a + change[2]],
                               a + change[1], a + change[2], f.laterality, f.location, change=change[0],
                               source="descriptor"))
        elif change is not None and not any(f.category == "finding" and a <= f.start < b for f in findings):
            which = organ if pronoun else subject[0] if subject is not None and subject[0] != _WHOLE and \
                LINK.fullmatch(sent.lower(), subject[1], change[1]) else None
            if which is None and subject is not None and subject[0] == _WHOLE and whole_free and whole is None \
                    and LINK.fullmatch(sent.lower(), subject[1], change[1]) and not _EXCEPT.search(sent.lower()):
                whole = change[0]
            if which is not None:
                c = concepts[concepts[which].expands[0]]
                out.append(Finding(c.id, c.name, c.category, Polarity.PRESENT, text[a + change[1]:a + change[2]],
                                   a + change[1], a + change[2], change=change[0], source="descriptor"))
        if not pronoun:
            first = carried = None
            organ = subject[0] if subject is not None and subject[0] != _WHOLE else None
    return tuple(out), carried, organ, whole


# a whole-film change with an exception ("unchanged apart from the effusion") is no change of every finding
_EXCEPT = lazy_compile(r"\b(?:apart|except|other than|besides|save for|aside from|but|however|whereas|although)\b")


def change_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept],
                  scanner: Scanner, subjects: dict[str, tuple[str, int] | None] | None = None) -> list[StepVerdict]:
    """``steps`` with each change the evidence gives the finding's family only otherwise judged contradicted
    (``change-conflict``): a pronoun-subject step's change (of the findings the last naming step called present,
    the first whose family the evidence gives a change: "The heart is globular. It is unchanged." is about the
    heart), and a named finding's change its own verdict did not already contradict. ``evidence``: present
    evidence findings with a change; ``subjects``: ``_organ_subject`` by sentence (memoised by the caller)."""
    if not evidence:
        return steps
    out = steps
    before: list[Finding] = []  # the findings the last step naming any named
    named_so_far: list[Finding] = []  # every present finding the steps before named
    organ: str | None = None  # the organ the last step naming no finding spoke of ("The cardiac silhouette is globular.")
    for k, s in enumerate(steps):
        named = named_findings(s.findings)
        added: list[FindingVerdict] = []
        said = SUBJECT.match(s.text)
        pronoun = said is not None
        subject = None if named or pronoun else _subject(scanner, concepts, s.text, subjects)
        ante = before or (_noun_antecedent(named_so_far, said) if not named and not before else [])
        if not named and (pronoun and (ante or organ) or subject is not None):
            change = first_change(scanner, s.text)
            if change is not None and said is not None and ante:
                added += _antecedent_change(s, change, said, ante, evidence, concepts)
            elif change is not None and not any(f.category == "finding" for f in s.findings) and (
                    pronoun or subject is not None and LINK.fullmatch(s.text.lower(), subject[1], change[1])):
                # "The heart size is unchanged.", "The superior mediastinum measures 9.5 cm, unchanged", "Overall the
                # appearances have improved.": the organ's findings (``expands``), or every finding for the whole film
                which = organ if pronoun else subject[0] if subject is not None else None
                ev = [x for x in evidence if which == _WHOLE or which is not None and any(
                    _kin(x[0].concept, c, concepts) for c in concepts[which].expands)]
                if ev and all(changes_conflict(change[0], x[0].change or "") for x in ev):
                    x = ev[0][0]
                    f = Finding(x.concept, x.name, x.category, Polarity.PRESENT, s.text[change[1]:change[2]], change[1],
                                change[2], change=change[0], source="descriptor", unit=_UNIT_BASE + s.index, role=s.role)
                    added.append(conflict(f, ev))
        else:
            if named and before:
                # "That level has risen by 3 cm since the last film, although a pneumonectomy space should fill":
                # the subject's change, said before the sentence names anything else, is the antecedent's; so is a
                # change the step opens with in a piece of its own, no subject before it ("Increased in number since
                # 2019, though the nodules are similar in size": the nodules before, or those named after it)
                change = first_change(scanner, s.text)
                first = min(f.start for f in named)
                if change is not None and change[1] < first and said is not None and not any(f.change for f in named):
                    added += _antecedent_change(s, change, said, before, evidence, concepts)
                elif change is not None and change[1] < first and said is None and opens_with(s.text, change, first):
                    # the subject named after the comma first ("Improved since yesterday, the pulmonary edema is now
                    # mild"), the antecedent first only when a concession follows ("..., though the nodules are
                    # similar in size": review_errdetect38 F2)
                    order = before + named if concedes(s.text, change[2]) else named + before
                    added += _antecedent_change(s, change, None, order, evidence, concepts)
            ids = {id(f) for f in named}
            for f, v in zip(s.findings, s.verdicts):
                if id(f) in ids and f.change and v.verdict is not Verdict.CONTRADICTED:
                    ev = [x for x in family(f, evidence, concepts) if lat_compatible(f.laterality, x[0].laterality)]
                    if ev and all(changes_conflict(f.change, x[0].change or "") for x in ev):
                        added.append(conflict(f, ev))
            if not added:  # (the attribute went to the last finding named, "air bronchograms", which no change has)
                added += _trailing_change(scanner, s, named, evidence, concepts)
        if not named and before and not added and said is None:
            # "Increased since 3 months ago, though otherwise the lungs are clear.": a change opening a step whose
            # concession names nothing present is the antecedent's (review_errdetect38)
            change = first_change(scanner, s.text)
            if change is not None and opens_with(s.text, change, len(s.text)) and concedes(s.text, change[2]):
                added += _antecedent_change(s, change, None, before, evidence, concepts)
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
        named_so_far += named
        if named:  # a pronoun subject's sentence names its objects ("It causes midline shift."): "it" stays the subject
            before, organ = (before + named if pronoun_led(said) and before else named), None
        elif not pronoun:
            before = []  # a sentence about something else ("The heart is globular."): "It" after it is not the finding
            organ = subject[0] if subject is not None and subject[0] != _WHOLE else None
    return out


_WHOLE = "*"  # the whole film: "the appearances", "the findings"
# the subject a sentence opens with: after a comparison ("Compared with two years ago, the ..."), a few words at most
_OPENING = lazy_compile(r"\s*(?:(?:" + _COMPARED + r")\s[^,.;:]*[,:]\s*)?(?:[\w'-]+\s+){0,3}")
_WHOLE_SUBJECT = lazy_compile(r"(?:the\s+)?(?:overall\s+)?(?:appearances?|findings|abnormalit(?:y|ies)|changes)\b")
_WHOLE_WORDS = ("appearance", "finding", "abnormalit", "change")  # one of these is in every match: a sentence with
# none is not searched (the search tries its optional openings at every character of every sentence); a noun subject
# opening with one is the whole film's too ("The appearance is unchanged", ``_noun_antecedent``)
# what may stand between an organ subject and its change word: its measure, a verb, a measurement, an adverb
LINK = lazy_compile(r"(?:\s|,|\b(?:and|size|width|contour|contours|outline|is|are|was|were|has|have|had|been|looks?|"
                     r"appears?|remains?|measures?|measuring|at|about|approximately|roughly|overall|largely|slightly|"
                     r"mildly|markedly|significantly|somewhat|all|now|essentially|grossly)\b|\d+(?:\.\d+)?\s*(?:cm|mm)\b)*")


def _subject(scanner: Scanner, concepts: dict[str, Concept], text: str,
             subjects: dict[str, tuple[str, int] | None] | None) -> tuple[str, int] | None:
    """``_organ_subject`` of ``text``, from ``subjects`` (a memo of the caller's, whose concepts are fixed) when given."""
    if subjects is None:
        return _organ_subject(scanner, concepts, text)
    hit = subjects.get(text, _NONE)
    if hit is _NONE:
        if len(subjects) >= _MEMO_LIMIT:
            subjects.clear()
        hit = subjects[text] = _organ_subject(scanner, concepts, text)
    return hit  # type: ignore[return-value]


_NONE = object()


def _organ_subject(scanner: Scanner, concepts: dict[str, Concept], text: str) -> tuple[str, int] | None:
    """The organ (an anatomy concept with findings it stands for) or the whole film (``_WHOLE``) a sentence opens
    with, and where its words end; None when it opens with something else."""
    low = lower_text(text)
    opening = _OPENING.match(low)
    head = opening.end() if opening is not None else 0
    whole = _WHOLE_SUBJECT.search(low) if any(w in low for w in _WHOLE_WORDS) else None
    if whole is not None and whole.start() <= head:
        return _WHOLE, whole.end()
    first = _first_concept(scanner, low)
    if first is None or concepts[first[2]].category == "modality" and not _names_more(scanner, concepts, low):
        # no subject at all: "No change since the radiograph of six months ago.", "Unchanged compared with the
        # film from one year ago." -- a change of the whole film when the sentence opens with it
        change = first_change(scanner, text)  # (after a heading at most: "Comparison: unchanged from 2019.")
        if change is not None and BARE_CHANGE.match(low, label_end(low, change[1]), change[1]):
            return _WHOLE, change[1]
        return None
    s, e, payload = first
    c = concepts.get(payload)
    if s <= head and c is not None and c.category == "anatomy" and c.expands:
        return payload, e
    return None


def _names_more(scanner: Scanner, concepts: dict[str, Concept], low: str) -> bool:
    """Whether ``low`` names anything but an imaging modality (a finding, a device, an organ)."""
    return any(kind == K_CONCEPT and concepts[payload].category != "modality"
               for _s, _e, kind, payload, _attrs in sentence_events(scanner, low))


@owner_memo(_MEMO_LIMIT)
def _first_concept(scanner: Scanner, low: str) -> tuple[int, int, str] | None:
    """The first concept phrase of ``low`` (a scan-form sentence) as (start, end, concept); None when it has none."""
    for s, e, kind, payload, _attrs in sentence_events(scanner, low):
        if kind == K_CONCEPT:
            return s, e, payload
    return None


def _antecedent_change(s: StepVerdict, change: tuple[str, int, int], said: re.Match | None, before: list[Finding],
                       evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept]) -> list[FindingVerdict]:
    """The contradiction of a change step ``s`` says of its pronoun or plain-noun subject (``said``; None: it opens with
    the change): of the findings the last naming step called present (``before``), the first whose family the evidence
    changes (the subject's noun first); none when it agrees, nor for a pronoun when any agrees (review found58)."""
    last, ev = before[-1], list[tuple[Finding, str, str]]()
    for f in before if said is None else noun_first(before, said.group().split()[-1].lower()):
        if others_ratio(change, s.text, f.concept, concepts) or not (fam := family(f, evidence, concepts)):
            continue
        if not all(changes_conflict(change[0], x[0].change or "") for x in fam):
            return []
        last, ev = (last, ev) if ev else (f, fam)
        if not pronoun_led(said):
            break
    if not ev:
        return []
    f = Finding(last.concept, last.name, last.category, Polarity.PRESENT, s.text[change[1]:change[2]], change[1],
                change[2], last.laterality, change=change[0], source="descriptor", unit=_UNIT_BASE + s.index, role=s.role)
    return [conflict(f, ev)]


_PRONOUNS = frozenset({"it", "they", "these", "those", "this", "its", "their"})


def pronoun_led(said: re.Match | None) -> bool:
    """Whether a ``SUBJECT`` match is a pronoun ("It causes 8 mm of midline shift."): the sentence's findings are then
    its objects and the pronoun still stands for the finding before (retired blind 14: "Compared with the CT 6 hours
    earlier it has decreased" after such a sentence was read as the midline shift's change, which no evidence gives)."""
    return said is not None and said.group().split()[-1].lower() in _PRONOUNS


def _noun_antecedent(findings: list[Finding], said: re.Match | None) -> list[Finding]:
    """The finding a plain-noun subject names by its own word when the step before named none present ("The right
    hemidiaphragm is focally elevated. The lung base is clear. The elevation is new ..."): the last of ``findings``
    whose words hold the noun's stem ("elevat", "enlarg"); none for a pronoun or a short noun (retired blind 23: the
    change went to the clear lung base, which no evidence changes, and a chain calling a nine-year-old elevation new
    scored as the faithful one)."""
    if said is None or pronoun_led(said):
        return []
    noun = said.group().split()[-1].lower()
    if len(noun) < _STEM or noun.startswith(_WHOLE_WORDS):  # ("The appearance is unchanged": the whole film's)
        return []
    stem = noun[:_STEM]
    return [f for f in findings if any(w.startswith(stem) for w in _WORDS.findall(f.text.lower()))][-1:]


_WORDS = lazy_compile(r"[a-z]+")
# a noun's stem shared by its finding's words: six letters keep "elevat" (elevation/elevated) and "enlarg"
# (enlargement/enlarged) whole, where a shorter stem would join unrelated words ("lev" of "level")
_STEM = 6


def noun_first(findings: list[Finding], noun: str) -> list[Finding]:
    """``findings`` with those whose words hold the subject's noun first: "The level has dropped" after "a left
    hydropneumothorax with an air-fluid level" is about the fluid level, not the hydropneumothorax (verr16)."""
    if noun in _PRONOUNS:  # the order the findings were named in
        return findings
    return sorted(findings, key=lambda f: noun not in f.text.lower())


def others_ratio(change: tuple[str, int, int], text: str, concept: str, concepts: dict[str, Concept]) -> bool:
    """Whether ``change`` (``first_change`` of ``text``) is told by two values of a named ratio
    (``measured_change.ratio_change``) that measures no finding of ``concept``'s kin (``quantities.RATIO_FINDINGS``):
    it is the ratio's change, not that of a finding a pronoun stands for ("A small effusion. It comes with a CTR of
    0.62, previously 0.51" is no growth of the effusion; "Cardiomegaly. It has a CTR of 0.63, previously 0.50" is)."""
    low = lower_text(text)
    if change != ratio_change(low):
        return False
    named = read_quantities(low).get(RATIO)
    finding = RATIO_FINDINGS.get(quantity_name(next(iter(named))[0])) if named else None
    return finding is None or not _kin(concept, finding, concepts)


def _kin(a: str, b: str, concepts: dict[str, Concept]) -> bool:
    """Whether concept ``a`` is ``b``, broader or narrower."""
    c = concepts.get(b)
    return a == b or c is not None and (a in c.ancestors or a in c.descendants)


# a sentence's last piece that is a change alone ("..., improved since yesterday.", "..., unchanged from the radiograph
# four weeks ago.", "..., and new since 2019."): up to an adverb before the change word
TRAILING = lazy_compile(r",\s*(?:and\s+)?(?:(?:which|that)\s+(?:is|are|has|have)\s+)?(?:now\s+)?(?:[a-z]+ly\s+)?")


def _trailing_change(scanner: Scanner, s: StepVerdict, named: Sequence[Finding],
                     evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept]) -> list[FindingVerdict]:
    """The contradiction of a change a sentence of step ``s`` says in a last piece of its own after a comma, naming
    nothing ("There are bilateral airspace opacities ..., improved since yesterday."): the change of the last present
    finding the sentence named before it whose family the evidence gives a change, against those changes (none when
    one agrees)."""
    # (the findings found by where they start, ``ByStart``: a scan of every finding per sentence took 4 s on a
    # 256k-character chain of hedged lists, issue #12)
    found, named_at = ByStart(s.findings), ByStart(named)
    for a, b in sentence_spans(s.text):
        cut = s.text.rfind(",", a, b)
        if cut < 0 or found.any_between(cut, b):
            continue
        m = TRAILING.match(s.text, cut)
        change = first_change(scanner, s.text[cut:b]) if m is not None else None
        before = named_at.between(a, cut)
        if change is None or m is None or not before or cut + change[1] != m.end():
            continue
        # (of the findings named before it, the last whose family the evidence gives a change: "opacities with air
        # bronchograms, improved since yesterday" is about the opacities)
        last, ev = before[-1], list[tuple[Finding, str, str]]()
        for f in reversed(before):
            ev = [x for x in family(f, evidence, concepts) if lat_compatible(f.laterality, x[0].laterality)]
            if ev:
                last = f
                break
        if ev and all(changes_conflict(change[0], x[0].change or "") for x in ev):
            x, y = cut + change[1], cut + change[2]
            return [conflict(Finding(last.concept, last.name, last.category, Polarity.PRESENT, s.text[x:y], x, y,
                                      last.laterality, change=change[0], source="descriptor",
                                      unit=_UNIT_BASE + s.index, role=s.role), ev)]
    return []


def conflict(f: Finding, ev: Sequence[tuple[Finding, str, str]]) -> FindingVerdict:
    refs = tuple(SourcedFinding(x, source, text) for x, source, text in ev[:MAX_EVIDENCE])
    return FindingVerdict(f, Verdict.CONTRADICTED, False, "change-conflict", refs)


def family(f: Finding, evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept]
            ) -> list[tuple[Finding, str, str]]:
    """The evidence changes of ``f``'s family: its concept, a broader or narrower one, or one of the same parent
    (a nodule and a granuloma)."""
    c = concepts[f.concept]
    out = []
    for x in evidence:
        other = x[0].concept
        if other == c.id or other in c.ancestors or other in c.descendants:
            out.append(x)
        else:
            o = concepts.get(other)
            if o is not None and set(o.parents) & set(c.parents):
                out.append(x)
    return out
