// One typed object per sector, generated from the catalog: `unit(code: "68") { tourism(period: "2025-07") {
// touVisitors { value status } } }`. Each field is an indicator of the sector, described from its catalog entry.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { type Period, parsePeriod } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import { requireValuesOf } from '../auth/permissions';
import type { IndicatorValue } from '../engine/indicatorValue';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import { valueAt } from './indicatorValue';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

interface SectorScope {
  unit: UnitInEdition;
  period: Period;
}

/** TOU_VISITORS -> touVisitors; PSV_766_ONLINE -> psv766Online. */
export function fieldName(code: string): string {
  return code.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** publicServices -> PublicServicesValues. */
export function sectorTypeName(sector: string): string {
  return `${sector[0]?.toUpperCase()}${sector.slice(1)}Values`;
}

const FREQUENCY_VI = { day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' } as const;

export function describeIndicator(i: Indicator): string {
  const how = i.formula ? `Công thức: ${i.formula.text}.` : `Nguồn: ${i.source}.`;
  const t = i.threshold;
  const target = !t
    ? ''
    : t.direction === 'range'
      ? ` Chỉ tiêu: trong khoảng [${t.range?.join(', ')}].`
      : ` Chỉ tiêu: ${t.direction === 'higher' ? '≥' : '≤'} ${t.target}${t.warning ? ` (cảnh báo ${t.warning})` : ''}.`;
  return `${i.name} (${i.unit}). ${i.nameEn}. Tần suất: ${FREQUENCY_VI[i.frequency]}; cấp thấp nhất: ${i.level}. ${how}${target}`;
}

export function addSectorValues(
  builder: Builder,
  catalog: Catalog,
  refs: { AdminUnit: Ref<UnitInEdition>; IndicatorValue: Ref<IndicatorValue> },
) {
  for (const sector of catalog.sectors) {
    const indicators = catalog.indicators.filter((i) => i.sector === sector.code);
    const names = new Map<string, string>();
    for (const i of indicators) {
      const name = fieldName(i.code);
      const other = names.get(name);
      if (other) throw new Error(`indicators ${other} and ${i.code} give the same GraphQL field name ${name}`);
      names.set(name, i.code);
    }
    const SectorRef = builder.objectRef<SectorScope>(sectorTypeName(sector.code)).implement({
      description: `${sector.name} (${sector.nameEn}): the values of this sector's indicators for one unit and period.`,
      fields: (t) =>
        Object.fromEntries(
          indicators.map((i) => [
            fieldName(i.code),
            t.field({
              type: refs.IndicatorValue,
              // Null with an error when the period is finer than the indicator's frequency.
              nullable: true,
              description: describeIndicator(i),
              ...(i.deprecated ? { deprecationReason: i.deprecated } : {}),
              resolve: (scope, _args, ctx) => valueAt(ctx, i, scope.unit, scope.period),
            }),
          ]),
        ),
    });
    builder.objectField(refs.AdminUnit, sector.code, (t) =>
      t.field({
        type: SectorRef,
        description: `${sector.name}: the sector's indicators for this unit over a period.`,
        args: { period: t.arg({ type: 'Period', required: true }) },
        resolve: (unit, args, ctx) => {
          requireValuesOf(ctx, unit);
          return { unit, period: parsePeriod(args.period) };
        },
      }),
    );
  }
}
