// A labelled field of an alert form with its message beside it (tied by aria-describedby, marked aria-invalid).
type Props = {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  type?: 'textarea' | 'date';
  min?: string;
};

export function FormField({ id, name, label, error, defaultValue, type = 'textarea', min }: Props) {
  const shared = {
    id,
    name,
    defaultValue,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? <textarea rows={4} {...shared} /> : <input type="date" min={min} {...shared} />}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
