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
"""

from __future__ import annotations

import re
from typing import Optional

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

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


def first_char_class(source: str, flags: int = 0) -> Optional[str]:
    """A lookahead that every match of ``source`` passes at its start, or None if there is none."""
    try:
        parsed = _sre_parse.parse(source, flags)
        out: list[str] = []
        icase = [False]
        if _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE), out, icase):
            return None  # can match the empty string anywhere
    except (_Unbounded, re.error, TypeError, ValueError, OverflowError):
        return None
    if not out:
        return None
    if (flags | parsed.state.flags) & re.VERBOSE:
        return None  # comments and spaces would need care; no verbose pattern is hot
    body = "[" + "".join(dict.fromkeys(out)) + "]"
    return f"(?=(?i:{body}))" if icase[0] else f"(?={body})"


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` with a first-character guard when one can be derived."""
    guard = first_char_class(source, flags)
    if guard is None:
        return re.compile(source, flags)
    head = _GLOBAL_FLAGS.match(source)
    lead = head.group() if head else ""
    return re.compile(f"{lead}{guard}(?:{source[len(lead):]})", flags)
