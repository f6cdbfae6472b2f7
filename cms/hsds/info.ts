/** What `/api/hsds/{town}/` answers (the API reference's `/`); the export repeats it so a download says what it is. */
export const HSDS_INFO = {
  version: '3.0',
  profile: 'https://openreferral.org',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
} as const
