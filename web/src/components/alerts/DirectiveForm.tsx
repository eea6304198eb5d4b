'use client';
// A leader's directive on an open alert: the message and the deadline for the unit's explanation.
import { useActionState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import { issueDirectiveAction } from './alertActions';
import type { AlertFormState } from './alertFormState';
import { FORM_WORDS } from './alertFormWords';
import { FormField } from './FormField';
import { FormProblem } from './FormProblem';

export function DirectiveForm({ alert, today, locale }: { alert: string; today: string; locale: Locale }) {
  const [state, action, pending] = useActionState<AlertFormState, FormData>(issueDirectiveAction, {});
  const m = messages(locale, FORM_WORDS);
  return (
    <form action={action} className="alert-form" noValidate aria-labelledby="directive-title" key={state.done}>
      <h2 id="directive-title">{m.directiveTitle}</h2>
      <input type="hidden" name="alert" value={alert} />
      <input type="hidden" name="lang" value={locale} />
      <FormProblem problem={state.form} done={state.done ? m.sent : undefined} />
      <FormField
        id="directive-message"
        name="message"
        label={m.message}
        error={state.errors?.message}
        defaultValue={state.values?.message}
      />
      <FormField
        id="directive-deadline"
        name="deadline"
        type="date"
        min={today}
        label={m.deadline}
        error={state.errors?.deadline}
        defaultValue={state.values?.deadline}
      />
      <button type="submit" disabled={pending}>
        {m.issue}
      </button>
    </form>
  );
}
