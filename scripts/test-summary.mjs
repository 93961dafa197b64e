#!/usr/bin/env node
// The test command's closing lines, computed from the reporters' own JSON
// (vitest's `json` reporter per package, Playwright's `json` reporter for e2e)
// in test-results/reports/, never from scraping console output.
//
//   node scripts/test-summary.mjs [--exit-status N] [package-name…]
//
// Without names it expects a report from every workspace package with a `test`
// script (vitest) or an `e2e` script (Playwright); a missing report is a
// failure: that package's tests crashed or never ran. --exit-status is the
// test command's own status, so a failure the reports cannot show (lint,
// typecheck, a crash after reporting) is still named. Exits 1 when anything
// failed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportsDir = path.join(root, 'test-results', 'reports');

function parseArgs(argv) {
  const names = [];
  let exitStatus = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--exit-status') exitStatus = Number(argv[++i]);
    else names.push(argv[i]);
  }
  if (!Number.isInteger(exitStatus)) throw new Error('--exit-status needs a number');
  return { names, exitStatus };
}

/** Workspace package folders from pnpm-workspace.yaml (`dir/*` and plain `dir` entries only). */
function workspaceDirs() {
  const yaml = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = yaml.split(/^packages:\s*$/m)[1]?.split(/^\S/m)[0] ?? '';
  const patterns = [...block.matchAll(/^\s+-\s+['"]?([^'"\s]+)/gm)].map((m) => m[1]);
  return patterns.flatMap((p) => {
    if (!p.endsWith('/*')) return [path.join(root, p)];
    const parent = path.join(root, p.slice(0, -2));
    return readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(parent, d.name));
  });
}

/** Packages whose tests must have reported: [name, report file]. The report is named after the package without its scope. */
function expectedReports(only) {
  const expected = [];
  for (const dir of workspaceDirs()) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const { name, scripts = {} } = JSON.parse(readFileSync(file, 'utf8'));
    if (!scripts.test && !scripts.e2e) continue;
    if (only.length && !only.includes(name)) continue;
    expected.push({ name, report: path.join(reportsDir, `${name.replace(/^@[^/]+\//, '')}.json`) });
  }
  const unknown = only.filter((n) => !expected.some((e) => e.name === n));
  if (unknown.length)
    throw new Error(`no workspace package with tests named ${unknown.join(', ')}`);
  return expected;
}

const rel = (file) => path.relative(root, file);
const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((l) => l.trim()) ?? '';

/**
 * vitest 4.1's JSON: testResults[] per file, assertionResults[] per test with
 * status passed | failed | skipped | pending | todo. It records no retry count,
 * but a test that passed on a retry keeps the failed attempts' messages in
 * failureMessages: passed with failure messages is flaky.
 */
function fromVitest(report, add) {
  let failuresSeen = 0;
  for (const file of report.testResults ?? []) {
    let failedTests = 0;
    for (const t of file.assertionResults ?? []) {
      const name = [rel(file.name), ...(t.ancestorTitles ?? []), t.title].join(' › ');
      if (t.status === 'passed') add(t.failureMessages?.length ? 'flaky' : 'passed', name);
      else if (t.status === 'skipped' || t.status === 'todo') add('skipped', name);
      else {
        // failed, or pending: it started and never finished
        add('failed', name);
        failedTests++;
      }
    }
    // An import error or a failing beforeAll fails the file without failing any test in it.
    if (file.status === 'failed' && failedTests === 0) {
      add(
        'failed',
        `${rel(file.name)} › (the file failed outside any test${file.message ? `: ${firstLine(file.message)}` : ''})`,
      );
      failedTests++;
    }
    failuresSeen += failedTests;
  }
  if (report.success === false && failuresSeen === 0)
    add('failed', '(vitest reported the run as unsuccessful)');
}

/** Playwright's JSON: nested suites with specs; each test's status is expected | unexpected | flaky | skipped. */
function fromPlaywright(report, add) {
  const testDir = report.config?.rootDir ?? root;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const name =
          [rel(path.join(testDir, spec.file)), ...titles, spec.title].join(' › ') +
          (t.projectName ? ` [${t.projectName}]` : '');
        const outcome =
          { expected: 'passed', flaky: 'flaky', skipped: 'skipped' }[t.status] ?? 'failed';
        add(outcome, name);
      }
    }
    // the top-level suites are files (their title is the file name, already in spec.file)
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const fileSuite of report.suites ?? []) walk(fileSuite, []);
  // errors outside tests: the web server did not start, a spec file did not load…
  for (const e of report.errors ?? [])
    add('failed', `(run error: ${firstLine(e.message ?? e.stack)})`);
}

function summarize({ names, exitStatus }) {
  const totals = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
  const listed = { failed: [], flaky: [], skipped: [] };
  const perPackage = [];
  for (const { name, report } of expectedReports(names)) {
    const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
    const add = (outcome, testName) => {
      counts[outcome]++;
      totals[outcome]++;
      if (outcome !== 'passed') listed[outcome].push(`${name}: ${testName}`);
    };
    if (!existsSync(report)) {
      add('failed', `no report at ${rel(report)} (its tests crashed or did not run)`);
    } else {
      try {
        const json = JSON.parse(readFileSync(report, 'utf8'));
        if (Array.isArray(json.testResults)) fromVitest(json, add);
        else if (Array.isArray(json.suites)) fromPlaywright(json, add);
        else add('failed', `${rel(report)} is neither a vitest nor a Playwright JSON report`);
      } catch (err) {
        add('failed', `${rel(report)} could not be read: ${err.message}`);
      }
    }
    perPackage.push({ name, counts });
  }
  return { totals, listed, perPackage, exitStatus };
}

const line = (c) =>
  `${c.passed} passed, ${c.failed} failed, ${c.flaky} flaky, ${c.skipped} skipped`;

function print({ totals, listed, perPackage, exitStatus }) {
  const out = ['', `Test summary (from the reporters' JSON in ${rel(reportsDir)}/)`];
  const width = Math.max(...perPackage.map((p) => p.name.length));
  for (const p of perPackage) out.push(`  ${p.name.padEnd(width)}  ${line(p.counts)}`);
  const headings = { flaky: 'flaky (passed only on retry)', skipped: 'skipped', failed: 'failed' };
  for (const kind of ['flaky', 'skipped', 'failed']) {
    out.push(`${headings[kind]}:${listed[kind].length ? '' : ' none'}`);
    for (const n of listed[kind]) out.push(`  ${n}`);
  }
  if (exitStatus !== 0 && totals.failed === 0) {
    out.push(
      `The test command failed (exit status ${exitStatus}) outside the tests: lint, typecheck, build or an error vitest reported outside any test (see above).`,
    );
  }
  out.push(line(totals));
  console.log(out.join('\n'));
}

const result = summarize(parseArgs(process.argv.slice(2)));
print(result);
process.exitCode = result.totals.failed > 0 || result.exitStatus !== 0 ? 1 : 0;
