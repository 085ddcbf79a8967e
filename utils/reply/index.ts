// The re-request drafter: what to ask a supplier for, in English and Simplified Chinese.
export {
  type DraftInput,
  type DraftItem,
  draftReRequest,
  type ReRequestDraft,
  toLogItems,
} from './draft';
export {
  type AskingPhrase,
  FINDING_PHRASES,
  type FindingPhrase,
  GENERAL_REQUESTS,
  type GeneralRequest,
  type InfoOnlyPhrase,
  REQUESTS,
  type RequestKey,
} from './phrases';
export { LANGUAGE_SEPARATOR, type RenderOptions, renderHtml, renderText } from './render';
export {
  DEFAULT_TEMPLATES,
  escapeHtml,
  type FillOptions,
  fillTemplate,
  isPlaceholder,
  PLACEHOLDER_HELP,
  PLACEHOLDERS,
  type Placeholder,
  type TemplateCheck,
  type TemplateLanguage,
  type TemplateValues,
  validateTemplate,
} from './template';
