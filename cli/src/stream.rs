//! `--stream`: standard input redacted or restored as it arrives, for pipes such as
//! `some-llm-cli | veil redact --stream`. The hold-back logic lives in the core's
//! `StreamRedactor` / `StreamRestorer`; this module only moves bytes.

use crate::args::InvalidUtf8;
use crate::input::STDIN_NAME;
use crate::{Fail, Out};
use std::io::{ErrorKind, Read, Write};
use veil_core::{StreamRedactor, StreamRestorer};

/// Bytes asked for per `read` call: at least the capacity of std's stdin buffer (8 KiB), so
/// every read goes straight to the file descriptor and returns whatever is available.
const READ_SIZE: usize = 64 * 1024;

/// A core stream that standard input can be piped through.
pub trait Stream {
    /// The next bytes; strict mode fails on invalid UTF-8 and then takes none of them.
    fn push(&mut self, chunk: &[u8], lossy: bool) -> veil_core::Result<String>;
    /// The end of the input.
    fn finish(&mut self, lossy: bool) -> veil_core::Result<String>;
}

impl Stream for StreamRedactor {
    fn push(&mut self, chunk: &[u8], lossy: bool) -> veil_core::Result<String> {
        if lossy {
            Ok(self.push_bytes_lossy(chunk))
        } else {
            self.push_bytes(chunk)
        }
    }

    fn finish(&mut self, lossy: bool) -> veil_core::Result<String> {
        if lossy {
            Ok(StreamRedactor::finish(self))
        } else {
            self.finish_bytes()
        }
    }
}

impl Stream for StreamRestorer {
    fn push(&mut self, chunk: &[u8], lossy: bool) -> veil_core::Result<String> {
        if lossy {
            Ok(self.push_bytes_lossy(chunk))
        } else {
            self.push_bytes(chunk)
        }
    }

    fn finish(&mut self, lossy: bool) -> veil_core::Result<String> {
        if lossy {
            Ok(StreamRestorer::finish(self))
        } else {
            self.finish_bytes()
        }
    }
}

/// Reads standard input with plain `read` calls (whatever bytes have arrived, no waiting for a
/// line or a full buffer), pushes each read to `stream`, and writes and flushes what the
/// stream returns at once; finishes at the end of the input.
///
/// Invalid UTF-8 in strict mode: the text before the invalid byte is pushed (what of it is
/// final is written), then the error names the byte offset.
pub fn pipe(stream: &mut impl Stream, mode: InvalidUtf8, out: &mut Out) -> Result<(), Fail> {
    let lossy = mode == InvalidUtf8::Replace;
    let fail = |e: veil_core::Error| Fail::Msg(format!("{STDIN_NAME}: {}", e.message()));
    let mut stdin = std::io::stdin().lock();
    let mut buf = vec![0u8; READ_SIZE];
    // Input bytes the stream has taken.
    let mut taken = 0usize;
    loop {
        let n = match stdin.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(Fail::Msg(format!("{STDIN_NAME}: {e}"))),
        };
        let chunk = &buf[..n];
        match stream.push(chunk, lossy) {
            Ok(text) => write_now(out, &text)?,
            Err(e) => {
                let valid = e.offset().map_or(0, |at| at.saturating_sub(taken).min(n));
                if let Ok(text) = stream.push(&chunk[..valid], false) {
                    write_now(out, &text)?;
                }
                return Err(fail(e));
            }
        }
        taken += n;
    }
    let text = stream.finish(lossy).map_err(fail)?;
    write_now(out, &text)
}

/// Writes `text` and flushes it to standard output.
fn write_now(out: &mut Out, text: &str) -> Result<(), Fail> {
    if !text.is_empty() {
        out.write_all(text.as_bytes())?;
        out.flush()?;
    }
    Ok(())
}
