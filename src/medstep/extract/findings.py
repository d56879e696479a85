"""Implicit yes/no by concept: a closed question answered with a synonym, a finding, or an organ called normal.

``implicit_yes_no`` (``extract/implicit.py``) reads only the question's own words. Models often answer in other words:
"Is there a pleural effusion?" -> "The costophrenic angles are blunted by fluid." / "The costophrenic angles are
sharp."; "Is the heart enlarged?" -> "Cardiomegaly is present." / "The cardiac silhouette is normal in size."; "Is the
trachea midline?" -> "The trachea is deviated to the right."; "Is this a CT scan?" -> "This is a T2-weighted MRI.".
This reader (rule ``implicit_finding``) maps question and answer onto the shared clinical vocabulary
(:mod:`medstep.answers.concepts`: concepts, synonyms, hierarchy, the organs a "normal" word rules findings out of) and
reads the answer only when it settles the asked concept:

* **Asked** (:class:`Asked`): the presence of one finding or device, optionally on one side ("Is there a pleural
  effusion on the right?"); one organ being normal ("Are the lungs clear?"); the image's modality; its plane. Anything
  else (two terms, a location, "or", a negation in the question, words the vocabulary does not cover) is not read.
* **Answered**: the concept itself or a narrower one stated (yes); the concept, a broader one, or a normal phrase
  ruling it out negated ("No pleural fluid", "No acute cardiopulmonary process"); an organ whose normal state rules
  the concept out called normal (no); for an organ question, a finding of that organ (no) or the organ called normal
  (yes); another modality or plane (no).

The precision guard, because a wrong yes/no costs more than an unparsed one: a sentence that hedges or asks, a
negation whose scope is not one concept, a broader concept stated alone ("an opacity" for "consolidation?"; beside the
asked one it is consistent with it), a side-less statement for a sided question, a narrower concept negated ("no
tension pneumothorax" says nothing of a pneumothorax), or anything on both sides makes no reading (both sides:
``CONFLICT``, read as ``ambiguous``). Findings the question does not ask about are ignored. English only (the
vocabulary is English); only short answers (``implicit.MAX_CHARS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.concepts import Mention, MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation, technique
from medstep.extract import implicit, implicit_terms, offered_among, planes
from medstep.extract.abnormal_undercut import abnormal_undercut as _abnormal_undercut
from medstep.extract.concept_question import PRESENCE_FRAME, Ask, Asked, category_of, parse_asked, residual_words, side_of
from medstep.extract.stance import Stance
from medstep.extract.findings_words import (
    BESIDE_ORGAN, BORDERLINE, DEVICE_STATE, FREE_BEFORE_NOUN, PROCEDURE_DONE, PROCEDURE_TOOL, CAUSABLE, HYPOTHETICAL, LABELLED, NEG_POST, NEG_RESULT, POSTED_DENIAL, NON_PREFIX, RESULT_MARK, OTHER_STUDY, PHYSIOLOGIC,
    PSEUDO, RESEMBLING, STUDY_WANTED, ZH_DENIED, ZH_HEDGE, ZH_MODALITY_Q, ZH_OTHER_STUDY, attributive, clear_not_state, names_a_kind, other_kind, placed,
    homed_elsewhere, member_named, other_aspect, aspect_said, NEGATED_ARGUMENT,
)
from medstep.extract.implicit_words import AFTER_TERM, mask_denied_leans
from medstep.extract.langwords import foreign_negation
from medstep.extract.mentions import CONFLICT
from medstep.extract.refusal import is_refusal
from medstep.answers.text import HAN
from medstep.extract.findings_time import earlier_study
from medstep.extract.inferred import ABSOLUTE
from medstep.extract.open_knowledge import POINTS_HERE
from medstep.extract.organ_lists import coordinated, linked_after, narrowed_by_organ, relabelled
from medstep.lazyre import lazy_compile

RULE = "implicit_finding"
# Another language's "maybe" ("Vermutlich eine Fraktur.", "Posiblemente derrame pleural."): the English hedges of
# ``implicit.hedged`` do not know it, and the finding's name alone would read as stated.
_FOREIGN_MAYBE = lazy_compile("(?i)" + hedges.words(hedges.OTHER_POSSIBILITY))


@dataclass(frozen=True)
class Event:
    """One statement of a clause: ``key`` (a concept, or an organ when ``normal``) stated or negated."""

    key: str
    negated: bool
    side: str | None  # "left" / "right" / "all" (both sides, either side) / None
    normal: bool = False  # ``key`` is an organ called normal
    size_only: bool = False  # ... normal in size only ("normal in size", "not dilated")
    narrowed: bool = False  # negated with a narrowing word ("no focal opacity"): says nothing of the whole concept
    placed: bool = False  # negated in one place ("No mass in the liver."): says nothing of the rest of the image
    said: str = ""  # the words naming the concept, with what follows them in the clause
    broad: str = ""  # the concept named, before its organ narrowed it ("rupture" of "rupture of the ACL")
    member: str = ""  # the organ called normal named by a member of its class ("iliac arteries"), not the class
    besides: bool = False  # negated as more of it besides one stated ("no other fractures"; ``_BESIDES``)
    aspect: bool = False  # ``key`` called normal in one aspect ("Normal liver contour."): not the organ as a whole


_METHOD = "(?:" + hedges.alternation(technique.METHOD_WORDS) + ")"
# Words between a negation and its concept that do not narrow it ("no evidence of a", "no acute or healed").
_FILLER = (r"(?:a|an|the|any|evidence|of|signs?|features?|areas?|regions?|visible|apparent|identifiable|"
           + _METHOD + r"(?:\s+or\s+" + _METHOD + r")?|"  # "no CT evidence of", "no radiographic or CT evidence of"
           r"residual|" + hedges.alternation(hedges.DENIAL_WORDS) + "|"
           + hedges.alternation(hedges.BESIDES) + r"|left|right|bilateral|sided|acute\s+or\s+(?:healed|chronic|old)|"
           r"(?:old|healed|chronic)\s+or\s+acute)")
# Words that narrow a negated concept: "no focal opacity" leaves a diffuse one open, "no large pneumothorax" a small one.
_NARROW = r"(?:focal|large|sizable|sizeable|big|major|displaced|tension|new|gross|substantial|frank|overt|massive)"
# A set-aside marker reaches its candidate through a verb of being or showing ("rather than being dislocated"); a
# reasoned denial too (", which argues against a pneumothorax"; never the bare "against": "against the wall").
_NEG_PRE = lazy_compile(r"(?:" + hedges.words(negation.DENY, negation.NOR, negation.BEFORE, negation.CLEAR_OF,
                                              tuple(w for w in negation.AGAINST if " " in w)) + "|"
                        + hedges.words(negation.INSTEAD) + r"(?:\s+" + hedges.words(negation.INSTEAD_VERBS) + r")?)"
                        + r"\s+((?:" + _FILLER + "|" + _NARROW + r")\s+)*$")
_NARROWED = lazy_compile(r"\b" + _NARROW + r"\b")
# "No other fractures." / "no additional nodules": the word right before the denied concept (only narrowing or qualifying
# words between). The denial is of more of the concept besides one stated: where the reply states the asked one
# ("There is a fracture of the right clavicle. No other fractures seen." to "Is there a fracture?") it says nothing of
# it (``read_asked``); elsewhere it stands ("No fracture of the left clavicle. No other fractures." is a no).
_BESIDES = lazy_compile(r"\b" + hedges.alternation(hedges.BESIDES) + r"\s+(?:(?:" + _NARROW + "|"
                        + hedges.alternation(hedges.DENIAL_WORDS) + r")\s+)*$")
# Nothing but a space or hyphen between a word and the concept it qualifies ("central pulmonary embolism").
_ATTRIBUTE_GAP = lazy_compile(r"[\s-]*$")
# A qualified denial ("no significant X") counts only when X is the whole noun: not "no significant fracture
# displacement" (what may follow X: ``implicit_words.AFTER_TERM``, or the end of the clause).
_QUALIFIER = lazy_compile(hedges.words(hedges.DENIAL_WORDS))
_NOUN_AFTER = lazy_compile(r"\s+(?!(?:" + "|".join(sorted(AFTER_TERM, key=len, reverse=True)) + r")\b)[a-z]")
# A concept continuing a list after a negated one: "no pneumothorax or effusion", "no effusion, nor ...".
_LIST_OR = lazy_compile(r"^\s*(?:,\s*)?(?:or|nor)\s+(?:" + _FILLER + r"\s+)*$|^\s*,\s*$")
_LIST_AND = lazy_compile(r"^\s*(?:,\s*)?and\s+(?:" + _FILLER + r"\s+)*$")
# ... with words of its own before the concept: "no pneumothorax or small effusion" (the denial reaches it, or the
# words start a statement of their own: which one is not for the reader to settle).
_LIST_OR_WORDS = lazy_compile(r"^\s*(?:,\s*)?(?:or|nor)\s+(?:[a-z-]+\s+){1,3}$")
_NEGATION_WORD = lazy_compile(hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT,
                                         negation.ABSENCE, negation.NEGATIVE, negation.BEFORE, negation.EXCLUDED,
                                         negation.LOSS, negation.CANNOT) + "|" + negation.CONTRACTION)
# Clauses split where a statement ends, never at a comma: "No consolidation, effusion or pneumothorax." is one
# negated list (its later items inherit the negation), not an affirmed "effusion or pneumothorax".
_CLAUSE = lazy_compile(r"[;:()—–]|\s-\s|\b(?:but|however|whereas|while|though|although)\b", re.I)
# An organ called normal with a qualification ("otherwise the lungs are clear"): normal apart from something.
_QUALIFIED = lazy_compile("(?i)" + hedges.words(hedges.QUALIFICATION))


def _clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``; a post-posed denial split off by a dash or a colon stays with what it denies
    ("Fracture – nil.", "Pneumothorax - not seen": ``findings_words.POSTED_DENIAL``)."""
    out: list[str] = []
    for c in _CLAUSE.split(_unlabel(sentence)):
        if not c.strip():
            continue
        if out and POSTED_DENIAL.match(c) is not None:
            out[-1] = out[-1] + " " + c
        else:
            out.append(c)
    return out


# A sentence opening with an organ as its label: "Heart: normal in size.", "**Cardiac silhouette:** within normal
# limits.", "Right lung: clear.", "Thyroid — unremarkable." The colon (or dash) would cut the organ from its state; the label is the clause's subject.
_ORGAN_LABEL = lazy_compile(r"^([\s*_#>•-]*)([a-z][a-z -]{1,30}?)([*_]*\s*:|\s+[-–—]\s)(?=\s*[*_]*\s*[a-z])", re.I)


def _unlabel(sentence: str) -> str:
    m = _ORGAN_LABEL.match(sentence)
    if m is None:
        return sentence
    label = normalize(m.group(2))
    ms = vocabulary().mentions(label)
    if len(ms) != 1 or category_of(ms[0]) not in ("anatomy", "device") or residual_words(label, [(ms[0].start, ms[0].end)],
                                                                                PRESENCE_FRAME):
        return sentence
    return sentence[:m.start(3)] + " " * len(m.group(3)) + sentence[m.end(3):]


def _events(clause: str) -> list[Event] | None:
    """The statements of one clause, or ``None`` when a negation in it governs no single concept."""
    low = normalize(mask_denied_leans(clause))  # "no mass or suspicious calcification": one denied list
    if BORDERLINE.search(low) or ABSOLUTE.search(low):
        return None  # ... or "without the bone showing a fracture line": whose denial of what? (``extract/inferred.py``)
    voc = vocabulary()
    ms = voc.mentions(low)
    governed: list[tuple[int, int]] = [(m.start, m.end) for m in ms]  # negations inside a phrase ("not enlarged")
    organs = [m for m in ms if category_of(m) in ("anatomy", "device")]
    events: list[Event] = []
    prev_end, prev_negated = 0, False
    denied_organs: set[int] = set()  # organs with a negation right before them: "not the spleen"
    anatomy, places = [o for o in organs if category_of(o) == "anatomy"], set()  # places: organs a finding lies in
    for i, m in enumerate(ms):
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(low)
        before, after = low[prev_end:m.start], low[m.end:nxt]
        side = side_of(before) or side_of(after.split(",")[0])
        pre = _NEG_PRE.search(before)
        pre_base = prev_end
        if pre is None:  # "Negative for fracture.": the vocabulary reads "negative" as a state, it still negates
            pre_base = max(0, m.start - 40)
            pre = _NEG_PRE.search(low, pre_base, m.start)
            pre_base = 0 if pre is not None else prev_end
        if pre is not None and NEGATED_ARGUMENT.search(low, max(0, (at := pre_base + pre.start()) - 40), at):
            pre = None if low.startswith("argu", at) else pre  # "Nothing argues against X", "doesn't argue against"
        if FREE_BEFORE_NOUN.match(after):
            return None  # "an effusion-free recess": "-free" qualifies the noun after it
        post = NEG_POST.match(after) or NEG_RESULT.match(low, m.end)  # "... not seen", "Pneumothorax: negative."
        negated = pre is not None or post is not None
        if pre is not None and category_of(m) == "anatomy":
            denied_organs.add(m.start)
        if pre is not None:
            governed.append((pre_base + pre.start(), m.start))
        if post is not None:
            governed.append((m.end, m.end + post.end()))
        # "No central pulmonary embolism.": the denial reaches the finding through a normal word used as its
        # attribute (central, clear, intact), which narrows it: a central embolus denied leaves a peripheral one open.
        qualified = (not negated and prev_negated and i > 0 and ms[i - 1].kind is MentionKind.NORMAL
                     and m.kind is MentionKind.CONCEPT and _ATTRIBUTE_GAP.match(before) is not None)
        negated = negated or qualified
        if not negated and prev_negated and _LIST_OR.match(before):
            negated = True
        elif not negated and prev_negated and _LIST_AND.match(before):
            return None  # "no effusion and pneumothorax": is the second one negated too?
        elif not negated and prev_negated and _LIST_OR_WORDS.match(before):
            return None  # "no pneumothorax or small effusion": denied too, or stated?
        category = category_of(m)
        if HYPOTHETICAL.search(before) is not None and not negated:
            prev_end, prev_negated = m.end, negated
            continue  # "no pleural line to suggest a pneumothorax": named, not stated
        if CAUSABLE.search(before) is not None and not negated and POINTS_HERE.search(low, m.end) is None:
            prev_end, prev_negated = m.end, negated
            continue  # "A stone can cause hydronephrosis.": able to, in general; ", which is seen here" states it
        where = linked_after(anatomy, m.end, low)
        if where is not None and not negated and (gone := NEG_POST.match(low[where.end:])) is not None:
            negated = True  # "Thrombus in the popliteal vein has resolved."
            governed.append((where.end, where.end + gone.end()))
        if m.kind is MentionKind.CONCEPT and (PSEUDO.search(low, 0, m.start) or NON_PREFIX.search(low, 0, m.start)
                                              or RESEMBLING.match(clause, m.end)):
            return None  # "Pseudo-fracture." (a Looser zone), "pseudo-lesion", "non-dilated small bowel": not the finding
        if m.kind is not MentionKind.NORMAL and PHYSIOLOGIC.search(low, 0, m.start):
            return None  # "Physiological amount of fluid in the suprapatellar recess.": no effusion
        if category == "modality" and (OTHER_STUDY.search(low, 0, m.start) or STUDY_WANTED.match(low, m.end)):
            return None  # "Compared with the prior MRI, ...", "Correlate with CT.": another study, not this image
        if m.kind is MentionKind.CONCEPT and category != "anatomy":  # a device is also an organ of state words
            narrowed = pre is not None and _NARROWED.search(low[pre_base + pre.start():m.start]) is not None
            narrowed = narrowed or qualified or pre is not None and DEVICE_STATE.match(low, m.end) is not None
            if pre is not None and _QUALIFIER.search(low[pre_base + pre.start():m.start]) and _NOUN_AFTER.match(low, m.end):
                narrowed = True  # "no significant fracture displacement" denies the displacement, not the fracture
            key = narrowed_by_organ(m.concept, anatomy, m.start, m.end, low)
            places |= {where.start} if where is not None and not negated else set()  # "a lesion in a normal liver"
            besides = pre is not None and _BESIDES.search(low, pre_base + pre.start(), m.start) is not None
            events.append(Event(key, negated, side, narrowed=narrowed, broad=m.concept, besides=besides,
                                placed=negated and placed(low, m.end), said=low[m.start:]))
        elif m.kind is MentionKind.NORMAL and clear_not_state(low, m.start, m.end):
            pass  # "It is clear that the liver is abnormal.", "clear of nodules": no organ called normal
        elif m.kind is MentionKind.NORMAL and not m.size and other_aspect(low, m.start, m.end):
            pass  # "normal in shape", "duct thickness normal": one aspect called normal, the organ's size left open
        elif m.kind is MentionKind.NORMAL:
            organ = _nearest(organs, m, lambda o: not m.organs or o.concept in m.organs)
            for o in coordinated(organs, organ, low) if organ is not None and organ.start not in places else ():
                if not m.organs or o.concept in m.organs:  # "The liver, spleen and kidneys are unremarkable."
                    events.append(Event(o.concept, negated or o.start in denied_organs,
                                        side_of(low[max(0, o.start - 12):o.end]) or side, normal=True, size_only=m.size,
                                        member=member_named(low, o.start, o.end),
                                        aspect=aspect_said(low, m.start, m.end, o.start, o.end)))
        elif m.kind is MentionKind.ABNORMAL:
            if NON_PREFIX.search(low, 0, m.start):
                return None  # "a non-dilated colon": the state denied by a prefix, not stated
            if PROCEDURE_DONE.search(low, 0, m.start) and PROCEDURE_TOOL.match(low, m.end):
                return None  # "The esophagus was dilated with a balloon.": a procedure done, no finding seen
            findings = dict(m.findings)
            organ = _nearest(organs, m, lambda o: o.concept in findings)
            if organ is not None and attributive(low, m.start, m.end) and (i + 1 >= len(ms) or ms[i + 1] is not organ):
                organ = None  # "The aorta measures 3 cm, with a dilated left common iliac artery.": the artery's
            if organ is not None:
                if m.uncertain:
                    return None  # "borderline in size" hedges
                events.append(Event(findings[organ.concept], negated or low[:m.start].rstrip().endswith(" not"),
                                     side_of(low[max(0, organ.start - 12):organ.end]) or side))
                governed.append((max(0, m.start - 5), m.start))
        prev_end, prev_negated = m.end, negated
    for neg in _NEGATION_WORD.finditer(low):
        if not any(a <= neg.start() < b for a, b in governed):
            return None  # a negation whose scope is not one concept ("no change in", "not only")
    return events


def _nearest(organs: list[Mention], m: Mention, fits) -> Mention | None:
    found = [o for o in organs if fits(o)]
    return min(found, key=lambda o: abs(o.start - m.start)) if found else None


def _stance(event: Event, asked: Asked) -> Stance | None:
    """What one statement says of the asked concept; ``None`` when it says nothing of it."""
    concepts = vocabulary().concepts
    voc = vocabulary()
    if asked.ask in (Ask.NORMAL, Ask.ABNORMAL):  # (read as normal: ``read_asked`` turns the answer for ABNORMAL)
        organ = concepts[asked.key]
        if event.normal:
            if event.key != asked.key or event.side in ("left", "right"):
                return None  # "The right lung is clear." says nothing of the left one
            return Stance.UNCLEAR if event.negated or event.size_only or event.aspect else Stance.YES
        target = concepts.get(event.key)
        if target is not None and target.category == "finding" and not event.negated and not event.narrowed \
                and not ({event.key} | target.ancestors) & set(organ.expands) and _in_organ(event, asked.key):
            return Stance.NO  # "There is a mass in the liver." to "Is the liver normal?": a finding placed in it
        if target is None or not ({event.key} | target.ancestors) & set(organ.expands) or event.narrowed:
            return None
        if not event.negated:
            return Stance.NO
        return Stance.YES if len(organ.expands) == 1 else None  # "no tracheal deviation": the trachea is midline
    if asked.ask is Ask.MODALITY:
        target = concepts.get(event.key)
        if target is None or target.category != "modality" or event.normal:
            return None
        related = event.key == asked.key or event.key in concepts[asked.key].ancestors | concepts[asked.key].descendants
        if event.negated:
            return Stance.NO if related else Stance.UNCLEAR
        return Stance.YES if related else Stance.NO
    asked_c = concepts[asked.key]
    if event.broad and event.broad != event.key and asked.key in {event.broad} | concepts[event.broad].ancestors:
        event = replace(event, key=event.broad)  # "No hemorrhage in the brain." to "Is there hemorrhage?"
    if event.normal:
        ruled = voc.ruled_out(event.key, event.size_only) - BESIDE_ORGAN.get(event.key, frozenset())
        if not ({asked.key} | asked_c.ancestors) & ruled or homed_elsewhere(asked.key, event.key, ruled, event.member):
            return None  # ("The iliac arteries are normal." to "Is there an aortic aneurysm?": another vessel)
        return _sided(Stance.UNCLEAR if event.negated else Stance.NO, event, asked, negative=True)
    target = concepts.get(event.key)
    if target is None or event.narrowed:
        return None
    if event.key == asked.key and other_kind(asked.key, asked.said, event.said):
        return Stance.UNCLEAR  # "Medial meniscal tear." to "Is there an ACL tear?": one concept's two kinds
    if event.key in asked_c.descendants and names_a_kind(asked.key, asked.said):
        return Stance.UNCLEAR  # "Supraspinatus tear." (a rotator cuff tear) to "Is there a labral tear?"
    if event.key == asked.key or event.key in asked_c.descendants:
        if event.negated:
            return _sided(Stance.NO, event, asked, negative=True) if event.key == asked.key else None
        return _sided(Stance.YES, event, asked, negative=False)
    rules_out = event.key in asked_c.ancestors or (target.category in ("normal", "group")
                                                  and ({asked.key} | asked_c.ancestors) & set(target.expands))
    if rules_out:
        if target.category == "normal":
            return Stance.UNCLEAR if event.negated else _sided(Stance.NO, event, asked, negative=True)
        return _sided(Stance.NO, event, asked, negative=True) if event.negated else Stance.UNCLEAR
    return None


def _in_organ(event: Event, organ: str) -> bool:
    """Whether ``event``'s finding is said of ``organ`` by a link after it ("a mass in the liver": ``linked_after``)."""
    low = event.said.lower()
    named = vocabulary().mentions(low)
    found = next((m for m in named if m.kind is MentionKind.CONCEPT and m.concept in (event.key, event.broad)), None)
    organs = [m for m in named if m.kind is MentionKind.CONCEPT and m.concept == organ]
    return found is not None and bool(organs) and linked_after(organs, found.end, low) in organs


def _own_place(event: Event, asked: Asked) -> bool:
    """A denial placed in the organ that narrowed it answers the narrower question: "No thrombus in the popliteal vein."
    to "Is there a DVT?" (not to "Is there a thrombus?")."""
    concepts = vocabulary().concepts
    return event.key != event.broad and asked.key not in {event.broad} | concepts[event.broad].ancestors


def _broader(event: Event, asked: Asked) -> bool:
    """A broader finding or group stated (not denied): "degenerative changes" beside "osteoarthritis"."""
    if asked.ask is not Ask.PRESENCE or event.negated or event.normal:
        return False
    concepts = vocabulary().concepts
    target = concepts.get(event.key)
    return target is not None and (event.key in concepts[asked.key].ancestors
                                   or target.category == "group" and asked.key in target.expands)


def _sided(stance: Stance, event: Event, asked: Asked, negative: bool) -> Stance | None:
    """Apply the question's side: a statement about the other side says nothing; a negation limited to one
    side says nothing of a side-less question; a side-less finding does not answer a sided question."""
    if asked.side is None:
        return None if negative and event.side in ("left", "right") else stance
    if event.side in (asked.side, "all"):
        return stance
    if event.side is None:
        return stance if negative else Stance.UNCLEAR
    return None


def _zh_modality(text: str, question: str) -> str | None:
    """是/否 for 这是CT图像吗？ answered in Chinese naming modalities ("这是一张MRI图像，不是CT。" -> 否)."""
    m = ZH_MODALITY_Q.match(question)
    asked = parse_asked(f"Is this a {m.group(1)}?") if m is not None else None
    if asked is None or asked.ask is not Ask.MODALITY or ZH_HEDGE.search(text) or ZH_OTHER_STUDY.search(text):
        return None
    stances = set()
    for mention in vocabulary().mentions(text):
        if category_of(mention) == "modality":
            negated = ZH_DENIED.search(text[:mention.start]) is not None
            stances.add(_stance(Event(mention.concept, negated, None), asked))
    if None in stances or Stance.UNCLEAR in stances or len(stances) != 1:
        return None
    return ZH_YES if Stance.YES in stances else ZH_NO


def _said_words(asked: Asked) -> tuple[str, ...]:
    """The asked finding's own words (a reserve is read in the clause naming them; none: in the whole sentence)."""
    return tuple(w for w in implicit_terms.tokens(asked.said) if len(w) > 2)


def read_finding(text: str, question: str, strict: bool = True) -> str | None:
    """yes / no (是/否 for a Chinese modality answer) when a short answer settles the asked concept,
    ``CONFLICT`` when it says both, else ``None``; ``strict=False`` (to test a verdict read elsewhere) skips unclear clauses."""
    text = text.strip().strip("*_").strip()
    if not text or len(text) > implicit.MAX_CHARS or is_refusal(text):
        return None
    if HAN.search(text):
        return _zh_modality(text, question) if HAN.search(question) else None
    if LABELLED.match(text) and _unlabel(text) == text:
        return None  # an organ's label is the line's subject: "Liver: unremarkable." is "The liver is unremarkable."
    if relabelled(implicit.sentences(text), _ORGAN_LABEL):
        return None  # "Liver: unremarkable. Liver: coarse echotexture ...": which line is the organ's state?
    asked = parse_asked(question)
    if asked is not None and asked.organ is not None and not _organ_only(text, asked.organ):
        return None  # "The spleen is cirrhotic." / "The mass is cirrhotic." to "Is the liver cirrhotic?"
    verdict = read_asked(text, asked, strict) if asked is not None else None
    if verdict is not None and (foreign_negation(text) or _FOREIGN_MAYBE.search(text) is not None):
        return None  # "Pas de pneumothorax.", "Vermutlich eine Fraktur.": read without its negation or hedge, a yes
    from medstep.extract.acuity import opposite_age  # (it reads statements with this module)
    if verdict == YES and opposite_age(text, question):
        return None  # "Chronic infarct." to "Is there an acute infarct?": another age (extract/acuity.py)
    return verdict


# the limb's long bones and its joints are one structure here, as when the joints row held the long bones (review of
# concept46: "The radius is normal, and the elbow joint shows no dislocation." still answers "Is the elbow
# dislocated?"); the asked organ's own words must still be in the reply
_LIMB = {"long_bones": "joints"}


def _organ_only(text: str, subject: str) -> bool:
    """Whether ``text`` names the asked ``subject`` in its own words and no other structure of the vocabulary
    (``Asked.organ``)."""
    voc = vocabulary()
    organs = {_LIMB.get(m.concept, m.concept) for m in voc.mentions(subject) if category_of(m) == "anatomy"}
    named = {_LIMB.get(m.concept, m.concept) for m in voc.mentions(normalize(text)) if category_of(m) == "anatomy"}
    words = set(implicit_terms.tokens(text))
    return named == organs and all(w in words or f"{w}s" in words for w in subject.split())


def read_asked(text: str, asked: Asked, strict: bool = True) -> str | None:
    """:func:`read_finding` for a question already parsed (``extract/zh_concepts.py`` parses Chinese ones)."""
    stances: set[Stance] = set()
    hedged = broad = besides = undercut = False  # broad: a broader finding ("degenerative change" to "osteoarthritis?")
    for sentence in implicit.sentences(text):
        sentence = RESULT_MARK.sub(" negative", sentence)  # "Pleural effusion (-).", "Effusion: neg."
        found: set[Stance] = set()
        if asked.ask is Ask.PLANE:
            s = planes.plane_stance(sentence, asked.key)  # (extract/planes.py)
            found = {s} if s is not None else set()
        else:
            for clause in _clauses(sentence):
                events = _events(clause)
                if events is None:
                    found.add(Stance.UNCLEAR)
                    continue
                if asked.ask in (Ask.NORMAL, Ask.ABNORMAL) and _abnormal_undercut(clause, events, asked):
                    undercut = True  # "Normal liver with a small hemangioma.", "..., but it is enlarged.": not normal
                for e in events:
                    if e.placed and asked.ask is Ask.PRESENCE and not _own_place(e, asked):
                        found.add(Stance.UNCLEAR)  # "No mass in the liver." to "Is there a mass (on the left)?"
                        continue
                    s = _stance(e, asked)
                    if s is Stance.UNCLEAR and _broader(e, asked):
                        broad = True  # consistent with the asked one stated beside it, else unclear (below)
                        continue
                    if s is Stance.NO and e.besides:
                        besides = True  # "No other fractures.": a no unless the reply states the asked one (below)
                        continue
                    if s is not None:
                        found.add(s)
                if any(e.normal for e in events) and _QUALIFIED.search(sentence):
                    found.add(Stance.UNCLEAR)
        hedged = hedged or not found and asked.ask is Ask.PRESENCE and offered_among.offered_among(sentence, asked.key)  # "..., or pleural thickening": none committed
        # a past word hedges what is stated as there: a finding (yes), or one that makes an organ abnormal (no to
        # "Is the spleen normal?" - "Spleen: previously enlarged.")
        stated = Stance.YES in found or (asked.ask in (Ask.NORMAL, Ask.ABNORMAL) and Stance.NO in found)
        hedged = hedged or bool(found) and (implicit.hedged(sentence, temporal=stated, words=_said_words(asked)) or earlier_study(sentence))
        stances |= found
    if besides and (Stance.YES not in stances or hedged):
        # no X stated besides ("No fracture of the left clavicle. No other fractures."), or one only hedged ("Healed
        # rib fracture. No other fractures.": both ways, as before)
        stances.add(Stance.NO)
    if broad and Stance.YES not in stances:
        stances.add(Stance.UNCLEAR)  # only the broader finding: it says nothing of the asked one
    stances -= set() if strict else {Stance.UNCLEAR}
    if Stance.UNCLEAR in stances:
        return None
    if {Stance.YES, Stance.NO} <= stances:
        return CONFLICT  # both sides stated, hedged or not: the text supports the opposite too
    if hedged or not stances:
        return None
    # "No significant effusion, only a trace of fluid at the left base." (another finding, small, undercuts nothing)
    if Stance.NO in stances and implicit.qualified_denial_undercut(
            text, frozenset({asked.key}) if asked.ask is Ask.PRESENCE else frozenset()):
        return None
    if undercut and Stance.YES in stances:
        return None  # an organ asked (ab)normal, called normal beside a finding the reader does not place (above)
    return YES if (Stance.YES in stances) != (asked.ask is Ask.ABNORMAL) else NO


statements, stance, clause_split = _events, _stance, _clauses  # public names (normality.py, sides.py, zh_concepts.py)

def read_sentences(text: str) -> list[tuple[str, list[tuple[str, list[Event]]]]] | None:
    """Each sentence of a short reply with its clauses and their statements (``clause_split``, ``statements``), for the
    readers that go sentence by sentence (acuity, both sides, sides); ``None`` when a clause holds words the
    vocabulary cannot read, where each of them refuses."""
    out = []
    for sentence in implicit.sentences(text):
        read = []
        for clause in clause_split(sentence):
            events = statements(clause)
            if events is None:
                return None
            read.append((clause, events))
        out.append((sentence, read))
    return out


__all__ = ["clause_split", "read_asked", "read_sentences", "stance", "statements", "RULE", "Event", "read_finding"]
