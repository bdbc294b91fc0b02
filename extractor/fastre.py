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
when none is there.  Over a long text it also tries the pattern only where one of its
openings stands (:func:`match_heads`: the first three characters every match can open with,
folded as ``re`` compares them): a long label alternation is then tried at tens of positions,
not thousands.  The openings of *all* patterns are found together, by one Aho-Corasick scan of
the folded text (:func:`_opening_index`, memoised for the last few texts), so a text is scanned
once for the hundreds of patterns that read it, not once per pattern.

:func:`alternation` writes a long list of words as a trie (``sal(?:ary|aire)``)
so that a failing position tries a few first letters, not every word; :func:`trie` is the
one trie builder (the gazetteer, the vocabularies and the glued-heading splitter use it too).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from itertools import chain
from typing import Iterable, Optional, Sequence

import ahocorasick

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


def anchored_at_start(source: str, flags: int = 0) -> bool:
    """True when every match of ``source`` starts at the start of the string (``^copyright``, ``\\A(?:a|b)``,
    not multi-line), so ``search`` finds a match exactly when ``match`` does."""
    parsed = _parse(source, flags)
    if parsed is None or (flags | parsed.state.flags) & re.MULTILINE:
        return False
    items = parsed.data
    while items and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][3].data
    return bool(items) and items[0][0] is _c.AT and items[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)


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


HEAD_LEN = 3  # characters of a match's opening looked for (:func:`match_heads`)
MAX_HEADS = 600  # openings of a pattern looked for (more: the pattern is scanned everywhere)
ANCHOR_FROM = 1024  # shorter texts (a line, a window) are scanned directly: finding the openings costs more
_CLASS_CHARS = 8  # a character class of at most this many characters is spelled out


class _TooMany(Exception):
    """A pattern opens in too many ways to look for its openings one by one."""


def _class_chars(items) -> Optional[set[str]]:
    """The characters a class matches, folded (:func:`fold`); None when many, negated or not literal."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _CLASS_CHARS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return {fold(char) for char in chars} if len(chars) <= _CLASS_CHARS else None


def _heads(items, icase: bool, heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Continue each open head of ``heads`` through ``items``: a head is a folded (:func:`fold`) opening of a match and
    whether the match may go on after it (open) or is cut there (the opening is all that is known)."""
    for op, av in items:
        if all(not is_open for _, is_open in heads):
            break
        done = {head for head in heads if not head[1]}
        grown = {head for head in heads if head[1]}
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL or op is _c.IN:
            chars = {fold(chr(av))} if op is _c.LITERAL else _class_chars(av)
            if chars is None:
                heads = done | {(head, False) for head, _ in grown}
                continue
            heads = done | {(head + char, len(head) + 1 < HEAD_LEN) for head, _ in grown for char in chars}
        elif op is _c.SUBPATTERN:
            _, add, remove, sub = av
            heads = done | _heads(sub.data, (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, grown)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            heads = done | _heads(av.data, icase, grown)
        elif op is _c.BRANCH:
            heads = set(done)
            for alternative in av[1]:
                heads |= _heads(alternative.data, icase, grown)
        elif op in _REPEATS:
            low, high, sub = av
            heads = set(done)
            for count in range(min(high, low + HEAD_LEN + 1)):
                if count >= low:
                    heads |= grown  # the repeat may stop here
                grown = {head for head in _heads(sub.data, icase, grown) if head[1] or heads.add(head)}
                if not grown:
                    break
            else:
                heads |= {(head, high <= low + HEAD_LEN) for head, _ in grown}  # more repeats left: cut here
        else:
            heads = done | {(head, False) for head, _ in grown}
        if len(heads) > MAX_HEADS * 4:
            raise _TooMany
    return heads


def match_heads(source: str, flags: int = 0, parsed=None) -> tuple[str, ...]:
    """Folded openings such that every match of ``source``, folded (:func:`folded_text`), opens with one of them,
    each at least :data:`HEAD_LEN` characters; empty when the pattern opens in too many or unknown ways."""
    parsed = _parse(source, flags) if parsed is None else parsed
    if parsed is None:
        return ()
    try:
        found = _heads(parsed.data, bool(parsed.state.flags & re.IGNORECASE), {("", True)})
    except (_TooMany, RecursionError):
        return ()
    words = {head for head, _ in found}
    if not words or len(words) > MAX_HEADS or min(map(len, words)) < HEAD_LEN or any(head[0].isspace() for head in words):
        return ()
    return tuple(sorted(words))


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


_MAXPOS = sys.maxsize  # re's default end position


_last_fully_folded: tuple[str, str] = ("", "")


def folded_text(text: str) -> str:
    """``text`` with every character replaced by its :func:`fold` (the same length; last text cached): a
    case-insensitive match of a word implies the word's folded characters at the same offsets."""
    global _last_fully_folded
    last = _last_fully_folded
    if last[0] is text:
        return last[1]
    low = _folded(text)
    if not low.isascii() and _FOLD_AFTER_LOWER_RE.search(low):
        low = low.translate(_FOLD_AFTER_LOWER)
    _last_fully_folded = (text, low)
    return low


class Prefiltered:
    """A compiled pattern that skips scanning a long text lacking every word of a set a match needs, and
    tries it only where one of its openings (:func:`match_heads`) stands.

    ``search``, ``finditer`` and ``findall`` behave as :class:`re.Pattern`'s; the
    other methods are the pattern's own.
    """

    def __init__(self, pattern: re.Pattern[str], needed: tuple[frozenset[Literal], ...], heads: tuple[str, ...] = ()):
        self.compiled = pattern
        # per set: (words looked for as written, words looked for in the folded text)
        self.needed = tuple(
            (tuple(word for word, folded in words if not folded), tuple(word for word, folded in words if folded)) for words in needed
        )
        self.heads = frozenset(heads)
        _OPENINGS.update(heads)
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.match, self.fullmatch, self.sub, self.subn, self.split = pattern.match, pattern.fullmatch, pattern.sub, pattern.subn, pattern.split
        self._last: Optional[tuple[str, bool]] = None
        self._last_starts: Optional[tuple[str, list[int]]] = None

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

    def _starts(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> Optional[list[int]]:
        """Where in ``text`` a match may start (every start of one of the openings, in order), or None
        when the pattern is to be scanned everywhere (no openings known, or a short text or window)."""
        if not self.heads or min(len(text), endpos) - max(pos, 0) < ANCHOR_FROM:
            return None
        last = self._last_starts
        if last is not None and last[0] is text:
            return last[1]
        index = _opening_index(text)
        # every opening has HEAD_LEN characters, so two openings never start at one position: no duplicates
        starts = sorted(chain.from_iterable(map(index.__getitem__, index.keys() & self.heads)))
        self._last_starts = (text, starts)
        return starts

    def search(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> Optional[re.Match[str]]:
        if self._hopeless(text):
            return None
        starts = self._starts(text, pos, endpos)
        if starts is None:
            return self.compiled.search(text, pos, endpos)
        return next(self._matches(text, starts, pos, endpos, once=True), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAXPOS):
        if self._hopeless(text):
            return iter(())
        starts = self._starts(text, pos, endpos)
        if starts is None:
            return self.compiled.finditer(text, pos, endpos)
        return self._matches(text, starts, pos, endpos)

    def _matches(self, text: str, starts: list[int], pos: int, endpos: int, once: bool = False):
        """``finditer``'s matches, the pattern tried only at ``starts`` (no match is empty: each opens
        with an opening of :data:`HEAD_LEN` characters or more)."""
        size = len(text)
        pos, endpos = max(0, min(pos, size)), max(0, min(endpos, size))
        match = self.compiled.match
        for at in starts[bisect_left(starts, pos):]:
            if at < pos:
                continue
            if at >= endpos:
                return
            found = match(text, at, endpos)
            if found is not None:
                yield found
                if once:
                    return
                pos = found.end()

    def findall(self, text: str, *args: int) -> list:
        return [] if self._hopeless(text) else self.compiled.findall(text, *args)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"



_OPENINGS: set[str] = set()  # the openings of every Prefiltered pattern (each HEAD_LEN characters, folded)
INDEXED_TEXTS = 4  # texts whose opening index is kept (a posting's raw and normalised text, and a few more)
# (automaton over the openings, how many openings it holds) and the recent (text, index) pairs; each is
# replaced whole, never changed in place, so a thread reading one never sees it half built
_automaton: tuple[Optional[ahocorasick.Automaton], int] = (None, 0)
_indexed: tuple[tuple[str, dict[str, list[int]]], ...] = ()


def _opening_index(text: str) -> dict[str, list[int]]:
    """Every start of every opening of :data:`_OPENINGS` in ``text`` folded (:func:`folded_text`), by
    opening, each list in order: one Aho-Corasick scan for all patterns (overlapping starts all found)."""
    global _automaton, _indexed
    automaton, size = _automaton
    if automaton is None or size != len(_OPENINGS):  # patterns compiled since: build again, forget old indexes
        automaton, openings = ahocorasick.Automaton(), tuple(_OPENINGS)
        for opening in openings:
            automaton.add_word(opening, opening)
        automaton.make_automaton()
        _automaton, _indexed = (automaton, len(openings)), ()
    for known, index in _indexed:
        if known is text:
            return index
    index = {}
    last = HEAD_LEN - 1
    for end, opening in automaton.iter(folded_text(text)):
        found = index.get(opening)
        if found is None:
            index[opening] = [end - last]
        else:
            found.append(end - last)
    _indexed = ((text, index),) + _indexed[: INDEXED_TEXTS - 1]
    return index


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
    heads = match_heads(source, flags, parsed) if guard is not None else ()
    return Prefiltered(pattern, literals, heads) if literals or heads else pattern


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


# Characters whose :func:`fold` is not their lower case: the lower-case letters ``re`` gives extra case
# equivalents ("σ" folds as "ς", "в" stays and "ᲀ" folds as "в"); :func:`folded_text` maps them after lower().
_FOLD_AFTER_LOWER = {code: fold(chr(code)) for code in (_CASE_FIX or {}) if fold(chr(code)) != chr(code)}
_FOLD_AFTER_LOWER_RE = re.compile("[" + "".join(map(re.escape, map(chr, _FOLD_AFTER_LOWER))) + "]" if _FOLD_AFTER_LOWER else "(?!)")


class Phrases:
    """Plain strings looked for together in a text: one Aho-Corasick scan in C where a rule would
    otherwise test ``phrase in text`` for each of a hundred phrases in a Python loop.

    ``found_in(text)`` is ``any(p in text for p in phrases)``; ``starts(text)`` is every start of
    every phrase in ``text`` (overlapping ones too), in order.  Get one with :func:`phrases`.
    """

    def __init__(self, words: Iterable[str]):
        self.words = tuple(words)
        self.empty = "" in self.words  # "" is in every text
        self._automaton: Optional[ahocorasick.Automaton] = None
        if any(self.words):
            self._automaton = ahocorasick.Automaton()
            for word in self.words:
                if word:
                    self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        if self.empty:
            return True
        return self._automaton is not None and next(self._automaton.iter(text), None) is not None

    def starts(self, text: str) -> list[int]:
        if self._automaton is None:
            return list(range(len(text) + 1)) if self.empty else []
        found = {end - size + 1 for end, size in self._automaton.iter(text)}
        if self.empty:
            found.update(range(len(text) + 1))
        return sorted(found)


@lru_cache(maxsize=64)
def phrases(words: tuple[str, ...]) -> Phrases:
    """The :class:`Phrases` of ``words`` (built once per tuple of words)."""
    return Phrases(words)
