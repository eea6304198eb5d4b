// The reader in the top bar: name and role with the logout button, or the link to the login page.
import Link from 'next/link';
import type { Me } from '@/lib/auth/loadMe';
import { roleLabel } from '@/lib/auth/roleLabels';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { LogoutButton } from './LogoutButton';

const WORDS = {
  vi: { login: 'Đăng nhập', logout: 'Đăng xuất' },
  en: { login: 'Sign in', logout: 'Sign out' },
};

export function Account({ me, locale }: { me: Me | null; locale: Locale }) {
  const m = messages(locale, WORDS);
  if (!me) {
    return (
      <div className="account">
        <Link href={withLang('/login', locale)}>{m.login}</Link>
      </div>
    );
  }
  return (
    <div className="account">
      <span className="account-name">
        {me.displayName} · <span className="account-role">{roleLabel(locale, me.role)}</span>
      </span>
      <LogoutButton locale={locale} label={m.logout} />
    </div>
  );
}
