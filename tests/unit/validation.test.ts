import { contrastRatio, accessibleBrandColor } from '@shared/color'
import { checkAgs, checkEmail, checkPhone, checkUrl, telHref } from '@shared/validation'

describe('format checks', () => {
  test.each(['info@eisenach.de', 'a.b+c@example.org'])('e-mail %s is valid', (v) => expect(checkEmail(v)).toBeNull())
  test.each(['info', 'a@b', 'a b@example.org', '<script>@x.de', `${'a'.repeat(250)}@x.de`])('e-mail %j is refused', (v) =>
    expect(checkEmail(v)).toEqual(expect.any(String)),
  )

  test.each(['https://www.eisenach.de', 'http://example.org/path?q=1'])('URL %s is valid', (v) => expect(checkUrl(v)).toBeNull())
  test.each(['javascript:alert(1)', 'ftp://example.org', 'https://localhost', 'not a url', 'www.example.org'])('URL %j is refused', (v) =>
    expect(checkUrl(v)).toEqual(expect.any(String)),
  )

  test.each(['+49 3691 670-0', '(03691) 67 00', '0176 1234567', '03691/670-960'])('phone %s is valid', (v) => expect(checkPhone(v)).toBeNull())
  test.each(['call me', '12345', '+49 1234 5678 9012 3456', '<b>0176</b>'])('phone %j is refused', (v) => expect(checkPhone(v)).toEqual(expect.any(String)))

  test('tel: links are international', () => {
    expect(telHref('03691 670-0')).toBe('tel:+4936916700')
    expect(telHref('+49 3691 670-0')).toBe('tel:+4936916700')
    expect(telHref('0049 30 123456')).toBe('tel:+4930123456')
  })

  test('AGS has 8 digits, or 5 for a district', () => {
    expect(checkAgs('16056000')).toBeNull()
    expect(checkAgs('16066')).toBeNull()
    expect(checkAgs('1605600')).toEqual(expect.any(String))
    expect(checkAgs('16O56000')).toEqual(expect.any(String))
  })
})

describe('brand colour contrast', () => {
  test('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrastRatio('red', '#ffffff')).toBeNull()
  })

  test('keeps dark colours and replaces light ones with the safe default', () => {
    expect(accessibleBrandColor('#1D6B3A')).toBe('#1d6b3a')
    expect(accessibleBrandColor('#ffdd00')).toBe('#0b5394')
    expect(accessibleBrandColor(null)).toBe('#0b5394')
  })
})
