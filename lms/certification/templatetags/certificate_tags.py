from django import template

from lms.certification.codes import code_display

register = template.Library()


@register.filter
def verification_code(certificate) -> str:
    """A certificate's verification code as people read and type it: in groups of four."""
    return code_display(certificate.code)
