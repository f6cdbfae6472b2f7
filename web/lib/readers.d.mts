export declare function isReader(headers: Headers | Record<string, string | string[] | undefined>): boolean
