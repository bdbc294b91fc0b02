"""Round 28 list tests: an item whose glue cut healed keeps the page's own spelling.

A camel-case brand or a plural acronym inside a bulleted item ("ShiftLink", "KPIs") may look
like two glued items; when the item is rebuilt from the touching pieces no space is inserted.
"""

import pytest

from extractor.rules.lists import split_items

CASES = [
    ("- Record every visit in the ShiftLink app\n- Keep the kitchen clean\n",
     ["Record every visit in the ShiftLink app", "Keep the kitchen clean"]),
    ("- Update drivers on ETAs and delays by radio\n- Load the trailers\n",
     ["Update drivers on ETAs and delays by radio", "Load the trailers"]),
    ("* Book jobs and invoices through the FieldPulse portal each evening\n* Restock the van weekly\n",
     ["Book jobs and invoices through the FieldPulse portal each evening", "Restock the van weekly"]),
    ("- Lift up to 20 kg safely\n  and work at height when asked\n- Hold a forklift licence\n",
     ["Lift up to 20 kg safely and work at height when asked", "Hold a forklift licence"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_healed_item_keeps_spelling(text, expected):
    values = [i.value for i in split_items(text, 0, len(text), glued=True)]
    assert values == expected
    for item in split_items(text, 0, len(text), glued=True):
        assert all(text[s:e].strip() for s, e in item.spans)
