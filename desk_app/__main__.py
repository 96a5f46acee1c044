from desk_app.store_permissions import private_umask

private_umask()  # citizens' data: every file this process makes is its user's alone (as ui/launcher.py)

from desk_app.cli import main  # noqa: E402 - after the umask, before anything is written

raise SystemExit(main())
