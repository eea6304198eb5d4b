// Errors of opening a database, meant to be shown as they are: a message that says where and why, no stack trace.

/** The stack would point into the ORM's or our own start-up code, which tells an operator nothing. */
abstract class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    this.stack = `${this.name}: ${message}`;
  }
}

/** DATABASE_URL is neither a SQLite path nor a PostgreSQL URL. */
export class DatabaseUrlError extends OperatorError {}

/** The database could not be reached, opened or migrated. */
export class DatabaseUnavailableError extends OperatorError {
  /** The driver's error code when there is one (ECONNREFUSED, 28P01, SQLITE_CANTOPEN, ...). */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}
