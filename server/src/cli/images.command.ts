import type { Command } from 'commander';
import { LanguageRegistry, connectDocker, ImageBuilder } from '@assay/runners';
import { CliError } from './cli-error';
import { printHuman } from './terminal-text';

/** `assay images build|list`: the per-language sandbox images. */
export function registerImagesCommand(program: Command): void {
  const images = program.command('images').description('build and list the language images');
  images
    .command('build')
    .description('build images that are missing or out of date')
    .option('--lang <language>', 'only this language')
    .option('--force', 'rebuild even when up to date')
    .action(async (options: { lang?: string; force?: boolean }) => {
      const registry = LanguageRegistry.load();
      const specs = options.lang ? [registry.get(options.lang)] : registry.all();
      const builder = new ImageBuilder(await connectDocker(), registry);
      for (const spec of specs) {
        const started = Date.now();
        printHuman(`${spec.id}: checking\n`);
        const result = await builder.build(spec, { force: options.force, onLine: (line) => printHuman(`${spec.id}: ${line}\n`) });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        printHuman(`${spec.id}: ${result === 'built' ? `built in ${seconds} s` : 'up to date'}\n`);
      }
    });
  images
    .command('list')
    .description('show each language image and whether it is current')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      const registry = LanguageRegistry.load();
      const list = await new ImageBuilder(await connectDocker(), registry).list();
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ images: list })}\n`);
        return;
      }
      for (const s of list) {
        const state = !s.present ? 'missing' : s.upToDate ? 'up to date' : 'out of date';
        printHuman(`${s.language.padEnd(11)} ${s.image.padEnd(26)} ${state.padEnd(12)} ${s.toolchain ?? ''}${s.sizeMb ? `  ${s.sizeMb} MB` : ''}\n`);
      }
      if (list.some((s) => !s.upToDate)) printHuman('run `npx assay images build` to build what is missing\n');
    });
  images.action(() => {
    throw new CliError('images: expected a subcommand, build or list');
  });
}
