import type { CollectionBeforeOperationHook, Payload } from 'payload'
import { noteOperation } from './renderNotes'

const counted: CollectionBeforeOperationHook = ({ args }) => {
  noteOperation()
  return args
}

/**
 * Counts every Local API operation a page render makes (on every collection, Payload's own
 * included), so `PORTAL_SERVER_TIMING=true` and the bench can show what an uncached page costs.
 * Outside a render the hook does nothing. Called once the config is final (onInit).
 */
export function countRenderWork(payload: Payload): void {
  for (const collection of Object.values(payload.collections)) {
    const hooks = collection.config.hooks
    if (hooks.beforeOperation?.includes(counted)) continue
    hooks.beforeOperation = [counted, ...(hooks.beforeOperation ?? [])]
  }
}
