// The explanation of one value: for a derived indicator its formula, the formula with the values substituted and each
// input (a link to its own explanation); for an input indicator the roll-up rules, the periods, every unit's part with
// the source, author and time of its observations, the units that did not report and the old units of the crosswalk.
import Link from 'next/link';
import type { ValueExplanationQuery } from '@/gql/graphql';
import { formatDateTime, formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { levelLabel, sourceLabel, timeAggregationLabel, unitsAggregationLabel } from '../indicator/enumLabels';
import { StatusBadge } from '../unit/StatusBadge';
import styles from './ExplanationPanel.module.css';
import { EXPLAIN_WORDS } from './explainWords';
import { explanationHref } from './explanationHref';

type Value = NonNullable<NonNullable<ValueExplanationQuery['unit']>['value']>;

export function ExplanationPanel({ unit, value: v, locale }: { unit: string; value: Value; locale: Locale }) {
  const m = messages(locale, EXPLAIN_WORDS);
  const e = v.explanation;
  const nameOf = (i: { name: string; nameEn: string }) => (locale === 'en' ? i.nameEn : i.name);
  const link = (code: string, indicator: string, period: string) =>
    withLang(explanationHref(code, indicator, period), locale);
  return (
    <section className={styles.panel} aria-labelledby="explanation-heading" data-how={e.how}>
      <h2 id="explanation-heading">{m.title}</h2>
      <p className={styles.value}>
        {m.value}: <data value={v.value ?? ''}>{formatNumber(locale, v.value)}</data> {v.indicator.unit} ·{' '}
        {formatPeriod(locale, v.period)} <StatusBadge status={v.status} locale={locale} />
      </p>
      {e.how === 'NOT_COLLECTED_AT_LEVEL' && <p>{m.notCollected}</p>}
      {e.how === 'FORMULA' && (
        <>
          <dl className={styles.formula}>
            <dt>{m.formula}</dt>
            <dd>
              <code>{e.formula}</code>
            </dd>
            <dt>{m.substituted}</dt>
            <dd>
              <code data-part="substituted">{e.substituted}</code> = <strong>{formatNumber(locale, v.value)}</strong>
            </dd>
          </dl>
          <h3>{m.inputs}</h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{m.input}</th>
                <th scope="col">{m.period}</th>
                <th scope="col">{m.value}</th>
                <th scope="col">{m.completeness}</th>
              </tr>
            </thead>
            <tbody>
              {e.terms.map((t) => (
                <tr key={`${t.indicator.code}|${t.period}|${t.yearToDate}`} data-input={t.indicator.code}>
                  <td>
                    <Link href={link(unit, t.indicator.code, t.period)} prefetch={false}>
                      {nameOf(t.indicator)}
                    </Link>{' '}
                    <code>{t.indicator.code}</code>
                    {t.yearToDate && ` (${m.ytd})`}
                  </td>
                  <td>{formatPeriod(locale, t.period)}</td>
                  <td>
                    {formatNumber(locale, t.value)} {t.indicator.unit}
                  </td>
                  <td>
                    {t.reporting}/{t.expected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {e.how === 'ROLLUP' && (
        <>
          <h3>{m.rollup}</h3>
          <ul className={styles.rules}>
            {e.timeRule && (
              <li>
                {m.overTime}: {timeAggregationLabel(locale, e.timeRule)}
              </li>
            )}
            {e.unitsRule && (
              <li>
                {m.overUnits}: {unitsAggregationLabel(locale, e.unitsRule)}
                {e.weight && ` (${m.weight}: ${nameOf(e.weight)})`}
              </li>
            )}
            <li>
              {m.level}: {levelLabel(locale, e.collectionLevel)}
            </li>
            {e.periods.length > 0 && (
              <li>
                {m.periods(
                  e.periods.length,
                  formatPeriod(locale, e.periods[0] as string),
                  formatPeriod(locale, e.periods.at(-1) as string),
                )}
              </li>
            )}
          </ul>
          <h3>{m.notReporting}</h3>
          {e.notReporting.length === 0 ? (
            <p>{m.allReported}</p>
          ) : (
            <ul data-part="not-reporting">
              {e.notReporting.map((u) => (
                <li key={u.code}>
                  {u.fullName} ({u.code})
                </li>
              ))}
            </ul>
          )}
          <h3>{m.units}</h3>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{m.unit}</th>
                  <th scope="col">{m.value}</th>
                  <th scope="col">{m.reported}</th>
                  <th scope="col">{m.origin}</th>
                </tr>
              </thead>
              <tbody>
                {e.units.map((p) => {
                  const latest = p.observations?.reduce<(typeof p.observations)[number] | null>(
                    (a, o) => (!a || o.recordedAt > a.recordedAt ? o : a),
                    null,
                  );
                  return (
                    <tr key={p.unit.code} data-unit={p.unit.code}>
                      <td>
                        {p.unit.code === unit ? (
                          p.unit.fullName
                        ) : (
                          <Link href={link(p.unit.code, v.indicator.code, v.period)} prefetch={false}>
                            {p.unit.fullName}
                          </Link>
                        )}
                        {p.crosswalkFrom.length > 0 && (
                          <span className={styles.crosswalk}>
                            {' '}
                            ({m.crosswalk}: {p.crosswalkFrom.join(', ')})
                          </span>
                        )}
                      </td>
                      <td>{p.value === null ? m.missing : formatNumber(locale, p.value)}</td>
                      <td>
                        {p.reportedPeriods}/{p.expectedPeriods}
                      </td>
                      <td>
                        {p.observations === null
                          ? m.tooMany
                          : latest
                            ? `${sourceLabel(locale, latest.source)} · ${latest.recordedBy} · ${formatDateTime(locale, latest.recordedAt)}`
                            : m.noObservations}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
