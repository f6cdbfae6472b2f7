import os from 'node:os'

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      // Keeps `with { type: 'json' }` on JSON imports (Node needs it; without it jest warns).
      experimental: { keepImportAttributes: true },
      transform: { react: { runtime: 'automatic' } },
    },
  },
]

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/cms/payload.config.ts',
    // The path aliases of tsconfig.json.
    '^@(cms|web|shared)/(.*)$': '<rootDir>/$1/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
}

/**
 * The projects that boot Payload start each file from a copy of the run's database templates
 * (tests/integration/helpers/template.ts), built once before the first file.
 */
const fromTemplates = {
  globalSetup: '<rootDir>/tests/integration/helpers/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/integration/helpers/globalTeardown.mjs',
}

/**
 * Unit (pure logic), integration (a real Payload on a throw-away SQLite file), security (access
 * matrix, leak probes and bad-input fuzzing, also on throw-away SQLite files), e2e (Chromium),
 * scale (two app instances).
 */
export default {
  testTimeout: 60000,
  // Longest files first, also on a fresh clone (tests/sequencer.mjs).
  testSequencer: '<rootDir>/tests/sequencer.mjs',
  // Jest's default, one worker fewer than cores, is a single worker on 2 cores: every file ran
  // after the other. The files are independent (each boots its own Payload on its own database
  // file), and while one waits on SQLite or a child process the other computes.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, ...fromTemplates, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, ...fromTemplates, displayName: 'security', testMatch: ['<rootDir>/tests/security/**/*.test.ts'] },
    // Browser tests get a longer budget (tests/e2e/helpers/timeout.ts says why).
    { ...common, displayName: 'e2e', setupFilesAfterEnv: ['<rootDir>/tests/e2e/helpers/timeout.ts'], testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    // Two app instances started by scripts/test.mjs (`node scripts/test.mjs scale`).
    { ...common, displayName: 'scale', testMatch: ['<rootDir>/tests/scale/**/*.test.ts'] },
  ],
}
