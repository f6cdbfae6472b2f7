import { legalRoute } from '../../../../../lib/legalRoute'

const route = legalRoute('privacy')

export const generateMetadata = route.generateMetadata
export default route.Page
