// The orders desk's words (options page), English and Simplified Chinese, one file per page in ./words.
// Each page's `zh` has the type of its `en`, so a text missing in Chinese fails the type check; functions
// carry the texts with numbers and names.
import { catalog } from '@/utils/i18n';
import * as backup from './words/backup';
import * as common from './words/common';
import * as order from './words/order';
import * as orders from './words/orders';
import * as settings from './words/settings';
import * as suppliers from './words/suppliers';
import * as templates from './words/templates';

const en = {
  ...common.en,
  ...orders.en,
  ...order.en,
  ...suppliers.en,
  ...templates.en,
  ...settings.en,
  ...backup.en,
};

const zh: typeof en = {
  ...common.zh,
  ...orders.zh,
  ...order.zh,
  ...suppliers.zh,
  ...templates.zh,
  ...settings.zh,
  ...backup.zh,
};

/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const optionsCatalogs = { en, 'zh-CN': zh };
export const text = catalog(optionsCatalogs);
