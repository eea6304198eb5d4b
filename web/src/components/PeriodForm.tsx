// Chooses the period (and so the administrative edition) by a plain GET form: works without JavaScript.
import Link from 'next/link';

export function PeriodForm({ action, period }: { action: string; period?: string }) {
  return (
    <form className="period-form" action={action} method="get">
      <label htmlFor="period">Kỳ báo cáo</label>
      <input id="period" name="period" defaultValue={period ?? ''} placeholder="2025-07, 2025-Q3, 2025" size={12} />
      <button type="submit">Xem</button>
      <Link href={`${action}?period=2025-06`}>Trước 01/07/2025 (có cấp huyện)</Link>
      <Link href={action}>Hiện hành</Link>
    </form>
  );
}
