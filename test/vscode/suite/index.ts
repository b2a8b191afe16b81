/**
 * The extension-host entry point: VS Code loads this module (extensionTestsPath) inside its
 * extension host and calls `run`. It runs the mocha suites bundled with it and rejects when one
 * fails, which ends the workbench with a non-zero exit code.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // Suites register their `describe`/`it` on load: load them after mocha set up its globals.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
