#!/usr/bin/env node
// Adds to package-lock.json the optional per-platform packages that `npm install` left out
// because the registry it used does not serve them (here: the non-linux-x64 builds of
// @napi-rs/cli's helpers @napi-rs/lzma, @napi-rs/tar and @napi-rs/wasm-tools). `npm ci` rejects
// a lock file that lacks an optional dependency; listed by version only, each is skipped on a
// platform it does not fit and where the registry does not have it.
//
//   npm install && node tools/complete-lockfile.js && npm ci
'use strict'

const fs = require('node:fs')
const path = require('node:path')

const file = path.join(__dirname, '..', 'package-lock.json')
const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
const packages = lock.packages
let added = 0
for (const meta of Object.values({ ...packages })) {
  for (const [name, version] of Object.entries(meta.optionalDependencies || {})) {
    const key = `node_modules/${name}`
    if (!packages[key]) {
      packages[key] = { version, dev: true, optional: true }
      added++
    }
  }
}
const order = ([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)
lock.packages = Object.fromEntries(Object.entries(packages).sort(order))
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`complete-lockfile: added ${added} optional package(s)`)
