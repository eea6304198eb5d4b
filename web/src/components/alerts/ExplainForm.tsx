'use client';
// An officer's explanation of a directive to their unit: why the target was missed, and the plan to remedy it.
import { useActionState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import { explainAction } from './alertActions';
import type { AlertFormState } from './alertFormState';
import { FORM_WORDS } from './alertFormWords';
import { FormField } from './FormField';
import { FormProblem } from './FormProblem';

export function ExplainForm({ alert, directive, locale }: { alert: string; directive: string; locale: Locale }) {
  const [state, action, pending] = useActionState<AlertFormState, FormData>(explainAction, {});
  const m = messages(locale, FORM_WORDS);
  return (
    <form action={action} className="alert-form" noValidate aria-labelledby="explain-title" key={state.done}>
      <h2 id="explain-title">{m.explainTitle}</h2>
      <input type="hidden" name="alert" value={alert} />
      <input type="hidden" name="directive" value={directive} />
      <input type="hidden" name="lang" value={locale} />
      <FormProblem problem={state.form} done={state.done ? m.sent : undefined} />
      <FormField
        id="explanation"
        name="explanation"
        label={m.explanation}
        error={state.errors?.explanation}
        defaultValue={state.values?.explanation}
      />
      <FormField
        id="remedy-plan"
        name="remedyPlan"
        label={m.remedyPlan}
        error={state.errors?.remedyPlan}
        defaultValue={state.values?.remedyPlan}
      />
      <button type="submit" disabled={pending}>
        {m.explain}
      </button>
    </form>
  );
}
