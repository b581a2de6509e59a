export * from './types';
export * from './units';
export { extractClaims, type ExtractOptions } from './extract/extract';
