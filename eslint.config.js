import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'web/.next/', 'data/', 'cms/migrations/', 'web/app/(payload)/admin/importMap.js', 'cms/payload-types.ts', 'web/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The portal's few plain browser scripts (no framework, no build step).
  { files: ['web/public/**/*.js'], languageOptions: { globals: { navigator: 'readonly', document: 'readonly' } } },
)
