// A unit page: breadcrumbs, the unit with its edition, and its children as links one level down.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { graphql } from '@/gql';
import { LEVEL_LABEL } from '@/lib/labels';
import { getClient } from '@/lib/urql';
import { PeriodForm } from './PeriodForm';

const UnitPageQuery = graphql(`
  query UnitPage($code: String!, $period: Period) {
    unit(code: $code, period: $period) {
      code
      fullName
      kind
      level
      edition {
        id
        name
        validFrom
        validTo
      }
      ancestors {
        code
        fullName
      }
      children {
        code
        fullName
        level
      }
      formedFrom {
        code
        fullName
        parent {
          fullName
        }
      }
      mergedInto {
        code
        fullName
      }
    }
  }
`);

function withPeriod(path: string, period: string | undefined): string {
  return period ? `${path}?period=${encodeURIComponent(period)}` : path;
}

export async function UnitView({ code, period }: { code: string; period?: string }) {
  const result = await getClient().query(UnitPageQuery, { code, period: period ?? null });
  if (result.error) {
    const message = result.error.graphQLErrors[0]?.message ?? 'Không kết nối được máy chủ dữ liệu.';
    return (
      <div className="error" role="alert">
        <h1>Không hiển thị được đơn vị {code}</h1>
        <p>{message}</p>
        <PeriodForm action={code === '68' ? '/' : `/units/${code}`} period={period} />
      </div>
    );
  }
  const unit = result.data?.unit;
  if (!unit) notFound();
  const childLevel = unit.children[0]?.level;

  return (
    <article>
      <nav className="breadcrumbs" aria-label="Vị trí">
        <ol>
          {unit.ancestors.map((a) => (
            <li key={a.code}>
              <Link href={withPeriod(a.code === '68' ? '/' : `/units/${a.code}`, period)}>{a.fullName}</Link>
            </li>
          ))}
          <li aria-current="page">{unit.fullName}</li>
        </ol>
      </nav>
      <h1>{unit.fullName}</h1>
      <p className="meta">
        {LEVEL_LABEL[unit.level]} · Mã {unit.code} · {unit.edition.name}
      </p>
      <PeriodForm action={unit.code === '68' ? '/' : `/units/${unit.code}`} period={period} />
      {unit.children.length > 0 && childLevel && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">
            {LEVEL_LABEL[childLevel]} trực thuộc ({unit.children.length})
          </h2>
          <ul className="children">
            {unit.children.map((c) => (
              <li key={c.code}>
                <Link href={withPeriod(`/units/${c.code}`, period)}>{c.fullName}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unit.formedFrom.length > 0 && (
        <section aria-labelledby="formed-heading">
          <h2 id="formed-heading">Hình thành từ (trước 01/07/2025)</h2>
          <ul className="children">
            {unit.formedFrom.map((c) => (
              <li key={c.code}>
                <Link href={`/units/${c.code}?period=2025-06`}>{c.fullName}</Link>
                {c.parent && <span className="meta"> · {c.parent.fullName}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {unit.mergedInto.length > 0 && (
        <section aria-labelledby="merged-heading">
          <h2 id="merged-heading">Từ 01/07/2025 thuộc</h2>
          <ul className="children">
            {unit.mergedInto.map((c) => (
              <li key={c.code}>
                <Link href={`/units/${c.code}`}>{c.fullName}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
