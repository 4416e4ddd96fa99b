"""Money amounts: "$344 million", "USD 45.6 million", "1.4 trillion won" → Decimal + ISO 4217.

A conversion in brackets right after an amount ("€560 million ($600 million)") is not a
second amount; a range ("A$268-368 billion") is flagged as one, never read as a single value.

Example:
    >>> [(str(m.value), m.currency) for m in find_money("a $344 million award")]
    [('344000000', 'USD')]
    >>> [(str(m.value), m.currency) for m in find_money("¥1.05 trillion and A$368 billion")]
    [('1050000000000', 'JPY'), ('368000000000', 'AUD')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_SYMBOLS = {
    "US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₩": "KRW", "₹": "INR", "₽": "RUB", "₱": "PHP", "₺": "TRY", "₪": "ILS",
}  # fmt: skip
# Symbols made of letters start at a word boundary ("RM4.08bn", "Rs 63,000 crore", "NT$1.1
# billion"), so "FIRM9" holds no amount.
_LETTER_SYMBOLS = {
    "RM": "MYR", "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "NT$": "TWD", "R$": "BRL",
    "R": "ZAR",  # "R220 million" (only with a scale or thousands separators: "R2" is no rand)
    "P": "PHP", "Php": "PHP",  # "P30 billion", as the Philippine press writes pesos (the same)
}  # fmt: skip
_CODES = ("USD", "EUR", "GBP", "JPY", "KRW", "AUD", "CAD", "CHF", "CNY", "INR", "NZD", "SEK",
          "NOK", "DKK", "PLN", "RUB", "TRY", "ILS", "SGD", "TWD", "HKD", "THB", "MYR", "IDR",
          "PHP", "AED", "SAR", "QAR", "UAH", "ZAR", "BRL", "MXN", "VND", "CZK", "BGN", "RON",
          "HUF", "RSD", "ARS", "CLP", "PEN", "EGP", "KWD", "BHD", "OMR", "JOD", "PKR",
          "BDT", "LKR", "NGN", "KES", "MAD", "DZD", "KZT", "GEL", "AZN", "AMD", "ISK")  # fmt: skip
_WORDS = {
    "won": "KRW", "yen": "JPY", "euro": "EUR", "euros": "EUR", "pounds": "GBP",
    "pounds sterling": "GBP", "dollars": "USD", "rubles": "RUB", "roubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "zloty": "PLN", "zlotys": "PLN",
    "lira": "TRY", "shekels": "ILS", "kronor": "SEK", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "dirhams": "AED", "hryvnias": "UAH", "hryvnia": "UAH", "rand": "ZAR",
    "Philippine pesos": "PHP", "dong": "VND", "reais": "BRL", "zł": "PLN", "kroner": "NOK",
    "krone": "NOK", "Swiss francs": "CHF", "riyals": "SAR", "Indian rupees": "INR",
    # singular, as in "a 4.1 billion dirham contract", "a 30-million-pound deal"
    "dirham": "AED", "shekel": "ILS", "rupee": "INR", "riyal": "SAR", "ruble": "RUB",
    "rouble": "RUB", "pound": "GBP", "dollar": "USD", "krona": "SEK", "zlotych": "PLN",
    "leva": "BGN", "lev": "BGN", "forints": "HUF", "forint": "HUF",
}  # fmt: skip
# "pesos" and "dinars" name several currencies: the state named in the same sentence decides.
_SHARED = {
    "pesos": {"Philippine": "PHP", "Philippines": "PHP", "Manila": "PHP", "Mexican": "MXN",
              "Mexico": "MXN", "Argentine": "ARS", "Argentina": "ARS", "Chilean": "CLP",
              "Chile": "CLP", "Colombian": "COP", "Colombia": "COP"},
    "dinars": {"Serbian": "RSD", "Serbia": "RSD", "Iraqi": "IQD", "Iraq": "IQD",
               "Algerian": "DZD", "Algeria": "DZD", "Kuwaiti": "KWD", "Kuwait": "KWD"},
}  # fmt: skip
_SHARED["crowns"] = {  # "19 billion Norwegian crowns": the English name of four currencies
    "Norwegian": "NOK", "Norway": "NOK", "Swedish": "SEK", "Sweden": "SEK", "Danish": "DKK",
    "Denmark": "DKK", "Czech": "CZK", "Czechia": "CZK", "Czech Republic": "CZK", "Oslo": "NOK",
    "Stockholm": "SEK", "Copenhagen": "DKK", "Prague": "CZK",
}  # fmt: skip
_SHARED["lei"] = {
    "Romanian": "RON",
    "Romania": "RON",
    "Bucharest": "RON",
    "Moldovan": "MDL",
    "Moldova": "MDL",
    "Chisinau": "MDL",
}  # ("1.04 billion lei": whose leu)
_SHARED["peso"] = _SHARED["pesos"]  # "a 30-billion-peso contract"
_SHARED["crown"] = _SHARED["crowns"]  # "a 2-billion-crown deal"
_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9, "trillion": 10**12, "tn": 10**12,
    "lakh": 10**5, "crore": 10**7, "lakh crore": 10**12, "cr": 10**7, "crores": 10**7,
}  # fmt: skip

_NUM = (
    r"(?P<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))(?![eE][+-]?\d|[.,]?\d)"
    r"(?:\s?(?:-|–|to)\s?(?P<hi>\d+(?:\.\d+)?))?"
)
_SCALE = (
    r"(?:[\s-]?(?P<scale>(?i:trillion|billion|million|thousand|lakh\s+crore|crores?|lakh"
    r"|bn|mn|mln|bln|tn|cr)|[mbkMBK])\b)?"  # ("Rs 2,000 Cr", "USD 3 Million")
)
_SYM = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_LETTERS = "|".join(re.escape(s) for s in sorted(_LETTER_SYMBOLS, key=len, reverse=True))
_PREFIX = re.compile(
    rf"(?:(?P<sym>{_SYM})|\b(?P<letters>{_LETTERS})|\b(?P<code>{'|'.join(_CODES)})(?:\s|(?=\d)))"
    rf"\s?{_NUM}{_SCALE}"
)
_SUFFIX = re.compile(  # "107 million euros", "a 30-million-pound deal"
    rf"\b{_NUM}{_SCALE}[\s-](?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b"
)

# An amount in words: "a five-billion-euro contract", "two million dollars"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_WORDS_ANY_CASE = {word.lower(): code for word, code in _WORDS.items()}
_SPELLED = re.compile(
    rf"\b(?P<num>{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})[\s-]"
    r"(?P<scale>trillion|billion|million)[\s-]"
    rf"(?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    """An amount found in text."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str
    is_range: bool = False
    converted: bool = False  # a conversion in brackets of the amount before it


def _value(num: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[" ".join(scale.lower().split())]
    if not value.is_finite() or value <= 0 or value >= Decimal(10) ** 16:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


_CODE_AFTER = re.compile(r"\s*\((?P<code>USD|CAD|AUD|NZD|SGD|HKD|TWD)\)")  # which dollar


def find_money(text: str) -> list[Money]:
    """Find every amount of money in ``text``, in order of appearance.

    Example:
        >>> [str(m.value) for m in find_money("USD 634.5 million and $1,944,082,765")]
        ['634500000', '1944082765']
        >>> [m.converted for m in find_money("€560 million ($600 million)")]
        [False, True]
        >>> [(str(m.value), m.currency) for m in find_money("RM4.08bn, Rs 63,000 crore")]
        [('4080000000', 'MYR'), ('630000000000', 'INR')]
        >>> [(str(m.value), m.currency) for m in find_money("a cost of Rs 3,100 cr.")]
        [('31000000000', 'INR')]
        >>> [(str(m.value), m.currency) for m in find_money("EUR82 million, a five-billion-euro")]
        [('82000000', 'EUR'), ('5000000000', 'EUR')]
        >>> [(str(m.value), m.currency) for m in find_money("$2.4 billion (CAD)")]
        [('2400000000', 'CAD')]
    """
    found: list[Money] = []
    for m in _PREFIX.finditer(text):
        if m.group("sym"):
            currency = _SYMBOLS[m.group("sym")]
        elif m.group("letters"):
            currency = _LETTER_SYMBOLS[m.group("letters")]
            if (
                m.group("letters") in ("R", "P")
                and not m.group("scale")
                and "," not in m.group("num")
            ):
                continue  # "R2", "R 15", "P8": no rand or peso without a scale or thousands
        else:
            currency = m.group("code")
            if m.group().startswith(currency + m.group("num")[:1]) and not (
                m.group("scale") or "," in m.group("num")
            ):
                continue  # "EUR82 million" is an amount, "USD2027" a code
        scale = m.group("scale")
        if scale and len(scale) == 1 and scale.isupper() and scale not in "MBK":
            scale = None
        value = _value(m.group("num"), scale)
        if value is not None:
            found.append(Money(m.start(), m.end(), m.group(), value, currency, bool(m.group("hi"))))
    for m in _SUFFIX.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        value = _value(m.group("num"), m.group("scale"))
        if value is not None:
            found.append(
                Money(
                    m.start(),
                    m.end(),
                    m.group(),
                    value,
                    _WORDS[m.group("word")],
                    bool(m.group("hi")),
                )
            )
    for m in _SPELLED.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        value = Decimal(_NUMBER_WORDS[m.group("num").lower()]) * _SCALES[m.group("scale").lower()]
        found.append(
            Money(m.start(), m.end(), m.group(), value, _WORDS_ANY_CASE[m.group("word").lower()])
        )
    found += _shared_currency(text, found)
    found.sort(key=lambda f: f.start)
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        gap = text[a.end : b.start]
        between = re.search(r"\bbetween\s+(?:\w+\s+)?$", text[: a.start], re.IGNORECASE)
        if re.fullmatch(r"\s*(?:-|–|to)\s*", gap) or (between and re.fullmatch(r"\s+and\s+", gap)):
            found[i] = Money(a.start, a.end, a.text, a.value, a.currency, True)
            found[i + 1] = Money(b.start, b.end, b.text, b.value, b.currency, True)
    out: list[Money] = []
    for f in found:
        named = _CODE_AFTER.match(text, f.end)
        if named and f.text.startswith("$"):  # "$2.4 billion (CAD)": the code says which dollar
            f = Money(f.start, f.end, f.text, f.value, named.group(1), f.is_range, f.converted)
            if f.is_range and out and out[-1].is_range:  # ("$1.5 billion to $2 billion (CAD)")
                a = out[-1]
                out[-1] = Money(a.start, a.end, a.text, a.value, f.currency, True, a.converted)
        if out and re.fullmatch(
            r"\s*[(\[]\s*(?:about|around|roughly|some|approximately|or)?\s*",
            text[out[-1].end : f.start],
        ):
            f = Money(f.start, f.end, f.text, f.value, f.currency, f.is_range, converted=True)
        out.append(f)
    return out


_SHARED_WORDS = "|".join(sorted(_SHARED, key=len, reverse=True))
_SHARED_RX = re.compile(rf"\b{_NUM}{_SCALE}[\s-](?:[A-Z][a-z]+\s)?(?P<word>{_SHARED_WORDS})\b")


def _shared_currency(text: str, found: list[Money]) -> list[Money]:
    """Amounts in a currency name several states share ("18.9 billion pesos"), resolved by the
    one state of those the sentence names; none or several: no amount.

    Example:
        >>> [(str(m.value), m.currency) for m in find_money("Manila paid 18.9 billion pesos.")]
        [('18900000000', 'PHP')]
        >>> find_money("It cost 5 million pesos.")
        []
    """
    out = []
    for m in _SHARED_RX.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        table = _SHARED[m.group("word")]
        codes = {code for name, code in table.items() if re.search(rf"\b{name}\b", text)}
        value = _value(m.group("num"), m.group("scale"))
        if len(codes) == 1 and value is not None:
            out.append(
                Money(m.start(), m.end(), m.group(), value, codes.pop(), bool(m.group("hi")))
            )
    return out


# The dollar of a state whose own press writes it as a bare "$" ("The contract, valued at $11.2
# billion" in an Ottawa release is in Canadian dollars), and how a text that tells that dollar
# apart writes it ("C$", "CAD", "Canadian dollars": then a bare "$" is the U.S. dollar).
_LOCAL_DOLLARS = {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD"}
_LOCAL_TOLD = {
    "CAN": r"\bC\$|\bCA\$|\bCAD\b|\bCanadian\s+dollars?\b",
    "AUS": r"\bA\$|\bAU\$|\bAUD\b|\bAustralian\s+dollars?\b",
    "NZL": r"\bNZ\$|\bNZD\b|\bNew\s+Zealand\s+dollars?\b",
    "SGP": r"\bS\$|\bSGD\b|\bSingapore\s+dollars?\b",
    "HKG": r"\bHK\$|\bHKD\b|\bHong\s+Kong\s+dollars?\b",
}
# Wire copy, which always writes the local dollar apart, and a U.S. government sale, which is
# priced in U.S. dollars wherever it is reported
_WIRE = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg)\)")
_US_SALE = re.compile(
    r"\bDefense\s+Security\s+Cooperation\s+Agency\b|\bDSCA\b|\bState\s+Department\s+"
    r"(?:has\s+)?(?:approved|cleared)\b|\bnotified\s+Congress\b"
)


def us_sale(sentence: str) -> bool:
    """True for a sentence telling a U.S. government sale, priced in U.S. dollars wherever it
    is reported.

    Example:
        >>> us_sale("The State Department approved a possible sale to Canada for $5.9 billion.")
        True
    """
    return _US_SALE.search(sentence) is not None


# A note that says which dollar every figure is in: "All figures are in Canadian dollars."
_ALL_FIGURES = re.compile(
    r"\b(?:all\s+(?:figures|amounts|prices|values|sums|dollar\s+figures)\s+(?:are\s+|quoted\s+)?"
    r"|(?:figures|amounts|dollar\s+figures)\s+(?:are|quoted)\s+)"
    r"in\s+(Canadian|Australian|New\s+Zealand|Singapore|Hong\s+Kong|U\.S\.|US|American)\s+dollars\b",
    re.I,
)
_NAMED_DOLLARS = {
    "canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "singapore": "SGD",
    "hong kong": "HKD", "u.s.": "USD", "us": "USD", "american": "USD",
}  # fmt: skip


def local_dollar(text: str, home: str | None) -> str | None:
    """The currency a bare "$" means: the dollar a note names ("All figures are in Canadian
    dollars"); else, in an article datelined in ``home``, that state's dollar when it has one
    and the text never writes that dollar apart ("C$") and is no wire copy; else None (a bare
    "$" is USD, and so is one in a sentence telling a U.S. sale: see ``us_sale``).

    Example:
        >>> local_dollar("The contract is valued at $11.2 billion.", "CAN")
        'CAD'
        >>> local_dollar("$5 billion (about C$6.8 billion)", "CAN"), local_dollar("$1", "FRA")
        (None, None)
        >>> local_dollar("A $3 billion deal (about US$2 billion).", "AUS")
        'AUD'
        >>> local_dollar("It won $15 billion. All figures are in Canadian dollars.", None)
        'CAD'
    """
    said = _ALL_FIGURES.search(text)  # "All figures are in Canadian dollars."
    if said:
        return _NAMED_DOLLARS.get(" ".join(said.group(1).lower().split()))
    dollar = _LOCAL_DOLLARS.get(home or "")
    if dollar is None or _WIRE.search(text):
        return None
    return None if re.search(_LOCAL_TOLD[home or ""], text) else dollar
