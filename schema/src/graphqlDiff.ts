// What a change of the generated GraphQL schema does to clients, by GraphQL Inspector's rules: each change is
// breaking (a removed enum value, field or type), dangerous or safe. A breaking change fails the review unless
// schema/intended-breaking.yaml lists its path with a reason: a breaking change must be a decision, not an accident.
import { readFileSync } from 'node:fs';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** Where, e.g. `IndicatorCode.PSV_OLD` or `AdminUnit.economy`. */
  path: string;
  message: string;
  /** A change of a description only: counted, not listed. */
  description: boolean;
  /** For a breaking change listed as intended: the reason given. */
  intended?: string;
}

const intendedSchema = z.object({
  intended: z
    .array(z.object({ path: z.string().min(1), reason: z.string().min(1) }).strict())
    .nullable()
    .transform((v) => v ?? []),
});

/** The paths of breaking changes made on purpose, with their reasons, from a YAML file (missing: none). */
export function readIntendedBreaking(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const parsed = intendedSchema.safeParse(parseYaml(text) ?? { intended: [] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'the file'}: ${issue?.message}`);
  }
  return new Map(parsed.data.intended.map((e) => [e.path, e.reason]));
}

export async function diffSchemas(
  before: string,
  after: string,
  intended: ReadonlyMap<string, string> = new Map(),
): Promise<SchemaChange[]> {
  const changes: Change[] = await diff(buildSchema(before), buildSchema(after));
  return changes.map((c) => {
    const path = c.path ?? '';
    const level = c.criticality.level as SchemaChange['level'];
    const reason = level === CriticalityLevel.Breaking ? intended.get(path) : undefined;
    const description = /DESCRIPTION/.test(c.type);
    return { level, path, message: c.message, description, ...(reason ? { intended: reason } : {}) };
  });
}

/** Breaking changes nobody marked as intended: any makes `catalog diff` fail. */
export function unintendedBreaking(changes: readonly SchemaChange[]): SchemaChange[] {
  return changes.filter((c) => c.level === 'BREAKING' && !c.intended);
}

export function formatSchemaChanges(changes: readonly SchemaChange[]): string[] {
  const order = { BREAKING: 0, DANGEROUS: 1, NON_BREAKING: 2 };
  const listed = changes
    .filter((c) => !c.description)
    .sort((a, b) => order[a.level] - order[b.level] || a.path.localeCompare(b.path));
  const descriptions = changes.length - listed.length;
  const lines = [
    `GraphQL changes: ${listed.length === 0 ? 'none' : listed.length}${descriptions > 0 ? ` (and ${descriptions} description(s) changed)` : ''}`,
  ];
  for (const c of listed) {
    const mark =
      c.level === 'BREAKING'
        ? c.intended
          ? 'breaking (intended)'
          : 'BREAKING'
        : c.level === 'DANGEROUS'
          ? 'dangerous'
          : 'safe';
    lines.push(`  ${mark}: ${c.message}${c.intended ? ` (${c.intended})` : ''}`);
  }
  return lines;
}
