// The message of a whole alert form (the API refused the step), or the word that the step was recorded.
export function FormProblem({ problem, done }: { problem?: string; done?: string }) {
  if (problem) {
    return (
      <p className="form-problem" role="alert">
        {problem}
      </p>
    );
  }
  return done ? (
    <p className="form-done" role="status">
      {done}
    </p>
  ) : null;
}
