export declare const NEEDS_RUNTIME: 'data-needs-runtime'
export declare function withoutClientRuntime(html: string): string
