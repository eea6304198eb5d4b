// Beside an indicator fed by the national 766 feed: where its values come from and how fresh they are (last
// update, or since when the feed fails and why), with a warning look when they may be out of date.
import { type FragmentType, getFragmentData, graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import styles from './FeedFreshness.module.css';

export const FeedFreshnessNote = graphql(`
  fragment FeedFreshnessNote on FeedFreshness {
    status
    lastSuccessAt
    lastErrorAt
    lastError
    lagSeconds
    failures
  }
`);

const WORDS = {
  vi: {
    source: 'Nguồn: Cổng Dịch vụ công quốc gia (tự động)',
    updated: (at: string) => `cập nhật lúc ${at}`,
    stale: (at: string) => `Số liệu có thể đã cũ: lần cập nhật thành công gần nhất lúc ${at}`,
    failing: (since: string, n: number) => `Mất kết nối nguồn quốc gia từ ${since} (${n} lần thử thất bại)`,
    lastGood: (at: string) => `đang hiển thị số liệu cập nhật lúc ${at}`,
    never: 'Chưa nhận được số liệu từ nguồn quốc gia',
    partial: 'Một số bản ghi bị từ chối',
    detail: 'Chi tiết',
  },
  en: {
    source: 'Source: National Public Service Portal (automatic)',
    updated: (at: string) => `updated ${at}`,
    stale: (at: string) => `Values may be out of date: last successful update ${at}`,
    failing: (since: string, n: number) => `National feed failing since ${since} (${n} failed polls)`,
    lastGood: (at: string) => `showing the values of ${at}`,
    never: 'No values received from the national feed yet',
    partial: 'Some records were refused',
    detail: 'Details',
  },
};

export function FeedFreshness({
  feed: masked,
  locale,
  wall,
}: {
  feed: FragmentType<typeof FeedFreshnessNote>;
  locale: Locale;
  /** The meeting-room screen: only a warning is worth a line there. */
  wall?: boolean;
}) {
  const f = getFragmentData(FeedFreshnessNote, masked);
  if (wall && f.status === 'OK') return null;
  const m = messages(locale, WORDS);
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(locale, iso) : '—');
  const warn = f.status !== 'OK';
  // Records refused by the poll that succeeded last (unknown unit codes): the values landed, but not all of them.
  const partial = f.status === 'OK' && !!f.lastErrorAt && !!f.lastSuccessAt && f.lastErrorAt >= f.lastSuccessAt;
  const summary =
    f.status === 'OK'
      ? `${m.source}, ${m.updated(at(f.lastSuccessAt))}`
      : f.status === 'STALE'
        ? m.stale(at(f.lastSuccessAt))
        : f.status === 'FAILING'
          ? `${m.failing(at(f.lastErrorAt), f.failures)}${f.lastSuccessAt ? `; ${m.lastGood(at(f.lastSuccessAt))}` : ''}`
          : m.never;
  const detail = warn || partial ? f.lastError : null;
  return (
    <p className={`${styles.feed} ${warn || partial ? styles.warn : ''}`} data-part="feed" data-feed-status={f.status}>
      {warn && <span aria-hidden="true">⚠ </span>}
      {summary}
      {partial && `. ${m.partial}`}
      {detail && (
        <>
          {' '}
          <span className={styles.detail}>
            ({m.detail}: {detail})
          </span>
        </>
      )}
    </p>
  );
}
