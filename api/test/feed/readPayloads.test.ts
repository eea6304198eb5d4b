// Reading an answer of the national endpoint through the mapping: a well-formed answer gives its payloads; each kind
// of malformed answer is refused whole with the exact, located reason.
import { loadFeedMapping, NATIONAL_766_MAPPING } from '@ioc/schema/feedMapping';
import { describe, expect, it } from 'vitest';
import { readPayloads } from '../../src/feed/readPayloads';
import { catalog } from './support';

const loaded = loadFeedMapping(NATIONAL_766_MAPPING, catalog);
if (!loaded.ok) throw new Error('the shipped mapping is invalid');
const mapping = loaded.mapping;

const record = (over: Record<string, unknown> = {}) => ({
  maDonVi: '24781',
  ngay: '2026-11-20',
  congKhaiMinhBach: 15.5,
  tienDoGiaiQuyet: 17,
  soHoaHoSo: 18.25,
  dichVuTrucTuyen: 19,
  mucDoHaiLong: 16,
  ...over,
});
const answer = (payload: Record<string, unknown> = {}, rec: Record<string, unknown> = {}) => ({
  goiTin: [{ soThuTu: 42, thoiDiemTao: '2026-11-20T03:00:00.000Z', duLieu: [record(rec)], ...payload }],
  conTiep: false,
});

describe('readPayloads', () => {
  it('reads each record into one observation per mapped indicator, with where it sat', () => {
    const read = readPayloads(mapping, answer({}, { mucDoHaiLong: null }));
    expect(read).toEqual({
      ok: true,
      hasMore: false,
      payloads: [
        {
          sequence: 42,
          generatedAt: new Date('2026-11-20T03:00:00.000Z'),
          // A null score: the center has no figure yet; nothing is written for it.
          items: [
            {
              indicator: 'PSV_766_TRANSPARENCY',
              unit: '24781',
              period: '2026-11-20',
              value: 15.5,
              at: 'goiTin[0].duLieu[0]',
            },
            {
              indicator: 'PSV_766_TIMELINESS',
              unit: '24781',
              period: '2026-11-20',
              value: 17,
              at: 'goiTin[0].duLieu[0]',
            },
            {
              indicator: 'PSV_766_DIGITISATION',
              unit: '24781',
              period: '2026-11-20',
              value: 18.25,
              at: 'goiTin[0].duLieu[0]',
            },
            { indicator: 'PSV_766_ONLINE', unit: '24781', period: '2026-11-20', value: 19, at: 'goiTin[0].duLieu[0]' },
          ],
        },
      ],
    });
  });

  it.each([
    ['not an object', 'null', 'goiTin: expected a list of payloads, got nothing'],
    ['no payload list', { data: [] }, 'goiTin: expected a list of payloads, got nothing'],
    ['a sequence that is text', answer({ soThuTu: '42' }), 'goiTin[0].soThuTu: expected a whole number, got "42"'],
    [
      'a bad time',
      answer({ thoiDiemTao: 'hôm nay' }),
      'goiTin[0].thoiDiemTao: expected an ISO 8601 date-time, got "hôm nay"',
    ],
    ['records not a list', answer({ duLieu: {} }), 'goiTin[0].duLieu: expected a list of records, got {}'],
    ['no unit code', answer({}, { maDonVi: 24781 }), 'goiTin[0].duLieu[0].maDonVi: expected a unit code, got 24781'],
    [
      'a score that is text',
      answer({}, { soHoaHoSo: 'abc' }),
      'goiTin[0].duLieu[0].soHoaHoSo: expected a number, got "abc"',
    ],
    ['hasMore not a boolean', { ...answer(), conTiep: 'có' }, 'conTiep: expected true or false, got "có"'],
  ])('refuses %s with the located reason', (_, body, error) => {
    expect(readPayloads(mapping, body === 'null' ? null : body)).toEqual({ ok: false, error });
  });
});
