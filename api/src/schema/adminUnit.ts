// AdminUnit and Edition: the administrative tree of each edition, and the queries that walk it.
import { parsePeriod } from '@ioc/schema/period';
import type { AdminLevel, EditionIndex } from '@ioc/schema/units';
import { GraphQLError } from 'graphql';
import { requireActor, requireUnitInScope, unitsInScope } from '../auth/permissions';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';
import type { Builder } from './builder';
import type { Enums } from './enums';

function editionOf(units: UnitDirectory, args: { period?: string | null; edition?: string | null }): EditionIndex {
  if (args.edition) {
    const found = units.byId(args.edition);
    if (!found) {
      const ids = units.editions.map((e) => e.edition.id).join(', ');
      throw new GraphQLError(`unknown edition "${args.edition}": expected one of ${ids}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'edition' },
      });
    }
    return found;
  }
  if (args.period) {
    const found = units.editionFor(parsePeriod(args.period));
    if (!found) {
      throw new GraphQLError(`no administrative edition covers period ${args.period}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'period' },
      });
    }
    return found;
  }
  return units.current();
}

export function addAdminUnit(builder: Builder, enums: Enums) {
  const EditionRef = builder.objectRef<EditionIndex>('Edition').implement({
    description:
      'The administrative hierarchy valid over a date range. A period is reported in the edition valid on its last day.',
    fields: (t) => ({
      id: t.string({ description: 'Edition identifier (e.g. 2025-07-01).', resolve: (e) => e.edition.id }),
      name: t.string({
        description: 'Name of the edition (the arrangement of units it reflects).',
        resolve: (e) => e.edition.name,
      }),
      validFrom: t.string({ description: 'First day, ISO date.', resolve: (e) => e.edition.validFrom }),
      validTo: t.string({
        nullable: true,
        description: 'Last day, ISO date; null while in force.',
        resolve: (e) => e.edition.validTo,
      }),
      levels: t.field({
        description:
          'The administrative levels of this edition, from the top: province, district, commune before the 2025 reform; province, commune after.',
        type: [enums.AdminLevel],
        resolve: (e) => e.edition.levels,
      }),
      source: t.string({ description: 'Where the unit list and codes come from.', resolve: (e) => e.edition.source }),
    }),
  });

  const AdminUnitRef = builder.objectRef<UnitInEdition>('AdminUnit');
  const wrap = (edition: EditionIndex) => (unit: UnitInEdition['unit']) => ({ unit, edition });
  AdminUnitRef.implement({
    description: 'A province, district or commune (xã, phường, thị trấn, đặc khu) with its official GSO code.',
    fields: (t) => ({
      code: t.string({ description: 'Official GSO code.', resolve: (u) => u.unit.code }),
      name: t.string({
        description: 'Name without its kind, e.g. "Xuân Hương - Đà Lạt".',
        resolve: (u) => u.unit.name,
      }),
      fullName: t.string({
        description: 'Name with its kind, e.g. "Phường Xuân Hương - Đà Lạt".',
        resolve: (u) => u.unit.fullName,
      }),
      kind: t.string({
        description: 'Tỉnh, Huyện, Thành phố, Thị xã, Xã, Phường, Thị trấn or Đặc khu.',
        resolve: (u) => u.unit.kind,
      }),
      level: t.field({
        description: 'Administrative level of the unit.',
        type: enums.AdminLevel,
        resolve: (u) => u.unit.level,
      }),
      edition: t.field({
        description: 'The edition the unit is read in.',
        type: EditionRef,
        resolve: (u) => u.edition,
      }),
      parent: t.field({
        description: 'The unit one level up; null for the province.',
        type: AdminUnitRef,
        nullable: true,
        resolve: (u) => {
          const parent = u.unit.parent ? u.edition.get(u.unit.parent) : undefined;
          return parent ? { unit: parent, edition: u.edition } : null;
        },
      }),
      ancestors: t.field({
        type: [AdminUnitRef],
        description: 'From the root down to the parent: the breadcrumbs.',
        resolve: (u) => u.edition.ancestors(u.unit.code).reverse().map(wrap(u.edition)),
      }),
      children: t.field({
        description: 'The units one level down, in GSO code order.',
        type: [AdminUnitRef],
        resolve: (u) => u.edition.children(u.unit.code).map(wrap(u.edition)),
      }),
      formedFrom: t.field({
        type: [AdminUnitRef],
        description:
          'For a commune of the 2025 edition: the communes of the previous edition whose territory went into it (the crosswalk).',
        resolve: (u, _args, ctx) => ctx.units.formedFrom(u),
      }),
      mergedInto: t.field({
        type: [AdminUnitRef],
        description:
          'For a commune of the pre-2025 edition: the commune(s) of the 2025 edition it went into (the crosswalk).',
        resolve: (u, _args, ctx) => ctx.units.mergedInto(u),
      }),
    }),
  });

  builder.queryFields((t) => ({
    editions: t.field({
      type: [EditionRef],
      description: 'Every edition of the administrative hierarchy, oldest first.',
      resolve: (_root, _args, ctx) => ctx.units.editions,
    }),
    unit: t.field({
      type: AdminUnitRef,
      nullable: true,
      description:
        'A unit by its GSO code, in the edition valid for `period` (or the edition named by `edition`; by default the one in force today). Null when the code does not exist in that edition. Signed-in users only; an officer reaches the units of their subtree (FORBIDDEN for others).',
      args: {
        code: t.arg.string({ required: true }),
        period: t.arg({ type: 'Period' }),
        edition: t.arg.string(),
      },
      resolve: (_root, args, ctx) => {
        requireActor(ctx);
        if (!/^\d{2,5}$/.test(args.code)) {
          throw new GraphQLError(`invalid unit code "${args.code}": GSO codes are 2 to 5 digits`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'code' },
          });
        }
        const unit = ctx.units.get(editionOf(ctx.units, args), args.code);
        if (unit) requireUnitInScope(ctx, unit, 'see');
        return unit ?? null;
      },
    }),
    units: t.field({
      type: [AdminUnitRef],
      description:
        "Units of an edition, filtered by level and by parent (direct children). Signed-in users only; an officer's list holds only the units of their subtree.",
      args: {
        level: t.arg({ type: enums.AdminLevel }),
        parent: t.arg.string(),
        period: t.arg({ type: 'Period' }),
        edition: t.arg.string(),
      },
      resolve: (_root, args, ctx) => {
        requireActor(ctx);
        const edition = editionOf(ctx.units, args);
        const level = args.level as AdminLevel | null | undefined;
        if (level && !edition.edition.levels.includes(level)) {
          throw new GraphQLError(
            `edition ${edition.edition.id} has no ${level} level: its levels are ${edition.edition.levels.join(', ')}`,
            { extensions: { code: 'BAD_USER_INPUT', argument: 'level' } },
          );
        }
        if (args.parent && !edition.get(args.parent)) {
          throw new GraphQLError(`unknown parent unit "${args.parent}" in edition ${edition.edition.id}`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'parent' },
          });
        }
        const pool = args.parent ? edition.children(args.parent) : edition.edition.units;
        return unitsInScope(ctx, pool.filter((u) => !level || u.level === level).map(wrap(edition)));
      },
    }),
  }));
  return AdminUnitRef;
}
