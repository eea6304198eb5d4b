// Overdue: a directive still waiting for an explanation (or returned) past its deadline, on an alert still open.
import type { AlertRecord } from '../store/alerts';
import type { DirectiveRecord } from '../store/directives';
import { isPastDeadline } from './today';

export function isAwaitingExplanation(d: DirectiveRecord | undefined): boolean {
  return d !== undefined && (d.state === 'AWAITING_EXPLANATION' || d.state === 'RETURNED');
}

export function isOverdue(alert: AlertRecord, d: DirectiveRecord | undefined, today: string): boolean {
  return alert.state === 'OPEN' && d !== undefined && isAwaitingExplanation(d) && isPastDeadline(d.deadline, today);
}
