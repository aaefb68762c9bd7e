import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from tmux_pane import BINARY, SEEDS, Pane  # noqa: E402


@pytest.fixture
def pane():
    if not os.path.exists(BINARY):
        pytest.fail(f"{BINARY} is missing: run `swift build` first")
    terminal = Pane()
    yield terminal
    terminal.close()


@pytest.fixture
def seeds():
    if not os.path.exists(os.path.join(SEEDS, "003_1eb976177dc264a1.txt")):
        pytest.skip("../shared/seeds is not beside this checkout; seed tests skipped")
    return SEEDS
