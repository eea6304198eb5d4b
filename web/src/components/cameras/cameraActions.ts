'use server';
// The camera registry's writes, as server actions: save (register a new camera or change one), show or hide one on
// its unit page, delete one. Numbers are read from the form here (a located message when one is not a number); every
// other rule is the API's, whose refusal names the field. The API checks that the reader is an admin.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import type { CameraKind } from '@/gql/graphql';
import { localeFrom, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { field } from '../alerts/alertFormState';
import { CAMERA_FIELDS, type CameraFormState, cameraRefusal } from './cameraFormState';
import { CAMERA_FORM_WORDS } from './cameraFormWords';

const CreateCamera = graphql(`
  mutation CreateCamera($input: CreateCameraInput!) {
    createCamera(input: $input) {
      id
    }
  }
`);

const UpdateCamera = graphql(`
  mutation UpdateCamera($id: ID!, $input: UpdateCameraInput!) {
    updateCamera(id: $id, input: $input) {
      id
      active
    }
  }
`);

const DeleteCamera = graphql(`
  mutation DeleteCamera($id: ID!) {
    deleteCamera(id: $id) {
      id
    }
  }
`);

/** An optional number of the form: null when empty, undefined when not a number. */
function number(text: string, whole: boolean): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || (whole && !Number.isInteger(value))) return undefined;
  return value;
}

function changed() {
  revalidatePath('/cameras');
  // The unit pages show the active cameras.
  revalidatePath('/units/[code]', 'page');
  revalidatePath('/');
}

export async function saveCameraAction(previous: CameraFormState, form: FormData): Promise<CameraFormState> {
  const locale = localeFrom({ lang: field(form, 'lang') });
  const m = messages(locale, CAMERA_FORM_WORDS);
  const values = Object.fromEntries(CAMERA_FIELDS.map((name) => [name, field(form, name)]));
  const latitude = number(values.latitude ?? '', false);
  const longitude = number(values.longitude ?? '', false);
  const refreshSeconds = number(values.refreshSeconds ?? '', true);
  const errors = {
    latitude: latitude === undefined ? m.notNumber : undefined,
    longitude: longitude === undefined ? m.notNumber : undefined,
    refreshSeconds: refreshSeconds === undefined ? m.notWhole : undefined,
  };
  if (Object.values(errors).some(Boolean)) return { values, errors };
  const input = {
    unit: values.unit?.trim() ?? '',
    name: values.name ?? '',
    location: values.location ?? '',
    latitude: latitude ?? null,
    longitude: longitude ?? null,
    kind: (values.kind === 'HLS' ? 'HLS' : 'SNAPSHOT') as CameraKind,
    url: values.url?.trim() ?? '',
    refreshSeconds: refreshSeconds ?? null,
    simulated: form.get('simulated') === 'on',
    active: form.get('active') === 'on',
  };
  const id = field(form, 'id');
  if (id) {
    const result = await getClient().mutation(UpdateCamera, { id, input });
    if (!result.data?.updateCamera) return cameraRefusal(result.error, values, locale);
    changed();
    redirect(withLang('/cameras', locale));
  }
  const result = await getClient().mutation(CreateCamera, { input });
  if (!result.data?.createCamera) return cameraRefusal(result.error, values, locale);
  changed();
  return { done: (previous.done ?? 0) + 1 };
}

/** Shows or hides a camera on its unit page (the buttons of the registry's table). */
export async function setCameraActiveAction(form: FormData): Promise<void> {
  await getClient().mutation(UpdateCamera, {
    id: field(form, 'id'),
    input: { active: field(form, 'active') === 'true' },
  });
  changed();
}

export async function deleteCameraAction(form: FormData): Promise<void> {
  await getClient().mutation(DeleteCamera, { id: field(form, 'id') });
  changed();
  redirect(withLang('/cameras', localeFrom({ lang: field(form, 'lang') })));
}
