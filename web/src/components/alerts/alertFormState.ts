// What an alert form's server action answers: the values sent back (kept in the fields when something is wrong), a
// message beside each field, one for the whole form, or `done` after the API recorded the step.
import type { CombinedError } from '@urql/core';
import { apiProblem } from '../../lib/apiError';
import { type Locale, messages } from '../../lib/i18n';
import { FORM_WORDS } from './alertFormWords';

export interface AlertFormState {
  values?: Record<string, string>;
  errors?: Record<string, string | undefined>;
  form?: string;
  /** Counts the steps recorded, so that the form starts empty again after each. */
  done?: number;
}

/**
 * The API's refusal in the reader's language: beside the field it names (`extensions.argument`) when the form has
 * that field, else for the whole form.
 */
export function apiRefusal(
  error: CombinedError | undefined,
  fields: readonly string[],
  values: Record<string, string>,
  locale: Locale,
): AlertFormState {
  const m = messages(locale, FORM_WORDS).api;
  const problem = apiProblem(error);
  const code = problem?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return { values, form: m[code] };
  if (code === 'BAD_USER_INPUT') {
    const argument = problem?.argument;
    if (argument && fields.includes(argument)) {
      return { values, errors: { [argument]: fieldRefusal(argument, problem?.message ?? '', locale) } };
    }
    if (argument === 'alert' || argument === 'directive') return { values, form: m[argument] };
    return { values, form: `${m.invalid} ${problem?.message ?? ''}`.trim() };
  }
  return { values, form: m.failed };
}

/**
 * A field the API refused, in the reader's language: the API names the argument, and says in English whether it was
 * empty, too long, or (a deadline) not a date or past.
 */
function fieldRefusal(argument: string, message: string, locale: Locale): string {
  const m = messages(locale, FORM_WORDS);
  if (argument === 'deadline') return /passed/.test(message) ? m.pastDeadline : m.badDate;
  const max = /at most (\d+)/.exec(message)?.[1];
  if (max) return m.tooLong(Number(max));
  if (/empty/.test(message) && argument in m.required) return m.required[argument as keyof typeof m.required];
  return m.api.invalid;
}

export const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
