// Administrative units: real counts and names of the generated editions, tree invariants and the crosswalk contract.
import { describe, expect, it } from 'vitest';
import { loadCrosswalk, newCodesOf, oldCodesOf } from '../src/crosswalk';
import { ADMIN_LEVELS, type Edition, EditionIndex, editionOn, loadEditions } from '../src/units';

function edition(id: string): Edition {
  const found = loadEditions().find((e) => e.id === id);
  if (!found) throw new Error(`edition ${id} missing`);
  return found;
}
const pre = new EditionIndex(edition('pre-2025'));
const now = new EditionIndex(edition('2025'));
const { entries, gaps } = loadCrosswalk();

describe('2025 edition (new Lâm Đồng)', () => {
  it('has 124 commune-level units directly under province 68', () => {
    expect(now.roots().map((u) => u.code)).toEqual(['68']);
    const communes = now.children('68');
    expect(communes).toHaveLength(124);
    expect(communes.every((u) => u.level === 'commune')).toBe(true);
    expect(now.atLevel('district')).toEqual([]);
    const kinds = Object.fromEntries(
      ['Phường', 'Xã', 'Đặc khu'].map((k) => [k, communes.filter((u) => u.kind === k).length]),
    );
    expect(kinds).toEqual({ Phường: 20, Xã: 103, 'Đặc khu': 1 });
  });

  it('spells real names with their diacritics', () => {
    expect(now.get('68')).toMatchObject({ name: 'Lâm Đồng', fullName: 'Tỉnh Lâm Đồng', kind: 'Tỉnh' });
    expect(now.get('24781')).toMatchObject({ name: 'Xuân Hương - Đà Lạt', fullName: 'Phường Xuân Hương - Đà Lạt' });
    expect(now.get('23272')).toMatchObject({ name: 'Phú Quý', kind: 'Đặc khu', fullName: 'Đặc khu Phú Quý' });
    expect(now.get('24611')?.fullName).toBe('Phường Bắc Gia Nghĩa');
    expect(now.get('22945')?.fullName).toBe('Phường Phan Thiết');
    expect(now.get('24829')?.fullName).toBe("Phường B'Lao");
  });
});

describe('pre-2025 edition (as of 2025-06-30)', () => {
  it('has old Lâm Đồng with 10 district-level units (681 and 683 merged into 682) and 137 communes', () => {
    const districts = pre.children('68');
    expect(districts.map((u) => u.code)).toEqual([
      '672',
      '673',
      '674',
      '675',
      '676',
      '677',
      '678',
      '679',
      '680',
      '682',
    ]);
    expect(districts.every((u) => u.level === 'district')).toBe(true);
    expect(pre.get('682')?.fullName).toBe('Huyện Đạ Huoai');
    expect(pre.descendants('68', 'commune')).toHaveLength(137);
    expect(pre.children('682')).toHaveLength(23);
  });

  it('has old Đắk Nông (8 districts, 71 communes) and Bình Thuận (10 districts, 121 communes)', () => {
    expect(pre.roots().map((u) => u.code)).toEqual(['60', '67', '68']);
    expect(pre.descendants('67', 'district')).toHaveLength(8);
    expect(pre.descendants('67', 'commune')).toHaveLength(71);
    expect(pre.descendants('60', 'district')).toHaveLength(10);
    expect(pre.descendants('60', 'commune')).toHaveLength(121);
  });

  it('spells real names and kinds', () => {
    expect(pre.get('672')).toMatchObject({ name: 'Đà Lạt', fullName: 'Thành phố Đà Lạt', kind: 'Thành phố' });
    expect(pre.get('594')).toMatchObject({ name: 'La Gi', kind: 'Thị xã' });
    expect(pre.get('24784')).toMatchObject({ name: '1', fullName: 'Phường 1', kind: 'Phường', parent: '672' });
    expect(pre.get('24778')?.fullName).toBe('Phường 9');
    expect(pre.get('25180')?.fullName).toBe('Thị trấn Phước Cát'); // the source has a trailing space
    expect(pre.get('24955')?.fullName).toBe('Xã Quảng Lập'); // code of Xã Pró, kept by the merged commune
    expect(pre.ancestors('24784').map((u) => u.code)).toEqual(['672', '68']);
  });

  it('leaves out communes dissolved before the reform', () => {
    for (const code of ['25102', '25174', '25108', '22948', '24946']) expect(pre.get(code)).toBeUndefined();
  });
});

describe.each([pre, now])('tree invariants of $edition.id', (index) => {
  const { levels, units } = index.edition;

  it('uses levels from the known set, coarsest first', () => {
    expect(levels.length).toBeGreaterThan(0);
    const order = levels.map((l) => ADMIN_LEVELS.indexOf(l));
    expect(order.every((o, i) => o >= 0 && (i === 0 || o > (order[i - 1] ?? -1)))).toBe(true);
  });

  it("puts every unit's parent at the level just above its own", () => {
    for (const unit of units) {
      const depth = levels.indexOf(unit.level);
      expect(depth, unit.code).toBeGreaterThanOrEqual(0);
      if (depth === 0) {
        expect(unit.parent, unit.code).toBeNull();
      } else {
        expect(index.get(unit.parent ?? '')?.level, unit.code).toBe(levels[depth - 1]);
        expect(index.ancestors(unit.code)).toHaveLength(depth);
      }
    }
  });

  it('has unique codes of GSO width, kind-prefixed full names and no stray whitespace', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    const width = { province: 2, district: 3, commune: 5 };
    for (const u of units) {
      expect(u.code, u.code).toMatch(new RegExp(`^\\d{${width[u.level]}}$`));
      expect(u.fullName).toBe(`${u.kind} ${u.name}`);
      expect(u.fullName).toBe(u.fullName.normalize('NFC').replace(/\s+/g, ' ').trim());
    }
  });
});

describe('crosswalk pre-2025 -> 2025', () => {
  const oldCommunes = pre.atLevel('commune');

  it('maps every old commune of the three provinces to at least one new commune, and nothing else', () => {
    expect(entries).toHaveLength(329);
    expect(entries.map((e) => e.oldCode).sort()).toEqual(oldCommunes.map((u) => u.code));
    for (const e of entries) expect(e.newCodes.length, e.oldCode).toBeGreaterThan(0);
  });

  it('names only codes that exist in their edition', () => {
    for (const e of entries) {
      const old = pre.get(e.oldCode);
      expect(old?.level, e.oldCode).toBe('commune');
      expect(old?.fullName).toBe(e.oldName);
      expect(pre.ancestors(e.oldCode).at(-1)?.code).toBe(e.oldProvince);
      for (const code of e.newCodes) expect(now.get(code)?.level, `${e.oldCode} -> ${code}`).toBe('commune');
    }
  });

  it('marks split exactly when there are two or more targets', () => {
    for (const e of entries) expect(e.split, e.oldCode).toBe(e.newCodes.length > 1);
    // The source has no partial transfers, so nothing is split; this is recorded as a gap.
    expect(entries.filter((e) => e.split)).toHaveLength(0);
  });

  it('covers every new commune and reads back both ways', () => {
    for (const u of now.atLevel('commune')) expect(oldCodesOf(u.code).length, u.code).toBeGreaterThan(0);
    expect(newCodesOf('24784')).toEqual(['24781']); // Phường 1 (Đà Lạt) -> Phường Xuân Hương - Đà Lạt
    expect(newCodesOf('24778')).toEqual(['24778']); // Phường 9 (Đà Lạt) -> Phường Lâm Viên - Đà Lạt
    expect(now.get('24778')?.fullName).toBe('Phường Lâm Viên - Đà Lạt');
    expect(oldCodesOf('24781').map((e) => e.oldName)).toEqual([
      'Phường 2',
      'Phường 1',
      'Phường 4',
      'Phường 10',
      'Phường 3',
    ]);
    expect(oldCodesOf('23272').map((e) => e.oldName)).toEqual(['Xã Ngũ Phụng', 'Xã Long Hải', 'Xã Tam Thanh']);
    expect(newCodesOf('99999')).toEqual([]);
  });

  it('records the source rows it could not use', () => {
    const raws = gaps.map((g) => (g as { raw: { id?: string } }).raw.id).filter((id) => id !== undefined);
    expect(raws.sort()).toEqual(['10322', '10323', '10324', '10706', '10748']);
  });
});

describe('editionOn', () => {
  it('switches editions at the reform', () => {
    expect(editionOn('2025-06-30').id).toBe('pre-2025');
    expect(editionOn('2025-07-01').id).toBe('2025');
    expect(editionOn('2030-01-01').id).toBe('2025');
  });

  it('throws a clear error outside every edition or on a malformed date', () => {
    expect(() => editionOn('1990-01-01')).toThrow(/No administrative-unit edition is valid on 1990-01-01/);
    expect(() => editionOn('2025-7-1')).toThrow(/ISO date/);
  });
});
