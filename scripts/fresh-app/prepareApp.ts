/*
 * Turns the app fresh from @backstage/create-app into one that has our
 * plugins, by the README's "Install in your Backstage" and "Configure"
 * steps (read from README.md), plus the check's harness (tarballs, pins,
 * ports). `yarn install` runs afterwards.
 *
 * Usage: prepareApp.ts <repo root> <app dir> <tarball dir> <app url>
 *          <backend url> <prometheus url>
 */
import { appendFileSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { stringify } from 'yaml';
import {
  pinResolutions,
  readJson,
  readTarballs,
  Tarball,
  writeJson,
  writeLocalConfig,
} from './harness';
import { readReadmeSteps, ReadmeSteps } from './readmeSteps';

/**
 * `yarn --cwd <workspace> add <package>` writes `^<latest version>` into
 * the workspace's package.json; the install that follows is shared by all
 * of them, as the packages are not on the registry.
 */
function addDependencies(
  appDir: string,
  steps: ReadmeSteps,
  tarballs: Tarball[],
) {
  for (const { workspace, name } of steps.dependencies) {
    const tarball = tarballs.find(t => t.name === name);
    if (!tarball) {
      throw new Error(`the README adds ${name}, which is not one we pack`);
    }
    const file = join(appDir, workspace, 'package.json');
    const manifest = readJson(file);
    manifest.dependencies[name] = `^${tarball.version}`;
    manifest.dependencies = Object.fromEntries(
      Object.entries(manifest.dependencies).sort(([a], [b]) =>
        a.localeCompare(b),
      ),
    );
    writeJson(file, manifest);
    console.log(`${workspace}/package.json: ${name} ^${tarball.version}`);
  }
}

function addBackendFeatures(appDir: string, steps: ReadmeSteps) {
  const file = join(appDir, 'packages', 'backend', 'src', 'index.ts');
  let source = readFileSync(file, 'utf8');
  for (const name of steps.backendFeatures) {
    const line = `backend.add(import('${name}'));`;
    if (source.includes(line)) {
      console.log(`packages/backend/src/index.ts already has ${name}`);
      continue;
    }
    if (!source.includes('backend.start();')) {
      throw new Error('packages/backend/src/index.ts has no backend.start()');
    }
    source = source.replace('backend.start();', `${line}\n\nbackend.start();`);
    console.log(`packages/backend/src/index.ts: ${line}`);
  }
  writeFileSync(file, source);
}

/** The README's config block, with our Prometheus instead of its example. */
function addConfig(appDir: string, steps: ReadmeSteps, prometheusUrl: string) {
  const config = structuredClone(steps.config);
  config.slo.prometheus.baseUrl = prometheusUrl;
  appendFileSync(
    join(appDir, 'app-config.yaml'),
    `\n# From the README of the SLO Recommendation Engine\n${stringify(
      config,
    )}`,
  );
  console.log(`app-config.yaml: ${Object.keys(config).join(', ')}`);
}

function main(args: string[]) {
  const [repoRoot, appDir, tarballDir, appUrl, backendUrl, prometheusUrl] =
    args;
  if (!prometheusUrl) {
    throw new Error(
      'usage: prepareApp.ts <repo root> <app dir> <tarball dir> <app url> <backend url> <prometheus url>',
    );
  }
  const tarballs = readTarballs(tarballDir);
  const steps = readReadmeSteps(
    readFileSync(join(repoRoot, 'README.md'), 'utf8'),
  );
  pinResolutions(appDir, repoRoot, tarballs);
  writeLocalConfig(appDir, { appUrl, backendUrl });
  addDependencies(appDir, steps, tarballs);
  addBackendFeatures(appDir, steps);
  addConfig(appDir, steps, prometheusUrl);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(`preparing the fresh app failed: ${(e as Error).message}`);
  process.exit(1);
}
