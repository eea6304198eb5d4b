// The administrative units the API serves: every edition with its tree index, and which edition a period reads.
import { endOfPeriod, type Period } from '@ioc/schema/period';
import { type AdminUnit, type Edition, EditionIndex, loadEditions } from '@ioc/schema/units';

/** A unit together with the edition it belongs to: the same code can mean different territory in two editions. */
export interface UnitInEdition {
  unit: AdminUnit;
  edition: EditionIndex;
}

export class UnitDirectory {
  readonly editions: EditionIndex[];

  constructor(editions: Edition[] = loadEditions()) {
    this.editions = editions.map((e) => new EditionIndex(e));
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
