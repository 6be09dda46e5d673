import path from 'node:path';
import type { Command } from 'commander';
import { ConfigError, resolveOptions, type Options } from '../config/resolve-options.js';
import { loadConfig } from '../io/load-config.js';
import { defaultCacheDir, userCacheHome } from '../io/cache-folder.js';
import { isDirectory, isInside } from '../io/paths.js';
import type { CliIo } from './cli-io.js';
import { flagsToConfig, type SharedFlags } from './parse-flags.js';

/** What every command gets from the program. */
export interface CommandContext {
  io: CliIo;
  version: string;
  setExit: (code: number) => void;
}

/** Global flags, on the program itself. */
export interface GlobalFlags {
  cwd?: string;
  config?: string;
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * The working directory `--cwd` names (default: where the CLI started).
 * @throws {ConfigError} when it is not a folder: a missing one would read as an empty project, or be made by `init`.
 */
export async function workingDirectory(ctx: CommandContext, flags: GlobalFlags): Promise<string> {
  const cwd = path.resolve(ctx.io.cwd, flags.cwd ?? '.');
  if (!(await isDirectory(cwd))) throw new ConfigError(`--cwd ${flags.cwd ?? cwd}: no such directory`);
  return cwd;
}

/** Working directory and merged options for a command invocation. */
export async function commandOptions(
  ctx: CommandContext,
  command: Command,
): Promise<{ cwd: string; options: Options; flags: SharedFlags & GlobalFlags; configFile: string | null }> {
  const flags = command.optsWithGlobals<SharedFlags & GlobalFlags>();
  // A config found in a parent folder (up to the repository root) runs the command from there: its paths are relative to it.
  const { config, source, dir: cwd } = await loadConfig(await workingDirectory(ctx, flags), flags.config);
  const options = resolveOptions(config, flagsToConfig(flags));
  // The config may come from a repository the user did not write: its cache must not write elsewhere.
  if (options.cache && options.cacheDir !== null && !isInside(cwd, path.resolve(cwd, options.cacheDir))) {
    throw new ConfigError(`Refusing cacheDir ${options.cacheDir}: it is outside the working directory ${cwd}`);
  }
  // Not configured: the project's node_modules/.cache, or the user's cache folder without a package.json.
  options.cacheDir ??= defaultCacheDir(cwd, userCacheHome(ctx.io.env));
  return { cwd, options, flags, configFile: source };
}
