import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'web/.next/', 'bench/hello/.next/', 'data/', 'cms/migrations/', 'web/app/(payload)/admin/importMap.js', 'cms/payload-types.ts', 'web/next-env.d.ts', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Types flow from cms/payload-types.ts: no double cast, no cast to never, no silenced checker
  // outside tests (tests may build deliberately malformed input).
  {
    files: ['cms/**/*.{ts,tsx}', 'web/**/*.{ts,tsx}', 'shared/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']", message: 'No `as unknown as`: use the generated types, a real type guard or restructure.' },
        { selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']", message: 'No `as never`: use the generated types, a real type guard or restructure.' },
        { selector: "TSAsExpression[typeAnnotation.type='TSAnyKeyword']", message: 'No `as any`.' },
      ],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': true, 'ts-ignore': true, 'ts-nocheck': true }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Server code of the portal translates with the process's translators (web/i18n/translations.ts):
  // next-intl's own make new message formats for every request. Client components keep next-intl's.
  {
    files: ['web/**/*.{ts,tsx}'],
    ignores: ['web/**/*.client.tsx', 'web/app/**/error.tsx', 'web/i18n/translations.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next-intl', importNames: ['useTranslations'], message: 'Use useTranslations from @web/i18n/translations (made once per process).' },
            { name: 'next-intl/server', importNames: ['getTranslations'], message: 'Use getTranslations from @web/i18n/translations (made once per process).' },
          ],
        },
      ],
    },
  },
  // The portal's few plain browser scripts (no framework, no build step).
  { files: ['web/public/**/*.js'], languageOptions: { globals: { navigator: 'readonly', document: 'readonly' } } },
)
