// The province page as served to a signed-in reader, without JavaScript (what curl sees with the session cookie):
// server rendering holds the communes' names and the values of its tiles, formatted as the page formats them.
import { describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../web/src/lib/format';
import { api, sessionCookie } from './api';

const webUrl = inject('webUrl');

// Names appear as element text, HTML-escaped (an apostrophe in "Phường B'Lao" becomes &#x27;).
const htmlEscape = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

describe('server-rendered HTML', () => {
  it('holds the names of all the communes of the province', async () => {
    const data = await api<{ unit: { children: { fullName: string }[] } }>(
      '{ unit(code: "68") { children { fullName } } }',
    );
    const html = await (await fetch(webUrl, { headers: { cookie: await sessionCookie() } })).text();
    expect(data.unit.children).toHaveLength(124);
    for (const c of data.unit.children) expect(html).toContain(`>${htmlEscape(c.fullName)}</a>`);
  });

  it("holds the value of every tile: the key indicators of each sector, and a sector's indicators", async () => {
    const { sectors } = await api<{ sectors: { indicators: { code: string; key: boolean }[] }[] }>(
      '{ sectors { indicators { code key } } }',
    );
    const keys = sectors.flatMap((s) => s.indicators.filter((i) => i.key).map((i) => i.code));
    type Values = { unit: { latestValues: { indicator: { code: string; name: string }; value: number | null }[] } };
    const overview = await api<Values>(
      'query ($keys: [IndicatorCode!]) { unit(code: "68") { latestValues(indicators: $keys) { indicator { code name } value } } }',
      { keys },
    );
    const tourism = await api<Values>(
      '{ unit(code: "68") { latestValues(sector: TOURISM) { indicator { code name } value } } }',
    );
    for (const [path, data] of [
      ['/', overview],
      ['/?sector=tourism', tourism],
    ] as const) {
      const html = await (await fetch(`${webUrl}${path}`, { headers: { cookie: await sessionCookie() } })).text();
      expect(data.unit.latestValues.length).toBeGreaterThan(0);
      for (const v of data.unit.latestValues) {
        // React streams parts of the page out of order: each name and value is looked for in the whole document.
        expect(html).toContain(`>${htmlEscape(v.indicator.name)}</a>`);
        expect(html, v.indicator.code).toContain(
          `<data value="${v.value ?? ''}">${formatNumber('vi', v.value)}</data>`,
        );
      }
    }
  });
});
