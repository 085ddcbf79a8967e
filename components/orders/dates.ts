// Dates as the buyer reads them ("today" itself is utils/dates.ts: the background needs it too).
import { text } from './text';

export { todayLocal } from '@/utils/dates';

/** `5 days left`, `1 day left`, `due today`, `1 day overdue`, `3 days overdue`. */
export function daysLeftText(days: number): string {
  if (days === 0) return text().dueToday;
  if (days > 0) return text().daysLeft(days);
  return text().daysOverdue(-days);
}

/** `just now`, `12 min ago`, `5 h ago`, `3 days ago`: how long a request has waited. */
export function agoText(iso: string, now: Date = new Date()): string {
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return text().justNow;
  if (minutes < 60) return text().minutesAgo(minutes);
  const hours = Math.floor(minutes / 60);
  // Up to two days in hours: "30 h ago" says more than "1 day ago" about a reply window.
  if (hours < 48) return text().hoursAgo(hours);
  return text().daysAgo(Math.floor(hours / 24));
}
