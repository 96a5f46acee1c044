"""The `desk-app` command. With no arguments it opens the desktop client; with a sub-command it runs
the headless CLI of desk_app (Qt is then never imported)."""
from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from desk_app.cli import main as cli_main

        return cli_main(args)
    from ui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    raise SystemExit(main())
