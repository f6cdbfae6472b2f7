'use client'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateField, DateFieldClientComponent } from 'payload'
import { dateLocale } from '@cms/i18n/dateLocales'

type DateProps = NonNullable<NonNullable<DateField['admin']>['date']>

/**
 * Payload's date field, with the admin language's date-fns locale and its word for "time" handed
 * to the picker on the first render. Payload loads its locale in the browser after the first
 * render and registers it with the picker after that, so a German form showed "11/24/2026" and an
 * English "Time" list first (and kept them until something re-rendered the field).
 */
export const LocalDateField: DateFieldClientComponent = (props) => {
  const { i18n, t } = useTranslation()
  const admin = props.field.admin
  const given: DateProps = admin?.date ?? {}
  const date: DateProps = { ...given, overrides: { locale: dateLocale(i18n.dateFNSKey) ?? i18n.dateFNS, timeCaption: t('general:time'), ...given.overrides } }
  return <DateTimeField {...props} field={{ ...props.field, admin: { ...admin, placeholder: admin?.placeholder, date } }} />
}
