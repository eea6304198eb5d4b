// What a reader sees for a unit outside their scope (the API answered FORBIDDEN), or for a page of another role (the
// audit log): a sentence and the way to their own unit, never the API's message or a stack.
import Link from 'next/link';
import { loadMe } from '@/lib/auth/loadMe';
import { type Locale, messages, withLang } from '@/lib/i18n';

const WORDS = {
  vi: {
    title: 'Bạn không có quyền xem đơn vị này',
    text: 'Tài khoản của bạn chỉ xem được số liệu của đơn vị mình và các đơn vị trực thuộc.',
    own: (name: string) => `Về trang ${name}`,
    adminTitle: 'Trang này chỉ dành cho quản trị viên',
    adminText: 'Tài khoản của bạn không có vai trò Quản trị.',
  },
  en: {
    title: 'You may not view this unit',
    text: 'Your account can view the figures of your own unit and the units below it only.',
    own: (name: string) => `Go to ${name}`,
    adminTitle: 'This page is for administrators only',
    adminText: 'Your account does not have the Administrator role.',
  },
};

export async function AccessDenied({ locale, page = 'unit' }: { locale: Locale; page?: 'unit' | 'admin' }) {
  const m = messages(locale, WORDS);
  const unit = (await loadMe())?.unit;
  return (
    <div className="error" role="alert" data-problem="FORBIDDEN">
      <h1>{page === 'admin' ? m.adminTitle : m.title}</h1>
      <p>{page === 'admin' ? m.adminText : m.text}</p>
      {unit && <Link href={withLang(`/units/${unit.code}`, locale)}>{m.own(unit.fullName)}</Link>}
    </div>
  );
}
