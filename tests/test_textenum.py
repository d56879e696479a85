"""medstep's string enums read ``.value`` fast and otherwise behave as standard ``str`` enums.

Why: the verdict, role and status enums are encoded millions of times by a large ``medstep score``
(``medstep/textenum.py``); their JSON, lookups and comparisons must not change."""

from __future__ import annotations

import json
import pickle
from enum import Enum

from medstep.jsontext import dumps
from medstep.textenum import TextEnum
from medstep.verify import Verdict


class _Plain(str, Enum):
    SUPPORTED = "supported"


def test_a_text_enum_member_reads_encodes_and_compares_as_a_standard_one() -> None:
    fast, plain = Verdict.SUPPORTED, _Plain.SUPPORTED
    assert isinstance(fast, TextEnum)
    assert fast.value == plain.value == "supported" and type(fast.value) is str
    assert Verdict("supported") is fast and Verdict["SUPPORTED"] is fast
    assert fast == "supported" and hash(fast) == hash("supported")
    assert dumps([fast, {"v": fast}]) == dumps([plain, {"v": plain}]) == json.dumps(
        [plain, {"v": plain}], separators=(",", ":"))
    assert pickle.loads(pickle.dumps(fast)) is fast
