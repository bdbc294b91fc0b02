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
    assert fastre.first_char_class(r"^abc|^def", 0) is None  # the engine tries "^" patterns at the start only
    assert fastre.first_char_class(r"[a-z](?=[A-Z])", 0) is None  # the engine already jumps to a class


def test_alternation_matches_plain():
    words = ["annual salary", "annual", "salary", "sal", "per annum", "p.a.", "PA", "pay", "pa"]
    ordered = sorted(set(words), key=len, reverse=True)
    pieces = [fastre.word_pieces(w, "[ \\t]{1,3}") for w in ordered]
    plain = "|".join("[ \\t]{1,3}".join(re.escape(p) for p in w.split()) for w in ordered)
    trie = fastre.alternation(pieces, ignorecase=True)
    assert trie != plain
    text = "Annual  Salary: 50k p.a. (PA), salary pay; SAL per\tannum annually"
    for tail in ("", "(?![A-Za-z])", ":"):
        got = [m.span() for m in re.finditer(f"(?i:{trie}){tail}", text)]
        assert got == [m.span() for m in re.finditer(f"(?i:{plain}){tail}", text)]


def test_alternation_keeps_plain_when_a_prefix_comes_first():
    assert fastre.alternation([list("sal"), list("salary")], ignorecase=True) == "sal|salary"


def test_prefilter_skips_text_without_the_needed_words():
    pattern = fastre.compile(r"\bfull[- ]?time\b", re.IGNORECASE)
    assert isinstance(pattern, fastre.Prefiltered)
    filler = "x" * fastre.PREFILTER_FROM
    assert pattern.search(filler + " FULL-TIME") and not pattern.search(filler + " full")
    assert [m.span() for m in pattern.finditer(filler + " Full time, fullTime")] == [(257, 266), (268, 276)]
    assert pattern.search(filler + " ful\u017f", 0) is None
    odd = fastre.compile(r"\bpo\u017fted\b")  # non-ASCII under case folding: the word is still required verbatim
    assert odd.search(filler + " po\u017fted")


# Tries over words outside ASCII (issue 13): each trie matches what the plain alternation matches.
WIDE_WORDS = [
    (["rémunération", "Rémunération brute", "salaire", "Gehalt", "Gehälter", "μισθός", "ΜΙΣΘΌΣ", "зарплата", "給与", "Straße", "strasse"], True),
    (["São Paulo", "sao", "İstanbul", "istanbul", "Kelvin", "ſtraße"], True),
    (["Één", "één", "eén", "é"], True),
    (["Größe", "größe", "Größen"], False),
]


@pytest.mark.parametrize("words,ignorecase", WIDE_WORDS)
def test_wide_trie_same_matches_as_plain(words, ignorecase):
    ordered = sorted(set(words), key=len, reverse=True)
    source = fastre.alternation((fastre.word_pieces(w, r"[ \t]{1,3}") for w in ordered), ignorecase=ignorecase)
    plain = "|".join(r"[ \t]{1,3}".join(re.escape(part) for part in w.split()) for w in ordered)
    assert source != plain  # written as a trie
    flags = re.IGNORECASE if ignorecase else 0
    rng = random.Random(13)
    pieces = [w for w in words] + [w.upper() for w in words] + [w.lower() for w in words] + ["\u212aelvin", "\u0131stanbul", "\u017ftrasse", "x", " ", "  "]
    texts = [" ".join(rng.choice(pieces) for _ in range(30)) for _ in range(40)]
    trie_re, plain_re = re.compile(f"(?:{source})(?![^\\W\\d_])", flags), re.compile(f"(?:{plain})(?![^\\W\\d_])", flags)
    for text in texts:
        assert [m.span() for m in trie_re.finditer(text)] == [m.span() for m in plain_re.finditer(text)]


@pytest.mark.parametrize("char", ["s", "k", "i", "\u0130", "\u0131", "\u017f", "\u212a", "é", "Σ", "ς", "µ", "ß", "ǅ", "给"])
def test_fold_is_how_re_compares(char):
    """Two characters fold alike exactly when a case-insensitive pattern of one matches the other."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    for code in range(0x10000):
        other = chr(code)
        assert bool(pattern.fullmatch(other)) == (fastre.fold(other) == fastre.fold(char)), (char, other)


# Words outside ASCII can pre-filter a case-insensitive pattern where ``str.lower`` folds them as ``re``
# compares them (issue 13: the multilingual cue patterns skip postings that lack all their words).
@pytest.mark.parametrize(
    "source,prefiltered,text",
    [
        (r"\b(?:télétravail|teletrabajo|home ?office)\b", True, "TÉLÉTRAVAIL possible"),
        (r"\b(?:praca zdalna|pełny etat)\b", True, "PEŁNY ETAT"),
        (r"\b(?:在宅勤務|リモート)", True, "在宅勤務"),
        (r"\bstraße\b", True, "STRASSE Straße"),
        (r"\bμισθός\b", False, "ΜΙΣΘΌΣ"),  # σ/ς/Σ: re folds them alike, str.lower does not always
        (r"\bµicro\b", False, "μICRO"),  # the micro sign folds with μ
    ],
)
def test_wide_words_prefilter(source, prefiltered, text):
    pattern = fastre.compile(source, re.IGNORECASE)
    assert (isinstance(pattern, fastre.Prefiltered) and bool(pattern.needed)) == prefiltered
    filler = "x " * fastre.PREFILTER_FROM
    plain = re.compile(source, re.IGNORECASE)
    for probe in (filler + text, filler + text.lower(), filler + text.upper(), filler):
        assert [m.span() for m in pattern.finditer(probe)] == [m.span() for m in plain.finditer(probe)]


def test_plain_folding_implies_the_word_in_the_folded_text():
    """Every character a plainly folding character matches case-insensitively lower-cases to its lower case."""
    chars = [chr(code) for code in range(0x80, 0x3000) if fastre._folds_plainly(chr(code))]
    for char in chars[::7]:
        pattern = re.compile(re.escape(char), re.IGNORECASE)
        for code in range(0x3000):
            other = chr(code)
            if pattern.fullmatch(other):
                assert fastre._folded(other) == char.lower(), (char, other)


# Words needed together and long word lists (issue 13, fifth pass): a text must hold a word of every needed
# set, else the scan is skipped; the matches are the plain pattern's on texts that pass and on texts that fail.
@pytest.mark.parametrize(
    "source,needed,probes",
    [
        (r"\bfield[- ]based\b", [{"field"}, {"based"}], ["a Field-Based role", "field work, home based", "fieldbased"]),
        (
            r"\b(?:on|at|across) (?:construction|building|plant) ?sites?\b",
            [{"construction", "building", "plant"}, {"site"}],
            ["work on building sites", "our plant, on site", "at construction site"],
        ),
        (
            r"\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet) office\b",
            [{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"}, {" office"}],
            ["the Juliet Office", "hotel, office", "JULIET  office"],
        ),
    ],
)
def test_needed_word_sets_skip_and_keep_matches(source, needed, probes):
    sets = fastre.required_literals(source, re.IGNORECASE)
    assert {frozenset(word for word, _ in words) for words in sets} == {frozenset(words) for words in needed}
    pattern = fastre.compile(source, re.IGNORECASE)
    assert isinstance(pattern, fastre.Prefiltered)
    plain = re.compile(source, re.IGNORECASE)
    filler = "x " * fastre.PREFILTER_FROM
    for probe in probes:
        for text in (filler + probe, filler + probe.upper(), filler):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    one_set_only = filler + " ".join(sorted(needed[0]))  # every word of the first set, none of the second
    assert pattern._hopeless(one_set_only) and not plain.search(one_set_only)


def test_needed_sets_are_few_and_most_selective_first():
    sets = fastre.required_literals(r"\bthe (?:senior|junior) engineering manager role\b", re.IGNORECASE)
    assert len(sets) == fastre.MAX_SETS
    assert [min(len(word) for word, _ in words) for words in sets] == sorted((min(len(word) for word, _ in words) for words in sets), reverse=True)


# Openings (issue 13, sixth pass): a long text is tried only where an opening of the pattern stands; the
# matches are the plain pattern's, over texts long enough to be anchored and with windows.
@pytest.mark.parametrize(
    "source,flags,heads",
    [
        (r"\bfull[- ]?time\b", re.IGNORECASE, ("ful",)),
        (r"(?:\*\*|__)?(?i:job id|req)", 0, ("**j", "**r", "__j", "__r", "job", "req")),
        (r"(?i)\b(?:hybrid|on-?site)\b", 0, ("hyb", "on-", "ons")),
        (r"(?i)\bσχέση\b", 0, ("ςχέ",)),  # folded as re compares: "σ" and "ς" alike
        (r"a{2,5}bc", 0, ("aaa", "aab")),
        (r"ab", 0, ()),  # too short to look for
        (r"(?i)x\d+", 0, ()),  # opens with a class of many characters
        (r"[ \t]+\|[ \t]+", 0, ()),  # opens with a blank: found everywhere
    ],
)
def test_match_heads(source, flags, heads):
    assert fastre.match_heads(source, flags) == heads


def test_folded_text_folds_every_character_as_re_compares():
    for code in range(0x110000):
        if not 0xD800 <= code < 0xE000:
            char = chr(code)
            assert fastre.folded_text(char) == fastre.fold(char), hex(code)


@pytest.mark.parametrize(
    "source,flags",
    [
        (r"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))(?:\*\*)?(?P<label>(?i:job[ _-]?id|req(?:uisition)?|ref\.?|réf|σχέση|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike))[ :#]{1,3}(?P<value>[A-Z0-9-]{2,12})", 0),
        (r"\b(?:full|part)[- ]?time\b", re.IGNORECASE),
        (r"(?i)\bremote(?:ly)?\b|\bwork from home\b", 0),
    ],
)
def test_anchored_scan_same_matches_as_plain(source, flags):
    pattern = fastre.compile(source, flags)
    assert isinstance(pattern, fastre.Prefiltered) and pattern.heads
    plain = re.compile(source, flags)
    rng = random.Random(13)
    words = ["Job ID: R-123", "JobID#A1", "**Req: 77", "ref. 12-3", "RÉF 99", "ΣΧΈΣΗ: X1", "Full time", "PART-TIME", "remotely", "Remote",
             "work from home", "xJob ID: 1", "the", "and", "\n", "golf: G5", "LIMA #L2", "aJuliet 3", "ſull time", "İndia: 9"]
    for _ in range(30):
        text = " ".join(rng.choice(words) for _ in range(400))
        assert len(text) >= fastre.ANCHOR_FROM
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (100, 100 + fastre.ANCHOR_FROM + 3)):
            assert [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)] == [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
            got, want = pattern.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "first,later,text",
    [
        # a pattern compiled after the text was indexed: its openings are added and the text indexed again
        (r"(?i)\bfull[- ]?time\b", r"(?i)\bpart[- ]?time\b", "Part-time or FULL TIME, part time. " * 40),
        # overlapping openings of two patterns ("aaa" inside "aaaa") are each found at every start
        (r"(?i)aaab", r"(?i)aaaa+c", "aaaab aaaaac xaaab " * 80),
        # openings folded as re compares: the long s and the Kelvin sign
        (r"(?i)\bſalary\b", r"(?i)\bwork\b", "SALARY \u212aelvin WORK salary work " * 40),
    ],
)
def test_openings_of_all_patterns_found_by_one_shared_scan(first, later, text):
    pattern = fastre.compile(first)
    assert isinstance(pattern, fastre.Prefiltered) and pattern.heads
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(first, text)]
    pattern_after = fastre.compile(later)
    assert isinstance(pattern_after, fastre.Prefiltered) and pattern_after.heads <= fastre._OPENINGS
    for source, compiled in ((later, pattern_after), (first, pattern)):
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in re.finditer(source, text)]
        assert [m.span() for m in compiled.finditer(text, 7, len(text) - 9)] == [m.span() for m in re.compile(source).finditer(text, 7, len(text) - 9)]


@pytest.mark.parametrize(
    "source,flags,anchored",
    [
        (r"^copyright\b", re.IGNORECASE, True),
        (r"^(?:open|close) menu\b", 0, True),
        (r"\Asimilar jobs", 0, True),
        (r"(?:^©)", 0, True),
        (r"^a|^b", 0, True),  # the parser hoists the common "^"
        (r"^a|b", 0, False),
        (r"(^a|b)", 0, False),
        (r"\ball rights reserved\b", re.IGNORECASE, False),
        (r"^copyright", re.MULTILINE, False),
        (r"(?m)^copyright", 0, False),
        (r"(?<=x)^a", 0, False),
        (r"[", 0, False),
    ],
)
def test_anchored_at_start(source, flags, anchored):
    assert fastre.anchored_at_start(source, flags) is anchored
    if anchored:
        for text in ("a b", "copyright 2024", "© Acme", "x a", "open menu", "similar jobs"):
            assert bool(re.search(source, text, flags)) == bool(re.match(source, text, flags))


@pytest.mark.parametrize(
    "words,text",
    [
        (("please apply", "send your cv", "cover letter"), "kindly send your cv and a cover letter to hr."),
        (("visa", "sponsor", "blue card"), "we cannot sponsorship anyone"),  # "sponsor" inside a longer word still counts
        (("abab", "bab"), "xababab"),  # overlapping occurrences, each start reported
        (("ビザ", "签证"), "外国人のビザ申請を支援します"),
        (("näin", "straße"), "wir bieten eine strasse"),  # no folding: plain substrings only
        (("report to", "reports"), ""),
        ((), "anything at all"),
        (("", "x"), "abc"),  # "" stands everywhere, as `in` says
    ],
)
def test_phrases_as_plain_substring_tests(words, text):
    found = fastre.phrases(words)
    assert found.found_in(text) is any(w in text for w in words)
    expected = sorted({i for w in words for i in range(len(text) + 1) if text.startswith(w, i)})
    assert found.starts(text) == expected
