import { addLocalGlobals } from '../helpers/localGlobals.mjs'

/* The jest transform that binds globals locally (tests/helpers/localGlobals.mjs) must not change what a file does. */

const run = (code: string) => addLocalGlobals(code).code

test('binds the globals a file reads, on its first line', () => {
  const code = 'export function is(v, t) {\n  return Object.getPrototypeOf(v) === t.prototype && Symbol.for("x") in t\n}\n'
  const out = run(code)
  expect(out.split('\n')).toHaveLength(code.split('\n').length)
  expect(out.startsWith('const Object = globalThis.Object, Symbol = globalThis.Symbol;export function is')).toBe(true)
})

test('leaves a file without those globals as it is', () => {
  expect(run('export const x = 1 + y.Object\n')).toBe('export const x = 1 + y.Object\n')
})

test("keeps a 'use strict' directive and a hashbang first", () => {
  expect(run("'use strict';\nmodule.exports = Object.keys(a)\n")).toBe("'use strict';const Object = globalThis.Object;\nmodule.exports = Object.keys(a)\n")
  expect(run('#!/usr/bin/env node\n"use strict"\nJSON.parse(a)\n')).toBe('#!/usr/bin/env node\n"use strict";const JSON = globalThis.JSON;\nJSON.parse(a)\n')
})

test('a name the file binds or assigns itself stays its own', () => {
  for (const code of [
    'var Promise = require("bluebird"); Promise.resolve()',
    'class Map {}; new Map()',
    'function Symbol() {}; Symbol()',
    'import { Buffer } from "node:buffer"; Buffer.from("")',
    'const { Error } = errors; new Error()',
    'Promise = Promise || shim; Promise.all([])',
  ]) {
    expect(run(code)).toBe(code)
  }
})

test('the bound objects are the globals themselves', () => {
  const module = { exports: {} as Record<string, unknown> }
  new Function('module', run('module.exports.same = [Object, Array, JSON, Math].every((g, i) => g === [globalThis.Object, globalThis.Array, globalThis.JSON, globalThis.Math][i])'))(module)
  expect(module.exports.same).toBe(true)
})
