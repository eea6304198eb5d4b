import { UnitView } from '@/components/UnitView';
import { unitStateFrom } from '@/components/unit/unitState';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The province: Lâm Đồng, GSO code 68, in the edition valid for the chosen period or day. */
export default async function ProvincePage({ searchParams }: Props) {
  return <UnitView code="68" state={unitStateFrom(await searchParams)} />;
}
