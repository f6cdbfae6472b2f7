// "Use my location" for the directory's filter form (components/directory/UseMyLocation.tsx).
// Plain script, no framework: shown only where the browser can locate.
;(function () {
  if (!('geolocation' in navigator)) return
  document.querySelectorAll('[data-near-me]').forEach(function (fieldset) {
    var button = fieldset.querySelector('[data-near-me-button]')
    var failed = fieldset.querySelector('[data-near-me-failed]')
    if (!button || !button.form) return
    fieldset.hidden = false
    button.hidden = false
    button.addEventListener('click', function () {
      button.disabled = true
      if (failed) failed.textContent = ''
      navigator.geolocation.getCurrentPosition(
        function (pos) {
          var form = button.form
          var field = form.querySelector('input[name="near"]')
          if (!field) {
            field = document.createElement('input')
            field.type = 'hidden'
            field.name = 'near'
            form.append(field)
          }
          field.value = pos.coords.latitude.toFixed(5) + ',' + pos.coords.longitude.toFixed(5)
          field.checked = true
          if (form.requestSubmit) form.requestSubmit()
          else form.submit()
        },
        function () {
          button.disabled = false
          if (failed) failed.textContent = failed.getAttribute('data-near-me-failed')
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
      )
    })
  })
})()
