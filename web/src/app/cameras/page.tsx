// The camera registry, for administrators: every camera with its unit and state, a form to add one, and `?edit=ID`
// to change one, hide it from its unit page or delete it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { CameraForm } from '@/components/cameras/CameraForm';
import { CameraRegistryTable, type RegistryCamera } from '@/components/cameras/CameraRegistryTable';
import { deleteCameraAction } from '@/components/cameras/cameraActions';
import { CAMERA_FORM_WORDS } from '@/components/cameras/cameraFormWords';
import { loadCameraRegistry } from '@/components/cameras/loadCameraRegistry';
import { requestLocale } from '@/components/layout/requestLocale';
import { requireUser } from '@/lib/auth/requireUser';
import { localeFrom, messages, withLang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await requestLocale(), CAMERA_FORM_WORDS).title };
}

export default async function CamerasPage({ searchParams }: Props) {
  const me = await requireUser();
  const query = await searchParams;
  const locale = localeFrom(query);
  const m = messages(locale, CAMERA_FORM_WORDS);
  if (me.role !== 'ADMIN') return <AccessDenied locale={locale} page="admin" />;
  const result = await loadCameraRegistry();
  const cameras: RegistryCamera[] = (result.data?.cameras ?? []).map((c) => ({
    ...c,
    unit: c.unit.code,
    unitName: c.unit.fullName,
  }));
  const editId = Array.isArray(query.edit) ? query.edit[0] : query.edit;
  const edited = editId ? cameras.find((c) => c.id === editId) : undefined;
  return (
    <article>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {result.error && (
        <p className="error" role="alert">
          {m.loadFailed}: {result.error.graphQLErrors[0]?.message ?? result.error.message}
        </p>
      )}
      {edited ? (
        <>
          <CameraForm key={edited.id} camera={edited} locale={locale} />
          <form action={deleteCameraAction} className="form-buttons">
            <input type="hidden" name="id" value={edited.id} />
            <input type="hidden" name="lang" value={locale} />
            <button type="submit">{m.delete}</button>
          </form>
          <p>
            <Link href={withLang('/cameras', locale)}>{m.cancel}</Link>
          </p>
        </>
      ) : (
        <>
          <CameraRegistryTable cameras={cameras} locale={locale} />
          <CameraForm locale={locale} />
        </>
      )}
    </article>
  );
}
