// The sector tabs: the key indicators of every sector, then the catalog's 24 sectors in menu order. A tab is a link
// that keeps the time, the language and the display; the children table's sort stays when its column still exists.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { isGenericColumn } from './childSort';
import styles from './SectorTabs.module.css';
import { type SectorTab, sectorName } from './sectorTab';
import { type UnitState, unitHref } from './unitState';

const WORDS = {
  vi: { label: 'Lĩnh vực', overview: 'Tổng quan' },
  en: { label: 'Sectors', overview: 'Overview' },
};

type Props = { code: string; state: UnitState; sectors: readonly SectorTab[]; current?: SectorTab };

export function SectorTabs({ code, state, sectors, current }: Props) {
  const m = messages(state.lang, WORDS);
  const sort = isGenericColumn(state.sort) ? { sort: state.sort, dir: state.dir } : { sort: undefined, dir: undefined };
  const tab = (slug: string | undefined, text: string) => (
    <li key={slug ?? ''}>
      <Link
        href={unitHref(code, state, { sector: slug, ...sort })}
        aria-current={current?.slug === slug ? 'page' : undefined}
        prefetch={false}
      >
        {text}
      </Link>
    </li>
  );
  return (
    <nav className={styles.tabs} aria-label={m.label}>
      <ul>
        {tab(undefined, m.overview)}
        {sectors.map((s) => tab(s.slug, sectorName(s, state.lang)))}
      </ul>
    </nav>
  );
}
