import { redirect } from 'next/navigation';
import { UnitView } from '@/components/UnitView';
import { unitHref, unitStateFrom } from '@/components/unit/unitState';
import { homeUnitOf, PROVINCE_CODE } from '@/lib/auth/homeUnit';
import { requireUser } from '@/lib/auth/requireUser';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The province: Lâm Đồng, GSO code 68, in the edition valid for the chosen period or day. An officer, who sees their
 * own unit and those below it only, starts at their unit instead.
 */
export default async function ProvincePage({ searchParams }: Props) {
  const me = await requireUser();
  const state = unitStateFrom(await searchParams);
  const home = homeUnitOf(me);
  if (home !== PROVINCE_CODE) redirect(unitHref(home, state));
  return <UnitView code={PROVINCE_CODE} state={state} />;
}
