// The meeting-room screen (`?display=wall`), for a 1920x1080 wall: one sector at a time in large tiles, big numbers
// and few words, no children table; it moves to the next sector every `cycle` seconds (default 20), keeping the
// rest of the URL. The synthetic-data label stays in sight, large enough to read across the room.
import Link from 'next/link';
import { Suspense } from 'react';
import type { AdminLevel } from '@/gql/graphql';
import { messages } from '@/lib/i18n';
import { levelLabel } from '../indicator/enumLabels';
import { LiveRefresh } from '../live/LiveRefresh';
import { IndicatorTiles } from './IndicatorTiles';
import { type SectorTab, sectorName } from './sectorTab';
import { TilesSkeleton } from './TilesSkeleton';
import { DEFAULT_CYCLE, sectorFromSlug, type UnitState, unitHref } from './unitState';
import { timeCaption } from './viewWords';
import { WallCycle } from './WallCycle';
import styles from './WallView.module.css';

const WORDS = {
  vi: { synthetic: 'Dữ liệu minh họa', exit: 'Thoát', next: 'Tiếp theo' },
  en: { synthetic: 'Synthetic demo data', exit: 'Exit', next: 'Next' },
};

type Props = {
  unit: { code: string; fullName: string; level: AdminLevel };
  state: UnitState;
  sectors: readonly SectorTab[];
  viewKey: string;
};

export function WallView({ unit, state, sectors, viewKey }: Props) {
  const locale = state.lang;
  const m = messages(locale, WORDS);
  // The wall shows sectors only (the overview is too long for one screen): the first one when none is named.
  const code = sectorFromSlug(
    state.sector,
    sectors.map((s) => s.code),
  );
  const index = Math.max(
    0,
    sectors.findIndex((s) => s.code === code),
  );
  const sector = sectors[index];
  const next = sectors[(index + 1) % sectors.length];
  if (!sector || !next) return null;
  const wallState = { ...state, sector: sector.slug, sort: undefined, dir: undefined };
  return (
    <div className={styles.wall}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.unit}>{unit.fullName}</h1>
          <p className={styles.caption}>
            {levelLabel(locale, unit.level)} · {timeCaption(state)}
          </p>
        </div>
        <p className={styles.sector}>
          <span>{sectorName(sector, locale)}</span>{' '}
          <span className={styles.counter}>
            {index + 1}/{sectors.length}
          </span>
        </p>
        <p className={styles.synthetic}>{m.synthetic}</p>
        <LiveRefresh unit={unit.code} />
        <nav className={styles.controls} aria-label={m.next}>
          <Link href={unitHref(unit.code, wallState, { sector: next.slug })} prefetch={false}>
            {m.next}: {sectorName(next, locale)} ›
          </Link>
          <Link href={unitHref(unit.code, state, { display: undefined, cycle: undefined })} prefetch={false}>
            {m.exit}
          </Link>
        </nav>
      </header>
      <Suspense
        key={`wall?${viewKey}`}
        fallback={<TilesSkeleton locale={locale} wall count={sector.indicators.length} />}
      >
        <IndicatorTiles
          code={unit.code}
          state={state}
          sector={sector.code}
          indicators={sector.indicators.map((i) => i.code)}
          sectors={sectors}
          wall
        />
      </Suspense>
      <WallCycle href={unitHref(unit.code, wallState, { sector: next.slug })} seconds={state.cycle ?? DEFAULT_CYCLE} />
    </div>
  );
}
