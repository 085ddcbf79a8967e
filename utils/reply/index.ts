// The re-request drafter: what to ask a supplier for, in English and Simplified Chinese.
// Only what the product imports from here; the modules below export more for each other.
export { draftReRequest, type ReRequestDraft, toLogItems } from './draft';
export { renderText } from './render';
