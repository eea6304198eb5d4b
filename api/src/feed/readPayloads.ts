// Reads a feed's JSON response through its declarative mapping into payloads of observations. A response whose shape
// is wrong is refused whole, with the located reason (`goiTin[2].soThuTu: expected ...`); a record that is shaped
// right but names no known unit is judged later, when the values are applied.
import { type FeedMapping, readPath } from '@ioc/schema/feedMapping';
import type { ObservationInput } from '../domain/observation';

export interface FeedRecordItem extends ObservationInput {
  /** Where the record sits in the response, for messages: goiTin[0].duLieu[3]. */
  at: string;
}

export interface ReadPayload {
  sequence: number;
  generatedAt: Date;
  items: FeedRecordItem[];
}

export type ReadResult = { ok: true; payloads: ReadPayload[]; hasMore: boolean } | { ok: false; error: string };

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function readPayloads(mapping: FeedMapping, body: unknown): ReadResult {
  const { response, payload, record } = mapping;
  const problems: string[] = [];
  const list = readPath(body, response.payloads);
  if (!Array.isArray(list))
    return { ok: false, error: `${response.payloads}: expected a list of payloads, got ${show(list)}` };
  const more = readPath(body, response.hasMore);
  if (more !== undefined && typeof more !== 'boolean')
    problems.push(`${response.hasMore}: expected true or false, got ${show(more)}`);
  const payloads: ReadPayload[] = [];
  for (const [i, p] of list.entries()) {
    const here = `${response.payloads}[${i}]`;
    const sequence = readPath(p, payload.sequence);
    const generated = readPath(p, payload.generatedAt);
    const records = readPath(p, payload.records);
    if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0) {
      problems.push(`${here}.${payload.sequence}: expected a whole number, got ${show(sequence)}`);
    }
    const generatedAt = typeof generated === 'string' ? new Date(generated) : null;
    if (!generatedAt || Number.isNaN(generatedAt.getTime())) {
      problems.push(`${here}.${payload.generatedAt}: expected an ISO 8601 date-time, got ${show(generated)}`);
    }
    if (!Array.isArray(records)) {
      problems.push(`${here}.${payload.records}: expected a list of records, got ${show(records)}`);
      continue;
    }
    const items: FeedRecordItem[] = [];
    for (const [j, r] of records.entries()) {
      const at = `${here}.${payload.records}[${j}]`;
      const unit = readPath(r, record.unit);
      const period = readPath(r, record.period);
      if (typeof unit !== 'string' || unit === '')
        problems.push(`${at}.${record.unit}: expected a unit code, got ${show(unit)}`);
      if (typeof period !== 'string' || period === '')
        problems.push(`${at}.${record.period}: expected a period, got ${show(period)}`);
      for (const [indicator, field] of Object.entries(record.values)) {
        const value = readPath(r, field);
        // A missing field or null: the center has no figure for that unit yet; nothing is written for it.
        if (value === undefined || value === null) continue;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          problems.push(`${at}.${field}: expected a number, got ${show(value)}`);
          continue;
        }
        items.push({ indicator, unit: String(unit), period: String(period), value, at });
      }
    }
    if (problems.length > 0) continue;
    payloads.push({ sequence: sequence as number, generatedAt: generatedAt as Date, items });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    return { ok: false, error: problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown };
  }
  return { ok: true, payloads, hasMore: more === true };
}
