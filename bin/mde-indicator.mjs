#!/usr/bin/env node
// mde-indicator: validate files of Microsoft Defender for Endpoint indicators, build the import
// API's bodies from them, and submit them. The commands live in js/cli/ (main.mjs first).

import { failure, main } from '../js/cli/main.mjs';

// A reader that goes away (`| head`) ends the run quietly, with the status a SIGPIPE gives.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(141);
  throw error;
});

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const { message, code } = failure(error);
    process.stderr.write(`mde-indicator: ${message}\n`);
    process.exitCode = code;
  },
);
