"""Hedge words: the one list of the words that keep an answer open, in sub-lists by what they do.

Several readers must tell a committed statement from one held open, each with
its own question: is a reply torn between options (``refusal.is_hedge``), is
a per-option verdict left undecided (``tally``), is a committed yes/no taken
back by a later clause (``extract/stated.py``), does a closing remark after the answer
doubt or turn it (``lastmention``), does a sentence naming a finding state it
(``implicit_words.HEDGES``)? They read different sub-lists, because
the questions differ: a condition ("if", "would") makes a per-option verdict
undecided but is no hedge between options ("B would blunt the angles" still
discusses B); "both" and "between" weigh two candidates but take nothing back
in a closing remark. The words themselves live here, once, so a word added
for one reader is added for every reader of the same sub-list.

:func:`words` builds a case-insensitive whole-word alternation from sub-lists;
multi-word entries match any run of spaces between their words.
"""

from __future__ import annotations

import re
from typing import Iterable

# The other languages' hedge words live in ``hedges_foreign`` (split by concept); they are re-exported here, the same
# objects, so every reader may keep importing them from this module.
from medstep.answers.hedges_foreign import (
    EUROPEAN, EUROPEAN_SUSPICION, European, OTHER_AND, OTHER_BETWEEN, OTHER_BOUND, OTHER_IF, OTHER_OR,
    OTHER_POSSIBILITY, OTHER_TO, OTHER_TURN, ZH, ZH_ALTERNATIVES, ZH_APPROX, ZH_CONDITION, ZH_LEAN, ZH_LIKELY_DEGREE,
    ZH_MORE_LIKELY, ZH_OPEN, ZH_POSSIBILITY, ZH_QUALIFICATION, ZH_RAISED, ZH_TELL_APART, ZH_TURN,
)

# The answer could be otherwise: possibility adverbs ("maybe"; their other languages: ``OTHER_POSSIBILITY``), and
# with the modals all possibility words.
MAYBE = ("possibly", "perhaps", "maybe")
POSSIBILITY = ("could", "may", "might", "possible", *MAYBE)
# Supposed, not asserted: a condition or a conditional modal ("B would blunt the angles", "if supine").
IF = ("if", "unless")
CONDITION = ("would", *IF)
# What opens a supposed case, beside IF: "assuming a supine film", "provided that", "were it present", "had there
# been one" (readers asking whether a decision is conditional, ``extract/decision.py``, ``extract/closing.py``).
SUPPOSING = (*IF, "assuming", "provided", "were it", "had there")
# ... and what may suppose one right before a verdict: "when supine, yes", "were one present, yes".
SUPPOSED_CASE = ("when", "were")
# Two candidates kept open: "either", "torn between", "both are plausible", "depends on the view".
WEIGHING = ("either", "torn between", "between", "both", "plausible", "depend on", "depends on", "depending on")
# The writer says it is not sure.
# Being certain, the word a doubt denies ("can't be sure"), and the words that make it absolute ("can't be completely
# certain": ``extract/disclaimers.py`` sets that aside before a committed answer, a doubt of certainty, not the answer).
CERTAIN = ("sure", "certain")
# Certainty said with a denial's words: "no doubt about it", "without question present", "not subtle". They affirm,
# so a reader asking whether a statement denies (``verify/option_heads.py``) sets them aside first.
SURE = ("no doubt", "without doubt", "without question", "beyond doubt", "beyond question", "not subtle",
        "unquestionably", "undoubtedly")
ABSOLUTELY = ("completely", "fully", "entirely", "absolutely", "totally", "100%", "100 %")
DOUBT = ("uncertain", "unsure", "not sure", "not certain", "cannot decide", "cannot distinguish", "can't decide",
         "can't distinguish") + tuple(f"{modal} be {w}" for modal in ("cannot", "can't") for w in CERTAIN)
# A concession: a subordinate clause granting something beside the main statement ("..., although part of it
# extends toward the middle lobe").
CONCESSION = ("although", "though", "even though", "albeit")
# More of a thing besides one named: "no other fractures", "an additional nodule", "another fracture" (a denial of
# these says nothing of the one stated; ``extract/findings.py``, ``extract/leans.py``).
BESIDES = ("other", "another", "additional", "further")
# The other one of a pair, named by its relation alone: "the contralateral lung is clear", "shifted to the opposite
# side", "the other side". One home for the verifier's unnamed other side (``verify/scope_words.OTHER_SIDE``) and its
# side resolved from the one named before (``verify/relative_sides``); "other" alone is also BESIDES's.
OTHER_OF_PAIR = ("contralateral", "opposite", "other")
# The paired one of the asked thing: "the fellow eye", "the contralateral kidney", "the opposite side" (not a bare
# "other", which is BESIDES's: another of the kind, not its pair).
COUNTERPART = ("fellow",) + tuple(w for w in OTHER_OF_PAIR if w not in BESIDES)
# A turn that opens a qualification of what came before.
TURN = ("however", "but", "that said", "alternatively") + CONCESSION
# What turns to the main clause in spite of what was conceded before it: "Hard to be sure on one view; nonetheless,
# ...", "even so", "having said that" (``extract/conceded.py``).
DESPITE = ("nonetheless", "nevertheless", "even so", "having said that", "all the same")
# A contrast joining two statements, like a turn but read apart from TURN (readers built on TURN keep their reach):
# "I'd call this X, yet Y remains possible", "the margin is smooth, whereas ...". Also where a negation's reach ends.
CONTRAST = ("yet", "whereas")
# A weighing of one thing against another opening or inside a clause: "Metastatic disease, by contrast, fits better.",
# "On the other hand, ...": what it introduces is set beside the earlier statement, not added to it.
WEIGHED_AGAINST = ("by contrast", "in contrast", "on the other hand", "conversely")
# A reason or comparison opening a clause of its own after the main one (issue #7): "I'd go with C, since a Pancoast
# tumour would sit at the apex", "the answer is B because an epidural haematoma would not cross the suture". What the
# clause names is the ground of the statement before it, not its object. Beside a comma only, except "because": a bare
# "since" or "as" also dates ("present since birth") or compares ("as large as").
REASON = ("because", "since", "as", "given that")
# The grounds a short verdict may carry after it ("Not a normal study given the C5 finding", "Unlikely due to the
# clear angles"): the reasons' openers with "as" left out (it also compares: "as likely as") and the bare "given".
GROUNDS = tuple(w for w in REASON if w != "as") + ("given", "due to", "owing to", "in view of")
# What an option is tied to or kept for as a kind, whatever this case shows (issue #7): "HLA-DR4 is linked to rheumatoid
# arthritis", "Octreotide is used for GH-secreting tumours", "allopurinol is for long-term urate lowering". Said of an
# option other than the one chosen, it tells why that one was set aside (``extract/foils.py``).
TIED = ("associated with", "linked to", "linked with", "related to", "used for", "used in", "reserved for", "indicated for",
        "indicated in", "is for", "are for")
# An exception stated outright: "normal except for a small cyst".
EXCEPTION = ("except",)
# A statement held to a part or an exception: "normal apart from a small cyst", "otherwise clear".
QUALIFICATION = ("otherwise", "apart from", "aside from", *EXCEPTION, "besides", "elsewhere", "rest of")
# An alternative that is not excluded.
NOT_EXCLUDED = ("cannot be excluded", "cannot be ruled out", "can't be excluded", "can't be ruled out")
# ... said of the writer: "though I can't exclude the right atrium", "melanoma not excluded".
NOT_EXCLUDING = ("cannot exclude", "can't exclude", "cannot rule out", "can't rule out", "not excluded",
                 "not ruled out")
# The same, said as a dismissal declined: "I wouldn't completely dismiss a carcinoma", "I can't dismiss X".
NOT_DISMISSING = ("wouldn't dismiss", "would not dismiss", "wouldn't completely dismiss", "would not completely dismiss",
                  "wouldn't entirely dismiss", "wouldn't fully dismiss", "can't dismiss", "cannot dismiss",
                  "shouldn't dismiss", "should not dismiss", "wouldn't discount", "would not discount")
# Report words that qualify a denial without opening it: "No acute intracranial hemorrhage.", "no significant
# effusion", "no definite fracture", "I don't see any obvious fracture" deny the finding in report language, and
# graders read them as no. Only inside a denial: elsewhere "definite" and "significant" stay hedge cues of
# ``implicit_words.HEDGES``, and words that name a kind ("no large / displaced / tension ...") still narrow it.
# Outside a denial they are STRENGTH words, which hold a statement open ("definite" and "significant").
DENIAL_QUALIFIERS = ("acute", "significant", "definite", "obvious", "appreciable", "convincing", "discrete", "true",
                     "real", "genuine")
# Report words that qualify a denial the same way but describe what is seen when said alone ("the lungs are clear", "a
# focal opacity"): "no clear fracture", "no focal lytic lesions" are the report's plain negatives, and the hand labels
# read them as no (b30, b35, b48), not a narrower kind left open. The extractor's denial readers step over them beside
# DENIAL_QUALIFIERS (``implicit_words.DENIAL_FILLER``); the verifier's frame (``verify/frame.IDLE``) keeps them as
# words that observe.
DESCRIBING_QUALIFIERS = ("clear", "focal")
# Both, as the extractor reads them inside a denial.
DENIAL_WORDS = DENIAL_QUALIFIERS + DESCRIBING_QUALIFIERS
# The words below keep a sentence that names a finding from stating it (``implicit.hedged``, read as single
# tokens beside :func:`medstep.extract.refusal.is_hedge`): "Likely a small effusion.", "Suspected fracture.",
# "Pneumothorax versus skin fold.", "Evaluate for pneumothorax.", "History of fracture.".
# A likelihood, not a finding.
LIKELIHOOD = ("likely", "unlikely", "probable", "probably")
# A likelihood lowered by the word before it ("less likely", "least probable", "not likely", "hardly plausible"),
# or said low in one word ("unlikely", "improbable"): what it judges was turned from, not chosen ("Less likely: X",
# ``extract/decision_clauses.py``; "Less likely rubeola.", ``extract/optionconcept.py``).
LOWERING = ("less", "least", "not", "hardly", "lower")
LIKELY_WORDS = ("likely", "probable", "probably", "plausible")
# Words that strengthen a comparative, never hedge it: "B is far more likely", "A is much less likely" (the comparative
# read as if the word were not there, issue #7).
COMPARATIVE_INTENSIFIERS = ("far", "much", "considerably", "substantially")
UNLIKELY_WORDS = ("unlikely", "improbable", "implausible")
# A likelihood said high, right before the class it commits to: "most likely benign", "probably malignant", "almost
# certainly benign", "very likely a benign lesion". The model's verdict is the class, as "Probably yes" is a yes
# (``answers/yesno.COMMITTED_LEANS``; the hand labels read "most likely benign" to "Is it malignant?" no, b24 b30):
# the lean commits only to the word it stands before, never a clause it opens ("Probably, the mass is ..."), and
# "possibly", "may", "could" or a likelihood lowered ("less likely") are no commitment.
COMMITTED_ADVERBS = ("most likely", "very likely", "highly likely", "more likely", "likely", "most probably",
                     "very probably", "probably", "almost certainly", "in all likelihood")
# Suspected, suggested or doubtful: the finding is a concern, not stated.
SUSPICION = ("suspect", "suspected", "suspicious", "suspicion", "suggest", "suggests", "suggesting", "suggestive",
             "concern", "concerning", "questionable", "equivocal", "indeterminate", "borderline", "apparently",
             "presumably", "seems")
# A suspicion raised to a commitment by the adverb before it: "These features strongly suggest malignancy", "highly
# suggestive of torsion", "highly suspicious for carcinoma" (BI-RADS 5 words). The hand labels read them as the
# finding stated (b30, b37), as "indicates" is; a bare "suggests" or "suspicious" stays a concern (``SUSPICION``) but
# where it closes a closed reply on the asked finding (``extract/inferred.drawn``: b36, b48), and
# a raised suspicion under a denial ("does not strongly suggest") is no commitment (``extract/raised.py``).
RAISING = ("strongly", "highly", "very strongly")
# The suspicion words a ``RAISING`` adverb commits, each with the committed word it reads as (same part of speech).
RAISED = (("suggest", "indicate"), ("suggests", "indicates"), ("suggested", "indicated"), ("suggesting", "indicating"),
          ("suggestive of", "indicative of"), ("suggestive for", "indicative of"), ("suspicious for", "indicative of"),
          ("suspicious of", "indicative of"))
# A soft modal that commits when it closes a reply on the one option the reply discusses (issue #7): "This may
# represent a pneumothorax.", "The findings might reflect cirrhosis.", "Findings suggest a pleural effusion." as the
# last sentence, nothing else weighed there or in the sentence before (``extract/soft_pick.py``). The hand labels read
# such a close as the pick; the same modal on two candidates ("may represent X or Y"), beside an alternative kept open
# ("cannot exclude", "vs") or under a denial stays open, and the bare possibility words (``POSSIBILITY``) keep their
# other readers' meaning: "It might be X." is the plain hedge, held open (an interpreting verb after the modal commits,
# "be" does not). Verb after the modal, then the option within a few words.
SOFT_COMMIT = (*(f"{modal} {verb}" for modal in ("may", "might")
                 for verb in ("represent", "reflect", "indicate", "correspond to")),
               *(f"could {verb}" for verb in ("represent", "reflect", "indicate")),
               "suggest", "suggests", "suggestive of",
               # ... in the other languages read (the modal opening what follows it: verb-final German is left out)
               "potrebbe trattarsi di", "potrebbe rappresentare", "potrebbe indicare", "potrebbe corrispondere a",
               "podría tratarse de", "podría representar", "podría indicar", "podría corresponder a",
               "pode representar", "poderia representar", "pode tratar-se de", "poderia tratar-se de",
               "pourrait représenter", "pourrait correspondre à", "pourrait s'agir de", "pourrait s'agir d'",
               "pourrait indiquer", "sugieren", "sugiere", "suggèrent", "suggère", "suggeriscono", "suggerisce",
               "sugerem", "sugere")
# What links a thing seen to what it leads to, opening the clause that names it: "..., suggesting acute sinusitis",
# "..., concerning for abscess", "... typical of a skin fold". The doubt is the inference's, not the sighting's
# (``extract/inferred.py`` sets such a clause aside; inside a negation it is denied with it, ``verify/scope_words.LINKS``).
INFERRING = ("suggesting", "suggestive of", "indicating", "indicative of", "typical of", "characteristic of",
             "concerning for", "concern for", "worrisome for", "suspicious for", "suspicious of")
# What a thing seen is taken to be, linked the same way: "..., consistent with atelectasis", "... representing a cyst".
IDENTIFYING = ("consistent with", "compatible with", "in keeping with", "representing")
# The finite verbs of the same inference, in a relative clause or after the findings as subject: "..., which suggests
# a small effusion", "These findings indicate glaucoma." (``extract/inferred.drawn``).
DRAWING = ("suggests", "suggest", "indicates", "indicate")
# What such a closing sentence has as its subject: the findings just described ("These findings are suggestive of
# glaucoma.", "The appearances would be in keeping with a meningioma.").
FINDINGS_SUBJECTS = ("findings", "features", "appearances", "appearance", "signs")
# Another finding it may be, or looks like: "pneumothorax versus skin fold", "mimicking a mass".
ALTERNATIVE = ("versus", "vs", "differential", "mimic", "mimics", "mimicking", "simulating", "resembling",
               "resembles", "consider", "considered")
# What makes a thing seen look like a finding that is not there: "..., suggesting a nipple shadow", "typical of a skin
# fold", "a projection artefact", "a normal variant" (an inference to one of these takes back what was seen).
MIMICS = ("shadow", "fold", "artefact", "artifact", "overlap", "overlapping", "overlying", "projection", "projected",
          "rotation", "positioning", "pseudo", "variant", "technique", "technical", "summation", "superimposition")
# What makes a thing seen smaller than a finding: "Actually, that lucency is just the gastric bubble.", "only a fold".
DISMISSING = ("instead", "rather", "just", "merely", "simply", "only a", "only the")
# The label of a list of candidates: "Differential: A, B", "**DDx:** ...", "The differentials include ...".
DIFFERENTIAL = ("differential", "differentials", "ddx")
# Another candidate kept beside a pick, as an alternative or in a differential: "C (an abscess should also be
# considered)", "Spitz nevus. Differential includes blue nevus." The other candidate is kept open, not chosen, and the
# pick beside it stands (the corpus labels "Most likely X, though Y is a possibility" X): the one home of both
# ``extract/letter_aside.KEPT_OPEN`` and ``extract/line_rest``'s other options put below the pick.
KEPT_BESIDE = ALTERNATIVE + DIFFERENTIAL + ("alternative", "alternatives")
# The plural nouns heading candidates beside it: "Possibilities: A, B", "Other considerations: ...".
CANDIDATES = ("possibilities", "considerations", "candidates")
# A candidate kept open in the singular, after a verdict: "Y remains a consideration", "Y is still on the list",
# "Y is a possibility", "Y stays in the differential" (the verdict beside it is not the one answer).
ON_THE_TABLE = ("on the table",)
# The nouns of one candidate kept open ("a possibility", "a consideration"); RESERVED holds them still or remaining.
CANDIDATE_NOUNS = ("consideration", "possibility")
OPEN_CANDIDATE = CANDIDATE_NOUNS + ("on the list", "on my list", "in the differential") + ON_THE_TABLE
# An exclusion still to do, not done: "it should be excluded", "a CT to rule out a leak" (``extract/committed_words``:
# no pick beside it; after an obligation, a candidate held in RESERVED).
BE_EXCLUDED = ("be excluded", "be ruled out")
TO_EXCLUDE = BE_EXCLUDED + ("to exclude", "to rule out")
# A finding named by the way, not as the answer: "A fungus ball sits in the maxillary antrum, incidentally; ...".
# The sentence adverbs among them set a whole sentence apart ("For completeness: ... a trace pleural effusion"), the
# adjective only its noun ("an incidental adrenal adenoma" may still be the lesion asked about).
BY_THE_WAY = ("incidentally", "as an aside", "by the way", "for completeness")
INCIDENTAL = ("incidental",) + BY_THE_WAY
# Verbs that give a finding its name ("commonly called a boxer's fracture", "also known as"): after a ``HABIT`` word
# they name, they state no habit.
NAMING = ("called", "known as", "termed", "named", "referred to as", "described as")
# A finding said not to be the one the question is after: "..., but it's clearly not the main abnormality" (read with
# one of ``SECONDARY_NOUNS`` after it: "not the main pulmonary artery" is a vessel).
NOT_MAIN = ("not the main", "not the primary", "not the dominant", "not the principal", "not the major",
            "not the chief", "not the key", "isn't the main", "isn’t the main", "not the most important")
SECONDARY_NOUNS = ("abnormality", "abnormalities", "finding", "findings", "problem", "issue", "lesion", "process",
                   "pathology", "concern", "diagnosis", "answer", "culprit", "cause")
# Looking for something, not finding it: "X-rays are used to evaluate the gas pattern and free air", "assess for a
# fracture" (what is examined is no finding of this image).
EXAMINING = ("evaluate", "evaluated", "evaluating", "assess", "assessed", "assessing", "look for", "looking for",
             "check for", "checked for", "checking for", "screen for", "search for", "examine", "examined")
# A candidate held in reserve: still open or yet to be excluded ("an abscess is still on the table", "a tension
# pneumothorax, which must be ruled out", "malignancy remains a possibility"). A concern kept in mind, in the sentence
# that names it, is no statement of it (``extract/implicit.hedged``) nor the option chosen (``extract/decision.py``);
# the answer committed to beside it stands ("can be ruled out" rejects, and is not here).
RESERVED = ON_THE_TABLE + tuple(f"{kept} a {noun}" for kept in ("still", "remains") for noun in CANDIDATE_NOUNS) \
    + tuple(f"{must} {verb}" for must in ("must", "should", "to") for verb in BE_EXCLUDED)
# What a finding may be due to, said of many at once: "could have a number of causes", "many possible explanations".
CAUSES = ("causes", "explanations", "aetiologies", "etiologies", "reasons", "origins", "differentials", "diagnoses",
          "possibilities", "conditions", "entities", "pathologies")
# How many of them: "a number of", "several", "various" (a count word, not a number).
MANY = ("a number of", "a variety of", "a range of", "a wide range of", "a broad range of", "many", "several",
        "various", "multiple", "numerous", "different", "a host of")
# A question asked, not answered: "whether there is a pneumothorax".
ASKING = ("whether",)
# What ought to be, not what is: "the tube should lie above the carina", "should be reviewed".
OBLIGATION = ("should",)
# A search or a question, not a result: "evaluate for", "looking for", "whether", "should be reviewed".
SEARCH = (*ASKING, *OBLIGATION, "evaluate", "evaluation", "assess", "check", "looking", "look", "review", "reviewed",
          "searched", "question")
# The patient's past, not the current image: "history of fracture", "old healed fracture", "post surgery", "known to
# have a pneumothorax".
PAST = ("history", "prior", "previous", "previously", "formerly", "ago", "earlier", "post", "old", "healed", "treated",
        "resolving", "known")
# The patient's relatives: a disease a reply recalls of them ("Her brother died of CJD.") is not the one this image
# shows (with PAST and OPERATED, what ``extract/option_equivalent.py`` reads as recalled, not decided).
RELATIVES = ("mother", "father", "brother", "sister", "sibling", "siblings", "parent", "parents", "relative",
             "relatives", "grandmother", "grandfather", "aunt", "uncle", "cousin", "twin")
# Words before a finding's name that take it back: the thing named is no longer, not yet, or not truly the finding
# ("a closed macular hole", "an impending macular hole", "a repaired hernia", "a pseudo-aneurysm-like ...").
TAKEN_BACK = (*PAST, "closed", "impending", "repaired", "resolved", "pseudo", "former", "sealed")
# An operation the patient has had: "status post resection of ...", "s/p nephrectomy", "the excised lesion" (with
# PAST, what a reply recalls of the patient's past, not what it decides on now: ``extract/option_alias.py``).
OPERATED = ("resected", "resection", "excised", "excision", "s/p")
# A time before this study named in phrases (PAST holds the single words): a measurement taken then ("The QTc was
# 520 ms on the ECG from last year") answers nothing about now.
EARLIER_TIME = ("yesterday", "last year", "last month", "last week", "last night", "last time",
                "last study", "last exam", "last scan", "last film", "last ecg", "on admission", "at admission",
                "this morning", "years ago", "months ago", "weeks ago", "at baseline", "outside study", "outside film",
                "outside imaging", "outside hospital", "before surgery", "before the operation", "before treatment",
                "before the procedure", "preoperatively", "pre operatively")
# Single words naming an earlier study or time inside a comparison or a denial ("not seen on the previous film",
# "already present on the preoperative radiograph", "two days ago", "unchanged since admission"). With EARLIER_TIME
# they are the verifier's earlier time (``verify/scope_words.EARLIER_TIME``, ``verify/changes``,
# ``verify/prior_state``); the extractor reads EARLIER_TIME alone ("prior" or "before" name no time outside a
# comparison: "prior to answering", "before the carina").
EARLIER_WORDS = ("previous", "previously", "prior", "preceding", "earlier", "before", "preoperative",
                 "pre-operative", "last", "admission", "baseline", "ago")
# A number given as an estimate: "about 3", "approximately 11 weeks", "roughly two". A count or a measure after one
# is held open (``extract/open_count.py``) or read as the estimate it is (``extract/open_frames.py``).
APPROXIMATE = ("approximately", "approx", "about", "around", "roughly", "nearly", "almost", "circa")
# A bound, not a value: "less than 30%", "at least two", "up to 5 mm". A measurement or a count after one is held
# open (``extract/open_measure.py``, ``extract/open_count.py``). An upper bound is also how a normal range is given
# beside a value ("(normal up to 6 mm)", "normal less than 3 mm": ``extract/measured.py``).
UPPER_BOUND = ("less than", "fewer than", "under", "at most", "up to")
# a lower bound: any larger value meets it ("at least 2 cm", "larger than 8 mm"; ``verify/sizes.py``); "over" is an
# extent as often ("extending over 4 cm"), so it is a bound only where a value is read as one
LOWER_BOUND = ("more than", "greater than", "larger than", "bigger than", "at least", "exceeding")
BOUND = (*UPPER_BOUND, "more than", "greater than", "over", "at least")
# Almost none, or none said as a degree: "hardly any effusion", "barely enlarged", "little to no free air", "minimal
# if any", "far from enlarged". How much is there, none or some? A statement with one is no yes/no.
NEAR_NONE = ("hardly", "barely", "scarcely", "little to no", "little or no", "if any", "far from", "by no means")
# A first-person verb of disbelief said of what was just named: "Pneumothorax — I doubt it.", "X? I question that."
# (``extract/verdict_tag.py``; "doubtful" is a judgement's word, ``judgements.POOR_FIT``).
DISBELIEVING = ("doubt", "question", "disbelieve")
# What a short verdict tag after an option's name may hold beside its negation and judgement words without naming
# anything: "— not in this case", "— I wouldn't say so", "— not really, given the lung markings" (a content word
# there, "— not tension", "— no mediastinal shift", "— not pleural effusion", says something else of the case).
TAG_FILLERS = ("it", "so", "that", "this", "here", "now", "really", "at", "all", "very", "quite", "the", "a", "an",
               "in", "case", "patient", "image", "film", "study", "think", "say", "see", "buy", "believe",
               "convinced", "much", "to", "me", "i", "be", "my", "is", "one", "for", "fully", "strictly", "on", "these",
               "images", "findings", "would", "could", "go", "with", "call", "either")
# An effect said to fall short: "The ileal findings fail to make Crohn's disease the clear choice", "do little to
# settle it" (what follows is not brought about).
FALLING_SHORT = ("fail to", "fails to", "failed to", "do little to", "does little to", "did little to",
                 "do nothing to", "does nothing to", "did nothing to")
# The finding goes on, or went only in part: "still present", "persists", "residual", "partially resolved", "new",
# "unchanged". Beside a word of the past or of a finding gone (``negation.GONE``) they keep it there now
# (``extract/resolved.py``).
CONTINUING = ("still", "persist", "persists", "persistent", "persisting", "remain", "remains", "remaining", "residual",
              "again", "recurred", "recurrent", "recurrence", "new", "unchanged", "stable", "partially", "partly",
              "nearly", "almost", "largely", "mostly", "incompletely", "near", "resolving", "increased", "decreased",
              "improved", "improving", "smaller", "larger", "reaccumulated", "re-accumulated")
# A summing-up that qualifies a verdict as a whole, opening it: "Mostly, yes — ...", "Overall, no; ...", "By and large,
# yes" (``extract/leads.py``: read only to check a reading in words against it). Words of time are no such qualifier
# ("Previously yes, but it has resolved." is the past's yes).
SUMMING = ("mostly", "largely", "broadly", "essentially", "basically", "overall", "on the whole", "in general",
           "by and large", "in short", "in summary", "all in all", "mainly", "for the most part", "effectively",
           "practically", "virtually", "generally speaking")
# The reader's strength of claim: "no definite fracture" leaves a subtle one open, "definitive diagnosis".
STRENGTH = ("definite", "definitive", "significant")
# A device, treatment or finding wanted, expected, asked about or taken away: not one in the image now ("Recommend
# placement of a chest tube.", "The patient needs a pacemaker.", "The NG tube has been removed.", "Interval removal of
# the central line.", "A pneumothorax is expected.", "Indication: pneumothorax.", "Interval resolution of the effusion.").
INTENT = ("recommend", "recommended", "recommends", "recommending", "needs", "needed", "removed", "removal",
          "extubated", "expected", "indication", "resolution")
# Hard to tell: "difficult to assess", "unclear".
DIFFICULTY = ("difficult", "hard", "unclear")
# A definition, not this image: "defined as", "criteria for".
DEFINITION = ("defined", "definition", "criteria", "criterion")
# A reference a value is set against, not the value measured: "(normal is under 3 cm)", "the upper limit of normal is
# 40 mm", "Fleischner guidelines for a nodule of 6-8 mm", "the threshold for repair is 5.5 cm" (``extract/open_measure.py``
# reads the asked value before such a clause; a definition's words set a reference too).
REFERENCE = ("normal", "normally", "upper limit", "lower limit", "reference", "guideline", "guidelines", "threshold",
             "thresholds", "cutoff", "cut-off", "recommendation", "recommendations", "typically", "usually", *DEFINITION)
# A working diagnosis held until disproved: "treated as an aortic injury until proven otherwise" commits to it (the
# "should" beside it supposes nothing).
PRESUMED = ("until proven otherwise", "until proved otherwise", "unless proven otherwise", "until shown otherwise")
# Words of habit: what holds in general, not what this image shows ("Bone age is usually read with an atlas.",
# ``extract/open_knowledge.py``, ``extract/open_generic.py``).
# Of them, the two that say an option seldom does what is seen: said of it, they set it aside ("Diabetic retinopathy
# rarely looks like this.", ``extract/clauses.REJECTION``, ``extract/decision_clauses``).
SELDOM = ("rarely", "seldom")
HABIT = ("usually", "typically", "generally", "commonly", "normally", "often", "frequently", "classically", "mostly",
         *SELDOM, "always", "routinely", "conventionally", "traditionally", "most often", "most commonly",
         "as a rule", "in general")
# What a disease or an answer option does, or would show, said right after its name as the subject: "Lymphoma gives
# bulky nodes", "Sarcoid can calcify nodes", "Option C would require a wide mediastinum", "emphysema tends to flatten
# the domes" (``verify/option_heads``, beside HABIT and CONDITION): the expectation of a named alternative weighed,
# not a finding of this image. No word of possibility ("may", "could": a hedged claim) and no verb of being or seeing
# ("Emphysema shows clearly" is said of this image; "classically shows" is read by its word of habit).
EXPECTS = ("would", "can", "should", "tends", "tend", "gives", "causes", "produces", "requires", "needs", "expects",
           "expected", "presents", "leads", "results")


# Verbs of telling candidates apart: "further evaluation is needed to distinguish them", "cannot differentiate between
# A and B". Said of this case's candidates, they hold the choice open (``extract/open_commitment.py``); the Chinese
# ones ("鉴别", "区分") are ZH_OPEN's and ZH_TELL_APART's.
TELL_APART = ("distinguish", "distinguished", "distinguishing", "differentiate", "differentiated", "differentiating",
              "tell apart", "tell them apart", "discriminate between")
# Words that report another's words rather than the speaker's own reading: "The referral note reads: yes, ...",
# "A junior might say — yes, ...", "per the old report" (a verdict after them is quoted, not given).
REPORTED = ("say", "says", "said", "reads", "states", "stated", "claims", "claimed", "asks", "asked", "per",
            "according to", "referral", "report", "reported", "note", "notes")
# A limit of the method, not a doubt about the finding: "though small stones may be missed", "rib fractures are often
# occult on frontal radiographs", "dedicated views would be more sensitive" (``extract/caveats.py``).
# A projection that magnifies the heart, named after a turn: "The heart appears enlarged, but this is an AP film."
# takes the size back (read by the closed readers' turn check, ``extract/stated.py``).
MAGNIFICATION = ("ap film", "ap projection", "ap view", "ap portable", "ap supine", "supine film", "magnifies",
                 "magnified", "magnification")
LIMITATION = ("may be missed", "can be missed", "could be missed", "might be missed", "may go undetected",
              "often occult", "frequently occult", "commonly occult", "may be occult", "can be occult",
              "more sensitive", "limited sensitivity", "less sensitive")


def alternation(*groups: Iterable[str]) -> str:
    """A regex alternation (no group, no boundaries) of the entries of ``groups``, longest first."""
    entries = sorted({w for group in groups for w in group}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in entries)


def lowered() -> str:
    """``\\b(?:less|least|...)\\s+(?:likely|probable|...)\\b``: a likelihood lowered (use inside an ``(?i)`` pattern)."""
    return r"\b(?:" + alternation(LOWERING) + r")\s+(?:" + alternation(LIKELY_WORDS) + r")\b"


def words(*groups: Iterable[str]) -> str:
    """``\\b(?:...)\\b`` over the entries of ``groups`` (use inside an ``(?i)`` pattern)."""
    return r"\b(?:" + alternation(*groups) + r")\b"


__all__ = ["TELL_APART", "ZH_APPROX", "ZH_TELL_APART", "ZH_ALTERNATIVES", "REFERENCE", "DISMISSING", "INCIDENTAL", "BY_THE_WAY", "NAMING", "NOT_MAIN", "SECONDARY_NOUNS", "NOT_DISMISSING", "EXAMINING", "PRESUMED", "ABSOLUTELY", "CERTAIN", "SURE", "ALTERNATIVE", "COUNTERPART", "OTHER_OF_PAIR", "COMPARATIVE_INTENSIFIERS", "ZH_OPEN", "TAKEN_BACK", "APPROXIMATE", "ASKING", "BE_EXCLUDED", "BOUND", "CAUSES", "MANY", "UPPER_BOUND", "LOWER_BOUND", "OTHER_BETWEEN", "OTHER_BOUND", "OTHER_TO", "CANDIDATES", "CANDIDATE_NOUNS", "CONCESSION", "CONDITION", "CONTRAST", "WEIGHED_AGAINST", "OPEN_CANDIDATE", "CONTINUING", "DEFINITION", "DIFFERENTIAL", "DENIAL_QUALIFIERS", "DESCRIBING_QUALIFIERS", "DENIAL_WORDS", "DESPITE", "DIFFICULTY", "DISBELIEVING", "DOUBT", "IDENTIFYING", "INFERRING", "DRAWING", "FINDINGS_SUBJECTS", "KEPT_BESIDE", "EARLIER_TIME", "EARLIER_WORDS", "EUROPEAN", "EUROPEAN_SUSPICION", "European", "EXCEPTION", "EXPECTS", "FALLING_SHORT", "HABIT", "NEAR_NONE", "IF", "INTENT", "OTHER_IF", "OTHER_AND", "OTHER_OR", "OTHER_TURN", "OTHER_POSSIBILITY",
           "LIKELIHOOD", "LIKELY_WORDS", "LIMITATION", "LOWERING", "MAGNIFICATION", "MAYBE", "MIMICS", "NOT_EXCLUDED", "NOT_EXCLUDING", "OBLIGATION", "ON_THE_TABLE", "OPERATED", "PAST", "POSSIBILITY", "QUALIFICATION", "RAISED", "RAISING", "RELATIVES", "REPORTED", "RESERVED", "SEARCH", "STRENGTH", "SUMMING", "SUPPOSED_CASE", "SUPPOSING", "SOFT_COMMIT", "SUSPICION", "TAG_FILLERS", "TIED", "TO_EXCLUDE", "TURN",
           "COMMITTED_ADVERBS", "UNLIKELY_WORDS", "WEIGHING", "ZH", "ZH_CONDITION", "ZH_LEAN", "ZH_LIKELY_DEGREE", "ZH_MORE_LIKELY", "ZH_POSSIBILITY", "ZH_QUALIFICATION", "ZH_RAISED", "ZH_TURN", "alternation", "lowered", "words"]
