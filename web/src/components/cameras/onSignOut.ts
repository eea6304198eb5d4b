// Calls `stop` the moment the reader submits the sign-out form (LogoutButton's `form.logout`): a camera stops asking
// for pictures then, rather than in the instant before the page is left, when the session is already gone. Returns
// the function that stops listening.
export function onSignOut(stop: () => void): () => void {
  const listener = (event: Event) => {
    if (event.target instanceof HTMLFormElement && event.target.classList.contains('logout')) stop();
  };
  document.addEventListener('submit', listener, true);
  return () => document.removeEventListener('submit', listener, true);
}
