/** Moved to parsers/shared/arm-value.ts (shared with the Bicep evaluator); re-exported for imports in flight. */
export * from '../shared/arm-value.js';
