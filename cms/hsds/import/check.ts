import { isRecord } from '@cms/isRecord'
import type { ProblemCode } from '@cms/import/types'

/** One thing wrong with the file, where it is (a JSON path such as `$.services[2].email`) and why. */
export interface Issue {
  path: string
  code: ProblemCode
  message: string
}

export type Json = Record<string, unknown>

interface TextRule {
  required?: boolean
  max?: number
  /** A shared format check (returns the reason, or null). */
  check?: (value: string) => string | null
  code?: ProblemCode
}

/**
 * Reads untrusted JSON field by field and collects every problem with its path, so a file is
 * judged as a whole before anything is written.
 */
export class Checker {
  readonly issues: Issue[] = []

  fail(path: string, code: ProblemCode, message: string): void {
    this.issues.push({ path, code, message })
  }

  object(value: unknown, path: string): Json | null {
    if (isRecord(value)) return value
    this.fail(path, 'invalid', `expected an object, got ${describe(value)}.`)
    return null
  }

  /** An array (absent or null: empty). */
  list(o: Json, key: string, path: string): unknown[] {
    const value = o[key]
    if (value === undefined || value === null) return []
    if (Array.isArray(value)) return value
    this.fail(`${path}.${key}`, 'invalid', `expected an array, got ${describe(value)}.`)
    return []
  }

  /** A string (trimmed; empty counts as absent). */
  text(o: Json, key: string, path: string, rule: TextRule = {}): string | undefined {
    const at = `${path}.${key}`
    const value = o[key]
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      if (rule.required) this.fail(at, 'missing-required', 'is required.')
      return undefined
    }
    if (typeof value !== 'string') {
      this.fail(at, 'invalid', `expected a string, got ${describe(value)}.`)
      return undefined
    }
    const text = value.trim()
    if (rule.max && text.length > rule.max) {
      this.fail(at, 'too-long', `has ${text.length} characters; at most ${rule.max} fit.`)
      return undefined
    }
    const reason = rule.check?.(text)
    if (reason) {
      this.fail(at, rule.code ?? 'invalid', `“${text.slice(0, 80)}”: ${reason}`)
      return undefined
    }
    return text
  }

  number(o: Json, key: string, path: string, required = false): number | undefined {
    const value = o[key]
    if (value === undefined || value === null) {
      if (required) this.fail(`${path}.${key}`, 'missing-required', 'is required.')
      return undefined
    }
    if (typeof value === 'number' && Number.isFinite(value)) return value
    this.fail(`${path}.${key}`, 'invalid', `expected a number, got ${describe(value)}.`)
    return undefined
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string “${value.slice(0, 40)}”`
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`
}
