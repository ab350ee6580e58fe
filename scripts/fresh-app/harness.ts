/*
 * What the check adds to the fresh app that a user would not: our packages
 * come from local tarballs instead of npm, the registry mirror of this
 * machine needs the repository's pins, and the servers run on free ports.
 */
import { execFileSync } from 'child_process';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { stringify } from 'yaml';

/**
 * Root `resolutions` of this repository that a fresh app needs here too
 * (docs/development.md says why each exists). Without any one of them
 * `yarn install` fails: `YN0082 No candidates found` for a platform
 * package of the newest @swc/core, unrs-resolver or rollup, and a missing
 * `got` patch file for @yarnpkg/core.
 */
export const MIRROR_PINS = [
  '@swc/core',
  '@yarnpkg/core',
  'unrs-resolver',
  'rollup',
];

export interface Tarball {
  name: string;
  version: string;
  path: string;
}

export function readTarballs(dir: string): Tarball[] {
  return readdirSync(dir)
    .filter(file => file.endsWith('.tgz'))
    .map(file => {
      const path = join(dir, file);
      const manifest = JSON.parse(
        execFileSync('tar', ['-xzOf', path, 'package/package.json'], {
          encoding: 'utf8',
        }),
      );
      return { name: manifest.name, version: manifest.version, path };
    });
}

export function readJson(path: string) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function writeJson(path: string, value: unknown) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Resolves our packages, wherever the app or a dependency asks for them, to
 * the tarballs, as if npm served them; and copies the mirror pins.
 */
export function pinResolutions(
  appDir: string,
  repoRoot: string,
  tarballs: Tarball[],
) {
  const ours = readJson(join(repoRoot, 'package.json')).resolutions ?? {};
  const file = join(appDir, 'package.json');
  const manifest = readJson(file);
  manifest.resolutions = manifest.resolutions ?? {};
  for (const pin of MIRROR_PINS) {
    if (ours[pin] === undefined) {
      console.log(`the repository no longer pins ${pin}; neither does the app`);
      continue;
    }
    manifest.resolutions[pin] = ours[pin];
  }
  for (const tarball of tarballs) {
    manifest.resolutions[tarball.name] = `file:${tarball.path}`;
  }
  writeJson(file, manifest);
}

/** Free ports instead of 3000 and 7007, which the demo smoke test uses. */
export function writeLocalConfig(
  appDir: string,
  { appUrl, backendUrl }: { appUrl: string; backendUrl: string },
) {
  const config = {
    app: { baseUrl: appUrl },
    backend: {
      baseUrl: backendUrl,
      listen: { port: Number(new URL(backendUrl).port) },
      cors: { origin: appUrl },
    },
  };
  writeFileSync(join(appDir, 'app-config.local.yaml'), stringify(config));
}
