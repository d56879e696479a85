"""Scoping one clause: polarity, attributes, normal statements and the clause's sentence role.

NegEx-style rules over the automaton events of one clause (``extract.py`` cuts the text into clauses and builds
``Finding`` records from what this module marks):

* a pre-trigger ("no", "possible") sets the polarity of later mentions until the clause ends, a terminator ("but",
  "there is") or another trigger; a list after a negation stays negated; after a comma a size/change word or a verb
  starts a positive item ("no effusion, mild cardiomegaly") unless the list goes on to an "or"/"nor";
* a post-trigger ("is not seen", "cannot be excluded") applies backwards to the previous stop; "Effusion: none" and
  "pneumothorax - negative" (a dangling negation after a colon or at the clause end) apply backwards too; a bare
  heading label a denial follows ("**Tumour:** no mass") is the denial's topic, no claim (``post_verdicts``);
* hypotheticals, questions and topic markers ("for the option of X, ...") drop the mentions in their scope;
* attributes attach to the nearest claim of the same list item; a size in cm/mm is read from the number before it;
* "normal" statements pair a normal word with an organ and imply the organ's absences (``expands`` in the lexicon);
* the clause gets a ``SentenceRole`` (``roles.py``); a role that does not count (definition, ...) drops its mentions.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import (
    ABN_UNCERTAIN, K_ABN, K_ATTR, K_COMMA, K_CONCEPT, K_CONJ, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL,
    K_PSEUDO_POST, K_PSEUDO_PRE, K_ROLE, K_TERM, K_TOPIC, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE, LUNG_PARTS, Lexicon,
)
from medstep.verify.organ_words import organ_words
from medstep.verify.mentions import (
    STOPS, ChunkOrgans, Mention, add_mention, attach, backward, bare_finding, compound_heads, drop, organ_verb, same_side,
)
from medstep.verify.sizes import size_attr
from medstep.verify.adjective_runs import attribute_contrast
from medstep.verify.denial_reach import denied_items_end, denied_modifiers, list_reopened, predicate_after_denial
from medstep.verify.normals import pair_normal
from medstep.verify.scope_passes import (ABN_BACKWARD_CHARS, EXCEPTIONS, spare_kind, INVERTING, NEW_CLAUSE, SAID_AGAIN, bracketed, outside, own_item,
                                         alternatives, counted_role, excepted_here, hedge_all,
                                         hedge_subject, negative_result, organ_before, organ_specific)
from medstep.verify.clause_roles import DEFINITE, SUBJECT_CUES, SubjectWindow, clause_role, generic_named, subject_cue
from medstep.verify.worry import GONE_FROM, MOVED_TO, worry_said
from medstep.verify.roles import AT_CUE, TURN, SentenceRole
from medstep.verify.change_level import attributive_comparative, property_level
from medstep.verify.dominant_side import side_before_comparison, side_both, side_dominant
from medstep.verify.post_verdicts import DANGLING_NEG, bare_after, drop_argued_label, label_verdict, post_reach
from medstep.verify.same_as_study import SAME_AS_STUDY
from medstep.verify.unexplained import unexplained
from medstep.verify.extra_denials import idle_without
from medstep.verify.scope_words import (
    absolutive_without, after_with, denial_runs_on, denied_change, with_ends_denial, decides_against_placed, TUBE_MISPLACED,
    TUBE_ONLY, AND_WORDS, EARLIER_TIME, GROWN, in_perfect, SIDE_COMPARISON, SINCE_ONLY, CONTRAST, IF_PRESENT,
    DENIED_NORMAL, INTRO, LINKS, LIST_VERBS, SEEN_VERBS, concludes_denial, OVER_ALTERNATIVE, PREDICATE_NOUN, PARTITIVE_HEAD, PARTITIVE_VERB, PARTITIVE_VERBS, placed_device, last_or, grades_present, side_compared, starts_new_item, listed_organ, own_predicate,
)
from medstep.verify.side_words import not_a_side, side_called_normal
from medstep.verify.scope_words import since_only_overruled

_PRE_POLARITY = {K_NEG_PRE: Polarity.ABSENT, K_UNC_PRE: Polarity.UNCERTAIN, K_PSEUDO_PRE: Polarity.PRESENT,
                 K_UNC_BOTH: Polarity.UNCERTAIN, K_HYPO: None, K_TOPIC: None}  # None: not a claim
_NEW = (("change", "new"),)
# a word of a finding gone ("has resolved", "has cleared"): gone since the earlier study, not absent then and new now
_GONE = lazy_compile(hedges.words(negation.GONE))
_POST_POLARITY = {K_NEG_POST: Polarity.ABSENT, K_UNC_POST: Polarity.UNCERTAIN, K_PSEUDO_POST: Polarity.PRESENT}
_POST_AS_PRE = {K_NEG_POST: K_NEG_PRE, K_UNC_POST: K_UNC_PRE, K_PSEUDO_POST: K_PSEUDO_PRE}
_CHUNK_BREAKS = frozenset({K_CONJ, K_COMMA, K_TERM}) | STOPS
_OBSERVING = frozenset({K_NEG_PRE, K_NEG_POST, K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_PSEUDO_PRE, K_PSEUDO_POST,
                        K_TERM, K_NORMAL, K_ABN})  # an event that states something about the image
_ABSENT, _OBSERVATION = Polarity.ABSENT, SentenceRole.OBSERVATION
_NOT_TESTED = frozenset({"modality", "anatomy"})  # "negative chest x-ray": the study is normal, not absent
_CLINICAL = frozenset({"finding", "device", "normal", "group"})  # what a sentence may claim (not modality)
_HEDGE_BEFORE, _OPTION_WORDS = frozenset({K_UNC_PRE, K_UNC_BOTH}), frozenset({K_NEG_PRE, K_NORMAL, K_UNC_PRE})
_PRONOUN_CLAUSE = lazy_compile(r"\s*(?:it|they|this|these|there)\s+(?:is|are|was|were|has|have)\b")
_FRONTED_END = lazy_compile(r"\s*(?:the|its|his|her|this|these|those)\s+[a-z]")
_ABN_FORWARD_CHARS = 30  # "blunted left costophrenic angle"
# ... and at least this far from the word's end: a long phrase ("crescent of gas under the left hemidiaphragm") used
# up the reach counted from its start before the organ came (verr16)
_ABN_AFTER_END = 20
_NEW_CONJUNCT = lazy_compile(r",\s*(?:and|but|while|whereas|although)\s")  # between a waiting word and an organ
# a preposition of motion between a word of a shift and an organ: the organ is where something went ("the tip has
# shifted into the heart", "displaced through the trachea"), not the organ shifted (vlay21; "a crack runs through the
# shin bone" is the bone's)
_DESTINATION = lazy_compile(r"\b(?:into|towards?|through|past|beyond)\b")
_SHIFTS = frozenset({"tracheal_deviation", "midline_shift"})


class ClauseScoper:
    """Applies the rules of the module docstring to one clause of automaton events."""

    _drop = staticmethod(drop)
    _mention = staticmethod(add_mention)
    _backward = staticmethod(backward)
    _attach = staticmethod(attach)

    def __init__(self, lexicon: Lexicon) -> None:
        self.concepts = lexicon.concepts
        self._ancestors = lambda cid: c.ancestors if (c := lexicon.concepts.get(cid)) is not None else frozenset()
        self.expanders = frozenset(c.id for c in lexicon.concepts.values() if c.category in ("normal", "group"))
        self.attachable = frozenset(c.id for c in lexicon.concepts.values() if c.category in ("finding", "device"))
        self.anatomy = frozenset(c.id for c in lexicon.concepts.values() if c.category == "anatomy")
        self._category = lambda cid: lexicon.concepts[cid].category
        self.frame_hedges = frozenset(lexicon.frame_hedges)
        self.frame_openers = tuple(sorted(lexicon.frame_openers))
        self._frame_set = frozenset(self.frame_openers)
        self._frame_prefixes = tuple(w + " " for w in self.frame_openers)  # (``str.startswith`` tries each in C)
        self.concluders = frozenset(lexicon.concluders)
        self.partitives = frozenset(lexicon.partitives)
        self.edge_verdicts = frozenset(lexicon.edge_verdicts)  # (a bare verdict ends at its bracket)
        self.report_sections = frozenset(lexicon.report_sections)
        self.active_forms = frozenset(lexicon.active_forms)
        self.clinical_ids = frozenset(c.id for c in lexicon.concepts.values() if c.category in _CLINICAL)
        self.test_ids = frozenset(c.id for c in lexicon.concepts.values() if c.category == "modality")
        # the terse sides ("R lung clear"): the trigger table's one- and two-letter laterality rows
        self.letter_sides = {k: dict(v[3])["laterality"] for k, v in lexicon.short_attrs.items()
                             if "laterality" in dict(v[3])}

    def _opens_frame(self, phrase: str) -> bool:
        """Whether a hedge opening its clause frames it: a ``frame_open`` word, alone or beginning a longer
        hedge ("perhaps there is")."""
        return phrase in self._frame_set or phrase.startswith(self._frame_prefixes)

    def clause(self, clause: list, mentions: list[Mention], expansions: list, question: bool, low: str,
               option_head: int, decided: bool = False, listed: bool = False, stop: int = -1
               ) -> tuple[SentenceRole, int, int]:
        """Scope ``clause`` (events), appending its mentions and normal expansions.

        Returns the clause's role, its counted claims and its clinical mentions in any role.
        ``option_head``: where an answer-option label opening the clause ends (-1: none); ``stop``: the clause's end.
        ``listed``: the clause is an option label and that option's own words ("B. Appendicitis without perforation"):
        an option listing whatever words of seeing or denial the option's text holds (issue #8, gaming 34).
        ``decided``: the clause only frames an option's text as the answer ("the diagnosis that best
        explains the image is <option>"): it is the decision restated, a conclusion that claims nothing
        of its own (the decision's findings are graded once, as the decision).
        The hot loop of the verifier (~50 clauses per chain): state is kept in locals and the
        rarely needed facts (list ends, role cues) are computed only when they matter.
        """
        concepts, first = self.concepts, len(mentions)
        seq: list = []  # (kind, start, end, mention-or-phrase) in order, for the backward/normal passes
        organs = ChunkOrgans(self.anatomy)  # whether the current chunk names an organ (``bare_finding``)
        attr_events: list | None = None
        pre: tuple | None = None  # (polarity, phrase, attrs, position, kind, index in seq)
        last_comma = prev_comma = -1
        last_m, chunk = -1, 0  # start of the latest mention; the chunk (between list words) counted
        special = hypothetical = observed = False  # special: the clause has a normal statement to expand
        cues: dict[str, int] | None = None  # role cue -> the separator it follows (a cue covers what follows it)
        hypo_cue = "conditional"
        boundary = -1  # latest comma/terminator that follows a mention
        pending: tuple | None = None  # an abnormal word waiting for its organ: "blunted left costophrenic angle"
        list_end: int | None = None  # position of the last "or"/"nor": a negated list runs at least that far
        closed: tuple | None = None  # (trigger, end) of a negation closed by "is seen" or of a "no abnormality"
        # statement: a link right after it ("to suggest", "consistent with") continues the negation
        last_and = -1  # latest "and"-like list separator (a link after it opens a new statement)
        last_claim = -1  # start of the latest mention that is not anatomy ("in either lung" is a place)
        part = -1  # start of the latest lobe or zone (``LUNG_PARTS``)
        past = False  # inside a history cue's scope ("history of", "status post"): mentions are historical
        negative = -1  # where the word "negative" (a normal word) stands
        has_or = False  # an "or" joins two items: they may be alternatives
        skip = -1  # an event already consumed ("none" after "Effusion:")
        frame = False  # a hedge frames the whole clause ("it is possible that ...", "... cannot be confirmed")
        concluded = False  # a conclusion verb stood in the clause: "over" after it names the rejected alternative
        partitive = -1  # end of a partitive denial ("none of the"): the group it names is there
        deferred: tuple | None = None  # (position, pre): a denial that starts at a later verb (``absolutive_without``)
        excepted = -1  # where an exception after a denied finding starts ("no consolidation except at the right base")
        bare: tuple | None = None  # the latest bare verdict ("(against X)", ``edge_verdicts``) and its closing bracket
        close, seen, outer, window = -1, None, None, None  # (``seen``: the trigger of the event before; ``outer``: before a bracket; ``window``: ``SubjectWindow``)
        for i, (start, end, kind, payload, attrs) in enumerate(clause):
            if i == skip or (skip := attribute_contrast(clause, i, low)) > 0:
                continue  # (a contrast trigger and its second attribute: "a right rather than left pneumothorax")
            if deferred is not None and start >= deferred[0]:
                pre, deferred = deferred[1], None
            if pre is not None and pre is not bare:  # (its closing bracket found once per trigger, not once per event)
                bare, close, outer = pre, low.find(")", pre[3]) if pre[1] in self.edge_verdicts or bracketed(low, pre[3], pre[1]) else -1, outside(low, pre, seen) or outer
            if pre is not None and 0 <= close < start:  # "(against X), normal hila", "(CTR 0.58, no change) and the LA is
                pre = None if pre[1] in self.edge_verdicts else outside(low, pre, outer)  # big": the one before it again
            seen = pre
            if kind == K_NORMAL and attrs == TUBE_ONLY and decides_against_placed(low, start):
                kind, attrs = K_ABN, TUBE_MISPLACED  # "tip 1 cm above the carina": a tube too low, not one well placed
            if kind == K_CONCEPT:
                if concluded and OVER_ALTERNATIVE.search(low, max(0, start - 12), start):
                    pre = (_ABSENT, "over", (), start, K_NEG_PRE, len(seq))  # "favours collapse over pneumonia"
                elif pre is not None and pre[0] is _ABSENT and pre[4] == K_NEG_PRE and (
                        cop := PREDICATE_NOUN.search(low, max(pre[3], start - 70), start)) is not None \
                        and concludes_denial(low, pre[3] + len(pre[1]), cop.start(), "is", False):
                    pre = None  # "with no air reaching the stomach, is the classic picture of achalasia"
                elif pre is not None and pre[0] is _ABSENT and pre[4] == K_NEG_PRE and (cop_at := predicate_after_denial(
                        concepts, low, seq, pre[5], pre[3] + len(pre[1]), start)) >= 0 \
                        and concludes_denial(low, pre[3] + len(pre[1]), cop_at, "is", False):
                    pre = None  # "thickening with small cysts and no mass is adenomyosis": the subject's predicate
                if pending is not None:
                    if payload in pending[1] and start <= pending[3] \
                            and not low.startswith(" apart", end) and not (len(pending) > 4 and own_predicate(low, end)) \
                            and _NEW_CONJUNCT.search(low, pending[0], start) is None \
                            and not (pending[1][payload] in _SHIFTS
                                     and _DESTINATION.search(low, pending[0], start)):  # "pushes the airways apart":
                        # splayed, not shifted; "no swelling or stones, and both kidneys are ...": another conjunct's;
                        # "the line has been displaced into the heart": where a thing went, not the organ moved
                        self._mention(pending[1][payload], pending[0], end, chunk, pending[2], mentions, seq,
                                      ABN_UNCERTAIN in pending[1])
                        pending = listed_organ(low, end, pending)  # "stones in the kidneys or bladder": each its own
                    else:
                        pending = None
                if pre is not None and pre[0] is _ABSENT and pre[3] < last_comma and last_m < last_comma \
                        and pre[1] not in LIST_VERBS and (starts_new_item(attrs, low, start, end, last_comma) or denied_items_end(low, pre[1], pre[3], last_comma, clause) or (
                            concepts[payload].category == "device" and placed_device(low, last_comma, start, end))):
                    if list_end is None:
                        list_end = last_or(clause)
                    if list_end < start or list_reopened(clause, start, list_end):
                        pre = None  # "no effusion, the heart is enlarged" / "no effusion, mild cardiomegaly"
                if concepts[payload].category == "device" and organ_verb(seq, start, low, self._category):
                    continue  # "the kidneys drain normally": the organ's verb, no device
                m = Mention(payload, start, end, chunk, attrs)
                if past:
                    m.attrs["temporality"] = "historical"
                if pre is not None and partitive >= 0 and PARTITIVE_HEAD.fullmatch(low, partitive, start) \
                        and not PARTITIVE_VERB.search(low, start, end):
                    pass  # "None of the lumps has hollowed out": the lumps are there
                elif pre is not None and not (pre[1] == "negative" and concepts[payload].category in _NOT_TESTED) and not (
                        pre[0] is _ABSENT and (spare := spare_kind(low, pre[3] + len(pre[1]), start, end, last_claim > pre[3],
                                                                   concepts[payload].category)) == 1):
                    # left standing ("no calcification in the lesion") or unread ("in any cyst"): ``spare_kind``
                    if pre[0] is None or (pre[0] is _ABSENT and spare == 2):
                        m.dropped = m.decided = True
                    else:
                        m.pol, m.trigger, m.decided = pre[0], pre[1], True
                        for key, value in pre[2]:
                            m.set_attr(key, value)
                mentions.append(m)
                seq.append((K_CONCEPT, start, end, m))
                last_m = start
                if concepts[payload].category != "anatomy":
                    last_claim = start
                if payload in self.expanders:
                    special = True
                continue
            if kind == K_ATTR:
                if attrs and attrs[0][1] in LUNG_PARTS:  # a lobe or zone: the lung an abnormal word describes
                    if pending is not None and "lungs" in pending[1] and start <= pending[3]:
                        self._mention(pending[1]["lungs"], pending[0], end, chunk, pending[2], mentions, seq,
                                      ABN_UNCERTAIN in pending[1])  # "spot in the right upper lung"
                        pending = None
                    part = start
                if attrs and attrs[0][0] == "laterality" and not_a_side(payload, low, start, end):
                    continue  # "right next to the heart", "right after", "both the mass and the deviation": no side
                if attrs and attrs[0][0] == "laterality" and (side_compared(low, start) or side_dominant(low, start)
                                                               or side_called_normal(low, start, end)):
                    continue  # "hazier than the left": the yardstick; "the right side is fine": its own subject
                if attrs and attrs[0][0] == "laterality" and side_both(low, start):
                    attrs = (("laterality", "bilateral"),)  # "right greater than left": both sides, unequally
                if attrs and attrs[0][0] == "temporality":  # "history of hypertension, diabetes and CAD": every
                    past = attrs[0][1] == "historical"  # later mention of the clause, until "now", "recent"
                    continue
                if attrs and attrs[0][0] == "change" and (SIDE_COMPARISON.match(low, end) or property_level(low, end)
                        or attributive_comparative(low, start, end) or side_before_comparison(low, start, end)
                        or (payload in SINCE_ONLY and (not (EARLIER_TIME.match(low, end) or SAME_AS_STUDY.match(low, end))
                                                       or since_only_overruled(low, start, clause, i)))):
                    continue  # "larger on the right": a dominant side, not a change since an earlier study
                if attrs and attrs[0][0] == "change" and last_m >= 0:
                    denied = denied_change(low, start, end, attrs[0][1])
                    if denied is not None:  # "the consolidation has not improved": it did not improve
                        attrs = (("change", denied),)
                if attrs and attrs[0][0] == "size":
                    attrs = size_attr(low, start, attrs[0][1])
                    if not attrs:
                        continue
                if attr_events is None:
                    attr_events = []
                attr_events.append((start, chunk, attrs, end))
                if pre is not None and pre[0] is _ABSENT and pre[3] < last_comma and last_m < last_comma \
                        and pre[1] not in LIST_VERBS and (grades_present(attrs, low, start) or (
                            attrs[0][0] == "laterality" and not low[last_comma + 1:start].strip())):
                    if list_end is None:
                        list_end = last_or(clause)
                    if list_end < start or list_reopened(clause, start, list_end):
                        pre = None  # "no effusion, mild cardiomegaly", "no effusion, R>L nodes": a new positive item
                continue
            if kind == K_COMMA:
                chunk += 1
                if last_m >= 0:
                    boundary = start
                prev_comma, last_comma = last_comma, start
            if (verdict := label_verdict(clause, i, low)) is not None:  # "Effusion: none", "Effusion — none seen"
                self._backward(seq, _ABSENT, verdict, (), limit=0, after=prev_comma if kind == K_COMMA else last_comma)
                observed, skip, pre = True, i + 1, None
                continue
            if kind == K_COMMA:
                if payload == ":":
                    drop_argued_label(clause, i, low, mentions[first:], concepts)  # "**Tumour:** no mass"
                    if pre is not None and (pre[4] == K_NEG_PRE or pre[4] == K_UNC_PRE) and last_m < pre[3] \
                            and pre[1] not in DANGLING_NEG and low[pre[3] + len(pre[1]):start].strip() in INTRO:
                        continue  # "Denies: fever, chills", "Possible findings: A, B, C" introduce the list
                    pre = None  # "No pneumothorax: a chest tube is in place"
                elif pre is not None and pre[4] == K_TOPIC:
                    pre = None  # "for the option of effusion, the angles are sharp"
                elif pre is not None and pre[0] is _ABSENT and (_PRONOUN_CLAUSE.match(low, end) or NEW_CLAUSE.match(
                        low, end) or pre[3] == clause[0][0] and _FRONTED_END.match(low, end)):
                    pre = None  # "the left lung is not being ventilated, it is losing volume", "fluid that wasn't there
                    # before, the spleen is big": a clause of its own; "Lacking a prior study, the nodule cannot be
                    # called new": a fronted denial ends at its comma before a subject of its own
                continue
            if kind == K_ROLE:
                if attrs == "conclusion" and pre is not None and pre[0] is _ABSENT and concludes_denial(
                        low, pre[3] + len(pre[1]), start, "so", False):
                    pre = None  # "lacks a meniscus, therefore a loculated collection"
                if attrs in SUBJECT_CUES:  # "pneumonia is not the cause", "miliary TB gives nodules": read its subject
                    cues = subject_cue(attrs, cues, (window := window or SubjectWindow(mentions, first)).since(boundary, start), low, boundary, start, stop)
                elif attrs == "for":
                    if cues is not None and "process" in cues:  # "let me check the lungs for consolidation"
                        pre = (None, payload, (), start, K_HYPO, len(seq))
                        hypothetical = True
                        hypo_cue = "instruction"
                elif cues is None or attrs not in cues:  # (the first of each cue counts)
                    cues = (cues or {}) | {attrs: start if attrs in AT_CUE else boundary}
                continue
            if kind == K_ABN:
                observed = True
                active = payload in self.active_forms
                described = None if active else organ_before(self.concepts, seq, attrs, start, low)
                if described is not None:
                    organ, finding = described
                    scope = pre
                    if pre is not None and pre[0] is _ABSENT and pre[3] < last_comma < organ[1]:
                        scope = None  # "no effusion, the heart is enlarged": a new clause after the comma
                    self._mention(finding, organ[1], end, chunk, scope, mentions, seq, ABN_UNCERTAIN in attrs)
                    if payload in GROWN and in_perfect(low, start):
                        mentions[-1].set_attr("change", "worsened")  # "the heart has enlarged"
                    last_m = organ[1]
                elif active:
                    # "widens the mediastinum": the object after it
                    pending = (start, attrs, pre, max(start + _ABN_FORWARD_CHARS, end + _ABN_AFTER_END))
                elif "lungs" in attrs and part > last_claim and start - part <= ABN_BACKWARD_CHARS:
                    self._mention(attrs["lungs"], part, end, chunk, pre, mentions, seq, ABN_UNCERTAIN in attrs)
                    last_m = part  # "left lower lobe collapsed"
                elif (bare := bare_finding(attrs, pre is not None and pre[0] is _ABSENT and pre[3] >= last_comma,
                                           clause, i + 1, start, organs.named(seq, chunk), self.anatomy,
                                           _ABN_FORWARD_CHARS)):
                    # a word that names its finding with no organ near ("Nothing is broken.", "Fresh break seen.")
                    scope = None if pre is not None and pre[0] is _ABSENT and pre[3] < last_comma else pre
                    self._mention(bare[0], start, end, chunk, scope, mentions, seq, ABN_UNCERTAIN in attrs)
                    mentions[-1].bare = bare[1]  # a word of several organs' findings: kept where the case names it
                    last_m = last_claim = start
                else:
                    pending = (start, attrs, pre, max(start + _ABN_FORWARD_CHARS, end + _ABN_AFTER_END))
                    if payload in GROWN and in_perfect(low, start):  # "the consolidation has enlarged"
                        attr_events = attr_events or []
                        attr_events.append((start, chunk, (("change", "worsened"),), end))
                continue
            if (kind == K_UNC_PRE or kind == K_TERM) and payload in LINKS:
                if pre is not None and pre[0] is _ABSENT and pre[4] == K_NEG_PRE:
                    if max(last_comma, last_and) < max(pre[3], last_m) and not concludes_denial(
                            low, pre[3] + len(pre[1]), start, payload, True):
                        kind, payload, attrs = K_NEG_PRE, pre[1], ()  # "no findings to suggest X": X is denied too
                elif pre is None and closed is not None and max(last_comma, last_and, last_claim) < closed[1]:
                    kind, payload, attrs = K_NEG_PRE, closed[0], ()  # "no opacity is seen to suggest pneumonia"
            elif kind == K_UNC_PRE and pre is not None and pre[0] is _ABSENT and pre[4] == K_NEG_PRE \
                    and max(last_comma, last_and, last_claim) < pre[3]:
                kind, payload, attrs = K_NEG_PRE, pre[1], ()  # "no signs of possible X", "not likely to be X"
            if kind in _CHUNK_BREAKS:
                chunk += 1
            if not observed and kind in _OBSERVING and not (kind in _OPTION_WORDS and start <= option_head + 2) \
                    and not (kind == K_TERM and payload in self.concluders):  # ("So I pick B" observes nothing)
                observed = True  # ("D) No acute abnormality": the option's own text (_OPTION_WORDS), no observation)
            if kind == K_HYPO and pre is not None and pre[1] in INVERTING and low[pre[3] + len(pre[1]):start].isspace():
                continue  # "nor is there any effusion": an inversion after the denial, no question
            if kind == K_NEG_POST and payload.startswith(GONE_FROM) and MOVED_TO.match(low, end) is not None:
                continue  # "the lesions have gone from the four seen before to nine": a count that moved (review)
            if kind == K_NEG_PRE and (unexplained(low, start) if payload == "not" else idle_without(low, start, end)):
                continue  # "X explains A but not B", "Dr Sin, ...": no denial (``unexplained``, ``extra_denials``)
            if kind == K_HYPO and attrs == "watch" and (DEFINITE.match(low, end) is not None or (
                    "worry" in payload and worry_said(low, end))):
                continue  # "be alert to the large right pneumothorax": a finding there, pointed at (``roles``)
            if kind == K_NEG_PRE and payload == "without" and (verb := absolutive_without(
                    low, end, self.active_forms)) >= 0:
                deferred = (verb, (_ABSENT, payload, (), start, kind, len(seq)))  # "without the fracture line
                # extending into the joint": the extension is denied from its verb on, not the fracture
            elif kind in _PRE_POLARITY:
                closed = None
                if kind == K_UNC_PRE and (payload in self.frame_hedges or i == 0 and self._opens_frame(payload)):
                    frame = True
                if kind == K_UNC_BOTH:
                    self._backward(seq, Polarity.UNCERTAIN, payload, (), limit=1)
                pre = (_PRE_POLARITY[kind], payload, attrs if kind != K_HYPO else (), start, kind, len(seq))
                # (not a link the denial carries on to: "none of these findings suggest pneumonia")
                partitive = end if payload in self.partitives and low.startswith(payload, start) else -1
                if kind == K_HYPO:
                    hypothetical = True
                    hypo_cue = attrs or "conditional"
                    if payload in IF_PRESENT and prev_comma < last_m < last_comma and not low[last_comma + 1:start].strip():
                        self._backward(seq, Polarity.UNCERTAIN, payload, (), limit=0, after=prev_comma)
                        # "A pneumothorax, if present, would need a drain": the thing supposed is not claimed
            elif kind == K_NEG_POST and (after_with(low, start) or denial_runs_on(low, start, pre)):  # "no free fluid"
                closed, pre = None, (_ABSENT, payload, attrs, start, K_NEG_PRE, len(seq))
            elif kind in _POST_POLARITY:
                if kind == K_NEG_POST and EARLIER_TIME.match(low, end) and not _GONE.search(payload):
                    # "a PICC, not present yesterday": new ("the effusion has resolved since yesterday" is gone)
                    self._backward(seq, Polarity.PRESENT, payload, _NEW, limit=0)
                else:  # (a short verdict clause after a comma judges its own subject: ``verdict_clause``)
                    own = post_reach(low, start, end, last_comma, last_m, attr_events, seq) if kind == K_NEG_POST else -1
                    self._backward(seq, _POST_POLARITY[kind], payload, attrs, limit=0, low=low, after=own)
                pre = None
                if (again := SAID_AGAIN.match(low, end)) is not None or last_m < 0 and low.startswith(":", end):
                    # "effusion is absent, and so is Y": from the end of the words on (a concluding "so" ends a
                    # denial); "Absent: effusion, pneumothorax": a label over the list after its colon
                    deferred = (again.end() if again is not None else end + 1,
                                (_POST_POLARITY[kind], payload, attrs, start, _POST_AS_PRE[kind], len(seq)))
                if kind == K_UNC_POST and payload in self.frame_hedges:
                    frame = True
            elif kind == K_TERM:
                if payload in EXCEPTIONS and pre is not None and pre[0] is _ABSENT and last_claim > pre[3]:
                    excepted = start
                if cues is not None and payload in CONTRAST and "refusal" in cues and TURN not in cues:
                    cues[TURN] = start  # "I cannot give a diagnosis, but there is an effusion": the turn observes
                if payload not in self.concluders:  # "history of asthma, which means ...": still the history
                    past = False
                if last_m >= 0:
                    boundary = start
                if payload in self.concluders:
                    concluded = True
                if pre is not None and pre[0] is _ABSENT and payload in self.concluders and not concludes_denial(
                        low, pre[3] + len(pre[1]), start, payload, False):
                    pass  # "no features point to pneumonia": the denial runs on
                elif pre is not None and partitive >= 0 and pre[1] in self.partitives and payload in PARTITIVE_VERBS:
                    pass  # "None of the nodules shows cavitation": what the group shows is denied
                elif pre is not None and (pre[0] is not None or payload in CONTRAST):
                    closed = (pre[1], end) if pre[0] is _ABSENT and pre[4] == K_NEG_PRE and payload in SEEN_VERBS \
                        else None
                    pre = None  # a hypothetical runs on over "there is": "whether there is an effusion"
                else:
                    closed = None
            elif kind == K_CONJ:
                if pre is not None and pre[0] is _ABSENT and pre[4] == K_NEG_PRE \
                        and with_ends_denial(low, pre[3] + len(pre[1]), start, payload):
                    pre = None  # "without a capsule and with portal vein thrombus": the thrombus is there
                if payload in AND_WORDS:
                    last_and = start
                    if pre is not None and pre[0] is _ABSENT and max(last_m, last_comma) > pre[3] and own_item(low, pre[1], end):
                        pre = None  # "without lung markings and the left lung has collapsed", "no X and a Y": its own
                elif payload == "or":
                    has_or = True
            elif kind == K_NORMAL:
                special = True
                closed = (payload, end) if low.startswith(DENIED_NORMAL, start) else None  # "no abnormality"
                if payload == "negative":  # a test result: "negative Murphy's sign", "troponin negative"
                    negative = start
                    if pre is None and last_claim <= last_comma:
                        pre = (_ABSENT, payload, (), start, K_NEG_PRE, len(seq))
                payload = attrs  # the organs this normal word is restricted to (empty: any)
            seq.append((kind, start, end, payload))
        if pre is not None and pre[4] == K_NEG_PRE and pre[1] in DANGLING_NEG and last_m < pre[3] \
                and bare_after(low, pre[3] + len(pre[1])):
            self._backward(seq[:pre[5]], _ABSENT, pre[1], (), limit=0, after=last_comma)  # "effusion none"
        elif negative > last_claim > last_comma and bare_after(low, negative + 8):
            negative_result(self.concepts, seq, last_comma)  # "hepatitis B serology negative"
        elif pre is not None and pre[4] == K_UNC_PRE and last_m < pre[3]:
            hedge_subject(self.concepts, seq[:pre[5]], pre[1], low, pre[3])  # "pneumonia may be the most likely
            # possibility", "A, B and C are all possible"
        if excepted >= 0:
            excepted_here(mentions, first, excepted, self.clinical_ids)
        if has_or:
            alternatives(self.concepts, seq)  # "pneumonia or atelectasis": one uncommitted claim, not two findings
        if frame:  # every claim hedged, absences too; a hedged "the lungs are clear" implies no absences
            hedge_all(mentions, first, self.clinical_ids)
            special = False
        if attr_events is not None:
            self._attach(attr_events, [s[3] for s in seq if s[0] == K_CONCEPT and s[3].cid in self.attachable], low)
        if len(mentions) - first > 1:
            organ_specific(self.concepts, mentions, first, low)  # "fracture of the left clavicle"
            organ_words(self.concepts, mentions, first, low)  # "a nodule in the thyroid": a thyroid nodule
            compound_heads(mentions, first, low, self._ancestors)  # "no pneumonia patch": one finding
            denied_modifiers(concepts, mentions, first, low)  # "no tumour thrombus": the tumour is not denied
            same_side(mentions, first)
        cues = generic_named(cues, mentions[first:], self.concepts)  # ("pneumonia needs treatment" stays observed)
        if decided:
            self._drop(mentions[first:], -1)
            role = SentenceRole.CONCLUSION
        elif listed:
            self._drop(mentions[first:], -1)
            role = SentenceRole.OPTION_LISTING
        elif question or cues is not None or option_head >= 0 or hypothetical:
            role = clause_role(mentions, first, question, option_head, observed, hypothetical, hypo_cue,
                               cues or {}, self.clinical_ids, self.test_ids)
        else:
            role = _OBSERVATION
        if question or hypothetical or not role.counted:
            special = False
        first_exp = len(expansions)
        if special:
            for k, s in enumerate(seq):
                if s[0] == K_NORMAL:
                    # "it could be normal bowel gas", "probably normal heart size": a hedged normal word implies no
                    # absences, as the hedge before it already stops it pairing with an organ before it
                    if not (k and seq[k - 1][0] in _HEDGE_BEFORE):
                        pair_normal(self.concepts, seq, k, expansions, low, self.letter_sides)
                elif s[0] == K_CONCEPT and not s[3].dropped:
                    cat = concepts[s[3].cid].category
                    if (cat == "normal" and s[3].pol is Polarity.PRESENT) or (
                            cat == "group" and s[3].pol is _ABSENT):
                        expansions.append((concepts[s[3].cid].expands, s[1], s[2], None, None))
        claims, named, role = counted_role(mentions, first, self.clinical_ids, len(expansions) > first_exp, role)
        for k in range(first_exp, len(expansions)):
            expansions[k] = (*expansions[k], role)
        if role is not _OBSERVATION:
            for k in range(first, len(mentions)):
                mentions[k].role = role
        return role, claims, named
