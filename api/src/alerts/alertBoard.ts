// Every alert with its current directive, loaded once per LiveData.version (any write, or another process's alert
// change, moves the version): what Query.alerts filters and AdminUnit.alertCounts counts, without a query per unit.
import { parsePeriod } from '@ioc/schema/period';
import type { LiveData } from '../live/liveData';
import { type AlertRecord, loadAlerts } from '../store/alerts';
import { type DirectiveRecord, loadDirectives } from '../store/directives';
import type { UnitInEdition } from '../units/unitDirectory';
import { isAwaitingExplanation, isOverdue } from './overdue';

export interface AlertCounts {
  open: number;
  awaitingExplanation: number;
  overdue: number;
}

export interface AlertBoard {
  /** Newest raised first. */
  alerts: AlertRecord[];
  byId: ReadonlyMap<number, AlertRecord>;
  /** The latest directive of each alert that has one. */
  directiveOf: ReadonlyMap<number, DirectiveRecord>;
  directiveById: ReadonlyMap<number, DirectiveRecord>;
  /** Each alert's unit, in the edition of its period (undefined if the units no longer have it). */
  unitOf(alert: AlertRecord): UnitInEdition | undefined;
  /** Open alerts of a unit and every unit below it in its edition, as of `today`. */
  countsOf(unit: UnitInEdition, today: string): AlertCounts;
}

const EMPTY: AlertCounts = { open: 0, awaitingExplanation: 0, overdue: 0 };

export function alertBoard(data: LiveData): Promise<AlertBoard> {
  return data.derived('alerts:board', () => loadBoard(data));
}

async function loadBoard(data: LiveData): Promise<AlertBoard> {
  const knex = data.db.em().getKnex();
  const [alerts, directives] = await Promise.all([loadAlerts(knex), loadDirectives(knex)]);
  const directiveOf = new Map<number, DirectiveRecord>();
  for (const d of directives) directiveOf.set(d.alertId, d); // ascending ids: the latest wins
  const units = new Map<number, UnitInEdition | undefined>();
  for (const a of alerts) {
    const edition = data.units.editionFor(parsePeriod(a.period));
    units.set(a.id, edition && data.units.get(edition, a.unit));
  }
  const countsByDay = new Map<string, Map<string, AlertCounts>>();
  const countsFor = (today: string) => {
    let counts = countsByDay.get(today);
    if (counts) return counts;
    counts = new Map();
    for (const a of alerts) {
      const unit = units.get(a.id);
      if (a.state !== 'OPEN' || !unit) continue;
      const d = directiveOf.get(a.id);
      const awaiting = isAwaitingExplanation(d) ? 1 : 0;
      const overdue = isOverdue(a, d, today) ? 1 : 0;
      const edition = unit.edition.edition.id;
      for (const u of [unit.unit, ...unit.edition.ancestors(unit.unit.code)]) {
        const key = `${edition}|${u.code}`;
        const c = counts.get(key) ?? { ...EMPTY };
        c.open++;
        c.awaitingExplanation += awaiting;
        c.overdue += overdue;
        counts.set(key, c);
      }
    }
    countsByDay.set(today, counts);
    return counts;
  };
  return {
    alerts,
    byId: new Map(alerts.map((a) => [a.id, a])),
    directiveOf,
    directiveById: new Map(directives.map((d) => [d.id, d])),
    unitOf: (alert) => units.get(alert.id),
    countsOf: (unit, today) => countsFor(today).get(`${unit.edition.edition.id}|${unit.unit.code}`) ?? EMPTY,
  };
}
