// What the benches that write need: the demo editor's login and a REST call as them.

/** The demo editor (the password the demo database was seeded with). */
export const EDITOR = { email: 'editor@eisenach.example.org', password: process.env.DEMO_PASSWORD || 'demo-portal-2026' }

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** A REST call below `base` as the holder of `token`; resolves to the status and the parsed body (null if none). */
export async function api(base, method, apiPath, token, body) {
  const res = await fetch(base + apiPath, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}
