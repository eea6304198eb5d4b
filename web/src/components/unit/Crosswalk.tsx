// The 2025 reform's crosswalk from a unit: the old communes a new one was formed from (read in the last month before
// the reform), or the new commune(s) an old one went into (read today). Links keep the tab and the language; like
// every link to another unit, they load its page whole (links within a unit's page navigate on the client).
import { messages } from '@/lib/i18n';
import { type UnitState, unitHref } from './unitState';

const WORDS = {
  vi: { formed: 'Hình thành từ (trước 01/07/2025)', merged: 'Từ 01/07/2025 thuộc' },
  en: { formed: 'Formed from (before 01/07/2025)', merged: 'From 01/07/2025 part of' },
};

type Unit = { code: string; fullName: string; parent?: { fullName: string } | null };

type Props = { state: UnitState; formedFrom: readonly Unit[]; mergedInto: readonly Unit[] };

export function Crosswalk({ state, formedFrom, mergedInto }: Props) {
  const m = messages(state.lang, WORDS);
  const kept = { ...state, sort: undefined, dir: undefined, period: undefined, asOf: undefined };
  return (
    <>
      {formedFrom.length > 0 && (
        <section aria-labelledby="formed-heading">
          <h2 id="formed-heading">{m.formed}</h2>
          <ul className="children">
            {formedFrom.map((c) => (
              <li key={c.code}>
                <a href={unitHref(c.code, kept, { period: '2025-06' })}>{c.fullName}</a>
                {c.parent && <span className="meta"> · {c.parent.fullName}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {mergedInto.length > 0 && (
        <section aria-labelledby="merged-heading">
          <h2 id="merged-heading">{m.merged}</h2>
          <ul className="children">
            {mergedInto.map((c) => (
              <li key={c.code}>
                <a href={unitHref(c.code, kept)}>{c.fullName}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
