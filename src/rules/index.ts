/** Coverage rules: typed data and pure functions. See `evaluate.ts` for the entry point. */
export * from './evaluate.ts';
export * from './federal-rules.ts';
export * from './types.ts';
