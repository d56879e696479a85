"""The people a reply hands a task or a question to: one home for the verifier's rows of who does a task
(``verify/triggers.tsv``: "staging should be done by a radiologist", "requires a specialist", a process statement
that claims nothing of the image; the rows name the nouns as ``{@professionals}``, which ``verify/lexicon``
expands from :func:`forms`) and the answer extractor's referral (``extract/open_generic``: "Ask your oncology
team.", "Speak to your GP.": the question sent on). The two lists were spelled out apart and had drifted; the words
both read are :data:`PROFESSIONALS`, and each reader adds its own group by name, so that a word added here reaches
both readers and one added to a group says which reader it is for.
"""

from __future__ import annotations

# Who both readers know: a reader of the image, a treating doctor or a team.
PROFESSIONALS = ("radiologist", "clinician", "physician", "doctor", "surgeon", "team", "specialist", "oncologist",
                 "professional")
# Who reads a study or decides on it: only the verifier's task rows name them ("a neuroradiologist should review").
READERS = ("neuroradiologist", "expert", "consultant", "pathologist")
# Who a patient is sent to: only the extractor's referral names them ("Check with your pharmacist.").
CARERS = ("pharmacist", "gp", "provider", "nurse")


def forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each of ``words`` and its plural in "s", in order ("radiologist", "radiologists", ...): the phrases of a
    trigger row's ``{@professionals}`` group."""
    return tuple(f for w in words for f in (w, w + "s"))


__all__ = ["CARERS", "PROFESSIONALS", "READERS", "forms"]
