export declare function withoutClientRuntime(html: string, options?: { assetPrefix?: string; basePath?: string }): string
