// What a camera form's server action answers: the values sent back (kept in the fields when something is wrong), a
// message beside each field the API or the form refused, one for the whole form, or `done` after the API recorded it.
// (Relative imports: the web's unit tests load it without the @/ alias.)
import type { CombinedError } from '@urql/core';
import { apiProblem } from '../../lib/apiError';
import { type Locale, messages } from '../../lib/i18n';
import { CAMERA_FORM_WORDS } from './cameraFormWords';

export const CAMERA_FIELDS = [
  'unit',
  'name',
  'location',
  'latitude',
  'longitude',
  'kind',
  'url',
  'refreshSeconds',
] as const;
export type CameraField = (typeof CAMERA_FIELDS)[number];

export interface CameraFormState {
  values?: Record<string, string>;
  errors?: Partial<Record<CameraField, string>>;
  form?: string;
  /** Counts the cameras saved, so that the new-camera form starts empty again after each. */
  done?: number;
}

/** The API's refusal in the reader's language: beside the field it names, else for the whole form. */
export function cameraRefusal(
  error: CombinedError | undefined,
  values: Record<string, string>,
  locale: Locale,
): CameraFormState {
  const m = messages(locale, CAMERA_FORM_WORDS);
  const problem = apiProblem(error);
  if (problem?.code === 'UNAUTHENTICATED' || problem?.code === 'FORBIDDEN') return { values, form: m.notAdmin };
  if (problem?.code === 'BAD_USER_INPUT') {
    const argument = problem.argument as CameraField | undefined;
    if (argument && CAMERA_FIELDS.includes(argument)) {
      // In Vietnamese, the rule of the field; in English, the API's own words (which say exactly what was wrong).
      return { values, errors: { [argument]: locale === 'vi' ? m.rules[argument] : problem.message } };
    }
    return { values, form: `${m.invalid} ${locale === 'vi' ? '' : problem.message}`.trim() };
  }
  return { values, form: m.failed };
}
