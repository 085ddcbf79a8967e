// The team sync status in words, and the clock its times and the photos' decisions are shown in: one
// formatter for Settings → Team, the desk's sidebar, the mail panel and the checklist's decision lines.
import { uiLanguage } from '@/utils/i18n';
import type { TeamStatus } from '@/utils/sync/config';
import { teamText } from './team-text';

/** Hours and minutes in the interface's language ("10:42 AM", "10:42"). */
export const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString(uiLanguage.value === 'zh-CN' ? 'zh-CN' : 'en', {
    hour: '2-digit',
    minute: '2-digit',
  });

/** The status as the buyer reads it: what is happening, or what went wrong and what to do. */
export function teamStatusText(status: TeamStatus | undefined): string {
  const t = teamText();
  switch (status?.state ?? 'off') {
    case 'synced':
      return t.status.synced(clock((status as { at: string }).at));
    case 'syncing':
      return t.status.syncing((status as { pending: number }).pending);
    case 'offline':
      return t.status.offline(clock((status as { since: string }).since));
    case 'error':
      return t.problems[(status as { problem: keyof typeof t.problems }).problem];
    default:
      return t.status.off;
  }
}
