// The catalog's definition of an indicator: formula, its inputs and dependents (each a link to its own page),
// frequency, levels, roll-up rules, threshold, agency, source and description. One query.
import Link from 'next/link';
import { graphql } from '@/gql';
import type { IndicatorCode } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import {
  directionLabel,
  frequencyLabel,
  levelLabel,
  sourceLabel,
  timeAggregationLabel,
  unitsAggregationLabel,
} from './enumLabels';
import styles from './IndicatorDefinition.module.css';
import { PanelError } from './PanelError';

const definitionQuery = graphql(`
  query IndicatorDefinition($code: IndicatorCode!) {
    indicator(code: $code) {
      code
      name
      nameEn
      sector
      unit
      frequency
      levels
      levelAfterReform
      derived
      formula
      inputs {
        code
        name
        nameEn
      }
      dependents {
        code
        name
        nameEn
      }
      aggregation {
        units
        time
        weight
      }
      threshold {
        direction
        target
        low
        high
        warning
      }
      source
      bounds
      agency
      description
      key
      deprecated
    }
    sectors {
      code
      name
      nameEn
    }
  }
`);

const WORDS = {
  vi: {
    title: 'Định nghĩa',
    code: 'Mã (GraphQL IndicatorCode)',
    otherName: 'Tên tiếng Anh',
    sector: 'Lĩnh vực',
    unit: 'Đơn vị tính',
    frequency: 'Tần suất',
    levels: 'Cấp có số liệu',
    afterReform: 'từ 01/07/2025 thu thập ở',
    source: 'Nguồn',
    formula: 'Công thức',
    inputs: 'Chỉ tiêu đầu vào',
    dependents: 'Chỉ tiêu tính từ chỉ tiêu này',
    none: 'Không có',
    aggregation: 'Tổng hợp',
    overUnits: 'theo đơn vị',
    overTime: 'theo thời gian',
    weight: 'trọng số',
    derivedAggregation: 'Tính lại theo công thức ở mọi cấp và kỳ (tỷ số của tổng, không lấy trung bình các tỷ số)',
    threshold: 'Ngưỡng đánh giá',
    noThreshold: 'Chưa đặt ngưỡng',
    target: 'chỉ tiêu',
    range: 'khoảng',
    warning: 'vùng cảnh báo',
    bounds: 'Giới hạn hợp lệ của một quan sát',
    agency: 'Cơ quan chịu trách nhiệm',
    description: 'Mô tả',
    key: 'Chỉ tiêu chủ yếu của lĩnh vực',
    deprecated: 'Ngừng sử dụng',
    error: 'Không tải được định nghĩa',
  },
  en: {
    title: 'Definition',
    code: 'Code (GraphQL IndicatorCode)',
    otherName: 'Vietnamese name',
    sector: 'Sector',
    unit: 'Unit of measure',
    frequency: 'Frequency',
    levels: 'Levels with data',
    afterReform: 'from 01/07/2025 collected at',
    source: 'Source',
    formula: 'Formula',
    inputs: 'Inputs',
    dependents: 'Indicators computed from this one',
    none: 'None',
    aggregation: 'Roll-up',
    overUnits: 'over units',
    overTime: 'over time',
    weight: 'weight',
    derivedAggregation:
      'Recomputed by its formula at every level and period (a ratio of sums, never an average of ratios)',
    threshold: 'Threshold',
    noThreshold: 'No threshold',
    target: 'target',
    range: 'range',
    warning: 'warning band',
    bounds: 'Valid bounds of one observation',
    agency: 'Responsible agency',
    description: 'Description',
    key: 'Key indicator of its sector',
    deprecated: 'Deprecated',
    error: 'The definition could not be loaded',
  },
};

type Linked = { code: string; name: string; nameEn: string };

function IndicatorLinks({ items, locale, none }: { items: Linked[]; locale: Locale; none: string }) {
  if (items.length === 0) return <>{none}</>;
  return (
    <ul className={styles.links}>
      {items.map((i) => (
        <li key={i.code}>
          <Link href={withLang(`/indicators/${i.code}`, locale)}>{locale === 'en' ? i.nameEn : i.name}</Link>{' '}
          <code>{i.code}</code>
        </li>
      ))}
    </ul>
  );
}

export async function IndicatorDefinition({ code, locale }: { code: string; locale: Locale }) {
  const m = messages(locale, WORDS);
  const result = await getClient().query(definitionQuery, { code: code as IndicatorCode });
  if (!result.data) return <PanelError title={m.title} message={m.error} error={result.error} />;
  const { indicator: i, sectors } = result.data;
  const sector = sectors.find((s) => s.code === i.sector);
  const n = (v: number | null | undefined) => formatNumber(locale, v);
  const t = i.threshold;
  return (
    <section className={styles.panel} aria-labelledby="definition-heading">
      <h2 id="definition-heading">{m.title}</h2>
      <dl className={styles.definition}>
        <dt>{m.code}</dt>
        <dd>
          <code>{i.code}</code>
        </dd>
        <dt>{m.otherName}</dt>
        <dd lang={locale === 'en' ? 'vi' : 'en'}>{locale === 'en' ? i.name : i.nameEn}</dd>
        <dt>{m.sector}</dt>
        <dd>{sector ? (locale === 'en' ? sector.nameEn : sector.name) : i.sector}</dd>
        <dt>{m.unit}</dt>
        <dd lang="vi">{i.unit}</dd>
        <dt>{m.frequency}</dt>
        <dd>{frequencyLabel(locale, i.frequency)}</dd>
        <dt>{m.levels}</dt>
        <dd>
          {i.levels.map((l) => levelLabel(locale, l)).join(', ')}
          {i.levelAfterReform && ` (${m.afterReform} ${levelLabel(locale, i.levelAfterReform).toLowerCase()})`}
        </dd>
        <dt>{m.source}</dt>
        <dd>{sourceLabel(locale, i.source)}</dd>
        {i.formula && (
          <>
            <dt>{m.formula}</dt>
            <dd>
              <code className={styles.formula}>{i.formula}</code>
            </dd>
          </>
        )}
        <dt>{m.inputs}</dt>
        <dd data-testid="inputs">
          <IndicatorLinks items={i.inputs} locale={locale} none={m.none} />
        </dd>
        <dt>{m.dependents}</dt>
        <dd data-testid="dependents">
          <IndicatorLinks items={i.dependents} locale={locale} none={m.none} />
        </dd>
        <dt>{m.aggregation}</dt>
        <dd>
          {i.aggregation
            ? `${unitsAggregationLabel(locale, i.aggregation.units)} ${m.overUnits}, ${timeAggregationLabel(locale, i.aggregation.time).toLowerCase()} ${m.overTime}${i.aggregation.weight ? ` (${m.weight}: ${i.aggregation.weight})` : ''}`
            : m.derivedAggregation}
        </dd>
        <dt>{m.threshold}</dt>
        <dd>
          {t
            ? [
                directionLabel(locale, t.direction),
                t.target !== null && t.target !== undefined && `${m.target} ${n(t.target)}`,
                t.low !== null && t.low !== undefined && `${m.range} ${n(t.low)}–${n(t.high)}`,
                t.warning !== null && t.warning !== undefined && `${m.warning} ${n(t.warning)}`,
              ]
                .filter(Boolean)
                .join('; ')
            : m.noThreshold}
        </dd>
        {i.bounds && (
          <>
            <dt>{m.bounds}</dt>
            <dd>
              {n(i.bounds[0])} – {n(i.bounds[1])}
            </dd>
          </>
        )}
        <dt>{m.agency}</dt>
        <dd lang="vi">{i.agency}</dd>
        <dt>{m.description}</dt>
        <dd lang="vi">{i.description}</dd>
        {i.key && (
          <>
            <dt>{m.key}</dt>
            <dd>✓</dd>
          </>
        )}
        {i.deprecated && (
          <>
            <dt>{m.deprecated}</dt>
            <dd>{i.deprecated}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
