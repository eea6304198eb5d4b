// Mutation.setTargets: per-unit yearly targets, as data (from the provincial People's Council's annual resolutions).
import { requireRole } from '../auth/permissions';
import { batchRejected, batchTooLarge } from './batchErrors';
import type { Builder } from './builder';
import type { Enums } from './enums';

const MAX_TARGETS = 5_000;

export function addTarget(builder: Builder, enums: Enums) {
  const TargetInput = builder.inputType('TargetInput', {
    description:
      'A yearly target of one indicator for one unit: value for higher/lower-is-better indicators, low and high for a range. Cumulative indicators are prorated to shorter periods by days.',
    fields: (t) => ({
      indicator: t.field({
        description: 'The indicator the target is for.',
        type: enums.IndicatorCode,
        required: true,
      }),
      unit: t.string({ required: true, description: 'GSO code, in the edition valid on 31 December of the year.' }),
      year: t.int({
        description:
          'The year of the target (targets are set per year and prorated to shorter periods of cumulative indicators).',
        required: true,
      }),
      value: t.float({ description: 'The target value, for HIGHER or LOWER indicators.' }),
      low: t.float({ description: 'The low end of the target range, for RANGE indicators.' }),
      high: t.float({ description: 'The high end of the target range, for RANGE indicators.' }),
    }),
  });

  const SetTargetsResult = builder
    .objectRef<{ inserted: number; updated: number; unchanged: number }>('SetTargetsResult')
    .implement({
      description: 'What a batch of targets changed. Setting the same targets twice changes nothing the second time.',
      fields: (t) => ({
        inserted: t.exposeInt('inserted', { description: 'Targets set for the first time.' }),
        updated: t.exposeInt('updated', { description: 'Targets changed; the previous ones are kept in history.' }),
        unchanged: t.exposeInt('unchanged', { description: 'Targets sent with the value they already had.' }),
      }),
    });

  builder.mutationFields((t) => ({
    setTargets: t.field({
      type: SetTargetsResult,
      description: `Records yearly targets (at most ${MAX_TARGETS}) in one transaction, with one audit row; a batch with any bad item is rejected whole (extensions.items). Leaders only.`,
      args: { targets: t.arg({ type: [TargetInput], required: true }) },
      resolve: async (_root, { targets }, ctx) => {
        const actor = requireRole(ctx, ['LEADER'], 'set targets');
        if (targets.length > MAX_TARGETS) throw batchTooLarge('targets', MAX_TARGETS, targets.length);
        const result = await ctx.data.setTargets(targets, {
          source: 'manual',
          actor: actor.username,
          actorId: actor.userId,
        });
        if (!result.ok) throw batchRejected('targets', targets.length, result.errors);
        return result;
      },
    }),
  }));
}
