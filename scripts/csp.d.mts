// Types for scripts/csp.mjs, so that vite.config.ts and the e2e tests can import it under strict TypeScript.
export declare const POLICY: Readonly<Record<string, readonly string[]>>;
export declare const HEADER_POLICY: string;
export declare const META_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
