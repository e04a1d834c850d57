"""Generators for the string formats the Finflow API document names beyond JSON Schema's own.

A pattern can state an IBAN's, a BIC's or a CPF's shape but not its check digits, nor that a new
password is not a commonly used one: without these, every value a fuzzer draws from the pattern
alone would be refused, and it would never reach the success paths. Loaded by schemathesis through
the SCHEMATHESIS_HOOKS environment variable.
"""

import hashlib
import string

import schemathesis
from hypothesis import strategies as st

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = UPPER + DIGITS


def _iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return "%02d" % (98 - number % 97)


def _printed(electronic: str, spaced: bool, lower: bool) -> str:
    text = " ".join(electronic[i:i + 4] for i in range(0, len(electronic), 4)) if spaced else electronic
    return text.lower() if lower else text


@st.composite
def ibans(draw):
    """German IBANs (8-digit bank code, 10-digit account) with valid check digits, printed or electronic."""
    bban = draw(st.text(DIGITS, min_size=18, max_size=18))
    electronic = "DE" + _iban_check_digits("DE", bban) + bban
    return _printed(electronic, draw(st.booleans()), draw(st.booleans()))


@st.composite
def bics(draw):
    """German BICs of 8 or 11 characters, whose country matches the IBANs above."""
    institution = draw(st.text(UPPER, min_size=4, max_size=4))
    location = draw(st.text(ALNUM, min_size=2, max_size=2))
    branch = draw(st.sampled_from(["", "XXX", draw(st.text(ALNUM, min_size=3, max_size=3))]))
    bic = institution + "DE" + location + branch
    return bic.lower() if draw(st.booleans()) else bic


def _cpf_check_digit(digits: str) -> str:
    total = sum(int(d) * (len(digits) + 1 - i) for i, d in enumerate(digits))
    remainder = (total * 10) % 11
    return str(0 if remainder == 10 else remainder)


@st.composite
def cpfs(draw):
    """CPFs with valid check digits, not all digits alike, bare or printed (529.982.247-25)."""
    base = draw(st.text(DIGITS, min_size=9, max_size=9).filter(lambda d: len(set(d)) > 1))
    digits = base + _cpf_check_digit(base)
    digits += _cpf_check_digit(digits)
    if draw(st.booleans()):
        return "%s.%s.%s-%s" % (digits[:3], digits[3:6], digits[6:9], digits[9:])
    return digits


# A new password must not be a commonly used one nor contain the email's local part: a digest is neither,
# and shrinking cannot turn it into "000000000000".
passwords = st.integers(min_value=0, max_value=2**64).map(
    lambda n: "Pw-" + hashlib.sha256(str(n).encode()).hexdigest()[:24])

schemathesis.openapi.format("iban", ibans())
schemathesis.openapi.format("bic", bics())
schemathesis.openapi.format("cpf", cpfs())
schemathesis.openapi.format("password", passwords)
