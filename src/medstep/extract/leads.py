"""An opening "Yes," / "No," read against the statement that follows it in the same reply.

A lead verdict is the model's answer, unless the statement after it says otherwise. Two cases are read here, both
short and both in plain words (``extract/closed_reader.py`` asks after reading the lead), beside a bare "Yes." / "No."
checked against the sentences after it and a lead held open by "cannot be excluded":

* the statement states the asked finding the other way: "No, there is a pneumothorax." or, for a property, its other
  pole ("Yes, there are multiple lesions." to "Is the lesion solitary?"): the reply contradicts itself (ambiguous);
* the question is negated ("Is there no pneumothorax?"): a yes or no to it is said either way round (agreeing with
  the negation, or with the finding's presence), so the statement after it decides which the model meant: "Yes,
  there is a pneumothorax on the right." is a no (the b9-0383 label).
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, ZH_NO, ZH_YES, hedges, negation, same_verdict
from medstep.answers.concepts import IMAGING_PLANES, MentionKind, vocabulary
from medstep.answers.technique import technique_mentions
from medstep.extract import (
    antonyms, asked, asked_cutoff, closed, closing, findings, implications, implicit, implicit_terms, measured, statements, subjects, technique,
)
from medstep.extract.letters import clean
from medstep.extract.mentions import CONFLICT
from medstep.lazyre import lazy_compile

# A bare opening verdict that is its own sentence: "No. ", "**Yes.**\n", "Non. " (any language's, ``extract/closed.py``).
BARE_LEAD = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:" + closed.OPENING_WORDS + r")[*_\"'“”]*\s*[.!]+[*_\"'“”]*\s+(?=\S)")
_NOT_EXCLUDED = lazy_compile("(?i)" + hedges.words(hedges.NOT_EXCLUDED))


def sentence_states_otherwise(region: str, verdict: str, question: str, read: Callable[[str], str | None]) -> bool:
    """Whether the sentences after a bare opening verdict ("No." / "Yes." ending its own sentence) state the
    finding the other way: "No. There is a filling defect ... consistent with pulmonary embolism." to "Is there a
    pulmonary embolus?", "Yes. This is an AP portable radiograph." to "Is this a PA film?". The reply contradicts
    itself; which half the model meant is not for the reader to guess. Read by every statement reader (``read``:
    the closed statement pipeline). Only a verdict that is a sentence of its own: after "No, ..." the clause is the
    verdict's own elaboration, and the statement readers misread some of those ("No, free subdiaphragmatic air.")."""
    m = BARE_LEAD.match(region)
    if m is None or len(region) - m.end() > implicit.MAX_CHARS or closed.revision(region) is not None:
        return False
    rest, q = clean(region[m.end():]), question
    stated = (implicit.read_implicit(rest, q) or findings.read_finding(rest, q, strict=False)
              or implications.read_sign(rest, q) or measured.read_measured(rest, q) or antonyms.read_antonym(rest, q)
              or (statements.read_statement(rest, q) or (None, ""))[0] or read(rest))
    return stated is not None and stated != CONFLICT and not same_verdict(stated, verdict)


def later_sentence_denies(region: str, verdict: str, question: str) -> bool:
    """Whether, after an opening "Yes, ..." sentence, a later sentence of a short reply plainly states the asked
    finding the other way ("Yes, there are schistocytes. No schistocytes."): the reply contradicts itself. Read by the
    cautious implicit reader only, sentence by sentence."""
    first = BARE_LEAD.match(region) is None and verdict == YES
    parts = implicit.sentences(region) if first and len(region) <= implicit.MAX_CHARS else []
    if len(parts) < 2 or closed.revision(region) is not None:
        return False
    return any(implicit.read_implicit(clean(p), question) == NO for p in parts[1:])


# A word that hands a closing state to another part or the rest ("The other bones are intact.", "The rest of the
# skeleton is intact."): the yes before it keeps its own subject.
_ANOTHER_PART = lazy_compile("(?i)" + hedges.words(tuple(subjects.ANOTHER | subjects.NEIGHBOUR), hedges.QUALIFICATION,
                                                   ("remaining", "remainder", "rest")))


def _asked_subject(question: str) -> tuple[str, ...]:
    """The stems of the subject the antonym reader asks of (``antonym_question``: "bone", "osseous", ... to a
    fracture question), or none."""
    from medstep.extract.antonym_question import Asked, parse_question

    asked_pair = parse_question(question)
    return asked_pair.subject if isinstance(asked_pair, Asked) else ()


def closing_pole_denies(region: str, verdict: str, question: str) -> bool:
    """Whether an opening "Yes, ..." sentence is followed by a closing sentence that states the asked property's other
    pole of the asked subject, read alone by the careful antonym reader (``extract/antonyms.py``): "Yes, there is a
    fracture in the image. The bone appears to be intact, with no visible breaks or displacement." The reply's own
    final statement takes the yes back; which one the model meant is not for the reader to guess. Never when the
    closing sentence speaks of another part ("The other bones are intact.", or a subject apart from the place the yes
    named: ``subjects.placed_elsewhere``) or a revision cue reads the reply."""
    parts = implicit.sentences(region) if verdict == YES and len(region) <= implicit.MAX_CHARS else []
    if len(parts) < 2 or closed.revision(region) is not None or _ANOTHER_PART.search(parts[-1]) is not None \
            or subjects.placed_elsewhere(parts[0], parts[-1], question, _asked_subject(question)):
        return False  # ("Yes, a fracture of the distal radius. The carpal bones are intact.": another part's state)
    return antonyms.read_antonym(clean(parts[-1]), question) == NO


def lean_states_otherwise(region: str, verdict: str, read: Callable[[str], str | None]) -> bool:
    """Whether the statement after an opening reply in other words, read by ``read``, is the other verdict: "No doubt
    about it — there is no pneumothorax." (the opener affirms, the statement denies). Which one the model meant is
    not for the reader to guess. Only for the replies of ``yes_no_lean``: a plain "No, ..." keeps its reading, since
    the statement readers misread some clauses after it ("No, free subdiaphragmatic air.")."""
    if closed.revision(region) is not None:
        return False  # "Yes. Wait, I misread; no pneumothorax.": a revision is read by ``revised_lead``
    rest = closed.after_lead(region)
    stated = read(rest) if rest else None
    return stated is not None and not same_verdict(stated, verdict)


def held_open(region: str) -> bool:
    """Whether the clause of an opening "Yes," / "No," holds the finding open: "Yes, a pneumothorax cannot be
    excluded.", "No, but one cannot be excluded." (a bare "No." before another sentence is not held open by it)."""
    return not BARE_LEAD.match(region) and _NOT_EXCLUDED.search(closed.after_lead(region).split(".")[0]) is not None


def lead_contradicted(region: str, verdict: str, question: str) -> bool:
    """Whether the clause after an opening verdict states the asked finding the other way, in the question's own
    words or as the other pole of the asked property, or speaks only of another part or a neighbour of the asked
    thing (``extract/subjects.py``). Only those two plain readers: a terse elaboration is often an
    elliptical denial the concept readers would misread ("No, free subdiaphragmatic air." means none)."""
    rest = closed.after_lead(region)
    if not rest or len(rest) > implicit.MAX_CHARS or closed.revision(region) is not None:
        return False
    if subjects.elsewhere(rest, question):
        return True  # "Yes, the aortic root is dilated." to "Is the descending aorta dilated?": not what was asked
    stated = implicit.read_implicit(rest, question) or antonyms.read_antonym(rest, question)
    if stated is None and _asks_how_made(question):
        # "Yes, this is a sagittal view." to "Is this a coronal view?": the clause names another plane or technique
        stated = technique.read_technique(rest, question) or findings.read_finding(rest, question)
    elif stated is None and technique.asked_modality(question) is not None:
        stated = technique.read_technique(rest, question)  # "Yes, this is an MRI." to "Is this a CT scan?"
    if stated is None and asked_cutoff.asked_row(question) is not None:
        # "Yes, 3 mm." / "No, the stone measures 8 mm." to "Is the stone larger than 5 mm?": the value says otherwise
        stated = asked_cutoff.bare_value(rest, question) or measured.read_measured(rest, question)
    return stated in (YES, NO, ZH_YES, ZH_NO) and not same_verdict(stated, verdict)


_PLANE = lazy_compile(r"(?i)\b(?:" + "|".join(sorted(IMAGING_PLANES, key=len, reverse=True)) + r")\b")


def _asks_how_made(question: str) -> bool:
    """Whether the question asks the image's plane or technique (values that exclude each other, named plainly)."""
    return _PLANE.search(question) is not None or bool(technique_mentions(question))


# A clause that denies, calls normal or calls gone what it names: "the effusion has resolved", "no renal calculi".
_DENIES = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE, negation.ABSENT, negation.NEVER, negation.GONE)
                       + "|" + negation.CONTRACTION)


def yes_to_another(region: str, verdict: str, question: str) -> bool:
    """Whether an opening "Yes," affirms a clause that denies, calls normal or calls gone another finding, or names
    only a device to a question about a finding ("Yes, there are surgical clips." to "Is there subcutaneous
    emphysema?"), naming nothing the question asks: "Yes, the effusion has resolved." to "Is there a pneumothorax?" agrees with the
    effusion's clause (the model answers another question), so the yes is no answer to this one. Only a positive
    question about a known finding (``closing.answers_another``); a negative one ("Is the chest normal?", "Is the
    lung free of nodules?") is answered yes by any denial ("Yes, no effusion or pneumothorax.")."""
    clause = _lead_clause(region) if same_verdict(verdict, YES) and not closed.negative_question(question) else None
    if clause is None or not clause.strip() or not closing.answers_another(clause, question):
        return False
    if closing.names_only_devices(clause) and not closing.names_only_devices(question):
        return True  # "Yes, the patient has a pacemaker." to "Is there cardiomegaly?": a device is no finding's sign
    return _DENIES.search(clause) is not None or any(m.kind is MentionKind.NORMAL for m in vocabulary().mentions(clause))


_SIDE = lazy_compile(r"(?i)\b(left|right)\b")
OTHER_RULE = "yes_other_finding"  # an opening yes given to another finding, the asked one stated absent after it
# The clause of an opening verdict: to the end of its sentence, or to a turn ("Yes, there is a disc bulge, but ...").
_LEAD_CLAUSE_END = lazy_compile(r"(?i)[.!?](?=\s|\Z)|[;\n]|,\s*(?:but|however|although|though)\b")
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|\Z)|[;\n]")


def _lead_clause(region: str) -> str | None:
    """The clause an opening "Yes," / "Yes —" stands in, to its sentence end; ``None`` for a bare "Yes." (a sentence
    of its own, read against the next ones by ``sentence_states_otherwise``) or a revision."""
    if BARE_LEAD.match(region) or closed.revision(region) is not None:
        return None
    return _SENTENCE_END.split(closed.after_lead(region), maxsplit=1)[0]


lead_clause = _lead_clause  # the same, for the scope of a yes (``extract/verdict_scope.py``)
asks_how_made = _asks_how_made


def _another(clause: str, question: str) -> bool:
    """Whether ``clause`` speaks of another finding (``closing.answers_another``) or, to a property question ("Is the
    spleen enlarged?"), of another subject only: it names concepts, none related to the asked ones, and no word of
    the asked subject ("the liver is enlarged (18 cm)")."""
    if closing.answers_another(clause, question):
        return True
    q = implicit_terms.parse_question(question)
    if q is None or q.prop is None or closing.names_asked(clause, question) and not closing.names_other(clause, question):
        return False
    words = implicit_terms.tokens(clause)
    return closing.names_any(clause) and not closing.names_related(clause, question) \
        and not any(implicit_terms.matches(t, w) for t in words for w in q.words)


def yes_given_to_another(region: str, verdict: str, question: str, read: Callable[[str], str | None]) -> str | None:
    """The verdict the text after an opening "Yes," states, where that yes is given to another finding and the text
    after its clause states the asked one absent: "Yes, there is a pneumothorax on the right. The costophrenic angles
    are sharp bilaterally." to "Is there a pleural effusion?" (no), "Yes, the patient has a pacemaker. The cardiac
    silhouette is normal in size." to "Is there cardiomegaly?" (no). The yes answers a question not asked; the
    statement answers the asked one. ``None`` otherwise (a statement agreeing with the yes, or none: "Yes, there is
    consolidation." to "Is there pneumonia?" keeps its yes). ``CONFLICT`` where the text after it names the asked
    thing without a readable statement: whose yes it is, the reader cannot tell."""
    if not same_verdict(verdict, YES) or closed.negative_question(question) or _lead_clause(region) is None:
        return None
    rest = closed.after_lead(region)
    end = _LEAD_CLAUSE_END.search(rest)
    if end is None or not _another(rest[:end.start()], question):
        return None
    after = rest[end.end():].strip()
    stated = read(after) if after and len(after) <= implicit.MAX_CHARS else None
    if stated is None:  # "Yes, the liver is enlarged (18 cm). The spleen measures 11 cm." to the spleen: whose yes?
        return CONFLICT if after and closing.names_asked(after, question) else None
    return stated if stated != CONFLICT and same_verdict(stated, NO) else None


def yes_on_other_side(region: str, verdict: str, question: str) -> bool:
    """Whether an opening "Yes," is placed by its clause on the side the question does not ask, the asked side not
    named: "Yes, on the left." to "Is there a right pleural effusion?", "Yes, the right kidney is enlarged." to "Is
    the left kidney enlarged?" (the yes is the other side's; a "No, on the left." stays a no)."""
    sides = {s.lower() for s in _SIDE.findall(question)}
    clause = _lead_clause(region) if same_verdict(verdict, YES) and len(sides) == 1 else None
    if clause is None:
        return False
    named = {s.lower() for s in _SIDE.findall(clause)}
    return bool(named) and not named & sides


def negated_content(region: str, verdict: str, question: str, read: Callable[[str], str | None]) -> str | None:
    """The verdict of the statement after an opening verdict to a negated question, read by ``read`` (the closed
    statement readers, which rewrite the question to its positive form), where it is the other verdict; ``None``
    where the question is not negated, a revision follows, or the statement reads as nothing or the same;
    ``CONFLICT`` where "it" / "they" says the asked property and reads as nothing (which way is the lead meant?)."""
    pos = asked.positive_form(question)
    if pos is None or not pos[1] or not asked.negated(question) or closed.revision(region) is not None:
        return None  # "Is there any abnormality in the kidney?" is rewritten the other way round, not negated
    clause = closed.after_lead(region)
    rest = _named_subject(clause, pos[0])
    stated = read(rest) if rest else None
    if stated is None and rest != clause:
        return CONFLICT  # "No, it isn't enlarged." to "Is the liver not enlarged?": said of the property, unread
    return None if stated is None or same_verdict(stated, verdict) else stated


_PRONOUN = lazy_compile(r"(?i)^(\s*)(?:it|they)(?=\s+(?:is|are|was|were|isn['’]t|aren['’]t)\b)")


def _named_subject(clause: str, question: str) -> str:
    """``clause`` with an opening "it" / "they" named as the property question's subject, where the clause says the
    asked property: "it is not enlarged" to "Is the heart enlarged?" reads "the heart is not enlarged" (a pronoun
    names nothing the statement readers know)."""
    term = implicit_terms.question_term(question)
    m = _PRONOUN.match(clause)
    if m is None or term is None or term.prop is None or term.prop.lower() not in clause.lower():
        return clause
    return m.group(1) + "the " + term.phrase + clause[m.end():]


__all__ = ["BARE_LEAD", "asks_how_made", "lead_clause", "OTHER_RULE", "held_open", "lean_states_otherwise", "lead_contradicted", "negated_content", "sentence_states_otherwise",
           "yes_given_to_another", "yes_on_other_side", "yes_to_another"]


# A verdict word under a summing-up (``hedges.SUMMING``) opening the reply, set off by punctuation: "Mostly, yes — ...",
# "Overall no; ...", "In short, yes." (the lead readers take only a bare or a committed-lean opening).
_QUALIFIED_OPENING = lazy_compile(r"(?i)^[\s*_\"'“”]*(?:" + hedges.alternation(hedges.SUMMING)
                                  + r")[\s*_]*,?\s*(yes|no)[*_\"'“”]*\s*(?=[,;:.!—–]|\s-\s)")


def qualified_opening(region: str) -> str | None:
    """The verdict (``YES`` / ``NO``) of an opening "Mostly, yes —" / "Overall, no;", else ``None``. Read only to
    check a reading in words against it: "Mostly, yes — apart from a calcified granuloma, the study is normal." states
    the granuloma (a finding: no) and answers yes; which one the writer meant is not the reader's to pick."""
    m = _QUALIFIED_OPENING.match(region)
    if m is None:
        return None
    return YES if m.group(1).lower() == "yes" else NO
