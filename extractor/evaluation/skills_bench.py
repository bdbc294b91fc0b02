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

A second measure, ``--real FILE [FILE ...]``, scores whole postings against a skills gold of real postings
(``golden/real/skills.json``: ``{"<doc id>": {"kind": "tech" | "general", "skills": [...]}}``, each
skill the shortest substring of the posting ``golden/real/docs/<doc id>.*`` naming it; the annotation guide
is ``golden/real/skills_guide.md``).  Per posting, the rules' skills (each as its canonical name
and as the text it was found in) are matched one to one against the gold: ``strict`` when one of
the two strings equals the gold skill (lower case, spaces and hyphens folded), ``lenient`` when
one contains the other; precision/recall/F1 are micro-averaged per kind and over all postings.
Several gold files (e.g. the dev gold ``skills.json`` and a held-out ``skills_test.json``) are
scored and printed separately, one block per file.

Usage::

    python -m extractor.evaluation.skills_bench [--data golden/green2022/testset.txt] [--predictions FILE] [--json]
    python -m extractor.evaluation.skills_bench --real golden/real/skills.json [golden/real/skills_test.json] [--json] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

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
    for line in path.read_text(encoding="utf-8").split("\n"):  # not splitlines(): U+2028 may sit inside a string
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


def _fold(text: str) -> str:
    return " ".join(re.split(r"[\s\-]+", text.lower().strip()))


def real_predict(text: str) -> list[tuple[str, str]]:
    """``(canonical name, text found)`` of each skill the rules extract from a posting."""
    from extractor.pipeline import Extractor

    record = _rules_extractor(Extractor).extract(text)
    prov = record.provenance.get("skills")
    out = []
    for i, name in enumerate(record.skills or []):
        found = name
        if prov is not None and i < len(prov.items) and prov.items[i].spans:
            span = prov.items[i].spans[0]
            found = text[span.start : span.end]
        out.append((name, found))
    return out


@cache
def _rules_extractor(factory: Callable[..., Any]) -> Any:
    return factory(use_llm=False)


def match_real(gold: list[str], predicted: list[tuple[str, str]]) -> dict[str, Any]:
    """One posting: strict and lenient matches of ``predicted`` (name, text found) against ``gold``.

    Pairs are taken closest first (equal strings, then the containment with the nearest lengths),
    each prediction and each gold skill at most once.

    Returns ``{"strict": (tp, n_pred, n_gold), "lenient": (...), "missed": [...], "extra": [...]}``
    (missed gold skills and unmatched predictions, lenient).
    """
    gold_keys = list(dict.fromkeys(_fold(g) for g in gold if g.strip()))
    result: dict[str, Any] = {}
    for kind in ("strict", "lenient"):
        pairs = []  # (closeness, prediction, gold): equal strings first, then the closest containment
        for i, (name, found) in enumerate(predicted):
            forms = {_fold(name), _fold(found)} - {""}
            for j, g in enumerate(gold_keys):
                best = 0.0
                for f in forms:
                    if f == g:
                        best = 2.0
                    elif kind == "lenient" and (f in g or g in f):
                        best = max(best, min(len(f), len(g)) / max(len(f), len(g)))
                if best:
                    pairs.append((-best, i, j))
        used_pred: set[int] = set()
        used: set[int] = set()
        for _, i, j in sorted(pairs):
            if i not in used_pred and j not in used:
                used_pred.add(i)
                used.add(j)
        result[kind] = (len(used), len(predicted), len(gold_keys))
        if kind == "lenient":
            result["missed"] = [g for j, g in enumerate(gold_keys) if j not in used]
            result["extra"] = [name for i, (name, _) in enumerate(predicted) if i not in used_pred]
    return result


def run_real(path: Path, docs: Optional[Path] = None) -> dict[str, Any]:
    """Score the rules on the real-postings skills gold ``path`` (documents in ``docs``, default beside it).

    Raises:
        OSError, ValueError, KeyError: the gold or a document cannot be read.
    """
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = docs or path.parent / "docs"
    totals: dict[tuple[str, str], list[int]] = {}
    per_doc = {}
    for doc_id, entry in sorted(gold.items()):
        if doc_id.startswith("_"):
            continue
        text = next(iter(sorted(docs.glob(f"{doc_id}.*")))).read_text(encoding="utf-8")
        m = match_real(list(entry["skills"]), real_predict(text))
        per_doc[doc_id] = {"kind": entry["kind"], "missed": m["missed"], "extra": m["extra"]}
        for group in (entry["kind"], "all"):
            for kind in ("strict", "lenient"):
                t = totals.setdefault((group, kind), [0, 0, 0, 0])
                tp, n_pred, n_gold = m[kind]
                t[0] += tp
                t[1] += n_pred
                t[2] += n_gold
                t[3] += 1 if kind == "strict" else 0
    scores: dict[str, Any] = {}
    for (group, kind), (tp, n_pred, n_gold, n_docs) in sorted(totals.items()):
        scores.setdefault(group, {})[kind] = _prf(tp, n_pred, tp, n_gold)
        if n_docs:
            scores[group]["documents"] = n_docs
    return {"scores": scores, "documents": per_doc}


def _print_real(paths: list[Path], *, as_json: bool, show: bool) -> int:
    """Score and print each real-postings gold file (a table per file, or JSON keyed by file)."""
    try:
        results = {str(path): run_real(path) for path in paths}
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if as_json:
        out = {name: (real if show else real["scores"]) for name, real in results.items()}
        print(json.dumps(out[str(paths[0])] if len(paths) == 1 else out, indent=2))
        return 0
    for name, real in results.items():
        if show:
            for doc_id, d in real["documents"].items():
                print(f"{doc_id} ({d['kind']})\n  missed: {d['missed']}\n  extra:  {d['extra']}")
        print(f"{name}\n{'':22} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
        for group, kinds in real["scores"].items():
            for kind in ("strict", "lenient"):
                r = kinds[kind]
                label = f"{group} {kind} ({kinds['documents']})"
                print(f"{label:22} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['predicted']:6d} {r['gold']:6d}")
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    """Command line: print the scores (a table, or JSON with ``--json``); exit 2 when the data is unreadable."""
    p = argparse.ArgumentParser(prog="python -m extractor.evaluation.skills_bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"CoNLL gold file (default: {DEFAULT_DATA})")
    p.add_argument("--predictions", type=Path, help="score these spans (JSON Lines) instead of the rules")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--real", type=Path, nargs="+", metavar="FILE", help="score the rules on these real-postings skills golds instead, each separately (see above)"
    )
    p.add_argument("--show", action="store_true", help="with --real: list each posting's missed and extra skills")
    args = p.parse_args(argv)
    if args.real:
        return _print_real(args.real, as_json=args.json, show=args.show)
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
