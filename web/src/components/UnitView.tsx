// A unit page: breadcrumbs, name, level and edition, the time picker and sector tabs, then two data panels (tiles,
// children table), each its own async server component in its own Suspense, so that one slow panel never blocks the
// page; last the crosswalk of the 2025 reform. `?display=wall` gives the meeting-room screen instead.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { Suspense } from 'react';
import type { Frequency, IndicatorCode } from '@/gql/graphql';
import { apiProblem } from '@/lib/apiError';
import { loginHref } from '@/lib/auth/requireUser';
import { messages } from '@/lib/i18n';
import { AccessDenied } from './auth/AccessDenied';
import { CamerasPanel, CamerasSkeleton } from './cameras/CamerasPanel';
import { levelLabel } from './indicator/enumLabels';
import { frequencyOf } from './indicator/periods';
import { LiveRefresh } from './live/LiveRefresh';
import { PeriodForm } from './PeriodForm';
import { ReportLink } from './report/ReportLink';
import { AlertCountsPanel } from './unit/AlertCountsPanel';
import { ChildrenSkeleton } from './unit/ChildrenSkeleton';
import { ChildrenTable } from './unit/ChildrenTable';
import { Crosswalk } from './unit/Crosswalk';
import { IndicatorTiles } from './unit/IndicatorTiles';
import { loadUnitHeader } from './unit/loadUnitHeader';
import { PICKER_FREQUENCIES } from './unit/periodChoices';
import { SectorTabs } from './unit/SectorTabs';
import type { SectorTab } from './unit/sectorTab';
import { TilesSkeleton } from './unit/TilesSkeleton';
import { sectorFromSlug, sectorSlug, stateParams, type UnitState, unitHref } from './unit/unitState';
import { codeWord, timeCaption } from './unit/viewWords';
import { WallView } from './unit/WallView';

const WORDS = {
  vi: {
    location: 'Vị trí',
    failed: (code: string) => `Không hiển thị được đơn vị ${code}`,
    unreachable: 'Không kết nối được máy chủ dữ liệu.',
    wall: 'Màn hình phòng họp',
  },
  en: {
    location: 'Location',
    failed: (code: string) => `Unit ${code} cannot be shown`,
    unreachable: 'The data server could not be reached.',
    wall: 'Meeting-room screen',
  },
};

/** Finer first: a period of a frequency holds the values of the indicators collected at least that often. */
const RANK: Record<Frequency, number> = { DAY: 0, WEEK: 1, MONTH: 2, QUARTER: 3, YEAR: 4 };

export async function UnitView({ code, state }: { code: string; state: UnitState }) {
  const locale = state.lang;
  const m = messages(locale, WORDS);
  const result = await loadUnitHeader(code, state.period ?? state.asOf ?? null);
  const problem = apiProblem(result.error);
  // Outside an officer's subtree; or a session that ended since the page was asked for.
  if (problem?.code === 'FORBIDDEN') return <AccessDenied locale={locale} />;
  if (problem?.code === 'UNAUTHENTICATED') redirect(loginHref(unitHref(code, state)));
  if (result.error) {
    return (
      <div className="error" role="alert">
        <h1>{m.failed(code)}</h1>
        <p>{result.error.graphQLErrors[0]?.message ?? m.unreachable}</p>
        <PeriodForm code={code} state={state} frequencies={PICKER_FREQUENCIES} />
      </div>
    );
  }
  const unit = result.data?.unit;
  if (!unit || !result.data) notFound();

  const sectors: SectorTab[] = result.data.sectors.map((s) => ({ ...s, slug: sectorSlug(s.code) }));
  const sector = sectorFromSlug(
    state.sector,
    sectors.map((s) => s.code),
  );
  const current = sectors.find((s) => s.code === sector);
  // The tab's indicators: the sector's, or every sector's key indicators on the overview.
  const shown = current ? current.indicators : sectors.flatMap((s) => s.indicators.filter((i) => i.key));
  const indicators: IndicatorCode[] = shown.map((i) => i.code);
  // Every key indicator must have a value for the chosen period: collected at least that often.
  const periodFrequency = state.period ? frequencyOf(state.period) : null;
  const columns = (current?.indicators ?? [])
    .filter((i) => i.key)
    .filter((i) => !periodFrequency || RANK[i.frequency] <= RANK[periodFrequency]);
  // A view's panels start again (with their skeletons) whenever what they show changes.
  const viewKey = new URLSearchParams(stateParams({ ...state, sort: undefined, dir: undefined })).toString();

  if (state.display === 'wall') {
    return <WallView unit={unit} state={state} sectors={sectors} viewKey={viewKey} />;
  }

  return (
    <article>
      <nav className="breadcrumbs" aria-label={m.location}>
        <ol>
          {unit.ancestors.map((a) => (
            <li key={a.code}>
              <a href={unitHref(a.code, state)}>{a.fullName}</a>
            </li>
          ))}
          <li aria-current="page">{unit.fullName}</li>
        </ol>
      </nav>
      <h1>{unit.fullName}</h1>
      <p className="meta">
        {levelLabel(locale, unit.level)} · {codeWord(locale)} {unit.code} · {unit.edition.name} · {timeCaption(state)} ·{' '}
        <Link href={unitHref(unit.code, state, { display: 'wall', sort: undefined, dir: undefined })} prefetch={false}>
          {m.wall}
        </Link>{' '}
        · <ReportLink code={unit.code} state={state} />
      </p>
      {/* Every value of the page is the unit's or its children's: a change to any of them refreshes it. */}
      <LiveRefresh unit={unit.code} />
      <Suspense fallback={null}>
        <AlertCountsPanel code={unit.code} locale={locale} />
      </Suspense>
      <PeriodForm code={unit.code} state={state} frequencies={[...new Set(shown.map((i) => i.frequency))]} />
      <SectorTabs code={unit.code} state={state} sectors={sectors} current={current} />
      <Suspense key={`tiles?${viewKey}`} fallback={<TilesSkeleton locale={locale} />}>
        <IndicatorTiles code={unit.code} state={state} sector={sector} indicators={indicators} sectors={sectors} />
      </Suspense>
      {unit.children.length > 0 && (
        <Suspense key={`children?${viewKey}`} fallback={<ChildrenSkeleton locale={locale} />}>
          <ChildrenTable code={unit.code} state={state} sector={sector} columns={columns} />
        </Suspense>
      )}
      {/* The unit's cameras do not depend on the period: no view key, they keep playing as the view changes. */}
      <Suspense fallback={<CamerasSkeleton locale={locale} />}>
        <CamerasPanel code={unit.code} locale={locale} />
      </Suspense>
      <Crosswalk state={state} formedFrom={unit.formedFrom} mergedInto={unit.mergedInto} />
    </article>
  );
}
