// SectorInfo: a group of indicators with its labels, for menus and tabs.
import type { Catalog, Indicator, Sector } from '@ioc/schema/catalog';
import type { ObjectRef } from '@pothos/core';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';

export function addSector(
  builder: Builder,
  catalog: Catalog,
  enums: Enums,
  IndicatorRef: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, Indicator>,
) {
  const SectorInfo = builder.objectRef<Sector>('SectorInfo').implement({
    description: 'A sector: its Vietnamese and English names and its indicators.',
    fields: (t) => ({
      code: t.field({ description: 'The sector code.', type: enums.Sector, resolve: (s) => s.code }),
      name: t.exposeString('name', { description: 'Vietnamese name.' }),
      nameEn: t.exposeString('nameEn', { description: 'English name.' }),
      order: t.exposeInt('order', {
        description: 'Display order (the order of Decision 05/2023/QĐ-TTg where it applies).',
      }),
      indicators: t.field({
        description: "The sector's indicators, in catalog order.",
        type: [IndicatorRef],
        resolve: (s) => catalog.indicators.filter((i) => i.sector === s.code),
      }),
    }),
  });
  builder.queryFields((t) => ({
    sectors: t.field({
      type: [SectorInfo],
      description: 'Every sector, in menu order.',
      resolve: () => catalog.sectors,
    }),
  }));
}
