import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourcePath } from '../../../electron/files/resourcePath';
import { PreparedTemplate } from '../../../electron/render/preparedTemplate';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { BUNDLED_FONTS } from '../../../shared/template/fonts';
import { launchChromium } from '../../bench/pageHelpers';
import { meanAbsoluteDifference } from '../../helpers/pdfTools';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

/**
 * DESIGN §4: the app and the CLI produce the same PNG for the same input. The shared layout and canvas
 * renderer run here in Debian's Chromium, on the bundled font files and the workspace's pictures, and in
 * Node: the layouts must be identical (every line break, glyph and position) and the pixels all but equal
 * (two builds of Skia, and Chrome's SVG decoder against Skia's, antialias a little differently).
 */
const DPI = 96;
const DATA = { recipient: { name: 'Zoë Ångström-Fairweather' }, verification: { url: 'https://verify.example.org/c/parity' } };

let browser: Browser;
let workspace: Workspace;
let script: string;

beforeAll(async () => {
  const bundle = await build({ entryPoints: [path.join(import.meta.dirname, 'pageRender.entry.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' });
  script = bundle.outputFiles[0]!.text;
  browser = await launchChromium();
  workspace = createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-parity-'), 'parity.laurel'));
});
afterAll(async () => {
  await browser?.close();
  workspace?.close();
  removeTempDirs();
});

describe.each([EXAMPLE_IDS.certificateTemplate, EXAMPLE_IDS.badgeTemplate])('%s in the page and in Node', (id) => {
  it('has the same layout and draws the same pixels', async () => {
    const template = await PreparedTemplate.prepare(workspace, id);
    const options = { data: DATA, brandKit: template.brandKit, issuer: template.issuer };
    const fonts = Object.fromEntries(BUNDLED_FONTS.map((f) => [f.file, fs.readFileSync(resourcePath('fonts', f.file)).toString('base64')]));
    const images = Object.fromEntries(
      [...template.images.sizes.keys()].map((sha) => {
        const asset = workspace.getAsset(sha)!;
        return [sha, { mediaType: asset.mediaType, base64: asset.data.toString('base64') }];
      }),
    );
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><title>parity</title>');
      await page.addScriptTag({ content: script });
      const inPage = await page.evaluate(
        (input) => (globalThis as unknown as { pageRender(i: unknown): Promise<{ layout: string; rgba: string; width: number; height: number }> }).pageRender(input),
        { body: template.body, options, fonts, images, dpi: DPI },
      );
      expect(inPage.layout).toBe(JSON.stringify(template.layout(DATA)));
      const node = PNG.sync.read((await template.render('png', { data: DATA, dpi: DPI })).bytes);
      const pagePixels = { width: inPage.width, height: inPage.height, data: Buffer.from(inPage.rgba, 'base64') };
      expect(meanAbsoluteDifference(node, pagePixels)).toBeLessThanOrEqual(0.005);
    } finally {
      await page.close();
    }
  });
});
