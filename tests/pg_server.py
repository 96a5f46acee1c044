"""The one throw-away PostgreSQL of the tests and benchmarks (sync, supervision, security):
initdb + pg_ctl in a temp folder, on a free loopback port, set up the way docs/deployment.md
asks a real centre to be: TCP only over TLS (a CA made here, a server certificate for 127.0.0.1
and localhost, clients verify it: sslmode=verify-full) and SCRAM-SHA-256 passwords for every TCP
login; `trust` only on the Unix socket in the temp folder. As root the server runs as the
`postgres` user (initdb refuses root)."""
from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER_PASSWORD = "owner-Pw-for-tests-only"
# The fault-injection proxy (tests/sync/tcp_proxy.py) must read the protocol to drop the reply to
# a COMMIT: its connections are the one exception to TLS, for this one role, still with SCRAM.
PROXY_ROLE = "desk_fault_proxy"
PROXY_PASSWORD = "proxy-Pw-for-tests-only"


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL server binaries are not installed")
    return Path(initdb).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate it signed (SAN 127.0.0.1, ::1, localhost).
    Returns (ca.crt, server.crt, server.key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("desk-app test CA"))
          .issuer_name(name("desk-app test CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName([
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")), x509.DNSName("localhost")])
    cert = (x509.CertificateBuilder().subject_name(name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(san, critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_path, crt_path, key_path = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    crt_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return ca_path, crt_path, key_path


HBA = """\
# Written by tests/pg_server.py: the socket in the temp folder is trusted (the test's own
# administration); every TCP login needs TLS and a SCRAM-SHA-256 password.
local      all  all                 trust
hostnossl  all  desk_fault_proxy  127.0.0.1/32  scram-sha-256
hostssl    all  all  127.0.0.1/32   scram-sha-256
hostssl    all  all  ::1/128        scram-sha-256
hostnossl  all  all  0.0.0.0/0      reject
hostnossl  all  all  ::/0           reject
"""


class PgServer:
    def __init__(self) -> None:
        self.bin = _pg_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.dir / "data"
        self.tls = self.dir / "tls"
        self.log = self.dir / "log"
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        self.ca: Path | None = None
        if self._as_root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def init(self) -> PgServer:
        pwfile = self.dir / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self._as_root:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        self.tls.mkdir()
        self.ca, crt, key = make_ca_and_server_cert(self.tls)
        if self._as_root:
            for p in (self.tls, crt, key):
                shutil.chown(p, "postgres", "postgres")
        (self.data / "pg_hba.conf").write_text(HBA)
        if self._as_root:
            shutil.chown(self.data / "pg_hba.conf", "postgres", "postgres")
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(f"\nssl = on\nssl_cert_file = '{crt}'\nssl_key_file = '{key}'\n"
                       "password_encryption = 'scram-sha-256'\n")
        return self

    def start(self) -> PgServer:
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-w", "-o", opts, "start")
        import psycopg

        with psycopg.connect(self.socket_url(), autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                            (PROXY_ROLE,)).fetchone() is None:
                conn.execute(f"CREATE ROLE {PROXY_ROLE} LOGIN SUPERUSER "
                             f"PASSWORD '{PROXY_PASSWORD}'")
        return self

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def tls_query(self) -> str:
        return f"sslmode=verify-full&sslrootcert={quote(str(self.ca), safe='')}"

    def url(self, dbname: str = "postgres", user: str = "postgres",
            password: str | None = None) -> str:
        """A libpq URL over TCP + TLS (verify-full) with a password (the superuser's by
        default)."""
        if password is None and user == "postgres":
            password = SUPERUSER_PASSWORD
        auth = quote(user) + (":" + quote(password, safe="") if password else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}?{self.tls_query()}"

    def socket_url(self, dbname: str = "postgres") -> str:
        """The administrator's way in, through the Unix socket (trust): for test set-up only."""
        return f"postgresql:///{dbname}?host={quote(str(self.dir), safe='')}&port={self.port}" \
               "&user=postgres"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def cleanup(self) -> None:
        try:
            # The data is thrown away: no shutdown checkpoint (seconds with many databases).
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        # Thousands of small files (one set per database): removed in the background so the
        # test run does not wait for the file system.
        subprocess.Popen(["rm", "-rf", "--", str(self.dir)], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
