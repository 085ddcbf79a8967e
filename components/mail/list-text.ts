// The words of the message-list mark and its notice, in the interface's languages.
import { catalog, uiLanguage } from '@/utils/i18n';
import type { ListMark } from '@/utils/triage/list-marks';

/** "Tue" within the last week, else "3 Dec": the buyer's own calendar, in the interface language. */
export function sinceDay(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const locale = uiLanguage.value === 'zh-CN' ? 'zh-CN' : 'en-GB';
  const recent = now.getTime() - date.getTime() < 6 * 86_400_000;
  return new Intl.DateTimeFormat(
    locale,
    recent ? { weekday: 'short' } : { day: 'numeric', month: 'short' },
  ).format(date);
}

const en = {
  photos: '📷 supplier photos',
  good: (n: number) => `✓ ${n} good`,
  retake: (n: number) => `✗ ${n} to re-request`,
  check: (n: number) => `! ${n} to check`,
  awaiting: (day: string) => `awaiting answer since ${day}`,
  /** Read by screen readers with the row. */
  speechPrefix: 'Photo Triage:',
  unreadable:
    'Photo Triage cannot read this message list (its layout changed): supplier emails are not marked here. Open a message to check its photos.',
  dismiss: 'Dismiss',
};

const zh: typeof en = {
  photos: '📷 供应商照片',
  good: (n) => `✓ ${n} 张合格`,
  retake: (n) => `✗ ${n} 张需补发`,
  check: (n) => `! ${n} 张待查看`,
  awaiting: (day) => `${day}起等待回复`,
  speechPrefix: '照片检查：',
  unreadable: '照片检查无法读取此邮件列表（页面布局已变）：此处不标记供应商邮件。打开邮件即可检查照片。',
  dismiss: '关闭',
};

/** Both languages, the Chinese typed as the English (one rule for every catalog file). */
export const listCatalogs = { en, 'zh-CN': zh };
export const listText = catalog(listCatalogs);

export type NeedTone = 'awaiting' | 'retake' | 'check' | 'good';

/** What a thread's photos need, most pressing first: each with its tone, for a badge's colour. */
export function markNeeds(mark: ListMark, now?: Date): { text: string; tone: NeedTone }[] {
  const t = listText();
  const needs: { text: string; tone: NeedTone }[] = [];
  if (mark.state === 'awaiting' && mark.awaitingSince)
    needs.push({ text: t.awaiting(sinceDay(mark.awaitingSince, now)), tone: 'awaiting' });
  if (mark.retake > 0) needs.push({ text: t.retake(mark.retake), tone: 'retake' });
  if (mark.check > 0) needs.push({ text: t.check(mark.check), tone: 'check' });
  if (mark.good > 0) needs.push({ text: t.good(mark.good), tone: 'good' });
  return needs;
}

/** The parts of a mark, in reading order: what it is, its PO, then what the photos need. */
export function markParts(mark: ListMark, now?: Date): string[] {
  return [listText().photos, ...(mark.po ? [mark.po] : []), ...markNeeds(mark, now).map((n) => n.text)];
}
