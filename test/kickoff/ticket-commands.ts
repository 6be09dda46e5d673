import { renderKickoff } from '../../src/kickoff/render-kickoff.js';
import { CONFIG_MERGE } from './fixtures.js';

/** Feature file the example ticket is about. */
export const FEATURE_FILE = 'tests/e2e/features/config-merge.feature';
/** The kickoff ticket of the {@link CONFIG_MERGE} fixture at the default level. */
export const ticket = renderKickoff(CONFIG_MERGE, { featureFile: FEATURE_FILE, levels: ['e2e'], designPath: CONFIG_MERGE.path });

/** The lines of the ticket's `sh` code block. */
function ticketCommands(): string[] {
  const start = ticket.indexOf('```sh\n') + '```sh\n'.length;
  return ticket.slice(start, ticket.indexOf('\n```', start)).split('\n');
}

/** The ticket's command line that starts with `prefix`. */
export function command(prefix: string): string {
  const found = ticketCommands().find((line) => line.startsWith(prefix));
  if (!found) throw new Error(`The ticket has no "${prefix}" command`);
  return found;
}
