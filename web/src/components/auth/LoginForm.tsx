'use client';
// The sign-in form: a server action (loginAction.ts) that answers with the messages to show beside each field, or
// signs in and goes on to the page asked for. Works without JavaScript too (a plain POST).
import { useActionState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import styles from './LoginForm.module.css';
import { type LoginState, login } from './loginAction';
import { LOGIN_WORDS } from './loginWords';

export function LoginForm({ next, locale }: { next: string; locale: Locale }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  const m = messages(locale, LOGIN_WORDS);
  const errors = state.errors ?? {};
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="lang" value={locale} />
      {errors.form && (
        <p className={styles.problem} role="alert">
          {errors.form}
        </p>
      )}
      <label htmlFor="username">{m.username}</label>
      <input
        id="username"
        name="username"
        autoComplete="username"
        defaultValue={state.username}
        aria-invalid={errors.username ? true : undefined}
        aria-describedby={errors.username ? 'username-error' : undefined}
      />
      {errors.username && (
        <p id="username-error" className={styles.fieldError}>
          {errors.username}
        </p>
      )}
      <label htmlFor="password">{m.password}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        aria-invalid={errors.password ? true : undefined}
        aria-describedby={errors.password ? 'password-error' : undefined}
      />
      {errors.password && (
        <p id="password-error" className={styles.fieldError}>
          {errors.password}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {m.submit}
      </button>
    </form>
  );
}
