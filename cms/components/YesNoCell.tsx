'use client'

import { useTranslation } from '@payloadcms/ui'
import type { CheckboxFieldClient, DefaultCellComponentProps } from 'payload'

/**
 * A tick box in a list column as a word in the admin language (Ja / Nein, نعم / لا), instead of
 * Payload's `true` / `false`, which a counselling worker should not have to read. An unset box
 * counts as no, as it does in the form.
 */
export function YesNoCell({ cellData }: DefaultCellComponentProps<CheckboxFieldClient>) {
  const { t } = useTranslation()
  return <span>{cellData ? t('general:yes') : t('general:no')}</span>
}
