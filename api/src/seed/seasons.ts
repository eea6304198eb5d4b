// The seasonal patterns of the demo data: named daily multipliers (months, Tết, weekdays, holidays, fixed dates) that
// profiles refer to by name; seasonTable.ts turns them into per-day tables.

/**
 * A seasonal pattern as a daily multiplier (the product of the parts that apply), normalised per calendar year to a
 * mean of 1: a flow's yearly total does not depend on its season, and a monthly total is the sum of its days.
 */
export interface SeasonSpec {
  /** January..December. */
  months?: readonly number[];
  /** Around Tết: [first day, last day, factor], in days from the first day of the Lunar New Year. */
  tet?: readonly (readonly [number, number, number])[];
  /** Monday..Sunday. */
  week?: readonly number[];
  /** On public holidays (1 Jan, 30 Apr, 1 May, 1-2 Sep). */
  holiday?: number;
  /** Fixed days: [month, day, half-width in days, factor] (Valentine's Day and 8 March for roses...). */
  dates?: readonly (readonly [number, number, number, number])[];
}

export const SEASONS = {
  flat: {},
  // Đà Lạt: summer holidays (June-August), Tết and year-end peaks, a quiet March and October; weekends and holidays.
  tourism: {
    months: [1.0, 1.0, 0.78, 0.92, 0.95, 1.3, 1.38, 1.22, 0.82, 0.75, 0.85, 1.15],
    tet: [[-1, 6, 1.7]],
    week: [0.85, 0.8, 0.8, 0.85, 1.15, 1.35, 1.1],
    holiday: 1.7,
  },
  occupancy: {
    months: [1.0, 1.02, 0.9, 0.95, 0.97, 1.1, 1.12, 1.08, 0.9, 0.88, 0.92, 1.05],
    tet: [[-1, 6, 1.15]],
    week: [0.95, 0.93, 0.93, 0.95, 1.05, 1.12, 1.02],
  },
  travel: {
    months: [1.05, 1.05, 0.9, 0.97, 0.98, 1.1, 1.12, 1.05, 0.93, 0.9, 0.93, 1.05],
    tet: [
      [-10, -1, 1.5],
      [0, 3, 0.6],
      [4, 8, 1.5],
    ],
    week: [0.95, 0.9, 0.9, 0.95, 1.15, 1.15, 1.05],
    holiday: 1.5,
  },
  air: {
    months: [1.0, 1.0, 0.85, 0.95, 0.97, 1.2, 1.25, 1.15, 0.88, 0.85, 0.9, 1.1],
    tet: [
      [-5, -1, 1.4],
      [3, 8, 1.5],
    ],
    week: [1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 1.05],
    holiday: 1.3,
  },
  // Shopping before Tết, shops closed during it.
  retail: {
    months: [1.02, 1.0, 0.93, 0.95, 0.96, 0.98, 0.99, 0.98, 0.97, 1.0, 1.03, 1.12],
    tet: [
      [-21, -1, 1.45],
      [0, 4, 0.7],
    ],
  },
  // Factories stop for Tết and restart slowly.
  industry: {
    months: [1, 1, 1.02, 1, 1, 1, 1, 1, 1, 1.02, 1.03, 1.06],
    tet: [
      [-2, 6, 0.3],
      [7, 12, 0.85],
    ],
  },
  freight: { months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.02, 1.05], tet: [[-1, 5, 0.5]] },
  grdp: { months: [0.9, 0.9, 0.95, 0.98, 0.98, 1, 1, 1, 1.02, 1.05, 1.08, 1.12] },
  trade: { months: [1, 0.9, 1, 1, 1, 1, 1, 1, 1, 1.02, 1.05, 1.1], tet: [[-2, 6, 0.4]] },
  // Coffee is harvested November-January and shipped in the following months (a multiplier of the export share).
  coffeeExport: { months: [1.4, 1.15, 1.2, 1.1, 1.0, 0.85, 0.75, 0.7, 0.7, 0.8, 1.0, 1.3], tet: [[-2, 6, 0.4]] },
  // Harvest pressure on the farm-gate price.
  coffeePrice: { months: [0.97, 0.99, 1.01, 1.02, 1.02, 1.01, 1.0, 1.0, 1.01, 1.01, 0.98, 0.97] },
  // Dry season (December-April) forest fires.
  dryFire: { months: [2.4, 3.2, 3.6, 2.3, 0.6, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1.2], tet: [[0, 3, 1.3]] },
  dryMild: { months: [1.3, 1.4, 1.45, 1.3, 1, 0.8, 0.75, 0.75, 0.75, 0.8, 0.9, 1.1] },
  // Rainy season (May-October) dengue, peaking August-September.
  dengue: { months: [0.45, 0.3, 0.25, 0.3, 0.6, 1.0, 1.5, 1.9, 2.0, 1.7, 1.2, 0.8] },
  hydro: { months: [0.8, 0.6, 0.5, 0.5, 0.7, 0.9, 1.1, 1.3, 1.5, 1.6, 1.4, 1.1] },
  // North-east monsoon winds November-March.
  wind: { months: [1.6, 1.5, 1.2, 0.8, 0.6, 0.85, 0.95, 0.95, 0.6, 0.65, 1.3, 1.6] },
  solar: { months: [1.15, 1.2, 1.25, 1.2, 1.0, 0.9, 0.85, 0.85, 0.8, 0.85, 0.95, 1.05] },
  // One-stop shops: working days only, closed for Tết and public holidays, a year-end rush.
  office: {
    months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.12],
    tet: [
      [-7, -2, 1.2],
      [-1, 5, 0.05],
      [6, 9, 1.1],
    ],
    week: [1, 1, 1, 1, 1, 0.25, 0.04],
    holiday: 0.05,
  },
  reports: {
    months: [1, 1, 1, 1, 1.05, 1.05, 1.1, 1.1, 1.05, 1, 1, 1],
    tet: [[-1, 5, 0.5]],
    week: [1.1, 1.05, 1.05, 1.05, 1, 0.85, 0.75],
  },
  budget: { months: [1.25, 0.8, 0.9, 1.05, 0.95, 0.95, 1.0, 0.95, 0.95, 1.0, 1.05, 1.2] },
  spending: { months: [0.7, 0.85, 0.85, 0.9, 0.9, 0.95, 0.95, 0.95, 1.0, 1.05, 1.2, 1.7] },
  // Public investment is disbursed late in the year.
  disbursement: { months: [0.35, 0.35, 0.6, 0.75, 0.85, 1.1, 0.95, 1.0, 1.2, 1.25, 1.4, 2.2] },
  labour: { months: [0.9, 0.6, 1.1, 1.05, 1.05, 1.05, 1.0, 1.05, 1.1, 1.05, 1.0, 1.05] },
  schoolYear: { months: [0.9, 0.65, 0.95, 0.95, 0.95, 0.95, 1.05, 1.35, 1.45, 1.0, 0.9, 0.85] },
  business: { months: [1.0, 0.6, 1.1, 1.05, 1.0, 1.05, 1.0, 1.0, 1.0, 1.05, 1.05, 1.1], tet: [[-1, 5, 0.2]] },
  // Businesses suspend around Tết.
  suspend: { months: [2.0, 1.4, 0.9, 0.85, 0.8, 0.85, 0.85, 0.8, 0.8, 0.85, 0.9, 1.0] },
  deaths: { months: [1.1, 1.1, 1.0, 0.95, 0.95, 0.95, 0.92, 0.95, 0.97, 1.0, 1.03, 1.08] },
  // Rice planted in Đông Xuân (Dec-Feb), Hè Thu (Apr-May) and the main season (Jul-Sep).
  rice: { months: [1.8, 1.4, 1.1, 1.4, 1.4, 1.0, 1.2, 1.1, 0.9, 0.3, 0.2, 0.1] },
  tea: { months: [0.5, 0.5, 0.8, 1.0, 1.1, 1.0, 1.3, 1.3, 1.3, 1.2, 1.1, 0.9] },
  veg: { months: [1.1, 0.9, 1.0, 0.9, 0.9, 0.9, 0.95, 0.95, 1.0, 1.05, 1.15, 1.2] },
  flowers: { months: [1.5, 1.1, 0.95, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.95, 1.1, 1.35] },
  dragonFruit: { months: [0.8, 0.7, 0.8, 1.1, 1.25, 1.35, 1.3, 1.2, 0.95, 0.85, 0.85, 0.85] },
  meat: { months: [1.15, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 1.0, 1.05, 1.2] },
  fishing: { months: [0.8, 0.6, 1.05, 1.15, 1.15, 1.15, 1.15, 1.1, 1.05, 0.95, 0.85, 0.9], tet: [[-2, 5, 0.3]] },
  clinic: {
    months: [1.0, 0.8, 1.0, 1.0, 1.02, 1.05, 1.08, 1.08, 1.05, 1.0, 0.97, 0.95],
    tet: [[-1, 5, 0.2]],
  },
  crime: { months: [1.05, 1.15, 1.0, 0.95, 0.95, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.05] },
  fires: { months: [1.4, 1.5, 1.4, 1.2, 0.9, 0.7, 0.7, 0.7, 0.7, 0.8, 0.9, 1.1], tet: [[-3, 3, 2.0]] },
  traffic: {
    months: [1.05, 1.1, 0.95, 1.0, 0.98, 1.0, 1.02, 1.0, 0.95, 0.95, 0.98, 1.05],
    tet: [
      [-7, -1, 1.4],
      [0, 7, 1.8],
    ],
    week: [0.9, 0.9, 0.9, 0.95, 1.05, 1.25, 1.15],
    holiday: 1.6,
  },
  enforcement: { months: [1.2, 1.2, 1, 1, 1, 1, 1, 1, 0.95, 0.95, 1, 1.15], tet: [[-20, 8, 1.3]] },
  // Campaigns against smuggling and counterfeits before Tết.
  marketCampaign: { months: [1.3, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.95, 1.0, 1.1, 1.3], tet: [[-40, -1, 1.4]] },
  waste: { tet: [[-10, 5, 1.3]] },
  campaign: { months: [0.6, 0.5, 1.0, 1.1, 1.1, 1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 0.9] },
  festivals: { months: [1.6, 1.5, 0.9, 1.0, 0.9, 0.9, 0.8, 0.8, 1.0, 0.9, 1.0, 1.7] },
  cpi: { months: [1.0, 1.006, 1.0, 0.999, 0.999, 1, 1, 1, 1, 1, 1, 1.002], tet: [[-20, 5, 1.004]] },
  foodPrice: { months: [1.01, 1.015, 0.995, 0.99, 0.99, 0.995, 1, 1, 1, 1, 1, 1.005], tet: [[-20, 5, 1.01]] },
  // Cabbage: a spring glut, scarce and dear in the rainy season, dearer before Tết.
  vegPrice: { months: [1.05, 1.0, 0.72, 0.66, 0.8, 1.0, 1.2, 1.35, 1.42, 1.3, 1.15, 1.1], tet: [[-14, -1, 1.3]] },
  // Roses: Tết, Valentine's Day, 8 March, 20 October, 20 November, Christmas.
  flowerPrice: {
    months: [1.0, 1.0, 1.0, 0.9, 0.85, 0.8, 0.8, 0.8, 0.85, 1.0, 1.05, 1.1],
    tet: [[-20, -1, 1.9]],
    dates: [
      [2, 14, 3, 1.9],
      [3, 8, 3, 1.5],
      [10, 20, 3, 1.4],
      [11, 20, 3, 1.25],
      [12, 24, 3, 1.3],
    ],
  },
  // Dragon fruit: cheap in the summer main crop, dear off-season and before Tết.
  dragonPrice: { months: [1.25, 1.1, 0.95, 0.9, 0.85, 0.7, 0.65, 0.7, 0.85, 1.0, 1.15, 1.3], tet: [[-20, -1, 1.2]] },
  // Dry-season dust and burning.
  dryAir: { months: [1.15, 1.25, 1.3, 1.2, 1.0, 0.85, 0.8, 0.8, 0.8, 0.85, 0.95, 1.05] },
  // Rainy-season run-off lowers water quality.
  wqi: { months: [1.04, 1.05, 1.05, 1.03, 1.0, 0.97, 0.95, 0.94, 0.94, 0.96, 1.0, 1.03] },
} satisfies Record<string, SeasonSpec>;

export type SeasonName = keyof typeof SEASONS;
