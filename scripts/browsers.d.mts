/** Types of `browsers.mjs`, for the end-to-end tests written in TypeScript. */
export const FIREFOX_PATH: string;
export const INSTALL_CHROMIUM: string;
export const INSTALL_FIREFOX: string;
export function findChromium(): string | undefined;
export function chromiumFlags(extensionDir: string): string[];
