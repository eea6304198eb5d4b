// Builds the GraphQL schema from a compiled catalog: the one place that lists the type files.
import type { Catalog } from '@ioc/schema/catalog';
import type { GraphQLSchema } from 'graphql';
import { addAdminUnit } from './adminUnit';
import { createBuilder } from './builder';
import { addEnums } from './enums';
import { addIndicator } from './indicator';
import { addIndicatorValue } from './indicatorValue';
import { addLatestValues } from './latestValues';
import { addPeriodScalar } from './periodScalar';
import { addSector } from './sector';
import { addSectorValues } from './sectorValues';
import { addSubscription } from './subscription';
import { addTarget } from './target';
import { addValueHistory } from './valueHistory';
import { addValueTrend } from './valueTrend';

export function buildSchema(catalog: Catalog): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({ description: 'The Lâm Đồng IOC indicator platform.' });
  builder.mutationType({ description: 'Writes: every write is validated whole and recorded in one transaction.' });
  addPeriodScalar(builder);
  const enums = addEnums(builder, catalog);
  const IndicatorRef = addIndicator(builder, catalog, enums);
  addSector(builder, catalog, enums, IndicatorRef);
  const AdminUnitRef = addAdminUnit(builder, enums);
  const IndicatorValueRef = addIndicatorValue(builder, enums, { Indicator: IndicatorRef, AdminUnit: AdminUnitRef });
  addSectorValues(builder, catalog, { AdminUnit: AdminUnitRef, IndicatorValue: IndicatorValueRef });
  addLatestValues(builder, enums, { AdminUnit: AdminUnitRef, IndicatorValue: IndicatorValueRef });
  addValueTrend(builder, { IndicatorValue: IndicatorValueRef });
  addTarget(builder, enums);
  addValueHistory(builder, enums, { AdminUnit: AdminUnitRef });
  addSubscription(builder, enums, { IndicatorValue: IndicatorValueRef });
  return builder.toSchema({ sortSchema: false });
}
