#!/usr/bin/env python3
"""A local stand-in for the Chorus Pro API (PISTE), for the tests.

It speaks the contract of ../shared/docs/chorus-pro-api.md on 127.0.0.1, on
a free port chosen at start: the OAuth2 token endpoint, factures/v1/deposer/
flux, transverses/v1/consulterCRDetaille, structures/v1/rechercher,
consulter, rechercher/services and consulter/service, factures/v1/
rechercher/fournisseur and consulter/historique. Its structures and services
come from the same CSV files as the directory import tests. A deposited
Factur-X PDF is opened (its factur-x.xml found among the PDF streams) and
checked as the platform would: buyer known and active, service code and
engagement number present when required, invoice number at most 20
characters, type code accepted.

Scripted behaviours (scenarios, comma-separated, chosen with --scenario or
POST /_control/scenario {"scenario": "..."}):
  nominal            a flow is pending for --integrate-after progress steps
                     (each consulterCRDetaille of the flow and each invoice
                     search is a step), then IN_INTEGRE or IN_REJETE; each
                     consulter/historique moves the invoice one status on
  reject             every flow is rejected (listeErreurDP)
  token-expiry       a token is refused (401) after 2 API calls
  token-short        tokens say expires_in 60
  bad-client         the token endpoint refuses the client (401)
  5xx                the first 2 API calls answer 503
  deposit-500        the first deposit answers 500 without being recorded
  slow               the first API call waits --slow-seconds before answering
  cut-after-upload   the first deposit is recorded, then the connection is
                     closed without an answer
  cut-before-upload  the first deposit's connection is closed before its
                     body is read (nothing recorded)

GET /_control/stats returns counters (token requests, deposits received,
401 answers, calls per operation) for the tests to check.

Python standard library only (http.server, threading): the tests start it
in-process (StandIn(...).start()) or as a program, which prints
"PORT <n>" on its first line of output.
"""

import argparse
import base64
import binascii
import csv
import datetime
import json
import os
import re
import socket
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

DEFAULT_CLIENT_ID = "facturx-test-client"
DEFAULT_CLIENT_SECRET = "client-secret-Zq7!sandbox"
DEFAULT_LOGIN = "TECH_facturx@cpro.test"
DEFAULT_PASSWORD = "Tech-Pa55word-Xy9"

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

SYNTAXES = {
    "IN_DP_E1_UBL_INVOICE", "IN_DP_E1_CII_16B", "IN_DP_E2_UBL_INVOICE_MIN",
    "IN_DP_E2_CPP_FACTURE_MIN", "IN_DP_E2_CII_MIN_16B", "IN_DP_E2_CII_FACTURX",
    "IN_DP_E3_UBL_INVOICE",
}
EXTENSIONS = (".pdf", ".xml", ".zip", ".tar.gz")
INVOICE_STEPS = ["MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE", "MISE_EN_PAIEMENT"]

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


def flag(text, empty):
    """Reads a yes/no column of the directory export."""
    t = (text or "").strip().lower()
    if not t:
        return empty
    return t in ("true", "1", "oui", "o", "yes", "y", "vrai")


def load_directory(structures_csv, services_csv):
    """Reads the fixture directory: structures by SIRET, services by SIRET."""
    structures, services = {}, {}
    with open(structures_csv, encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter=";")):
            structures[row["Identifiant"]] = {
                "id": 1000 + i,
                "siret": row["Identifiant"],
                "name": row["RaisonSociale"],
                "active": flag(row.get("StructureActive"), True),
                "service": flag(row.get("GestionService"), False),
                "engagement": flag(row.get("GestionEngagement"), False),
                "either": flag(row.get("GestionServiceEngagement"), False),
                "payment_hidden": not flag(row.get("GestionStatutMiseEnPaiement"), True),
            }
    with open(services_csv, encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter=";")):
            services.setdefault(row["IdentifiantStructure"], []).append({
                "id": 5000 + i,
                "code": row["CodeService"],
                "name": row["LibelleService"],
                "engagement": flag(row.get("GestionEngagement"), False),
                "active": flag(row.get("ServiceActif"), True),
            })
    return structures, services


def find_invoice_xml(data):
    """Finds the CII XML a PDF carries (or the data itself when it is XML)."""
    if not data.startswith(b"%PDF-"):
        return data if b"CrossIndustryInvoice" in data else None
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            continue
        raw = data[m.end():end]
        for candidate in (raw, raw.rstrip(b"\r\n")):
            try:
                text = zlib.decompress(candidate)
            except zlib.error:
                text = candidate
            if b"CrossIndustryInvoice" in text and text.lstrip().startswith(b"<"):
                return text
    return None


def read_invoice(xml):
    """Reads what the platform checks from a CII invoice."""
    root = ET.fromstring(xml)

    def text(path):
        node = root.find(path, NS)
        return node.text.strip() if node is not None and node.text else None

    agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
    buyer_siret = None
    buyer = root.find(agreement + "ram:BuyerTradeParty", NS)
    if buyer is not None:
        for gid in buyer.findall("ram:GlobalID", NS):
            if gid.get("schemeID") == "0009":
                buyer_siret = (gid.text or "").strip()
        legal = buyer.find("ram:SpecifiedLegalOrganization/ram:ID", NS)
        if buyer_siret is None and legal is not None and len((legal.text or "").strip()) == 14:
            buyer_siret = legal.text.strip()
    return {
        "number": text("rsm:ExchangedDocument/ram:ID"),
        "type": text("rsm:ExchangedDocument/ram:TypeCode"),
        "date": text("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"),
        "service": text(agreement + "ram:BuyerReference"),
        "engagement": text(agreement + "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
        "buyer": buyer_siret,
    }


class State:
    """Everything the stand-in remembers, behind one lock."""

    def __init__(self, args):
        self.lock = threading.Lock()
        self.args = args
        self.scenario = set(s for s in args.scenario.split(",") if s)
        self.structures, self.services = load_directory(args.structures, args.services)
        self.tokens = {}
        self.flows = {}
        self.invoices = {}
        self.next_token = 1
        self.next_flow = 1
        self.next_invoice = 7000
        self.api_calls = 0
        self.deposit_calls = 0
        self.stats = {"token_requests": 0, "deposits_received": 0, "unauthorized": 0,
                      "calls": {}}

    def account(self):
        raw = f"{self.args.login}:{self.args.password}".encode("utf-8")
        return base64.b64encode(raw).decode("ascii")


class Handler(BaseHTTPRequestHandler):
    """One request to the stand-in."""

    server_version = "chorus-standin/1"
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):
        if self.server.state.args.verbose:
            sys.stderr.write("standin: " + (fmt % args) + "\n")

    # -- helpers ---------------------------------------------------------
    def send_json(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def cut(self):
        """Closes the connection without answering."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- dispatch --------------------------------------------------------
    def do_GET(self):
        st = self.server.state
        if self.path == "/_control/stats":
            with st.lock:
                return self.send_json(200, st.stats)
        self.send_json(404, {"codeRetour": 404, "libelle": "unknown route"})

    def do_POST(self):
        st = self.server.state
        if self.path == "/_control/scenario":
            body = json.loads(self.read_body() or b"{}")
            with st.lock:
                st.scenario = set(s for s in body.get("scenario", "").split(",") if s)
            return self.send_json(200, {"scenario": sorted(st.scenario)})
        if self.path == "/api/oauth/token":
            return self.token()
        if self.path.startswith("/cpro/"):
            return self.api()
        self.send_json(404, {"codeRetour": 404, "libelle": "unknown route"})

    def token(self):
        st = self.server.state
        form = {k: v[0] for k, v in parse_qs(self.read_body().decode("ascii")).items()}
        with st.lock:
            st.stats["token_requests"] += 1
            ok = (form.get("grant_type") == "client_credentials"
                  and form.get("client_id") == st.args.client_id
                  and form.get("client_secret") == st.args.client_secret
                  and "bad-client" not in st.scenario)
            if not ok:
                return self.send_json(401, {"error": "invalid_client",
                                            "error_description": "client authentication failed"})
            token = "tok%04d-%s" % (st.next_token, binascii.hexlify(os.urandom(8)).decode())
            st.next_token += 1
            st.tokens[token] = {"uses": 0, "revoked": False}
            expires = 60 if "token-short" in st.scenario else 3600
        self.send_json(200, {"access_token": token, "token_type": "Bearer",
                             "expires_in": expires, "scope": "openid"})

    def authorised(self):
        """Checks the token and cpro-account; answers 401/415 itself."""
        st = self.server.state
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        with st.lock:
            info = st.tokens.get(token)
            if info is not None and "token-expiry" in st.scenario and info["uses"] >= 2:
                info["revoked"] = True
            good = (info is not None and not info["revoked"]
                    and self.headers.get("cpro-account") == st.account())
            if good:
                info["uses"] += 1
            else:
                st.stats["unauthorized"] += 1
        if not good:
            self.read_body()
            self.send_json(401, {"codeRetour": 401, "libelle": "unauthorized"})
            return False
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self.read_body()
            self.send_json(415, {"codeRetour": 415, "libelle": "unsupported media type"})
            return False
        return True

    def api(self):
        st = self.server.state
        op = self.path[len("/cpro/"):]
        routes = {
            "factures/v1/deposer/flux": self.deposit,
            "transverses/v1/consulterCRDetaille": self.report,
            "structures/v1/rechercher": self.search_structures,
            "structures/v1/consulter": self.consult_structure,
            "structures/v1/rechercher/services": self.search_services,
            "structures/v1/consulter/service": self.consult_service,
            "factures/v1/rechercher/fournisseur": self.search_invoices,
            "factures/v1/consulter/historique": self.history,
        }
        if op not in routes:
            self.read_body()
            return self.send_json(404, {"codeRetour": 404, "libelle": "unknown API"})
        if op == "factures/v1/deposer/flux":
            with st.lock:
                st.deposit_calls += 1
                first_deposit = st.deposit_calls == 1
            if first_deposit and "cut-before-upload" in st.scenario:
                return self.cut()
        if not self.authorised():
            return
        with st.lock:
            st.api_calls += 1
            n = st.api_calls
            st.stats["calls"][op] = st.stats["calls"].get(op, 0) + 1
        if n == 1 and "slow" in st.scenario:
            time.sleep(st.args.slow_seconds)
        if n <= 2 and "5xx" in st.scenario:
            self.read_body()
            return self.send_json(503, {"codeRetour": 503, "libelle": "service unavailable"})
        try:
            body = json.loads(self.read_body() or b"{}")
        except ValueError:
            return self.send_json(400, {"codeRetour": 400, "libelle": "malformed JSON"})
        routes[op](body)

    # -- operations ------------------------------------------------------
    def deposit(self, body):
        st = self.server.state
        try:
            data = base64.b64decode(body.get("fichierFlux", ""), validate=True)
        except (binascii.Error, ValueError):
            return self.send_json(400, {"codeRetour": 20001, "libelle": "fichierFlux: bad base64"})
        name = body.get("nomFichier") or ""
        if body.get("syntaxeFlux") not in SYNTAXES:
            return self.send_json(400, {"codeRetour": 20002, "libelle": "unknown syntaxeFlux"})
        if not name.lower().endswith(EXTENSIONS):
            return self.send_json(400, {"codeRetour": 20003, "libelle": "nomFichier: extension"})
        with st.lock:
            if st.deposit_calls == 1 and "deposit-500" in st.scenario:
                return self.send_json(500, {"codeRetour": 500, "libelle": "internal error"})
            flow = self.record_flow(data, name, body["syntaxeFlux"])
            st.stats["deposits_received"] += 1
            cut = st.deposit_calls == 1 and "cut-after-upload" in st.scenario
        if cut:
            return self.cut()
        self.send_json(200, {"codeRetour": 0, "libelle": "GCU_MSG_01_000",
                             "numeroFluxDepot": flow["number"],
                             "dateDepot": flow["date"], "syntaxeFlux": flow["syntax"]})

    def record_flow(self, data, name, syntax):
        """Creates a flow and its invoice (lock held)."""
        st = self.server.state
        number = "CPP%021d" % (st.next_flow + 11110000000000000000)
        st.next_flow += 1
        errors, inv = self.judge(data)
        flow = {"number": number, "name": name, "syntax": syntax, "steps": 0,
                "date": datetime.date.today().isoformat(),
                "target": "IN_REJETE" if errors else "IN_INTEGRE", "errors": errors,
                "invoice": None}
        if not errors and inv:
            iid = st.next_invoice
            st.next_invoice += 1
            st.invoices[iid] = {"id": iid, "number": inv["number"], "flow": number,
                                "buyer": inv["buyer"], "date": inv["date"], "step": 0,
                                "deposit_date": flow["date"]}
            flow["invoice"] = iid
        st.flows[number] = flow
        return flow

    def judge(self, data):
        """Checks a deposited file as the platform would (lock held)."""
        st = self.server.state
        xml = find_invoice_xml(data)
        if xml is None:
            return [self.dp_error(None, None, "le fichier ne contient pas de facture Factur-X")], None
        try:
            inv = read_invoice(xml)
        except ET.ParseError as e:
            return [self.dp_error(None, None, "XML illisible: %s" % e)], None
        errs = []
        s = st.structures.get(inv["buyer"] or "")
        services = {sv["code"]: sv for sv in st.services.get(inv["buyer"] or "", [])}
        if "reject" in st.scenario:
            errs.append("rejet demandé par le scénario de test")
        if s is None:
            errs.append("destinataire %s inconnu de Chorus Pro" % inv["buyer"])
        elif not s["active"]:
            errs.append("destinataire %s inactif" % inv["buyer"])
        else:
            sv = services.get(inv["service"] or "")
            if s["service"] and not inv["service"]:
                errs.append("le code service est obligatoire pour ce destinataire")
            if inv["service"] and sv is None:
                errs.append("code service %s inconnu" % inv["service"])
            if sv is not None and not sv["active"]:
                errs.append("code service %s inactif" % inv["service"])
            needs_ej = s["engagement"] or (sv is not None and sv["engagement"])
            if needs_ej and not inv["engagement"]:
                errs.append("le numéro d'engagement est obligatoire pour ce destinataire")
            if s["either"] and not inv["service"] and not inv["engagement"]:
                errs.append("un code service ou un numéro d'engagement est obligatoire")
        if inv["number"] and len(inv["number"]) > 20:
            errs.append("numéro de facture de plus de 20 caractères")
        if inv["type"] in ("261", "751"):
            errs.append("type de facture %s refusé" % inv["type"])
        return [self.dp_error(inv["number"], inv["buyer"], e) for e in errs], inv

    @staticmethod
    def dp_error(number, buyer, text):
        return {"identifiantFournisseur": "26197306900014", "identifiantDestinataire": buyer,
                "numeroDP": number, "libelleErreurDP": text}

    def advance(self, flow):
        """Moves a flow one step towards its final state (lock held)."""
        flow["steps"] += 1

    def flow_state(self, flow):
        st = self.server.state
        if flow["steps"] >= st.args.integrate_after:
            return flow["target"]
        return "IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP"

    def report(self, body):
        st = self.server.state
        with st.lock:
            flow = st.flows.get(body.get("numeroFluxDepot"))
            if flow is None:
                return self.send_json(200, {"codeRetour": 20000,
                                            "libelle": "TRA_MSG_00.015 flux inconnu"})
            self.advance(flow)
            state = self.flow_state(flow)
            answer = {"codeRetour": 0, "libelle": "TRA_MSG_00.000",
                      "numeroFluxDepot": flow["number"], "codeInterfaceDepotFlux": "FSO1117A",
                      "dateDepotFlux": flow["date"] + "T10:15:00.000+01:00",
                      "dateHeureEtatCourantFlux": flow["date"] + "T10:%02d:00.000+01:00"
                      % min(59, 15 + flow["steps"]),
                      "etatCourantDepotFlux": state, "nomFichier": flow["name"]}
            if state == "IN_REJETE":
                answer["listeErreurDP"] = flow["errors"]
                answer["listeErreurTechnique"] = []
        self.send_json(200, answer)

    def search_structures(self, body):
        st = self.server.state
        siret = (body.get("structure") or {}).get("identifiantStructure")
        s = st.structures.get(siret)
        if s is None:
            return self.send_json(200, {"codeRetour": 20000, "libelle":
                                        "TRA_MSG_00.015 La recherche n'a retourné aucun résultat",
                                        "listeStructures": []})
        self.send_json(200, {"codeRetour": 0, "libelle": "TRA_MSG_00.000", "listeStructures": [
            {"idStructureCPP": s["id"], "identifiantStructure": s["siret"],
             "designationStructure": s["name"], "typeIdentifiantStructure": "SIRET",
             "statut": "ACTIVE" if s["active"] else "INACTIVE"}],
            "parametresRetour": {"pageCourante": 1, "pages": 1, "nbResultatsParPage": 10,
                                 "total": 1}})

    def structure_by_id(self, sid):
        for s in self.server.state.structures.values():
            if s["id"] == sid:
                return s
        return None

    def consult_structure(self, body):
        st = self.server.state
        s = self.structure_by_id(body.get("idStructureCPP"))
        if s is None:
            return self.send_json(200, {"codeRetour": 20000, "libelle": "structure inconnue"})
        info = {"idStructureCPP": s["id"], "identifiantStructure": s["siret"],
                "raisonSocialeStructure": s["name"], "typeIdentifiantStructure": "SIRET",
                "structurePriveePublique": "PUBLIQUE" if s["siret"] != st.args.supplier
                else "PRIVEE"}
        if s["siret"] == st.args.supplier:
            expiry = datetime.date.today() + datetime.timedelta(days=st.args.password_days)
            info["dateExpirationMotPasseCompteTech"] = expiry.isoformat() + "T00:00:00.000+01:00"
        self.send_json(200, {"codeRetour": 0, "libelle": "GCU_MSG_01_000",
                             "informationGenerales": info,
                             "parametres": {
                                 "codeServiceDoitEtreRenseigne": s["service"],
                                 "numeroEJDoitEtreRenseigne": s["engagement"],
                                 "gestionNumeroEJOuCodeService": s["either"],
                                 "statutMiseEnPaiementNestPasRemonte": s["payment_hidden"]}})

    def search_services(self, body):
        s = self.structure_by_id(body.get("idStructure"))
        services = self.server.state.services.get(s["siret"], []) if s else []
        self.send_json(200, {"codeRetour": 0, "libelle": "TRA_MSG_00.000", "listeServices": [
            {"idService": sv["id"], "codeService": sv["code"], "libelleService": sv["name"],
             "estActif": sv["active"], "dateDbtService": "2016-10-25 17:42",
             "dateFinService": "2050-12-31 00:00"} for sv in services],
            "parametresRetour": {"pageCourante": 1, "pages": 1, "total": len(services)}})

    def consult_service(self, body):
        s = self.structure_by_id(body.get("idStructure"))
        for sv in self.server.state.services.get(s["siret"], []) if s else []:
            if sv["id"] == body.get("idService"):
                return self.send_json(200, {"codeRetour": 0, "libelle": "GCU_MSG_01_000",
                                            "informationsGenerales": {"codeService": sv["code"],
                                                                      "nomService": sv["name"]},
                                            "parametres": {"numeroEngagement": sv["engagement"],
                                                           "miseEnPaiement": True}})
        self.send_json(200, {"codeRetour": 20000, "libelle": "service inconnu"})

    def invoice_entry(self, inv):
        status = self.invoice_status(inv)
        return {"identifiantFactureCPP": inv["id"], "numeroFacture": inv["number"],
                "statut": status, "numeroFluxDepot": inv["flow"],
                "dateDepot": inv["deposit_date"], "dateFacture": inv["date"],
                "codeDestinataire": inv["buyer"], "typeFacture": "FACTURE"}

    @staticmethod
    def invoice_status(inv):
        return INVOICE_STEPS[min(inv["step"], len(INVOICE_STEPS) - 1)]

    def search_invoices(self, body):
        st = self.server.state
        with st.lock:
            for flow in st.flows.values():
                self.advance(flow)
            found = []
            for inv in st.invoices.values():
                flow = st.flows[inv["flow"]]
                if self.flow_state(flow) != "IN_INTEGRE":
                    continue
                if body.get("numeroFluxDepot") not in (None, inv["flow"]):
                    continue
                if body.get("numeroFacture") not in (None, inv["number"]):
                    continue
                found.append(self.invoice_entry(inv))
        self.send_json(200, {"codeRetour": 0, "libelle": "TRA_MSG_00.000",
                             "listeFactures": found,
                             "parametresRetour": {"pageCourante": 1, "pages": 1,
                                                  "total": len(found)}})

    def history(self, body):
        st = self.server.state
        with st.lock:
            inv = st.invoices.get(body.get("idFacture"))
            if inv is None:
                return self.send_json(200, {"codeRetour": 20000, "libelle": "facture inconnue"})
            inv["step"] += 1
            upto = min(inv["step"], len(INVOICE_STEPS))
            changes = [{"histoStatutId": 1, "histoStatutCode": "DEPOSEE",
                        "histoStatutDatePassage": inv["deposit_date"] + "T10:20:00.000+01:00"}]
            for k in range(upto):
                changes.append({"histoStatutId": k + 2, "histoStatutCode": INVOICE_STEPS[k],
                                "histoStatutDatePassage": "%sT1%d:00:00.000+01:00"
                                % (inv["deposit_date"], k + 1)})
            status = INVOICE_STEPS[upto - 1]
        self.send_json(200, {"codeRetour": 0, "libelle": "TRA_MSG_00.000",
                             "idFacture": inv["id"], "numeroFacture": inv["number"],
                             "statutCourantCode": status,
                             "historiquesDesStatuts": {"histoStatut": list(reversed(changes))}})


class StandIn:
    """The server, started on 127.0.0.1 on a free port."""

    def __init__(self, **options):
        args = parse_args([])
        for k, v in options.items():
            setattr(args, k, v)
        self.args = args
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.state = State(args)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self):
        return self.server.server_address[1]

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def stats(self):
        with self.server.state.lock:
            return json.loads(json.dumps(self.server.state.stats))

    def set_scenario(self, scenario):
        with self.server.state.lock:
            self.server.state.scenario = set(s for s in scenario.split(",") if s)

    def tokens(self):
        with self.server.state.lock:
            return list(self.server.state.tokens)


def parse_args(argv):
    p = argparse.ArgumentParser(description="Chorus Pro stand-in for the tests")
    p.add_argument("--scenario", default="nominal")
    p.add_argument("--integrate-after", dest="integrate_after", type=int, default=2)
    p.add_argument("--slow-seconds", dest="slow_seconds", type=float, default=3.0)
    p.add_argument("--password-days", dest="password_days", type=int, default=10)
    p.add_argument("--supplier", default="26197306900014")
    p.add_argument("--structures", default=os.path.join(DATA, "annuaire-structures.csv"))
    p.add_argument("--services", default=os.path.join(DATA, "annuaire-services.csv"))
    p.add_argument("--client-id", dest="client_id", default=DEFAULT_CLIENT_ID)
    p.add_argument("--client-secret", dest="client_secret", default=DEFAULT_CLIENT_SECRET)
    p.add_argument("--login", default=DEFAULT_LOGIN)
    p.add_argument("--password", default=DEFAULT_PASSWORD)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main():
    args = parse_args(sys.argv[1:])
    s = StandIn(**vars(args))
    print("PORT %d" % s.port, flush=True)
    try:
        s.server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
