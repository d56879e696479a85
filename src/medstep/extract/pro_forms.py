"""Opening pro-form replies ("I'd say so.", "I'm afraid not.", "Seems so, unless ...") that the closed reader weighs.

A pro-form stands for a yes or a no of its own, so it is read as one; these two checks keep it from being read where
the reply around it takes the verdict back: a refusal that opens with one ("I'm afraid not. The image is too dark")
and a pro-form put under a condition. Apart from ``closed.py``, which holds the opening-reply patterns they use.
"""

from __future__ import annotations


from medstep.answers import PRO_FORM_ASSENT, PRO_FORM_DENIAL, hedges
from medstep.extract.closed import _AFFIRMATIVE_REPLY, _NEGATIVE_REPLY, _said, rest_of_sentence
from medstep.lazyre import lazy_compile

__all__ = ["conditioned_pro_form", "opens_pro_form"]


def opens_pro_form(region: str) -> bool:
    """Whether the reply opens with a pro-form assent or denial ("I'd say so.", "I'm afraid not.", "Seems so,")."""
    for pattern in (_NEGATIVE_REPLY, _AFFIRMATIVE_REPLY):
        m = pattern.match(region)
        if m is not None and _said(m) in PRO_FORM_ASSENT | PRO_FORM_DENIAL:
            return True
    return False


def conditioned_pro_form(region: str) -> bool:
    """Whether an opening pro-form is put under a condition in the clause joined to it ("Seems so, unless that's just
    pleural thickening.", "I'd say not, if the line is a skin fold."): the verdict of a case, held open."""
    for pattern in (_NEGATIVE_REPLY, _AFFIRMATIVE_REPLY):
        m = pattern.match(region)
        if m is not None and _said(m) in PRO_FORM_ASSENT | PRO_FORM_DENIAL:
            if not m.group(0).rstrip().endswith(","):  # "I don't think so. ... an MRI if there's tenderness": its own
                return False
            joined = rest_of_sentence(region, m.end())
            return _CONDITION.search(joined) is not None
    return False


_CONDITION = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.IF) + r")\b")
