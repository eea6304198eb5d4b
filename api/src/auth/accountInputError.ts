// A refused account write (duplicate username, short password, an officer without a known unit, ...): the message is
// for the person who sent it, `argument` names the input it is about. The GraphQL layer turns it into BAD_USER_INPUT.
import { GraphQLError } from 'graphql';

export class AccountInputError extends Error {
  override name = 'AccountInputError';

  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

/** Runs an account write, turning its refusals into the BAD_USER_INPUT error a client sees (with the argument). */
export async function withAccountInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccountInputError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: error.argument } });
    }
    throw error;
  }
}
