"""The one place an open reply puts its finding in, to a question asking where (or which lobe, segment, organ part);
and the one thing a reply names, to a question asking which organ, bone, vessel or structure (``asks_thing``).

"Where is the lesion located?" is answered "The lesion is located in the right upper lobe, in the posterior segment,
abutting the pleura. It is a spiculated nodule of about 2 cm." Read whole, the reply never matches "right upper lobe";
the grader rightly refuses a long span (it must not reward listing more). The answer is the place the reply's first
placing clause names: a site of ``answers/sites.tsv`` after a placing word ("in", "within", "at", "involving",
"arising from", "located/seen/sits in") or standing alone as the clause ("The right upper lobe, in the posterior
segment."), with the side and position words written before it ("right", "upper outer", "distal").
:func:`placed` returns those words, a slice of the reply.

Precision first (issue #7: a span that is not the answer must not be graded as matching). Nothing is read when the
clause doubts, denies or weighs ("may", "or", "not", "versus", a question mark), when it places the finding in two
places of which neither holds the other ("in the right upper lobe and the left lower lobe"), when a later clause of
the same sentence adds another place ("and another in ..."), or when the only site named is the question's own
("Where in the liver is the lesion?": "in the liver" says nothing new). A clause saying a place is normal ("the
lungs are clear in the upper zones") places nothing and is passed over. Sides alone are ``extract/open_subject``'s and
the grader's typed rung's, a measured distance ("4 cm above the carina") ``open_measure``'s: a site after "above",
"below", "near" or "abutting" is a landmark, not the place.

A question asking a thing ("Which organ is enlarged?", "Which bone is fractured?", "What does the arrow point to?") is
answered by a site of the same table, written as the subject of the reply's statement whatever is said of it ("The
spleen measures 18 cm, consistent with splenomegaly.") or after a copula or a pointer's verb ("The organ with the
abnormality is the liver.", "The arrow points to the gallbladder, which ..."); a site named after a copula is tried
first ("The lungs fill the image, so the largest organ is the lung."). The same guards hold, and three more: the
site's noun phrase must end there ("the right adrenal myelolipoma" names a tumour, not an organ), a quadrant is no
organ, and a sentence adding another site ("The spleen is also enlarged.") leaves the reply unread.
"""

from __future__ import annotations

from medstep.answers import hedges, landmarks, negation, revisions
from medstep.answers.sites import SURFACE_REGIONS, bordering, related, site_table, sites_in
from medstep.extract.clauses import NORMAL_WORDS
from medstep.extract.open_unanswered import ASKS_SIDE
from medstep.lazyre import lazy_compile

# A question asking a place, a lobe or segment, or which part of an organ (not a side alone: "Which side ...?").
_ASKS_WHERE = lazy_compile(r"(?i)^\W*where\b|\b(?:location|located)\b|\bin\s+which\s+(?:[\w-]+\s+)?(?:lobe|segment|part|"
                           r"region|quadrant|organ|area|compartment|chamber)\b")
_ASKS_WHICH_PART = lazy_compile(r"(?i)\b(?:which|what)\s+(?:lobe|segment|part|region|quadrant|portion|zone|compartment|"
                                r"chamber|bronchus)\b")
# The side and position words written before a site's name, spelled once for the patterns below (the finer ones,
# "outer", "apical", ..., are read where a place is being placed or answered, not where a subject opens a clause).
_POSITIONS = ("right|left|bilateral|both|upper|lower|anterior|posterior|medial|lateral|proximal|distal|mid|superior|"
              "inferior")
_FINE_POSITIONS = _POSITIONS + "|outer|inner|apical|basal"

# A question asking which anatomical thing (an organ, a bone, a vessel, a structure; what a pointer marks): its answer
# is a site of ``answers/sites.tsv`` as much as a place is, and a reply names it as the subject of its first statement
# ("The spleen measures 18 cm, ...") or after a copula or a pointer's verb ("The organ with the abnormality is the
# liver.", "The arrow points to the gallbladder, which ..."), the landmarks and findings after it being no part of it.
# (The class noun must end its noun phrase: "What bone lesion is seen?", "What is the bone age?" and "What vessel
# abnormality is shown?" ask a finding or a value, not a thing.)
_THING_NOUN_END = (r"s?\b(?=\s*(?:[?.,:;!]|$)|\s+(?:is|are|was|were|does|do|did|has|have|had|shows?|showing|appears?|"
                   r"seems?|looks?|lies|contains?|can|could|might|would|will|should|may|must|being|in|on|of|at|with|"
                   r"from|here|there|this|that|these|those|most|mainly|primarily|abnormal|\w+(?:ed|en))\b)")
_ASKS_THING = lazy_compile(r"(?i)\b(?:which|what)\s+(?:[\w-]+\s+)?(?:organ|bone|structure|vessel|artery|vein|nerve|"
                           r"muscle|gland|tendon|ligament|joint)" + _THING_NOUN_END + r"|\bwhat\s+is\s+the\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:organ|bone|structure|vessel)" + _THING_NOUN_END + r"|\b(?:arrow|"
                           r"arrowhead|asterisk|pointer)s?\s+(?:\w+\s+)?(?:point|indicate|mark|show|highlight)")
# What places a site as the thing asked, to such a question: a copula or a pointer's verb before it.
_NAMING = lazy_compile(r"(?i)\b(?:is|are|was|were|(?:points?|pointing|refers?|directed)\s+(?:at|to)|indicates?|marks?|highlights?|shows?)\s+(?:the\s+|an?\s+)?"
                       r"(?:(?:" + _FINE_POSITIONS + r")[\s-]+){0,3}$")
# What may follow the site that is the thing asked: the end of its clause, a verb said of it, a preposition, a relative
# pronoun, or the thing's own class noun ("scaphoid bone", "thyroid gland"); another noun makes the site an adjective
# of something else ("right adrenal myelolipoma", "liver lesion").
_THING_ENDS = lazy_compile(r"\s*(?:$|[,;:.!?)(—–]|\s-\s|(?:is|are|was|were|measures?|shows?|has|have|spans?|appears?|looks?|"
                           r"seems?|demonstrates?|contains?|extends?|occupies|occupy|fills?|lies|sits|with|which|that|at|"
                           r"in|on|of|from|near|by|bone|gland|organ|joint)\b)")
# A preposition placing the site after it (``_PLACING`` without its clause-opening form).
_PREPOSITION = lazy_compile(r"(?i)\b(?:in|within|at|inside|involving|involves|affecting|affects|from)\s+(?:the\s+)?"
                            r"(?:[a-z-]+[\s-]+){0,3}$")
_STEM = 5


def _asked_stems(question: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _CONTENT.findall(question) if w.lower() not in _QUESTION_FILLER}


def _names_asked(before: str, question: str) -> bool:
    """Whether the words before a site share a content word's stem with the question (the thing placed is the one
    asked about: "lesion", "abnormality", "fracture" for "fractured"). A pointer and its verb are not what is asked
    about: "The arrow points to a stone in the distal ureter." answers the stone, not the ureter."""
    asked = _asked_stems(question) - _POINTER_STEMS
    return any(w.lower()[:_STEM] in asked for w in _CONTENT.findall(before))


_POINTER_STEMS = frozenset({"arrow", "aster", "point", "indic", "mark", "marks", "marke", "highl", "show", "shows",
                            "showi", "shown"})
# A site beside another, not the thing said of: "lies under the liver", "displacing the colon": the relation words of
# ``answers/landmarks.py`` but the spreading ones ("crosses into the parietal lobe" places it there too), and "than"
# (set against it), "over" and "along" (beside its surface).
_BESIDE = lazy_compile(r"(?i)(?:" + hedges.words(landmarks.BESIDE_NOT_IN, ("than", "over", "along")) + r")\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}$")
# A conjunction opening another statement inside a clause: "The trachea is midline and the thyroid gland is enlarged."
_NEXT_STATEMENT = lazy_compile(r"(?i)\b(?:and|but|while|whereas|yet)\b")


def _another_thing(clause: str, site: str, text: str, sentences: list[str], asked: set[str], question: str) -> bool:
    """Whether a reply read for the thing asked names, besides ``site``, another organ or site as the subject of a
    statement or placed by a preposition, while what the clause says of ``site`` shares no word with the question:
    "The aorta is opacified well; the superior mesenteric artery is occluded." to "Which vessel is occluded?" (the first
    site opening a clause is then not known to be the one asked). Clauses calling their sites normal, landmarks
    ("lies under the liver"), a quadrant and what goes with the site ("with surrounding fat stranding") are passed over;
    in the site's own clause only a second statement counts ("The trachea is midline and the thyroid gland is ...")."""
    from medstep.answers.concepts import normalize, vocabulary
    from medstep.extract.concept_question import category_of

    low = clause.lower()
    at = low.find(text.lower())
    end = at + len(text) if at >= 0 else len(low)
    stems = _asked_stems(question)
    nxt = _NEXT_STATEMENT.search(low, end)
    own = low[:max(at, 0)] + " " + low[end:nxt.start() if nxt is not None else len(low)]
    if any(w.lower()[:_STEM] in stems for w in _CONTENT.findall(own)):
        return False  # "The spleen is enlarged, ...": what is said of it is what is asked
    for sentence in sentences:
        for _, part in _clauses(sentence):
            part_low = part.lower()
            if part_low == low:
                if nxt is None:
                    continue
                part_low = low[nxt.start():]
            if _NORMAL.search(part_low) is not None:
                continue
            seg = normalize(part_low)
            found = [(seg[s:e], s) for other, s, e in sites_in(seg) if other not in asked]
            found += [(seg[m.start:m.end], m.start) for m in vocabulary().mentions(seg) if category_of(m) == "anatomy"]
            for name, s in found:
                others = [o for o, _, _ in sites_in(name)]
                if (others and all(o == site or related(site, o) or o in SURFACE_REGIONS or o in asked for o in others)) \
                        or name in text.lower() or text.lower().endswith(name):
                    continue  # the site itself, a part of it or what holds it
                before = seg[:s]
                if _BESIDE.search(before) is None and (_SUBJECT.search(before) is not None
                                                       or _PREPOSITION.search(before) is not None):
                    return True
    return False


# A site opening a statement, maybe after a conjunction: "while the spleen is ...", "and the thyroid gland is ...".
_SUBJECT = lazy_compile(r"(?i)^\W*(?:(?:and|but|while|whereas|yet|although|though)\s+)?(?:(?:the\s+|an?\s+)?"
                        r"(?:(?:" + _POSITIONS + r")[\s-]+){0,3}|(?:the|an?)\s+(?:[\w-]+\s+){1,2})$")


# Words taking a finding back or placing it in the past ("which has since resolved", "an old healed fracture").
_TAKEN = lazy_compile("(?i)" + hedges.words(hedges.TAKEN_BACK, hedges.PAST, negation.GONE))
# A later sentence of the reply saying the same of another site: two answers ("... The spleen is also enlarged.").
_TOO = lazy_compile(r"(?i)\b(?:also|too|as\s+well|both|likewise|similarly)\b")
# Where a clause ends inside a sentence: a comma, a semicolon, a colon, a dash, a bracket.
_CLAUSE_END = lazy_compile(r"\s*(?:[,;:(]|\s[—–-]\s|—)\s*")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+|\n+")
# The words that place the finding in the site after them (with an article and side or position words between).
_PLACING = lazy_compile(r"(?i)(?:\b(?:in|within|at|inside|involving|involves|affecting|affects|from)\s+(?:the\s+)?|^\s*"
                        r"(?:the\s+|an?\s+)?)(?:(?:" + _FINE_POSITIONS + r")[\s-]+){0,3}$")
# Side and position words written before a site's name: part of the place answered.
_BEFORE_SITE = lazy_compile(r"(?i)(?:\b(?:" + "|".join(w for w in _FINE_POSITIONS.split("|") if w != "both")
                            + r")[\s-]+){1,3}$")
# What holds a clause's place open: a doubt, a possibility, an alternative, a denial, a question.
_HOLDS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE, hedges.LIKELIHOOD,
                                             negation.DENY, negation.NEITHER, negation.NEVER, ("or", "nor"))
                      + r"|\?|n't\b")
# What doubts a place in any sentence of the reply naming a site: a possibility, a doubt, an alternative, "either".
# A turn or a revision anywhere in the reply makes it more than a place named once: "It was previously thought to lie in
# the pancreas, but it arises from the duodenum" (``answers/revisions``' cues and earlier views, ``hedges.TURN``).
_DOUBTS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE, hedges.LIKELIHOOD,
                                              hedges.TURN, revisions.CUES, revisions.SECOND_LOOK, revisions.EARLIER,
                                              revisions.VIEW_VERBS, ("or", "either", "previously", "instead", "rather"))
                       + r"|\?")
_NORMAL = lazy_compile(r"(?i)\b" + NORMAL_WORDS)
# A landmark before a site: the place is beside it, not in it ("4 cm above the carina", "abutting the pleura"): the
# relation words of ``answers/landmarks.py`` but the spreading ones, and "than" and "from" (the place measured from).
_LANDMARK = lazy_compile(r"(?i)(?:" + hedges.words(landmarks.BESIDE_NOT_IN, ("than", "from")) + r")\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}$")
# A part's owner after it: "of the (left) humerus".
_OWNER = lazy_compile(r"(?i)\s+of\s+(?:the\s+)?(?:(?P<side>right|left)\s+)?")
_SIDE_AFTER = lazy_compile(r"(?i)\s+on\s+the\s+(?:right|left)(?:\s+side)?\b")
_SIDE = lazy_compile(r"(?i)\b(?:right|left)\b")
# A part or a structure right after a site: the place named goes on ("upper pole", "segmental pulmonary artery").
_PART_WORDS = (r"(?:poles?|segments?|segmental|subsegmental|portions?|aspects?|branch(?:es)?|arter(?:y|ies)|veins?|"
               r"bronch\w*|ducts?|horns?|thirds?|margins?|walls?|recess|cortex|capsule|surface|border|tip|apex|apices|"
               r"bases?|periphery|hil(?:um|a)|dome|fundus|neck|head|body|tail|root|isthmus|pelvis|calyx|calyces|lingula|"
               r"zones?|quadrants?|ostium|origin)")
_PART_AFTER = lazy_compile(r"(?i)[\s-]+(?:[\w-]+\s+){0,2}?" + _PART_WORDS + r"\b")
# A later clause that is only a part of the place, with no placing word ("in the right radius, distal third", "in the
# right breast, upper outer quadrant"): the place named goes on there.
_BARE_PART = lazy_compile(r"(?i)^\s*(?!(?:in|at|within|on|of|near|with|from|and|but)\b)(?:[\w-]+\s+){0,2}?" + _PART_WORDS
                          + r"(?:\s+[\w-]+)?\s*[.!]?\s*$")
# A later clause adding a second place for the finding: "and another in ...", "also in ...", "as well as ...".
_ADDS = lazy_compile(r"(?i)\b(?:and|also|another|as\s+well|plus|additional|second|into|across|cross\w*|spread\w*)\b")
# A clause that opens with a site and goes on with a verb says something of that site ("The heart is enlarged."): the
# site is the place asked only when what is said of it is the question's own ("The left lower lobe is collapsed." to
# "Which lobe is collapsed?").
_OPENING = lazy_compile(r"(?i)^\s*(?:the\s+|an?\s+)?(?:(?:" + _FINE_POSITIONS + r")[\s-]+){0,3}$")
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|shows?|showed|appears?|looks?|seems?|demonstrates?|has|have|had|"
                     r"contains?|remains?|measures?|reveals?)\b")
_CONTENT = lazy_compile(r"(?i)[a-z]{4,}")
_QUESTION_FILLER = frozenset({"where", "which", "what", "located", "location", "this", "that", "there", "image", "seen",
                              "shown", "visible", "does", "with", "from"})
# A second place joined by "and" to the site ("in the descending colon and the sigmoid"), not a verb ("and measures").
_AND_MORE = lazy_compile(r"(?i)\s+(?:and|&)\s+(?!(?:is|are|was|were|measures?|has|have|shows?|appears?|causes?|"
                         r"extends?|contains?|abuts?|displaces?|compresses?|demonstrates?|no|not|there|it)\b)")


def asks_place(question: str) -> bool:
    """Whether ``question`` asks where its subject is, or which lobe, segment or part, and not only which side ("What
    is the finding in the left lower lobe?" names a place, "What is the position of the fetus?" asks a presentation:
    neither asks one)."""
    if ASKS_SIDE.search(question) is not None:
        return False
    return _ASKS_WHERE.search(question) is not None or _ASKS_WHICH_PART.search(question) is not None


def asks_thing(question: str) -> bool:
    """Whether ``question`` asks which organ, bone, vessel or structure, or what a pointer marks (not a side)."""
    return ASKS_SIDE.search(question) is None and _ASKS_THING.search(question) is not None


def placed(region: str, question: str) -> str | None:
    """The words naming the one place the reply's first placing clause puts its finding in (module docstring), or
    ``None``."""
    thing = not asks_place(question) and asks_thing(question)
    if not thing and not asks_place(question):
        return None
    asked = {site for site, _, _ in sites_in(question.lower())}
    sentences = _SENTENCE_END.split(region.strip())
    if any(_DOUBTS.search(s) is not None and any(site not in asked for site, _, _ in sites_in(s.lower()))
           for s in sentences):
        return None  # "... in the right lower zone. It could be in either the middle or the lower lobe.", "... was
        # previously thought to be in the pancreas, but ...": a sentence naming a site doubts, turns or revises
    if thing and any(_TOO.search(s) is not None and any(site not in asked for site, _, _ in sites_in(s.lower()))
                     for s in sentences):
        return None  # "The liver is enlarged. The spleen is also enlarged.": two things answer
    for mode in (_NAMED, _THING) if thing else (_PLACE,):
        found = _first_place(sentences, asked, question, region, mode)
        if found is not None or mode != _NAMED:
            return found or None
    return None


# How a clause may place a site: after a placing word only (a place asked); to a thing asked, first after a copula or
# a pointer's verb only ("The lungs fill the image, so the largest organ is the lung."), then opening the clause too.
_PLACE, _NAMED, _THING = 0, 1, 2


def _first_place(sentences: list[str], asked: set[str], question: str, region: str, mode: int) -> str | None:
    """The words of the first clause placing a site under ``mode``; "" when that clause holds it open or names two;
    ``None`` when no clause places one."""
    for sentence in sentences:
        clauses = _clauses(sentence)
        for i, (_, clause) in enumerate(clauses):
            found = _clause_place(clause, asked, question, region.replace(clause, " ", 1), mode)
            if found is None:
                continue
            if isinstance(found, str):
                return ""  # the first clause naming a site doubts, denies, names two places or places nothing
            site, text = found
            side = next((w.lower() for w in _SIDE.findall(text)), "")
            if i + 1 < len(clauses) and _BARE_PART.match(clauses[i + 1][1]) is not None:
                return ""  # "a fracture in the right radius, distal third": the place goes on past the site
            if any(_adds_place(later, site, side) for _, later in clauses[i + 1:]):
                return ""  # "in the right upper lobe, and another in the left lower lobe"
            if mode != _PLACE and (any(_HOLDS.search(later) is not None for _, later in clauses[i + 1:])
                                   or _TAKEN.search(clause[clause.lower().find(text.lower()) + len(text):]
                                                    + " " + " ".join(later for _, later in clauses[i + 1:]))):
                return ""  # "Spleen - not enlarged.", "The right fibula demonstrates a stress fracture, which has since
                # resolved.": what the sentence says of the thing is denied, doubted or gone
            if mode != _PLACE and _another_thing(clause, site, text, sentences, asked, question):
                return ""  # "The kidneys look healthy. The spleen measures 17 cm and is enlarged.": which is asked?
            return text
    return None


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for end in _CLAUSE_END.finditer(sentence):
        out.append((start, sentence[start:end.start()]))
        start = end.end()
    out.append((start, sentence[start:]))
    return [(s, c) for s, c in out if c.strip()]


def _says_of_site(low: str, start: int, end: int, question: str, elsewhere: str) -> bool:
    """Whether a clause opening with the site at ``start``:``end`` says something of the site itself ("The heart is
    enlarged", "The brain shows atrophy") that the question does not ask about (``_VERB``), while the rest of the reply
    (``elsewhere``) names the question's thing ("The nodule is in the left upper lobe"): no place of the finding."""
    if _OPENING.search(low[:start]) is None:
        return False
    rest = low[end:]
    if _VERB.search(rest) is None:
        return False
    asked = {w.lower() for w in _CONTENT.findall(question)} - _QUESTION_FILLER
    if any(w.lower() in asked for w in _CONTENT.findall(rest)):
        return False
    return any(w.lower() in asked for w in _CONTENT.findall(elsewhere))


def _clause_place(clause: str, asked: set[str], question: str = "", elsewhere: str = "",
                  mode: int = _PLACE) -> tuple[str, str] | str | None:
    """The (site, words) a clause places its finding in; "" when it holds a place open or names two; ``None`` when it
    places nothing (no site, only the question's own, only a landmark, or a normal place). To a question asking a
    thing (``asks_thing``) the site opening the clause is the thing whatever is said of it, and a copula or a
    pointer's verb before a site names it too."""
    low = clause.lower()
    named = [(site, s, e) for site, s, e in sites_in(low) if site not in asked]
    if not named or _NORMAL.search(low) is not None:
        return None
    if mode == _NAMED:
        new = [(site, s, e) for site, s, e in named if _NAMING.search(low[:s]) is not None]
    else:
        new = [(site, s, e) for site, s, e in named if (_PLACING.search(low[:s]) is not None
                                                         or (mode == _THING and _NAMING.search(low[:s]) is not None))
               and (mode == _THING or not _says_of_site(low, s, e, question, elsewhere))]
    if mode == _THING:  # placed by a preposition, the site is the thing asked only where what it holds is the question's
        new = [(site, s, e) for site, s, e in new if _PREPOSITION.search(low[:s]) is None
               or _names_asked(low[:s], question)]  # "The lesion is in the left kidney." to "Which organ shows the
        # lesion?"; not "The tendons are avulsed from the ischial tuberosity." to "Which muscle is torn?"
    if mode != _PLACE:  # a site whose noun phrase goes on names something else: "the right adrenal myelolipoma"
        new = [(site, s, e) for site, s, e in new if _THING_ENDS.match(low, e) is not None
               and site not in SURFACE_REGIONS]  # (a quadrant is where a thing lies, not an organ or a bone)
        if not new and mode == _NAMED:
            return None
    if not new or _HOLDS.search(low) is not None:
        return ""  # "base of the fifth metacarpal": a site named but placed by no word; a doubt or a denial
    first, start, end = new[0]
    if _PART_AFTER.match(low, end) is not None or _AND_MORE.match(low, end) is not None:
        return ""  # "right kidney upper pole", "right lower lobe segmental artery": the place goes on past the site
    if len({side.lower() for side in _SIDE.findall(low)}) > 1:
        return ""  # "right lower lobe, left lower lobe": two sides
    others = [other for other, s, _ in named if s != start and _LANDMARK.search(low[:s]) is None]
    if any(not (related(first, other) or bordering(first, other)) or _narrower(other, first) for other in others):
        return ""  # two places, neither holding the other; or a part of the place named after it ("distal ureter, at
        # the vesicoureteric junction"): the narrower place may be the answer
    side = _BEFORE_SITE.search(clause[:start])
    owner = _OWNER.match(low, end)  # "the surgical neck of the left humerus": the part, then the site holding it, its
    # side said there (with a side before the part, "the left upper lobe of the lung", the owner adds nothing)
    if owner is not None and owner.group("side") and (side is None or _SIDE.search(side.group()) is None):
        holder = next((e for other, s, e in sites_in(low) if s == owner.end() and related(first, other)), None)
        if holder is None:
            return ""  # "the lower lobe of the left ...": a side said of something else; never drop a side
        end = holder
    after = _SIDE_AFTER.match(clause, end) if side is None or _SIDE.search(side.group()) is None else None
    if after is not None:
        end = after.end()  # "at the vesicoureteric junction on the left": the side said after the site is the place's
    return first, clause[side.start() if side is not None else start:end]


def _narrower(site: str, than: str) -> bool:
    """Whether ``site`` lies inside ``than`` (a part of it, not the same place)."""
    return site != than and than in site_table().ancestors[site]


def _adds_place(clause: str, site: str, side: str) -> bool:
    """Whether a later clause of the sentence adds a place of its own: after a word adding one ("and another in the
    left lower lobe"), placed in it ("in the left occipital lobe") or listed ("right lower lobe, left lower lobe"), a
    site that does not hold the answer's (another place, or a part of it: "distal left ureter, at the vesicoureteric
    junction" narrows on), or the answer's own on another side. A landmark ("near the
    hilum", "abutting the pleura") adds none."""
    low = clause.lower()
    adds = _ADDS.search(low) is not None
    for other, start, _ in sites_in(low):
        if _LANDMARK.search(low[:start]) is not None:
            continue
        if not (adds or _PLACING.search(low[:start]) is not None):
            continue
        other_side = {w.lower() for w in _SIDE.findall(low[:start])}
        if not related(site, other) or _narrower(other, site) or (side and other_side and side not in other_side):
            return True
    return False


__all__ = ["asks_place", "asks_thing", "placed"]
