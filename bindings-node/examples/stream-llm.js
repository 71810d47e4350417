// Streaming with veil: the prompt is pseudonymized before it leaves, and the answer, which
// arrives from the model in small chunks, gets the values back while it streams. A
// placeholder cut across chunks ('<EMAIL_AD' + 'DRESS_1>') is still restored; text is held
// back only while it could be the start of one.
//
//   node examples/stream-llm.js
'use strict'

const { pipeline } = require('node:stream/promises')
const { Engine } = require('..') // require('veil') in an application

/**
 * A stand-in for an LLM client's streaming API (server-sent events): an async iterator of
 * small text chunks. This one answers by quoting the placeholders it was sent.
 */
async function* fakeLLM(prompt) {
  const [email, phone] = prompt.match(/<[A-Z_]+_\d+>/g)
  const answer = `Done 👍 I wrote to ${email} and will call ${phone} tomorrow (cc ${email}).`
  const sizes = [3, 1, 2, 5, 7, 4]
  for (let i = 0, k = 0; i < answer.length; k++) {
    const n = sizes[k % sizes.length]
    yield answer.slice(i, i + n) // cuts the emoji's surrogate pair in two: that is fine
    i += n
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function main() {
  const engine = new Engine()
  const session = engine.session()
  const sent = session.redact('Email jane.doe@example.com and call +1 415-555-2671 about the offer.')
  console.log(`sent:     ${sent.text}`)

  // 1. A Transform in a pipeline: async iterator -> session.restoreStream() -> consumer.
  let shown = ''
  await pipeline(fakeLLM(sent.text), session.restoreStream(), async (restored) => {
    for await (const text of restored) shown += text // e.g. res.write(text) to a browser
  })
  console.log(`restored: ${shown}`)

  // 2. The same with push/finish, for code that already loops over the chunks itself.
  const restorer = session.streamRestore()
  let again = ''
  for await (const chunk of fakeLLM(sent.text)) again += restorer.push(chunk)
  again += restorer.finish()
  console.log(`same:     ${again === shown}`)

  // 3. Redacting a stream on its way out, e.g. a model's answer that must not show personal
  //    data, straight to stdout (or an HTTP response).
  async function* leakyLLM() {
    yield* ['Her number is +1 415', '-555-26', '71 and her mail is jane.doe@exa', 'mple.com.\n']
  }
  process.stdout.write('redacted: ')
  await pipeline(leakyLLM(), engine.redactStream(), process.stdout)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
