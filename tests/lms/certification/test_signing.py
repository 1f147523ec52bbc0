import base64
import dataclasses
import datetime
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from lms.certification.codes import code_generate
from lms.certification.signing import (
    SignatureInvalid,
    SignedFields,
    public_key,
    public_key_from_pem,
    public_key_pem,
    qr_text,
    qr_verify,
)

ROOT = Path(__file__).resolve().parents[3]
CODE = "7K3MQ9XA2PR1HV0CJ2"
FIELDS = SignedFields(
    code=CODE,
    number="KP-CPCM-2026-000123",
    name="محمد عمران خان",
    employee_number="KP-CPU-0042",
    course="Child Protection Case Management",
    course_version="3",
    issued_on=datetime.date(2026, 3, 14),
    expires_on=datetime.date(2029, 3, 14),
)
ALTERED = {
    "code": code_generate(),
    "number": "KP-CPCM-2026-000124",
    "name": "محمد عمران",
    "employee_number": "KP-CPU-0043",
    "course": "Child Protection Case Management Advanced",
    "course_version": "4",
    "issued_on": datetime.date(2026, 3, 15),
    "expires_on": datetime.date(2039, 3, 14),
}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def other_key_setting():
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return base64.b64encode(seed).decode()


def test_qr_text_is_the_verification_url_with_the_signature(settings):
    settings.CERTIFICATE_VERIFY_BASE_URL = "https://tahaffuz.example.org/"

    text = qr_text(FIELDS)

    assert re.fullmatch(
        rf"https://tahaffuz\.example\.org/verify/{CODE}/\?s=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{{86}}",
        text,
    )
    assert len(text) < 350  # fits a QR code of version 13 at error correction M


def test_qr_text_takes_another_base_url():
    assert qr_text(FIELDS, base_url="https://other.example").startswith(
        f"https://other.example/verify/{CODE}/?s="
    )


def test_signed_fields_round_trip_including_an_urdu_name():
    assert qr_verify(qr_text(FIELDS)) == FIELDS


def test_the_signature_alone_verifies_without_the_url():
    signed = qr_text(FIELDS).split("?s=")[1]

    assert qr_verify(signed) == FIELDS


def test_payload_is_versioned_and_unambiguous_with_separators_in_fields():
    tricky = dataclasses.replace(FIELDS, name="A|B %7C 100%", employee_number="|")
    shifted = dataclasses.replace(FIELDS, name="A", employee_number="B %7C 100%||")

    assert FIELDS.to_bytes().startswith(b"TZ1|")
    assert tricky.to_bytes() != shifted.to_bytes()
    assert SignedFields.from_bytes(tricky.to_bytes()) == tricky
    assert SignedFields.from_bytes(shifted.to_bytes()) == shifted


def test_qr_text_refuses_a_code_not_in_stored_form():
    with pytest.raises(ValueError, match="stored form"):
        qr_text(dataclasses.replace(FIELDS, code="7k3m-q9xa-2pr1-hv0c-j"))


@pytest.mark.parametrize("field", [field.name for field in dataclasses.fields(SignedFields)])
def test_altering_any_signed_field_breaks_the_signature(field):
    url, signed = qr_text(FIELDS).split("?s=")
    signature = signed.split(".")[1]
    altered = dataclasses.replace(FIELDS, **{field: ALTERED[field]})
    forged = f"{url}?s={b64url(altered.to_bytes())}.{signature}"

    with pytest.raises(SignatureInvalid, match="does not verify"):
        qr_verify(forged)


def test_a_signature_made_with_another_key_fails(settings):
    official_key = public_key()
    settings.CERTIFICATE_SIGNING_KEY = other_key_setting()
    forged = qr_text(FIELDS)

    with pytest.raises(SignatureInvalid, match="does not verify"):
        qr_verify(forged, public_key=official_key)


def test_checking_against_another_public_key_fails():
    with pytest.raises(SignatureInvalid, match="does not verify"):
        qr_verify(qr_text(FIELDS), public_key=Ed25519PrivateKey.generate().public_key())


def test_a_url_naming_another_certificate_fails():
    other_code = ALTERED["code"]
    text = qr_text(FIELDS).replace(f"/verify/{CODE}/", f"/verify/{other_code}/")

    with pytest.raises(SignatureInvalid, match=f"names certificate {other_code}"):
        qr_verify(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("https://example.org/about/?s=abc.def", "Not a Tahaffuz verification URL"),
        (f"http://127.0.0.1:8000/verify/{CODE}/", "no signature"),
        (f"http://127.0.0.1:8000/verify/{CODE}/?s=", "no signature"),
        (f"http://127.0.0.1:8000/verify/{CODE}/?s=abc", "badly encoded"),
        (f"http://127.0.0.1:8000/verify/{CODE}/?s=ab*c.def", "badly encoded"),
        (f"http://127.0.0.1:8000/verify/{CODE}/?s=abc.defg", "badly encoded"),
    ],
)
def test_unusable_texts_say_why(text, reason):
    with pytest.raises(SignatureInvalid, match=reason):
        qr_verify(text)


def test_public_key_pem_is_the_key_that_verifies():
    published = public_key_from_pem(public_key_pem().encode())

    assert public_key_pem().startswith("-----BEGIN PUBLIC KEY-----")
    assert qr_verify(qr_text(FIELDS), public_key=published) == FIELDS


@pytest.mark.parametrize(
    ("setting", "reason"),
    [
        ("", "not set"),
        ("not base64!", "not valid base64"),
        (base64.b64encode(b"too short").decode(), "32 bytes"),
    ],
)
def test_a_missing_or_invalid_signing_key_is_a_configuration_error(settings, setting, reason):
    settings.CERTIFICATE_SIGNING_KEY = setting

    with pytest.raises(ImproperlyConfigured, match=reason):
        qr_text(FIELDS)


def test_verify_command_prints_the_signed_fields(capsys):
    call_command("certificate_verify", qr_text(FIELDS))

    output = capsys.readouterr().out
    for expected in [
        "محمد عمران خان",
        "KP-CPU-0042",
        "Child Protection Case Management (version 3)",
        "2026-03-14",
        "2029-03-14",
        "KP-CPCM-2026-000123",
        "7K3M-Q9XA-2PR1-HV0C-J2",
        "Signature valid: issued by the holder of this public key.",
        f"revoked; the online register does: http://127.0.0.1:8000/verify/{CODE}/",
    ]:
        assert expected in output


def test_verify_command_fails_for_an_altered_text():
    url, signed = qr_text(FIELDS).split("?s=")
    altered = dataclasses.replace(FIELDS, name="Someone Else")
    forged = f"{url}?s={b64url(altered.to_bytes())}.{signed.split('.')[1]}"

    with pytest.raises(CommandError, match="does not verify"):
        call_command("certificate_verify", forged)


def test_verify_command_checks_against_a_published_key_file(tmp_path, capsys):
    printed = io.StringIO()
    call_command("certificate_public_key", stdout=printed)
    published = tmp_path / "tahaffuz.pem"
    published.write_text(printed.getvalue())
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )

    call_command("certificate_verify", qr_text(FIELDS), public_key=str(published))
    assert "Signature valid" in capsys.readouterr().out
    with pytest.raises(CommandError, match="does not verify"):
        call_command("certificate_verify", qr_text(FIELDS), public_key=str(stranger))
    with pytest.raises(CommandError, match="Cannot load the public key"):
        call_command("certificate_verify", qr_text(FIELDS), public_key=str(tmp_path / "none.pem"))


def test_verify_command_marks_an_expired_certificate(capsys):
    expired = dataclasses.replace(FIELDS, expires_on=datetime.date(2020, 1, 1))

    call_command("certificate_verify", qr_text(expired))

    assert "2020-01-01 (expired)" in capsys.readouterr().out


def run_without_database(*args):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_verify_command_needs_no_database():
    valid = run_without_database("certificate_verify", qr_text(FIELDS))
    forged = run_without_database("certificate_verify", qr_text(FIELDS).replace(CODE, "0" * 17, 1))

    assert valid.returncode == 0, valid.stderr
    assert "Signature valid" in valid.stdout
    assert forged.returncode == 1
    assert "names certificate" in forged.stderr
