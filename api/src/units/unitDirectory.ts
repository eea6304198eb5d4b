// The administrative units the API serves: every edition with its tree index, and which edition a period reads.

import { type Crosswalk, loadCrosswalk } from '@ioc/schema/crosswalk';
import { endOfPeriod, type Period } from '@ioc/schema/period';
import { type AdminUnit, type Edition, EditionIndex, loadEditions } from '@ioc/schema/units';

/** A unit together with the edition it belongs to: the same code can mean different territory in two editions. */
export interface UnitInEdition {
  unit: AdminUnit;
  edition: EditionIndex;
}

export class UnitDirectory {
  readonly editions: EditionIndex[];

  readonly crosswalk: Crosswalk;
  readonly #newCodes = new Map<string, string[]>();
  readonly #oldCodes = new Map<string, string[]>();

  constructor(editions: Edition[] = loadEditions(), crosswalk: Crosswalk = loadCrosswalk()) {
    this.editions = editions.map((e) => new EditionIndex(e));
    this.crosswalk = crosswalk;
    for (const e of crosswalk.entries) {
      this.#newCodes.set(e.oldCode, e.newCodes);
      for (const code of e.newCodes) this.#oldCodes.set(code, [...(this.#oldCodes.get(code) ?? []), e.oldCode]);
    }
  }

  /** Old communes whose territory went into a commune of the crosswalk's target edition. */
  formedFrom(u: UnitInEdition): UnitInEdition[] {
    const from = this.byId(this.crosswalk.from);
    if (!from || u.edition.edition.id !== this.crosswalk.to) return [];
    return (this.#oldCodes.get(u.unit.code) ?? []).flatMap((code) => this.get(from, code) ?? []);
  }

  /** New communes an old commune of the crosswalk's source edition went into. */
  mergedInto(u: UnitInEdition): UnitInEdition[] {
    const to = this.byId(this.crosswalk.to);
    if (!to || u.edition.edition.id !== this.crosswalk.from) return [];
    return (this.#newCodes.get(u.unit.code) ?? []).flatMap((code) => this.get(to, code) ?? []);
  }

  /** The edition valid on a date, or undefined when none covers it. */
  editionOn(date: string): EditionIndex | undefined {
    return this.editions.find((e) => e.edition.validFrom <= date && (e.edition.validTo ?? '9999-12-31') >= date);
  }

  /** A period is reported in the edition valid on its last day (DESIGN.md). */
  editionFor(period: Period): EditionIndex | undefined {
    return this.editionOn(endOfPeriod(period));
  }

  current(today = new Date().toISOString().slice(0, 10)): EditionIndex {
    return this.editionOn(today) ?? (this.editions[this.editions.length - 1] as EditionIndex);
  }

  byId(id: string): EditionIndex | undefined {
    return this.editions.find((e) => e.edition.id === id);
  }

  get(edition: EditionIndex, code: string): UnitInEdition | undefined {
    const unit = edition.get(code);
    return unit ? { unit, edition } : undefined;
  }
}
