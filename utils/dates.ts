// Calendar dates as the buyer reads them. Due dates are days in the buyer's own time zone, so "today" is
// the local date, not the UTC one (a buyer in Shanghai at 07:00 is already on the next day).
import type { DateOnly } from '@/utils/store/types';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, `YYYY-MM-DD`. */
export function todayLocal(now: Date = new Date()): DateOnly {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
