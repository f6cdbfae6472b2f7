import type { PayloadRequest } from 'payload'
import { publishedOrganizationName } from '../collections/Services/hooks/indexSearchText'
import type { ImportContext } from './context'

/**
 * The published names of the organisations whose services the import saves: a service's search
 * text includes its organisation's (Services/hooks/indexSearchText.ts), and its hook takes them
 * from here, read once per organisation and import instead of once per service. An organisation
 * the import saves is read again when next needed.
 */
export class PublishedNames {
  readonly names = new Map<string, string | null>()

  constructor(private ctx: ImportContext) {}

  async need(id: string, req?: Partial<PayloadRequest>): Promise<void> {
    if (!this.names.has(id)) this.names.set(id, await publishedOrganizationName(this.ctx.payload, 'organizations', id, req))
  }

  /** After a save of the organisation `id`, or (no ID) a rollback. */
  forget(id?: string): void {
    if (id === undefined) this.names.clear()
    else this.names.delete(id)
  }
}
