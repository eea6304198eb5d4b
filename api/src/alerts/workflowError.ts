// A refused step of the directive workflow, as a value with a place: the argument at fault (BAD_USER_INPUT) or the
// rule that forbids the actor (FORBIDDEN). The GraphQL layer turns it into the error a client sees. (`kind`, not
// `code`: the store reads an error with a string `code` as a driver error.)
export class WorkflowError extends Error {
  override name = 'WorkflowError';

  constructor(
    message: string,
    readonly kind: 'BAD_USER_INPUT' | 'FORBIDDEN',
    readonly argument?: string,
  ) {
    super(message);
  }
}

export const badInput = (message: string, argument: string) => new WorkflowError(message, 'BAD_USER_INPUT', argument);
export const forbiddenStep = (message: string) => new WorkflowError(message, 'FORBIDDEN');

/** A required text: trimmed, non-empty and at most `max` characters. */
export function requiredText(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(`${argument} is empty: write what you mean`, argument);
  if (text.length > max) throw badInput(`${argument} is ${text.length} characters long: at most ${max}`, argument);
  return text;
}
