// The alerts a reader asks for: filtered by unit subtree, sector, period, state, overdue and awaiting explanation,
// always within the reader's scope, newest raised first.
import type { UnitScope } from '../auth/scope';
import type { LiveData } from '../live/liveData';
import type { AlertRecord } from '../store/alerts';
import type { UnitInEdition } from '../units/unitDirectory';
import { alertBoard } from './alertBoard';
import { isAwaitingExplanation, isOverdue } from './overdue';

export interface AlertFilter {
  /** The reader's scope: always applied. */
  scope: UnitScope;
  /** A subtree (its root's scope, built like an officer's); null for the whole scope. */
  subtree: UnitScope | null;
  sector: string | null;
  period: string | null;
  state: 'OPEN' | 'CLOSED' | null;
  overdue: boolean | null;
  awaitingExplanation: boolean | null;
  today: string;
}

const holds = (scope: UnitScope, unit: UnitInEdition | undefined) =>
  scope.all || (unit !== undefined && (scope.codes.get(unit.edition.edition.id)?.has(unit.unit.code) ?? false));

export async function listAlerts(data: LiveData, filter: AlertFilter): Promise<AlertRecord[]> {
  const board = await alertBoard(data);
  return board.alerts.filter((a) => {
    const unit = board.unitOf(a);
    if (!holds(filter.scope, unit)) return false;
    if (filter.subtree && !holds(filter.subtree, unit)) return false;
    if (filter.sector !== null && data.catalog.byCode.get(a.indicator)?.sector !== filter.sector) return false;
    if (filter.period !== null && a.period !== filter.period) return false;
    if (filter.state !== null && a.state !== filter.state) return false;
    const d = board.directiveOf.get(a.id);
    if (filter.overdue !== null && isOverdue(a, d, filter.today) !== filter.overdue) return false;
    if (filter.awaitingExplanation !== null) {
      const awaiting = a.state === 'OPEN' && isAwaitingExplanation(d);
      if (awaiting !== filter.awaitingExplanation) return false;
    }
    return true;
  });
}
