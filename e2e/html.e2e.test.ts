// The province page as served, without JavaScript (what curl sees): server rendering holds the communes' names.
import { describe, expect, inject, it } from 'vitest';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

describe('server-rendered HTML', () => {
  it('holds the names of all the communes of the province', async () => {
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ unit(code: "68") { children { fullName } } }' }),
    });
    const { data } = (await res.json()) as { data: { unit: { children: { fullName: string }[] } } };
    const html = await (await fetch(webUrl)).text();
    expect(data.unit.children).toHaveLength(124);
    // Names appear as element text, HTML-escaped (an apostrophe in "Phường B'Lao" becomes &#x27;).
    const htmlEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll("'", '&#x27;');
    for (const c of data.unit.children) expect(html).toContain(`>${htmlEscape(c.fullName)}</a>`);
  });
});
