import { legalRoute } from '../../../../../lib/legalRoute'

const route = legalRoute('imprint')

export const generateMetadata = route.generateMetadata
export default route.Page
