// What the camera proxy may fetch for /camera-media/ID/...: the registered URL, or for a stream a file beside it on
// the same origin, never anything else; what it may pass on: pictures and streams, never a page; and the API's
// refusals of a camera form, beside the field they name.
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cameraRefusal } from '../src/components/cameras/cameraFormState';
import { cameraMediaPath } from '../src/components/cameras/mediaPath';
import { allowedMediaType, resolveCameraMedia } from '../src/components/cameras/resolveCameraMedia';

const STREAM = 'http://127.0.0.1:4100/cameras/ho-xuan-huong/live.m3u8';
const SNAPSHOT = 'https://cam.example.vn/snap.cgi?res=high';

describe('resolveCameraMedia', () => {
  it('serves the registered URL itself, query included, under its last path part', () => {
    expect(cameraMediaPath({ id: '7', url: SNAPSHOT })).toBe('/camera-media/7/snap.cgi');
    expect(resolveCameraMedia(SNAPSHOT, ['snap.cgi'], '?t=123')?.toString()).toBe(SNAPSHOT);
  });

  it("serves a stream's segments beside its playlist, with their query", () => {
    expect(resolveCameraMedia(STREAM, ['segment-42.ts'], '?k=1')?.toString()).toBe(
      'http://127.0.0.1:4100/cameras/ho-xuan-huong/segment-42.ts?k=1',
    );
    expect(resolveCameraMedia(STREAM, ['720p', 'index.m3u8'], '')?.toString()).toBe(
      'http://127.0.0.1:4100/cameras/ho-xuan-huong/720p/index.m3u8',
    );
  });

  it.each([
    ['a parent directory', ['..', 'other', 'live.m3u8']],
    ['a slash inside a part', ['../../api/v1/chi-so-766']],
    ['an empty part', ['', 'x']],
  ])('refuses %s', (_what, path) => {
    expect(resolveCameraMedia(STREAM, path, '')).toBeNull();
  });

  it('keeps a part with escapes a file name beside the playlist (Next.js hands the route decoded parts)', () => {
    expect(resolveCameraMedia(STREAM, ['a b.ts'], '')?.pathname).toBe('/cameras/ho-xuan-huong/a%20b.ts');
    expect(resolveCameraMedia(STREAM, ['..%2F..%2Fapi'], '')?.pathname).toBe(
      '/cameras/ho-xuan-huong/..%252F..%252Fapi',
    );
  });
});

describe('allowedMediaType', () => {
  it.each(['image/jpeg', 'image/svg+xml; charset=utf-8', 'application/vnd.apple.mpegurl', 'video/mp2t', 'video/mp4'])(
    'passes %s',
    (type) => expect(allowedMediaType(type)).toBe(true),
  );
  it.each(['text/html', 'application/javascript', 'application/json', null])('refuses %s', (type) =>
    expect(allowedMediaType(type)).toBe(false),
  );
});

describe('cameraRefusal', () => {
  const refusal = (code: string, argument?: string) =>
    new CombinedError({
      graphQLErrors: [new GraphQLError('a camera URL is http or https, not ftp', { extensions: { code, argument } })],
    });

  it('puts a field refusal beside the field: the rule in Vietnamese, the API words in English', () => {
    expect(cameraRefusal(refusal('BAD_USER_INPUT', 'url'), {}, 'vi').errors).toEqual({
      url: 'URL bắt đầu bằng http:// hoặc https://, không chứa tên đăng nhập hay mật khẩu.',
    });
    expect(cameraRefusal(refusal('BAD_USER_INPUT', 'url'), {}, 'en').errors).toEqual({
      url: 'a camera URL is http or https, not ftp',
    });
  });

  it('answers a refusal of the role for the whole form', () => {
    expect(cameraRefusal(refusal('FORBIDDEN'), { name: 'x' }, 'vi')).toEqual({
      values: { name: 'x' },
      form: 'Chỉ quản trị viên được quản lý camera.',
    });
  });
});
