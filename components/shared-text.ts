// Texts every page shows — the mail panel, the popup, the orders desk, Check photos: how long a request
// has waited, days to a gate, and the buyer's own bilingual names (shots, stages, gates), all in the
// interface's language.

import { catalog, uiLanguage } from '@/utils/i18n';
import type { LocalText } from '@/utils/store/types';

const s = (n: number) => (n === 1 ? '' : 's');

const en = {
  justNow: 'just now',
  minutesAgo: (m: number) => `${m} min ago`,
  hoursAgo: (h: number) => `${h} h ago`,
  daysAgo: (d: number) => `${d} days ago`,
  dueToday: 'due today',
  daysLeft: (d: number) => `${d} day${s(d)} left`,
  daysOverdue: (d: number) => `${d} day${s(d)} overdue`,
  /** A gate's name as a deadline: "Before cutting fabric". */
  beforeGate: (gate: string) => `Before ${gate}`,
  stageDue: (stage: string) => `${stage} due`,
};

const zh: typeof en = {
  justNow: '刚刚',
  minutesAgo: (m) => `${m} 分钟前`,
  hoursAgo: (h) => `${h} 小时前`,
  daysAgo: (d) => `${d} 天前`,
  dueToday: '今天到期',
  daysLeft: (d) => `还剩 ${d} 天`,
  daysOverdue: (d) => `已逾期 ${d} 天`,
  beforeGate: (gate) => `${gate}前`,
  stageDue: (stage) => `${stage}到期`,
};

/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const sharedCatalogs = { en, 'zh-CN': zh };
export const sharedText = catalog(sharedCatalogs);

/** The buyer's bilingual name in the interface's language; the English one when no Chinese was given. */
export function localText(text: LocalText): string {
  return uiLanguage.value === 'zh-CN' ? text.zh || text.en : text.en || text.zh;
}

/** The same name in the other language, when it has one that differs: shown small beside it. */
export function otherLocalText(text: LocalText): { text: string; lang: string } | undefined {
  const zhUi = uiLanguage.value === 'zh-CN';
  const other = zhUi ? text.en : text.zh;
  if (!other || other === localText(text)) return undefined;
  return { text: other, lang: zhUi ? 'en' : 'zh-CN' };
}

/** `5 days left`, `due today`, `3 days overdue`. */
export function daysLeftText(days: number): string {
  const t = sharedText();
  if (days === 0) return t.dueToday;
  return days > 0 ? t.daysLeft(days) : t.daysOverdue(-days);
}

/** `just now`, `12 min ago`, `5 h ago`, `3 days ago`: how long a request has waited. */
export function agoText(iso: string, now: Date = new Date()): string {
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const t = sharedText();
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t.justNow;
  if (minutes < 60) return t.minutesAgo(minutes);
  const hours = Math.floor(minutes / 60);
  // Up to two days in hours: "30 h ago" says more than "1 day ago" about a reply window.
  if (hours < 48) return t.hoursAgo(hours);
  return t.daysAgo(Math.floor(hours / 24));
}

/** "Before cutting fabric" / "裁布前" for a gate's own name. */
export function gateText(label: LocalText): string {
  return sharedText().beforeGate(localText(label));
}
