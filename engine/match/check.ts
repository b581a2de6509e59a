/** The verdict pipeline lives in `engine/verdict/`; this module keeps the old import path working. */
export { Checker, toFactRef } from '../verdict/checker';
export type { CheckContext, CheckedClaim, Explain, FactRef, Reason } from '../verdict/types';
