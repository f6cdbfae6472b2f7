import { legalRoute } from '@web/lib/legalRoute'

const route = legalRoute('privacy')

export const generateMetadata = route.generateMetadata
export default route.Page
