// Types for scripts/chromium-path.mjs, so that playwright.config.ts can import it under strict TypeScript.
export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
export declare function playwrightChromiumPath(): string | undefined;
export declare function findChromium(): string | undefined;
export declare const CHROMIUM_ARGS: string[];
