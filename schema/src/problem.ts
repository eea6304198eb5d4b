// A located problem: every bad input to the catalog compiler is reported as `path:line:col: message`.

export interface Location {
  file: string;
  line: number;
  col: number;
}

export interface Problem extends Location {
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** Problems in a stable order (file, line, column), so that output and tests do not depend on check order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}
