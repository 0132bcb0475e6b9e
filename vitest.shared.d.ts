/**
 * Settings every workspace's vitest project shares. The `source` export
 * condition lets a test import a sibling package's TypeScript directly, so
 * `npm test` needs no build first.
 */
export declare const sharedConfig: import("vite").UserConfig;
//# sourceMappingURL=vitest.shared.d.ts.map