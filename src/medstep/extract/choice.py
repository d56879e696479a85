"""Reading the chosen option of a multiple-choice answer.

Order, most explicit first:

1. Inside an ``<answer>`` tag or ``\\boxed{}``: a leading letter form or the
   option's text (lax: "C, because ..." counts), else the decision reader on
   the wrapper's content. The wrapper's name is the rule.
2. The whole output is one option (``letter_only``: "C", "(B)", "Option A";
   ``option_text``: "Pleural effusion").
3. The decision-sentence reader (:mod:`medstep.extract.decision`).
4. Options that are exactly Yes / No are also read as a yes/no verdict
   ("No, there is no pneumothorax" picks the "No" option); a verdict that
   contradicts the decision reader's letter makes the answer ambiguous.

With no decision: ``refused`` when the output declines, ``ambiguous`` when
it hedges between options; else, last of all, a short reply naming one
option in other word forms (``option_text``), a lone option heading stated
first (``option_heading``: "Bochdalek hernia (C): …"), or one option's finding
stated in other words through the shared clinical vocabulary
(``option_concept``, :func:`medstep.extract.optionconcept.read_option`: "The heart
is enlarged." for "Cardiomegaly"); otherwise ``unparsed``. A short statement
naming one option's text while stating another option's finding is
``ambiguous``.
"""

from __future__ import annotations

from typing import NamedTuple

from medstep.answers import option_key
from medstep.extract import asides, clauses, closed, cues, named_stance, optionconcept
from medstep.extract.normality import normal_option
from medstep.extract.normal_choice import part_called_normal
from medstep.extract.clauses import (RESERVED_AFTER, SAID_NORMAL, clause_left, clause_right, deny_links, list_denied, negated,
                                     set_aside_for_another, without_denied_lists)
from medstep.extract.cut import dangling
from medstep.extract.langwords import foreign_negation
from medstep.extract.decision import read_decision
from medstep.extract.decision_clauses import mimic_argued
from medstep.extract.revision import taken_back
from medstep.extract.lines import first_line as lead_line, lead_judged_against, phrase as answer_phrase
from medstep.extract.letters import letter_form, option_near, option_text, parse_marked, strict_line_letter
from medstep.extract.polarity import Pole, ranks_against, ranks_only_against, without_ranked_out
from medstep.extract.mentions import CONFLICT, INVALID, OptionIndex, find_mentions
from medstep.extract.letter_names import in_name
from medstep.extract.offered_options import options_offered
from medstep.extract.option_heading import HEADING_RULE, lone_heading
from medstep.extract.refusal import is_hedge, is_refusal, offers_alternatives
from medstep.extract.open_json import CONCLUSION_KEYS
from medstep.extract.replywords import FIELD_RULE, key_form, parse_fields
from medstep.extract.undecided import (LAST_SENTENCE_MAX, any_open, between, closing_doubt, closing_undecided,
                                       decision_put_off, declines_to_commit, kept_open, refuses_between)
from medstep.extract.tables import KEY_VALUE_ROW as _TABLE_ROW
from medstep.extract.split import FINAL_ANSWER_PHRASE, Located, first_line, last_phrase
from medstep.extract.thresholds import NORMAL_SAID
from medstep.lazyre import lazy_compile
from medstep.types import Status


class Reading(NamedTuple):
    """What a reader took from a region: an answer and its rule, or a no-answer status."""

    answer: str | None
    rule: str
    status: Status = Status.SCORED


UNPARSED = Reading(None, "", Status.UNPARSED)
AMBIGUOUS = Reading(None, "", Status.AMBIGUOUS)
REFUSED = Reading(None, "", Status.REFUSED)


def _verdict_letter(region: str, idx: OptionIndex, marked: bool) -> tuple[str | None, str]:
    """Letter of the Yes/No option the region's verdict picks (or CONFLICT), and the rule."""
    if marked:
        verdict, rule = closed.parse_marked(region), ""
    else:
        verdict, rule = None, ""
        phrase = last_phrase(region)
        if phrase is not None:
            verdict, rule = closed.parse_marked(first_line(region[phrase[1]:])), FINAL_ANSWER_PHRASE
        if verdict is None:
            verdict, rule = closed.parse_free(region)
    if verdict == CONFLICT:
        return CONFLICT, rule
    return (idx.verdicts.get(verdict) if verdict else None), rule


def read_choice(loc: Located, idx: OptionIndex, exception: bool = False, asked: Pole | None = None) -> Reading:
    """The chosen option; ``exception`` when the question asks which option does NOT hold, ``asked`` the end of the
    scale it asks for (see ``read_decision``)."""
    region = loc.answer
    if loc.marker is not None:
        # "<final>A is unlikely. B fits best.</final>": a letter judged against is not the wrapper's answer
        found = None if lead_judged_against(region, idx) else parse_marked(region, idx)
        if found is None and not exception:
            found = _near_named(region, idx)  # "Answer: Kidney (left)"
        if found is None and idx.verdicts:
            found = _verdict_letter(region, idx, marked=True)[0]
        if found is None:
            decision = taken_back(region, idx, read_decision(region, idx, exception, asked))
            found = CONFLICT if decision.ambiguous else decision.letter
        if found == CONFLICT:
            return AMBIGUOUS
        if found == INVALID:
            return UNPARSED
        if found is not None:
            return Reading(found, loc.marker)
        return REFUSED if is_refusal(region) else UNPARSED
    field = _field_letter(region, idx) if region.lstrip(" `\n").startswith(("{", "json")) else None
    if field == INVALID:
        fields = parse_fields(region) or ()
        if any(is_refusal(str(v)) for _, v in fields):
            return REFUSED
        # '{"answer": "A or B"}': the answer field hedges between options, as "A or B" does outside JSON
        return AMBIGUOUS if any(offers_alternatives(str(v)) for p, v in fields if _is_choice_key(p)) else UNPARSED
    if field is None and "|" in region:
        field = _table_letter(region, idx)  # "| Answer | D |": the answer row of a key-value table
    if field is not None:
        return AMBIGUOUS if field == CONFLICT else Reading(field, FIELD_RULE)
    # The whole output as one option: only possible when it is about as short as an option.
    short = len(region) <= idx.longest + 40
    whole = letter_form(region, idx, strict=True) if short else None
    if whole == CONFLICT:
        return AMBIGUOUS
    if whole == INVALID:
        return UNPARSED
    if whole is not None:
        return Reading(whole, "letter_only")
    asks = region.rstrip(" \t\n*_\"'”").endswith(("?", "？"))  # "**Is cardiomegaly present?**": a question echoed
    text_hit = option_text(region, idx, first_clause=False) if short and not asks else None
    # an option judged against, or said in general, selects nothing where the question asks for the one that holds
    # (to "Which is NOT seen?" or "least likely" the one judged against is the answer: ``extract/named_stance.py``)
    stance = not exception and asked in (None, Pole.TOP)
    if text_hit is not None and (_ranked_out(region, idx, text_hit, asked) or _judged_against(region, idx, text_hit, stance)
                                 or _asked_about(region, idx, text_hit)
                                 or optionconcept.inside_another_name(region, idx.texts[text_hit])):
        # "Pneumothorax (D) is the least likely." to a question asking the most likely; "reverse Colles fracture."
        # holds the option "Colles fracture" inside the name of another fracture
        text_hit = None
    if text_hit is not None:
        # "It could be ground-glass or consolidation.": one option's text among offered alternatives.
        # "... a posterior location would favour a neurogenic tumour. More information would be needed to decide."
        undecided = offers_alternatives(region) or closing_undecided(region) or decision_put_off(region)
        return AMBIGUOUS if undecided else Reading(text_hit, "option_text")
    decision = taken_back(region, idx, read_decision(region, idx, exception, asked))
    if decision.rule != FINAL_ANSWER_PHRASE and _withheld(region, idx):
        return UNPARSED  # "... So, it is thyroid tissue. The answer is": the answer withheld where it was to be given
    if decision.letter is not None and closing_undecided(region):
        return AMBIGUOUS  # "The answer is A. ... I could as easily argue for C; I honestly cannot decide between them."
    if decision.letter is not None and decision.rule == "option_text" and decision_put_off(region):
        # "... would favour a neurogenic tumour, ... a thymoma. Further views would be required to choose."
        return AMBIGUOUS
    if decision.letter is not None and "between" in region[-LAST_SENTENCE_MAX:] and refuses_between(region):
        return AMBIGUOUS  # "... is also typical of cystic fibrosis. ... I can't reliably choose between CF and ABPA."
    if decision.letter is not None and decision.rule != FINAL_ANSWER_PHRASE and (
            closing_doubt(region) and between(region, idx) or kept_open(region, idx) or any_open(region)
            or declines_to_commit(region)):
        # "I'm going back and forth between B and C. … favors B, but … honestly I'm not sure.", "… suggests SVT with
        # aberrancy (B). Both remain possible from this strip alone."
        return AMBIGUOUS
    verdict, verdict_rule = _verdict_letter(region, idx, marked=False) if idx.verdicts else (None, "")
    if decision.letter is not None:
        if verdict is not None and verdict != decision.letter:
            return AMBIGUOUS
        described = decision.rule == "option_text" and not _lead_letter(region, idx, decision.letter)
        if described and stance and named_stance.unaffirmed(region, idx, decision.letter):
            return UNPARSED  # "Pneumothorax is very unlikely.", "Cardiomegaly is defined as ...": named, not affirmed
        if described and optionconcept.inside_another_option(region, idx.texts, decision.letter):
            return UNPARSED  # "German measles." holds "Measles" and names "Rubella": the alias reader reads it
        if described and options_offered(region if decision.weak else _from_chosen(region, idx, decision.letter), idx,
                                          decision.letter):
            return AMBIGUOUS  # "It could be an angiomyolipoma, a renal cell carcinoma, or an oncocytoma.
        if described and not exception and normal_option(idx.texts[decision.letter]) and optionconcept.read_answer(
                region, {k: v for k, v in idx.texts.items() if k != decision.letter}) is not None:
            return AMBIGUOUS  # "The brain is normal. There is a tumour in the brain.": normal, and a finding stated
        if described and foreign_negation(_before_text(region, idx.texts[decision.letter])):
            return UNPARSED  # "Pas de pneumothorax.", "Kein Pleuraerguss, ...": the option denied in another language
        if described and part_called_normal(region, idx.texts[decision.letter]):
            return UNPARSED  # "The carpal alignment is normal." to an option "Normal": a normal part, no normal study
        if described and not exception and optionconcept.names_another(
                region if asked is None else without_ranked_out(region, idx, asked), idx.texts, decision.letter):
            return AMBIGUOUS  # "Pleural effusion on the right and cardiomegaly.": two options stated
        return Reading(decision.letter, decision.rule)
    if verdict == CONFLICT or (decision.ambiguous and verdict is None):
        return AMBIGUOUS
    if verdict is not None:
        return Reading(verdict, verdict_rule)
    if is_refusal(region):
        declined = _declining_option(region, idx)
        if declined is not None:
            return Reading(declined, "option_text")  # "Cannot be determined from a single image …" for that option
        # "It could be B or C; I cannot tell which." / "I can't pick between A and D.": two candidates kept open
        return AMBIGUOUS if decision.ambiguous or offers_alternatives(region) or between(region, idx) else REFUSED
    # "It could be ground-glass or consolidation.": alternatives offered, none chosen.
    if decision.ambiguous or options_offered(region, idx, None):
        return AMBIGUOUS
    if exception:
        odd = _odd_one_out(region, idx)  # "A is correct. B is correct. C is incorrect. D is correct."
        if odd is not None:
            return Reading(odd, "letter_judgement")
    near = _near(region, idx) if not exception and not asks and _SUPPOSED_LINK.match(region) is None else None
    near = near if near is None or _near(asides.without_general(region), idx) == near else None
    # ("Cardiomegaly is seen." rules nothing out; "Macroscopic fat would suggest angiomyolipoma." supposes a feature;
    # "Oncocytoma often shows a central scar." says what holds in general)
    if near is not None and not _ranked_out(region, idx, near, asked) and not _judged_against(region, idx, near, stance) \
            and not foreign_negation(region) \
            and _CONTRARY_SUBJECT.search(region) is None and not _asked_about(region, idx, near) \
            and all(m.by_text or m.letter == near or in_name(region, m.start) for m in find_mentions(region, idx)):
        # ("The intact bone is the scaphoid." to "Which … fractured?"; "Pneumothorax? None."; "Option C. Honeycombing
        # can coexist.": another option chosen by its letter)
        return Reading(near, "option_text")
    heading = lone_heading(region, idx)
    if heading is not None and not _ranked_out(region, idx, heading, asked) \
            and not _judged_against(region, idx, heading, stance):  # "Left kidney: normal." to "Which is abnormal?"
        return Reading(heading, HEADING_RULE)
    if exception:
        return UNPARSED
    return stated_concept(region, idx, asked)


def answered_in_own_words(region: str, idx: OptionIndex, letter: str) -> bool:
    """Whether ``region`` gives its answer after an answer phrase in words naming no option, sharing no word with
    ``letter``'s text ("the spiral one" shares "spiral" with "Spiral fracture") and not stating its finding
    (:func:`optionconcept.read_option`): an option only described elsewhere is then no answer it gives."""
    phrase = last_phrase(region)
    if phrase is None:
        return False
    line = first_line(region[phrase[1]:])
    stop = _SENTENCE_STOP.search(line)
    line = line[:stop.end()] if stop is not None else line  # its sentence: what follows it is the discussion
    own = {w for w in _WORD.findall(idx.texts.get(letter, "").lower()) if len(w) > 2}
    said = _WORD.findall(line.lower())  # (a description of its own, not a pointer: "the twisting one. Spiral fracture.")
    rest = region[phrase[1]:]  # ... nor one the next sentence names as what it describes ("... This is a lung abscess.")
    rest = rest[rest.find(line) + len(line):]
    return len(said) >= _DESCRIPTION_WORDS and not find_mentions(line, idx) and own.isdisjoint(said) \
        and optionconcept.read_option(line, idx.texts) != letter and not clauses.named_last(rest, find_mentions(rest, idx), letter)


_WORD = lazy_compile(r"[^\W\d_]+")
_DESCRIPTION_WORDS = 6


def _before_text(region: str, option: str) -> str:
    """The clause of ``region`` before the option's text first appears in it (all of it where it does not)."""
    at = region.lower().find(option.lower())
    left = region if at < 0 else region[:at]
    return left[max(left.rfind(c) for c in ".;,:\n") + 1:]


def stated_concept(region: str, idx: OptionIndex, asked: Pole | None, unmapped_ok: bool = False) -> Reading:
    """A short reply stating one option's concept in other words ("The heart is enlarged." for "Cardiomegaly",
    :func:`optionconcept.read_answer`; ``unmapped_ok`` beside options the vocabulary does not map, a last resort of
    ``extract/choice_reader.py``), else UNPARSED or AMBIGUOUS."""
    if len(region) > optionconcept.OPTION_MAX_CHARS or any(
            not m.by_text and not optionconcept.ends_a_name(region, m.start, m.end) for m in find_mentions(region, idx)):
        return UNPARSED  # options named by letter are discussed, not stated in other words ("Stanford A" is a name)
    if unmapped_ok and (optionconcept.all_mapped(idx.texts) or _withheld(region, idx)):
        return UNPARSED  # (read_choice read the reply already, or it withholds its answer: "... The answer is")
    if dangling(region):
        return UNPARSED  # "... the pelvis is dilated and the calyces are dilated and the": cut before its answer
    if foreign_negation(region):
        return UNPARSED  # "Kein Pleuraerguss.", "Sin neumotórax.": the concept reader reads no other language's denial
    # Not what a denied list holds ("No pneumothorax, fluid or collapse."), a feature denied to suggest ("no washout to
    # indicate a carcinoma"), a general sentence, or beside one naming another option (``asides.without_general``)
    named = optionconcept.read_answer(deny_links(without_denied_lists(region)), idx.texts, unmapped_ok)
    if named is not None and (named != optionconcept.read_answer(deny_links(without_denied_lists(asides.without_general(
            region))), idx.texts, unmapped_ok) or {m.letter for m in find_mentions(asides.without_general(region, True),
                                                                                    idx)} - {named}):
        return UNPARSED
    if named == CONFLICT:
        return AMBIGUOUS
    stance = asked in (None, Pole.TOP)
    if named is not None and stance and named_stance.none_affirmed(
            region, lambda clause: optionconcept.read_answer(clause, idx.texts, unmapped_ok) == named):
        return UNPARSED  # "Se descarta un cuadro compatible con neumonía.", "Atrophy is incorrect; NPH is correct."
    if named is None or _ranked_out(region, idx, named, asked) or _judged_against(region, idx, named, stance):
        return UNPARSED  # ("Pleural effusion — normal costophrenic angles.": its own text judged against it)
    return Reading(named, optionconcept.OPTION_RULE)


def _from_chosen(region: str, idx: OptionIndex, letter: str) -> str:
    """What may offer alternatives to an option chosen by a cue: the text from the sentence naming it last, and
    before it only the sentences naming two options or more ("could be a renal infarct (A) or focal pyelonephritis
    (B)"). An "or" in an earlier option's own description ("2. **Morgagni hernia** — may contain bowel gas or
    omental fat.") offers no answers."""
    mentions = find_mentions(region, idx)
    last = max((m.start for m in mentions if m.letter == letter), default=0)
    cut = max(region.rfind(c, 0, last) for c in ".!?\n") + 1
    kept, start = [], 0
    for end in [m.end() for m in _SENTENCE_STOP.finditer(region, 0, cut)]:
        named = {m.letter for m in mentions if start <= m.start < end}
        if len(named) > 1 or CONFLICT in named:  # ("pleural effusion or pneumonia" is one mention of two options)
            kept.append(region[start:end])
        start = end
    return " ".join(kept + [region[cut:]])


def _judged_against(region: str, idx: OptionIndex, letter: str, stance: bool = True) -> bool:
    """A short reply whose one option is named in a clause that turns from it ("Perthes disease is less likely.",
    "Features point away from Perthes disease.", "Less likely: Perthes disease."): the clause's own negation or
    rejection, read as the decision reader reads it (:func:`medstep.extract.clauses.negated`), not a selection.
    So is an option said to be normal ("The left kidney is normal.", "Left eye: unaffected.", "Pneumothorax: none."):
    to "Which kidney is abnormal?" that names the other one, and to "Which is normal?" it is left unread rather than
    risk the wrong reading (the reader does not see the question). With ``stance`` (a question asking for the option
    that holds), so is one its clause does not affirm: judged unlikely, doubted, defined or said in general
    ("Cardiomegaly is a poor fit here.", "Pneumothorax refers to air in the pleural space.": ``named_stance``)."""
    for m in find_mentions(region, idx):
        if m.letter == letter and m.by_text:
            right, _ = clause_right(region, m.end)
            left = clause_left(region, m.start)
            if negated(cues.tokens(left), right) or list_denied(left, right) or SAID_NORMAL.match(right) \
                    or RESERVED_AFTER.match(right) or asides.denied_next(region, m.end + len(right)) \
                    or set_aside_for_another(left) \
                    or mimic_argued(region, m.end) \
                    or stance and named_stance.stance_at(region, m.start, m.end) is not named_stance.NamedStance.AFFIRMED:
                # (... set aside for one named beside it: "FNH is favoured over |hepatocellular carcinoma.", or kept)
                return True
    return False


def _asked_about(region: str, idx: OptionIndex, letter: str) -> bool:
    """A short reply that names its option only as a question ("Pneumothorax? None. Lungs clear."): asked, then
    answered otherwise, not stated."""
    named = [m for m in find_mentions(region, idx) if m.letter == letter and m.by_text]
    return bool(named) and all(region[m.end:].lstrip(" *_\"'”)")[:1] in ("?", "？") for m in named)


def _lead_letter(region: str, idx: OptionIndex, letter: str | None) -> bool:
    """The output opens with ``letter`` ("**B.** … typical of pleural effusion. Pneumothorax (A) and pneumonia (C)
    are less consistent …"): the option was chosen by its letter, and the text that states it again is the
    explanation, so other options named after it are the ones set aside, not a second answer."""
    return any(c.letter == letter for c in lead_line(region, idx))


def _declining_option(region: str, idx: OptionIndex) -> str | None:
    """The one option whose own text declines ("Cannot be determined", "Insufficient information"), when the output
    opens with that text and names no other option: choosing it is an answer, not a refusal."""
    declining = [letter for letter, key in idx.keys.items() if key and is_refusal(key)]
    if len(declining) != 1 or any(m.letter != declining[0] for m in find_mentions(region, idx)):
        return None
    key, opening = idx.keys[declining[0]], option_key(first_line(region))
    return declining[0] if opening == key or opening.startswith(key + " ") else None


def _ranked_out(region: str, idx: OptionIndex, letter: str, asked: Pole | None) -> bool:
    """A short reply's option ranked against the question ("Pneumothorax is the least likely." to a question asking
    the most likely, ``extract/polarity.py``), or a reply naming it in other words that ranks only against ("Least
    likely: a collapsed lung."): what names it is no selection."""
    return asked is not None and (ranks_against(region, idx, letter, asked) or ranks_only_against(region, asked))


# A question asking for the normal one: "Which kidney is normal?", "Which hip is spared?", "Which ovary appears healthy?".
ASKS_NORMAL = lazy_compile(r"(?i)\bwhich\b[^?？]*\b(?:is|are|appears?|looks?|seems?|remains?|was|were)\s+(?:entirely\s+|"
                            r"completely\s+)?(?:" + NORMAL_SAID + r"|unaffected|spared|intact|preserved|healthy|clear|"
                            r"uninvolved)\s*[?？]")


def normal_asked_elsewhere(region: str, idx: OptionIndex, question: str, letter: str) -> bool:
    """To a question asking for the normal one, a reply that calls another option than ``letter`` normal ("The right
    kidney is hydronephrotic; the left kidney is normal." read the right kidney, the one it states, to "Which kidney
    is normal?"): the readers do not see the question, so the reading states the abnormal one, and the reply names
    the answer elsewhere. Left unread rather than read against the question."""
    if ASKS_NORMAL.search(question) is None:
        return False
    for m in find_mentions(region, idx):
        if m.letter != letter and m.by_text and SAID_NORMAL.match(clause_right(region, m.end)[0]) is not None:
            return True
    return False


def called_normal_asked(region: str, idx: OptionIndex, question: str) -> str | None:
    """To a question asking for the normal one, the one option the reply calls normal, in a clause that says nothing
    else of it ("Left kidney: normal. Right kidney: hydronephrosis." to "Which kidney is normal?"), every mention of
    it so judged and no other option called normal; else None. A clause that turns ("normal in size, but scarred")
    or a letter named anywhere gives none."""
    if ASKS_NORMAL.search(question) is None:
        return None
    called: dict[str, bool] = {}
    for m in find_mentions(region, idx):
        if not m.by_text:
            return None
        right, stop = clause_right(region, m.end)
        said = SAID_NORMAL.match(right)
        whole = said is not None and stop in (".", ";", "\n", "") and not is_hedge(right) \
            and _PLAIN_REST.match(right[said.end():]) is not None
        called[m.letter] = called.get(m.letter, True) and whole
    normal = [letter for letter, yes in called.items() if yes]
    return normal[0] if len(normal) == 1 and normal[0] in idx.letters else None


# What may follow a normal judgement in its clause for it to be the whole of what is said: "in size", "throughout".
_PLAIN_REST = lazy_compile(r"(?i)[\s*_\"'”]*(?:(?:in|throughout)\s+(?:size|appearance|echotexture|position|"
                           r"outline|contour|calibre|caliber|signal|density)(?:\s+and\s+(?:size|appearance|"
                           r"echotexture|position|outline|contour|signal|density))?|bilaterally)?[\s*_\"'”.)]*\Z")


# Keys of a JSON reply that hold the chosen option ('{"reasoning": "...", "answer": "B"}', '{"choice": "d"}').
_CHOICE_KEYS = frozenset({"answer", "final answer", "final_answer", "finalanswer", "choice", "option", "selection",
                          "selected", "selected_option", "selected option", "correct_option", "correct_answer",
                          "letter", "respuesta", "答案"})


def _is_choice_key(path: tuple[str, ...]) -> bool:
    """Whether a JSON field's path ends in a key that holds the chosen option (not reasoning or findings)."""
    return bool(path) and (path[-1].strip().lower() in _CHOICE_KEYS or key_form(path[-1]).removeprefix("final ") in _CHOICE_KEYS)


def _field_letter(region: str, idx: OptionIndex) -> str | None:
    """The option a JSON reply's answer field holds (a letter form or the option's text), CONFLICT when two fields
    hold different options, INVALID when answer fields hold no option, else None. Other fields (reasoning, findings) are not read: they discuss."""
    fields = parse_fields(region)
    values = [value for path, value in fields or () if _is_choice_key(path)]
    found = {strict_line_letter(value, idx) for value in values if isinstance(value, str)}
    found.discard(None)
    if not found:
        return INVALID if values else None  # '{"answer": "unsure"}': the answer field holds no option
    # a conclusion field naming another option than the answer field ('{"diagnosis": "Necrotizing enterocolitis",
    # "answer": "C"}'): two answers given
    found |= {strict_line_letter(value, idx) for path, value in fields or ()
              if path and key_form(path[-1]) in CONCLUSION_KEYS and isinstance(value, str)}
    found.discard(None)
    return found.pop() if len(found) == 1 else CONFLICT


def _table_letter(region: str, idx: OptionIndex) -> str | None:
    """The option a key-value table's answer row holds ("| Field | Value |" ... "| Answer | D |"), CONFLICT when
    two answer rows differ, else None. Only when the text outside the table's rows names no other option: a table
    followed by a discussion that moves on is read by the decision readers."""
    found, rows = set(), []
    for row in _TABLE_ROW.finditer(region):
        rows.append(row.span())
        if row.group(1).strip().lower() in _CHOICE_KEYS:
            value = row.group(2)
            found.add(CONFLICT if offers_alternatives(value) else strict_line_letter(value, idx))
    found.discard(None)
    if len(found) != 1 or CONFLICT in found:
        return CONFLICT if found else None
    letter = next(iter(found))
    outside, last = [], 0
    for lo, hi in rows:
        outside.append(region[last:lo])
        last = hi
    outside.append(region[last:])
    if any(m.letter != letter for m in find_mentions("\n".join(outside), idx)):
        return None
    return letter


def _withheld(region: str, idx: OptionIndex) -> bool:
    """The output ends on an answer phrase awaiting its answer ("The answer is"): what it said before the phrase
    was the way there, and the answer itself was not given (unless an earlier answer phrase gave it)."""
    phrase = last_phrase(region)
    if phrase is None or region[phrase[1]:].strip(" \t\n*_:：") \
            or not region[phrase[0]:phrase[1]].rstrip(" *_:：").lower().endswith((" is", " be")):
        return False
    return not any(c.letter in idx.letters for c in answer_phrase(region[:phrase[0]], idx))


_CALLED_WRONG = lazy_compile(r"(?i)\A[\s*\"'”)\]:]*(?:is|are)\s+(?:clearly\s+|definitely\s+)?(?:incorrect|wrong|inaccurate)\b")
_CALLED_RIGHT = lazy_compile(r"(?i)\A[\s*\"'”)\]:]*(?:is|are)\s+(?:also\s+)?(?:correct|right|accurate|true)\b")
_SENTENCE_STOP = lazy_compile(r"[.!?\n]")  # (``_from_chosen``'s sentence ends: a loop over each character cost ~0.2 ms)


def _odd_one_out(region: str, idx: OptionIndex) -> str | None:
    """In a question asking which statement is FALSE / NOT true: every option judged, exactly one called
    incorrect and the others correct. "C is incorrect" alone is not read (it also means "C is not the answer");
    set against the others called correct it can only mean the statement is false."""
    wrong, right = set(), set()
    for m in find_mentions(region, idx):
        if m.by_text:
            continue
        after = region[m.end:m.end + 40]
        if _CALLED_WRONG.match(after) is not None:
            wrong.add(m.letter)
        elif _CALLED_RIGHT.match(after) is not None:
            right.add(m.letter)
    if len(wrong) != 1 or wrong & right or CONFLICT in wrong:
        return None
    return next(iter(wrong)) if (right | wrong) == set(idx.letters) else None


_CONTRARY_SUBJECT = lazy_compile("(?i)" + asides.CONTRARY_SUBJECT)
# A feature supposed, with what it would point to: "Macroscopic fat would suggest angiomyolipoma." (not "This would
# suggest ...", "I would favour ...": the writer's own reading)
_SUPPOSED_LINK = lazy_compile(r"(?i)[\s*_]*(?!(?:this|it|that|these|those|which|i|we|they|all|overall)\b)\w[^.;:!?\n]{0,60}?"
                              r"\bwould\s+(?:\w+ly\s+)?(?:suggest|indicate|point|favou?r|imply|mean|support)\b")


def _near(region: str, idx: OptionIndex) -> str | None:
    """Last resort: a short reply, or the line after its answer phrase, naming one option in other word forms."""
    phrase = last_phrase(region)
    return _near_named(first_line(region[phrase[1]:]) if phrase is not None else region, idx)


def _near_named(text: str, idx: OptionIndex) -> str | None:
    """:func:`letters.option_near`, unless the option's words stand inside another concept's name ("reverse Colles
    fracture." holds every word of "Colles fracture" and names a Smith fracture)."""
    letter = option_near(text, idx)
    return None if letter is None or optionconcept.inside_another_name(text, idx.texts[letter]) else letter
