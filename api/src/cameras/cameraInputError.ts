// A refused camera write (a bad URL, an unknown unit, a name too long, a camera that does not exist): the message is
// for the admin who sent it, `argument` names the input field. The GraphQL layer turns it into BAD_USER_INPUT.
import { GraphQLError } from 'graphql';

export class CameraInputError extends Error {
  override name = 'CameraInputError';

  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

/** Runs a camera write, turning its refusals into the BAD_USER_INPUT error a client sees (with the argument). */
export async function withCameraInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CameraInputError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: error.argument } });
    }
    throw error;
  }
}
