"""The one option the concluding part of a reply affirms, read without a frame (issue #7, lane optext50).

Why: every choice reader before this one looks for a frame or a decision word ("the answer is", "consistent with",
an option heading, a tally), and each fresh set of replies answers in wordings nobody framed: the option's content said
in other words ("fluid accumulating within the pericardial sac" for "Pericardial effusion"), a report whose findings
fit one option while it denies the others ("The cardiac silhouette is enlarged. ... No pneumothorax."), elimination
notes ("Not A (...). Not B (...). ... → myeloma"), a structure named while the others are placed elsewhere ("The pons
and cerebellum are lower in the posterior fossa"), a letter committed in a closing clause ("..., which is why D is my
pick") or a rejected option named after the decision ("Die Diagnose lautet daher Pneumothorax (A). Für einen
Pleuraerguss fehlt ..."). The open path gained from the same move (``extract/open_kind.py``): read what the reply
affirms, with the vocabularies shared by every reader, and ask no frame.

The concluding part is the last paragraph that refers to any option. A reference is a letter standing as a letter or
an option's text (``extract/mentions.py``), a run of the option's distinctive words naming it whole
(``committed_words``), or a concept or organ state of the shared vocabulary (``answers/equivalents.py``: the concepts
and ``states.tsv``) that exactly one option names and that option names nothing else. Each reference is weighed by its
own clause (``closing_choice.stance`` and ``committed_words``' rejections), and three more ways of leaving an option
standing aside, none of them an affirmation: what an option does in general or would show ("lymphoma tends to be
asymmetric", "C gives a salt-and-pepper skull", ``hedges.EXPECTS`` and ``hedges.HABIT`` right after it, or an arrow
from it), a structure placed elsewhere ("the pituitary sits in the sella below", only for options naming a structure)
and an option missing a sign ("For a pleural effusion, blunting is missing", "Für einen Pleuraerguss fehlt ...").

More of what stands aside: a class defined ("A Jefferson fracture is a burst fracture of C1"), an option as the subject
of what it does ("HSV encephalitis targets the medial temporal lobes"), what is only examined ("used to evaluate ...
free air"), the patient's past, relatives or an incidental finding ("Her brother died of CJD"), and, in a sentence
where one option stands aside by what it would do, the others it lists alike. A run of one option word affirms only
where its sentence commits ("→ bimalleolar"); a run holding a denial ("pneumothorax without tension") or a
resemblance ("papillary-like") names nothing; a concept reference counts only for an option of one concept and no
word beside it, and only when no other option's concept is of its family ("a pleural collection" beside "Empyema").

The answer is the one option affirmed there (committed, not rejected, and its last reference not rejected), when every
other option referred to in the concluding part is rejected or stands aside, none is held open ("could", "or",
"differential", "I wouldn't dismiss"), the options are not claimed together ("B or C"), no other option is chosen by
its letter anywhere ("Answer: C ... Final answer: D"), the decisive sentence holds no condition, nothing after it turns
or doubts, and the reply is no refusal, no walk of per-option lines, no decision put off, and ends a sentence (a reply
ending mid-sentence may have been cut before its answer). Two options affirmed, a hedged differential, a rejected
option named last or a reply that names no option leave it to the caller's reading. Normal options ("No finding") are
never picked here (``normal_choice`` reads them) and a reply calling the whole study normal reads nothing. Tried last
(``extract/choice_reader.py``), where the readers before it found no answer or an ambiguous one, for a question
asking the most likely option, never an exception question. Rule ``affirmed_option``.

What is said after an option's name (a posted denial, a search finding nothing, "the least likely", a turn, a concern
held, a finding added, a contrast), a subject set apart, a side or sign the words do not give, options referred to by
place and a fragment after a hedge are read by ``extract/affirmed_aside.py`` (lane optext51): none affirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from medstep.answers import hedges, judgements, landmarks, negation
from medstep.answers.equivalents import OPTION_CATEGORIES, concept_spans, content, family, narrower, state_spans
from medstep.answers.sites import sites_in
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract import affirmed_aside, asides, committed_words, named_stance, rescan
from medstep.extract.closing_choice import HABIT_SAID, SENTENCE_VETO, TAIL_VETO, Stance, heads, letter_decides, stance
from medstep.extract.polarity import Pole
from medstep.extract.side_choice import bare_side
from medstep.extract.clauses import clause_left, clause_right, list_denied
from medstep.extract.concept_question import OPTION_FRAME
from medstep.extract.langwords import FOREIGN_NEGATION
from medstep.extract.lastmention import TAIL_TURN, letter_stands, sentence_span
from medstep.extract.decision_clauses import OPTION_HEADING
from medstep.extract.lines import PARAGRAPH
from medstep.extract.options_walk import walks_options
from medstep.extract.mentions import CONFLICT, INVALID, STRONG, Mention, OptionIndex, find_mentions
from medstep.extract.normality import normal_option, whole_study_called_normal
from medstep.extract.optwords import WORD, distinctive
from medstep.extract.refusal import is_hedge, is_refusal, offers_alternatives
from medstep.extract.undecided import closing_undecided, decision_put_off
from medstep.lazyre import lazy_compile

RULE = "affirmed_option"

# Only the end of an output is read: at most this many characters.
WINDOW = 1600


class Said(Enum):
    """What the concluding part says of one reference to an option."""

    AFFIRMED = "affirmed"
    REJECTED = "rejected"
    ASIDE = "aside"  # said of it in general, supposed, placed elsewhere: neither the answer nor held open
    OPEN = "open"  # held open: possible, compared, offered beside another


@dataclass(frozen=True)
class Reference:
    """One reference to an option in the concluding part and what its clause says of it."""

    letter: str
    start: int
    end: int
    said: Said


# Right after a reference, what the option does in general or would show: "tends to be asymmetric", "usually
# produces", "would typically show", "gives a salt-and-pepper skull" (``hedges.EXPECTS``, ``hedges.HABIT``).
_EXPECTED = lazy_compile(r"(?i)[\s*_\"'”)\]]*(?:[.:][\s*_]*)?(?:\([^()\n]{0,80}\)\s*)?(?:,[^,.;:\n]{0,30},\s*)?(?:(?:" + hedges.alternation(hedges.HABIT) + r")\s+)?"
                         + hedges.words(hedges.EXPECTS, hedges.HABIT))
# A premise of an arrow: "Paget → thickened calvarium" (the reference implies, it is not implied).
_ARROW_AFTER = lazy_compile(r"[^.;:!?\n]{0,30}?(?:→|->|=>|⇒)")
# Other references joined to this one as one subject ("The pons and cerebellum are lower ..."): skipped to the verb.
_JOINED = lazy_compile(r"(?i)[\s*_,]*(?:and|or|,)\s+(?:the\s+)?")
# A structure placed elsewhere: a verb of position and, within a few words, a word placing it off the one asked.
_PLACED = lazy_compile(r"(?i)[\s*_\"'”)\]]*(?:is|are|sits?|lies?|lie|located|situated|found|seen)\b[^.;!?\n]{0,40}?"
                       + hedges.words(landmarks.PLACED_OFF, ("lower", "higher", "deeper", "elsewhere", "more superior",
                                                             "more inferior", "more anterior", "more posterior")))
# An option as the topic a sign is missing for: "For a pleural effusion, blunting is missing", "Für einen Pleuraerguss
# fehlt die Verschattung", "Pour un épanchement, il manque ...".
_FOR_TOPIC = lazy_compile(r"(?i)\A[\s*_\"'“(]*(?:for|für|pour|para|per)\s+(?:(?:a|an|the|einen|eine|ein|"
                          r"einem|un|une|una|uno|el|la|le|il|lo)\s+)?[\s*_]*\Z")
_LACKING = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.LOSS, negation.DENYING, negation.ABSENT,
                                              negation.OTHER_LACKING, ("missing",))
                        + "|" + negation.CONTRACTION + "|" + FOREIGN_NEGATION)

# Before a reference in its clause, a verb of what something does in general or would show ("C gives |salt-and-pepper
# skull", "which would typically show |a central scar").
_EXPECTS_BEFORE = lazy_compile("(?i)" + hedges.words(hedges.EXPECTS, hedges.HABIT))
# Where the clause before a reference begins: a comma, a semicolon, a colon, a dash or a bracket.
_CLAUSE_EDGE = lazy_compile(r"[,;:—–(]|\s-\s")
# A reference opening its clause as the subject of what it does ("HSV encephalitis targets the medial temporal lobes",
# "Wernicke's involves the mammillary bodies"): the option's own behaviour described, not found here; verbs of being,
# fitting or explaining are no such description ("Sarcoidosis fits best", "X explains the findings").
_ACTS = lazy_compile(r"(?i)(?:['’]s)?[\s*_\"'”)\]]*(?:,[^,.;:\n]{0,30},\s*)?(?:(?:fracture|disease|lesion|tumou?r|syndrome|sign|pattern)\s+)?"
                     r"(?:[a-z]+ly\s+)?([a-z]+s)\b")
_NOT_ACTING = frozenset({"is", "was", "has", "does", "remains", "seems", "appears", "looks", "explains", "accounts",
                         "stands", "wins", "represents", "fits", "matches", "suits", "as", "plus", "gas", "us"})
# What may stand before a subject in its clause: markup, an article, a joining or contrasting word.
_SUBJECT_LEAD = lazy_compile(r"(?i)[\s*_\"'“(]*(?:(?:and|but|while|whereas|whilst|by\s+contrast|in\s+contrast|"
                             r"meanwhile|primary|secondary|only)\s+)*(?:(?:the|a|an)\s+(?:[a-z]+\s+){0,2})?[\s*_]*\Z")
# A subject defined as a class: "is a burst fracture", "are benign tumours".
_DEFINED = lazy_compile(r"(?i)[\s*_\"'”)\]]*(?:is|are)\s+(?:a|an|the\s+(?:commonest|most\s+common))\b(?!\s+(?:likely|probable|"
                        r"possible|consideration|concern|reasonable)\b)")
# A dismissal declined before a reference in its sentence (``hedges.NOT_DISMISSING``).
_NOT_DISMISSED = lazy_compile("(?i)" + hedges.words(hedges.NOT_DISMISSING))
# Looking for something, not finding it ("used to evaluate ... free air"), in the clause before a reference.
_EXAMINING = lazy_compile("(?i)" + hedges.words(hedges.EXAMINING, hedges.TO_EXCLUDE))
# A heading of a reference answered by a denial: "Radiopaque foreign bodies: None are clearly identified."
_DENIED_AFTER_COLON = lazy_compile(r"(?i)[\s*_]*[:：—–-][\s*_]*" + hedges.words(negation.AFTER, negation.PLAIN,
                                                                           negation.NONE))
# A reply that ends a sentence: one ending mid-sentence may have been cut before its answer.
_ENDED = lazy_compile(r"[.!?)\]\"'”*_`。！？]\s*\Z")
# Another language's denial before a reference in its clause, a few characters on ("pas d'", "kein", "sin").
_FOREIGN_BEFORE = lazy_compile("(?:" + FOREIGN_NEGATION + r")[^.;:!?\n]{0,12}\Z")
_PRESUMED = lazy_compile("(?i)" + hedges.words(hedges.PRESUMED))


def _concept_references(text: str, lo: int, options: dict[str, str]) -> list[Mention]:
    """References by a concept or an organ state that exactly one option names, the option naming nothing else
    ("fluid ... within the pericardial sac" for "Pericardial effusion"; "myeloma" for "Multiple myeloma")."""
    owned: dict[str, frozenset[str]] = {}
    for letter, option in options.items():
        said = content(option, OPTION_FRAME)
        if len(said.concepts) == 1 and not said.words and not said.sites and not said.denied and not normal_option(option):
            owned[letter] = said.concepts
    out: list[Mention] = []
    window = text[lo:]
    for concept, a, b in concept_spans(window) + state_spans(window):
        if vocabulary().concepts[concept].category not in OPTION_CATEGORIES:
            continue
        owners = [letter for letter, own in owned.items() if concept in own or any(concept in narrower(o) for o in own)]
        if len(owners) > 1:
            out.append(Mention(lo + a, lo + b, CONFLICT, True, STRONG))
            continue  # "a hydropneumothorax" beside "Pleural effusion" and "Pneumothorax": both named at once
        near = family(concept)
        if len(owners) == 1 and affirmed_aside.named_sign(options[owners[0]]):
            continue  # "Oligaemia beyond an embolus." names the finding, not "Westermark sign"
        if len(owners) == 1 and affirmed_aside.side_missing(options[owners[0]], text[slice(*sentence_span(
                text, Mention(lo + a, lo + b, owners[0], True, STRONG)))]):
            continue  # "air in the pleural space" names no "Left pneumothorax"
        if len(owners) == 1 and not any(letter != owners[0] and not near.isdisjoint(content(o, OPTION_FRAME).concepts)
                                        for letter, o in options.items()):
            out.append(Mention(lo + a, lo + b, owners[0], True, STRONG))
    return out


def _clause_before(text: str, m: Mention, start: int) -> str:
    """The words of the reference's clause before it, from the last clause edge after its sentence's ``start``."""
    left = max((e.end() for e in _CLAUSE_EDGE.finditer(text, start, m.start)), default=start)
    return text[left:m.start]


def _structure(option: str) -> bool:
    """The option names a place or structure ("Pons", "Pituitary gland"): one placed elsewhere is not the one marked."""
    return bool(sites_in(normalize(option))) or any(
        vocabulary().concepts[c].category == "anatomy" for c, _, _ in concept_spans(option))


def _said(text: str, m: Mention, before: int, found: list[Mention], options: dict[str, str], run: bool) -> Said:
    """What the clause of reference ``m`` says of its option (see module docstring); ``run``: a reference by a run
    of the option's distinctive words, which affirms only where its sentence commits to it."""
    said, starts = stance(text, m, before), rescan.starts_of(found)  # (the next reference by bisect: issue #12)
    start, end = sentence_span(text, m)
    if _NOT_DISMISSED.search(text, start, m.start) is not None:
        return Said.OPEN  # "I wouldn't completely dismiss a cavitating carcinoma": held open, not rejected
    if committed_words.rejected(text, m, said, options) or _DENIED_AFTER_COLON.match(text, m.end) is not None:
        return Said.REJECTED  # (also "Radiopaque foreign bodies: None are clearly identified.")
    # the reference's own stretch: up to the next reference ("Für einen Pleuraerguss spricht der Meniskus, wobei eine
    # Pneumonie nicht ...": the denial is the next option's)
    own_end = rescan.next_start(starts, m.end, end)
    after = m.end
    while (joined := _JOINED.match(text, after)) is not None:
        i = rescan.index_of(starts, joined.end())
        if i is None:
            break
        after = found[i].end
    posted = affirmed_aside.posted_verdict(text, after, rescan.next_start(starts, after, end))
    if posted == "rejected":
        return Said.REJECTED  # "Dislocation - ruled out.", "A perforated peptic ulcer and renal colic are excluded."
    if posted == "open":
        return Said.OPEN  # "X is difficult to rule out", "..., but it does not fit", "X, by contrast, fits better"
    if _FOREIGN_BEFORE.search(_clause_before(text, m, start).lower()) is not None:
        return Said.REJECTED  # "Pas d'épanchement pleural.": denied in another language
    named = named_stance.stance_at(text, m.start, m.end)
    if named is not named_stance.NamedStance.AFFIRMED:
        # "Pleural effusion — doubtful.", "Se descarta ... neumonía.": judged against; "X is defined as ...": general
        return Said.REJECTED if named is named_stance.NamedStance.AGAINST else Said.ASIDE
    if affirmed_aside.searched(text, m.start):
        return Said.ASIDE  # "Discriminators to check:\n- pericholecystic fluid": a search, not a finding
    if affirmed_aside.restated(text, m.end, own_end):
        return Said.ASIDE  # "Metaphyseal cupping and fraying: this is from low vitamin D.": the evidence, not the answer
    if affirmed_aside.subject_set_apart(_clause_before(text, m, start)):
        return Said.ASIDE  # "The uninjured nerve is the ulnar nerve.": the one the question does not ask
    if affirmed_aside.contrasted(_clause_before(text, m, start)):
        return Said.OPEN  # "In contrast, sarcoidosis favours ...": weighed against another, not chosen
    topic = _FOR_TOPIC.search(_clause_before(text, m, start))
    if topic is not None and _LACKING.search(text, m.end, own_end) is not None:
        return Said.REJECTED  # "Für einen Pleuraerguss fehlt die Verschattung des Randwinkels."
    if topic is not None and _LACKING.search(text, start, end) is not None:
        return Said.OPEN  # "Für einen Pleuraerguss fehlt der Meniskus, für ein Lungenödem die Kerley-Linien.": the
        # verb elided, or said of another option; either way not affirmed
    if _TO_BE_EXCLUDED.search(text, m.end, own_end) is not None:
        return Said.OPEN  # "pulmonary embolism must be excluded": a concern held, neither found nor rejected
    if said is not Stance.OPEN and _PRESUMED.search(text, m.end, own_end) is not None:
        return Said.AFFIRMED  # "should be treated as a traumatic aortic injury until proven otherwise"
    if _EXPECTED.match(text, after) is not None or _ARROW_AFTER.match(text, m.end) is not None:
        return Said.ASIDE  # "lymphoma tends to be asymmetric", "Uric acid stones, by contrast, would be ...", an arrow
    if posted == "beside":
        return Said.OPEN  # "A pleural effusion sits at the base as well.", "X, by contrast, fits better."
    lead = _clause_before(text, m, start)
    if (_EXPECTS_BEFORE.search(text, start, m.start) is not None or _EXAMINING.search(text, start, m.start) is not None) \
            and not committed_words.committing(text, m, start):
        return Said.ASIDE  # "C gives a salt-and-pepper skull", "used to evaluate ... and free air", "X would appear as
        # ..., a branchial cyst as ..., and a lymphatic malformation as ..."
    if _SUBJECT_LEAD.match(lead) is not None and _DEFINED.match(text, after) is not None:
        return Said.ASIDE  # "A Jefferson fracture is a burst fracture of C1": a class defined
    acts = _ACTS.match(text, after)
    if _SUBJECT_LEAD.match(lead) is not None and acts is not None and acts.group(1).lower() not in _NOT_ACTING \
            and not acts.group(1).lower().endswith("ss"):
        return Said.ASIDE  # "HSV encephalitis targets the medial temporal lobes"
    if m.by_text and _structure(options.get(m.letter, "")) and (_PLACED.match(text, after) is not None
                                                                 or _LANDMARK_BEFORE.search(lead) is not None):
        return Said.ASIDE  # "The pons and cerebellum are lower in the posterior fossa", "a node lies posterior to
        # the submandibular gland": a structure placed elsewhere, or the landmark the finding is placed by
    if _SUBJECT_LEAD.match(lead) is not None and _PREVALENCE.match(text, after) is not None:
        return Said.OPEN  # "sarcoidosis is commoner in young women", "aortic dissection is rare in the young": how
        # common an option is, weighed for or against it, decides nothing
    if rescan.found_between(_RECALLED, text, start, end, rescan.not_followed_by(" as")):  # (scanned once: issue #12)
        return Said.ASIDE  # "Her brother died of CJD.", "... in the maxillary antrum, incidentally;": not this image's answer
    if said is Stance.SUPPOSED or SENTENCE_VETO.search(committed_words.own_clause(text, m, start)) is not None:
        return Said.ASIDE
    if said is Stance.OPEN:  # ("No separate catheter, enteric tube, or chest drain": the list's head denies each item)
        return Said.REJECTED if list_denied(clause_left(text, m.start), clause_right(text, m.end)[0]) else Said.OPEN
    if not m.by_text:
        # a letter backs an option its words affirm ("... characteristic of sarcoidosis — which is why D is my pick"),
        # it never affirms alone: the letter readers weigh letters ("For example, the answer is B.", "Choice C. A
        # haemangioma can look similar.")
        return Said.ASIDE if letter_decides(text, m, before, Pole.TOP) else Said.OPEN
    if _DENYING_BEFORE.search(_clause_before(text, m, start)) is not None:
        return Said.OPEN  # "Nothing puts this in the chest wall (C)": a denial this reader does not scope, no reading
    if run and _LIKE.match(text, m.end) is not None:
        return Said.ASIDE  # "papillary-like clusters": a resemblance, no option named
    committed = committed_words.committing(text, m, start)
    if not committed and (run and len(WORD.findall(text, m.start, m.end)) < 2
                          or rescan.found_between(_GENERAL, text, start, m.end if committed_words.given_name(text, m, start) else end)):
        return Said.ASIDE  # one word of an option on the way ("papillary clusters"), a sentence said in general
    return Said.AFFIRMED


# A condition anywhere in the decisive sentence: "The final answer is (A) if the effusion is real, otherwise (D)."
_CONDITION = lazy_compile("(?i)" + hedges.words(hedges.IF))
# The patient's past or family, or a finding named by the way (``hedges.PAST``, ``OPERATED``, ``RELATIVES``,
# ``INCIDENTAL``), in a reference's sentence ("known as" names, it recalls nothing).
_RECALLED = lazy_compile("(?i)" + hedges.words(tuple(w for w in hedges.PAST if w != "old"), hedges.OPERATED,
                                               hedges.RELATIVES, hedges.INCIDENTAL))
# A denial earlier in a reference's clause that the stance did not read as its own.
_DENYING_BEFORE = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEVER, negation.NONE, negation.NOTHING))
# In the decisive sentence, a denial that falls short of "not" ("hardly", "fails to", "does little to"), and after an
# option labelled by a colon, any denial or poor fit ("Vitiligo: a poor fit, without the expected depigmentation.").
_WEAKLY_DENIED = lazy_compile("(?i)" + hedges.words(hedges.NEAR_NONE, ("fail", "fails", "failed", "do little",
                                                                       "does little", "did little")))
HEADED = lazy_compile(r"[\s*_]*[:：]")
_LABEL_DENIED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEVER, judgements.POOR_FIT,
                                                   judgements.MISFIT, judgements.UNLIKELY, ("implausible",)))
# A denial inside a run of an option's words.
_DENIED_INSIDE = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEVER))
# A resemblance right after a word run: "papillary-like", "-type", "-ish".
_LIKE = lazy_compile(r"(?i)[-‐ ]?(?:like|type|ish|shaped)\b")
# A sentence said of what options do in general: a word of habit anywhere in it ("Myocarditis is typically
# subepicardial, HCM is patchy mid-wall ...").
_GENERAL = lazy_compile("(?i)" + HABIT_SAID)  # (not "commonly called": a name given)
# After a reference, a concern yet to be excluded: "must be excluded", "needs to be ruled out" (``hedges.BE_EXCLUDED``).
_TO_BE_EXCLUDED = lazy_compile("(?i)" + hedges.words(hedges.BE_EXCLUDED))
# Right before a structure option in its clause, a relation placing something else by it ("posterior to the
# submandibular gland", "next to the spleen"): the option is the landmark, not the place of the finding
# (``landmarks.BESIDE_NOT_IN`` less the relations that put the thing at the structure itself, ``landmarks.HELD_AT``).
_LANDMARK_BEFORE = lazy_compile(r"(?i)" + hedges.words(tuple(w for w in landmarks.BESIDE_NOT_IN
                                                             if w not in landmarks.HELD_AT))
                                + r"\s+(?:(?:the|a|an|its|this)\s+)?(?:[a-z]+\s+){0,2}[\s*_]*\Z")
# Right after an option as subject, how common it is in general: "is commoner in young women", "is rare in the young",
# "are more frequent in smokers" (an epidemiology note, not this image's answer).
_PREVALENCE = lazy_compile(r"(?i)[\s*_\"'”)\]]*(?:is|are)\s+(?:(?:more|most|less|least|very|far|much|quite|relatively|"
                           r"extremely|also|the)\s+){0,2}(?:common|commoner|commonest|frequent|infrequent|rare|rarer|"
                           r"uncommon|unusual|prevalent)\b")
# After the decisive sentence, another option said to look like what is seen: "A parapelvic cyst can look similar."
_MIMICKED = lazy_compile(r"(?i)\b(?:mimic|mimics|mimicking|resembles?|resembling|simulates?|indistinguishable|"
                         r"looks?\s+(?:similar|alike|identical|the\s+same|like\s+(?:this|that|it)))\b")


def references(text: str, idx: OptionIndex, options: dict[str, str], question: str, lo: int) -> list[Reference]:
    """Every reference to an option from ``lo`` and what its clause says of it, in order."""
    words = distinctive(tuple(sorted(options.items())), question)
    words = {letter: own for letter, own in words.items() if not normal_option(options[letter])}
    whole = {(n.start, n.end) for n in find_mentions(text, idx, lo)}
    named, runs = [], set()
    for m in committed_words.references(text, idx, lo, words):
        if m.letter not in idx.letters or not (m.by_text or letter_stands(text, m)):
            continue
        if m.by_text and _DENIED_INSIDE.search(text, m.start, m.end) is not None:
            continue  # "pneumothorax without tension": the run denies a word of its own option
        if m.by_text and m.letter in words and words[m.letter] and not committed_words.names(text, m, m.letter, words):
            continue  # "A thin apical pneumothorax without tension." names no "Pneumothorax (tension)"
        if m.by_text and (m.start, m.end) not in whole:
            if m.letter not in words:
                continue
            runs.add(m.start)
        named.append(m)
    concepts = [m for over in [rescan.Overlaps([(n.start, n.end) for n in named])]  # (by bisect: issue #12)
                for m in _concept_references(text, lo, options) if m.letter != CONFLICT and not over.any(m.start, m.end)]
    # (a finding said not to be the main one, or by the way beside another's, is no candidate: ``asides.set_apart``)
    spans = [(m, sentence_span(text, m)) for m in sorted(named + concepts)]
    beside = len({at for _, at in spans}) > 1  # counted once: once per reference was quadratic in the references
    found = [m for m, at in spans if not asides.set_apart(text, *at, beside=beside)]
    out = [Reference(m.letter, m.start, m.end, _said(text, m, found[i - 1].end if i else lo, found, options,
                                                     m.start in runs or _head_only(text, m, options)))
           for i, m in enumerate(found)]
    return _spread_aside(text, found, out)


def _described_beside(text: str, lo: int, letter: str, refs: list[Reference], idx: OptionIndex,
                      options: dict[str, str]) -> bool:
    """The option is affirmed only in other words ("The heart is enlarged"), by no name, letter or committing word,
    and what follows states, undenied, another finding of another option's family ("... and there are perihilar
    opacities" beside "Pulmonary edema"): findings listed, maybe that option's evidence, not a choice between them."""
    if any(m.letter == letter for m in find_mentions(text, idx, lo)) or any(
            committed_words.committing(text, Mention(r.start, r.end, letter, True, STRONG), sentence_span(
                text, Mention(r.start, r.end, letter, True, STRONG))[0])
            for r in refs if r.letter == letter and r.said is Said.AFFIRMED):
        return False
    own = set().union(*(family(c) for c in content(options[letter], OPTION_FRAME).concepts))
    others = set().union(*(content(o, OPTION_FRAME).concepts for k, o in options.items() if k != letter))
    last = [r for r in refs if r.letter == letter and r.said is Said.AFFIRMED][-1]
    lo = last.end
    window = text[lo:]  # (after the affirmation: findings before it may be its evidence)
    for concept, a, b in concept_spans(window) + state_spans(window):
        m = Mention(lo + a, lo + b, letter, True, STRONG)
        if concept not in own and not family(concept).isdisjoint(others) \
                and not any(r.start < m.end and m.start < r.end for r in refs) \
                and not text[slice(*sentence_span(text, m))].rstrip().endswith("?") \
                and stance(text, m) is not Stance.SET_ASIDE and not _DENIED_BEFORE.search(
                    _clause_before(text, m, max(lo, sentence_span(text, m)[0]))):
            return True
    return False


_DENIED_BEFORE = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.ABSENCE)
                              + "|" + negation.CONTRACTION)


def _head_only(text: str, m: Mention, options: dict[str, str]) -> bool:
    """A reference by the option's last word alone, the option naming two words more before it ("nodule" for
    "Solitary pulmonary nodule"): the kind without what sets the option apart, weighed as a run of one word."""
    words = WORD.findall(options.get(m.letter, ""))
    said = WORD.findall(text, m.start, m.end)
    return m.by_text and len(said) == 1 and len(words) >= 3 and said[0].lower() == words[-1].lower()


def _spread_aside(text: str, found: list[Mention], refs: list[Reference]) -> list[Reference]:
    """A sentence weighing what options would show ("Lymphadenitis would appear as enlarged nodes, a branchial cyst as
    an anechoic cyst, and a lymphatic malformation as a multiseptated mass"): where one reference of a sentence stands
    aside by what it would do, the others it lists, uncommitted, stand aside too."""
    out = list(refs)
    spans = [sentence_span(text, m) for m in found]
    aside, letters = {(at, r.letter) for at, r in zip(spans, refs) if r.said is Said.ASIDE}, {r.letter for r in refs}
    for i, (m, ref) in enumerate(zip(found, refs)):
        if ref.said is not Said.AFFIRMED or committed_words.committing(text, m, spans[i][0]):
            continue
        if any((spans[i], k) in aside for k in letters if k != ref.letter):  # (a set: once per pair was quadratic)
            out[i] = Reference(ref.letter, ref.start, ref.end, Said.ASIDE)
    return out


def _joined_aside(text: str, m: Mention) -> bool:
    """Options named together ("pons and cerebellum") set aside, said in general, placed elsewhere or called normal as
    one: "The pons and cerebellum are lower in the posterior fossa", "The liver, spleen, and kidneys appear normal"
    claim neither; "B or C" claims both."""
    return stance(text, m) is Stance.SET_ASIDE or _EXPECTED.match(text, m.end) is not None \
        or _PLACED.match(text, m.end) is not None or asides.list_called_normal(text, m.end)


def _concluding_start(text: str, idx: OptionIndex, options: dict[str, str], question: str) -> int:
    """Where the last paragraph referring to any option begins (within ``WINDOW``)."""
    lo = max(0, len(text) - WINDOW)
    starts = [lo] + [p.end() for p in PARAGRAPH.finditer(text, lo)]
    for start in reversed(starts):
        end = next((s for s in starts if s > start), len(text))
        if references(text[:end], idx, options, question, start):
            return start
    return lo


def _full_stop_start(text: str, start: int) -> int:
    """Where the whole sentence holding ``start`` begins, past clause splits (";"): after the last full stop, question
    or exclamation mark followed by a space, or line break, before ``start``."""
    return max((m.end() for m in _FULL_STOP.finditer(text, 0, start)), default=0)


_FULL_STOP = lazy_compile(r"[.!?](?=\s)|\n")


def read_affirmed_option(text: str, idx: OptionIndex, options: dict[str, str], question: str) -> str | None:
    """The option letter the concluding part affirms while every other option is rejected or stands aside (see
    module docstring), else None."""
    if HAN.search(text) or any(HAN.search(o) for o in options.values()) or text.lstrip(" `\n").startswith("{") \
            or is_refusal(text) or _ENDED.search(text) is None:
        return None  # (Chinese is read by ``extract/zh_choice.py``; a reply ending mid-sentence may be cut)
    if any(bare_side(o) is not None for o in options.values()) or affirmed_aside.stands_for_others(options):
        return None  # "Left" / "Right": sides are read by ``extract/side_choice.py`` against the question's finding
    if any(normal_option(o) for o in options.values()) and whole_study_called_normal(text):
        return None  # "No acute findings." to options holding "Normal": read by ``normal_choice``
    if closing_undecided(text) or decision_put_off(text) or affirmed_aside.by_place(text):
        return None  # "... which would be needed to narrow this down."
    lo = _concluding_start(text, idx, options, question)
    if OPTION_HEADING.search(text, lo) is not None or walks_options(text, idx) or len(
            {m.letter for m in find_mentions(text, idx, lo) if m.letter in idx.letters and heads(text, m)}) >= 2:
        return None  # a walk of per-option lines ("- **Adenoma**: ...", "- **Myelolipoma**: ..."): ``closing_verdicts``
        # and ``tally`` read those
    if any(m.letter in (CONFLICT, INVALID) and not _joined_aside(text, m) for m in find_mentions(text, idx, lo)):
        return None  # "B or C": options claimed together
    if any(m.letter == CONFLICT for m in _concept_references(text, lo, options)):
        return None  # one concept that two options own ("a hydropneumothorax"): both claimed together
    refs = references(text, idx, options, question, lo)
    affirmed = {r.letter for r in refs if r.said is Said.AFFIRMED and not normal_option(options[r.letter])}
    if len(affirmed) != 1:
        return None
    letter = next(iter(affirmed))
    if any(r.letter != letter and r.said in (Said.AFFIRMED, Said.OPEN) for r in refs):
        return None  # another option held open or stated beside it
    if any(m.letter != letter and not m.by_text and letter_stands(text, m)
           and (stance(text, m) is Stance.COMMITTED or letter_decides(text, m, 0, Pole.TOP))
           for m in find_mentions(text, idx) if m.letter in idx.letters):
        return None  # "Answer: C ... Final answer: D": another option chosen by its letter elsewhere
    own = [r for r in refs if r.letter == letter]
    if own[-1].said in (Said.REJECTED, Said.OPEN):
        return None  # "... points to A. Not A, though: ...", "the heart is large (C), not a normal study (D)"
    last = [r for r in own if r.said is Said.AFFIRMED][-1]
    start, end = sentence_span(text, Mention(last.start, last.end, letter, True, STRONG))
    sentence = text[start:end]
    if sentence.rstrip().endswith(("?", "？")) or is_hedge(sentence) or offers_alternatives(sentence) \
            or _CONDITION.search(text, _full_stop_start(text, start), end) is not None \
            or SENTENCE_VETO.search(committed_words.own_clause(text, Mention(last.start, last.end, letter, True, STRONG),
                                                               start)) is not None \
            and _PRESUMED.search(text, last.end, end) is None:
        return None  # ("The final answer is (A) if the effusion is real, otherwise (D).")
    if _described_beside(text, lo, letter, refs, idx, options):
        return None  # "The heart is enlarged and there are perihilar opacities with Kerley lines.": findings listed
    if affirmed_aside.fragment(sentence) and (is_hedge(text[lo:start]) or any(
            r.letter != letter and r.said is Said.ASIDE for r in refs)):
        return None  # "The mass may hold colon or omentum. Morgagni hernia.", "So pain from appendicitis.
        # Diverticulitis involves the sigmoid.": a fragment concludes nothing the rest of the paragraph holds firm
    if _WEAKLY_DENIED.search(sentence) is not None or HEADED.match(text, last.end) is not None \
            and _LABEL_DENIED.search(sentence) is not None:
        return None  # "... hardly make Crohn's disease the clear choice", "Vitiligo: a poor fit, without ..."
    tail = text[end:]
    if any(r.letter != letter and r.start >= end and _MIMICKED.search(text, *sentence_span(
            text, Mention(r.start, r.end, r.letter, True, STRONG))) is not None for r in refs):
        return None  # "The collecting system is dilated. A parapelvic cyst can look similar.": a mimic left open
    if text[:end].rstrip(" *_\"'”").endswith((".", "!")) and affirmed_aside.denial_follows(tail) \
            and not any(end <= r.start < end + affirmed_aside.first_sentence_length(tail) for r in refs):
        return None  # "Left lower lobe collapse. Not seen.", "I looked for X. I did not find it."
    if TAIL_VETO.search(tail) is not None or TAIL_TURN.search(tail) is not None or is_hedge(tail):
        return None
    return letter if letter in idx.letters else None


__all__ = ["RULE", "Reference", "Said", "read_affirmed_option", "references"]
