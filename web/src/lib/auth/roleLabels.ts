// The roles of the accounts in Vietnamese and English, as the top bar shows them.
import type { Role } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';

const ROLE: Record<Locale, Record<Role, string>> = {
  vi: {
    LEADER: 'Lãnh đạo',
    ANALYST: 'Chuyên viên phân tích',
    OFFICER: 'Cán bộ',
    CATALOG_MAINTAINER: 'Quản lý danh mục',
    ADMIN: 'Quản trị',
  },
  en: {
    LEADER: 'Leader',
    ANALYST: 'Analyst',
    OFFICER: 'Officer',
    CATALOG_MAINTAINER: 'Catalog maintainer',
    ADMIN: 'Administrator',
  },
};

export const roleLabel = (locale: Locale, role: Role): string => ROLE[locale][role];
