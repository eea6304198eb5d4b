import { UnitView } from '@/components/UnitView';

export const dynamic = 'force-dynamic';

/** The province: Lâm Đồng, GSO code 68, in the edition valid for the chosen period. */
export default async function ProvincePage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { period } = await searchParams;
  return <UnitView code="68" period={period || undefined} />;
}
