"""The working record of a concept mention while a clause is scoped, and the steps that move it.

Split from ``scope.py`` (which applies the clause rules) so each file stays readable: these are
the mechanical parts the rules share: a mention's record, adding one, applying a post-trigger
backwards, dropping the mentions after a point, attaching attributes, carrying a side forward.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.lazyre import lazy_compile
from medstep.textmarks import last_of, next_of
from medstep.verify.adjective_runs import NOT_IN_A_NOUN_PHRASE, coordinate, size_opens_phrase
from medstep.verify.findings import Polarity
from medstep.verify.frame import HEAD_END, HEAD_LEAD
from medstep.verify.lexicon import (
    ANY_ORGAN,
    DENIED_ONLY,
    K_BREAK,
    K_COMMA,
    K_CONCEPT,
    K_CONJ,
    K_HYPO,
    K_NEG_POST,
    K_NEG_PRE,
    K_PSEUDO_POST,
    K_PSEUDO_PRE,
    K_TERM,
    K_TOPIC,
    K_UNC_BOTH,
    K_UNC_POST,
    K_UNC_PRE,
    joined_lobes,
    place_axis,
)
from medstep.verify.claim_index import ClaimIndex
from medstep.verify.far_places import fronted_run, introduced, joined_place
from medstep.verify.relative_sides import names_relative
from medstep.verify.sizes import distance_kept
from medstep.verify.change_level import change_degree, grades_change, persisting_yields
from medstep.verify.roles import SentenceRole
from medstep.verify.scope_words import CONTRAST, THERE_IS
from medstep.verify.side_words import moved_at

_CHUNK_ENDS = frozenset({K_BREAK, K_COMMA, K_CONJ, K_TERM})  # an organ after these is another item's (``bare_finding``)
# what ends a trigger's reach over the mentions of its clause
STOPS = frozenset({K_NEG_PRE, K_UNC_PRE, K_PSEUDO_PRE, K_UNC_BOTH, K_NEG_POST, K_UNC_POST, K_PSEUDO_POST, K_TERM,
                    K_HYPO, K_TOPIC})


_PREDOMINANT = frozenset({"apex", "upper zone", "mid zone", "lower zone", "base", "upper and mid zone",
                          "mid and lower zone"})


class Mention:
    """Mutable working record for one concept mention while a clause is scoped."""

    __slots__ = ("attrs", "bare", "chunk", "cid", "decided", "dropped", "end", "hedged_absence", "listed", "narrow",
                 "organ", "pol",
                 "role", "start", "trigger")

    def __init__(self, cid: str, start: int, end: int, chunk: int, attrs: tuple) -> None:
        self.cid, self.start, self.end, self.chunk = cid, start, end, chunk
        self.pol = Polarity.PRESENT
        self.trigger: str | None = None
        self.decided = False
        self.hedged_absence = False  # an absence a framing hedge made uncertain ("it is possible that ... no X")
        self.dropped = False  # hypothetical, asked about, or in a sentence whose role does not count
        self.attrs: dict[str, str] = dict(attrs) if attrs else {}
        self.role = SentenceRole.OBSERVATION
        self.bare = False  # a word naming its finding with no organ ("No fluid."): kept where the context names it
        self.narrow: str | None = None  # the organ's kind of this broad finding ("fracture ... of the clavicle")
        self.organ: str | None = None  # the organ it is named in ("a cyst in the liver"; ``organ_specific``)
        self.listed = False  # that organ is the first of a list ("of the ribs or clavicles"; ``organ_specific``)

    def set_attr(self, key: str, value: str) -> None:
        old = self.attrs.get(key)
        if old is None:
            self.attrs[key] = value
        elif key == "laterality" and old != value:
            self.attrs[key] = "bilateral"  # "left ... and right" on one finding
        elif key == "location" and old != value and "location2" not in self.attrs and place_axis(value) is not None \
                and place_axis(value) != place_axis(old):
            self.attrs["location2"] = value  # "upper outer quadrant ... at 10 o'clock": a place on another axis too
        elif key == "location" and old == "apex to base" and value in _PREDOMINANT:
            # "throughout both lungs, most numerous in the lower zones", "... with upper zone predominance": the zone
            # a distribution over the whole lung favours is what tells it apart (verr15: lower against upper read
            # as agreeing, both "apex to base")
            self.attrs[key] = value


def drop(mine: list[Mention], after: int) -> int:
    """Drop the mentions that start after ``after``; return how many claims are left."""
    left = 0
    for m in mine:
        if m.start > after:
            m.dropped = True
        elif not m.dropped:
            left += 1
    return left


def add_mention(cid: str, start: int, end: int, chunk: int, pre: tuple | None, mentions: list, seq: list,
             hedged: bool = False) -> None:
    """A finding made of an organ and an abnormal word, scoped like any mention. It lies where the organ's own words
    place it ("the lateral meniscus is torn": a tear of the lateral side); the organ's mention starts at ``start``."""
    m = Mention(cid, start, end, chunk, ())
    organ = next((item[3] for item in reversed(seq) if item[0] == K_CONCEPT and item[1] == start), None)
    if organ is not None and "location" in organ.attrs:
        m.attrs["location"] = organ.attrs["location"]
    if hedged:
        m.pol = Polarity.UNCERTAIN
    if pre is not None:
        if pre[0] is None:
            m.dropped = m.decided = True
        else:
            m.pol, m.trigger, m.decided = pre[0], pre[1], True
    mentions.append(m)
    seq.append((K_CONCEPT, start, end, m))


class ChunkOrgans:
    """Whether the current chunk of a clause names an organ so far, kept as the clause's events grow: ``bare_finding``
    asks for every bare word, and a scan of all the events each time made a long list ("no fluid, no fluid, ...")
    quadratic. A clause's chunk count only grows and every mention takes the current chunk, so the chunk names an
    organ exactly when the latest chunk holding an organ mention is the current one."""

    __slots__ = ("anatomy", "latest", "seen")

    def __init__(self, anatomy: frozenset[str]) -> None:
        self.anatomy = anatomy
        self.latest = -1  # the latest chunk that holds an organ mention
        self.seen = 0  # the events of ``seq`` read so far

    def named(self, seq: list, chunk: int) -> bool:
        """Whether ``seq`` holds an organ mention of ``chunk`` (the clause's current chunk)."""
        anatomy, latest = self.anatomy, self.latest
        for k in range(self.seen, len(seq)):
            item = seq[k]
            if item[0] == K_CONCEPT and item[3].cid in anatomy and item[3].chunk > latest:
                latest = item[3].chunk
        self.latest, self.seen = latest, len(seq)
        return latest == chunk


def bare_finding(attrs: dict, denied: bool, clause: list, nxt: int, start: int, organ_named: bool,
                 anatomy: frozenset[str], forward: int) -> tuple[str, bool] | None:
    """The finding an abnormal word names with no organ near it (``any=``; ``deny=`` only when ``denied``: "No
    fluid.") and whether the case's context must name it (the word names other findings of other organs: "fluid" is
    ascites in the abdomen, so "a little fluid" is a pleural effusion only in a case that speaks of one; "broken" is a
    fracture of whatever bone), or None: an organ follows within ``forward`` characters in the word's chunk
    (``clause[nxt:]``: the clause's next events, read in place) or is named earlier in it (``organ_named``, from
    ``ChunkOrgans``: "the gallbladder has a little fluid around it"): the word is that organ's (anchored to it, or
    to none when the word names nothing of it), not a finding of its own."""
    cid = attrs.get(ANY_ORGAN) or (attrs.get(DENIED_ONLY) if denied else None)
    if cid is None:
        return None
    for k in range(nxt, len(clause)):
        ev = clause[k]
        if ev[2] in _CHUNK_ENDS or ev[0] - start > forward:
            break  # "No fluid, heart normal.", "There's no fluid and the heart is a normal size."
        if ev[2] == K_CONCEPT:
            return None
    if organ_named:
        return None
    return cid, any(f != cid for organ, f in attrs.items() if organ in anatomy)


def organ_verb(seq: list, start: int, low: str, categories: Callable[[str], str]) -> bool:
    """Whether a device word at ``start`` is the verb of the organ named right before it ("the kidneys drain
    normally"): a plural organ with nothing between is the word's subject (a device named by its organ is a singular
    compound, "chest drain", or a phrase of its own), so the word names no device."""
    if not seq or seq[-1][0] != K_CONCEPT:
        return False
    _kind, _s, e, m = seq[-1]
    return e <= start and not low[e:start].strip() and low[e - 1:e] == "s" and categories(m.cid) == "anatomy"


# a conjunct with a verb of its own before "and": "the heart is enlarged and the effusion has resolved", "there is a
# drain at the apex and the pneumothorax is not seen" (the conjunct from the last punctuation to "and")
_OWN_VERBS = (r"is|are|was|were|has|have|had|lies|lie|sits|sit|remains?|shows?|looks?|appears?|seems?|measures?|"
              r"contains?|demonstrates?|reveals?")
_OWN_VERB = lazy_compile(r"\b(?:" + _OWN_VERBS + r")\b")
_CONJUNCT_START = lazy_compile(r"[.;:,!?\n(][^.;:,!?\n(]*$")
# An "and" opening a conjunct with a subject of its own: a determiner and a word ("and the jet", "and its wall")
_OWN_SUBJECT = lazy_compile(r"\s+(?:the|its|their|his|her|this|that|these|those)\s+[a-z]")


def backward(seq: list, pol: Polarity, phrase: str, attrs: tuple, limit: int, after: float = -1,
             low: str | None = None) -> None:
    """Apply a post-trigger to earlier mentions of the clause, back to the previous stop
    (and not before position ``after``). With ``low`` (the clause's text), an "and" after a conjunct that has a
    verb of its own stops it too: "the heart is enlarged and the effusion has resolved" leaves the heart enlarged,
    while "consolidation and effusion have resolved" denies both."""
    done = 0
    for kind, s, _e, obj in reversed(seq):
        if kind in STOPS or s < after:
            return
        if low is not None and kind == K_CONJ and obj == "and" and done and _verb_before(low, s):
            return
        if low is not None and kind == K_CONJ and obj == "and" and not done and _OWN_SUBJECT.match(low, _e):
            return  # "a shadowing stone, and the right ureteric jet is absent": the jet, a subject of its own
            # the lexicon does not know, is what is absent (not the stone before the "and")
        if kind == K_CONCEPT and not obj.decided:
            obj.pol, obj.trigger, obj.decided = pol, phrase, True
            for key, value in attrs:
                obj.set_attr(key, value)
            done += 1
            if done == limit:
                return


def _verb_before(low: str, at: int) -> bool:
    """Whether the conjunct ending at ``at`` (an "and") has a verb of its own."""
    a = max(0, at - 160)
    end = at
    if low.endswith(",", a, at) or low.endswith(", ", a, at):
        end = low.rindex(",", a, at)  # "..., and": the conjunct before the comma
    cut = _CONJUNCT_START.search(low, a, end)
    return _OWN_VERB.search(low, cut.start() if cut is not None else a, end) is not None


# Between two findings of one noun phrase ("bilateral calcified diaphragmatic pleural plaques") at most one word
# that is no connector: a side stated before the first describes the head noun too.
_NOUN_PHRASE_GAP = lazy_compile(r"[ \-]*(?:[a-z]+[ \-]+)?")


def _shares_side(low: str, m: Mention, n: Mention) -> bool:
    """Whether ``n`` is the head noun of the phrase that ``m`` opens ("calcified ... pleural plaques")."""
    gap = low[m.end:n.start]
    if _NOUN_PHRASE_GAP.fullmatch(gap) is None:
        return False
    head = low[n.start:n.end].split(" ", 1)
    if len(head) > 1 and head[0].endswith("ing"):
        return False  # a participle's phrase ("a left effusion pushing the mediastinum"): a new statement
    word = gap.strip(" -")
    return not word or (word not in NOT_IN_A_NOUN_PHRASE and not word.endswith("ing"))


# ... also the side of a part named before it ("In the lower pole of the left kidney there is a cyst", "In the anterior
# cortex of the mid-diaphysis of the right tibia there is a nidus": the part lies on the side of its organ; "At C3-4 ...")
_OPENER = lazy_compile(r"\s*(?:(?:and|also)\s+)?(?:on|over|at|in|within|near|along|beneath|below|under|above|behind)\s+(?:the\s+)?(?:(?:[a-z]+[\s-]+){1,4}?of\s+the\s+){0,3}"
                       r"(?:(?:left|right)\s+)?")


# "Both lungs contain many round lumps", "the right lung has a mass": the side of the organ that holds the finding
# ("the right side shows no effusion", "the left hemithorax contains fluid")
_HOLDER = lazy_compile(r"[a-z]+\s+(?:lungs?|side|hemithorax|chest)\s+(?:contains?|has|have|shows?|holds?)\s")


def _opens_clause(low: str, pos: int) -> bool:
    """Whether the side at ``pos`` opens its clause: only "on the" / "over the" / "at the" / "in the" (or "at the top
    of the", "in the base of the") stands between the last sentence break and it, or it sides a lung that holds what
    follows ("both lungs contain ..."), or it heads its line as a place label ("Left base: effusion", ``_HEAD_AFTER``)
    and its sentence names no side relative to it ("Left base: clear, with an effusion on the other side": that
    effusion is on the right, ``relative_sides``)."""
    a = last_of(low, ".;:!?\n", pos) + 1
    if _OPENER.fullmatch(low, a, pos) is not None or (
            _HOLDER.match(low, pos) is not None and _OPENER_HOLDER.fullmatch(low, a, pos) is not None):
        return True
    head = _HEAD_AFTER.match(low, pos) if _HEAD_BEFORE.fullmatch(low, a, pos) is not None else None
    return head is not None and not names_relative(low, head.end(), next_of(low, ".;!?\n", head.end()))


_OPENER_HOLDER = lazy_compile(r"\s*(?:the\s+)?")
# a place that heads its line as a label (lay36, issue #8: terse chains' "Left base: pleural effusion with meniscus",
# "R lower zone - consolidation"): the place of what its colon or spaced dash introduces, as "At the left base: ..."
# is; only list marks, emphasis or a side ("left" of "left base") before it, at most four words up to the colon, no
# verb among them ("Left is worse: ..." is a sentence, not a label). A side alone ("Right side: X", "Left: X") names no
# site and is the side hedge's label ("- Right side: X / - Left side: X", bench_gaming): it keeps its old reading.
# A level is a label too ("C3-4: no stenosis", lane denyscope49). (Bounded runs of disjoint classes: linear.)
# The lead and the end of the label are a heading's (``frame.HEAD_LEAD`` / ``HEAD_END``); a verb is one of a clause's own.
_HEAD_BEFORE = lazy_compile(HEAD_LEAD + r"(?:(?:left|right|r|l)[ \t]+)?")
_HEAD_AFTER = lazy_compile(r"(?!(?:left|right|r|l)(?:[ \t]+sided?)?" + HEAD_END + r")[a-z][a-z0-9]*(?:[ \t/-](?!(?:" + _OWN_VERBS
                           + r")\b)[a-z0-9]+){0,3}" + HEAD_END)
# a place fronted before "there is" wherever its clause starts ("Next to it in the right iliac fossa there is a
# collection", "Beside the colon, in the left iliac fossa, there is an abscess"): the place of what the existential
# introduces (verr18: only a place opening the sentence was, so a chain that moved the abscess was read as silent on it)
# ... also after a claim, when a conjunction opens the place's clause ("There is an effusion, and in the left lower lobe
# there is a nodule": the lobe is the nodule's, not the effusion's)
_FRONTED_BEFORE = lazy_compile(r"(\b(?:and|but|while|whereas)\s+)?\b(?:in|within|over|at|on|into)\s+the\s+"
                               r"(?:(?:left|right)\s+)?$")
_FRONTED_AFTER = lazy_compile(r"[^,.;:]{0,30}?,?\s+" + THERE_IS + r"\b")


def _fronted(low: str, pos: int, end: int, claimed: bool) -> bool:
    """Whether the place at ``pos``-``end`` is a preposition's, right before "there is" (``_FRONTED_AFTER``), in a
    clause a conjunction opens when a claim came before it in the sentence (``claimed``)."""
    m = _FRONTED_BEFORE.search(low, max(0, pos - 30), pos)
    return m is not None and (not claimed or m.group(1) is not None) and _FRONTED_AFTER.match(low, end) is not None
_OPENING = frozenset({"laterality", "location"})  # what a place opening the clause gives its first claim
# what an adjective among a noun's comma-split adjectives gives the noun ("bilateral, fairly symmetric hyperintensity";
# "extensive, coarse bibasal reticulation" was read as ungraded, so a chain's wrong grade of it passed: errdetect36)
_COORDINATE_KEYS = frozenset({"laterality", "severity"})
_OPENED_REACH = 100  # characters from the opening place to that claim ("At the top of the right lung you can see ..., meaning air has leaked"; past them, ``far_places.introduced``)


_WORD = lazy_compile(r"[a-z]+")


def _contrasted(low: str, a: int, b: int) -> bool:
    """Whether a contrast word ("but", "whereas", "while", ...) stands between ``a`` and ``b`` ("except" places
    the finding before it: "no rib fracture except on the left" is a left rib fracture, ``excepted_here``)."""
    return any(w.group() in CONTRAST and w.group() != "except" for w in _WORD.finditer(low, a, b))


# a word right after a grade adjective that is a noun of its own, not a link back to the finding before ("small
# locules", "mild bubbles"; not a participle: "minimally displaced" grades the fracture before): what the grade
# describes, so the finding before does not take it (vread17: "extensive fat stranding" was read as mild from
# "Surrounding fat stranding and small locules of gas")
# a clause that goes on to a subject of its own ("and the channel through it is 19 mm long"): a size in it measures
# that one, not the claim before
_NEW_SUBJECT = lazy_compile(r"\b(?:and|but|while|whereas)\s+(?:the|its|their|a|an)\s+(?:[a-z]+\s+){1,4}?(?:is|are|was|were|"
                            r"measures|measured|has|have)\b")
_OWN_NOUN = lazy_compile(r"[ \t]+(?!(?:and|or|but|nor|in|on|of|at|to|by|for|with|without|is|are|was|were|be|been|as|than|"
                         r"then|amount|amounts|size|sized|volume|degree|extent|only|also|overall|bilaterally|left|right|"
                         r"sided|here|there|now|today|still|again|too|each|both|in|the|a|an|to)\b)[a-z]{3,}(?<!ed)\b")


# a sparing verb right before or after an outer place ("sparing the subpleural lung", "the subpleural regions are
# relatively spared"): the place is where the finding is not, so the finding is central (``lexicon._RADIAL``)
_SPARED_BEFORE = lazy_compile(r"\bspar(?:e|es|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:immediate\s+|outer\s+)?$")
_SPARED_AFTER = lazy_compile(r"\s*(?:(?:lung|regions?|zones?|areas?|parenchyma|rim|space)\s+)?(?:(?:is|are|being)\s+)?"
                             r"(?:(?:relatively|largely|mostly|partly|conspicuously)\s+)?spar(?:ed|ing)\b")


def _spared(attrs: tuple, low: str, pos: int, end: int) -> tuple:
    """``attrs`` with an outer place a sparing verb governs read as the central place it leaves."""
    if ("location", "peripheral") not in attrs or not low or (
            _SPARED_BEFORE.search(low, max(0, pos - 30), pos) is None and _SPARED_AFTER.match(low, end) is None):
        return attrs
    return tuple(("location", "central") if a == ("location", "peripheral") else a for a in attrs)


# a grade word of how a thing takes up contrast ("enhances mildly", "mildly enhancing", "intensely enhancing"): the
# enhancement's grade, not the finding's (a report's "mass that enhances mildly" made a mild mass, contradicting a
# paraphrase's other grade word; vpara25)
_ENHANCING_BEFORE = lazy_compile(r"\benhanc(?:es|ed|ing|ement)\s+(?:\w+\s+)?$")
_ENHANCING_AFTER = lazy_compile(r"\s+(?:(?:and|or)\s+\w+\s+)?enhanc(?:es|ed|ing|ement)\b")


def _grades_enhancement(event: tuple, low: str) -> bool:
    """Whether the severity ``event`` grades an enhancement next to it, not a finding."""
    if event[2][0][0] != "severity":
        return False
    if low.endswith("ly", event[0], event[3]):  # an adverb: "enhances mildly", "mildly enhancing"
        return _ENHANCING_BEFORE.search(low, max(0, event[0] - 30), event[0]) is not None \
            or _ENHANCING_AFTER.match(low, event[3]) is not None
    return low.startswith(" enhancement", event[3])  # an adjective of the noun: "mild enhancement"


def attach(attr_events: list, claims: list[Mention], low: str = "") -> None:
    """Give each attribute event to the claim it describes: the first claim after it in its chunk, else the
    last one before it; a side also to the head noun of that claim's noun phrase (``_shares_side``)."""
    if not claims:
        return
    attr_events = persisting_yields([d for d in (change_degree(e, low) if low and grades_change(e, attr_events, low)
                                                 else e for e in attr_events
                                                 if e[2] and not (low and _grades_enhancement(e, low)))
                                     if d is not None], [m.start for m in claims], low)
    index = ClaimIndex(claims)
    # the last position of an attribute of each (kind, chunk): whether one comes later in a chunk, looked up, not
    # scanned for over every event (quadratic: "on the right there is X and on the left Y and ..." x 2,000, issue #12)
    last: dict[tuple[str, int], int] = {}
    for e in attr_events:
        last[e[2][0][0], e[1]] = max(last.get((e[2][0][0], e[1]), e[0]), e[0])
    for pos, chunk, attrs, end in attr_events:
        attrs = _spared(attrs, low, pos, end)
        target, before = index.near(pos, chunk)
        moved = moved_at(low, pos) if low else -1
        if moved >= 0 and not any(m.start <= moved < m.end for m in (target or before,) if m is not None):
            # the direction of a displacement ("the oesophagus is separate from the mass and displaced to the
            # right"): the displaced thing's, so only a claim naming the displacement takes it ("the trachea is
            # deviated to the left by a goitre": the deviation's), not the claim next to it (the mass is not right,
            # the goitre not left)
            mover = index.holding(moved)
            for key, value in attrs:
                if mover is not None and key == "laterality":
                    mover.set_attr(key, value)
            attrs = tuple(x for x in attrs if x[0] != "laterality")
            if not attrs:
                continue
        if target is None and attrs[0][0] in _OPENING and low and (before is None and _opens_clause(low, pos)
                                                                 or _fronted(low, pos, end, before is not None)):
            # a side that opens the clause ("On the right there is a pneumothorax", "On the left, a small
            # effusion"): the clause's first claim, although "there is" or a comma starts a new chunk
            target = next((m for m in index.claims_from(pos) if m.start <= pos + _OPENED_REACH), None) \
                or introduced(low, pos, claims)
            if target is not None and last.get(("laterality", target.chunk), pos) > pos:
                target = None  # "On the right, the lung is clear, and there is an effusion on the left"
        elif target is None and before is None and attrs[0][0] in _OPENING and low and fronted_run(low, pos):
            target = introduced(low, pos, claims)  # "In the left breast, upper outer quadrant ..., there are ..."
            if target is not None and last.get((attrs[0][0], target.chunk), pos) > pos:
                target = None  # (a place of the introduced claim's own chunk is its own)
        if target is None and before is not None and attrs[0][0] == "laterality" and low \
                and _contrasted(low, before.end, pos):
            # "no effusion on the right but the left shows a small one": a side after a contrast word is the
            # subject of what follows it, not a side the claim before the contrast lacks
            target = index.next_from(pos, strict=True)
            if target is None:
                continue
        if target is None and attrs[0][0] in _COORDINATE_KEYS and low and (nxt := index.next_from(end)) is not None \
                and coordinate(low, pos, end, nxt.start):
            target = nxt  # "bilateral, fairly symmetric hyperintensity", "extensive, coarse reticulation": the noun's
        if target is None and attrs[0][0] == "size" and low and (nxt := index.next_from(end)) is not None \
                and size_opens_phrase(low, pos, end, nxt.start):
            k = index.where[id(nxt)]  # "a 3 cm enhancing, partly necrotic lesion": the head noun's, not "necrotic"'s
            while k + 1 < len(claims) and claims[k + 1].start >= claims[k].end \
                    and not low[claims[k].end:claims[k + 1].start].strip():
                k += 1
            target = claims[k]  # "a 4 cm lobulated, partly solid mass": the size of the noun its adjectives describe
        if (holder := target or before) is not None:
            attrs = distance_kept(attrs, holder.attrs)  # (a distance after the finding's own size leaves it)
        if target is None:  # an item without a claim fills in what the previous claim lacks
            if before is None:
                continue
            for key, value in attrs:
                if key == "severity" and low and not low.endswith("ly", 0, end) and _OWN_NOUN.match(low, end) is not None:
                    continue  # "fat stranding and small locules of gas": the grade of a noun the lexicon lacks
                if key.startswith("size") and low and _NEW_SUBJECT.search(low, before.end, pos) is not None:
                    continue  # "..., thicker than normal, and the channel through it is 19 mm long": the channel's
                if key == "location" and key in before.attrs and low and joined_place(low, pos, end) \
                        and (joined := joined_lobes(before.attrs[key], value)) is not None:
                    before.attrs[key] = joined  # "in the right lower lobe and the posterior right upper lobe": both
                elif key not in before.attrs or key == "location" and (before.attrs[key] == "apex to base" or place_axis(
                        value) is not None):  # (a place on another axis: "in the lower zones, with subpleural sparing")
                    before.set_attr(key, value)
            continue
        for key, value in attrs:
            target.set_attr(key, value)
            if key == "laterality" and low:
                k = index.where[id(target)]
                while k + 1 < len(claims) and claims[k + 1].chunk == chunk and "laterality" not in claims[k + 1].attrs \
                        and _shares_side(low, claims[k], claims[k + 1]):
                    k += 1
                    claims[k].set_attr(key, value)


# a finding named by an adjective on another finding's noun ("cavitating mass", "excavated lesion"): the attributes
# written before the pair (size, side, place, grade) are the noun's (``compound_heads``)
_ADJECTIVE = lazy_compile(r"[a-z]+(?:ing|ed|ary)")
_NOUN_ATTRS = ("size", "size_min", "distance", "laterality", "location", "severity")


def compound_heads(mentions: list[Mention], first: int, low: str, ancestors: Callable[[str], frozenset[str]]) -> None:
    """A broad finding word right after a narrower one is the head noun of one compound ("pneumonia patch",
    "collapse patch"), not a second finding: it is dropped and its attributes go to the narrower one. Read as two,
    "No pneumonia patch" also denied every lung opacity, the perihilar haze of a faithful chain's own report."""
    for k in range(first + 1, len(mentions)):
        m, n = mentions[k - 1], mentions[k]
        if not m.dropped and not n.dropped and m.pol is n.pol and not low[m.end:n.start].strip():
            if _ADJECTIVE.fullmatch(low, m.start, m.end):
                # "a 6 cm cavitating mass", "a 5 cm excavated lesion": the adjective's finding and the noun's, the
                # size and place written before them the noun's (a later "wall 18 mm" went to the noun meanwhile)
                for key in _NOUN_ATTRS:
                    if key in m.attrs:
                        n.attrs[key] = m.attrs.pop(key)
            elif n.cid in ancestors(m.cid):
                n.dropped = True
                for key, value in n.attrs.items():
                    m.attrs.setdefault(key, value)


def same_side(mentions: list[Mention], first: int) -> None:
    """A finding named again later in its clause without a side is the one named before with a side
    ("small left apical pneumothorax, the visceral pleural line 1.5 cm below the apex"): it takes that
    side, so it neither supports a claim about the other side nor hides that side's normal statement."""
    sides: dict[str, str] = {}
    for k in range(first, len(mentions)):
        m = mentions[k]
        side = m.attrs.get("laterality") if m.attrs else None
        if side is not None:
            sides[m.cid] = side
        elif m.cid in sides and m.pol is not Polarity.ABSENT:
            m.attrs["laterality"] = sides[m.cid]
