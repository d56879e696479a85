"""The slot tests of the commitment test (``extract/open_commitment.py``, split from it for length; it alone calls them).

An unmarked open reply read whole is an answer only when it claims something of THIS case that answers the asked slot
(issue #7, session 54 lane opendec54). Each test here reads a structure, not a wording, so it holds in every frame:

* a reply that declines the asked thing and commits to nothing after it is ``refused``, whatever it goes on to
  describe (:func:`declines_asked`);
* a side question answered with both sides, each placed plainly, is ``ambiguous`` (:func:`sides_disagree`);
* what is set aside as least likely is never the answer (:func:`lowered_only`);
* a description naming no organ to a question asking one names nothing of the slot (:func:`names_nothing`);
* candidates offered as alternatives and a choice between them refused in so many words, none then preferred, are
  ``ambiguous`` (:func:`refused_choice`, session 56 lane tour56).
"""

from __future__ import annotations

from medstep.answers import hedges, negation, revisions
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.sites import sites_in
from medstep.extract import advice, open_generic, open_kind
from medstep.extract.implicit_cues import SEEING
from medstep.extract.implicit_terms import stem, tokens
from medstep.extract.implicit_words import COPULA, IMAGE, PRESENCE, STOP
from medstep.extract.open_conclusion import DISEASE_ASKED, ENTITY_ASKED
from medstep.extract.open_unanswered import ASKS_SIDE, COMMITS
from medstep.extract.refusal import WRITER_MODALS
from medstep.lazyre import lazy_compile

SENTENCE_GAP = lazy_compile(r"(?<=[.!?])\s+(?=\S)")
PARENS = lazy_compile(r"\([^()]*\)")
_WORDS = lazy_compile(r"[^\W_]+")
_DIGIT = lazy_compile(r"\d")
LOWERED = lazy_compile("(?i)" + hedges.lowered())
# A choice between candidates refused in so many words: a verb of choosing or of telling apart, denied or said to be
# hard within a few words ("doesn't let me choose between them", "cannot be reliably differentiated", "it is difficult
# to distinguish"). A refusal is structure, not a topic: it holds in any frame the question sets.
_CHOOSING = ("choose", "decide", "pick", "call", "settle", *hedges.TELL_APART)
_REFUSES_CHOICE = lazy_compile(r"(?i)(?:" + hedges.words(negation.CANNOT, ("not", "unable", "impossible", "no way"),
                                                         hedges.DIFFICULTY) + r"|n['’]t\b)(?:\W+\w+){0,4}?\W+"
                               + hedges.words(_CHOOSING))
_NOT_HARD = lazy_compile(r"(?i)\bnot\s+(?:so\s+|very\s+|too\s+)?" + hedges.words(hedges.DIFFICULTY))
# Words offering what a sentence names as alternatives: "either A or B", "A or B", "A versus B", "the possibilities
# are A and B", "between A and B".
_OFFERED = lazy_compile("(?i)" + hedges.words(("or", "either", "between", "possibilities", "possibility", "options",
                                                "candidates", "considerations"), hedges.ALTERNATIVE, hedges.DIFFERENTIAL))
# Where a sentence turns to a pick after a concession: "Both are possible; the symmetry favours sarcoidosis."
_CLAUSE_SPLIT = lazy_compile(r"\s*(?:;|,\s*(?=(?:but|however|although|though|yet|whereas|while)\b))\s*")
# A commitment word denied in its clause: "there is no visible fat or calcification to favor the latter".
_DENIED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NOTHING, negation.NEVER, negation.CANNOT)
                       + r"[^,;:]*$")


def commits(part: str) -> bool:
    """Whether ``part`` holds a word of commitment not denied in its clause ("no visible fat to favor the latter")."""
    found = COMMITS.search(part)
    return found is not None and _DENIED.search(part[:found.start()]) is None


def holds(reading: str, phrase: str) -> bool:
    """Whether the normalised ``reading`` holds the normalised ``phrase`` as whole words."""
    return bool(phrase) and f" {phrase} " in f" {reading} "


# One side word, English ("left", "right"); a sentence naming both, denying, doubting, recalling an earlier time or
# calling something normal is no plain placing of the asked subject.
_SIDE = lazy_compile(r"(?i)\b(?:left|right)\b")
_NOT_PLAIN = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NOTHING, hedges.POSSIBILITY, hedges.DOUBT,
                                                hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.TAKEN_BACK,
                                                hedges.EARLIER_WORDS) + r"|\bnormal\b")
# A reply revising itself ("Wait, looking again, the fracture is on the right."): the later side is its answer.
_REVISED = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK))
# Verbs placing a subject where the side follows ("The fracture involves the left radius"), beside the copulas and
# the words of presence ("is seen in the left lobe").
_PLACING = frozenset({"located", "situated", "lies", "sits", "involves", "involving", "occupies", "affects",
                      "affecting"})
_PLACED_REACH = 6  # words from the subject to its side: "The lesion is therefore in the patient's right hemisphere"
_ADJACENT = 2  # words from a side to the subject it qualifies: "left distal radius fracture", "right-sided effusion"


def _places(words: list[str], asked: set[str]) -> set[str]:
    """The sides ``words`` (one sentence) ties to an asked subject: a side right before it ("right-sided pneumothorax",
    "the left pneumothorax"), or after it with a copula, a word of presence or a placing verb between ("The lesion is
    located in the right hemisphere"); not a side of the image ("on the left side of the image"), nor one the subject
    acts on ("The mass displaces the bowel to the right", "The tumor causes a shift towards the left"); a side right
    after the subject's preposition places it ("a smaller lesion on the left side")."""
    stems = [stem(w) for w in words]
    sides: set[str] = set()
    for i, word in enumerate(words):
        if word not in ("left", "right") or IMAGE.intersection(words[i + 1:i + 5]):
            continue
        after = [s for w, s in zip(words[i + 1:], stems[i + 1:]) if w != "sided"][:_ADJACENT + 1]
        before = range(max(0, i - _PLACED_REACH - 1), i)
        if asked.intersection(after) or any(
                stems[j] in asked and (any(w in COPULA or w in PRESENCE or w in _PLACING for w in words[j + 1:i])
                                       or all(w in STOP for w in words[j + 1:i]))
                for j in before):
            sides.add(word)
    return sides


def sides_disagree(text: str, question: str) -> bool:
    """Whether, to a question asking the side (``open_unanswered.ASKS_SIDE``), two sentences of ``text`` each place the
    subject the question names (a word of it, four letters or more) plainly on one side and the two sides differ ("The
    lesion is on the left side of the brain. The lesion is located in the right cerebral hemisphere."): the reply
    contradicts itself, and neither side is its answer. A sentence naming both sides, denying, doubting, recalling an
    earlier study ("Compared with the prior, the left pneumothorax has resolved.") or calling something normal ("The
    right side is normal.") places nothing; nor does a side the subject does not sit on (:func:`_places`), and a reply
    revising itself ("Wait, looking again, ...") is answered by its revision."""
    if ASKS_SIDE.search(question) is None or "\n" in text.strip() or _REVISED.search(text) is not None:
        return False
    asked = _asked_words(question) - {"side", "left", "right", "which"}
    placed: set[str] = set()
    for sentence in SENTENCE_GAP.split(text.strip()):
        sides = _places([w.lower() for w in tokens(sentence)], asked)
        if len(sides) == 1 and len({m.group().lower() for m in _SIDE.finditer(sentence)}) == 1 \
                and _NOT_PLAIN.search(sentence) is None and PARENS.search(sentence) is None:
            placed |= sides
    return len(placed) > 1


# The writer declining in the first person ("I'm unable to measure", "I'm not able to assign", "we can't obtain"), the
# modals of ``extract/refusal.py``; what it declines runs to the clause's end, a turn or a reason.
_WRITER_DECLINES = lazy_compile(r"(?i)\b(?:i|we)" + WRITER_MODALS + r"\s+")
_DECLINED_END = lazy_compile(r"(?i)[.;:!?\n—–]|\b(?:because|since|as|without|" + hedges.alternation(hedges.TURN)
                             + r")\b")
_NOT_SEEING = lazy_compile(r"(?i)(?:" + "|".join(sorted(SEEING)) + r")\b")
_TURNED = lazy_compile("(?i)" + hedges.words(hedges.TURN))
# A question whose head asks a concept ("What is the diagnosis?", "What abnormality is seen?"), not a property of one
# ("What grade is this tumour?", "What is the size of the mass?"): a concept named after the decline answers it.
_ASKS_CONCEPT = lazy_compile(r"(?i)\b(?:what|which|name)\s+(?:(?:is|are)\s+)?(?:the\s+)?(?:(?:most\s+)?likely\s+|main\s+)?"
                             r"(?:diagnos[ie]s|" + DISEASE_ASKED + "|" + ENTITY_ASKED + r"|findings?|pathology)\b")
_ASKED_MIN = 4  # the question's own words that name what is asked: four letters or more, not "the", "this", "image"


def _findings(sentence: str) -> set[str]:
    """The finding concepts of the vocabulary ``sentence`` names."""
    concepts = vocabulary().concepts
    return {m.concept for m in vocabulary().mentions(normalize(sentence))
            if m.concept in concepts and concepts[m.concept].category == "finding"}


def refused_choice(text: str) -> bool:
    """Whether ``text`` offers two candidates or more as alternatives and refuses in so many words to choose between
    them, with no clause then preferring one ("Both hila are enlarged. The two leading possibilities are sarcoidosis
    and lymphoma. The image alone doesn't let me choose between them." is ``ambiguous``; "... cannot be told apart on
    this view, but the symmetric nodes favour sarcoidosis." picks). The candidates are the findings named in the
    refusing sentence or the one before it, where that sentence offers them (an "or", "either", "versus", a
    "possibilities" head): findings stated side by side ("consolidation with effusion") are no alternatives, and a
    refusal of something else ("cannot tell whether the fracture is acute") holds no pair. A pick is a clause naming
    one finding alone beside a word of commitment (``COMMITS``, a lean, "favours", "consistent with")."""
    # a line is a sentence too: "### Answer\nPneumothorax\n\n### Discussion\nA skin fold or ..." states its answer
    sentences = [s for line in PARENS.sub(" ", text.strip()).splitlines() for s in SENTENCE_GAP.split(line) if s.strip()]
    for i, sentence in enumerate(sentences):
        refusal = _REFUSES_CHOICE.search(sentence)
        if refusal is None or _NOT_HARD.search(refusal.group()) is not None:
            continue  # ("It is not difficult to tell them apart": a choice made easy, not refused)
        candidates: set[str] = set()
        for offer in sentences[max(i - 1, 0):i + 1]:
            if _OFFERED.search(offer) is not None:
                candidates |= _findings(offer)
        if len(candidates) < 2:
            continue
        stated = any(_OFFERED.search(s) is None and len(_findings(s) & candidates) == 1 and _findings(s) <= candidates
                     for s in sentences)  # one candidate stated plainly: "Carcinoma. It can be difficult to ..."
        return not stated and not any(_picks(clause) for s in sentences for clause in _CLAUSE_SPLIT.split(s))
    return False


# a finding drawn from a sign also picks it: "..., the thick enhancing wall here indicates an abscess"
_DRAWS = lazy_compile("(?i)" + hedges.words(hedges.DRAWING, hedges.IDENTIFYING))


def _picks(clause: str) -> bool:
    """Whether ``clause`` names one finding alone beside an undenied word of commitment: one of the candidates, or
    another answer stated before them ("Pneumonia is most likely; atelectasis or aspiration cannot be told apart.")."""
    word = COMMITS.search(clause) or _DRAWS.search(clause)
    if word is None or _DENIED.search(clause[:word.start()]) is not None:
        return False
    # a ground set before a comma leaves the pick its own: "Given the pleural effusion, heart failure is most likely"
    own = clause[clause.rfind(",", 0, word.start()) + 1:] if "," not in clause[word.end():] else clause
    return len(_findings(clause)) == 1 or len(_findings(own)) == 1


def _asked_words(question: str) -> set[str]:
    return {stem(w) for w in tokens(question) if len(w) >= _ASKED_MIN and w not in STOP and w not in IMAGE}


def declines_asked(text: str, question: str) -> bool:
    """Whether the unmarked open reply ``text`` declines the thing ``question`` asks and then commits to nothing: a
    sentence where the writer declines ("I'm unable to measure the nodule precisely ...", "I'm not able to assign a
    stage ...", "Estimating gestational age requires ..., and I can't obtain reliable measurements ...") names a word
    of the question in what it declines or before it in its clause (not past a turn: "The fracture is in the distal
    radius, but I can't estimate its age." answers "Where?"), no sentence before it states anything of the case (a
    concept, a site or a number of the vocabularies; an empathy line may open), and no word of commitment follows
    ("most likely", "consistent with": ``open_unanswered.COMMITS``). What the reply goes on to describe (the nodule's
    lobe to "What is its size?", the mass to "What stage?") answers another slot: the asked one stays declined, so the
    reply is refused whatever frame the decline sits in (blind 53: three such replies read whole as the open answer).
    To a question asking a concept (a diagnosis, an abnormality) a concept named after the decline is the slot's own
    answer ("I can't fully characterise the abnormality. An acute subdural haematoma is seen."): no decline."""
    asked = _asked_words(question)
    if not asked or "\n" in text.strip():
        return False
    sentences = [s for s in SENTENCE_GAP.split(text) if s.strip()]
    for i, sentence in enumerate(sentences):
        found = _WRITER_DECLINES.search(sentence)
        if found is None:
            if _states_case(sentence):
                return False
            continue
        if _NOT_SEEING.match(sentence, found.end()) is not None:
            return False  # "I'm not able to identify any abnormality": the writer sees none, a denial, no decline
        end = _DECLINED_END.search(sentence, found.end())
        if _TURNED.search(sentence, found.end()) is not None:
            return False  # "I can't estimate size reliably without a scale bar, but it looks about 2 cm.": turned back
        declined = sentence[found.end():end.start() if end is not None else len(sentence)]
        before = sentence[:found.start()]
        turns = list(_TURNED.finditer(before))
        before = before[turns[-1].end():] if turns else before
        said = {stem(w) for w in tokens(before + " " + declined)}
        if not said & asked:
            return False
        if _ASKS_CONCEPT.search(question) is not None and any(_finds(s, question) for s in sentences[i + 1:]):
            return False  # "I can't give a definitive diagnosis. The image shows a tension pneumothorax.": answered
        return not any(commits(p) for s in (sentence[end.start() if end is not None else len(sentence):],
                                             *sentences[i + 1:]) for p in s.split(";"))
    return False


def _finds(sentence: str, question: str) -> bool:
    """Whether ``sentence`` plainly states a finding of this image: a concept of the vocabulary with a copula, a word
    of presence or this image as its subject ("The image shows a tension pneumothorax.", "An acute subdural haematoma
    is seen."); not a general sentence, advice, a question, a denial, a doubt, an earlier time or another decline."""
    words = [w.lower() for w in tokens(sentence)]
    this_image = any(w in IMAGE and words[i - 1] in ("the", "this") for i, w in enumerate(words[1:], 1))
    return bool(vocabulary().mentions(normalize(sentence))) and "?" not in sentence \
        and (this_image or bool(COPULA.union(PRESENCE).intersection(words))) and _NOT_PLAIN.search(sentence) is None \
        and _WRITER_DECLINES.search(sentence) is None and not advice.advises(sentence) \
        and not open_generic.general_statement(sentence, question)


def _states_case(sentence: str) -> bool:
    """Whether ``sentence`` names a concept, a site or a number: it may state something of the case."""
    low = normalize(sentence)
    return bool(vocabulary().mentions(low)) or bool(sites_in(sentence.lower())) or _DIGIT.search(sentence) is not None


# A likelihood lowered ("The least likely diagnosis is pneumothorax.", "Pneumonia is less likely."), not a comparison
# that picks the other side ("less likely than atelectasis").
_THAN = lazy_compile(r"(?i)\bthan\b")
# Where a sentence's clauses part: a stop, a comma, a semicolon, a colon, a dash ("Pneumonia — or less likely
# atelectasis."), a turn ("though", "but").
_CLAUSE = lazy_compile(r"(?i)[.!?;,:—–]|\s-\s|" + hedges.words(hedges.TURN))


# A lowered likelihood of an event to come, not of the label ("The lesion is benign and less likely to grow.").
_EVENT = lazy_compile(r"(?i)\s+to\s+(?!be\b)")


def _lowers(clause: str) -> bool:
    found = LOWERED.search(clause)
    return found is not None and _THAN.search(clause) is None and _EVENT.match(clause, found.end()) is None


def lowered_only(text: str, question: str = "") -> bool:
    """Whether every clause of ``text`` lowers the likelihood of what it names (``hedges.lowered``) and none compares
    it with another: what is set aside as least likely is never the answer (issue #7). A clause naming the pick beside
    it ("This is a hemangioma; a metastasis is less likely.", "Pneumonia, though atelectasis is possible but less
    likely.", "Adhesions are the least likely cause; volvulus is favoured.") keeps the reply an answer, and so does a
    ``question`` asking the least likely ("Which is the least likely diagnosis?") or a clause lowering an event to come
    ("The lesion is benign and less likely to grow.")."""
    clauses = [c for c in _CLAUSE.split(PARENS.sub(" ", text.strip())) if c and _WORDS.search(c)]
    return bool(clauses) and "\n" not in text.strip() and LOWERED.search(question) is None and all(
        _lowers(c) for c in clauses)


_UNNAMED_MIN_WORDS = 8
# English articles, demonstratives and prepositions but the short ones other languages share ("a", "in", "on"): a
# text without any is not read as English ("Trata-se do rim esquerdo com uma massa ...": the tables hold English
# names only).
_ENGLISH_ARTICLES = frozenset(w for w in STOP if len(w) > 2)


def names_nothing(text: str, question: str) -> bool:
    """Whether ``text``, a description of some length (eight words or more), names no organ or region to a
    ``question`` asking one (``open_kind.names_organ_asked``, a closed set the tables hold) and no concept of the vocabulary
    ("The picture has a grayscale appearance with various shades of gray. There is a round structure in the middle,
    ..." to "What organ is shown?"): it claims nothing that answers the asked slot. A short label is left to the
    grader, and so is a question asking another kind of value (the vocabularies may lack its name)."""
    if len(_WORDS.findall(text)) < _UNNAMED_MIN_WORDS or "\n" in text.strip() or not text.isascii() \
            or not _ENGLISH_ARTICLES.intersection(w.lower() for w in _WORDS.findall(text)):
        return False
    return open_kind.names_organ_asked(text, question) is False and not vocabulary().mentions(normalize(text))


__all__ = ["refused_choice", "commits", "declines_asked", "holds", "lowered_only", "names_nothing", "sides_disagree"]
