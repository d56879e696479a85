"""Implicit yes/no by concept: a closed question answered with a synonym, a finding, or an organ called normal.

``implicit_yes_no`` (``extract/implicit.py``) reads only the question's own words. Models often
answer in other words: "Is there a pleural effusion?" -> "The costophrenic angles are blunted by
fluid." / "The costophrenic angles are sharp."; "Is the heart enlarged?" -> "Cardiomegaly is
present." / "The cardiac silhouette is normal in size."; "Is the trachea midline?" -> "The trachea
is deviated to the right."; "Is this a CT scan?" -> "This is a T2-weighted MRI.". This reader
(rule ``implicit_finding``) maps question and answer onto the shared clinical vocabulary
(:mod:`medstep.answers.concepts`: concepts, synonyms, hierarchy, the organs a "normal" word rules
findings out of) and reads the answer only when it settles the asked concept:

* **Asked** (:class:`Asked`): the presence of one finding or device, optionally on one side ("Is
  there a pleural effusion on the right?"); one organ being normal ("Are the lungs clear?"); the
  image's modality; its plane. Anything else (two terms, a location, "or", a negation in the
  question, words the vocabulary does not cover) is not read.
* **Answered**: the concept itself or a narrower one stated (yes); the concept, a broader one, or a
  normal phrase ruling it out negated ("No pleural fluid", "No acute cardiopulmonary process"); an
  organ whose normal state rules the concept out called normal (no); for an organ question, a
  finding of that organ (no) or the organ called normal (yes); another modality or plane (no).

The precision guard, because a wrong yes/no costs more than an unparsed one: a sentence that
hedges or asks, a negation whose scope is not one concept, a broader concept stated alone ("an opacity"
for "consolidation?"; beside the asked one it is consistent with it), a side-less statement for a sided question, a narrower concept negated ("no
tension pneumothorax" says nothing of a pneumothorax), or anything on both sides makes no reading
(both sides: ``CONFLICT``, read as ``ambiguous``). Findings the question does not ask about are
ignored. English only (the vocabulary is English); only short answers (``implicit.MAX_CHARS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.technique import technique_mentions
from medstep.answers.concepts import IMAGING_PLANES, Mention, MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation, technique
from medstep.extract import implicit, implicit_terms, planes
from medstep.extract.stance import Stance
from medstep.extract.findings_words import (
    BESIDE_ORGAN, BORDERLINE, DEVICE_STATE, HYPOTHETICAL, LABELLED, NEG_POST, NON_PREFIX, OTHER_STUDY, PHYSIOLOGIC,
    PSEUDO, STUDY_WANTED, ZH_DENIED, ZH_HEDGE, ZH_MODALITY_Q, ZH_OTHER_STUDY, attributive, clear_not_state, names_a_kind, other_kind, placed,
)
from medstep.extract.implicit_words import AFTER_TERM
from medstep.extract.langwords import foreign_negation
from medstep.extract.mentions import CONFLICT
from medstep.extract.refusal import is_refusal
from medstep.answers.text import HAN
from medstep.extract.findings_time import earlier_study
from medstep.extract.inferred import ABSOLUTE
from medstep.extract.organ_lists import coordinated, linked_after, narrowed_by_organ, relabelled
from medstep.lazyre import lazy_compile

RULE = "implicit_finding"


class Ask(Enum):
    """What a closed question asks about its ``key``."""

    PRESENCE = "presence"  # a finding or device (concept id) is present, on ``side`` when given
    NORMAL = "normal"  # an organ (anatomy concept id) is normal: "Are the lungs clear?"
    MODALITY = "modality"  # the image was made with a modality (concept id)
    PLANE = "plane"  # the image is in a plane (axial / coronal / sagittal)


@dataclass(frozen=True)
class Asked:
    ask: Ask
    key: str
    side: str | None = None  # "left" / "right" for a sided presence question
    said: str = field(default="", compare=False)  # the question's words for a presence concept ("acl tear")


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


_SIDE = lazy_compile(r"\b(left|right|bilateral|bilaterally|both|either)\b")
_SIDE_OF = {"left": "left", "right": "right", "bilateral": "all", "bilaterally": "all", "both": "all", "either": "all"}
_METHOD = "(?:" + hedges.alternation(technique.METHOD_WORDS) + ")"
# Words between a negation and its concept that do not narrow it ("no evidence of a", "no acute or healed").
_FILLER = (r"(?:a|an|the|any|evidence|of|signs?|features?|areas?|regions?|visible|apparent|identifiable|"
           + _METHOD + r"(?:\s+or\s+" + _METHOD + r")?|"  # "no CT evidence of", "no radiographic or CT evidence of"
           r"residual|" + hedges.alternation(hedges.DENIAL_QUALIFIERS) + "|"
           r"other|additional|further|left|right|bilateral|sided|acute\s+or\s+(?:healed|chronic|old)|"
           r"(?:old|healed|chronic)\s+or\s+acute)")
# Words that narrow a negated concept: "no focal opacity" leaves a diffuse one open, "no large pneumothorax" a small one.
_NARROW = r"(?:focal|large|sizable|sizeable|big|major|displaced|tension|new|gross|substantial|frank|overt|massive)"
_NEG_PRE = lazy_compile(hedges.words(negation.DENY, negation.NOR, negation.BEFORE, negation.CLEAR_OF, negation.INSTEAD) + r"\s+((?:" + _FILLER
                        + "|" + _NARROW + r")\s+)*$")
_NARROWED = lazy_compile(r"\b" + _NARROW + r"\b")
# A qualified denial ("no significant X") counts only when X is the whole noun: not "no significant fracture
# displacement" (what may follow X: ``implicit_words.AFTER_TERM``, or the end of the clause).
_QUALIFIER = lazy_compile(hedges.words(hedges.DENIAL_QUALIFIERS))
_NOUN_AFTER = lazy_compile(r"\s+(?!(?:" + "|".join(sorted(AFTER_TERM, key=len, reverse=True)) + r")\b)[a-z]")
# A concept continuing a list after a negated one: "no pneumothorax or effusion", "no effusion, nor ...".
_LIST_OR = lazy_compile(r"^\s*(?:,\s*)?(?:or|nor)\s+(?:" + _FILLER + r"\s+)*$|^\s*,\s*$")
_LIST_AND = lazy_compile(r"^\s*(?:,\s*)?and\s+(?:" + _FILLER + r"\s+)*$")
_NEGATION_WORD = lazy_compile(hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT,
                                         negation.ABSENCE, negation.NEGATIVE, negation.BEFORE, negation.EXCLUDED,
                                         negation.LOSS, negation.CANNOT) + "|" + negation.CONTRACTION)
# Words a modality or plane question may hold besides its modality / plane.
_FRAME = frozenset({"is", "was", "this", "that", "it", "the", "a", "an", "image", "images", "scan", "study",
                    "picture", "exam", "examination", "taken", "obtained", "acquired", "made", "performed", "done",
                    "with", "by", "using", "on", "of", "in", "plane", "section", "slice", "view", "cut",
                    "reconstruction", "shown", "displayed"})
# Words a presence question may hold besides its concept and side.
_PRESENCE_FRAME = frozenset({"a", "an", "the", "any", "of", "on", "in", "at", "side", "sided", "left", "right"})
_OPTION_FRAME = _PRESENCE_FRAME | {"bilateral"}
_WORD = lazy_compile(r"[a-z0-9]+")
# Clauses split where a statement ends, never at a comma: "No consolidation, effusion or pneumothorax." is one
# negated list (its later items inherit the negation), not an affirmed "effusion or pneumothorax".
_CLAUSE = lazy_compile(r"[;:()—–]|\s-\s|\b(?:but|however|whereas|while|though|although)\b", re.I)
# An organ called normal with a qualification ("otherwise the lungs are clear"): normal apart from something.
_QUALIFIED = lazy_compile("(?i)" + hedges.words(hedges.QUALIFICATION))
_Q_FRAME = lazy_compile(r"^\s*(?:is|was|does)\s+(?:this|that|it|the\s+(?:image|study|scan|picture|exam))\b")


def _residual(text: str, spans: list[tuple[int, int]], allowed: frozenset[str]) -> list[str]:
    """Words of ``text`` outside ``spans`` that are not in ``allowed``."""
    keep = list(text)
    for a, b in spans:
        keep[a:b] = " " * (b - a)
    return [w for w in _WORD.findall("".join(keep)) if w not in allowed]


def _category(m: Mention) -> str:
    return vocabulary().concepts[m.concept].category if m.kind is MentionKind.CONCEPT else ""


@lru_cache(maxsize=4096)
def parse_asked(question: str) -> Asked | None:
    """What a simple English closed question asks (see module docstring), else ``None``."""
    q = question.strip()
    if not q.endswith("?") or HAN.search(q) or implicit.Q_REFUSE.search(q):
        return None
    low = normalize(q.rstrip("?"))
    voc = vocabulary()
    if _Q_FRAME.match(low):
        if technique_mentions(low):
            return None  # "Is this a T1-weighted image?" asks the sequence, not MRI (``extract/technique.py``)
        ms = voc.mentions(low)
        planes = {IMAGING_PLANES[w] for w in _WORD.findall(low) if w in IMAGING_PLANES}
        modalities = [m for m in ms if _category(m) == "modality"]
        if any(_category(m) != "modality" for m in ms):
            return None
        rest = [w for w in _residual(low, [(m.start, m.end) for m in ms], _FRAME) if w not in IMAGING_PLANES]
        if rest:
            return None
        if len(planes) == 1 and not modalities:  # "an axial CT image?": an axial MRI would read yes
            return Asked(Ask.PLANE, planes.pop())
        if not planes and len({m.concept for m in modalities}) == 1:
            return Asked(Ask.MODALITY, modalities[0].concept)
        return None
    term = implicit_terms.question_term(q)
    if term is None:
        return None
    if term.prop is None:
        phrase = normalize(term.phrase)
        ms = voc.mentions(phrase)
        if len(ms) != 1 or _category(ms[0]) not in ("finding", "device"):
            return None
        # "focal" restates what a lesion is ("Is there a focal liver lesion?"); of anything else it narrows it
        focal = {"focal"} if "lesion" in {ms[0].concept} | voc.concepts[ms[0].concept].ancestors else set()
        if _residual(phrase, [(ms[0].start, ms[0].end)], _PRESENCE_FRAME | focal):
            return None
        sides = {_SIDE_OF[s] for s in _SIDE.findall(phrase)}
        if sides - {"left", "right"} or len(sides) > 1:
            return None
        return Asked(Ask.PRESENCE, ms[0].concept, sides.pop() if sides else None, phrase[ms[0].start:ms[0].end])
    return _property(normalize(term.phrase), normalize(term.prop))


def _property(subject: str, prop: str) -> Asked | None:
    """"Is the heart enlarged?" (presence of cardiomegaly), "Are the lungs clear?" (the lungs normal)."""
    voc = vocabulary()
    ms = voc.mentions(subject)
    if len(ms) != 1 or _category(ms[0]) not in ("anatomy", "device") or ms[0].end - ms[0].start != len(subject):
        return None
    organ = ms[0].concept
    state = voc.mentions(prop)
    if len(state) == 1 and state[0].end - state[0].start == len(prop):
        s = state[0]
        if s.kind is MentionKind.NORMAL and (not s.organs or organ in s.organs):
            return Asked(Ask.NORMAL, organ)
        if s.kind is MentionKind.ABNORMAL and not s.uncertain and organ in dict(s.findings):
            return Asked(Ask.PRESENCE, dict(s.findings)[organ])
    for verb in ("is", "are"):
        phrase = f"{subject} {verb} {prop}"
        whole = voc.mentions(phrase)
        if len(whole) == 1 and whole[0].end - whole[0].start == len(phrase) and _category(whole[0]) == "finding":
            return Asked(Ask.PRESENCE, whole[0].concept)
    return None


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE.split(_unlabel(sentence)) if c.strip()]


# A sentence opening with an organ as its label: "Heart: normal in size.", "**Cardiac silhouette:** within normal
# limits.", "Right lung: clear.", "Thyroid — unremarkable." The colon (or dash) would cut the organ from its state; the label is the clause's subject.
_ORGAN_LABEL = lazy_compile(r"^([\s*_#>•-]*)([a-z][a-z -]{1,30}?)([*_]*\s*:|\s+[-–—]\s)(?=\s*[*_]*\s*[a-z])", re.I)


def _unlabel(sentence: str) -> str:
    m = _ORGAN_LABEL.match(sentence)
    if m is None:
        return sentence
    label = normalize(m.group(2))
    ms = vocabulary().mentions(label)
    if len(ms) != 1 or _category(ms[0]) not in ("anatomy", "device") or _residual(label, [(ms[0].start, ms[0].end)],
                                                                                _PRESENCE_FRAME):
        return sentence
    return sentence[:m.start(3)] + " " * len(m.group(3)) + sentence[m.end(3):]


def _side(text: str) -> str | None:
    sides = {_SIDE_OF[s] for s in _SIDE.findall(text)}
    return sides.pop() if len(sides) == 1 else ("all" if sides else None)


def _events(clause: str) -> list[Event] | None:
    """The statements of one clause, or ``None`` when a negation in it governs no single concept."""
    low = normalize(clause)
    if BORDERLINE.search(low) or ABSOLUTE.search(low):
        return None  # ... or "without the bone showing a fracture line": whose denial of what? (``extract/inferred.py``)
    voc = vocabulary()
    ms = voc.mentions(low)
    governed: list[tuple[int, int]] = [(m.start, m.end) for m in ms]  # negations inside a phrase ("not enlarged")
    organs = [m for m in ms if _category(m) in ("anatomy", "device")]
    events: list[Event] = []
    prev_end, prev_negated = 0, False
    denied_organs: set[int] = set()  # organs with a negation right before them: "not the spleen"
    anatomy, places = [o for o in organs if _category(o) == "anatomy"], set()  # places: organs a finding lies in
    for i, m in enumerate(ms):
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(low)
        before, after = low[prev_end:m.start], low[m.end:nxt]
        side = _side(before) or _side(after.split(",")[0])
        pre = _NEG_PRE.search(before)
        pre_base = prev_end
        if pre is None:  # "Negative for fracture.": the vocabulary reads "negative" as a state, it still negates
            pre_base = max(0, m.start - 40)
            pre = _NEG_PRE.search(low, pre_base, m.start)
            pre_base = 0 if pre is not None else prev_end
        post = NEG_POST.match(after)
        negated = pre is not None or post is not None
        if pre is not None and _category(m) == "anatomy":
            denied_organs.add(m.start)
        if pre is not None:
            governed.append((pre_base + pre.start(), m.start))
        if post is not None:
            governed.append((m.end, m.end + post.end()))
        if not negated and prev_negated and _LIST_OR.match(before):
            negated = True
        elif not negated and prev_negated and _LIST_AND.match(before):
            return None  # "no effusion and pneumothorax": is the second one negated too?
        category = _category(m)
        if HYPOTHETICAL.search(before) is not None and not negated:
            prev_end, prev_negated = m.end, negated
            continue  # "no pleural line to suggest a pneumothorax": named, not stated
        where = linked_after(anatomy, m.end, low)
        if where is not None and not negated and (gone := NEG_POST.match(low[where.end:])) is not None:
            negated = True  # "Thrombus in the popliteal vein has resolved."
            governed.append((where.end, where.end + gone.end()))
        if m.kind is MentionKind.CONCEPT and (PSEUDO.search(low, 0, m.start) or NON_PREFIX.search(low, 0, m.start)):
            return None  # "Pseudo-fracture." (a Looser zone), "pseudo-lesion", "non-dilated small bowel": not the finding
        if m.kind is not MentionKind.NORMAL and PHYSIOLOGIC.search(low, 0, m.start):
            return None  # "Physiological amount of fluid in the suprapatellar recess.": no effusion
        if category == "modality" and (OTHER_STUDY.search(low, 0, m.start) or STUDY_WANTED.match(low, m.end)):
            return None  # "Compared with the prior MRI, ...", "Correlate with CT.": another study, not this image
        if m.kind is MentionKind.CONCEPT and category != "anatomy":  # a device is also an organ of state words
            narrowed = pre is not None and _NARROWED.search(low[pre_base + pre.start():m.start]) is not None
            narrowed = narrowed or pre is not None and DEVICE_STATE.match(low, m.end) is not None
            if pre is not None and _QUALIFIER.search(low[pre_base + pre.start():m.start]) and _NOUN_AFTER.match(low, m.end):
                narrowed = True  # "no significant fracture displacement" denies the displacement, not the fracture
            key = narrowed_by_organ(m.concept, anatomy, m.start, m.end, low)
            places |= {where.start} if where is not None and not negated else set()  # "a lesion in a normal liver"
            events.append(Event(key, negated, side, narrowed=narrowed, broad=m.concept,
                                placed=negated and placed(low, m.end), said=low[m.start:]))
        elif m.kind is MentionKind.NORMAL and clear_not_state(low, m.start, m.end):
            pass  # "It is clear that the liver is abnormal.", "clear of nodules": no organ called normal
        elif m.kind is MentionKind.NORMAL:
            organ = _nearest(organs, m, lambda o: not m.organs or o.concept in m.organs)
            for o in coordinated(organs, organ, low) if organ is not None and organ.start not in places else ():
                if not m.organs or o.concept in m.organs:  # "The liver, spleen and kidneys are unremarkable."
                    events.append(Event(o.concept, negated or o.start in denied_organs,
                                        _side(low[max(0, o.start - 12):o.end]) or side, normal=True, size_only=m.size))
        elif m.kind is MentionKind.ABNORMAL:
            if NON_PREFIX.search(low, 0, m.start):
                return None  # "a non-dilated colon": the state denied by a prefix, not stated
            findings = dict(m.findings)
            organ = _nearest(organs, m, lambda o: o.concept in findings)
            if organ is not None and attributive(low, m.start, m.end) and (i + 1 >= len(ms) or ms[i + 1] is not organ):
                organ = None  # "The aorta measures 3 cm, with a dilated left common iliac artery.": the artery's
            if organ is not None:
                if m.uncertain:
                    return None  # "borderline in size" hedges
                events.append(Event(findings[organ.concept], negated or low[:m.start].rstrip().endswith(" not"),
                                     _side(low[max(0, organ.start - 12):organ.end]) or side))
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
    if asked.ask is Ask.NORMAL:
        organ = concepts[asked.key]
        if event.normal:
            if event.key != asked.key or event.side in ("left", "right"):
                return None  # "The right lung is clear." says nothing of the left one
            return Stance.UNCLEAR if event.negated or event.size_only else Stance.YES
        target = concepts.get(event.key)
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
        if not ({asked.key} | asked_c.ancestors) & voc.ruled_out(event.key, event.size_only) - BESIDE_ORGAN.get(
                event.key, frozenset()):
            return None
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
        if _category(mention) == "modality":
            negated = ZH_DENIED.search(text[:mention.start]) is not None
            stances.add(_stance(Event(mention.concept, negated, None), asked))
    if None in stances or Stance.UNCLEAR in stances or len(stances) != 1:
        return None
    return ZH_YES if Stance.YES in stances else ZH_NO


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
    verdict = read_asked(text, asked, strict) if asked is not None else None
    if verdict is not None and foreign_negation(text):
        return None  # "Pas de pneumothorax.": the finding's name read without its French negation would be a yes
    return verdict


def read_asked(text: str, asked: Asked, strict: bool = True) -> str | None:
    """:func:`read_finding` for a question already parsed (``extract/zh_concepts.py`` parses Chinese ones)."""
    stances: set[Stance] = set()
    hedged = broad = False  # broad: a broader finding stated ("degenerative change" to "osteoarthritis?")
    for sentence in implicit.sentences(text):
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
                for e in events:
                    if e.placed and asked.ask is Ask.PRESENCE and not _own_place(e, asked):
                        found.add(Stance.UNCLEAR)  # "No mass in the liver." to "Is there a mass (on the left)?"
                        continue
                    s = _stance(e, asked)
                    if s is Stance.UNCLEAR and _broader(e, asked):
                        broad = True  # consistent with the asked one stated beside it, else unclear (below)
                        continue
                    if s is not None:
                        found.add(s)
                if any(e.normal for e in events) and _QUALIFIED.search(sentence):
                    found.add(Stance.UNCLEAR)
        # a past word hedges what is stated as there: a finding (yes), or one that makes an organ abnormal (no to
        # "Is the spleen normal?" - "Spleen: previously enlarged.")
        stated = Stance.YES in found or (asked.ask is Ask.NORMAL and Stance.NO in found)
        hedged = hedged or bool(found) and (implicit.hedged(sentence, temporal=stated) or earlier_study(sentence))
        stances |= found
    if broad and Stance.YES not in stances:
        stances.add(Stance.UNCLEAR)  # only the broader finding: it says nothing of the asked one
    stances -= set() if strict else {Stance.UNCLEAR}
    if Stance.UNCLEAR in stances:
        return None
    if {Stance.YES, Stance.NO} <= stances:
        return CONFLICT  # both sides stated, hedged or not: the text supports the opposite too
    if hedged or not stances:
        return None
    if Stance.NO in stances and implicit.qualified_denial_undercut(text):
        return None  # "No significant effusion, only a trace of fluid at the left base."
    return YES if Stance.YES in stances else NO


# Public names for the readers built on this one (``extract/normality.py``, ``sides.py``, ``zh_concepts.py``).
statements, stance, clause_split = _events, _stance, _clauses
# and for the option reader (``extract/optionconcept.py``), which maps option texts with the same rules
category_of, residual_words, side_of, OPTION_FRAME = _category, _residual, _side, _OPTION_FRAME

__all__ = ["clause_split", "read_asked", "stance", "statements", "RULE", "Ask", "Asked", "Event", "OPTION_FRAME",
           "category_of", "parse_asked", "read_finding", "residual_words", "side_of"]
