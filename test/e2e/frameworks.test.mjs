// The README's npm, React and Vue snippets, pasted into fresh apps that install the packed package
// (`npm pack`, as a user gets it): each type-checks (tsc; vue-tsc for the .vue file) and a planted typo
// fails it; each builds with Vite into a real split whose first load stays within the script-tag
// loader's size plus 1 KB; each runs in Chromium: the banner shows, a decision is stored, the footer link
// opens the settings, and a <suostumus-notice> is defined and rendered.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';
import { file, isolatedContext, launchChromium, openPage, root, startServer } from './harness.mjs';

const run = promisify(execFile);
const KB = 1024;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

const readme = await readFile(`${root}README.md`, 'utf8');
/** The `n`th code block in `lang` after the README heading `### heading` (or `## heading`). */
const snippet = (heading, lang, n = 0) => {
  const from = readme.search(new RegExp(`^#{2,3} ${heading}\\n`, 'm'));
  assert.ok(from >= 0, `README has a ${heading} section`);
  const blocks = [...readme.slice(from).matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))];
  const code = blocks[n]?.[1];
  assert.ok(code, `README's ${heading} section has a ${lang} block`);
  // With an id of one's own in place of the placeholder, as the README says (the placeholder is refused).
  return code.replaceAll('G-XXXXXXXXXX', 'G-README1234');
};

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true, noEmit: true, jsx: 'react-jsx', types: [], isolatedModules: true, verbatimModuleSyntax: true,
    // Our declarations are checked too; only third parties' are skipped (lit's own need newer DOM types).
    skipLibCheck: true,
  },
};
const vueTemplate = { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('suostumus-') } } };
const isCustomElement = 'isCustomElement: (tag) => tag.startsWith(\'suostumus-\')';

/**
 * Each app: its files (from the README), the type checker, and typos that must fail it, in groups planted
 * together (one run of the checker a group): each replaces `from` in `file` by `to`, and the checker must
 * name `expect` in that file.
 */
const APPS = {
  npm: {
    files: { 'main.ts': snippet('npm', 'ts') },
    mount: '',
    checker: 'tsc',
    // Apart: a wrong config leaves TypeScript nothing to infer the category ids from.
    typos: [
      [{ file: 'main.ts', from: 'measurementId', to: 'measurmentId', expect: 'measurmentId' }],
      [{ file: 'main.ts', from: 'if (state.categories.marketing)', to: 'if (state.categories.marketnig)', expect: 'marketnig' }],
    ],
  },
  React: {
    files: { 'main.tsx': snippet('React', 'tsx') },
    mount: '<div id="root"></div>',
    checker: 'tsc',
    typos: [[
      { file: 'main.tsx', from: "mode: 'basic'", to: "mode: 'basik'", expect: 'basik', add: true },
      { file: 'main.tsx', from: 'heading-level="1"', to: 'heading-level="1" language="fn"', expect: 'fn' },
    ]],
  },
  Vue: {
    files: { 'main.ts': snippet('Vue', 'ts'), 'App.vue': snippet('Vue', 'vue') },
    mount: '<div id="app"></div>',
    checker: 'vue-tsc',
    typos: [[
      { file: 'main.ts', from: 'google:', to: 'gogle:', expect: 'gogle' },
      { file: 'App.vue', from: ':heading-level="1"', to: ':heading-level="1" language="fn"', expect: 'fn' },
    ]],
  },
};

async function files(dir) {
  const out = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    out[`/${relative(dir, path)}`] = { body: await readFile(path), type };
  }
  return out;
}

/** Runs the type checker on the app; resolves to its exit code and output. */
async function typeCheck(dir, checker) {
  try {
    await run(join(root, 'node_modules', '.bin', checker), ['-p', join(dir, 'tsconfig.json')], { cwd: dir });
    return { code: 0, output: '' };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

describe('README snippets for npm, React and Vue: typed, split, running (Chromium)', () => {
  let browser;
  let apps; // $TMPDIR/suostumus-apps-*/: node_modules/suostumus is the packed package; one folder an app
  let loaderBytes;

  before(async () => {
    browser = await launchChromium();
    // Outside the project (inside it, `suostumus` would resolve to the project itself): the packed package
    // in node_modules, beside links to the project's own packages (react, vue, lit, their types).
    apps = await mkdtemp(join(tmpdir(), 'suostumus-apps-'));
    // --ignore-scripts: the build step has just built dist/, and prepack's build would print into the JSON.
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', apps], { cwd: root });
    const [{ filename }] = JSON.parse(stdout);
    await run('tar', ['-xzf', join(apps, filename), '-C', apps]);
    await mkdir(join(apps, 'node_modules'));
    for (const name of await readdir(join(root, 'node_modules'))) {
      if (!name.startsWith('.')) await symlink(join(root, 'node_modules', name), join(apps, 'node_modules', name));
    }
    await rename(join(apps, 'package'), join(apps, 'node_modules', 'suostumus'));
    loaderBytes = gzip(await readFile(`${root}dist/${file('loader')}`));
  });
  after(async () => {
    await browser?.close();
    if (apps) await rm(apps, { recursive: true, force: true });
  });

  it('custom-elements.json names the four tags, and every file it points at is in the package', async () => {
    const pkg = join(apps, 'node_modules', 'suostumus');
    const manifest = JSON.parse(await readFile(join(pkg, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((module) => module.declarations).map((declaration) => declaration.tagName).sort();
    assert.deepEqual(tags, ['suostumus-banner', 'suostumus-notice', 'suostumus-preferences', 'suostumus-settings-button']);
    const paths = new Set();
    JSON.stringify(manifest, (key, value) => { if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value); return value; });
    for (const path of paths) await access(join(pkg, path));
    const elements = await import(pathToFileURL(join(pkg, manifest.modules[0].path)).href);
    for (const declaration of manifest.modules[0].declarations) assert.equal(typeof elements[declaration.name], 'function', `${manifest.modules[0].path} exports ${declaration.name}`);
  });

  it('the README tells Vue users the same isCustomElement rule the test builds with', () => {
    assert.ok(snippet('Vue', 'ts', 1).includes(isCustomElement));
  });

  for (const [name, app] of Object.entries(APPS)) {
    it(`${name}: type-checks, a typo fails the check, builds split within the budget, runs`, async () => {
      const dir = join(apps, name);
      await mkdir(dir);
      for (const [path, code] of Object.entries(app.files)) await writeFile(join(dir, path), code);
      const entry = Object.keys(app.files)[0];
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, include: ['*.ts', '*.tsx', '*.vue'] }));

      // Types: the snippet as written passes; each group of planted typos fails, naming each typo.
      const clean = await typeCheck(dir, app.checker);
      assert.equal(clean.code, 0, `${name} snippet type-checks:\n${clean.output}`);
      for (const group of app.typos) {
        const broken = { ...app.files };
        for (const typo of group) {
          const before = broken[typo.file];
          // `add`: the snippet has no such field; the typo is added next to `google`'s measurement id.
          broken[typo.file] = typo.add
            ? before.replace("measurementId: 'G-README1234'", `measurementId: 'G-README1234', ${typo.to}`)
            : before.replace(typo.from, typo.to);
          assert.notEqual(broken[typo.file], before, `the typo ${typo.to} is planted`);
        }
        for (const [path, code] of Object.entries(broken)) await writeFile(join(dir, path), code);
        const checked = await typeCheck(dir, app.checker);
        assert.notEqual(checked.code, 0, `the typos ${group.map((typo) => typo.to).join(", ")} fail ${app.checker}`);
        for (const typo of group) assert.match(checked.output, new RegExp(`${typo.file}.*${typo.expect}`), `${app.checker} names ${typo.expect} in ${typo.file}:\n${checked.output}`);
      }
      for (const [path, code] of Object.entries(app.files)) await writeFile(join(dir, path), code);

      // The split: the first load is the entry chunk and what it imports statically.
      await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${name}</title></head><body>${app.mount}<script type="module" src="./${entry}"></script></body></html>`);
      const viteBuild = async (outDir, alias = []) => {
        const built = await build({
          root: dir, configFile: false, logLevel: 'silent', resolve: { alias },
          plugins: app.checker === 'vue-tsc' ? [vue(vueTemplate)] : [],
          build: { outDir: join(dir, outDir), emptyOutDir: true },
        });
        const chunks = (Array.isArray(built) ? built : [built]).flatMap((output) => output.output).filter((item) => item.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const first = new Set();
        const visit = (chunk) => { if (first.has(chunk)) return; first.add(chunk); for (const next of chunk.imports) visit(byName.get(next)); };
        visit(chunks.find((chunk) => chunk.isEntry));
        return { first: [...first], lazy: chunks.filter((chunk) => !first.has(chunk)) };
      };
      const { first, lazy } = await viteBuild('out');
      const firstCode = first.map((chunk) => chunk.code).join('\n');
      assert.ok(!/lit-html|LitElement/.test(firstCode), 'no Lit on first load');
      assert.ok(!/Hylkää kaikki|Reject all|Avvisa alla/.test(firstCode), 'no texts on first load');
      assert.ok(!/showModal/.test(firstCode), 'no dialog on first load');
      assert.ok(!/data-focus-key/.test(firstCode), 'no banner on first load');
      // Each part a lazy chunk of its own: the banner, the dialog, the notice, and each language's texts.
      const PARTS = { banner: /data-focus-key/, dialog: /showModal/, notice: /the privacy notice lacks/, fi: /Hylkää kaikki/, en: /Reject all/, sv: /Avvisa alla/ };
      for (const [part, pattern] of Object.entries(PARTS)) assert.ok(lazy.some((chunk) => pattern.test(chunk.code)), `a lazy chunk holds the ${part}`);
      for (const [a, b] of [['fi', 'en'], ['en', 'sv'], ['fi', 'sv'], ['banner', 'dialog'], ['dialog', 'notice'], ['banner', 'fi']]) {
        assert.ok(!lazy.some((chunk) => PARTS[a].test(chunk.code) && PARTS[b].test(chunk.code)), `the ${a} and the ${b} are in different chunks`);
      }
      // What suostumus adds to the first load: the app as built, against the same app built with a stub
      // in place of the package (which keeps Vite's dynamic-import helper: the app pays it either way).
      const stub = join(dir, 'suostumus-stub.js');
      await writeFile(stub, "export const defineConfig = (config) => config;\nexport const startSuostumus = () => import('./suostumus-stub-lazy.js');\n");
      await writeFile(join(dir, 'suostumus-stub-lazy.js'), 'export const ok = false;\n');
      const baseline = await viteBuild('out-stub', [{ find: /^suostumus$/, replacement: stub }]);
      const total = gzip(firstCode);
      const bytes = total - gzip(baseline.first.map((chunk) => chunk.code).join('\n'));
      console.log(`${name} app: first load ${total} B gzip -9, of which suostumus ${bytes} B (the script-tag loader: ${loaderBytes} B; budget ${loaderBytes + KB} B); `
        + `lazy: ${lazy.map((chunk) => `${chunk.fileName} ${gzip(chunk.code)} B`).join(', ')}`);
      assert.ok(bytes <= loaderBytes + KB, `suostumus adds ${bytes} B to the first load, over the loader's ${loaderBytes} B + 1 KB`);

      // Running: the banner, a stored decision, the footer link (React, Vue) and the notice.
      const server = await startServer(await files(join(dir, 'out')));
      try {
        const { context } = await isolatedContext(browser, server);
        const { page, errors, consoleErrors } = await openPage(context, server.url('/index.html'));
        // The settings dialog is readied while the banner is read (issue 15), in an app's bundle as with
        // the script tag: defined and rendered closed before any click, so the click only opens it.
        await page.getByRole('button', { name: 'Hylkää kaikki' }).waitFor();
        await page.waitForFunction(() => document.querySelector('suostumus-preferences')?.shadowRoot?.querySelector('dialog .actions') != null);
        assert.equal(await page.evaluate(() => document.querySelector('suostumus-preferences').shadowRoot.querySelector('dialog').open), false, 'readied, not opened');
        await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
        const cookie = (await context.cookies()).find((c) => c.name === 'suostumus');
        assert.equal(JSON.parse(decodeURIComponent(cookie.value)).categories.analytics, false);
        if (name !== 'npm') {
          await page.locator('suostumus-notice details').first().waitFor();
          await page.getByRole('link', { name: 'Evästeasetukset' }).click();
          await page.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
        }
        assert.deepEqual(errors, []);
        assert.deepEqual(consoleErrors, []);
        await context.close();
      } finally {
        await server.close();
      }
    });
  }
});
