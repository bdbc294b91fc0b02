"""Run a Python module as a child that exits when the process that started it is gone.

``python -m extractor.llm.orphan_guard PARENT_PID MODULE [ARGS...]`` runs ``MODULE`` as
``__main__`` and watches its parent: once the parent has died (even by ``kill -9``, when
no clean-up of ours can run) the child is re-parented, and it exits.  The embedded
model server is started this way, so a killed run never leaves it listening.
"""

from __future__ import annotations

import os
import runpy
import sys
import threading
import time

POLL_SECONDS = 1.0


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(143)  # nothing to save: the server's state lives only in memory


def main(argv: list[str]) -> None:
    if len(argv) < 2 or not argv[0].isdigit():
        sys.exit("usage: python -m extractor.llm.orphan_guard PARENT_PID MODULE [ARGS...]")
    parent, module = int(argv[0]), argv[1]
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="orphan-guard").start()
    sys.argv = [module, *argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
