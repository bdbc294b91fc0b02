"""Evaluation harness: score the extractor against the hand-annotated golden set.

Modules:

* :mod:`extractor.evaluation.golden` – load and validate ``golden/`` (index, documents, annotations).
* :mod:`extractor.evaluation.metrics` – pure scoring functions (per-field comparators, P/R/F1,
  null-correctness, bootstrap intervals, paired significance tests) and run aggregation.
* :mod:`extractor.evaluation.runner` – run an :class:`~extractor.pipeline.Extractor` over the golden
  documents and save ``eval/runs/<run id>/`` (manifest, predictions, scores).
* :mod:`extractor.evaluation.compare` – compare two runs on the same documents.
* :mod:`extractor.evaluation.report` – terminal table, JSON and self-contained HTML reports.
* :mod:`extractor.evaluation.examples` – check that a prompt's few-shot answers are grounded in
  their own postings.
* :mod:`extractor.evaluation.gate` – the ``--fail-under`` and ``--no-regress`` gates and the baseline file.
* :mod:`extractor.evaluation.cli` – the ``extractor eval`` sub-command.

Nothing here is imported by the extraction path; importing this package is cheap.
"""
