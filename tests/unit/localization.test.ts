import { resolveOptions } from '@cms/defaults'
import { localizationConfig } from '@cms/localization'

/**
 * Payload's language switch shows each content language as "label (code)": with the code in the
 * label too, a fresh tester read "العربية (ar) (ar)". Each label is the language's own name only.
 */
test('every content language is labelled by its own name, without the code Payload adds itself', () => {
  const config = localizationConfig(resolveOptions())
  if (!config) throw new Error('localization expected')
  const { locales } = config
  expect(locales.length).toBeGreaterThan(5)
  for (const locale of locales) {
    if (typeof locale === 'string') throw new Error('labelled locales expected')
    expect([locale.code, typeof locale.label === 'string' && locale.label.length > 1, String(locale.label).includes(`(${locale.code})`)]).toEqual([locale.code, true, false])
  }
  expect(locales.find((l: (typeof locales)[number]) => typeof l !== 'string' && l.code === 'ar')).toMatchObject({ label: 'العربية', rtl: true })
})
