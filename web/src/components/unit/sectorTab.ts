// The sectors as tabs: the catalog's code, names and indicators (with their frequency and whether each is a key
// indicator of its sector), and the name the URL gives the tab.
import type { Frequency, IndicatorCode, Sector } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';

export type SectorTab = {
  code: Sector;
  slug: string;
  name: string;
  nameEn: string;
  indicators: readonly {
    code: IndicatorCode;
    key: boolean;
    frequency: Frequency;
    name: string;
    nameEn: string;
    unit: string;
  }[];
};

export const sectorName = (tab: Pick<SectorTab, 'name' | 'nameEn'>, locale: Locale) =>
  locale === 'en' ? tab.nameEn : tab.name;
