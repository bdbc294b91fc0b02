"""Stop signals as exceptions: SIGTERM/SIGHUP are raised like Ctrl-C in the main thread.

Raising (instead of dying at once) lets ``finally`` blocks close the output and the atexit
handlers stop the embedded model server; the command line turns the exception into exit
code ``128 + signal``.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP as an exception in the main thread, like Ctrl-C's KeyboardInterrupt.

    Raising (instead of dying at once) lets ``finally`` blocks close the output and the
    atexit handlers stop the embedded model server.
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _on_stop_signal(signum: int, frame: Any) -> None:
    for sig in _STOP_SIGNALS:  # a second signal must not break the clean-up (or print a traceback from atexit)
        signal.signal(sig, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """While inside, SIGINT raises KeyboardInterrupt and SIGTERM/SIGHUP raise :class:`Terminated`.

    Only in the main thread, and a signal the caller ignores (``nohup``) stays ignored.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for sig in _STOP_SIGNALS:
        handler = signal.getsignal(sig)
        if handler is not signal.SIG_IGN and handler is not None:
            previous[sig] = signal.signal(sig, _on_stop_signal)
    stopped = False
    try:
        yield
    except KeyboardInterrupt:
        stopped = True
        raise
    finally:
        if not stopped:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
