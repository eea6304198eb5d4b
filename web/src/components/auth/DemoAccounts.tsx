// The demo accounts of the seeded demo data, one per role, listed under a "demo only" note: the platform ships
// labelled demo data and these accounts with it (README). A real installation creates its own accounts.
import type { Role } from '@/gql/graphql';
import { roleLabel } from '@/lib/auth/roleLabels';
import { type Locale, messages } from '@/lib/i18n';
import { LOGIN_WORDS } from './loginWords';

const ACCOUNTS: readonly { username: string; role: Role; scope?: string }[] = [
  { username: 'lanhdao', role: 'LEADER' },
  { username: 'phantich', role: 'ANALYST' },
  { username: 'canbo.xuanhuong', role: 'OFFICER', scope: 'Phường Xuân Hương - Đà Lạt' },
  { username: 'canbo.soyte', role: 'OFFICER', scope: 'Sở Y tế' },
  { username: 'danhmuc', role: 'CATALOG_MAINTAINER' },
  { username: 'quantri', role: 'ADMIN' },
];

export function DemoAccounts({ locale }: { locale: Locale }) {
  const m = messages(locale, LOGIN_WORDS);
  return (
    <section className="synthetic" aria-labelledby="demo-accounts">
      <h2 id="demo-accounts">{m.demoTitle}</h2>
      <ul>
        {ACCOUNTS.map((a) => (
          <li key={a.username}>
            <code>{a.username}</code> — {roleLabel(locale, a.role)}
            {a.scope ? ` (${a.scope})` : ''}
          </li>
        ))}
      </ul>
      <p>
        {m.demoNote} <code>demo-2026</code>
      </p>
    </section>
  );
}
