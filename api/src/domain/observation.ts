// Observations: the values of input indicators, one per (indicator, unit, period). The unit code is read in the
// edition valid on the period's last day, so (indicator, unit, period) identifies an observation.
import type { Source } from '@ioc/schema/catalogSchema';

export interface ObservationInput {
  indicator: string;
  unit: string;
  period: string;
  value: number;
}

export interface Observation extends ObservationInput {
  source: Source;
  recordedBy: string;
  recordedAt: Date;
}

/** Who wrote a batch, and through which channel. */
export interface WriteMeta {
  source: Source;
  /** Recorded with the rows and in the audit log: a username, or "import:USER", "seed" for the command line. */
  actor: string;
  /** The user's id for the audit log; null or absent for the command line and the system. */
  actorId?: number | null;
  at?: Date;
}

/** A yearly target of one indicator for one unit (from the People's Council's resolutions). */
export interface TargetInput {
  indicator: string;
  unit: string;
  year: number;
  /** For direction higher/lower. */
  value?: number | null;
  /** For direction range. */
  low?: number | null;
  high?: number | null;
}

export function observationKey(o: { indicator: string; unit: string; period: string }): string {
  return `${o.indicator}|${o.unit}|${o.period}`;
}
