// The checks of the alert page's forms, before anything goes to the API: required fields, lengths, and a deadline
// that is a real date, today or later (Vietnam's day). The API checks the same again; its answer is mapped too.
import { type Locale, messages } from '../../lib/i18n';
import { FORM_WORDS } from './alertFormWords';

export const MAX_MESSAGE = 2000;
export const MAX_EXPLANATION = 4000;

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

type Required = keyof (typeof FORM_WORDS)['vi']['required'];

function text<F extends Required>(
  errors: FieldErrors<F>,
  field: F,
  value: string,
  max: number,
  locale: Locale,
  required = true,
): void {
  const m = messages(locale, FORM_WORDS);
  if (required && !value.trim()) errors[field] = m.required[field];
  else if (value.length > max) errors[field] = m.tooLong(max);
}

/** A calendar date YYYY-MM-DD that exists (no 2026-02-30). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

export function validateDirective(
  input: { message: string; deadline: string },
  today: string,
  locale: Locale,
): FieldErrors<'message' | 'deadline'> {
  const m = messages(locale, FORM_WORDS);
  const errors: FieldErrors<'message' | 'deadline'> = {};
  text(errors, 'message', input.message, MAX_MESSAGE, locale);
  if (!input.deadline) errors.deadline = m.required.deadline;
  else if (!isDate(input.deadline)) errors.deadline = m.badDate;
  else if (input.deadline < today) errors.deadline = m.pastDeadline;
  return errors;
}

export function validateExplanation(
  input: { explanation: string; remedyPlan: string },
  locale: Locale,
): FieldErrors<'explanation' | 'remedyPlan'> {
  const errors: FieldErrors<'explanation' | 'remedyPlan'> = {};
  text(errors, 'explanation', input.explanation, MAX_EXPLANATION, locale);
  text(errors, 'remedyPlan', input.remedyPlan, MAX_EXPLANATION, locale);
  return errors;
}

export function validateReview(
  input: { decision: 'accept' | 'return'; comment: string },
  locale: Locale,
): FieldErrors<'comment'> {
  const errors: FieldErrors<'comment'> = {};
  text(errors, 'comment', input.comment, MAX_MESSAGE, locale, input.decision === 'return');
  return errors;
}
