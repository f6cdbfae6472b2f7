export declare function withoutClientRuntime(html: string, options?: { assetPrefix?: string; basePath?: string }): string
export declare function withoutClientRuntime(html: Buffer, options?: { assetPrefix?: string; basePath?: string }): Buffer
