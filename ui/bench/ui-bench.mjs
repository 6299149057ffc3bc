// UI benchmarks against a running platform: Lighthouse on the signed-in pages, first-load
// JavaScript of the built UI, and frame times of the designer canvas. See BENCHMARKS.md.
//
//   MEWAYZ_BASE_URL=http://localhost:8080 node bench/ui-bench.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { setUp } from './setup.mjs';

const base = (process.env.MEWAYZ_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const chromiumPath = process.env.MEWAYZ_CHROMIUM ?? '/usr/bin/chromium';
const lighthouseVersion = process.env.LIGHTHOUSE_VERSION ?? '13.5.0';
const preset = process.env.LIGHTHOUSE_PRESET ?? 'desktop'; // or "mobile"
const lighthouseTimeoutMs = 240_000;
// Lighthouse varies from run to run, more so on a shared machine: each page is measured this
// many times and the run with the median performance score is reported.
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const interactionMs = Number(process.env.MEWAYZ_BENCH_INTERACTION_MS ?? 4000);
const uiDir = fileURLToPath(new URL('../', import.meta.url));
const resultsDir = join(uiDir, 'bench', 'results');

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** (b) The JavaScript and CSS index.html loads before anything renders, raw and gzipped. */
function firstLoadSize() {
  const dist = join(uiDir, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const sizes = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  for (const file of new Set(files)) {
    const content = readFileSync(join(dist, file));
    const kind = file.endsWith('.js') ? 'js' : 'css';
    sizes[kind].raw += content.length;
    sizes[kind].gzip += gzipSync(content, { level: 9 }).length;
    sizes[kind].files += 1;
  }
  return sizes;
}

/**
 * A Chromium profile signed in as the bench user: the tokens are written to its localStorage by
 * a first browser, which then closes, so Lighthouse can start its own Chromium on the profile.
 */
export async function signedInProfile(session) {
  const profile = mkdtempSync(join(tmpdir(), 'mewayz-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/login`);
  await page.evaluate((s) => {
    localStorage.setItem('mewayz.accessToken', s.accessToken);
    localStorage.setItem('mewayz.refreshToken', s.refreshToken);
  }, session);
  await context.close();
  return profile;
}

/** A command's exit code and the end of its error output, killed after a time limit. */
function run(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** (a) Lighthouse on the signed-in profile; its usual storage reset would sign it out. */
export async function lighthouse(name, url, profile, attempt) {
  const output = join(resultsDir, `lighthouse-${name}-${attempt}.json`);
  rmSync(output, { force: true });
  const args = [
    'exec',
    '--yes',
    `--package=lighthouse@${lighthouseVersion}`,
    '--',
    'lighthouse',
    url,
    `--chrome-flags=--headless --no-sandbox --no-first-run --user-data-dir=${profile}`,
    '--disable-storage-reset',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const result = await run('npm', args, lighthouseTimeoutMs);
  if (result.code !== 0 || !existsSync(output)) {
    const why =
      result.code === null ? 'timed out' : result.stderr.trim().split('\n').slice(-2).join(' ');
    return { name, error: why || `exit ${result.code}` };
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue;
  const failing = Object.values(report.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => report.audits[r.id]))
    .filter((a) => a && a.score !== null && a.score < 0.9)
    .map((a) => a.id);
  return {
    name,
    finalUrl: report.finalDisplayedUrl,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failing: [...new Set(failing)],
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** (c) requestAnimationFrame deltas while the canvas is panned and then a node is dragged. */
async function designerFrames(session, url) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript((s) => {
      localStorage.setItem('mewayz.accessToken', s.accessToken);
      localStorage.setItem('mewayz.refreshToken', s.refreshToken);
    }, session);
    return await measureDesigner(page, url);
  } finally {
    await browser.close();
  }
}

export async function measureDesigner(page, url) {
  await page.goto(url);
  const pane = page.locator('.react-flow__pane').first();
  try {
    await pane.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    return { error: 'the designer is not there yet: no .react-flow__pane at ' + url };
  }
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 20_000 });
  const nodes = await page.locator('.react-flow__node').count();

  const measure = async (label, act) => {
    await page.evaluate(() => {
      const w = window;
      w.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        w.__frames.push(now - last);
        last = now;
        if (w.__recording) requestAnimationFrame(tick);
      };
      w.__recording = true;
      requestAnimationFrame(tick);
    });
    await act();
    const deltas = await page.evaluate(() => {
      window.__recording = false;
      return window.__frames.slice(1);
    });
    const sorted = [...deltas].sort((a, b) => a - b);
    return {
      label,
      frames: deltas.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? 0,
      dropped: deltas.filter((d) => d > 33).length,
    };
  };

  // Moves the mouse in small steps for the interaction time, like a hand would.
  const sweep = async (fromX, fromY) => {
    await page.mouse.move(fromX, fromY);
    await page.mouse.down();
    const started = Date.now();
    let t = 0;
    while (Date.now() - started < interactionMs) {
      t += 1;
      await page.mouse.move(fromX + 200 * Math.sin(t / 15), fromY + 120 * Math.cos(t / 20), {
        steps: 2,
      });
    }
    await page.mouse.up();
  };

  // Grab empty canvas to pan, and a node that is on screen to drag.
  const spots = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    let empty = null;
    for (let fx = 0.9; fx > 0.1 && !empty; fx -= 0.05) {
      for (let fy = 0.2; fy < 0.9 && !empty; fy += 0.1) {
        const x = pane.left + pane.width * fx;
        const y = pane.top + pane.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('.react-flow__pane') && !hit.closest('.react-flow__node'))
          empty = { x, y };
      }
    }
    const node = [...document.querySelectorAll('.react-flow__node')]
      .map((n) => n.getBoundingClientRect())
      .find(
        (r) =>
          r.width > 0 &&
          r.top >= pane.top &&
          r.bottom <= pane.bottom &&
          r.left >= pane.left &&
          r.right <= pane.right,
      );
    return {
      empty,
      node: node && { x: node.left + node.width / 2, y: node.top + node.height / 2 },
    };
  });
  if (!spots.empty || !spots.node) {
    return { nodes, error: 'found no empty canvas or no node on screen to measure with' };
  }
  const pan = await measure('pan the canvas', () => sweep(spots.empty.x, spots.empty.y));
  const drag = await measure('drag a node', () => sweep(spots.node.x, spots.node.y));
  return { nodes, results: [pan, drag] };
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const health = await fetch(`${base}/health`).catch(() => null);
  if (!health)
    throw new Error(`Nothing answers at ${base}; start the platform or set MEWAYZ_BASE_URL`);

  console.log(`Mewayz UI benchmarks against ${base} (Lighthouse ${lighthouseVersion}, ${preset})`);
  const session = await setUp(base);
  console.log(
    `Bench user ${session.email}, workspace ${session.workspaceId}: automations of ` +
      `${session.small.nodes} and ${session.large.nodes} nodes, ${session.runs.length} runs`,
  );
  const ws = `${base}/workspaces/${session.workspaceId}`;
  // The designer and a run's page at a typical size (5 steps) and at the worst case (300).
  const allPages = [
    ['automations', `${ws}/automations`],
    ['templates', `${ws}/automations/templates`],
    ['designer', `${ws}/automations/${session.large.id}`],
    ['designer-5', `${ws}/automations/${session.small.id}`],
    ['runs', `${ws}/runs`],
    ['run-detail', `${ws}/runs/${encodeURIComponent(session.detailRunId)}`],
    ['run-detail-5', `${ws}/runs/${encodeURIComponent(session.smallRunId)}`],
  ];
  // MEWAYZ_BENCH_PAGES=designer,run-detail measures only those pages.
  const only = (process.env.MEWAYZ_BENCH_PAGES ?? '').split(',').filter(Boolean);
  const pages = only.length ? allPages.filter(([name]) => only.includes(name)) : allPages;

  const results = {
    base,
    preset,
    session: { ...session, accessToken: undefined, refreshToken: undefined },
  };
  results.designer = await designerFrames(session, allPages[2][1]);
  const profile = await signedInProfile(session);
  try {
    results.lighthouse = [];
    for (const [name, url] of pages) {
      if (name.startsWith('designer') && results.designer.error) continue;
      console.log(`Lighthouse: ${name} (${lighthouseRuns} runs)…`);
      const runs = [];
      for (let attempt = 1; attempt <= lighthouseRuns; attempt += 1) {
        runs.push(await lighthouse(name, url, profile, attempt));
      }
      const measured = runs.filter((r) => !r.error).sort((a, b) => a.performance - b.performance);
      const median = measured[Math.floor(measured.length / 2)] ?? runs[0];
      results.lighthouse.push({
        ...median,
        performanceRange: measured.map((r) => r.performance),
      });
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  results.firstLoad = existsSync(join(uiDir, 'dist', 'index.html')) ? firstLoadSize() : null;

  table(
    `(a) Lighthouse, ${preset}, signed in, median of ${lighthouseRuns} runs by performance`,
    [
      'page',
      'perf (all runs)',
      'a11y',
      'best pr.',
      'FCP ms',
      'LCP ms',
      'TBT ms',
      'CLS',
      'audits below 0.9',
    ],
    results.lighthouse.map((r) =>
      r.error
        ? [r.name, 'error', '', '', '', '', '', '', r.error.slice(0, 60)]
        : [
            r.name,
            `${r.performance} (${r.performanceRange.join(', ')})`,
            r.accessibility,
            r.bestPractices,
            Math.round(r.fcp),
            Math.round(r.lcp),
            Math.round(r.tbt),
            r.cls.toFixed(3),
            r.failing.join(', ') || '—',
          ],
    ),
  );
  if (results.lighthouse.some((r) => r.finalUrl && /\/login/.test(r.finalUrl))) {
    console.log('Warning: a page ended on /login; Lighthouse measured the sign-in page there.');
  }
  if (results.firstLoad) {
    const { js, css } = results.firstLoad;
    table(
      '(b) First load of the built UI (ui/dist)',
      ['what', 'files', 'raw', 'gzip'],
      [
        ['JavaScript', js.files, kb(js.raw), kb(js.gzip)],
        ['CSS', css.files, kb(css.raw), kb(css.gzip)],
      ],
    );
  } else {
    console.log('\n(b) skipped: ui/dist has no build; run npm run build first.');
  }
  if (results.designer.error) {
    console.log(`\n(c) Designer frame times: not measured, ${results.designer.error}`);
  } else {
    table(
      `(c) Designer frame times, ${results.designer.nodes} nodes rendered, ${interactionMs} ms each`,
      ['interaction', 'frames', 'p50 ms', 'p95 ms', 'max ms', 'frames > 33 ms'],
      results.designer.results.map((r) => [
        r.label,
        r.frames,
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.max.toFixed(1),
        r.dropped,
      ]),
    );
  }
  const file = join(resultsDir, `ui-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nFull results: ${file}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
