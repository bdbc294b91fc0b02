"""eval/listscore.py: pooled list-item counts per group, and per split with ``--index``."""

import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "eval" / "listscore.py"
_spec = importlib.util.spec_from_file_location("listscore", _PATH)
listscore = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(listscore)


def _doc(doc_id, tp, fp, fn):
    return {"id": doc_id, "fields": {"responsibilities": {"tp": tp, "fp": fp, "fn": fn}}}


@pytest.fixture()
def run(tmp_path):
    scores = {"documents": [_doc("src_1", 3, 1, 0), _doc("src_2", 1, 0, 3), _doc("other_1", 2, 2, 2)]}
    (tmp_path / "scores.json").write_text(json.dumps(scores), encoding="utf-8")
    (tmp_path / "lists.json").write_text(json.dumps({"src_1": {"_holdout": "src"}, "src_2": {"_holdout": "src"}}),
                                         encoding="utf-8")
    (tmp_path / "index.csv").write_text("id,split\nsrc_1,dev\nsrc_2,test\nother_1,test\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("extra, line_start, counts", [
    ([], "src                    pooled", "(tp 4 fp 1 fn 3)"),
    ([], "old                    pooled", "(tp 2 fp 2 fn 2)"),
    (["--index", "index.csv"], "src@dev                pooled", "(tp 3 fp 1 fn 0)"),
    (["--index", "index.csv"], "src@test               pooled", "(tp 1 fp 0 fn 3)"),
    (["--index", "index.csv"], "old@test               pooled", "(tp 2 fp 2 fn 2)"),
])
def test_groups_pool_their_documents_counts(run, capsys, extra, line_start, counts):
    argv = [str(run / "scores.json"), "--lists", str(run / "lists.json")]
    argv += [str(run / part) if part.endswith(".csv") else part for part in extra]
    listscore.main(argv)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith(line_start)]
    assert len(lines) == 1 and lines[0].endswith(counts)
