import { headers } from 'next/headers'
import { nonceOf } from '@web/lib/securityHeaders'

interface Props {
  /** The current "lat,lng" from the URL, or empty. */
  near: string
  labels: { use: string; note: string; failed: string; near: string }
}

/**
 * "Near me". Without JavaScript a shared `near=` search shows a checkbox that keeps or drops
 * it. With JavaScript, /portal/near-me.js shows "Use my location" where the browser can locate,
 * asks once, puts the position into the form and submits it: the position travels only in
 * this search's URL and is never stored.
 */
export async function UseMyLocation({ near, labels }: Props) {
  const nonce = nonceOf((await headers()).get('content-security-policy'))
  return (
    <fieldset className="field near" data-near-me="" hidden={!near}>
      <legend>{labels.near}</legend>
      {near ? (
        <div className="checkbox">
          <input id="f-near" type="checkbox" name="near" value={near} defaultChecked />
          <label htmlFor="f-near">{labels.near}</label>
        </div>
      ) : null}
      <button type="button" className="button secondary" aria-describedby="near-note" data-near-me-button="" hidden>
        {labels.use}
      </button>
      <p id="near-note" className="hint">
        {labels.note}
      </p>
      <p className="hint" role="alert" data-near-me-failed={labels.failed} />
      <script src="/portal/near-me.js" defer nonce={nonce} />
    </fieldset>
  )
}
