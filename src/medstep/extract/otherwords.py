"""The last-resort readers of an option named in other words in the output's decision sentence.

When no reader found a letter or an option's text, the decision sentence may still name one option otherwise: by
words of its text ("My pick: the spiral one.", ``extract/optwords.py``), its initials ("... : SCFE.",
``extract/initials.py``), an alias ("... points to LAM.", ``extract/aliases.py``), its number ("Option 3 is
correct.", ``extract/ordinals.py``) or a concept of the vocabulary ("... the most likely diagnosis is PTX.",
``extract/optionconcept.py``). Tried in that order; the first that reads one option answers.
"""

from __future__ import annotations

from medstep.extract import aliases, asides, decision_clauses, initials, named_stance, optionconcept, optwords, ordinals, polarity
from medstep.extract.choice import Reading
from medstep.extract.clauses import deny_list_links, without_denied_lists
from medstep.extract.langwords import foreign_negation
from medstep.extract.mentions import OptionIndex
from medstep.lazyre import lazy_compile
from medstep.types import Sample

# A sentence opening on what a kind of lesion can or usually does: "Endometriomas can contain clot", "A lipoma may
# show septa", "Haemangiomas typically fill in": a subject of a few words, then the modal or the adverb of habit.
# (not what this image shows: "These findings are commonly seen in bronchiolitis", "It may be ...")
_KIND_SAID = lazy_compile(r"(?i)[\s*_]*(?!(?:these|this|that|those|it|they|there|such|the\s+findings?)\b)(?:an?\s+)?"
                          r"(?:(?!(?:is|are|was|were|be)\b)[\w'’-]+\s+){0,3}?(?!(?:is|are|was|were|be)\b)[\w'’-]+\s+"
                          r"(?:can|may|might|could|often|usually|typically|classically|commonly|tends?\s+to)\s+(?!not\b)")


_SHORT_REPLY = 400  # (a reply this short is read clause by clause for the stance of the clause naming its option)


def read_other_words(region: str, idx: OptionIndex, sample: Sample, pole: polarity.Pole) -> Reading | None:
    """The option the output's decision sentence names in other words (its text's own words, initials, an alias, a
    number, a concept), else None; nothing from a sentence that ranks only against the question ("Least likely:
    PTX." to a question asking the most likely, ``extract/polarity.py``), nor from a short reply whose every clause
    naming the option judges it against ("Pneumothorax. Not likely.": the decision sentence is the verdict tag,
    naming nothing; ``extract/verdict_tag.py``)."""
    found = _read_other_words(region, idx, sample, pole)
    chosen = found.answer if found is not None else None
    if chosen is not None and len(region) <= _SHORT_REPLY and pole in (None, polarity.Pole.TOP) \
            and named_stance.none_affirmed(region, lambda clause: getattr(
                named_in(clause, idx, sample, clause), "answer", None) == chosen):
        return None
    return found


def _read_other_words(region: str, idx: OptionIndex, sample: Sample, pole: polarity.Pole) -> Reading | None:
    # "My pick: the spiral one." (extract/optwords.py); never the last words of a cut output
    # read by the readers below, less what it denies: "Right upper lobe consolidation was sought, but none is seen.",
    # "Negative for pneumothorax, fluid or consolidation." state nothing
    # ("I don't see drusen, or a cherry-red spot that would point to an occlusion.": the occlusion denied, ``clauses``)
    sentence = without_denied_lists(asides.without_denied_sentences(deny_list_links(
        decision_clauses.decision_sentence(region))))
    if foreign_negation(region):
        return None  # "Kein Pleuraerguss.", "Pas de méningiome.": these readers read no other language's denial
    if polarity.ranks_only_against(sentence, pole) or decision_clauses.last_of_headings(region, idx):
        return None  # (nor from the last verdict of a per-option list: "**D. Consolidation** — Absent.")
    # "… the diagnosis to assume is an epithelial cancer. Endometriomas can contain clot, but …": a closing sentence
    # saying what a kind of lesion can or usually does is the foil set beside the answer, not the answer (the sentence
    # before it may still be read, as an aside's is)
    foil = _KIND_SAID.match(sentence) is not None and sentence.strip() != region.strip()
    # "A mass cannot be confirmed.", "Pleural effusion seems improbable.": the sentence names its option to judge it
    # against or define it, which selects nothing (``extract/named_stance.py``)
    foil = foil or pole in (None, polarity.Pole.TOP) \
        and named_stance.sentence_stance(sentence) is not named_stance.NamedStance.AFFIRMED
    found = None if foil else named_in(region, idx, sample, sentence)  # "... : SCFE.", "... points to LAM.", "... LAD"
    chosen = found.answer if found is not None else None
    if chosen is not None and pole in (None, polarity.Pole.TOP) and named_stance.none_affirmed(
            sentence, lambda clause: getattr(named_in(clause, idx, sample, clause), "answer", None) == chosen):
        found = None  # "Atrophy is incorrect; NPH is correct.": named only in the clause judging it
    if found is not None:
        return found
    letter = None if foil else ordinals.read_number(region, idx, sentence)  # "Option 3 is correct.", "the second option"
    if letter is not None:
        return Reading(letter, ordinals.RULE)
    letter = None if foil else optionconcept.read_concept(region, idx, sentence)  # "... the most likely diagnosis is PTX."
    if letter is not None:
        return Reading(letter, optionconcept.OPTION_RULE)
    # "This points to LAM. LCH would spare the angles.", "RLQ. There's a dilated appendix ...": the decision
    # sentence is not the last one
    aside = decision_clauses.before_aside(region, idx)
    if aside is not None and asides.denies_before(sentence):
        aside = None  # "Consider X. It is not present.": the closing sentence denies the one before, not another option
    for earlier in (aside, decision_clauses.lead_abbreviation(region)):
        if earlier is not None and not polarity.ranks_only_against(earlier, pole):
            found = named_in(region, idx, sample, earlier)
            if found is not None and earlier is aside \
                    and found.answer in decision_clauses.aside_letters(region, idx):
                return None  # "The diagnosis is an inflamed appendix. Appendicitis is ruled out ...": taken back
            if found is not None:
                return found
    report = decision_clauses.short_report(region)
    if report is not None:
        report = without_denied_lists(asides.without_denied_sentences(report)) or None  # "Consider X. It is not present."
    if report is not None and not polarity.ranks_only_against(report, pole):
        # "Dense right upper lobe consolidation. The horizontal fissure bows downward.": a short report states its
        # answer across its sentences ("Right upper lobe consolidation with bulging fissure")
        letter = optwords.read_words(region, idx, sample.options, sample.question, report)
        if letter is not None and not aliases.elsewhere(decision_clauses.without_denied(report), sample.options, letter):
            return Reading(letter, optwords.RULE)
    return None


def named_in(region: str, idx: OptionIndex, sample: Sample, sentence: str) -> Reading | None:
    """The option ``sentence`` (a decision sentence) names in other words, by the option-word, initials and alias
    readers, else None."""
    letter = optwords.read_words(region, idx, sample.options, sample.question, sentence)
    if letter is not None and aliases.elsewhere(decision_clauses.without_denied(sentence), sample.options, letter):
        letter = None  # words shared with one option, a named concept of others ("… capital epiphysis" for SCFE)
    if letter is not None:
        return Reading(letter, optwords.RULE)
    letter = initials.read_initials(region, idx, sample.options, sample.question, sentence)
    if letter is not None:
        return Reading(letter, initials.RULE)
    alias = aliases.read_alias(region, idx, sample.options, sentence)
    return Reading(*alias) if alias is not None else None


__all__ = ["read_other_words"]
