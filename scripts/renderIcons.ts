// Renders the web app's PNG icons from web/src/app/icon.svg: the manifest's 192 and 512 px icons, a maskable one and
// the apple-touch-icon. The PNGs are committed; run `npm run icons` after changing the SVG. sharp renders the SVG
// (librsvg); it is Next.js's own optional dependency, resolved from web/, not a dependency of ours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type SharpType from 'sharp';

const WEB = join(import.meta.dirname, '..', 'web');
const BACKGROUND = '#0b4f6c';

const sharp = createRequire(join(WEB, 'package.json'))('sharp') as typeof SharpType;
const svg = readFileSync(join(WEB, 'src/app/icon.svg'));

/** The SVG as a square PNG of `size` px (its rounded corners stay transparent). */
function plain(size: number) {
  return sharp(svg, { density: (72 * size) / 64 }).resize(size, size);
}

/**
 * The SVG at `scale` of a square filled with its own background colour: no transparent corners (iOS would fill them
 * black) and, for a maskable icon, the drawing inside the safe zone (the circle of 40% radius a launcher keeps).
 */
async function fullBleed(size: number, scale: number) {
  const inner = Math.round(size * scale);
  const art = await plain(inner).png().toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } }).composite([
    { input: art, gravity: 'centre' },
  ]);
}

const outputs: [string, Promise<{ toFile(path: string): Promise<unknown> }>][] = [
  ['public/icons/icon-192.png', Promise.resolve(plain(192).png({ compressionLevel: 9 }))],
  ['public/icons/icon-512.png', Promise.resolve(plain(512).png({ compressionLevel: 9 }))],
  // The drawing spans 46% of the side from the centre at most: at 80% it keeps within the 40% safe circle.
  ['public/icons/maskable-512.png', fullBleed(512, 0.8).then((s) => s.png({ compressionLevel: 9 }))],
  ['src/app/apple-icon.png', fullBleed(180, 1).then((s) => s.png({ compressionLevel: 9 }))],
];

for (const [path, image] of outputs) {
  await (await image).toFile(join(WEB, path));
  console.log(`wrote web/${path}`);
}
