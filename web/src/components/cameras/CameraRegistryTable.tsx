// The registry's table: each camera with its unit (a link to the page that shows it), kind, URL and state, and the
// buttons to edit it or show/hide it on the unit page.
import Link from 'next/link';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { TableScroll } from '../layout/TableScroll';
import type { EditedCamera } from './CameraForm';
import styles from './Cameras.module.css';
import { setCameraActiveAction } from './cameraActions';
import { CAMERA_FORM_WORDS } from './cameraFormWords';
import { CAMERA_WORDS } from './cameraWords';

export type RegistryCamera = EditedCamera & { unitName: string };

export function CameraRegistryTable({ cameras, locale }: { cameras: RegistryCamera[]; locale: Locale }) {
  const m = messages(locale, CAMERA_FORM_WORDS);
  const words = messages(locale, CAMERA_WORDS);
  if (cameras.length === 0) return <p>{m.none}</p>;
  return (
    <TableScroll label={m.title}>
      <table className={styles.registry}>
        <caption className="visually-hidden">{m.title}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.unit}</th>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.kind}</th>
            <th scope="col">{m.columns.url}</th>
            <th scope="col">{m.columns.state}</th>
            <th scope="col">
              <span className="visually-hidden">{m.editLink}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cameras.map((c) => (
            <tr key={c.id} data-camera={c.id}>
              <td>
                <Link href={withLang(`/units/${c.unit}#cameras`, locale)}>{c.unitName}</Link>
              </td>
              <th scope="row">
                {c.name}
                {c.simulated && <> ({words.simulated})</>}
              </th>
              <td>{c.kind === 'HLS' ? words.hls : `${words.snapshot}, ${c.refreshSeconds} s`}</td>
              <td>
                <code>{c.url}</code>
              </td>
              <td>{c.active ? m.on : m.off}</td>
              <td>
                <Link href={withLang(`/cameras?edit=${c.id}`, locale)} aria-label={`${m.editLink} ${c.name}`}>
                  {m.editLink}
                </Link>{' '}
                <form action={setCameraActiveAction} className={styles.inlineForm}>
                  <input type="hidden" name="id" value={c.id} />
                  <input type="hidden" name="active" value={c.active ? 'false' : 'true'} />
                  <button type="submit" aria-label={`${c.active ? m.deactivate : m.activate} ${c.name}`}>
                    {c.active ? m.deactivate : m.activate}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
