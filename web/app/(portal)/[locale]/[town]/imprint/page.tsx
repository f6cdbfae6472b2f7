import { legalRoute } from '@web/lib/legalRoute'

const route = legalRoute('imprint')

export const generateMetadata = route.generateMetadata
export default route.Page
