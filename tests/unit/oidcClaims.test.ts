import { accessFromClaims, claimValues, clientSecretVariable, issuerProblem, safeAdminPath } from '@shared/oidcClaims'

const town = (id: string, editorValues: string[], adminValues: string[] = [], claim = 'groups') => ({ town: id, claim, editorValues, adminValues })

describe('claims of a town identity provider', () => {
  test('claim values come as lists, separated strings or nested paths; other shapes count as none', () => {
    expect(claimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b'])
    expect(claimValues({ roles: 'a b,c' }, 'roles')).toEqual(['a', 'b', 'c'])
    expect(claimValues({ realm_access: { roles: ['editor'] } }, 'realm_access.roles')).toEqual(['editor'])
    expect(claimValues({ 'https://example.org/groups': ['x'] }, 'https://example.org/groups')).toEqual(['x'])
    expect(claimValues({ groups: { a: 1 } }, 'groups')).toEqual([])
    expect(claimValues({}, 'groups')).toEqual([])
  })

  test('an editor of each town whose group the person holds; admin only through an admin group', () => {
    const towns = [town('t1', ['integration-t1'], ['portal-admins']), town('t2', ['integration-t2'])]
    expect(accessFromClaims({ groups: ['integration-t1', 'other'] }, towns)).toEqual({ role: 'editor', towns: ['t1'] })
    expect(accessFromClaims({ groups: ['integration-t1', 'integration-t2'] }, towns)).toEqual({ role: 'editor', towns: ['t1', 't2'] })
    expect(accessFromClaims({ groups: ['portal-admins'] }, towns)).toEqual({ role: 'admin', towns: [] })
    // A group removed at the provider: no access at all.
    expect(accessFromClaims({ groups: ['other'] }, towns)).toBeNull()
    expect(accessFromClaims({}, towns)).toBeNull()
    // A town without admin values makes nobody admin, whatever the claims say.
    expect(accessFromClaims({ groups: [''] }, [town('t1', ['e'])])).toBeNull()
  })

  test('issuers: https anywhere, http only on this machine', () => {
    expect(issuerProblem('https://login.eisenach.de/realms/staff')).toBeNull()
    expect(issuerProblem('http://127.0.0.1:4000')).toBeNull()
    expect(issuerProblem('http://localhost:8080/realms/x')).toBeNull()
    expect(issuerProblem('http://login.eisenach.de')).toBe('insecure')
    expect(issuerProblem('login.eisenach.de')).toBe('format')
    expect(issuerProblem('https://login.eisenach.de/?x=1')).toBe('format')
    expect(issuerProblem('ftp://login.eisenach.de')).toBe('format')
  })

  test('the secret variable is named after the town slug', () => {
    expect(clientSecretVariable('eisenach')).toBe('OIDC_CLIENT_SECRET_EISENACH')
    expect(clientSecretVariable('schmalkalden-meiningen')).toBe('OIDC_CLIENT_SECRET_SCHMALKALDEN_MEININGEN')
  })

  test('after the login only admin paths: no open redirect', () => {
    expect(safeAdminPath('/admin/collections/news', '/admin')).toBe('/admin/collections/news')
    expect(safeAdminPath('https://evil.example/admin', '/admin')).toBe('/admin')
    expect(safeAdminPath('//evil.example/admin', '/admin')).toBe('/admin')
    expect(safeAdminPath('/administrator', '/admin')).toBe('/admin')
    expect(safeAdminPath('/\\evil.example', '/admin')).toBe('/admin')
    expect(safeAdminPath(null, '/admin')).toBe('/admin')
  })
})

describe('the sealed cookie of a started sign-in', () => {
  test('only this installation reads it back, and any change makes it nothing', async () => {
    const { seal, unseal } = await import('@cms/auth/oidc/sealed')
    const sealed = seal('secret-one', { state: 's', verifier: 'v' })
    expect(unseal('secret-one', sealed)).toEqual({ state: 's', verifier: 'v' })
    expect(unseal('secret-two', sealed)).toBeNull()
    const [iv, data, tag] = sealed.split('.')
    const flipped = `${data?.startsWith('A') ? 'B' : 'A'}${data?.slice(1)}`
    expect(unseal('secret-one', [iv, flipped, tag].join('.'))).toBeNull()
    expect(unseal('secret-one', 'not-this-one')).toBeNull()
    expect(sealed).not.toContain('verifier')
  })
})
