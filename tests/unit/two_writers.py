"""One of two writers on the same contract, as a window would write: run as a child process.

``python -m tests.unit.two_writers DB CONTRACT_ID NAME SECONDS`` keeps a local view of the
contract (its answers and the revision they belong to) and, until SECONDS have passed, appends a
unique token to one answer's list and saves it with the revision it last saw, the way
:class:`~koerskaart.ui.session.ContractSession` saves. Every few saves it also saves an answer
unchanged, the path that once handed back a newer revision without a check. A save that lands
moves the local view on; a :class:`ConcurrentChange` (or a busy database) is a reported refusal:
the writer reloads its view in one transaction and goes on. At the end it prints one JSON line:
the tokens that landed and the ones that were refused.

The parent test (``test_two_writers.py``) then checks the file: every token that landed is
stored, no refused token is, so nothing was lost silently.
"""

from __future__ import annotations

import json
import random
import sys
import time

KEYS = [f"veld_{n}" for n in range(8)]


def main(argv: list[str]) -> int:
    from koerskaart.conversation.snapshot import load_snapshot
    from koerskaart.errors import ConcurrentChange, DatabaseBusy
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository

    target, contract_id, name, seconds = argv[0], int(argv[1]), argv[2], float(argv[3])
    repo = Repository(Database.open(target), actor=name)
    rng = random.Random(name)

    def view() -> tuple[int, dict[str, list[str]]]:
        snapshot = load_snapshot(repo, contract_id)  # revision and answers from one transaction
        values = {key: list(snapshot.answers[key].value) for key in KEYS if key in snapshot.answers}
        return snapshot.contract.revision, values

    revision, local = view()
    landed: list[str] = []
    refused: list[str] = []
    unchanged = 0
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        # A pause of up to a few milliseconds, as between keystrokes: two writers that never
        # pause can starve each other (one keeps moving the revision on while the other reloads),
        # which is unfair but loses nothing; the pause keeps both writing and still colliding.
        time.sleep(rng.uniform(0, 0.004))
        count += 1
        key = rng.choice(KEYS)
        token = f"{name}-{count}"
        try:
            if count % 4 == 0 and key in local:
                # The same value again: must still be refused when the revision is stale.
                revision = repo.save_answer(contract_id, key, local[key], expected_revision=revision)
                unchanged += 1
                continue
            value = [*local.get(key, []), token]
            revision = repo.save_answer(contract_id, key, value, expected_revision=revision)
            local[key] = value
            landed.append(token)
        except (ConcurrentChange, DatabaseBusy):
            if count % 4 != 0:
                refused.append(token)
            revision, local = view()
    print(json.dumps({"landed": landed, "refused": refused, "unchanged": unchanged}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
