import { boundingBox, distanceKm, parseLatLng } from '@shared/geo'
import { spokenLanguageName } from '@shared/languages'
import { buildSearchText, normalizeForSearch, queryTerms } from '@shared/search'

const eisenach = { latitude: 50.9747, longitude: 10.3205 }
const erfurt = { latitude: 50.9787, longitude: 11.0328 }

describe('geo', () => {
  test('distance Eisenach–Erfurt is about 50 km', () => {
    expect(distanceKm(eisenach, erfurt)).toBeGreaterThan(49)
    expect(distanceKm(eisenach, erfurt)).toBeLessThan(51)
    expect(distanceKm(eisenach, eisenach)).toBe(0)
  })

  test('the bounding box contains every point within the radius', () => {
    const box = boundingBox(eisenach, 10)
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180
      const p = { latitude: eisenach.latitude + (9.9 / 111.32) * Math.cos(rad), longitude: eisenach.longitude + (9.9 / 70) * Math.sin(rad) }
      if (distanceKm(eisenach, p) <= 10) {
        expect(p.latitude).toBeGreaterThanOrEqual(box.minLat)
        expect(p.latitude).toBeLessThanOrEqual(box.maxLat)
        expect(p.longitude).toBeGreaterThanOrEqual(box.minLng)
        expect(p.longitude).toBeLessThanOrEqual(box.maxLng)
      }
    }
  })

  test('parses lat,lng and refuses nonsense', () => {
    expect(parseLatLng('50.97,10.32')).toEqual({ latitude: 50.97, longitude: 10.32 })
    expect(parseLatLng('91,10')).toBeNull()
    expect(parseLatLng('abc')).toBeNull()
    expect(parseLatLng('1,2,3')).toBeNull()
    expect(parseLatLng('')).toBeNull()
  })
})

describe('search text', () => {
  test('folds case, umlauts and accents', () => {
    expect(normalizeForSearch('Frühstück  für FRAUEN')).toBe('fruehstueck fuer frauen')
    expect(normalizeForSearch('Café')).toBe('cafe')
    // Arabic harakat go, and ta marbuta is folded to ha (a frequent spelling variant).
    expect(normalizeForSearch('مُسَاعَدَة')).toBe('مساعده')
  })

  test('query terms: unique words of two or more letters, at most eight', () => {
    expect(queryTerms('Beratung, beratung in Eisenach!')).toEqual(['beratung', 'in', 'eisenach'])
    expect(queryTerms('a b c')).toEqual([])
    expect(queryTerms('1 22 333 4444 55555 666666 7777777 88888888 999999999 1010')).toHaveLength(8)
    expect(queryTerms(null)).toEqual([])
  })

  test('the index joins texts of every language', () => {
    const text = buildSearchText(['Sprachcafé', 'Language café', null, 'مقهى اللغة'])
    expect(text).toContain('sprachcafe')
    expect(text).toContain('language cafe')
    // Alef maksura is folded to the Persian yeh, like the Arabic yeh.
    expect(text).toContain('مقهی')
  })
})

describe('spoken language names', () => {
  test('in German from our list, else from ICU, else the endonym', () => {
    expect(spokenLanguageName('kmr', 'de')).toBe('Kurmandschi')
    expect(spokenLanguageName('ar', 'en')).toBe('Arabic')
    expect(spokenLanguageName('uk', 'ar')).toMatch(/[\u0600-\u06FF]/)
    expect(spokenLanguageName('zz', 'en')).toBe('zz')
  })
})
