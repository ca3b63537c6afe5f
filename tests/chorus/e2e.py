#!/usr/bin/env python3
"""End-to-end tests of "facturx chorus" against the local stand-in server.

Each case starts its own stand-in (tests/chorus/standin.py) in this process
on a free loopback port, runs the facturx command with a private HOME,
XDG folders and configuration file, and checks exit statuses, outputs, the
stand-in's counters and the journal. Every output and the journal files are
searched for the secrets (client secret, password, cpro-account value,
tokens): none may appear.

Usage: e2e.py --facturx PATH --work DIR --case NAME
"""

import argparse
import base64
import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import standin  # noqa: E402

DATA = os.path.join(HERE, "data")
INVOICE_JSON = os.path.join(DATA, "invoice-public.json")
STRUCTURES = os.path.join(DATA, "annuaire-structures.csv")
SERVICES = os.path.join(DATA, "annuaire-services.csv")
HOSPITAL = "26690012500011"
TOWN = "21690123100011"
SUPPLIER = "26197306900014"


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


class Run:
    """One test case: its folder, its stand-in and the facturx command."""

    def __init__(self, args, **standin_options):
        self.exe = args.facturx
        self.work = os.path.abspath(args.work)
        shutil.rmtree(self.work, ignore_errors=True)
        for d in ("home", "data", "config/facturx"):
            os.makedirs(os.path.join(self.work, d))
        self.server = standin.StandIn(**standin_options).start()
        self.env_extra = {}
        self.write_config()

    def path(self, *parts):
        return os.path.join(self.work, *parts)

    @property
    def config_path(self):
        return self.path("config", "facturx", "chorus.conf")

    def write_config(self, extra="", mode=0o600, api_url=None):
        url = self.server.url
        text = ("# facturx chorus test configuration\n"
                "client_id = %s\nclient_secret = %s\nlogin = %s\npassword = \"%s\"\n"
                "oauth_url = %s/api/oauth/token\napi_url = %s\n"
                "retry_delay = 10\ntimeout = 10\nconnect_timeout = 5\n%s"
                % (standin.DEFAULT_CLIENT_ID, standin.DEFAULT_CLIENT_SECRET,
                   standin.DEFAULT_LOGIN, standin.DEFAULT_PASSWORD, url, api_url or url, extra))
        with open(self.config_path, "w") as f:
            f.write(text)
        os.chmod(self.config_path, mode)

    def secrets(self):
        account = "%s:%s" % (standin.DEFAULT_LOGIN, standin.DEFAULT_PASSWORD)
        return [standin.DEFAULT_CLIENT_SECRET, standin.DEFAULT_PASSWORD,
                base64.b64encode(account.encode()).decode()] + self.server.tokens()

    def no_secret_in(self, text, where):
        for s in self.secrets():
            check(s not in text, "a secret appears in %s" % where)

    def facturx(self, *args, rc=0, env=None):
        """Runs facturx; checks its exit status; returns (stdout, stderr)."""
        e = {k: v for k, v in os.environ.items() if not k.startswith("FACTURX_CHORUS_")}
        e.update({"HOME": self.path("home"), "XDG_DATA_HOME": self.path("data"),
                  "XDG_CONFIG_HOME": self.path("config")})
        e.update(self.env_extra)
        e.update(env or {})
        p = subprocess.run([self.exe] + list(args), env=e, capture_output=True, timeout=300)
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        sys.stdout.write("$ facturx %s  -> %d\n%s%s" % (" ".join(args), p.returncode, out, err))
        self.no_secret_in(out + err, "the output of 'facturx %s'" % " ".join(args))
        check(p.returncode == rc, "'facturx %s' exited with %d, expected %d"
              % (" ".join(args), p.returncode, rc))
        return out, err

    def generate(self, name="invoice.pdf", **changes):
        """Writes a Factur-X PDF of the test invoice with changes applied."""
        with open(INVOICE_JSON, encoding="utf-8") as f:
            desc = json.load(f)
        desc.pop("$schema", None)
        buyer = changes.pop("buyer_siret", None)
        if buyer:
            desc["buyer"]["identifiers"] = [{"id": buyer, "scheme": "0009"}]
            desc["buyer"]["legal_id"] = {"id": buyer[:9], "scheme": "0002"}
            desc["buyer"]["electronic_address"] = {"id": buyer[:9], "scheme": "0225"}
        for k, v in changes.items():
            if v is None:
                desc.pop(k, None)
            else:
                desc[k] = v
        src = self.path(name + ".json")
        with open(src, "w", encoding="utf-8") as f:
            json.dump(desc, f, ensure_ascii=False)
        out = self.path(name)
        self.facturx("generate", src, "-o", out)
        return out

    def stats(self):
        return self.server.stats()

    def journal_path(self):
        return self.path("data", "facturx", "chorus.db")

    def journal_rows(self, sql):
        db = sqlite3.connect(self.journal_path())
        try:
            return db.execute(sql).fetchall()
        finally:
            db.close()

    def finish(self):
        for suffix in ("", "-wal", "-shm"):
            p = self.journal_path() + suffix
            if os.path.exists(p):
                with open(p, "rb") as f:
                    self.no_secret_in(f.read().decode("latin-1"), "the journal " + p)
        self.server.stop()


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

def case_nominal(r):
    """generate -> check -> deposit -> status reaching IN_INTEGRE and the
    invoice statuses; the journal in the default place; a second deposit
    refused; --again deposits it again."""
    pdf = r.generate()
    r.facturx("chorus", "check", pdf)
    out, _ = r.facturx("chorus", "deposit", pdf)
    check("deposited as flow CPP" in out, "no flow number printed")
    flow = out.split("deposited as flow ")[1].split()[0]
    check(os.path.exists(r.journal_path()), "the journal is not in $XDG_DATA_HOME/facturx")
    check(stat.S_IMODE(os.stat(r.journal_path()).st_mode) == 0o600, "journal not mode 0600")
    out, _ = r.facturx("chorus", "status", "--watch", "--interval", "0")
    check("IN_INTEGRE - integrated" in out, "the flow did not reach IN_INTEGRE")
    check("F-2026-0001 (id " in out and "MISE_A_DISPOSITION" in out, "no invoice status")
    out, _ = r.facturx("chorus", "status", flow)
    check("MANDATEE" in out or "SERVICE_FAIT" in out, "the invoice history did not move on")
    out, _ = r.facturx("chorus", "history", "F-2026-0001")
    check(flow in out and "IN_INTEGRE" in out and "invoice  MISE_A_DISPOSITION" in out,
          "the journal does not show the statuses over time")
    _, err = r.facturx("chorus", "deposit", pdf, rc=1)
    check("already deposited" in err, "a second deposit was not refused")
    check(r.stats()["deposits_received"] == 1, "the second deposit reached the platform")
    pdf2 = r.generate("again.pdf")
    r.facturx("chorus", "deposit", pdf2, rc=1)
    check(r.stats()["deposits_received"] == 1, "same invoice number, other file: deposited")
    r.facturx("chorus", "deposit", "--again", pdf)
    check(r.stats()["deposits_received"] == 2, "--again did not deposit")


def case_rejected(r):
    """A rejected flow shows its errors in plain words and exits 1."""
    r.server.set_scenario("reject")
    pdf = r.generate()
    r.facturx("chorus", "deposit", "--force", pdf)
    out, _ = r.facturx("chorus", "status", "--watch", "--interval", "0", rc=1)
    check("IN_REJETE - rejected" in out, "the rejection is not shown")
    check("rejected invoices (1):" in out and "rejet demandé par le scénario de test" in out,
          "listeErreurDP is not shown")
    out, _ = r.facturx("chorus", "history")
    check("IN_REJETE" in out, "the journal does not record the rejection")
    r.server.set_scenario("nominal")
    r.facturx("chorus", "deposit", "--force", pdf)
    check(r.stats()["deposits_received"] == 2, "a rejected invoice could not be deposited again")


def case_engagement(r):
    """A buyer requiring an engagement number: check and deposit refuse an
    invoice without BT-13, online and offline; --force lets the platform
    reject it."""
    pdf = r.generate("hospital.pdf", buyer_siret=HOSPITAL, buyer_reference="ACHATS",
                     number="F-2026-0002")
    out, err = r.facturx("chorus", "check", pdf, rc=1)
    check("BT-13" in out + err, "check does not name BT-13")
    _, err = r.facturx("chorus", "deposit", pdf, rc=1)
    check("not deposited" in err, "deposit did not refuse")
    check(r.stats()["deposits_received"] == 0, "the invoice reached the platform")
    r.facturx("chorus", "annuaire", "import", STRUCTURES, SERVICES)
    out, err = r.facturx("chorus", "check", "--offline", pdf, rc=1)
    check("BT-13" in out + err, "the offline check does not name BT-13")
    ok = r.generate("hospital-ej.pdf", buyer_siret=HOSPITAL, buyer_reference="ACHATS",
                    number="F-2026-0003", purchase_order_ref="EJ-2026-0042")
    r.facturx("chorus", "check", ok)
    r.facturx("chorus", "check", "--offline", ok)
    r.facturx("chorus", "deposit", "--force", pdf)
    out, _ = r.facturx("chorus", "status", "--watch", "--interval", "0", rc=1)
    check("numéro d'engagement est obligatoire" in out, "the platform's reason is not shown")


def case_token_expiry(r):
    """A token refused mid-run (401) is renewed and the run goes on."""
    r.server.set_scenario("token-expiry")
    pdf = r.generate()
    r.facturx("chorus", "deposit", "--force", pdf)
    out, _ = r.facturx("chorus", "status", "--watch", "--interval", "0", "--verbose")
    check("IN_INTEGRE" in out, "the flow was not followed to the end")
    s = r.stats()
    check(s["unauthorized"] >= 1, "the stand-in never refused a token")
    check(s["token_requests"] >= 3, "the token was not renewed")
    check(s["deposits_received"] == 1, "the deposit was sent twice")


def case_token_short(r):
    """A token about to expire (expires_in below the margin) is renewed
    before each call, never used expired."""
    r.server.set_scenario("token-short")
    r.facturx("chorus", "lookup", TOWN, "--service", "SERV-INFO")
    s = r.stats()
    check(s["token_requests"] == 4, "expected one token per call, got %d" % s["token_requests"])
    check(s["unauthorized"] == 0, "an expired token was used")


def case_server_errors(r):
    """HTTP 503 answers are retried with backoff."""
    r.server.set_scenario("5xx")
    out, _ = r.facturx("chorus", "lookup", TOWN, "--verbose")
    check("COMMUNE DE TESTVILLE" in out, "the look-up did not succeed after retries")
    r.write_config("retries = 1\n")
    r.server.set_scenario("nominal")
    r.server.server.state.api_calls = 0
    r.server.set_scenario("5xx")
    _, err = r.facturx("chorus", "lookup", TOWN, "--offline", rc=1)
    check("no Chorus Pro directory" in err, "--offline used the network")
    _, err = r.facturx("chorus", "lookup", TOWN, rc=3)
    check("HTTP 503" in err, "the 503 is not reported")


def case_deposit_500(r):
    """An HTTP 500 to a deposit leaves its outcome unknown: nothing is sent
    again before the platform can show it was not received."""
    r.server.set_scenario("deposit-500")
    pdf = r.generate()
    _, err = r.facturx("chorus", "deposit", "--force", pdf, rc=3)
    check("unknown" in err, "the outcome is not said to be unknown")
    check(r.stats()["deposits_received"] == 0, "the stand-in recorded it")
    state = r.journal_rows("SELECT state FROM deposits")
    check(state == [("unknown",)], "the journal does not record the unknown outcome")
    _, err = r.facturx("chorus", "deposit", "--force", pdf, rc=3)
    check("will not be sent again before" in err, "an unknown deposit was resent blindly")
    out, _ = r.facturx("chorus", "deposit", "--force", pdf,
                       env={"FACTURX_CHORUS_RECONCILE_GRACE": "0"})
    check("deposited as flow" in out, "the absent deposit was not sent again")
    check(r.stats()["deposits_received"] == 1, "expected exactly one deposit")
    out, _ = r.facturx("chorus", "history", "F-2026-0001")
    check("not-received" in out and "unknown" in out, "the journal lacks the reconciliation")


def case_cut_after_upload(r):
    """The connection cut after the upload: reconciliation finds the invoice
    and nothing is sent a second time."""
    r.server.set_scenario("cut-after-upload")
    r.server.server.state.args.integrate_after = 0
    pdf = r.generate()
    out, _ = r.facturx("chorus", "deposit", "--force", pdf, "--verbose",
                       env={"FACTURX_CHORUS_RECONCILE_GRACE": "0"})
    check("found by reconciliation" in out, "the lost answer was not reconciled")
    check(r.stats()["deposits_received"] == 1, "the file was deposited twice")
    r.facturx("chorus", "deposit", "--force", pdf, rc=1)
    check(r.stats()["deposits_received"] == 1, "the file was deposited twice")
    out, _ = r.facturx("chorus", "status")
    check("IN_INTEGRE" in out, "the reconciled flow cannot be followed")


def case_cut_later(r):
    """The connection cut after the upload while the platform is still
    processing: the outcome stays unknown; a later run finds the invoice."""
    r.server.set_scenario("cut-after-upload")
    pdf = r.generate()
    _, err = r.facturx("chorus", "deposit", "--force", pdf, rc=3)
    check("does not show the invoice yet" in err, "the unknown outcome is not explained")
    out, _ = r.facturx("chorus", "deposit", "--force", pdf)
    check("found by reconciliation" in out, "the later run did not reconcile")
    check(r.stats()["deposits_received"] == 1, "the file was deposited twice")


def case_cut_before_upload(r):
    """The connection cut before the upload was read: nothing received; the
    file is sent again once the grace period shows it absent."""
    r.server.set_scenario("cut-before-upload")
    pdf = r.generate()
    r.facturx("chorus", "deposit", "--force", pdf, rc=3)
    check(r.stats()["deposits_received"] == 0, "the stand-in recorded a cut deposit")
    out, _ = r.facturx("chorus", "deposit", "--force", pdf,
                       env={"FACTURX_CHORUS_RECONCILE_GRACE": "0"})
    check("deposited as flow" in out, "the deposit was not sent again")
    check(r.stats()["deposits_received"] == 1, "expected exactly one deposit")


def case_timeout(r):
    """A call that times out is retried (look-ups are safe to repeat)."""
    r.write_config("timeout = 1\n")
    r.server.server.state.args.slow_seconds = 2.5
    r.server.set_scenario("slow")
    out, err = r.facturx("chorus", "lookup", TOWN, "--verbose")
    check("COMMUNE DE TESTVILLE" in out, "the look-up did not succeed")
    check("timed out" in err.lower() or "timeout" in err.lower(), "no timeout happened")


def case_offline(r):
    """The directory import, offline look-ups, and the fall-back when the
    API cannot be reached."""
    out, _ = r.facturx("chorus", "annuaire", "import", STRUCTURES, SERVICES)
    check("imported 5 structures and 6 services" in out, "unexpected import counts")
    out, _ = r.facturx("chorus", "lookup", "--offline", HOSPITAL)
    check("engagement number (BT-13):  required" in out, "the directory lost GestionEngagement")
    check("ACHATS" in out and "[engagement number required]" in out, "services not imported")
    out, _ = r.facturx("chorus", "lookup", "--offline", "19690001300018")
    check("active:                     no" in out, "StructureActive lost")
    r.facturx("chorus", "lookup", "--offline", "12345678900011", rc=1)
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    port = dead.getsockname()[1]
    dead.close()
    r.write_config(api_url="http://127.0.0.1:%d" % port)
    out, err = r.facturx("chorus", "lookup", TOWN)
    check("trying the imported directory" in err and "imported directory" in out,
          "no fall-back on the directory")
    os.remove(r.config_path)
    out, _ = r.facturx("chorus", "lookup", TOWN)
    check("imported directory" in out, "without credentials the directory is not used")


def case_config(r):
    """The configuration: 0600 required, environment over file, secrets
    masked, plain HTTP only to loopback."""
    out, _ = r.facturx("chorus", "config")
    check("client_secret = ********" in out and "password = ********" in out,
          "secrets are not masked")
    check("journal = %s" % r.journal_path() in out, "the journal is not in XDG_DATA_HOME")
    out, _ = r.facturx("chorus", "config", env={"FACTURX_CHORUS_TIMEOUT": "42"})
    check("timeout = 42" in out, "the environment does not override the file")
    os.chmod(r.config_path, 0o644)
    _, err = r.facturx("chorus", "config", rc=2)
    check("refused" in err and "0644" in err, "a readable configuration was accepted")
    _, err = r.facturx("chorus", "lookup", TOWN, rc=2)
    check("chmod 600" in err, "no hint to fix the mode")
    r.write_config(api_url="http://example.com")
    _, err = r.facturx("chorus", "lookup", TOWN, rc=2)
    check("only for a loopback address" in err, "plain HTTP to a remote host was accepted")
    r.write_config()
    r.facturx("chorus", "lookup", TOWN,
              env={"FACTURX_CHORUS_API_URL": "http://127.0.0.1.example.com"}, rc=2)
    r.write_config("bogus = 1\n")
    _, err = r.facturx("chorus", "config", rc=2)
    check("chorus.conf:11: unknown setting 'bogus'" in err, "the bad line is not named")
    r.write_config()
    r.server.set_scenario("bad-client")
    _, err = r.facturx("chorus", "lookup", TOWN, rc=3)
    check("invalid_client" in err, "the token refusal is not reported")


def case_password(r):
    """The technical account's password expiry is reported when near."""
    _, err = r.facturx("chorus", "lookup", SUPPLIER)
    check("password of the Chorus Pro technical account expires on" in err and "in 10 days" in err,
          "no warning")
    r.server.server.state.args.password_days = 40
    _, err = r.facturx("chorus", "lookup", SUPPLIER)
    check("password" not in err, "a warning although the expiry is far")
    r.write_config("password_warning = 60\n")
    _, err = r.facturx("chorus", "lookup", SUPPLIER)
    check("in 40 days" in err, "password_warning is not used")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--facturx", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--case", required=True, choices=sorted(CASES))
    args = p.parse_args()
    r = Run(args)
    try:
        CASES[args.case](r)
        r.finish()
    except Failure as e:
        print("FAILED: %s" % e)
        r.server.stop()
        return 1
    print("PASSED: %s" % args.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
