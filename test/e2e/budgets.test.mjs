// Byte budgets of the script-tag delivery: gzip -9 of the built files a page downloads (npm test
// builds first). A scenario's files are an entry chunk and everything it imports statically, which is
// what the browser fetches; smoke.test.mjs checks that real pages fetch exactly these files.
//
// Issue 8 set the targets: returning visitor 3 KB, first visit 12 KB, the notice 6 KB plus its texts.
// They are not all met. The ceilings below are the next best, measured when they were set
// (2026-11-23), so that nothing grows unnoticed; each test prints the target, the ceiling and the size.
// Where the bytes go, and why the targets were not reachable, is in bench/METHOD.md ("Byte budgets").
// Raised on 2026-11-30 for what every page view now does (bench/METHOD.md lists each part): following
// the stored choice in every open document, keeping the UI through a swapped body, the site's
// suostumusQueue, the script gate's time-out, the "not offered" warning and the read-back of the stored record (issue 14), the texts
// fingerprint sent with each proof of consent (issue 21), and the page layer of issue 13.
// Issue 15 set new targets: first visit 12 KB, returning visitor 6 KB (stretch 3 KB). Not met either;
// the ceilings stay the next best (not raised), and the settings dialog's bytes — fetched after the banner
// is painted, at low priority — have a ceiling of their own. bench/METHOD.md says where the bytes go.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { closure, file, root } from './harness.mjs';

const KB = 1024;

async function gzipped(files) {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(`${root}dist/${file}`), { level: 9 }).length;
  return total;
}

function report(name, bytes, target, ceiling, issue = 15) {
  const met = bytes <= target * KB ? 'met' : 'NOT met';
  console.log(`${name}: ${bytes} B = ${(bytes / KB).toFixed(2)} KB (issue ${issue} target ${target} KB: ${met}; ceiling ${ceiling} KB)`);
}

describe('byte budgets (gzip -9)', () => {
  it('returning visitor: the loader alone', async () => {
    const bytes = await gzipped([file('loader')]);
    // 9.6 KB since issue 14 §5 (several copies of the cookie told apart, +145 B), 9.9 KB since issue 20
    // (embedded content: the `embeds` config key, the presence check, the chunk's fetch), 9.6 KB again
    // since issue 15's second pass (document.cookie without js-cookie, -309 B): bench/METHOD.md. Issue 15's
    // fourth pass added V8's compile hint (+19 B) and paid for it in the loader: still under 9.6 KB.
    report('returning visitor', bytes, 6, 9.6);
    assert.ok(bytes <= 9.6 * KB, `the loader is ${bytes} B, over its 9.6 KB ceiling`);
  });

  it('first visit, banner shown: loader + banner chunk + one language', async () => {
    for (const language of ['fi', 'en', 'sv']) {
      const files = new Set([file('loader'), ...await closure(file('ui')), ...await closure(file('texts', 'banner', language))]);
      const bytes = await gzipped(files);
      report(`first visit (${language}: ${[...files].join(' ')})`, bytes, 12, 15.5);
      // 15.5 KB since 2026-11-30's merges of issues 14, 17 and 20 (+~500 B in the loader): bench/METHOD.md.
      assert.ok(bytes <= 15.5 * KB, `first visit in ${language} is ${bytes} B, over its 15.5 KB ceiling`);
    }
  });

  it("the README's sizes are the built files': the loader, and each row of the table of files", async () => {
    // The owner reads these to know what a page costs; a change that moves a row by more than 0.1 KB
    // says so here rather than leaving the README behind. Each row's size is the sum of the files it
    // names (the Finnish texts for <fi|en|sv> and <lang>); "X KB + Y KB" is the code, then the texts.
    const readme = await readFile(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('### The files, and when each is fetched'));
    const stated = (text) => Number(/^([\d.]+) KB$/.exec(text.trim())?.[1]);
    const close = async (what, kb, files) => {
      const bytes = await gzipped(files);
      assert.ok(Math.abs(kb - bytes / KB) <= 0.1, `README: ${what} says ${kb} KB; the built files (${files.join(' + ')}) come to ${(bytes / KB).toFixed(2)} KB`);
    };
    const loader = /`suostumus\.js` is the small part every page view loads \(([\d.]+) KB gzipped\)/.exec(section);
    assert.ok(loader, 'README says the size of suostumus.js');
    await close('suostumus.js', Number(loader[1]), [file('loader')]);
    const rows = section.slice(0, section.indexOf('\n\n', section.indexOf('| file |'))).split('\n').filter((line) => line.startsWith('| `'));
    assert.ok(rows.length >= 7, `the table has its rows (${rows.length})`);
    for (const row of rows) {
      const cells = row.split(' | ');
      const names = [...cells[0].matchAll(/`(suostumus[^`]*\.js)`/g)].map(([, name]) => name.replace(/<(?:fi\\\|en\\\|sv|lang)>/, 'fi'));
      const sizes = cells.at(-1).replace(/ \|$/, '').split(' + ').map(stated);
      const [code, texts] = sizes.length === 2 ? [names.filter((n) => !n.includes('texts')), names.filter((n) => n.includes('texts'))] : [names];
      await close(`the row of ${names[0]}`, sizes[0], code);
      if (texts) await close(`the texts of ${names[0]}`, sizes[1], texts);
    }
  });

  it('first visit carries neither Lit nor the dialog', async () => {
    const files = await closure(file('ui'));
    assert.ok(!files.has(file('lit')) && !files.has(file('preferences')), `the banner chunk imports ${[...files].join(', ')}`);
  });

  it('settings opened: the dialog and Lit on top of the first visit (no target; a ceiling)', async () => {
    const first = new Set([file('loader'), ...await closure(file('ui')), file('texts', 'banner', 'fi')]);
    const dialog = [...await closure(file('preferences')), ...await closure(file('texts', 'ui', 'fi'))].filter((name) => !first.has(name));
    const bytes = await gzipped(new Set(dialog));
    console.log(`settings opened: + ${bytes} B = ${(bytes / KB).toFixed(2)} KB (${dialog.join(' ')}; ceiling 11.1 KB)`);
    assert.ok(dialog.includes(file('lit')), 'Lit comes with the dialog');
    // 11.8 KB for issue 20's embed providers' facts, 11 KB since they are a chunk of their own, fetched
    // only where a provider is used (issue 15), 11.1 KB with the dialog readied at idle (+126 B in the
    // dialog's chunk, issue 15): bench/METHOD.md.
    assert.ok(!dialog.includes(file('providers')), 'the providers\' facts are not the dialog\'s static import');
    assert.ok(bytes <= 11.1 * KB, `the settings dialog adds ${bytes} B, over its 11.1 KB ceiling`);
  });

  it('the privacy notice: its own code, and its texts per language', async () => {
    // Lit and the shared chunk are the dialog's too; they are counted once, with the dialog.
    const shared = new Set([file('lit'), file('shared')]);
    const code = [...await closure(file('notice'))].filter((name) => !shared.has(name));
    const bytes = await gzipped(code);
    report(`notice code (${code.join(' ')})`, bytes, 6, 13, 8);
    // 13.6 KB since issues 16 (rendering as the owner wrote it) and 20 (providers' facts), 13 KB since the
    // providers' facts are a chunk of their own (issue 15): bench/METHOD.md.
    assert.ok(!code.includes(file('providers')), 'the providers\' facts are not the notice\'s static import');
    assert.ok(bytes <= 13 * KB, `the notice's code is ${bytes} B, over its 13 KB ceiling`);
    for (const language of ['fi', 'en', 'sv']) {
      const texts = await gzipped([file('texts', 'notice', language), ...await closure(file('texts', 'ui', language))].filter((f) => !shared.has(f)));
      console.log(`notice texts (${language}): ${texts} B = ${(texts / KB).toFixed(2)} KB`);
      assert.ok(texts <= 5 * KB, `the notice's ${language} texts are ${texts} B, over 5 KB`);
    }
  });

  it('embedded content: its chunk, and what a page with an embed fetches besides the loader', async () => {
    // Issue 20's aim: the embed chunk itself at most 3 KB. The shared and categories chunks are the
    // banner's and the dialog's too; they are printed, not held here.
    const bytes = await gzipped([file('embed')]);
    report(`embed chunk (${file('embed')})`, bytes, 3, 3);
    assert.ok(bytes <= 3 * KB, `the embed chunk is ${bytes} B, over its 3 KB ceiling`);
    // The providers' facts and their words in every language (issue 15): what a page with an embed, or the
    // dialog and the notice of a site that names a provider, fetch for them.
    const providers = await gzipped([file('providers')]);
    report(`embed providers' facts (${file('providers')})`, providers, 1.7, 1.7);
    assert.ok(providers <= 1.7 * KB, `the providers' facts are ${providers} B, over their 1.7 KB ceiling`);
    const files = await closure(file('embed'));
    assert.ok(!files.has(file('lit')), `the embed chunk brings no Lit (${[...files].join(', ')})`);
    assert.ok(!files.has(file('categories')), `the embed chunk does not bring the dialog's categories chunk (${[...files].join(', ')})`);
    for (const language of ['fi', 'en', 'sv']) {
      const all = new Set([...files, file('texts', 'embed', language)]);
      console.log(`embed page (${language}: ${[...all].join(' ')}): + ${await gzipped(all)} B`);
    }
  });

  it('the returning-visitor loader carries no Lit and no message tables', async () => {
    const loader = await readFile(`${root}dist/${file('loader')}`, 'utf8');
    assert.ok(!loader.includes('lit-html'), 'no lit-html in the loader');
    assert.ok(!loader.includes('Hylkää kaikki'), 'no banner texts in the loader');
    assert.ok(!loader.includes('a font-family list'), 'no config messages in the loader');
    assert.ok(loader.includes(file('ui')), 'the loader imports the UI chunk by name');
  });
});
