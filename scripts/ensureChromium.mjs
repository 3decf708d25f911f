// The browser tests need a Chromium. On Debian/Ubuntu as root it is installed from the distribution's packages
// (nothing is downloaded by the test tools themselves); elsewhere this says how to get one and fails.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && existsSync('/usr/bin/apt-get') && isRoot) {
  console.log('Chromium is missing: installing Debian package "chromium" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync(path)) process.exit(0);
}
console.error(
  `Chromium was not found at ${path}. The browser tests need it:\n` +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
);
process.exit(1);
