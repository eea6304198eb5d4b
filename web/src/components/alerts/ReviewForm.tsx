'use client';
// A leader's review of an explanation: accept it, or return it with a comment (required to return).
import { useActionState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import { reviewAction } from './alertActions';
import type { AlertFormState } from './alertFormState';
import { FORM_WORDS } from './alertFormWords';
import { FormField } from './FormField';
import { FormProblem } from './FormProblem';

export function ReviewForm({ alert, directive, locale }: { alert: string; directive: string; locale: Locale }) {
  const [state, action, pending] = useActionState<AlertFormState, FormData>(reviewAction, {});
  const m = messages(locale, FORM_WORDS);
  return (
    <form action={action} className="alert-form" noValidate aria-labelledby="review-title" key={state.done}>
      <h2 id="review-title">{m.reviewTitle}</h2>
      <input type="hidden" name="alert" value={alert} />
      <input type="hidden" name="directive" value={directive} />
      <input type="hidden" name="lang" value={locale} />
      <FormProblem problem={state.form} done={state.done ? m.sent : undefined} />
      <FormField
        id="review-comment"
        name="comment"
        label={m.comment}
        error={state.errors?.comment}
        defaultValue={state.values?.comment}
      />
      <div className="form-buttons">
        <button type="submit" name="decision" value="accept" disabled={pending}>
          {m.accept}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending}>
          {m.return}
        </button>
      </div>
    </form>
  );
}
