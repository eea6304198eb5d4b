// The state of the other panels (and the language) carried through a panel's GET form as hidden fields, so that
// submitting one form does not reset the rest of the page.
export function HiddenParams({ params }: { params: Record<string, string | null | undefined> }) {
  return (
    <>
      {Object.entries(params).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  );
}
