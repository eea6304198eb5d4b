'use client';
// The print page's one control that needs the browser: opens its print dialog (A4, the page's print styles apply).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
