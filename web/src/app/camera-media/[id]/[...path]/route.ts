// A camera's picture through this site: /camera-media/ID/FILE asks the API for camera ID with the reader's session
// (so only readers of the camera's unit get it, and an inactive camera is gone), then fetches the registered URL, or a
// file beside it for an HLS stream, and passes it on if it is a picture or a stream. The page's CSP stays "self".
import { type NextRequest, NextResponse } from 'next/server';
import { allowedMediaType, resolveCameraMedia } from '@/components/cameras/resolveCameraMedia';
import { graphql } from '@/gql';
import { apiProblem } from '@/lib/apiError';
import { getClient } from '@/lib/urql';

export const dynamic = 'force-dynamic';

const CameraMedia = graphql(`
  query CameraMedia($id: ID!) {
    camera(id: $id) {
      id
      url
    }
  }
`);

/** Past this a camera is not answering: the player tries again on its own. */
const UPSTREAM_TIMEOUT_MS = 10_000;

const refuse = (status: number, message: string) =>
  new NextResponse(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; path: string[] }> }) {
  const { id, path } = await params;
  const result = await getClient().query(CameraMedia, { id });
  const camera = result.data?.camera;
  if (!camera) {
    const code = apiProblem(result.error)?.code;
    if (code === 'UNAUTHENTICATED') return refuse(401, 'sign in to see this camera');
    if (code === 'FORBIDDEN') return refuse(403, 'this camera belongs to a unit outside your scope');
    if (code === 'BAD_USER_INPUT') return refuse(404, `no camera ${id}`);
    return refuse(502, 'the camera registry could not be reached');
  }
  const target = resolveCameraMedia(camera.url, path, request.nextUrl.search);
  if (!target) return refuse(404, 'only the camera’s own picture or stream files are served here');
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      headers: { accept: request.headers.get('accept') ?? '*/*' },
    });
  } catch {
    return refuse(504, 'the camera did not answer');
  }
  if (!upstream.ok) return refuse(502, `the camera answered HTTP ${upstream.status}`);
  const type = upstream.headers.get('content-type');
  if (!allowedMediaType(type)) return refuse(502, 'the camera sent something that is not a picture or a stream');
  return new NextResponse(upstream.body, {
    headers: {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': 'private, no-store',
      // Never taken for another type. (The site's policy, set by proxy.ts on this response too, lets no script run
      // without the page's nonce: an SVG frame opened on its own runs nothing.)
      'x-content-type-options': 'nosniff',
    },
  });
}
