import type { Metadata } from 'next';
import { UnitView } from '@/components/UnitView';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ period?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Đơn vị ${(await params).code}` };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const [{ code }, { period }] = await Promise.all([params, searchParams]);
  return <UnitView code={code} period={period || undefined} />;
}
