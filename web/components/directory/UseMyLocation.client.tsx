'use client'

import { useEffect, useRef, useState } from 'react'

interface Props {
  /** The current "lat,lng" from the URL, or empty. */
  near: string
  labels: { use: string; note: string; failed: string; clear: string; near: string }
}

/**
 * "Near me". Without JavaScript a shared `near=` search shows a checkbox that keeps or drops
 * it. With JavaScript, "Use my location" asks the browser once, puts the position into the
 * form and submits it: the position travels only in this search's URL and is never stored.
 */
export function UseMyLocation({ near, labels }: Props) {
  const button = useRef<HTMLButtonElement>(null)
  const [supported, setSupported] = useState(false)
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle')
  useEffect(() => setSupported('geolocation' in navigator), [])

  const locate = () => {
    setStatus('busy')
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const form = button.current?.form
        if (!form) return
        let field = form.querySelector<HTMLInputElement>('input[name="near"]')
        if (!field) {
          field = document.createElement('input')
          field.type = 'hidden'
          field.name = 'near'
          form.append(field)
        }
        field.value = `${pos.coords.latitude.toFixed(5)},${pos.coords.longitude.toFixed(5)}`
        field.checked = true
        form.requestSubmit()
      },
      () => setStatus('failed'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    )
  }

  if (!near && !supported) return null
  return (
    <fieldset className="field near">
      <legend>{labels.near}</legend>
      {near ? (
        <div className="checkbox">
          <input id="f-near" type="checkbox" name="near" value={near} defaultChecked />
          <label htmlFor="f-near">{labels.near}</label>
        </div>
      ) : null}
      {supported ? (
        <button ref={button} type="button" className="button secondary" onClick={locate} disabled={status === 'busy'} aria-describedby="near-note">
          {labels.use}
        </button>
      ) : null}
      <p id="near-note" className="hint">
        {labels.note}
      </p>
      {status === 'failed' ? (
        <p className="hint" role="alert">
          {labels.failed}
        </p>
      ) : null}
    </fieldset>
  )
}
