// The quick report of a unit and period, built from the API's answers with no I/O: statuses counted by sector, the
// values that did not reach their target with each one's alert thread, and the key indicator charted per sector.
// Every renderer (the print page, PDF, XLSX, CSV) reads this one model, so they cannot disagree.
import type { AdminLevel, DirectiveState, Status } from '@/gql/graphql';
import type { Locale } from '../../lib/i18n';

export const STATUSES: readonly Status[] = ['ACHIEVED', 'WARNING', 'AT_RISK', 'NOT_ACHIEVED', 'NO_DATA', 'NO_TARGET'];

export type ReportValue = {
  indicator: { code: string; name: string; nameEn: string; sector: string; unit: string; key: boolean };
  value?: number | null;
  target?: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
  status: Status;
};

export type ReportAlert = {
  id: string;
  unit: { code: string };
  indicator: { code: string };
  state: 'OPEN' | 'CLOSED';
  raisedAt: string;
  directive?: {
    message: string;
    deadline: string;
    state: DirectiveState;
    overdue: boolean;
    agency?: string | null;
    issuedAt: string;
    issuedBy: { displayName: string };
  } | null;
  events: {
    kind: string;
    message?: string | null;
    remedyPlan?: string | null;
    at: string;
    author?: { displayName: string } | null;
  }[];
};

export type ReportPoint = {
  period: string;
  value?: number | null;
  target?: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
};

export type ReportInput = {
  unit: { code: string; fullName: string; level: AdminLevel; edition: { name: string } };
  period: string;
  /** ISO instant the report was made. */
  generatedAt: string;
  sectors: { code: string; name: string; nameEn: string }[];
  values: ReportValue[];
  /** Alerts of the unit's subtree for the period, newest raised first (as the API lists them). */
  alerts: ReportAlert[];
  series: { code: string; points: ReportPoint[] }[];
};

export type StatusCount = Record<Status, number> & { total: number };

export type ExplanationState = 'ACCEPTED' | 'RETURNED' | 'AWAITING_REVIEW';

export type NotAchievedRow = {
  code: string;
  name: string;
  sector: string;
  unitOfMeasure: string;
  value: number | null;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  alert: { id: string; state: 'OPEN' | 'CLOSED'; raisedAt: string } | null;
  directive: {
    message: string;
    deadline: string;
    issuedBy: string;
    agency: string | null;
    state: DirectiveState;
    overdue: boolean;
  } | null;
  explanations: { text: string; remedyPlan: string | null; by: string | null; at: string; state: ExplanationState }[];
};

export type ReportChart = {
  code: string;
  name: string;
  sector: string;
  unitOfMeasure: string;
  status: Status;
  points: ReportPoint[];
};

export type Report = {
  unit: ReportInput['unit'];
  period: string;
  generatedAt: string;
  locale: Locale;
  sectors: { code: string; name: string; counts: StatusCount }[];
  totals: StatusCount;
  notAchieved: NotAchievedRow[];
  charts: ReportChart[];
};

const emptyCount = (): StatusCount => ({
  ACHIEVED: 0,
  WARNING: 0,
  NOT_ACHIEVED: 0,
  NO_DATA: 0,
  NO_TARGET: 0,
  AT_RISK: 0,
  total: 0,
});

/** Worst first: the chart of a sector shows its key indicator furthest from its target. */
const SEVERITY: Record<Status, number> = {
  NOT_ACHIEVED: 0,
  AT_RISK: 1,
  WARNING: 2,
  ACHIEVED: 3,
  NO_TARGET: 4,
  NO_DATA: 5,
};

/** The key indicators to chart: one per sector, the one with the worst status (catalog order breaks ties). */
export function chartIndicators(values: ReportValue[]): string[] {
  const bySector = new Map<string, ReportValue>();
  for (const v of values) {
    if (!v.indicator.key) continue;
    const best = bySector.get(v.indicator.sector);
    if (!best || SEVERITY[v.status] < SEVERITY[best.status]) bySector.set(v.indicator.sector, v);
  }
  return [...bySector.values()].map((v) => v.indicator.code);
}

/** Each explanation of a thread with what the leader did about it: the review that follows it, if any. */
function explanationsOf(alert: ReportAlert): NotAchievedRow['explanations'] {
  const rows: NotAchievedRow['explanations'] = [];
  alert.events.forEach((e, i) => {
    if (e.kind !== 'EXPLANATION') return;
    const review = alert.events
      .slice(i + 1)
      .find((n) => n.kind === 'ACCEPTED' || n.kind === 'RETURNED' || n.kind === 'EXPLANATION');
    const state: ExplanationState =
      review?.kind === 'ACCEPTED' ? 'ACCEPTED' : review?.kind === 'RETURNED' ? 'RETURNED' : 'AWAITING_REVIEW';
    rows.push({
      text: e.message ?? '',
      remedyPlan: e.remedyPlan ?? null,
      by: e.author?.displayName ?? null,
      at: e.at,
      state,
    });
  });
  return rows;
}

/** The unit's own alert for an indicator: the open one, else the latest raised (the list is newest first). */
function alertFor(alerts: ReportAlert[], unit: string, indicator: string): ReportAlert | undefined {
  const own = alerts.filter((a) => a.unit.code === unit && a.indicator.code === indicator);
  return own.find((a) => a.state === 'OPEN') ?? own[0];
}

export function buildReport(input: ReportInput, locale: Locale): Report {
  const sectorName = new Map(input.sectors.map((s) => [s.code, locale === 'en' ? s.nameEn : s.name]));
  const name = (i: ReportValue['indicator']) => (locale === 'en' ? i.nameEn : i.name);
  const counts = new Map<string, StatusCount>();
  const totals = emptyCount();
  for (const v of input.values) {
    const c = counts.get(v.indicator.sector) ?? emptyCount();
    counts.set(v.indicator.sector, c);
    c[v.status] += 1;
    c.total += 1;
    totals[v.status] += 1;
    totals.total += 1;
  }
  const sectors = input.sectors
    .filter((s) => counts.has(s.code))
    .map((s) => ({ code: s.code, name: sectorName.get(s.code) ?? s.code, counts: counts.get(s.code) ?? emptyCount() }));

  const notAchieved = input.values
    .filter((v) => v.status === 'NOT_ACHIEVED')
    .map((v): NotAchievedRow => {
      const alert = alertFor(input.alerts, input.unit.code, v.indicator.code);
      const d = alert?.directive;
      return {
        code: v.indicator.code,
        name: name(v.indicator),
        sector: sectorName.get(v.indicator.sector) ?? v.indicator.sector,
        unitOfMeasure: v.indicator.unit,
        value: v.value ?? null,
        target: v.target ?? null,
        targetLow: v.targetLow ?? null,
        targetHigh: v.targetHigh ?? null,
        alert: alert ? { id: alert.id, state: alert.state, raisedAt: alert.raisedAt } : null,
        directive: d
          ? {
              message: d.message,
              deadline: d.deadline,
              issuedBy: d.issuedBy.displayName,
              agency: d.agency ?? null,
              state: d.state,
              overdue: d.overdue,
            }
          : null,
        explanations: alert ? explanationsOf(alert) : [],
      };
    });

  const byCode = new Map(input.values.map((v) => [v.indicator.code, v]));
  const charts = input.series.flatMap(({ code, points }): ReportChart[] => {
    const v = byCode.get(code);
    if (!v) return [];
    const sector = sectorName.get(v.indicator.sector) ?? v.indicator.sector;
    return [{ code, name: name(v.indicator), sector, unitOfMeasure: v.indicator.unit, status: v.status, points }];
  });

  return {
    unit: input.unit,
    period: input.period,
    generatedAt: input.generatedAt,
    locale,
    sectors,
    totals,
    notAchieved,
    charts,
  };
}
