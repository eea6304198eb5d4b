// The one definition of the catalog file format: the loader's types and catalog.schema.json both come from it.
import { z } from 'zod';

export const CODE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
export const SECTOR_CODE_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

export const frequencySchema = z
  .enum(['day', 'week', 'month', 'quarter', 'year'])
  .meta({ description: 'Tần suất: day, week (ISO), month, quarter, year.' });
export const levelSchema = z
  .enum(['province', 'district', 'commune'])
  .meta({ description: 'Cấp hành chính thấp nhất có chỉ tiêu: province, district, commune.' });
export const sourceSchema = z.enum(['manual', 'import', 'national-feed']).meta({
  description: 'Nguồn của chỉ tiêu đầu vào: manual (nhập tay), import (nhập tệp), national-feed (trục quốc gia).',
});
export const unitsRuleSchema = z.enum(['sum', 'average', 'weightedAverage', 'min', 'max']);
export const timeRuleSchema = z.enum(['sum', 'average', 'last', 'first', 'min', 'max']);

const numberPair = z.tuple([z.number(), z.number()]);

export const aggregationSchema = z
  .strictObject({
    units: unitsRuleSchema.meta({ description: 'How values of child units combine into their parent.' }),
    time: timeRuleSchema.meta({ description: 'How values of shorter periods combine into a longer one.' }),
    weight: z
      .string()
      .regex(CODE_PATTERN)
      .optional()
      .meta({ description: 'With units: weightedAverage, the indicator whose values weigh each unit.' }),
  })
  .meta({ description: 'Input indicators only: the roll-up rules over admin units and over time.' });

export const thresholdSchema = z
  .strictObject({
    direction: z
      .enum(['higher', 'lower', 'range'])
      .meta({ description: 'higher: higher is better; lower: lower is better; range: within [low, high].' }),
    target: z.number().optional().meta({ description: 'Default target (higher/lower).' }),
    range: numberPair.optional().meta({ description: 'Target range [low, high] (range).' }),
    warning: z.number().min(0).optional().meta({
      description: 'Band next to the target, in the indicator unit, that gives WARNING instead of NOT_ACHIEVED.',
    }),
    alert: z.enum(['notAchieved', 'warning']).optional().meta({
      description:
        'Which statuses raise an alert: notAchieved (the default) raises on NOT_ACHIEVED only; warning raises on WARNING too.',
    }),
  })
  .meta({ description: 'When a value meets its target. Without it the status is NO_TARGET.' });

export const indicatorSchema = z.strictObject({
  code: z.string().max(40).regex(CODE_PATTERN).meta({ description: 'Stable UPPER_SNAKE_CASE code, never reused.' }),
  name: z.string().min(1).meta({ description: 'Tên chỉ tiêu (tiếng Việt).' }),
  nameEn: z.string().min(1).meta({ description: 'English name.' }),
  unit: z.string().min(1).meta({ description: 'Đơn vị tính, e.g. %, tỷ đồng, ha, người.' }),
  frequency: frequencySchema,
  level: levelSchema,
  afterReform: z
    .enum(['province', 'commune'])
    .optional()
    .meta({ description: 'For level: district, where it is collected from 2025-07-01 (districts abolished).' }),
  source: sourceSchema.optional(),
  bounds: numberPair.optional().meta({ description: 'Input only: [min, max] plausible for one observation.' }),
  aggregation: aggregationSchema.optional(),
  formula: z.string().min(1).optional().meta({ description: 'Derived only: expression over other indicator codes.' }),
  threshold: thresholdSchema.optional(),
  agency: z.string().min(1).meta({ description: 'Cơ quan chịu trách nhiệm (Sở, ngành).' }),
  description: z.string().min(1).meta({ description: 'Mô tả chỉ tiêu.' }),
  since: z
    .string()
    .optional()
    .meta({ description: 'The first period collected, in the indicator frequency (e.g. 2021-01 for a monthly one).' }),
  key: z.boolean().optional().meta({ description: 'A key indicator of its sector, shown for each child unit.' }),
  deprecated: z.string().min(1).optional().meta({ description: 'Reason; the API marks the field deprecated.' }),
});

export const sectorSchema = z.strictObject({
  code: z.string().regex(SECTOR_CODE_PATTERN).meta({ description: 'lowerCamelCase sector code.' }),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  order: z.number().int().min(0),
});

export const catalogFileSchema = z
  .strictObject({
    sector: sectorSchema,
    indicators: z.array(indicatorSchema).min(1),
  })
  .meta({ title: 'Lâm Đồng IOC indicator catalog file', description: 'One sector and its indicators.' });

export type IndicatorDef = z.infer<typeof indicatorSchema>;
export type SectorDef = z.infer<typeof sectorSchema>;
export type CatalogFileDef = z.infer<typeof catalogFileSchema>;
export type ThresholdDef = z.infer<typeof thresholdSchema>;
export type AggregationDef = z.infer<typeof aggregationSchema>;
export type Source = z.infer<typeof sourceSchema>;
