import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'

/**
 * The plugin's admin components say nothing of their own: every word comes from `t()` (the
 * admin user's language). Reads each component with the TypeScript compiler and fails on
 * literal JSX text and on literal user-facing props.
 */
const ROOT = path.resolve('cms/components')
const PROPS = new Set(['title', 'aria-label', 'placeholder', 'label', 'alt'])
/** Words without letters are fine ("·", "–", " *", numbers); this lists nothing else. */
const hasWords = (text: string) => /\p{L}/u.test(text)

function components(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name)
    return e.isDirectory() ? components(file) : e.name.endsWith('.tsx') ? [file] : []
  })
}

/** A literal string, or a template without substitutions, as its text. */
function literal(node: ts.Node | undefined): string | null {
  if (!node) return null
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isJsxExpression(node)) return literal(node.expression)
  if (ts.isParenthesizedExpression(node)) return literal(node.expression)
  return null
}

/** The literal strings a JSX child expression can show: both arms of a condition, `a ?? 'b'`, `a || 'b'`. */
function shownLiterals(node: ts.Expression): string[] {
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)]
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...shownLiterals(node.left), ...shownLiterals(node.right)]
  }
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression)
  const text = literal(node)
  return text === null ? [] : [text]
}

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const at = (node: ts.Node) => `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${at(node)} text "${node.text.trim()}"`)
    if (ts.isJsxAttribute(node) && PROPS.has(node.name.getText(source))) {
      const text = literal(node.initializer)
      if (text !== null && hasWords(text)) found.push(`${at(node)} ${node.name.getText(source)}="${text}"`)
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of shownLiterals(node.expression)) if (hasWords(text)) found.push(`${at(node)} {"${text}"}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

test('the admin components show no literal words', () => {
  const files = components(ROOT)
  expect(files.length).toBeGreaterThan(5)
  expect(files.flatMap(literalTexts)).toEqual([])
})

test('the scan finds literal words where they are', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'components-'))
  const file = path.join(dir, 'Sample.tsx')
  fs.writeFileSync(file, `export const A = ({ t, on }) => <p title="Hello" aria-label={t('x')}>Save {on ? 'now' : '·'} – {t('y')}</p>`)
  try {
    expect(literalTexts(file).map((f) => f.replace(/^.*:\d+ /, ''))).toEqual(['title="Hello"', 'text "Save"', '{"now"}'])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
