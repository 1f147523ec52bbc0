import pytest

from lms.certification.codes import (
    ALPHABET,
    certificate_number,
    code_display,
    code_generate,
    code_normalize,
)

# A valid code with a 0 and a 1, which people may type as O, I or L.
CODE = "7K3MQ9XA2PR1HV0CJ2"
SAMPLE = [code_generate() for _ in range(30)]
# Named by position, not by code: each pytest-xdist process draws its own sample.
SAMPLE_IDS = [f"sample-{number}" for number in range(len(SAMPLE))]


def test_generated_codes_are_18_base32_symbols_that_pass_normalize():
    codes = [code_generate() for _ in range(1000)]

    assert len(set(codes)) == 1000
    for code in codes:
        assert len(code) == 18
        assert set(code) <= set(ALPHABET)
        assert code_normalize(code) == code


def test_every_random_position_takes_many_symbols():
    codes = [code_generate() for _ in range(1000)]

    for position in range(17):
        assert len({code[position] for code in codes}) == 32


def test_check_symbol_is_crockfords_mod_37_check():
    for code in SAMPLE:
        value = 0
        for symbol in code[:17]:
            value = value * 32 + ALPHABET.index(symbol)
        assert ALPHABET.index(code[17]) == value % 37


@pytest.mark.parametrize("code", SAMPLE, ids=SAMPLE_IDS)
def test_every_single_symbol_substitution_is_rejected(code):
    for position, symbol in enumerate(code):
        for other in ALPHABET.replace(symbol, ""):
            typo = code[:position] + other + code[position + 1 :]
            assert code_normalize(typo) is None, typo


@pytest.mark.parametrize("code", SAMPLE, ids=SAMPLE_IDS)
def test_every_swap_of_neighbouring_symbols_is_rejected(code):
    for position in range(len(code) - 1):
        first, second = code[position], code[position + 1]
        if first != second:
            typo = code[:position] + second + first + code[position + 2 :]
            assert code_normalize(typo) is None, typo


def test_display_groups_four_symbols_with_the_check_symbol_last():
    assert code_display(CODE) == "7K3M-Q9XA-2PR1-HV0C-J2"


@pytest.mark.parametrize(
    "typed",
    [
        "7K3M-Q9XA-2PR1-HV0C-J2",
        "7k3m-q9xa-2pr1-hv0c-j2",
        " 7K3M Q9XA 2PR1 HV0C J2 ",
        "7k3mq9xa2prlhvocj2",
        "7K3M-Q9XA-2PRI-HVOC-J2",
    ],
)
def test_normalize_reads_what_people_type(typed):
    assert code_normalize(typed) == CODE


def test_display_and_normalize_round_trip():
    for code in SAMPLE:
        assert code_normalize(code_display(code)) == code
        assert code_normalize(code_display(code).lower()) == code


@pytest.mark.parametrize(
    "typed",
    ["", "7K3M-Q9XA-2PR1-HV0C-J", "7K3M-Q9XA-2PR1-HV0C-J22", "7K3M-Q9XA-2PR1-HU0C-J2", "7K3M_Q9XA"],
)
def test_normalize_rejects_wrong_length_and_foreign_symbols(typed):
    assert code_normalize(typed) is None


def test_certificate_number_is_zero_padded_to_six_digits():
    assert certificate_number("KP-CPCM", 2026, 123) == "KP-CPCM-2026-000123"
    assert certificate_number("KP-CPCM", 2027, 999_999) == "KP-CPCM-2027-999999"


@pytest.mark.parametrize("sequence", [0, 1_000_000])
def test_certificate_number_refuses_sequences_that_do_not_fit(sequence):
    with pytest.raises(ValueError, match="sequence"):
        certificate_number("KP-CPCM", 2026, sequence)
