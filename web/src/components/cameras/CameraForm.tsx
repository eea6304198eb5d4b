'use client';
// The form of a camera in the registry: a new one (empty, again after each save) or an existing one (`camera`), each
// field labelled with its message beside it when the API or the form refused it.
import { useActionState } from 'react';
import type { CameraKind } from '@/gql/graphql';
import { type Locale, messages } from '@/lib/i18n';
import { FormProblem } from '../alerts/FormProblem';
import styles from './Cameras.module.css';
import { saveCameraAction } from './cameraActions';
import type { CameraField, CameraFormState } from './cameraFormState';
import { CAMERA_FORM_WORDS } from './cameraFormWords';

export interface EditedCamera {
  id: string;
  unit: string;
  name: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  kind: CameraKind;
  url: string;
  refreshSeconds: number | null;
  simulated: boolean;
  active: boolean;
}

export function CameraForm({ camera, locale }: { camera?: EditedCamera; locale: Locale }) {
  const [state, action, pending] = useActionState<CameraFormState, FormData>(saveCameraAction, {});
  const m = messages(locale, CAMERA_FORM_WORDS);
  const initial = (name: CameraField): string => {
    if (state.values) return state.values[name] ?? '';
    const value = camera?.[name];
    return value == null ? '' : String(value);
  };
  const input = (
    name: CameraField,
    type: 'text' | 'url' = 'text',
    extra: { inputMode?: 'decimal' | 'numeric' } = {},
  ) => {
    const id = `camera-${name}`;
    const error = state.errors?.[name];
    return (
      <div className="form-field">
        <label htmlFor={id}>{m[name]}</label>
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={initial(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...extra}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  const kindError = state.errors?.kind;
  return (
    <form action={action} className="alert-form" noValidate aria-labelledby="camera-form-title" key={state.done}>
      <h2 id="camera-form-title">{camera ? m.edit(camera.name) : m.add}</h2>
      {camera && <input type="hidden" name="id" value={camera.id} />}
      <input type="hidden" name="lang" value={locale} />
      <FormProblem problem={state.form} done={state.done ? m.saved : undefined} />
      {input('unit', 'text', { inputMode: 'numeric' })}
      {input('name')}
      {input('location')}
      <div className="form-field">
        <label htmlFor="camera-kind">{m.kind}</label>
        <select
          id="camera-kind"
          className={styles.select}
          name="kind"
          defaultValue={initial('kind') || 'SNAPSHOT'}
          aria-invalid={kindError ? true : undefined}
        >
          <option value="SNAPSHOT">{m.kinds.SNAPSHOT}</option>
          <option value="HLS">{m.kinds.HLS}</option>
        </select>
        {kindError && <p className="field-error">{kindError}</p>}
      </div>
      {input('url', 'url')}
      {input('refreshSeconds', 'text', { inputMode: 'numeric' })}
      {input('latitude', 'text', { inputMode: 'decimal' })}
      {input('longitude', 'text', { inputMode: 'decimal' })}
      <div className="form-field">
        <label>
          <input type="checkbox" name="simulated" defaultChecked={camera?.simulated ?? false} /> {m.simulated}
        </label>
        <label>
          <input type="checkbox" name="active" defaultChecked={camera?.active ?? true} /> {m.active}
        </label>
      </div>
      <button type="submit" disabled={pending}>
        {camera ? m.save : m.create}
      </button>
    </form>
  );
}
