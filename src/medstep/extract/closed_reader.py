"""The yes/no reader: a closed question's verdict, read the same way whatever the gold's language.

A marked answer ("Answer: no", "<answer>是</answer>") opens with its verdict; an unmarked one is read for a final
phrase, a label, a lead ("Yes, ...", "No, ..."), a verdict in the closing sentence, and last for the finding stated
in words (``extract/stated.py``). A verdict the rest of the answer takes back, revises or gives to another finding
is not read as given (``extract/leads.py``, ``extract/resolved.py``, ``extract/closing.py``). A closed question whose
gold is no verdict ("Which side?") is read as a short open answer (``extract/open_reader.py``).
"""

from __future__ import annotations

from dataclasses import replace

from medstep.answers import YES, canonical_verdict, hedges, revisions, same_verdict
from medstep.extract import (
    advice, asked, class_subject, closed, closing, committed_clauses, committed_lean, echoed_question, elliptic, finding_fields, implicit, inferred, inline_fields, leads, leaned_before, leans, lesson_reply, open_generic, open_knowledge, open_reader, open_textbook, opening_frame, organ_normal, other_organ, pro_forms,
    raised, replywords, resolved, set_aside, short_reply, statements, tables, verdict_scope, zh_leads,
)
from medstep.extract.choice import AMBIGUOUS, REFUSED, UNPARSED, Reading
from medstep.extract.foreign_words import technique
from medstep.extract.letters import clean
from medstep.extract.mentions import CONFLICT
from medstep.extract.open_reader import final_section
from medstep.extract.refusal import is_refusal
from medstep.extract.split import FINAL_ANSWER_PHRASE, Located, first_line, last_phrase
from medstep.extract.stated import UNDERMINED, read_implicit_finding, read_stated
from medstep.extract.both_ways import states_both_ways
from medstep.extract.undecided import closing_undecided, reopened
from medstep.lazyre import lazy_compile
from medstep.types import Sample, Status

# Doubt after a verdict taken back ("No, wait — that may be a fold. I can't be sure.", "Hmm.", "?"): nothing replaces it.
_STILL_OPEN = lazy_compile(r"(?i)\?|\b(?:" + hedges.alternation(hedges.DOUBT, hedges.POSSIBILITY) + r")\b|\b(?:"
                           + hedges.alternation(revisions.HESITATION) + r")\b[\s.!…]*\Z")
# Doubt, difficulty or a possibility anywhere in a reply opening on a colloquial word ("Yeah, hard to say.", "Yeah,
# well, it could be free air or colon."): the word is a filler there, no verdict (``short_reply.interjection_as_verdict``).
# So too a suspicion ("Yeah, it's indeterminate.") and a search ("Yeah, so, looking at the apices now.").
_HELD_OPEN = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DOUBT, hedges.DIFFICULTY, hedges.POSSIBILITY,
                                                            hedges.WEIGHING, hedges.LIKELIHOOD, hedges.SUSPICION,
                                                            hedges.SEARCH) + r")\b|\?")
# Doubt of the speaker after a revision's own verdict ("Yes. Hmm, actually no, wait... I'm not certain."): no new one.
_DOUBTED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DOUBT) + r")\b")

# The sides a reply names: one opening on a colloquial yes that names first the side the question did not ask ("Yep,
# the left side, not the right." to "Is the lesion in the right lung?") answers another side, no verdict.
_SIDE = lazy_compile(r"(?i)\b(left|right)\b")


def _other_side_first(reply: str, question: str) -> bool:
    """Whether ``question`` names one side and ``reply`` names the other one before it (``_SIDE``)."""
    asked = {m.lower() for m in _SIDE.findall(question)}
    said = _SIDE.search(reply)
    return len(asked) == 1 and said is not None and said.group(1).lower() not in asked


def _filler(reply: str, question: str) -> bool:
    """Whether an opening colloquial word of ``reply`` is a filler, no verdict: the reply holds doubt (``_HELD_OPEN``),
    talks of the answering (``short_reply.talks``) or answers another side (:func:`_other_side_first`)."""
    return _HELD_OPEN.search(reply) is not None or short_reply.talks(reply) or _other_side_first(reply, question)


# Rules of a verdict word or a marked answer: the reply gave its verdict in so many words, and the statement
# readers' sentences beside it are read by the lead and closing checks (``extract/leads.py``), not by both_ways.
_VERDICT_WORD_RULES = frozenset({FINAL_ANSWER_PHRASE, "conclusion_phrase", "yes_no_final", "yes_no_lead", closed.LEAN_RULE,
                                 "conclusion_adverb", replywords.WORD_RULE, replywords.FIELD_RULE, leads.OTHER_RULE,
                                 closed.FRAME_RULE, closing.RULE})


# A verdict given per side as a field: "Left: yes.", "Right side - no", "right = no".
_SIDE_VERDICT = lazy_compile(r"(?i)\b(left|right)(?:\s+(?:side|lung|hemithorax|kidney|breast|knee|hip))?\s*[:=—–-]\s*[*_]*"
                             r"(yes|no)\b")
_SIDE_ASKED = lazy_compile(r"(?i)\b(?:left|right|bilateral|both|either|side|sides)\b")


def sides_disagree(region: str, question: str) -> bool:
    """A verdict per side, yes on one and no on the other ("Left: yes. Right: no."), to a question naming no side
    ("Is there a pleural effusion?"): which verdict answers it is not said."""
    if _SIDE_ASKED.search(question) is not None:
        return False
    said = {(m.group(1).lower(), m.group(2).lower()) for m in _SIDE_VERDICT.finditer(region)}
    return len({side for side, _ in said}) == 2 and len({verdict for _, verdict in said}) == 2


def read_closed(loc: Located, sample: Sample) -> Reading:
    """Yes/no verdict when the gold is one (either language); otherwise a short open answer ("left")."""
    if canonical_verdict(sample.answer) is not None:
        # the sentence that asks, without a scene set before it ("CT after a fall. Is there a fracture?"; extract/asked.py)
        whole = sample.question  # its sides are checked against the answer's too ("Left hip radiograph. ...")
        sample = replace(sample, question=asked.asked_sentence(sample.question, loc.answer))
        # "Is there an effusion?\n\nA small one ...": the question written out as a heading (extract/echoed_question.py)
        loc = replace(loc, answer=echoed_question.drop(loc.answer, sample.question, whole))
        # "Hyperinflated? Not really — ...": the asked finding echoed as a question before the answer (same module)
        loc = replace(loc, answer=echoed_question.drop_term_echo(loc.answer, sample.question))
        found = _verdict(loc, sample)
        said = technique(loc.answer) if found.status is Status.UNPARSED else None
        if said is not None:  # "超声" to "Is this a CT?": the technique named in another language, read in English
            found = _verdict(replace(loc, answer=said), sample)
        plain = advice.set_apart(raised.commit(loc.answer)) if found.status is Status.UNPARSED else loc.answer
        if plain != loc.answer and (again := _verdict(replace(loc, answer=plain), sample)).answer is not None:
            # read again only where the reply read as written gives nothing: a raised suspicion as committed ("strongly
            # suggest malignancy" as "indicate malignancy", extract/raised.py), advice joined by a dash or semicolon
            # read as its own sentence ("... torsion — surgery is recommended.", extract/advice.py)
            found = again
        if found.status is Status.UNPARSED and loc.marker is None and (kept := advice.before_advice(plain)) is not None \
                and (again := _verdict(replace(loc, answer=kept), sample)).answer is not None \
                and again.rule in _VERDICT_WORD_RULES:
            # "... So, yes. A chest drain should be considered.": the verdict word stands before the closing advice;
            # only a verdict word: a statement left last by the cut may be what the advice acts on ("The tip is 5 cm
            # above the carina. It should be withdrawn if ...") or no conclusion ("Fractures around the ankle are
            # classified ... Assessment should include the mortise.")
            found = again
        leaned = committed_lean.commit(loc.answer, sample.question) if found.answer is None else loc.answer
        if leaned != loc.answer and (again := _verdict(replace(loc, answer=leaned), sample)).answer is not None:
            found = again  # "Most likely a small hiatus hernia.": a committed lean, its only doubt, read as the finding
        concluded = inferred.drawn(loc.answer, sample.question) if found.answer is None \
            and found.status is not Status.REFUSED else None
        if concluded is not None and (again := _verdict(replace(loc, answer=concluded), sample)).answer is not None:
            found = again  # "..., which suggests a small effusion.": the conclusion drawn, read as stated (inferred.drawn)
        led = short_reply.interjection_as_verdict(loc.answer) if found.answer is None \
            and not _filler(loc.answer, sample.question) else None
        if led is not None:  # "Nope - that lucency is the gastric bubble." read as "No - ..." (extract/short_reply.py)
            found = _verdict(replace(loc, answer=led), sample)
        if found.answer is not None and loc.marker is None and found.rule not in _VERDICT_WORD_RULES \
                and open_textbook.search_lesson(loc.answer):
            return UNPARSED  # "I would look for:\n1. A crescent-shaped lucency ...": searched for, not found
        if found.rule == leans.RULE and leans.committed_unlikely(clean(loc.answer), sample.question) is None:
            return AMBIGUOUS  # a fragment called it unlikely, the whole reply does not only ("... may be missed")
        if found.answer is not None and (closing_undecided(loc.answer) or reopened(loc.answer)
                                         or sides_disagree(loc.answer, whole)):
            return AMBIGUOUS  # "Yes, ... No, actually that's pleural thickening. Hard to be sure either way."
        if found.answer is not None and loc.marker is None and found.rule not in _VERDICT_WORD_RULES \
                and _both_ways(loc.answer, sample):
            return AMBIGUOUS  # "The kidney is normal. There is a cyst in the kidney." (extract/both_ways.py)
        return found
    return open_reader.read_open(loc, sample)


def _both_ways(region: str, sample: Sample) -> bool:
    """Two sentences stating the asked finding both ways (``extract/both_ways.py``), each read alone by the statement
    readers; a sentence of a class is set aside first ("A pneumothorax can be subtle on a supine film. No pneumothorax
    is present." is a no)."""
    def read(sentence: str) -> str | None:
        return read_implicit_finding(sentence, sample).answer or organ_normal.finding_in_organ(sentence, sample.question)

    return states_both_ways(class_subject.set_aside(region, sample.question), sample.question, read)


def _knowledge_or_courtesy(sentence: str, question: str) -> bool:
    """A sentence of a class (``extract/class_subject.py``), or a courtesy around one ("Thank you for the question.
    Pneumobilia refers to gas within the biliary tree ..."; ``extract/open_generic.py``): no verdict either way."""
    return class_subject.of_any_finding(sentence, question) or open_generic.courtesy(sentence)


def _marked_verdict(region: str) -> str | None:
    """A verdict opening an explicitly marked answer, in either language (see ``extract/closed.py``)."""
    return closed.parse_marked(region) or closed.parse_zh(clean(region))


def _verdict(loc: Located, sample: Sample) -> Reading:
    """The yes/no verdict, read the same way whatever the gold's language (grading compares meanings)."""
    region = closed.strip_echo(closed.undecorate(closed.collapse_loop(loc.answer)))  # "Yes Yes Yes" is "Yes."
    region = closed.punctuate_bare_yes(region)  # "yes large left effusion" is "yes, large left effusion"
    region = opening_frame.drop(region)  # "On review of the image: ..." (extract/opening_frame.py)
    region = short_reply.as_verdict(region, sample.question)  # "It isn't: ..." is "No: ..." (extract/short_reply.py)
    region = tables.as_fields(region)  # "| Pleural effusion | No |" is "Pleural effusion: No" (extract/tables.py)
    region = inline_fields.as_lines(region)  # "Effusion - yes; pneumothorax - no." (extract/inline_fields.py)
    if loc.marker is not None:
        verdict = _marked_verdict(region)
        if verdict == CONFLICT:
            return AMBIGUOUS
        if verdict is not None:
            return Reading(verdict, loc.marker)
        return REFUSED if is_refusal(region) else read_stated(region, sample)
    if finding_fields.contradicts(region, sample.question) and closed.revision(region) is None:
        return AMBIGUOUS  # "Ascites: none.\nAscites: small." (extract/finding_fields.py)
    field = replywords.negated_field(region, sample.question)  # "Fracture: no." to "Is there no fracture?" (yes)
    if field is not None:
        return Reading(field, replywords.FIELD_RULE)
    phrase = last_phrase(region)
    if phrase is not None and not closed.counterfactual(region, phrase[0]):  # "If it were, the answer would be yes."
        verdict = _marked_verdict(first_line(region[phrase[1]:]))
        if verdict == CONFLICT:
            return AMBIGUOUS
        if verdict is not None:  # "Answer: no enhancement? Actually yes; the mass enhances avidly." (yes)
            return _revised_answer(region[phrase[1]:].lstrip(" \t*_:"), verdict, loc, sample)
    section = final_section(region) if phrase is None and "#" in region else ""
    if section and (verdict := _marked_verdict(first_line(section))) is not None:
        # "### Answer\nYes.\n\n### Reasoning\n...": the answer's heading marks its first line as a final phrase would,
        # and a later second look that takes it back leaves it open as after a phrase ("### Note\nOn second look, the
        # stripe could just as well be fat; I'm not sure.")
        return AMBIGUOUS if verdict == CONFLICT else _revised_answer(section, verdict, loc, sample)
    verdict, rule = closed.parse_label(region, sample.question), "conclusion_phrase"
    if verdict is None:
        verdict, rule = closed.parse_free(region)
        if rule == "yes_no_final" and (closing.labels_another(region, sample.question)
                                       or set_aside.asks_another(region, sample.question)):
            verdict = None  # "Effusion, yes." / "Is there an effusion? Yes." to "Is there a pneumothorax?"
    if verdict is None:
        verdict, rule = closed.parse_zh(region), "yes_no_lead"
    if verdict is None:
        verdict, rule = closed.parse_zh_lean(region), closed.LEAN_RULE  # "倾向于否。……"
    if verdict is not None and rule == "yes_no_lead" and verdict_scope.lead_of_another(region, verdict, sample.question):
        verdict = None  # "Yes, this is a nevus." to "Is this melanoma?": the yes affirms another thing (verdict_scope)
    if verdict is None:
        verdict, rule = closed.parse_mid(region), "conclusion_adverb"
        if verdict is not None and verdict_scope.mid_of_another(region, verdict, sample.question):
            verdict = None  # "So yes, a biopsy is recommended." to "Is the lesion malignant?"
    if verdict == CONFLICT:
        return AMBIGUOUS
    lead = rule in ("yes_no_lead", closed.LEAN_RULE)
    if verdict is not None and len(region) <= implicit.MAX_CHARS and closed.opposite_openings(
            region, lambda sentence: closing.answers_another(sentence, sample.question)):
        return REFUSED if is_refusal(region) else AMBIGUOUS  # "Yes, there is edema. No, there is no edema."
    if verdict is not None and not closed.has_conflict(region[:40] if lead else region[-60:]):
        if lead and closed.contradicts_itself(region, sample.question):
            return AMBIGUOUS
        after = zh_leads.lead_to_another(region, sample.question) if rule == "yes_no_lead" else None
        if after is not None:  # "不，没有肺炎。" to 是否存在肺气肿？: the verdict is the other finding's (extract/zh_leads.py)
            stated = read_stated(after, sample).answer if after else None
            return Reading(stated, leads.OTHER_RULE) if stated is not None and stated != CONFLICT else AMBIGUOUS
        start = closed.final_start(region) if rule == "yes_no_final" and len(region) <= implicit.MAX_CHARS else None
        said = region[:start].rstrip(" \t\n*_\"'“”") if start else ""
        # a sentence before it, not the term as its label ("Pneumothorax — no.", "Neumotórax: no.")
        stated = read_stated(said, sample).answer if said.endswith((".", "!")) and len(said) > 1 else None
        if stated is not None and (stated == CONFLICT or not same_verdict(stated, verdict)):
            return AMBIGUOUS  # "There is a pneumothorax. No.": the statement and the verdict disagree
        if said and leaned_before.contradicts_closing(said, verdict):
            return AMBIGUOUS  # "The cortex looks intact, so probably not. Yes." (extract/leaned_before.py)
        if rule == "yes_no_lead" and other_organ.yes_to_other_organ(region, verdict, sample.question):
            return AMBIGUOUS  # "Yes, splenomegaly." to "Is the liver enlarged?" (extract/other_organ.py)
        other = leads.yes_given_to_another(region, verdict, sample.question, lambda t: read_stated(t, sample).answer) \
            if rule == "yes_no_lead" else None
        if other is not None:  # "Yes, the patient has a pacemaker. The cardiac silhouette is normal in size." (no)
            return AMBIGUOUS if other == CONFLICT else Reading(other, leads.OTHER_RULE)
        if rule == "yes_no_lead" and (leads.yes_to_another(region, verdict, sample.question)
                                      or leads.yes_on_other_side(region, verdict, sample.question)):
            return AMBIGUOUS  # "Yes, the effusion has resolved." to "Is there a pneumothorax?"; "Yes, on the left." (right?)
        if rule == "yes_no_lead" and (rest := elliptic.read_elliptic(closed.after_lead(region), sample.question)) \
                is not None and not same_verdict(rest, verdict):
            return AMBIGUOUS  # "No, there is one on the left.", "Yes, there is none." (extract/elliptic.py)
        if rule == "yes_no_lead" and leads.lead_contradicted(region, verdict, sample.question):
            return AMBIGUOUS  # "No, there is a pneumothorax.", "Yes, there are multiple lesions." (solitary?)
        stated = leads.negated_content(region, verdict, sample.question,
                                       lambda t: read_implicit_finding(t, sample).answer) if lead else None
        if stated is not None:  # "Yes, there is a pneumothorax on the right." to "Is there no pneumothorax?"
            return AMBIGUOUS if stated == CONFLICT else Reading(stated, statements.NEGATED_RULE)
        if rule == "yes_no_lead" and leads.sentence_states_otherwise(region, verdict, sample.question,
                                                                     lambda t: read_stated(t, sample).answer):
            return AMBIGUOUS  # "No. There is a filling defect ... consistent with pulmonary embolism."
        if rule == "yes_no_lead" and (leads.later_sentence_denies(region, verdict, sample.question)
                                      or leads.closing_pole_denies(region, verdict, sample.question)):
            return AMBIGUOUS  # "Yes, there are schistocytes. No schistocytes."
        if rule == closed.LEAN_RULE and leads.lean_states_otherwise(region, verdict,
                                                                    lambda t: read_implicit_finding(t, sample).answer):
            return AMBIGUOUS  # "No doubt about it — there is no pneumothorax."
        if rule == closed.LEAN_RULE and pro_forms.opens_pro_form(region) and is_refusal(region):
            return REFUSED  # "I'm afraid not. The image is too dark to assess the bones.", "I suppose so, I can't tell."
        if rule == closed.LEAN_RULE and pro_forms.conditioned_pro_form(region):
            return AMBIGUOUS  # "Seems so, unless that's just pleural thickening."
        if rule == closed.LEAN_RULE and closed.affirms_in_passing(region):
            # "Indeed, the angles are sharp." / "Indeed, hard to say.": the word affirms its own sentence, which
            # answers nothing here; an elliptical reply ("Indeed, a small one on the left.") is still a yes
            rest = closed.after_lead(region)
            if is_refusal(region):
                return REFUSED
            if _FINITE.search(rest.split(".", 1)[0]) is not None and read_implicit_finding(rest, sample).answer is None:
                return UNPARSED
        if rule == closed.LEAN_RULE and UNDERMINED.search(region) is not None:
            return AMBIGUOUS  # "Probably yes, but it could be a skin fold."
        if lead and leaned_before.lead_leans_otherwise(closed.after_lead(region), verdict):
            return AMBIGUOUS  # "Yes, probably not.", "Probably. Or maybe not." (extract/leaned_before.py)
        if rule == "yes_no_lead" and leads.held_open(region):
            return AMBIGUOUS  # "Yes, a pneumothorax cannot be excluded.", "No, but one cannot be excluded."
        past = resolved.lead_past(region, verdict, sample.question) if rule == "yes_no_lead" else None
        if past is not None:  # "Yes, previously; now resolved." (no), "Yes, previously." (the past's yes)
            return AMBIGUOUS if past == CONFLICT else Reading(past, resolved.RULE)
        revised = closed.revised_lead(region) if lead else None
        if revised == CONFLICT:
            # "Yes, on the left. Wait — that line is a skin fold. So no pneumothorax.": read what follows the cue
            cue = closed.revision(region)
            again = _verdict(replace(loc, answer=region[cue[1]:].lstrip(" ,;:—–-")), sample) if cue else None
            if again is not None and again.answer is None and again.status is Status.UNPARSED \
                    and (before := closed.verdict_before(region, cue[0] if cue else 0)) is not None:
                if cue is not None and _STILL_OPEN.search(region[cue[1]:]) is not None:
                    return AMBIGUOUS  # "Yes, ... No, wait — that may be a skin fold. I can't be sure.": taken back only
                return Reading(before, rule)  # "Yes, ... obstructed. No, wait, these are normal haustra ..."
            return again if again is not None and again.answer is not None else AMBIGUOUS
        if revised is not None:
            cue = closed.revision(region)
            if revised != verdict and cue is not None and _DOUBTED.search(region[cue[1]:]) is not None:
                return AMBIGUOUS  # "Yes. Hmm, actually no, wait... I'm not certain.": the yes withdrawn, no new verdict
            return Reading(revised, rule)
        return Reading(verdict, rule)
    if is_refusal(region):
        return REFUSED
    if closed.has_conflict(region):
        return AMBIGUOUS
    if open_knowledge.only_knowledge(region, sample.question, _knowledge_or_courtesy, class_subject.continues_class):
        return UNPARSED  # "In adults, an effusion lifts the fat pads ...", "Pneumothorax is air in the pleural space."
    if lesson_reply.teaches_only(region, sample.question):
        return UNPARSED  # "Tuberculosis is an infectious disease ... Treatment requires ..." (extract/lesson_reply.py)
    found = (closing.read_closing(region, sample.question) or closing.read_inner(region, sample.question)) \
        if verdict is None and not set_aside.asks_another(region, sample.question) else None
    if found is not None:
        return _closing(region, found, sample)
    if leaned_before.denies_the_unprefixed(region, sample.question):
        return UNPARSED  # "No displaced fracture." to "Is there a non-displaced fracture?"
    in_words = read_stated(region, sample)
    if in_words.answer is not None and in_words.answer != CONFLICT \
            and (opening := leads.qualified_opening(region)) is not None and not same_verdict(in_words.answer, opening):
        return AMBIGUOUS  # "Mostly, yes — apart from a granuloma, the study is normal." (read as a finding: no)
    if in_words.answer is None and in_words.status is Status.UNPARSED \
            and (left_out := elliptic.read_elliptic(region, sample.question)) is not None:
        return Reading(left_out, elliptic.RULE)  # "None whatsoever.", "Seen on the left." (extract/elliptic.py)
    if in_words.answer is None and in_words.status is Status.UNPARSED and (part := committed_clauses.read_committed(
            region, sample.question, lambda text: read_stated(text, sample).answer)) is not None:
        return Reading(part, committed_clauses.RULE)  # "... — this is a tension pneumothorax and needs drainage."
    if in_words.answer is None and in_words.status is Status.AMBIGUOUS and (part := committed_clauses.read_committed(
            region, sample.question, lambda text: read_stated(text, sample).answer, leaned=True)) is not None:
        return Reading(part, committed_clauses.RULE)  # "... a vascular groove rather than a fracture. So likely not a fracture."
    if (in_words.answer is not None or in_words.status is Status.UNPARSED) and loc.marker is None \
            and (led := elliptic.as_lead(region, sample.question)) != region:
        # "That's present — a small amount of fluid ...": read as "Yes — ...", with every check of a lead; a statement
        # read the other way ("It's present — there is no effusion.") leaves it open
        again = _verdict(replace(loc, answer=led), sample)
        if in_words.answer is None:
            return again
        return in_words if again.answer is not None and same_verdict(again.answer, in_words.answer) else AMBIGUOUS
    return in_words


def _revised_answer(answer: str, verdict: str, loc: Located, sample: Sample) -> Reading:
    """The verdict after a final-answer phrase, unless the model revises it after: "Answer: no enhancement? Actually
    yes; the mass enhances avidly." is a yes. A revision read as nothing ("Answer: yes. Wait — that line is a skin
    fold.") leaves it open (ambiguous); one that says the same keeps it."""
    revised = closed.revised_lead(answer)
    if revised is None:
        return Reading(verdict, FINAL_ANSWER_PHRASE)
    if revised == CONFLICT:
        cue = closed.revision(answer)
        again = _verdict(replace(loc, answer=answer[cue[1]:].lstrip(" ,;:—–-")), sample) if cue else None
        revised = again.answer if again is not None and again.answer is not None else CONFLICT
    return AMBIGUOUS if revised == CONFLICT else Reading(revised, FINAL_ANSWER_PHRASE)


def _closing(region: str, found: closing.Closing, sample: Sample) -> Reading:
    """The verdict set off inside the closing sentence ("..., normal P axis — yes, sinus rhythm.";
    ``extract/closing.py``), unless the answer states the finding the other way or takes it back as a possibility
    ("— yes. However, it may be a skin fold.", "This is a CT image. No, it is an MRI."): which one the model meant
    is not for the reader to guess."""
    verdict, start, end = found.verdict, found.start, found.end
    if UNDERMINED.search(region, end) is not None:
        return AMBIGUOUS
    cue = verdict_scope.denies_own_words(region, end)
    if cue is not None:  # "... looks benign. No, wait, looking again at the border, it is malignant." (yes)
        value = verdict_scope.corrected_value(region, start, cue, verdict, lambda t: read_stated(t, sample).answer)
        return AMBIGUOUS if value == CONFLICT else UNPARSED if value is None else Reading(value, verdict_scope.RULE)
    if same_verdict(verdict, YES) and verdict_scope.governs_another(closed.rest_of_sentence(region, end), sample.question):
        return UNPARSED  # "... — yes, a biopsy is recommended." to "Is the lesion malignant?" (extract/verdict_scope.py)
    for part in (region[end:].lstrip(" ,;:—–-("), region[:start], region):
        stated = read_stated(part, sample).answer if part.strip() else None
        if stated is not None and not same_verdict(stated, verdict):
            return AMBIGUOUS
    return Reading(verdict, closing.RULE)


# A finite verb: the words after an opening "Indeed," form a sentence of their own, not an elliptical reply.
_FINITE = lazy_compile(r"(?i)\b(?:is|are|was|were|be|has|have|had|needs?|shows?|seems?|appears?|looks?|can|cannot|"
                       r"could|would|should|will|must|do|does|did|may|might)\b|n't\b|\b(?:hay|es|son|está|están|se)\b")
