"""The first-character guard never changes what a pattern matches."""

import random
import re

import pytest

from extractor import fastre

PATTERNS = [
    (r"(?<![A-Za-z])(?i:annual|salary|per hour)(?![A-Za-z])", 0),
    (r"(?:(?P<pre>(?<![A-Za-z])USD|\$|£)\s?)?(?<![\d.,])\d+(?:k)?", 0),
    (r"(?i)(?:(?<![A-Za-z])|(?-i:(?<=[A-Za-z])(?=[A-Z][a-z])))(?:job id|req)[ :]", 0),
    (r"\bremote\b", re.IGNORECASE),
    (r"^[ \t#*]{0,4}(?:Skills|Kotlin)$", re.MULTILINE),
    (r"[^a-z]+x", 0),  # negated class: left unguarded
    (r"a*", 0),  # matches empty: left unguarded
]


@pytest.mark.parametrize("source,flags", PATTERNS)
def test_same_matches_as_re(source, flags):
    rng = random.Random(7)
    alphabet = "aAkKsSiI\u212a\u017f\u0130\u0131 \n\t-:$£0123456789.,"
    texts = ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(50)]
    texts += ["Annual salary: USD 50k, Remote. Job ID: 12", "SKILLS\nKOTLIN\n\u212aotlin", "SalaryReq: 3"]
    plain, guarded = re.compile(source, flags), fastre.compile(source, flags)
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_guard_derived():
    assert fastre.first_char_class(r"(?<!\w)(?:ab|Cd)?\d", 0) == "(?=[aC\\d])"
    assert fastre.first_char_class(r"(?i:x)|y", 0) == "(?=(?i:[xy]))"
    assert fastre.first_char_class(r"[^a]", 0) is None
    assert fastre.first_char_class(r"x?", 0) is None
