// /live/[code]?indicator=TOU_VISITORS&period=2025-08: one indicator of one unit, kept current as values are recorded
// (xem trực tiếp một chỉ tiêu), for a screen in a meeting room or a phone. Without a period, the latest one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { statusLabel } from '@/components/indicator/enumLabels';
import { LiveRefresh } from '@/components/live/LiveRefresh';
import { getFragmentData, graphql } from '@/gql';
import type { IndicatorCode } from '@/gql/graphql';
import { apiProblem } from '@/lib/apiError';
import { requireUser } from '@/lib/auth/requireUser';
import { formatNumber, formatPeriod } from '@/lib/format';
import { localeFrom, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import styles from './live.module.css';

export const dynamic = 'force-dynamic';

const LiveValueFields = graphql(`
  fragment LiveValueFields on IndicatorValue {
    period
    value
    target
    status
    indicator {
      code
      name
      nameEn
      unit
    }
  }
`);

const LiveValueQuery = graphql(`
  query LiveValue($code: String!, $indicator: IndicatorCode!, $period: Period!) {
    unit(code: $code, period: $period) {
      code
      fullName
      value(indicator: $indicator, period: $period) {
        ...LiveValueFields
      }
    }
  }
`);

const LiveLatestValueQuery = graphql(`
  query LiveLatestValue($code: String!, $indicator: IndicatorCode!) {
    unit(code: $code) {
      code
      fullName
      latestValues(indicators: [$indicator]) {
        ...LiveValueFields
      }
    }
  }
`);

const DEFAULT_INDICATOR = 'TOU_VISITORS';

const WORDS = {
  vi: {
    title: 'Xem trực tiếp',
    value: 'Giá trị',
    target: 'Mục tiêu',
    status: 'Trạng thái',
    noValue: 'Chưa có số liệu cho kỳ này.',
    error: 'Không hiển thị được chỉ tiêu',
    indicator: 'Mã chỉ tiêu',
    period: 'Kỳ báo cáo',
    show: 'Xem',
    unitPage: 'Trang của đơn vị',
    latest: 'để trống: kỳ gần nhất',
  },
  en: {
    title: 'Live value',
    value: 'Value',
    target: 'Target',
    status: 'Status',
    noValue: 'No value for this period yet.',
    error: 'Cannot show the indicator',
    indicator: 'Indicator code',
    period: 'Period',
    show: 'Show',
    unitPage: 'Page of the unit',
    latest: 'empty: the latest one',
  },
};

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  return { title: `${messages(localeFrom(query), WORDS).title} · ${code}` };
}

/** The value asked for, or the latest one; an error message for a bad code or period. */
async function readValue(code: string, indicator: string, period: string | undefined) {
  const client = getClient();
  // Checked by the API: an unknown code comes back as an error that names it.
  const indicatorCode = indicator as IndicatorCode;
  if (period) {
    const { data, error } = await client.query(LiveValueQuery, { code, indicator: indicatorCode, period });
    if (error) return { error: error.graphQLErrors[0]?.message ?? error.message, code: apiProblem(error)?.code };
    if (!data?.unit) return undefined;
    return { unit: data.unit, value: data.unit.value };
  }
  const { data, error } = await client.query(LiveLatestValueQuery, { code, indicator: indicatorCode });
  if (error) return { error: error.graphQLErrors[0]?.message ?? error.message, code: apiProblem(error)?.code };
  if (!data?.unit) return undefined;
  return { unit: data.unit, value: data.unit.latestValues[0] };
}

export default async function LivePage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  await requireUser();
  const locale = localeFrom(query);
  const m = messages(locale, WORDS);
  const indicator = one(query.indicator) ?? DEFAULT_INDICATOR;
  const period = one(query.period);
  const read = await readValue(code, indicator, period);
  if (!read) notFound();

  const form = (
    <form className="period-form" action={`/live/${code}`} method="get">
      <label htmlFor="live-indicator">{m.indicator}</label>
      <input id="live-indicator" name="indicator" defaultValue={indicator} size={16} />
      <label htmlFor="live-period">{m.period}</label>
      <input id="live-period" name="period" defaultValue={period ?? ''} placeholder={m.latest} size={14} />
      {locale === 'en' && <input type="hidden" name="lang" value="en" />}
      <button type="submit">{m.show}</button>
    </form>
  );
  if ('error' in read && read.code === 'FORBIDDEN') return <AccessDenied locale={locale} />;
  if ('error' in read) {
    return (
      <div className="error" role="alert">
        <h1>{m.error}</h1>
        <p>{read.error}</p>
        {form}
      </div>
    );
  }

  const value = getFragmentData(LiveValueFields, read.value);
  return (
    <article>
      <h1>{value ? (locale === 'en' ? value.indicator.nameEn : value.indicator.name) : indicator}</h1>
      <p className="meta">
        {read.unit.fullName} · {value ? formatPeriod(locale, value.period) : period}
      </p>
      <LiveRefresh unit={read.unit.code} indicators={[indicator]} />
      {value ? (
        <dl className={styles.figures}>
          <div>
            <dt>{m.value}</dt>
            <dd className={styles.value}>
              <data id="live-value" value={value.value ?? ''}>
                {formatNumber(locale, value.value)}
              </data>{' '}
              <span className={styles.unit}>{value.indicator.unit}</span>
            </dd>
          </div>
          <div>
            <dt>{m.target}</dt>
            <dd>{formatNumber(locale, value.target)}</dd>
          </div>
          <div>
            <dt>{m.status}</dt>
            <dd>{statusLabel(locale, value.status)}</dd>
          </div>
        </dl>
      ) : (
        <p>{m.noValue}</p>
      )}
      {form}
      <p>
        <Link href={withLang(read.unit.code === '68' ? '/' : `/units/${read.unit.code}`, locale)}>{m.unitPage}</Link>
      </p>
    </article>
  );
}
