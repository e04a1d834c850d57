"""What the fuzzer needs to know about Finflow beyond its API document, loaded through SCHEMATHESIS_HOOKS.

Formats: a pattern states the shape of an IBAN, a BIC or a CPF but not its check digits, nor that a new
password is not a commonly used one. Without generators for them, every value drawn from a pattern alone
would be refused and the fuzzer would never reach the success paths.

The sandbox: some rules of a valid request depend on data, not on the document: the account to debit must
be the caller's, a webhook URL must resolve to a public address (the local stack allows its own receiver),
a counterparty's BIC is of its IBAN's country, transfer ids are unique within a bulk. Only cases generated
as valid (positive) are given those values, so that what they assert stays true; cases generated to be
refused are sent as they were drawn.
"""

import hashlib
import json
import os
import re
import string
import urllib.request
import uuid

import schemathesis
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = UPPER + DIGITS

# Countries whose BBAN is all digits in iban4j's structures, from the shortest IBAN (Norway, 15) to France (27).
IBAN_BBAN_DIGITS = {"NO": 11, "BE": 12, "DK": 14, "NL": None, "DE": 18, "FR": 23}
IBAN_BBAN_DIGITS.pop("NL")


def _iban_check_digits(country, bban):
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return "%02d" % (98 - number % 97)


@st.composite
def _spaced(draw, electronic, max_spaces):
    """The value with up to max_spaces spaces anywhere, and perhaps in lower case: the forms the API accepts."""
    chars = list(electronic)
    for _ in range(draw(st.integers(0, max_spaces))):
        chars.insert(draw(st.integers(0, len(chars))), " ")
    text = "".join(chars)
    return text.lower() if draw(st.booleans()) else text


@st.composite
def ibans(draw):
    country = draw(st.sampled_from(sorted(IBAN_BBAN_DIGITS)))
    bban = draw(st.text(DIGITS, min_size=IBAN_BBAN_DIGITS[country], max_size=IBAN_BBAN_DIGITS[country]))
    electronic = country + _iban_check_digits(country, bban) + bban
    return draw(_spaced(electronic, 42 - len(electronic)))


@st.composite
def bics(draw):
    country = draw(st.sampled_from(sorted(IBAN_BBAN_DIGITS)))
    bic = (draw(st.text(UPPER, min_size=4, max_size=4)) + country + draw(st.text(ALNUM, min_size=2, max_size=2))
           + draw(st.sampled_from(["", "XXX", draw(st.text(ALNUM, min_size=3, max_size=3))])))
    return draw(_spaced(bic, 14 - len(bic)))


def _cpf_check_digit(digits):
    remainder = (sum(int(d) * (len(digits) + 1 - i) for i, d in enumerate(digits)) * 10) % 11
    return str(0 if remainder == 10 else remainder)


@st.composite
def cpfs(draw):
    base = draw(st.text(DIGITS, min_size=9, max_size=9).filter(lambda d: len(set(d)) > 1))
    digits = base + _cpf_check_digit(base)
    digits += _cpf_check_digit(digits)
    if draw(st.booleans()):
        return "%s.%s.%s-%s" % (digits[:3], digits[3:6], digits[6:9], digits[9:])
    return digits


# A digest is neither a common password nor holds an email's local part, and shrinking cannot make it one.
passwords = st.integers(min_value=0, max_value=2**64).map(
    lambda n: "Pw-" + hashlib.sha256(str(n).encode()).hexdigest()[:24])

schemathesis.openapi.format("iban", ibans())
schemathesis.openapi.format("bic", bics())
schemathesis.openapi.format("cpf", cpfs())
schemathesis.openapi.format("password", passwords)
# Region names both Java's and Python's time zone databases hold; a pattern cannot say which names exist.
schemathesis.openapi.format("iana-time-zone", st.sampled_from(
    ["America/Sao_Paulo", "Asia/Tokyo", "Europe/Lisbon", "Europe/Berlin", "America/New_York",
     "Australia/Sydney", "Africa/Nairobi", "Pacific/Auckland"]))

OWN_IBAN = os.environ.get("FINFLOW_FUZZ_OWN_IBAN", "")
OWN_BIC = os.environ.get("FINFLOW_FUZZ_OWN_BIC", "")
WEBHOOK_URL = os.environ.get("FINFLOW_FUZZ_WEBHOOK_URL", "")
# A feed's base URL must resolve to a public host, or be one the local stack allows: its webhook sink.
schemathesis.openapi.format("public-https-url", st.just(WEBHOOK_URL or "https://data.example.com/api"))
BASE_URL = os.environ.get("FINFLOW_FUZZ_BASE_URL", "")
EMAIL = os.environ.get("FINFLOW_FUZZ_EMAIL", "")
PASSWORD = os.environ.get("FINFLOW_FUZZ_PASSWORD", "")
# What the sandbox holds, by path parameter: a bulk and an extraction with one webhook delivery each.
SANDBOX_IDS = {
    "/transfers/bulk/": {"bulk_id": os.environ.get("FINFLOW_FUZZ_BULK_ID", ""),
                         "delivery_id": os.environ.get("FINFLOW_FUZZ_BULK_DELIVERY_ID", "")},
    "/extractions/": {"extraction_id": os.environ.get("FINFLOW_FUZZ_EXTRACTION_ID", ""),
                      "delivery_id": os.environ.get("FINFLOW_FUZZ_EXTRACTION_DELIVERY_ID", "")},
    "/accounts/": {"iban": OWN_IBAN},
    "/cashflow/companies/": {"company_id": os.environ.get("FINFLOW_FUZZ_COMPANY_ID", "")},
    "/cashflow/dashboard/": {"asset": os.environ.get("FINFLOW_FUZZ_DASHBOARD_ASSET", "")},
    # A security the market-data sandbox lists.
    "/securities/": {"symbol": "IBM"},
    # The fuzzer's own personal book.
    "/me/institutions/": {"institution_id": os.environ.get("FINFLOW_FUZZ_INSTITUTION_ID", "")},
    "/me/accounts/": {"account_id": os.environ.get("FINFLOW_FUZZ_PERSONAL_ACCOUNT_ID", ""),
                      "date": os.environ.get("FINFLOW_FUZZ_ACCOUNT_VALUE_DATE", "")},
    "/me/holdings/": {"holding_id": os.environ.get("FINFLOW_FUZZ_HOLDING_ID", "")},
}
BOOK_PATHS = ("/me/institutions", "/me/accounts", "/me/holdings")
BOOK = {"institution_id": os.environ.get("FINFLOW_FUZZ_INSTITUTION_ID", ""),
        "account_id": os.environ.get("FINFLOW_FUZZ_PERSONAL_ACCOUNT_ID", "")}
COMPANY_IBAN = os.environ.get("FINFLOW_FUZZ_COMPANY_IBAN", "")
# Currencies of ISO 4217 that Java knows; a drawn code is most often none.
CURRENCIES = ["USD", "GBP", "CHF", "JPY", "BRL", "CNY", "INR", "AUD", "CAD", "SEK"]


def _usually(value):
    """True for about two drawn values in three, the same every run: the rest keep the drawn (unknown) id."""
    return int(hashlib.sha256(repr(value).encode()).hexdigest(), 16) % 3 != 0


UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


def _drawn_from_schema(name, value):
    """False for an id a stateful link left unresolved, such as the literal "<extraction_id>"."""
    if name in ("bulk_id", "extraction_id"):
        return isinstance(value, str) and UUID.fullmatch(value) is not None
    if name == "delivery_id":
        return isinstance(value, str) and TOKEN.fullmatch(value) is not None
    return True


def _sandbox_ids(path, parameters):
    for prefix, ids in SANDBOX_IDS.items():
        if not path.startswith(prefix):
            continue
        unresolved = not all(_drawn_from_schema(name, value) for name, value in parameters.items())
        if unresolved or _usually(sorted(parameters.items())):
            parameters.update({name: value for name, value in ids.items() if name in parameters and value})

IBAN_FIELDS = {"iban", "organization_iban", "counterparty_iban"}
BIC_FIELDS = {"bic", "organization_bic", "counterparty_bic"}
VALID_BICS = {8: "DEUTDEFF", 11: "COBADEFFXXX"}


def _spread(electronic, gaps):
    """The identifier with `gaps` spaces spread between its characters: a printed form the API accepts."""
    slots = len(electronic) - 1
    out = []
    for i, c in enumerate(electronic):
        out.append(c)
        if i < slots:
            out.append(" " * (gaps // slots + (1 if i < gaps % slots else 0)))
    return "".join(out)


def _fresh_iban(length):
    """A valid IBAN never seen before, exactly `length` characters long once spaced out (15 at least)."""
    fitting = [(size + 4, country) for country, size in IBAN_BBAN_DIGITS.items() if size + 4 <= length]
    size, country = max(fitting) if fitting else (15, "NO")
    bban = "".join(str(uuid.uuid4().int)[-(size - 4):].rjust(size - 4, "7"))
    electronic = country + _iban_check_digits(country, bban) + bban
    return electronic if size >= length else _spread(electronic, length - size)


def _valid_bic(length):
    size = 11 if length >= 11 else 8
    bic = VALID_BICS[size]
    return bic if size >= length else _spread(bic, length - size)


def _strong_password(length, seed):
    digest = ""
    while len(digest) < length:
        digest += hashlib.sha256((seed + digest).encode()).hexdigest()
    return ("Pw-" + digest)[:length]


def _valid_cpf(length):
    return {11: "52998224725", 12: "529982247-25", 13: "529.982247-25"}.get(length, "529.982.247-25")


def _identifiers_made_valid(values):
    """Drawn identifiers of a valid shape replaced by valid ones of the same length: check digits hold then."""
    for name, value in list(values.items()):
        if not isinstance(value, str) or value in (OWN_IBAN, OWN_BIC):
            continue
        if name in IBAN_FIELDS:
            values[name] = _fresh_iban(len(value))
        elif name in BIC_FIELDS:
            values[name] = _valid_bic(len(value))
        elif name == "user_document_number":
            values[name] = _valid_cpf(len(value))
        elif name == "password":
            values[name] = _strong_password(max(len(value), 12), value)
SEPA_TEXT = re.compile(r"[A-Za-z0-9/?:().,'+ -]*[A-Za-z0-9/?:().,'+-][A-Za-z0-9/?:().,'+ -]*")


def _country(identifier, offset):
    electronic = identifier.replace(" ", "").upper()
    return electronic[offset:offset + 2]


def _with_country(bic, country):
    """The BIC with its country letters (the fifth and sixth, spaces aside) replaced."""
    chars, seen = list(bic), 0
    for i, c in enumerate(chars):
        if c != " ":
            if seen in (4, 5):
                chars[i] = country[seen - 4]
            seen += 1
    return "".join(chars)


def _sandbox_bulk(body, headers):
    if "request_id" in body:
        # An idempotency key names one request: a new request needs a new one.
        body["request_id"] = str(uuid.uuid4())
    for name in list(headers or {}):
        if name.lower() == "idempotency-key":
            headers[name] = str(uuid.uuid4())
    if OWN_IBAN:
        body["organization_iban"], body["organization_bic"] = OWN_IBAN, OWN_BIC
    if WEBHOOK_URL and "webhook_url" in body:
        body["webhook_url"] = WEBHOOK_URL
    seen = set()
    for index, transfer in enumerate(body.get("credit_transfers") or []):
        if not isinstance(transfer, dict):
            continue
        _identifiers_made_valid(transfer)
        iban, bic = transfer.get("counterparty_iban"), transfer.get("counterparty_bic")
        if isinstance(iban, str) and isinstance(bic, str):
            transfer["counterparty_bic"] = _with_country(bic, _country(iban, 0))
        transfer_id = transfer.get("transfer_id")
        if isinstance(transfer_id, str) and transfer_id in seen:
            transfer["transfer_id"] = "T-%d" % index
        if isinstance(transfer_id, str):
            seen.add(transfer["transfer_id"])


def _fresh_refresh_token():
    """A refresh token of a new sign-in of the sandbox user: each is spent by its first use."""
    request = urllib.request.Request(
        BASE_URL + "/auth/login", method="POST", headers={"content-type": "application/json"},
        data=json.dumps({"email": EMAIL, "password": PASSWORD}).encode())
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["refresh_token"]


ZERO_DECIMAL_CURRENCIES = {"ISK", "JPY", "KRW"}


def _ordered(query, low, high, key):
    """A range drawn the wrong way round is refused by design: a valid case gets it the right way round."""
    if isinstance(query.get(low), str) and isinstance(query.get(high), str):
        try:
            if key(query[low]) > key(query[high]):
                query[low], query[high] = query[high], query[low]
        except ValueError:
            pass


def _sandbox_query(query):
    # A cursor is opaque: only one from a next link is valid, and a drawn one never is.
    query.pop("cursor", None)
    _ordered(query, "from", "to", str)
    _ordered(query, "min_amount", "max_amount", float)


def _sandbox_personal_transaction(body, headers):
    for name in list(headers or {}):
        if name.lower() == "idempotency-key":
            headers[name] = str(uuid.uuid4())
    _amount_fits_currency(body)


def _sandbox_book(body):
    """What the book checks against data rather than shapes: a real country and BIC, the fuzzer's
    own institution and investment account, a listed security, a quantity above zero, the cash an
    investment account's value must state, and amounts with no more decimals than their currency."""
    _identifiers_made_valid(body)
    if "country" in body:
        body["country"] = "PT"
    for name, value in BOOK.items():
        if body.get(name) and value:
            body[name] = value
    if "symbol" in body:
        body["symbol"] = "IBM"
    if isinstance(body.get("quantity"), str) and body["quantity"].strip("0.") == "":
        body["quantity"] = "1"
    if "balance" in body and "cash_balance" not in body:
        body["cash_balance"] = "0.00"
    if body.get("cost_currency") in ZERO_DECIMAL_CURRENCIES and isinstance(body.get("cost_basis"), str):
        body["cost_basis"] = body["cost_basis"].split(".")[0]


DISPOSABLE = {
    "/me/institutions/{institution_id}": "FINFLOW_FUZZ_DISPOSABLE_INSTITUTION_IDS",
    "/me/accounts/{account_id}": "FINFLOW_FUZZ_DISPOSABLE_ACCOUNT_IDS",
    "/me/holdings/{holding_id}": "FINFLOW_FUZZ_DISPOSABLE_HOLDING_IDS",
}
_disposed = {}


def _disposable(case):
    """A delete of the book gets an item made to be deleted, one per case while they last: deleting
    the shared ones would leave the other operations nothing to find."""
    variable = DISPOSABLE.get(case.operation.path)
    if variable is None or case.method.upper() != "DELETE":
        return False
    pool = [i for i in os.environ.get(variable, "").split(",") if i]
    taken = _disposed.setdefault(variable, 0)
    if taken >= len(pool):
        return False
    _disposed[variable] = taken + 1
    name = next(iter(case.path_parameters))
    case.path_parameters[name] = pool[taken]
    return True


def _amount_fits_currency(body):
    """An amount with cents in a currency without them is refused by design (the document cannot say so)."""
    amount = body.get("amount")
    if body.get("currency") in ZERO_DECIMAL_CURRENCIES and isinstance(amount, str) and "." in amount:
        whole = amount.split(".")[0]
        body["amount"] = whole if whole.strip("0") else "1"


def _unique(case, salt):
    return hashlib.sha256((salt + repr(case.body) + repr(case.path_parameters) + str(uuid.uuid4())).encode()).hexdigest()


def _derived(seed, salt):
    """Another value from a case's seed: for the items of a body, whose repr is drawn once, not once
    an item (a 5,000-row batch would hash its whole body 5,000 times)."""
    return hashlib.sha256((seed + "/" + salt).encode()).hexdigest()


def _fresh_electronic_iban(seed):
    bban = str(int(seed, 16))[:18].rjust(18, "0")
    return "DE" + _iban_check_digits("DE", bban) + bban


def _day(seed, first_year=1990, years=30):
    number = int(seed, 16)
    return "%04d-%02d-%02d" % (first_year + number % years, 1 + (number >> 8) % 12, 1 + (number >> 16) % 28)


def _sandbox_cashflow(case):
    """Values the document states as shapes but the API checks against data or the calendar."""
    path, body, query = case.operation.path, case.body, case.query
    seed = _unique(case, path)
    if path == "/cashflow/companies/{company_id}" and case.method.upper() == "PUT" and isinstance(body, dict):
        # A company of its own, with IBANs no other company holds.
        case.path_parameters["company_id"] = "FUZZ-" + seed[:20]
        count = len(body.get("ibans") or [1])
        body["ibans"] = [_fresh_electronic_iban(_derived(seed, str(i))) for i in range(count)]
        # Keyed by the company's IBANs, which a stateful link may replace after this hook: left out
        # (the examples and the coverage phase send them).
        body.pop("opening_balances", None)
    elif path == "/cashflow/exchange-rates/{currency}" and isinstance(body, dict):
        case.path_parameters["currency"] = CURRENCIES[int(seed, 16) % len(CURRENCIES)]
        for name in ("eur_rate", "usd_rate"):
            if isinstance(body.get(name), str) and not re.search("[1-9]", body[name]):
                body[name] = "1"
        # A period of its own: another rate for a day that has one is a conflict.
        body["valid_from"] = _day(seed, 1900, 1000)
    elif path == "/cashflow/feeds/{feed_id}" and case.method.upper() == "PUT" and isinstance(body, dict):
        # A base URL must pass the webhook address checks: the local webhook sink does.
        if WEBHOOK_URL and "base_url" in body:
            body["base_url"] = WEBHOOK_URL
    elif path == "/cashflow/batches" and isinstance(body, dict):
        body["batch_id"] = "fuzz-" + seed
        for i, row in enumerate(body.get("transactions") or []):
            if isinstance(row, dict):
                row["currency"] = "EUR"
                row["timestamp"] = _day(_derived(seed, str(i))) + "T12:00:00Z"
    elif path in ("/cashflow/companies/{company_id}/balances", "/cashflow/companies/{company_id}/interest") and query is not None:
        start = _day(seed, 2000, 20)
        query["from"], query["to"] = start, str(int(start[:4]) + 1) + start[4:]
        if "account" in query:
            # An account is one of its company's: the sandbox company's own.
            case.path_parameters["company_id"] = SANDBOX_IDS["/cashflow/companies/"]["company_id"]
            query["account"] = COMPANY_IBAN
    elif path == "/cashflow/companies/{company_id}/balance" and query is not None:
        query["at"] = _day(seed) + "T23:59:59Z"
    if query is not None and "cursor" in query:
        del query["cursor"]


@schemathesis.hook
def map_case(context, case):
    meta = case.meta
    if meta is None or meta.generation.mode != GenerationMode.POSITIVE:
        return case
    if case.path_parameters:
        _identifiers_made_valid(case.path_parameters)
        if not _disposable(case):
            _sandbox_ids(case.operation.path, case.path_parameters)
    if isinstance(case.query, dict):
        _sandbox_query(case.query)
    if case.operation.path.startswith("/cashflow/"):
        _sandbox_cashflow(case)
        return case
    if case.operation.path == "/me/analytics" and isinstance(case.query, dict):
        # A window of ten years or more is refused by design: a valid case gets one year.
        start = _day(_unique(case, "analytics"), 1990, 40)
        case.query["from"], case.query["to"] = start, str(int(start[:4]) + 1) + start[4:]
        return case
    if case.operation.path == "/securities/{symbol}/prices" and isinstance(case.query, dict):
        # A month inside the sandbox's history: a valid case fetches little.
        start = _day(_unique(case, "prices"), 2015, 11)
        case.query["from"], case.query["to"] = start, start[:8] + "28"
        return case
    if not isinstance(case.body, dict):
        return case
    if case.operation.path == "/auth/login" and EMAIL:
        case.body.update(email=EMAIL, password=PASSWORD)
        return case
    if case.operation.path == "/auth/refresh" and EMAIL:
        try:
            case.body["refresh_token"] = _fresh_refresh_token()
        except OSError:
            pass  # Sign-ins from this address are being throttled: the drawn token is sent instead.
        return case
    if case.operation.path.startswith(BOOK_PATHS):
        _sandbox_book(case.body)
    elif case.operation.path == "/transfers/bulk":
        _sandbox_bulk(case.body, case.headers)
    elif case.operation.path.startswith("/me/transactions"):
        _sandbox_personal_transaction(case.body, case.headers)
    else:
        _identifiers_made_valid(case.body)
    if case.operation.path == "/extract-financial-data" and WEBHOOK_URL and "webhook_url" in case.body:
        case.body["webhook_url"] = WEBHOOK_URL
    return case


@schemathesis.hook
def before_call(context, case, **kwargs):
    """A stateful link may put a currency from GET /currencies into a body after map_case ran: the
    amount is made to fit it again just before the request is sent. The document's own examples
    and linked values reach the book and the portfolio here too."""
    meta = case.meta
    if meta is not None and meta.generation.mode != GenerationMode.POSITIVE:
        return
    if case.operation.path.startswith("/me/transactions") and isinstance(case.body, dict):
        _amount_fits_currency(case.body)
    if case.operation.path.startswith(BOOK_PATHS) and isinstance(case.body, dict):
        _sandbox_book(case.body)
    if (case.operation.path == "/me/accounts/{account_id}/values/{date}" and isinstance(case.body, dict)
            and case.path_parameters and BOOK["account_id"]):
        # The body states the cash an investment account's value must state, and only the sandbox's
        # own account is known to be one: an account a stateful link found (say a checking account
        # the fuzzer opened) would refuse that cash as it should.
        case.path_parameters["account_id"] = BOOK["account_id"]
    if case.operation.path == "/me/portfolio" and isinstance(case.query, dict) and "at" in case.query:
        # A day after today is refused by design: a valid case values a past one.
        case.query["at"] = _day(_unique(case, "portfolio"), 2015, 11)
