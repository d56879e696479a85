"""Passes over one clause's events after ``scope.ClauseScoper`` has read them: the organ an abnormal word
describes, a closing "negative", a hedge that governs the claim before it, claims offered as alternatives, and a
denied finding an exception places ("no consolidation except at the right base").
Kept apart from ``scope.py`` (which reads the events in one loop) so that each file stays short."""

from __future__ import annotations

from medstep.answers import hedges, landmarks, negation
from medstep.lazyre import lazy_compile
from medstep.textmarks import last_of
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ATTR, K_COMMA, K_CONCEPT, K_CONJ, K_UNC_PRE
from medstep.verify.mentions import STOPS, Mention
from medstep.verify.regions import REREAD as _ORGANLESS
from medstep.verify.regions import organ_reading
from medstep.verify.roles import SentenceRole

_ABSENT = Polarity.ABSENT
ABN_BACKWARD_CHARS = 60  # "the cardiac silhouette appears moderately enlarged"
# "and" opening a clause with a subject and a verb of its own ends a denial that found its object or that a comma closed
# ("no vessel connects to it, and the nodule has grown": verr18); a verb stating a finding: "and the heart is enlarged",
# not "and the main pulmonary artery is normal in size, against pulmonary hypertension", where the denial runs on
# ... and any perfect tense ("and the lung has shrunk", "and the heart has grown") or a verb placing its subject ("and
# the bump sits on the right"): a verb of its own after "and the ..." is a clause, whatever its participle
# ... and a verb of linking with a participle after it, whatever the participle ("and the trachea is deviated", "and the
# mediastinum appears widened", "and the left hemidiaphragm looks elevated": read denied before, vneg23), or any word
# but a normal one ("and the lesion is new", "..., the spleen is big": vpara25; read denied before), or a place ("and the
# tube tip is in the stomach": vneg26). The subject may be long ("and the bit of gas under the skin of the lower neck is
# less than before": scope43, 40 characters missed its verb)
_CLAUSE_VERB = (r"(?:(?:has|have)\s+(?:been\s+)?[a-z]{2,}|"
                r"sits|lies|(?:is|are|was|were|ends|terminates)\s+(?:in|at|within|into)|"
                r"(?:has|have|is|are|was|were)\s+(?:\w+\s+)?"
                r"(?:collapsed|enlarged|shifted|displaced|widened|depressed|elevated|grown|increased|opacified|"
                + hedges.alternation(negation.SEEN) + r")|(?:is|are|was|were|appears?|looks?|seems?|remains?)"
                r"\s+(?:\w+ly\s+)?(?!(?:not|no|there|normal|clear|unremarkable)\b)[a-z]{3,})\b")
# a long subject (over 40 characters) opens a clause of its own only with a verb that keeps it: one saying it went or
# is not there ("and the air in the soft tissues of the left chest wall has completely gone", "... the right internal
# jugular central venous catheter has been removed") leaves the denial running on, as the 40-character reach did
_GONE = (r"(?!(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:\w+ly\s+|now\s+|since\s+)?"
         r"(?:not\s+(?:re[a-z]+|returned|recurred)|no\s+longer|gone|removed|absorbed|re[-\s]?expanded|resolved|cleared|disappeared|withdrawn|taken|vanished|"
         r"healed|absent|reabsorbed|evacuated|drained|extubated|deflated)\b)")
NEW_CLAUSE = lazy_compile(r"\s+(?:the|its|his|her|there|it)\b(?:[^,;.]{0,40}?\b" + _CLAUSE_VERB
                          + r"|[^,;.]{41,64}?\b" + _GONE + _CLAUSE_VERB + r")")
# an item joined by "and" with an article of its own after the determiner "no" ("D is unlikely with a normal heart, no
# congestion and a unilateral left effusion"): "no" stands for the article of the nouns it denies, so a noun phrase that
# brings its own "a"/"an" is outside it (session 55: the effusion the report states was read denied). A list that goes
# on under "no" has bare nouns ("no congestion and effusion"); other denials take articles ("without a capsule and a
# halo") and are left as they were.
_OWN_ARTICLE = lazy_compile(r"\s+an?\s")


def own_item(low: str, trigger: str, end: int) -> bool:
    """Whether what follows the "and" ending at ``end`` is no longer under the denial ``trigger``: a clause of its own
    (``NEW_CLAUSE``) or, after the determiner "no" ("there is no", "with no"), a noun phrase with an article of its own
    (``_OWN_ARTICLE``)."""
    return NEW_CLAUSE.match(low, end) is not None or (
        (trigger == "no" or trigger.endswith(" no")) and _OWN_ARTICLE.match(low, end) is not None)


# a post-trigger's statement said again of what follows ("Effusion is absent, as is pneumothorax", "... not seen, and
# so is consolidation"): the next claims take its polarity (vneg23; pneumothorax read present before)
SAID_AGAIN = lazy_compile(r"\s*,?\s*(?:and\s+)?(?:as|so)\s+(?:is|are|was|were|do|does|did|has|have)\b")
# the denial words after which "is there any" is an inversion, no question ("nor is there any effusion")
INVERTING = frozenset({"nor", "neither"})


# "A and B are displaced": a claim joined to the organ before it by "and", the word after a plural verb
_JOINED = lazy_compile(r"\s*,?\s*and\s+(?:the\s+)?$")
_PLURAL_VERB = lazy_compile(r"\b(?:are|were|have)\b")


def organ_before(concepts: dict, seq: list, mapping: dict, pos: int, low: str = "") -> tuple | None:
    """The organ an abnormal word describes and the finding it makes of it (``(item, finding id)``): the nearest
    earlier organ of the clause that the word applies to, with no other claim in between ("the heart is enlarged"),
    or the organ that one only places (``_head_organ``). A claim that shares a plural subject
    with the organ ("the trachea and the nasogastric tube are displaced to the right": ``low`` the clause's text)
    is no claim in between: the word is said of both, and the organ's finding is read."""
    joined = False
    for k in range(len(seq) - 1, -1, -1):
        item = seq[k]
        if item[0] != K_CONCEPT:
            continue
        if item[1] < pos - ABN_BACKWARD_CHARS:
            return None
        cid = item[3].cid
        if cid in mapping:
            if mapping[cid] in _LUMEN and low and _of_a_wall(low, item[1], item[2]):
                return None  # "the colonic wall is widened", "the wall of the colon is dilated": no wider lumen
            return _head_organ(concepts, seq, mapping, k, low) or (item, mapping[cid])
        if concepts[cid].category != "anatomy":
            if low and not joined and _PLURAL_VERB.search(low, item[2], pos):
                prev = next((seq[j] for j in range(k - 1, -1, -1) if seq[j][0] == K_CONCEPT), None)
                if prev is not None and _JOINED.match(low[prev[2]:item[1]]):
                    joined = True
                    continue
            return None
    return None


# the findings of a wider lumen, and the wall of the organ that a size word then describes instead (vlay23)
_LUMEN = frozenset({"bowel_obstruction", "hydronephrosis", "biliary_dilation"})
_WALL_OF = lazy_compile(r"\bwalls?\s+of\s+(?:the\s+|its\s+|a\s+)?(?:(?:left|right|small|large|upper|lower)\s+)?$")


def _of_a_wall(low: str, start: int, end: int) -> bool:
    """Whether the organ words at ``start:end`` name its wall ("colonic wall", "the wall of the colon")."""
    return low.endswith(("wall", "walls"), start, end) or _WALL_OF.search(low, max(0, start - 30), start) is not None


# the words between an organ and a second organ that only places the first: "the heel cord at the back of the right
# ankle", "the right pumping chamber of the heart" (a preposition, a few words, no verb, no list, no comma)
_PLACES_HEAD = lazy_compile(r"\s+(?:(?:just|right|immediately|directly|slightly|well|about|[\d.]+\s*(?:cm|mm))\s+)?"
                            r"(?:of|at|on|in|near|behind|beside|above|below|under|inside|within|next\s+to)\s+"
                            r"(?:[a-z-]+\s+){0,6}$")
_NOT_A_PLACE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|and|or|but|with|which|that|where|when)\b")


def _head_organ(concepts: dict, seq: list, mapping: dict, k: int, low: str) -> tuple | None:
    """The organ a state word describes when the nearest organ only places an earlier one: "the heel cord at the back
    of the right ankle has snapped" is a torn tendon, not a broken ankle; "the right pumping chamber of the heart is
    enlarged" the right ventricle, not the whole heart. The earlier organ must take the word too (``mapping``), or
    the nearest keeps it ("the wall of the heart is enlarged"), and so where the two organs' findings share a narrower
    kind: "the lymph glands at the right lung root look bigger" stays the root's hilar enlargement (a reading of hilar
    nodes, a kind of both, claims more than a report's "hilar enlargement" says; the glands' lymphadenopathy drops
    the place)."""
    if not low:
        return None
    item = seq[k]
    for j in range(k - 1, -1, -1):
        prev = seq[j]
        if prev[0] == K_ATTR:
            continue
        if prev[0] != K_CONCEPT or concepts[prev[3].cid].category != "anatomy":
            return None
        between = low[prev[2]:item[1]]
        if prev[3].cid in mapping and prev[3].cid != item[3].cid and _PLACES_HEAD.match(between) \
                and not _NOT_A_PLACE.search(between):
            head, place = mapping[prev[3].cid], mapping[item[3].cid]
            if not concepts[head].descendants.isdisjoint(concepts[place].descendants):
                return None  # the nearest keeps it: "the glands at the lung root look bigger" stays hilar enlargement
            return prev, (place if place in concepts[head].descendants else head)
        return None
    return None


def negative_result(concepts: dict, seq: list, after: int) -> None:
    """"Negative" closing a clause is the result of the findings or tests named before it (back to the
    previous comma): "troponin negative", "hepatitis B serology negative". Anatomy and the modality
    keep their normal-word reading ("chest radiograph negative" is a normal study)."""
    for kind, s, _e, obj in reversed(seq):
        if kind in STOPS or s < after:
            return
        if kind == K_CONCEPT and not obj.decided and concepts[obj.cid].category in ("finding", "device"):
            obj.pol, obj.trigger, obj.decided = _ABSENT, "negative", True


# a plural verb or a quantifier between a list and the hedge after it: the hedge governs the whole list ("A, B and C
# are all possible", "A, B or C could all explain it", "either of which is possible")
_LIST_SUBJECT = lazy_compile(r"\b(?:are|were|all|both|each|either|any)\b")
_ALL_AFTER = lazy_compile(r"\s+(?:all|both|each|either)\b")  # "A, B or C could all explain it"
_LIST_LINKS = frozenset({K_COMMA, K_CONJ, K_ATTR, K_CONCEPT})  # what joins the items of such a list


def hedge_subject(concepts: dict, seq: list, phrase: str, low: str = "", at: int = -1) -> None:
    """A hedge that governs nothing after it hedges the claim before it, back to the previous stop
    ("Pneumonia may be the most likely possibility", "collapse of either lobe could be considered"). When a
    plural verb or a quantifier stands between the claim and the hedge (``low[..:at]``, the hedge at ``at``), the
    claim ends a list of claims joined by commas, "and" or "or", and each is hedged ("Crohn disease, appendicitis
    and obstruction are all possible": before, only the last was)."""
    listed = ors = False
    for k in range(len(seq) - 1, -1, -1):
        kind, _s, e, obj = seq[k]
        if kind in STOPS and kind != K_UNC_PRE:  # ("may be the most likely": two hedges, one subject)
            return
        if kind == K_CONCEPT and concepts[obj.cid].category != "anatomy":
            if not obj.decided:
                obj.pol, obj.trigger, obj.decided = Polarity.UNCERTAIN, phrase, True
            if listed:
                continue
            if at < 0 or (_LIST_SUBJECT.search(low, e, at) is None and _ALL_AFTER.match(low, at + len(phrase)) is None
                          and not (ors := _or_before(seq, k))):
                return
            listed = True
        elif listed and (kind not in _LIST_LINKS or ors and kind == K_CONJ and obj != "or"):
            return  # (alternatives joined by "or" end at an "and": "an effusion, and A or B might explain it")


def _or_before(seq: list, k: int) -> bool:
    """Whether the claim ``seq[k]`` is the last of alternatives, joined to the claim before it by "or" ("A, B or C might
    explain it": a hedge after them governs each; vneg23, only C was hedged before), or to an item after it that names
    no concept ("A, B or an embolism might explain it")."""
    if any(item[0] == K_CONJ and item[3] == "or" for item in seq[k + 1:]):
        return True
    for j in range(k - 1, -1, -1):
        kind = seq[j][0]
        if kind == K_CONJ:
            return seq[j][3] == "or"
        if kind != K_ATTR:
            return False
    return False


def alternatives(concepts: dict, seq: list) -> None:
    """Positive claims offered as alternatives ("pneumonia or atelectasis", "A, B or C") are hedged:
    the sentence commits to none of them. A negated list ("no effusion or pneumothorax"), one
    concept on both sides ("left or right effusion") and anatomy are left alone.

    Read in one pass (a model's loop of "A or B or C or ..." made a walk back from each "or" quadratic): ``run``
    holds the claims since the last item that is neither a claim, a comma nor an "or" (the alternatives an "or"
    joins to the claim after it), with their concepts and whether one of them is no plain present claim. Each
    further "or" of a hedged run hedges the claim after it too ("A or B or C": before, C stayed present)."""
    run: list[Mention] = []
    cids: set[str] = set()
    spoilt = hedged = False
    for k, item in enumerate(seq):
        kind = item[0]
        if kind == K_CONCEPT:
            m = item[3]
            if concepts[m.cid].category != "anatomy":
                run.append(m)
                cids.add(m.cid)
                spoilt = spoilt or m.pol is not Polarity.PRESENT or m.dropped
        elif kind == K_CONJ and item[3] == "or":
            after = _claim_after(concepts, seq, k)
            if hedged and isinstance(after, Mention) and after.pol is Polarity.PRESENT and not after.dropped:
                after.pol, after.trigger = Polarity.UNCERTAIN, "or"
                continue
            if not isinstance(after, Mention) or not run or spoilt or after.pol is not Polarity.PRESENT \
                    or after.dropped or (len(cids) < 2 and after.cid in cids):
                continue
            for m in (after, *run):
                m.pol, m.trigger = Polarity.UNCERTAIN, "or"
            spoilt = hedged = True
        elif not (kind == K_COMMA and item[3] == ","):
            run, cids, spoilt, hedged = [], set(), False, False  # "A, B or C" and "A or B or C" are one set


def _claim_after(concepts: dict, seq: list, k: int) -> object:
    """What follows the "or" at ``k``, anatomy and attributes skipped: a claim (a ``Mention``), another item's
    payload, or None."""
    for j in range(k + 1, len(seq)):
        x = seq[j]
        if x[0] == K_CONCEPT and concepts[x[3].cid].category != "anatomy" or x[0] != K_CONCEPT and x[0] != K_ATTR:
            return x[3]
    return None


# the words that may join a finding to the organ it lies in: "fracture through the midshaft of the left clavicle",
# "a mass in the superior mediastinum", "metastases in both lungs", "no lesion is seen in the spleen" (a few words, no
# verb but one of seeing, no other clause)
_OF_ORGAN = lazy_compile(r"\s+(?:(?:is|are)\s+(?:" + "|".join(negation.SEEN) + r")\s+)?(?:(?:of|through|in|at|"
                         r"within|involving|involves|affecting|affects|across|along)\s+)(?:[a-z0-9-]+,?\s+){0,10}$")
_ORGAN_REACH = 60
# an organ's label before its finding: "Medial meniscus: tear", "ACL: complete tear", with up to three words between
# (a hyphen is read as a space, so "Knee - effusion" is no label here)
_LABEL = lazy_compile(r"\s*(?::|-|\u2013|\u2014)\s*(?:[a-z-]+\s+){0,3}")


# an organ called normal (clear, intact) and then denied a finding ("the liver is normal, with no focal lesion", "the
# ribs are intact without fracture": no scapular fracture denied, lane site47): the organ's finding
_NORMAL_WITH_NO = lazy_compile(r"\s+(?:is|are|looks?|appears?|seems?)\s+(?:otherwise\s+)?(?:normal|unremarkable|clear|intact)\s*,?\s+"
                               r"(?:with\s+no|without)\s+(?:[a-z-]+\s+){0,2}|"
                               # ... or the subject holding none ("the liver contains no focal lesion": a liver lesion
                               # denied, not an adrenal adenoma; issue #8, retired blind 39)
                               r"\s+(?:contains?|has|have|shows?|holds?|demonstrates?)\s+no\s+(?:[a-z-]+\s+){0,2}")


def organ_specific(concepts: dict, mentions: list[Mention], first: int, low: str) -> None:
    """A broad finding named with the organ it lies in names that organ's finding too ("a fracture through the
    midshaft of the left clavicle" is a clavicle fracture, "a mass in the superior mediastinum" a mediastinal mass):
    the organ's findings (its ``expands``) hold exactly one narrower kind of it, kept as the mention's ``narrow``.
    Read as the broad word alone, the report's fracture left a chain's "clavicle fracture" unsupported. The
    mention keeps its broad concept, so what the text is judged and recalled as does not change. A label names the
    organ too ("Medial meniscus: tear.", "ACL: partial tear"), and the place the organ's own words name is the
    finding's ("a tear of the lateral meniscus" is a tear of the lateral side). An organless word is the organ's
    finding ("Knee: effusion." a joint effusion, ``regions.organ_reading``), in a report that names the chest too."""
    for k in range(first, len(mentions)):
        m = mentions[k]
        c = concepts[m.cid]
        if m.dropped or c.category != "finding":
            continue
        broad = bool(c.descendants or m.cid in _ORGANLESS)
        n = _organ_after(concepts, mentions, k, low)
        before = mentions[k - 1] if k and concepts[mentions[k - 1].cid].category == "anatomy" else None
        if n is None and before is not None and (broad and (_LABEL.fullmatch(low, before.end, m.start) or (
                m.pol is Polarity.ABSENT and _NORMAL_WITH_NO.fullmatch(low, before.end, m.start))) or (
                before.attrs.get("location") and not low[before.end:m.start].strip()) or (
                not low[before.end:m.start].strip() and organ_reading(m.cid, low[m.start:m.end], before.cid)
                not in (None, m.cid))):
            # (a label, or an organ whose words name a place right before: "radial neck fracture", or an organ
            # right before an organless word it reads as its own: "a knee joint effusion" is no pleural one, lane
            # site47)
            n = before
        if n is None:
            continue
        m.organ = n.cid
        m.listed = _listed(concepts, mentions, n, k, low)
        if not broad:  # (a finding of no narrower kind takes only the place: "a transverse fracture of the radial neck")
            if n.attrs.get("location"):
                m.set_attr("location", n.attrs["location"])
            continue
        new = organ_reading(m.cid, low[m.start:m.end], n.cid)
        if new is not None and new != m.cid and new in concepts:
            m.cid = new
            continue
        narrower = [x for x in concepts[n.cid].expands if x in c.descendants]
        if len(narrower) == 1:
            m.narrow = narrower[0]
        if n.attrs.get("location"):
            m.set_attr("location", n.attrs["location"])


# the words joining an organ to the next of a list ("of the ribs or clavicles", "of the left clavicle and the left third
# rib", "of the ribs, clavicles or scapulae")
_OWN_CLAUSE_VERB = lazy_compile(r"\s+(?:is|are|was|were|appears?|looks?|seems?|remains?|shows?|has|have)\b")
_AND_ORGAN = lazy_compile(r"\s*(?:,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+)(?:[a-z0-9-]+\s+){0,3}")


def _listed(concepts: dict, mentions: list[Mention], n: Mention, k: int, low: str) -> bool:
    """Whether organ ``n`` (named with ``mentions[k]``) is followed by another organ it is listed with: the finding is
    named in each of them."""
    j = mentions.index(n, k) + 1 if n.start > mentions[k].start else k  # (after it, or the organ right before it)
    if j == len(mentions):
        return False
    nxt = mentions[j]
    return concepts[nxt.cid].category == "anatomy" and _AND_ORGAN.fullmatch(low, n.end, nxt.start) is not None \
        and _OWN_CLAUSE_VERB.match(low, nxt.end) is None  # (not a clause of its own: "..., and the lungs are clear")


def _organ_after(concepts: dict, mentions: list[Mention], k: int, low: str) -> Mention | None:
    """The organ named right after finding ``mentions[k]`` as the place it lies in ("a fracture of the clavicle")."""
    m = mentions[k]
    for j in range(k + 1, len(mentions)):  # (not a slice: copying the rest for each mention was quadratic)
        n = mentions[j]
        if n.start - m.end > _ORGAN_REACH:
            return None
        if concepts[n.cid].category != "anatomy":
            if not n.dropped:
                return None  # another finding between: the organ is its
            continue
        if _OF_ORGAN.fullmatch(low, m.end, n.start) is not None:
            return n
    return None


# An exception after a denial: what it names, if no finding of its own, is where the denied finding is ("no
# consolidation except at the right base", "no fracture apart from the left sixth rib", "no effusion other than a
# trace on the left"); naming a finding, it is that finding ("no lesion other than the known nodule").
EXCEPTIONS = frozenset({"except", "except for", "apart from", "aside from", "other than", "save for", "barring",
                        "excepting"})


def excepted_here(mentions: list[Mention], first: int, at: int, clinical: frozenset[str]) -> None:
    """The clause's last denied finding before the exception at ``at`` is present there when the exception names
    no finding (only places, sides, a grade, "one" or "a trace"): "no X except on the left" says X is on the left."""
    denied = None
    for k in range(first, len(mentions)):
        m = mentions[k]
        if m.start < at:
            if m.cid in clinical and not m.dropped and m.pol is Polarity.ABSENT:
                denied = m
        elif m.cid in clinical:  # (a place the exception names is anatomy, not a claim)
            return  # "no lesion other than the known nodule": the exception is a finding of its own
    if denied is not None:
        denied.pol, denied.trigger = Polarity.PRESENT, None


# the place words before a finding that a denied thing would lie in ("no calcification in the lesion"), around, beside,
# under or over ("no fluid around the graft": vneg26; "no extradural collection beneath the fracture", "no pneumonia
# around the cysts": lane denyscope49, issue #8): a relation of place and a determiner, the finding after them the
# denied thing's landmark, which the denial presupposes, not one more denied item. The relation words are
# ``answers.landmarks``' nearness and direction words (their one home) besides "in", "within", "inside"; not the
# words that set a thing apart rather than place it ("against", "apart from", "away from": an exception or a contrast)
_NOT_PLACING = frozenset({"against", "apart from", "away from", "adjacent", "toward", "towards"})
_PLACE_WORDS = ("in", "within", "inside", *(w for w in (*landmarks.NEAR, *landmarks.DIRECTION) if w not in _NOT_PLACING))
# the determiners that take the landmark as there: a definite one, or a quantifier over things there ("no restricted
# diffusion in any cavity", "no fluid in either cyst": the cavities and cysts are what is searched, issue #8 faithful57)
_DETERMINER = ("the", "this", "that", "these", "those", "its", "their")
_LOOSE = ("any",)  # (alone it says nothing of whether there is one: "no gas in any collection"; review faithful57)
_QUANTIFIER = (*_LOOSE, "either", "each", "every")  # (alone or over a definite: "in any of the cysts")
_PLACED_AT = lazy_compile(hedges.words(_PLACE_WORDS) + r"\s+(?:" + hedges.words(_QUANTIFIER) + r"(?:\s+of)?\s+)?"
                          + hedges.words(_DETERMINER) + r"\s+$|" + hedges.words(_PLACE_WORDS) + r"\s+"
                          + hedges.words(_QUANTIFIER) + r"\s+$")
# a denial that is itself the denied thing ("nothing inside the collection", "none within the cysts"): its word stands
# where a denied noun would, so a place after it is a landmark as after "no fat" (``negation.NOTHING``, ``NONE``)
_PRONOUN_DENIAL = lazy_compile(hedges.words(negation.NOTHING, negation.NONE) + r"$")
_LOOSE_AT = lazy_compile(hedges.words(_PLACE_WORDS) + r"\s+" + hedges.words(_LOOSE) + r"\s+$")
_DENIED_WORD = lazy_compile(r"[a-z]{2,}")
_PLACE_REACH = 40  # how far back the place words may start (the longest, "in front of", and a determiner)


def placed_at(low: str, b: int) -> int:
    """Where the place words before a finding at ``b`` start ("beneath the " before "fracture"), -1: none."""
    found = _PLACED_AT.search(low, max(0, b - _PLACE_REACH), b)
    return -1 if found is None else found.start()


_ONLY = lazy_compile(hedges.words(negation.ONLY))
_ITEM_STARTS = ",;("  # (the last one before a finding, found backwards: a long denied list stays linear)
# (an item ends with its sentence too: "no fracture, dislocation. Single view only." is no exception; review denyscope49)
_ITEM_END = lazy_compile(r"[,;()]|[.:!?](?:\s|$)|\n")
_JOINS = lazy_compile(r"\b(?:or|nor|and)\b")  # (one item alone: "no fracture, dislocation or arthritis only")


def spared(low: str, a: int, b: int, e: int, claim_between: bool) -> bool:
    """Whether a finding at ``b``..``e`` after a denial (its words ending at ``a``) is left standing by it: the
    finding a denied thing would lie in or beside ("no calcification in the lesion", "no collection beneath the
    fracture"; ``placed_at``), after a claim or a word of the denied thing (``denied_before``: "no lesion in the
    liver" denies the lesion), or a later list item or aside that calls itself the only thing there ("no fracture
    (mild arthritis only)", "no colonic mass, diverticulosis alone"; lane denyscope49): an exception to the denial.
    Only an item of its own (between commas, semicolons or brackets, no "or" or "and" in it), after the first."""
    if placed_at(low, b) >= 0 and (claim_between or denied_before(low, a, b)
                                   or _PRONOUN_DENIAL.search(low, max(0, a - 8), a) is not None):
        return True
    opened = -1
    for c in _ITEM_STARTS:  # each search only after the latest start found so far
        opened = max(opened, low.rfind(c, max(a, opened + 1), b))
    if opened < 0:
        return False  # (the first item of the denial: "no only child" is no exception)
    close = _ITEM_END.search(low, e)
    end = close.start() if close is not None else len(low)
    return _ONLY.search(low, opened, end) is not None and _JOINS.search(low, opened, end) is None


def spare_kind(low: str, a: int, b: int, e: int, claim_between: bool, category: str) -> int:
    """How a denial (its words ending at ``a``) reads a finding at ``b``..``e`` after it: 0 denied, 1 left standing
    (``spared``), 2 unread: a finding (no organ) after a bare "any" ("no gas in any collection", "no restricted
    diffusion in any cavity") is what would be searched if there were one, neither said there nor denied (review
    faithful57: a chain's "no calcification in any nodule" contradicted a report's "no pulmonary nodules")."""
    if not spared(low, a, b, e, claim_between):
        return 0
    return 2 if category != "anatomy" and _LOOSE_AT.search(low, max(0, b - _PLACE_REACH), b) is not None else 1


def denied_before(low: str, a: int, b: int) -> bool:
    """Whether a word stands between a denial (ending at ``a``) and the place words ("in the") before a finding at
    ``b``: "no fat in the lesion" denies the fat, and the lesion it would lie in is there ("no lesion in the liver":
    nothing between, the lesion is denied)."""
    at = placed_at(low, b)
    return _DENIED_WORD.search(low, a, b if at < 0 else at) is not None


def hedge_all(mentions: list[Mention], first: int, clinical_ids: frozenset[str]) -> None:
    """A framing hedge over a clause ("perhaps there is ..."): every clinical claim from ``first`` on is uncertain,
    absences too (marked ``hedged_absence``: a hedged "the lungs are clear" implies no absences)."""
    for m in mentions[first:]:
        if not m.dropped and m.pol is not Polarity.UNCERTAIN and m.cid in clinical_ids:
            m.hedged_absence = m.pol is Polarity.ABSENT
            m.pol, m.decided = Polarity.UNCERTAIN, True


_POL_BIT = {Polarity.PRESENT: 1, Polarity.UNCERTAIN: 2, Polarity.ABSENT: 4}


def counted_role(mentions: list[Mention], first: int, clinical_ids: frozenset[str], expanded: bool,
                 role: SentenceRole) -> tuple[int, int, SentenceRole]:
    """A clause's counted claims (kept clinical mentions from ``first`` on, one more for its normal ``expanded``
    absences), its named ones (kept or dropped), and its role: an observation whose claims are all hedged is hedged,
    all absent negated ("the lungs are clear")."""
    claims = named = int(expanded)
    pols = 0  # bit 1 present, 2 uncertain, 4 absent (counted claims)
    for m in mentions[first:]:
        if m.cid in clinical_ids:
            named += 1
            if not m.dropped:
                claims += 1
                pols |= _POL_BIT[m.pol]
    if role is SentenceRole.OBSERVATION and claims:
        role = (SentenceRole.OBSERVATION if pols & 1 else SentenceRole.HEDGED if pols & 2
                else SentenceRole.NEGATED)
    return claims, named, role


def bracketed(low: str, pos: int, trigger: str = "") -> bool:
    """Whether the trigger at ``pos`` lies inside a bracket still open there: a trigger inside a parenthesis reaches no
    further than its closing bracket ("the heart is big (ratio 0.58, no different from two years ago) and the left
    atrium is enlarged": scope43, the denial of the aside denied the left atrial enlargement after it). A "nor"
    opens no denial of its own but goes on with a list's ("-ve for bleeding (occult nor overt), weight change or
    anaemia"): its reach is the list's, not the aside's. (No "(" before ``pos``: no closing bracket is looked for,
    issue #12: most triggers of a chain have none, and the two look-ups were ~1% of a chain.)"""
    if trigger == "nor":
        return False
    opened = last_of(low, "(", pos)
    return opened >= 0 and opened > last_of(low, ")", pos)


def outside(low: str, pre: tuple, outer: tuple | None) -> tuple | None:
    """The trigger in force again once the bracket holding ``pre`` closes: ``outer`` (the one before ``pre``) when it
    stood before that bracket opened ("Exclude septic emboli (no drug use or lines) and cavitating metastases": the
    exclusion reaches the metastases again), else none (the clause loop keeps the earlier one when a second trigger
    inside the bracket replaces a first: "(no fever, no cough)")."""
    if outer is None or outer is pre or outer[3] >= last_of(low, "(", pre[3]):
        return None
    return outer

