// The login page: username and password, then back to the page asked for (`?next=`); the demo accounts below.
import type { Metadata } from 'next';
import { DemoAccounts } from '@/components/auth/DemoAccounts';
import { LoginForm } from '@/components/auth/LoginForm';
import { LOGIN_WORDS } from '@/components/auth/loginWords';
import { requestLocale } from '@/components/layout/requestLocale';
import { safeNext } from '@/lib/auth/safeNext';
import { localeFrom, messages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await requestLocale(), LOGIN_WORDS).title };
}

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const locale = localeFrom(query);
  const m = messages(locale, LOGIN_WORDS);
  return (
    <article>
      <h1>{m.title}</h1>
      <LoginForm next={safeNext(query.next)} locale={locale} />
      <DemoAccounts locale={locale} />
    </article>
  );
}
