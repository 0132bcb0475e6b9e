declare const _default: Record<string, any>;
export default _default;
//# sourceMappingURL=vitest.config.d.ts.map
