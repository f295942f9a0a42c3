import '../zodConfig';
import { CLI } from '../text/cli';
import { consoleOutput, EXIT } from './cliOutput';
import { validateCommand } from './validateCommand';

// Entry point of `npm run validate`. Never a stack trace: an unexpected failure is one Dutch line and exit 2.
validateCommand(process.argv.slice(2), consoleOutput).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    consoleOutput.err(CLI.unexpected);
    process.exitCode = EXIT.refused;
  },
);
