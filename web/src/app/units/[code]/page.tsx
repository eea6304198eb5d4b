import type { Metadata } from 'next';
import { UnitView } from '@/components/UnitView';
import { loadUnitHeader } from '@/components/unit/loadUnitHeader';
import { unitStateFrom } from '@/components/unit/unitState';
import { requireUser } from '@/lib/auth/requireUser';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const state = unitStateFrom(query);
  // The same request as the page's (React's cache): the title costs no second query.
  const result = await loadUnitHeader(code, state.period ?? state.asOf ?? null);
  return { title: result.data?.unit?.fullName ?? (state.lang === 'en' ? `Unit ${code}` : `Đơn vị ${code}`) };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  await requireUser();
  return <UnitView code={code} state={unitStateFrom(query)} />;
}
