"""The bundle's executable (PyInstaller): `Reader ARGS` is `reader ARGS`.

Reader starts helpers of its own as `sys.executable -m reader.…` (the name
tables are built in a child process, and the window recognises entities in
one: reader.core.entity_worker); in the bundle sys.executable is this
program, so `-m` for Reader's own modules is honoured here.
"""

import sys


def run() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "-m" and sys.argv[2].split(".")[0] == "reader":
        import runpy

        module, sys.argv = sys.argv[2], [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from reader.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
