"""Skills benchmark on real job-ad sentences: the Green et al. (2022) gold test set.

``golden/green2022/testset.txt`` (CoNLL format, one token and its tag a line, sentences separated
by blank lines) is the gold test set of Green, Maynard and Lin, "Development of a Benchmark Corpus
to Support Entity Recognition in Job Descriptions", LREC 2022 (CC BY 4.0; origin and commit in
``golden/green2022/README.md``).  Only the ``Skill`` spans are scored.

Scoring is per sentence, spans in tokens:

* ``strict``: a predicted span counts when a gold span has exactly its tokens (the measure of the
  paper's CRF baseline, F1 0.59 on Skill);
* ``lenient``: a predicted span counts when its text and a gold span's text (lower case, single
  spaces) contain one another; each gold span is matched at most once.

Our prediction is every accepted occurrence of the skills matcher
(:func:`extractor.rules.vocab.skills_matcher`) in the sentence, its tokens joined by spaces.
Another system is scored from a JSON Lines file of ``{"sentence": i, "spans": [[start, end], ...]}``
(character offsets in the same space-joined text), e.g. the peer run by
``eval/peer_skill_extractor.py``.

Usage::

    python -m extractor.evaluation.skills_bench [--data golden/green2022/testset.txt] [--predictions FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

DEFAULT_DATA = Path("golden") / "green2022" / "testset.txt"
LABEL = "Skill"
CRF_BASELINE_STRICT_F1 = 0.59  # Green et al. 2022, Table 5, Skill


@dataclass(frozen=True)
class Sentence:
    """One sentence: its tokens, their text joined by single spaces, and the gold skill spans (token ranges)."""

    tokens: tuple[str, ...]
    gold: tuple[tuple[int, int], ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def char_starts(self) -> list[int]:
        starts, pos = [], 0
        for tok in self.tokens:
            starts.append(pos)
            pos += len(tok) + 1
        return starts

    def phrase(self, span: tuple[int, int]) -> str:
        return " ".join(self.tokens[span[0] : span[1]]).lower()


def load_conll(path: Path, label: str = LABEL) -> list[Sentence]:
    """Sentences of a CoNLL file with BIO tags; spans of ``label`` only.

    Raises:
        OSError: the file cannot be read.
        ValueError: a line has no tag.
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            sentences.append(Sentence(tuple(tokens), tuple(bio_spans(tags, label))))
        tokens.clear()
        tags.clear()

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            flush()
            continue
        if len(parts) < 2:
            raise ValueError(f"{path}:{number}: no tag on {line!r}")
        tokens.append(parts[0])
        tags.append(parts[-1])
    flush()
    return sentences


def bio_spans(tags: Iterable[str], label: str) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of ``label`` in a BIO tag sequence (an I- without B- opens a span)."""
    spans: list[tuple[int, int]] = []
    start: Optional[int] = None
    tags = list(tags)
    for i, tag in enumerate(tags + ["O"]):
        inside = tag == f"I-{label}" and start is not None
        if start is not None and not inside:
            spans.append((start, i))
            start = None
        if tag == f"B-{label}" or (tag == f"I-{label}" and start is None):
            start = i
    return spans


def to_tokens(sentence: Sentence, char_spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of ``sentence.text`` as token ranges (every token a span touches)."""
    starts = sentence.char_starts()
    ends = [s + len(t) for s, t in zip(starts, sentence.tokens)]
    out = []
    for a, b in char_spans:
        toks = [i for i, (s, e) in enumerate(zip(starts, ends)) if s < b and a < e]
        if toks:
            out.append((toks[0], toks[-1] + 1))
    return sorted(set(out))


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "predicted": n_pred, "gold": n_gold}


def score(sentences: list[Sentence], predicted: list[list[tuple[int, int]]]) -> dict[str, dict[str, float]]:
    """Strict and lenient precision/recall/F1 of token spans ``predicted`` (one list per sentence)."""
    n_pred = n_gold = strict_tp = len_tp_pred = len_tp_gold = 0
    for sentence, preds in zip(sentences, predicted):
        gold = list(sentence.gold)
        n_pred += len(preds)
        n_gold += len(gold)
        strict_tp += len(set(preds) & set(gold))
        used: set[int] = set()
        for span in preds:
            text = sentence.phrase(span)
            for j, g in enumerate(gold):
                g_text = sentence.phrase(g)
                if j not in used and (text in g_text or g_text in text):
                    used.add(j)
                    len_tp_pred += 1
                    break
        len_tp_gold += len(used)
    return {
        "strict": _prf(strict_tp, n_pred, strict_tp, n_gold),
        "lenient": _prf(len_tp_pred, n_pred, len_tp_gold, n_gold),
        "sentences": {"n": len(sentences)},
    }


def rules_predict(sentence: Sentence) -> list[tuple[int, int]]:
    """Token spans of every accepted skills-matcher occurrence in the sentence (rules only)."""
    from extractor.rules.vocab import skills_matcher

    hits = skills_matcher().find(sentence.text)
    return to_tokens(sentence, [(h.start, h.end) for h in hits])


def file_predictor(path: Path, sentences: list[Sentence]) -> Callable[[Sentence], list[tuple[int, int]]]:
    """A predictor reading character spans per sentence index from a JSON Lines file.

    Raises:
        OSError, ValueError: the file cannot be read or is not JSON Lines of the documented shape.
    """
    by_index: dict[int, list[tuple[int, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_index[int(row["sentence"])] = [tuple(s) for s in row["spans"]]
    index = {id(s): i for i, s in enumerate(sentences)}
    return lambda s: to_tokens(s, by_index.get(index[id(s)], []))


def run(data: Path, predictions: Optional[Path] = None) -> dict[str, dict[str, float]]:
    """Score the rules (or the spans in ``predictions``) on the sentences of ``data``."""
    sentences = load_conll(data)
    predict = file_predictor(predictions, sentences) if predictions else rules_predict
    return score(sentences, [predict(s) for s in sentences])


def main(argv: Optional[list[str]] = None) -> int:
    """Command line: print the scores (a table, or JSON with ``--json``); exit 2 when the data is unreadable."""
    p = argparse.ArgumentParser(prog="python -m extractor.evaluation.skills_bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"CoNLL gold file (default: {DEFAULT_DATA})")
    p.add_argument("--predictions", type=Path, help="score these spans (JSON Lines) instead of the rules")
    p.add_argument("--json", action="store_true", help="print JSON")
    args = p.parse_args(argv)
    try:
        result = run(args.data, args.predictions)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}   ({result['sentences']['n']} sentences)")
    for kind in ("strict", "lenient"):
        r = result[kind]
        print(f"{kind:10} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['predicted']:6d} {r['gold']:6d}")
    print(f"CRF baseline (Green et al. 2022, strict F1): {CRF_BASELINE_STRICT_F1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
