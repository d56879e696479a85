"""The ``concluded`` rung of the open-answer grader (``score/open_grade.py``): a reply read whole (a description, then
what it concludes) whose last conclusion link introduces the gold ("... coffee-bean configuration; this picture is
classic for sigmoid volvulus" for "sigmoid volvulus"; "... honey-coloured crusts, consistent with impetigo" for
"impetigo").

Why a rung of its own: when no reader narrows a long reply, the grader gets the reply's normalised words, and the
other rungs read the answer from its start (``contained``, ``head``) or take one typed value; a reply that describes
first and names its answer at the end reached none of them. What the reply commits to is read by its structure, not
by the phrasing of a dev item: the LAST conclusion link of the reply (an identity or inference link of
``answers/hedges.py``: "consistent with", "in keeping with", "typical of", "indicative of", "suggests", "indicates";
"represents", "appears to be", "the diagnosis is", "impression", "classic for"; the European links of
``extract/langwords.py``, "compatibile con un"; the Chinese conclusion leads, 考虑为, 诊断为, 符合, 提示), and the
words right after it, graded by the ladder itself (one answer written otherwise, or the gold narrowed in its noun
phrase: "large pericardial effusion").

Precision kept (a wrong answer is the worst error): only the last link counts, so a conclusion drawn and then
replaced ("... suggests X. ... represents Y") is read as Y; a link denied or lowered in the few words before it ("no
features to suggest", "less in keeping with") is passed over for the one before it, a link doubted there ("may be
consistent with", "whether this represents") ends the reading; a reply held open anywhere ("could", "differential",
"remains a consideration", "to exclude") matches nothing here; a bare "this is" or "looks like" is no link (it names
the side, the patient, the episode: "This is the left kidney, which is otherwise normal"), nor is a bare "most likely"
("most likely struvite in composition"); a link to a prior study or a history is a comparison; the noun a question
asks ("What sign ...?") named before the link is the reply's answer ("Rigler sign, indicating pneumoperitoneum"); a
question asking a place, a measure, a count or a side is never read here (``extract/asked_value_kind``). The gold must
follow the link at once (after narrowing words at most), so "typical of metastases from lung cancer" is not "lung
cancer"; what follows the gold may not offer another answer ("or", "versus", "than"), deny or doubt it, make it another
thing ("osteomyelitis-like"), or go on with a second finding at once (a list whose commas the normalised text lost,
"and", a finding of the vocabulary); what it is chosen over ("rather than a metastasis") is set aside; nor may the
rest of the reply take it back: a denying copula whose subject it stays ("pneumonia is not the answer", "which was not
confirmed"), another answer preferred ("I favour a granuloma"), the gold named again under a denial ("however, no
pneumonia is present") that no "elsewhere" or "otherwise" holds to another part, a doubt ("although this is
uncertain"). A reply that
only lists candidates ("pneumonia, atelectasis or effusion") has no link and matches nothing here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from medstep.answers import hedges, negation
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import LATERALITIES, vocabulary
from medstep.answers.text import normalize_answer, tokens
from medstep.extract.asked_value_kind import asks_other_value
from medstep.extract.langwords import (
    FOREIGN_ARTICLE_AFTER, FOREIGN_HELD_OPEN, FOREIGN_IS, FOREIGN_LINK, FOREIGN_VERDICT_LEAD, ZH_CONCLUSION_LEADS,
    ZH_DIAGNOSIS_LEADS,
)
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import CONTRAST, DOUBT, FRAME, OFFERING
from medstep.score.open_narrow import CHANGING

# The conclusion links, in the normalised words the grader gets (articles and punctuation gone): an identity or
# inference link from their one home (``answers/hedges.py``: IDENTIFYING, INFERRING, DRAWING), and the frames that say
# what the thing is.
_LINK = lazy_compile(
    r"(?:^| )(?:" + hedges.alternation(hedges.IDENTIFYING, hedges.INFERRING, hedges.DRAWING)
    + r"|(?:classic|classical|diagnostic|pathognomonic)\s+(?:of|for)|represents|in\s+favou?r\s+of"
    + r"|(?:this|these|that|it)\s+(?:represents?|appears\s+to\s+be|appear\s+to\s+be)"
    + r"|diagnosis\s+(?:(?!of\s)\w+\s+){0,3}?(?:is|would\s+be)|impression)(?= )")  # "the diagnosis, however, is"
# The same links of the European languages, from their one home (``extract/langwords.py``: "il quadro è compatibile con
# un", "el diagnóstico más probable es", "si tratta di una"), the article after them read with them.
_FOREIGN_LINK = lazy_compile(r"(?:^| )(?:(?:" + FOREIGN_LINK + "|" + FOREIGN_IS + ")" + FOREIGN_ARTICLE_AFTER
                             + "|" + FOREIGN_VERDICT_LEAD + ")")
# The leads of a Chinese conclusion (``langwords.ZH_CONCLUSION_LEADS``: 考虑为, 诊断为, 符合, 提示), and a diagnosis lead
# whose colon the normalised text turned into a space ("诊断：青光眼" read "诊断 青光眼").
_ZH_LEAD = lazy_compile("(?:" + "|".join([*ZH_CONCLUSION_LEADS, *(w[:-1] + " " for w in ZH_DIAGNOSIS_LEADS)]) + ")")
# What denies a Chinese lead right before it ("不符合", "不考虑", "未提示").
_ZH_DENIED = negation.ZH_CHARS
# A committed Chinese lean after the label ("急性脑梗死可能性大"), from ``answers/hedges.py``.
_ZH_LEAN = lazy_compile(hedges.ZH_LEAN)
# The words before a link that set it aside: a denial ("no features to suggest"; "t" is the tail of "isn't" in the
# normalised words), a lowered likelihood ("less in keeping with"). The link says what the thing is NOT: the reply's
# conclusion is an earlier link's.
_SET_APART = frozenset({*negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.NOTHING), *negation.NON,
                        *hedges.LOWERING, "nor", "neither", "t"})
# The words before a link that hold it open: a doubt ("may be consistent with"), a conditional ("would be consistent
# with"), a question ("I cannot say whether this represents a cyst"), another answer offered. The reply's last
# conclusion is open, and no earlier one stands in its place.
_HELD_OPEN = frozenset({*DOUBT, *hedges.CONDITION, *OFFERING, "cannot", "unclear"})
# What holds a whole reply open wherever it stands, before the link or after the gold: a possibility ("The opacity
# could be consolidation. This represents pneumonia."), a candidate kept ("remains a consideration"), a differential, an
# exclusion still to make ("to exclude aortic dissection"), a doubt ("although this is uncertain"). Words from
# ``answers/hedges.py`` and ``answers/negation.py``.
_HELD_ANYWHERE = lazy_compile(r"(?:^| )(?:" + hedges.alternation(hedges.POSSIBILITY, hedges.DIFFERENTIAL,
                                                                 hedges.NOT_EXCLUDING, negation.EXCLUDE, hedges.DOUBT,
                                                                 ("consideration", "considered", "consider"))
                              + r")(?= |$)")
# The noun a question asks a value of ("What sign is shown?", "Which tissue ...?"): named before the link, it is the
# reply's answer, and the link draws something else from it.
_ASKED_NOUN = lazy_compile(r"(?i)\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+)?(\w+)")
# A word as ``str.split`` cuts it (``\s`` is ``str.isspace``).
_WORD_RUN = lazy_compile(r"\S+")
# How many words before a link are read for such a word (a clause, without its punctuation).
_BEFORE = 4
# How many words after the gold are read for another answer offered beside it ("X, atelectasis or effusion").
_AFTER = 5
# Words of a second answer joined to the gold at once ("pneumonia and effusion", "pneumonia with or without").
_JOINED = frozenset({"and", "plus", "also"})
# How many narrowing words may stand between the link and the gold ("consistent with a large left pleural effusion").
_NARROWING = 3


def concluded(answer: str, gold: str, question: str, same: Callable[[str, str], bool]) -> bool:
    """Whether the last conclusion link of ``answer`` (normalised words) introduces ``gold`` (module docstring);
    ``same(phrase, gold)`` grades a phrase by the ladder (one answer written otherwise, or narrowed)."""
    if asks_other_value(question) or _HELD_ANYWHERE.search(answer) is not None:
        return False  # a place, a sign, a measure asked (the link names a diagnosis); a reply held open anywhere
    gold_words = tokens(gold)
    if not gold_words or any(any(c.isdigit() for c in w) for w in gold_words) \
            or all(w in _SIDE_WORDS for w in gold_words):
        return False
    if any("\u4e00" <= c <= "\u9fff" for c in gold):
        return _zh_concluded(answer, gold)
    words = answer.split()
    links = sorted([(m.start(), m.end()) for m in _LINK.finditer(answer)]
                   + [(m.start(), m.end()) for m in _FOREIGN_LINK.finditer(answer)])
    last = None
    # A link's word index from the words' starts, found once: splitting the text before each link set apart was
    # quadratic ("not consistent with" 1,500 times: 0.4 s).
    starts = [m.start() for m in _WORD_RUN.finditer(answer)]
    for start_at, end_at in reversed(links):
        start = bisect_left(starts, start_at)
        before = words[max(0, start - _BEFORE):start]
        if any(w in _HELD_OPEN for w in before) or FOREIGN_HELD_OPEN.search(" ".join(before)) is not None:
            return False
        if not any(w in _SET_APART for w in before):
            last = end_at
            break
    if last is None:
        return False
    asked = _ASKED_NOUN.search(question)
    if asked is not None and asked.group(1).lower() not in FRAME and asked.group(1).lower() in answer[:last].split():
        return False  # "What sign ...?" "This is Rigler sign, indicating pneumoperitoneum": the asked thing comes before
    rest = answer[last:].split()
    if rest and (rest[0] in hedges.EARLIER_WORDS or rest[0] in hedges.PAST):
        return False  # "unchanged, consistent with the prior study": a comparison, or a history, no conclusion
    for skip in range(_NARROWING + 1):
        for length in range(max(1, len(gold_words) - 1), len(gold_words) + 2):
            end = skip + length
            if end > len(rest):
                break
            phrase = " ".join(rest[:end])
            if same(phrase, gold):
                return _stands_alone(rest[end:end + _AFTER]) and not _taken_back(rest[end:], gold_words)
    return False


# Words after the gold that keep another answer beside it: a comparison, a differential.
_OTHERS_OFFERED = frozenset({"than", "unlikely", *hedges.DIFFERENTIAL})
# What the gold is chosen over, said right after it (``answers/negation.INSTEAD``: "rather than", "instead of").
_SET_ASIDE = tuple(f"{w} " for w in negation.INSTEAD)
# A gold naming only a side ("left", "bilateral", "right-sided"): the sides from their home, and how a side is said.
_SIDE_WORDS = frozenset({*LATERALITIES, "both", "sided"})


def _zh_concluded(answer: str, gold: str) -> bool:
    """The Chinese reading: the last conclusion lead not denied right before it is followed by the gold, and the gold
    by the end of its clause (a space where the normalised text had a stop) or a committed lean; nothing after the
    lead holds the answer open (``hedges.ZH_OPEN``: "不能除外", "鉴别") or offers another ("或")."""
    want = normalize_answer(gold).replace(" ", "")
    leads = [m for m in _ZH_LEAD.finditer(answer) if not answer[:m.start()].endswith(_ZH_DENIED)]
    if not want or not leads:
        return False
    rest = answer[leads[-1].end():].lstrip()
    if not rest.startswith(want) or any(w in rest for w in (*hedges.ZH_OPEN, "或")):
        return False
    after = rest[len(want):]
    return not after or after.startswith(" ") or _ZH_LEAN.match(after) is not None


# A copula and its denial after the gold, the gold its subject ("pneumonia is not the answer", "... pneumonia, which,
# however, was not confirmed", "findings consistent with pneumonia are absent"; "isn t" in the normalised words).
_COPULAS = frozenset({"is", "was", "are", "were", "isn", "wasn", "aren", "weren"})
_COPULA_DENIED = frozenset({*negation.PLAIN, *negation.NEVER, *negation.ABSENT, *negation.heads(negation.EXCLUDED),
                            "t"})
# The words that may stand between the gold and such a copula: the gold stays its subject.
_SUBJECT_KEPT = frozenset({"which", "that", "this", "it", *(w for w in hedges.TURN if " " not in w)})
# The words before a later mention of the gold that deny it ("however no pneumonia is present", "it is not a cyst").
_DENYING = frozenset(negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.NOTHING))
# How many words before a later mention of the gold are read for its denial.
_DENIED_BEFORE = 3
# How many words after such a denied mention are read for a qualification that keeps the first ("no pneumonia is
# seen elsewhere": the conclusion stands, the denial is of the rest).
_QUALIFIED_AFTER = 5
# A preference stated after the conclusion ("... suggests lung cancer; however, I favour a granuloma").
_PREFERRING = frozenset(negation.PREFERRING)


def _taken_back(after: list[str], gold_words: list[str]) -> bool:
    """Whether the words after the gold take it back: a denying copula whose subject it stays ("pneumonia is not the
    answer here"), another answer preferred later ("I favour a granuloma"), or the gold named again under a denial
    ("... pneumonia. However, no pneumonia is present on the lateral view") that no qualification ("elsewhere",
    "otherwise") holds to another part."""
    at = 0
    while at < len(after) and after[at] in _SUBJECT_KEPT:
        at += 1
    if at + 1 < len(after) and after[at] in _COPULAS and after[at + 1] in _COPULA_DENIED:
        return True
    if any(w in _PREFERRING for w in after):
        return True
    size = len(gold_words)
    for at in range(1, len(after) - size + 1):
        if after[at:at + size] != gold_words:
            continue
        if any(w in _DENYING for w in after[max(0, at - _DENIED_BEFORE):at]):
            tail = " ".join(after[at + size:at + size + _QUALIFIED_AFTER])
            if not any(f" {q} " in f" {tail} " for q in hedges.QUALIFICATION):
                return True
    return False


def _stands_alone(after: list[str]) -> bool:
    """Whether the words after the gold leave it the one answer: no other offered ("or", "versus", "than"), no denial
    or doubt of it, no word making it another thing ("osteomyelitis-like", ``open_narrow.CHANGING``), no second finding
    joined to it at once. What it is chosen over ("hemangioma rather than metastasis") sets the other aside."""
    if " ".join(after[:3]).startswith(_SET_ASIDE):
        return True
    if after and after[0] in CHANGING:
        return False
    if any(w in OFFERING or w in _OTHERS_OFFERED or w in hedges.OTHER_OR for w in after) \
            or FOREIGN_HELD_OPEN.search(" ".join(after)) is not None:
        return False
    if after and (after[0] in _JOINED or after[0] in CONTRAST or after[0] in _HELD_OPEN or after[0] in _SET_APART):
        return False
    for k in (3, 2, 1):  # a finding named at once after the gold: a list whose commas the normalised text lost
        concept = whole_concept(" ".join(after[:k])) if len(after) >= k else None
        if concept is not None and vocabulary().concepts[concept].category == "finding":
            return False
    return True


def held_open_anywhere(answer: str) -> bool:
    """Whether a reply is held open wherever it stands (``_HELD_ANYWHERE``: a possibility, a differential, an
    exclusion still to make, a doubt): read also by the closing clause (``score/open_closing.py``)."""
    return _HELD_ANYWHERE.search(answer) is not None
