// Compiles a TypeScript entry point of the project, with the project's code it imports, into one
// JavaScript file that plain Node runs (the packages stay in node_modules). Used for the child
// processes of the tests (crashRuns.ts) and the run's database templates (globalSetup.mjs):
// started under tsx, such a process spent about 4.5 s of CPU starting (tsx's loader transpiling
// and resolving every module of the config, on a second thread), compiled about 2 s.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/**
 * Keeps each project file's own `import.meta.url` in the bundle, so that what a file finds beside
 * itself (the import map's path, migrations, locale files) is found as under tsx.
 * @type {import('esbuild').Plugin}
 */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async (args) => ({
      contents: (await fs.promises.readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }))
  },
}

/**
 * Compiles `entry` (relative to the project folder `root`) and returns the compiled file. It lies
 * inside the project (tests/.artifacts/children) so that its package imports resolve from
 * node_modules; it is written under a temporary name and renamed, so that two test files
 * compiling the same entry at once never run a half-written one.
 * @param {string} root
 * @param {string} entry
 * @returns {Promise<string>}
 */
export async function compileEntry(root, entry) {
  const dir = path.join(root, 'tests/.artifacts/children')
  fs.mkdirSync(dir, { recursive: true })
  const outfile = path.join(dir, `${entry.replace(/\.tsx?$/, '').replace(/[^\w-]+/g, '_')}.mjs`)
  const temporary = `${outfile}.${process.pid}.tmp`
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: temporary,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
    plugins: [ownUrls],
  })
  fs.renameSync(temporary, outfile)
  return outfile
}
