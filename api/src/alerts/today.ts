// The calendar day in Lâm Đồng (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): deadlines and "overdue" are judged
// against it, not against the server's time zone.

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of `at` in Asia/Ho_Chi_Minh. */
export function localDay(at: Date = new Date()): string {
  return dayFormat.format(at);
}

/** Whether a directive's deadline has passed: the last day to explain is before `today`. */
export function isPastDeadline(deadline: string, today: string): boolean {
  return deadline < today;
}
