// IndicatorValue.explanation over real HTTP, on SQLite and on PostgreSQL: a district's ratio (Huyện Lạc Dương, March
// 2024) explained as its formula with the inputs substituted; each input followed to its own explanation, which lists
// every commune's part with the source, author and time of its stored observation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/harness';
import { queryData } from '../graphqlClient';
import { type ServerOnDatabase, startServerOn } from './support';

const RECORD = `mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted } }`;
const EXPLAIN = `query Explain($unit: String!, $period: Period!) {
  unit(code: $unit, period: $period) {
    value(indicator: F_SHARE, period: $period) {
      value
      explanation {
        how formula substituted
        terms {
          indicator { code } period value reporting expected
          input {
            value
            explanation {
              how timeRule unitsRule periods
              notReporting { code }
              units { unit { code } value observations { period source recordedBy recordedAt } }
            }
          }
        }
      }
    }
  }
}`;

const LAC_DUONG = ['24846', '24847', '24848', '24850', '24862', '24865'];

interface Answer {
  unit: {
    value: {
      value: number;
      explanation: {
        how: string;
        formula: string;
        substituted: string;
        terms: Array<{
          indicator: { code: string };
          period: string;
          value: number;
          reporting: number;
          expected: number;
          input: {
            value: number;
            explanation: {
              how: string;
              timeRule: string;
              unitsRule: string;
              periods: string[];
              notReporting: { code: string }[];
              units: Array<{
                unit: { code: string };
                value: number | null;
                observations: Array<{ period: string; source: string; recordedBy: string; recordedAt: string }>;
              }>;
            };
          };
        }>;
      };
    };
  };
}

describeEachDatabase('explaining a value through the API', (getDb) => {
  let server: ServerOnDatabase;
  let sentAt = 0;
  beforeAll(async () => {
    server = await startServerOn(getDb());
    sentAt = Date.now();
    const counts = [10, 20, 30, 40, 50, 60];
    const parts = [10, 0, 0, 0, 0];
    await queryData(
      server.url,
      RECORD,
      {
        values: [
          ...counts.map((value, i) => ({ indicator: 'F_COUNT', unit: LAC_DUONG[i], period: '2024-03', value })),
          ...parts.map((value, i) => ({ indicator: 'F_PART', unit: LAC_DUONG[i], period: '2024-03', value })),
        ],
      },
      { token: server.writerToken },
    );
  });
  afterAll(() => server.close());

  it('gives 10 / 210 * 100 for the district, and each input down to its observations', async () => {
    const data = await queryData<Answer>(server.url, EXPLAIN, { unit: '675', period: '2024-03' });
    const { value, explanation } = data.unit.value;
    expect(value).toBeCloseTo(4.761905, 6);
    expect(explanation.how).toBe('FORMULA');
    expect(explanation.formula).toBe('F_PART / F_COUNT * 100');
    expect(explanation.substituted).toBe('10 / 210 * 100');
    expect(explanation.terms.map((t) => [t.indicator.code, t.period, t.value, t.reporting, t.expected])).toEqual([
      ['F_PART', '2024-03', 10, 5, 6],
      ['F_COUNT', '2024-03', 210, 6, 6],
    ]);

    const part = explanation.terms[0]?.input;
    expect(part?.value).toBe(10);
    expect(part?.explanation).toMatchObject({ how: 'ROLLUP', timeRule: 'SUM', unitsRule: 'SUM', periods: ['2024-03'] });
    expect(part?.explanation.notReporting).toEqual([{ code: '24865' }]);
    const units = part?.explanation.units ?? [];
    expect(units.map((u) => [u.unit.code, u.value])).toEqual([
      ['24846', 10],
      ['24847', 0],
      ['24848', 0],
      ['24850', 0],
      ['24862', 0],
      ['24865', null],
    ]);
    const first = units[0]?.observations ?? [];
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ period: '2024-03', source: 'MANUAL', recordedBy: server.writer });
    const at = Date.parse(first[0]?.recordedAt ?? '');
    expect(at).toBeGreaterThanOrEqual(sentAt - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(units[5]?.observations).toEqual([]);
  });
});
