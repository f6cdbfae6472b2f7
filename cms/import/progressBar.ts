/** A progress line on stderr: a redrawn bar on a terminal, a line every 10 % in a log. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30) {
  const started = Date.now()
  let lastDraw = 0
  let lastTenth = -1
  return {
    update(done: number, total: number | undefined, force = false) {
      const now = Date.now()
      const rate = done / Math.max((now - started) / 1000, 0.001)
      const share = total ? Math.min(1, done / total) : 0
      if (stream.isTTY) {
        if (!force && now - lastDraw < 100) return
        lastDraw = now
        const filled = Math.round(share * width)
        const left = total && rate > 0 ? `, ${Math.ceil((total - done) / rate)} s left` : ''
        const bar = total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : ''
        stream.write(`\r${bar}${done}${total ? `/${total}` : ''} rows (${rate.toFixed(0)} rows/s${left})\x1b[K`)
      } else if (total) {
        const tenth = Math.floor(share * 10)
        if (tenth > lastTenth || force) {
          lastTenth = tenth
          stream.write(`${done}/${total} rows (${Math.round(share * 100)} %, ${rate.toFixed(0)} rows/s)\n`)
        }
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n')
    },
  }
}
