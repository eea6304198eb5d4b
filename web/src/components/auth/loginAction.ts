'use server';
// Sign-in and sign-out, on the server: Mutation.login gives a session token, kept in the HttpOnly `ioc_session`
// cookie until it expires (the browser never sees the token in script); logout revokes it in the API and deletes the
// cookie.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { apiProblem } from '@/lib/apiError';
import { safeNext } from '@/lib/auth/safeNext';
import { SESSION_COOKIE } from '@/lib/auth/sessionCookie';
import { localeFrom, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { LOGIN_WORDS } from './loginWords';

const Login = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

export interface LoginState {
  username?: string;
  errors?: { username?: string; password?: string; form?: string };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** Secure cookies only over https (a reverse proxy says so in x-forwarded-proto): plain http on a LAN still works. */
async function overHttps(): Promise<boolean> {
  const proto = (await headers()).get('x-forwarded-proto');
  return proto?.split(',')[0]?.trim() === 'https';
}

export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const locale = localeFrom({ lang: text(form, 'lang') });
  const m = messages(locale, LOGIN_WORDS);
  const username = text(form, 'username').trim();
  const password = text(form, 'password');
  const errors: LoginState['errors'] = {};
  if (!username) errors.username = m.usernameMissing;
  if (!password) errors.password = m.passwordMissing;
  if (errors.username || errors.password) return { username, errors };

  const result = await getClient().mutation(Login, { username, password });
  const session = result.data?.login;
  if (!session) {
    const problem = apiProblem(result.error);
    const form =
      problem?.code === 'UNAUTHENTICATED' ? m.wrong : problem?.code === 'RATE_LIMITED' ? m.tooMany : m.unreachable;
    return { username, errors: { form } };
  }
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: await overHttps(),
    maxAge: Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000)),
  });
  redirect(withLang(safeNext(text(form, 'next')), locale));
}

export async function logout(form: FormData): Promise<void> {
  // The API revokes the session of this request (its bearer token, read from the cookie); gone from the browser too,
  // whatever the API answers.
  await getClient().mutation(Logout, {});
  (await cookies()).delete(SESSION_COOKIE);
  redirect(withLang('/login', localeFrom({ lang: text(form, 'lang') })));
}
