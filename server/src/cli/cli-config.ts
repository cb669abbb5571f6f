import { ConfigError, loadConfig, type Config } from '../config';
import { CliError } from './cli-error';

/** The server config for a CLI command (env plus flags); a bad value is a usage error naming the variable. */
export function cliConfig(overrides: Parameters<typeof loadConfig>[1] = {}, env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env, overrides);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
