// How many items each list field of the schema returns at most, for the query cost: measured from the catalog and
// the administrative editions when the server starts, so the estimate follows the data rather than a guess.
import type { Catalog } from '@ioc/schema/catalog';
import type { UnitDirectory } from '../units/unitDirectory';

/** Expected items of a list field, given its coerced arguments. */
export type ListSize = (typeName: string, fieldName: string, args: Record<string, unknown>) => number;

/** For list fields the data does not bound (series over a period range, small lists of enums). */
const DEFAULT_LIST_SIZE = 10;

export function measureListSizes(catalog: Catalog, units: UnitDirectory): ListSize {
  const indicators = catalog.indicators.length;
  const perSector = new Map(
    catalog.sectors.map((s) => [s.code, catalog.indicators.filter((i) => i.sector === s.code).length]),
  );
  const unitsPerEdition = Math.max(1, ...units.editions.map((e) => e.edition.units.length));
  const mostChildren = Math.max(
    1,
    ...units.editions.flatMap((e) => e.edition.units.map((u) => e.children(u.code).length)),
  );
  const fixed = new Map<string, number>([
    ['Query.units', unitsPerEdition],
    ['Query.indicators', indicators],
    ['Query.sectors', catalog.sectors.length],
    ['SectorInfo.indicators', Math.max(1, ...perSector.values())],
    ['Indicator.inputs', indicators],
    ['Indicator.dependents', indicators],
    ['AdminUnit.children', mostChildren],
    ['AdminUnit.formedFrom', mostChildren],
    ['AdminUnit.mergedInto', mostChildren],
    // A page of revisions holds at most 100 (valueHistory's first/last bound); priced at the bound.
    ['ValueRevisionConnection.edges', 100],
  ]);
  return (typeName, fieldName, args) => {
    // statusCounts is one object, but it counts the values of every indicator it covers.
    if (typeName === 'AdminUnit' && ['values', 'latestValues', 'statusCounts'].includes(fieldName)) {
      if (Array.isArray(args.indicators)) return args.indicators.length;
      if (typeof args.sector === 'string') return perSector.get(args.sector) ?? indicators;
      return indicators;
    }
    if (typeName === 'IndicatorValue' && fieldName === 'recent')
      return typeof args.count === 'number' ? args.count : 12;
    return fixed.get(`${typeName}.${fieldName}`) ?? DEFAULT_LIST_SIZE;
  };
}
