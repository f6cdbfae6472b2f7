import { checkMapping, detectMapping, normalizeHeader } from '@cms/import/mapping'
import { HEADERS } from '../fixtures/import/examples'

describe('import: header detection', () => {
  test.each([
    ['E-Mail-Adresse', 'e mail adresse'],
    ['Straße', 'strasse'],
    ['  Längengrad ', 'laengengrad'],
    ['Sprachen (ISO-Codes)', 'sprachen'],
    ['Kosten [EUR]', 'kosten'],
    ['Träger-ID', 'traeger id'],
  ])('%j is read as %j', (header, normal) => expect(normalizeHeader(header)).toBe(normal))

  test('the example sheet’s German headers all map', () => {
    const { mapping, unmapped, missing } = detectMapping([...HEADERS])
    expect(unmapped).toEqual([])
    expect(missing).toEqual([])
    expect(mapping).toEqual({
      externalId: 'Externe ID',
      organization: 'Organisation',
      title: 'Angebot',
      summary: 'Kurzbeschreibung',
      description: 'Beschreibung',
      kind: 'Kategorie',
      topics: 'Themen',
      audiences: 'Zielgruppe',
      languages: 'Sprachen',
      cost: 'Kosten',
      street: 'Straße',
      postalCode: 'PLZ',
      city: 'Ort',
      latitude: 'Breitengrad',
      longitude: 'Längengrad',
      openingHours: 'Öffnungszeiten',
      phone: 'Telefon',
      email: 'E-Mail',
      website: 'Website',
    })
  })

  test('English headers and other common German names map too', () => {
    const { mapping } = detectMapping(['Service ID', 'Provider', 'Service name', 'Target groups', 'ZIP', 'Town', 'Lat', 'Lng', 'Office hours', 'Träger', 'Anschrift', 'Postleitzahl'])
    expect(mapping).toMatchObject({
      externalId: 'Service ID',
      organization: 'Provider',
      title: 'Service name',
      audiences: 'Target groups',
      postalCode: 'ZIP',
      city: 'Town',
      latitude: 'Lat',
      longitude: 'Lng',
      openingHours: 'Office hours',
      street: 'Anschrift',
    })
  })

  test('the first of two columns for one field wins; the other is listed as unused', () => {
    const { mapping, unmapped } = detectMapping(['Träger', 'Organisation', 'Titel', 'Bemerkung', ''])
    expect(mapping.organization).toBe('Träger')
    expect(unmapped).toEqual(['Organisation', 'Bemerkung'])
  })

  test('a sheet without organisation or title cannot start', () => {
    expect(detectMapping(['Straße', 'PLZ']).missing).toEqual(['title', 'organization'])
  })

  test('an adjusted mapping is checked against the file', () => {
    const headers = ['Name', 'Träger', 'Mail']
    expect(checkMapping({ title: 'Name', organization: 'Träger', email: 'Mail' }, headers)).toEqual([])
    expect(checkMapping({ title: 'Titel', organization: 'Träger' }, headers)).toEqual(['Title: the file has no column “Titel”.'])
    expect(checkMapping({ organization: 'Träger' }, headers)).toEqual(['Title: choose the column (required).'])
  })
})
