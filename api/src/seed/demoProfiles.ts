// One demo profile per input indicator (the fields are in profile.ts): its typical level, how it scales with a unit,
// grows, follows the seasons and relates to other indicators. Orders of magnitude for Lâm Đồng, not facts.
import type { Profile } from './profile';

const PCT = 0.01;

// Farm-gate green coffee (robusta) in the Central Highlands, đồng/kg: the 2024 rally and the 2025 correction.
const COFFEE_PATH: readonly (readonly [number, number])[] = [
  [2023.9, 68_000],
  [2024.2, 90_000],
  [2024.3, 125_000],
  [2024.45, 118_000],
  [2024.6, 120_000],
  [2024.8, 108_000],
  [2024.95, 122_000],
  [2025.12, 132_000],
  [2025.3, 128_000],
  [2025.45, 108_000],
  [2025.55, 95_000],
  [2025.7, 112_000],
  [2025.9, 108_000],
  [2026.15, 100_000],
  [2026.5, 95_000],
  [2027.0, 98_000],
];

export const PROFILES: Readonly<Record<string, Profile>> = {
  // ---- Population -------------------------------------------------------------------------------------------------
  POP_TOTAL: { base: 27_500, size: 'pop', growth: 0.009, spread: 0, noise: 0.002 },
  POP_AREA: { base: 195.4, size: 'area', spread: 0, noise: 0, decimals: 2 },
  POP_MALE: { part: { of: 'POP_TOTAL', ratio: 0.4985 }, spread: 0.006, noise: 0.001 },
  POP_URBAN: { part: { of: 'POP_TOTAL' }, special: 'urbanShare', noise: 0.002 },
  POP_HOUSEHOLDS: { per: { of: 'POP_TOTAL', ratio: 0.27 }, spread: 0.05, noise: 0.003 },
  // Births from a natural growth placed against its threshold, over a crude death rate of 5.8‰.
  POP_BIRTHS: { per: { of: 'POP_TOTAL', tier: { from: 'POP_NATURAL_GROWTH', offset: 5.8, scale: 0.001 } } },
  // Boys' share of births from a sex ratio at birth S: about (S + 100) / 400.
  POP_BIRTHS_MALE: { part: { of: 'POP_BIRTHS', tier: { from: 'POP_SRB', offset: 100, scale: 1 / 400, min: 95 } } },
  POP_DEATHS: { per: { of: 'POP_TOTAL', ratio: 0.0058 }, season: 'deaths', spread: 0.15 },

  // ---- Labour -----------------------------------------------------------------------------------------------------
  LAB_FORCE: { base: 2_050_000, size: 'pop', growth: 0.008, spread: 0.03, noise: 0.004 },
  LAB_UNEMPLOYED: { part: { of: 'LAB_FORCE', tier: { from: 'LAB_UNEMP_RATE', scale: PCT, min: 0.5 } }, noise: 0.03 },
  LAB_EMPLOYED: { rest: { of: 'LAB_FORCE', minus: ['LAB_UNEMPLOYED'] } },
  LAB_TRAINED: { part: { of: 'LAB_FORCE', tier: { from: 'LAB_TRAINED_RATE', scale: PCT } }, growth: 0.02 },
  LAB_NEW_JOBS: { base: 390, size: 'pop', growth: 0.03, season: 'labour' },
  LAB_OVERSEAS: { base: 20, size: 'pop', growth: 0.05, spread: 0.5 },
  LAB_VOC_ENROLMENT: { base: 280, size: 'pop', growth: 0.02, season: 'schoolYear' },
  LAB_ACCIDENTS: { base: 2, size: 'econ', rateTiers: [0.15, 1.5, 5] },

  // ---- Enterprises ------------------------------------------------------------------------------------------------
  ENT_NEW: { base: 27, size: 'econ', growth: 0.06, season: 'business' },
  ENT_NEW_CAPITAL: { part: { of: 'ENT_NEW', tier: { from: 'ENT_AVG_CAPITAL' } }, noise: 0.35, decimals: 2 },
  ENT_SUSPENDED: { base: 22, size: 'econ', growth: 0.02, season: 'suspend' },
  ENT_DISSOLVED: { base: 7, size: 'econ', growth: 0.03, season: 'suspend' },
  ENT_ACTIVE: { per: { of: 'POP_TOTAL', tier: { from: 'ENT_PER_10K', scale: 1e-4 } }, growth: 0.04, noise: 0.004 },
  ENT_COOP: { base: 5.6, size: 'farm', growth: 0.03, noise: 0.01 },
  ENT_HOUSEHOLD_BIZ: { base: 1_290, size: 'econ', growth: 0.02, noise: 0.005 },

  // ---- Investment -------------------------------------------------------------------------------------------------
  INV_SOCIAL: { part: { of: 'GRDP_CURRENT', tier: { from: 'INV_SOCIAL_GRDP', scale: PCT } }, noise: 0.03 },
  INV_PUBLIC_PLAN: { base: 16_000, size: 'econ', growth: 0.12, yearly: true, noise: 0.02, decimals: 2 },
  // Disbursed through the year (back-loaded) up to a share of the plan placed against the disbursement target.
  INV_PUBLIC_DISBURSED: {
    per: { of: 'INV_PUBLIC_PLAN', tier: { from: 'INV_DISBURSE_RATE', scale: PCT, max: 102 } },
    season: 'disbursement',
    noise: 0.1,
    decimals: 2,
  },
  INV_FDI_PROJECTS: { base: 24, size: 'econ', growth: 0.05 },
  INV_FDI_CAPITAL: { part: { of: 'INV_FDI_PROJECTS', ratio: 14 }, noise: 0.7, decimals: 2 },
  INV_DOMESTIC_PROJECTS: { base: 240, size: 'econ', growth: 0.04 },
  INV_DOMESTIC_CAPITAL: { part: { of: 'INV_DOMESTIC_PROJECTS', ratio: 190 }, noise: 0.6, decimals: 2 },
  INV_BUILD_PERMITS: { base: 73, size: 'econ', growth: 0.03, season: 'business' },
  INV_HOUSING_FLOOR: { base: 28_000, size: 'pop', growth: 0.05, noise: 0.15 },

  // ---- National accounts ------------------------------------------------------------------------------------------
  GRDP_CONSTANT: {
    base: 140_000,
    size: 'econ',
    growthTier: { from: 'GRDP_GROWTH' },
    season: 'grdp',
    noise: 0.004,
    spread: 0.05,
    decimals: 2,
  },
  GRDP_CURRENT: { part: { of: 'GRDP_CONSTANT', ratio: 2.1 }, growth: 0.035, noise: 0.003, decimals: 2 },
  GRDP_AGR_CURRENT: { part: { of: 'GRDP_CURRENT', tier: { from: 'GRDP_AGR_SHARE', scale: PCT } }, noise: 0.01 },
  GRDP_IND_CURRENT: { part: { of: 'GRDP_CURRENT', tier: { from: 'GRDP_IND_SHARE', scale: PCT } }, noise: 0.01 },
  // Services take what agriculture, industry and product taxes (5%) leave, so the shares add up.
  GRDP_SVC_CURRENT: { rest: { of: 'GRDP_CURRENT', minus: ['GRDP_AGR_CURRENT', 'GRDP_IND_CURRENT'], keep: 0.05 } },
  GRDP_DIGITAL_SHARE: { tier: {}, growth: 0.02, noise: 0.01, decimals: 2 },

  // ---- Public finance ---------------------------------------------------------------------------------------------
  FIN_REV_ESTIMATE: { base: 40_000, size: 'econ', growth: 0.1, yearly: true, noise: 0.02, decimals: 2 },
  FIN_REVENUE: {
    per: { of: 'FIN_REV_ESTIMATE', tier: { from: 'FIN_REV_EXEC_RATE', scale: PCT } },
    season: 'budget',
    noise: 0.06,
    decimals: 2,
  },
  FIN_REV_DOMESTIC: { base: 240, size: 'econ', growth: 0.08, season: 'budget', noise: 0.15, decimals: 2 },
  FIN_REV_LAND: { base: 48, size: 'econ', growth: 0.05, noise: 0.6, decimals: 2 },
  FIN_EXPENDITURE: { base: 48_000, size: 'pop', growth: 0.08, season: 'spending', noise: 0.06, decimals: 2 },
  FIN_EXP_DEV: { part: { of: 'FIN_EXPENDITURE', tier: { from: 'FIN_EXP_DEV_SHARE', scale: PCT } }, noise: 0.08 },
  FIN_EXP_RECURRENT: { rest: { of: 'FIN_EXPENDITURE', minus: ['FIN_EXP_DEV'], keep: 0.06 } },
  FIN_TAX_ARREARS: { tier: {}, noise: 0.04, decimals: 2 },

  // ---- Insurance --------------------------------------------------------------------------------------------------
  INS_SOCIAL_PARTICIPANTS: { base: 4_500, size: 'econ', growth: 0.04, spread: 0.2, noise: 0.003 },
  INS_VOLUNTARY: { base: 1_290, size: 'pop', growth: 0.1, noise: 0.005 },
  INS_UNEMPLOYMENT: { part: { of: 'INS_SOCIAL_PARTICIPANTS', ratio: 0.9 }, spread: 0.03, noise: 0.002 },
  INS_HEALTH: {
    per: { of: 'POP_TOTAL', tier: { from: 'INS_HEALTH_COVERAGE', scale: PCT, max: 100 } },
    noise: 0.002,
  },
  INS_UNEMP_BENEFIT: { base: 28_000, size: 'econ', growth: 0.04, season: 'suspend', noise: 0.06 },
  INS_ARREARS: { tier: {}, noise: 0.04, decimals: 2 },

  // ---- Agriculture, forestry, fisheries ---------------------------------------------------------------------------
  AGR_RICE_AREA: { base: 1_290, size: 'rice', season: 'rice', noise: 0.05, decimals: 1 },
  AGR_RICE_PROD: { part: { of: 'AGR_RICE_AREA', tier: { from: 'AGR_RICE_YIELD', scale: 0.1 } }, noise: 0.03 },
  AGR_COFFEE_AREA: { base: 2_580, size: 'coffee', growth: 0.005, noise: 0.003, spread: 0, decimals: 1 },
  // Yearly: the November-January harvest falls in the crop year, so the output has no within-year season here.
  AGR_COFFEE_PROD: { part: { of: 'AGR_COFFEE_AREA', ratio: 3.0 }, spread: 0.12, noise: 0.06, yearSwing: 0.08 },
  AGR_TEA_PROD: { base: 2_000, size: 'tea', season: 'tea', growth: -0.01, decimals: 1 },
  AGR_VEG_AREA: { base: 600, size: 'veg', season: 'veg', growth: 0.02, decimals: 1 },
  AGR_VEG_PROD: { part: { of: 'AGR_VEG_AREA', ratio: 32 }, spread: 0.1, noise: 0.05 },
  AGR_FLOWER_PROD: { base: 28, size: 'flower', season: 'flowers', growth: 0.04, decimals: 2 },
  AGR_DURIAN_PROD: { base: 2_250, size: 'durian', growth: 0.15, yearSwing: 0.1, decimals: 1 },
  AGR_DRAGON_PROD: { base: 4_800, size: 'dragon', season: 'dragonFruit', growth: -0.02, decimals: 1 },
  AGR_CULTIVATED_AREA: { base: 7_260, size: 'farm', growth: 0.002, noise: 0.002, spread: 0, decimals: 1 },
  AGR_HIGHTECH_AREA: {
    part: { of: 'AGR_CULTIVATED_AREA', tier: { from: 'AGR_HIGHTECH_SHARE', scale: PCT, max: 100 } },
    growth: 0.03,
    noise: 0.005,
  },
  AGR_MEAT_PROD: { base: 2_000, size: 'farm', season: 'meat', growth: 0.04, decimals: 1 },
  // Forest ha = land km² × cover % (1 km² = 100 ha).
  AGR_FOREST_AREA: { per: { of: 'POP_AREA', tier: { from: 'AGR_FOREST_COVER', max: 95 } }, noise: 0.002 },
  AGR_FOREST_FIRES: { base: 0.8, size: 'forest', season: 'dryFire', rateTiers: [0.3, 2, 6] },
  AGR_FOREST_VIOLATIONS: { base: 8, size: 'forest', season: 'dryMild', growth: -0.03 },
  AGR_FISH_CATCH: { base: 1_850, size: 'coast', season: 'fishing', growth: 0.01, yearSwing: 0.08, decimals: 1 },
  AGR_AQUACULTURE: { base: 200, size: 'aqua', growth: 0.05, decimals: 1 },
  AGR_NTM_COMMUNE: { special: 'newRural' },

  // ---- Industry ---------------------------------------------------------------------------------------------------
  IND_IIP: { base: 150, growthTier: { from: 'IND_IIP_YOY', offset: -100, span: 6 }, season: 'industry', noise: 0.015 },
  IND_IIP_MANUF: {
    base: 155,
    growthTier: { from: 'IND_IIP_MANUF_YOY', offset: -100, span: 6 },
    season: 'industry',
    noise: 0.02,
  },
  IND_HYDRO_OUTPUT: {
    base: 88.7,
    size: 'hydro',
    season: 'hydro',
    noise: 0.12,
    spread: 0.15,
    yearSwing: 0.1,
    decimals: 3,
  },
  IND_WIND_OUTPUT: { base: 22, size: 'wind', season: 'wind', noise: 0.35, spread: 0.15, decimals: 3 },
  IND_SOLAR_OUTPUT: { base: 26, size: 'solar', season: 'solar', noise: 0.15, spread: 0.15, decimals: 3 },
  IND_ALUMINA: { base: 10_500, size: 'alumina', growth: 0.02, noise: 0.05, spread: 0, decimals: 1 },
  IND_BAUXITE: { part: { of: 'IND_ALUMINA', ratio: 2.4 }, noise: 0.05 },
  IND_CLUSTER_OCCUPANCY: { tier: {}, noise: 0.01, decimals: 1 },

  // ---- Trade ------------------------------------------------------------------------------------------------------
  TRD_RETAIL: {
    base: 220_000,
    size: 'econ',
    growthTier: { from: 'TRD_RETAIL_GROWTH' },
    season: 'retail',
    noise: 0.02,
    decimals: 2,
  },
  TRD_ACCOM_FOOD: { base: 45_000, size: 'tourism', growth: 0.12, season: 'tourism', noise: 0.03, decimals: 2 },
  TRD_EXPORT: {
    base: 3_000,
    size: 'econ',
    growthTier: { from: 'TRD_EXPORT_GROWTH' },
    season: 'trade',
    noise: 0.05,
    decimals: 2,
  },
  // Coffee's share of exports follows where coffee grows (Đắk Nông, Lâm Đồng) and the harvest-to-shipping season.
  TRD_EXPORT_COFFEE: {
    part: { of: 'TRD_EXPORT', ratio: 0.36, by: ['coffee', 'econ', 0.5], max: 0.9 },
    season: 'coffeeExport',
    noise: 0.08,
  },
  TRD_IMPORT: { base: 1_000, size: 'econ', growth: 0.07, season: 'trade', noise: 0.1, decimals: 2 },
  TRD_MARKETS: { base: 5.6, size: 'pop', spread: 0.3, noise: 0 },
  TRD_MARKET_VIOLATIONS: { base: 28, size: 'econ', season: 'marketCampaign', growth: -0.02 },

  // ---- Prices -----------------------------------------------------------------------------------------------------
  PRC_CPI: { base: 116, growthTier: { from: 'PRC_INFLATION_YOY', span: 1.5 }, season: 'cpi', noise: 0.002, spread: 0 },
  PRC_CPI_FOOD: { base: 121, growth: 0.04, season: 'foodPrice', noise: 0.004, spread: 0.01 },
  PRC_VEG_PRICE: { base: 7_000, season: 'vegPrice', common: 0.22, noise: 0.05, spread: 0.08, decimals: -2 },
  PRC_FLOWER_PRICE: { base: 2_600, season: 'flowerPrice', common: 0.1, noise: 0.05, spread: 0.1, decimals: -1 },
  // A market price: it follows the world market, not the province's target (which it is far above since 2024).
  PRC_COFFEE_PRICE: {
    path: COFFEE_PATH,
    season: 'coffeePrice',
    common: 0.015,
    noise: 0.006,
    spread: 0.025,
    decimals: -2,
  },
  PRC_DRAGON_PRICE: { base: 16_000, season: 'dragonPrice', common: 0.18, noise: 0.05, spread: 0.1, decimals: -2 },

  // ---- Transport --------------------------------------------------------------------------------------------------
  TRN_PASSENGERS: {
    base: 80_000,
    size: 'pop',
    growthTier: { from: 'TRN_PASSENGERS_GROWTH' },
    season: 'travel',
    noise: 0.03,
    decimals: 1,
  },
  TRN_PASSENGER_KM: { part: { of: 'TRN_PASSENGERS', ratio: 0.065 }, noise: 0.03 },
  TRN_FREIGHT: {
    base: 60_000,
    size: 'econ',
    growthTier: { from: 'TRN_FREIGHT_GROWTH' },
    season: 'freight',
    noise: 0.03,
    decimals: 1,
  },
  TRN_FREIGHT_TKM: { part: { of: 'TRN_FREIGHT', ratio: 0.085 }, noise: 0.03 },
  TRN_REVENUE: { base: 18_000, size: 'econ', growth: 0.1, season: 'travel', noise: 0.03, decimals: 2 },
  // Liên Khương airport is in old Lâm Đồng: the other old provinces report 0.
  TRN_AIR_PASSENGERS: {
    base: 2_600_000,
    size: 'airport',
    growthTier: { from: 'TRN_AIR_GROWTH' },
    season: 'air',
    noise: 0.06,
  },
  TRN_COACH_DEPARTURES: { base: 4_400, size: 'coach', season: 'travel', noise: 0.08 },

  // ---- ICT --------------------------------------------------------------------------------------------------------
  ICT_BTS_STATIONS: { base: 73, size: 'pop', growth: 0.05, spread: 0.2, noise: 0.005 },
  // 5G rolled out from 2024: the share ramps up to where the unit stands against the target.
  ICT_5G_STATIONS: {
    part: { of: 'ICT_BTS_STATIONS', tier: { from: 'ICT_5G_SHARE', scale: PCT, max: 100 } },
    ramp: [2024.25, 2026.0, 0.05],
  },
  ICT_VILLAGES_NO_SIGNAL: { tier: {}, growth: -0.2, noise: 0.05 },
  ICT_MOBILE_SUBS: {
    per: { of: 'POP_TOTAL', tier: { from: 'ICT_MOBILE_SUBS_PER_100', scale: PCT } },
    growth: 0.01,
    noise: 0.005,
  },
  ICT_FBB_SUBS: {
    per: { of: 'POP_TOTAL', tier: { from: 'ICT_FBB_SUBS_PER_100', scale: PCT } },
    growth: 0.03,
    noise: 0.005,
  },
  ICT_TELECOM_REVENUE: { base: 4_000, size: 'econ', growth: 0.06, noise: 0.03, decimals: 2 },

  // ---- Science ----------------------------------------------------------------------------------------------------
  SCI_RD_SPENDING: { per: { of: 'GRDP_CURRENT', tier: { from: 'SCI_RD_GRDP_SHARE', scale: PCT } }, noise: 0.05 },
  SCI_PROJECTS_ACCEPTED: { tier: {}, noise: 0.05 },
  SCI_PROJECTS_APPLIED: {
    part: { of: 'SCI_PROJECTS_ACCEPTED', tier: { from: 'SCI_APPLIED_RATE', scale: PCT, max: 100 } },
  },
  SCI_IP_GRANTS: { tier: {}, noise: 0.05 },
  SCI_ST_ENTERPRISES: { tier: {}, noise: 0.02 },

  // ---- Education --------------------------------------------------------------------------------------------------
  EDU_SCHOOLS: { base: 19.5, size: 'pop', spread: 0.15, noise: 0 },
  EDU_SCHOOLS_STANDARD: {
    part: { of: 'EDU_SCHOOLS', tier: { from: 'EDU_STANDARD_SCHOOL_RATE', scale: PCT, max: 100 } },
    growth: 0.03,
  },
  EDU_STUDENTS_PRIMARY: { per: { of: 'POP_TOTAL', ratio: 0.085 }, spread: 0.08, noise: 0.01 },
  EDU_STUDENTS_LOWER_SEC: { per: { of: 'POP_TOTAL', ratio: 0.063 }, spread: 0.08, noise: 0.01 },
  EDU_STUDENTS_UPPER_SEC: { per: { of: 'POP_TOTAL', ratio: 0.038 }, spread: 0.15, noise: 0.01 },
  // Teachers = pupils (18.6% of the population) / a pupils-per-teacher ratio placed against its range.
  EDU_TEACHERS: {
    per: { of: 'POP_TOTAL', tier: { from: 'EDU_PUPILS_PER_TEACHER', scale: 0.186, invert: true, min: 8 } },
    noise: 0.01,
  },
  EDU_DROPOUTS: { per: { of: 'POP_TOTAL', tier: { from: 'EDU_DROPOUT_RATE', scale: 0.00186 } }, noise: 0.15 },
  EDU_EXAM_CANDIDATES: { per: { of: 'POP_TOTAL', ratio: 0.0112 }, noise: 0.01, spread: 0.05 },
  EDU_EXAM_GRADUATES: {
    part: { of: 'EDU_EXAM_CANDIDATES', tier: { from: 'EDU_GRADUATION_RATE', scale: PCT, max: 100 } },
  },

  // ---- Health -----------------------------------------------------------------------------------------------------
  HEA_BEDS: { per: { of: 'POP_TOTAL', tier: { from: 'HEA_BEDS_PER_10K', scale: 1e-4 } }, noise: 0.01 },
  HEA_DOCTORS: { per: { of: 'POP_TOTAL', tier: { from: 'HEA_DOCTORS_PER_10K', scale: 1e-4 } }, noise: 0.01 },
  // Electronic health records rolled out in 2024-2025.
  HEA_EHR_PEOPLE: {
    per: { of: 'POP_TOTAL', tier: { from: 'HEA_EHR_RATE', scale: PCT, max: 100 } },
    ramp: [2024.0, 2025.75, 0.3],
    noise: 0.005,
  },
  HEA_U5_MEASURED: { per: { of: 'POP_TOTAL', ratio: 0.068 }, spread: 0.1, noise: 0.01 },
  HEA_U5_STUNTED: {
    part: { of: 'HEA_U5_MEASURED', tier: { from: 'HEA_STUNTING_RATE', scale: PCT, span: 6 } },
    growth: -0.03,
  },
  HEA_INFANTS: { per: { of: 'POP_TOTAL', ratio: 0.0145 }, spread: 0.12, noise: 0.01 },
  HEA_INFANTS_FULLY_VACC: {
    per: { of: 'HEA_INFANTS', tier: { from: 'HEA_FULL_VACC_RATE', scale: PCT, max: 100 } },
    noise: 0.08,
  },
  HEA_OUTPATIENT_VISITS: { per: { of: 'POP_TOTAL', ratio: 3.0 }, spread: 0.3, season: 'clinic', noise: 0.06 },
  HEA_DENGUE_CASES: { base: 32, size: 'dengue', season: 'dengue', noise: 0.5, yearSwing: 0.4 },

  // ---- Tourism ----------------------------------------------------------------------------------------------------
  TOU_GUESTS_CHECKIN_DAY: { base: 88_700, size: 'tourism', growth: 0.08, season: 'tourism', noise: 0.15 },
  TOU_INTL_CHECKIN_DAY: { part: { of: 'TOU_GUESTS_CHECKIN_DAY', ratio: 0.08 }, spread: 0.4, noise: 0.2 },
  TOU_ATTRACTION_VISITS: { base: 161_000, size: 'tourism', growth: 0.07, season: 'tourism', noise: 0.1 },
  TOU_VISITORS: {
    base: 153_000,
    size: 'tourism',
    growthTier: { from: 'TOU_VISITORS_YOY' },
    season: 'tourism',
    noise: 0.06,
  },
  TOU_VISITORS_INTL: { part: { of: 'TOU_VISITORS', tier: { from: 'TOU_INTL_SHARE', scale: PCT } }, noise: 0.1 },
  TOU_OVERNIGHT_GUESTS: { part: { of: 'TOU_VISITORS', ratio: 0.58 }, spread: 0.1, noise: 0.04 },
  TOU_GUEST_NIGHTS: { part: { of: 'TOU_OVERNIGHT_GUESTS', tier: { from: 'TOU_AVG_STAY' } }, noise: 0.04 },
  TOU_ACCOM_ESTABLISHMENTS: { base: 52, size: 'tourism', growth: 0.04, noise: 0.005 },
  TOU_ROOMS: { per: { of: 'TOU_ACCOM_ESTABLISHMENTS', ratio: 11 }, spread: 0.2, noise: 0.005 },
  TOU_OCCUPANCY: { tier: {}, season: 'occupancy', noise: 0.03, decimals: 1 },
  TOU_REVENUE: {
    base: 60_000,
    size: 'tourism',
    growthTier: { from: 'TOU_REVENUE_YOY' },
    season: 'tourism',
    noise: 0.04,
    decimals: 2,
  },
  TOU_EVENTS: { base: 9.7, size: 'econ', season: 'festivals', spread: 0.4 },
  TOU_SPORT_PARTICIPATION: { tier: {}, growth: 0.01, noise: 0.01, decimals: 1 },

  // ---- Living standards -------------------------------------------------------------------------------------------
  LIV_HOUSEHOLDS: { per: { of: 'POP_TOTAL', ratio: 0.27 }, spread: 0.05, noise: 0.002 },
  LIV_POOR_HH: { part: { of: 'LIV_HOUSEHOLDS', tier: { from: 'LIV_POVERTY_RATE', scale: PCT } }, growth: -0.12 },
  LIV_NEAR_POOR_HH: { part: { of: 'LIV_HOUSEHOLDS', ratio: 0.022 }, spread: 0.5, growth: -0.08 },
  LIV_INCOME_PER_CAPITA: { tier: {}, growth: 0.07, noise: 0.005, decimals: 2 },
  LIV_CLEAN_WATER_HH: {
    part: { of: 'LIV_HOUSEHOLDS', tier: { from: 'LIV_CLEAN_WATER_RATE', scale: PCT, max: 100 } },
    growth: 0.02,
  },
  // The 2025 campaign that cleared temporary houses: halves every year.
  LIV_TEMPORARY_HOUSES: { tier: { span: 20 }, growth: -0.5, noise: 0 },

  // ---- Justice and public order -----------------------------------------------------------------------------------
  JUS_CRIMES: { base: 24, size: 'econ', growthTier: { from: 'JUS_CRIMES_YOY' }, season: 'crime', noise: 0.1 },
  JUS_CRIMES_SOLVED: { part: { of: 'JUS_CRIMES', tier: { from: 'JUS_CLEARANCE_RATE', scale: PCT, max: 100 } } },
  JUS_DRUG_CASES: { base: 12, size: 'econ', growth: 0.02 },
  JUS_FIRES: { base: 3.2, size: 'econ', season: 'fires' },
  JUS_FIRE_DAMAGE: { part: { of: 'JUS_FIRES', ratio: 120 }, noise: 1.1, decimals: 1 },
  JUS_CIVIL_CASES_ACCEPTED: { base: 130, size: 'pop', growth: 0.04, noise: 0.06 },
  JUS_CIVIL_CASES_RESOLVED: {
    part: { of: 'JUS_CIVIL_CASES_ACCEPTED', tier: { from: 'JUS_CIVIL_RESOLUTION_RATE', scale: PCT, max: 110 } },
  },

  // ---- Environment ------------------------------------------------------------------------------------------------
  // Waste from a per-capita rate (kg/person/day × 365 / 1000 = t/person/year).
  ENV_WASTE_GENERATED: {
    per: { of: 'POP_TOTAL', tier: { from: 'ENV_WASTE_PER_CAPITA', scale: 0.365, span: 0.4 } },
    season: 'waste',
    noise: 0.05,
    decimals: 1,
  },
  ENV_WASTE_COLLECTED: {
    part: { of: 'ENV_WASTE_GENERATED', tier: { from: 'ENV_WASTE_COLLECTION_RATE', scale: PCT, max: 100 } },
    noise: 0.01,
  },
  ENV_WASTE_LANDFILLED: {
    part: { of: 'ENV_WASTE_COLLECTED', tier: { from: 'ENV_LANDFILL_RATE', scale: PCT, max: 100 } },
    noise: 0.03,
  },
  ENV_AQI: { tier: { span: 30 }, season: 'dryAir', noise: 0.12, decimals: 0 },
  ENV_PM25: { tier: { span: 35 }, season: 'dryAir', noise: 0.15, decimals: 1 },
  ENV_WQI: { tier: { span: 15 }, season: 'wqi', noise: 0.03, decimals: 0 },
  ENV_IZ_OPERATING: { base: 45, size: 'econ', growth: 0.03, noise: 0 },
  ENV_IZ_WWTP: { part: { of: 'ENV_IZ_OPERATING', tier: { from: 'ENV_IZ_WWTP_RATE', scale: PCT, max: 100 } } },
  ENV_VIOLATIONS: { base: 4.8, size: 'econ' },

  // ---- Public services (Decision 766 scorecard, one-stop shops) ---------------------------------------------------
  PSV_766_TRANSPARENCY: { tier: {}, noise: 0.008, decimals: 2 },
  PSV_766_TIMELINESS: { tier: {}, noise: 0.008, decimals: 2 },
  PSV_766_DIGITISATION: { tier: {}, noise: 0.008, decimals: 2 },
  PSV_766_ONLINE: { tier: {}, noise: 0.008, decimals: 2 },
  PSV_766_SATISFACTION: { tier: {}, noise: 0.008, decimals: 2 },
  PSV_DOSSIERS_RECEIVED: { base: 16_000, size: 'pop', growth: 0.04, season: 'office', noise: 0.1 },
  PSV_DOSSIERS_ONLINE: {
    part: { of: 'PSV_DOSSIERS_RECEIVED', tier: { from: 'PSV_ONLINE_RATE', scale: PCT, max: 100 } },
    growth: 0.03,
  },
  PSV_DOSSIERS_RESOLVED: { base: 15_700, size: 'pop', growth: 0.04, season: 'office', noise: 0.08 },
  PSV_DOSSIERS_ON_TIME: {
    part: { of: 'PSV_DOSSIERS_RESOLVED', tier: { from: 'PSV_ON_TIME_RATE', scale: PCT, max: 100 } },
  },
  PSV_DOSSIERS_OVERDUE: { tier: {}, noise: 0.3 },

  // ---- Citizen feedback -------------------------------------------------------------------------------------------
  CFB_RECEIVED: { base: 480, size: 'econ', growth: 0.1, season: 'reports', noise: 0.1 },
  CFB_RECEIVED_HOTLINE: { part: { of: 'CFB_RECEIVED', ratio: 0.35 }, spread: 0.2 },
  CFB_RESOLVED: { part: { of: 'CFB_RECEIVED', tier: { from: 'CFB_RESOLUTION_RATE', scale: PCT, max: 100 } } },
  CFB_RESOLVED_ON_TIME: { part: { of: 'CFB_RESOLVED', tier: { from: 'CFB_ON_TIME_RATE', scale: PCT, max: 100 } } },
  CFB_OVERDUE_PENDING: { tier: {}, noise: 0.3 },
  CFB_SATISFACTION: { tier: {}, noise: 0.015, decimals: 1 },

  // ---- Road traffic safety ----------------------------------------------------------------------------------------
  TRS_ACCIDENTS: { base: 6.5, size: 'pop', growthTier: { from: 'TRS_ACCIDENTS_YOY' }, season: 'traffic', noise: 0.1 },
  TRS_DEATHS: { part: { of: 'TRS_ACCIDENTS', ratio: 0.5 }, noise: 0.2 },
  TRS_INJURED: { part: { of: 'TRS_ACCIDENTS', ratio: 0.9 }, noise: 0.2 },
  TRS_VIOLATIONS: { base: 2_000, size: 'econ', growth: 0.05, season: 'enforcement', noise: 0.15 },

  // ---- Digital transformation -------------------------------------------------------------------------------------
  DTF_DTI_SCORE: { tier: {}, growth: 0.03, noise: 0.01, decimals: 4 },
  DTF_CAMERAS_CONNECTED: { base: 48, size: 'econ', growth: 0.4, noise: 0.01 },
  DTF_DIGITAL_SKILL_TRAINEES: { base: 2_400, size: 'pop', growth: 0.25, season: 'campaign', noise: 0.3 },
  // Level-2 VNeID accounts were activated in a 2024-2025 drive.
  DTF_VNEID_ACTIVATED: {
    per: { of: 'POP_TOTAL', tier: { from: 'DTF_VNEID_RATE', scale: PCT, max: 100 } },
    ramp: [2024.0, 2025.9, 0.65],
    noise: 0.003,
  },
  DTF_COMMUNITY_TECH_TEAMS: { base: 18.5, size: 'pop', spread: 0.3, noise: 0 },
  DTF_DOCS_OUTGOING: { base: 12_000, size: 'econ', growth: 0.05, season: 'office', noise: 0.08 },
  DTF_DOCS_SIGNED: {
    part: { of: 'DTF_DOCS_OUTGOING', tier: { from: 'DTF_DIGITAL_SIGN_RATE', scale: PCT, max: 100 } },
  },
};
