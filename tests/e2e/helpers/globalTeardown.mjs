// Closes the browser of the run (globalSetup.mjs).
export default async function globalTeardown() {
  await globalThis.__e2eBrowser?.close()
}
