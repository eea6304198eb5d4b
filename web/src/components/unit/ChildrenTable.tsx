// The children panel: each unit one level down times the tab's key indicators (value and status) and its count of
// statuses, in one GraphQL query; sorted on the server by the column the URL names, each row a link one level down.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TableScroll } from '@/components/layout/TableScroll';
import { graphql } from '@/gql';
import type { AdminLevel, Frequency, IndicatorCode, Sector, Status } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { messages } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { levelLabel, statusLabel } from '../indicator/enumLabels';
import styles from './ChildrenTable.module.css';
import { type ChildRow, nextDir, STATUS_COLUMNS, type StatusColumn, sortRows } from './childSort';
import { PanelError } from './PanelError';
import { StatusBadge } from './StatusBadge';
import { type UnitState, unitHref } from './unitState';

const ChildrenLatest = graphql(`
  query UnitChildrenLatest(
    $code: String!
    $asOf: Period
    $sector: Sector
    $indicators: [IndicatorCode!]
    $withValues: Boolean!
  ) {
    unit(code: $code, period: $asOf) {
      children {
        code
        fullName
        level
        latestValues(asOf: $asOf, indicators: $indicators) @include(if: $withValues) {
          indicator {
            code
          }
          value
          status
        }
        statusCounts(asOf: $asOf, sector: $sector) {
          achieved
          warning
          atRisk
          notAchieved
          noData
        }
      }
    }
  }
`);

const ChildrenOverPeriod = graphql(`
  query UnitChildrenOverPeriod(
    $code: String!
    $period: Period!
    $sector: Sector
    $indicators: [IndicatorCode!]
    $withValues: Boolean!
  ) {
    unit(code: $code, period: $period) {
      children {
        code
        fullName
        level
        values(period: $period, indicators: $indicators) @include(if: $withValues) {
          indicator {
            code
          }
          value
          status
        }
        statusCounts(period: $period, sector: $sector) {
          achieved
          warning
          atRisk
          notAchieved
          noData
        }
      }
    }
  }
`);

const STATUS_OF: Record<StatusColumn, Status> = {
  achieved: 'ACHIEVED',
  warning: 'WARNING',
  atRisk: 'AT_RISK',
  notAchieved: 'NOT_ACHIEVED',
  noData: 'NO_DATA',
};

const WORDS = {
  vi: {
    heading: (level: AdminLevel, n: number) => `${levelLabel('vi', level)} trực thuộc (${n})`,
    table: 'Bảng đơn vị trực thuộc',
    unit: 'Đơn vị',
    counts: 'Số chỉ tiêu theo tình trạng',
    sortHint: 'Bấm tiêu đề cột để sắp xếp.',
  },
  en: {
    heading: (level: AdminLevel, n: number) => `${levelLabel('en', level)} units (${n})`,
    table: 'Table of the units below',
    unit: 'Unit',
    counts: 'Indicators by status',
    sortHint: 'Select a column heading to sort.',
  },
};

export type KeyColumn = { code: IndicatorCode; name: string; nameEn: string; unit: string; frequency: Frequency };

type Props = { code: string; state: UnitState; sector?: Sector; columns: readonly KeyColumn[] };

export async function ChildrenTable({ code, state, sector, columns }: Props) {
  const locale = state.lang;
  const m = messages(locale, WORDS);
  const vars = {
    code,
    sector: sector ?? null,
    indicators: columns.map((c) => c.code),
    withValues: columns.length > 0,
  };
  const result = state.period
    ? await getClient().query(ChildrenOverPeriod, { ...vars, period: state.period })
    : await getClient().query(ChildrenLatest, { ...vars, asOf: state.asOf ?? null });
  if (result.error) return <PanelError error={result.error} locale={locale} />;
  const children = result.data?.unit?.children ?? [];
  const level = children[0]?.level;
  if (!level) return null;

  const rows = children.map((c) => {
    const values = ('values' in c ? c.values : 'latestValues' in c ? c.latestValues : undefined) ?? [];
    const cells = new Map(values.map((v) => [v.indicator.code, v]));
    const numbers: ChildRow['numbers'] = { ...c.statusCounts };
    for (const col of columns) numbers[col.code] = cells.get(col.code)?.value;
    return { code: c.code, name: c.fullName, numbers, cells, counts: c.statusCounts };
  });
  const dir = state.dir ?? (state.sort === 'name' ? 'asc' : 'desc');
  const sorted = sortRows(rows, state.sort, dir);

  const header = (column: string, content: ReactNode) => (
    <th
      scope="col"
      key={column}
      aria-sort={state.sort === column ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <Link
        href={unitHref(code, state, { sort: column, dir: nextDir(column, state.sort, state.dir) })}
        prefetch={false}
        scroll={false}
      >
        {content}
        {state.sort === column && <span aria-hidden="true">{dir === 'asc' ? ' ↑' : ' ↓'}</span>}
      </Link>
    </th>
  );

  return (
    <section aria-labelledby="children-heading" className={styles.panel}>
      <h2 id="children-heading">{m.heading(level, children.length)}</h2>
      <p className={styles.hint}>{m.sortHint}</p>
      <TableScroll label={m.table}>
        <table className={styles.table}>
          <thead>
            <tr>
              {header('name', m.unit)}
              {columns.map((col) =>
                header(
                  col.code,
                  <>
                    {locale === 'en' ? col.nameEn : col.name} <span className={styles.unit}>({col.unit})</span>
                  </>,
                ),
              )}
              {STATUS_COLUMNS.map((s) => header(s, <StatusBadge status={STATUS_OF[s]} locale={locale} />))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  {/* A plain link: a full load of the unit below, and no client component per row to render. */}
                  <a href={unitHref(r.code, state)}>{r.name}</a>
                </th>
                {columns.map((col) => {
                  const cell = r.cells.get(col.code);
                  return (
                    <td key={col.code} className={`${styles.number} ${cell ? styles[cell.status] : ''}`}>
                      {formatNumber(locale, cell?.value)}
                      {cell && <span className="visually-hidden"> ({statusLabel(locale, cell.status)})</span>}
                    </td>
                  );
                })}
                {STATUS_COLUMNS.map((s) => (
                  <td key={s} className={styles.number}>
                    {formatNumber(locale, r.counts[s])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
