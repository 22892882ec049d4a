// The renderer imports its platform as `@platform`. The bundler points that alias at
// `electron.ts` (electron.vite.config.ts) or `browser.ts` (vite.web.config.ts); TypeScript
// checks the renderer against the contract alone, so both implementations must satisfy it.
import type { Platform } from './platform'
export declare const platform: Platform
