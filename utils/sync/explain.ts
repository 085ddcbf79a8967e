// A photo's decision as one line of text, with who made it and what it replaced: "Rejected by Li Wei,
// 10:42, after Tom accepted it at 10:40". Pure; the time format is the caller's (the page's locale).
import type { Language, PhotoEvent, PhotoStatus } from '@/utils/store/types';

type Fmt = (iso: string) => string;

interface Words {
  decided: (state: 'accepted' | 'rejected', by: string | undefined, at: string) => string;
  after: (e: { state: PhotoEvent['state']; by?: string; at: string; order?: string }) => string;
}

const en: Words = {
  decided: (state, by, at) =>
    `${state === 'accepted' ? 'Accepted' : 'Rejected'}${by ? ` by ${by}` : ''}, ${at}`,
  after: ({ state, by, at, order }) => {
    const who = by ?? 'someone';
    if (state === 'unfiled')
      return `taken off order ${order ?? ''} when ${who} deleted it at ${at}`.replace('  ', ' ');
    if (state === 'pending') return `after ${who} reopened it at ${at}`;
    return `after ${who} ${state} it at ${at}`;
  },
};

const zh: typeof en = {
  decided: (state, by, at) => `${by ? `${by} ` : ''}${at} ${state === 'accepted' ? '已接受' : '已拒绝'}`,
  after: ({ state, by, at, order }) => {
    const who = by ?? '他人';
    if (state === 'unfiled') return `${who} 于 ${at} 删除订单${order ? ` ${order}` : ''}，照片已移出该订单`;
    if (state === 'pending') return `此前 ${who} 于 ${at} 重新打开`;
    return `此前 ${who} 于 ${at} ${state === 'accepted' ? '接受' : '拒绝'}`;
  },
};

const WORDS: Record<Language, Words> = { en, 'zh-CN': zh };

/**
 * The decision and the last thing it replaced, or undefined when there is nothing to say beyond the
 * status itself (a decision made here with no history: the screens already show ✓ / ✗).
 */
export function decisionLine(status: PhotoStatus, language: Language, fmt: Fmt): string | undefined {
  const w = WORDS[language];
  const last = status.history?.at(-1);
  const parts: string[] = [];
  if (status.state !== 'pending' && (status.by || last))
    parts.push(w.decided(status.state, status.by, fmt(status.at)));
  if (last) parts.push(w.after({ ...last, at: fmt(last.at) }));
  if (!parts.length) return undefined;
  return language === 'zh-CN' ? parts.join('，') : parts.join(', ');
}
