// Types of the package's entry point (`veil.js`): everything of the generated `index.d.ts`,
// plus the `stream.Transform` wrappers. Hand-written.
import type { Transform, TransformOptions } from 'node:stream'
import type { StreamRedactor, StreamRestorer } from './index'

export * from './index'

/**
 * Options of `engine.redactStream()` / `session.restoreStream()`, passed to the `Transform`
 * (`highWaterMark`, `signal`, …). `encoding` is the output's: `'utf8'` (strings) unless set;
 * `null` gives Buffers.
 */
export type StreamOptions = Omit<TransformOptions, 'transform' | 'flush' | 'final' | 'decodeStrings'>

/** The Transform of `engine.redactStream()`: redacted text out, as it becomes final. */
export interface RedactStream extends Transform {
  /** The `StreamRedactor` behind it (`blocked`, `pending`, `maxHoldback`). */
  readonly redactor: StreamRedactor
}

/** The Transform of `session.restoreStream()`: restored text out, as it becomes final. */
export interface RestoreStream extends Transform {
  /** The `StreamRestorer` behind it (`pending`). */
  readonly restorer: StreamRestorer
}

declare module './index' {
  interface Engine {
    /**
     * A `stream.Transform` that redacts what is written to it (strings, Buffers cut anywhere,
     * also inside a UTF-8 character) and emits the redacted text as it becomes final, the rest
     * at the end: joined, `engine.redact(wholeText).text`. Usable with `stream.pipeline`.
     */
    redactStream(options?: StreamOptions | null): RedactStream
  }
  interface Session {
    /**
     * A `stream.Transform` that puts this session's values back in place of its placeholders
     * as the answer is written to it: joined, `session.restore(wholeAnswer)`. Knows the
     * placeholders the session has when it is created.
     */
    restoreStream(options?: StreamOptions | null): RestoreStream
  }
}
