// Where the browser fetches a camera's picture: through this site (app/camera-media), never from the camera's own
// address, so that the page's Content-Security-Policy stays "self" and only readers of the unit get the picture. The
// last part of the registered URL's path is kept, so that an HLS playlist's relative segment names resolve under it.

export function cameraMediaPath(camera: { id: string; url: string }): string {
  const last = new URL(camera.url).pathname.split('/').pop() || 'media';
  return `/camera-media/${encodeURIComponent(camera.id)}/${encodeURIComponent(last)}`;
}
