import type { Metadata } from 'next';
import { graphql } from '@/gql';
import { FREQUENCY_LABEL, LEVEL_LABEL, SOURCE_LABEL } from '@/lib/labels';
import { getClient } from '@/lib/urql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Danh mục chỉ tiêu' };

const CatalogPageQuery = graphql(`
  query CatalogPage {
    sectors {
      code
      name
      nameEn
      indicators {
        code
        name
        nameEn
        unit
        frequency
        levels
        source
        formula
        agency
      }
    }
  }
`);

export default async function CatalogPage() {
  const result = await getClient().query(CatalogPageQuery, {});
  if (result.error || !result.data) {
    return (
      <div className="error" role="alert">
        <h1>Không tải được danh mục</h1>
        <p>{result.error?.graphQLErrors[0]?.message ?? 'Máy chủ dữ liệu không trả lời.'}</p>
      </div>
    );
  }
  const { sectors } = result.data;
  const total = sectors.reduce((n, s) => n + s.indicators.length, 0);
  return (
    <article>
      <h1>Danh mục chỉ tiêu</h1>
      <p className="meta">
        {total} chỉ tiêu trong {sectors.length} lĩnh vực, định nghĩa trong <code>schema/catalog</code>.
      </p>
      {sectors.map((s) => (
        <section key={s.code} aria-labelledby={`sector-${s.code}`}>
          <h2 id={`sector-${s.code}`}>
            {s.name} <small lang="en">({s.nameEn})</small>
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Chỉ tiêu</th>
                <th scope="col">Đơn vị tính</th>
                <th scope="col">Tần suất</th>
                <th scope="col">Cấp thấp nhất</th>
                <th scope="col">Nguồn</th>
              </tr>
            </thead>
            <tbody>
              {s.indicators.map((i) => {
                const lowest = i.levels[i.levels.length - 1];
                return (
                  <tr key={i.code}>
                    <td>
                      <code>{i.code}</code>
                    </td>
                    <td>
                      {i.name}
                      {i.formula && (
                        <div>
                          <code>= {i.formula}</code>
                        </div>
                      )}
                    </td>
                    <td>{i.unit}</td>
                    <td>{FREQUENCY_LABEL[i.frequency]}</td>
                    <td>{lowest ? LEVEL_LABEL[lowest] : ''}</td>
                    <td>{SOURCE_LABEL[i.source]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
