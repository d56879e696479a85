"""The grade of an open answer against its gold: whether it matches, by which rung of a ladder, and token recall,
precision and F1.

The ladder, tried in order; the first rung that matches names how (:class:`MatchStep`, counted per run in
``OutcomeSummary.open_matches`` so a reader sees how much of the exact score is plain token equality):

1. ``exact``: the same tokens (:func:`medstep.answers.text.tokens`: case, punctuation and articles aside, a number
   word as its digits: "Two." and "2").
2. ``forms``: the same words in other forms (``score/open_forms.py``): plural ("pleural effusions"), British or
   American spelling ("haematoma"), a study and its technique ("mammogram", "mammography"), split or hyphen ("x ray", "xray"), an ordinal ("first-degree" and "1st degree"),
   another order of one named thing ("lower lobe of the left lung",
   "left lower lobe"), or a closing noun naming the kind of value ("right side", "lateral view").
3. ``number``: the same quantities written in other units or notation ("24 mm" and "2.4 cm", "2,4 cm", "75/min" and
   "75 bpm", "32w4d" and "32 weeks 4 days", "grade II" and "grade 2"; a bare number for the gold's when the answer
   names no unit; a word carrying a count to a question asking how many: "twins" is 2, ``score/open_counts.py``,
   ``contained`` when words describing what is counted follow: "a single large calculus").
4. ``synonym``: a word of one group of the word-form table ("renal" and "kidney", "ruptured" and "rupture",
   ``answers/wordforms.tsv``), or an abbreviation that one of the two tables defining abbreviations gives for the
   words of the other answer:

   * the concept vocabulary (``answers/concepts.tsv``): the abbreviation and the run name the same concept
     ("PTX" / "pneumothorax", :func:`medstep.answers.concept_names.abbreviates`), or the two whole answers do ("ACL tear" /
     "anterior cruciate ligament tear", where the abbreviation alone is no concept);
   * the verifier's attribute rows (``verify/triggers.tsv``): the abbreviation and the run give the same attributes
     ("RLL" is laterality right and location lower lobe, as "right" and "lower lobe" are);

   or an answer naming its answer twice, by the words and by their initials ("magnetic resonance imaging (MRI)") or
   by an abbreviation of four letters at most that the vocabulary gives for the same concept ("pneumothorax (PTX)",
   "pulmonary fibrosis (UIP)"), or a name in another language that the concept vocabulary gives for the other answer's concept by its own name
   (a gold "neumotórax" and an answer "pneumothorax"; ``concept_names.other_language_names``: a gold in the question's
   language answered in English is read as the English name, through every rung).
   An abbreviation neither table gives matches the words whose first letters it is when they are three or more
   ("MCA" / "middle cerebral artery", "SFA"); of two ("MS") it stays a different word. An abbreviation closing on
   the I of imaging stands for its words without "imaging" ("magnetic resonance" / "MRI") when the vocabulary gives
   it for the words with it. Two names of one
   concept are not one answer by that alone: the concepts are broad for the verifier's sake ("small bowel
   obstruction" and "large bowel obstruction" are one concept, as are DWI, FLAIR and MRI).
5. ``contained``: the gold stands in the answer and every other word frames it or repeats the question ("The image
   shows a pneumothorax.", "The spleen is enlarged" to "Which organ is enlarged?"; ``score/open_contain.py``), or
   the answer stands in the gold and the gold's other words are the question's ("Which ventricle is dilated?" "The
   third." for "third ventricle"). A word naming another side, place or number, a list, a denial or a doubt keeps
   the answer from matching. An answer in another language is cut from its frame as the extractor cuts it
   (``extract/open_frames.foreign_label``: "这张图像显示的是胸部", "答案是：气胸。", "回答は気胸です", "Die Milz" to a
   German question) and matches here when its label does.
6. ``narrower``: as ``contained``, and the gold is the head of a noun phrase whose other words narrow it ("large
   right-sided tension pneumothorax", "acute appendicitis", "dual-chamber pacemaker", "pneumonia of the left lower
   lobe"): the answer names an instance of the gold. Each such word must be a known narrowing word
   (``score/open_narrow.py``: a side, place, size, severity, anatomical word or qualifier of the tables, or a word of
   the gold), so "xyzzy pneumothorax", "(B) pneumothorax" or "wrong pneumothorax" is no match. Never when such a word
   makes it another thing ("old", "healed", "pseudo", "-like", "non-", "impending"), doubts it where the question
   does not ("possible pneumothorax"), names another finding, device or modality, a number, or a side or place
   other than one the question names (a side where the question names none narrows: "right pneumothorax"); nor for
   a gold that is a number ("at least two"). Counted apart, so a reader can leave the rung out.
7. ``typed``: the question asks for a value of a closed type (a side, a count, a vertebral level, an organ or
   bone, a modality) and the answer names exactly one value of it, the gold's ("left-sided effusion blunting the
   left angle; the right hemithorax is clear" for "left"; ``score/open_typed.py``). Two values, a list, a denial,
   normal word, doubt, correction or past of it, a side of another structure: no match (``score/open_typed_reads.py``),
   nor with token recall 0. An organ named in the question's other language ("La lesión se localiza en el páncreas,
   ..." to "¿Qué órgano ...?") is read by ``score/open_foreign_site.py``, a value of the kind the extractor reads
   asked ("T2-weighted" for "MRI", "transverse" for "axial") by ``score/open_kinds.py``. Counted apart; its token
   metrics are the plain overlap. Before it: an answer (or gold) in another language, rendered in English from the
   vocabulary of the answer classes (``extract/foreign_words.py``: "Ecografía", "三个"), at the rung its rendering matches.

8. ``head`` (``score/open_head.py``) and 9. ``concluded``: a reply read whole whose LAST conclusion link ("consistent
   with", "typical of", "suggests", "represents", "impression") introduces the gold, the link not denied, doubted or
   lowered, the gold offered beside no other answer (``score/open_concluded.py``). Counted apart.

The token metrics compare the answers with their abbreviations expanded (a denied word is no gold word there: "not
pneumonia" earns nothing against "pneumonia"); they credit a gold inside a longer answer that the ladder does not
take as a match, and weigh the extra words of a ``contained`` or ``narrower`` match. An answer matched by the first
four rungs is the gold written otherwise, so its recall, precision and F1 are 1 ("24 mm" shares no token with
"2.4 cm").
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from functools import cache, lru_cache

from medstep.answers.concept_names import abbreviates, initials_of, whole_concept
from medstep.answers.concepts import vocabulary
from medstep.answers.text import normalize_text, same_text, token_overlap, tokens
from medstep.answers.wordforms import spelling
from medstep.extract.foreign_words import english
from medstep.extract.open_tails import ASKS_PLACE
from medstep.lazyre import lazy_compile
from medstep.score.open_foreign_site import foreign_site
from medstep.score.open_bound_count import bound_count
from medstep.score.open_closing import closing
from medstep.score.open_concluded import concluded
from medstep.score.open_head import head_match
from medstep.score.open_names import english_name, other_names
from medstep.score.open_counts import count_words, only_count
from medstep.score.open_normal import said_normal
from medstep.score.open_glossed import glossed
from medstep.score.open_qualified import unqualified
from medstep.score.open_signs import explained_sign
from medstep.score.open_terms import attributes, same_state, same_term, uncompared, unkinded
from medstep.score.open_zh import side, side_alone, unimaged, unsided, zh_label
from medstep.score.open_contain import KIND_NOUNS, PLACE_NOUNS, contained
from medstep.answers.eye_sides import eye_sides
from medstep.score.open_narrow import NARROWING, narrower_in_any_order
from medstep.score.open_typed import asked_type, typed_match
from medstep.score.open_kinds import kind_match
from medstep.score.open_units import asked_unit, scored
from medstep.score.open_forms import BREAK, any_order, totals, forms, in_order, joined, numbers_agree, read, same_tokens, same_word, written_alike
from medstep.textenum import TextEnum

# The lengths of an abbreviation ("CT" to "COPD", "PTX", "RLL") and of the run of words it may stand for.
_SHORT = (2, 6)
_RUN = 5

# The fewest words an abbreviation no table gives may stand for, each by its first letter ("MCA", "SFA", "CBD"); two
# words are too few ("MS" is multiple sclerosis and mitral stenosis).
_SPELLED_RUN = 3
# An abbreviation closing on the I of "imaging" ("MRI", "DWI", "fMRI").
_MEANS_IMAGING = lazy_compile(r"[a-z]{1,4}i")


def _means(short: str, run: list[str], same_concept: Callable[[], bool]) -> bool:
    """Whether ``short`` stands for the words ``run`` of the other answer (see module docstring); ``same_concept``:
    whether the two answers name one concept in full (asked once per pair, not per word: lane slow40d)."""
    long = " ".join(run)
    if _MEANS_IMAGING.fullmatch(short) is not None and run[-1] != "imaging" and len(run) > 1 \
            and abbreviates(short, f"{long} imaging"):
        return True  # "magnetic resonance" for "MRI": the imaging left unsaid
    if not initials_of(short, long.replace(" ", "")):
        return False
    if len(run) >= _SPELLED_RUN and short == "".join(w[0] for w in run if w.isalpha()) and len(short) == len(run):
        return True  # "MCA" for "middle cerebral artery": the first letter of each of three words or more
    if abbreviates(short, long) or same_concept():
        return True
    mine = attributes([short])
    return bool(mine) and mine == attributes(run)


def _expanded(answer: str, other: str) -> str:
    """``answer`` with each of its one-word abbreviations that stands for a run of ``other``'s words replaced by that
    run (the text of its tokens)."""
    mine, theirs = tokens(answer), tokens(other)
    their_words, my_words = set(theirs), set(mine)  # (sets: lists read per word were quadratic on a long answer)
    out: list[str] = []
    same_concept = cache(lambda: (c := whole_concept(answer)) is not None and c == whole_concept(other))
    for word in mine:
        if word in their_words or not word.isalpha() or not _SHORT[0] <= len(word) <= _SHORT[1]:
            out.append(word)
            continue
        runs = ((i, j) for i in range(len(theirs)) for j in range(min(len(theirs), i + _RUN), i, -1)
                if theirs[i][0] == word[0] and not set(theirs[i:j]) & my_words)
        found = next((theirs[i:j] for i, j in runs if _means(word, theirs[i:j], same_concept)), None)
        out.extend(found if found is not None else [word])
    return " ".join(out)


def _plain(answer: str) -> list[str]:
    """The tokens of ``answer`` in one spelling (British "oesophageal" as "esophageal"), without a closing noun that
    only names the kind of value ("right side" as "right")."""
    return _kindless([spelling(w) for w in tokens(answer)])


def _names(words: list[str]) -> list[list[str]]:
    """The ways ``words`` name its answer: itself, and for a name followed by its own initials ("magnetic resonance
    imaging (MRI)", "left anterior descending artery (LAD)") or by an abbreviation the concept vocabulary gives for
    the name's whole concept ("pneumothorax (PTX)", "pulmonary fibrosis (UIP)": the extractor keeps such a bracket)
    the name and the abbreviation each alone."""
    short = words[-1] if words else ""
    if len(words) < 2 or not short.isalpha() or not _SHORT[0] <= len(short) <= _SHORT[1]:
        return [words]
    if len(words) > len(short) and "".join(w[0] for w in words[:len(short)]) == short:
        return [words, words[:-1], [short]]
    name = " ".join(words[:-1])
    # a name, then its short form (four letters at most: "goiter" after "enlarged thyroid" is a word of its own)
    concept = whole_concept(short) if len(short) <= 4 and len(name) > len(short) + 2 else None
    if concept is not None and whole_concept(name) == concept:
        return [words, words[:-1], [short]]
    return [words]


class MatchStep(TextEnum):
    """How an open answer matched its gold: the first rung of the ladder that took it (module docstring)."""

    EXACT = "exact"  # the same tokens
    FORMS = "forms"  # the same words in another spelling, number, order or split, or with the kind of value named
    NUMBER = "number"  # the same quantities in other units or notation
    SYNONYM = "synonym"  # an abbreviation or a word of the same group in the concept or word-form tables
    CONTAINED = "contained"  # the gold, framed by words that say nothing of their own
    NARROWER = "narrower"  # the gold narrowed within its noun phrase: "large tension pneumothorax", "rib fracture"
    TYPED = "typed"  # the one value of the asked closed type the answer names: "left-sided effusion ..." for "left"
    HEAD = "head"  # the head phrase names the gold, what follows only says more of it (``score/open_head.py``)
    CONCLUDED = "concluded"  # the reply's last conclusion link introduces the gold (``score/open_concluded.py``)


def _kindless(words: list[str]) -> list[str]:
    """``words`` without a closing noun that only names the kind of value ("right side" as "right")."""
    words = unkinded(words)  # "PICC line" as "PICC", "T2-weighted" as "T2" (``score/open_terms.py``)
    return words[:-1] if len(words) > 1 and words[-1] in KIND_NOUNS else words


def _same_forms(answer: str, gold: str, heads: bool) -> MatchStep | None:
    """FORMS or NUMBER when ``answer`` and ``gold`` are one answer in other forms (``score/open_forms.py``); with
    ``heads``, words of one word-form group are one word too."""
    ra, rg = read(answer), read(gold)
    if not numbers_agree(ra, rg):
        return None
    fa, fg = _kindless(forms(_unbroken(ra.words))), _kindless(forms(_unbroken(rg.words)))
    if not (in_order(_listed(fa), _listed(fg), lambda a, b: same_word(a, b, heads)) or joined(fa, fg)
            or any_order(fa, fg, lambda a, b: same_word(a, b, heads))):
        return None
    if not ra.quantities or (written_alike(ra, rg) and _digits(answer) == _digits(gold)):
        return MatchStep.FORMS
    return MatchStep.NUMBER


def _listed(words: list[str]) -> list[str]:
    """The items of a list in order without the "and" that closes it: "II, III and aVF" as "II, III, aVF" (in order
    only: "left atrium and right ventricle" is not "right atrium and left ventricle")."""
    return [w for w in words if w != "and"]


def _unbroken(words: tuple[str, ...]) -> list[str]:
    return [w for w in words if w != BREAK]


def _digits(text: str) -> list[str]:
    """The tokens holding a digit, as written ("32w4d" is not "32 weeks 4 days" written alike)."""
    return [t for t in tokens(text) if any(c.isdigit() for c in t)]


def _contained(answer: str, gold: str, question: str, narrow: bool = False) -> bool:
    """Whether ``gold`` stands in ``answer`` framed by words that say nothing of their own (``score/open_contain.py``)."""
    ra, rg = read(answer), read(gold)
    fa, fg, fq = _formed(answer, "answer"), _formed(gold, "gold"), _formed(question, "question")

    def same(a: str, b: str) -> bool:
        if a.startswith("#") and b.startswith("#"):
            qa, qb = ra.quantities[int(a[1:])], rg.quantities[int(b[1:])]
            return qa.same(qb) or (not qa.dimension and qa.written == qb.written.split()[0])
        return same_word(a, b, heads=True)

    def echo(a: str, q: str) -> bool:
        return not q.startswith("#") and same_word(a, q, heads=True)

    return contained(fa, fg, fq, same, echo, NARROWING if narrow else None)


def match_step(answer: str, gold: str, question: str = "") -> MatchStep | None:
    """The rung of the matching ladder at which ``answer`` matches ``gold``, or ``None`` (module docstring).
    ``question`` lets an answer repeat the question's words ("Which organ is enlarged?" "The spleen is enlarged")."""
    if _QUERIED.search(answer) is not None and _QUERIED.search(gold) is None:
        return None  # "?metastasis", "Pneumothorax?", "metastasis (?)": the mark doubts the answer
    if _opposite(answer, gold):
        return None  # "-2.7" for a gold "2.7": the tokens drop the minus, the value is the opposite
    if count_words(answer, gold, question):  # "twins" to "How many fetuses?" is 2 (``score/open_counts.py``)
        return MatchStep.NUMBER if only_count(answer) or only_count(gold) else MatchStep.CONTAINED
    answer, gold = eye_sides(answer, question), eye_sides(gold, question)  # "OS" to "Which eye?" is the left eye
    answer, gold = scored(answer, gold, question), asked_unit(gold, question)  # "13/15" is 13; "150" is "150/min"
    if ASKS_PLACE.search(question) is not None:  # "right subphrenic region" and "right subphrenic space" alike
        # (a question asking where, ``extract/open_tails.ASKS_PLACE``: its answer is a place, whose closing "region",
        # "area" or "space" names only that it is one)
        answer, gold = _placeless(answer), _placeless(gold)
    step = _ladder(answer, gold, question)
    if step is None and said_normal(answer, gold):
        step = MatchStep.SYNONYM  # "No acute cardiopulmonary process." for "normal" (``score/open_normal.py``)
    if step is None:
        sign = explained_sign(answer, gold, lambda part: _ladder(part, gold, question))  # ``score/open_signs.py``
        step = MatchStep.CONTAINED if sign in _SAME else sign  # the sign, and what it shows beside it
    compared = uncompared(answer) if step is None else None  # "hypodense compared with the surrounding liver"
    if compared is not None:
        found = _ladder(compared, gold, question)
        step = MatchStep.CONTAINED if found in _SAME else found
    if step is None:
        step = _translated(answer, gold, question)
    if step is None:
        step = _named_twice(answer, gold, question)
    if step is None and glossed(answer, gold, question, lambda name: _ladder(name, gold, question) in _HEADS
                                or _head_names(name, gold, question)):
        step = MatchStep.HEAD  # "psoriasis vulgaris (chronic plaque psoriasis)" (``score/open_glossed.py``)
    if step is None:
        step = _foreign_framed(answer, gold, question)
    # ``score/open_zh.py``; a bare side with its 侧 ("左侧") is the side alone, as in a framed label
    label = (zh_label(answer, question) or unimaged(answer) or side_alone(answer)) if step is None else None
    if label is not None:
        found = _ladder(label, side(gold), question)
        step = MatchStep.CONTAINED if found in _SAME else found
    rest = unsided(answer, gold, question) if step is None else None  # "左侧气胸" for "气胸" (``score/open_zh.py``)
    if rest is not None and _ladder(rest, gold, question) in _SAME:
        step = MatchStep.NARROWER
    if step is None:  # rendered in English from the answer classes' vocabulary: "Ecografía", "Le rein gauche", "三个",
        # a gold "轴位" too; a denial or any other word leaves it unrendered (``extract/foreign_words.py``)
        from medstep.extract.open_frames import foreign_label

        said, meant = english(answer) or english(foreign_label(answer, question)), english(gold)
        found = _ladder(said or answer, meant or gold, question) if said or meant else None
        step = MatchStep.SYNONYM if found in _SAME else found
    if step is None and typed_match(answer, gold, question, lambda a, g: _ladder(a, g, question) in _SAME) \
            and token_overlap(answer, gold)[0] > 0:
        step = MatchStep.TYPED  # ``score/open_typed.py``; never with recall 0 (the overlap saw the gold's words denied)
    if step is None and bound_count(answer, gold, question):
        step = MatchStep.TYPED  # "... -> four hypodense lesions" to "How many lesions?" (``score/open_bound_count.py``)
    if step is None and (foreign_site(answer, gold, question) or kind_match(answer, gold, question, _ladder, _OWN_NAME)):
        step = MatchStep.TYPED  # an organ in the question's language, the asked kind's one value (module docstring)
    if step is None and _head_names(answer, gold, question):
        step = MatchStep.HEAD  # "right pleural effusion now large with adjacent atelectasis" (``score/open_head.py``)
    if step is None and _unqualified_head(answer, gold, question):
        step = MatchStep.HEAD  # "sarcoidosis stage II", "... in the setting of trauma" (``score/open_qualified.py``)
    if step is None and concluded(answer, gold, question, lambda phrase, g: _ladder(phrase, g, question) in _CONCLUDED):
        step = MatchStep.CONCLUDED  # "... coffee-bean sign, classic for sigmoid volvulus" (``score/open_concluded.py``)
    if step is None and closing(answer, question, lambda clause, strict: _closing(clause, gold, question, strict)):
        step = MatchStep.CONCLUDED  # "... that's the right middle lobe" (``score/open_closing.py``)
    return step


def _unqualified_head(answer: str, gold: str, question: str, rungs: frozenset[MatchStep] = frozenset()) -> bool:
    """Whether ``answer`` less the qualifiers closing it (``score/open_qualified.py``) names ``gold`` (at ``rungs``)."""
    bare = unqualified(answer, gold, question)
    return bare is not None and _ladder(bare, gold, question) in (rungs or _HEADS)


def _head_names(answer: str, gold: str, question: str) -> bool:
    """Whether the head phrase of ``answer`` names ``gold`` at a head rung (``score/open_head.py``)."""
    return head_match(answer, gold, question, lambda head, g: _ladder(head, g, question) in _HEADS)


def _closing(clause: str, gold: str, question: str, strict: bool) -> bool:
    """Whether a closing clause (``score/open_closing.py``) is ``gold``: with ``strict`` (after "this is") written
    otherwise only; and to a question asking a closed type, the one value of it the typed rung reads."""
    rungs = _SAME if strict else _CLOSING
    return (_ladder(clause, gold, question) in rungs or _unqualified_head(clause, gold, question, rungs)) \
        and (asked_type(question) is None or typed_match(clause, gold, question, lambda a, g: _ladder(a, g, question) in _SAME))


# The fewest words of the longer of two names an answer gives its one answer by: a name of one word beside another
# ("DWI FLAIR") is more often a list than a synonym; one beside a longer name is its gloss ("herpes zoster shingles").
_NAME_WORDS = 2


def _named_twice(answer: str, gold: str, question: str) -> MatchStep | None:
    """The rung at which one of two names of one thing ``answer`` gives matches ``gold``: "vestibular schwannoma
    (acoustic neuroma)", "Paget disease of bone (osteitis deformans)" (the extractor's normalised text has lost the
    bracket), "herpes zoster (shingles)" (a lay name after it). Each name is a whole concept of the vocabulary, the
    same finding, one of them of two words or more, and the two share no word: "small bowel obstruction large bowel
    obstruction" names two things of one broad concept, not one twice; two one-word names ("pneumonia consolidation")
    are more often a list."""
    words = tokens(answer)
    if len(words) < 2 * _NAME_WORDS - 1 or len(words) > 4 * _NAME_WORDS:
        return None
    for k in range(1, len(words)):
        first, second = words[:k], words[k:]
        if set(first) & set(second) or max(len(first), len(second)) < _NAME_WORDS:
            continue  # two names of one word each ("pneumonia consolidation") are more often a list
        concept = whole_concept(" ".join(first))
        if concept is None or concept != whole_concept(" ".join(second)) \
                or vocabulary().concepts[concept].category != "finding":
            continue  # a modality or a body part is broad: "DWI" and "FLAIR" are both MRI
        steps = [_ladder(" ".join(name), gold, question) for name in (first, second)]
        found = [s for s in steps if s is not None]
        if found:
            return MatchStep.SYNONYM if any(s in _SAME for s in found) else found[0]
    return None


_PLACE_CLOSING = lazy_compile(r"(?i)(?<=[a-z])[\s-]+(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\W*$")


def _placeless(text: str) -> str:
    """``text`` without a closing place noun after a word of its own (module docstring of ``score/open_contain.py``:
    ``PLACE_NOUNS``); a place noun alone ("the region") is kept."""
    return _PLACE_CLOSING.sub("", text)


def _opposite(answer: str, gold: str) -> bool:
    """Whether a number of ``answer`` is written with the other sign than in ``gold`` (a T-score "-2.7" and "2.7")."""
    if "-" not in answer + gold and "−" not in answer + gold:
        return False
    mine, theirs = read(answer).quantities, read(gold).quantities
    return any(q.value == -r.value != 0 and not any(o.value == r.value for o in mine) for q in mine for r in theirs)


# A query mark on the answer's word: before it ("?metastasis", "? PE"), closing the answer ("Pneumothorax?"), or in
# brackets ("(?)"). Doubt written as a mark, which the tokens drop.
_QUERIED = lazy_compile(r"(?:^|[\s(])\?+\s*\w|\w\s*\?+\s*[.)]*\s*$|\(\s*\?\s*\)")


def _foreign_framed(answer: str, gold: str, question: str) -> MatchStep | None:
    """``contained`` (or the rung of a narrower label) when an answer written in another language matches once cut
    from its frame as the extractor cuts it (:func:`medstep.extract.open_frames.foreign_label`: "这张图像显示的是胸部",
    "答案是：气胸。", "回答は気胸です", "Die Milz" to a German question). A frame holding a denial, a hedge or a second
    answer is not cut ("不是气胸", "考虑气胸", "气胸或胸腔积液")."""
    from medstep.extract.open_frames import foreign_label  # the extractor's frames, read only for such an answer

    label = foreign_label(answer, question)
    if not label or label == answer.strip():
        return None
    step = _ladder(label, gold, question) or _translated(label, gold, question)
    return MatchStep.CONTAINED if step in _SAME else step


def _translated(answer: str, gold: str, question: str) -> MatchStep | None:
    """The rung at which a gold or an answer written in another language matches, read as the concept's own name
    (:func:`medstep.answers.concept_names.other_language_names`): a gold "neumotórax" to "The image shows a
    pneumothorax." (``contained``), an answer "Pneumothorax" to a gold "neumotórax" (``synonym``)."""
    gold_name, answer_name = english_name(gold), english_name(answer)
    if gold_name is not None:
        step = _ladder(answer, gold_name, question)
        return MatchStep.SYNONYM if step in _SAME else step
    if answer_name is not None:
        step = _ladder(answer_name, gold, question)
        if step in _SAME:
            return MatchStep.SYNONYM
        if step is MatchStep.CONTAINED and other_names().get(normalize_text(answer)) is None:
            return step  # "riñón izquierdo" to "Which kidney is abnormal?": the side, its organ the question's
    return None


def _ladder(answer: str, gold: str, question: str) -> MatchStep | None:
    if not answer.strip():
        return MatchStep.EXACT if same_text(answer, gold) else None
    if same_tokens(answer, gold):
        return MatchStep.EXACT
    answer = totals(answer, gold)
    step = _same_forms(answer, gold, heads=False)
    if step is not None:
        return step
    if _plain(gold) in _names(_plain(answer)):
        return MatchStep.FORMS if _plain(gold) == _plain(answer) else MatchStep.SYNONYM
    if not gold.strip():
        return None
    wide, narrow = _expanded(answer, gold), _expanded(gold, answer)
    if same_text(answer, gold) or same_text(wide, narrow) or _plain(narrow) in _names(_plain(wide)) \
            or same_state(answer, gold) or same_term(answer, gold) \
            or _same_forms(answer, gold, heads=True) or _same_forms(wide, narrow, heads=True):
        return MatchStep.SYNONYM
    if _contained(answer, gold, question) or _contained(wide, narrow, question) or _contained(gold, answer, question):
        return MatchStep.CONTAINED  # the last: the gold names the answer with the question's words ("third ventricle")
    if _contained(answer, gold, question, narrow=True) or _contained(wide, narrow, question, narrow=True) \
            or narrower_in_any_order(_formed(answer, "answer"), _formed(gold, "gold"), _formed(question, "question"),
                                     lambda a, b: same_word(a, b, heads=True)):
        return MatchStep.NARROWER
    return None


@lru_cache(maxsize=8192)
def _formed(text: str, role: str) -> tuple[str, ...]:
    """The words of ``text`` in their forms (``score/open_forms.forms``): an answer's with its breaks, a gold's or a
    question's without, a gold's also without a closing noun naming the kind of value. Cached: a question is read
    for every rung."""
    words = read(text).words
    if role == "answer":
        return tuple(forms(words))
    formed = forms(_unbroken(words))
    return tuple(_kindless(formed) if role == "gold" else formed)


@dataclass(frozen=True)
class OpenGrade:
    """Whether the ladder matched an open answer to its gold (``matched``, at any rung), the rung that did
    (``step``, ``None`` when there is none) and token overlap of the answer with its gold (see module docstring)."""

    matched: bool
    recall: float
    precision: float
    f1: float
    step: MatchStep | None = None

    @property
    def exact(self) -> bool:
        """The old name of ``matched``, kept for callers written before the ladder: true at every rung, not only
        at ``exact``."""
        return self.matched


def grade_open(answer: str, gold: str, question: str = "") -> OpenGrade:
    """Whether the ladder matches ``answer`` to ``gold``, at which rung, and their token overlap (module
    docstring)."""
    step = match_step(answer, gold, question)
    if step in _SAME:  # one answer in other words or units: every word of the gold is said, and nothing else
        return OpenGrade(True, 1.0, 1.0, 1.0, step=step)
    if answer.strip() and gold.strip():
        answer, gold = eye_sides(answer, question), eye_sides(gold, question)
        answer, gold = _expanded(answer, gold), _expanded(gold, answer)
    return OpenGrade(step is not None, *token_overlap(answer, gold), step=step)


# The rungs that find the answer and the gold to be one answer written otherwise (not a gold inside a longer answer).
_SAME = frozenset({MatchStep.EXACT, MatchStep.FORMS, MatchStep.NUMBER, MatchStep.SYNONYM})
# A modality gold as its concept's own name (``score/open_kinds``): no synonym rung, which reads "CTA" as CT.
_OWN_NAME = frozenset({MatchStep.EXACT, MatchStep.FORMS})
# The rungs at which an answer's head phrase names its gold (``score/open_head.py``): the gold written otherwise, framed
# or narrowed within its noun phrase.
_HEADS = _SAME | {MatchStep.CONTAINED, MatchStep.NARROWER}
# The rungs at which the phrase after a reply's last conclusion link is its gold: written otherwise, or narrowed.
_CONCLUDED = _SAME | {MatchStep.NARROWER}
# The rungs at which a reply's closing clause is its gold: also framed by words saying nothing of their own.
_CLOSING = _HEADS

__all__ = ["MatchStep", "OpenGrade", "grade_open", "match_step"]
