import fs from 'node:fs'
import readline from 'node:readline'
import type { RowAction, RowPlan } from '@cms/import'

export const ROWS_PER_PAGE = 50

export interface RowsPage {
  docs: RowPlan[]
  totalDocs: number
  page: number
  totalPages: number
}

/** One page of a run's rows, optionally of one action, read line by line from its row log. */
export async function readRows(file: string, action: RowAction | null, page: number): Promise<RowsPage> {
  const docs: RowPlan[] = []
  let totalDocs = 0
  if (fs.existsSync(file)) {
    const first = (page - 1) * ROWS_PER_PAGE
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })
    for await (const line of lines) {
      if (!line) continue
      // Cheap pre-filter on the raw line; parse only what may be shown.
      if (action && !line.includes(`"action":"${action}"`)) continue
      const plan = JSON.parse(line) as RowPlan
      if (action && plan.action !== action) continue
      if (totalDocs >= first && docs.length < ROWS_PER_PAGE) docs.push(plan)
      totalDocs++
    }
  }
  return { docs, totalDocs, page, totalPages: Math.max(1, Math.ceil(totalDocs / ROWS_PER_PAGE)) }
}
