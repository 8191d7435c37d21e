"""Child process for the lock tests: holds a plan's lock until killed."""

from __future__ import annotations

import sys
import time

from bakeryplan.store.lock import PlanLock

if __name__ == "__main__":
    lock = PlanLock(sys.argv[1])
    lock.acquire()
    print("locked", flush=True)
    time.sleep(120)
