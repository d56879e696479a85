"""Negation words: the one list of the English words that deny a finding, a property or an option, in sub-lists.

Many readers must know whether what they read is denied: is a finding stated
absent ("No effusion."), is a closed question itself negated ("Is there no
effusion?"), does a clause around an option reject it ("A is not seen"), does
a short reply hold a negation beside its answer? Each asks with its own reach
(the words right before a term, anywhere in a clause, right after a mention),
so each reads the sub-lists it needs and adds the words of its own question
that are not negation (a rejection of an option such as "unlikely", a list
word such as "or"). The negation words themselves live here, once, so a word
added for one reader is added for every reader of the same sub-list; the
verifier's trigger table (``verify/triggers.tsv``) is a separate grammar with
scopes, not a word list.

Patterns are built with :func:`medstep.answers.hedges.words` (a whole-word
alternation, multi-word entries matching any run of spaces); :data:`CONTRACTION`
is the "n't" ending, which has no word boundary before it. Readers that
compare tokens use :func:`heads`.
"""

from __future__ import annotations

from typing import Iterable

# The plain negation: "no effusion", "not enlarged"; as a verdict on an option, "A: no".
PLAIN = ("no", "not")
# Deny the words right after them: "no effusion", "not enlarged", "without a mass".
DENY = PLAIN + ("without",)
# Continues a denial to the next item of a list: "no effusion, nor a pneumothorax".
NOR = ("nor",)
# Deny the two items they join: "neither effusion nor pneumothorax".
NEITHER = ("neither", *NOR)
# Deny at any time: "never seen".
NEVER = ("never",)
# Deny of anything, standing for what it denies: "none is seen", "none of the above".
NONE = ("none",)
# A subject that denies its own predicate, standing for whatever would hold it: "Nothing places it in the chest wall",
# "nobody would call this C" ("no one" is read as "no").
NOTHING = ("nothing", "nobody")
# What turns such a subject into an exception: "nothing but C", "nothing else fits as well as C".
NOTHING_BUT = ("else", "but", "other", "except", "besides", "beyond", "more", "less", "short")
# Mark the one thing there after a denial, an exception to it: "no fracture (mild arthritis only)", "no mass,
# diverticulosis alone".
ONLY = ("only", "alone")
# A negating prefix written as a word or before a hyphen: "non enhancing", "non-displaced".
NON = ("non",)
# States an absence: "effusion absent".
ABSENT = ("absent",)
# The noun: "absence of a mass", "in the absence of".
ABSENCE = ("absence",)
# A result that denies: "a negative study" ("negative for" is in BEFORE). In a question it is the property asked
# about ("Is the culture negative?"), so :data:`IN_QUESTION` leaves it out.
NEGATIVE = ("negative",)
# Phrases that deny what follows them: "absence of a mass", "negative for malignancy", "free of fluid".
BEFORE = ("absence of", "negative for", "free of")
# A denial that makes a compound adjective of the word right before it ("fat-free", "symptom free", "tension-free"): in
# front of a noun ("a fat-free solid mass") it denies that one word, not what the clause said before it.
COMPOUND = ("free",)
# Set a candidate aside in favour of the one named beside it: "atelectasis rather than pneumonia", "instead of a
# cyst, a lipoma", "osteomyelitis as opposed to Ewing sarcoma". What follows them is denied as the answer.
INSTEAD = ("rather than", "instead of", "as opposed to")
# The verb of being or showing that may stand between such a marker and what it sets aside ("Rather than being
# dislocated, the shoulder is aligned", "instead of appearing enlarged", "rather than showing a fracture"): the
# candidate after it is set aside all the same.
INSTEAD_VERBS = ("being", "appearing", "looking", "showing", "having", "representing", "demonstrating", "containing")
# ... and after a choice made: "D is my pick over hepatocellular carcinoma", "FNH is favoured over an adenoma",
# "favour X over Y" (a bare "over" is a place: "over the left lung"). The words of preference, and the rival's cue
# right after one.
PREFERRING = ("favor", "favors", "favour", "favours", "favoring", "favouring", "favored", "favoured", "prefer",
              "prefers", "preferring", "preferred", "choice", "pick", "chosen", "selected")
PREFERRED_OVER = tuple(f"{w} over" for w in PREFERRING)
# The same in other languages: "la C plutôt que la D", "la C en lugar de la D", "C anstatt D", "C invece di D".
OTHER_INSTEAD = ("plutôt que", "au lieu de", "en lugar de", "en vez de", "anstatt", "statt", "piuttosto che",
                 "invece di", "invece della", "em vez de", "ao invés de", "em lugar de")
# Weigh a candidate and find against it: "against sarcoidosis", "arguing against an abscess", "which argues against
# cardiogenic oedema". A verdict on a hypothesis (what the answer is not), which a reference step gives of the options
# it weighs, unlike "no effusion", an observation of the image (``verify/rival_claims.py``).
AGAINST = ("against", "argue against", "argues against", "arguing against", "argued against")
# A nil finding: "Effusion: nil."
NIL = ("nil",)
# The words that say a finding is there, standing after it: "effusion is seen", "a nodule is present" ("is there"
# answered). Not negation, but the words the negations below are built on, so they live here once; readers asking
# whether a clause states its finding present take them (``implicit_words.PRESENCE`` adds the rarer forms).
SEEN = ("seen", "present", "identified", "visible", "evident", "noted", "demonstrated", "detected")
# ... and the rarer forms a reader of short statements knows too: "is shown", "is appreciated", "is visualized".
SEEN_RARE = ("shown", "appreciated", "visualized", "visualised", "depicted", "observed")
# "Not" and a word of seeing, after what it denies: "pneumothorax not seen", "effusion not identified".
NOT_SEEN = tuple(f"not {w}" for w in SEEN)
# Freedom from what follows, said with "clear" ("The lungs are clear of nodules."): a denial of that finding, not
# an organ called normal. Apart from BEFORE because its head word is no negation of its own ("The lungs are clear.");
# read by the extractor (``extract/findings.py``, ``extract/implicit_words.py``).
CLEAR_OF = ("clear of",)
# Set aside as a diagnosis: "excluded", "ruled out". EXCLUDE holds the forms an exclusion left open also uses ("to
# exclude", "rule out", "cannot be excluded"), which the statement readers take as hedges (``implicit_words.HEDGES``);
# "ruled out" states the absence.
# "excluded" alone after what it judges ("Pneumothorax excluded.") is a post-denial of the verifier (verify59).
BARE_EXCLUDED = "excluded"
EXCLUDE = ("exclude", BARE_EXCLUDED, "rule out")
RULED_OUT = "ruled out"
EXCLUDED = EXCLUDE + (RULED_OUT,)
# The same set aside by what the sentence found, stated as a fact ("this rules out a partial tear", "the fat plane
# excludes invasion"): the absence of what follows, unlike the open "to rule out". The one home: the verifier's
# triggers read them as pre-denials from here (``verify.lexicon.Lexicon.load``), descriptors and option asides too.
EXCLUDES = ("rules out", "excludes")
# No longer or not there: "lacks a wall", "the effusion has resolved".
LOSS = ("lack", "lacks", "resolved")
# Gone since: the finding was there and is not now ("the effusion has resolved", "no longer seen", "not anymore",
# "There used to be a pneumothorax.", "the consolidation has cleared"). Read as phrases only (``extract/resolved.py``): their first words ("no",
# "used") are no negation on their own, so no token reader takes them.
GONE = ("resolved", "cleared", "no longer", "not anymore", "not any more", "used to", "disappeared", "gone")
# The verbs of exclusion, lack and denial in their other forms: "excluding a pneumothorax", "ruling out", "lacking
# enhancement", "denied pain".
DENYING = ("excluding", "ruling", "lacking", "deny", "denies", "denied", "denying")
# A negated modal: "cannot be seen", "can't be excluded".
CANNOT = ("cannot", "can't")
# What makes a closed question negated, so that a statement cannot answer it as asked: "Is there no effusion?",
# "Is the lung free of nodules?", "Is the pneumothorax absent?". Not NEGATIVE nor "negative for": "Is the culture
# negative (for MRSA)?" asks a property, and "negative" is then the answer, not a negation of the question.
IN_QUESTION = DENY + ABSENT + ABSENCE + tuple(p for p in BEFORE if p.split()[0] not in NEGATIVE)
# Spanish, Portuguese, French, Italian and German. "Without": "sin derrame", "sem derrame", "sans épanchement",
# "senza versamento", "ohne Erguss".
OTHER_WITHOUT = ("sin", "sem", "sans", "senza", "ohne")
# "Nor": Spanish (and French) "ni" ("sin derrame ni neumotórax").
OTHER_NOR = ("ni",)
# Their idioms that deny nothing: "sin embargo" (however), "sin duda" / "sem dúvida" / "sans doute" / "senza dubbio" /
# "ohne Zweifel" (no doubt), "sin nombre" (nameless; the hantavirus): "Sin embargo, hay un derrame" states the effusion
# (the verifier's pseudo-denials, ``verify/extra_denials``; review of verify59).
OTHER_WITHOUT_IDIOMS = ("sin embargo", "sin duda", "sem dúvida", "sans doute", "senza dubbio", "ohne zweifel",
                        "sin nombre")
# Other languages' "is missing" / "are missing": a sign lacking for an option ("Für einen Pleuraerguss fehlt ...").
OTHER_LACKING = ("fehlt", "fehlen", "manque", "manquent", "falta", "faltan", "manca", "mancano")
# Other languages' "absent" posted after a finding ("Pneumotorace assente.", "Derrame pleural ausente.", "Pneumothorax
# absent" in French, Dutch "afwezig").
OTHER_ABSENT = ("assente", "assenti", "ausente", "ausentes", "absente", "absentes", "afwezig")
# The stems of "no, none" before a noun ("kein Erguss", "aucun épanchement", "nessun versamento", "nenhum derrame",
# "ningún derrame", Dutch "geen pneumothorax"): readers take each with any ending (keine, aucune, nessuna, nenhuma,
# ninguna); "ningún" is also written without its accent.
OTHER_NONE = ("kein", "aucun", "nessun", "nenhum", "ningun", "ningún", "geen")
# ... with their endings, as single tokens, for readers comparing words ("Keine Pneumonie", "nessuna frattura"):
# German -e/-en/-er/-em/-es, French -e, Italian, Spanish and Portuguese -a/-o, built from the stems so the two never
# drift apart (a stem with an ending no language uses is a token no text holds).
OTHER_NONE_ENDINGS = ("", "e", "en", "er", "em", "es", "a", "o")
OTHER_NONE_FORMS = tuple(stem + ending for stem in OTHER_NONE for ending in OTHER_NONE_ENDINGS)
# "Not" and "never" of other languages, as words of their own ("Nicht normal", "Niet normaal", "Non normale", "Não é
# normal"; Spanish and Portuguese "no" is English "no"). Not French "pas" alone: it is also the PAS stain.
OTHER_NOT = ("nicht", "niet", "non", "não", "nao", "nunca", "jamais")
# Chinese (SLAKE zh). 不是 / 并非 "is not" deny what a thing is (a diagnosis, a modality, an option: "不是CT", "不是A");
# 非 "not, non-" does so right before a term, but it also begins words (非典型 "atypical", 非特异性 "non-specific"), so
# a reader that finds a denial before a letter takes ZH_IS_NOT only.
ZH_IS_NOT = ("不是", "并非")
# "Rather than": "是A而非B" (A, not B) rejects what follows it.
ZH_RATHER_NOT = ("而非",)
ZH_NOT = ZH_IS_NOT + ("非",)
# Deny a finding: "未见气胸" (no pneumothorax seen), "没有积液", "无", "不存在", "不含" (traditional 沒有 / 無 too).
ZH_NOT_SEEN = ("未见", "未发现", "未显示", "没见", "不见")
ZH_NONE = ("没有", "沒有", "无", "無", "不存在", "不包含", "不含")
ZH_DENY = ZH_NOT_SEEN + ZH_NONE + ("未",)
# A finding seen, the verb opening its clause ("可见少量积液", "见结节"): the sighting the denials above deny; one home
# for the readers of a verb-first clause (``extract/zh_topic.py``), of a turn beside an organ called normal
# (``extract/implicit_langs.py``) and of a finding inside its clause (``extract/zh_concepts.py``).
ZH_SEEN = ("可见", "见")
# A Chinese report's impression that sets a diagnosis aside: "不支持肺栓塞" (does not support), "不考虑骨折" (not
# considered), "不符合气胸表现" (not consistent with). Read by the statement readers of extract only.
ZH_SET_ASIDE = ("不支持", "不考虑", "不符合")
# The characters that negate a Chinese clause wherever they sit (不 "not", 没 / 无 "no", 未 "not yet", 非 "non-"): a reader
# asking whether a clause holds any negation. 否 "no" (否认 "denies") also, where a reader of statements asks.
ZH_CHARS = ("未", "无", "没", "不", "非")
ZH_NO = ("否",)
# Deny the term before them, standing after it at the end of its item: "Effusion: none.", "Pneumothorax - absent.",
# "Consolidation not seen." (the verifier's dangling negation, ``verify/scope_words.DANGLING_NEG``).
AFTER = ("no",) + NONE + NEGATIVE + ABSENT + NIL + NOT_SEEN
# A verdict closing its item after a colon or a dash (the verifier's ``post_verdicts.DANGLING_NEG``, and the spaced
# dash that sets one off, ``verify/scan.lower_text``): AFTER, "neither", and a label set aside ("Pneumothorax -
# excluded", "Effusion: ruled out", verify59).
VERDICT_AFTER = AFTER + NEITHER[:1] + (BARE_EXCLUDED, RULED_OUT)
# The contracted "not" ending a word ("isn't", "doesn't"), as a regex fragment: no word boundary comes before it.
CONTRACTION = r"n't\b"


def heads(*groups: Iterable[str]) -> frozenset[str]:
    """Each entry's first word ("free" of "free of", "ruled" of "ruled out"): what a reader of single tokens
    takes as the negation, for readers that compare token sets rather than match phrases."""
    return frozenset(w.split()[0] for group in groups for w in group)


def alternation(*groups: Iterable[str]) -> str:
    """A regex alternation (no group) of the entries of ``groups``, longest first: for the Chinese sub-lists, which
    have no word boundaries (English phrases go through :func:`medstep.answers.hedges.words`)."""
    return "|".join(sorted({w for group in groups for w in group}, key=len, reverse=True))


# A Chinese rejection heading a list, up to the joiner before its next item (regex fragment, no group): "而非肝囊肿或"
# (rather than a cyst or ...), "不是A和", "排除A、B或". The rejection covers every item, so the "or" of such a list
# offers nothing (English "rather than A or B" is no hedge either). Not 无法 / 未能 "cannot", 非常 "very", 无论
# "whatever", nor 除外 or one after 不 / 不能 / 无法 (不排除, 不能排除 "not excluded" keep it open); no 是 / 而 / 但
# inside ("不是A而是B" turns to B).
ZH_DENIED_LIST = ("(?<![最不能法])(?:" + alternation(ZH_NOT, ZH_DENY, ZH_SET_ASIDE, ("排除", "不像")) + ")(?!法|能|常|论)"
                  r"[^，,。；;！!？?\n：:是而但或和与及、]{1,20}(?:[、和与及]|或者?)(?:[^，,。；;！!？?\n：:是而但或和与及、]{1,20}"
                  r"(?:[、和与及]|或者?))*")


def contracted(token: str) -> bool:
    """Whether a token ends in the contracted "not" ("isn't", "can't")."""
    return token.endswith("n't")


__all__ = ["ABSENCE", "ABSENT", "AFTER", "BARE_EXCLUDED", "BEFORE", "CANNOT", "CLEAR_OF", "CONTRACTION", "DENY", "DENYING", "EXCLUDE", "EXCLUDED", "EXCLUDES", "GONE", "IN_QUESTION", "NOTHING", "NOTHING_BUT", "OTHER_LACKING", "OTHER_ABSENT", "RULED_OUT", "VERDICT_AFTER",
           "INSTEAD", "INSTEAD_VERBS", "PREFERRED_OVER", "PREFERRING", "LOSS", "NEGATIVE",
           "NEITHER", "NEVER", "NIL", "NOR", "NON", "NONE", "NOT_SEEN", "OTHER_NONE", "OTHER_NONE_ENDINGS", "OTHER_NONE_FORMS", "OTHER_NOT", "OTHER_NOR", "OTHER_WITHOUT_IDIOMS", "OTHER_WITHOUT", "PLAIN", "SEEN", "SEEN_RARE", "ZH_CHARS", "ZH_DENY", "ZH_IS_NOT", "ZH_NO", "ZH_RATHER_NOT", "ZH_NONE", "ZH_NOT",
           "ZH_NOT_SEEN", "alternation", "contracted", "heads"]
