export declare const REQUEST_ID_SLOT: string
export declare const RTL_LOCALES: Set<string>
export interface ErrorTexts {
  title: string
  body: string
  retry: string
  reference: string
  unavailableTitle: string
  unavailableBody: string
  portalName: string
}
export declare function loadErrorTexts(dir: string): Record<string, ErrorTexts>
export declare function localeOfPath(url: string | undefined, texts: Record<string, ErrorTexts>, fallback?: string): string
interface ErrorPageInput {
  status: number
  locale: string
  texts: Record<string, ErrorTexts>
  requestId: string
}
export declare function errorPage(input: ErrorPageInput): string
export declare function errorText(input: ErrorPageInput): string
export declare const RETRY_AFTER_SECONDS: number
