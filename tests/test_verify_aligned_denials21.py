"""An unnamed thing the chain states present that the report denies in a list of its own ("There are intraluminal
webs, mosaic perfusion and bronchial collaterals." against "No mosaic perfusion and no webs or bronchial
collaterals.") is contradicted (verify/aligned_denials, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_CT = ("CT pulmonary angiogram. Filling defects lie in the right lower lobe segmental arteries with expansion of the "
       "vessels. No mosaic perfusion and no webs or bronchial collaterals. No pleural effusion.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_CT).steps for v in s.verdicts]


def test_a_denied_unnamed_thing_stated_present():
    chain = ("Filling defects lie in the right lower lobe segmental arteries with expanded vessels. There is mosaic "
             "perfusion with bronchial collaterals.")
    assert "aligned-polarity-conflict" in _rules(chain)


def test_the_denial_said_again_hedged_or_listed():
    for chain in ("Filling defects lie in the right lower lobe segmental arteries. There is no mosaic perfusion and "
                  "there are no bronchial collaterals.",
                  "Filling defects lie in the right lower lobe segmental arteries. No webs, mosaic perfusion or "
                  "bronchial collaterals are seen.",
                  "Filling defects lie in the right lower lobe segmental arteries. If there were mosaic perfusion, "
                  "chronic disease would be likely."):
        assert "aligned-polarity-conflict" not in _rules(chain), chain


def test_a_chain_observing_nothing_is_not_made_to_observe():
    chain = "The options are acute embolism, chronic embolism with mosaic perfusion, sarcoma and artefact."
    assert "aligned-polarity-conflict" not in _rules(chain)
