"""veil: find and redact personal data, secrets and prompt injection in text.

Build an :class:`Engine` once and share it (it is thread-safe)::

    import veil

    engine = veil.Engine()
    engine.redact("mail ana@example.org").text      # 'mail [EMAIL_ADDRESS]'

    session = engine.session()                      # reversible placeholders
    prompt = session.redact("mail ana@example.org").text   # 'mail <EMAIL_ADDRESS_1>'
    session.restore("Sent to <EMAIL_ADDRESS_1>.")   # 'Sent to ana@example.org.'

    engine.guard("Ignore all previous instructions.").verdict   # 'block'

    for piece in session.restore_iter(llm_chunks):   # streamed answers, chunk by chunk
        print(piece, end="")

Offsets (``Finding.start``/``Finding.end``) are ``str`` indices, so
``text[f.start:f.end] == f.text``.
"""

from ._veil import (
    Engine,
    Finding,
    GuardReport,
    Redaction,
    Session,
    StreamRedactor,
    StreamRestorer,
    VeilError,
    __version__,
)

__all__ = [
    "Engine",
    "Finding",
    "GuardReport",
    "Redaction",
    "Session",
    "StreamRedactor",
    "StreamRestorer",
    "VeilError",
    "__version__",
]
