"""Option judgements: the one list of the words that judge an answer option for or against, in sub-lists.

A choice answer is often a verdict per option ("A: incorrect. B: unlikely.
C: correct.", a table whose last column says "match" / "no match", "C (ruled
out)") rather than a letter stated once. Several readers look for these words,
each in its own place: a verdict list's lines (``extract/lines.py``), a compact
reply's one-word verdicts and a table's verdict column (``extract/tally.py``),
a bracket after a mention (``extract/decision.py``), the words right after a
mention (``extract/clauses.REJECTION``), the last words of a short reply
(``extract/letters.py``). The words live here, once, so a word added for one
reader is added for every reader of the same sub-list. The plain yes/no words
are the negation's and the yes/no answers' (``negation.PLAIN``,
``yesno.YES``); the words of a question asking which option does NOT hold are
``kinds.EXCEPTION_WORDS``.

Entries are lower-case phrases, words separated by one space; build patterns
with :func:`medstep.answers.hedges.words` / ``alternation``.
"""

from __future__ import annotations

from typing import Iterable

# Called wrong: "A: incorrect", "B – wrong". "False" is one of them (``WRONG``) but also names findings ("false
# aneurysm", "false lumen"), so a reader of option names leaves it out.
CALLED_WRONG = ("incorrect", "wrong", "a mistake", "mistaken", "a trap", "the trap", "a distractor", "the distractor",
                "a red herring", "a decoy")  # ("so D is a trap": the option set to mislead)
FALSE = ("false",)
WRONG = CALLED_WRONG + FALSE
# Set aside as a diagnosis: "A: excluded", "B ruled out", "C (eliminated)".
SET_ASIDE = ("excluded", "ruled out", "eliminated")
# Turned down as a choice in a per-option list: "D (Cardiomegaly): … Rejected.", "A - discarded." (kept apart from
# SET_ASIDE, which the verifier's distractor reader and the open scorer read too: there a finding "discarded" or a
# graft "rejected" may be what was seen).
REJECTED = ("rejected", "discarded")
# Weighed down: "A: unlikely", "B – less likely".
UNLIKELY = ("unlikely", "less likely")
# Passed over on the way to another option: "A is tempting, but ...", "B is a tempting distractor" (issue #7).
PASSED_OVER = ("tempting", "a tempting choice", "a tempting option", "a tempting answer", "a tempting distractor",
               "an attractive distractor", "a tempting trap")
# Ranked low in the writer's list: "I'd put seminoma well down the list", "B further down my differential".
LOW_RANKED = ("well down the list", "far down the list", "further down the list", "down the list", "low on the list",
              "lower on the list", "at the bottom of the list", "well down my list", "far down my list",
              "further down my list", "down my list", "lower on my list", "further down the differential",
              "down my differential", "lower on my differential")
# Weighed lowest: "A: least likely". Against the option in a question asking for the most likely one, the answer in
# one asking which is least likely; readers that do not know the question's kind leave it out.
LEAST = ("least likely",)
# Does not fit the image: "inconsistent", "does not fit", "no match", "not supported", "contradicted".
MISFIT = ("inconsistent", "does not fit", "no match", "not supported", "unsupported", "inappropriate", "contradicted")
# Against a named diagnosis, said as how what was seen relates to it: "growth incompatible with a benign lesion",
# "cavitation is atypical for lobar pneumonia", "unusual for an MCA infarct". The verifier reads what follows as
# denied, as it reads "not consistent with" and "argues against" (issue #8, lane reject49: a faithful chain's
# rejected alternative was read present and contradicted). The adjectives are MISFIT's and RANK_NEGATIVE_QUALITIES'
# with the preposition that names the diagnosis.
MISFIT_WITH = ("inconsistent with", "incompatible with", "atypical for", "atypical of", "uncharacteristic of",
               "unusual for", "hard to reconcile with", "difficult to reconcile with")
# Barely fits: "Vitiligo: a poor fit", "a remote possibility", "doubtful" (kept apart from MISFIT and UNLIKELY, whose
# single words the open scorer also takes as judging words: "remote" or "poor" there may describe a finding).
POOR_FIT = ("poor fit", "poor match", "remote possibility", "doubtful")
# What a modal denial leaves unproven: "A mass cannot be confirmed.", "... could not be established" (after
# ``negation.CANNOT``: the option is not stated of this case, ``extract/named_stance.py``).
UNCONFIRMED = ("confirmed", "established", "proven", "proved", "substantiated", "verified")
# Called right: "C: correct", "C – right", "C is true". "Right" also names a side ("A: right", options of sides),
# so a reader of one-word verdicts takes it only where no option names a side.
RIGHT = ("correct", "right", "true")
# Fits the image: "C: consistent", "| C | ... | match |".
MATCH = ("match", "matches", "consistent", "fits", "best fit", "best match")
# Weighed up: "C: likely", "most likely" (only the latter chooses the option in a verdict list: "likely" is said of
# several).
MOST_LIKELY = ("most likely",)
LIKELY = ("likely",) + MOST_LIKELY
# Ranking judgements: what puts an option at the top or the bottom of the scale a question asks about ("the most
# likely diagnosis", "the least appropriate next step", "fits worst"). The scale's qualities (after "most" /
# "least"), the nouns "best" / "worst" rank ("worst next step", "best fit"), the verbs ranked by "best" / "worst"
# ("fits worst"), and the other languages' top and bottom words before a quality ("más / menos probable", "le plus
# / le moins probable", "più / meno probabile", "am wahrscheinlichsten / am wenigsten wahrscheinlich", "最可能 /
# 最不可能"). Read by ``extract/polarity.py`` (a judgement whose direction opposes the question's is no selection).
# ... of which those a finding has whatever the answer: how plain, how usual, how pressing it is ("Pneumothorax — not
# obvious", "C — not urgent": a subtle or a harmless finding, no verdict against it, ``extract/verdict_tag.py``).
FINDING_QUALITIES = ("typical", "characteristic", "common", "concerning", "relevant", "important", "urgent",
                     "prominent", "striking", "obvious", "evident", "conspicuous", "notable")
RANK_QUALITIES = ("likely", "probable", "plausible", "appropriate", "consistent", "fitting", "suitable", "accurate",
                  "correct", "helpful", "useful", "indicated", "supported", "compatible", "reasonable", "specific",
                  "sensitive", "suggestive", "favoured", "favored", "valuable", "informative", "diagnostic",
                  "beneficial", "effective", "sensible", "defensible", "convincing") + FINDING_QUALITIES
RANK_NEGATIVE_QUALITIES = ("unlikely", "improbable", "implausible", "inappropriate", "inconsistent", "atypical",
                           "uncharacteristic", "unhelpful", "unsuitable", "incompatible")
RANK_NOUNS = ("fit", "match", "choice", "option", "answer", "pick", "candidate", "next", "step", "description",
              "explanation", "approach", "management", "test", "modality", "initial", "first", "course")
RANK_VERBS = ("fits", "fit", "matches", "match", "describes", "explains", "suits", "applies")
RANK_TOP_NOUNS = ("likelihood", "probability", "yield", "suspicion")
OTHER_TOP = ("más", "mas", "mais", "plus", "più", "piu")
OTHER_BOTTOM = ("menos", "moins", "meno")
OTHER_QUALITIES = ("probable", "provável", "provavel", "probabile", "adecuado", "adecuada", "apropiado",
                   "apropiada", "indicado", "indicada", "compatible", "compatível", "consistente", "frecuente",
                   "apropriado", "apropriada", "adequado", "adequada", "approprié", "appropriée", "adapté",
                   "adaptée", "appropriato", "appropriata", "indicato", "indicata", "vraisemblable", "verosimile")
GERMAN_TOP = ("am wahrscheinlichsten", "am ehesten", "am besten", "am meisten", "wahrscheinlichste",
              "wahrscheinlichsten", "beste", "besten")
GERMAN_QUALITIES = ("wahrscheinlich", "geeignet", "passend", "zutreffend", "typisch", "plausibel", "sinnvoll",
                    "angemessen", "vereinbar")
GERMAN_BOTTOM = ("am wenigsten", "am unwahrscheinlichsten", "unwahrscheinlichste", "unwahrscheinlichsten",
                 "am schlechtesten", "schlechteste", "schlechtesten")
ZH_TOP = ("最可能", "最有可能", "可能性最大", "可能性最高", "最符合", "最合适", "最适合", "最恰当", "最佳", "最典型")
ZH_BOTTOM = ("最不可能", "最不符合", "最不合适", "最不适合", "最不恰当", "可能性最小", "可能性最低", "最不典型", "最差")
# Named as the answer: "C: best answer", a table cell "answer".
BEST_ANSWER = ("best answer",)
ANSWER = ("answer",) + BEST_ANSWER


def single_words(*groups: Iterable[str]) -> frozenset[str]:
    """The one-word entries of ``groups``: what a reader of single tokens can compare."""
    return frozenset(w for group in groups for w in group if " " not in w)


__all__ = ["FINDING_QUALITIES", "GERMAN_BOTTOM", "GERMAN_QUALITIES", "GERMAN_TOP", "OTHER_BOTTOM", "OTHER_QUALITIES", "OTHER_TOP", "RANK_NEGATIVE_QUALITIES",
           "RANK_NOUNS", "RANK_QUALITIES", "RANK_TOP_NOUNS", "RANK_VERBS", "ZH_BOTTOM", "ZH_TOP", "ANSWER", "BEST_ANSWER", "CALLED_WRONG", "FALSE", "LEAST", "LIKELY", "MATCH", "MISFIT", "MOST_LIKELY", "POOR_FIT", "RIGHT",
           "SET_ASIDE", "REJECTED", "MISFIT_WITH", "UNCONFIRMED", "UNLIKELY", "WRONG", "LOW_RANKED", "PASSED_OVER", "single_words"]
