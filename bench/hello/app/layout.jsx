// The reference of bench/http.mjs: the smallest Next.js app, built with the portal's own `next`.
export default function Layout({ children }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  )
}
