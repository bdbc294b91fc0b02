"""Regexes that skip hopeless start positions fast.

Python's regex engine tries a pattern at every position of the text.  A
pattern that opens with a lookbehind, an optional part or a long
case-insensitive alternation costs microseconds per position, so scanning a
4 KB posting with it costs milliseconds.  :func:`compile` reads the pattern's
possible first characters and puts a one-class lookahead in front
(``(?=[$£€\\dA-Z])…``): a position whose character cannot start a match fails
in one step.  Matches are unchanged: the guard only refuses positions where
the pattern cannot match.  Patterns whose first character cannot be bounded
(``.``, a negated class, a pattern that can match the empty string) are
compiled as they are.

Most cue patterns match nowhere in a given posting.  When every match must
contain one of a few literal words (``\\bfull[- ]?time\\b`` needs ``time``),
the compiled pattern is wrapped in :class:`Prefiltered`: ``search``,
``finditer`` and ``findall`` over a long text first look for those words with
``str.find`` (lower-cased text for case-insensitive words) and skip the scan
when none is there.

:func:`alternation` writes a long list of words as a trie (``sal(?:ary|aire)``)
so that a failing position tries a few first letters, not every word; :func:`trie` is the
one trie builder (the gazetteer, the vocabularies and the glued-heading splitter use it too).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

try:  # Python 3.11+: characters that case-insensitive matching treats as one beyond lower()
    from re._casefix import _EXTRA_CASES as _CASE_FIX
except ImportError:  # pragma: no cover - older Pythons: ASCII-only tries (see alternation)
    _CASE_FIX = None


_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Unbounded(Exception):
    """The first character of a match cannot be told from the pattern."""


def _class_item(op, av) -> str:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unbounded


def _first(items, icase: bool, out: list[str], flags: list[bool]) -> bool:
    """Add the class items that can start ``items`` to ``out``; True if ``items`` can match empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _c.IN:
            if any(o is _c.NEGATE for o, _ in av):
                raise _Unbounded
            out.extend(_class_item(o, a) for o, a in av)
        elif op is _c.SUBPATTERN:
            _, add, remove, sub = av
            sub_icase = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not _first(sub.data, sub_icase, out, flags):
                flags[0] |= sub_icase
                return False
            flags[0] |= sub_icase
            continue
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if _first(av.data, icase, out, flags):
                continue
            flags[0] |= icase
            return False
        elif op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative.data, icase, out, flags)
            flags[0] |= icase
            if empty:
                continue
            return False
        elif op in _REPEATS:
            low, _, sub = av
            if _first(sub.data, icase, out, flags) or low == 0:
                continue
            flags[0] |= icase
            return False
        else:
            raise _Unbounded
        flags[0] |= icase
        return False
    return True


def _parse(source: str, flags: int):
    """The parsed pattern, or None when it is not analysed (invalid, or verbose: comments and spaces need care)."""
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError):
        return None
    return None if (flags | parsed.state.flags) & re.VERBOSE else parsed


def _scans_fast(parsed) -> bool:
    """True when the engine already skips hopeless starts: the pattern opens with ``^``/``\\A`` or a case-sensitive character or class."""
    items, icase = parsed.data, bool(parsed.state.flags & re.IGNORECASE)
    while items and items[0][0] is _c.SUBPATTERN:
        _, add, remove, sub = items[0][1]
        icase = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        items = sub.data
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return True  # "^"/"\A": tried at the start only, or (multi-line) failing in one step elsewhere
    return op in (_c.LITERAL, _c.IN) and not icase


def first_char_class(source: str, flags: int = 0, parsed=None) -> Optional[str]:
    """A lookahead that every match of ``source`` passes at its start, or None if there is none."""
    parsed = _parse(source, flags) if parsed is None else parsed
    if parsed is None:
        return None
    if _scans_fast(parsed):
        return None
    out: list[str] = []
    icase = [False]
    try:
        if _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE), out, icase):
            return None  # can match the empty string anywhere
    except (_Unbounded, RecursionError):
        return None
    if not out:
        return None
    body = "[" + "".join(dict.fromkeys(out)) + "]"
    return f"(?=(?i:{body}))" if icase[0] else f"(?={body})"


MIN_LITERAL = 3  # shorter required words filter too little
MAX_LITERALS = 64  # a word costs a few microseconds to look for in a posting; a full scan costs hundreds
MAX_SETS = 3  # words needed together ("field" and "based"): the most selective few are looked for
PREFILTER_FROM = 256  # texts shorter than this are scanned directly
# Characters that a case-insensitive ASCII letter matches but str.lower() does not map to it.
_FOLD = str.maketrans({"\u017f": "s", "\u0130": "i", "\u0131": "i"})
Literal = tuple[str, bool]  # (word, case-insensitive): lower-cased when case-insensitive


def _folds_plainly(char: str) -> bool:
    """Does a case-insensitive match of ``char`` imply the same character in :func:`_folded` text?
    ASCII letters do (:data:`_FOLD` maps the odd ones); other characters when ``re`` gives their lower
    case no extra equivalents ("é", "ł", CJK; not "σ"/"ς", "µ"), where ``str.lower`` equals ``re``'s."""
    if char.isascii():
        return True
    low = char.lower()
    return _CASE_FIX is not None and len(low) == 1 and ord(low) not in _CASE_FIX and char not in "\u017f\u0130\u0131"


def _selectivity(words: set[Literal]) -> tuple[int, int]:
    """How well a set of words filters: the longer its shortest word, then the fewer its words, the better."""
    return min(len(w) for w, _ in words), -len(words)


def _useful(words: set[Literal]) -> bool:
    return bool(words) and len(words) <= MAX_LITERALS and min(len(w) for w, _ in words) >= MIN_LITERAL


def _needed(items, icase: bool) -> list[set[Literal]]:
    """Sets of literal words such that every match of ``items`` contains a word of each set."""
    options: list[set[Literal]] = []
    run: list[str] = []

    def flush() -> None:
        word = "".join(run)
        if word and (not icase or all(map(_folds_plainly, word))):
            options.append({(word.lower(), True) if icase else (word, False)})
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # "\\bab" still needs "ab"
        flush()
        if op is _c.SUBPATTERN:
            _, add, remove, sub = av
            options.extend(_needed(sub.data, (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            options.extend(_needed(av.data, icase))
        elif op is _c.BRANCH:  # one word of the best set of each alternative
            alternatives = [max(_needed(alternative.data, icase), key=_selectivity, default=None) for alternative in av[1]]
            if all(alternatives):
                options.append(set().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            options.extend(_needed(av[2].data, icase))
    flush()
    return [o for o in options if _useful(o)]


def required_literals(source: str, flags: int = 0, parsed=None) -> tuple[frozenset[Literal], ...]:
    """Sets of words such that every match of ``source`` contains a word of each set (lower case when
    case-insensitive), the most selective first, at most :data:`MAX_SETS`; empty when none is known."""
    parsed = _parse(source, flags) if parsed is None else parsed
    if parsed is None:
        return ()
    try:
        found = _needed(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except RecursionError:
        return ()
    unique = {frozenset(words): None for words in found}
    return tuple(sorted(unique, key=_selectivity, reverse=True)[:MAX_SETS])


_last_folded: tuple[str, str] = ("", "")


def _folded(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive ASCII word match implies a substring (last text cached)."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    folded = text
    if "\u017f" in text or "\u0130" in text or "\u0131" in text:
        folded = text.translate(_FOLD)
    folded = folded.lower()
    _last_folded = (text, folded)
    return folded


class Prefiltered:
    """A compiled pattern that skips scanning a long text lacking every word of a set a match needs.

    ``search``, ``finditer`` and ``findall`` behave as :class:`re.Pattern`'s; the
    other methods are the pattern's own.
    """

    def __init__(self, pattern: re.Pattern[str], needed: tuple[frozenset[Literal], ...]):
        self.compiled = pattern
        # per set: (words looked for as written, words looked for in the folded text)
        self.needed = tuple(
            (tuple(word for word, folded in words if not folded), tuple(word for word, folded in words if folded)) for words in needed
        )
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.match, self.fullmatch, self.sub, self.subn, self.split = pattern.match, pattern.fullmatch, pattern.sub, pattern.subn, pattern.split
        self._last: Optional[tuple[str, bool]] = None

    def _hopeless(self, text: str) -> bool:
        if len(text) < PREFILTER_FROM:
            return False
        last = self._last  # (text, verdict) of the previous call: a rule that searches one text
        if last is not None and last[0] is text:  # window by window must not rescan it each time
            return last[1]
        verdict = self._scan(text)
        self._last = (text, verdict)
        return verdict

    def _scan(self, text: str) -> bool:
        """True when some needed set has none of its words in ``text``."""
        for exact, folded in self.needed:
            if any(word in text for word in exact):
                continue
            if folded:
                low = _folded(text)
                if any(word in low for word in folded):
                    continue
            return True
        return False

    def search(self, text: str, *args: int) -> Optional[re.Match[str]]:
        return None if self._hopeless(text) else self.compiled.search(text, *args)

    def finditer(self, text: str, *args: int):
        return iter(()) if self._hopeless(text) else self.compiled.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list:
        return [] if self._hopeless(text) else self.compiled.findall(text, *args)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"


def compile(source: str, flags: int = 0):
    """``re.compile(source, flags)`` with a first-character guard and a literal pre-filter when they can be derived.

    Returns a :class:`re.Pattern`, or a :class:`Prefiltered` wrapping one.
    """
    parsed = _parse(source, flags)
    guard = first_char_class(source, flags, parsed)
    if guard is None:
        pattern = re.compile(source, flags)
    else:
        head = _GLOBAL_FLAGS.match(source)
        lead = head.group() if head else ""
        pattern = re.compile(f"{lead}{guard}(?:{source[len(lead):]})", flags)
    literals = required_literals(source, flags, parsed)
    return Prefiltered(pattern, literals) if literals else pattern


def word_pieces(word: str, blank: str) -> list[str]:
    """``word`` as :func:`alternation` pieces: its characters, with ``blank`` between its space-separated parts."""
    pieces: list[str] = []
    for i, part in enumerate(word.split()):
        if i:
            pieces.append(blank)
        pieces.extend(part)
    return pieces


def fold(char: str) -> str:
    """One representative of the characters that a case-insensitive pattern matches for ``char``
    (``re``'s simple lower case, then its extra case equivalences: "ſ" and "s" fold alike)."""
    low = "i" if char == "\u0130" else char.lower()
    if len(low) != 1:
        return char
    fixes = _CASE_FIX.get(ord(low)) if _CASE_FIX else None
    return min(low, *map(chr, fixes)) if fixes else low


def alternation(alternatives: Iterable[Sequence[str]], *, ignorecase: bool) -> str:
    """Regex source matching the same as ``"|".join(alternatives)``, written as a trie when that is equivalent.

    Each alternative is a sequence of pieces: a one-character string is that
    character literally, a longer string is a regex token (a class of blanks).
    The trie tries longer continuations first, so it picks what the plain
    alternation picks when every alternative comes before the alternatives that
    are its prefixes (longest first); otherwise the plain alternation is returned.
    ``ignorecase``: the source is used case-insensitively (characters are compared
    as :func:`fold` folds them, which is how ``re`` compares them).
    """
    pieces = [tuple(alternative) for alternative in alternatives]
    plain = "|".join("".join(re.escape(p) if len(p) == 1 else p for p in alternative) for alternative in pieces)
    if _CASE_FIX is None and not all(len(p) > 1 or p.isascii() for alternative in pieces for p in alternative):
        return plain
    root: dict = {}
    ends: dict[int, int] = {}  # id(node) -> order of the alternative ending there
    for order, alternative in enumerate(pieces):
        node = root
        for piece in alternative:
            key = fold(piece) if ignorecase and len(piece) == 1 else piece
            node = node.setdefault(key, {})
        ends.setdefault(id(node), order)
    if not root or id(root) in ends:
        return plain

    def latest(node: dict) -> Optional[int]:
        """The latest order among the alternatives ending under ``node``; None when one is out of order."""
        below = -1
        for child in node.values():
            order = latest(child)
            if order is None:
                return None
            below = max(below, order)
        own = ends.get(id(node), -1)
        if own >= 0 and below > own:
            return None  # a longer alternative comes after a shorter one that starts it
        return max(own, below)

    if latest(root) is None:
        return plain

    keyed = ([fold(piece) if ignorecase and len(piece) == 1 else piece for piece in alternative] for alternative in pieces)
    return trie((([re.escape(key) if len(key) == 1 else key for key in keys], "") for keys in keyed), sort=False)


_END = object()  # marks, in a trie node, the end regex of an entry that stops there


def trie(entries: Iterable[tuple[Sequence[str], str]], *, sort: bool = True) -> str:
    """Regex source matching any entry, written as a trie: the package's one trie builder.

    Args:
        entries: ``(tokens, end)`` pairs: the entry's regex tokens (``"a"``, ``"\\."``,
            ``"[ \\u00a0]"``) and the regex that must follow where it stops (``""`` for none).
            Entries with the same tokens keep the last end.
        sort: continuations in token order (True) or in the order entries were given.

    Returns:
        The source (``""`` for no entry).  At each node the continuations are tried first, then
        the end of an entry stopping there, so a longer entry is tried before its prefix.
    """
    root: dict = {}
    for tokens, end in entries:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[_END] = end

    def source(node: dict) -> str:
        keys = [key for key in node if key is not _END]
        branches = [key + source(node[key]) for key in (sorted(keys) if sort else keys)]
        if _END in node:
            branches.append(node[_END])
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return source(root)
