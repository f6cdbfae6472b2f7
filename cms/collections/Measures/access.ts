import type { Access, Field } from 'payload'
import { organizationIDsOf } from '@cms/access/ids'
import { staffField } from '@cms/access/predicates'
import { isProvider, isStaff } from '@cms/access/roles'

/**
 * Staff change the plan; a provider may update a measure its organisation is responsible for,
 * and there only the progress reports (the other fields are staff-only, below).
 */
export const updateMeasure: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  if (!isProvider(req.user)) return false
  const orgs = organizationIDsOf(req.user)
  return orgs.length ? { responsibleOrganization: { in: orgs } } : false
}

/** Every data field except those named becomes staff-only to change (rows and collapsibles are walked). */
export function staffOnlyExcept(fields: Field[], open: string[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: staffOnlyExcept(field.fields, open) }
    if (!('name' in field) || field.type === 'ui' || open.includes(field.name)) return field
    return { ...field, access: { ...field.access, create: staffField, update: staffField } } as Field
  })
}
