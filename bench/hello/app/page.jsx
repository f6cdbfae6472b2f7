// Static: `next build` renders it once and `next start` serves the stored HTML, as fast as
// Next.js serves anything.
export default function Page() {
  return <h1>Hello, world</h1>
}
