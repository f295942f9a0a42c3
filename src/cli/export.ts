import '../zodConfig';
import { CLI } from '../text/cli';
import { consoleOutput, EXIT } from './cliOutput';
import { exportCommand } from './exportCommand';

// Entry point of `npm run export`. Never a stack trace: an unexpected failure is one Dutch line and exit 2.
exportCommand(process.argv.slice(2), consoleOutput).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    consoleOutput.err(CLI.unexpected);
    process.exitCode = EXIT.refused;
  },
);
