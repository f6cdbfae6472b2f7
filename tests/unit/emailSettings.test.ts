import { emailSettingsFromEnv, EmailSettingsError, parseSender } from '@cms/email/settings'

describe('e-mail settings from the environment (SMTP_URL | SMTP_HOST…, EMAIL_FROM)', () => {
  test('nothing set: the console, with a default sender', () => {
    expect(emailSettingsFromEnv({})).toEqual({ from: { name: 'Integrationsportal', address: 'no-reply@localhost' }, smtp: null })
  })

  test('SMTP_URL with login, STARTTLS port by default, smtps:// is TLS on 465', () => {
    expect(emailSettingsFromEnv({ SMTP_URL: 'smtp://mailer:p%40ss@mail.example.org', EMAIL_FROM: 'portal@example.org' }).smtp).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: { user: 'mailer', pass: 'p@ss' },
    })
    expect(emailSettingsFromEnv({ SMTP_URL: 'smtps://mail.example.org', EMAIL_FROM: 'portal@example.org' }).smtp).toEqual({ host: 'mail.example.org', port: 465, secure: true })
  })

  test('SMTP_HOST with port, user and password', () => {
    const settings = emailSettingsFromEnv({ SMTP_HOST: 'relay.kommune.de', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASSWORD: 'p', EMAIL_FROM: '"Stadt Eisenach" <integration@eisenach.de>' })
    expect(settings).toEqual({ from: { name: 'Stadt Eisenach', address: 'integration@eisenach.de' }, smtp: { host: 'relay.kommune.de', port: 465, secure: true, auth: { user: 'u', pass: 'p' } } })
    expect(emailSettingsFromEnv({ SMTP_HOST: 'relay', EMAIL_FROM: 'a@b.de' }).smtp).toEqual({ host: 'relay', port: 587, secure: false })
  })

  test.each([
    [{ SMTP_URL: 'smtp://a', SMTP_HOST: 'b', EMAIL_FROM: 'a@b.de' }, /either SMTP_URL or SMTP_HOST/],
    [{ SMTP_URL: 'http://mail.example.org', EMAIL_FROM: 'a@b.de' }, /smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'not a url', EMAIL_FROM: 'a@b.de' }, /not a URL/],
    [{ SMTP_HOST: 'relay', SMTP_PORT: '99999', EMAIL_FROM: 'a@b.de' }, /SMTP_PORT "99999"/],
    [{ SMTP_HOST: 'relay', SMTP_PASSWORD: 'p', EMAIL_FROM: 'a@b.de' }, /without SMTP_USER/],
    [{ SMTP_HOST: 'relay' }, /EMAIL_FROM is required/],
    [{ EMAIL_FROM: 'portal at example' }, /EMAIL_FROM "portal at example"/],
  ])('a mistake is said at start: %j', (env, message) => {
    expect(() => emailSettingsFromEnv(env)).toThrow(EmailSettingsError)
    expect(() => emailSettingsFromEnv(env)).toThrow(message)
  })

  test('senders: named, quoted, bare', () => {
    expect(parseSender('Integrationsportal <p@x.de>')).toEqual({ name: 'Integrationsportal', address: 'p@x.de' })
    expect(parseSender('<p@x.de>')).toEqual({ name: 'Integrationsportal', address: 'p@x.de' })
    expect(parseSender(' p@x.de ')).toEqual({ name: 'Integrationsportal', address: 'p@x.de' })
  })
})
