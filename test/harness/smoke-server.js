// Used by install.sh before it writes its stamp: starts VS Code's server from the fresh install on a
// free localhost port, waits until it answers an HTTP request, then stops it. Exits 1 (with the
// server's output) when the server dies or does not answer within two minutes.
// Plain JavaScript, so it runs before anything is compiled. Usage: node smoke-server.js NODE SERVER_MAIN
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const [node, serverMain] = process.argv.slice(2);
const TIMEOUT_MS = 120_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function get(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(undefined));
    request.setTimeout(5_000, () => request.destroy());
  });
}

async function main() {
  if (!fs.existsSync(serverMain)) {
    throw new Error(`${serverMain} is missing after the install`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-smoke-'));
  let output = '';
  const child = spawn(node, [
    serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--server-data-dir', path.join(dataDir, 'server'),
    '--user-data-dir', path.join(dataDir, 'user'), '--extensions-dir', path.join(dataDir, 'extensions'),
    '--disable-telemetry',
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const deadline = Date.now() + TIMEOUT_MS;
  let status;
  while (!exited && Date.now() < deadline && status === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    status = await get(port);
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (status === undefined || status >= 500) {
    throw new Error(`VS Code's server did not answer on port ${port} (${exited ? 'it exited' : 'timed out'}):\n${output}`);
  }
  console.log(`[harness] VS Code's server answered HTTP ${status}`);
}

main().catch((error) => {
  console.error(`[harness] ${error.message}`);
  process.exit(1);
});
