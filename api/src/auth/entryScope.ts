// Which items of a batch of observations an officer may not record: a unit outside their subtree (read in the edition
// of the item's period), or, for a department officer, an indicator of another agency. Items too malformed to place
// (an unknown period or unit) are left to validation, which refuses them anyway.
import type { Catalog } from '@ioc/schema/catalog';
import { tryParsePeriod } from '@ioc/schema/period';
import type { ObservationInput } from '../domain/observation';
import type { ItemError } from '../domain/validateObservations';
import type { UnitDirectory } from '../units/unitDirectory';
import type { Actor } from './actor';
import { inScope, type UnitScope } from './scope';

export function refusedEntries(options: {
  catalog: Catalog;
  units: UnitDirectory;
  actor: Actor;
  scope: UnitScope;
  items: readonly ObservationInput[];
}): ItemError[] {
  const { catalog, units, actor, scope, items } = options;
  const errors: ItemError[] = [];
  for (const [index, item] of items.entries()) {
    const indicator = catalog.byCode.get(item.indicator);
    if (scope.agency && indicator && indicator.agency !== scope.agency) {
      errors.push({
        index,
        field: 'indicator',
        message: `${indicator.code} is reported by ${indicator.agency}; ${actor.username} records only the indicators of ${scope.agency}`,
      });
      continue;
    }
    if (scope.all) continue;
    const parsed = tryParsePeriod(String(item.period));
    const edition = parsed.ok ? units.editionFor(parsed.period) : undefined;
    const unit = edition?.get(String(item.unit));
    if (!edition || !unit || inScope(scope, { unit, edition })) continue;
    errors.push({
      index,
      field: 'unit',
      message: `${unit.fullName} (${unit.code}) is outside your scope: ${actor.username} acts for unit ${actor.unit} and the units below it`,
    });
  }
  return errors;
}
