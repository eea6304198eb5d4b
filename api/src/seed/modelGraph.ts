// The models of one generation as a graph: a model for every input, linked to the inputs it is a share or the rest
// of, and to the model whose reports it shares. A profile that depends on itself throws.
import { Model, type World } from './indicatorModel';
import { profileFor } from './profile';

/** Every input of the catalog gets a model, parents too when only some indicators are generated. */
export function buildModels(world: World): Map<string, Model> {
  const models = new Map<string, Model>();
  for (const ind of world.catalog.indicators) {
    if (ind.kind === 'input') models.set(ind.code, new Model(world, ind, profileFor(ind, world.catalog)));
  }
  for (const m of models.values()) {
    const of = m.profile.part?.of ?? m.profile.per?.of ?? m.profile.rest?.of;
    if (of) m.parent = models.get(of);
    m.minus = (m.profile.rest?.minus ?? []).map((c) => models.get(c)).filter((x): x is Model => x !== undefined);
  }
  assertAcyclic(models);
  for (const m of models.values()) {
    let root = m;
    while ((root.source === 'part' || root.source === 'rest') && root.parent) root = root.parent;
    m.reporter = root;
  }
  return models;
}

function assertAcyclic(models: Map<string, Model>): void {
  for (const start of models.values()) {
    const seen = new Set<Model>();
    const walk = (m: Model): void => {
      if (seen.has(m)) throw new Error(`demo profiles: ${start.ind.code} depends on itself`);
      seen.add(m);
      if (m.parent) walk(m.parent);
      for (const x of m.minus) walk(x);
      seen.delete(m);
    };
    walk(start);
  }
}
