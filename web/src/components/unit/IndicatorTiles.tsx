// The tiles panel: one GraphQL query for every tile of the view (values, targets, changes and sparklines together),
// either each indicator at its latest period up to a day (`latestValues`) or all of them over one period (`values`).
import Link from 'next/link';
import type { CSSProperties } from 'react';
import { graphql } from '@/gql';
import type { IndicatorCode, Sector } from '@/gql/graphql';
import { messages } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { IndicatorTile } from './IndicatorTile';
import styles from './IndicatorTiles.module.css';
import { PanelError } from './PanelError';
import { type SectorTab, sectorName } from './sectorTab';
import { type UnitState, unitHref } from './unitState';

const TilesLatest = graphql(`
  query UnitTilesLatest($code: String!, $asOf: Period, $sector: Sector, $indicators: [IndicatorCode!]) {
    unit(code: $code, period: $asOf) {
      latestValues(asOf: $asOf, sector: $sector, indicators: $indicators) {
        indicator {
          code
          sector
        }
        ...IndicatorTileValue
      }
    }
  }
`);

const TilesOverPeriod = graphql(`
  query UnitTilesOverPeriod($code: String!, $period: Period!, $sector: Sector, $indicators: [IndicatorCode!]) {
    unit(code: $code, period: $period) {
      values(period: $period, sector: $sector, indicators: $indicators) {
        indicator {
          code
          sector
        }
        ...IndicatorTileValue
      }
    }
  }
`);

const WORDS = {
  vi: {
    overview: 'Chỉ tiêu chủ yếu của các lĩnh vực',
    empty: 'Không có chỉ tiêu nào của lĩnh vực này được thu thập theo kỳ đã chọn hoặc ngắn hơn.',
    omitted: (n: number) =>
      `${n} chỉ tiêu được thu thập thưa hơn kỳ đã chọn nên không hiển thị ở đây; chọn một năm để xem tất cả.`,
  },
  en: {
    overview: 'Key indicators of every sector',
    empty: 'No indicator of this sector is collected at the chosen period or more often.',
    omitted: (n: number) =>
      `${n} indicators collected less often than the chosen period are not shown here; choose a year to see them all.`,
  },
};

/** Columns of the wall's grid, so that a sector fills one 1920x1080 screen: up to 24 tiles in 6 x 4. */
const wallColumns = (n: number) => (n <= 4 ? Math.max(n, 2) : n <= 8 ? 4 : n <= 15 ? 5 : 6);

type Props = {
  code: string;
  state: UnitState;
  /** The tab: a sector, or none for the key indicators of every sector (`indicators`). */
  sector?: Sector;
  indicators: IndicatorCode[];
  sectors: readonly SectorTab[];
  wall?: boolean;
};

export async function IndicatorTiles({ code, state, sector, indicators, sectors, wall }: Props) {
  const m = messages(state.lang, WORDS);
  const filter = { code, sector: sector ?? null, indicators: sector ? null : indicators };
  const result = state.period
    ? await getClient().query(TilesOverPeriod, { ...filter, period: state.period })
    : await getClient().query(TilesLatest, { ...filter, asOf: state.asOf ?? null });
  if (result.error) return <PanelError error={result.error} locale={state.lang} />;
  const unit = result.data?.unit;
  const values = (unit && ('values' in unit ? unit.values : unit.latestValues)) ?? [];
  const omitted = indicators.length - values.length;
  const grid = (items: typeof values, heading: 'h3' | 'h4') => (
    <div
      className={`${styles.grid} ${wall ? styles.wall : ''}`}
      style={wall ? ({ '--columns': wallColumns(items.length) } as CSSProperties) : undefined}
    >
      {items.map((v) => (
        <IndicatorTile key={v.indicator.code} value={v} unit={code} locale={state.lang} wall={wall} heading={heading} />
      ))}
    </div>
  );
  const notes = (
    <>
      {values.length === 0 && <p className={styles.note}>{m.empty}</p>}
      {values.length > 0 && omitted > 0 && !wall && <p className={styles.note}>{m.omitted(omitted)}</p>}
    </>
  );
  if (sector) {
    const tab = sectors.find((s) => s.code === sector);
    return (
      <section aria-labelledby="tiles-heading">
        <h2 id="tiles-heading" className={wall ? 'visually-hidden' : undefined}>
          {tab ? sectorName(tab, state.lang) : sector}
        </h2>
        {notes}
        {grid(values, 'h3')}
      </section>
    );
  }
  // Every sector's key indicators, grouped under their sector, each heading a link to its tab.
  return (
    <section aria-labelledby="tiles-heading">
      <h2 id="tiles-heading">{m.overview}</h2>
      {notes}
      {sectors.map((s) => {
        const items = values.filter((v) => v.indicator.sector === s.code);
        if (items.length === 0) return null;
        return (
          <section key={s.code} aria-labelledby={`sector-${s.slug}`} className={styles.group}>
            <h3 id={`sector-${s.slug}`} className={styles.groupHeading}>
              <Link href={unitHref(code, state, { sector: s.slug, sort: undefined, dir: undefined })} prefetch={false}>
                {sectorName(s, state.lang)}
              </Link>
            </h3>
            {grid(items, 'h4')}
          </section>
        );
      })}
    </section>
  );
}
