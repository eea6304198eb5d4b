// "Đăng xuất": a form posting to the logout server action, so it works without JavaScript.
import { logout } from '@/components/auth/loginAction';
import type { Locale } from '@/lib/i18n';

export function LogoutButton({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={logout} className="logout">
      <input type="hidden" name="lang" value={locale} />
      <button type="submit">{label}</button>
    </form>
  );
}
