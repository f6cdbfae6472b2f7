/** schema.org data for search engines and assistants, as a JSON data block. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // `<` is escaped so no text in the data can close the script element.
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
